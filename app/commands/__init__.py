"""Subcommands of `gapura` contributed by feature areas.

Each module here defines `register(subparsers)` adding its commands, with handlers that take the
parsed arguments and return an exit code. Keep module imports light: import heavy things inside
the handlers, since the parser is built at every start (the GUI's too).
"""

from __future__ import annotations

import getpass
from collections.abc import Callable


def with_services(exclusive: bool, work: Callable[..., int]) -> int:
    """Open this instance (taking its lock when `exclusive`) and run `work(instance, actor)`
    as the command-line system actor, named after the OS account."""
    from app.instance import open_instance
    from app.services.base import system_actor

    instance = open_instance(exclusive=exclusive)
    try:
        return work(instance, system_actor(instance.config, f"cli:{getpass.getuser()}"))
    finally:
        instance.close()
