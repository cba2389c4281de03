"""First start of a workstation: the setup wizard (wizard.py) and starting it from the GUI."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from app.firstrun import Home


def run_first_run(home: Home = None,
                  on_shown: Callable[[QWidget], None] | None = None) -> bool:
    """Show the setup wizard modally; True when it wrote the config (False: cancelled)."""
    from ui.firstrun.wizard import SetupWizard

    wizard = SetupWizard(home)
    wizard.resize(640, 480)
    wizard.show()
    if on_shown is not None:
        on_shown(wizard)
    return wizard.exec() == QDialog.DialogCode.Accepted
