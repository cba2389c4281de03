"""SQLAlchemy models of the central server's own database (not the workstation store)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.store.models import NAMING  # one naming convention for every Gapura schema


class UtcDateTime(TypeDecorator[datetime]):
    """Aware UTC datetime: `timestamptz` on PostgreSQL, naive UTC text on SQLite."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the server database; use aware UTC")
        value = value.astimezone(UTC)
        # SQLite drops the zone anyway; all values in UTC keep text order = time order.
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)




class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


DEFAULT_TIMEZONE = "Asia/Jakarta"
MINISTRY = "Kementerian Imigrasi dan Pemasyarakatan Republik Indonesia"
DIRECTORATE_GENERAL = "Direktorat Jenderal Imigrasi"


class Office(Base):
    """An immigration office; every workstation and every record belongs to one.

    The letterhead columns are those of the workstation's `offices` table, published to every
    office as the `office` change (decision 0009).
    """

    __tablename__ = "offices"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    timezone: Mapped[str] = mapped_column(String(64), default=DEFAULT_TIMEZONE,
                                          server_default=DEFAULT_TIMEZONE)
    ministry: Mapped[str] = mapped_column(String(200), default=MINISTRY, server_default=MINISTRY)
    directorate_general: Mapped[str] = mapped_column(
        String(200), default=DIRECTORATE_GENERAL, server_default=DIRECTORATE_GENERAL)
    regional_office: Mapped[str] = mapped_column(String(200), default="", server_default="")
    address: Mapped[str] = mapped_column(String(300), default="", server_default="")
    city: Mapped[str] = mapped_column(String(100), default="", server_default="")
    phone: Mapped[str] = mapped_column(String(60), default="", server_default="")
    email: Mapped[str] = mapped_column(String(120), default="", server_default="")
    website: Mapped[str] = mapped_column(String(120), default="", server_default="")


class EnrolmentCode(Base):
    """A one-time, expiring code an admin hands to a new workstation. Only its hash is kept."""

    __tablename__ = "enrolment_codes"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    office_code: Mapped[str] = mapped_column(ForeignKey("offices.code"), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    workstation_id: Mapped[str | None] = mapped_column(String(64), nullable=True)


class Workstation(Base):
    """An enrolled workstation. Only the sha256 of its credential is kept."""

    __tablename__ = "workstations"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    office_code: Mapped[str] = mapped_column(ForeignKey("offices.code"), index=True)
    credential_hash: Mapped[str] = mapped_column(String(64))
    enrolled_at: Mapped[datetime] = mapped_column(UtcDateTime)


class ReceivedRecord(Base):
    """An outbox record pushed by a workstation; its id is the workstation's outbox id."""

    __tablename__ = "received_records"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    office_code: Mapped[str] = mapped_column(ForeignKey("offices.code"), index=True)
    workstation_id: Mapped[str] = mapped_column(String(64))
    entity_type: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(64))
    operation: Mapped[str] = mapped_column(String(32))
    payload: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)


class Change(Base):
    """One reference-data delta; workstations pull them in `seq` order from their cursor.

    `office_code` NULL means the change is for every office. AUTOINCREMENT on SQLite so a
    sequence number is never reused, even after the newest row is deleted.
    """

    __tablename__ = "changes"
    __table_args__ = (Index("ix_changes_kind_key", "kind", "key"),
                      {"sqlite_autoincrement": True})

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    office_code: Mapped[str | None] = mapped_column(
        ForeignKey("offices.code"), nullable=True, index=True)
    kind: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(200))
    payload: Mapped[str] = mapped_column(Text)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class ServerSecret(Base):
    """Server-side secrets made at first start (the token signing key)."""

    __tablename__ = "server_secrets"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class User(Base):
    """An officer's account kept by the server and published to its office (`user` change).

    `roles` holds role codes (`app.auth.permissions.Role`) separated by commas.
    """

    __tablename__ = "users"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    nip: Mapped[str] = mapped_column(String(32), default="")
    office_code: Mapped[str] = mapped_column(ForeignKey("offices.code"), index=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    roles: Mapped[str] = mapped_column(Text, default="")
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)

    @property
    def role_codes(self) -> list[str]:
        return [code for code in self.roles.split(",") if code]


class SharedRecord(Base):
    """The server's current version of a shared office record (referral, print job, approval).

    `status` copies the row's `status` so that a queue is read by index, not by parsing JSON.
    """

    __tablename__ = "shared_records"
    __table_args__ = (Index("ix_shared_records_queue", "office_code", "entity_type", "status"),)

    entity_type: Mapped[str] = mapped_column(String(64), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    office_code: Mapped[str] = mapped_column(ForeignKey("offices.code"))
    version: Mapped[int] = mapped_column(Integer)
    workstation_id: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(32), default="")
    payload: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Conflict(Base):
    """A pushed shared-record edit that lost to the server's version, kept for review.

    `id` is the pushed outbox record's id; `payload` is the losing row.
    """

    __tablename__ = "conflicts"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    office_code: Mapped[str] = mapped_column(ForeignKey("offices.code"), index=True)
    entity_type: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(64))
    server_version: Mapped[int] = mapped_column(Integer)
    workstation_id: Mapped[str] = mapped_column(String(64))
    payload: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    reviewed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class Document(Base):
    """An issued document as known from the workstations' `document` records, for verification."""

    __tablename__ = "documents"

    number: Mapped[str] = mapped_column(String(64), primary_key=True)
    office_code: Mapped[str] = mapped_column(ForeignKey("offices.code"), index=True)
    template: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str] = mapped_column(String(64))
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    voided_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
