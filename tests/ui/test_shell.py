"""The shell driven like an officer would: sign in, navigate, lock, sign out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from app.auth.permissions import Role
from app.services.base import system_actor
from tests.conftest import PASSWORD
from ui import ops
from ui.app import Shell
from ui.shell.main_window import MainWindow
from ui.shell.signin import ChangePasswordDialog, SignInDialog
from ui.widgets.incident import IncidentDialog, install_excepthook


def _create(services, username, *roles):
    return services.users.create_user(system_actor(services.context.config), username,
                                      username.title(), roles, password=PASSWORD)


def _type_sign_in(qtbot, dialog: SignInDialog, username: str, password: str) -> None:
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def _wait_ops(qtbot) -> None:
    qtbot.waitUntil(lambda: ops.pending() == 0)


def _window(qtbot, services, actor) -> MainWindow:
    window = MainWindow(services, actor)
    qtbot.addWidget(window)
    window.show()
    _wait_ops(qtbot)
    return window


def _signed_in_shell(qtbot, services, username: str, role: Role) -> Shell:
    """An officer with a settled password types it into the sign-in dialog."""
    _create(services, username, role)
    services.auth.change_password(services.auth.sign_in(username, PASSWORD).actor,
                                  PASSWORD, "Sendiri2026x")
    shell = Shell(services)
    dialog = shell.show_sign_in()
    qtbot.addWidget(dialog)
    _type_sign_in(qtbot, dialog, username, "Sendiri2026x")
    qtbot.waitUntil(lambda: shell.window is not None and shell.window.isVisible())
    qtbot.addWidget(shell.window)
    _wait_ops(qtbot)
    return shell


def test_sign_in_opens_main_window_with_status_bar(qtbot, services):
    window = _signed_in_shell(qtbot, services, "konter1", Role.COUNTER_OFFICER).window
    status = window.findChild(QLabel, "statusUser")
    assert "Konter1" in status.text() and "Petugas Konter" in status.text()
    assert window.findChild(QLabel, "statusWorkstation").text().endswith("WS-TEST-01")
    assert window.findChild(QLabel, "statusOffice").text() == "Kantor: TEST"


def test_wrong_password_shows_message_and_stays_on_sign_in(qtbot, services):
    _create(services, "konter1", Role.COUNTER_OFFICER)
    shell = Shell(services)
    dialog = shell.show_sign_in()
    qtbot.addWidget(dialog)
    _type_sign_in(qtbot, dialog, "konter1", "SalahSekali9")
    qtbot.waitUntil(lambda: "salah" in dialog.message.text())
    assert "Sisa percobaan: 4" in dialog.message.text()
    assert dialog.isVisible() and shell.window is None
    assert dialog.password.text() == ""


def test_locked_account_message_on_sign_in_screen(qtbot, services):
    _create(services, "konter1", Role.COUNTER_OFFICER)
    dialog = SignInDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(5):
        dialog.username.setText("konter1")
        _type_sign_in(qtbot, dialog, "", "SalahSekali9")
        _wait_ops(qtbot)
    assert "dikunci" in dialog.message.text()


def test_forced_password_change_before_main_window(qtbot, services, monkeypatch):
    _create(services, "baru1", Role.PERMIT_OFFICER)
    shown: list[ChangePasswordDialog] = []

    def fake_exec(self: ChangePasswordDialog) -> int:
        shown.append(self)
        self.current.setText(PASSWORD)
        self.new.setText("IzinTinggal77")
        self.repeat.setText("IzinTinggal77")
        self.save_button.click()
        qtbot.waitUntil(lambda: self.result() == ChangePasswordDialog.DialogCode.Accepted)
        return self.result()

    monkeypatch.setattr(ChangePasswordDialog, "exec", fake_exec)
    shell = Shell(services)
    dialog = shell.show_sign_in()
    qtbot.addWidget(dialog)
    _type_sign_in(qtbot, dialog, "baru1", PASSWORD)
    qtbot.waitUntil(lambda: shell.window is not None)
    qtbot.addWidget(shell.window)
    assert len(shown) == 1
    assert not services.auth.sign_in("baru1", "IzinTinggal77").must_change_password


@pytest.mark.parametrize(("roles", "expected"), [
    ((Role.COUNTER_OFFICER,), ["counter"]),
    ((Role.SUPERVISOR,), ["counter", "supervisor", "cases"]),
    ((Role.PRINT_OPERATOR,), ["printqueue", "cases"]),  # the queue first: it opens at sign-in
    ((Role.SECTION_HEAD,), ["passports", "detention", "approvals", "cases", "complaints",
                          "reports"]),
    ((Role.ADMIN,), ["admin"]),
    ((Role.PERMIT_OFFICER, Role.CUSTOMER_SERVICE), ["permits", "queue", "cases", "complaints"]),
    ((Role.PASSPORT_OFFICER,), ["queue", "passports", "cases"]),
])
def test_navigation_lists_only_screens_the_roles_allow(qtbot, make_actor, services, roles,
                                                       expected):
    window = _window(qtbot, services, make_actor(*roles))
    assert window.screen_names() == expected
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert len(titles) == len(expected)


def test_every_screen_of_the_navigation_opens(qtbot, make_actor, services):
    everyone = make_actor(*Role, username="semua")
    window = _window(qtbot, services, everyone)
    assert len(window.screen_names()) == 12
    for name in window.screen_names():
        screen = window.open_screen(name)
        assert screen.objectName() == f"screen_{name}" and screen.layout() is not None


def test_keyboard_shortcut_switches_screen(qtbot, make_actor, services):
    window = _window(qtbot, services, make_actor(Role.PERMIT_OFFICER, Role.CUSTOMER_SERVICE))
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget().objectName() == "screen_complaints"


def test_case_workers_open_the_perkara_screen(qtbot, make_actor, services):
    from ui.cases.screen import CasesScreen

    window = _window(qtbot, services, make_actor(Role.CUSTOMER_SERVICE))
    assert window.screen_names() == ["queue", "cases", "complaints"]
    assert window.navigation.item(1).text() == "Perkara"
    screen = window.open_screen("cases")
    assert isinstance(screen, CasesScreen)
    _wait_ops(qtbot)
    assert "0 perkara ditemukan" in screen.counts.text()  # searched when shown


def test_help_dialog_lists_shortcuts(qtbot, make_actor, services):
    window = _window(qtbot, services, make_actor(Role.ADMIN))
    dialog = window.show_shortcuts()
    table = dialog.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Kunci layar"] == "Ctrl+L"
    assert rows["Pintasan keyboard"] == "F1"
    assert rows["Buka Admin"] == "Ctrl+1"


def test_idle_lock_keeps_open_form_text_and_unlocks_with_password(qtbot, make_actor, services):
    window = _window(qtbot, services, make_actor(Role.ADMIN, username="admin"))
    admin = window.open_screen("admin")
    _wait_ops(qtbot)
    form_field = admin.audit.username
    form_field.setText("catatan setengah jadi")
    window.idle.set_interval_ms(30)
    window.idle.start()
    qtbot.waitUntil(lambda: window.lock_dialog is not None and window.lock_dialog.isVisible())
    # Locked: an officer's idle time again, so the unlock below is not followed by a new lock
    # 30 ms later, before the test has seen the window unlocked (a race on a loaded machine).
    window.idle.set_interval_ms(60_000)
    assert not window.centralWidget().isVisible()
    lock = window.lock_dialog
    lock.password.setText("bukan-ini-1")
    lock.unlock_button.click()
    qtbot.waitUntil(lambda: "salah" in lock.message.text())
    assert window.lock_dialog is lock
    lock.password.setText(PASSWORD)
    lock.unlock_button.click()
    qtbot.waitUntil(lambda: window.lock_dialog is None)
    assert window.centralWidget().isVisible()
    assert form_field.text() == "catatan setengah jadi"


def test_lock_hides_an_open_dialog_and_brings_it_back_with_its_input(qtbot, make_actor,
                                                                     services):
    window = _window(qtbot, services, make_actor(Role.ADMIN, username="admin"))
    admin = window.open_screen("admin")
    _wait_ops(qtbot)
    dialog = admin.users.add_user()
    qtbot.keyClicks(dialog.full_name, "Setengah Diisi")
    window.lock()
    assert not dialog.isVisible()
    window.lock_dialog.password.setText(PASSWORD)
    window.lock_dialog.unlock_button.click()
    qtbot.waitUntil(lambda: window.lock_dialog is None)
    assert dialog.isVisible() and dialog.full_name.text() == "Setengah Diisi"


def test_sign_out_returns_to_sign_in(qtbot, services):
    shell = _signed_in_shell(qtbot, services, "kasi1", Role.SECTION_HEAD)
    window = shell.window
    window.findChild(QAction, "signOut").trigger()
    assert not window.isVisible()
    assert shell.sign_in is not None and shell.sign_in.isVisible()
    qtbot.addWidget(shell.sign_in)


@pytest.mark.qt_no_exception_capture
def test_unexpected_exception_shows_incident_dialog_and_window_survives(
        qtbot, make_actor, services, home, caplog):
    import logging

    from app import logs

    logs.setup(home / "logs" / "gapura.log")
    install_excepthook()
    window = _window(qtbot, services, make_actor(Role.ADMIN, username="admin"))
    admin = window.open_screen("admin")
    _wait_ops(qtbot)
    admin.audit.username.setText("isian yang tidak boleh hilang")

    def broken() -> None:
        raise RuntimeError("injected failure")

    admin.audit.apply_button.clicked.disconnect()
    admin.audit.apply_button.clicked.connect(broken)
    with caplog.at_level(logging.ERROR):
        qtbot.mouseClick(admin.audit.apply_button, Qt.MouseButton.LeftButton)
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, IncidentDialog) and w.isVisible()]
    assert len(dialogs) == 1
    incident = dialogs[0].incident_id
    assert incident.startswith("INC-")
    log_text = (home / "logs" / "gapura.log").read_text()
    assert incident in log_text and "injected failure" in log_text
    assert "Traceback" in log_text
    assert window.isVisible()
    assert admin.audit.username.text() == "isian yang tidak boleh hilang"
    assert isinstance(admin.audit.username, QLineEdit)
    dialogs[0].accept()


def test_sign_in_tells_how_to_create_the_first_account(qtbot, store, config, clock):
    from app.services import Services
    from app.services.base import ServiceContext
    from devices.registry import build_devices

    empty = Services.build(ServiceContext(store=store, config=config, clock=clock),
                           build_devices(config, config.path.parent / "spool"))
    dialog = SignInDialog(empty)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "gapura user add" in dialog.message.text())


def test_status_bar_shows_the_watch_lists_age_and_warns_when_old(qtbot, services, make_actor,
                                                                 clock):
    from tests.counter_support import load_watch_lists

    officer = make_actor(Role.COUNTER_OFFICER)
    window = _window(qtbot, services, officer)
    lists = window.findChild(QLabel, "statusLists")
    assert "belum pernah" in lists.text() and lists.property("stale") is True

    load_watch_lists(services)
    clock.advance(hours=3)
    window.refresh_status()
    _wait_ops(qtbot)
    assert "3 jam lalu" in lists.text() and lists.property("stale") is False
    assert "3 entri" in lists.toolTip()

    clock.advance(hours=24)
    window.refresh_status()
    _wait_ops(qtbot)
    assert lists.property("stale") is True and "⚠" in lists.text()


def test_status_bar_hides_the_lists_from_roles_that_do_not_screen(qtbot, services, make_actor):
    window = _window(qtbot, services, make_actor(Role.PRINT_OPERATOR))
    assert not window.findChild(QLabel, "statusLists").isVisibleTo(window)


def test_sigterm_quits_the_event_loop_cleanly(qtbot):
    import os
    import signal

    from ui.app import quit_on_termination

    class App:
        quits = 0

        def quit(self) -> None:
            App.quits += 1

    saved = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        timer = quit_on_termination(App())
        os.kill(os.getpid(), signal.SIGTERM)  # a log-off or service stop
        qtbot.waitUntil(lambda: App.quits == 1, timeout=2000)
        timer.stop()
    finally:
        for signum, handler in saved.items():
            signal.signal(signum, handler)
