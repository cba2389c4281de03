"""Persetujuan: the section and office heads' inbox of cases waiting for a paraf or pengesahan.

The waiting cases, most urgent first, with the time left on their step (refreshed every 30 s);
the selected case's summary, documents (name and SHA-256) and history; approve the selected
cases with the password asked once (and the decision's answer where the approving step decides),
reject with a reason, or return for correction with a note.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, QItemSelectionModel, Qt, QTimer, Slot
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.auth.permissions import Actor
from app.domain.sop import Step
from app.errors import GapuraError
from app.services import Services
from app.services.cases import APPROVER_ROLES, AttachmentInfo, CaseInfo, EventInfo
from ui.i18n import error_text
from ui.ops import run_in_background
from ui.widgets.case_views import (
    OVERDUE,
    CaseDocuments,
    CaseHistory,
    approval_text,
    countdown,
)
from ui.widgets.form_dialog import FormDialog, FormField
from ui.widgets.messages import StatusLine
from ui.widgets.shortcuts import action_button
from ui.widgets.table import RecordTable

TICK_MS = 30_000


class ApprovalsScreen(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._cases: dict[str, CaseInfo] = {}

        self.table = RecordTable([self.tr("Nomor"), self.tr("SOP"), self.tr("Langkah"),
                                  self.tr("Persetujuan"), self.tr("Subjek"),
                                  self.tr("Disiapkan oleh"), self.tr("Batas waktu"),
                                  self.tr("Sisa waktu")])
        self.table.setObjectName("inbox")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.itemSelectionChanged.connect(self._selected)

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.documents = CaseDocuments(
            lambda key: self._services.cases.attachment_data(self._actor, key))
        self.history = CaseHistory()
        self.message = StatusLine()

        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for name, text, keys, slot in (
                ("approve", self.tr("&Setujui (Ctrl+Enter)"), ("Ctrl+Return", "Ctrl+Enter"),
                 self.approve_selected),
                ("reject", self.tr("&Tolak… (Ctrl+T)"), ("Ctrl+T",), self.reject_selected),
                ("return", self.tr("&Kembalikan… (Ctrl+K)"), ("Ctrl+K",),
                 self.return_selected),
                ("delegate", self.tr("Tunjuk &pejabat…"), ("Ctrl+Shift+D",), self.delegate),
                ("refresh", self.tr("&Muat ulang (F5)"), ("F5",), self.refresh)):
            button = action_button(self, name, text, slot, keys)
            actions.addWidget(button)
            self.buttons[name] = button
        actions.addStretch(1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.table)
        left_layout.addLayout(actions)
        left_layout.addWidget(self.message)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(QLabel(self.tr("Dokumen yang akan ditandatangani")))
        right_layout.addWidget(self.documents, 4)
        right_layout.addWidget(QLabel(self.tr("Riwayat")))
        right_layout.addWidget(self.history, 2)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.buttons["delegate"].setEnabled(
            any(role in actor.roles for role in APPROVER_ROLES))
        self._update_buttons()
        self.refresh()

    # -- the inbox ----------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        run_in_background(self, lambda: self._services.cases.inbox(self._actor), self._show)

    def _show(self, cases: list[CaseInfo]) -> None:
        keep = set(self.selected_ids())
        tz = self._services.context.config.timezone
        self._cases = {c.id: c for c in cases}
        self.table.fill([(c.id, (
            c.number, c.sop_code, c.step_title, approval_text(c.approval),
            ", ".join(c.subjects), c.prepared_by,
            c.due_at.astimezone(tz).strftime("%d-%m %H:%M") if c.due_at else "—",
            "")) for c in cases])
        self.tick()
        self.table.clearSelection()
        selection = self.table.selectionModel()
        for row in range(self.table.rowCount()):
            if self._key(row) in keep:
                selection.select(self.table.model().index(row, 0),
                                 QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
        if not keep & self._cases.keys():
            self._show_detail(None)
        self._update_buttons()

    @Slot()
    def tick(self) -> None:
        """Recount the time left on every row (no database work)."""
        now = self._services.context.clock()
        for row in range(self.table.rowCount()):
            case = self._cases.get(self._key(row))
            item = self.table.item(row, 7)
            if case is None or item is None:
                continue
            text, late = countdown(case.due_at, now)
            item.setText(text)
            item.setForeground(QBrush(OVERDUE) if late else QBrush())

    def _key(self, row: int) -> Any:
        item = self.table.item(row, 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [key for key in (self._key(r) for r in rows) if key in self._cases]

    def current(self) -> CaseInfo | None:
        ids = self.selected_ids()
        return self._cases.get(ids[0]) if len(ids) == 1 else None

    # -- the detail pane ----------------------------------------------------------------------

    @Slot()
    def _selected(self) -> None:
        self._update_buttons()
        case = self.current()
        if case is None:
            self._show_detail(None)
            return
        cases = self._services.cases
        run_in_background(self, lambda: (cases.attachments(self._actor, case.id),
                                         cases.history(self._actor, case.id)),
                          lambda found: self._show_detail(case, *found))

    def _show_detail(self, case: CaseInfo | None, attachments: Sequence[AttachmentInfo] = (),
                     history: Sequence[EventInfo] = ()) -> None:
        if case is None or self.current() != case:
            count = len(self.selected_ids())
            self.summary.setText(self.tr("{n} perkara dipilih.").format(n=count)
                                 if count > 1 else self.tr("Pilih perkara untuk melihat "
                                                           "ringkasannya."))
            self.documents.show_attachments([])
            self.history.fill([])
            return
        tz = self._services.context.config.timezone
        self.summary.setText(self.tr(
            "<b>{number}</b> — {title}<br>SOP {sop}, langkah “{step}”: {approval}<br>"
            "Subjek: {subjects}<br>Dibuka {opened} oleh {opened_by}; disiapkan oleh "
            "{prepared_by}").format(
            number=case.number, title=case.title, sop=case.sop_code, step=case.step_title,
            approval=approval_text(case.approval), subjects=", ".join(case.subjects),
            opened=case.opened_at.astimezone(tz).strftime("%d-%m-%Y %H:%M"),
            opened_by=case.opened_by, prepared_by=case.prepared_by or "—"))
        self.documents.show_attachments(attachments)
        self.history.show_events(history, tz)

    def _update_buttons(self) -> None:
        many = bool(self.selected_ids())
        self.buttons["approve"].setEnabled(many)
        self.buttons["reject"].setEnabled(self.current() is not None)
        self.buttons["return"].setEnabled(self.current() is not None)

    def _run(self, work: Callable[[], Any], done: Callable[[Any], str]) -> None:
        def succeeded(result: Any) -> None:
            self.message.say(done(result))
            self.refresh()

        def failed(error: GapuraError) -> None:
            self.message.say(error_text(error), error=True)  # the selection stays for another try

        run_in_background(self, work, succeeded, failed)

    # -- actions ------------------------------------------------------------------------------

    def _approving_step(self, case: CaseInfo) -> Step:
        return self._services.cases.sop(case.sop_code).step(case.step_id)

    @Slot()
    def approve_selected(self) -> None:
        chosen = [self._cases[i] for i in self.selected_ids()]
        if not chosen:
            return
        # Where the approving step itself decides, the answer is the approver's: one answer
        # for the batch, so the batch must be of one step.
        deciding = [c for c in chosen if self._decides(c)]
        if deciding and len({(c.sop_code, c.step_id) for c in chosen}) > 1:
            self.message.say(self.tr("Langkah “{step}” meminta keputusan; setujui perkara pada "
                              "langkah yang sama bersama-sama.").format(
                step=deciding[0].step_title), error=True)
            return
        fields = []
        decision = self._approving_step(deciding[0]).decision if deciding else None
        if decision is not None:
            fields.append(FormField("answer", decision.question, "choice",
                                    options=decision.answers))
        fields.append(FormField("password", self.tr("Kata sandi"), "password", required=True))
        numbers = ", ".join(c.number for c in chosen)
        dialog = FormDialog(self.tr("Setujui perkara"), fields, self.tr("&Setujui"), self,
                            intro=self.tr("Setujui {n} perkara: {numbers}. Masukkan kata sandi "
                                          "Anda sekali lagi.").format(n=len(chosen),
                                                                      numbers=numbers))
        dialog.setObjectName("approveDialog")
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        password = dialog.value("password")
        answer = dialog.value("answer") if decision is not None else None
        dialog.deleteLater()
        if not accepted:
            return
        ids = [c.id for c in chosen]
        self._run(lambda: self._services.cases.approve(self._actor, ids, password,
                                                       answer=answer),
                  lambda done: self.tr("{n} perkara disetujui.").format(n=len(done)))

    def _decides(self, case: CaseInfo) -> bool:
        step = self._approving_step(case)
        return (step.decision is not None and step.approval is not None
                and step.role == step.approval.role.value)

    @Slot()
    def reject_selected(self) -> None:
        self._decline(returned=False)

    @Slot()
    def return_selected(self) -> None:
        self._decline(returned=True)

    def _decline(self, *, returned: bool) -> None:
        case = self.current()
        if case is None:
            return
        label = self.tr("Catatan perbaikan") if returned else self.tr("Alasan penolakan")
        dialog = FormDialog(
            self.tr("Kembalikan untuk perbaikan") if returned else self.tr("Tolak perkara"),
            [FormField("text", label, "text", required=True),
             FormField("password", self.tr("Kata sandi"), "password", required=True)],
            self.tr("&Kembalikan") if returned else self.tr("&Tolak"), self,
            intro=case.number)
        dialog.setObjectName("declineDialog")
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        text, password = dialog.value("text"), dialog.value("password")
        dialog.deleteLater()
        if not accepted:
            return
        cases = self._services.cases
        if returned:
            self._run(lambda: cases.return_for_correction(self._actor, case.id, password, text),
                      lambda _info: self.tr("{number} dikembalikan untuk perbaikan.").format(
                          number=case.number))
        else:
            self._run(lambda: cases.reject(self._actor, case.id, password, text),
                      lambda _info: self.tr("{number} ditolak.").format(number=case.number))

    @Slot()
    def delegate(self) -> None:
        """Name a pejabat yang ditunjuk to give one's approvals for a range of days."""
        roles = [r.value for r in APPROVER_ROLES if r in self._actor.roles]
        if not roles:
            return
        today = QDate(self._services.context.clock().astimezone(
            self._services.context.config.timezone).date())
        dialog = FormDialog(self.tr("Tunjuk pejabat"), [
            FormField("username", self.tr("Nama pengguna pejabat"), required=True),
            FormField("role", self.tr("Peran"), "choice", options=tuple(roles)),
            FormField("start", self.tr("Dari tanggal"), "date", default=today),
            FormField("end", self.tr("Sampai tanggal"), "date", default=today),
        ], self.tr("&Tunjuk"), self, intro=self.tr(
            "Pejabat yang ditunjuk memberi persetujuan atas nama Anda pada tanggal itu; "
            "riwayat perkara mencatat atas nama siapa."))
        dialog.setObjectName("delegateDialog")
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        values = dialog.values()
        dialog.deleteLater()
        if not accepted:
            return
        self._run(lambda: self._services.cases.delegate(
            self._actor, values["username"], values["role"], values["start"], values["end"]),
            lambda given: self.tr("{user} ditunjuk untuk {role} s.d. {end}.").format(
                user=given.to_username, role=given.role, end=given.end.strftime("%d-%m-%Y")))
