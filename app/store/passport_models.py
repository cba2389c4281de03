"""Models of passport issuance (issue 9): an application for an Indonesian passport, riding on a
case of its SOP (B1 M-Paspor, C1 replacement walk-in), with its Perdim 11 data, central checks,
billing and the blank allocated to it.

Imported by app.store.models so that one metadata holds every table.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store import case_models  # noqa: F401 - the cases table its foreign key names
from app.store.models import Base, UtcDateTime, new_id


class PassportApplication(Base):
    __tablename__ = "passport_applications"
    __table_args__ = (Index("ix_passport_applications_nik", "nik"),
                      Index("ix_passport_applications_state", "office_code", "state",
                            "billing_expires_at"))

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    office_code: Mapped[str] = mapped_column(String(32))
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), unique=True)
    # baru | penggantian_habis | penggantian_hilang | penggantian_rusak
    reason: Mapped[str] = mapped_column(String(24))
    passport_type: Mapped[str] = mapped_column(String(16))  # app.domain.passports.PassportType
    service: Mapped[str] = mapped_column(String(16))  # reguler | percepatan
    # received | held (a duplicate identity to resolve) | billed | paid | allocated | expired
    # | refused | cancelled
    state: Mapped[str] = mapped_column(String(16), default="received")
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    received_by: Mapped[str] = mapped_column(String(64))
    queue_ticket: Mapped[str] = mapped_column(String(16), default="")
    # Perdim 11 (the application form).
    full_name: Mapped[str] = mapped_column(String(200))
    nik: Mapped[str] = mapped_column(String(16))
    birth_place: Mapped[str] = mapped_column(String(100))
    birth_date: Mapped[date] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(1))  # M | F
    address: Mapped[str] = mapped_column(Text)
    phone: Mapped[str] = mapped_column(String(20), default="")
    old_passport_number: Mapped[str] = mapped_column(String(20), default="")
    # Central checks at intake.
    screened_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    screening_hit: Mapped[bool] = mapped_column(Boolean, default=False)
    screening_detail: Mapped[str] = mapped_column(Text, default="")
    duplicates: Mapped[str] = mapped_column(Text, default="")  # JSON list of possible duplicates
    duplicate_resolved_by: Mapped[str] = mapped_column(String(64), default="")
    duplicate_resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    duplicate_resolution: Mapped[str] = mapped_column(String(16), default="")  # same | different
    duplicate_note: Mapped[str] = mapped_column(Text, default="")
    # Billing (SIMPONI) and payment.
    fee_amount: Mapped[int] = mapped_column(Integer, default=0)
    billing_code: Mapped[str] = mapped_column(String(32), default="")
    billed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    billing_expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    paid_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    payment_proof: Mapped[str] = mapped_column(String(100), default="")
    # The blank.
    blank_serial: Mapped[str] = mapped_column(String(16), default="")
    allocated_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # Seed 004: allocated more than 2 working days after payment → delivered home.
    compensation_due: Mapped[bool] = mapped_column(Boolean, default=False)
    compensation_days: Mapped[int] = mapped_column(Integer, default=0)
    compensation_deadline: Mapped[date | None] = mapped_column(Date, nullable=True)
    excluded_days: Mapped[str] = mapped_column(Text, default="")  # JSON ISO dates: outage, check
    # Interview and biometrics (the photo is a case attachment).
    interview_note: Mapped[str] = mapped_column(Text, default="")
    interviewed_by: Mapped[str] = mapped_column(String(64), default="")
    photo_attachment_id: Mapped[str] = mapped_column(String(36), default="")
    fingerprints: Mapped[int] = mapped_column(Integer, default=0)
    # The passport and its handover.
    passport_number: Mapped[str] = mapped_column(String(20), default="")
    issued_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    handover_mode: Mapped[str] = mapped_column(String(16), default="")  # langsung | pos | ...
    pickup_slot: Mapped[str] = mapped_column(String(16), default="")  # "", petang, sabtu
    handed_over_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    handed_over_to: Mapped[str] = mapped_column(String(200), default="")
    handed_over_by: Mapped[str] = mapped_column(String(64), default="")
    tracking_number: Mapped[str] = mapped_column(String(40), default="")
    delivery_fee: Mapped[int] = mapped_column(Integer, default=0)
    compensation_document_id: Mapped[str] = mapped_column(String(36), default="")
    # Papers (revision 0015): the documents checked at intake (JSON names), the application
    # receipt whose sealed QR is the pickup code, the police report of a lost passport, the
    # BAP and BAPEN of seed 002 C1, and the PT Pos address label.
    documents: Mapped[str] = mapped_column(Text, default="")
    receipt_document_id: Mapped[str] = mapped_column(String(36), default="")
    receipt_number: Mapped[str] = mapped_column(String(80), default="")
    loss_report: Mapped[str] = mapped_column(String(200), default="")
    bap_number: Mapped[str] = mapped_column(String(80), default="")
    bapen_number: Mapped[str] = mapped_column(String(80), default="")
    label_document_id: Mapped[str] = mapped_column(String(36), default="")
