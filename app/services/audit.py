"""Reading and verifying the audit trail."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from app.audit import chain
from app.auth.permissions import Actor, Permission
from app.services.base import ServiceContext
from app.store.models import AuditEvent


@dataclass(frozen=True)
class AuditFilter:
    username: str = ""
    action: str = ""
    entity_id: str = ""
    since: datetime | None = None
    until: datetime | None = None
    limit: int = 500


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    occurred_at: datetime
    username: str
    roles: str
    workstation_id: str
    action: str
    entity_type: str
    entity_id: str
    summary: dict[str, Any]


class AuditService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def list_events(self, actor: Actor, flt: AuditFilter) -> list[AuditEntry]:
        """Newest first, filtered; `action` matches a prefix (e.g. 'auth.')."""
        query = select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(flt.limit)
        if flt.username:
            query = query.where(AuditEvent.username == flt.username.strip().lower())
        if flt.action:
            query = query.where(AuditEvent.action.startswith(flt.action.strip()))
        if flt.entity_id:
            query = query.where(AuditEvent.entity_id == flt.entity_id.strip())
        if flt.since:
            query = query.where(AuditEvent.occurred_at >= flt.since)
        if flt.until:
            query = query.where(AuditEvent.occurred_at < flt.until)
        with self._ctx.query(actor, Permission.AUDIT_VIEW) as session:
            return [
                AuditEntry(e.seq, e.occurred_at, e.username, e.roles, e.workstation_id,
                           e.action, e.entity_type, e.entity_id, json.loads(e.summary))
                for e in session.execute(query).scalars()
            ]

    def verify(self, actor: Actor) -> chain.ChainReport:
        with self._ctx.query(actor, Permission.AUDIT_VIEW) as session:
            return chain.verify(session)
