"""Admin → Perangkat: each device's state, last error and a test capture; its settings (driver,
port, address...) and the printer of every document type, written to the workstation config."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.auth.permissions import Actor
from app.errors import GapuraError
from app.services import Services
from app.services.devices import LastError, PrinterChoice, SettingField
from devices.base import DeviceKind, DeviceState, DeviceStatus, TestCapture
from ui.i18n import core_text, error_text
from ui.ops import run_in_background
from ui.widgets.messages import inform
from ui.widgets.table import RecordTable

_OK_STYLE, _ERROR_STYLE = "color: #1b5e20;", "color: #b00020;"


def _editor(field: SettingField) -> QWidget:
    """The input of one setting: a list for choices, a number box for integers, else text."""
    if field.choices:
        box = QComboBox()
        box.addItems(list(field.choices))
        box.setCurrentText(str(field.value))
        return box
    if field.type is int:
        spin = QSpinBox()
        spin.setRange(field.minimum if field.minimum is not None else 0,
                      field.maximum if field.maximum is not None else 1_000_000)
        spin.setValue(int(field.value))
        return spin
    line = QLineEdit(str(field.value))
    line.setClearButtonEnabled(True)
    return line


def _value(editor: QWidget) -> Any:
    if isinstance(editor, QComboBox):
        return editor.currentText().strip()
    if isinstance(editor, QSpinBox):
        return editor.value()
    assert isinstance(editor, QLineEdit)
    return editor.text().strip()


class DevicesPanel(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self.table = RecordTable([self.tr("Perangkat"), self.tr("Driver"), self.tr("Status"),
                                  self.tr("Keterangan"), self.tr("Kesalahan terakhir")])
        self.table.setObjectName("devices")
        self.table.itemSelectionChanged.connect(self.load_settings)
        self.test_button = QPushButton(self.tr("&Uji perangkat"))
        self.test_button.setObjectName("testCapture")
        self.test_button.clicked.connect(self.test_selected)
        self.refresh_button = QPushButton(self.tr("&Muat ulang"))
        self.refresh_button.setObjectName("refresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.result = QLabel()
        self.result.setObjectName("testResult")
        self.result.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)

        # The selected device's settings, rebuilt from what the service declares.
        self.settings_box = QGroupBox(self.tr("Pengaturan perangkat"))
        self.settings_form = QFormLayout()
        self.editors: dict[str, QWidget] = {}
        self._labels: dict[str, str] = {}
        self.save_button = QPushButton(self.tr("&Simpan pengaturan"))
        self.save_button.setObjectName("saveSettings")
        self.save_button.clicked.connect(self.save_settings)
        self.save_button.setEnabled(False)
        box_layout = QVBoxLayout(self.settings_box)
        box_layout.addLayout(self.settings_form)
        box_layout.addWidget(self.save_button)

        # The printer of each document type, and the label printer of the stamps.
        self.printers_box = QGroupBox(self.tr("Printer per jenis dokumen"))
        self.label_printer = QComboBox()
        self.label_printer.setEditable(True)
        self.label_printer.setObjectName("labelPrinter")
        self.printer_table = QTableWidget(0, 2)
        self.printer_table.setObjectName("documentPrinters")
        self.printer_table.setHorizontalHeaderLabels([self.tr("Jenis dokumen"),
                                                      self.tr("Printer")])
        self.printer_table.horizontalHeader().setStretchLastSection(True)
        self.printer_table.verticalHeader().setVisible(False)
        self.printer_boxes: dict[str, QComboBox] = {}
        self.save_printers_button = QPushButton(self.tr("Simpan &printer"))
        self.save_printers_button.setObjectName("savePrinters")
        self.save_printers_button.clicked.connect(self.save_printers)
        printers_layout = QVBoxLayout(self.printers_box)
        printers_form = QFormLayout()
        printers_form.addRow(self.tr("Printer label (cap)"), self.label_printer)
        printers_layout.addLayout(printers_form)
        printers_layout.addWidget(QLabel(self.tr(
            "Kosongkan untuk mencetak di printer workstation. Nama printer mengikuti daftar "
            "printer sistem (CUPS).")))
        printers_layout.addWidget(self.printer_table)
        printers_layout.addWidget(self.save_printers_button)

        self.settings_result = QLabel()
        self.settings_result.setObjectName("settingsResult")
        self.settings_result.setWordWrap(True)

        settings_row = QHBoxLayout()
        settings_row.addWidget(self.settings_box, 1)
        settings_row.addWidget(self.printers_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result)
        layout.addLayout(settings_row, 2)
        layout.addWidget(self.settings_result)
        self.refresh()
        self.load_printers()

    def _status_text(self, status: DeviceStatus) -> str:
        return {DeviceStatus.READY: self.tr("Siap"),
                DeviceStatus.UNPLUGGED: self.tr("Tidak terhubung"),
                DeviceStatus.ERROR: self.tr("Gangguan")}[status]

    # -- states and test captures -------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        def work() -> tuple[list[DeviceState], dict[DeviceKind, LastError]]:
            states = self._services.devices.statuses(self._actor)
            return states, self._services.devices.last_errors(self._actor)

        run_in_background(self, work, self._show)

    def _show(self, found: tuple[list[DeviceState], dict[DeviceKind, LastError]]) -> None:
        states, errors = found
        selected = self.table.selected_key()
        self.table.blockSignals(True)
        self.table.fill([(s.kind.value, (core_text(s.title), s.driver, self._status_text(s.status),
                                         core_text(s.message), self._last_error(errors, s.kind)))
                         for s in states])
        if selected is not None:
            self.table.select_key(selected)
        self.table.blockSignals(False)

    def _last_error(self, errors: dict[DeviceKind, LastError], kind: DeviceKind) -> str:
        error = errors.get(kind)
        if error is None:
            return ""
        return self.tr("{time}: {message}").format(time=error.at.astimezone().strftime("%H:%M"),
                                                   message=core_text(error.message))

    @Slot()
    def test_selected(self) -> None:
        kind = self.table.selected_key()
        if kind is None:
            inform(self, self.tr("Perangkat"),
                   self.tr("Pilih perangkat di tabel terlebih dahulu."))
            return
        self.test_button.setEnabled(False)
        self.result.setText(self.tr("Menguji…"))
        run_in_background(self, lambda: self._services.devices.test_capture(self._actor, kind),
                          self._show_result)

    def _show_result(self, result: TestCapture) -> None:
        self.test_button.setEnabled(True)
        text = core_text(result.summary).format(**result.params)
        if result.ok:
            self.result.setText(self.tr("Berhasil: {summary}").format(summary=text))
            self.result.setStyleSheet(_OK_STYLE)
        else:
            self.result.setText(self.tr("Gagal: {summary}").format(summary=text))
            self.result.setStyleSheet(_ERROR_STYLE)
        self.refresh()

    # -- settings -----------------------------------------------------------------------------

    @Slot()
    def load_settings(self) -> None:
        kind = self.table.selected_key()
        if kind is None:
            return
        run_in_background(self, lambda: self._services.devices.settings(self._actor, kind),
                          self._show_settings)

    def _show_settings(self, fields: list[SettingField]) -> None:
        while self.settings_form.rowCount():
            self.settings_form.removeRow(0)
        self.editors, self._labels = {}, {}
        for field in fields:
            editor = _editor(field)
            editor.setObjectName(field.key)
            editor.setToolTip(field.description)
            label = core_text(field.label)
            self.settings_form.addRow(label, editor)
            self.editors[field.key], self._labels[field.key] = editor, label
        self.save_button.setEnabled(bool(fields))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.settings_result.setText(text)
        self.settings_result.setStyleSheet(_ERROR_STYLE if error else _OK_STYLE)

    def _failed(self, error: GapuraError) -> None:
        self._say(error_text(error), error=True)

    @Slot()
    def save_settings(self) -> None:
        changes = {key: _value(editor) for key, editor in self.editors.items()}
        labels = dict(self._labels)
        run_in_background(
            self, lambda: self._services.devices.update_settings(self._actor, changes, labels),
            lambda _config: self._saved(self.tr(
                "Pengaturan perangkat tersimpan. Driver, port dan alamat yang diubah berlaku "
                "setelah Gapura dijalankan ulang.")), self._failed)

    def _saved(self, text: str) -> None:
        self._say(text)
        self.refresh()

    # -- printers per document type ---------------------------------------------------------

    @Slot()
    def load_printers(self) -> None:
        def work() -> tuple[SettingField, list[PrinterChoice], list[str]]:
            label, choices = self._services.devices.printer_choices(self._actor)
            return label, choices, self._services.devices.system_printers(self._actor)

        run_in_background(self, work, self._show_printers)

    def _printer_box(self, names: list[str], current: str) -> QComboBox:
        box = QComboBox()
        box.setEditable(True)
        box.addItem("")  # the workstation printer
        box.addItems(names)
        box.setCurrentText(current)
        return box

    def _show_printers(self, found: tuple[SettingField, list[PrinterChoice], list[str]]) -> None:
        label, choices, cups_names = found
        # Qt's own list too: on Windows there is no CUPS, and Qt may know queues CUPS hides.
        names = list(dict.fromkeys([*cups_names, *QPrinterInfo.availablePrinterNames()]))
        self.label_printer.clear()
        self.label_printer.addItem("")
        self.label_printer.addItems(names)
        self.label_printer.setCurrentText(str(label.value))
        self.printer_table.setRowCount(len(choices))
        self.printer_boxes = {}
        for row, choice in enumerate(choices):
            title = QLabel(core_text(choice.title))
            title.setToolTip(choice.document_type)
            self.printer_table.setCellWidget(row, 0, title)
            box = self._printer_box(names, choice.printer)
            box.setObjectName(f"printer_{choice.document_type}")
            self.printer_table.setCellWidget(row, 1, box)
            self.printer_boxes[choice.document_type] = box
        self.printer_table.resizeColumnToContents(0)

    @Slot()
    def save_printers(self) -> None:
        changes: dict[str, Any] = {"printing.label_printer": _value(self.label_printer)}
        labels = {"printing.label_printer": self.tr("Printer label (cap)")}
        for document_type, box in self.printer_boxes.items():
            key = f"printing.printers.{document_type}"
            changes[key] = _value(box)
            labels[key] = self.tr("printer {document}").format(document=document_type)
        run_in_background(
            self, lambda: self._services.devices.update_settings(self._actor, changes, labels),
            lambda _config: self._saved(self.tr(
                "Pilihan printer tersimpan dan berlaku untuk cetakan berikutnya.")),
            self._failed)
