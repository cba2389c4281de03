"""Izin Tinggal driven by the permit officer: the passport read from the reader fills the form
with the applicant's history, a rule refusal names its rule and receives nothing, an ITK
extension, an ITAS extension with its card and an ITAS from a VITAS run from intake to the end
through the screen (the approvals given through the case service, the inbox being another
screen), the handover refused without payment, and the late and ready lists."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from sqlalchemy import func, select

from app.auth.permissions import Role
from app.services.permits import (
    HANDED_OVER,
    ISSUED,
    ApplicationInfo,
    CurrentPermitForm,
    SponsorForm,
)
from app.store.case_models import Case
from app.store.counter_models import StayPermit
from tests.conftest import PASSWORD
from tests.services.test_permits import ANNA, ITK, NIP, SPONSOR, TODAY, _intake
from tests.ui.modal import answer_form, answer_modal
from tests.ui.test_approvals import _one_page_pdf
from ui import ops
from ui.permits.screen import PermitsScreen
from ui.widgets.form_dialog import FormDialog

CTRL = Qt.KeyboardModifier.ControlModifier
ITAS = CurrentPermitForm("2C21JE0012-W", "ITAS", "E23", TODAY - timedelta(days=360),
                         TODAY + timedelta(days=5), extensions=0, total_days=365)
COMPANY = SponsorForm("company", "PT Maju Bersama", "9120001234567", "Jl. Sudirman 1, Jakarta",
                      "0215550123")


@pytest.fixture
def people(make_actor):
    return {"loket": make_actor(Role.PERMIT_OFFICER, username="loket1", nip=NIP),
            "kasi": make_actor(Role.SECTION_HEAD, username="kasi1", nip=NIP),
            "kakanim": make_actor(Role.OFFICE_HEAD, username="kakanim1", nip=NIP)}


def _wait_ops(qtbot) -> None:
    qtbot.waitUntil(lambda: ops.pending() == 0)


def _screen(qtbot, services, actor) -> PermitsScreen:
    widget = PermitsScreen(services, actor)
    qtbot.addWidget(widget)
    widget.show()
    _wait_ops(qtbot)
    return widget


def _activate(qtbot, screen: PermitsScreen) -> None:
    """Shortcuts work in the active window (the offscreen platform does not hand activation
    back when a dialog closes)."""
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)


def _text(pdf: bytes) -> str:
    return " ".join(" ".join((page.extract_text() or "").split())
                    for page in PdfReader(io.BytesIO(pdf)).pages)


def _type(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def _fill(qtbot, screen: PermitsScreen, type_code: str, current: CurrentPermitForm | None,
          sponsor: SponsorForm, requested_index: str = "") -> None:
    """Type ANNA's application into the form as the officer does."""
    form = screen.form
    form.select_type(type_code)
    _type(qtbot, form.name, ANNA.full_name)
    _type(qtbot, form.nationality, ANNA.nationality)
    _type(qtbot, form.passport, ANNA.passport_number)
    form.passport_expiry.setDate(QDate(ANNA.passport_expiry))
    form.birth.setDate(QDate(ANNA.birth_date))
    form.sex.setCurrentIndex(form.sex.findData(ANNA.sex))
    _type(qtbot, form.phone, ANNA.phone)
    _type(qtbot, form.address, ANNA.address)
    form.current.setChecked(current is not None)
    if current is not None:
        _type(qtbot, form.permit_number, current.permit_number)
        form.permit_kind.setCurrentIndex(form.permit_kind.findData(current.kind))
        _type(qtbot, form.permit_index, current.index_code)
        form.permit_from.setDate(QDate(current.valid_from))
        form.permit_until.setDate(QDate(current.valid_until))
        form.extensions.setValue(current.extensions)
        form.total_days.setValue(current.total_days)
    _type(qtbot, form.requested_index, requested_index)
    form.sponsor_kind.setCurrentIndex(form.sponsor_kind.findData(sponsor.kind))
    _type(qtbot, form.sponsor_name, sponsor.name)
    _type(qtbot, form.sponsor_identity, sponsor.identity)
    _type(qtbot, form.sponsor_address, sponsor.address)
    _type(qtbot, form.sponsor_phone, sponsor.phone)


def _receive(qtbot, screen: PermitsScreen, services, loket) -> ApplicationInfo:
    """Ctrl+Enter on the intake; the new application is listed and selected with its
    receipt."""
    _activate(qtbot, screen)
    screen.form.name.setFocus()
    qtbot.keyClick(screen.form.name, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "diterima" in screen.message.text())
    _wait_ops(qtbot)
    [application] = services.permits.applications(loket)
    qtbot.waitUntil(lambda: screen.current() is not None
                    and screen.current().id == application.id)
    _wait_ops(qtbot)
    assert screen.tabs.currentWidget() is screen.counter_page
    return application


def _said(qtbot, screen: PermitsScreen, text: str) -> None:
    qtbot.waitUntil(lambda: text in screen.message.text())
    _wait_ops(qtbot)


def _complete(qtbot, screen: PermitsScreen, services, loket, answer: str | None = None) -> str:
    """Complete the selected application's step through the dialog; the step reached."""
    info = screen.current()
    before = services.cases.get(loket, info.case_id)
    answer_modal(answer_form(**({"answer": answer} if answer else {})))
    screen.message.clear()
    screen.buttons["complete"].click()
    qtbot.waitUntil(lambda: bool(screen.message.text()))
    _wait_ops(qtbot)
    after = services.cases.get(loket, info.case_id)
    assert after.step_id != before.step_id or after.status != before.status, \
        screen.message.text()
    return after.step_id


def _pay(qtbot, screen: PermitsScreen) -> None:
    fee: list[str] = []

    def fill(dialog: FormDialog) -> None:
        fee.append(dialog.value("amount"))  # prefilled with the fee
        dialog.fill(billing="820261125000001", proof="NTPN0A1B2C3D4E5F")
        dialog.findChild(object, "ok").click()

    answer_modal(fill)
    screen.buttons["payment"].click()
    _said(qtbot, screen, "Pembayaran")
    assert fee and fee[0].isdigit()


def _check_all(qtbot, screen: PermitsScreen, tmp_path) -> None:
    """Every checklist line present; the first one with its scan."""
    table = screen.requirements
    scan = tmp_path / "paspor.pdf"
    scan.write_bytes(_one_page_pdf())
    screen.choose_file = lambda: str(scan)
    table.cellWidget(0, 4).click()
    _said(qtbot, screen, "dipindai")
    qtbot.waitUntil(lambda: table.item(0, 3).text() == "terpindai")
    for row in range(1, table.rowCount()):
        table.item(row, 0).setCheckState(Qt.CheckState.Checked)
        _said(qtbot, screen, "dicatat ada")
    qtbot.waitUntil(lambda: all(table.item(r, 0).checkState() == Qt.CheckState.Checked
                                for r in range(table.rowCount())))


def _click(qtbot, screen: PermitsScreen, name: str, said: str) -> None:
    screen.buttons[name].click()
    _said(qtbot, screen, said)


def _approve(services, people, who: str, application, answer: str | None = None) -> None:
    services.cases.approve(people[who], [application.case_id], PASSWORD, answer=answer)


def _refresh(qtbot, screen: PermitsScreen) -> None:
    screen.buttons["search"].click()
    _wait_ops(qtbot)


def _hand_over(qtbot, screen: PermitsScreen) -> None:
    answer_modal(answer_form(identity=True))
    _click(qtbot, screen, "handover", "diserahkan kepada")


def _archive(qtbot, screen: PermitsScreen, tmp_path) -> None:
    scan = tmp_path / "arsip.pdf"
    scan.write_bytes(_one_page_pdf())
    screen.choose_file = lambda: str(scan)
    _click(qtbot, screen, "archive", "Arsip arsip.pdf disimpan")


def _issued_pdf(qtbot, screen: PermitsScreen, label: str) -> bytes:
    """Select an issued document by its label; the preview shows it."""
    table = screen.issued
    qtbot.waitUntil(lambda: label in [table.item(r, 0).text() for r in range(table.rowCount())])
    row = [table.item(r, 0).text() for r in range(table.rowCount())].index(label)
    table.selectRow(row)
    qtbot.waitUntil(lambda: screen.preview.pdf is not None)
    return screen.preview.pdf


def test_the_passport_from_the_reader_fills_the_form_with_the_history(qtbot, services, people):
    with services.context.store.write() as session:  # the specimen passport's permits (UTO)
        for number, start, end in (("P-1", TODAY - timedelta(days=119), TODAY - timedelta(days=60)),
                                   ("P-2", TODAY - timedelta(days=59), TODAY + timedelta(days=3))):
            session.add(StayPermit(permit_number=number, permit_type="ITK", index_code="C1",
                                   holder_name="ERIKSSON ANNA MARIA", nationality="UTO",
                                   document_number="L898902C3", birth_date=ANNA.birth_date,
                                   valid_from=start, valid_until=end, office_code="TEST",
                                   sponsor="Budi Santoso"))
    screen = _screen(qtbot, services, people["loket"])
    _activate(qtbot, screen)
    qtbot.keyClick(screen.form.name, Qt.Key.Key_F2)
    _said(qtbot, screen, "Paspor L898902C3 terbaca")
    form = screen.form
    assert (form.name.text(), form.passport.text(), form.nationality.text()) == (
        "ERIKSSON ANNA MARIA", "L898902C3", "UTO")
    assert form.birth.date().toPython() == date(1974, 8, 12)
    assert form.sex.currentData() == "F"
    qtbot.waitUntil(lambda: screen.history.rowCount() == 2)
    assert [screen.history.item(r, 1).text() for r in range(2)] == ["P-2", "P-1"]
    assert form.current.isChecked()  # the permit held now, with the one it extends counted
    assert (form.permit_number.text(), form.permit_index.text(), form.extensions.value(),
            form.total_days.value()) == ("P-2", "C1", 1, 123)


def test_a_rule_refusal_names_its_rule_and_receives_nothing(qtbot, services, people):
    screen = _screen(qtbot, services, people["loket"])
    spent = CurrentPermitForm("2C11AB0002-K", "ITK", "C1", TODAY - timedelta(days=170),
                              TODAY + timedelta(days=9), extensions=2, total_days=180)
    _fill(qtbot, screen, "ITK_EXTENSION", spent, SPONSOR)
    qtbot.waitUntil(lambda: "[permit.extension.max_count]" in screen.assessment.text())
    assert "sudah diperpanjang 2 kali" in screen.assessment.text()

    _activate(qtbot, screen)
    screen.form.name.setFocus()
    qtbot.keyClick(screen.form.name, Qt.Key.Key_Return, CTRL)
    _said(qtbot, screen, "Permohonan tidak dapat diterima")
    assert "[permit.extension.max_count]" in screen.message.text()
    assert "color: #b00020" in screen.message.styleSheet()
    with services.context.store.read() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 0
    assert screen.form.name.text() == ANNA.full_name  # the form is kept
    assert screen.tabs.currentWidget() is screen.intake_page


def test_an_itk_extension_runs_from_intake_to_archive(qtbot, services, people, tmp_path):
    loket = people["loket"]
    screen = _screen(qtbot, services, loket)
    _fill(qtbot, screen, "ITK_EXTENSION", ITK, SPONSOR)
    qtbot.waitUntil(lambda: "Memenuhi aturan" in screen.assessment.text())
    application = _receive(qtbot, screen, services, loket)
    receipt = _text(_issued_pdf(qtbot, screen, "Tanda terima permohonan"))
    assert "ERIKSSON ANNA MARIA" in receipt and application.number in receipt
    assert "Rp1.000.000" in receipt
    assert "Belum tercatat" not in screen.summary.text()

    assert _complete(qtbot, screen, services, loket) == "entri_data"
    assert _complete(qtbot, screen, services, loket) == "pembayaran"
    assert "Belum tercatat: pembayaran" in screen.summary.text()
    _pay(qtbot, screen)
    assert _complete(qtbot, screen, services, loket) == "pindai"
    _check_all(qtbot, screen, tmp_path)
    assert _complete(qtbot, screen, services, loket) == "teliti_keabsahan"
    qtbot.waitUntil(lambda: "menunggu persetujuan" in screen.summary.text())
    assert not screen.buttons["complete"].isEnabled()
    _approve(services, people, "kasi", application)
    _refresh(qtbot, screen)
    assert _complete(qtbot, screen, services, loket, answer="tidak") == "periksa_penjamin"
    answer_modal(answer_form(valid="Sah"))
    _click(qtbot, screen, "sponsor", "dicatat sah")
    assert _complete(qtbot, screen, services, loket, answer="ya") == "biometrik"
    _click(qtbot, screen, "biometrics", "Biometrik")
    assert _complete(qtbot, screen, services, loket) == "register_cap"
    _click(qtbot, screen, "issue", "Nomor register")
    issued = services.permits.get(loket, application.id)
    assert issued.state == ISSUED
    sticker = _text(_issued_pdf(qtbot, screen, "Stiker izin tinggal"))
    assert issued.register_number in sticker and "ERIKSSON ANNA MARIA" in sticker
    assert _complete(qtbot, screen, services, loket) == "pengesahan"
    _approve(services, people, "kakanim", application)
    _refresh(qtbot, screen)
    _hand_over(qtbot, screen)
    assert _complete(qtbot, screen, services, loket) == "pindai_selesai"
    _archive(qtbot, screen, tmp_path)
    assert _complete(qtbot, screen, services, loket) == "arsip"
    _complete(qtbot, screen, services, loket)
    assert "selesai (selesai)" in screen.message.text()
    done = services.permits.get(loket, application.id)
    assert done.state == HANDED_OVER and "archive" in done.facts


def test_an_itas_extension_prints_the_sticker_and_the_card(qtbot, services, people, tmp_path):
    loket = people["loket"]
    screen = _screen(qtbot, services, loket)
    _fill(qtbot, screen, "ITAS_EXTENSION", ITAS, COMPANY)
    application = _receive(qtbot, screen, services, loket)
    assert "PT Maju Bersama" in _text(_issued_pdf(qtbot, screen, "Tanda terima permohonan"))
    assert _complete(qtbot, screen, services, loket) == "entri_data"
    assert _complete(qtbot, screen, services, loket) == "cek_pembayaran"
    _pay(qtbot, screen)
    assert _complete(qtbot, screen, services, loket) == "pindai"
    _check_all(qtbot, screen, tmp_path)
    assert _complete(qtbot, screen, services, loket) == "cek_keabsahan"
    assert _complete(qtbot, screen, services, loket, answer="tidak") == "periksa_cekal"
    assert _complete(qtbot, screen, services, loket, answer="tidak") == "periksa_penjamin"
    answer_modal(answer_form(valid="Sah"))
    _click(qtbot, screen, "sponsor", "dicatat sah")
    assert _complete(qtbot, screen, services, loket) == "biometrik"
    _click(qtbot, screen, "biometrics", "Biometrik")
    assert _complete(qtbot, screen, services, loket) == "persetujuan"
    _approve(services, people, "kasi", application, answer="tidak")
    _refresh(qtbot, screen)
    _click(qtbot, screen, "issue", "Nomor register")
    issued = services.permits.get(loket, application.id)
    card = _text(_issued_pdf(qtbot, screen, "Kartu izin tinggal"))
    assert "KARTU IZIN TINGGAL TERBATAS" in card and issued.register_number in card
    sticker = _text(_issued_pdf(qtbot, screen, "Stiker izin tinggal"))
    assert "Perpanjangan" in sticker and "PT Maju Bersama" in sticker
    assert _complete(qtbot, screen, services, loket) == "pengesahan"
    _approve(services, people, "kakanim", application)
    _refresh(qtbot, screen)
    _archive(qtbot, screen, tmp_path)
    assert _complete(qtbot, screen, services, loket) == "serahkan_dokim"
    _hand_over(qtbot, screen)
    assert _complete(qtbot, screen, services, loket) == "arsip"
    _complete(qtbot, screen, services, loket)
    assert services.permits.get(loket, application.id).state == HANDED_OVER


def test_an_itas_from_a_vitas_is_granted_from_today(qtbot, services, people, tmp_path):
    loket = people["loket"]
    screen = _screen(qtbot, services, loket)
    _fill(qtbot, screen, "ITAS_FROM_VITAS", None, COMPANY, requested_index="E23")
    qtbot.waitUntil(lambda: "Memenuhi aturan" in screen.assessment.text())
    assert "indeks E23" in screen.assessment.text()
    application = _receive(qtbot, screen, services, loket)
    assert (application.granted_from, application.granted_until) == (
        TODAY, TODAY + timedelta(days=364))
    assert _complete(qtbot, screen, services, loket) == "entri_data"
    assert _complete(qtbot, screen, services, loket) == "pembayaran"
    _pay(qtbot, screen)
    assert _complete(qtbot, screen, services, loket) == "biometrik"
    _click(qtbot, screen, "biometrics", "Biometrik")
    assert _complete(qtbot, screen, services, loket) == "persetujuan"
    _approve(services, people, "kasi", application)
    _refresh(qtbot, screen)
    _click(qtbot, screen, "issue", "Nomor register")
    issued = services.permits.get(loket, application.id)
    sticker = _text(_issued_pdf(qtbot, screen, "Stiker izin tinggal"))
    assert issued.register_number in sticker and "ERIKSSON ANNA MARIA" in sticker
    assert _complete(qtbot, screen, services, loket) == "serahkan_dokim"
    _hand_over(qtbot, screen)
    assert _complete(qtbot, screen, services, loket) == "pindai_arsip"
    _archive(qtbot, screen, tmp_path)
    assert _complete(qtbot, screen, services, loket) == "arsip"
    _complete(qtbot, screen, services, loket)
    assert services.permits.get(loket, application.id).state == HANDED_OVER


def test_handover_without_payment_is_refused_and_the_form_kept(qtbot, services, people):
    application = services.permits.receive(people["loket"], _intake())
    screen = _screen(qtbot, services, people["loket"])
    screen.table.selectRow(0)
    qtbot.waitUntil(lambda: application.number in screen.summary.text())
    answer_modal(answer_form(received_by="Kuasa Pemohon", identity=True))
    _click(qtbot, screen, "handover", "Belum ada bukti pembayaran PNBP")
    assert application.number in screen.message.text()
    assert "color: #b00020" in screen.message.styleSheet()
    assert services.permits.get(people["loket"], application.id).handed_over_at is None

    kept: list[str] = []

    def look(dialog: FormDialog) -> None:
        kept.append(dialog.value("received_by"))
        dialog.reject()

    answer_modal(look)
    screen.buttons["handover"].click()
    assert kept == ["Kuasa Pemohon"]


def test_the_late_and_the_ready_lists(qtbot, services, people, clock):
    loket = people["loket"]
    late = services.permits.receive(loket, _intake())
    ready = services.permits.receive(loket, _intake(type_code="ITAS_EXTENSION", current=ITAS,
                                                    sponsor=COMPANY))
    services.permits.record_payment(loket, ready.id, "820261125000001", ready.fee_amount,
                                    clock(), "NTPN1")
    services.permits.capture_biometrics(loket, ready.id)
    services.permits.register(loket, ready.id)
    clock.advance(hours=2)  # the first step's standard is 10 minutes
    screen = _screen(qtbot, services, loket)
    assert sorted(screen.late_rows()) == sorted([late.number, ready.number])
    row = [screen.table.item(r, 0).text() for r in range(screen.table.rowCount())].index(
        late.number)
    assert screen.table.item(row, 6).text() == "Diterima — Terlambat"

    screen.view.setCurrentIndex(screen.view.findData("ready"))
    _wait_ops(qtbot)
    assert [screen.table.item(r, 0).text() for r in range(screen.table.rowCount())] == [
        ready.number]
    assert screen.table.item(0, 6).text().startswith("Terbit, siap diambil")
    screen.view.setCurrentIndex(screen.view.findData("overdue"))
    screen.state.setCurrentIndex(screen.state.findData("received"))
    _wait_ops(qtbot)
    assert [screen.table.item(r, 0).text() for r in range(screen.table.rowCount())] == [
        late.number]
