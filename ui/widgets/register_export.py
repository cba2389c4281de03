"""A register for a date range, as a numbered PDF or as CSV: one panel, on every screen that
exports registers (the print queue, the supervisor's desk)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from app.auth.permissions import Actor
from app.files import save_file
from app.services import Services
from app.services.documents import DocumentInfo
from ui.i18n import error_text
from ui.ops import run_in_background

DEFAULT_DAYS = 30


class RegisterExportPanel(QWidget):
    """Register kind, first and last day, and the two exports.

    Signals:
        issued: the register was issued as a numbered PDF (a `DocumentInfo`), now in the print
            queue; the screen decides whether to print it at once or show it.
        said: a message for the screen's status line and whether it is an error.
    """

    issued = Signal(object)
    said = Signal(str, bool)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self.kind = QComboBox()
        self.kind.setObjectName("registerKind")
        for kind in services.registers.kinds(actor):
            self.kind.addItem(QCoreApplication.translate("gapura", kind.title), kind.code)
        today = QDate.currentDate()
        self.start = QDateEdit(today.addDays(-DEFAULT_DAYS))
        self.start.setObjectName("registerFrom")
        self.end = QDateEdit(today)
        self.end.setObjectName("registerTo")
        for edit in (self.start, self.end):
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setCalendarPopup(True)
        self.pdf_button = QPushButton(self.tr("Terbitkan register (PDF)"))
        self.pdf_button.setObjectName("registerPdf")
        self.pdf_button.clicked.connect(self.issue_pdf)
        self.csv_button = QPushButton(self.tr("Ekspor CSV…"))
        self.csv_button.setObjectName("registerCsv")
        self.csv_button.clicked.connect(self.export_csv)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Re&gister"))
        label.setBuddy(self.kind)
        layout.addWidget(label)
        layout.addWidget(self.kind)
        layout.addWidget(QLabel(self.tr("dari")))
        layout.addWidget(self.start)
        layout.addWidget(QLabel(self.tr("sampai")))
        layout.addWidget(self.end)
        layout.addWidget(self.pdf_button)
        layout.addWidget(self.csv_button)
        layout.addStretch(1)
        enabled = self.kind.count() > 0
        for widget in (self.kind, self.start, self.end, self.pdf_button, self.csv_button):
            widget.setEnabled(enabled)

    def _period(self) -> tuple[str, date, date]:
        return (self.kind.currentData(), self.start.date().toPython(),
                self.end.date().toPython())

    def _failed(self, error: object) -> None:
        self.said.emit(error_text(error), True)

    @Slot()
    def issue_pdf(self) -> None:
        code, start, end = self._period()
        if not code:
            return
        self.said.emit(self.tr("Menyusun register…"), False)

        def done(document: DocumentInfo) -> None:
            self.said.emit(self.tr("Register {number} diterbitkan dan masuk antrian cetak.")
                           .format(number=document.number), False)
            self.issued.emit(document)

        run_in_background(self, lambda: self._services.registers.issue_pdf(
            self._actor, code, start, end), done, self._failed)

    @Slot()
    def export_csv(self) -> None:
        code, start, end = self._period()
        if not code:
            return
        path = self._ask_path(f"{code}-{start:%Y%m%d}-{end:%Y%m%d}.csv")
        if not path:
            return

        def write() -> int:
            text = self._services.registers.export_csv(self._actor, code, start, end)
            save_file(Path(path), text.encode("utf-8"))
            return max(text.count("\r\n") - 1, 0)

        run_in_background(self, write, lambda rows: self.said.emit(
            self.tr("{rows} baris diekspor ke {path}.").format(rows=rows, path=path), False),
            self._failed)

    def _ask_path(self, suggested: str) -> str:
        dialog = QFileDialog(self, self.tr("Simpan sebagai"), str(Path.home()))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setNameFilter(self.tr("CSV (*.csv)"))
        dialog.selectFile(suggested)
        return dialog.selectedFiles()[0] if dialog.exec() else ""
