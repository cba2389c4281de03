"""Sync in the main window: its state in the status bar, a slow server, sync now, the dialog."""

from __future__ import annotations

import json
import threading

import anyio
import pytest
from fastapi import FastAPI
from fastapi.responses import JSONResponse
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QInputDialog, QLabel

from app import config as config_module
from app.auth.permissions import Role
from app.services import Services
from app.store.sync_models import SyncConflict
from app.sync.worker import CREDENTIAL_SECRET
from tests.live_server import LiveServer, live_server, serve, server_database  # noqa: F401
from tests.ui.modal import answer_modal
from ui import ops
from ui.shell.main_window import MainWindow
from ui.shell.sync_status import SyncController, SyncStatusDialog


def _status(window: MainWindow) -> QLabel:
    return window.findChild(QLabel, "statusSync")


def _window(qtbot, services, actor, sync: SyncController | None) -> MainWindow:
    window = MainWindow(services, actor, sync=sync)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: ops.pending() == 0)
    return window


def _point_at(services: Services, url: str) -> None:
    """The workstation's `server.url` (the config file as an admin would set it)."""
    config = services.context.config
    config_module.write(config.path, {**config.values, "server.url": url})
    services.context.config = config_module.load(config.path)


@pytest.fixture
def officer(make_actor):
    return make_actor(Role.COUNTER_OFFICER)


def test_offline_workstation_says_so_and_sync_now_explains(qtbot, services, officer):
    controller = SyncController(services)
    controller.start()  # nothing starts without a server
    window = _window(qtbot, services, officer, controller)
    assert "luring" in _status(window).text()
    seen = []
    answer_modal(lambda box: (seen.append(box.text()), box.accept()))
    window.sync_now()
    assert "server.url" in seen[0]
    controller.stop()


def test_a_slow_server_never_blocks_the_window(qtbot, services, officer):
    release = threading.Event()
    stub = FastAPI()

    @stub.post("/v1/token")
    async def token() -> JSONResponse:
        await anyio.to_thread.run_sync(release.wait)  # the server hangs until released
        return JSONResponse({"error": "busy", "message": "sibuk"}, status_code=503)

    with serve(stub) as url:
        _point_at(services, url)
        services.context.secrets.set(CREDENTIAL_SECRET, json.dumps(
            {"workstation_id": "WS-TEST-01", "credential": "x", "office_code": "TEST"}).encode())
        controller = SyncController(services)
        window = _window(qtbot, services, officer, controller)
        controller.start()
        try:
            qtbot.waitUntil(lambda: "sedang berjalan" in _status(window).text())
            # While the round hangs on the server, the GUI thread goes on: timers fire,
            # screens open.
            ticked = []
            QTimer.singleShot(0, lambda: ticked.append(True))
            qtbot.waitUntil(lambda: ticked == [True], timeout=1000)
            names = window.screen_names()
            window.open_screen(names[-1])
            assert window.stack.currentWidget() is window._screens[names[-1]]
            assert controller.state.syncing

            release.set()
            qtbot.waitUntil(lambda: "gagal" in _status(window).text(), timeout=20_000)
            assert "kode 503" in _status(window).toolTip()
            assert _status(window).property("failed") is True
            rounds = controller.state.rounds
            window.sync_now()  # Ctrl+Shift+S: try again without waiting for the back-off
            qtbot.waitUntil(lambda: controller.state.rounds > rounds, timeout=20_000)
        finally:
            release.set()
            controller.stop()


def test_sync_with_the_real_server_shows_success_and_the_details(qtbot, services, officer,
                                                                 make_actor, live_server):  # noqa: F811
    _point_at(services, live_server.url)
    admin = make_actor(Role.ADMIN)
    controller = SyncController(services)
    controller.service.enrol(admin, live_server.enrolment_code("TEST"))
    window = _window(qtbot, services, officer, controller)
    controller.start()
    try:
        qtbot.waitUntil(lambda: "berhasil" in _status(window).text(), timeout=20_000)
        assert _status(window).property("failed") is False
        dialog = window.show_sync_status()
        qtbot.addWidget(dialog)
        assert dialog.fields["server"].text() == live_server.url
        assert dialog.fields["pending"].text() == "0"
        assert dialog.fields["last_push"].text() != "belum pernah"
        assert dialog.fields["error"].text() == "(tidak ada)"
    finally:
        controller.stop()


def test_the_admin_reviews_a_conflict_in_the_status_dialog(qtbot, services, officer, make_actor,
                                                           clock, monkeypatch):
    with services.context.store.write() as session:  # as a push answered by the server
        session.add(SyncConflict(
            id="rec-1", entity_type="referral", entity_id="ref-9", server_version=3,
            local_payload=json.dumps({"row": {"status": "in_progress", "supervisor": "spv2"},
                                      "base_version": 1}), detected_at=clock()))
    controller = SyncController(services)
    admin = make_actor(Role.ADMIN)
    window = _window(qtbot, services, admin, controller)
    dialog = window.show_sync_status()
    qtbot.addWidget(dialog)
    assert dialog.fields["conflicts"].text() == "1"
    table = dialog.conflicts
    assert table.rowCount() == 1 and table.item(0, 1).text() == "ref-9"
    assert "supervisor=spv2" in table.item(0, 4).text()
    table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *_a, **_k: ("Dibahas dengan supervisor; versi server benar", True))
    dialog.review_selected()
    assert table.rowCount() == 0 and not dialog.review_button.isEnabled()
    reviewed = services.sync.conflicts(admin, include_reviewed=True)[0]
    assert reviewed.reviewed_by == admin.username and "versi server benar" in reviewed.review_note

    # An officer without the sync permission sees the count, not the list.
    other = SyncStatusDialog(controller, officer, window)
    qtbot.addWidget(other)
    assert other.conflicts.isHidden() and other.fields["conflicts"].text() == "0"
    controller.stop()
