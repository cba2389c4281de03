"""What the case screens (Perkara, Persetujuan) show alike: the time left on a step, who does a
step, the approval it needs, a case's history, and its documents with SHA-256 and a preview."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtGui import QBrush, QColor, QPixmap
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from app.auth.permissions import ROLE_TITLES, Role
from ui.i18n import core_text
from ui.ops import run_in_background
from ui.widgets.pdf_preview import PdfPreview
from ui.widgets.table import RecordTable

if TYPE_CHECKING:
    from app.services.cases import AttachmentInfo, EventInfo

CONTEXT = "case_views"
OVERDUE = QColor("#b00020")

_APPROVAL_KINDS = {
    "paraf": QT_TRANSLATE_NOOP("case_views", "paraf"),
    "pengesahan": QT_TRANSLATE_NOOP("case_views", "pengesahan"),
    "keputusan": QT_TRANSLATE_NOOP("case_views", "keputusan"),
}
# The outside parties of app.domain.sop.EXTERNAL_PARTIES, as the officer reads them.
_PARTIES = {
    "applicant": QT_TRANSLATE_NOOP("case_views", "Pemohon"),
    "kanwil": QT_TRANSLATE_NOOP("case_views", "Kanwil Kemenkumham"),
    "ditjen": QT_TRANSLATE_NOOP("case_views", "Ditjen Imigrasi"),
    "other_agency": QT_TRANSLATE_NOOP("case_views", "Instansi terkait"),
    "law_enforcement": QT_TRANSLATE_NOOP("case_views", "Penegak hukum"),
    "carrier": QT_TRANSLATE_NOOP("case_views", "Penanggung jawab alat angkut"),
    "vendor": QT_TRANSLATE_NOOP("case_views", "Pihak ketiga"),
    "doctor": QT_TRANSLATE_NOOP("case_views", "Dokter"),
}
# The actions of app.services.cases' events.
_ACTIONS = {
    "opened": QT_TRANSLATE_NOOP("case_views", "dibuka"),
    "done": QT_TRANSLATE_NOOP("case_views", "langkah selesai"),
    "approved": QT_TRANSLATE_NOOP("case_views", "disetujui"),
    "rejected": QT_TRANSLATE_NOOP("case_views", "ditolak"),
    "returned": QT_TRANSLATE_NOOP("case_views", "dikembalikan"),
    "note": QT_TRANSLATE_NOOP("case_views", "catatan"),
    "attachment": QT_TRANSLATE_NOOP("case_views", "berkas dilampirkan"),
    "assigned": QT_TRANSLATE_NOOP("case_views", "ditugaskan"),
    "decided": QT_TRANSLATE_NOOP("case_views", "diputus Kanwil/Ditjen"),
    "cancelled": QT_TRANSLATE_NOOP("case_views", "dibatalkan"),
    "notified": QT_TRANSLATE_NOOP("case_views", "pemohon diberi tahu"),
}
IMAGE_TYPES = ("image/png", "image/jpeg", "image/bmp", "image/gif")


# The time spans of `countdown`, marked here so that lupdate sees them.
_SPANS = {
    "days": QT_TRANSLATE_NOOP("case_views", "{d} hari {h} jam"),
    "hours": QT_TRANSLATE_NOOP("case_views", "{h} jam {m} menit"),
    "minutes": QT_TRANSLATE_NOOP("case_views", "{m} menit"),
    "late": QT_TRANSLATE_NOOP("case_views", "terlambat {span}"),
    "left": QT_TRANSLATE_NOOP("case_views", "sisa {span}"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def mark_late(table: RecordTable, row: int, late: bool) -> None:
    """Every cell of a late row in the overdue red, or back to the normal colour."""
    brush = QBrush(OVERDUE) if late else QBrush()
    for column in range(table.columnCount()):
        table.item(row, column).setForeground(brush)


def late_rows(table: RecordTable) -> list[str]:
    """The first cells (the numbers) of the rows `mark_late` flagged."""
    return [table.item(r, 0).text() for r in range(table.rowCount())
            if table.item(r, 0).foreground().color() == OVERDUE]


def countdown(due_at: datetime | None, now: datetime) -> tuple[str, bool]:
    """("sisa 12 menit", False) or ("terlambat 5 menit", True); ("—", False) without a due."""
    if due_at is None:
        return "—", False
    seconds = (due_at - now).total_seconds()
    minutes = int(abs(seconds) // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        span = _tr(_SPANS["days"]).format(d=days, h=hours)
    elif hours:
        span = _tr(_SPANS["hours"]).format(h=hours, m=minutes)
    else:
        span = _tr(_SPANS["minutes"]).format(m=minutes)
    if seconds < 0:
        return _tr(_SPANS["late"]).format(span=span), True
    return _tr(_SPANS["left"]).format(span=span), False


def approval_text(approval: str) -> str:
    """CaseInfo.approval ("paraf section_head") as "paraf (Kepala Seksi)"; "" stays ""."""
    kind, _, role = approval.partition(" ")
    if not role:
        return kind
    return f"{_tr(_APPROVAL_KINDS.get(kind, kind))} ({party_text(role)})"


def party_text(role: str) -> str:
    """Who does a step: the title of an office role, or the outside party's name."""
    if role in _PARTIES:
        return _tr(_PARTIES[role])
    try:
        return core_text(ROLE_TITLES[Role(role)])
    except ValueError:
        return role


class CaseHistory(RecordTable):
    """A case's events: when, who (and on whose behalf), at which step, what, answer, note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([], parent)
        headers = [self.tr("Waktu"), self.tr("Petugas"), self.tr("Langkah"),
                   self.tr("Tindakan"), self.tr("Jawaban"), self.tr("Catatan")]
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)
        self.setObjectName("history")

    def show_events(self, events: Sequence[EventInfo], zone: tzinfo) -> None:
        self.fill([(e.at, (
            e.at.astimezone(zone).strftime("%d-%m %H:%M"),
            self.tr("{user} a.n. {head}").format(user=e.username, head=e.on_behalf_of)
            if e.on_behalf_of else e.username,
            e.step_id, _tr(_ACTIONS[e.action]) if e.action in _ACTIONS else e.action,
            e.answer, e.note)) for e in events])


class CaseDocuments(QWidget):
    """The documents on a case (name, type, size, SHA-256) and a preview of the selected one:
    PDFs page by page, scanned images as a picture. `load` fetches an attachment's bytes."""

    def __init__(self, load: Callable[[str], bytes], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._load = load
        self._kinds: dict[str, str] = {}  # attachment id -> content type
        self.table = RecordTable([self.tr("Dokumen"), self.tr("Jenis"), self.tr("Ukuran"),
                                  self.tr("SHA-256")])
        self.table.setObjectName("attachments")
        self.table.itemSelectionChanged.connect(self._selected)
        self.preview = PdfPreview()
        self.preview.setObjectName("preview")
        self.image = QLabel()
        self.image.setObjectName("imagePreview")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.preview)
        self.pages.addWidget(self.image)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.pages, 3)

    def show_attachments(self, attachments: Sequence[AttachmentInfo]) -> None:
        self._kinds = {a.id: a.content_type for a in attachments}
        self.table.fill([(a.id, (a.name, a.content_type,
                                 self.tr("{kb} KB").format(kb=max(1, a.size // 1024)), a.sha256))
                         for a in attachments])
        shown = [a.id for a in attachments if self._previewable(a.content_type)]
        if shown:
            self.table.select_key(shown[0])  # the first document shows at once
        else:
            self.clear_preview()

    def clear_preview(self) -> None:
        self.preview.clear()
        self.image.clear()
        self.pages.setCurrentWidget(self.preview)

    @staticmethod
    def _previewable(content_type: str) -> bool:
        return content_type == "application/pdf" or content_type in IMAGE_TYPES

    @Slot()
    def _selected(self) -> None:
        key = self.table.selected_key()
        kind = self._kinds.get(key, "")
        if key is None or not self._previewable(kind):
            self.clear_preview()  # other kinds of scans are listed, not shown
            return
        run_in_background(self, lambda: self._load(key),
                          self._show_pdf if kind == "application/pdf" else self._show_image)

    def _show_image(self, data: bytes) -> None:
        picture = QPixmap()
        picture.loadFromData(data)
        self.image.setPixmap(picture.scaledToWidth(max(200, self.pages.width()),
                                                   Qt.TransformationMode.SmoothTransformation))
        self.pages.setCurrentWidget(self.image)

    def _show_pdf(self, data: bytes) -> None:
        self.preview.load(data)
        self.pages.setCurrentWidget(self.preview)
