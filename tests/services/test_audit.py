"""Audit events: written with every change, chained by hash, tamper detected."""

from __future__ import annotations

import json
import sqlite3

from sqlalchemy import func, select

from app.auth.permissions import Role
from app.services.audit import AuditFilter
from app.store.models import AuditEvent, OutboxRecord


def test_user_change_writes_audit_event_and_outbox_in_same_transaction(services, admin):
    created = services.users.create_user(admin, "paspor1", "Petugas Paspor",
                                         [Role.PASSPORT_OFFICER])
    events = services.audit.list_events(
        admin, AuditFilter(action="user.created", entity_id=created.user.id))
    assert len(events) == 1
    event = events[0]
    assert event.username == "admin" and event.roles == "admin"
    assert event.workstation_id == "WS-TEST-01"
    assert event.entity_id == created.user.id
    assert event.summary["after"]["roles"] == ["passport_officer"]
    with services.context.store.read() as session:
        outbox = session.execute(
            select(OutboxRecord).where(OutboxRecord.entity_id == created.user.id)).scalars().all()
    assert [r.operation for r in outbox] == ["created"]


def test_failed_change_leaves_neither_change_nor_audit_event(services, admin):
    services.users.create_user(admin, "paspor1", "Petugas Paspor", [Role.PASSPORT_OFFICER])
    with services.context.store.read() as session:
        before = session.execute(select(func.count(AuditEvent.seq))).scalar()
    try:
        services.users.create_user(admin, "paspor1", "Lagi", [Role.PASSPORT_OFFICER])
    except Exception as exc:  # noqa: BLE001
        assert "sudah dipakai" in exc.user_message
    with services.context.store.read() as session:
        assert session.execute(select(func.count(AuditEvent.seq))).scalar() == before


def test_chain_verifies_then_detects_an_edited_row(services, admin, store, tmp_path):
    services.users.create_user(admin, "paspor1", "Petugas Paspor", [Role.PASSPORT_OFFICER])
    report = services.audit.verify(admin)
    assert report.ok and report.events_checked >= 3
    target = services.audit.list_events(admin, AuditFilter(action="user.created"))[-1].seq
    # Someone with file access bypasses the app: drops the guard and edits one event.
    conn = sqlite3.connect(tmp_path / "gapura.sqlite")
    conn.execute("DROP TRIGGER audit_events_no_update")
    summary = json.dumps({"before": None, "after": {"roles": ["admin"]}})
    conn.execute("UPDATE audit_events SET summary = ? WHERE seq = ?", (summary, target))
    conn.commit()
    conn.close()
    report = services.audit.verify(admin)
    assert not report.ok
    assert report.broken_seq == target
    assert report.events_checked == target - 1


def test_filters_by_user_action_and_date(services, admin, make_actor, clock):
    make_actor(Role.COUNTER_OFFICER, username="konter1")
    clock.advance(days=2)
    services.users.create_user(admin, "cetak1", "Operator Cetak", [Role.PRINT_OPERATOR])
    by_user = services.audit.list_events(admin, AuditFilter(username="konter1"))
    assert by_user and all(e.username == "konter1" for e in by_user)
    auth_only = services.audit.list_events(admin, AuditFilter(action="auth."))
    assert auth_only and all(e.action.startswith("auth.") for e in auth_only)
    recent = services.audit.list_events(admin, AuditFilter(since=clock.now.replace(hour=0)))
    assert [e.action for e in recent] == ["user.created"]
