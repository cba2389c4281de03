"""Server-side administration: offices, enrolment codes, reference changes to publish.

Every admin action that changes what workstations know publishes its change (decision 0009)
in the same transaction as the change itself.
"""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import insert, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.errors import NotFoundError, ValidationError
from server.auth import hash_secret, new_enrolment_code
from server.db import Database
from server.models import Change, EnrolmentCode, Office, ServerSecret, User, Workstation

if TYPE_CHECKING:
    from cryptography import x509

    from app.domain.screening import WatchEntry
    from app.services.chip import TrustedCertificate, TrustedCrl

TOKEN_KEY = "token_key"
# The PostgreSQL advisory lock that serialises publish_change ("gapu" in ASCII).
CHANGES_LOCK = 0x67617075
CHANGE_CHUNK = 5000
OFFICE_FIELDS = ("code", "name", "timezone", "ministry", "directorate_general",
                 "regional_office", "address", "city", "phone", "email", "website")


@dataclass(frozen=True)
class IssuedCode:
    code: str
    office_code: str
    office_name: str
    expires_at: datetime


def ensure_office(session: Session, code: str, name: str | None, now: datetime) -> Office:
    """The office with `code`, created (named `name`, else its code) when missing."""
    office = session.get(Office, code)
    if office is None:
        office = Office(code=code, name=name or code, created_at=now)
        session.add(office)
        session.flush()
    elif name and name != office.name:
        office.name = name
    return office


def issue_enrolment_code(db: Database, office_code: str, now: datetime, *,
                         office_name: str | None = None, hours: float = 24) -> IssuedCode:
    """A new one-time code enrolling one workstation into `office_code` within `hours`."""
    code = new_enrolment_code()
    expires_at = now + timedelta(hours=hours)
    with db.write() as session:
        office = ensure_office(session, office_code, office_name, now)
        session.add(EnrolmentCode(code_hash=hash_secret(code), office_code=office.code,
                                  created_at=now, expires_at=expires_at))
        name = office.name
    return IssuedCode(code, office_code, name, expires_at)


def _json(payload: object) -> str:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def lock_changes(session: Session) -> None:
    """Serialise the writers of `changes` until this transaction ends, so that seq order is
    commit order and a pull never passes a change committing later with a smaller seq.

    PostgreSQL: a transaction-scoped advisory lock (re-entrant within the transaction).
    SQLite: writers hold the database lock (`BEGIN IMMEDIATE`) anyway.
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    transaction = session.get_transaction()
    if session.info.get("changes_locked_by") is transaction:
        return  # once per transaction is enough
    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHANGES_LOCK})
    session.info["changes_locked_by"] = transaction


def publish_change(session: Session, kind: str, key: str, payload: dict[str, Any],
                   now: datetime, *, office_code: str | None = None,
                   deleted: bool = False) -> int:
    """Append one reference-data delta for pull; `office_code` None reaches every office.

    Returns:
        The change's sequence number (the cursor a workstation reaches by pulling it).
    """
    lock_changes(session)
    change = Change(office_code=office_code, kind=kind, key=key, deleted=deleted,
                    payload=_json(payload), created_at=now)
    session.add(change)
    session.flush()
    return change.seq


def publish_changes(session: Session, kind: str, items: Iterable[tuple[str, dict[str, Any]]],
                    now: datetime, *, office_code: str | None = None) -> int:
    """Append many changes of one kind in bulk (executemany in chunks, no ORM objects), for
    imports of up to millions of entries; `items` are (key, payload). Returns how many."""
    lock_changes(session)
    count = 0
    chunk: list[dict[str, Any]] = []
    for key, payload in items:
        chunk.append({"office_code": office_code, "kind": kind, "key": key, "deleted": False,
                      "payload": _json(payload), "created_at": now})
        if len(chunk) == CHANGE_CHUNK:
            session.execute(insert(Change), chunk)
            count += len(chunk)
            chunk = []
    if chunk:
        session.execute(insert(Change), chunk)
        count += len(chunk)
    return count


def current_state(session: Session, kind: str, key: str) -> dict[str, Any] | None:
    """The payload of the newest change of (`kind`, `key`); None when none or deleted."""
    newest = session.scalar(select(Change).where(Change.kind == kind, Change.key == key)
                            .order_by(Change.seq.desc()).limit(1))
    if newest is None or newest.deleted:
        return None
    return json.loads(newest.payload)


# -- offices --------------------------------------------------------------------------------


def office_payload(office: Office) -> dict[str, Any]:
    """The `office` change: the workstation's `offices` columns."""
    return {name: getattr(office, name) for name in OFFICE_FIELDS}


def set_office(db: Database, code: str, now: datetime, **fields: str | None) -> dict[str, Any]:
    """Create or update an office's letterhead data and publish it to every office.

    Args:
        fields: any of OFFICE_FIELDS but `code`; None leaves a value as it is.

    Raises:
        ValidationError: an unknown time zone, or a new office without a name.
    """
    unknown = set(fields) - set(OFFICE_FIELDS[1:])
    if unknown:
        raise ValueError(f"unknown office fields {sorted(unknown)}")
    zone = fields.get("timezone")
    if zone is not None:
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValidationError("Zona waktu {zone} tidak dikenal; contoh: Asia/Jakarta, "
                                  "Asia/Makassar, Asia/Jayapura.",
                                  detail=f"unknown time zone {zone!r}", zone=zone) from exc
    with db.write() as session:
        office = session.get(Office, code)
        if office is None:
            if not fields.get("name"):
                raise ValidationError("Kantor {office} belum ada; beri namanya dengan --name.",
                                      detail=f"new office {code} without a name", office=code)
            office = Office(code=code, name=fields["name"], created_at=now)
            session.add(office)
        for name, value in fields.items():
            if value is not None:
                setattr(office, name, value)
        session.flush()
        payload = office_payload(office)
        publish_change(session, "office", code, payload, now)
    return payload


def _office(session: Session, code: str) -> Office:
    office = session.get(Office, code)
    if office is None:
        raise NotFoundError("Kantor {office} tidak ada di server. Buat dulu dengan "
                            "`gapura server office set`.",
                            detail=f"no office {code!r}", office=code)
    return office


# -- users ----------------------------------------------------------------------------------


def user_payload(user: User) -> dict[str, Any]:
    """The `user` change (decision 0009)."""
    return {"id": user.id, "username": user.username, "full_name": user.full_name,
            "nip": user.nip, "office_code": user.office_code,
            "password_hash": user.password_hash, "roles": user.role_codes,
            "disabled": user.disabled, "must_change_password": user.must_change_password}


def parse_role_codes(codes: Sequence[str]) -> list[str]:
    """Role codes as given, checked against `app.auth.permissions.Role`.

    Raises:
        ValidationError: an unknown code or none at all.
    """
    from app.auth.permissions import Role

    known = {role.value for role in Role}
    wrong = [code for code in codes if code not in known]
    if wrong or not codes:
        raise ValidationError("Peran tidak dikenal: {wrong}. Peran yang ada: {known}.",
                              detail=f"bad roles {list(codes)!r}",
                              wrong=", ".join(wrong) or "(kosong)", known=", ".join(sorted(known)))
    return sorted(set(codes))


def add_user(db: Database, now: datetime, *, office_code: str, username: str, full_name: str,
             roles: Sequence[str], password: str, nip: str = "") -> dict[str, Any]:
    """Create an officer's account on the server and publish it to the officer's office.

    Raises:
        ValidationError: unknown roles, a weak password, or a username already taken.
        NotFoundError: the office does not exist.
    """
    from app.auth.passwords import check_policy, hash_password

    codes = parse_role_codes(roles)
    if not username.strip() or not full_name.strip():
        raise ValidationError("Nama pengguna dan nama lengkap wajib diisi.",
                              detail="empty username or full name")
    check_policy(password, username)
    with db.write() as session:
        _office(session, office_code)
        if session.scalar(select(User.id).where(User.username == username)) is not None:
            raise ValidationError("Nama pengguna {username} sudah dipakai di server.",
                                  detail=f"username {username!r} taken", username=username)
        user = User(id=str(uuid.uuid4()), username=username, full_name=full_name.strip(),
                    nip=nip, office_code=office_code, password_hash=hash_password(password),
                    roles=",".join(codes), disabled=False, must_change_password=True,
                    updated_at=now)
        session.add(user)
        session.flush()
        payload = user_payload(user)
        publish_change(session, "user", user.id, payload, now, office_code=office_code)
    return payload


def disable_user(db: Database, now: datetime, username: str) -> dict[str, Any]:
    """Disable an account (it can no longer get an officer token) and publish it.

    Raises:
        NotFoundError: no such username on the server.
    """
    with db.write() as session:
        user = session.scalar(select(User).where(User.username == username))
        if user is None:
            raise NotFoundError("Pengguna {username} tidak ditemukan di server.",
                                detail=f"no user {username!r}", username=username)
        user.disabled = True
        user.updated_at = now
        payload = user_payload(user)
        publish_change(session, "user", user.id, payload, now, office_code=user.office_code)
    return payload


# -- watch lists ----------------------------------------------------------------------------


def import_watch_entries(db: Database, now: datetime, entries: Iterable[WatchEntry]) -> int:
    """Publish one `watch_entry` change per entry (a newer change of an id replaces the entry),
    all in one transaction; an id twice in the input counts once (the first). Returns how many.
    """
    seen: set[str] = set()

    def items() -> Iterable[tuple[str, dict[str, Any]]]:
        for entry in entries:
            if entry.id not in seen:
                seen.add(entry.id)
                yield entry.id, entry.payload()

    with db.write() as session:
        return publish_changes(session, "watch_entry", items(), now)


def remove_watch_entry(db: Database, now: datetime, entry_id: str) -> None:
    """Publish the removal of one watch-list entry.

    Raises:
        NotFoundError: no such entry (never imported, or already removed).
    """
    with db.write() as session:
        lock_changes(session)
        if current_state(session, "watch_entry", entry_id) is None:
            raise NotFoundError("Entri daftar {entry} tidak ada (belum diimpor atau sudah "
                                "dihapus).", detail=f"no watch entry {entry_id!r}",
                                entry=entry_id)
        publish_change(session, "watch_entry", entry_id, {}, now, deleted=True)


# -- CSCA certificates (ePassport chips) ----------------------------------------------------


def import_csca_certificates(db: Database, now: datetime,
                             certificates: Iterable[TrustedCertificate]) -> int:
    """Publish one `csca_certificate` change per certificate (decision 0026), keyed by the
    SHA-256 of its DER, in one transaction. Returns how many."""
    with db.write() as session:
        return publish_changes(session, "csca_certificate",
                               ((c.fingerprint, c.payload()) for c in certificates), now)


def remove_csca_certificate(db: Database, now: datetime, fingerprint: str) -> None:
    """Publish that workstations no longer trust one CSCA.

    Raises:
        NotFoundError: no such certificate was published (or it was removed already).
    """
    with db.write() as session:
        lock_changes(session)
        if current_state(session, "csca_certificate", fingerprint) is None:
            raise NotFoundError("Sertifikat CSCA {fingerprint} tidak ada (belum diimpor atau "
                                "sudah dihapus).", detail=f"no csca_certificate {fingerprint!r}",
                                fingerprint=fingerprint)
        publish_change(session, "csca_certificate", fingerprint, {}, now, deleted=True)


def published_cscas(session: Session) -> list[x509.Certificate]:
    """The CSCA certificates workstations trust now: the newest `csca_certificate` change of
    each fingerprint, unless it is a removal."""
    from cryptography import x509

    from app.services.chip import TrustedCertificate

    newest: dict[str, Change] = {}
    for change in session.scalars(select(Change).where(Change.kind == "csca_certificate")
                                  .order_by(Change.seq)):
        newest[change.key] = change
    return [x509.load_der_x509_certificate(TrustedCertificate.from_payload(
                key, json.loads(change.payload)).der)
            for key, change in newest.items() if not change.deleted]


@dataclass(frozen=True)
class CrlPublication:
    published: int  # now their issuer's newest
    outdated: int  # not newer than the CRL published for their issuer, so not published


def import_csca_crls(db: Database, now: datetime, crls: Sequence[TrustedCrl], source: str,
                     certificates: Sequence[TrustedCertificate] = ()) -> CrlPublication:
    """Publish one `csca_crl` change per CRL, keyed by its issuer (decision 0026), with the
    `certificates` of the same file: all or none, each CRL only when a CSCA published (or
    among `certificates`) of its issuer's name verifies its signature, and only when it is
    newer than the CRL published for that issuer.

    Raises:
        ValidationError: a CRL's issuer is no such CSCA, or its signature does not verify
            (nothing published).
    """
    from cryptography import x509

    from app.services.chip import TrustedCrl, verify_crl

    with db.write() as session:
        lock_changes(session)
        cscas = published_cscas(session) + [x509.load_der_x509_certificate(c.der)
                                            for c in certificates]
        for crl in crls:
            verify_crl(crl, cscas, source)
        newest: dict[str, TrustedCrl] = {}
        for crl in crls:
            if crl.issuer_key not in newest:
                held = current_state(session, "csca_crl", crl.issuer_key)
                if held is None:
                    newest[crl.issuer_key] = crl
                    continue
                newest[crl.issuer_key] = TrustedCrl.from_payload(crl.issuer_key, held)
            if crl.newer_than(newest[crl.issuer_key]):
                newest[crl.issuer_key] = crl
        fresh = [c for c in crls if newest[c.issuer_key] is c]
        publish_changes(session, "csca_certificate",
                        ((c.fingerprint, c.payload()) for c in certificates), now)
        publish_changes(session, "csca_crl", ((c.issuer_key, c.payload()) for c in fresh), now)
        return CrlPublication(len(fresh), len(crls) - len(fresh))


# -- reference values, permit types, holidays -----------------------------------------------


def set_reference_value(db: Database, now: datetime, *, key: str, value: str,
                        effective_from: date, unit: str = "", legal_basis: str = "",
                        needs_confirmation: bool = False, note: str = "") -> dict[str, Any]:
    """Publish a reference value (fee, duration, threshold) from `effective_from` on."""
    if not key.strip() or not value.strip():
        raise ValidationError("Kunci dan nilai referensi wajib diisi.",
                              detail="empty reference key or value")
    payload = {"key": key, "effective_from": effective_from.isoformat(), "value": value,
               "unit": unit, "legal_basis": legal_basis,
               "needs_confirmation": needs_confirmation, "note": note}
    with db.write() as session:
        publish_change(session, "reference_value", f"{key}@{effective_from.isoformat()}",
                       payload, now)
    return payload


def set_permit_type(db: Database, now: datetime, *, code: str, name: str,
                    rules: dict[str, Any]) -> dict[str, Any]:
    """Publish a permit type with its rules (a free-form object the stay-permit module reads)."""
    if not code.strip() or not name.strip():
        raise ValidationError("Kode dan nama jenis izin wajib diisi.",
                              detail="empty permit type code or name")
    payload = {"code": code, "name": name, "rules": rules}
    with db.write() as session:
        publish_change(session, "permit_type", code, payload, now)
    return payload


def add_holiday(db: Database, now: datetime, day: date, name: str) -> dict[str, Any]:
    """Publish a public holiday (a newer one on the same date replaces it)."""
    if not name.strip():
        raise ValidationError("Nama hari libur wajib diisi.", detail="empty holiday name")
    payload = {"date": day.isoformat(), "name": name}
    with db.write() as session:
        publish_change(session, "holiday", day.isoformat(), payload, now)
    return payload


def remove_holiday(db: Database, now: datetime, day: date) -> None:
    """Publish the removal of a holiday.

    Raises:
        NotFoundError: no holiday on that date.
    """
    with db.write() as session:
        lock_changes(session)
        if current_state(session, "holiday", day.isoformat()) is None:
            raise NotFoundError("Tidak ada hari libur pada {day}.",
                                detail=f"no holiday on {day}", day=day.isoformat())
        publish_change(session, "holiday", day.isoformat(), {}, now, deleted=True)


# -- document number ranges -----------------------------------------------------------------


def lease_range(db: Database, now: datetime, *, office_code: str, workstation_id: str,
                first: int, last: int) -> dict[str, Any]:
    """Lease the document sequence numbers `first`..`last` to one workstation of an office.

    A new lease replaces the workstation's current block; it may not overlap any block ever
    leased in the office (numbers issued under an old block must never be issued again).

    Raises:
        ValidationError: a bad range, or one overlapping a block leased before.
        NotFoundError: the office or the workstation (in that office) does not exist.
    """
    if first < 1 or last < first:
        raise ValidationError("Rentang nomor {first}-{last} tidak sah: nomor awal minimal 1 dan "
                              "tidak boleh lebih besar dari nomor akhir.",
                              detail=f"bad range {first}-{last}", first=first, last=last)
    with db.write() as session:
        lock_changes(session)  # no other lease between the overlap check and the publish
        _office(session, office_code)
        workstation = session.get(Workstation, workstation_id)
        if workstation is None or workstation.office_code != office_code:
            raise NotFoundError("Workstation {workstation} tidak terdaftar di kantor {office}.",
                                detail=f"no workstation {workstation_id!r} in {office_code}",
                                workstation=workstation_id, office=office_code)
        leased = session.scalars(select(Change.payload).where(
            Change.kind == "number_range", Change.office_code == office_code,
            Change.deleted.is_(False)).order_by(Change.seq))
        for stored in leased:
            block = json.loads(stored)
            if block["first"] <= last and first <= block["last"]:
                raise ValidationError(
                    "Rentang nomor {first}-{last} tumpang tindih dengan rentang {other_first}-"
                    "{other_last} yang sudah dipinjamkan ke workstation {other} di kantor "
                    "{office}. Pilih rentang lain.",
                    detail=f"range {first}-{last} overlaps {block} in {office_code}",
                    first=first, last=last, other_first=block["first"],
                    other_last=block["last"], other=block["workstation_id"], office=office_code)
        payload = {"workstation_id": workstation_id, "first": first, "last": last}
        publish_change(session, "number_range", workstation_id, payload, now,
                       office_code=office_code)
    return payload


def token_key(db: Database) -> bytes:
    """The token signing key, made at the first start and kept in the database, so tokens
    survive a restart and every server process on one database accepts them."""
    with db.read() as session:
        value = session.scalar(select(ServerSecret.value).where(ServerSecret.name == TOKEN_KEY))
    if value is None:
        try:
            with db.write() as session:
                value = session.scalar(
                    select(ServerSecret.value).where(ServerSecret.name == TOKEN_KEY))
                if value is None:
                    value = secrets.token_hex(32)
                    session.add(ServerSecret(name=TOKEN_KEY, value=value))
        except IntegrityError:
            # Another server process made it meanwhile (PostgreSQL reads committed rows only,
            # so both may have seen none): use that one.
            with db.read() as session:
                value = session.scalar(
                    select(ServerSecret.value).where(ServerSecret.name == TOKEN_KEY))
    return bytes.fromhex(value)
