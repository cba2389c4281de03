"""Starting the GUI: one instance, the sign-in loop, and the main window."""

from __future__ import annotations

import logging
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, QTimer, Slot
from PySide6.QtWidgets import QApplication, QDialog

from app.errors import GapuraError
from app.instance import Instance, open_instance
from app.services import Services
from ui import i18n
from ui.i18n import error_text
from ui.shell.signin import ChangePasswordDialog, SignInDialog
from ui.shell.sync_status import SyncController
from ui.widgets.incident import install_excepthook
from ui.widgets.messages import critical
from ui.widgets.wedge import install_wedge_filter

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)
# Set by installer/build.py's smoke test: print a line when the first window is up, then close it.
READY_ENV = "GAPURA_EXIT_WHEN_READY"
BACKGROUND_WAIT_MS = 10_000
# The first round of the office's background jobs waits until the sign-in window is up.
MESSAGES_FIRST_DELAY_S = 5.0


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Gapura")
    app.setOrganizationName("Gapura")
    assert isinstance(app, QApplication)
    return app


class Shell(QObject):
    """Sign-in → (forced password change) → main window → sign-out → sign-in again."""

    def __init__(self, services: Services,
                 on_sign_in_shown: Callable[[SignInDialog], None] | None = None, *,
                 sync: SyncController | None = None) -> None:
        super().__init__()
        self.services = services
        self.sync = sync
        self.window: MainWindow | None = None
        self.sign_in: SignInDialog | None = None
        self.language = services.context.config.language
        self._on_sign_in_shown = on_sign_in_shown
        # Keyboard-wedge readers type into whatever has focus, the sign-in window included.
        self.wedge = install_wedge_filter(services.device_set.all())

    @Slot()
    def show_sign_in(self, username: str = "") -> SignInDialog:
        dialog = SignInDialog(self.services, language=self.language)
        dialog.username.setText(username)
        dialog.accepted.connect(self._signed_in)
        dialog.rejected.connect(self._quit_if_no_window)
        dialog.language_changed.connect(self._switch_language)
        self.sign_in = dialog
        dialog.show()
        if self._on_sign_in_shown is not None:
            self._on_sign_in_shown(dialog)
        return dialog

    @Slot()
    def _signed_in(self) -> None:
        assert self.sign_in is not None and self.sign_in.result_sign_in is not None
        result = self.sign_in.result_sign_in
        self.sign_in = None
        if result.must_change_password:
            change = ChangePasswordDialog(self.services, result.actor, forced=True)
            if change.exec() != QDialog.DialogCode.Accepted:
                self.services.auth.sign_out(result.actor)
                self.show_sign_in()
                return
        from ui.shell.main_window import MainWindow  # loaded after the sign-in window shows

        window = MainWindow(self.services, result.actor, sync=self.sync)
        window.signed_out.connect(self.show_sign_in)
        self.window = window
        window.resize(1200, 800)
        window.show()

    @Slot(str)
    def _switch_language(self, language: str) -> None:
        """Load the chosen language and rebuild the sign-in dialog in it."""
        old = self.sign_in
        assert old is not None
        i18n.install(language)
        self.language = language
        self.sign_in = None
        old.rejected.disconnect(self._quit_if_no_window)
        old.close()
        self.show_sign_in(old.username.text())

    @Slot()
    def _quit_if_no_window(self) -> None:
        if self.window is None or not self.window.isVisible():
            QApplication.quit()


def _fatal(error: GapuraError) -> int:
    """Say why Gapura cannot start, on screen and on stderr."""
    log.error("cannot start: %s", error.detail or error.user_message)
    print(f"gapura: {error.user_message}", file=sys.stderr)
    critical(None, "Gapura", error_text(error))
    return 2


def quit_on_termination(app: QApplication) -> QTimer:
    """Quit the event loop cleanly on SIGTERM or SIGINT (a log-off, a service stop, Ctrl+C in
    the terminal), so that sync stops, the instance lock is released and the demo's server is
    stopped. Python runs signal handlers only between bytecodes, so a timer lets it in while Qt
    waits; the returned timer must be kept alive."""
    def stop(signum: int, _frame: object) -> None:
        log.info("signal %d: quitting", signum)
        app.quit()

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, stop)
    timer = QTimer()
    timer.timeout.connect(lambda: None)
    timer.start(250)
    return timer


def _report_ready(what: str) -> Callable[[QDialog], None]:
    """Say that the window is up (for the installer's smoke test), then close it."""
    def shown(dialog: QDialog) -> None:
        print(f"GAPURA-READY {what}", flush=True)
        QTimer.singleShot(0, dialog.reject)
    return shown


def run_gui(home: str | os.PathLike[str] | Path | None = None,
            on_sign_in_shown: Callable[[SignInDialog], None] | None = None) -> int:
    """Open the instance under `home` (or GAPURA_HOME / platform dirs) and run the GUI."""
    app = application()
    install_excepthook()
    if os.environ.get(READY_ENV):
        on_sign_in_shown = on_sign_in_shown or _report_ready("sign-in")
    from app.firstrun import needs_setup

    if needs_setup(home):  # a new workstation: the setup wizard writes the config first
        from ui.firstrun import run_first_run

        shown = _report_ready("first-run") if os.environ.get(READY_ENV) else None
        if not run_first_run(home, shown):
            return 0
    try:
        instance: Instance = open_instance(home)
    except GapuraError as error:
        return _fatal(error)
    try:
        i18n.install(instance.config.language)
        # Sync runs from start to quit, signed in or not: the outbox keeps draining.
        sync = SyncController(instance.services)
        sync.start()
        # Applicant notifications go out (and unpaid billings expire) in the background too,
        # signed in or not.
        messages = instance.services.background_jobs(first_delay=MESSAGES_FIRST_DELAY_S)
        messages.start()
        _ticks = quit_on_termination(app)  # noqa: F841 - kept alive for the event loop
        try:
            shell = Shell(instance.services, on_sign_in_shown, sync=sync)
            shell.show_sign_in()
            return app.exec()
        finally:
            # Screens' background calls (ui/ops.py) still running use the store and, on
            # failure, Qt widgets: let them end before both go (a quick quit could abort).
            QThreadPool.globalInstance().waitForDone(BACKGROUND_WAIT_MS)
            messages.stop()
            sync.stop()
    finally:
        instance.close()
