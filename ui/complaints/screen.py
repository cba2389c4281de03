"""Pengaduan: complaints and Lada Tunggu reports (issue 11).

Penerimaan: the report typed as customer service hears it — kind, channel, the reporter or
anonymous, what it is about, where, and attachments; open reports that may be the same matter
are shown while typing. Ctrl+Enter records it. Daftar: the office's reports with their step and
the time left (late rows in red); the selected one's record, its papers (preview) and history,
and the actions its SOP step allows (Laporan Kejadian, Surat Perintah, field check, Laporan
Kegiatan, follow-up and its BAP; C5's Rencana Kegiatan, Laporan Kegiatan and Laporan Informasi
— the Kakanim's Surat Perintah is made as he signs it in the approvals inbox; assessment, BAP,
outcome, answers, reply letter, answer delivered), each offered to the step's role;
Ctrl+Enter completes the step. Register: the month's register with its evaluation, printed as a
numbered PDF (Ctrl+P). Piket: the duty roster of the weekend team.
"""

from __future__ import annotations

import html
import mimetypes
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.auth.permissions import Actor, Role
from app.domain import complaints as rules
from app.errors import GapuraError
from app.services import Services
from app.services.cases import CLOSED, OPEN, WAITING, EventInfo
from app.services.complaints import (
    ACTIVITY_STEPS,
    ANSWER_STEPS,
    ANSWERED_STEPS,
    ASSESS_STEP,
    BAP_STEP,
    CHECK_STEP,
    DUTY_ROLES,
    FOLLOW_UP_STEP,
    INCIDENT_STEP,
    INQUIRY_REPORT_STEP,
    ORDER_STEP,
    OUTCOME_STEP,
    PLAN_STEP,
    REPLY_STEPS,
    ComplaintInfo,
    ComplaintIntake,
    DuplicateSuggestion,
    Examinee,
    InformationReport,
    InquiryPlan,
    RegisterData,
)
from app.services.documents import DocumentInfo
from ui.i18n import core_text, error_text
from ui.ops import run_in_background
from ui.widgets.action_forms import ActionForms
from ui.widgets.application_screen import form_page, tabbed
from ui.widgets.case_views import CaseHistory, countdown, mark_late, party_text
from ui.widgets.fields import detail_label, named_combo, named_line
from ui.widgets.form_dialog import FormField
from ui.widgets.messages import StatusLine
from ui.widgets.pdf_preview import PdfPreview
from ui.widgets.shortcuts import action_button, add_shortcut, button_grid
from ui.widgets.table import RecordTable

DUPLICATE_DELAY_MS = 400  # typing pauses this long before open reports are compared


def _titles(mapping: dict[str, str] | Any) -> list[tuple[str, str]]:
    return [(code, core_text(title)) for code, title in mapping.items()]


class ComplaintsScreen(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._reports: dict[str, ComplaintInfo] = {}
        self._detail: ComplaintInfo | None = None
        self._papers: list[tuple[str, str, str]] = []
        self._attachments: list[tuple[str, str, bytes]] = []
        self._select_after: str | None = None
        self._searches = 0
        self._suggestions = 0
        self.buttons: dict[str, QPushButton] = {}
        self.message = StatusLine()
        self._forms = ActionForms(self, self.message, self.search)
        self.intake_page = self._intake_page()
        self.list_page = self._list_page()
        self.register_page = self._register_page()
        self.roster_page = self._roster_page()
        self.tabs = tabbed(self, self.message, [
            (self.intake_page, self.tr("&Penerimaan")), (self.list_page, self.tr("&Daftar")),
            (self.register_page, self.tr("&Register")), (self.roster_page, self.tr("P&iket"))],
            refresh=self.search, enter=self._ctrl_enter)
        self.tabs.currentChanged.connect(self._tab_changed)
        add_shortcut(self, ("Ctrl+P",), self.print_register, name="printRegister")
        self._duplicate_timer = QTimer(self)
        self._duplicate_timer.setSingleShot(True)
        self._duplicate_timer.setInterval(DUPLICATE_DELAY_MS)
        self._duplicate_timer.timeout.connect(self.suggest_duplicates)
        for edit in (self.subject_name, self.location, self.reporter_phone):
            edit.textChanged.connect(self._duplicate_timer.start)
        self.description.textChanged.connect(self._duplicate_timer.start)
        self._update_buttons()

    # -- layout ---------------------------------------------------------------------------------

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        self.buttons[name] = action_button(self, name, text, slot)
        return self.buttons[name]

    def _intake_page(self) -> QWidget:
        self.kind = named_combo("kind", _titles(rules.KINDS))
        self.channel = named_combo("channel", _titles(rules.CHANNELS))
        self.channel_reference = named_line("channelReference")
        self.channel_reference.setPlaceholderText(self.tr("Nomor tiket LAPOR!/SIPENSIKIM, "
                                                          "nomor surat"))
        self.anonymous = QCheckBox(self.tr("Pelapor tidak bersedia menyebutkan nama (&anonim)"))
        self.anonymous.setObjectName("anonymous")
        self.anonymous.toggled.connect(self._anonymous_toggled)
        self.reporter_name = named_line("reporterName")
        self.reporter_phone = named_line("reporterPhone")
        self.reporter_email = named_line("reporterEmail")
        self.reporter_address = named_line("reporterAddress")
        self.subject_kind = named_combo("subjectKind", _titles(rules.SUBJECT_KINDS))
        self.subject_name = named_line("subjectName")
        self.subject_nationality = named_line("subjectNationality")
        self.location = named_line("location")
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.attached = QLabel(self.tr("Tidak ada lampiran."))
        self.attached.setObjectName("attached")
        self.duplicates = QLabel()
        self.duplicates.setObjectName("duplicates")
        self.duplicates.setWordWrap(True)
        self.duplicates.setTextFormat(Qt.TextFormat.RichText)
        attach = QHBoxLayout()
        attach.addWidget(self.attached, 1)
        attach.addWidget(self._button("attach", self.tr("&Lampirkan berkas…"), self.attach))
        form = QFormLayout()
        for label, widget in (
                (self.tr("Jenis laporan"), self.kind), (self.tr("Saluran"), self.channel),
                (self.tr("Nomor rujukan saluran"), self.channel_reference),
                ("", self.anonymous), (self.tr("Nama pelapor"), self.reporter_name),
                (self.tr("Telepon/WhatsApp pelapor"), self.reporter_phone),
                (self.tr("Email pelapor"), self.reporter_email),
                (self.tr("Alamat pelapor"), self.reporter_address),
                (self.tr("Tentang"), self.subject_kind),
                (self.tr("Nama orang asing/layanan/petugas"), self.subject_name),
                (self.tr("Kewarganegaraan (orang asing)"), self.subject_nationality),
                (self.tr("Lokasi"), self.location), (self.tr("Uraian laporan *"), self.description),
                (self.tr("Lampiran"), attach)):
            form.addRow(label, widget)
        actions = QHBoxLayout()
        actions.addWidget(self._button("clear", self.tr("Laporan &baru"), self.new_intake))
        actions.addStretch(1)
        actions.addWidget(self._button("receive", self.tr("&Catat laporan (Ctrl+Enter)"),
                                       self.receive))
        return form_page([form, self.duplicates], actions)

    def _list_page(self) -> QWidget:
        self.search_text = named_line("searchText")
        self.search_text.setPlaceholderText(self.tr("Cari nomor, pelapor, subjek, lokasi"))
        self.search_text.returnPressed.connect(self.search)
        self.active_only = QCheckBox(self.tr("Hanya yang &berjalan"))
        self.active_only.setObjectName("activeOnly")
        self.active_only.toggled.connect(self.search)
        bar = QHBoxLayout()
        bar.addWidget(self.search_text, 1)
        bar.addWidget(self.active_only)
        bar.addWidget(self._button("search", self.tr("&Muat ulang (F5)"), self.search))
        self.table = RecordTable([self.tr("Nomor"), self.tr("Diterima"), self.tr("Saluran"),
                                  self.tr("Pelapor"), self.tr("Langkah"), self.tr("Waktu")])
        self.table.setObjectName("complaints")
        self.table.itemSelectionChanged.connect(self._selected)
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.summary = detail_label(self.tr("Pilih laporan untuk melihat rinciannya."))
        grid = button_grid(self, self.buttons, (
                ("incident", self.tr("Laporan &Kejadian…"), self.report_incident),
                ("order", self.tr("Surat &Perintah…"), self.draft_order),
                ("findings", self.tr("Hasil pemeriksaan &lapangan…"), self.record_findings),
                ("activity", self.tr("Laporan Ke&giatan…"), self.report_activity),
                ("followUp", self.tr("&Tindak lanjut…"), self.decide_follow_up),
                ("foreignerBap", self.tr("BAP &orang asing…"), self.examine_foreigner),
                ("plan", self.tr("Re&ncana kegiatan…"), self.plan_inquiry),
                ("inquiryReport", self.tr("Laporan kegiatan pen&yelidikan…"),
                 self.report_inquiry),
                ("information", self.tr("Laporan in&formasi…"), self.report_information),
                ("assess", self.tr("P&enelaahan…"), self.assess),
                ("bap", self.tr("&BAP seksi terkait…"), self.examine),
                ("outcome", self.tr("&Hasil tindak lanjut…"), self.record_outcome),
                ("answer", self.tr("&Jawaban…"), self.answer),
                ("reply", self.tr("Surat ja&waban…"), self.draft_reply),
                ("answered", self.tr("Jawaban &tersampaikan…"), self.record_answered),
                ("duplicate", self.tr("D&uplikat dari…"), self.mark_duplicate),
                ("complete", self.tr("Selesaikan lang&kah… (Ctrl+Enter)"),
                 self.complete_step)))
        self.papers = RecordTable([self.tr("Dokumen"), self.tr("Nomor")])
        self.papers.setObjectName("papers")
        self.papers.itemSelectionChanged.connect(self._paper_selected)
        self.preview = PdfPreview()
        self.preview.setObjectName("preview")
        self.case_history = CaseHistory()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.counts)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.summary)
        right_layout.addLayout(grid)
        right_layout.addWidget(QLabel(self.tr("Dokumen")))
        right_layout.addWidget(self.papers)
        right_layout.addWidget(QLabel(self.tr("Riwayat")))
        right_layout.addWidget(self.case_history, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.addWidget(self.preview)
        page = QWidget()
        QVBoxLayout(page).addWidget(splitter)
        return page

    def _register_page(self) -> QWidget:
        self.month = QDateEdit()
        self.month.setObjectName("month")
        self.month.setDisplayFormat("MM-yyyy")
        self.month.setDate(QDate(self._today().replace(day=1)))
        self.evaluation_note = named_line("evaluationNote")
        self.evaluation_note.setPlaceholderText(self.tr("Catatan evaluasi ketua tim"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Bulan")))
        bar.addWidget(self.month)
        bar.addWidget(self._button("showRegister", self.tr("&Tampilkan"), self.show_register))
        bar.addWidget(self.evaluation_note, 1)
        bar.addWidget(self._button("printRegister", self.tr("C&etak register (Ctrl+P)"),
                                   self.print_register))
        self.register_table = RecordTable([self.tr("Nomor"), self.tr("Saluran"),
                                           self.tr("Jenis"), self.tr("Status"),
                                           self.tr("Tahap terlambat")])
        self.register_table.setObjectName("register")
        self.evaluation = QLabel()
        self.evaluation.setObjectName("evaluation")
        self.evaluation.setWordWrap(True)
        self.register_preview = PdfPreview()
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        split = QSplitter()
        column = QWidget()
        column_layout = QVBoxLayout(column)
        column_layout.addWidget(self.register_table, 1)
        column_layout.addWidget(self.evaluation)
        split.addWidget(column)
        split.addWidget(self.register_preview)
        layout.addWidget(split, 1)
        return page

    def _roster_page(self) -> QWidget:
        self.duty_day = QDateEdit()
        self.duty_day.setObjectName("dutyDay")
        self.duty_day.setDisplayFormat("dd-MM-yyyy")
        self.duty_day.setCalendarPopup(True)
        saturday = self._today() + timedelta(days=(5 - self._today().weekday()) % 7)
        self.duty_day.setDate(QDate(saturday))
        self.duty_role = named_combo("dutyRole", [(r.value, party_text(r.value))
                                                  for r in DUTY_ROLES])
        self.duty_user = named_line("dutyUser")
        self.duty_user.setPlaceholderText(self.tr("Nama pengguna petugas"))
        bar = QHBoxLayout()
        for widget in (self.duty_day, self.duty_role, self.duty_user):
            bar.addWidget(widget)
        bar.addWidget(self._button("assignDuty", self.tr("Tambah &piket"), self.assign_duty))
        bar.addWidget(self._button("removeDuty", self.tr("&Hapus"), self.remove_duty))
        self.roster_table = RecordTable([self.tr("Tanggal"), self.tr("Peran"),
                                         self.tr("Petugas"), self.tr("Keterangan")])
        self.roster_table.setObjectName("roster")
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.roster_table, 1)
        return page

    # -- intake ---------------------------------------------------------------------------------

    def _today(self) -> date:
        context = self._services.context
        return context.clock().astimezone(context.config.timezone).date()

    @Slot(bool)
    def _anonymous_toggled(self, anonymous: bool) -> None:
        for edit in (self.reporter_name, self.reporter_phone, self.reporter_email,
                     self.reporter_address):
            edit.setEnabled(not anonymous)

    def intake(self) -> ComplaintIntake:
        return ComplaintIntake(
            kind=self.kind.currentData(), channel=self.channel.currentData(),
            description=self.description.toPlainText(),
            subject_kind=self.subject_kind.currentData(), subject_name=self.subject_name.text(),
            subject_nationality=self.subject_nationality.text(), location=self.location.text(),
            anonymous=self.anonymous.isChecked(), reporter_name=self.reporter_name.text(),
            reporter_phone=self.reporter_phone.text(), reporter_email=self.reporter_email.text(),
            reporter_address=self.reporter_address.text(),
            channel_reference=self.channel_reference.text(),
            attachments=tuple(self._attachments))

    @Slot()
    def attach(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Lampirkan berkas"))
        for name in names:
            self.add_attachment(Path(name))

    def add_attachment(self, path: Path) -> None:
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        self._attachments.append((path.name, content_type, path.read_bytes()))
        self.attached.setText(", ".join(name for name, _t, _d in self._attachments))

    @Slot()
    def suggest_duplicates(self) -> None:
        text = rules.ReportText(self.reporter_phone.text(), self.subject_name.text(),
                                self.location.text(), self.description.toPlainText())
        self._suggestions += 1
        generation = self._suggestions

        def found(hits: list[DuplicateSuggestion]) -> None:
            if generation == self._suggestions:
                self._show_suggestions(hits)

        complaints, actor = self._services.complaints, self._actor
        run_in_background(self, lambda: complaints.suggest_duplicates(actor, text), found,
                          self._failed)

    def _show_suggestions(self, hits: Sequence[DuplicateSuggestion]) -> None:
        if not hits:
            self.duplicates.clear()
            return
        e = html.escape
        lines = [self.tr("<b>Mungkin laporan yang sama dengan yang masih berjalan:</b>")]
        lines += [f"{e(h.number)} — {e(', '.join(core_text(r) for r in h.reasons))}: "
                  f"{e(h.summary[:120])}" for h in hits]
        self.duplicates.setText("<br>".join(lines))

    @Slot()
    def receive(self) -> None:
        intake = self.intake()
        self.message.say(self.tr("Mencatat laporan…"))
        run_in_background(self, lambda: self._services.complaints.receive(self._actor, intake),
                          self._received, self._failed)  # a refusal keeps the form

    def _received(self, report: ComplaintInfo) -> None:
        text = (self.tr("Laporan {number} dicatat (Lada Tunggu); berikutnya: {step}.")
                if report.lada_tunggu else
                self.tr("Laporan {number} dicatat; berikutnya: {step}."))
        self.message.say(text.format(number=report.number, step=report.step_title or "-"))
        self.new_intake()
        self._select_after = report.id
        self.tabs.setCurrentWidget(self.list_page)
        self.search()

    @Slot()
    def new_intake(self) -> None:
        for edit in (self.reporter_name, self.reporter_phone, self.reporter_email,
                     self.reporter_address, self.subject_name, self.subject_nationality,
                     self.location, self.channel_reference):
            edit.clear()
        self.description.clear()
        self.anonymous.setChecked(False)
        for combo in (self.kind, self.channel, self.subject_kind):
            combo.setCurrentIndex(0)
        self._attachments = []
        self.attached.setText(self.tr("Tidak ada lampiran."))
        self.duplicates.clear()

    @Slot()
    def _ctrl_enter(self) -> None:
        if self.tabs.currentWidget() is self.intake_page:
            self.receive()
        elif self.tabs.currentWidget() is self.list_page:
            self.complete_step()

    @Slot(int)
    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.roster_page:
            self._load_roster()
        elif self.tabs.currentWidget() is self.register_page:
            self.show_register()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.search()

    # -- the list -------------------------------------------------------------------------------

    @Slot()
    def search(self) -> None:
        complaints, actor = self._services.complaints, self._actor
        text, active = self.search_text.text(), self.active_only.isChecked()
        self._searches += 1
        generation = self._searches

        def found(reports: list[ComplaintInfo]) -> None:
            if generation == self._searches:
                self._show(reports)

        run_in_background(self, lambda: complaints.search(actor, text=text, active_only=active),
                          found, self._failed)

    def _show(self, reports: list[ComplaintInfo]) -> None:
        chosen = self.table.selected_key()
        self._reports = {r.id: r for r in reports}
        keep = chosen
        if self._select_after in self._reports:
            keep, self._select_after = self._select_after, None
        zone = self._services.context.config.timezone
        now = self._services.context.clock()
        rows, late = [], []
        for r in reports:
            left, overdue = countdown(r.due_at, now) if r.status in (OPEN, WAITING) \
                else ("—", False)
            late.append(overdue)
            step = r.step_title or self._closed_text(r)
            rows.append((r.id, (r.number, r.received_at.astimezone(zone).strftime("%d-%m %H:%M"),
                                core_text(rules.CHANNELS[r.channel]), r.reporter_name,
                                step, left)))
        with QSignalBlocker(self.table):
            self.table.fill(rows)
            for index, overdue in enumerate(late):
                mark_late(self.table, index, overdue)
            self.table.clearSelection()
            if keep in self._reports:
                self.table.select_key(keep)
        self.counts.setText(self.tr("{n} laporan, {late} terlambat.").format(
            n=len(reports), late=sum(late)))
        self._selected()

    def _closed_text(self, report: ComplaintInfo) -> str:
        if report.status == CLOSED:
            return self.tr("Selesai ({outcome})").format(
                outcome=report.case_outcome.partition(":")[2].replace("_", " "))
        return self.tr("Dibatalkan")

    def current(self) -> ComplaintInfo | None:
        return self._reports.get(self.table.selected_key()) \
            if self.table.selectionModel().selectedRows() else None

    @Slot()
    def _selected(self) -> None:
        chosen = self.current()
        if chosen is None:
            self._show_detail(None)
            return
        complaints, cases, actor = self._services.complaints, self._services.cases, self._actor

        def load() -> tuple[ComplaintInfo, list[tuple[str, str, str]], list[EventInfo]]:
            info = complaints.get(actor, chosen.id)
            return info, complaints.documents(actor, info.id), cases.history(actor, info.case_id)

        run_in_background(self, load, lambda found: self._show_detail(*found), self._failed)

    def _show_detail(self, info: ComplaintInfo | None,
                     papers: Sequence[tuple[str, str, str]] = (),
                     history: Sequence[EventInfo] = ()) -> None:
        current = self.current()
        if info is None or current is None or current.id != info.id:
            if current is None:
                self._detail, self._papers = None, []
                self.summary.setText(self.tr("Pilih laporan untuk melihat rinciannya."))
                self.case_history.fill([])
                self.papers.fill([])
                self.preview.clear()
                self._update_buttons()
            return
        self._detail, self._papers = info, list(papers)
        self.summary.setText(self._summary(info))
        self.papers.fill([(doc_id, (template.replace("_", " "), number))
                          for doc_id, template, number in papers])
        self.case_history.show_events(history, self._services.context.config.timezone)
        self._update_buttons()

    def _summary(self, info: ComplaintInfo) -> str:
        e = html.escape
        lines = [f"<b>{e(info.number)}</b> — {e(core_text(rules.KINDS[info.kind]))}",
                 self.tr("Saluran: {channel}; pelapor: {reporter} {phone}").format(
                     channel=e(core_text(rules.CHANNELS[info.channel])),
                     reporter=e(info.reporter_name), phone=e(info.reporter_phone)),
                 self.tr("Tentang: {kind} {name}; lokasi: {location}").format(
                     kind=e(core_text(rules.SUBJECT_KINDS[info.subject_kind])),
                     name=e(info.subject_name), location=e(info.location or "—")),
                 e(info.description)]
        if info.lada_tunggu:
            lines.append("<b>" + self.tr("Lada Tunggu (diterima pada hari libur)") + "</b>")
        if info.status in (OPEN, WAITING):
            lines.append(self.tr("Langkah sekarang: <b>{step}</b> ({who}{assignee})").format(
                step=e(info.step_title), who=e(party_text(info.step_role)),
                assignee=f": {e(info.assignee)}" if info.assignee else ""))
        for hit in info.duplicates:
            lines.append("<span style='color:#b00020'>" + self.tr(
                "Mungkin sama dengan {number}").format(number=e(str(hit.get("number", ""))))
                + "</span>")
        if info.findings:
            lines.append(self.tr("Hasil pemeriksaan: {text}").format(text=e(info.findings)))
        if info.follow_up:
            lines.append(self.tr("Tindak lanjut: {text}").format(
                text=e(core_text(rules.FOLLOW_UPS[info.follow_up]))))
        if info.outcome:
            lines.append(self.tr("Hasil: {text}").format(
                text=e(core_text(rules.OUTCOMES[info.outcome]))))
        for given in info.answers:
            lines.append(self.tr("Jawaban ({step}): {text}").format(
                step=e(given["step"]), text=e(given["text"])))
        return "<br>".join(lines)

    @Slot()
    def _paper_selected(self) -> None:
        chosen, document_id = self._detail, self.papers.selected_key()
        if chosen is None or document_id is None:
            return
        complaints, actor = self._services.complaints, self._actor
        run_in_background(self, lambda: complaints.paper(actor, chosen.id, document_id),
                          lambda paper: self.preview.load(paper.pdf), self._failed)

    def _at(self, sop: str, *steps: str) -> bool:
        info = self._detail
        return (info is not None and info.status == OPEN and info.sop_code == sop
                and info.step_id in steps)

    def _holds(self, role: Role) -> bool:
        return role in self._actor.roles

    def _update_buttons(self) -> None:
        info = self._detail
        sop = info.sop_code if info is not None else ""
        enabled = {
            "plan": self._at(*PLAN_STEP) and self._holds(Role.SECTION_HEAD),
            "inquiryReport": self._at(*INQUIRY_REPORT_STEP) and self._holds(Role.INTEL_OFFICER),
            "information": self._at(*INQUIRY_REPORT_STEP) and self._holds(Role.INTEL_OFFICER),
            "foreignerBap": (self._at(*FOLLOW_UP_STEP) and self._holds(Role.INTEL_OFFICER)
                             and info is not None and info.follow_up == "bap"),
            "incident": self._at(*INCIDENT_STEP), "order": self._at(*ORDER_STEP),
            "findings": self._at(*CHECK_STEP),
            "activity": self._at(rules.LADA_TUNGGU, *ACTIVITY_STEPS),
            "followUp": self._at(*FOLLOW_UP_STEP), "assess": self._at(*ASSESS_STEP),
            "bap": self._at(*BAP_STEP), "outcome": self._at(*OUTCOME_STEP),
            "answer": self._at(rules.ESCALATION, *ANSWER_STEPS),
            "reply": sop in REPLY_STEPS and self._at(sop, REPLY_STEPS[sop]),
            "answered": sop in ANSWERED_STEPS and self._at(sop, ANSWERED_STEPS[sop]),
            "duplicate": info is not None and info.status in (OPEN, WAITING),
            "complete": info is not None and info.status == OPEN,
        }
        for name, on in enabled.items():
            self.buttons[name].setEnabled(bool(on))

    # -- actions --------------------------------------------------------------------------------

    def _act(self, name: str, title: str, fields: list[FormField],
             work: Callable[[ComplaintInfo, dict[str, Any]], Any], done: str) -> None:
        info = self._detail
        if info is None:
            return
        values = self._forms.ask(name, title, fields, self.tr("&Simpan"),
                                 intro=f"{info.number}: {info.step_title}") if fields else {}
        if values is None:
            return
        self._select_after = info.id
        self._forms.run(name, values, lambda: work(info, values),
                        lambda _result: done.format(number=info.number))

    def _text(self, name: str, label: str, required: bool = True) -> FormField:
        return FormField(name, label, "text", required=required)

    @Slot()
    def report_incident(self) -> None:
        self._act("incident", self.tr("Laporan Kejadian"),
                  [self._text("chronology", self.tr("Kronologi")),
                   self._text("actions", self.tr("Tindakan (satu per baris)"), False)],
                  lambda info, v: self._services.complaints.report_incident(
                      self._actor, info.id, v["chronology"], v["actions"].splitlines()),
                  self.tr("Laporan Kejadian {number} diterbitkan."))

    @Slot()
    def draft_order(self) -> None:
        self._act("order", self.tr("Konsep Surat Perintah"),
                  [FormField("officers", self.tr("Petugas (nama pengguna, dipisah koma)"),
                             "line", required=True, default=self._actor.username)],
                  lambda info, v: self._services.complaints.draft_order(
                      self._actor, info.id, v["officers"].split(",")),
                  self.tr("Konsep Surat Perintah {number} diterbitkan untuk ditandatangani "
                          "Kepala Kantor."))

    @Slot()
    def record_findings(self) -> None:
        self._act("findings", self.tr("Hasil pemeriksaan lapangan"),
                  [self._text("findings", self.tr("Hasil pemeriksaan")),
                   FormField("violation", self.tr("Ditemukan pelanggaran/dugaan tindak pidana"),
                             "check")],
                  lambda info, v: self._services.complaints.record_findings(
                      self._actor, info.id, v["findings"], v["violation"]),
                  self.tr("Hasil pemeriksaan {number} dicatat."))

    @Slot()
    def report_activity(self) -> None:
        self._act("activity", self.tr("Laporan Kegiatan"),
                  [self._text("conclusion", self.tr("Kesimpulan")),
                   self._text("recommendation", self.tr("Saran"), False)],
                  lambda info, v: self._services.complaints.report_activity(
                      self._actor, info.id, v["conclusion"],
                      recommendation=v["recommendation"]),
                  self.tr("Laporan Kegiatan {number} diterbitkan."))

    @Slot()
    def decide_follow_up(self) -> None:
        choices = {core_text(t): code for code, t in rules.FOLLOW_UPS.items()}
        self._act("followUp", self.tr("Tindak lanjut"),
                  [FormField("follow_up", self.tr("Tindak lanjut"), "choice",
                             options=tuple(choices)),
                   self._text("note", self.tr("Uraian"))],
                  lambda info, v: self._services.complaints.decide_follow_up(
                      self._actor, info.id, choices[v["follow_up"]], v["note"]),
                  self.tr("Tindak lanjut {number} dicatat."))

    @Slot()
    def examine_foreigner(self) -> None:
        self._act("foreignerBap", self.tr("BAP orang asing"),
                  [FormField("name", self.tr("Nama orang asing"), "line", required=True),
                   FormField("birth_place", self.tr("Tempat lahir"), "line", required=True),
                   FormField("birth_date", self.tr("Tanggal lahir"), "date"),
                   FormField("sex", self.tr("Jenis kelamin"), "choice",
                             options=("Laki-laki", "Perempuan")),
                   FormField("nationality", self.tr("Kewarganegaraan"), "line", required=True),
                   FormField("occupation", self.tr("Pekerjaan"), "line", required=True),
                   FormField("address", self.tr("Alamat di Indonesia"), "line", required=True),
                   FormField("id_kind", self.tr("Dokumen identitas"), "choice",
                             options=("Paspor", "KITAS", "KITAP")),
                   FormField("id_number", self.tr("Nomor dokumen"), "line", required=True),
                   self._text("question", self.tr("Pertanyaan")),
                   self._text("reply", self.tr("Jawaban"))],
                  lambda info, v: self._services.complaints.examine_foreigner(
                      self._actor, info.id, Examinee(
                          v["name"], v["birth_place"], v["birth_date"], v["sex"],
                          v["nationality"], v["occupation"], v["address"], v["id_kind"],
                          v["id_number"]), [(v["question"], v["reply"])]),
                  self.tr("BAP orang asing {number} diterbitkan."))

    @Slot()
    def plan_inquiry(self) -> None:
        info = self._detail
        today = self._today()
        self._act("plan", self.tr("Rencana Kegiatan Penyelidikan Keimigrasian"),
                  [self._text("target", self.tr("Sasaran (kosong: dari laporan)"), False),
                   self._text("purpose", self.tr("Tujuan")),
                   self._text("method", self.tr("Cara bertindak")),
                   FormField("officers", self.tr("Petugas Inteldakim (nama pengguna, dipisah "
                                                 "koma)"), "line", required=True),
                   FormField("start", self.tr("Mulai"), "date", default=QDate(today)),
                   FormField("end", self.tr("Selesai"), "date",
                             default=QDate(today + timedelta(days=2))),
                   FormField("location", self.tr("Lokasi"), "line",
                             default=info.location if info is not None else ""),
                   FormField("budget", self.tr("Anggaran"), "line"),
                   self._text("equipment", self.tr("Sarana (satu per baris)"), False)],
                  lambda info, v: self._services.complaints.plan_inquiry(
                      self._actor, info.id, InquiryPlan(
                          v["purpose"], v["method"], tuple(v["officers"].split(",")),
                          v["start"], v["end"], v["target"], v["location"], v["budget"],
                          tuple(v["equipment"].splitlines()))),
                  self.tr("Rencana Kegiatan {number} diterbitkan; selesaikan langkah agar "
                          "Kepala Kantor menerbitkan Surat Perintah."))

    @Slot()
    def report_inquiry(self) -> None:
        self._act("inquiryReport", self.tr("Laporan Kegiatan Penyelidikan"),
                  [self._text("findings", self.tr("Hasil penyelidikan")),
                   self._text("actions", self.tr("Tindakan (satu per baris)"), False),
                   self._text("conclusion", self.tr("Kesimpulan")),
                   self._text("recommendation", self.tr("Saran"), False)],
                  lambda info, v: self._services.complaints.report_inquiry(
                      self._actor, info.id, v["findings"], v["conclusion"],
                      v["actions"].splitlines(), v["recommendation"]),
                  self.tr("Laporan Kegiatan Penyelidikan {number} diterbitkan."))

    @Slot()
    def report_information(self) -> None:
        from printing.templates.penyelidikan import (
            INFORMATION_CREDIBILITY,
            SOURCE_RELIABILITY,
        )

        sources = {f"{code} — {core_text(title)}": code
                   for code, title in SOURCE_RELIABILITY.items()}
        credibility = {f"{code} — {core_text(title)}": code
                       for code, title in INFORMATION_CREDIBILITY.items()}
        self._act("information", self.tr("Laporan Informasi"),
                  [FormField("source", self.tr("Sumber informasi"), "line", required=True),
                   FormField("obtained_on", self.tr("Tanggal diperoleh"), "date"),
                   FormField("obtained_where", self.tr("Tempat diperoleh"), "line",
                             required=True),
                   self._text("information", self.tr("Isi informasi")),
                   FormField("reliability", self.tr("Penilaian sumber"), "choice",
                             options=tuple(sources)),
                   FormField("credibility", self.tr("Penilaian informasi"), "choice",
                             options=tuple(credibility)),
                   self._text("assessment", self.tr("Analisis"), False),
                   self._text("recommendation", self.tr("Saran"))],
                  lambda info, v: self._services.complaints.report_information(
                      self._actor, info.id, InformationReport(
                          v["source"], v["obtained_on"], v["obtained_where"], v["information"],
                          sources[v["reliability"]], credibility[v["credibility"]],
                          v["recommendation"], v["assessment"])),
                  self.tr("Laporan Informasi {number} diterbitkan."))

    @Slot()
    def assess(self) -> None:
        self._act("assess", self.tr("Penelaahan pengaduan"),
                  [FormField("founded", self.tr("Pengaduan benar"), "check"),
                   FormField("section", self.tr("Seksi terkait"), "line"),
                   self._text("note", self.tr("Hasil penelaahan"))],
                  lambda info, v: self._services.complaints.assess(
                      self._actor, info.id, v["founded"], v["note"], v["section"]),
                  self.tr("Penelaahan {number} dicatat."))

    @Slot()
    def examine(self) -> None:
        self._act("bap", self.tr("BAP seksi terkait"),
                  [FormField("name", self.tr("Nama yang diperiksa"), "line", required=True),
                   FormField("birth_place", self.tr("Tempat lahir"), "line", required=True),
                   FormField("birth_date", self.tr("Tanggal lahir"), "date"),
                   FormField("sex", self.tr("Jenis kelamin"), "choice",
                             options=("Laki-laki", "Perempuan")),
                   FormField("occupation", self.tr("Jabatan"), "line", required=True),
                   FormField("address", self.tr("Alamat"), "line", required=True),
                   FormField("id_number", self.tr("NIP/nomor identitas"), "line",
                             required=True),
                   self._text("question", self.tr("Pertanyaan")),
                   self._text("reply", self.tr("Jawaban"))],
                  lambda info, v: self._services.complaints.examine(
                      self._actor, info.id, Examinee(
                          v["name"], v["birth_place"], v["birth_date"], v["sex"], "Indonesia",
                          v["occupation"], v["address"], "Kartu identitas pegawai",
                          v["id_number"]), [(v["question"], v["reply"])]),
                  self.tr("BAP {number} diterbitkan."))

    @Slot()
    def record_outcome(self) -> None:
        choices = {core_text(t): code for code, t in rules.OUTCOMES.items()}
        self._act("outcome", self.tr("Hasil tindak lanjut"),
                  [FormField("outcome", self.tr("Hasil"), "choice", options=tuple(choices)),
                   self._text("note", self.tr("Uraian"))],
                  lambda info, v: self._services.complaints.record_outcome(
                      self._actor, info.id, choices[v["outcome"]], v["note"]),
                  self.tr("Hasil tindak lanjut {number} dicatat."))

    @Slot()
    def answer(self) -> None:
        self._act("answer", self.tr("Jawaban"),
                  [self._text("text", self.tr("Jawaban")),
                   FormField("satisfied", self.tr("Masyarakat puas dan menerima jawaban"),
                             "check")],
                  lambda info, v: self._services.complaints.answer(
                      self._actor, info.id, v["text"], v["satisfied"]),
                  self.tr("Jawaban {number} dicatat."))

    @Slot()
    def draft_reply(self) -> None:
        self._act("reply", self.tr("Surat jawaban pengaduan"),
                  [self._text("text", self.tr("Isi jawaban"))],
                  lambda info, v: self._services.complaints.draft_reply(
                      self._actor, info.id, v["text"]),
                  self.tr("Surat jawaban {number} diterbitkan."))

    @Slot()
    def record_answered(self) -> None:
        choices = {core_text(t): code for code, t in rules.CHANNELS.items()}
        self._act("answered", self.tr("Jawaban tersampaikan"),
                  [FormField("via", self.tr("Disampaikan melalui"), "choice",
                             options=tuple(choices)),
                   FormField("kanwil", self.tr("Nomor surat laporan ke Kanwil"), "line")],
                  lambda info, v: self._services.complaints.record_answered(
                      self._actor, info.id, choices[v["via"]], v["kanwil"]),
                  self.tr("Penyampaian jawaban {number} dicatat."))

    @Slot()
    def mark_duplicate(self) -> None:
        info = self._detail
        others = {r.number: r.id for r in self._reports.values()
                  if info is not None and r.id != info.id and r.status in (OPEN, WAITING)}
        if info is None or not others:
            self.message.say(self.tr("Tidak ada laporan lain yang masih berjalan."), error=True)
            return
        self._act("duplicate", self.tr("Duplikat dari"),
                  [FormField("of", self.tr("Laporan asal"), "choice", options=tuple(others))],
                  lambda info, v: self._services.complaints.mark_duplicate(
                      self._actor, info.id, others[v["of"]]),
                  self.tr("{number} ditutup sebagai duplikat."))

    @Slot()
    def complete_step(self) -> None:
        info = self._detail
        if info is None or info.status != OPEN:
            return
        step = self._services.cases.sop(info.sop_code).step(info.step_id)
        fields = []
        if step.decision is not None:
            fields.append(FormField("answer", step.decision.question, "choice",
                                    options=step.decision.answers))
        fields.append(FormField("note", self.tr("Catatan"), "text"))
        values = self._forms.ask("complete", self.tr("Selesaikan langkah"), fields,
                                 self.tr("&Selesaikan"),
                                 intro=f"{info.number}: {step.title}")
        if values is None:
            return
        answer = values.get("answer") if step.decision is not None else None
        self._select_after = info.id
        self._forms.run("complete", values, lambda: self._services.complaints.complete(
            self._actor, info.id, answer=answer, note=values["note"]), self._moved_text)

    def _moved_text(self, moved: ComplaintInfo) -> str:
        if moved.status == CLOSED:
            return self.tr("{number} selesai.").format(number=moved.number)
        if moved.status == WAITING:
            return self.tr("{number} menunggu persetujuan.").format(number=moved.number)
        return self.tr("{number}: berikutnya “{step}”.").format(number=moved.number,
                                                                 step=moved.step_title)

    # -- register and roster ----------------------------------------------------------------

    def _period(self) -> tuple[date, date]:
        first = self.month.date().toPython().replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return first, last

    @Slot()
    def show_register(self) -> None:
        since, until = self._period()
        complaints, actor = self._services.complaints, self._actor
        run_in_background(self, lambda: complaints.register(actor, since, until),
                          self._show_register, self._failed)

    def _show_register(self, data: RegisterData) -> None:
        self.register_table.fill([(e["number"], (e["number"], e["channel"], e["kind"],
                                                 e["status"], str(e["late_steps"])))
                                  for e in data.entries])
        ev = data.evaluation
        self.evaluation.setText(self.tr(
            "{total} laporan ({lada} Lada Tunggu, {anonymous} anonim); {late} tahap melewati "
            "waktu baku.").format(total=ev.total, lada=ev.lada_tunggu,
                                  anonymous=ev.anonymous, late=ev.late_steps))

    @Slot()
    def print_register(self) -> None:
        since, until = self._period()
        note = self.evaluation_note.text()
        complaints, actor = self._services.complaints, self._actor
        self.message.say(self.tr("Menerbitkan register…"))

        def issued(document: DocumentInfo) -> None:
            self.register_preview.load(document.pdf)
            self.message.say(self.tr("Register {number} diterbitkan dan masuk antrian "
                                     "cetak.").format(number=document.number))
            self.show_register()

        run_in_background(self, lambda: complaints.print_register(actor, since, until, note),
                          issued, self._failed)

    def _load_roster(self) -> None:
        start = self._today() - timedelta(days=7)
        complaints, actor = self._services.complaints, self._actor
        run_in_background(self, lambda: complaints.roster(actor, start, start + timedelta(
            days=60)), lambda duties: self.roster_table.fill([
                (d.id, (d.day.strftime("%d-%m-%Y"), party_text(d.role),
                        f"{d.full_name} ({d.username})", d.note)) for d in duties]),
            self._failed)

    @Slot()
    def assign_duty(self) -> None:
        day, role = self.duty_day.date().toPython(), Role(self.duty_role.currentData())
        username = self.duty_user.text()
        complaints, actor = self._services.complaints, self._actor

        def done(_duty: Any) -> None:
            self.message.say(self.tr("Piket {user} dicatat.").format(user=username))
            self.duty_user.clear()
            self._load_roster()

        run_in_background(self, lambda: complaints.assign_duty(actor, day, role, username),
                          done, self._failed)

    @Slot()
    def remove_duty(self) -> None:
        duty_id = self.roster_table.selected_key()
        if duty_id is None:
            return
        complaints, actor = self._services.complaints, self._actor
        run_in_background(self, lambda: complaints.remove_duty(actor, duty_id),
                          lambda _r: self._load_roster(), self._failed)

    def _failed(self, error: GapuraError) -> None:
        self.message.say(error_text(error), error=True)
