"""Antrian: the passport office's queue at the registration desk and at the service desks.

The registration desk checks applicants in by their M-Paspor booking code (Enter), gives
walk-ins a number when they may come without a booking (priority classes, a lost or damaged
passport), and loads the day's booking list. A service desk (passport officers) calls the next
number (F9; priority first), calls again (F10), and marks the applicant served, done or absent.
The day's tickets are listed by status; "Layar ruang tunggu" opens the waiting-room display.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.auth.permissions import Actor, Permission
from app.domain import queue as rules
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP as CORE_NOOP
from app.services import Services
from app.services.queue import TicketInfo
from ui.i18n import error_text
from ui.ops import run_in_background
from ui.queue.display import WaitingRoomDisplay
from ui.widgets.action_forms import ActionForms
from ui.widgets.form_dialog import FormField
from ui.widgets.messages import StatusLine
from ui.widgets.shortcuts import action_button
from ui.widgets.table import RecordTable

CONTEXT = "QueueScreen"
REFRESH_MS = 15_000  # other desks' calls and check-ins
CATEGORY_TITLES = {
    rules.UMUM: QT_TRANSLATE_NOOP("QueueScreen", "Umum"),
    "disabilitas": QT_TRANSLATE_NOOP("QueueScreen", "Disabilitas"),
    "lansia": QT_TRANSLATE_NOOP("QueueScreen", "Lansia (60 tahun ke atas)"),
    "ibu_hamil": QT_TRANSLATE_NOOP("QueueScreen", "Ibu hamil"),
    "balita": QT_TRANSLATE_NOOP("QueueScreen", "Anak balita"),
}
STATUS_TITLES = {
    rules.WAITING: QT_TRANSLATE_NOOP("QueueScreen", "Menunggu"),
    rules.CALLED: QT_TRANSLATE_NOOP("QueueScreen", "Dipanggil"),
    rules.SERVING: QT_TRANSLATE_NOOP("QueueScreen", "Dilayani"),
    rules.DONE: QT_TRANSLATE_NOOP("QueueScreen", "Selesai"),
    rules.NO_SHOW: QT_TRANSLATE_NOOP("QueueScreen", "Tidak hadir"),
    rules.CANCELLED: QT_TRANSLATE_NOOP("QueueScreen", "Dibatalkan"),
}
REASON_TITLES = {
    "": QT_TRANSLATE_NOOP("QueueScreen", "Tidak ada (hanya pemohon prioritas)"),
    "penggantian_hilang": QT_TRANSLATE_NOOP("QueueScreen", "Penggantian paspor hilang"),
    "penggantian_rusak": QT_TRANSLATE_NOOP("QueueScreen", "Penggantian paspor rusak"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class QueueScreen(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._tickets: list[TicketInfo] = []
        self.display: WaitingRoomDisplay | None = None
        # Tests replace this seam to load a booking list without a file dialog.
        self.choose_file: Callable[[], str] = self._choose_bookings
        self.message = StatusLine()
        self._forms = ActionForms(self, self.message, self.reload)
        self.buttons: dict[str, QPushButton] = {}

        layout = QVBoxLayout(self)
        layout.addWidget(self._registration())
        if actor.can(Permission.PASSPORTS_PROCESS):
            layout.addWidget(self._desk_panel())
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Status")))
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("Semua"), "")
        for code, title in STATUS_TITLES.items():
            self.status.addItem(_tr(title), code)
        self.status.currentIndexChanged.connect(self._fill)
        bar.addWidget(self.status)
        bar.addStretch(1)
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        bar.addWidget(self.counts)
        self._button(bar, "display", self.tr("Layar ruang &tunggu (Ctrl+D)"), ("Ctrl+D",),
                     self.open_display)
        self._button(bar, "refresh", self.tr("&Muat ulang (F5)"), ("F5",), self.reload)
        layout.addLayout(bar)
        self.table = RecordTable([self.tr("Nomor"), self.tr("Kategori"), self.tr("Nama"),
                                  self.tr("Booking / alasan"), self.tr("Diambil"),
                                  self.tr("Status"), self.tr("Loket"), self.tr("Dipanggil")])
        self.table.setObjectName("tickets")
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.reload)
        self.timer.start()

    def _button(self, row: QHBoxLayout, name: str, text: str, keys: tuple[str, ...],
                slot: Callable[[], object]) -> QPushButton:
        button = action_button(self, name, text, slot, keys)
        row.addWidget(button)
        self.buttons[name] = button
        return button

    def _registration(self) -> QGroupBox:
        box = QGroupBox(self.tr("Pendaftaran"))
        row = QHBoxLayout(box)
        self.booking_code = QLineEdit()
        self.booking_code.setObjectName("bookingCode")
        self.booking_code.setPlaceholderText(self.tr("Kode booking M-Paspor, lalu Enter"))
        self.booking_code.returnPressed.connect(self.check_in)
        self.category = QComboBox()
        self.category.setObjectName("category")
        for code, title in CATEGORY_TITLES.items():
            self.category.addItem(_tr(title), code)
        row.addWidget(QLabel(self.tr("Kode booking")))
        row.addWidget(self.booking_code, 2)
        row.addWidget(QLabel(self.tr("Kategori")))
        row.addWidget(self.category)
        self._button(row, "checkIn", self.tr("&Daftarkan (Enter)"), (), self.check_in)
        self._button(row, "walkIn", self.tr("Tanpa &booking… (Ctrl+W)"), ("Ctrl+W",),
                     self.walk_in)
        self._button(row, "import", self.tr("Muat daftar booking… (Ctrl+O)"), ("Ctrl+O",),
                     self.import_bookings)
        return box

    def _desk_panel(self) -> QGroupBox:
        box = QGroupBox(self.tr("Loket layanan"))
        row = QHBoxLayout(box)
        self.desk = QLineEdit(self.tr("Loket 1"))
        self.desk.setObjectName("desk")
        self.current = QLabel(self.tr("Belum ada nomor dipanggil."))
        self.current.setObjectName("current")
        row.addWidget(QLabel(self.tr("Loket")))
        row.addWidget(self.desk)
        for name, text, keys, slot in (
                ("callNext", self.tr("&Panggil berikutnya (F9)"), ("F9",), self.call_next),
                ("recall", self.tr("Panggil &ulang (F10)"), ("F10",), self.recall),
                ("serve", self.tr("Mulai &layani"), (), self.start_serving),
                ("finish", self.tr("&Selesai"), (), self.finish),
                ("noShow", self.tr("Tidak &hadir"), (), self.no_show)):
            self._button(row, name, text, keys, slot)
        row.addWidget(self.current, 1)
        return box

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.reload()

    # -- the list ------------------------------------------------------------------------------

    @Slot()
    def reload(self) -> None:
        queue = self._services.queue
        run_in_background(self, lambda: queue.tickets(self._actor), self._show,
                          lambda error: self.message.say(error_text(error), error=True))
        if self.display is not None:
            self.display.refresh()

    def _show(self, tickets: list[TicketInfo]) -> None:
        self._tickets = tickets
        self._fill()

    @Slot()
    def _fill(self) -> None:
        wanted = self.status.currentData()
        tz = self._services.context.config.timezone
        shown = [t for t in self._tickets if not wanted or t.status == wanted]
        self.table.fill([(t.id, (
            t.number, _tr(CATEGORY_TITLES[t.category]), t.applicant_name,
            t.booking_code or _tr(REASON_TITLES.get(t.walk_in_reason, ""))
            if t.booking_code or t.walk_in_reason else self.tr("tanpa booking"),
            t.issued_at.astimezone(tz).strftime("%H:%M"),
            _tr(STATUS_TITLES[t.status]), t.desk,
            t.called_at.astimezone(tz).strftime("%H:%M") if t.called_at else "")) for t in shown])
        waiting = [t for t in self._tickets if t.status == rules.WAITING]
        priority = sum(t.priority for t in waiting)
        self.counts.setText(self.tr("Menunggu: prioritas {p}, umum {g}").format(
            p=priority, g=len(waiting) - priority))
        if hasattr(self, "current"):
            mine = self.at_desk()
            self.current.setText(
                self.tr("{desk}: {number} ({status})").format(
                    desk=mine.desk, number=mine.number, status=_tr(STATUS_TITLES[mine.status]))
                if mine else self.tr("Belum ada nomor dipanggil."))

    def at_desk(self) -> TicketInfo | None:
        """The ticket this desk has called or serves."""
        desk = " ".join(self.desk.text().split())
        return next((t for t in self._tickets
                     if t.desk == desk and t.status in rules.AT_DESK), None)

    # -- registration --------------------------------------------------------------------------

    @Slot()
    def check_in(self) -> None:
        code, category = self.booking_code.text().strip(), self.category.currentData()
        queue = self._services.queue

        def done(ticket: TicketInfo) -> str:
            self.booking_code.clear()
            self.category.setCurrentIndex(0)
            return self.tr("Nomor antrian {number} untuk {name} (booking {code}).").format(
                number=ticket.number, name=ticket.applicant_name, code=ticket.booking_code)

        self._forms.run("checkIn", {}, lambda: queue.check_in(self._actor, code, category),
                        done)

    @Slot()
    def walk_in(self) -> None:
        categories = {_tr(title): code for code, title in CATEGORY_TITLES.items()}
        reasons = {_tr(title): code for code, title in REASON_TITLES.items()}
        values = self._forms.ask("walkIn", self.tr("Pemohon tanpa booking"), [
            FormField("name", self.tr("Nama sesuai KTP"), required=True),
            FormField("nik", self.tr("NIK"), required=True),
            FormField("category", self.tr("Kategori"), "choice", options=tuple(categories)),
            FormField("reason", self.tr("Alasan tanpa booking"), "choice",
                      options=tuple(reasons))],
            self.tr("Beri nomor"),
            intro=self.tr("Tanpa booking online hanya pemohon prioritas (disabilitas, lansia, "
                          "ibu hamil, balita) dan penggantian paspor hilang atau rusak."))
        if values is None:
            return
        queue = self._services.queue
        self._forms.run(
            "walkIn", values,
            lambda: queue.walk_in(self._actor, values["name"], values["nik"],
                                  categories[values["category"]], reasons[values["reason"]]),
            lambda ticket: self.tr("Nomor antrian {number} untuk {name}.").format(
                number=ticket.number, name=ticket.applicant_name))

    def _choose_bookings(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Muat daftar booking M-Paspor"), "",
            self.tr("Berkas CSV (*.csv);;Semua berkas (*)"))
        return path

    @Slot()
    def import_bookings(self) -> None:
        path = self.choose_file()
        if not path:
            return
        queue = self._services.queue
        self._forms.run("import", {}, lambda: queue.import_bookings(self._actor, _read(path)),
                        lambda added: self.tr("{n} booking dimuat.").format(n=added))

    # -- the desk ------------------------------------------------------------------------------

    @Slot()
    def call_next(self) -> None:
        desk, queue = self.desk.text(), self._services.queue
        self._forms.run("callNext", {}, lambda: queue.call_next(self._actor, desk),
                        lambda t: self.tr("Memanggil {number} ({name}) ke {desk}.").format(
                            number=t.number, name=t.applicant_name, desk=t.desk))

    @Slot()
    def recall(self) -> None:
        self._on_desk_ticket("recall", self._services.queue.recall,
                             self.tr("Memanggil ulang {number} ke {desk}."))

    @Slot()
    def start_serving(self) -> None:
        self._on_desk_ticket("serve", self._services.queue.start_serving,
                             self.tr("{number} dilayani di {desk}."))

    @Slot()
    def finish(self) -> None:
        self._on_desk_ticket("finish", self._services.queue.finish,
                             self.tr("{number} selesai dilayani."))

    @Slot()
    def no_show(self) -> None:
        self._on_desk_ticket("noShow", self._services.queue.no_show,
                             self.tr("{number} dicatat tidak hadir."))

    def _on_desk_ticket(self, name: str, action: Callable[[Actor, str], TicketInfo],
                        said: str) -> None:
        ticket = self.at_desk()
        if ticket is None:
            self.message.say(self.tr("Belum ada nomor dipanggil ke {desk}; tekan F9.").format(
                desk=self.desk.text().strip()), error=True)
            return
        self._forms.run(name, {}, lambda: action(self._actor, ticket.id),
                        lambda t: said.format(number=t.number, desk=t.desk))

    # -- the waiting room ----------------------------------------------------------------------

    @Slot()
    def open_display(self) -> WaitingRoomDisplay:
        if self.display is None:
            queue = self._services.queue
            self.display = WaitingRoomDisplay(lambda: queue.board(self._actor), self)
            self.display.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.display.destroyed.connect(self._display_closed)
        self.display.show()
        self.display.activateWindow()
        return self.display

    @Slot()
    def _display_closed(self) -> None:
        self.display = None


def _read(path: str) -> str:
    """The booking list's text (UTF-8, with or without BOM).

    Raises:
        ValidationError: the file cannot be read.
    """
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(
            CORE_NOOP("gapura", "Berkas {name} tidak dapat dibaca: {reason}"),
            detail=f"cannot read {path}: {exc}", name=Path(path).name,
            reason=str(exc)) from exc

