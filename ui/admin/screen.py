"""The Admin screen: users, audit log, devices, reference data, the ePassport chips' CSCA
certificates and CRLs — each a tab shown only with its permission."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.auth.permissions import Actor, Permission
from app.services import Services


class AdminScreen(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ui.admin.audit import AuditPanel
        from ui.admin.chip import ChipTrustPanel
        from ui.admin.devices import DevicesPanel
        from ui.admin.reference import ReferencePanel
        from ui.admin.users import UsersPanel

        self.tabs = QTabWidget()
        self.tabs.setObjectName("adminTabs")
        if actor.can(Permission.USERS_MANAGE):
            self.users = UsersPanel(services, actor)
            self.tabs.addTab(self.users, self.tr("&Pengguna"))
        if actor.can(Permission.AUDIT_VIEW):
            self.audit = AuditPanel(services, actor)
            self.tabs.addTab(self.audit, self.tr("&Log audit"))
        if actor.can(Permission.DEVICES_MANAGE):
            self.devices = DevicesPanel(services, actor)
            self.tabs.addTab(self.devices, self.tr("P&erangkat"))
        if actor.can(Permission.REFERENCE_MANAGE):
            self.reference = ReferencePanel(services, actor)
            self.tabs.addTab(self.reference, self.tr("Data &referensi"))
            self.chip_trust = ChipTrustPanel(services, actor)
            self.tabs.addTab(self.chip_trust, self.tr("Sertifikat &Chip"))
        layout = QVBoxLayout(self)
        self._services = services
        self.setup_wizard = None
        if actor.can(Permission.DEVICES_MANAGE) and actor.can(Permission.SYNC_RUN):
            # The first-run wizard again: office, server enrolment, devices, language.
            self.setup_button = QPushButton(self.tr("Penyiapan &workstation…"))
            self.setup_button.setObjectName("setupWizard")
            self.setup_button.clicked.connect(self.open_setup_wizard)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.setup_button)
            layout.addLayout(row)
        layout.addWidget(self.tabs)

    @Slot()
    def open_setup_wizard(self) -> QWidget:
        from ui.firstrun.wizard import SetupWizard, home_of

        wizard = SetupWizard(home_of(self._services.context.config.path), rerun=True,
                             parent=self)
        self.setup_wizard = wizard
        wizard.open()
        return wizard
