"""Perkara: the officers' case screen: find cases, see where they stand, and move them on.

Search the office's cases by number, subject name or passport number, status, the day they
were opened and lateness; each row shows the current step, who does it, its due time and the
time left (late rows in red, marked "Terlambat"). The selected case's detail shows its subjects,
the current step's documents, time standard, decision and approval, its history and its
documents with their SHA-256. Actions: open a new case, complete the step (answering its
decision), add a note, attach a scanned file, assign the case to an officer.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Slot
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.auth.permissions import Actor
from app.domain.sop import Step
from app.services import Services
from app.services.cases import (
    ACTIVE,
    CANCELLED,
    CLOSED,
    OPEN,
    UPSTREAM,
    WAITING,
    AttachmentInfo,
    CaseInfo,
    EventInfo,
    SubjectForm,
    UpstreamInfo,
)
from ui.i18n import error_text
from ui.ops import run_in_background
from ui.widgets.action_forms import ActionForms, complete_case_step
from ui.widgets.case_views import (
    CaseDocuments,
    CaseHistory,
    approval_text,
    countdown,
    late_rows,
    mark_late,
    party_text,
)
from ui.widgets.fields import detail_label
from ui.widgets.form_dialog import NO_DATE, FormField
from ui.widgets.messages import StatusLine
from ui.widgets.scans import choose_scan, read_scan
from ui.widgets.shortcuts import action_button, add_shortcut
from ui.widgets.table import RecordTable

TICK_MS = 30_000
DUE_COLUMN, LEFT_COLUMN, STATUS_COLUMN = 5, 6, 7
SUBJECT_ROLES = ("applicant", "sponsor", "detainee", "reporter")


class CasesScreen(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._cases: dict[str, CaseInfo] = {}
        self._select_after: str | None = None  # a case just opened, selected once listed
        # Tests replace this seam to attach a file without a file dialog.
        self.choose_file: Callable[[], str] = lambda: choose_scan(self)
        self._statuses = {OPEN: self.tr("Berjalan"), WAITING: self.tr("Menunggu persetujuan"),
                          UPSTREAM: self.tr("Menunggu Kanwil/Ditjen"),
                          CLOSED: self.tr("Selesai"), CANCELLED: self.tr("Dibatalkan")}
        self._subject_roles = {"applicant": self.tr("Pemohon"), "sponsor": self.tr("Penjamin"),
                               "detainee": self.tr("Deteni"), "reporter": self.tr("Pelapor")}

        self.text = QLineEdit()
        self.text.setObjectName("searchText")
        self.text.setPlaceholderText(self.tr("Nomor perkara, nama atau nomor paspor"))
        self.text.returnPressed.connect(self.search)
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("Semua"), "")
        for code, text in self._statuses.items():
            self.status.addItem(text, code)
        self.since = self._date_filter("since")
        self.until = self._date_filter("until")
        self.overdue_only = QCheckBox(self.tr("Hanya yang terlambat"))
        self.overdue_only.setObjectName("overdueOnly")
        search_button = QPushButton(self.tr("&Cari"))
        search_button.setObjectName("search")
        search_button.clicked.connect(self.search)
        bar = QHBoxLayout()
        bar.addWidget(self.text, 3)
        bar.addWidget(QLabel(self.tr("Status")))
        bar.addWidget(self.status)
        bar.addWidget(QLabel(self.tr("Dibuka dari")))
        bar.addWidget(self.since)
        bar.addWidget(QLabel(self.tr("sampai")))
        bar.addWidget(self.until)
        bar.addWidget(self.overdue_only)
        bar.addWidget(search_button)

        self.table = RecordTable([self.tr("Nomor"), self.tr("SOP / Judul"), self.tr("Subjek"),
                                  self.tr("Langkah"), self.tr("Peran / Petugas"),
                                  self.tr("Batas waktu"), self.tr("Sisa waktu"),
                                  self.tr("Status")])
        self.table.setObjectName("cases")
        self.table.itemSelectionChanged.connect(self._selected)
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.message = StatusLine()
        self._forms = ActionForms(self, self.message, self.search)

        self.summary = detail_label(self.tr("Pilih perkara untuk melihat rinciannya."))
        self.documents = CaseDocuments(
            lambda key: self._services.cases.attachment_data(self._actor, key))
        self.history = CaseHistory()

        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for name, text, keys, slot in (
                ("new", self.tr("Perkara &baru… (Ctrl+N)"), ("Ctrl+N",), self.new_case),
                ("complete", self.tr("&Selesaikan langkah (Ctrl+Enter)"),
                 ("Ctrl+Return", "Ctrl+Enter"), self.complete_step),
                ("note", self.tr("Ca&tatan… (Ctrl+M)"), ("Ctrl+M",), self.add_note),
                # Ctrl+L locks the screen everywhere (main window), so attaching takes Shift too.
                ("attach", self.tr("&Lampirkan berkas… (Ctrl+Shift+L)"), ("Ctrl+Shift+L",),
                 self.attach_file),
                ("assign", self.tr("T&ugaskan… (Ctrl+Shift+U)"), ("Ctrl+Shift+U",),
                 self.assign),
                ("cancel", self.tr("Bata&lkan perkara…"), (), self.cancel_case),
                ("refresh", self.tr("&Muat ulang (F5)"), ("F5",), self.search)):
            button = action_button(self, name, text, slot, keys)
            actions.addWidget(button)
            self.buttons[name] = button
        add_shortcut(self, ("Ctrl+F",), self.focus_search)
        actions.addStretch(1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.table)
        left_layout.addLayout(actions)
        left_layout.addWidget(self.counts)
        left_layout.addWidget(self.message)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(QLabel(self.tr("Riwayat")))
        right_layout.addWidget(self.history, 2)
        right_layout.addWidget(QLabel(self.tr("Berkas perkara")))
        right_layout.addWidget(self.documents, 3)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter)

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self._update_buttons()

    def _date_filter(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("semua"))
        edit.setDate(NO_DATE)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setCalendarPopup(True)
        return edit

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.search()

    @Slot()
    def focus_search(self) -> None:
        self.text.setFocus()
        self.text.selectAll()

    # -- the search -----------------------------------------------------------------------

    @staticmethod
    def _day(edit: QDateEdit) -> date | None:
        return None if edit.date() == NO_DATE else edit.date().toPython()

    @Slot()
    def search(self) -> None:
        cases = self._services.cases
        filters = {"text": self.text.text(), "status": self.status.currentData() or None,
                   "since": self._day(self.since), "until": self._day(self.until),
                   "overdue_only": self.overdue_only.isChecked()}
        run_in_background(self, lambda: (cases.search(self._actor, **filters),
                                         cases.overdue_count(self._actor)),
                          lambda found: self._show(*found),
                          lambda error: self.message.say(error_text(error), error=True))

    def _show(self, cases: list[CaseInfo], overdue: int) -> None:
        chosen = self.current()
        keep = self._select_after or (chosen.id if chosen else None)
        self._select_after = None
        tz = self._services.context.config.timezone
        self._cases = {c.id: c for c in cases}
        with QSignalBlocker(self.table):  # one detail load below, not one per changed row
            self.table.fill([(c.id, (
                c.number, f"{c.sop_code} — {c.title}", ", ".join(c.subjects),
                c.step_title or "—", self._who(c),
                c.due_at.astimezone(tz).strftime("%d-%m %H:%M") if c.due_at else "—",
                "", self._status_text(c))) for c in cases])
            self.table.clearSelection()
            if keep in self._cases:
                self.table.select_key(keep)
        self.tick()
        self.counts.setText(self.tr("{n} perkara ditemukan. Terlambat di kantor ini: {late}.")
                            .format(n=len(cases), late=overdue))
        self._selected()  # the kept case may have moved on

    def _who(self, case: CaseInfo) -> str:
        if not case.step_role:
            return "—"
        who = party_text(case.step_role)
        return f"{who} / {case.assignee}" if case.assignee else who

    def _status_text(self, case: CaseInfo) -> str:
        text = self._statuses.get(case.status, case.status)
        if case.status == CLOSED and case.outcome:
            text = self.tr("{status} ({outcome})").format(status=text,
                                                          outcome=case.outcome.partition(":")[2])
        return text

    @Slot()
    def tick(self) -> None:
        """Recount the time left on every row and flag the late ones (no database work)."""
        now = self._services.context.clock()
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for row in range(self.table.rowCount()):
            case = self._cases.get(self._key(row))
            if case is None:
                continue
            text, late = countdown(case.due_at, now)
            late = late and case.status in ACTIVE
            self.table.item(row, LEFT_COLUMN).setText(text)
            status = self.table.item(row, STATUS_COLUMN)
            status.setText(self.tr("{status} — Terlambat").format(
                status=self._status_text(case)) if late else self._status_text(case))
            status.setIcon(warning if late else QIcon())
            mark_late(self.table, row, late)

    def _key(self, row: int) -> Any:
        item = self.table.item(row, 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def current(self) -> CaseInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._cases.get(self._key(rows[0].row())) if rows else None

    def late_rows(self) -> list[str]:
        """The numbers of the rows flagged late (for tests and the status line)."""
        return late_rows(self.table)

    # -- the detail pane --------------------------------------------------------------------

    @Slot()
    def _selected(self) -> None:
        self._update_buttons()
        case = self.current()
        if case is None:
            self._show_detail(None)
            return
        cases = self._services.cases
        run_in_background(self, lambda: (cases.get(self._actor, case.id),
                                         cases.attachments(self._actor, case.id),
                                         cases.history(self._actor, case.id),
                                         cases.upstream_requests(self._actor, case.id)),
                          lambda found: self._show_detail(*found))

    def _step(self, case: CaseInfo) -> Step | None:
        return self._services.cases.sop(case.sop_code).step(case.step_id) if case.step_id \
            else None

    def _show_detail(self, case: CaseInfo | None, attachments: Sequence[AttachmentInfo] = (),
                     history: Sequence[EventInfo] = (),
                     upstream: Sequence[UpstreamInfo] = ()) -> None:
        current = self.current()
        if case is None or current is None or current.id != case.id:
            if current is None:
                self.summary.setText(self.tr("Pilih perkara untuk melihat rinciannya."))
                self.documents.show_attachments([])
                self.history.fill([])
            return
        self.summary.setText(self._summary(case, upstream))
        self.documents.show_attachments(attachments)
        self.history.show_events(history, self._services.context.config.timezone)

    def _summary(self, case: CaseInfo, upstream: Sequence[UpstreamInfo] = ()) -> str:
        tz = self._services.context.config.timezone
        e = html.escape
        asked = [self._upstream_line(r) for r in upstream]
        lines = [
            f"<b>{e(case.number)}</b> — {e(case.title)} ({e(self._status_text(case))})",
            self.tr("Subjek: {subjects}").format(subjects=e(", ".join(case.subjects))),
            self.tr("Dibuka {opened} oleh {user}").format(
                opened=case.opened_at.astimezone(tz).strftime("%d-%m-%Y %H:%M"),
                user=e(case.opened_by)),
        ]
        step = self._step(case)
        if step is None:
            return "<br>".join(lines + asked)
        lines.append(self.tr("Langkah sekarang: <b>{step}</b>").format(step=e(step.title)))
        party = e(party_text(step.role))
        lines.append(self.tr("Dikerjakan oleh: {who}").format(who=party) if step.internal
                     else self.tr("Langkah pihak luar: {party} — dicatat oleh petugas perkara "
                                  "mana pun").format(party=party))
        if case.assignee:
            lines.append(self.tr("Ditugaskan kepada: {user}").format(user=e(case.assignee)))
        if step.documents:
            lines.append(self.tr("Dokumen yang dihasilkan: {documents}").format(
                documents=e("; ".join(step.documents))))
        time = e(step.time_text)
        if step.time_source == "default":
            time = self.tr("{time} (standar bawaan; SOP tidak menyebut waktu)").format(time=time)
        due_text = "—"
        if case.due_at is not None:
            left, _late = countdown(case.due_at, self._services.context.clock())
            due_text = f"{case.due_at.astimezone(tz).strftime('%d-%m-%Y %H:%M')} ({e(left)})"
        lines.append(self.tr("Standar waktu: {time}; batas waktu: {due}").format(
            time=time, due=due_text))
        if step.decision is not None:
            lines.append(self.tr("Keputusan: {question} ({answers})").format(
                question=e(step.decision.question), answers=e(" / ".join(step.decision.answers))))
        if case.approval:
            lines.append(self.tr("Perlu persetujuan: {approval}").format(
                approval=e(approval_text(case.approval))))
        if case.status == UPSTREAM:
            lines.append(self.tr("Menunggu keputusan {party} melalui server pusat; perkara "
                                 "berlanjut sendiri setelah sinkronisasi membawa keputusannya.")
                         .format(party=e(party_text(step.role))))
        return "<br>".join(lines + asked)

    def _upstream_line(self, request: UpstreamInfo) -> str:
        e = html.escape
        if request.status != "decided":
            return self.tr("{party}: {step} — menunggu keputusan").format(
                party=e(party_text(request.party)), step=e(request.title))
        answer = f" ({e(request.answer)})" if request.answer else ""
        return self.tr("{party}: {step} — diputus{answer} oleh {who}, surat {reference}").format(
            party=e(party_text(request.party)), step=e(request.title), answer=answer,
            who=e(request.decided_by), reference=e(request.reference))

    def _update_buttons(self) -> None:
        case = self.current()
        workable = case is not None and case.status == OPEN
        self.buttons["complete"].setEnabled(workable)
        self.buttons["assign"].setEnabled(workable)
        self.buttons["note"].setEnabled(case is not None)
        self.buttons["cancel"].setEnabled(case is not None and case.status in ACTIVE)
        self.buttons["attach"].setEnabled(case is not None)

    # -- actions ------------------------------------------------------------------------------

    @Slot()
    def new_case(self) -> None:
        definitions = self._services.cases.definitions
        labels = {f"{sop.code} — {sop.title}": sop.code
                  for sop in sorted(definitions.values(), key=lambda s: s.code)}
        roles = {text: code for code, text in self._subject_roles.items()}
        values = self._forms.ask("new", self.tr("Perkara baru"), [
            FormField("sop", self.tr("SOP"), "choice", options=tuple(labels)),
            FormField("role", self.tr("Subjek sebagai"), "choice", options=tuple(roles)),
            FormField("name", self.tr("Nama subjek"), required=True),
            FormField("passport", self.tr("Nomor paspor")),
            FormField("nationality", self.tr("Kewarganegaraan (kode 3 huruf)")),
            FormField("birth", self.tr("Tanggal lahir"), "optional_date"),
            FormField("phone", self.tr("Nomor WhatsApp/ponsel (untuk pemberitahuan)")),
            FormField("note", self.tr("Catatan"), "text"),
        ], self.tr("&Buka perkara"))
        if values is None:
            return
        subject = SubjectForm(roles[values["role"]], values["name"], values["passport"],
                              values["nationality"], values["birth"], values["phone"])
        code = labels[values["sop"]]
        self._forms.run("new", values, lambda: self._services.cases.open(
            self._actor, code, [subject], note=values["note"]), self._opened)

    def _opened(self, case: CaseInfo) -> str:
        self.text.setText(case.number)  # the new case is the one listed and selected
        self.status.setCurrentIndex(0)
        self.table.clearSelection()
        self._select_after = case.id
        return self.tr("Perkara {number} dibuka pada langkah “{step}”.").format(
            number=case.number, step=case.step_title)

    @Slot()
    def complete_step(self) -> None:
        case = self.current()
        if case is None or case.status != OPEN:
            return
        step = self._step(case)
        if step is None:
            return
        complete_case_step(self._forms, self._services, self._actor, case_id=case.id,
                           number=case.number, step=step, step_title=case.step_title)

    @Slot()
    def add_note(self) -> None:
        case = self.current()
        if case is None:
            return
        values = self._forms.ask("note", self.tr("Catatan perkara"), [
            FormField("text", self.tr("Catatan"), "text", required=True)],
            self.tr("&Simpan"), intro=case.number)
        if values is None:
            return
        self._forms.run("note", values, lambda: self._services.cases.add_note(
            self._actor, case.id, values["text"]),
            lambda _none: self.tr("Catatan disimpan pada {number}.").format(number=case.number))

    @Slot()
    def attach_file(self) -> None:
        case = self.current()
        if case is None:
            return
        path = self.choose_file()
        if not path:
            return
        name = Path(path).name
        self._forms.run("attach", {}, lambda: self._services.cases.attach(
            self._actor, case.id, *read_scan(path)),
            lambda digest: self.tr("{name} dilampirkan pada {number} (SHA-256 {digest}).")
            .format(name=name, number=case.number, digest=digest))

    @Slot()
    def assign(self) -> None:
        case = self.current()
        if case is None or case.status != OPEN:
            return
        values = self._forms.ask("assign", self.tr("Tugaskan perkara"), [
            FormField("username", self.tr("Nama pengguna petugas"), required=True,
                      default=case.assignee)], self.tr("&Tugaskan"), intro=case.number)
        if values is None:
            return
        self._forms.run("assign", values, lambda: self._services.cases.assign(
            self._actor, case.id, values["username"]),
            lambda info: self.tr("{number} ditugaskan kepada {user}.").format(
                number=info.number, user=info.assignee))

    @Slot()
    def cancel_case(self) -> None:
        case = self.current()
        if case is None or case.status not in ACTIVE:
            return
        values = self._forms.ask("cancel", self.tr("Batalkan perkara"), [
            FormField("reason", self.tr("Alasan pembatalan"), "text", required=True)],
            self.tr("&Batalkan perkara"), intro=self.tr(
                "{number}: perkara dihentikan dan tidak dapat dilanjutkan; riwayatnya tetap "
                "tersimpan.").format(number=case.number))
        if values is None:
            return
        self._forms.run("cancel", values, lambda: self._services.cases.cancel(
            self._actor, case.id, values["reason"]),
            lambda info: self.tr("{number} dibatalkan.").format(number=info.number))

    def show_case(self, case: CaseInfo) -> None:
        """List and select `case` (from the work list): searched by its number."""
        self._select_after = case.id
        self.text.setText(case.number)
        self.status.setCurrentIndex(0)
        self.overdue_only.setChecked(False)
        self.since.setDate(NO_DATE)
        self.until.setDate(NO_DATE)
        self.search()
