"""Models of case work (issue 7): a case following one SOP, its people, history and attachments.

Imported by app.store.models so that one metadata holds every table.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models import Base, UtcDateTime, new_id


class Case(Base):
    """One matter moving through the steps of its SOP (`sop_code`)."""

    __tablename__ = "cases"
    __table_args__ = (Index("ix_cases_queue", "office_code", "status", "due_at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    number: Mapped[str] = mapped_column(String(64), unique=True)
    office_code: Mapped[str] = mapped_column(String(32))
    sop_code: Mapped[str] = mapped_column(String(32), index=True)
    title: Mapped[str] = mapped_column(String(300))
    # open -> waiting_approval (a step's output waits for a paraf/pengesahan) -> open ...
    # -> closed (an ending of the SOP) | cancelled
    status: Mapped[str] = mapped_column(String(24), default="open")
    step_id: Mapped[str] = mapped_column(String(64), default="")  # "" once closed
    step_role: Mapped[str] = mapped_column(String(32), default="")
    assignee: Mapped[str] = mapped_column(String(64), default="")  # a username, or "" (the role)
    step_started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    due_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    opened_by: Mapped[str] = mapped_column(String(64))
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    outcome: Mapped[str] = mapped_column(String(64), default="")  # "end:selesai", "sop:CEKAL"
    # Who did the step now waiting for approval: four eyes, they may not approve it.
    prepared_by: Mapped[str] = mapped_column(String(64), default="")


class CaseSubject(Base):
    """A person a case is about (applicant, sponsor, detainee, reporter, ...)."""

    __tablename__ = "case_subjects"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    role: Mapped[str] = mapped_column(String(32))
    full_name: Mapped[str] = mapped_column(String(200), index=True)
    document_number: Mapped[str] = mapped_column(String(20), default="", index=True)
    nationality: Mapped[str] = mapped_column(String(3), default="")
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    phone: Mapped[str] = mapped_column(String(20), default="")  # E.164, for notifications


class CaseEvent(Base):
    """One line of a case's history: who did what at which step, when. Never changed."""

    __tablename__ = "case_events"
    __table_args__ = (Index("ix_case_events_at", "at"),)  # the SLA report reads a period

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    username: Mapped[str] = mapped_column(String(64))
    on_behalf_of: Mapped[str] = mapped_column(String(64), default="")
    step_id: Mapped[str] = mapped_column(String(64), default="")
    # opened | done | approved | rejected | returned | assigned | note | attachment | cancelled
    action: Mapped[str] = mapped_column(String(24))
    answer: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    # The step's clock when the event happened, for SLA reports: when the case entered the step
    # and when it was due (None on events outside a timed step).
    step_started_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    due_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class CaseAttachment(Base):
    """A scanned document on a case, kept with its SHA-256."""

    __tablename__ = "case_attachments"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    content_type: Mapped[str] = mapped_column(String(80))
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(UtcDateTime)
    added_by: Mapped[str] = mapped_column(String(64))


class Delegation(Base):
    """A head names a pejabat yang ditunjuk to give their role's approvals for a date range
    (office local dates, both days included)."""

    __tablename__ = "delegations"
    __table_args__ = (Index("ix_delegations_to", "office_code", "to_username", "role"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    office_code: Mapped[str] = mapped_column(String(32))
    role: Mapped[str] = mapped_column(String(32))
    from_username: Mapped[str] = mapped_column(String(64))  # the head
    to_username: Mapped[str] = mapped_column(String(64))  # the pejabat yang ditunjuk
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class UpstreamRequest(Base):
    """A case step that waits for the regional office (Kanwil) or the Directorate General
    (Ditjen): sent to the central server as the shared record `approval`, decided there, and
    pulled back; the workstation that asked then moves the case on."""

    __tablename__ = "upstream_requests"
    __table_args__ = (Index("ix_upstream_requests_case", "case_id", "step_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    office_code: Mapped[str] = mapped_column(String(32))
    workstation_id: Mapped[str] = mapped_column(String(64))  # the one that resolves it
    case_id: Mapped[str] = mapped_column(String(36))
    case_number: Mapped[str] = mapped_column(String(64))
    sop_code: Mapped[str] = mapped_column(String(32))
    step_id: Mapped[str] = mapped_column(String(64))
    party: Mapped[str] = mapped_column(String(32))  # kanwil | ditjen
    title: Mapped[str] = mapped_column(String(300))  # the step, as the SOP writes it
    summary: Mapped[str] = mapped_column(Text, default="")  # case title and subjects
    question: Mapped[str] = mapped_column(String(300), default="")  # "" when nothing is asked
    answers: Mapped[str] = mapped_column(String(300), default="")  # "ya|tidak"
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending | decided
    requested_at: Mapped[datetime] = mapped_column(UtcDateTime)
    requested_by: Mapped[str] = mapped_column(String(64))
    answer: Mapped[str] = mapped_column(String(64), default="")
    decided_by: Mapped[str] = mapped_column(String(200), default="")  # name and position
    reference: Mapped[str] = mapped_column(String(200), default="")  # the letter's number
    note: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class WorkSeen(Base):
    """When an officer last looked at their list of new work (the badge counts what came after).
    Kept per workstation: on another desk the officer's work shows as new once."""

    __tablename__ = "work_seen"

    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(UtcDateTime)
