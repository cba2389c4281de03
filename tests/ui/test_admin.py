"""Admin screen driven like an admin would: users, audit log, devices."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.auth.permissions import Role
from app.services.audit import AuditFilter
from app.store.models import AuditEvent
from devices.base import SimulationMode
from tests.ui.modal import answer_modal
from ui import ops
from ui.admin.screen import AdminScreen


def _wait(qtbot) -> None:
    qtbot.waitUntil(lambda: ops.pending() == 0)


@pytest.fixture
def screen(qtbot, services, admin) -> AdminScreen:
    widget = AdminScreen(services, admin)
    qtbot.addWidget(widget)
    widget.show()
    _wait(qtbot)
    return widget


def _row_of(table, text: str) -> int:
    for row in range(table.rowCount()):
        if table.item(row, 0).text() == text:
            return row
    raise AssertionError(f"{text} not in table")


def test_create_user_through_dialog_shows_one_time_password(qtbot, screen, services):
    panel = screen.users
    dialog = panel.add_user()
    qtbot.keyClicks(dialog.username, "cetak2")
    qtbot.keyClicks(dialog.full_name, "Operator Cetak Dua")
    qtbot.keyClicks(dialog.nip, "199001012015031001")
    dialog.role_boxes[Role.PRINT_OPERATOR].setChecked(True)
    dialog.findChild(type(panel.add_button), "save").click()
    qtbot.waitUntil(lambda: panel.notice is not None and panel.notice.isVisible())
    one_time = panel.notice.password.text()
    result = services.auth.sign_in("cetak2", one_time)
    assert result.must_change_password and result.actor.roles == {Role.PRINT_OPERATOR}
    _wait(qtbot)
    row = _row_of(panel.table, "cetak2")
    assert panel.table.item(row, 3).text() == "Operator Cetak"


def test_invalid_new_user_reopens_dialog_with_reason_and_keeps_input(qtbot, screen):
    panel = screen.users
    dialog = panel.add_user()
    qtbot.keyClicks(dialog.username, "cetak2")
    qtbot.keyClicks(dialog.full_name, "Tanpa Peran")
    dialog.findChild(type(panel.add_button), "save").click()
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.message.text() != "")
    assert "paling sedikit satu peran" in dialog.message.text()
    assert dialog.full_name.text() == "Tanpa Peran"


def test_disable_and_reset_password_of_selected_user(qtbot, screen, services, make_actor,
                                                     monkeypatch):
    make_actor(Role.COUNTER_OFFICER, username="konter1")
    panel = screen.users
    panel.refresh()
    _wait(qtbot)
    monkeypatch.setattr("ui.admin.users.confirm", lambda parent, text: True)
    panel.table.selectRow(_row_of(panel.table, "konter1"))
    panel.toggle_button.click()
    _wait(qtbot)
    assert panel.table.item(_row_of(panel.table, "konter1"), 4).text() == "Nonaktif"
    panel.table.selectRow(_row_of(panel.table, "konter1"))
    panel.reset_button.click()
    qtbot.waitUntil(lambda: panel.notice is not None and panel.notice.isVisible())
    events = services.audit.list_events(screen.users._actor, AuditFilter(action="user."))
    assert [e.action for e in events][:2] == ["user.password_reset", "user.disabled"]


def test_cancelled_confirmation_changes_nothing(qtbot, screen, services, make_actor,
                                                monkeypatch):
    make_actor(Role.COUNTER_OFFICER, username="konter1")
    screen.users.refresh()
    _wait(qtbot)
    monkeypatch.setattr("ui.admin.users.confirm", lambda parent, text: False)
    screen.users.table.selectRow(_row_of(screen.users.table, "konter1"))
    screen.users.toggle_button.click()
    _wait(qtbot)
    assert services.users.find(screen.users._actor, "konter1").disabled is False


def test_audit_filter_and_chain_check(qtbot, screen, make_actor):
    make_actor(Role.COUNTER_OFFICER, username="konter1")
    panel = screen.audit
    qtbot.keyClicks(panel.username, "konter1")
    qtbot.keyClick(panel.username, Qt.Key.Key_Return)
    _wait(qtbot)
    assert panel.table.rowCount() >= 1
    assert {panel.table.item(r, 2).text() for r in range(panel.table.rowCount())} == {"konter1"}
    panel.verify_button.click()
    qtbot.waitUntil(lambda: "utuh" in panel.chain_status.text())


def test_device_test_capture_success_and_failure_are_shown_and_audited(qtbot, screen,
                                                                       services):
    panel = screen.devices
    assert panel.table.rowCount() == 5
    panel.table.selectRow(_row_of(panel.table, "Kamera"))
    panel.test_button.click()
    qtbot.waitUntil(lambda: panel.result.text().startswith("Berhasil"))
    services.devices.devices.camera.mode = SimulationMode.UNPLUGGED
    panel.table.selectRow(_row_of(panel.table, "Kamera"))
    panel.test_button.click()
    qtbot.waitUntil(lambda: panel.result.text().startswith("Gagal"))
    _wait(qtbot)
    assert panel.table.item(_row_of(panel.table, "Kamera"), 2).text() == "Tidak terhubung"
    with services.context.store.read() as session:
        outcomes = session.execute(select(AuditEvent.summary).where(
            AuditEvent.action == "device.test_capture")).scalars().all()
    assert len(outcomes) == 2 and '"ok": true' in outcomes[0] and '"ok": false' in outcomes[1]


def test_admin_tabs_follow_permissions(qtbot, services, make_actor):
    kasi = make_actor(Role.SECTION_HEAD)
    widget = AdminScreen(services, kasi)
    qtbot.addWidget(widget)
    _wait(qtbot)
    assert [widget.tabs.tabText(i) for i in range(widget.tabs.count())] == ["&Log audit"]


def test_reference_value_refused_comes_back_as_typed_then_saved(qtbot, screen, services):
    panel = screen.reference
    qtbot.waitUntil(lambda: panel.table.rowCount() > 0)
    panel.table.selectRow(_row_of(panel.table, "numbering.pattern"))
    seen: list[tuple[str, str]] = []

    def bad(dialog) -> None:
        dialog.fill(value="{prefix}/{year}", basis="Tata naskah dinas")
        dialog.findChild(type(panel.edit_button), "ok").click()
        answer_modal(good)

    def good(dialog) -> None:
        seen.append((dialog.value("value"), dialog.message.text()))
        dialog.fill(value="W30.IMI.1-{prefix}.{seq:04d}/{year}")
        dialog.findChild(type(panel.edit_button), "ok").click()

    answer_modal(bad)
    panel.edit_button.click()
    qtbot.waitUntil(lambda: "berlaku sejak" in panel.message.text(), timeout=10_000)
    assert seen and seen[0][0] == "{prefix}/{year}" and "{seq}" in seen[0][1]
    today = services.counter.today()
    assert services.reference.get("numbering.pattern", today).value == \
        "W30.IMI.1-{prefix}.{seq:04d}/{year}"
    _wait(qtbot)
    assert "W30.IMI.1-{prefix}.{seq:04d}/{year}" in [
        panel.table.item(row, 2).text() for row in range(panel.table.rowCount())]
