"""Applying one page of pulled changes (decision 0009) to the workstation's store.

`apply_page` runs inside the caller's unit of work, so a page and the cursor that follows it
commit together. Within a page the newest change of a `(kind, key)` is its state, and kinds
are applied in an order that satisfies foreign keys (offices before their users). A kind this
version does not know is logged and skipped, so a newer server never stops an older client.
In-memory caches (the screening index, reference values) are the caller's to refresh after
the commit, from what `AppliedPage` reports.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.auth.permissions import Role
from app.domain.blanks import serials
from app.services.base import UnitOfWork
from app.store.blank_models import BlankBatch, PassportBlank
from app.store.case_models import (
    Case,
    CaseAttachment,
    CaseEvent,
    CaseSubject,
    Delegation,
    UpstreamRequest,
)
from app.store.complaint_models import Complaint, DutyAssignment
from app.store.counter_models import (
    IssuedDocument,
    ReferenceValue,
    Referral,
    WatchListEntry,
    WatchListImport,
)
from app.store.detention_models import (
    Detainee,
    DetentionCash,
    DetentionEvent,
    DetentionItem,
    DetentionPlacement,
    DetentionRoom,
)
from app.store.document_models import PrintQueueEntry
from app.store.models import Base, Office, OutboxRecord, User, UserRole, new_id
from app.store.passport_models import PassportApplication
from app.store.permit_models import PermitApplication, PermitRequirement
from app.store.queue_models import Booking, QueueTicket
from app.store.rows import json_to_columns
from app.store.sync_models import (
    HOLIDAY_NASIONAL,
    Holiday,
    NumberRange,
    ReferenceItem,
    SyncVersion,
)

if TYPE_CHECKING:
    from app.domain.screening import WatchEntry

log = logging.getLogger(__name__)

WATCH_SOURCE = "sync"
WATCH_CACHE_KIB = 65_536
WATCH_CHECKPOINT_PAGES = 10_000
OFFICE_COLUMNS = ("name", "timezone", "ministry", "directorate_general", "regional_office",
                  "address", "city", "phone", "email", "website")
# Shared office records and their local table (decision 0009). `approval` is a case step that
# waits for the Kanwil or the Ditjen (app.services.cases).
SHARED: Mapping[str, type[Base]] = {
    "referral": Referral, "print_job": PrintQueueEntry, "case": Case,
    "case_attachment": CaseAttachment, "delegation": Delegation, "approval": UpstreamRequest,
    "permit_application": PermitApplication, "passport_application": PassportApplication,
    "queue_booking": Booking, "queue_ticket": QueueTicket, "blank_batch": BlankBatch,
    "passport_blank": PassportBlank, "detention_room": DetentionRoom, "detainee": Detainee,
    "complaint": Complaint, "duty_roster": DutyAssignment}
# Rows that travel inside a shared record's row, by name: (model, the column naming the parent).
PARTS: Mapping[str, tuple[type[Base], str]] = {
    "subjects": (CaseSubject, "case_id"), "events": (CaseEvent, "case_id"),
    "requirements": (PermitRequirement, "application_id"),
    "detainee_items": (DetentionItem, "detainee_id"),
    "detainee_cash": (DetentionCash, "detainee_id"),
    "detainee_placements": (DetentionPlacement, "detainee_id"),
    "detainee_events": (DetentionEvent, "detainee_id")}
KNOWN_ROLES = frozenset(role.value for role in Role)


@dataclass(frozen=True)
class Change:
    """One entry of `/v1/pull`'s `changes`."""

    seq: int
    kind: str
    key: str
    office_code: str | None
    payload: Mapping[str, Any]
    deleted: bool

    @classmethod
    def of(cls, data: Mapping[str, Any]) -> Change:
        return cls(int(data["seq"]), str(data["kind"]), str(data["key"]),
                   data.get("office_code"), data.get("payload") or {},
                   bool(data.get("deleted", False)))


@dataclass
class AppliedPage:
    """What one page changed: counts per kind, and what in-memory caches must learn."""

    kinds: Counter[str] = field(default_factory=Counter)
    skipped: int = 0  # unknown kinds, another office's or another workstation's changes
    watch_added: list[Change] = field(default_factory=list)  # entries as they came
    watch_removed: list[str] = field(default_factory=list)
    reference_changed: bool = False

    @property
    def applied(self) -> int:
        return sum(self.kinds.values())


@dataclass(frozen=True)
class Scope:
    """Whose changes this workstation applies."""

    office_code: str
    workstation_id: str


def apply_page(uow: UnitOfWork, changes: Iterable[Mapping[str, Any]], scope: Scope
               ) -> AppliedPage:
    """Apply `changes` (one page, oldest first) inside `uow`.

    Raises:
        KeyError, ValueError, TypeError: a change of a known kind is malformed; the caller's
            transaction rolls back and the page is not applied.
    """
    page = AppliedPage()
    latest: dict[tuple[str, str], Change] = {}
    for data in changes:
        change = Change.of(data)
        if change.office_code not in (None, scope.office_code):
            # The server scopes by office; a change for another office is never applied.
            log.warning("pull: change %d (%s %s) is for office %s, not %s; skipped",
                        change.seq, change.kind, change.key, change.office_code,
                        scope.office_code)
            page.skipped += 1
            continue
        latest.pop((change.kind, change.key), None)  # re-inserted: keeps the order of seq
        latest[(change.kind, change.key)] = change
    by_kind: dict[str, list[Change]] = {}
    for change in latest.values():
        by_kind.setdefault(change.kind, []).append(change)
    for kind, of_kind in by_kind.items():
        if kind not in APPLIERS:
            log.info("pull: %d change(s) of unknown kind %r skipped", len(of_kind), kind)
            page.skipped += len(of_kind)
    for kind, applier in APPLIERS.items():
        if kind in by_kind:
            applier(uow, by_kind[kind], scope, page)
    return page


# -- reference data -------------------------------------------------------------------------


def _offices(uow: UnitOfWork, changes: list[Change], _scope: Scope, page: AppliedPage) -> None:
    for change in changes:
        if change.deleted:
            # Users, documents and the audit trail name the office: it stays.
            log.warning("pull: deletion of office %s not applied locally", change.key)
            page.skipped += 1
            continue
        office = uow.session.get(Office, change.key)
        if office is None:
            office = Office(code=change.key)
            uow.session.add(office)
        for name in OFFICE_COLUMNS:
            setattr(office, name, change.payload.get(name) or "")
        page.kinds["office"] += 1
    uow.session.flush()  # users of a new office follow in this page


def _users(uow: UnitOfWork, changes: list[Change], _scope: Scope, page: AppliedPage) -> None:
    now = uow.context.clock()
    for change in changes:
        user = uow.session.get(User, change.key)
        if change.deleted:
            # The audit trail names the account, so it is disabled, never removed.
            if user is not None:
                user.disabled, user.updated_at = True, now
            page.kinds["user"] += 1
            continue
        p = change.payload
        username = str(p["username"]).strip().lower()
        _move_aside(uow, username, change.key)
        if user is None:
            user = User(id=change.key, created_at=now, failed_attempts=0)
            uow.session.add(user)
        user.username, user.full_name = username, p["full_name"]
        user.nip, user.office_code = p.get("nip") or "", p["office_code"]
        user.password_hash = p["password_hash"]
        user.disabled = bool(p.get("disabled", False))
        user.must_change_password = bool(p.get("must_change_password", False))
        user.updated_at = now
        _set_roles(user, p.get("roles") or ())
        uow.session.flush()  # the next change may reuse this one's old username
        page.kinds["user"] += 1


def _move_aside(uow: UnitOfWork, username: str, user_id: str) -> None:
    """A local account with the server's username but another id (made before enrolment)
    is renamed and disabled: the server is the master of users (0009), the audit trail
    keeps naming the old account."""
    clash = uow.session.scalar(select(User).where(User.username == username,
                                                  User.id != user_id))
    if clash is None:
        return
    log.warning("pull: local account %s (%s) moved aside for the server's user %s",
                username, clash.id, user_id)
    clash.username = f"{username[:50]}~{clash.id[:8]}"
    clash.disabled, clash.updated_at = True, uow.context.clock()
    uow.session.flush()


def _set_roles(user: User, codes: Iterable[str]) -> None:
    wanted = {str(code) for code in codes}
    unknown = wanted - KNOWN_ROLES
    if unknown:  # a role of a newer version; this one cannot grant it
        log.warning("pull: user %s: unknown roles %s not applied", user.username,
                    sorted(unknown))
    wanted &= KNOWN_ROLES
    for held in list(user.roles):
        if held.role not in wanted:
            user.roles.remove(held)
    present = {held.role for held in user.roles}
    user.roles.extend(UserRole(role=code) for code in sorted(wanted - present))


def _reference_values(uow: UnitOfWork, changes: list[Change], _scope: Scope,
                      page: AppliedPage) -> None:
    for change in changes:
        key, _, day = change.key.rpartition("@")
        row = uow.session.get(ReferenceValue, (key, date.fromisoformat(day)))
        if change.deleted:
            if row is not None:
                uow.session.delete(row)
        else:
            values = json_to_columns(ReferenceValue, change.payload)
            if row is None:
                uow.session.add(ReferenceValue(**values))
            else:
                for name, value in values.items():
                    setattr(row, name, value)
        page.kinds["reference_value"] += 1
        page.reference_changed = True


def _reference_items(uow: UnitOfWork, changes: list[Change], _scope: Scope,
                     page: AppliedPage) -> None:
    for change in changes:
        row = uow.session.get(ReferenceItem, (change.kind, change.key))
        if change.deleted:
            if row is not None:
                uow.session.delete(row)
        elif row is None:
            uow.session.add(ReferenceItem(kind=change.kind, key=change.key,
                                          payload=_json(change.payload)))
        else:
            row.payload = _json(change.payload)
        page.kinds[change.kind] += 1


def _holidays(uow: UnitOfWork, changes: list[Change], _scope: Scope, page: AppliedPage) -> None:
    for change in changes:
        day = date.fromisoformat(change.key)
        row = uow.session.get(Holiday, day)
        if change.deleted:
            if row is not None:
                uow.session.delete(row)
        elif row is None:
            uow.session.add(Holiday(date=day, name=change.payload["name"],
                                    kind=change.payload.get("kind", HOLIDAY_NASIONAL)))
        else:
            row.name = change.payload["name"]
            row.kind = change.payload.get("kind", row.kind)
        page.kinds["holiday"] += 1
        page.reference_changed = True  # the work calendar is built from holidays


def _number_ranges(uow: UnitOfWork, changes: list[Change], scope: Scope,
                   page: AppliedPage) -> None:
    for change in changes:
        workstation = str(change.payload.get("workstation_id") or change.key)
        if workstation != scope.workstation_id:
            page.skipped += 1  # another workstation of this office
            continue
        row = uow.session.get(NumberRange, workstation)
        if change.deleted:
            if row is not None:
                uow.session.delete(row)
        else:
            first, last = int(change.payload["first"]), int(change.payload["last"])
            if row is None:
                row = NumberRange(workstation_id=workstation)
                uow.session.add(row)
            row.first, row.last, row.leased_at = first, last, uow.context.clock()
            log.info("pull: number range %d-%d leased to %s", first, last, workstation)
        page.kinds["number_range"] += 1


# -- watch lists ----------------------------------------------------------------------------


def watch_entry(change: Change) -> WatchEntry:
    """The screening entry a `watch_entry` change carries (0009's payload)."""
    from app.domain.screening import WatchEntry

    p = change.payload
    return WatchEntry(
        id=change.key, list_name=p["list_name"], full_name=p["full_name"],
        birth_date=p.get("birth_date") or "", nationality=p.get("nationality") or "",
        document_numbers=tuple(p.get("document_numbers") or ()),
        reference=p.get("reference") or "", action=p.get("action") or "",
        valid_from=_day(p.get("valid_from")), valid_until=_day(p.get("valid_until")),
        aliases=tuple(p.get("aliases") or ()), legal_basis=p.get("legal_basis") or "",
        requesting_agency=p.get("requesting_agency") or "")


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _iso_day(value: str | None) -> str | None:
    """A checked ISO date as SQLAlchemy's Date type stores it in SQLite (the same text)."""
    return _day(value).isoformat() if value else None  # type: ignore[union-attr]


_WATCH_COLUMNS = ("id", "list_name", "full_name", "aliases", "birth_date", "nationality",
                  "document_numbers", "reference", "legal_basis", "requesting_agency", "action",
                  "valid_from", "valid_until", "import_id")
_INSERT_WATCH = (f"INSERT OR REPLACE INTO watch_entries ({', '.join(_WATCH_COLUMNS)}) "
                 f"VALUES ({', '.join('?' * len(_WATCH_COLUMNS))})")


def _watch_values(change: Change, import_id: str) -> tuple[object, ...]:
    p = change.payload
    get = p.get
    list_name, full_name = p["list_name"], p["full_name"]
    if not (isinstance(list_name, str) and isinstance(full_name, str) and full_name):
        raise ValueError(f"watch entry {change.key}: bad list_name or full_name")
    aliases, numbers = get("aliases"), get("document_numbers")
    valid_from, valid_until = get("valid_from"), get("valid_until")
    return (change.key, list_name, full_name, "|".join(aliases) if aliases else "",
            get("birth_date") or "", get("nationality") or "",
            "|".join(numbers) if numbers else "", get("reference") or "",
            get("legal_basis") or "", get("requesting_agency") or "", get("action") or "",
            _iso_day(valid_from) if valid_from else None,
            _iso_day(valid_until) if valid_until else None, import_id)


def _watch_entries(uow: UnitOfWork, changes: list[Change], _scope: Scope,
                   page: AppliedPage) -> None:
    """Bulk: one INSERT OR REPLACE for the page's entries (a new version replaces the row of
    the same id), one DELETE for its removals, and one WatchListImport row that dates the lists
    (the status bar's age). A million entries arrive in pages of thousands, never at once;
    rows go to the driver as tuples straight from the payload (the store is SQLite), which
    is what keeps a full list's pull within its budget."""
    import_id = new_id()
    added = [c for c in changes if not c.deleted]
    removed = [c.key for c in changes if c.deleted]
    if removed:
        uow.session.execute(delete(WatchListEntry).where(WatchListEntry.id.in_(removed)))
    if added:
        connection = uow.session.connection()
        # Entry ids are hashes, so a full list lands all over the primary-key B-tree; with
        # SQLite's default 2 MB page cache each page of a million-entry pull rereads it from
        # disk. 64 MB (this connection's cache, taken only as used) keeps it in memory.
        connection.exec_driver_sql(f"PRAGMA cache_size = -{WATCH_CACHE_KIB}")
        # Checkpoint the WAL every 40 MB instead of every 4 MB: fewer scattered write-backs.
        connection.exec_driver_sql(f"PRAGMA wal_autocheckpoint = {WATCH_CHECKPOINT_PAGES}")
        connection.exec_driver_sql(_INSERT_WATCH, [_watch_values(c, import_id) for c in added])
    uow.session.add(WatchListImport(id=import_id, imported_at=uow.context.clock(),
                                    source=WATCH_SOURCE, entries=len(added),
                                    imported_by=uow.actor.username))
    page.watch_added.extend(added)
    page.watch_removed.extend(removed)
    page.kinds["watch_entry"] += len(changes)


# -- trusted CSCA certificates --------------------------------------------------------------


def _csca_certificates(uow: UnitOfWork, changes: list[Change], _scope: Scope,
                       page: AppliedPage) -> None:
    """Decision 0026: the CSCAs the server's admin imported, by SHA-256 of their DER. The DER
    is parsed again here (a change whose DER is not its key's certificate is refused); the
    counter's master list is rebuilt when it next reads a chip."""
    from app.services.chip import (
        SYNC_SOURCE,
        TrustedCertificate,
        remove_certificate,
        store_certificate,
    )

    for change in changes:
        if change.deleted:
            remove_certificate(uow, change.key)
        else:
            store_certificate(uow, TrustedCertificate.from_payload(change.key, change.payload),
                              SYNC_SOURCE)
        page.kinds["csca_certificate"] += 1


def _csca_crls(uow: UnitOfWork, changes: list[Change], _scope: Scope, page: AppliedPage) -> None:
    """Decision 0026: the newest CRL of each CSCA, keyed by its issuer. The server published it
    only after a CSCA it publishes verified its signature; here the DER is parsed again (a
    change whose DER is a CRL of another issuer is refused) and a CRL older than the one held
    (a local import may be newer) is not kept. Passive authentication verifies a CRL's
    signature with the chip's CSCA again before it uses it."""
    from app.services.chip import SYNC_SOURCE, TrustedCrl, remove_crl, store_crl

    for change in changes:
        if change.deleted:
            remove_crl(uow, change.key)
        else:
            store_crl(uow, TrustedCrl.from_payload(change.key, change.payload), SYNC_SOURCE)
        page.kinds["csca_crl"] += 1


# -- shared office records ------------------------------------------------------------------


def _shared(uow: UnitOfWork, changes: list[Change], _scope: Scope, page: AppliedPage) -> None:
    """Server wins, except over a local edit still waiting in the outbox: that row stays
    (its push may yet win, or come back as a conflict) and only the version is noted."""
    kind = changes[0].kind
    model = SHARED[kind]
    pending = set(uow.session.scalars(select(OutboxRecord.entity_id).where(
        OutboxRecord.sent_at.is_(None), OutboxRecord.entity_type == kind,
        OutboxRecord.entity_id.in_([c.key for c in changes]))))
    for change in changes:
        page.kinds[kind] += 1
        if change.deleted:
            log.warning("pull: deletion of %s %s not applied locally", kind, change.key)
            continue
        _note_version(uow, kind, change.key, int(change.payload["version"]))
        if change.key in pending:
            log.info("pull: %s %s has an unsent local edit; kept", kind, change.key)
            continue
        row = dict(change.payload["row"])
        document = row.pop("document", None)  # a print job's, so the station can print it
        parts = {name: row.pop(name) for name in PARTS if name in row}
        if document is not None:
            _upsert(uow, IssuedDocument, document["id"], document)
        _upsert(uow, model, change.key, row)
        for name, rows in parts.items():
            _replace_parts(uow, *PARTS[name], change.key, rows)


def _blank_batches(uow: UnitOfWork, changes: list[Change], scope: Scope,
                   page: AppliedPage) -> None:
    """A batch of passport blanks, and its range's blanks as available where this desk has
    no row yet (a blank that was allocated, produced or spoiled comes as its own record)."""
    _shared(uow, changes, scope, page)
    for change in changes:
        if change.deleted:
            continue
        batch = uow.session.get(BlankBatch, change.key)
        if batch is None:
            continue
        uow.session.execute(
            sqlite_insert(PassportBlank).on_conflict_do_nothing(),
            [{"serial": serial, "batch_id": batch.id, "office_code": batch.office_code,
              "kind": batch.kind}
             for serial in serials(batch.prefix, batch.first_number, batch.last_number)])


def _note_version(uow: UnitOfWork, kind: str, entity_id: str, version: int) -> None:
    row = uow.session.get(SyncVersion, (kind, entity_id))
    if row is None:
        uow.session.add(SyncVersion(entity_type=kind, entity_id=entity_id, version=version))
    else:
        row.version = version


def _upsert(uow: UnitOfWork, model: type[Base], entity_id: str, data: Mapping[str, Any]) -> None:
    values = json_to_columns(model, {**data, "id": entity_id})
    row = uow.session.get(model, entity_id)
    if row is None:
        uow.session.add(model(**values))
    else:
        for name, value in values.items():
            setattr(row, name, value)
    uow.session.flush()  # a print job's document before the job


def _replace_parts(uow: UnitOfWork, model: type[Base], parent_column: str, parent_id: str,
                   rows: Iterable[Mapping[str, Any]]) -> None:
    """A shared record's parts as the server has them: each upserted by id, others removed."""
    rows = list(rows)
    parent = getattr(model, parent_column)
    uow.session.execute(delete(model).where(
        parent == parent_id, model.id.not_in([r["id"] for r in rows])))  # type: ignore[attr-defined]
    for data in rows:
        _upsert(uow, model, data["id"], {**data, parent_column: parent_id})


def _json(payload: Mapping[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True)


Applier = Callable[[UnitOfWork, list[Change], Scope, AppliedPage], None]

# In this order: offices before their users, a print job's document before the job.
APPLIERS: Mapping[str, Applier] = {
    "office": _offices,
    "user": _users,
    "reference_value": _reference_values,
    "permit_type": _reference_items,
    "holiday": _holidays,
    "number_range": _number_ranges,
    "watch_entry": _watch_entries,
    "csca_certificate": _csca_certificates,
    "csca_crl": _csca_crls,  # after the CSCAs
    "referral": _shared,
    "print_job": _shared,
    "case": _shared,  # before its attachments
    "case_attachment": _shared,
    "permit_application": _shared,  # after its case
    "passport_application": _shared,
    "complaint": _shared,  # after its case
    "duty_roster": _shared,
    "delegation": _shared,
    "approval": _shared,
    "queue_booking": _shared,
    "queue_ticket": _shared,
    "blank_batch": _blank_batches,  # before its blanks
    "passport_blank": _shared,
    "detention_room": _shared,  # before the detainees placed in them
    "detainee": _shared,  # after its case
}
