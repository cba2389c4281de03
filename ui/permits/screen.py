"""Izin Tinggal: the stay-permit counter, from the passport to the handover (issue 8).

Penerimaan: the passport is read (F2, the document reader) or typed; its earlier permits,
crossings and cases show and the permit held now fills the form; the rules answer as the form is
filled, each refusal naming its rule; Ctrl+Enter receives the application and prints the
receipt. Loket: today's applications by state, the late ones and those ready for pickup (late
rows in red); the selected application's step, what it still needs, its checklist with scans,
and the actions the SOP's steps need (sponsor, payment, biometrics, issue, handover, archive,
complete the step). The documents issued are previewed.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.auth.permissions import Actor
from app.domain.mrz import parse_mrz
from app.domain.permits import Assessment
from app.domain.sop import Step
from app.errors import GapuraError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services import Services
from app.services.cases import CLOSED, FACT_TITLES, OPEN, UPSTREAM, WAITING, EventInfo
from app.services.documents import DocumentInfo
from app.services.permits import (
    CANCELLED,
    CEKAL,
    HANDED_OVER,
    ISSUED,
    RECEIVED,
    REJECTED,
    STATES,
    ApplicantHistory,
    ApplicationInfo,
    PermitRefused,
)
from ui.i18n import core_text, error_text
from ui.ops import run_in_background
from ui.permits.intake import IntakeForm
from ui.widgets.action_forms import ActionForms, complete_case_step
from ui.widgets.application_screen import ApplicationScreen, split_page, tabbed
from ui.widgets.case_views import (
    CaseHistory,
    approval_text,
    countdown,
    late_rows,
    mark_late,
)
from ui.widgets.chip_panel import ChipPanel, ProgressRelay
from ui.widgets.fields import detail_label
from ui.widgets.form_dialog import FormField
from ui.widgets.manual_mrz import ManualMrzDialog
from ui.widgets.messages import StatusLine
from ui.widgets.money import paid_moment, rupiah
from ui.widgets.pdf_preview import PdfPreview
from ui.widgets.scans import choose_scan, read_scan
from ui.widgets.shortcuts import add_shortcut, button_grid
from ui.widgets.table import RecordTable

ASSESS_DELAY_MS = 300  # the rules are asked again once the officer pauses typing
STATUS_COLUMN = 6
TODAY, ALL, OVERDUE_VIEW, READY = "today", "all", "overdue", "ready"
CLOSED_STATES = (REJECTED, CEKAL, HANDED_OVER, CANCELLED)


class PermitsScreen(ApplicationScreen):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._applications: dict[str, ApplicationInfo] = {}
        self._detail: ApplicationInfo | None = None
        self._documents: dict[str, DocumentInfo] = {}
        self._select_after: str | None = None  # an application just received
        self._searches = 0
        self._show_document: str | None = None  # a document just issued, shown once loaded
        # Tests replace this seam to scan a file without a file dialog.
        self.choose_file: Callable[[], str] = lambda: choose_scan(self)
        self._states = {RECEIVED: self.tr("Diterima"), REJECTED: self.tr("Ditolak"),
                        CEKAL: self.tr("Cekal"), ISSUED: self.tr("Terbit, siap diambil"),
                        HANDED_OVER: self.tr("Diserahkan"), CANCELLED: self.tr("Dibatalkan")}

        self.message = StatusLine()
        self._forms = ActionForms(self, self.message, self.search)
        self.intake_page = self._intake_page()
        self.counter_page = self._counter_page()
        self.tabs = tabbed(self, self.message, [(self.intake_page, self.tr("&Penerimaan")),
                                                (self.counter_page, self.tr("&Loket"))],
                           refresh=self.search, enter=self._ctrl_enter)
        add_shortcut(self, ("F2",), self.read_passport, name="readPassport")
        self._update_buttons()

    # -- layout -------------------------------------------------------------------------------

    def _intake_page(self) -> QWidget:
        self.buttons: dict[str, QPushButton] = {}
        self.form = IntakeForm(self._services.permits.catalog.types.values(), self._today())
        self.form.setObjectName("intake")
        self.form.changed.connect(self._form_changed)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)

        top = QHBoxLayout()
        top.addWidget(self._button("read", self.tr("&Baca paspor (F2)"), self.read_passport))
        top.addWidget(self._button("manual", self.tr("&Ketik data paspor…"), self.type_passport))
        top.addWidget(self._button("history", self.tr("&Riwayat pemohon"), self.load_history))
        top.addWidget(self._button("clear", self.tr("Permohonan &baru"), self.new_intake))
        top.addStretch(1)

        self.assessment = QLabel(self.tr("Isi formulir; aturan diperiksa sambil Anda mengetik."))
        self.assessment.setObjectName("assessment")
        self.assessment.setWordWrap(True)
        self.assessment.setTextFormat(Qt.TextFormat.RichText)
        self.assessment.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history = RecordTable([self.tr("Jenis"), self.tr("Nomor / waktu"),
                                    self.tr("Keterangan")])
        self.history.setObjectName("applicantHistory")
        self._assess_timer = QTimer(self)
        self._assess_timer.setSingleShot(True)
        self._assess_timer.setInterval(ASSESS_DELAY_MS)
        self._assess_timer.timeout.connect(self.assess)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(QLabel(self.tr("Hasil pemeriksaan aturan")))
        right_layout.addWidget(self.assessment)
        self.chip_panel = ChipPanel()  # the passport's chip, when the reader offers one
        self._chip_progress = ProgressRelay(self)
        self._chip_progress.progressed.connect(self.chip_panel.show_progress)
        right_layout.addWidget(self.chip_panel)
        right_layout.addWidget(QLabel(self.tr("Riwayat pemohon: izin tinggal, perlintasan, "
                                              "perkara")))
        right_layout.addWidget(self.history, 1)
        actions = QHBoxLayout()
        actions.addWidget(self._button("assess", self.tr("Periksa &aturan"), self.assess))
        actions.addWidget(self._button("receive", self.tr("&Terima permohonan (Ctrl+Enter)"),
                                       self.receive))
        right_layout.addLayout(actions)
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(splitter)
        return page

    def _counter_page(self) -> QWidget:
        self.view = QComboBox()
        self.view.setObjectName("view")
        for code, text in ((TODAY, self.tr("Hari ini")), (ALL, self.tr("Semua")),
                           (OVERDUE_VIEW, self.tr("Terlambat")),
                           (READY, self.tr("Siap diambil"))):
            self.view.addItem(text, code)
        self.view.currentIndexChanged.connect(self.search)
        self.state = QComboBox()
        self.state.setObjectName("stateFilter")
        self.state.addItem(self.tr("Semua"), "")
        for code in STATES:
            self.state.addItem(self._states[code], code)
        self.state.currentIndexChanged.connect(self.search)
        self.text = QLineEdit()
        self.text.setObjectName("searchText")
        self.text.setPlaceholderText(self.tr("Nomor permohonan, nama atau nomor paspor"))
        self.text.returnPressed.connect(self.search)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Tampilkan")))
        bar.addWidget(self.view)
        bar.addWidget(QLabel(self.tr("Status")))
        bar.addWidget(self.state)
        bar.addWidget(self.text, 1)
        bar.addWidget(self._button("search", self.tr("&Cari (F5)"), self.search))

        self.table = RecordTable([self.tr("Nomor"), self.tr("Jenis"), self.tr("Pemohon"),
                                  self.tr("Paspor"), self.tr("Langkah"), self.tr("Batas waktu"),
                                  self.tr("Status")])
        self.table.setObjectName("applications")
        self.table.itemSelectionChanged.connect(self._selected)
        self.counts = QLabel()
        self.counts.setObjectName("counts")

        self.summary = detail_label(self.tr("Pilih permohonan untuk melihat rinciannya."))
        self.requirements = QTableWidget(0, 5)
        self.requirements.setObjectName("requirements")
        self.requirements.setHorizontalHeaderLabels(
            [self.tr("Ada"), self.tr("Persyaratan"), self.tr("Wajib"), self.tr("Pindaian"), ""])
        self.requirements.verticalHeader().setVisible(False)
        self.requirements.horizontalHeader().setStretchLastSection(False)
        self.requirements.itemChanged.connect(self._requirement_changed)
        grid = button_grid(self, self.buttons, (
                ("receipt", self.tr("Cetak &tanda terima"), self.print_receipt),
                ("sponsor", self.tr("Periksa &penjamin…"), self.check_sponsor),
                ("payment", self.tr("Catat pe&mbayaran…"), self.record_payment),
                ("biometrics", self.tr("Ambil &biometrik"), self.capture_biometrics),
                ("issue", self.tr("Terb&itkan (register + cetak)"), self.register),
                ("handover", self.tr("Se&rahkan…"), self.hand_over),
                ("archive", self.tr("Ar&sip…"), self.archive),
                ("complete", self.tr("Selesaikan &langkah… (Ctrl+Enter)"), self.complete_step)), 4)
        self.issued = RecordTable([self.tr("Dokumen"), self.tr("Nomor")])
        self.issued.setObjectName("issued")
        self.issued.itemSelectionChanged.connect(self._document_selected)
        self.preview = PdfPreview()
        self.preview.setObjectName("preview")
        self.case_history = CaseHistory()

        return split_page([bar, (self.table, 1), self.counts, self.tr("Riwayat perkara"),
                           (self.case_history, 1)],
                          [self.summary, self.tr("Daftar persyaratan"), (self.requirements, 1),
                           grid, self.tr("Dokumen terbit"), self.issued, (self.preview, 2)])

    # -- the passport and the history --------------------------------------------------------

    @Slot()
    def read_passport(self) -> None:
        """The MRZ from the document reader (the counter's reader), parsed as the counter does."""
        self.tabs.setCurrentWidget(self.intake_page)
        self.message.say(self.tr("Membaca paspor…"))
        permits = self._services.permits
        run_in_background(self, lambda: permits.read_passport(self._actor), self._passport_read,
                          self._failed)

    def _passport_read(self, lines: str) -> None:
        self._use_mrz(lines)
        self.check_chip(lines)

    def check_chip(self, lines: str) -> None:
        """The passport's chip, read and authenticated in the worker (decision 0026)."""
        self.chip_panel.clear()
        relay, permits = self._chip_progress, self._services.permits
        run_in_background(self, lambda: permits.check_passport_chip(
            self._actor, lines, relay.report), self.chip_panel.show_chip, self._failed)

    @Slot()
    def type_passport(self) -> None:
        dialog = ManualMrzDialog(self)
        dialog.setObjectName("manualMrz")
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._use_mrz(dialog.mrz())
        dialog.deleteLater()

    def _use_mrz(self, lines: str) -> None:
        try:
            document = parse_mrz(lines, today=self._today())
        except GapuraError as error:
            self._failed(error)
            return
        self.form.fill_passport(document)
        if document.errors:
            self.message.say(self.tr("Paspor terbaca dengan {count} masalah MRZ; periksa "
                                     "datanya dengan paspor.").format(
                count=len(document.errors)), error=True)
        else:
            self.message.say(self.tr("Paspor {number} terbaca.").format(
                number=document.document_number))
        self.load_history()

    @Slot()
    def load_history(self) -> None:
        number, state = self.form.passport.text().strip(), self.form.nationality.text().strip()
        if not number or not state:
            self.message.say(self.tr("Isi nomor paspor dan kewarganegaraan dahulu."), error=True)
            return
        run_in_background(self, lambda: self._services.permits.history(
            self._actor, number, state), self._show_history, self._failed)

    def _show_history(self, history: ApplicantHistory) -> None:
        tz = self._services.context.config.timezone
        rows: list[tuple[Any, Sequence[str]]] = []
        for permit in reversed(history.permits):
            rows.append((permit.permit_number, (
                self.tr("Izin tinggal {kind} {index}").format(kind=permit.permit_type,
                                                              index=permit.index_code),
                permit.permit_number,
                self.tr("{start} s.d. {end}; penjamin {sponsor}").format(
                    start=permit.valid_from.strftime("%d-%m-%Y"),
                    end=permit.valid_until.strftime("%d-%m-%Y"),
                    sponsor=permit.sponsor or "—"))))
        for when, direction, outcome in history.crossings:
            rows.append((None, (self.tr("Perlintasan"),
                                when.astimezone(tz).strftime("%d-%m-%Y %H:%M"),
                                f"{direction} — {outcome}")))
        for number, title, status in history.cases:
            rows.append((number, (self.tr("Perkara"), number, f"{title} ({status})")))
        self.history.fill(rows)
        self.form.fill_current(history.current)

    # -- the rules and receiving ----------------------------------------------------------------

    @Slot()
    def _form_changed(self) -> None:
        self._assess_timer.start()

    @Slot()
    def assess(self) -> None:
        self._assess_timer.stop()
        intake = self.form.intake()
        run_in_background(self, lambda: self._services.permits.assess(self._actor, intake),
                          self._show_assessment,
                          lambda error: self.assessment.setText(html.escape(error_text(error))))

    def _show_assessment(self, assessment: Assessment) -> None:
        e = html.escape
        if assessment.ok:
            if assessment.granted_until is None:
                self.assessment.setText(self.tr("Memenuhi aturan."))
                return
            self.assessment.setText(self.tr(
                "<span style='color:#1b5e20'>Memenuhi aturan</span>: indeks {index}, "
                "{start} s.d. {end} ({days} hari).").format(
                index=e(assessment.index_code),
                start=assessment.granted_from.strftime("%d-%m-%Y"),
                end=assessment.granted_until.strftime("%d-%m-%Y"), days=assessment.days))
            return
        items = "".join(f"<li>{e(self._refusal_text(r))} <b>[{e(r.rule)}]</b></li>"
                        for r in assessment.refusals)
        self.assessment.setText(self.tr("<span style='color:#b00020'>Ditolak aturan</span>:")
                                + f"<ul>{items}</ul>")

    @staticmethod
    def _refusal_text(refusal: Any) -> str:
        fields = {key: core_text(value) if isinstance(value, str) else value
                  for key, value in refusal.fields.items()}
        return core_text(refusal.message).format(**fields)

    @Slot()
    def receive(self) -> None:
        intake = self.form.intake()
        self.message.say(self.tr("Menerima permohonan…"))
        run_in_background(self, lambda: self._services.permits.receive(self._actor, intake),
                          self._received, self._refused)

    def _refused(self, error: GapuraError) -> None:
        if isinstance(error, PermitRefused):  # each refusal with its rule, as the form shows
            self.message.say(self.tr("Permohonan tidak dapat diterima: {reasons}").format(
                reasons="; ".join(f"{self._refusal_text(r)} [{r.rule}]"
                                  for r in error.refusals)), error=True)
            self._show_assessment(Assessment(None, None, 0, "", error.refusals))
            return
        self._failed(error)

    def _received(self, application: ApplicationInfo) -> None:
        self.message.say(self.tr("Permohonan {number} diterima; tanda terima dicetak.").format(
            number=application.number))
        self.form.clear()
        self.history.fill([])
        self._select_after = application.id
        self._show_document = None
        self.view.setCurrentIndex(self.view.findData(TODAY))
        self.state.setCurrentIndex(0)
        self.text.setText(application.number)
        self.tabs.setCurrentWidget(self.counter_page)
        # SOP step 1: the receipt is given at intake.
        run_in_background(self, lambda: self._services.permits.print_receipt(
            self._actor, application.id), self._printed, self._failed)

    def _printed(self, document: DocumentInfo) -> None:
        self._show_document = document.id
        self.search()

    @Slot()
    def new_intake(self) -> None:
        self.form.clear()
        self.history.fill([])
        self.assessment.clear()
        self.chip_panel.clear()
        self.tabs.setCurrentWidget(self.intake_page)
        self.form.name.setFocus()

    # -- the lists ------------------------------------------------------------------------------

    @Slot()
    def search(self) -> None:
        permits, actor = self._services.permits, self._actor
        view, state, text = self.view.currentData(), self.state.currentData() or None, \
            self.text.text()
        today = self._today()

        def find() -> list[ApplicationInfo]:
            if view == TODAY:
                return permits.applications(actor, day=today, state=state, text=text)
            if view == ALL:
                return permits.applications(actor, state=state, text=text)
            found = permits.overdue(actor) if view == OVERDUE_VIEW \
                else permits.ready_for_pickup(actor)
            words = text.strip().upper()
            return [a for a in found if (state is None or a.state == state) and (
                not words or words in f"{a.number} {a.applicant_name} {a.passport_number}")]

        # Filters changed quickly start several searches; only the last one's answer is shown.
        self._searches += 1
        generation = self._searches

        def found(applications: list[ApplicationInfo]) -> None:
            if generation == self._searches:
                self._show(applications)

        run_in_background(self, find, found, self._failed)

    def _show(self, applications: list[ApplicationInfo]) -> None:
        chosen = self.current()
        self._applications = {a.id: a for a in applications}
        keep = chosen.id if chosen else None
        if self._select_after in self._applications:  # listed once the filters are set
            keep, self._select_after = self._select_after, None
        tz = self._services.context.config.timezone
        with QSignalBlocker(self.table):
            self.table.fill([(a.id, (
                a.number, a.type_title, a.applicant_name, a.passport_number,
                a.step_title or "—",
                a.due_at.astimezone(tz).strftime("%d-%m %H:%M") if a.due_at else "—",
                self._state_text(a))) for a in applications])
            for row, application in enumerate(applications):
                mark_late(self.table, row, application.overdue)
            self.table.clearSelection()
            if keep in self._applications:
                self.table.select_key(keep)
        late = sum(a.overdue for a in applications)
        self.counts.setText(self.tr("{n} permohonan; terlambat: {late}.").format(
            n=len(applications), late=late))
        self._selected()

    def _state_text(self, application: ApplicationInfo) -> str:
        text = self._states.get(application.state, application.state)
        if application.case_status == WAITING:
            text = self.tr("{state}, menunggu persetujuan").format(state=text)
        elif application.case_status == UPSTREAM:
            text = self.tr("{state}, menunggu Kanwil/Ditjen").format(state=text)
        if application.overdue:
            text = self.tr("{state} — Terlambat").format(state=text)
        return text

    def current(self) -> ApplicationInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return self._applications.get(item.data(Qt.ItemDataRole.UserRole))

    def late_rows(self) -> list[str]:
        """The numbers of the rows flagged late."""
        return late_rows(self.table)

    # -- the detail -------------------------------------------------------------------------------

    @Slot()
    def _selected(self) -> None:
        self._update_buttons()
        chosen = self.current()
        if chosen is None:
            self._show_detail(None)
            return
        permits, cases, documents = (self._services.permits, self._services.cases,
                                     self._services.documents)

        def load() -> tuple[ApplicationInfo, list[EventInfo], list[DocumentInfo]]:
            info = permits.get(self._actor, chosen.id)
            issued = [documents.document(self._actor, key) for key in (
                info.receipt_document_id, info.sticker_document_id, info.card_document_id,
                info.rejection_document_id) if key]
            return info, cases.history(self._actor, info.case_id), issued

        run_in_background(self, load, lambda found: self._show_detail(*found), self._failed)

    def _show_detail(self, info: ApplicationInfo | None, history: Sequence[EventInfo] = (),
                     issued: Sequence[DocumentInfo] = ()) -> None:
        current = self.current()
        if info is None or current is None or current.id != info.id:
            if current is None:
                self._detail = None
                self.summary.setText(self.tr("Pilih permohonan untuk melihat rinciannya."))
                self._fill_requirements(None)
                self.issued.fill([])
                self.preview.clear()
                self.case_history.fill([])
                self._update_buttons()
            return
        self._detail = info
        self.summary.setText(self._summary(info))
        self._fill_requirements(info)
        self.case_history.show_events(history, self._services.context.config.timezone)
        self._documents = {d.id: d for d in issued}
        names = {info.receipt_document_id: self.tr("Tanda terima permohonan"),
                 info.sticker_document_id: self.tr("SKIM") if info.type_code == "SKIM"
                 else self.tr("Stiker izin tinggal"),
                 info.card_document_id: self.tr("Kartu izin tinggal"),
                 info.rejection_document_id: self.tr("Surat penolakan")}
        with QSignalBlocker(self.issued):
            self.issued.fill([(d.id, (names.get(d.id, d.template), d.number)) for d in issued])
        shown = self._show_document if self._show_document in self._documents else (
            issued[-1].id if issued else None)
        self._show_document = None
        if shown is None:
            self.preview.clear()
        else:
            self.issued.select_key(shown)
            self._document_selected()
        self._update_buttons()

    @Slot()
    def _document_selected(self) -> None:
        document = self._documents.get(self.issued.selected_key())
        if document is None:
            self.preview.clear()
        elif self.preview.pdf is not document.pdf:
            self.preview.load(document.pdf)

    def _step(self, info: ApplicationInfo) -> Step | None:
        if not info.step_id:
            return None
        sop = self._services.permits.application_type(info.type_code).sop
        return self._services.cases.sop(sop).step(info.step_id)

    def _summary(self, info: ApplicationInfo) -> str:
        e = html.escape
        tz = self._services.context.config.timezone
        lines = [f"<b>{e(info.number)}</b> — {e(info.type_title)} "
                 f"({e(self._state_text(info))})",
                 self.tr("Pemohon: {name} ({nationality}, paspor {passport})").format(
                     name=e(info.applicant_name), nationality=e(info.nationality),
                     passport=e(info.passport_number))]
        step = self._step(info)
        if step is not None and info.case_status != CLOSED:
            lines.append(self.tr("Langkah sekarang: <b>{step}</b>").format(step=e(step.title)))
            if step.needs:
                lines.append(self.tr("Perlu tercatat: {facts}").format(
                    facts=e(", ".join(core_text(FACT_TITLES[f]) for f in step.needs))))
                missing = [f for f in step.needs if f not in info.facts]
                if missing:
                    lines.append("<span style='color:#b00020'>" + self.tr(
                        "Belum tercatat: {facts}").format(
                        facts=e(", ".join(core_text(FACT_TITLES[f]) for f in missing))) + "</span>")
            if step.decision is not None:
                lines.append(self.tr("Keputusan: {question} ({answers})").format(
                    question=e(step.decision.question),
                    answers=e(" / ".join(step.decision.answers))))
            if step.approval is not None:
                lines.append(self.tr("Perlu persetujuan: {approval}").format(approval=e(
                    approval_text(f"{step.approval.kind} {step.approval.role.value}"))))
            if info.due_at is not None:
                left, _late = countdown(info.due_at, self._services.context.clock())
                lines.append(self.tr("Batas waktu: {due} ({left})").format(
                    due=info.due_at.astimezone(tz).strftime("%d-%m-%Y %H:%M"), left=e(left)))
        if info.granted_until is not None:
            lines.append(self.tr("Diberikan: indeks {index}, {start} s.d. {end}").format(
                index=e(info.granted_index), start=info.granted_from.strftime("%d-%m-%Y"),
                end=info.granted_until.strftime("%d-%m-%Y")))
        lines.append(self.tr("PNBP {fee}: {paid}").format(
            fee=rupiah(info.fee_amount),
            paid=self.tr("sudah dibayar") if info.paid else self.tr("belum dibayar")))
        if info.sponsor_name:
            checked = {None: self.tr("belum diteliti"), True: self.tr("sah"),
                       False: self.tr("tidak sah")}[info.sponsor_valid]
            lines.append(self.tr("Penjamin: {name} ({checked})").format(
                name=e(info.sponsor_name), checked=checked))
        if info.screening_hit:
            lines.append("<span style='color:#b00020'><b>" + self.tr(
                "HIT cekal pada pemohon atau penjamin: ikuti jalur cekal.") + "</b></span>")
        if info.register_number:
            lines.append(self.tr("Nomor register: <b>{number}</b>").format(
                number=e(info.register_number)))
        return "<br>".join(lines)

    def _fill_requirements(self, info: ApplicationInfo | None) -> None:
        lines = info.requirements if info is not None else ()
        with QSignalBlocker(self.requirements):
            self.requirements.setRowCount(len(lines))
            for row, line in enumerate(lines):
                check = QTableWidgetItem()
                check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                check.setCheckState(Qt.CheckState.Checked if line.present
                                    else Qt.CheckState.Unchecked)
                check.setData(Qt.ItemDataRole.UserRole, line.requirement_id)
                self.requirements.setItem(row, 0, check)
                required = self.tr("wajib") if line.required else self.tr("bila ada")
                scanned = self.tr("terpindai") if line.attachment_id else "—"
                for column, text in ((1, line.title), (2, required), (3, scanned)):
                    item = QTableWidgetItem(text)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    self.requirements.setItem(row, column, item)
                scan = QPushButton(self.tr("Pindai…"))
                scan.setObjectName(f"scan_{line.requirement_id}")
                scan.clicked.connect(lambda _checked=False, key=line.requirement_id:
                                     self.scan_requirement(key))
                self.requirements.setCellWidget(row, 4, scan)
            self.requirements.resizeColumnsToContents()

    @Slot(QTableWidgetItem)
    def _requirement_changed(self, item: QTableWidgetItem) -> None:
        info = self._detail
        if info is None or item.column() != 0:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        present = item.checkState() == Qt.CheckState.Checked
        self._forms.run("requirement", {}, lambda: self._services.permits.check_requirement(
            self._actor, info.id, key, present),
            lambda _info: self.tr("Persyaratan {title} dicatat {state}.").format(
                title=self._requirement_title(info, key),
                state=self.tr("ada") if present else self.tr("tidak ada")))

    @staticmethod
    def _requirement_title(info: ApplicationInfo, key: str) -> str:
        return next((r.title for r in info.requirements if r.requirement_id == key), key)

    def scan_requirement(self, key: str) -> None:
        """A checklist line present, with its scan."""
        info = self._detail
        if info is None:
            return
        path = self.choose_file()
        if not path:
            return
        self._forms.run("scan", {}, lambda: self._services.permits.check_requirement(
            self._actor, info.id, key, True, read_scan(path)),
            lambda _info: self.tr("{name} dipindai untuk {title}.").format(
                name=Path(path).name, title=self._requirement_title(info, key)))

    def _update_buttons(self) -> None:
        info = self._detail if self._detail is not None and self.current() is not None \
            else None
        active = info is not None and info.state not in CLOSED_STATES
        for name in ("receipt", "sponsor", "payment", "biometrics", "issue", "handover",
                     "archive"):
            self.buttons[name].setEnabled(active)
        self.buttons["archive"].setEnabled(info is not None)
        self.buttons["complete"].setEnabled(info is not None and info.case_status == OPEN)
        self.requirements.setEnabled(active)

    # -- actions ----------------------------------------------------------------------------------

    def _chosen(self) -> ApplicationInfo | None:
        info = self._detail
        return info if info is not None and self.current() is not None else None

    def _issued(self, document_id: str, text: str) -> str:
        self._show_document = document_id
        return text

    @Slot()
    def print_receipt(self) -> None:
        info = self._chosen()
        if info is None:
            return
        self._forms.run("receipt", {}, lambda: self._services.permits.print_receipt(
            self._actor, info.id), lambda document: self._issued(document.id, self.tr(
                "Tanda terima {number} dicetak.").format(number=document.number)))

    @Slot()
    def check_sponsor(self) -> None:
        info = self._chosen()
        if info is None:
            return
        valid, invalid = self.tr("Sah"), self.tr("Tidak sah")
        values = self._forms.ask("sponsor", self.tr("Penelitian penjamin"), [
            FormField("valid", self.tr("Penjamin"), "choice", options=(valid, invalid)),
            FormField("note", self.tr("Catatan (wajib bila tidak sah)"), "text")],
            self.tr("&Simpan"), intro=f"{info.number}: {info.sponsor_name}")
        if values is None:
            return
        self._forms.run("sponsor", values, lambda: self._services.permits.check_sponsor(
            self._actor, info.id, values["valid"] == valid, values["note"]),
            lambda _info: self.tr("Penjamin {name} dicatat {state}.").format(
                name=info.sponsor_name, state=values["valid"].lower()))

    @Slot()
    def record_payment(self) -> None:
        info = self._chosen()
        if info is None:
            return
        context = self._services.context
        now = context.clock().astimezone(context.config.timezone)
        values = self._forms.ask("payment", self.tr("Pembayaran PNBP"), [
            FormField("billing", self.tr("Kode billing (15 angka)"), required=True),
            FormField("amount", self.tr("Jumlah dibayar (Rp)"), required=True,
                      default=str(info.fee_amount)),
            FormField("paid_on", self.tr("Tanggal bayar"), "date", default=QDate(now.date())),
            FormField("paid_time", self.tr("Jam bayar (JJ:MM)"), required=True,
                      default=now.strftime("%H:%M")),
            FormField("proof", self.tr("Bukti bayar (NTPN)"), required=True)],
            self.tr("&Catat pembayaran"), intro=self.tr("{number}: tarif PNBP {fee}.").format(
                number=info.number, fee=rupiah(info.fee_amount)))
        if values is None:
            return

        def pay() -> ApplicationInfo:
            amount, paid_at = self._payment_values(values)
            return self._services.permits.record_payment(
                self._actor, info.id, values["billing"], amount, paid_at, values["proof"])

        self._forms.run("payment", values, pay, lambda _info: self.tr(
            "Pembayaran {number} dicatat.").format(number=info.number))

    def _payment_values(self, values: dict[str, Any]) -> tuple[int, datetime]:
        digits = values["amount"].replace("Rp", "").replace(".", "").replace(",", "").strip()
        if not digits.isdigit():
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Jumlah dibayar {amount} bukan angka Rupiah."),
                detail=f"amount {values['amount']!r}", amount=values["amount"])
        return int(digits), paid_moment(values["paid_on"], values["paid_time"],
                                        self._services.context.config.timezone)

    @Slot()
    def capture_biometrics(self) -> None:
        info = self._chosen()
        if info is None:
            return
        self.message.say(self.tr("Mengambil foto dan sidik jari…"))
        self._forms.run("biometrics", {}, lambda: self._services.permits.capture_biometrics(
            self._actor, info.id), lambda _info: self.tr(
                "Biometrik {number} diambil: foto dan sidik jari.").format(number=info.number))

    @Slot()
    def register(self) -> None:
        info = self._chosen()
        if info is None:
            return
        self._forms.run("issue", {}, lambda: self._services.permits.register(
            self._actor, info.id), lambda done: self._issued(
                done.sticker_document_id, self.tr(
                    "Nomor register {register}; dokim masuk antrian cetak.").format(
                    register=done.register_number)))

    @Slot()
    def hand_over(self) -> None:
        info = self._chosen()
        if info is None:
            return
        values = self._forms.ask("handover", self.tr("Serahkan dokumen keimigrasian"), [
            FormField("received_by", self.tr("Diterima oleh"), required=True,
                      default=info.applicant_name),
            FormField("identity", self.tr("Identitas penerima sudah diperiksa"), "check")],
            self.tr("&Serahkan"), intro=info.number)
        if values is None:
            return
        self._forms.run("handover", values, lambda: self._services.permits.hand_over(
            self._actor, info.id, values["received_by"], values["identity"]),
            lambda done: self.tr("{number} diserahkan kepada {name}.").format(
                number=done.number, name=values["received_by"]))

    @Slot()
    def archive(self) -> None:
        info = self._chosen()
        if info is None:
            return
        path = self.choose_file()
        if not path:
            return
        self._forms.run("archive", {}, lambda: self._services.permits.archive(
            self._actor, info.id, *read_scan(path)),
            lambda _info: self.tr("Arsip {name} disimpan pada {number}.").format(
                name=Path(path).name, number=info.number))

    @Slot()
    def complete_step(self) -> None:
        info = self._chosen()
        if info is None or info.case_status != OPEN:
            return
        step = self._step(info)
        if step is None:
            return
        complete_case_step(self._forms, self._services, self._actor, case_id=info.case_id,
                           number=info.number, step=step, step_title=info.step_title)
