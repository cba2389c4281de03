"""Models of the passport blank inventory (issue 9 point 6): batches received, one row a blank.

A blank (blangko paspor) is known by its serial number, one letter and seven digits. A batch is
a contiguous range of one prefix received together with its delivery note; every blank of it is
one row, written in bulk. A blank is available, allocated to a paid application, spoiled (with
its Berita Acara Kerusakan Blangko Paspor) or issued as a passport. Imported by app.store.models
so that one metadata holds every table.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, synonym

from app.store.models import Base, UtcDateTime, new_id

# The statuses a blank is in; only an available blank can be allocated.
AVAILABLE, ALLOCATED, SPOILED, ISSUED = "available", "allocated", "spoiled", "issued"
STATUSES = (AVAILABLE, ALLOCATED, SPOILED, ISSUED)


class BlankBatch(Base):
    __tablename__ = "blank_batches"
    __table_args__ = (Index("ix_blank_batches_fifo", "office_code", "kind", "received_at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    office_code: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(32))
    prefix: Mapped[str] = mapped_column(String(1))
    first_number: Mapped[int] = mapped_column(Integer)
    last_number: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    received_by: Mapped[str] = mapped_column(String(64))
    delivery_note: Mapped[str] = mapped_column(String(100))
    received_from: Mapped[str] = mapped_column(String(200))
    document_id: Mapped[str] = mapped_column(String(36), default="")  # the berita acara


class PassportBlank(Base):
    __tablename__ = "passport_blanks"
    __table_args__ = (
        # FIFO: the lowest available serial of the oldest batch that has one.
        Index("ix_passport_blanks_batch", "batch_id", "status", "serial"),
        Index("ix_passport_blanks_stock", "office_code", "kind", "status"),
        Index("ix_passport_blanks_issued", "office_code", "issued_at"),
        # One live blank per application: a spoiled one keeps its application for the record.
        Index("uq_passport_blanks_application", "application_id", unique=True,
              sqlite_where=text("status IN ('allocated', 'issued')")),
    )

    serial: Mapped[str] = mapped_column(String(8), primary_key=True)
    # A shared office record (decision 0009) keyed by its serial: the desks allocate, the
    # print station produces, the counter hands over, each on its own workstation.
    id: Mapped[str] = synonym("serial")
    batch_id: Mapped[str] = mapped_column(ForeignKey("blank_batches.id"))
    office_code: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default=AVAILABLE)
    application_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    allocated_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    allocated_by: Mapped[str] = mapped_column(String(64), default="")
    # The print operator's steps on the allocated blank (SOP Penerbitan Paspor step 9).
    printed: Mapped[bool] = mapped_column(Boolean, default=False)
    printed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    printed_by: Mapped[str] = mapped_column(String(64), default="")
    qc_passed: Mapped[bool] = mapped_column(Boolean, default=False)
    qc_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    qc_by: Mapped[str] = mapped_column(String(64), default="")
    laminated: Mapped[bool] = mapped_column(Boolean, default=False)
    laminated_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    laminated_by: Mapped[str] = mapped_column(String(64), default="")
    production_note: Mapped[str] = mapped_column(Text, default="")
    spoiled_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    spoiled_by: Mapped[str] = mapped_column(String(64), default="")
    spoiled_reason: Mapped[str] = mapped_column(Text, default="")
    spoiled_document_id: Mapped[str] = mapped_column(String(36), default="")
    # The passport the blank became, and what the day's register prints of it.
    passport_number: Mapped[str] = mapped_column(String(20), default="")
    issued_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    issued_by: Mapped[str] = mapped_column(String(64), default="")
    register_facts: Mapped[str] = mapped_column(Text, default="")  # JSON, see BlankService
