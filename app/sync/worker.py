"""Pushing the outbox to the central server, pulling its changes, and the state of both.

Records go oldest first in batches of at most `BATCH_SIZE`; a batch is marked sent (with its
`sync.pushed` audit event and the conflicts the server reported, in one transaction) only after
the server accepted it. A failed batch keeps its records pending with `attempts` and
`last_error`; sending it again is safe because the server stores each record id once.

Pulling reads `/v1/pull` page by page from the stored cursor; each page is applied
(app.sync.pull) and the cursor moved in one transaction with one `sync.pulled` audit event, so
a pull cut off anywhere resumes at the first page not applied, and memory holds one page.

The workstation credential (from enrolment) is kept with the instance's `SecretStore` under
`CREDENTIAL_SECRET`, never in the config or the database; the short-lived token stays in the
`SyncClient` in memory.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import astuple, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, literal_column, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.auth.permissions import Actor, Permission, require, require_any_role
from app.errors import NotFoundError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.base import ServiceContext, UnitOfWork
from app.services.reference import ReferenceService
from app.services.screening import ScreeningService
from app.store.models import OutboxRecord
from app.store.rows import within_bytes
from app.store.sync_models import SYNC_STATE_ID, SyncConflict, SyncState
from app.sync.client import (
    Credential,
    PushConflict,
    SyncClient,
    SyncError,
    SyncNotConfigured,
    SyncNotEnrolled,
)
from app.sync.pull import AppliedPage, Scope, apply_page, watch_entry

log = logging.getLogger(__name__)

BATCH_SIZE = 500  # the server takes up to 1000 (server/schemas.py MAX_PUSH_RECORDS)
BATCH_BYTES = 16 * 1024 * 1024  # and fewer when their payloads (attachments) are large
CREDENTIAL_SECRET = "sync-credential"
PUSHED_ACTION = "sync.pushed"
PULLED_ACTION = "sync.pulled"
CONFLICT_ACTION = "sync.conflict"
PULL_LIMIT = 5000  # changes a page: the most the server serves (server/schemas.py)
# Oldest first; records of one instant in the order they were written (SQLite's rowid), so
# two edits of a shared record reach the server in order even on a coarse clock.
OUTBOX_ORDER = (OutboxRecord.created_at, literal_column("outbox.rowid"))
class PullRejected(SyncError):
    """A pulled page could not be applied (a malformed change); nothing of it was written."""

    default_message = QT_TRANSLATE_NOOP(
        "gapura", "Data dari server pusat tidak dapat diterapkan; pengambilan berhenti pada "
                  "posisi {cursor} dan akan diulang dari sana. Hubungi Admin TIK bila "
                  "terulang.")


@dataclass(frozen=True)
class PushResult:
    sent: int  # records marked sent locally
    accepted: int  # stored as new by the server
    duplicates: int  # the server already had them (an earlier push whose answer was lost)
    batches: int
    conflicts: int = 0  # shared records the server refused (kept in sync_conflicts)


@dataclass(frozen=True)
class PullResult:
    pages: int  # pages applied
    changes: int  # changes received
    applied: int  # changes applied (the newest of each record in a page)
    skipped: int  # unknown kinds, other offices' or workstations' changes
    cursor: int  # where the next pull starts


@dataclass(frozen=True)
class SyncResult:
    pushed: PushResult
    pulled: PullResult


@dataclass(frozen=True)
class SyncStatus:
    pending: int
    last_success: datetime | None  # when the last batch was accepted
    last_error: str  # Indonesian, of the oldest pending record's last attempt; "" when none
    last_pull: datetime | None  # when a pull last succeeded
    cursor: int  # the server change the workstation has applied up to
    last_pull_error: str  # Indonesian; "" when the last pull succeeded
    conflicts: int  # conflicts not reviewed yet

    def as_dict(self) -> dict[str, Any]:
        return {"pending": self.pending,
                "last_success": self.last_success.isoformat() if self.last_success else None,
                "last_error": self.last_error,
                "last_pull": self.last_pull.isoformat() if self.last_pull else None,
                "cursor": self.cursor, "last_pull_error": self.last_pull_error,
                "conflicts": self.conflicts}


@dataclass(frozen=True)
class ConflictInfo:
    """A local edit of a shared record that lost to the server's version (0009)."""

    id: str  # the outbox record's id
    entity_type: str
    entity_id: str
    server_version: int
    local_payload: dict[str, Any]  # {"row": ..., "base_version": ...} as pushed
    detected_at: datetime
    reviewed_at: datetime | None
    reviewed_by: str
    review_note: str

    @classmethod
    def of(cls, row: SyncConflict) -> ConflictInfo:
        return cls(row.id, row.entity_type, row.entity_id, row.server_version,
                   json.loads(row.local_payload), row.detected_at, row.reviewed_at,
                   row.reviewed_by, row.review_note)


def _record(row: OutboxRecord) -> dict[str, Any]:
    return {"id": row.id, "entity_type": row.entity_type, "entity_id": row.entity_id,
            "operation": row.operation, "payload": json.loads(row.payload),
            "created_at": row.created_at.isoformat()}


def _own_audit(row: OutboxRecord) -> bool:
    """Whether `row` is the outbox copy of a `sync.pushed` audit event."""
    return row.entity_type == "audit_event" and f'"action": "{PUSHED_ACTION}"' in row.payload


def _state(session: Session) -> SyncState:
    """The one `sync_state` row, made on first use."""
    state = session.get(SyncState, SYNC_STATE_ID)
    if state is None:
        state = SyncState(id=SYNC_STATE_ID, pull_cursor=0, last_pull_error="")
        session.add(state)
    return state


class SyncService:
    """Enrolment, push, pull, conflicts and status, for one workstation instance.

    Pulled watch-list entries and reference values also reach the in-memory screening index
    and reference cache of `screening` and `reference`, the instance's own services.
    """

    def __init__(self, context: ServiceContext, screening: ScreeningService,
                 reference: ReferenceService,
                 after_pull: Sequence[Callable[[Actor], int]] = ()) -> None:
        self._ctx = context
        self._screening = screening
        self._reference = reference
        # Local work that pulled records start (cases a Kanwil decision moves on): each takes
        # the sync actor and says how many local changes it made, which then go up at once.
        self._after_pull = tuple(after_pull)
        self._client: SyncClient | None = None
        self._pulling = threading.Lock()  # one pull at a time (a timer and "sync now")

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    # -- credential ------------------------------------------------------------------------

    def _new_client(self, credential: Credential | None) -> SyncClient:
        config = self._ctx.config
        return SyncClient(config["server.url"], credential=credential,
                          ca_file=config["server.ca_file"],
                          timeout=config["sync.timeout_seconds"])

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
        sent = accepted = duplicates = batches = conflicts = 0
        while True:
            with self._ctx.store.read() as session:
                rows = within_bytes(session.scalars(
                    select(OutboxRecord).where(OutboxRecord.sent_at.is_(None))
                    .order_by(*OUTBOX_ORDER).limit(BATCH_SIZE)).all(), BATCH_BYTES)
                batch = [_record(row) for row in rows]
                ours_only = all(_own_audit(row) for row in rows)
            if not batch:
                break
            ids = [record["id"] for record in batch]
            try:
                answer = self._connected().push(batch)
            except SyncError as exc:
                self._failed(actor, ids, exc)
                raise
            with self._ctx.change(actor, Permission.SYNC_RUN) as uow:
                uow.session.execute(
                    update(OutboxRecord).where(OutboxRecord.id.in_(ids))
                    .values(sent_at=self._ctx.clock(), attempts=OutboxRecord.attempts + 1))
                lost = self._keep_conflicts(uow, answer.conflicts)
                # The event's own outbox record goes in the next batch; a batch of nothing
                # but those is not audited again, so the loop ends.
                if not ours_only:
                    uow.audit(PUSHED_ACTION, "workstation", actor.workstation_id,
                              after={"records": len(ids), "accepted": answer.accepted,
                                     "duplicates": answer.duplicates, "conflicts": lost})
            sent += len(ids)
            accepted += answer.accepted
            duplicates += answer.duplicates
            conflicts += lost
            batches += 1
            log.info("sync: batch of %d sent (%d new, %d already on the server, %d conflicts)",
                     len(ids), answer.accepted, answer.duplicates, lost)
        return PushResult(sent, accepted, duplicates, batches, conflicts)

    def _keep_conflicts(self, uow: UnitOfWork, conflicts: Sequence[PushConflict]) -> int:
        """Store each reported conflict with the losing payload (in the batch's transaction);
        how many were new (a batch pushed again may report one twice)."""
        kept = 0
        for conflict in conflicts:
            record = uow.session.get(OutboxRecord, conflict.record_id)
            if record is None or uow.session.get(SyncConflict, conflict.record_id) is not None:
                continue
            uow.session.add(SyncConflict(
                id=record.id, entity_type=conflict.entity_type, entity_id=conflict.entity_id,
                server_version=conflict.server_version, local_payload=record.payload,
                detected_at=self._ctx.clock(), reviewed_at=None, reviewed_by="",
                review_note=""))
            uow.audit(CONFLICT_ACTION, conflict.entity_type, conflict.entity_id,
                      after={"record": record.id, "server_version": conflict.server_version})
            log.warning("sync: %s %s lost to server version %d (record %s kept for review)",
                        conflict.entity_type, conflict.entity_id, conflict.server_version,
                        record.id)
            kept += 1
        return kept

    def _failed(self, actor: Actor, ids: list[str], error: SyncError) -> None:
        log.warning("sync: batch of %d not sent: %s", len(ids), error.detail)
        with self._ctx.change(actor, Permission.SYNC_RUN) as uow:
            uow.session.execute(
                update(OutboxRecord).where(OutboxRecord.id.in_(ids))
                .values(attempts=OutboxRecord.attempts + 1, last_error=error.user_message))

    # -- pull ------------------------------------------------------------------------------

    def pull(self, actor: Actor) -> PullResult:
        """Apply the server's changes since the stored cursor, page by page.

        Raises:
            PermissionDenied: the actor may not run sync.
            SyncError: a page could not be fetched, or not applied (PullRejected); the pages
                before it are applied and the cursor stands after the last of them.
        """
        require(actor, Permission.SYNC_RUN)
        if not self._ctx.config["server.url"]:
            raise SyncNotConfigured(detail="server.url is empty")
        with self._pulling:
            client = self._connected()
            scope = self._scope()
            with self._ctx.store.read() as session:
                state = session.get(SyncState, SYNC_STATE_ID)
                cursor = state.pull_cursor if state else 0
            pages = received = applied = skipped = 0
            # The next page is fetched while this one is applied: the server's work and the
            # transfer overlap the store's. Only an applied page moves the stored cursor.
            with ThreadPoolExecutor(1, thread_name_prefix="gapura-pull") as fetcher:
                ahead: Future[dict[str, Any]] = fetcher.submit(client.pull, cursor, PULL_LIMIT)
                while True:
                    try:
                        body = ahead.result()
                        if body.get("more"):
                            ahead = fetcher.submit(client.pull, int(body["cursor"]), PULL_LIMIT)
                        page = self._apply(actor, scope, cursor, body)
                    except SyncError as exc:
                        self._pull_failed(actor, exc)
                        raise
                    except (KeyError, ValueError, TypeError, IntegrityError) as exc:
                        error = PullRejected(detail=f"page after {cursor}: {exc!r}",
                                             cursor=cursor)
                        self._pull_failed(actor, error)
                        raise error from exc
                    self._refresh_caches(page)
                    received += len(body["changes"])
                    applied += page.applied
                    skipped += page.skipped
                    pages += 1 if body["changes"] else 0
                    cursor = int(body["cursor"])
                    if not body.get("more"):
                        break
        log.info("sync: pulled %d changes in %d pages (%d applied, %d skipped); cursor %d",
                 received, pages, applied, skipped, cursor)
        return PullResult(pages, received, applied, skipped, cursor)

    def _scope(self) -> Scope:
        credential = self._stored_credential()
        config = self._ctx.config
        return Scope(office_code=(credential.office_code if credential and
                                  credential.office_code else config.office_code),
                     workstation_id=(credential.workstation_id if credential
                                     else config.workstation_id))

    def _apply(self, actor: Actor, scope: Scope, cursor: int, body: dict[str, Any]
               ) -> AppliedPage:
        """One page and the cursor after it, in one transaction with its audit event."""
        changes = body["changes"]
        with self._ctx.change(actor, Permission.SYNC_RUN) as uow:
            page = apply_page(uow, changes, scope)
            state = _state(uow.session)
            state.pull_cursor = int(body["cursor"])
            state.last_pull_at, state.last_pull_error = self._ctx.clock(), ""
            if changes:
                uow.audit(PULLED_ACTION, "workstation", scope.workstation_id,
                          after={"from": cursor, "to": state.pull_cursor,
                                 "changes": len(changes), "kinds": dict(page.kinds),
                                 "skipped": page.skipped})
        return page

    def _refresh_caches(self, page: AppliedPage) -> None:
        if page.watch_added or page.watch_removed:
            # Entries are made only when the index is built (it reads them lazily).
            self._screening.apply_synced((watch_entry(c) for c in page.watch_added),
                                         page.watch_removed)
        if page.reference_changed:
            self._reference.invalidate()

    def _pull_failed(self, actor: Actor, error: SyncError) -> None:
        log.warning("sync: pull stopped: %s", error.detail)
        with self._ctx.change(actor, Permission.SYNC_RUN) as uow:
            _state(uow.session).last_pull_error = error.user_message

    def sync_once(self, actor: Actor) -> SyncResult:
        """Push the outbox, then pull: what a workstation does on its timer or on request.

        Raises:
            PermissionDenied, SyncError: as `push_pending` and `pull`; a failed push stops
                before the pull (the server is likely unreachable for both).
        """
        pushed = self.push_pending(actor)
        pulled = self.pull(actor)
        if sum(hook(actor) for hook in self._after_pull):
            more = self.push_pending(actor)
            pushed = PushResult(*(a + b for a, b in zip(astuple(pushed), astuple(more),
                                                        strict=True)))
        return SyncResult(pushed, pulled)

    # -- conflicts -------------------------------------------------------------------------
    # The sync operator's (SYNC_RUN), like the rest of sync: a conflict is sync bookkeeping
    # (the server's version is already in force), and reviewing one means making sure the
    # lost local edit is redone or dropped with the officer concerned.

    def conflicts(self, actor: Actor, include_reviewed: bool = False) -> list[ConflictInfo]:
        """Conflicts kept on this workstation, oldest first (unreviewed ones only by default)."""
        with self._ctx.query(actor, Permission.SYNC_RUN) as session:
            query = select(SyncConflict).order_by(SyncConflict.detected_at, SyncConflict.id)
            if not include_reviewed:
                query = query.where(SyncConflict.reviewed_at.is_(None))
            return [ConflictInfo.of(row) for row in session.scalars(query)]

    def mark_reviewed(self, actor: Actor, conflict_id: str, note: str) -> ConflictInfo:
        """Record that an officer has looked at a conflict, and what was done about it.

        Raises:
            PermissionDenied: the actor may not run sync.
            NotFoundError: no such conflict.
            ValidationError: no note, or the conflict was reviewed already.
        """
        if not note.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Tulis apa yang dilakukan atas konflik ini."),
                detail="conflict review without a note")
        with self._ctx.change(actor, Permission.SYNC_RUN) as uow:
            row = uow.session.get(SyncConflict, conflict_id)
            if row is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("gapura", "Konflik tidak ditemukan."),
                                    detail=f"no sync conflict {conflict_id}")
            if row.reviewed_at is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Konflik ini sudah ditinjau oleh {user}."),
                    detail=f"conflict {conflict_id} reviewed twice", user=row.reviewed_by)
            row.reviewed_at, row.reviewed_by = self._ctx.clock(), actor.username
            row.review_note = note.strip()
            uow.audit("sync.conflict_reviewed", row.entity_type, row.entity_id,
                      after={"record": row.id, "note": row.review_note})
            return ConflictInfo.of(row)

    # -- document verification -------------------------------------------------------------

    def verify_document(self, actor: Actor, number: str, pdf: bytes) -> dict[str, Any]:
        """Ask the server about a document of any office by its number and the hash of the
        file in hand (0009): nothing is revealed without the very file.

        Raises:
            SyncError: the server is not configured, not reachable or refuses.
        """
        require_any_role(actor)
        return self._connected().verify_document(number, hashlib.sha256(pdf).hexdigest())

    # -- status ----------------------------------------------------------------------------

    def status(self, actor: Actor) -> SyncStatus:
        """Pending records, the last accepted batch and the last error, where pulling stands
        and the conflicts waiting for review, for any officer."""
        require_any_role(actor)
        with self._ctx.store.read() as session:
            pending = session.scalar(select(func.count()).select_from(OutboxRecord)
                                     .where(OutboxRecord.sent_at.is_(None))) or 0
            last_success = session.scalar(select(func.max(OutboxRecord.sent_at)))
            # Every push starts with the oldest pending record: its error is the latest.
            last_error = session.scalar(
                select(OutboxRecord.last_error).where(OutboxRecord.sent_at.is_(None))
                .order_by(*OUTBOX_ORDER).limit(1)) or ""
            state = session.get(SyncState, SYNC_STATE_ID)
            conflicts = session.scalar(select(func.count()).select_from(SyncConflict)
                                       .where(SyncConflict.reviewed_at.is_(None))) or 0
        return SyncStatus(pending, last_success, last_error,
                          last_pull=state.last_pull_at if state else None,
                          cursor=state.pull_cursor if state else 0,
                          last_pull_error=state.last_pull_error if state else "",
                          conflicts=conflicts)
