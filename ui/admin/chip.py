"""Admin → Sertifikat Chip: the CSCA certificates this desk trusts for ePassport chips and the
newest CRL of each, and the import of a master list, certificate or CRL file (decision 0026).

The office normally receives both by sync from the server; the import serves a desk that works
offline. A CRL past its next update is flagged: passive authentication then reads revocation as
"not checked" for that issuer.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.auth.permissions import Actor
from app.errors import GapuraError
from app.services import Services
from app.services.chip import CrlInfo, TrustedInfo, TrustImport
from ui.i18n import error_text
from ui.ops import run_in_background
from ui.widgets.messages import StatusLine
from ui.widgets.shortcuts import action_button
from ui.widgets.table import RecordTable

EXPIRED_COLOR = QColor("#b00020")


class ChipTrustPanel(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._tz = services.context.config.timezone
        self.import_button = action_button(self, "importTrust",
                                           self.tr("&Impor CSCA / CRL… (Ctrl+I)"),
                                           self.import_file, "Ctrl+I")
        self.certificates = RecordTable([self.tr("Negara"), self.tr("Subjek"),
                                         self.tr("Berlaku s.d."), self.tr("Sumber")])
        self.certificates.setObjectName("cscaCertificates")
        self.crls = RecordTable([self.tr("Penerbit"), self.tr("Terbit"),
                                 self.tr("Pembaruan berikutnya"), self.tr("Dicabut"),
                                 self.tr("Sumber")])
        self.crls.setObjectName("cscaCrls")
        self.warning = QLabel()
        self.warning.setObjectName("expiredCrls")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b00020;")
        self.message = StatusLine()
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Sertifikat CSCA tepercaya")))
        layout.addWidget(self.certificates, 2)
        layout.addWidget(QLabel(self.tr("CRL (daftar sertifikat yang dicabut) per CSCA")))
        layout.addWidget(self.crls, 1)
        layout.addWidget(self.warning)
        layout.addWidget(self.message)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        trust, actor, clock = self._services.chip_trust, self._actor, self._services.context.clock
        run_in_background(self, lambda: (trust.certificates(actor), trust.crls(actor), clock()),
                          self._show, self._refused)

    def _day(self, moment: datetime | None) -> str:
        return moment.astimezone(self._tz).strftime("%d-%m-%Y") if moment else "—"

    def _show(self, listed: tuple[list[TrustedInfo], list[CrlInfo], datetime]) -> None:
        certificates, crls, now = listed
        self.certificates.fill([(c.fingerprint, (c.country, c.subject, self._day(c.not_after),
                                                 c.source)) for c in certificates])
        self.crls.fill([(c.issuer_key, (
            c.issuer, self._day(c.this_update),
            self.tr("{date} (kedaluwarsa)").format(date=self._day(c.next_update))
            if c.expired(now) else self._day(c.next_update),
            str(c.revoked), c.source)) for c in crls])
        expired = [c for c in crls if c.expired(now)]
        for row, crl in enumerate(crls):
            if crl.expired(now):
                for column in range(self.crls.columnCount()):
                    self.crls.item(row, column).setForeground(QBrush(EXPIRED_COLOR))
        self.warning.setText(self.tr(
            "{n} CRL sudah lewat masa berlakunya: status pencabutan chip dari penerbitnya tidak "
            "diperiksa. Impor CRL terbaru dari negara penerbit.").format(n=len(expired))
            if expired else "")

    def expired_rows(self) -> list[int]:
        """The rows of the CRL table flagged as past their next update."""
        return [row for row in range(self.crls.rowCount())
                if self.crls.item(row, 0).foreground().color() == EXPIRED_COLOR]

    def choose_file(self) -> str:
        """Ask for a master list, certificate or CRL file; "" when the admin cancels."""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Impor CSCA / CRL"), "",
            self.tr("Master list, sertifikat CSCA, CRL (*.ml *.der *.cer *.crt *.pem *.crl);;"
                    "Semua berkas (*)"))
        return path

    @Slot()
    def import_file(self) -> None:
        path = self.choose_file()
        if not path:
            return
        self.import_button.setEnabled(False)
        self.message.say(self.tr("Mengimpor {file}…").format(file=Path(path).name))
        trust, actor = self._services.chip_trust, self._actor
        run_in_background(self, lambda: trust.import_file(actor, Path(path)), self._imported,
                          self._refused)

    def _imported(self, result: TrustImport) -> None:
        self.import_button.setEnabled(True)
        parts = []
        if result.certificates or not result.crls:
            parts.append(self.tr("{n} sertifikat CSCA diimpor dari {file} ({added} baru).")
                         .format(n=result.certificates, file=result.source, added=result.added))
        if result.crls:
            parts.append(self.tr("{n} CRL diimpor dari {file} ({added} baru).").format(
                n=result.crls, file=result.source, added=result.crls_added))
        if result.crls_outdated:
            parts.append(self.tr("{n} CRL lebih lama dari CRL penerbitnya yang sudah ada, "
                                 "tidak dipakai.").format(n=result.crls_outdated))
        self.message.say(" ".join(parts))
        self.refresh()

    def _refused(self, error: GapuraError) -> None:
        self.import_button.setEnabled(True)
        self.message.say(error_text(error), error=True)
