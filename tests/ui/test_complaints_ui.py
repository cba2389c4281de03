"""Pengaduan driven by customer service and the duty Inteldakim officer: a weekend report typed
into the form (the same matter already open is suggested while typing), recorded with
Ctrl+Enter, its Laporan Kejadian made and the step completed from the list; a late report shows
in red; the month's register printed; the roster kept on its tab."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from app.auth.permissions import Role
from tests.counter_support import pdf_text
from tests.services.test_complaints import FOREIGNERS
from tests.ui.modal import answer_form, answer_modal
from ui import ops
from ui.complaints.screen import ComplaintsScreen
from ui.widgets.case_views import late_rows

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def people(make_actor):
    return {"cs": make_actor(Role.CUSTOMER_SERVICE, username="cs1", nip="199203152019022001"),
            "intel": make_actor(Role.INTEL_OFFICER, username="intel1",
                                nip="199001012015031004")}


def _wait_ops(qtbot) -> None:
    qtbot.waitUntil(lambda: ops.pending() == 0)


def _screen(qtbot, services, actor) -> ComplaintsScreen:
    widget = ComplaintsScreen(services, actor)
    qtbot.addWidget(widget)
    widget.show()
    _wait_ops(qtbot)
    return widget


def _said(qtbot, screen: ComplaintsScreen, text: str) -> None:
    qtbot.waitUntil(lambda: text in screen.message.text())
    _wait_ops(qtbot)


def _type_report(qtbot, screen: ComplaintsScreen) -> None:
    screen.kind.setCurrentIndex(screen.kind.findData("laporan_orang_asing"))
    screen.channel.setCurrentIndex(screen.channel.findData("whatsapp"))
    qtbot.keyClick(screen.anonymous, Qt.Key.Key_Space)
    screen.subject_kind.setCurrentIndex(screen.subject_kind.findData("orang_asing"))
    qtbot.keyClicks(screen.subject_name, FOREIGNERS.subject_name)
    qtbot.keyClicks(screen.location, FOREIGNERS.location)
    qtbot.keyClicks(screen.description, FOREIGNERS.description)


def test_a_weekend_report_is_typed_recorded_and_moved_on_from_the_list(
        qtbot, services, people, clock, tmp_path):
    clock.advance(days=3)  # Saturday
    services.complaints.assign_duty(people["cs"], date(2026, 11, 28), Role.INTEL_OFFICER,
                                    "intel1")
    earlier = services.complaints.receive(people["cs"], FOREIGNERS)
    screen = _screen(qtbot, services, people["cs"])
    _type_report(qtbot, screen)
    assert not screen.reporter_name.isEnabled()  # anonymous
    # The same foreigner at the same place, still open, is suggested while typing.
    qtbot.waitUntil(lambda: earlier.number in screen.duplicates.text(), timeout=3000)
    photo = tmp_path / "lokasi.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 32)
    screen.add_attachment(photo)
    assert "lokasi.png" in screen.attached.text()

    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.location.setFocus()
    qtbot.keyClick(screen.location, Qt.Key.Key_Return, CTRL)
    _said(qtbot, screen, "dicatat (Lada Tunggu)")
    [report] = [r for r in services.complaints.search(people["cs"]) if r.id != earlier.id]
    assert (report.step_id, report.anonymous, report.duplicates[0]["id"]) == (
        "teruskan_pejabat", True, earlier.id)
    assert screen.tabs.currentWidget() is screen.list_page
    qtbot.waitUntil(lambda: screen.table.selected_key() == report.id)
    _wait_ops(qtbot)
    assert screen.buttons["incident"].isEnabled() and not screen.buttons["order"].isEnabled()

    answer_modal(answer_form(chronology="Pelapor mengirim foto lokasi melalui WhatsApp."))
    screen.buttons["incident"].click()
    _said(qtbot, screen, "Laporan Kejadian")
    qtbot.waitUntil(lambda: screen.papers.rowCount() == 1)
    screen.papers.selectRow(0)
    qtbot.waitUntil(lambda: screen.preview.pdf is not None)
    assert "LAPORAN KEJADIAN" in pdf_text(screen.preview.pdf)

    answer_modal(answer_form(note="Diteruskan"))
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Return, CTRL)
    _said(qtbot, screen, "berikutnya")
    moved = services.complaints.get(people["cs"], report.id)
    assert (moved.step_id, moved.assignee) == ("teruskan_kakanim", "intel1")


def test_a_late_report_shows_in_red_and_the_register_prints(qtbot, services, people, clock):
    report = services.complaints.receive(people["cs"], FOREIGNERS)  # Wednesday: C5
    clock.advance(days=3)  # the Kasi's day for the plan has passed
    screen = _screen(qtbot, services, people["cs"])
    qtbot.waitUntil(lambda: screen.table.rowCount() == 1)
    assert late_rows(screen.table) == [report.number]
    assert "1 terlambat" in screen.counts.text()

    screen.tabs.setCurrentWidget(screen.register_page)
    screen.month.setDate(QDate(2026, 11, 1))
    screen.show_register()
    qtbot.waitUntil(lambda: screen.register_table.rowCount() == 1)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.month.setFocus()
    qtbot.keyClick(screen.month, Qt.Key.Key_P, CTRL)
    _said(qtbot, screen, "diterbitkan")
    text = pdf_text(screen.register_preview.pdf)
    assert "REGISTER PENGADUAN MASYARAKAT" in text and "Anonim" in text


def test_the_roster_tab_adds_an_officer_on_duty(qtbot, services, people):
    screen = _screen(qtbot, services, people["cs"])
    screen.tabs.setCurrentWidget(screen.roster_page)
    screen.duty_day.setDate(QDate(2026, 11, 28))
    screen.duty_role.setCurrentIndex(screen.duty_role.findData("intel_officer"))
    qtbot.keyClicks(screen.duty_user, "intel1")
    screen.buttons["assignDuty"].click()
    _said(qtbot, screen, "Piket intel1 dicatat")
    qtbot.waitUntil(lambda: screen.roster_table.rowCount() == 1)
    assert [d.username for d in services.complaints.on_duty(
        people["cs"], date(2026, 11, 28), Role.INTEL_OFFICER)] == ["intel1"]
    screen.duty_user.setText("tidakada")
    screen.buttons["assignDuty"].click()
    _said(qtbot, screen, "tidak ditemukan")
