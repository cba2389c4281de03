"""A small form dialog built from field declarations, for the many short forms of the SOPs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

NO_DATE = QDate(1900, 1, 1)  # an optional_date left empty


@dataclass(frozen=True)
class FormField:
    name: str
    label: str  # already translated
    # line | scan (a line a barcode scanner fills) | text | check | date | optional_date |
    # password | choice
    kind: str = "line"
    required: bool = False
    default: Any = None
    options: tuple[str, ...] = ()  # the answers of a choice


class FormDialog(QDialog):
    """Asks for `fields`; OK stays disabled in effect until the required ones are filled."""

    def __init__(self, title: str, fields: Sequence[FormField], accept_text: str,
                 parent: QWidget | None = None, intro: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._fields = list(fields)
        self.widgets: dict[str, QWidget] = {}
        form = QFormLayout(self)
        if intro:
            note = QLabel(intro)
            note.setWordWrap(True)
            form.addRow(note)
        for spec in self._fields:
            widget = self._widget(spec)
            widget.setObjectName(spec.name)
            self.widgets[spec.name] = widget
            form.addRow(spec.label + (" *" if spec.required else ""), widget)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #b00020;")
        form.addRow(self.message)
        buttons = QDialogButtonBox()
        ok = buttons.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("ok")
        buttons.addButton(self.tr("&Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @staticmethod
    def _widget(spec: FormField) -> QWidget:
        if spec.kind == "text":
            widget = QPlainTextEdit(spec.default or "")
            widget.setTabChangesFocus(True)
            return widget
        if spec.kind == "check":
            box = QCheckBox()
            box.setChecked(bool(spec.default))
            return box
        if spec.kind == "choice":
            combo = QComboBox()
            combo.addItems(list(spec.options))
            if spec.default:
                combo.setCurrentText(spec.default)
            return combo
        if spec.kind == "scan":
            from ui.widgets.wedge import SCAN_TARGET

            line = QLineEdit(spec.default or "")
            line.setProperty(SCAN_TARGET, True)
            return line
        if spec.kind == "password":
            secret = QLineEdit()
            secret.setEchoMode(QLineEdit.EchoMode.Password)
            return secret
        if spec.kind == "date":
            edit = QDateEdit(spec.default or QDate.currentDate())
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setCalendarPopup(True)
            return edit
        if spec.kind == "optional_date":
            # Its lowest date stands for "not given" (shown as such), so the field may stay empty.
            edit = QDateEdit()
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText(QCoreApplication.translate("FormDialog", "tidak diisi"))
            edit.setDate(spec.default or NO_DATE)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setCalendarPopup(True)
            return edit
        return QLineEdit(spec.default or "")

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """The first field takes the focus (a scan lands there even before the window is
        active), and a scan field's prefilled text (a suggestion) is selected, so a scan or
        typing replaces it."""
        super().showEvent(event)
        if self._fields and self.focusWidget() is None:
            self.widgets[self._fields[0].name].setFocus()
        for spec in self._fields:
            widget = self.widgets[spec.name]
            if spec.kind == "scan" and isinstance(widget, QLineEdit):
                widget.selectAll()

    def value(self, name: str) -> Any:
        widget = self.widgets[name]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QDateEdit):
            chosen = widget.date()
            return None if chosen == widget.minimumDate() == NO_DATE else chosen.toPython()
        if isinstance(widget, QComboBox):
            return widget.currentText()
        assert isinstance(widget, QLineEdit)
        text = widget.text()
        return text if widget.echoMode() == QLineEdit.EchoMode.Password else text.strip()

    def values(self) -> dict[str, Any]:
        return {spec.name: self.value(spec.name) for spec in self._fields}

    def fill(self, **values: Any) -> None:
        """Set fields by name (used by tests and to prefill)."""
        for name, value in values.items():
            widget = self.widgets[name]
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            elif isinstance(widget, QLineEdit):
                widget.setText(value)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QComboBox):
                widget.setCurrentText(value)
            elif isinstance(widget, QDateEdit):
                widget.setDate(NO_DATE if value is None else QDate(value))

    @Slot()
    def _accept(self) -> None:
        missing = [s.label for s in self._fields if s.required
                   and s.kind in ("line", "scan", "text", "password") and not self.value(s.name)]
        if missing:
            self.message.setText(self.tr("Wajib diisi: {fields}").format(
                fields=", ".join(missing)))
            return
        self.accept()
