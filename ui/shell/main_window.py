"""The main window: navigation by role, the screens, menus with shortcuts, the status bar."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from app import __version__
from app.auth.permissions import ROLE_TITLES, Actor, Permission
from app.services import Services
from app.services.screening import ListStatus
from app.services.work import WorkItem, WorkReason
from ui.i18n import core_text
from ui.ops import run_in_background
from ui.shell.help import ShortcutsDialog
from ui.shell.idle import IdleWatcher
from ui.shell.registry import ScreenSpec, screens_for
from ui.shell.signin import ChangePasswordDialog, LockDialog
from ui.shell.sync_status import SyncController, SyncStatusDialog
from ui.shell.work import WorkBadge, WorkDialog
from ui.widgets.messages import inform

log = logging.getLogger(__name__)
STATUS_REFRESH_MS = 60_000


class MainWindow(QMainWindow):
    """One officer's session. Emits `signed_out` when the officer signs out."""

    signed_out = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None, *,
                 sync: SyncController | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.sync = sync
        self.lock_dialog: LockDialog | None = None
        self._hidden_for_lock: list[QWidget] = []
        self._signing_out = False
        self.setWindowTitle(self.tr("Gapura — {office}").format(
            office=services.context.config["office.name"]))
        self.specs = screens_for(actor)
        self._screens: dict[str, QWidget] = {}

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setMaximumWidth(220)
        self.stack = QStackedWidget()
        self.stack.setObjectName("screens")
        central = QWidget()
        row = QHBoxLayout(central)
        row.addWidget(self.navigation)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._build_status_bar()
        for spec in self.specs:
            item = QListWidgetItem(spec.display_title)
            item.setData(Qt.ItemDataRole.UserRole, spec.name)
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._show_row)
        if self.specs:
            self.navigation.setCurrentRow(0)

        self.idle = IdleWatcher(services.context.config["session.idle_lock_minutes"], self)
        self.idle.idle.connect(self.lock)
        self.idle.start()
        self.refresh_status()
        if actor.can(Permission.WATCHLIST_SCREEN):
            # Build the screening index now, so the first traveller does not wait for it.
            run_in_background(self, services.screening.warm_up,
                              lambda n: log.info("watch lists ready: %d entries", n))

    # -- navigation -------------------------------------------------------------------------

    def screen_names(self) -> list[str]:
        return [spec.name for spec in self.specs]

    def open_screen(self, name: str) -> QWidget:
        """Show the screen `name` (creating it on first use) and return it."""
        row = self.screen_names().index(name)
        self.navigation.setCurrentRow(row)
        return self._screens[name]

    @Slot(int)
    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        spec = self.specs[row]
        if spec.name not in self._screens:
            widget = self._create(spec)
            widget.setObjectName(f"screen_{spec.name}")
            self._screens[spec.name] = widget
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(self._screens[spec.name])

    def _create(self, spec: ScreenSpec) -> QWidget:
        return spec.factory(self.services, self.actor)

    # -- menus and shortcuts ----------------------------------------------------------------

    def _action(self, text: str, shortcut: QKeySequence | str | None, slot: object,
                name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        session = self.menuBar().addMenu(self.tr("&Sesi"))
        session.addAction(self._action(self.tr("&Kunci layar"), "Ctrl+L", self.lock, "lock"))
        session.addAction(self._action(self.tr("&Ganti kata sandi…"), None,
                                       self.change_password, "changePassword"))
        session.addSeparator()
        session.addAction(self._action(self.tr("K&eluar akun"), "Ctrl+Shift+Q", self.sign_out,
                                       "signOut"))
        go = self.menuBar().addMenu(self.tr("&Buka"))
        for number, spec in enumerate(self.specs[:9], start=1):
            action = self._action(
                self.tr("Buka {screen}").format(screen=spec.display_title),
                f"Ctrl+{number}", lambda _c=False, n=spec.name: self.open_screen(n),
                f"open_{spec.name}")
            go.addAction(action)
        go.addAction(self._action(self.tr("&Menu navigasi"), "Ctrl+0",
                                  self.navigation.setFocus, "focusNavigation"))
        if self.actor.can(Permission.CASES_WORK):
            go.addAction(self._action(self.tr("&Pekerjaan saya…"), "Ctrl+Shift+W",
                                      self.show_work, "showWork"))
        sync = self.menuBar().addMenu(self.tr("Sin&kronisasi"))
        sync.addAction(self._action(self.tr("&Sinkronkan sekarang"), "Ctrl+Shift+S",
                                    self.sync_now, "syncNow"))
        sync.addAction(self._action(self.tr("S&tatus sinkronisasi…"), None,
                                    self.show_sync_status, "syncStatus"))
        help_menu = self.menuBar().addMenu(self.tr("Ba&ntuan"))
        help_menu.addAction(self._action(self.tr("&Pintasan keyboard"), "F1",
                                         self.show_shortcuts, "shortcuts"))
        help_menu.addAction(self._action(self.tr("&Tentang Gapura"), None, self.show_about,
                                         "about"))

    @Slot()
    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self.actions(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @Slot()
    def show_about(self) -> None:
        inform(self, self.tr("Tentang Gapura"), self.tr(
            "Gapura {version}\nAplikasi workstation kantor imigrasi.").format(
            version=__version__))

    # -- status bar -------------------------------------------------------------------------

    def _status_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        self.statusBar().addPermanentWidget(label)
        return label

    def _build_status_bar(self) -> None:
        cfg = self.services.context.config
        roles = ", ".join(core_text(ROLE_TITLES[r]) for r in sorted(self.actor.roles))
        self._status_label("statusUser").setText(
            self.tr("Pengguna: {name} ({roles})").format(name=self.actor.full_name, roles=roles))
        office = self._status_label("statusOffice")
        office.setText(self.tr("Kantor: {office}").format(office=cfg.office_code))
        office.setToolTip(cfg["office.name"])
        self._status_label("statusWorkstation").setText(
            self.tr("Workstation: {id}").format(id=cfg.workstation_id))
        self.sync_status = self._status_label("statusSync")
        if self.sync is None:
            self.sync_status.setText(
                self.tr("Sinkronisasi: luring (server belum diatur)") if not cfg["server.url"]
                else self.tr("Sinkronisasi: tidak berjalan"))
        else:
            self.sync.state_changed.connect(self._show_sync)
            self._show_sync()
        self.work_badge: WorkBadge | None = None
        if self.actor.can(Permission.CASES_WORK):
            self.work_badge = WorkBadge()
            self.work_badge.clicked.connect(self.show_work)
            self.statusBar().addPermanentWidget(self.work_badge)
            if self.sync is not None:  # a pull may bring work
                self.sync.state_changed.connect(self.refresh_work)
        self.device_status = self._status_label("statusDevices")
        self.device_status.setText(self.tr("Perangkat: memeriksa…"))
        self.list_status = self._status_label("statusLists")
        self.list_status.setVisible(self.actor.can(Permission.WATCHLIST_SCREEN))
        self.status_timer = QTimer(self)
        self.status_timer.setInterval(STATUS_REFRESH_MS)
        self.status_timer.timeout.connect(self.refresh_status)
        self.status_timer.start()

    @Slot()
    def refresh_status(self) -> None:
        run_in_background(self, lambda: self.services.devices.statuses(self.actor),
                          self._show_devices)
        self.refresh_work()
        if self.actor.can(Permission.WATCHLIST_SCREEN):
            run_in_background(self, lambda: self.services.screening.status(self.actor),
                              self._show_lists)

    @Slot()
    def refresh_work(self, *_state: object) -> None:
        """Recount the badge (on the status timer, after a sync, after the list is seen)."""
        if self.work_badge is not None:
            run_in_background(self, lambda: self.services.cases.work_summary(self.actor),
                              self.work_badge.show_summary)

    @Slot()
    def show_work(self) -> WorkDialog | None:
        if self.work_badge is None:
            return None
        dialog = WorkDialog(self.services, self.actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self.open_work)
        dialog.finished.connect(self.refresh_work)
        dialog.open()
        return dialog

    @Slot(object)
    def open_work(self, item: WorkItem) -> None:
        """An approval opens on the approvals screen; other work on the case screen."""
        names = self.screen_names()
        if item.reason == WorkReason.APPROVE and "approvals" in names:
            self.open_screen("approvals")
        elif "cases" in names:
            self.open_screen("cases").show_case(item.case)  # type: ignore[attr-defined]

    def _show_lists(self, status: ListStatus) -> None:
        """The local cekal lists' age (SOP A1 works offline on them; old lists are a risk)."""
        now = self.services.context.clock()
        age = status.age(now)
        total = sum(status.counts.values())
        if age is None:
            text = self.tr("Daftar cekal: belum pernah diperbarui")
        else:
            hours = int(age.total_seconds() // 3600)
            text = (self.tr("Daftar cekal: {hours} jam lalu").format(hours=hours) if hours < 48
                    else self.tr("Daftar cekal: {days} hari lalu").format(days=hours // 24))
        stale = status.stale(now)
        self.list_status.setText(self.tr("⚠ {status}").format(status=text) if stale else text)
        self.list_status.setProperty("stale", stale)
        self.list_status.setStyleSheet("color: #b00020; font-weight: bold;" if stale else "")
        self.list_status.setToolTip(self.tr(
            "{total} entri (pencegahan {pencegahan}, penangkalan {penangkalan}, Interpol "
            "{interpol}). Batas umur: {limit} jam.").format(
            total=total, limit=int(status.max_age.total_seconds() // 3600), **status.counts)
            + ("\n" + self.tr("Daftar sudah melewati batas umur: perbarui daftar (impor atau "
                              "sinkronisasi) sebelum melanjutkan pemeriksaan.") if stale else ""))

    @Slot()
    def _show_sync(self, *_state: object) -> None:
        assert self.sync is not None
        state = self.sync.state
        self.sync_status.setText(self.sync.summary(state))
        failed = state.last_error is not None
        self.sync_status.setProperty("failed", failed)
        self.sync_status.setStyleSheet("color: #b00020;" if failed else "")
        self.sync_status.setToolTip(self.sync.details(state))

    @Slot()
    def sync_now(self) -> None:
        if self.sync is None or not self.sync.configured:
            inform(self, self.tr("Sinkronisasi"), self.tr(
                "Workstation ini bekerja luring: alamat server pusat belum diatur. Data tetap "
                "tersimpan di sini; minta Admin TIK mengatur server.url."))
            return
        self.sync.sync_now()
        self.statusBar().showMessage(self.tr("Sinkronisasi dimulai…"), 3000)

    @Slot()
    def show_sync_status(self) -> SyncStatusDialog | None:
        if self.sync is None:
            self.sync_now()  # says why there is nothing to show
            return None
        dialog = SyncStatusDialog(self.sync, self.actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _show_devices(self, states: list) -> None:
        ready = sum(1 for s in states if s.ready)
        self.device_status.setText(self.tr("Perangkat: {ready}/{total} siap").format(
            ready=ready, total=len(states)))
        self.device_status.setToolTip("\n".join(
            f"{core_text(s.title)}: {core_text(s.message)}" for s in states))

    # -- lock, password, sign-out -----------------------------------------------------------

    @Slot()
    def lock(self) -> None:
        """Hide the work behind the lock dialog; it stays as it is until unlocked."""
        if self.lock_dialog is not None:
            return
        self.idle.stop()
        self.centralWidget().hide()
        # Open dialogs (a half-filled form) are hidden too, kept as they are, shown on unlock.
        self._hidden_for_lock = [w for w in QApplication.topLevelWidgets()
                                 if w.isVisible() and w is not self and self._owns(w)]
        for widget in self._hidden_for_lock:
            widget.hide()
        self.lock_dialog = LockDialog(self.services, self.actor, self)
        self.lock_dialog.unlocked.connect(self._unlocked)
        self.lock_dialog.sign_out_requested.connect(self.sign_out)
        self.lock_dialog.open()
        log.info("screen locked for %s", self.actor.username)

    def _owns(self, widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None:
            if parent is self:
                return True
            parent = parent.parentWidget()
        return False

    @Slot()
    def _unlocked(self) -> None:
        self.lock_dialog = None
        self.centralWidget().show()
        for widget in self._hidden_for_lock:
            widget.show()
        self._hidden_for_lock = []
        self.idle.start()

    @Slot()
    def change_password(self) -> None:
        dialog = ChangePasswordDialog(self.services, self.actor, forced=False, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.statusBar().showMessage(self.tr("Kata sandi telah diganti."), 5000)

    @Slot()
    def sign_out(self) -> None:
        if self._signing_out:
            return
        self._signing_out = True
        self.idle.detach()
        self.services.auth.sign_out(self.actor)
        log.info("%s signed out", self.actor.username)
        self.signed_out.emit()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._signing_out:
            self._signing_out = True
            self.idle.detach()
            self.services.auth.sign_out(self.actor)
        super().closeEvent(event)
