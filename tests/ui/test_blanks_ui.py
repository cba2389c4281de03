"""Blangko paspor, the print queue's second tab, driven by the print operator: receive a batch,
be refused an overlapping one (and find it typed again), look up a blank, record its
production, record a damaged blank with its berita acara, the daily register, low stock."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument

from app.auth.permissions import Role
from app.domain.blanks import KINDS
from tests.counter_support import TODAY
from tests.services.conftest import OPERATOR_NIP
from tests.ui.modal import answer_modal
from ui import ops
from ui.printqueue.blanks import LOW_COLOR, BlanksPanel
from ui.printqueue.screen import PrintQueueScreen
from ui.widgets.form_dialog import FormDialog

CTRL = Qt.KeyboardModifier.ControlModifier
E = "elektronik_48"
FROM = "Direktorat Dokumen Perjalanan"


def _wait_ops(qtbot) -> None:
    qtbot.waitUntil(lambda: ops.pending() == 0)


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split())
                    for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def operator(make_actor):
    return make_actor(Role.PRINT_OPERATOR, username="cetak1", nip=OPERATOR_NIP)


@pytest.fixture
def receive(services, operator):
    def receive(first="E2410001", last="E2410010", kind=E, note="SP-001"):
        return services.blanks.receive(operator, kind, first, last, delivery_note=note,
                                       received_from=FROM)
    return receive


@pytest.fixture
def screen(qtbot, services, operator) -> PrintQueueScreen:
    widget = PrintQueueScreen(services, operator)
    qtbot.addWidget(widget)
    widget.show()
    widget.tabs.setCurrentWidget(widget.blanks)
    _wait_ops(qtbot)
    return widget


def _stock(panel: BlanksPanel, kind: str = E) -> dict[str, str]:
    """The stock table's line of `kind`, by column header."""
    table = panel.table
    [row] = [r for r in range(table.rowCount()) if table.item(r, 0).text() == KINDS[kind]]
    return {table.horizontalHeaderItem(c).text(): table.item(row, c).text()
            for c in range(table.columnCount())}


def _fill(seen: list | None = None, **values):
    """Note what the dialog offered in `seen`, fill it and press OK."""
    def fill(dialog: FormDialog) -> None:
        if seen is not None:
            seen.append(dialog.values())
        dialog.fill(**values)
        dialog.findChild(object, "ok").click()
    return fill


def _receive_in_dialog(qtbot, screen, **values) -> None:
    """Ctrl+R in the blanks tab, the receipt typed in its dialog."""
    panel = screen.blanks
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    panel.serial.setFocus()
    answer_modal(_fill(**values))
    qtbot.keyClick(panel.serial, Qt.Key.Key_R, CTRL)
    _wait_ops(qtbot)


def _look_up(qtbot, panel: BlanksPanel, serial: str) -> None:
    panel.serial.clear()
    qtbot.keyClicks(panel.serial, serial)
    qtbot.keyClick(panel.serial, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.looked_up is not None and panel.looked_up.serial == serial)
    _wait_ops(qtbot)


def test_blanks_are_the_second_tab_of_the_print_queue(screen):
    assert screen.tabs.count() == 2
    assert screen.tabs.widget(0) is screen.queue_page
    assert screen.tabs.tabText(1) == "Blangko paspor"


def test_a_batch_received_in_the_dialog_shows_in_stock_preview_and_queue(qtbot, services,
                                                                          screen):
    panel = screen.blanks
    assert _stock(panel)["Diterima"] == "0"
    _receive_in_dialog(qtbot, screen, kind=KINDS[E], first_serial="E2410001",
                       last_serial="E2410120", delivery_note="SP-077", received_from=FROM)
    assert "120 blangko E2410001 s.d. E2410120 diterima" in panel.message.text()
    assert _stock(panel) == {"Jenis": KINDS[E], "Diterima": "120", "Tersedia": "120",
                             "Teralokasi": "0", "Rusak": "0", "Terbit": "0"}
    assert [line.received for line in services.blanks.stock(screen._actor)] == [120]
    text = _text(panel.preview.pdf)
    assert "BERITA ACARA SERAH TERIMA BLANGKO PASPOR" in text and "E2410001 E2410120" in text
    qtbot.waitUntil(lambda: panel.preview.pdf_document.status() == QPdfDocument.Status.Ready)
    # ... and it waits in the queue, selected, to print.
    qtbot.waitUntil(lambda: screen.current() is not None)
    assert screen.current().template == "berita_acara_serah_terima_blangko"


def test_an_overlapping_batch_is_refused_and_offered_again(qtbot, services, screen, receive):
    receive("E2410001", "E2410010", note="SP-001")
    panel = screen.blanks
    panel.refresh()
    _wait_ops(qtbot)
    typed = {"kind": KINDS[E], "first_serial": "E2410005", "last_serial": "E2410020",
             "delivery_note": "SP-002", "received_from": FROM}
    _receive_in_dialog(qtbot, screen, **typed)
    assert "E2410005 s.d. E2410010 sudah diterima sebelumnya" in panel.message.text()
    assert "SP-001" in panel.message.text()
    assert _stock(panel)["Diterima"] == "10"
    assert [line.received for line in services.blanks.stock(screen._actor)] == [10]
    assert len(services.documents.jobs(screen._actor)) == 1  # the first receipt's only

    seen: list = []
    answer_modal(_fill(seen, first_serial="E2410011"))
    panel.buttons["receive"].click()
    _wait_ops(qtbot)
    assert seen == [typed]  # what was typed, offered again
    assert "10 blangko E2410011 s.d. E2410020 diterima" in panel.message.text()
    assert _stock(panel)["Diterima"] == "20"


def test_look_up_an_allocated_blank_and_record_its_production(qtbot, services, screen,
                                                             receive, make_actor):
    receive()
    officer = make_actor(Role.PASSPORT_OFFICER, username="paspor1")
    serial = services.blanks.allocate(officer, E, "2026112500001")
    panel = screen.blanks
    assert not panel.buttons["production"].isEnabled()

    qtbot.keyClicks(panel.serial, "E2410999")
    qtbot.keyClick(panel.serial, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "E2410999 tidak ada dalam persediaan" in panel.message.text())
    assert panel.looked_up is None and panel.serial.text() == "E2410999"

    _look_up(qtbot, panel, serial)
    assert f"{serial} — {KINDS[E]}: teralokasi" in panel.details.text()
    assert "Permohonan: 2026112500001" in panel.details.text()
    assert "Dicetak: belum" in panel.details.text()
    assert panel.buttons["production"].isEnabled() and panel.buttons["spoil"].isEnabled()

    # QC before printing is refused, and the ticks come back for the next try.
    answer_modal(_fill(qc_passed=True, note="Warna pudar"))
    panel.buttons["production"].click()
    qtbot.waitUntil(lambda: "belum dicetak" in panel.message.text())
    assert not services.blanks.blank(screen._actor, serial).qc_passed
    seen: list = []
    answer_modal(_fill(seen, printed=True))
    panel.buttons["production"].click()
    qtbot.waitUntil(lambda: "Produksi blangko" in panel.message.text())
    _wait_ops(qtbot)
    assert seen[0]["qc_passed"] and seen[0]["note"] == "Warna pudar"
    blank = services.blanks.blank(screen._actor, serial)
    assert (blank.printed, blank.qc_passed, blank.laminated) == (True, True, False)
    assert blank.production_note == "Warna pudar"
    qtbot.waitUntil(lambda: "Dicetak: sudah · Lulus QC: sudah · Dilaminasi: belum"
                    in panel.details.text())


def test_a_damaged_blank_gets_its_berita_acara_previewed(qtbot, services, screen, receive):
    receive()
    panel = screen.blanks
    _look_up(qtbot, panel, "E2410007")
    assert "tersedia" in panel.details.text()
    assert not panel.buttons["production"].isEnabled()  # not allocated: nothing to print

    answer_modal(_fill(reason="", witness="Rahmat"))  # the dialog wants a reason
    answer_modal(_fill(reason="Tergores di gudang"))
    panel.buttons["spoil"].click()
    qtbot.waitUntil(lambda: "dicatat rusak" in panel.message.text())
    _wait_ops(qtbot)
    text = _text(panel.preview.pdf)
    assert "BERITA ACARA KERUSAKAN BLANGKO PASPOR" in text
    assert "E2410007" in text and "Tergores di gudang" in text
    qtbot.waitUntil(lambda: panel.preview.pdf_document.status() == QPdfDocument.Status.Ready)
    assert panel.preview.pdf_document.pageCount() >= 1
    assert services.blanks.blank(screen._actor, "E2410007").status == "spoiled"
    assert _stock(panel)["Rusak"] == "1" and _stock(panel)["Tersedia"] == "9"
    assert "rusak" in panel.details.text() and not panel.buttons["spoil"].isEnabled()


def test_the_daily_register_is_issued_and_previewed(qtbot, screen):
    panel = screen.blanks
    seen: list = []
    answer_modal(_fill(seen))
    panel.buttons["register"].click()
    qtbot.waitUntil(lambda: "masuk antrian cetak" in panel.message.text())
    assert seen == [{"day": TODAY}]  # the office's today, by the service clock
    assert "REGISTER PENERBITAN PASPOR" in _text(panel.preview.pdf)
    qtbot.waitUntil(lambda: screen.current() is not None
                    and screen.current().template == "register_paspor")


def test_low_stock_is_flagged_in_red(qtbot, screen, receive):
    receive("E2410001", "E2410049")  # 49 available: low
    receive("A0000001", "A0000050", kind="biasa_48", note="SP-002")  # 50: enough
    panel = screen.blanks
    panel.refresh()
    _wait_ops(qtbot)
    table = panel.table
    colors = {table.item(r, 0).text(): table.item(r, 0).foreground().color()
              for r in range(table.rowCount())}
    assert colors[KINDS[E]] == LOW_COLOR and colors[KINDS["splp"]] == LOW_COLOR
    assert colors[KINDS["biasa_48"]] != LOW_COLOR
    assert panel.low_kinds() == [E, "splp"]
    assert f"{KINDS[E]} (49)" in panel.warning.text()
    assert KINDS["biasa_48"] not in panel.warning.text()

    receive("E2410050", "E2410050", note="SP-003")  # one more makes 50
    panel.refresh()
    _wait_ops(qtbot)
    assert panel.low_kinds() == ["splp"] and KINDS[E] not in panel.warning.text()

