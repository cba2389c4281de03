"""Antrian Cetak: the print operator's queue of documents from every module.

Newest first, filtered by type and status; the selected job's real PDF pages in the preview;
print to the workstation printer, a system printer or a PDF file; QC of what came out; reprint
with a reason (the copy is marked SALINAN ke-N); void with a reason; registers for a date range
as a numbered PDF (into this queue) or as CSV. A second tab holds the passport blanks
(`ui.printqueue.blanks`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSignalBlocker, Slot
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.auth.permissions import Actor
from app.services import Services
from app.services.documents import (
    SAVE_AS_PDF,
    STATUSES,
    SYSTEM_PRINTER,
    DocumentInfo,
    JobInfo,
)
from ui.i18n import error_text
from ui.ops import run_in_background
from ui.printqueue.blanks import BlanksPanel
from ui.widgets.messages import StatusLine
from ui.widgets.pdf_preview import PdfPreview
from ui.widgets.register_export import RegisterExportPanel
from ui.widgets.shortcuts import add_shortcut
from ui.widgets.table import RecordTable

WORKSTATION_PRINTER = ""


class PrintQueueScreen(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._jobs: dict[str, JobInfo] = {}
        self.preview_pdf: bytes | None = None
        self._select_document: str | None = None  # to select once the queue shows it
        self._status_titles = {"queued": self.tr("menunggu"), "printed": self.tr("dicetak"),
                               "failed": self.tr("gagal"), "voided": self.tr("dibatalkan")}

        self.template = QComboBox()
        self.template.setObjectName("filterTemplate")
        self.template.addItem(self.tr("Semua jenis"), "")
        self.status = QComboBox()
        self.status.setObjectName("filterStatus")
        self.status.addItem(self.tr("Semua status"), "")
        for status in STATUSES:
            self.status.addItem(self._status_titles[status], status)
        for combo in (self.template, self.status):
            combo.currentIndexChanged.connect(self.refresh)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Jenis")))
        filters.addWidget(self.template)
        filters.addWidget(QLabel(self.tr("Status")))
        filters.addWidget(self.status)
        filters.addStretch(1)

        self.table = RecordTable([self.tr("Waktu"), self.tr("Jenis"), self.tr("Nomor"),
                                  self.tr("Status"), self.tr("Salinan"), self.tr("QC"),
                                  self.tr("Diminta oleh"), self.tr("Keterangan")])
        self.table.setObjectName("jobs")
        self.table.itemSelectionChanged.connect(self._selected)

        self.preview = PdfPreview()
        self.preview.setObjectName("preview")
        self.document = self.preview.pdf_document

        self.printer = QComboBox()
        self.printer.setObjectName("printer")
        self.printer.addItem(self.tr("Printer workstation"), WORKSTATION_PRINTER)
        for name in QPrinterInfo.availablePrinterNames():
            self.printer.addItem(name, SYSTEM_PRINTER + name)
        self.printer.addItem(self.tr("Simpan sebagai PDF…"), SAVE_AS_PDF)
        self.copies = QSpinBox()
        self.copies.setObjectName("copies")
        self.copies.setRange(1, 20)
        self.message = StatusLine()
        # The queue is the first tab; its shortcuts work there, the blanks' in theirs.
        self.queue_page = QWidget()
        self.queue_page.setObjectName("queuePage")

        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for name, text, keys, slot in (
                ("print", self.tr("&Cetak (Ctrl+P)"), "Ctrl+P", self.print_selected),
                ("reprint", self.tr("Cetak &ulang…"), "Ctrl+R", self.reprint_selected),
                ("qcPass", self.tr("QC &baik"), "Ctrl+G", lambda: self.record_qc(True)),
                ("qcFail", self.tr("QC &gagal…"), "Ctrl+F", lambda: self.record_qc(False)),
                ("void", self.tr("&Batalkan dokumen…"), "Ctrl+Del", self.void_selected),
                ("refresh", self.tr("&Muat ulang (F5)"), "F5", self.refresh)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            actions.addWidget(button)
            self.buttons[name] = button
            add_shortcut(self.queue_page, keys, slot)

        target = QHBoxLayout()
        target.addWidget(QLabel(self.tr("&Printer")))
        target.itemAt(0).widget().setBuddy(self.printer)
        target.addWidget(self.printer, 1)
        target.addWidget(QLabel(self.tr("Jumlah")))
        target.addWidget(self.copies)

        self.registers = RegisterExportPanel(services, actor)
        self.registers.setObjectName("registers")
        self.registers.said.connect(self.message.say)
        self.registers.issued.connect(self._document_issued)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.registers)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.preview, 1)
        right_layout.addLayout(target)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.message)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        QVBoxLayout(self.queue_page).addWidget(splitter)

        self.blanks = BlanksPanel(services, actor)
        self.blanks.setObjectName("blanks")
        self.blanks.issued.connect(self._document_issued)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self.queue_page, self.tr("Antrian cetak"))
        self.tabs.addTab(self.blanks, self.tr("Blangko paspor"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self._fill_templates()
        self._update_buttons()
        self.refresh()

    def _fill_templates(self) -> None:
        from printing.registry import templates  # reportlab loads with the queue, not at start

        for template in templates():
            self.template.addItem(template.title, template.code)

    # -- queue --------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        template, status = self.template.currentData(), self.status.currentData()
        run_in_background(self, lambda: self._services.documents.jobs(
            self._actor, template=template or None, status=status or None), self._show)

    def _show(self, jobs: list[JobInfo]) -> None:
        selected = self.table.selected_key()
        tz = self._services.context.config.timezone
        self._jobs = {j.id: j for j in jobs}
        self.table.fill([(j.id, (
            j.requested_at.astimezone(tz).strftime("%d-%m %H:%M"), j.title, j.number,
            self._status_titles.get(j.status, j.status),
            self.tr("ke-{n}").format(n=j.reprint) if j.reprint else self.tr("asli"),
            {"pass": self.tr("baik"), "fail": self.tr("gagal")}.get(j.qc, "—"),
            j.requested_by, j.error or j.reprint_reason)) for j in jobs])
        wanted = next((j.id for j in jobs if j.document_id == self._select_document), None)
        self._select_document = None
        if wanted or selected in self._jobs:
            self.table.select_key(wanted or selected)
        self._update_buttons()

    def current(self) -> JobInfo | None:
        return self._jobs.get(self.table.selected_key())

    @Slot()
    def _selected(self) -> None:
        job = self.current()
        self._update_buttons()
        if job is None:
            return
        self.copies.setValue(job.copies)
        run_in_background(self, lambda: self._services.documents.document(
            self._actor, job.document_id), lambda doc: self._load_preview(doc.pdf))

    def _load_preview(self, pdf: bytes) -> None:
        self.preview_pdf = pdf
        self.preview.load(pdf)

    def _update_buttons(self) -> None:
        job = self.current()
        waiting = job is not None and job.status in ("queued", "failed") and not job.voided
        self.buttons["print"].setEnabled(waiting)
        self.buttons["reprint"].setEnabled(job is not None and not job.voided)
        printed = job is not None and job.status == "printed"
        self.buttons["qcPass"].setEnabled(printed)
        self.buttons["qcFail"].setEnabled(printed)
        self.buttons["void"].setEnabled(job is not None and not job.voided)

    def _run(self, work: Callable[[], Any], done: Callable[[Any], str]) -> None:
        def succeeded(result: Any) -> None:
            self.message.say(done(result))
            self.refresh()

        def failed(error: Any) -> None:
            self.message.say(error_text(error), error=True)
            self.refresh()  # a failed print shows in the queue with its error

        run_in_background(self, work, succeeded, failed)

    # -- actions ------------------------------------------------------------------------------

    def _destination(self) -> str | None:
        choice = self.printer.currentData()
        if choice == SAVE_AS_PDF:
            job = self.current()
            path = self._ask_path(f"{job.number.replace('/', '-')}.pdf" if job else "dokumen.pdf")
            return SAVE_AS_PDF + path if path else None
        return choice or WORKSTATION_PRINTER

    @Slot()
    def print_selected(self) -> None:
        job = self.current()
        if job is None or not self.buttons["print"].isEnabled():
            return
        destination = self._destination()
        if destination is None:
            return
        copies = self.copies.value()
        self.message.say(self.tr("Mencetak {number}…").format(number=job.number))
        self._run(lambda: self._services.documents.print_job(
            self._actor, job.id, copies=copies, destination=destination or None),
            lambda sent: self.tr("{number} terkirim ke {destination}.").format(
                number=job.number, destination=sent.destination))

    @Slot()
    def reprint_selected(self) -> None:
        job = self.current()
        if job is None or job.voided:
            return
        reason = self._ask_reason(self.tr("Alasan cetak ulang {number}:").format(
            number=job.number))
        if reason is None:
            return
        self._run(lambda: self._services.documents.reprint(self._actor, job.document_id,
                                                           reason),
                  lambda copy: self.tr("Salinan ke-{n} masuk antrian; pilih lalu cetak.").format(
                      n=copy.reprint))

    def record_qc(self, passed: bool) -> None:
        job = self.current()
        if job is None or job.status != "printed":
            return
        note = "" if passed else self._ask_reason(self.tr("Apa yang salah pada hasil cetak?"))
        if note is None:
            return
        self._run(lambda: self._services.documents.record_qc(self._actor, job.id, passed, note),
                  lambda _none: self.tr("Hasil QC dicatat."))

    @Slot()
    def void_selected(self) -> None:
        job = self.current()
        if job is None or job.voided:
            return
        reason = self._ask_reason(self.tr("Alasan pembatalan {number} (tidak dapat diurungkan):")
                                 .format(number=job.number))
        if reason is None:
            return
        self._run(lambda: self._services.documents.void(self._actor, job.document_id, reason),
                  lambda _none: self.tr("{number} dibatalkan.").format(number=job.number))

    def _document_issued(self, document: DocumentInfo) -> None:
        """A register or berita acara just issued waits in the queue: show it, selected, to
        print."""
        self._select_document = document.id
        for combo in (self.template, self.status):  # clear the filters, then load once
            with QSignalBlocker(combo):
                combo.setCurrentIndex(0)
        self.refresh()

    # -- questions ----------------------------------------------------------------------------

    def _ask_path(self, suggested: str) -> str:
        dialog = QFileDialog(self, self.tr("Simpan sebagai"), str(Path.home()))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.selectFile(suggested)
        return dialog.selectedFiles()[0] if dialog.exec() else ""

    def _ask_reason(self, question: str) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("Alasan"), question)
        return text if ok else None

