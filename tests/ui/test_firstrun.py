"""The first-run setup wizard, clicked through against a live central server that enrols."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import select

from app import config as config_module
from app.firstrun import needs_setup
from app.instance import open_instance
from app.paths import instance_paths
from app.store.models import AuditEvent
from tests.live_server import LiveServer, live_server, server_database  # noqa: F401
from ui import ops
from ui.firstrun.wizard import SetupWizard

NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton


@pytest.fixture
def wizard(qtbot, home: Path) -> SetupWizard:
    widget = SetupWizard(home)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _type(qtbot, field, text: str) -> None:
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def _next(qtbot, wizard: SetupWizard) -> None:
    qtbot.mouseClick(wizard.button(NEXT), Qt.MouseButton.LeftButton)


def _fill(qtbot, wizard: SetupWizard, *, url: str, code: str, office: str = "JKT1") -> None:
    wizard.language_page.language.setCurrentIndex(wizard.language_page.language.findData("en"))
    _next(qtbot, wizard)
    _type(qtbot, wizard.office_page.code, office)
    _type(qtbot, wizard.office_page.name, "Kantor Imigrasi Kelas I Jakarta Pusat")
    zone = wizard.office_page.timezone
    zone.setCurrentIndex(zone.findData("Asia/Makassar"))
    _next(qtbot, wizard)
    _type(qtbot, wizard.server_page.workstation, "WS-LOKET-03")
    _type(qtbot, wizard.server_page.url, url)
    _type(qtbot, wizard.server_page.code, code)
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.devices_page
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.summary_page


def test_wizard_writes_the_config_and_enrols_with_the_server(qtbot, wizard, home,
                                                            live_server):  # noqa: F811
    _fill(qtbot, wizard, url=live_server.url, code=live_server.enrolment_code("JKT1"))
    assert "JKT1" in wizard.summary_page.summary.text()

    with qtbot.waitSignal(wizard.completed, timeout=20000) as done:
        qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)
    assert done.args[0].enrolled_as == "WS-LOKET-03"
    qtbot.waitUntil(lambda: not wizard.isVisible())

    cfg = config_module.load(instance_paths(home).config_file)
    assert (cfg["office.code"], cfg["office.timezone"], cfg["workstation.id"], cfg.language) == (
        "JKT1", "Asia/Makassar", "WS-LOKET-03", "en")
    assert cfg["server.url"] == live_server.url
    assert not needs_setup(home)
    # The credential the server issued is kept, works, and the enrolment is in the audit trail.
    instance = open_instance(home)
    try:
        credential = instance.services.sync._stored_credential()
        assert credential is not None and credential.office_code == "JKT1"
        with live_server.client() as http:
            token = http.post("/v1/token", auth=(credential.workstation_id, credential.credential))
        assert token.status_code == 200, token.text
        with instance.store.read() as session:
            events = session.scalars(select(AuditEvent).where(
                AuditEvent.action == "sync.enrolled")).all()
        assert [(e.entity_id, e.username) for e in events] == [("WS-LOKET-03", "setup")]
    finally:
        instance.close()


def test_refused_code_keeps_the_wizard_open_and_writes_nothing(qtbot, wizard, home,
                                                               live_server):  # noqa: F811
    _fill(qtbot, wizard, url=live_server.url, code="AAAA-BBBB-CCCC")

    qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)
    error = wizard.summary_page.error
    qtbot.waitUntil(lambda: error.text() != "" and ops.pending() == 0, timeout=20000)

    assert "kode" in error.text().lower()
    assert wizard.isVisible() and wizard.currentPage() is wizard.summary_page
    assert wizard.button(FINISH).isEnabled()
    assert needs_setup(home)  # the next start asks again


def test_invalid_office_code_stops_on_its_page_with_the_reason(qtbot, wizard):
    _next(qtbot, wizard)
    _type(qtbot, wizard.office_page.code, "KANIM JKT")
    _next(qtbot, wizard)

    assert wizard.currentPage() is wizard.office_page
    assert "office.code" in wizard.office_page.error.text()
    _type(qtbot, wizard.office_page.code, "KANIM-JKT")
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.server_page


def test_server_url_without_code_is_refused_before_enrolling(qtbot, wizard):
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    _type(qtbot, wizard.server_page.url, "http://127.0.0.1:9")
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.server_page
    assert "kode pendaftaran" in wizard.server_page.error.text()


def test_offline_setup_writes_the_config_without_a_server(qtbot, wizard, home):
    _fill(qtbot, wizard, url="", code="", office="KANIM-DPS")
    with qtbot.waitSignal(wizard.completed, timeout=20000) as done:
        qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)
    assert done.args[0].enrolled_as is None
    cfg = config_module.load(instance_paths(home).config_file)
    assert (cfg.office_code, cfg["server.url"]) == ("KANIM-DPS", "")


def test_gui_start_without_config_opens_the_wizard_first(home, monkeypatch):
    from ui import app as gui

    shown = []

    def cancelled(home_, on_shown=None) -> bool:
        shown.append(home_)
        return False
    monkeypatch.setattr("ui.firstrun.run_first_run", cancelled)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own

    assert gui.run_gui(home) == 0
    assert shown == [home]
    # Cancelled: nothing was set up, so the next start asks again.
    assert needs_setup(home) and not instance_paths(home).database.exists()


def test_rerun_from_admin_prefills_and_enrols_while_gapura_runs(qtbot, home,
                                                                live_server):  # noqa: F811
    from app.auth.permissions import Actor, Role
    from ui.admin.screen import AdminScreen

    config_module.write(instance_paths(home).config_file,
                        {"office.code": "JKT1", "workstation.id": "WS-LAMA"})
    running = open_instance(home)  # the running Gapura holds the instance lock
    try:
        admin = Actor(user_id="u-admin", username="admin", full_name="Admin TIK",
                      roles=frozenset({Role.ADMIN}), office_code="JKT1", workstation_id="WS-LAMA")
        screen = AdminScreen(running.services, admin)
        qtbot.addWidget(screen)
        qtbot.mouseClick(screen.setup_button, Qt.MouseButton.LeftButton)
        wizard = screen.setup_wizard
        assert wizard is not None and wizard.office_page.code.text() == "JKT1"
        assert wizard.server_page.workstation.text() == "WS-LAMA"
        for _ in range(2):
            _next(qtbot, wizard)
        _type(qtbot, wizard.server_page.url, live_server.url)
        _type(qtbot, wizard.server_page.code, live_server.enrolment_code("JKT1"))
        _next(qtbot, wizard)
        _next(qtbot, wizard)
        with qtbot.waitSignal(wizard.completed, timeout=20000) as done:
            qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)
        assert done.args[0].enrolled_as == "WS-LAMA"
        assert "Mulai ulang Gapura" in wizard.summary_page.status.text()
        qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not wizard.isVisible())
        assert running.services.sync._stored_credential().workstation_id == "WS-LAMA"
        assert config_module.load(instance_paths(home).config_file)["server.url"] == \
            live_server.url
    finally:
        running.close()
