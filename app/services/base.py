"""What every service shares: the context it runs in and the unit of work for a change.

A state change goes through `ServiceContext.change(actor, permission)`: the permission is
checked first, then the change, its audit event and its outbox record are written in one
transaction that commits together or not at all.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.audit.chain import event_hash, last_hash
from app.auth.permissions import Actor, Permission, Role, require
from app.config import Config
from app.secrets import SecretStore
from app.store.db import Store
from app.store.models import AuditEvent, Base, OutboxRecord, new_id
from app.store.rows import row_to_json
from app.store.sync_models import SyncVersion

log = logging.getLogger(__name__)


def utc_now() -> datetime:
    return datetime.now(UTC)


def _json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


@dataclass
class ServiceContext:
    """The store, configuration and clock that services run against."""

    store: Store
    config: Config
    clock: Callable[[], datetime] = utc_now
    secrets: SecretStore | None = None
    cache: dict[Any, Any] = field(default_factory=dict, repr=False)  # per-instance memo

    def __post_init__(self) -> None:
        if self.secrets is None:
            # Beside the database: one instance's data dir (tests, benchmarks, the app).
            self.secrets = SecretStore(Path(self.store.engine.url.database or ".").parent)

    @contextmanager
    def change(self, actor: Actor, permission: Permission | None) -> Iterator[UnitOfWork]:
        """Check `permission` (None only for sign-in, which has no actor yet), then open a
        write transaction whose audit events and outbox records commit with the change."""
        if permission is not None:
            require(actor, permission)
        with self.store.write() as session:
            yield UnitOfWork(session, actor, permission, self)

    @contextmanager
    def query(self, actor: Actor, permission: Permission) -> Iterator[Session]:
        """Check `permission`, then open a read-only session."""
        require(actor, permission)
        with self.store.read() as session:
            yield session


@dataclass
class UnitOfWork:
    session: Session
    actor: Actor
    permission: Permission | None
    context: ServiceContext
    _last: tuple[int, str] | None = field(default=None, repr=False)

    def audit(self, action: str, entity_type: str, entity_id: str, *,
              before: Mapping[str, Any] | None = None,
              after: Mapping[str, Any] | None = None) -> AuditEvent:
        """Append an event to the hash chain within this transaction."""
        if self._last is None:
            self._last = last_hash(self.session)
        seq, previous = self._last
        event = AuditEvent(
            seq=seq + 1,
            id=new_id(),
            occurred_at=self.context.clock(),
            user_id=self.actor.user_id,
            username=self.actor.username,
            roles=",".join(self.actor.roles_granting(self.permission)),
            workstation_id=self.actor.workstation_id,
            office_code=self.actor.office_code,
            action=action,
            entity_type=entity_type,
            entity_id=entity_id,
            summary=_json({"before": before, "after": after}),
            prev_hash=previous,
        )
        event.hash = event_hash(event)
        self.session.add(event)
        self._last = (event.seq, event.hash)
        self.outbox("audit_event", event.id, "create",
                    {"seq": event.seq, "action": action, "hash": event.hash})
        return event

    def outbox(self, entity_type: str, entity_id: str, operation: str,
               payload: Mapping[str, Any]) -> None:
        self.session.add(OutboxRecord(
            id=new_id(), created_at=self.context.clock(), entity_type=entity_type,
            entity_id=entity_id, operation=operation, payload=_json(payload), attempts=0,
            last_error="",
        ))

    def share(self, entity_type: str, row: Base, **attached: Base | Sequence[Base]) -> None:
        """The outbox record of a shared office record (a referral, a print job, a case;
        decision 0009): every column of `row`, each `attached` row (or list of rows) under its
        name inside it (a print job's `document`, a case's `subjects` and `events`), and the
        server version this workstation last pulled (0: never)."""
        self.session.flush()  # column defaults (the id among them) are set by the flush
        entity_id = row.id  # type: ignore[attr-defined]  # shared records have an id column
        data = row_to_json(row)
        data.update({name: row_to_json(other) if isinstance(other, Base)
                     else [row_to_json(item) for item in other]
                     for name, other in attached.items()})
        version = self.session.get(SyncVersion, (entity_type, entity_id))
        self.outbox(entity_type, entity_id, "upsert",
                    {"row": data, "base_version": version.version if version else 0})


def system_actor(config: Config, name: str = "system") -> Actor:
    """The actor for local maintenance from the command line (the OS account that runs it)."""
    return Actor(user_id=None, username=name, full_name=name, roles=frozenset({Role.ADMIN}),
                 office_code=config.office_code, workstation_id=config.workstation_id)
