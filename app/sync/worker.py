"""Pushing the outbox to the central server, and the state of that for the officer.

Records go oldest first in batches of at most `BATCH_SIZE`; a batch is marked sent (with its
`sync.pushed` audit event, in one transaction) only after the server accepted it. A failed batch
keeps its records pending with `attempts` and `last_error`; sending it again is safe because
the server stores each record id once.

The workstation credential (from enrolment) is kept with the instance's `SecretStore` under
`CREDENTIAL_SECRET`, never in the config or the database; the short-lived token stays in the
`SyncClient` in memory.
"""

from __future__ import annotations

import json
import logging
import random
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update

from app.auth.permissions import Actor, Permission, require, require_any_role
from app.services.base import ServiceContext
from app.store.models import OutboxRecord
from app.sync.client import (
    Credential,
    SyncClient,
    SyncError,
    SyncNotConfigured,
    SyncNotEnrolled,
)

log = logging.getLogger(__name__)

BATCH_SIZE = 500  # the server takes up to 1000 (server/schemas.py MAX_PUSH_RECORDS)
CREDENTIAL_SECRET = "sync-credential"
PUSHED_ACTION = "sync.pushed"
BACKOFF_BASE = 2.0
BACKOFF_CAP = 300.0


def next_delay(attempt: int, *, base: float = BACKOFF_BASE, cap: float = BACKOFF_CAP,
               rng: random.Random | None = None) -> float:
    """Seconds to wait before retry number `attempt` (1 = after the first failure):
    exponential back-off with full jitter, uniform in [0, min(cap, base * 2^(attempt-1))]."""
    if attempt < 1:
        return 0.0
    ceiling = min(cap, base * 2.0 ** min(attempt - 1, 60))
    return (rng or random).uniform(0.0, ceiling)


@dataclass(frozen=True)
class PushResult:
    sent: int  # records marked sent locally
    accepted: int  # stored as new by the server
    duplicates: int  # the server already had them (an earlier push whose answer was lost)
    batches: int


@dataclass(frozen=True)
class SyncStatus:
    pending: int
    last_success: datetime | None  # when the last batch was accepted
    last_error: str  # Indonesian, of the oldest pending record's last attempt; "" when none

    def as_dict(self) -> dict[str, Any]:
        return {"pending": self.pending,
                "last_success": self.last_success.isoformat() if self.last_success else None,
                "last_error": self.last_error}


def _record(row: OutboxRecord) -> dict[str, Any]:
    return {"id": row.id, "entity_type": row.entity_type, "entity_id": row.entity_id,
            "operation": row.operation, "payload": json.loads(row.payload),
            "created_at": row.created_at.isoformat()}


def _own_audit(row: OutboxRecord) -> bool:
    """Whether `row` is the outbox copy of a `sync.pushed` audit event."""
    return row.entity_type == "audit_event" and f'"action": "{PUSHED_ACTION}"' in row.payload


class SyncService:
    """Enrolment, pushing the outbox and its status, for one workstation instance."""

    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context
        self._client: SyncClient | None = None

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    # -- credential ------------------------------------------------------------------------

    def _new_client(self, credential: Credential | None) -> SyncClient:
        config = self._ctx.config
        return SyncClient(config["server.url"], credential=credential,
                          ca_file=config["server.ca_file"])

    def _stored_credential(self) -> Credential | None:
        raw = self._ctx.secrets.get(CREDENTIAL_SECRET)  # type: ignore[union-attr]
        if raw is None:
            return None
        data = json.loads(raw)
        return Credential(data["workstation_id"], data["credential"], data.get("office_code", ""))

    def enrolled(self) -> Credential | None:
        """The stored credential (id and office; for display, never print its secret)."""
        return self._stored_credential()

    def enrol(self, actor: Actor, code: str) -> Credential:
        """Trade a one-time code from the server's admin for this workstation's credential.

        Raises:
            PermissionDenied: the actor may not run sync.
            SyncError: the server is not configured, unreachable or refused the code.
        """
        require(actor, Permission.SYNC_RUN)
        with self._new_client(None) as client:
            credential = client.enrol(code.strip(), self._ctx.config.workstation_id)
        self._ctx.secrets.set(CREDENTIAL_SECRET, json.dumps({  # type: ignore[union-attr]
            "workstation_id": credential.workstation_id, "credential": credential.credential,
            "office_code": credential.office_code}).encode())
        with self._ctx.change(actor, Permission.SYNC_RUN) as uow:
            uow.audit("sync.enrolled", "workstation", credential.workstation_id,
                      after={"server": self._ctx.config["server.url"],
                             "office_code": credential.office_code})
        self.close()  # a client holding an old credential's token is dropped
        log.info("workstation %s enrolled at %s (office %s)", credential.workstation_id,
                 self._ctx.config["server.url"], credential.office_code)
        return credential

    def _connected(self) -> SyncClient:
        if self._client is None:
            if not self._ctx.config["server.url"]:
                raise SyncNotConfigured(detail="server.url is empty")
            credential = self._stored_credential()
            if credential is None:
                raise SyncNotEnrolled(detail=f"no {CREDENTIAL_SECRET} secret")
            self._client = self._new_client(credential)
        return self._client

    # -- push ------------------------------------------------------------------------------

    def push_pending(self, actor: Actor) -> PushResult:
        """Send every pending outbox record, oldest first, batch by batch.

        Raises:
            PermissionDenied: the actor may not run sync.
            SyncError: a batch failed; it and the later ones stay pending (batches before it
                are sent), and the error is kept on its records for `status()`.
        """
        require(actor, Permission.SYNC_RUN)
        if not self._ctx.config["server.url"]:
            raise SyncNotConfigured(detail="server.url is empty")  # offline by design
        sent = accepted = duplicates = batches = 0
        while True:
            with self._ctx.store.read() as session:
                rows = session.scalars(
                    select(OutboxRecord).where(OutboxRecord.sent_at.is_(None))
                    .order_by(OutboxRecord.created_at, OutboxRecord.id).limit(BATCH_SIZE)).all()
                batch = [_record(row) for row in rows]
                ours_only = all(_own_audit(row) for row in rows)
            if not batch:
                break
            ids = [record["id"] for record in batch]
            try:
                new, known = self._connected().push(batch)
            except SyncError as exc:
                self._failed(actor, ids, exc)
                raise
            with self._ctx.change(actor, Permission.SYNC_RUN) as uow:
                uow.session.execute(
                    update(OutboxRecord).where(OutboxRecord.id.in_(ids))
                    .values(sent_at=self._ctx.clock(), attempts=OutboxRecord.attempts + 1))
                # The event's own outbox record goes in the next batch; a batch of nothing
                # but those is not audited again, so the loop ends.
                if not ours_only:
                    uow.audit(PUSHED_ACTION, "workstation", actor.workstation_id,
                              after={"records": len(ids), "accepted": new,
                                     "duplicates": known})
            sent += len(ids)
            accepted += new
            duplicates += known
            batches += 1
            log.info("sync: batch of %d sent (%d new, %d already on the server)",
                     len(ids), new, known)
        return PushResult(sent, accepted, duplicates, batches)

    def _failed(self, actor: Actor, ids: list[str], error: SyncError) -> None:
        log.warning("sync: batch of %d not sent: %s", len(ids), error.detail)
        with self._ctx.change(actor, Permission.SYNC_RUN) as uow:
            uow.session.execute(
                update(OutboxRecord).where(OutboxRecord.id.in_(ids))
                .values(attempts=OutboxRecord.attempts + 1, last_error=error.user_message))

    # -- status ----------------------------------------------------------------------------

    def status(self, actor: Actor) -> SyncStatus:
        """Pending records, the last accepted batch and the last error, for any officer."""
        require_any_role(actor)
        with self._ctx.store.read() as session:
            pending = session.scalar(select(func.count()).select_from(OutboxRecord)
                                     .where(OutboxRecord.sent_at.is_(None))) or 0
            last_success = session.scalar(select(func.max(OutboxRecord.sent_at)))
            # Every push starts with the oldest pending record: its error is the latest.
            last_error = session.scalar(
                select(OutboxRecord.last_error).where(OutboxRecord.sent_at.is_(None))
                .order_by(OutboxRecord.created_at, OutboxRecord.id).limit(1)) or ""
        return SyncStatus(pending, last_success, last_error)
