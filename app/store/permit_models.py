"""Models of the stay-permit counter (issue 8): an application for a permit, its checklist.

An application rides on a case (`case_id`) that walks the SOP of its type; the application
holds the facts the SOP's steps need (receipt, payment, biometrics, register number...).
Imported by app.store.models so that one metadata holds every table.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store import case_models  # noqa: F401 - the cases table its foreign key names
from app.store.models import Base, UtcDateTime, new_id


class PermitApplication(Base):
    __tablename__ = "permit_applications"
    __table_args__ = (Index("ix_permit_applications_passport", "passport_number", "nationality"),
                      Index("ix_permit_applications_day", "office_code", "received_at"))

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    office_code: Mapped[str] = mapped_column(String(32))
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), unique=True)
    type_code: Mapped[str] = mapped_column(String(32))
    # received | rejected | issued (printed, waiting for the applicant) | handed_over | cancelled
    state: Mapped[str] = mapped_column(String(16), default="received")
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    received_by: Mapped[str] = mapped_column(String(64))
    # The applicant, from the passport's data page.
    applicant_name: Mapped[str] = mapped_column(String(200))
    nationality: Mapped[str] = mapped_column(String(3))
    passport_number: Mapped[str] = mapped_column(String(20))
    passport_expiry: Mapped[date] = mapped_column(Date)
    birth_date: Mapped[date] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(1), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    # The permit held now (none for an ITAS from a VITAS).
    current_permit_number: Mapped[str] = mapped_column(String(40), default="")
    current_kind: Mapped[str] = mapped_column(String(8), default="")
    current_index: Mapped[str] = mapped_column(String(16), default="")
    current_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    current_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    current_extensions: Mapped[int] = mapped_column(Integer, default=0)
    current_total_days: Mapped[int] = mapped_column(Integer, default=0)
    # What is asked, and the facts the rules weigh.
    requested_index: Mapped[str] = mapped_column(String(16), default="")
    requested_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    itas_years: Mapped[float] = mapped_column(Float, default=0.0)
    married_years: Mapped[float] = mapped_column(Float, default=0.0)
    child_abg: Mapped[bool] = mapped_column(Boolean, default=False)
    # The rules' answer at intake.
    granted_index: Mapped[str] = mapped_column(String(16), default="")
    granted_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    granted_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    granted_days: Mapped[int] = mapped_column(Integer, default=0)
    fee_key: Mapped[str] = mapped_column(String(40), default="")
    fee_amount: Mapped[int] = mapped_column(Integer, default=0)
    # The sponsor (penjamin): a person or a company.
    sponsor_kind: Mapped[str] = mapped_column(String(16), default="")  # person | company | ""
    sponsor_name: Mapped[str] = mapped_column(String(200), default="")
    sponsor_identity: Mapped[str] = mapped_column(String(40), default="")  # NIK, NIB, passport
    sponsor_address: Mapped[str] = mapped_column(Text, default="")
    sponsor_phone: Mapped[str] = mapped_column(String(20), default="")
    sponsor_checked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    sponsor_valid: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    sponsor_note: Mapped[str] = mapped_column(Text, default="")
    # Cekal screening of the applicant and the sponsor at intake.
    screened_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    screening_hit: Mapped[bool] = mapped_column(Boolean, default=False)
    screening_detail: Mapped[str] = mapped_column(Text, default="")
    # Documents and payment.
    receipt_document_id: Mapped[str] = mapped_column(String(36), default="")
    billing_code: Mapped[str] = mapped_column(String(32), default="")
    paid_amount: Mapped[int | None] = mapped_column(Integer, nullable=True)
    paid_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    payment_proof: Mapped[str] = mapped_column(String(100), default="")  # NTPN
    payment_recorded_by: Mapped[str] = mapped_column(String(64), default="")
    # Biometrics (the photo is a case attachment).
    photo_attachment_id: Mapped[str] = mapped_column(String(36), default="")
    fingerprints: Mapped[int] = mapped_column(Integer, default=0)
    biometrics_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # The permit issued.
    register_number: Mapped[str] = mapped_column(String(40), default="")
    permit_id: Mapped[str] = mapped_column(String(36), default="")
    sticker_document_id: Mapped[str] = mapped_column(String(36), default="")
    card_document_id: Mapped[str] = mapped_column(String(36), default="")
    # Handover and the archive.
    handed_over_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    handed_over_to: Mapped[str] = mapped_column(String(200), default="")
    handed_over_by: Mapped[str] = mapped_column(String(64), default="")
    archive_attachment_id: Mapped[str] = mapped_column(String(36), default="")
    # A refusal.
    rejection_reasons: Mapped[str] = mapped_column(Text, default="")  # JSON list
    rejection_document_id: Mapped[str] = mapped_column(String(36), default="")


class PermitRequirement(Base):
    """One line of an application's checklist: present or not, and its scan (an attachment)."""

    __tablename__ = "permit_requirements"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    application_id: Mapped[str] = mapped_column(ForeignKey("permit_applications.id"),
                                                index=True)
    requirement_id: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(300))
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    present: Mapped[bool] = mapped_column(Boolean, default=False)
    attachment_id: Mapped[str] = mapped_column(String(36), default="")
    checked_by: Mapped[str] = mapped_column(String(64), default="")
    checked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
