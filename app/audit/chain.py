"""Hash chain over audit events: each event's hash covers its content and the previous hash."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store.models import AuditEvent

GENESIS = "0" * 64


def event_hash(event: AuditEvent) -> str:
    content = {
        "seq": event.seq,
        "id": event.id,
        "occurred_at": event.occurred_at.isoformat(timespec="microseconds"),
        "user_id": event.user_id,
        "username": event.username,
        "roles": event.roles,
        "workstation_id": event.workstation_id,
        "office_code": event.office_code,
        "action": event.action,
        "entity_type": event.entity_type,
        "entity_id": event.entity_id,
        "summary": event.summary,
        "prev_hash": event.prev_hash,
    }
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    events_checked: int
    broken_seq: int | None = None
    reason: str = ""


def verify_events(events: Iterable[AuditEvent]) -> ChainReport:
    """Check events in `seq` order; report the first whose link or content does not match."""
    previous = GENESIS
    expected_seq = None
    count = 0
    for event in events:
        if expected_seq is not None and event.seq != expected_seq:
            return ChainReport(False, count, expected_seq, "event missing")
        if event.prev_hash != previous:
            return ChainReport(False, count, event.seq, "previous hash does not match")
        if event_hash(event) != event.hash:
            return ChainReport(False, count, event.seq, "content does not match its hash")
        previous = event.hash
        expected_seq = event.seq + 1
        count += 1
    return ChainReport(True, count)


def verify(session: Session) -> ChainReport:
    events = session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars()
    return verify_events(events)


def last_hash(session: Session) -> tuple[int, str]:
    """The seq and hash of the newest event (0 and the genesis hash for an empty trail)."""
    row = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    return (row[0], row[1]) if row else (0, GENESIS)
