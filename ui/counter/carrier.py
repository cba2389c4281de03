"""Biaya beban alat angkut (SOP A9): from a refusal of entry to the carrier's payment.

Today's refusals without a charge are listed on the left; the charges in progress on the right.
The supervisor examines the carrier's representative (the BAP questions come prefilled), which
prints the Laporan Kejadian, BAP, Berita Acara Pendapat and the draft SK for the Kakanim; then
records the signed SK (which prints the billing) and the bank's proof of payment.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.auth.permissions import Actor
from app.domain.money import format_rupiah
from app.services import Services
from app.services.counter import ReferralInfo
from app.services.documents import DocumentInfo
from app.services.supervision import CarrierChargeForm, CarrierChargeInfo, QuestionAnswer
from ui.i18n import error_text
from ui.ops import run_in_background
from ui.widgets.form_dialog import FormDialog, FormField
from ui.widgets.table import RecordTable

# The questions a BAP of a carrier's representative starts with (SOP A9 step 2); the officer
# edits them as the interview goes.
BAP_QUESTIONS = (
    "Apakah Saudara dalam keadaan sehat jasmani dan rohani serta bersedia diperiksa dan "
    "memberikan keterangan yang sebenarnya?",
    "Apa jabatan dan tugas Saudara pada maskapai, dan sejak kapan?",
    "Apakah maskapai memeriksa dokumen perjalanan dan visa penumpang tersebut sebelum "
    "keberangkatan?",
    "Mengapa penumpang dengan dokumen perjalanan tersebut tetap diangkut?",
)


class CarrierChargesPanel(QWidget):
    """One tab of the supervisor's screen. `documents_ready` is called with what was issued."""

    def __init__(self, services: Services, actor: Actor,
                 documents_ready: Callable[[tuple[DocumentInfo, ...]], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._documents_ready = documents_ready
        self._refusals: dict[str, ReferralInfo] = {}
        self._charges: dict[str, CarrierChargeInfo] = {}
        self.refusals = RecordTable([self.tr("Nama"), self.tr("Dokumen"), self.tr("Penerbangan"),
                                     self.tr("Alasan penolakan")])
        self.refusals.setObjectName("refusals")
        self.charges = RecordTable([self.tr("Maskapai"), self.tr("Penumpang"),
                                    self.tr("Biaya beban"), self.tr("Status"), self.tr("SK"),
                                    self.tr("Kode billing")])
        self.charges.setObjectName("charges")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for column, (name, text, slot) in enumerate((
                ("draft", self.tr("&Periksa perwakilan maskapai (BAP)"), self.draft),
                ("signed", self.tr("Catat SK &ditandatangani"), self.record_signed_sk),
                ("paid", self.tr("Catat pem&bayaran"), self.record_payment))):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            grid.addWidget(button, 0, column)
            self.buttons[name] = button
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Penolakan masuk hari ini tanpa biaya beban")))
        layout.addWidget(self.refusals)
        layout.addWidget(QLabel(self.tr("Biaya beban dalam proses")))
        layout.addWidget(self.charges)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        self.refusals.itemSelectionChanged.connect(self._update_buttons)
        self.charges.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    @Slot()
    def refresh(self) -> None:
        run_in_background(self, lambda: (self._services.supervision.refused_today(self._actor),
                                         self._services.supervision.carrier_charges(self._actor)),
                          self._show)

    def _show(self, found: tuple[list[ReferralInfo], list[CarrierChargeInfo]]) -> None:
        refusals, charges = found
        self._refusals = {r.id: r for r in refusals}
        self._charges = {c.id: c for c in charges}
        statuses = {"drafted": self.tr("menunggu SK"), "billed": self.tr("menunggu pembayaran")}
        self.refusals.fill([(r.id, (r.name, r.traveller["document"]["document_number"],
                                    r.traveller.get("flight_code") or "—",
                                    r.resolution_data.get("reason", ""))) for r in refusals])
        self.charges.fill([(c.id, (c.carrier_name, c.passenger, format_rupiah(c.amount),
                                   statuses.get(c.status, c.status), c.sk_number or "—",
                                   c.billing_code or "—")) for c in charges])
        self._update_buttons()

    def _update_buttons(self) -> None:
        charge = self._charges.get(self.charges.selected_key())
        self.buttons["draft"].setEnabled(self.refusals.selected_key() in self._refusals)
        self.buttons["signed"].setEnabled(charge is not None and charge.status == "drafted")
        self.buttons["paid"].setEnabled(charge is not None and charge.status == "billed")

    def _form(self, title: str, fields: list[FormField], accept: str) -> dict[str, Any] | None:
        dialog = FormDialog(title, fields, accept, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    def _run(self, work: Callable[[], Any], done: str) -> None:
        def succeeded(result: Any) -> None:
            documents = result[1] if isinstance(result, tuple) else ()
            if documents:
                self._documents_ready(documents)
            self.message.setStyleSheet("color: #1b5e20;")
            self.message.setText(done)
            self.refresh()

        def failed(error: Any) -> None:
            self.message.setStyleSheet("color: #b00020;")
            self.message.setText(error_text(error))

        run_in_background(self, work, succeeded, failed)

    @Slot()
    def draft(self) -> None:
        refusal = self._refusals.get(self.refusals.selected_key())
        if refusal is None:
            return
        fields = [
            FormField("carrier_name", self.tr("Maskapai / alat angkut"), required=True,
                      default=refusal.resolution_data.get("carrier", "")),
            FormField("responsible_party", self.tr("Penanggung jawab alat angkut"),
                      required=True),
            FormField("carrier_address", self.tr("Alamat penanggung jawab")),
            FormField("representative_name", self.tr("Nama perwakilan yang diperiksa"),
                      required=True),
            FormField("representative_position", self.tr("Jabatan perwakilan"), required=True),
            FormField("representative_id_number", self.tr("Nomor paspor/identitas perwakilan"),
                      required=True),
            FormField("representative_nationality", self.tr("Kewarganegaraan perwakilan"),
                      required=True),
            FormField("representative_birth_place", self.tr("Tempat lahir perwakilan"),
                      required=True),
            FormField("representative_birth_date", self.tr("Tanggal lahir perwakilan"), "date",
                      default=date(1980, 1, 1)),
            FormField("representative_address", self.tr("Alamat perwakilan"), required=True),
        ]
        for number, question in enumerate(BAP_QUESTIONS, 1):
            fields += [FormField(f"q{number}", self.tr("Pertanyaan {n}").format(n=number),
                                 "text", default=question),
                       FormField(f"a{number}", self.tr("Jawaban {n}").format(n=number), "text")]
        values = self._form(self.tr("Biaya beban alat angkut: pemeriksaan"), fields,
                            self.tr("&Buat berkas"))
        if values is None:
            return
        interview = tuple(QuestionAnswer(values.pop(f"q{n}"), values.pop(f"a{n}"))
                          for n in range(1, len(BAP_QUESTIONS) + 1))
        form = CarrierChargeForm(**values, interview=tuple(
            qa for qa in interview if qa.question and qa.answer))
        self._run(lambda: self._services.supervision.draft_carrier_charge(
            self._actor, refusal.id, form),
            self.tr("LK, BAP, Berita Acara Pendapat dan konsep SK dicetak; serahkan konsep SK "
                    "kepada Kepala Kantor untuk ditandatangani."))

    @Slot()
    def record_signed_sk(self) -> None:
        charge = self._charges.get(self.charges.selected_key())
        if charge is None:
            return
        values = self._form(self.tr("SK Kepala Kantor ditandatangani"), [
            FormField("number", self.tr("Nomor SK"), required=True),
            FormField("signed_on", self.tr("Tanggal SK"), "date", default=date.today()),
        ], self.tr("&Simpan dan cetak billing"))
        if values is not None:
            self._run(lambda: self._services.supervision.record_signed_sk(
                self._actor, charge.id, values["number"], values["signed_on"]),
                self.tr("SK dicatat; billing dicetak untuk penanggung jawab alat angkut."))

    @Slot()
    def record_payment(self) -> None:
        charge = self._charges.get(self.charges.selected_key())
        if charge is None:
            return
        values = self._form(self.tr("Bukti pembayaran biaya beban"), [
            FormField("reference", self.tr("Nomor bukti bayar (NTPN)"), required=True)],
            self.tr("&Simpan"))
        if values is not None:
            self._run(lambda: self._services.supervision.record_carrier_payment(
                self._actor, charge.id, values["reference"]),
                self.tr("Pembayaran biaya beban dicatat."))
