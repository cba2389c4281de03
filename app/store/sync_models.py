"""Models of the sync client's state and of the reference data it pulls (decision 0009).

Imported by app.store.models so that one metadata holds every table.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models import Base, UtcDateTime

SYNC_STATE_ID = 1  # `sync_state` holds one row


class SyncState(Base):
    """Where pulling stands: the cursor of the last applied page, when, and the last error."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    pull_cursor: Mapped[int] = mapped_column(Integer, default=0)
    last_pull_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    last_pull_error: Mapped[str] = mapped_column(Text, default="")  # Indonesian; "" when none


class SyncVersion(Base):
    """The server's version of a shared office record as last pulled (the next base_version)."""

    __tablename__ = "sync_versions"

    entity_type: Mapped[str] = mapped_column(String(32), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)


class SyncConflict(Base):
    """A pushed edit the server refused because another workstation wrote first; the local
    payload is kept until an officer has looked at it."""

    __tablename__ = "sync_conflicts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the outbox record's id
    entity_type: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64))
    server_version: Mapped[int] = mapped_column(Integer)
    local_payload: Mapped[str] = mapped_column(Text)  # the outbox record's JSON payload
    detected_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    reviewed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    reviewed_by: Mapped[str] = mapped_column(String(64), default="")
    review_note: Mapped[str] = mapped_column(Text, default="")


HOLIDAY_NASIONAL = "nasional"  # hari libur nasional
HOLIDAY_CUTI_BERSAMA = "cuti_bersama"  # joint leave, set yearly by an SKB of three ministers
HOLIDAY_KINDS = (HOLIDAY_NASIONAL, HOLIDAY_CUTI_BERSAMA)


class Holiday(Base):
    """A national holiday or joint leave day (hari libur nasional, cuti bersama): the office
    is closed, and working days and office hours skip it (app.domain.sla)."""

    __tablename__ = "holidays"

    date: Mapped[date] = mapped_column(Date, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16), default=HOLIDAY_NASIONAL,
                                      server_default=HOLIDAY_NASIONAL)


class ReferenceItem(Base):
    """Pulled reference data of a kind without its own table (`permit_type`), as JSON."""

    __tablename__ = "reference_items"

    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    payload: Mapped[str] = mapped_column(Text)


class NumberRange(Base):
    """The block of document sequence numbers the server leased to this workstation; a new
    lease replaces the old one (the newest change of a workstation's range is its state)."""

    __tablename__ = "number_ranges"

    workstation_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    first: Mapped[int] = mapped_column(Integer)
    last: Mapped[int] = mapped_column(Integer)
    leased_at: Mapped[datetime] = mapped_column(UtcDateTime)
