"""The ePassport chip at a desk: the verdict on the chip, its DG1 beside the printed MRZ field by
field, and its DG2 face beside the live camera photo (issue 14 point 4, decision 0026).

The chip is read inside the desk's check, in the worker; `ProgressRelay` brings the read's
progress to the GUI thread.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.services.chip import ChipCheck, ChipStatus
from ui.i18n import core_text

OK_COLOUR, BAD_COLOUR, WARN_COLOUR = "#1b5e20", "#b00020", "#8a6d00"
PHOTO_HEIGHT = 160


class ProgressRelay(QObject):
    """Made in the GUI thread; `report` may be called from a worker, its signal arrives queued.
    Dropped with its parent screen, so a late report from a worker goes nowhere."""

    progressed = Signal(int, int, str)

    def report(self, done: int, total: int, name: str) -> None:
        if shiboken6.isValid(self):  # the screen may have closed while the worker reads
            self.progressed.emit(done, total, name)


class ChipPanel(QGroupBox):
    """What the desk learned from the passport's chip; hidden until a chip is being read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Chip paspor"), parent)
        self.setObjectName("chipPanel")
        self.status = QLabel()
        self.status.setObjectName("chipStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("font-weight: bold;")
        self.progress = QProgressBar()
        self.progress.setObjectName("chipProgress")
        self.progress.hide()
        self.fields = QTableWidget(0, 3)
        self.fields.setObjectName("chipFields")
        self.fields.setHorizontalHeaderLabels(
            [self.tr("Data"), self.tr("MRZ tercetak"), self.tr("Chip (DG1)")])
        self.fields.verticalHeader().hide()
        self.fields.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.fields.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.fields.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.fields.horizontalHeader().setStretchLastSection(True)
        self.chip_photo = self._photo("chipPhoto")
        self.live_photo = self._photo("livePhoto")
        self.checks = QLabel()
        self.checks.setObjectName("chipChecks")
        self.checks.setWordWrap(True)
        grid = QGridLayout(self)
        grid.addWidget(self.status, 0, 0, 1, 3)
        grid.addWidget(self.progress, 1, 0, 1, 3)
        grid.addWidget(self.fields, 2, 0, 2, 1)
        grid.addWidget(QLabel(self.tr("Foto chip (DG2)")), 2, 1)
        grid.addWidget(QLabel(self.tr("Foto kamera")), 2, 2)
        grid.addWidget(self.chip_photo, 3, 1)
        grid.addWidget(self.live_photo, 3, 2)
        grid.addWidget(self.checks, 4, 0, 1, 3)
        grid.setColumnStretch(0, 1)
        self.chip: ChipCheck | None = None
        self.clear()

    def _photo(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setMinimumSize(PHOTO_HEIGHT * 3 // 4, PHOTO_HEIGHT)
        label.setStyleSheet("border: 1px solid #999;")
        return label

    # -- states -----------------------------------------------------------------------------

    def clear(self) -> None:
        self.chip = None
        self.status.clear()
        self.checks.clear()
        self.progress.hide()
        self.fields.setRowCount(0)
        self.chip_photo.clear()
        self.live_photo.clear()
        self.hide()

    @Slot(int, int, str)
    def show_progress(self, done: int, total: int, name: str) -> None:
        self.show()
        self.progress.show()
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        self._status(self.tr("Membaca chip… {name}").format(name=name) if name
                     else self.tr("Membaca chip…"), WARN_COLOUR)

    def show_chip(self, chip: ChipCheck | None) -> None:
        """The result of the check's read; None hides the panel (no chip on the reader)."""
        self.progress.hide()
        self.chip = chip
        if chip is None:
            self.clear()
            return
        self.show()
        self._status(self.summary(chip), OK_COLOUR if chip.passed else
                     BAD_COLOUR if chip.status is ChipStatus.FAILED or chip.mismatches
                     else WARN_COLOUR)
        self.checks.setText("\n".join(core_text(c.reason).format(**c.params)
                                      for c in chip.failed_checks))
        self._show_fields(chip)
        self._set_photo(self.chip_photo, chip.photo)

    def show_live_photo(self, jpeg: bytes | None) -> None:
        self._set_photo(self.live_photo, jpeg)

    def summary(self, chip: ChipCheck) -> str:
        if chip.status in (ChipStatus.ACCESS_DENIED, ChipStatus.UNREADABLE):
            return self.tr("Chip: tidak terbaca. {problem}").format(
                problem=core_text(chip.problem).format(**chip.problem_params))
        if chip.status is ChipStatus.FAILED:
            failed = ", ".join(self.check_name(c.name) for c in chip.failed_checks)
            text = self.tr("Chip: terbaca tetapi TIDAK ASLI ({access}); gagal: {checks}").format(
                access=chip.access, checks=failed)
        else:
            text = self.tr("Chip: terbaca dan asli ({access})").format(access=chip.access)
        if chip.mismatches:
            text += "\n" + self.tr("Data chip BERBEDA dengan MRZ tercetak: {fields}").format(
                fields=", ".join(core_text(f.label) for f in chip.mismatches))
        return text

    def check_name(self, name: str) -> str:
        """The officer's word for one check of passive authentication."""
        names = {"signature": self.tr("tanda tangan SOD"),
                 "chain": self.tr("sertifikat CSCA"),
                 "validity": self.tr("masa berlaku sertifikat"),
                 "revocation": self.tr("pencabutan sertifikat")}
        if name in names:
            return names[name]
        return self.tr("keutuhan {group}").format(group=name)

    def _status(self, text: str, colour: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"font-weight: bold; color: {colour};")

    def _show_fields(self, chip: ChipCheck) -> None:
        self.fields.setRowCount(len(chip.fields))
        for row, comparison in enumerate(chip.fields):
            cells = (core_text(comparison.label), comparison.printed, comparison.chip)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, comparison.field)
                if not comparison.matches:
                    item.setForeground(QBrush(QColor(BAD_COLOUR)))
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.fields.setItem(row, column, item)

    def _set_photo(self, label: QLabel, data: bytes | None) -> None:
        pixmap = QPixmap()
        if not data or not pixmap.loadFromData(data):
            label.clear()
            return
        label.setPixmap(pixmap.scaledToHeight(PHOTO_HEIGHT,
                                              Qt.TransformationMode.SmoothTransformation))

    # -- what tests and the screen read ---------------------------------------------------------

    def mismatched_rows(self) -> list[tuple[str, str, str]]:
        """(label, printed, chip) of each row shown as differing."""
        rows = []
        for row in range(self.fields.rowCount()):
            item = self.fields.item(row, 0)
            if item.foreground().color() == QColor(BAD_COLOUR):
                rows.append(tuple(self.fields.item(row, c).text() for c in range(3)))
        return rows
