"""Typing a passport's data by hand when it cannot be read; the MRZ is composed from it."""

from __future__ import annotations

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.domain.countries import is_valid_code
from app.domain.mrz_compose import compose_td3


class ManualMrzDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Isi data paspor secara manual"))
        form = QFormLayout(self)
        self.surname = QLineEdit()
        self.surname.setObjectName("surname")
        self.given_names = QLineEdit()
        self.given_names.setObjectName("givenNames")
        self.number = QLineEdit()
        self.number.setObjectName("number")
        self.number.setMaxLength(9)
        self.nationality = QLineEdit()
        self.nationality.setObjectName("nationality")
        self.nationality.setMaxLength(3)
        self.issuer = QLineEdit()
        self.issuer.setObjectName("issuer")
        self.issuer.setMaxLength(3)
        self.sex = QComboBox()
        self.sex.setObjectName("sex")
        for label, code in ((self.tr("Laki-laki"), "M"), (self.tr("Perempuan"), "F"),
                            (self.tr("Tidak ditentukan"), "X")):
            self.sex.addItem(label, code)
        self.birth = QDateEdit(QDate(1990, 1, 1))
        self.birth.setObjectName("birth")
        self.expiry = QDateEdit(QDate.currentDate().addYears(5))
        self.expiry.setObjectName("expiry")
        for edit in (self.birth, self.expiry):
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setCalendarPopup(True)
        form.addRow(self.tr("Nama &keluarga"), self.surname)
        form.addRow(self.tr("Nama &depan"), self.given_names)
        form.addRow(self.tr("&Nomor paspor"), self.number)
        form.addRow(self.tr("&Kewarganegaraan (kode 3 huruf)"), self.nationality)
        form.addRow(self.tr("Negara &penerbit (kosong = sama)"), self.issuer)
        form.addRow(self.tr("&Jenis kelamin"), self.sex)
        form.addRow(self.tr("Tanggal &lahir"), self.birth)
        form.addRow(self.tr("Berlaku &sampai"), self.expiry)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #b00020;")
        form.addRow(self.message)
        buttons = QDialogButtonBox()
        ok = buttons.addButton(self.tr("&Gunakan"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("use")
        buttons.addButton(self.tr("&Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @Slot()
    def _accept(self) -> None:
        nationality = self.nationality.text().strip().upper()
        issuer = self.issuer.text().strip().upper() or nationality
        if not self.surname.text().strip():
            self.message.setText(self.tr("Nama keluarga wajib diisi."))
        elif not self.number.text().strip():
            self.message.setText(self.tr("Nomor paspor wajib diisi."))
        elif not (is_valid_code(nationality) and is_valid_code(issuer)):
            self.message.setText(self.tr("Kode negara tidak dikenal; gunakan kode ICAO 3 huruf "
                                         "(mis. IDN, AUS, D)."))
        else:
            self.accept()

    def mrz(self) -> str:
        nationality = self.nationality.text().strip().upper()
        return "\n".join(compose_td3(
            surname=self.surname.text(), given_names=self.given_names.text(),
            document_number=self.number.text(), nationality=nationality,
            issuing_state=self.issuer.text().strip().upper() or nationality,
            birth_date=self.birth.date().toPython(), sex=self.sex.currentData(),
            expiry_date=self.expiry.date().toPython()))
