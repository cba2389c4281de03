"""Antrian Cetak driven by the operator: preview, print to PDF, reprint with reason, QC, void."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFileDialog, QInputDialog

from app.auth.permissions import Role
from app.domain.counter import Direction
from app.services.counter import Scan
from tests.counter_support import TOURIST, load_watch_lists, pdf_text
from tests.ui.modal import answer_modal
from ui import ops
from ui.printqueue.screen import PrintQueueScreen


def _wait_ops(qtbot) -> None:
    qtbot.waitUntil(lambda: ops.pending() == 0)


def _reason(text: str):
    def fill(dialog: QInputDialog) -> None:
        dialog.setTextValue(text)
        dialog.accept()
    return fill


def _save_as(path):
    def fill(dialog: QFileDialog) -> None:
        dialog.selectFile(str(path))
        dialog.accept()
    return fill


@pytest.fixture
def stamp(services, make_actor):
    load_watch_lists(services)
    officer = make_actor(Role.COUNTER_OFFICER, username="konter1")
    return services.counter.record_crossing(
        officer, services.counter.check(officer, Scan(TOURIST.mrz(), Direction.ARRIVAL))).stamp


@pytest.fixture
def screen(qtbot, services, make_actor, stamp):
    widget = PrintQueueScreen(services, make_actor(Role.PRINT_OPERATOR, username="cetak1",
                                                      nip="199003142015031002"))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.table.rowCount() == 1)
    return widget


def _select(qtbot, screen, row: int = 0) -> None:
    screen.table.selectRow(row)
    qtbot.waitUntil(lambda: screen.document.status() == QPdfDocument.Status.Ready)


def test_preview_shows_the_real_pdf_and_print_to_pdf_saves_it(qtbot, screen, stamp, tmp_path):
    _select(qtbot, screen)
    assert screen.preview_pdf == stamp.pdf and screen.document.pageCount() == 1
    screen.printer.setCurrentIndex(screen.printer.count() - 1)  # "Simpan sebagai PDF…"
    target = tmp_path / "cap.pdf"
    answer_modal(_save_as(target))
    screen.buttons["print"].click()
    qtbot.waitUntil(lambda: "terkirim" in screen.message.text())
    assert "MASUK" in pdf_text(target.read_bytes())
    _wait_ops(qtbot)
    assert screen.table.item(0, 3).text() == "dicetak"


def test_reprint_asks_a_reason_and_queues_a_marked_copy(qtbot, services, screen, tmp_path):
    _select(qtbot, screen)
    screen.buttons["print"].click()  # the workstation printer
    qtbot.waitUntil(lambda: "terkirim" in screen.message.text())
    _wait_ops(qtbot)
    answer_modal(_reason("Label sobek"))
    screen.buttons["reprint"].click()
    qtbot.waitUntil(lambda: screen.table.rowCount() == 2)
    assert screen.table.item(0, 4).text() == "ke-1"
    assert screen.table.item(0, 7).text() == "Label sobek"
    _select(qtbot, screen, 0)
    screen.buttons["print"].click()
    qtbot.waitUntil(lambda: "terkirim" in screen.message.text())
    newest = max((tmp_path / "spool").glob("*.pdf"), key=lambda p: p.stat().st_mtime)
    assert "SALINAN ke-1" in pdf_text(newest.read_bytes())


def test_a_printer_error_leaves_the_job_queued_with_the_error(qtbot, services, screen):
    services.devices.devices.printer.mode = "unplugged"
    _select(qtbot, screen)
    screen.buttons["print"].click()
    qtbot.waitUntil(lambda: screen.table.item(0, 3).text() == "gagal")
    assert screen.table.item(0, 7).text()  # the reason, in the queue
    assert screen.buttons["print"].isEnabled()  # it can be printed again


def test_qc_and_void_from_the_screen(qtbot, services, screen, stamp):
    _select(qtbot, screen)
    screen.buttons["print"].click()
    qtbot.waitUntil(lambda: screen.buttons["qcPass"].isEnabled())
    screen.buttons["qcPass"].click()
    qtbot.waitUntil(lambda: screen.table.item(0, 5).text() == "baik")
    answer_modal(_reason("Salah arah perlintasan"))
    screen.buttons["void"].click()
    qtbot.waitUntil(lambda: "dibatalkan" in screen.message.text())
    _wait_ops(qtbot)
    assert not screen.buttons["reprint"].isEnabled()
    assert services.signing.verify_pdf(screen._actor, stamp.pdf).status == "tampered"


def _period(screen, first: QDate, last: QDate) -> None:
    screen.registers.start.setDate(first)
    screen.registers.end.setDate(last)


def test_register_export_writes_csv(qtbot, screen, stamp, tmp_path):
    assert screen.registers.kind.currentData() == "register_dokumen"
    _period(screen, QDate(2026, 11, 1), QDate(2026, 11, 30))
    target = tmp_path / "register.csv"
    answer_modal(_save_as(target))
    screen.registers.csv_button.click()
    qtbot.waitUntil(lambda: "diekspor" in screen.message.text())
    assert "1 baris" in screen.message.text()
    text = target.read_text(encoding="utf-8-sig")
    assert text.startswith("No.;Waktu terbit;Nomor") and stamp.number in text


def test_register_csv_into_a_missing_folder_says_why(qtbot, screen, tmp_path):
    answer_modal(_save_as(tmp_path / "gone" / "register.csv"))
    screen.registers.csv_button.click()
    qtbot.waitUntil(lambda: "tidak dapat disimpan" in screen.message.text())
    assert not (tmp_path / "gone").exists()


def test_register_pdf_is_issued_into_the_queue_and_previewed(qtbot, screen, stamp):
    _period(screen, QDate(2026, 11, 19), QDate(2026, 11, 25))
    screen.registers.pdf_button.click()
    qtbot.waitUntil(lambda: screen.table.rowCount() == 2)
    qtbot.waitUntil(lambda: screen.current() is not None
                    and screen.current().template == "register_dokumen")
    qtbot.waitUntil(lambda: screen.document.status() == QPdfDocument.Status.Ready)
    text = pdf_text(screen.preview_pdf)
    assert "REGISTER DOKUMEN TERCETAK" in text and stamp.number in text
    assert "19 November 2026 s.d. 25 November 2026" in text
    assert "antrian cetak" in screen.message.text()


def test_a_reversed_period_is_refused_on_screen(qtbot, screen):
    _period(screen, QDate(2026, 11, 25), QDate(2026, 11, 1))
    screen.registers.pdf_button.click()
    qtbot.waitUntil(lambda: "sebelum tanggal awal" in screen.message.text())
    assert screen.table.rowCount() == 1
