"""Device states for every officer; test captures for the admin, audited."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from app.auth.permissions import Actor, Role
from app.errors import NotFoundError, PermissionDenied
from app.store.models import AuditEvent
from devices.base import DeviceKind, DeviceStatus, SimulationMode


def _test_events(services):
    with services.context.store.read() as session:
        return session.execute(select(AuditEvent).where(
            AuditEvent.action == "device.test_capture").order_by(AuditEvent.seq)).scalars().all()


def test_any_officer_sees_device_states(services, make_actor):
    officer = make_actor(Role.COUNTER_OFFICER)
    states = services.devices.statuses(officer)
    assert [s.kind for s in states] == list(DeviceKind)
    assert all(s.status is DeviceStatus.READY for s in states)
    assert states[0].title == "Pembaca paspor"


def test_actor_without_role_may_not_see_device_states(services):
    nobody = Actor(user_id=None, username="tamu", full_name="Tamu", roles=frozenset(),
                   office_code="TEST", workstation_id="WS-TEST-01")
    with pytest.raises(PermissionDenied) as err:
        services.devices.statuses(nobody)
    assert "belum memiliki peran" in err.value.user_message


def test_counter_officer_may_not_run_a_test_capture(services, make_actor):
    officer = make_actor(Role.COUNTER_OFFICER)
    printer = services.devices.devices.printer
    with pytest.raises(PermissionDenied):
        services.devices.test_capture(officer, "printer")
    assert not printer.spool_dir.exists()  # refused before anything was printed
    assert _test_events(services) == []


def test_admin_test_capture_succeeds_and_is_audited(services, admin):
    result = services.devices.test_capture(admin, "document_reader")
    assert result.ok
    (event,) = _test_events(services)
    assert (event.username, event.entity_type, event.entity_id) == (
        "admin", "device", "document_reader")
    assert event.roles == "admin"
    assert json.loads(event.summary)["after"] == {
        "ok": True, "summary": "MRZ terbaca dan semua digit pemeriksanya cocok."}


def test_device_failure_is_reported_with_its_message_and_audited(services, admin):
    services.devices.devices.camera.mode = SimulationMode.UNPLUGGED
    result = services.devices.test_capture(admin, DeviceKind.CAMERA)
    assert not result.ok
    assert result.summary_text == "Kamera tidak terhubung. Periksa kabel USB kamera lalu coba lagi."
    (event,) = _test_events(services)
    assert json.loads(event.summary)["after"] == {"ok": False, "summary": result.summary_text}


def test_poor_fingerprint_failure_keeps_its_filled_message(services, admin):
    services.devices.devices.fingerprint.mode = "poor"
    result = services.devices.test_capture(admin, "fingerprint")
    assert not result.ok
    assert result.summary_text.startswith("Kualitas sidik jari terlalu rendah: telunjuk kanan")
    assert "{" not in json.loads(_test_events(services)[0].summary)["after"]["summary"]


def test_unknown_device_kind_is_not_found(services, admin):
    with pytest.raises(NotFoundError):
        services.devices.test_capture(admin, "scanner")


def test_every_kind_can_be_tested_by_admin(services, admin):
    results = {kind: services.devices.test_capture(admin, kind) for kind in DeviceKind}
    assert all(r.ok for r in results.values())
    assert len(_test_events(services)) == len(DeviceKind)
