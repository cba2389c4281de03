"""Subcommands of `gapura` contributed by feature areas.

Each module here defines `register(subparsers)` adding its commands, with handlers that take the
parsed arguments and return an exit code. Keep module imports light: import heavy things inside
the handlers, since the parser is built at every start (the GUI's too).
"""
