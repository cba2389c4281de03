"""Models of complaints and Lada Tunggu reports (issue 11): a report riding on a case of its SOP
(seed 000 Lada Tunggu, seed 001 Pengaduan, seed 002 D4 and C5), and the duty roster of the
weekend and holiday team.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.store import case_models  # noqa: F401 - the cases table its foreign key names
from app.store.models import Base, UtcDateTime, new_id


class Complaint(Base):
    """A complaint or report from the public, with what each step of its SOP recorded."""

    __tablename__ = "complaints"
    __table_args__ = (Index("ix_complaints_received", "office_code", "received_at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    office_code: Mapped[str] = mapped_column(String(32))
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), unique=True)
    kind: Mapped[str] = mapped_column(String(32))  # app.domain.complaints.KINDS
    channel: Mapped[str] = mapped_column(String(16))  # app.domain.complaints.CHANNELS
    channel_reference: Mapped[str] = mapped_column(String(100), default="")  # LAPOR! ticket...
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    received_by: Mapped[str] = mapped_column(String(64))
    lada_tunggu: Mapped[bool] = mapped_column(Boolean, default=False)
    # The reporter (nothing but `anonymous` when they would not give a name).
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    reporter_name: Mapped[str] = mapped_column(String(200), default="")
    reporter_phone: Mapped[str] = mapped_column(String(20), default="")
    reporter_email: Mapped[str] = mapped_column(String(200), default="")
    reporter_address: Mapped[str] = mapped_column(Text, default="")
    # What it is about: a foreigner, a service, an officer.
    subject_kind: Mapped[str] = mapped_column(String(16))
    subject_name: Mapped[str] = mapped_column(String(200), default="")
    subject_nationality: Mapped[str] = mapped_column(String(60), default="")
    subject_detail: Mapped[str] = mapped_column(Text, default="")
    location: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text)
    duplicates: Mapped[str] = mapped_column(Text, default="")  # JSON: suggested at intake
    duplicate_of: Mapped[str] = mapped_column(String(36), default="")
    # Lada Tunggu (seed 000): LK, Surat Perintah, field check, Laporan Kegiatan, follow-up.
    incident_report_id: Mapped[str] = mapped_column(String(36), default="")
    incident_report_number: Mapped[str] = mapped_column(String(80), default="")
    order_id: Mapped[str] = mapped_column(String(36), default="")
    order_number: Mapped[str] = mapped_column(String(80), default="")
    order_officers: Mapped[str] = mapped_column(Text, default="")  # JSON usernames
    findings: Mapped[str] = mapped_column(Text, default="")
    checked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    violation: Mapped[bool] = mapped_column(Boolean, default=False)
    activity_reports: Mapped[str] = mapped_column(Text, default="")  # JSON {step: number}
    follow_up: Mapped[str] = mapped_column(String(24), default="")  # FOLLOW_UPS
    follow_up_note: Mapped[str] = mapped_column(Text, default="")
    # C5 intelligence inquiry: the Kasi's Rencana Kegiatan and what it plans (JSON: target,
    # purpose, method, officers' usernames, period, location, budget), on which the Kakanim's
    # Surat Perintah (`order_id`) is issued; its reports go in `activity_reports`.
    plan_id: Mapped[str] = mapped_column(String(36), default="")
    plan_number: Mapped[str] = mapped_column(String(80), default="")
    plan: Mapped[str] = mapped_column(Text, default="")
    # Service complaints (seed 001, D4): assessment, BAP, outcome, answers, reply letter.
    founded: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    assessment: Mapped[str] = mapped_column(Text, default="")
    section_concerned: Mapped[str] = mapped_column(String(150), default="")
    bap_number: Mapped[str] = mapped_column(String(80), default="")
    outcome: Mapped[str] = mapped_column(String(24), default="")  # OUTCOMES
    outcome_note: Mapped[str] = mapped_column(Text, default="")
    answers: Mapped[str] = mapped_column(Text, default="")  # JSON [{step, by, text, satisfied}]
    reply_id: Mapped[str] = mapped_column(String(36), default="")
    reply_number: Mapped[str] = mapped_column(String(80), default="")
    reply_text: Mapped[str] = mapped_column(Text, default="")
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    answered_via: Mapped[str] = mapped_column(String(16), default="")  # a channel
    kanwil_reference: Mapped[str] = mapped_column(String(150), default="")


class DutyAssignment(Base):
    """One officer on duty for the Lada Tunggu team on one day, in one role (seed 000:
    Petugas CS, Inteldakim, Kepala Kantor)."""

    __tablename__ = "duty_roster"
    __table_args__ = (UniqueConstraint("office_code", "day", "role", "username"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    office_code: Mapped[str] = mapped_column(String(32))
    day: Mapped[date] = mapped_column(Date, index=True)
    role: Mapped[str] = mapped_column(String(32))
    username: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(String(200), default="")
    assigned_by: Mapped[str] = mapped_column(String(64))
    assigned_at: Mapped[datetime] = mapped_column(UtcDateTime)
    removed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
