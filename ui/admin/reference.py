"""Admin → Data referensi: fees, thresholds and numbering patterns, with their dates and basis.

Values marked "perlu konfirmasi" are shipped placeholders (REFERENCE.md) an admin must check.
Setting a value asks for its first day and legal basis; a refused value (a malformed numbering
pattern, Rp in an amount) brings the form back as it was typed, with the reason.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.auth.permissions import Actor
from app.services import Services
from app.services.reference import ReferenceInfo
from ui.i18n import error_text
from ui.ops import run_in_background
from ui.widgets.form_dialog import FormDialog, FormField
from ui.widgets.messages import StatusLine
from ui.widgets.shortcuts import add_shortcut
from ui.widgets.table import RecordTable


class ReferencePanel(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._values: dict[tuple[str, Any], ReferenceInfo] = {}
        self.table = RecordTable([self.tr("Kunci"), self.tr("Berlaku sejak"), self.tr("Nilai"),
                                  self.tr("Satuan"), self.tr("Dasar hukum"),
                                  self.tr("Konfirmasi")])
        self.table.setObjectName("referenceValues")
        self.table.doubleClicked.connect(self.edit_selected)
        self.edit_button = QPushButton(self.tr("&Ubah nilai… (Ctrl+E)"))
        self.edit_button.setObjectName("editValue")
        self.edit_button.clicked.connect(self.edit_selected)
        add_shortcut(self, "Ctrl+E", self.edit_selected)
        self.message = StatusLine()
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        run_in_background(self, self._services.reference.all_values, self._show)

    def _show(self, values: list[ReferenceInfo]) -> None:
        ordered = sorted(values, key=lambda r: (r.key, r.effective_from))
        self._values = {(r.key, r.effective_from): r for r in ordered}
        self.table.fill([((r.key, r.effective_from), (
            r.key, r.effective_from.strftime("%d-%m-%Y"), r.value, r.unit, r.legal_basis,
            self.tr("perlu konfirmasi") if r.needs_confirmation else "—")) for r in ordered])

    def _today(self) -> date:
        """The office's today, by the services' clock (a new value applies from today on)."""
        context = self._services.context
        return context.clock().astimezone(context.config.timezone).date()

    @Slot()
    def edit_selected(self) -> None:
        current = self._values.get(self.table.selected_key())
        if current is None:
            self.message.say(self.tr("Pilih nilai di tabel terlebih dahulu."), error=True)
            return
        self._edit(current, {"value": current.value, "basis": "", "note": ""}, "")

    def _edit(self, current: ReferenceInfo, typed: dict[str, Any], problem: str) -> None:
        dialog = FormDialog(
            self.tr("Ubah {key}").format(key=current.key),
            [FormField("value", self.tr("Nilai"), required=True),
             FormField("effective_from", self.tr("Berlaku sejak"), kind="date",
                       default=QDate(typed.get("effective_from") or self._today())),
             FormField("basis", self.tr("Dasar hukum / keputusan"), required=True),
             FormField("note", self.tr("Catatan"), kind="text")],
            self.tr("&Simpan"), self,
            self.tr("Satuan: {unit}. Nilai berlaku mulai tanggal yang dipilih; tanggal "
                    "sebelumnya tetap memakai nilai lama.").format(unit=current.unit))
        dialog.setObjectName("referenceForm")
        dialog.fill(value=typed["value"], basis=typed["basis"], note=typed["note"])
        dialog.message.setText(problem)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()

        def failed(error: Any) -> None:
            # The form comes back as typed, with why: nothing the admin wrote is lost.
            self._edit(current, values, error_text(error))

        run_in_background(self, lambda: self._services.reference.set_value(
            self._actor, current.key, values["value"], values["effective_from"],
            values["basis"], values["note"]),
            lambda info: (self.message.say(self.tr("{key} = {value} berlaku sejak {day}.").format(
                key=info.key, value=info.value,
                day=info.effective_from.strftime("%d-%m-%Y"))), self.refresh()),
            failed)
