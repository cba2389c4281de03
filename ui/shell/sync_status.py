"""Background sync for the GUI: the runner's thread, its state in the status bar, a details dialog.

One `SyncController` per running application (it outlives sign-outs). Its runner works in its
own thread; state changes come back to the GUI thread through the queued `state_changed` signal,
so a slow or dead server never blocks a screen.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.auth.permissions import Actor, Permission
from app.errors import GapuraError
from app.services import Services
from app.services.base import system_actor
from app.sync.runner import RunnerState, SyncRunner
from ui.i18n import error_text
from ui.ops import show_error
from ui.widgets.table import RecordTable

log = logging.getLogger(__name__)
SYNC_AGENT = "sync"  # the audit trail's name for the workstation's own background sync


class SyncController(QObject):
    """Starts, wakes and stops the background sync of one instance."""

    state_changed = Signal(object)  # RunnerState, delivered in the GUI thread

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        config = services.context.config
        self.configured = bool(config["server.url"])
        self.agent = system_actor(config, SYNC_AGENT)
        self.runner = SyncRunner(self._round, interval=config["sync.interval_seconds"],
                                 on_state=self.state_changed.emit, clock=services.context.clock)
        self._started = False

    @property
    def service(self):  # noqa: ANN201 - app.sync.worker.SyncService, imported on first use
        return self.services.sync

    def _round(self) -> object:
        return self.service.sync_once(self.agent)

    @property
    def state(self) -> RunnerState:
        return self.runner.state

    def start(self) -> None:
        """Begin syncing in the background (nothing when no server is configured)."""
        if self.configured and not self._started:
            self._started = True
            self.runner.start()
            log.info("background sync started")

    @Slot()
    def sync_now(self) -> None:
        if self._started:
            self.runner.trigger()

    def stop(self) -> None:
        """End the background rounds (the services, and their client, are the instance's)."""
        if self._started and not self.runner.stop():
            log.warning("background sync still busy at exit; its round is abandoned")

    # -- what the officer reads --------------------------------------------------------------

    def summary(self, state: RunnerState | None = None) -> str:
        """One line for the status bar."""
        state = state or self.state
        if not self.configured:
            return self.tr("Sinkronisasi: luring (server belum diatur)")
        if state.syncing:
            return self.tr("Sinkronisasi: sedang berjalan…")
        if state.last_error is not None:
            return self.tr("⚠ Sinkronisasi gagal, dicoba lagi dalam {seconds} dtk").format(
                seconds=int(state.retry_in or 0))
        if state.last_success is None:
            return self.tr("Sinkronisasi: belum tersambung")
        return self.tr("Sinkronisasi: berhasil {time}").format(time=self._local(state.last_success))

    def details(self, state: RunnerState | None = None) -> str:
        """The tooltip: the last error in full and what to do."""
        state = state or self.state
        if state.last_error is not None:
            return error_text(state.last_error)
        return ""

    def _local(self, moment: datetime) -> str:
        return moment.astimezone(self.services.context.config.timezone).strftime("%H:%M")


class SyncStatusDialog(QDialog):
    """Pending records, last push and pull, the last error, and (for whoever runs sync) the
    conflicts waiting for review: each local edit that lost to the server's version."""

    def __init__(self, controller: SyncController, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatusDialog")
        self.setWindowTitle(self.tr("Status sinkronisasi"))
        self.controller = controller
        self.actor = actor
        form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        for name, title in (("server", self.tr("Server pusat")),
                            ("state", self.tr("Keadaan")),
                            ("pending", self.tr("Rekaman menunggu dikirim")),
                            ("last_push", self.tr("Kiriman terakhir berhasil")),
                            ("last_pull", self.tr("Pembaruan terakhir dari server")),
                            ("conflicts", self.tr("Konflik belum ditinjau")),
                            ("error", self.tr("Kesalahan terakhir"))):
            label = QLabel()
            label.setObjectName(f"sync_{name}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[name] = label
            form.addRow(title, label)
        buttons = QDialogButtonBox()
        self.sync_button = buttons.addButton(self.tr("Sinkronkan &sekarang"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.sync_button.setObjectName("syncNow")
        self.sync_button.setEnabled(controller.configured)
        self.sync_button.clicked.connect(controller.sync_now)
        close = buttons.addButton(self.tr("&Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.conflicts = RecordTable([self.tr("Jenis"), self.tr("Rekaman"),
                                      self.tr("Versi server"), self.tr("Terdeteksi"),
                                      self.tr("Versi lokal yang kalah")])
        self.conflicts.setObjectName("syncConflicts")
        self.review_button = QPushButton(self.tr("Tandai sudah &ditinjau…"))
        self.review_button.setObjectName("reviewConflict")
        self.review_button.clicked.connect(self.review_selected)
        self.reviewer = actor.can(Permission.SYNC_RUN)
        for widget in (self.conflicts, self.review_button):
            widget.setVisible(self.reviewer)
            layout.addWidget(widget)
        layout.addWidget(buttons)
        controller.state_changed.connect(self.refresh)
        self.refresh()

    @Slot()
    def refresh(self, *_state: object) -> None:
        controller = self.controller
        config = controller.services.context.config
        state = controller.state
        self.fields["server"].setText(config["server.url"] or self.tr("(belum diatur)"))
        self.fields["state"].setText(controller.summary(state))
        status = controller.service.status(self.actor)
        self.fields["pending"].setText(str(status.pending))
        self.fields["last_push"].setText(self._when(status.last_success))
        self.fields["last_pull"].setText(self._when(status.last_pull))
        self.fields["conflicts"].setText(str(status.conflicts))
        error = controller.details(state) or status.last_error or status.last_pull_error
        self.fields["error"].setText(error or self.tr("(tidak ada)"))
        if self.reviewer:
            self.conflicts.fill([
                (c.id, (c.entity_type, c.entity_id, str(c.server_version),
                        self._when(c.detected_at), _summary(c.local_payload.get("row", {}))))
                for c in controller.service.conflicts(self.actor)])
            self.review_button.setEnabled(self.conflicts.rowCount() > 0)

    @Slot()
    def review_selected(self) -> None:
        """Record what was done about the selected conflict (e.g. re-entered by hand)."""
        conflict_id = self.conflicts.selected_key()
        if conflict_id is None:
            return
        note, ok = QInputDialog.getText(
            self, self.tr("Tinjau konflik"),
            self.tr("Apa yang dilakukan atas versi lokal yang kalah? (mis. dimasukkan ulang, "
                    "tidak perlu)"))
        if not ok:
            return
        try:
            self.controller.service.mark_reviewed(self.actor, conflict_id, note)
        except GapuraError as error:
            show_error(self, error)
            return
        self.refresh()

    def _when(self, moment: datetime | None) -> str:
        if moment is None:
            return self.tr("belum pernah")
        return moment.astimezone(self.controller.services.context.config.timezone).strftime(
            "%d-%m-%Y %H:%M")


def _summary(row: dict) -> str:
    """The losing row in one line: the fields an officer recognises first."""
    shown = [f"{key}={row[key]}" for key in ("status", "supervisor", "resolution", "reason",
                                              "printed_by", "requested_by") if row.get(key)]
    return ", ".join(shown) or ", ".join(f"{k}={v}" for k, v in list(row.items())[:4])
