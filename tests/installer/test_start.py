"""The start and stop of the GUI as the installed program runs them (ui/app.py)."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QThreadPool, QTimer

from app import config
from app.instance import Instance
from app.paths import instance_paths
from app.services.auth import AuthService


def test_quitting_at_once_lets_background_calls_end_before_the_instance_closes(
        home, qapp, monkeypatch):
    """The smoke test closes the sign-in window the moment it shows, while the window's first
    background call (are there accounts?) may still run: it must end before the store goes."""
    from ui.app import run_gui

    config.write(instance_paths(home).config_file, {})
    closing = threading.Event()
    real_has_accounts, real_close = AuthService.has_accounts, Instance.close
    busy_at_close: list[int] = []

    def slow_has_accounts(self: AuthService) -> bool:
        closing.wait(1.0)  # still running at the quit, unless the instance already closes
        return real_has_accounts(self)

    def close(self: Instance) -> None:
        busy_at_close.append(QThreadPool.globalInstance().activeThreadCount())
        closing.set()
        real_close(self)

    monkeypatch.setattr(AuthService, "has_accounts", slow_has_accounts)
    monkeypatch.setattr(Instance, "close", close)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    shown = []

    def on_shown(dialog) -> None:
        shown.append(dialog)
        QTimer.singleShot(0, dialog.reject)

    assert run_gui(home, on_shown) == 0
    assert len(shown) == 1
    assert busy_at_close == [0]
