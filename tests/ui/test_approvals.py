"""Persetujuan driven by a Kasi: the countdown, a batch approved with the password typed once,
a wrong password, a rejection that needs a reason, and four eyes (the preparer sees nothing)."""

from __future__ import annotations

import io
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLineEdit
from reportlab.pdfgen import canvas

from app.auth.permissions import Role
from app.services.cases import CLOSED, WAITING
from tests.conftest import PASSWORD
from tests.services.test_cases import _to_approval
from tests.ui.modal import answer_modal
from ui import ops
from ui.approvals.screen import ApprovalsScreen
from ui.widgets.form_dialog import FormDialog


def _one_page_pdf() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawString(72, 720, "SURAT SPONSOR")
    pdf.save()
    return buffer.getvalue()


def _wait_ops(qtbot) -> None:
    qtbot.waitUntil(lambda: ops.pending() == 0)


def _fill(seen: list, **values):
    """Answer the dialog; `seen` gets the answers it offered (no widget is kept: the dialog
    is deleted once closed)."""
    def fill(dialog: FormDialog) -> None:
        answer = dialog.widgets.get("answer")
        seen.append([answer.itemText(i) for i in range(answer.count())] if answer else [])
        password = dialog.widgets["password"]
        assert isinstance(password, QLineEdit)
        assert password.echoMode() == QLineEdit.EchoMode.Password
        dialog.fill(**values)
        dialog.findChild(object, "ok").click()
    return fill


@pytest.fixture
def people(make_actor):
    return {
        "loket": make_actor(Role.PERMIT_OFFICER, username="loket1"),
        "loket2": make_actor(Role.PERMIT_OFFICER, username="loket2"),
        "kasi": make_actor(Role.SECTION_HEAD, username="kasi1"),
    }


@pytest.fixture
def waiting(services, people):
    first = _to_approval(services, people["loket"])
    services.cases.attach(people["loket"], first.id, "sponsor.pdf", "application/pdf",
                          _one_page_pdf())
    return [first, _to_approval(services, people["loket2"])]


def _screen(qtbot, services, actor) -> ApprovalsScreen:
    widget = ApprovalsScreen(services, actor)
    qtbot.addWidget(widget)
    widget.show()
    _wait_ops(qtbot)
    return widget


def test_the_inbox_lists_waiting_cases_with_their_countdown(qtbot, services, people, waiting,
                                                            clock):
    screen = _screen(qtbot, services, people["kasi"])
    assert screen.table.rowCount() == 2
    assert screen.table.item(0, 0).text() == waiting[0].number
    assert "ERIKSSON ANNA MARIA" in screen.table.item(0, 4).text()
    assert screen.table.item(0, 5).text() == "loket1"
    left = (waiting[0].due_at - clock()).total_seconds() // 60
    assert screen.table.item(0, 7).text() == f"sisa {int(left)} menit"
    clock.advance(minutes=left + 5)
    screen.tick()  # what the 30-second timer does
    assert screen.table.item(0, 7).text().startswith("terlambat")
    assert screen.table.item(0, 7).foreground().color().name() == "#b00020"
    assert screen.timer.interval() == 30_000 and screen.timer.isActive()

    screen.table.selectRow(0)
    qtbot.waitUntil(lambda: screen.documents.table.rowCount() == 1)
    assert screen.documents.table.item(0, 0).text() == "sponsor.pdf"
    assert len(screen.documents.table.item(0, 3).text()) == 64
    pdf = screen.documents.preview.pdf_document
    qtbot.waitUntil(lambda: pdf.status() == QPdfDocument.Status.Ready)
    assert pdf.pageCount() == 1
    assert waiting[0].number in screen.summary.text()
    assert screen.history.rowCount() > 0


def test_approving_two_cases_asks_the_password_once(qtbot, services, people, waiting):
    screen = _screen(qtbot, services, people["kasi"])
    screen.table.selectAll()
    assert len(screen.selected_ids()) == 2
    seen: list = []
    # seed 003 "persetujuan" decides ("Masalah?"): the approver answers it.
    answer_modal(_fill(seen, answer="tidak", password=PASSWORD))
    qtbot.keyClick(screen.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "2 perkara disetujui" in screen.message.text())
    _wait_ops(qtbot)
    assert seen == [["ya", "tidak"]]
    assert screen.table.rowCount() == 0
    assert {services.cases.get(people["kasi"], c.id).step_id for c in waiting} == {
        "pembayaran"}


def test_a_wrong_password_approves_nothing_and_keeps_the_selection(qtbot, services, people,
                                                                    waiting):
    screen = _screen(qtbot, services, people["kasi"])
    screen.table.selectAll()
    answer_modal(_fill([], answer="tidak", password="salah"))
    screen.buttons["approve"].click()
    qtbot.waitUntil(lambda: bool(screen.message.text()))
    assert "sandi" in screen.message.text().lower()
    assert len(screen.selected_ids()) == 2
    assert {services.cases.get(people["kasi"], c.id).status for c in waiting} == {WAITING}


def test_reject_needs_a_reason(qtbot, services, people, waiting):
    screen = _screen(qtbot, services, people["kasi"])
    screen.table.selectRow(0)
    refused: list = []

    def without_reason(dialog: FormDialog) -> None:
        dialog.fill(password=PASSWORD)
        dialog.findChild(object, "ok").click()
        refused.append(dialog.message.text())
        dialog.fill(text="Penjamin tidak sah")
        dialog.findChild(object, "ok").click()

    answer_modal(without_reason)
    screen.buttons["reject"].click()
    qtbot.waitUntil(lambda: "ditolak" in screen.message.text())
    assert "Alasan penolakan" in refused[0]
    _wait_ops(qtbot)
    assert screen.table.rowCount() == 1
    rejected = services.cases.get(people["kasi"], waiting[0].id)
    assert rejected.status == CLOSED and rejected.outcome == "end:ditolak"


def test_the_preparer_does_not_see_their_own_case(qtbot, services, make_actor):
    both = make_actor(Role.PERMIT_OFFICER, Role.SECTION_HEAD, username="rangkap")
    _to_approval(services, both)
    screen = _screen(qtbot, services, both)
    assert screen.table.rowCount() == 0
    assert not screen.buttons["approve"].isEnabled()


def test_return_needs_a_note_and_a_head_names_a_delegate(qtbot, services, people, waiting,
                                                          make_actor):
    screen = _screen(qtbot, services, people["kasi"])
    screen.table.selectRow(0)
    qtbot.waitUntil(lambda: screen.current() is not None)

    def note(dialog: FormDialog) -> None:
        dialog.fill(text="Pindaian sponsor kabur", password=PASSWORD)
        dialog.findChild(object, "ok").click()

    answer_modal(note)
    screen.buttons["return"].click()
    qtbot.waitUntil(lambda: "dikembalikan" in screen.message.text())
    _wait_ops(qtbot)
    assert services.cases.get(people["kasi"], waiting[0].id).step_id == "pindai_berkas"

    make_actor(Role.SECTION_HEAD, username="kasi2")

    def delegate(dialog: FormDialog) -> None:
        dialog.fill(username="kasi2")
        dialog.findChild(object, "ok").click()

    answer_modal(delegate)
    screen.buttons["delegate"].click()
    qtbot.waitUntil(lambda: "kasi2 ditunjuk" in screen.message.text())
    [given] = services.cases.delegations(people["kasi"])
    assert (given.to_username, given.role, given.start, given.end) == (
        "kasi2", "section_head", date(2026, 11, 25), date(2026, 11, 25))  # the office's today
