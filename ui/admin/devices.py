"""Admin → Perangkat: each device's state and a test capture."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.auth.permissions import Actor
from app.services import Services
from devices.base import DeviceState, DeviceStatus, TestCapture
from ui.i18n import core_text
from ui.ops import run_in_background
from ui.widgets.messages import inform
from ui.widgets.table import RecordTable


class DevicesPanel(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self.table = RecordTable([self.tr("Perangkat"), self.tr("Driver"), self.tr("Status"),
                                  self.tr("Keterangan")])
        self.table.setObjectName("devices")
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
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.result)
        self.refresh()

    def _status_text(self, status: DeviceStatus) -> str:
        return {DeviceStatus.READY: self.tr("Siap"),
                DeviceStatus.UNPLUGGED: self.tr("Tidak terhubung"),
                DeviceStatus.ERROR: self.tr("Gangguan")}[status]

    @Slot()
    def refresh(self) -> None:
        run_in_background(self, lambda: self._services.devices.statuses(self._actor), self._show)

    def _show(self, states: list[DeviceState]) -> None:
        self.table.fill([(s.kind.value, (core_text(s.title), s.driver, self._status_text(s.status),
                                         core_text(s.message))) for s in states])

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
            self.result.setStyleSheet("color: #1b5e20;")
        else:
            self.result.setText(self.tr("Gagal: {summary}").format(summary=text))
            self.result.setStyleSheet("color: #b00020;")
        self.refresh()
