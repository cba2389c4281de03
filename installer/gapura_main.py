"""Entry point of the frozen `gapura` executable: the same as the `gapura` console script."""

from __future__ import annotations

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen child process must not run the CLI again
    from app.cli import main

    sys.exit(main())
