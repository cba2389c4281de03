"""Models of the border counter: crossings, stay permits, referrals, issued documents, references.

Imported by app.store.models so that one metadata holds every table.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models import Base, UtcDateTime, new_id


class ReferenceValue(Base):
    """A value the law or the office can change (fees, thresholds), with its legal basis."""

    __tablename__ = "reference_values"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    effective_from: Mapped[date] = mapped_column(Date, primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(32))
    legal_basis: Mapped[str] = mapped_column(String(300))
    needs_confirmation: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")


class StayPermit(Base):
    """A foreigner's stay permit known locally (ITK/ITAS/ITAP, diplomatic, service)."""

    __tablename__ = "stay_permits"
    __table_args__ = (Index("ix_stay_permits_document", "document_number", "nationality"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    permit_number: Mapped[str] = mapped_column(String(40), unique=True)
    permit_type: Mapped[str] = mapped_column(String(16))
    index_code: Mapped[str] = mapped_column(String(16), default="")
    holder_name: Mapped[str] = mapped_column(String(200))
    nationality: Mapped[str] = mapped_column(String(3))
    document_number: Mapped[str] = mapped_column(String(20))
    birth_date: Mapped[date] = mapped_column(Date)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)
    sponsor: Mapped[str] = mapped_column(String(200), default="")
    office_code: Mapped[str] = mapped_column(String(32))
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class Crossing(Base):
    """One traveller passing the checkpoint (or refused), recorded at a counter decision."""

    __tablename__ = "crossings"
    __table_args__ = (
        Index("ix_crossings_document", "document_number", "issuing_state", "decided_at"),
        Index("ix_crossings_decided_at", "decided_at"),
        # The Laporan's counts by hour, lane and outcome read this index alone (revision 0018,
        # benchmarks.reports): a month of a busy airport in a fifth of the time.
        Index("ix_crossings_report", "decided_at", "office_code", "direction", "lane",
              "outcome"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    office_code: Mapped[str] = mapped_column(String(32))
    workstation_id: Mapped[str] = mapped_column(String(64))
    officer_user_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    officer_username: Mapped[str] = mapped_column(String(64))
    direction: Mapped[str] = mapped_column(String(10))  # arrival | departure
    lane: Mapped[str] = mapped_column(String(16))
    outcome: Mapped[str] = mapped_column(String(16))  # admitted | departed | refused | ...
    document_type: Mapped[str] = mapped_column(String(2))
    document_number: Mapped[str] = mapped_column(String(20))
    issuing_state: Mapped[str] = mapped_column(String(3))
    nationality: Mapped[str] = mapped_column(String(3))
    surname: Mapped[str] = mapped_column(String(120))
    given_names: Mapped[str] = mapped_column(String(200))
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    sex: Mapped[str] = mapped_column(String(1), default="")
    document_expiry: Mapped[date | None] = mapped_column(Date, nullable=True)
    flight_code: Mapped[str] = mapped_column(String(12), default="")
    permit_id: Mapped[str | None] = mapped_column(ForeignKey("stay_permits.id"), nullable=True)
    overstay_days: Mapped[int] = mapped_column(Integer, default=0)
    stamp_number: Mapped[str] = mapped_column(String(40), default="")
    referral_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    details: Mapped[str] = mapped_column(Text, default="{}")  # lane fields, biometrics, steps
    decided_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Referral(Base):
    """A traveller the counter referred to the supervisor, and how it was resolved."""

    __tablename__ = "referrals"
    __table_args__ = (Index("ix_referrals_queue", "office_code", "status", "referred_at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    office_code: Mapped[str] = mapped_column(String(32))
    workstation_id: Mapped[str] = mapped_column(String(64))
    direction: Mapped[str] = mapped_column(String(10))
    lane: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(32))
    reason_text: Mapped[str] = mapped_column(Text, default="")
    traveller: Mapped[str] = mapped_column(Text)  # JSON snapshot of the scan and verdict
    referred_by: Mapped[str] = mapped_column(String(64))
    referred_at: Mapped[datetime] = mapped_column(UtcDateTime)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | in_progress | closed
    supervisor: Mapped[str] = mapped_column(String(64), default="")
    resolution: Mapped[str] = mapped_column(String(32), default="")
    resolution_data: Mapped[str] = mapped_column(Text, default="{}")
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class ReferralNote(Base):
    """Interview notes and evidence the supervisor records on a referral."""

    __tablename__ = "referral_notes"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    referral_id: Mapped[str] = mapped_column(ForeignKey("referrals.id"), index=True)
    author: Mapped[str] = mapped_column(String(64))
    written_at: Mapped[datetime] = mapped_column(UtcDateTime)
    kind: Mapped[str] = mapped_column(String(16))  # note | evidence
    text: Mapped[str] = mapped_column(Text)
    attachment_sha256: Mapped[str] = mapped_column(String(64), default="")


class IssuedDocument(Base):
    """A numbered official document as printed: the PDF itself, its hash, what it belongs to."""

    __tablename__ = "issued_documents"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    template: Mapped[str] = mapped_column(String(32))
    number: Mapped[str] = mapped_column(String(64), unique=True)
    office_code: Mapped[str] = mapped_column(String(32))
    subject_type: Mapped[str] = mapped_column(String(32))  # crossing | referral
    subject_id: Mapped[str] = mapped_column(String(36), index=True)
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    issued_by: Mapped[str] = mapped_column(String(64))
    copies: Mapped[int] = mapped_column(Integer, default=1)
    page_count: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    seal: Mapped[str] = mapped_column(Text, default="")
    voided_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    voided_by: Mapped[str] = mapped_column(String(64), default="")
    void_reason: Mapped[str] = mapped_column(Text, default="")
    endorsed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    endorsed_by: Mapped[str] = mapped_column(String(200), default="")


class NumberSequence(Base):
    """Next official number per office, document kind and year."""

    __tablename__ = "number_sequences"

    office_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    next_value: Mapped[int] = mapped_column(Integer)


class OverstayPayment(Base):
    """A billed overstay charge and its payment (SIMPONI billing code and bank proof)."""

    __tablename__ = "overstay_payments"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    referral_id: Mapped[str] = mapped_column(ForeignKey("referrals.id"), index=True)
    days: Mapped[int] = mapped_column(Integer)
    daily_rate: Mapped[int] = mapped_column(Integer)
    amount: Mapped[int] = mapped_column(Integer)
    billing_code: Mapped[str] = mapped_column(String(40))
    billed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    paid_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    payment_reference: Mapped[str] = mapped_column(String(80), default="")


class WatchListEntry(Base):
    """One person on a cekal or Interpol list, as imported or synced (app.domain.screening)."""

    __tablename__ = "watch_entries"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    list_name: Mapped[str] = mapped_column(String(16))  # pencegahan | penangkalan | interpol
    full_name: Mapped[str] = mapped_column(String(200))
    aliases: Mapped[str] = mapped_column(Text, default="")  # '|'-separated other names
    birth_date: Mapped[str] = mapped_column(String(10), default="")  # YYYY-MM-DD, YYYY or ''
    nationality: Mapped[str] = mapped_column(String(3), default="")
    document_numbers: Mapped[str] = mapped_column(String(200), default="")  # '|'-separated
    reference: Mapped[str] = mapped_column(String(120), default="")
    legal_basis: Mapped[str] = mapped_column(String(200), default="")
    requesting_agency: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(24), default="")
    valid_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    valid_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    import_id: Mapped[str] = mapped_column(String(36), index=True)


class WatchListImport(Base):
    """One update of the local watch lists (file import or sync): how old the lists are."""

    __tablename__ = "watch_imports"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    source: Mapped[str] = mapped_column(String(300))
    entries: Mapped[int] = mapped_column(Integer)
    imported_by: Mapped[str] = mapped_column(String(64))


class CarrierCharge(Base):
    """Biaya beban on the carrier that brought an inadmissible passenger (SOP A9)."""

    __tablename__ = "carrier_charges"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    referral_id: Mapped[str] = mapped_column(ForeignKey("referrals.id"), index=True)
    office_code: Mapped[str] = mapped_column(String(32))
    carrier_name: Mapped[str] = mapped_column(String(120))
    responsible_party: Mapped[str] = mapped_column(String(200))
    carrier_address: Mapped[str] = mapped_column(String(250), default="")
    flight_code: Mapped[str] = mapped_column(String(12), default="")
    amount: Mapped[int] = mapped_column(Integer)
    # drafted (LK, BAP, BA Pendapat, draft SK) -> billed (SK signed, billing issued) -> paid
    status: Mapped[str] = mapped_column(String(16), default="drafted")
    drafted_at: Mapped[datetime] = mapped_column(UtcDateTime)
    drafted_by: Mapped[str] = mapped_column(String(64))
    sk_number: Mapped[str] = mapped_column(String(80), default="")
    sk_signed_by: Mapped[str] = mapped_column(String(120), default="")
    sk_signed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    billing_code: Mapped[str] = mapped_column(String(40), default="")
    billed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    paid_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    payment_reference: Mapped[str] = mapped_column(String(80), default="")
