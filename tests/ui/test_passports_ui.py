"""Paspor driven by the passport officer: one whole issuance through the screen (intake typed
into the form, interview, biometrics, billing, payment, the blank, issue, handover in person),
the state read from the service after each action; a NIK that does not carry the birth date is
refused on the status line and nothing is received. The blank allocated is the booklet whose
serial the officer scans over the one offered; a wrong booklet is refused and Escape cancels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from app.auth.permissions import Role
from app.store.passport_models import PassportApplication
from tests.services.conftest import OPERATOR_NIP
from tests.services.test_passports import SITI, _paid
from tests.ui.modal import answer_form, answer_modal
from ui import ops
from ui.passports.screen import PassportsScreen
from ui.widgets.form_dialog import FormDialog

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def people(make_actor):
    return {"paspor": make_actor(Role.PASSPORT_OFFICER, username="paspor1", nip=OPERATOR_NIP),
            "cetak": make_actor(Role.PRINT_OPERATOR, username="cetak1", nip=OPERATOR_NIP)}


def _wait_ops(qtbot) -> None:
    qtbot.waitUntil(lambda: ops.pending() == 0)


def _screen(qtbot, services, actor) -> PassportsScreen:
    widget = PassportsScreen(services, actor)
    qtbot.addWidget(widget)
    widget.show()
    _wait_ops(qtbot)
    return widget


def _type(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def _fill(qtbot, screen: PassportsScreen, nik: str) -> None:
    _type(qtbot, screen.full_name, SITI.full_name)
    _type(qtbot, screen.nik, nik)
    _type(qtbot, screen.birth_place, SITI.birth_place)
    screen.birth_date.setDate(QDate(SITI.birth_date))
    screen.sex.setCurrentIndex(screen.sex.findData(SITI.sex))
    screen.passport_type.setCurrentIndex(screen.passport_type.findData(SITI.passport_type))
    _type(qtbot, screen.address, SITI.address)
    _type(qtbot, screen.phone, SITI.phone)
    for box in screen.paper_boxes.values():
        box.setChecked(True)


def _ctrl_enter(qtbot, screen: PassportsScreen) -> None:
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.full_name.setFocus()
    qtbot.keyClick(screen.full_name, Qt.Key.Key_Return, CTRL)


def _said(qtbot, screen: PassportsScreen, text: str) -> None:
    qtbot.waitUntil(lambda: text in screen.message.text())
    _wait_ops(qtbot)


def _click(qtbot, screen: PassportsScreen, name: str, said: str, **answers) -> None:
    if answers:
        answer_modal(answer_form(**answers))
    screen.message.clear()
    assert screen.buttons[name].isEnabled(), name
    screen.buttons[name].click()
    _said(qtbot, screen, said)
    assert "color: #b00020" not in screen.message.styleSheet(), screen.message.text()


def test_intake_asks_for_the_reasons_papers_and_refuses_them_unticked(qtbot, services,
                                                                      people):
    screen = _screen(qtbot, services, people["paspor"])
    _fill(qtbot, screen, SITI.nik)
    assert list(screen.paper_boxes) == ["KTP elektronik", "Kartu Keluarga",
                                        "Akta kelahiran/akta perkawinan/ijazah/surat baptis"]
    assert not screen.loss_report.isEnabled()
    screen.reason.setCurrentIndex(screen.reason.findData("penggantian_hilang"))
    assert "Surat keterangan hilang dari Kepolisian" in screen.paper_boxes
    assert screen.loss_report.isEnabled()
    screen.reason.setCurrentIndex(screen.reason.findData("baru"))
    screen.paper_boxes["Kartu Keluarga"].setChecked(True)  # the KTP and the akta not ticked
    _ctrl_enter(qtbot, screen)
    _said(qtbot, screen, "Berkas persyaratan belum lengkap")
    assert "KTP elektronik" in screen.message.text()
    assert services.passports.applications(people["paspor"]) == []


def test_a_passport_is_received_issued_and_handed_over_through_the_screen(
        qtbot, services, people):
    paspor = people["paspor"]
    services.blanks.receive(people["cetak"], "elektronik_48", "E2410001", "E2410010",
                            delivery_note="SP-001", received_from="Direktorat Dokjal")
    screen = _screen(qtbot, services, paspor)
    _fill(qtbot, screen, SITI.nik)
    _ctrl_enter(qtbot, screen)
    _said(qtbot, screen, "diterima")
    [application] = services.passports.applications(paspor)
    assert (application.state, application.full_name, application.nik) == (
        "received", "SITI NURHALIZA", SITI.nik)
    qtbot.waitUntil(lambda: screen.current() is not None
                    and screen.current().id == application.id)
    _wait_ops(qtbot)
    assert screen.tabs.currentWidget() is screen.counter_page
    assert screen.full_name.text() == ""
    qtbot.waitUntil(lambda: application.number in screen.summary.text())
    assert "Langkah sekarang" in screen.summary.text()

    def state() -> object:
        return services.passports.get(paspor, application.id)

    _click(qtbot, screen, "interview", "Wawancara", note="Untuk umrah; dokumen asli sesuai",
           decision="Disetujui")
    with services.context.store.read() as session:
        assert session.get(PassportApplication, application.id).interview_note == \
            "Untuk umrah; dokumen asli sesuai"
    _click(qtbot, screen, "biometrics", "Biometrik")
    assert len(services.cases.attachments(paspor, application.case_id)) == 1
    _click(qtbot, screen, "bill", "Billing")
    billed = state()
    assert (billed.state, billed.fee_amount) == ("billed", 650_000)
    qtbot.waitUntil(lambda: billed.billing_code in screen.summary.text())
    _click(qtbot, screen, "payment", "Pembayaran", proof="NTPN0A1B2C3D4E5F")
    assert (state().state, state().paid) == ("paid", True)
    _click(qtbot, screen, "allocate", "dialokasikan", serial="E2410001")
    allocated = state()
    assert (allocated.state, allocated.blank_serial, allocated.compensation_due) == (
        "allocated", "E2410001", False)
    qtbot.waitUntil(lambda: "E2410001" in screen.summary.text())
    services.blanks.record_production(people["cetak"], "E2410001", printed=True,
                                      qc_passed=True, laminated=True)
    _click(qtbot, screen, "issue", "terbit")
    assert (state().state, state().passport_number) == ("issued", "E2410001")
    _click(qtbot, screen, "handover", "diserahkan kepada", mode="Langsung di loket",
           received_by="Siti Nurhaliza", identity=True)
    done = state()
    assert (done.state, done.handover_mode, done.handed_over_to) == (
        "handed_over", "langsung", "Siti Nurhaliza")
    qtbot.waitUntil(lambda: not screen.buttons["handover"].isEnabled())


def test_a_nik_without_the_birth_date_is_refused_and_nothing_received(
        qtbot, services, people):
    screen = _screen(qtbot, services, people["paspor"])
    _fill(qtbot, screen, "3174011708900002")  # a man's NIK for a woman
    _ctrl_enter(qtbot, screen)
    _said(qtbot, screen, "NIK laki-laki")
    assert "color: #b00020" in screen.message.styleSheet()
    assert screen.full_name.text() == SITI.full_name  # the form kept
    assert screen.tabs.currentWidget() is screen.intake_page
    with services.context.store.read() as session:
        assert session.scalar(select(func.count()).select_from(PassportApplication)) == 0
    assert services.passports.applications(people["paspor"]) == []


def _select(qtbot, screen: PassportsScreen, application) -> None:
    screen.view.setCurrentIndex(screen.view.findData("all"))
    qtbot.waitUntil(lambda: application.id in screen._applications)
    _wait_ops(qtbot)
    screen.table.select_key(application.id)
    qtbot.waitUntil(lambda: application.number in screen.summary.text())
    _wait_ops(qtbot)


def test_the_kasi_resolves_a_duplicate_identity_on_the_screen(qtbot, services, people,
                                                            make_actor):
    from datetime import UTC, datetime

    from app.store.models import Person

    with services.context.store.write() as session:
        session.add(Person(surname="NURHALIZA", given_names="SITI", sex="F",
                           birth_date=SITI.birth_date, nationality="IDN",
                           document_number="C1234567", document_expiry=SITI.birth_date.replace(
                               year=2031), nik="3273015708900009",
                           created_at=datetime(2026, 1, 1, tzinfo=UTC)))
    held = services.passports.receive(people["paspor"], SITI)
    kasi = make_actor(Role.SECTION_HEAD, username="kasi1")
    screen = _screen(qtbot, services, kasi)
    assert screen.tabs.count() == 1  # no intake for the Kasi
    assert not screen.buttons["bill"].isVisible() and screen.buttons["duplicate"].isVisible()
    _select(qtbot, screen, held)
    assert "3273015708900009" in screen.summary.text()
    _click(qtbot, screen, "duplicate", "diperiksa", finding="Orang lain (permohonan berlanjut)",
           note="KK dan akta lahir berbeda")
    assert services.passports.get(kasi, held.id).state == "received"


def test_a_lost_passport_bap_and_bapen_are_made_on_the_screen(qtbot, services, people,
                                                            make_actor):
    from tests.services.test_passports import LOST

    application = services.passports.receive(people["paspor"], LOST)
    for _ in range(2):  # datang, periksa_berkas
        services.cases.complete(people["paspor"], application.case_id)
    intel = make_actor(Role.INTEL_OFFICER, username="intel1", nip=OPERATOR_NIP)
    screen = _screen(qtbot, services, intel)
    assert screen.buttons["bap"].isVisible() and not screen.buttons["bapen"].isVisible()
    _select(qtbot, screen, application)
    _click(qtbot, screen, "bap", "BAP", occupation="Karyawan swasta",
           a1="Dicopet di KRL Bogor-Jakarta pada 20 November 2026", a2="Ya, ke Polres")
    examined = services.passports.get(intel, application.id)
    assert examined.bap_number
    qtbot.waitUntil(lambda: examined.bap_number in screen.summary.text())
    services.cases.complete(intel, application.case_id)
    kasi = make_actor(Role.SECTION_HEAD, username="kasi2", nip="197502141998031002")
    head_screen = _screen(qtbot, services, kasi)
    _select(qtbot, head_screen, application)
    _click(qtbot, head_screen, "bapen", "BAPEN", opinion="Disetujui",
           facts="Paspor dicopet di KRL.\nPemohon melapor ke Kepolisian.",
           analysis="Bukan kelalaian yang disengaja.")
    assert services.passports.get(kasi, application.id).bapen_number


def _issued(services, people, *, days_after_payment: int):
    from tests.services.test_passports import _produce, _to_allocation

    services.blanks.receive(people["cetak"], "elektronik_48", "E2410001", "E2410010",
                            delivery_note="SP-001", received_from="Direktorat Dokjal")
    allocated = _to_allocation(services, people, SITI, days_after_payment=days_after_payment)
    _produce(services, people, allocated)
    return services.passports.issue(people["paspor"], allocated.id)


def test_the_drive_thru_scans_the_receipt_on_the_screen(qtbot, services, people):
    from app.store.counter_models import IssuedDocument

    issued = _issued(services, people, days_after_payment=1)
    with services.context.store.read() as session:
        seal = session.get(IssuedDocument, issued.receipt_document_id).seal
    screen = _screen(qtbot, services, people["paspor"])
    _select(qtbot, screen, issued)
    answer_modal(answer_form(mode="Drive-thru", received_by="Siti Nurhaliza", identity=True,
                         pickup_code="TT-MOHON/salah"))
    screen.buttons["handover"].click()
    _said(qtbot, screen, "bukan tanda terima permohonan ini")
    assert services.passports.get(people["paspor"], issued.id).state == "issued"
    _click(qtbot, screen, "handover", "diserahkan kepada", mode="Drive-thru",
           received_by="Siti Nurhaliza", identity=True, pickup_code=seal)
    assert services.passports.get(people["paspor"], issued.id).handover_mode == "drive_thru"


def test_a_late_passport_goes_by_post_with_its_compensation_from_the_screen(qtbot, services,
                                                                          people):
    issued = _issued(services, people, days_after_payment=7)
    screen = _screen(qtbot, services, people["paspor"])
    _select(qtbot, screen, issued)
    assert "Kompensasi" in screen.summary.text()
    _click(qtbot, screen, "handover", "diserahkan kepada", mode="PT Pos",
           received_by="Siti Nurhaliza", tracking="P2612030001")
    done = services.passports.get(people["paspor"], issued.id)
    assert done.compensation_document_id and done.label_document_id
    assert done.handover_mode == "pos"


def _paid_on_screen(qtbot, services, people):
    services.blanks.receive(people["cetak"], "elektronik_48", "E2410001", "E2410010",
                            delivery_note="SP-001", received_from="Direktorat Dokjal")
    paid = _paid(services, people)
    screen = _screen(qtbot, services, people["paspor"])
    _select(qtbot, screen, paid)
    return screen, paid


def _allocate_typing(qtbot, screen, keys, seen: dict | None = None) -> None:
    """Open the allocation form; note what it offers, type `keys` (a Qt key or text) into
    the serial field as the officer would, and wait until the form is gone."""
    closed = []

    def answer(dialog: FormDialog) -> None:
        field = dialog.widgets["serial"]
        if seen is not None:
            seen.update(title=dialog.objectName(), text=field.text(),
                        selected=field.selectedText(),
                        focused=dialog.focusWidget() is field)
        if isinstance(keys, str):
            qtbot.keyClicks(field, keys)
            qtbot.keyClick(field, Qt.Key.Key_Return)
        else:
            qtbot.keyClick(field, keys)
        closed.append(dialog.isVisible())

    answer_modal(answer)
    screen.message.clear()
    screen.buttons["allocate"].click()
    qtbot.waitUntil(lambda: closed == [False] and QApplication.activeModalWidget() is None)


def test_the_allocation_offers_the_next_booklet_and_allocates_the_one_scanned(
        qtbot, services, people):
    screen, paid = _paid_on_screen(qtbot, services, people)
    seen: dict = {}
    _allocate_typing(qtbot, screen, "e2410005", seen)  # typed over the offered serial
    assert seen == {"title": "allocateDialog", "text": "E2410001", "selected": "E2410001",
                    "focused": True}
    _said(qtbot, screen, "Blangko E2410005 dialokasikan")
    allocated = services.passports.get(people["paspor"], paid.id)
    assert (allocated.state, allocated.blank_serial) == ("allocated", "E2410005")
    assert services.blanks.blank(people["cetak"], "E2410001").status == "available"
    qtbot.waitUntil(lambda: "E2410005" in screen.summary.text())


def test_a_wrong_booklet_is_refused_on_the_screen_and_escape_allocates_nothing(
        qtbot, services, people):
    screen, paid = _paid_on_screen(qtbot, services, people)
    _allocate_typing(qtbot, screen, "E2419999")
    _said(qtbot, screen, "Blangko E2419999 tidak dikenal dalam persediaan kantor ini")
    assert "color: #b00020" in screen.message.styleSheet()
    _allocate_typing(qtbot, screen, Qt.Key.Key_Escape)
    _wait_ops(qtbot)
    application = services.passports.get(people["paspor"], paid.id)
    assert (application.state, application.blank_serial) == ("paid", "")
    [line] = services.blanks.stock(people["paspor"], "elektronik_48")
    assert (line.allocated, line.available) == (0, 10)
    assert screen.buttons["allocate"].isEnabled()
