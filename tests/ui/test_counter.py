"""The counter and supervisor screens driven by keys, as at the TPI: scan to crossing stored."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QPushButton
from sqlalchemy import select

from app.auth.permissions import Role
from app.store.counter_models import Crossing, IssuedDocument, Referral
from tests.counter_support import (
    BANNED_WNA,
    BANNED_WNI,
    RESIDENT,
    TODAY,
    TOURIST,
    add_permit,
    load_watch_lists,
    pdf_pages,
    pdf_text,
)
from tests.ui.modal import answer_modal
from ui import ops
from ui.counter.screen import CounterScreen
from ui.counter.supervisor import SupervisorScreen
from ui.widgets.form_dialog import FormDialog


def _wait_ops(qtbot) -> None:
    qtbot.waitUntil(lambda: ops.pending() == 0)


@pytest.fixture
def counter_screen(qtbot, services, make_actor):
    load_watch_lists(services)
    screen = CounterScreen(services, make_actor(Role.COUNTER_OFFICER, username="konter1"))
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitExposed(screen)
    _wait_ops(qtbot)
    return screen


@pytest.fixture
def supervisor_screen(qtbot, services, make_actor):
    screen = SupervisorScreen(services, make_actor(Role.SUPERVISOR, username="spv1",
                                                   nip="198001012005011001"))
    qtbot.addWidget(screen)
    screen.show()
    _wait_ops(qtbot)
    return screen


def _scan(qtbot, screen: CounterScreen, person) -> None:
    """A keyboard-wedge reader types the two lines with Enter between them."""
    line1, line2 = person.mrz().splitlines()
    screen.mrz.setFocus()
    qtbot.keyClicks(screen.mrz, line1)
    qtbot.keyClick(screen.mrz, Qt.Key.Key_Return)
    qtbot.keyClicks(screen.mrz, line2)
    qtbot.waitUntil(lambda: screen.check is not None)


def _key(qtbot, screen, key) -> None:
    """Press `key` where the officer's cursor is (the MRZ box after each traveller)."""
    if QApplication.activeWindow() is not screen.window():
        screen.window().activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is screen.window())
    target = QApplication.focusWidget()
    if target is None or not screen.isAncestorOf(target):
        screen.mrz.setFocus()
        target = screen.mrz
    qtbot.keyClick(target, key)


def _crossings(services) -> list[Crossing]:
    with services.context.store.read() as session:
        return list(session.execute(select(Crossing)).scalars())


def _issued(services) -> list[IssuedDocument]:
    with services.context.store.read() as session:
        return list(session.execute(select(IssuedDocument)).scalars())


def _form(**values):
    def fill(dialog: FormDialog) -> None:
        dialog.fill(**values)
        dialog.findChild(QPushButton, "ok").click()
    return fill


def _refer_with_f10(qtbot, screen, note="") -> None:
    def fill(dialog) -> None:
        dialog.findChild(QPlainTextEdit, "note").setPlainText(note)
        dialog.findChild(QPushButton, "send").click()
    answer_modal(fill)
    _key(qtbot, screen, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: screen.last_referral is not None)


def _take_first(qtbot, screen: SupervisorScreen) -> None:
    screen.refresh()
    qtbot.waitUntil(lambda: screen.table.rowCount() == 1)
    screen.table.selectRow(0)
    assert screen.current() is not None


def test_whole_arrival_scan_verdict_biometrics_stamp_and_crossing(qtbot, services,
                                                                 counter_screen, tmp_path):
    screen = counter_screen
    _scan(qtbot, screen, TOURIST)
    assert "BOLEH MASUK" in screen.verdict.text()
    assert "ERIKSSON" in screen.traveller.text()

    _key(qtbot, screen, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: screen.face is not None)
    _key(qtbot, screen, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: screen.fingerprints is not None)
    _key(qtbot, screen, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: screen.last_crossing is not None)
    _wait_ops(qtbot)

    [crossing] = _crossings(services)
    assert (crossing.document_number, crossing.outcome) == ("L898902C3", "admitted")
    assert '"fingerprints"' in crossing.details and '"face"' in crossing.details
    assert '"decided"' in crossing.details  # the SOP step times
    assert "dicetak" in screen.message.text()
    spooled = list((tmp_path / "spool").glob("*.pdf"))
    assert spooled and "MASUK" in pdf_text(spooled[0].read_bytes())
    assert screen.mrz.toPlainText() == "" and screen.mrz.hasFocus()  # ready for the next


def test_pencegahan_hit_to_printed_stp_in_two_copies(qtbot, services, counter_screen,
                                                    supervisor_screen):
    _key(qtbot, counter_screen, Qt.Key.Key_F3)  # departure
    assert counter_screen.departure.isChecked()
    _scan(qtbot, counter_screen, BANNED_WNI)
    assert "RUJUK" in counter_screen.verdict.text()
    assert not counter_screen.pass_button.isEnabled()
    _key(qtbot, counter_screen, Qt.Key.Key_F9)  # F9 does nothing on a hit
    _refer_with_f10(qtbot, counter_screen)
    assert _crossings(services) == []

    _take_first(qtbot, supervisor_screen)
    answer_modal(_form(requesting_agency="Kejaksaan Agung",
                         pencegahan_reference="KEP-PCG-017/2026",
                         reason="Subjek pencegahan Kejaksaan Agung"))
    supervisor_screen.buttons["delay"].click()
    qtbot.waitUntil(lambda: supervisor_screen.last_resolution is not None)
    _wait_ops(qtbot)

    stp = supervisor_screen.last_resolution.documents[0]
    assert stp.template == "stp" and pdf_pages(stp.pdf) == 2
    assert "B7654321" in pdf_text(stp.pdf)
    assert [c.outcome for c in _crossings(services)] == ["departure_delayed"]
    assert supervisor_screen.table.rowCount() == 0


def test_refusal_of_entry_from_the_supervisor_screen(qtbot, services, counter_screen,
                                                     supervisor_screen):
    _scan(qtbot, counter_screen, BANNED_WNA)
    _refer_with_f10(qtbot, counter_screen)
    _take_first(qtbot, supervisor_screen)
    assert not supervisor_screen.buttons["delay"].isEnabled()  # an arrival
    answer_modal(_form(reason="Subjek penangkalan", carrier_name="Saudia",
                         port_of_embarkation="Jeddah (JED)", return_flight="SV 817"))
    supervisor_screen.buttons["refuse"].click()
    qtbot.waitUntil(lambda: supervisor_screen.last_resolution is not None)
    report = supervisor_screen.last_resolution.documents[0]
    assert "Saudia" in pdf_text(report.pdf)
    assert [c.outcome for c in _crossings(services)] == ["refused"]


def test_departure_with_overstay_to_payment_and_exit(qtbot, services, counter_screen,
                                                    supervisor_screen):
    add_permit(services, RESIDENT, valid_until=TODAY - timedelta(days=5))
    counter_screen.departure.setChecked(True)
    _scan(qtbot, counter_screen, RESIDENT)
    assert "5 hari" in " ".join(counter_screen.findings.item(i).text()
                                for i in range(counter_screen.findings.count()))
    _refer_with_f10(qtbot, counter_screen)

    _take_first(qtbot, supervisor_screen)
    supervisor_screen.buttons["bill"].click()
    qtbot.waitUntil(lambda: supervisor_screen.last_resolution is not None)
    assert "Rp5.000.000" in pdf_text(supervisor_screen.last_resolution.documents[0].pdf)

    answer_modal(_form(reference="NTPN 0A1B2C3D4E5F6G7H"))
    supervisor_screen.buttons["pay"].click()
    qtbot.waitUntil(lambda: "Pembayaran dicatat" in supervisor_screen.message.text())

    answer_modal(_form(note="Biaya beban lunas"))
    supervisor_screen.buttons["allow"].click()
    qtbot.waitUntil(lambda: _crossings(services) != [])
    [crossing] = _crossings(services)
    assert (crossing.outcome, crossing.overstay_days) == ("departed", 5)


def test_unplugged_reader_mid_scan_says_what_to_do_and_records_nothing(
        qtbot, services, counter_screen):
    services.devices.devices.document_reader.mode = "unplugged"
    _key(qtbot, counter_screen, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: counter_screen.message.text() != "Membaca paspor…")
    assert "tidak terhubung" in counter_screen.message.text().lower() or \
        "cabut" in counter_screen.message.text().lower() or \
        "pasang" in counter_screen.message.text().lower()
    assert counter_screen.check is None and _crossings(services) == []


def test_bad_mrz_shows_why_and_offers_rescan(qtbot, services, counter_screen):
    line1, line2 = TOURIST.mrz().splitlines()
    broken = line2[:9] + ("0" if line2[9] != "0" else "1") + line2[10:]
    qtbot.keyClicks(counter_screen.mrz, line1)
    qtbot.keyClick(counter_screen.mrz, Qt.Key.Key_Return)
    qtbot.keyClicks(counter_screen.mrz, broken)
    qtbot.waitUntil(lambda: counter_screen.check is not None)
    assert "RUJUK" in counter_screen.verdict.text()
    codes = [counter_screen.findings.item(i).data(Qt.ItemDataRole.UserRole)
             for i in range(counter_screen.findings.count())]
    assert "mrz_invalid" in codes


def test_next_traveller_key_clears_the_screen(qtbot, counter_screen):
    _scan(qtbot, counter_screen, TOURIST)
    _key(qtbot, counter_screen, Qt.Key.Key_F12)
    assert counter_screen.check is None and counter_screen.traveller.text() == ""


def test_referral_reaches_the_supervisor_queue(qtbot, services, counter_screen,
                                               supervisor_screen):
    _scan(qtbot, counter_screen, TOURIST)
    _refer_with_f10(qtbot, counter_screen, note="Tiket pulang tidak ada")
    with services.context.store.read() as session:
        assert session.execute(select(Referral.reason_text)).scalar_one() == \
            "Tiket pulang tidak ada"
    _take_first(qtbot, supervisor_screen)
    assert "ERIKSSON" in supervisor_screen.details.text()


def test_pmi_lane_asks_for_the_workers_data_and_keeps_it(qtbot, services, counter_screen):
    from PySide6.QtWidgets import QLineEdit

    from tests.counter_support import CITIZEN

    screen = counter_screen
    pmi_id = screen.findChild(QLineEdit, "lane_pmi_id")
    assert not screen.lane_box.isVisible()
    screen.lane.setCurrentIndex(screen.lane.findData("pmi"))
    assert screen.lane_box.isVisible() and pmi_id.isVisible()
    assert not screen.findChild(QLineEdit, "lane_delegation").isVisible()
    qtbot.keyClicks(pmi_id, "E-PMI-778812")
    _key(qtbot, screen, Qt.Key.Key_F3)  # departure
    _scan(qtbot, screen, CITIZEN)
    _key(qtbot, screen, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: screen.last_crossing is not None)
    [crossing] = _crossings(services)
    assert crossing.lane == "pmi" and "E-PMI-778812" in crossing.details


def test_carrier_charge_from_refusal_to_payment_on_the_supervisor_screen(
        qtbot, services, make_actor, counter_screen, supervisor_screen, tmp_path):
    from tests.counter_support import EXPIRED

    make_actor(Role.OFFICE_HEAD, username="kakanim1", nip="197801142000031001")
    _scan(qtbot, counter_screen, EXPIRED)
    _refer_with_f10(qtbot, counter_screen)
    _take_first(qtbot, supervisor_screen)
    answer_modal(_form(reason="Paspor habis berlaku", carrier_name="Emirates",
                         port_of_embarkation="Dubai (DXB)", return_flight="EK 357"))
    supervisor_screen.buttons["refuse"].click()
    qtbot.waitUntil(lambda: supervisor_screen.last_resolution is not None)

    panel = supervisor_screen.carrier
    supervisor_screen.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.refusals.rowCount() == 1)
    panel.refusals.selectRow(0)
    answer_modal(_form(responsible_party="Emirates, Station Manager CGK",
                         representative_name="Farid Al-Mansouri",
                         representative_position="Station Manager",
                         representative_id_number="P1234567",
                         representative_nationality="Persatuan Emirat Arab",
                         representative_birth_place="Dubai",
                         representative_address="Terminal 3 Soekarno-Hatta",
                         a1="Ya, sehat dan bersedia.", a3="Ya, tetapi terlewat."))
    panel.buttons["draft"].click()
    qtbot.waitUntil(lambda: panel.charges.rowCount() == 1)
    _wait_ops(qtbot)
    printed = {d.template: d for d in _issued(services)}
    assert {"bap", "ba_pendapat", "surat_keputusan"} <= set(printed)
    bap = pdf_text(printed["bap"].pdf)
    assert "Farid Al-Mansouri" in bap and "terlewat" in bap
    assert len(list((tmp_path / "spool").glob("*.pdf"))) >= 4  # sent to the printer
    assert panel.refusals.rowCount() == 0

    panel.charges.selectRow(0)
    answer_modal(_form(number="W10.IMI.1-GR.01.01-0077/2026"))
    panel.buttons["signed"].click()
    qtbot.waitUntil(lambda: "W10.IMI" in (panel.charges.item(0, 4).text()
                                          if panel.charges.rowCount() else ""))
    assert "billing_slip" in {d.template for d in _issued(services)}
    panel.charges.selectRow(0)
    answer_modal(_form(reference="NTPN 99A1"))
    panel.buttons["paid"].click()
    qtbot.waitUntil(lambda: panel.charges.rowCount() == 0)


def _bill_an_overstay(qtbot, services, counter_screen, supervisor_screen) -> None:
    """MUELLER KLAUS leaves two days past the permit: referred, then billed by the supervisor."""
    add_permit(services, RESIDENT, valid_until=TODAY - timedelta(days=2))
    _key(qtbot, counter_screen, Qt.Key.Key_F3)
    _scan(qtbot, counter_screen, RESIDENT)
    _refer_with_f10(qtbot, counter_screen)
    _take_first(qtbot, supervisor_screen)
    supervisor_screen.buttons["bill"].click()
    qtbot.waitUntil(lambda: supervisor_screen.last_resolution is not None)


def test_supervisor_prints_the_days_overstay_recap(qtbot, services, counter_screen,
                                                  supervisor_screen):
    _bill_an_overstay(qtbot, services, counter_screen, supervisor_screen)
    supervisor_screen.buttons["recap"].click()
    qtbot.waitUntil(lambda: supervisor_screen.last_recap is not None)
    assert "MUELLER KLAUS" in pdf_text(supervisor_screen.last_recap.pdf)


def test_supervisor_prints_the_overstay_recap_of_a_week(qtbot, services, counter_screen,
                                                       supervisor_screen, tmp_path):
    from PySide6.QtCore import QDate

    _bill_an_overstay(qtbot, services, counter_screen, supervisor_screen)
    spooled = set((tmp_path / "spool").glob("*.pdf"))
    panel = supervisor_screen.registers
    assert panel.kind.currentData() == "rekap_overstay"
    panel.start.setDate(QDate(2026, 11, 19))
    panel.end.setDate(QDate(2026, 11, 25))
    panel.pdf_button.click()

    def recaps() -> list[str]:
        texts = (pdf_text(p.read_bytes())
                 for p in set((tmp_path / "spool").glob("*.pdf")) - spooled)
        return [text for text in texts if "REKAPITULASI" in text]

    qtbot.waitUntil(lambda: recaps() != [])
    [recap] = recaps()
    assert "19 November 2026 s.d. 25 November 2026" in recap and "MUELLER KLAUS" in recap


def test_f8_after_a_printed_stamp_asks_why_and_prints_a_marked_copy(qtbot, services,
                                                                    counter_screen, tmp_path):
    from PySide6.QtWidgets import QInputDialog

    screen = counter_screen
    _scan(qtbot, screen, TOURIST)
    _key(qtbot, screen, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: screen.stamp_printed)

    def fill(dialog: QInputDialog) -> None:
        dialog.setTextValue("Label terlipat di printer")
        dialog.accept()

    answer_modal(fill)
    _key(qtbot, screen, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: "Salinan ke-1" in screen.message.text())
    newest = max((tmp_path / "spool").glob("*.pdf"), key=lambda p: p.stat().st_mtime)
    assert "SALINAN ke-1" in pdf_text(newest.read_bytes())


def test_a_wedge_readers_scan_is_read_and_checked_at_once(qtbot, services, make_actor,
                                                          monkeypatch):
    """A keyboard-wedge passport reader: the burst never lands in a field; the counter reads
    it from the reader at once and checks the traveller, no F2 needed."""
    from dataclasses import replace

    from devices.document_reader import WedgeDocumentReader
    from tests.ui.test_wedge_filter import Clock, _type
    from ui.widgets import wedge as wedge_module

    reader = WedgeDocumentReader(timeout_s=2)
    monkeypatch.setattr(services.counter, "_devices",
                        replace(services.device_set, document_reader=reader))
    clock = Clock()
    scanner = wedge_module.WedgeFilter([reader], clock=clock).install()
    monkeypatch.setattr(wedge_module, "_installed", scanner)
    try:
        load_watch_lists(services)
        screen = CounterScreen(services, make_actor(Role.COUNTER_OFFICER, username="konter1"))
        qtbot.addWidget(screen)
        screen.show()
        screen.activateWindow()
        qtbot.waitUntil(screen.isActiveWindow)
        _wait_ops(qtbot)
        screen.flight.setFocus()
        qtbot.waitUntil(screen.flight.hasFocus)
        lines = TOURIST.mrz().splitlines()
        _type(qtbot, screen.flight, "\r".join(lines) + "\r", clock, 0.004)
        qtbot.waitUntil(lambda: screen.mrz.toPlainText() == "\n".join(lines), timeout=5000)
        assert screen.flight.text() == ""  # the burst never reached the focused field
        _wait_ops(qtbot)
    finally:
        scanner.uninstall()
