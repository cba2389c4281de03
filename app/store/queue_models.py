"""Models of the passport office's queue (issue 9 point 1): online bookings and queue tickets.

Imported by app.store.models so that one metadata holds every table.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models import Base, UtcDateTime, new_id


class Booking(Base):
    """An M-Paspor online booking of one service day (seed 002 B1), loaded from the day's list
    and used once, when the applicant checks in at the registration desk."""

    __tablename__ = "queue_bookings"
    __table_args__ = (UniqueConstraint("office_code", "code"),
                      Index("ix_queue_bookings_day", "office_code", "service_date"))

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    office_code: Mapped[str] = mapped_column(String(32))
    code: Mapped[str] = mapped_column(String(32))  # the booking code, upper case
    service_date: Mapped[date] = mapped_column(Date)
    applicant_name: Mapped[str] = mapped_column(String(200))
    nik: Mapped[str] = mapped_column(String(16))
    service: Mapped[str] = mapped_column(String(32))  # paspor_baru | penggantian | ...
    slot: Mapped[str] = mapped_column(String(16), default="")  # booked time, "08:00-09:00"
    added_at: Mapped[datetime] = mapped_column(UtcDateTime)
    added_by: Mapped[str] = mapped_column(String(64))
    checked_in_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    ticket_id: Mapped[str] = mapped_column(String(36), default="")  # the ticket it became


class QueueTicket(Base):
    """A queue number of one service day (seed 004 step 1: numbered by class, general or
    priority), from issue to the end of its service at a desk."""

    __tablename__ = "queue_tickets"
    __table_args__ = (Index("ix_queue_tickets_day", "office_code", "service_day", "status"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    office_code: Mapped[str] = mapped_column(String(32))
    service_day: Mapped[date] = mapped_column(Date)  # office local date
    number: Mapped[str] = mapped_column(String(16))  # "A-012" (umum), "P-003" (prioritas)
    sequence: Mapped[int] = mapped_column(Integer)
    # umum | disabilitas | lansia | ibu_hamil | balita
    category: Mapped[str] = mapped_column(String(16))
    booking_code: Mapped[str] = mapped_column(String(32), default="")  # "" for a walk-in
    walk_in_reason: Mapped[str] = mapped_column(String(32), default="")
    applicant_name: Mapped[str] = mapped_column(String(200))
    nik: Mapped[str] = mapped_column(String(16))
    service: Mapped[str] = mapped_column(String(32))
    # waiting -> called -> serving -> done; called -> no_show; waiting -> cancelled
    status: Mapped[str] = mapped_column(String(16), default="waiting")
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    issued_by: Mapped[str] = mapped_column(String(64))
    called_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    call_count: Mapped[int] = mapped_column(Integer, default=0)
    desk: Mapped[str] = mapped_column(String(32), default="")
    called_by: Mapped[str] = mapped_column(String(64), default="")
    served_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    ended_by: Mapped[str] = mapped_column(String(64), default="")
