"""The officer's work badge and list: new work counted, seen once the list is opened, and each
item opened on its screen (an approval on Persetujuan, a step on Perkara)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.auth.permissions import Role
from tests.services.test_cases import APPLICANT, _to_approval
from ui import ops
from ui.shell.main_window import MainWindow
from ui.shell.work import WorkDialog


@pytest.fixture
def people(make_actor):
    return {"loket": make_actor(Role.PERMIT_OFFICER, username="loket1"),
            "loket2": make_actor(Role.PERMIT_OFFICER, username="loket2"),
            "kasi": make_actor(Role.SECTION_HEAD, username="kasi1"),
            "konter": make_actor(Role.COUNTER_OFFICER, username="konter1")}


def _wait_ops(qtbot) -> None:
    qtbot.waitUntil(lambda: ops.pending() == 0)


def _window(qtbot, services, actor) -> MainWindow:
    window = MainWindow(services, actor)
    qtbot.addWidget(window)
    window.show()
    _wait_ops(qtbot)
    return window


def _open_list(qtbot, window: MainWindow) -> WorkDialog:
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), WorkDialog)
                    or window.findChild(WorkDialog) is not None)
    dialog = window.findChild(WorkDialog)
    qtbot.waitUntil(lambda: bool(dialog.items) or "Tidak ada" in dialog.note.text())
    _wait_ops(qtbot)
    return dialog


def test_the_badge_counts_new_work_until_the_list_is_opened(qtbot, services, people):
    waiting = _to_approval(services, people["loket"])
    window = _window(qtbot, services, people["kasi"])
    assert window.work_badge.text() == "Pekerjaan: 1 • 1 baru"
    assert window.work_badge.font().bold()

    dialog = _open_list(qtbot, window)
    assert dialog.table.item(0, 0).text() == "●"
    assert dialog.table.item(0, 1).text() == waiting.number
    assert dialog.table.item(0, 4).text() == "Menunggu persetujuan Anda"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget().objectName() == "screen_approvals")
    _wait_ops(qtbot)
    qtbot.waitUntil(lambda: window.work_badge.text() == "Pekerjaan: 1")  # seen, not new
    assert not window.work_badge.font().bold()


def test_a_step_of_ones_role_opens_on_the_case_screen_selected(qtbot, services, people):
    mine = services.cases.open(people["loket2"], "ITK", [APPLICANT])
    window = _window(qtbot, services, people["loket"])
    assert window.work_badge.text() == "Pekerjaan: 1 • 1 baru"
    dialog = _open_list(qtbot, window)
    assert dialog.table.item(0, 4).text() == "Langkah untuk peran Anda"
    dialog.open_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget().objectName() == "screen_cases")
    screen = window.stack.currentWidget()
    qtbot.waitUntil(lambda: screen.current() is not None and screen.current().id == mine.id)
    _wait_ops(qtbot)


def test_late_work_is_shown_in_red_and_an_empty_list_says_so(qtbot, services, people, clock):
    services.cases.open(people["loket2"], "ITK", [APPLICANT])
    clock.advance(hours=2)  # the first step's standard is 10 minutes
    window = _window(qtbot, services, people["loket"])
    assert window.work_badge.text() == "Pekerjaan: 1 • 1 baru • 1 terlambat"
    assert "b00020" in window.work_badge.styleSheet()
    window.hide()  # one main window at a time, as in the application (its shortcuts are global)

    other = _window(qtbot, services, people["kasi"])
    assert other.work_badge.text() == "Pekerjaan: 0"
    dialog = _open_list(qtbot, other)
    assert dialog.note.text() == "Tidak ada pekerjaan yang menunggu Anda."
    dialog.reject()
    _wait_ops(qtbot)


def test_an_officer_without_case_work_has_no_badge(qtbot, services, people):
    window = _window(qtbot, services, people["konter"])
    assert window.work_badge is None and window.findChild(object, "statusWork") is None
    assert window.show_work() is None
