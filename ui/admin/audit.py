"""Admin → Log audit: filter the audit trail and verify its hash chain."""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.audit.chain import ChainReport
from app.auth.permissions import Actor
from app.services import Services
from app.services.audit import AuditEntry, AuditFilter
from ui.ops import run_in_background
from ui.widgets.table import RecordTable

ACTION_PREFIXES = ("", "auth.", "user.", "office.", "device.", "demo.")


class AuditPanel(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._tz = services.context.config.timezone
        self.username = QLineEdit()
        self.username.setObjectName("filterUsername")
        self.action = QComboBox()
        self.action.setObjectName("filterAction")
        self.action.setEditable(True)
        self.action.addItems(list(ACTION_PREFIXES))
        today = QDate.currentDate()
        self.use_dates = QCheckBox(self.tr("Batasi ta&nggal"))
        self.use_dates.setObjectName("filterUseDates")
        self.since = QDateEdit(today.addDays(-7))
        self.until = QDateEdit(today)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
        form = QFormLayout()
        form.addRow(self.tr("Peng&guna"), self.username)
        form.addRow(self.tr("T&indakan (awalan)"), self.action)
        dates = QHBoxLayout()
        for widget in (self.use_dates, self.since, QLabel(self.tr("s.d.")), self.until):
            dates.addWidget(widget)
        form.addRow(self.tr("Tanggal"), dates)
        self.apply_button = QPushButton(self.tr("&Terapkan saring"))
        self.apply_button.setObjectName("apply")
        self.apply_button.clicked.connect(self.refresh)
        self.username.returnPressed.connect(self.refresh)
        self.verify_button = QPushButton(self.tr("Periksa &rantai"))
        self.verify_button.setObjectName("verify")
        self.verify_button.clicked.connect(self.verify)
        self.chain_status = QLabel()
        self.chain_status.setObjectName("chainStatus")
        buttons = QHBoxLayout()
        for widget in (self.apply_button, self.verify_button, self.chain_status):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        self.table = RecordTable([self.tr("No."), self.tr("Waktu"), self.tr("Pengguna"),
                                  self.tr("Peran"), self.tr("Workstation"), self.tr("Tindakan"),
                                  self.tr("Entitas"), self.tr("Ringkasan")])
        self.table.setObjectName("events")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.refresh()

    def current_filter(self) -> AuditFilter:
        since = until = None
        if self.use_dates.isChecked():
            since = datetime.combine(self.since.date().toPython(), time(), self._tz)
            until = datetime.combine(self.until.date().toPython(), time(), self._tz) \
                + timedelta(days=1)
        return AuditFilter(username=self.username.text(), action=self.action.currentText(),
                           since=since, until=until)

    @Slot()
    def refresh(self) -> None:
        flt = self.current_filter()
        run_in_background(self, lambda: self._services.audit.list_events(self._actor, flt),
                          self._show)

    def _show(self, entries: list[AuditEntry]) -> None:
        self.table.fill([
            (e.seq, (str(e.seq), e.occurred_at.astimezone(self._tz).strftime("%d-%m-%Y %H:%M:%S"),
                     e.username, e.roles, e.workstation_id, e.action,
                     f"{e.entity_type} {e.entity_id}",
                     json.dumps(e.summary, ensure_ascii=False)))
            for e in entries])

    @Slot()
    def verify(self) -> None:
        self.chain_status.setText(self.tr("Memeriksa…"))
        run_in_background(self, lambda: self._services.audit.verify(self._actor),
                          self._show_report)

    def _show_report(self, report: ChainReport) -> None:
        if report.ok:
            self.chain_status.setText(self.tr("Rantai utuh: {count} kejadian diperiksa.").format(
                count=report.events_checked))
            self.chain_status.setStyleSheet("color: #1b5e20;")
        else:
            self.chain_status.setText(self.tr(
                "Rantai RUSAK pada kejadian no. {seq}. Laporkan ke Admin TIK.").format(
                seq=report.broken_seq))
            self.chain_status.setStyleSheet("color: #b00020; font-weight: bold;")


