"""The officer's new work: the badge in the status bar and the list behind it (issue 7).

The badge counts the cases waiting for the officer (approvals they give, steps of their roles,
assignments, returns), how many arrived since they last opened the list, and how many are late.
Opening the list marks everything in it seen; choosing an item opens it on its screen.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.auth.permissions import Actor
from app.services import Services
from app.services.work import WorkItem, WorkReason, WorkSummary
from ui.i18n import error_text
from ui.ops import run_in_background
from ui.widgets.case_views import countdown, mark_late, party_text
from ui.widgets.table import RecordTable

CONTEXT = "work"
REASONS = {
    WorkReason.APPROVE: QT_TRANSLATE_NOOP("work", "Menunggu persetujuan Anda"),
    WorkReason.ASSIGNED: QT_TRANSLATE_NOOP("work", "Ditugaskan kepada Anda"),
    WorkReason.ROLE: QT_TRANSLATE_NOOP("work", "Langkah untuk peran Anda"),
    WorkReason.RETURNED: QT_TRANSLATE_NOOP("work", "Dikembalikan untuk perbaikan"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class WorkBadge(QPushButton):
    """The status bar's count of the officer's work; clicking it opens the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusWork")
        self.setFlat(True)
        self.setToolTip(self.tr("Daftar pekerjaan Anda (Ctrl+Shift+W)"))
        self.summary: WorkSummary | None = None

    def show_summary(self, summary: WorkSummary) -> None:
        self.summary = summary
        text = self.tr("Pekerjaan: {total}").format(total=summary.total)
        if summary.new:
            text += self.tr(" • {new} baru").format(new=summary.new)
        if summary.overdue:
            text += self.tr(" • {late} terlambat").format(late=summary.overdue)
        self.setText(text)
        font = QFont(self.font())
        font.setBold(summary.new > 0)
        self.setFont(font)
        self.setStyleSheet("color: #b00020;" if summary.overdue else "")


class WorkDialog(QDialog):
    """The officer's work, new first; Enter or double-click opens the chosen case."""

    chosen = Signal(object)  # a WorkItem

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workDialog")
        self.setWindowTitle(self.tr("Pekerjaan saya"))
        self.resize(900, 420)
        self._services = services
        self._actor = actor
        self.items: list[WorkItem] = []
        self.table = RecordTable([self.tr("Baru"), self.tr("Nomor"), self.tr("Perkara"),
                                  self.tr("Langkah"), self.tr("Mengapa"),
                                  self.tr("Sisa waktu")])
        self.table.setObjectName("work")
        self.table.doubleClicked.connect(self.open_current)
        self.note = QLabel(self.tr("Memuat…"))
        self.note.setObjectName("workNote")
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(self.tr("&Buka"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setObjectName("openWork")
        self.open_button.clicked.connect(self.open_current)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        for keys in ("Return", "Enter"):
            QShortcut(QKeySequence(keys), self.table, self.open_current,
                      context=Qt.ShortcutContext.WidgetShortcut)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        QTimer.singleShot(0, self.load)

    @Slot()
    def load(self) -> None:
        cases = self._services.cases

        def work() -> list[WorkItem]:
            items = cases.work(self._actor)
            cases.mark_seen(self._actor)  # what the officer now sees is no longer new
            return items

        run_in_background(self, work, self._show,
                          lambda error: self.note.setText(error_text(error)))

    def _show(self, items: list[WorkItem]) -> None:
        self.items = items
        now = self._services.context.clock()
        rows = []
        for item in items:
            left, _late = countdown(item.case.due_at, now)
            rows.append((item.case.id, (
                "●" if item.new else "", item.case.number,
                f"{item.case.title} — {', '.join(item.case.subjects)}",
                f"{item.case.step_title} ({party_text(item.case.step_role)})",
                _tr(REASONS[item.reason]), left)))
        self.table.fill(rows)
        for row, item in enumerate(items):
            mark_late(self.table, row, item.case.overdue)
        self.note.setText(self.tr("Tidak ada pekerjaan yang menunggu Anda.") if not items else
                          self.tr("{n} perkara menunggu Anda.").format(n=len(items)))
        if items:
            self.table.selectRow(0)
            self.table.setFocus()

    @Slot()
    def open_current(self) -> None:
        key = self.table.selected_key()
        item = next((i for i in self.items if i.case.id == key), None)
        if item is not None:
            self.chosen.emit(item)
            self.accept()
