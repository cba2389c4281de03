"""Antrian driven by the officers: a booking checked in by its code, the next number called with
F9 and shown on the waiting-room display, a call from another desk reaching the display on its
timer, and a walk-in without booking refused at the front desk."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.auth.permissions import Role
from app.services.queue import BookingForm
from tests.ui.modal import answer_modal
from ui import ops
from ui.queue.display import WaitingRoomDisplay
from ui.queue.screen import QueueScreen

TODAY = date(2026, 11, 25)
NIK = "3174011203900002"


@pytest.fixture
def officer(make_actor):
    return make_actor(Role.PASSPORT_OFFICER, username="paspor1")


def _wait_ops(qtbot) -> None:
    qtbot.waitUntil(lambda: ops.pending() == 0)


def _screen(qtbot, services, actor) -> QueueScreen:
    widget = QueueScreen(services, actor)
    qtbot.addWidget(widget)
    widget.show()
    _wait_ops(qtbot)
    return widget


def _activate(qtbot, widget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def _numbers(screen: QueueScreen) -> list[str]:
    return [screen.table.item(r, 0).text() for r in range(screen.table.rowCount())]


def test_check_in_by_code_then_f9_calls_it_onto_the_waiting_room_display(qtbot, services,
                                                                        officer):
    services.queue.add_booking(officer, BookingForm("MP-7001", TODAY, "Budi Santoso", NIK))
    screen = _screen(qtbot, services, officer)

    qtbot.keyClicks(screen.booking_code, "mp-7001")
    qtbot.keyClick(screen.booking_code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _numbers(screen) == ["A-001"])
    assert "A-001" in screen.message.text()
    assert screen.booking_code.text() == ""

    qtbot.mouseClick(screen.buttons["display"], Qt.MouseButton.LeftButton)
    display = screen.display
    assert isinstance(display, WaitingRoomDisplay)
    qtbot.waitUntil(lambda: "umum 1" in display.waiting.text())
    assert display.number.text() == "—"

    _activate(qtbot, screen)
    qtbot.keyClick(screen, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: display.number.text() == "A-001")
    assert "Loket 1" in display.desk.text()
    qtbot.waitUntil(lambda: "A-001" in screen.current.text())
    assert services.queue.tickets(officer)[0].status == "called"
    _wait_ops(qtbot)


def test_display_shows_a_call_made_at_another_desk_on_its_timer(qtbot, services, officer,
                                                               make_actor):
    front = make_actor(Role.CUSTOMER_SERVICE, username="cs1")
    services.queue.walk_in(front, "Oma Lestari", NIK, "lansia")
    display = WaitingRoomDisplay(lambda: services.queue.board(front), interval_ms=20)
    qtbot.addWidget(display)
    display.show()
    qtbot.waitUntil(lambda: "prioritas 1" in display.waiting.text())

    services.queue.call_next(officer, "Loket 3")  # another workstation's desk

    qtbot.waitUntil(lambda: display.number.text() == "P-001")
    assert "Loket 3" in display.desk.text()
    assert "prioritas 0" in display.waiting.text()
    display.timer.stop()
    _wait_ops(qtbot)


def test_front_desk_walk_in_without_booking_is_refused_and_has_no_desk(qtbot, services,
                                                                     make_actor):
    front = make_actor(Role.CUSTOMER_SERVICE, username="cs1")
    screen = _screen(qtbot, services, front)
    assert "callNext" not in screen.buttons  # calling is the passport officers'

    def fill(dialog) -> None:
        dialog.fill(name="Budi Santoso", nik=NIK)
        dialog.findChild(QPushButton, "ok").click()

    answer_modal(fill)
    screen.walk_in()
    qtbot.waitUntil(lambda: "M-Paspor" in screen.message.text())
    assert services.queue.tickets(front) == []
