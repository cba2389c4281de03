"""Blangko paspor: the print operator's stock of passport blanks, receipts, and each blank's
production, damage and the daily register, with every berita acara previewed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.auth.permissions import Actor
from app.domain.blanks import KINDS
from app.errors import GapuraError
from app.services import Services
from app.services.blanks import BlankInfo, StockLine
from app.services.documents import DocumentInfo
from ui.i18n import error_text
from ui.ops import run_in_background
from ui.widgets.action_forms import ActionForms
from ui.widgets.form_dialog import FormField
from ui.widgets.messages import StatusLine
from ui.widgets.pdf_preview import PdfPreview
from ui.widgets.shortcuts import action_button
from ui.widgets.table import RecordTable

LOW_STOCK = 50  # fewer blanks available than this is a warning to order more
LOW_COLOR = QColor("#b00020")


class BlanksPanel(QWidget):
    """The stock by kind, receipts, a serial's lookup, and its production or damage."""

    issued = Signal(object)  # a DocumentInfo just issued into the print queue

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._lines: list[StockLine] = []
        self.looked_up: BlankInfo | None = None
        self._status_titles = {"available": self.tr("tersedia"),
                               "allocated": self.tr("teralokasi"),
                               "spoiled": self.tr("rusak"),
                               "issued": self.tr("sudah menjadi paspor")}
        self.message = StatusLine()
        self._forms = ActionForms(self, self.message, self.refresh)
        self.buttons: dict[str, QPushButton] = {}

        stock = QGroupBox(self.tr("Persediaan"))
        stock_layout = QVBoxLayout(stock)
        self.table = RecordTable([self.tr("Jenis"), self.tr("Diterima"), self.tr("Tersedia"),
                                  self.tr("Teralokasi"), self.tr("Rusak"), self.tr("Terbit")])
        self.table.setObjectName("stock")
        self.warning = QLabel()
        self.warning.setObjectName("lowStock")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {LOW_COLOR.name()};")
        stock_buttons = QHBoxLayout()
        for name, text, keys, slot in (
                ("receive", self.tr("&Terima blangko… (Ctrl+R)"), "Ctrl+R", self.receive),
                ("register", self.tr("Register &harian…"), "", self.daily_register),
                ("refresh", self.tr("&Muat ulang (F5)"), "F5", self.refresh)):
            self._button(stock_buttons, name, text, keys, slot)
        stock_buttons.addStretch(1)
        stock_layout.addWidget(self.table, 1)
        stock_layout.addWidget(self.warning)
        stock_layout.addLayout(stock_buttons)

        lookup = QGroupBox(self.tr("Cari blangko"))
        lookup_layout = QVBoxLayout(lookup)
        self.serial = QLineEdit()
        self.serial.setObjectName("serial")
        self.serial.setPlaceholderText(self.tr("Nomor seri, misalnya A1234567, lalu Enter"))
        self.serial.returnPressed.connect(self.look_up)
        serial_row = QHBoxLayout()
        serial_label = QLabel(self.tr("&Nomor seri"))
        serial_label.setBuddy(self.serial)
        serial_row.addWidget(serial_label)
        serial_row.addWidget(self.serial, 1)
        self._button(serial_row, "lookUp", self.tr("&Cari (Enter)"), "", self.look_up)
        self.details = QLabel(self.tr("Belum ada blangko dicari."))
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        blank_buttons = QHBoxLayout()
        self._button(blank_buttons, "production", self.tr("Catat &produksi…"), "",
                     self.record_production)
        self._button(blank_buttons, "spoil", self.tr("Blangko &rusak…"), "", self.spoil)
        blank_buttons.addStretch(1)
        lookup_layout.addLayout(serial_row)
        lookup_layout.addWidget(self.details)
        lookup_layout.addLayout(blank_buttons)

        self.preview = PdfPreview()
        self.preview.setObjectName("blankPreview")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(stock, 1)
        left_layout.addWidget(lookup)
        left_layout.addWidget(self.message)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._update_buttons()
        self.refresh()

    def _button(self, row: QHBoxLayout, name: str, text: str, keys: str,
                slot: Callable[[], object]) -> QPushButton:
        button = action_button(self, name, text, slot, keys)
        row.addWidget(button)
        self.buttons[name] = button
        return button

    # -- stock ---------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        run_in_background(self, lambda: self._services.blanks.stock(self._actor), self._show,
                          lambda error: self.message.say(error_text(error), error=True))
        if self.looked_up is not None:
            self._fetch(self.looked_up.serial)

    def _show(self, lines: list[StockLine]) -> None:
        """Every kind the office stocks, those not yet received as empty lines."""
        received = {line.kind: line for line in lines}
        self._lines = [received.pop(kind, StockLine(kind, label, 0, 0, 0, 0, 0))
                       for kind, label in KINDS.items()] + list(received.values())
        self.table.fill([(line.kind, (line.label, *(str(n) for n in (
            line.received, line.available, line.allocated, line.spoiled, line.issued))))
            for line in self._lines])
        low = [line for line in self._lines if line.available < LOW_STOCK]
        for row, line in enumerate(self._lines):
            if line.available < LOW_STOCK:
                for column in range(self.table.columnCount()):
                    self.table.item(row, column).setForeground(QBrush(LOW_COLOR))
        self.warning.setText(self.tr("Stok menipis (kurang dari {n} tersedia): {kinds}. "
                                     "Ajukan permintaan blangko.").format(
            n=LOW_STOCK, kinds="; ".join(f"{line.label} ({line.available})" for line in low))
            if low else "")

    def low_kinds(self) -> list[str]:
        """The kinds flagged as low stock."""
        return [line.kind for line in self._lines if line.available < LOW_STOCK]

    @Slot()
    def receive(self) -> None:
        labels = {label: kind for kind, label in KINDS.items()}
        values = self._forms.ask("receive", self.tr("Terima blangko paspor"), [
            FormField("kind", self.tr("Jenis blangko"), "choice", options=tuple(labels)),
            FormField("first_serial", self.tr("Nomor seri awal"), required=True),
            FormField("last_serial", self.tr("Nomor seri akhir"), required=True),
            FormField("delivery_note", self.tr("Nomor surat pengantar"), required=True),
            FormField("received_from", self.tr("Diserahkan oleh"), required=True),
        ], self.tr("&Terima"), intro=self.tr("Berita Acara Serah Terima diterbitkan ke antrian "
                                             "cetak."))
        if values is None:
            return
        kind = labels[values["kind"]]
        self._forms.run("receive", values, lambda: self._services.blanks.receive(
            self._actor, kind, values["first_serial"], values["last_serial"],
            delivery_note=values["delivery_note"], received_from=values["received_from"]),
            lambda batch: self._issued(batch.document, self.tr(
                "{count} blangko {first} s.d. {last} diterima; {number} masuk antrian "
                "cetak.").format(count=batch.count, first=batch.first_serial,
                                 last=batch.last_serial, number=batch.document.number)))

    @Slot()
    def daily_register(self) -> None:
        context = self._services.context
        today = context.clock().astimezone(context.config.timezone).date()
        values = self._forms.ask("register", self.tr("Register penerbitan paspor harian"), [
            FormField("day", self.tr("Tanggal"), "date",
                      default=QDate(today.year, today.month, today.day))],
            self.tr("&Terbitkan"))
        if values is None:
            return
        self._forms.run("register", values, lambda: self._services.blanks.daily_register(
            self._actor, values["day"]), lambda document: self._issued(document, self.tr(
                "{number} masuk antrian cetak.").format(number=document.number)))

    def _issued(self, document: DocumentInfo, text: str) -> str:
        """Preview a document just issued and tell the queue; `text` is what to say."""
        self.preview.load(document.pdf)
        self.issued.emit(document)
        return text

    # -- one blank -----------------------------------------------------------------------------

    @Slot()
    def look_up(self) -> None:
        serial = self.serial.text().strip().upper()
        if not serial:
            return
        if self.looked_up is None or self.looked_up.serial != serial:
            for name in ("production", "spoil"):  # a draft belongs to the blank it was for
                self._forms.drafts.pop(name, None)
        self._fetch(serial)

    def _fetch(self, serial: str) -> None:
        def failed(error: GapuraError) -> None:
            self._show_blank(None)
            self.message.say(error_text(error), error=True)

        run_in_background(self, lambda: self._services.blanks.blank(self._actor, serial),
                          self._show_blank, failed)

    def _show_blank(self, blank: BlankInfo | None) -> None:
        self.looked_up = blank
        self._update_buttons()
        if blank is None:
            self.details.setText(self.tr("Belum ada blangko dicari."))
            return
        yes, no = self.tr("sudah"), self.tr("belum")
        lines = [
            self.tr("{serial} — {kind}: {status}").format(
                serial=blank.serial, kind=KINDS.get(blank.kind, blank.kind),
                status=self._status_titles.get(blank.status, blank.status)),
            self.tr("Permohonan: {application}").format(
                application=blank.application_id or "—"),
            self.tr("Dicetak: {printed} · Lulus QC: {qc} · Dilaminasi: {laminated}").format(
                printed=yes if blank.printed else no, qc=yes if blank.qc_passed else no,
                laminated=yes if blank.laminated else no)]
        if blank.production_note:
            lines.append(self.tr("Catatan: {note}").format(note=blank.production_note))
        if blank.spoiled_reason:
            lines.append(self.tr("Kerusakan: {reason}").format(reason=blank.spoiled_reason))
        if blank.passport_number:
            lines.append(self.tr("Nomor paspor: {number}").format(number=blank.passport_number))
        self.details.setText("\n".join(lines))

    def _update_buttons(self) -> None:
        blank = self.looked_up
        self.buttons["production"].setEnabled(blank is not None and blank.status == "allocated")
        self.buttons["spoil"].setEnabled(blank is not None
                                         and blank.status in ("available", "allocated"))

    @Slot()
    def record_production(self) -> None:
        blank = self.looked_up
        if blank is None or not self.buttons["production"].isEnabled():
            return
        values = self._forms.ask("production", self.tr("Catat produksi {serial}").format(
            serial=blank.serial), [
            FormField("printed", self.tr("Sudah dicetak"), "check", default=blank.printed),
            FormField("qc_passed", self.tr("Lulus uji kualitas"), "check",
                      default=blank.qc_passed),
            FormField("laminated", self.tr("Sudah dilaminasi"), "check",
                      default=blank.laminated),
            FormField("note", self.tr("Catatan"), "text", default=blank.production_note),
        ], self.tr("&Simpan"))
        if values is None:
            return
        self._forms.run("production", values, lambda: self._services.blanks.record_production(
            self._actor, blank.serial, printed=values["printed"],
            qc_passed=values["qc_passed"], laminated=values["laminated"], note=values["note"]),
            lambda info: self.tr("Produksi blangko {serial} dicatat.").format(
                serial=info.serial))

    @Slot()
    def spoil(self) -> None:
        blank = self.looked_up
        if blank is None or not self.buttons["spoil"].isEnabled():
            return
        values = self._forms.ask("spoil", self.tr("Blangko {serial} rusak").format(
            serial=blank.serial), [
            FormField("reason", self.tr("Uraian kerusakan"), "text", required=True),
            FormField("witness", self.tr("Nama saksi"), required=True),
        ], self.tr("&Catat rusak"), intro=self.tr(
            "Berita Acara Kerusakan diterbitkan ke antrian cetak; blangko ini tidak dapat "
            "dipakai lagi."))
        if values is None:
            return
        self._forms.run("spoil", values, lambda: self._services.blanks.spoil(
            self._actor, blank.serial, values["reason"], witness=values["witness"]),
            lambda document: self._issued(document, self.tr(
                "Blangko {serial} dicatat rusak; {number} masuk antrian cetak.").format(
                serial=blank.serial, number=document.number)))
