"""SQLAlchemy models of the central server's own database (not the workstation store)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    Dialect,
    ForeignKey,
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


class Office(Base):
    """An immigration office; every workstation and every record belongs to one."""

    __tablename__ = "offices"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


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
    __table_args__ = {"sqlite_autoincrement": True}

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
