"""The intake form of the Loket Izin Tinggal: application type, applicant, the permit held now,
the request, the sponsor and what an ITAP needs; it gives the service its `PermitIntake`."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.mrz import MrzResult
from app.domain.permits import ITAP_ABG, ITAP_FROM_ITAS, ApplicationType, PermitKind
from app.services.permits import (
    ApplicantForm,
    CurrentPermitForm,
    PermitIntake,
    SponsorForm,
)
from ui.widgets.fields import named_line

NEEDS_YEARS = frozenset({ITAP_FROM_ITAS})
NEEDS_ABG = frozenset({ITAP_ABG})


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setCalendarPopup(True)
    edit.setMinimumDate(QDate(1900, 1, 1))
    return edit


class IntakeForm(QWidget):
    """`changed` fires on every edit (the screen asks the rules again)."""

    changed = Signal()

    def __init__(self, types: Iterable[ApplicationType], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._types = {t.code: t for t in types}
        self._today = today
        layout = QVBoxLayout(self)

        self.type = QComboBox()
        self.type.setObjectName("applicationType")
        for app_type in self._types.values():
            self.type.addItem(f"{app_type.sop} — {app_type.title}", app_type.code)
        top = QFormLayout()
        top.addRow(self.tr("&Jenis permohonan"), self.type)
        layout.addLayout(top)

        applicant = QGroupBox(self.tr("Pemohon"))
        form = QFormLayout(applicant)
        self.name = named_line("name")
        self.nationality = named_line("nationality")
        self.nationality.setMaxLength(3)
        self.passport = named_line("passport")
        self.passport_expiry = _date_edit("passportExpiry")
        self.birth = _date_edit("birth")
        self.sex = QComboBox()
        self.sex.setObjectName("sex")
        self.sex.addItem(self.tr("— pilih —"), "")
        self.sex.addItem(self.tr("Laki-laki"), "M")
        self.sex.addItem(self.tr("Perempuan"), "F")
        self.phone = named_line("phone")
        self.address = named_line("address")
        form.addRow(self.tr("&Nama lengkap"), self.name)
        form.addRow(self.tr("Kewarganegaraan (kode 3 huruf)"), self.nationality)
        form.addRow(self.tr("Nomor &paspor"), self.passport)
        form.addRow(self.tr("Paspor berlaku sampai"), self.passport_expiry)
        form.addRow(self.tr("Tanggal lahir"), self.birth)
        form.addRow(self.tr("Jenis kelamin"), self.sex)
        form.addRow(self.tr("Nomor WhatsApp/ponsel"), self.phone)
        form.addRow(self.tr("Alamat di Indonesia"), self.address)
        layout.addWidget(applicant)

        self.current = QGroupBox(self.tr("Izin tinggal yang dipegang sekarang"))
        self.current.setObjectName("current")
        self.current.setCheckable(True)
        form = QFormLayout(self.current)
        self.permit_number = named_line("permitNumber")
        self.permit_kind = QComboBox()
        self.permit_kind.setObjectName("permitKind")
        for kind in PermitKind:
            self.permit_kind.addItem(kind.value, kind.value)
        self.permit_index = named_line("permitIndex")
        self.permit_from = _date_edit("permitFrom")
        self.permit_until = _date_edit("permitUntil")
        self.extensions = QSpinBox()
        self.extensions.setObjectName("extensions")
        self.extensions.setRange(0, 99)
        self.total_days = QSpinBox()
        self.total_days.setObjectName("totalDays")
        self.total_days.setRange(0, 99_999)
        form.addRow(self.tr("Nomor izin tinggal"), self.permit_number)
        form.addRow(self.tr("Jenis izin"), self.permit_kind)
        form.addRow(self.tr("Indeks"), self.permit_index)
        form.addRow(self.tr("Berlaku dari"), self.permit_from)
        form.addRow(self.tr("Berlaku sampai"), self.permit_until)
        form.addRow(self.tr("Sudah diperpanjang (kali)"), self.extensions)
        form.addRow(self.tr("Jumlah hari sudah diberikan"), self.total_days)
        layout.addWidget(self.current)

        request = QGroupBox(self.tr("Yang dimohon"))
        form = QFormLayout(request)
        self.requested_index = named_line("requestedIndex")
        self.requested_index.setPlaceholderText(self.tr("kosong = sesuai izin sekarang"))
        self.requested_days = QSpinBox()
        self.requested_days.setObjectName("requestedDays")
        self.requested_days.setRange(0, 3650)
        self.requested_days.setSpecialValueText(self.tr("sesuai indeks"))
        self.itas_years = QDoubleSpinBox()
        self.itas_years.setObjectName("itasYears")
        self.itas_years.setRange(0, 99)
        self.itas_years.setDecimals(1)
        self.married_years = QDoubleSpinBox()
        self.married_years.setObjectName("marriedYears")
        self.married_years.setRange(0, 99)
        self.married_years.setDecimals(1)
        self.child_abg = QCheckBox(self.tr("Anak berkewarganegaraan ganda terbatas (ABG)"))
        self.child_abg.setObjectName("childAbg")
        self.note = named_line("note")
        form.addRow(self.tr("Indeks yang dimohon"), self.requested_index)
        form.addRow(self.tr("Lama (hari)"), self.requested_days)
        form.addRow(self.tr("Lama memegang ITAS (tahun)"), self.itas_years)
        form.addRow(self.tr("Lama perkawinan dengan WNI (tahun)"), self.married_years)
        form.addRow(self.child_abg)
        form.addRow(self.tr("Catatan"), self.note)
        self._request_form = form
        layout.addWidget(request)

        self.sponsor = QGroupBox(self.tr("Penjamin"))
        form = QFormLayout(self.sponsor)
        self.sponsor_kind = QComboBox()
        self.sponsor_kind.setObjectName("sponsorKind")
        self.sponsor_kind.addItem(self.tr("Perorangan"), "person")
        self.sponsor_kind.addItem(self.tr("Badan usaha"), "company")
        self.sponsor_name = named_line("sponsorName")
        self.sponsor_identity = named_line("sponsorIdentity")
        self.sponsor_identity.setPlaceholderText(self.tr("NIK / nomor paspor / NIB"))
        self.sponsor_address = named_line("sponsorAddress")
        self.sponsor_phone = named_line("sponsorPhone")
        form.addRow(self.tr("Jenis penjamin"), self.sponsor_kind)
        form.addRow(self.tr("Nama penjamin"), self.sponsor_name)
        form.addRow(self.tr("Nomor identitas"), self.sponsor_identity)
        form.addRow(self.tr("Alamat penjamin"), self.sponsor_address)
        form.addRow(self.tr("Telepon penjamin"), self.sponsor_phone)
        layout.addWidget(self.sponsor)
        layout.addStretch(1)

        for edit in self.findChildren(QLineEdit):
            edit.textChanged.connect(self.changed)
        for edit in self.findChildren(QDateEdit):
            edit.dateChanged.connect(self.changed)
        for combo in self.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self.changed)
        for spin in (self.extensions, self.total_days, self.requested_days):
            spin.valueChanged.connect(self.changed)
        for spin in (self.itas_years, self.married_years):
            spin.valueChanged.connect(self.changed)
        self.child_abg.toggled.connect(self.changed)
        self.current.toggled.connect(self.changed)
        self.type.currentIndexChanged.connect(self._type_changed)
        self.clear()

    # -- the type's own fields -------------------------------------------------------------

    def application_type(self) -> ApplicationType:
        return self._types[self.type.currentData()]

    def _type_changed(self) -> None:
        app_type = self.application_type()
        form = self._request_form
        for field in (self.itas_years, self.married_years):
            form.setRowVisible(field, app_type.code in NEEDS_YEARS)
        form.setRowVisible(self.child_abg, app_type.code in NEEDS_ABG)
        if app_type.holds:
            self.current.setChecked(True)
            if self.permit_kind.currentData() not in app_type.holds:
                self.permit_kind.setCurrentIndex(self.permit_kind.findData(app_type.holds[0]))
        elif app_type.code != "SKIM":
            self.current.setChecked(False)  # a VITAS visa or an ABG child: no permit yet

    def select_type(self, code: str) -> None:
        self.type.setCurrentIndex(self.type.findData(code))

    # -- filling ---------------------------------------------------------------------------

    def clear(self) -> None:
        for edit in self.findChildren(QLineEdit):
            edit.clear()
        day = QDate(self._today)
        for edit in (self.passport_expiry, self.birth, self.permit_from, self.permit_until):
            edit.setDate(day)
        self.birth.setDate(day.addYears(-30))
        self.sex.setCurrentIndex(0)
        for spin in (self.extensions, self.total_days, self.requested_days):
            spin.setValue(0)
        self.itas_years.setValue(0)
        self.married_years.setValue(0)
        self.child_abg.setChecked(False)
        self.sponsor_kind.setCurrentIndex(0)
        self._type_changed()

    def fill_passport(self, document: MrzResult) -> None:
        """The applicant's data from a passport's MRZ."""
        self.name.setText(" ".join(f"{document.surname} {document.given_names}".split()))
        self.nationality.setText(document.nationality)
        self.passport.setText(document.document_number)
        if document.expiry_date is not None:
            self.passport_expiry.setDate(QDate(document.expiry_date))
        if document.birth_date is not None:
            self.birth.setDate(QDate(document.birth_date))
        index = self.sex.findData(document.sex or "")
        self.sex.setCurrentIndex(max(index, 0))

    def fill_current(self, current: CurrentPermitForm | None) -> None:
        """The permit the office knows the applicant holds (from the history)."""
        if current is None:
            return
        self.current.setChecked(True)
        self.permit_number.setText(current.permit_number)
        self.permit_kind.setCurrentIndex(max(self.permit_kind.findData(current.kind), 0))
        self.permit_index.setText(current.index_code)
        self.permit_from.setDate(QDate(current.valid_from))
        self.permit_until.setDate(QDate(current.valid_until))
        self.extensions.setValue(current.extensions)
        self.total_days.setValue(current.total_days)

    # -- reading ---------------------------------------------------------------------------

    def intake(self) -> PermitIntake:
        """What the form holds, as the service takes it (the service checks it)."""
        app_type = self.application_type()
        applicant = ApplicantForm(
            self.name.text().strip(), self.nationality.text().strip().upper(),
            self.passport.text().strip().upper(), self.passport_expiry.date().toPython(),
            self.birth.date().toPython(), self.sex.currentData() or "",
            self.phone.text().strip(), self.address.text().strip())
        current = None
        if self.current.isChecked():
            current = CurrentPermitForm(
                self.permit_number.text().strip(), self.permit_kind.currentData(),
                self.permit_index.text().strip().upper(), self.permit_from.date().toPython(),
                self.permit_until.date().toPython(), self.extensions.value(),
                self.total_days.value())
        sponsor = None
        if self.sponsor_name.text().strip():
            sponsor = SponsorForm(self.sponsor_kind.currentData(),
                                  self.sponsor_name.text().strip(),
                                  self.sponsor_identity.text().strip(),
                                  self.sponsor_address.text().strip(),
                                  self.sponsor_phone.text().strip())
        days = self.requested_days.value()
        requested_index = self.requested_index.text().strip().upper()
        if not requested_index and current is not None and app_type.code.endswith("_EXTENSION"):
            requested_index = current.index_code
        return PermitIntake(
            app_type.code, applicant, current, requested_index, days or None, sponsor,
            itas_years=self.itas_years.value() if app_type.code in NEEDS_YEARS else 0.0,
            married_years=self.married_years.value() if app_type.code in NEEDS_YEARS else 0.0,
            child_abg=self.child_abg.isChecked() if app_type.code in NEEDS_ABG else False,
            note=self.note.text().strip())
