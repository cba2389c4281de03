"""Models of the document subsystem: office signing keys and the print queue.

Imported by app.store.models so that one metadata holds every table.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store import counter_models  # noqa: F401 - the issued_documents table its foreign key names
from app.store.models import Base, UtcDateTime, new_id


class OfficeKey(Base):
    """The public half of an office's signing key: `seal` (Ed25519 for the QR seal, raw bytes)
    or `pdf` (the X.509 certificate, PEM, of the key that signs endorsed letters)."""

    __tablename__ = "office_keys"

    key_id: Mapped[str] = mapped_column(String(48), primary_key=True)
    office_code: Mapped[str] = mapped_column(String(32), index=True)
    kind: Mapped[str] = mapped_column(String(8), default="seal")
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class PrintQueueEntry(Base):
    """One request to print a stored document; a reprint is a job of its own with a reason."""

    __tablename__ = "print_jobs"
    __table_args__ = (Index("ix_print_jobs_queue", "office_code", "requested_at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    document_id: Mapped[str] = mapped_column(ForeignKey("issued_documents.id"), index=True)
    office_code: Mapped[str] = mapped_column(String(32))
    requested_by: Mapped[str] = mapped_column(String(64))
    requested_at: Mapped[datetime] = mapped_column(UtcDateTime)
    copies: Mapped[int] = mapped_column(Integer, default=1)
    # queued -> printed | failed (and back to printed on retry); voided with the document
    status: Mapped[str] = mapped_column(String(16), default="queued")
    printer: Mapped[str] = mapped_column(String(200), default="")
    printed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    printed_by: Mapped[str] = mapped_column(String(64), default="")
    error: Mapped[str] = mapped_column(Text, default="")
    reprint: Mapped[int] = mapped_column(Integer, default=0)  # 0 original, N the Nth copy
    reprint_reason: Mapped[str] = mapped_column(Text, default="")
    qc: Mapped[str] = mapped_column(String(8), default="")  # "" | pass | fail
    qc_note: Mapped[str] = mapped_column(Text, default="")
