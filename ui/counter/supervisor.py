"""Rujukan: the supervisor's queue of referred travellers and the SOP resolutions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.auth.permissions import Actor
from app.domain.counter import ReferralReason
from app.services import Services
from app.services.counter import ReferralInfo
from app.services.documents import DocumentInfo
from app.services.supervision import DelayForm, HandoverForm, NoteInfo, RefusalForm, Resolution
from ui.counter.carrier import CarrierChargesPanel
from ui.i18n import error_text
from ui.ops import run_in_background
from ui.widgets.form_dialog import FormDialog, FormField
from ui.widgets.register_export import RegisterExportPanel
from ui.widgets.table import RecordTable

REFRESH_MS = 3000


class SupervisorScreen(QWidget):
    """Referrals of this office appear here as soon as a counter sends them."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._referrals: dict[str, ReferralInfo] = {}
        self.last_resolution: Resolution | None = None
        self.last_recap: DocumentInfo | None = None
        self._reasons = {
            ReferralReason.CEKAL: self.tr("HIT cekal"),
            ReferralReason.INTERPOL: self.tr("HIT Interpol"),
            ReferralReason.CHIP: self.tr("Chip paspor"),
            ReferralReason.DOCUMENT: self.tr("Dokumen / izin tinggal"),
            ReferralReason.OVERSTAY: self.tr("Overstay"),
            ReferralReason.OVERSTAY_DEPORTATION: self.tr("Overstay melebihi batas"),
            ReferralReason.BOARDING_PASS: self.tr("Boarding pass"),
            ReferralReason.SUSPICION: self.tr("Pendalaman"),
            ReferralReason.CARRIER: self.tr("Alat angkut"),
        }
        self.table = RecordTable([self.tr("Waktu"), self.tr("Alasan"), self.tr("Nama"),
                                  self.tr("Dokumen"), self.tr("Arah"), self.tr("Dirujuk oleh"),
                                  self.tr("Status")])
        self.table.setObjectName("queue")
        self.table.itemSelectionChanged.connect(self._selected)
        self.details = QLabel()
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        self.details.setProperty("gapura_data", True)
        self.findings = QListWidget()
        self.findings.setObjectName("findings")
        self.findings.setWordWrap(True)
        self.findings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notes = QListWidget()
        self.notes.setObjectName("notes")
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Catatan wawancara / bukti (Ctrl+Enter simpan)"))
        self.note.setFixedHeight(60)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)

        buttons = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        for row, (name, text, slot) in enumerate((
            ("take", self.tr("&Ambil"), self.take),
            ("addNote", self.tr("Simpan &catatan"), self.add_note),
            ("allow", self.tr("&Izinkan melintas"), self.allow),
            ("delay", self.tr("&Tunda keberangkatan + STP"), self.delay_departure),
            ("refuse", self.tr("T&olak masuk"), self.refuse_entry),
            ("handover", self.tr("Serahkan ke &Polri (Interpol)"), self.hand_over),
            ("bill", self.tr("Buat &billing overstay"), self.bill_overstay),
            ("pay", self.tr("Catat &pembayaran"), self.record_payment),
            ("inteldakim", self.tr("Serahkan ke I&nteldakim"), self.hand_to_inteldakim),
            ("recap", self.tr("Cetak r&ekap overstay hari ini"), self.print_recap),
        )):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button, row // 3, row % 3)
            self.buttons[name] = button

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.details)
        right_layout.addWidget(QLabel(self.tr("Temuan")))
        right_layout.addWidget(self.findings)
        right_layout.addWidget(QLabel(self.tr("Catatan")))
        right_layout.addWidget(self.notes)
        right_layout.addWidget(self.note)
        right_layout.addLayout(buttons)
        # Registers over a period (the recap of a week or a month), printed when issued.
        self.registers = RegisterExportPanel(services, actor)
        self.registers.setObjectName("registers")
        self.registers.said.connect(self._say)
        self.registers.issued.connect(lambda document: self._print_documents((document,)))
        right_layout.addWidget(self.registers)
        right_layout.addWidget(self.message)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.carrier = CarrierChargesPanel(services, actor, self._print_documents)
        self.carrier.setObjectName("carrierCharges")
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, self.tr("&Rujukan"))
        self.tabs.addTab(self.carrier, self.tr("Biaya beban &alat angkut"))
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        layout = QHBoxLayout(self)
        layout.addWidget(self.tabs)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self._update_buttons()
        self.refresh()

    # -- queue ------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        run_in_background(self, lambda: self._services.supervision.queue(self._actor),
                          self._show_queue)
        if self.tabs.currentWidget() is self.carrier:
            self.carrier.refresh()

    def _show_queue(self, referrals: list[ReferralInfo]) -> None:
        selected = self.table.selected_key()
        self._referrals = {r.id: r for r in referrals}
        tz = self._services.context.config.timezone
        self.table.fill([(r.id, (
            r.referred_at.astimezone(tz).strftime("%H:%M:%S"), self._reasons[r.reason], r.name,
            r.traveller["document"]["document_number"],
            self.tr("Datang") if r.traveller["direction"] == "arrival" else self.tr("Berangkat"),
            r.referred_by, r.supervisor or self.tr("baru"))) for r in referrals])
        if selected in self._referrals:
            self.table.select_key(selected)
        self._update_buttons()

    def current(self) -> ReferralInfo | None:
        return self._referrals.get(self.table.selected_key())

    @Slot()
    def _selected(self) -> None:
        referral = self.current()
        self.findings.clear()
        self.notes.clear()
        if referral is None:
            self.details.clear()
            self._update_buttons()
            return
        doc = referral.traveller["document"]
        overstay = referral.traveller.get("overstay")
        self.details.setText(
            f"{referral.name}\n{doc['nationality']} · {doc['document_number']} · "
            f"{doc['birth_date'] or '—'} · {referral.traveller.get('flight_code') or '—'}\n"
            + (referral.reason_text or "")
            + (f"\nOverstay: {overstay['days']}" if overstay else ""))
        for finding in referral.traveller.get("findings", []):
            self.findings.addItem(finding["text"])
        run_in_background(self, lambda: self._services.supervision.notes(self._actor,
                                                                         referral.id),
                          self._show_notes)
        self._update_buttons()

    def _show_notes(self, notes: list[NoteInfo]) -> None:
        self.notes.clear()
        tz = self._services.context.config.timezone
        for note in notes:
            self.notes.addItem(f"{note.written_at.astimezone(tz):%H:%M} {note.author}: "
                               f"{note.text}")

    def _update_buttons(self) -> None:
        referral = self.current()
        arrival = referral is not None and referral.traveller["direction"] == "arrival"
        citizen = referral is not None and referral.traveller["document"]["nationality"] == "IDN"
        reason = referral.reason if referral else None
        enabled = {
            "take": referral is not None and not referral.supervisor,
            "addNote": referral is not None,
            "allow": referral is not None and reason is not ReferralReason.OVERSTAY_DEPORTATION,
            "delay": referral is not None and not arrival,
            "refuse": referral is not None and arrival and not citizen,
            "handover": referral is not None and reason is ReferralReason.INTERPOL,
            "bill": reason is ReferralReason.OVERSTAY,
            "pay": reason is ReferralReason.OVERSTAY,
            "inteldakim": referral is not None and not citizen,
            "recap": True,
        }
        for name, button in self.buttons.items():
            button.setEnabled(enabled[name])

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.add_note()
            return
        super().keyPressEvent(event)

    # -- actions ----------------------------------------------------------------------------

    def _run(self, work: Callable[[], Any], done: str) -> None:
        def succeeded(result: Any) -> None:
            if isinstance(result, Resolution):
                self.last_resolution = result
                self._print_all(result)
            self.message.setStyleSheet("color: #1b5e20;")
            self.message.setText(done)
            self.refresh()

        run_in_background(self, work, succeeded, self._failed)

    def _print_all(self, resolution: Resolution) -> None:
        self._print_documents(resolution.documents)

    def _print_documents(self, documents: tuple[DocumentInfo, ...]) -> None:
        for document in documents:
            run_in_background(
                self, lambda d=document: self._services.documents.print_document(self._actor,
                                                                                 d.id),
                lambda _job: None,
                lambda error: self.message.setText(self.tr(
                    "Dokumen tersimpan tetapi gagal dicetak: {error}").format(
                    error=error_text(error))))

    def _form(self, title: str, fields: list[FormField], accept: str,
              intro: str = "") -> dict[str, Any] | None:
        dialog = FormDialog(title, fields, accept, self, intro)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    @Slot()
    def print_recap(self) -> None:
        """SOP A7 step 11: the day's overstay charges as a register."""
        day = self._services.counter.today()

        def printed(document: DocumentInfo) -> None:
            self.last_recap = document
            self._print_documents((document,))
            self.message.setStyleSheet("color: #1b5e20;")
            self.message.setText(self.tr("Rekap overstay {day} dicetak ({number}).").format(
                day=day.strftime("%d-%m-%Y"), number=document.number))

        run_in_background(self, lambda: self._services.supervision.print_overstay_recap(
            self._actor, day), printed, self._failed)

    def _failed(self, error: Any) -> None:
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(error_text(error))

    @Slot(str, bool)
    def _say(self, text: str, error: bool) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
        self.message.setText(text)

    @Slot()
    def take(self) -> None:
        if (referral := self.current()) is not None:
            self._run(lambda: self._services.supervision.take(self._actor, referral.id),
                      self.tr("Rujukan diambil."))

    @Slot()
    def add_note(self) -> None:
        referral, text = self.current(), self.note.toPlainText().strip()
        if referral is None or not text:
            return
        self.note.clear()
        self._run(lambda: self._services.supervision.add_note(self._actor, referral.id, text),
                  self.tr("Catatan disimpan."))
        run_in_background(self, lambda: self._services.supervision.notes(self._actor,
                                                                         referral.id),
                          self._show_notes)

    @Slot()
    def allow(self) -> None:
        if (referral := self.current()) is None:
            return
        values = self._form(self.tr("Izinkan melintas"),
                            [FormField("note", self.tr("Dasar keputusan"), "text", True)],
                            self.tr("&Izinkan"))
        if values is not None:
            self._run(lambda: self._services.supervision.allow(self._actor, referral.id,
                                                               values["note"]),
                      self.tr("Penumpang diizinkan; cap dicetak."))

    @Slot()
    def delay_departure(self) -> None:
        if (referral := self.current()) is None:
            return
        values = self._form(self.tr("Penundaan keberangkatan"), [
            FormField("requesting_agency", self.tr("Instansi peminta pencegahan"), required=True),
            FormField("pencegahan_reference", self.tr("Nomor surat pencegahan"), required=True),
            FormField("reason", self.tr("Alasan penundaan"), "text", True),
            FormField("hold_passport", self.tr("Tahan paspor (STP 2 lembar)"), "check",
                      default=True),
            FormField("birth_place", self.tr("Tempat lahir")),
            FormField("address", self.tr("Alamat")),
            FormField("destination", self.tr("Tujuan keberangkatan")),
        ], self.tr("&Tunda keberangkatan"))
        if values is not None:
            form = DelayForm(**values)
            self._run(lambda: self._services.supervision.delay_departure(self._actor,
                                                                         referral.id, form),
                      self.tr("Keberangkatan ditunda; STP, LK dan Nota Dinas dicetak."))

    @Slot()
    def refuse_entry(self) -> None:
        if (referral := self.current()) is None:
            return
        values = self._form(self.tr("Penolakan masuk"), [
            FormField("reason", self.tr("Alasan penolakan"), "text", True),
            FormField("legal_basis", self.tr("Dasar hukum"), required=True,
                      default="UU 6/2011 pasal 13"),
            FormField("carrier_name", self.tr("Maskapai"), required=True),
            FormField("port_of_embarkation", self.tr("Bandara keberangkatan"), required=True),
            FormField("return_flight", self.tr("Penerbangan pemulangan")),
            FormField("placed_in_detention", self.tr("Ditempatkan di ruang detensi"), "check",
                      default=True),
            FormField("carrier_representative", self.tr("Perwakilan maskapai")),
        ], self.tr("T&olak masuk"))
        if values is not None:
            form = RefusalForm(**values)
            self._run(lambda: self._services.supervision.refuse_entry(self._actor, referral.id,
                                                                      form),
                      self.tr("Penolakan masuk dicatat; laporan untuk maskapai dicetak."))

    @Slot()
    def hand_over(self) -> None:
        if (referral := self.current()) is None:
            return
        values = self._form(self.tr("Serah terima ke Polri"), [
            FormField("receiver_name", self.tr("Nama penerima"), required=True),
            FormField("receiver_id_number", self.tr("NRP penerima"), required=True),
            FormField("receiver_position", self.tr("Jabatan penerima"), required=True),
            FormField("receiver_agency", self.tr("Instansi penerima"), required=True,
                      default="NCB Interpol Indonesia / Polda Metro Jaya"),
        ], self.tr("&Serahkan"))
        if values is not None:
            form = HandoverForm(**values)
            self._run(lambda: self._services.supervision.hand_over_interpol(
                self._actor, referral.id, form), self.tr("Serah terima dicatat; BAST dicetak."))

    @Slot()
    def bill_overstay(self) -> None:
        if (referral := self.current()) is not None:
            self._run(lambda: self._services.supervision.bill_overstay(self._actor, referral.id),
                      self.tr("Billing dibuat dan dicetak; arahkan pembayaran ke bank."))

    @Slot()
    def record_payment(self) -> None:
        if (referral := self.current()) is None:
            return
        values = self._form(self.tr("Bukti pembayaran"), [
            FormField("reference", self.tr("Nomor bukti bayar (NTPN)"), required=True)],
            self.tr("&Simpan"))
        if values is not None:
            self._run(lambda: self._services.supervision.record_payment(
                self._actor, referral.id, values["reference"]),
                self.tr("Pembayaran dicatat; penumpang dapat diizinkan berangkat."))

    @Slot()
    def hand_to_inteldakim(self) -> None:
        if (referral := self.current()) is None:
            return
        values = self._form(self.tr("Serahkan ke Inteldakim"), [
            FormField("note", self.tr("Uraian"), "text", True)], self.tr("&Serahkan"))
        if values is not None:
            self._run(lambda: self._services.supervision.hand_to_inteldakim(
                self._actor, referral.id, values["note"]),
                self.tr("Diserahkan ke Inteldakim; Nota Dinas dicetak."))
