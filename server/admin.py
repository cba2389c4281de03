"""Server-side administration: offices, enrolment codes, reference changes to publish."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from server.auth import hash_secret, new_enrolment_code
from server.db import Database
from server.models import Change, EnrolmentCode, Office, ServerSecret

TOKEN_KEY = "token_key"


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


def publish_change(session: Session, kind: str, key: str, payload: dict[str, Any],
                   now: datetime, *, office_code: str | None = None,
                   deleted: bool = False) -> int:
    """Append one reference-data delta for pull; `office_code` None reaches every office.

    Returns:
        The change's sequence number (the cursor a workstation reaches by pulling it).
    """
    change = Change(office_code=office_code, kind=kind, key=key, deleted=deleted,
                    payload=json.dumps(payload, ensure_ascii=False, sort_keys=True,
                                       separators=(",", ":")), created_at=now)
    session.add(change)
    session.flush()
    return change.seq


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
