"""Models of the Ruang Detensi Imigrasi (issue 10): rooms, detainees riding on their SOP cases
(C2 pendetensian, C3 pengeluaran, C4 pendeportasian), their belongings and cash (never deleted:
returned or handed over with a record), placements and moves, and the register's log.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store import case_models  # noqa: F401 - the cases table its foreign keys name
from app.store.models import Base, UtcDateTime, new_id


class DetentionRoom(Base):
    __tablename__ = "detention_rooms"
    __table_args__ = (Index("ix_detention_rooms_office", "office_code", "code", unique=True),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    office_code: Mapped[str] = mapped_column(String(32))
    code: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(100))
    category: Mapped[str] = mapped_column(String(16))  # app.domain.detention.RoomCategory
    capacity: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Detainee(Base):
    __tablename__ = "detainees"
    __table_args__ = (Index("ix_detainees_state", "office_code", "state"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    office_code: Mapped[str] = mapped_column(String(32))
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), unique=True)  # C2
    # proposed | detained | released | deported | cancelled
    state: Mapped[str] = mapped_column(String(16), default="proposed")
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    received_by: Mapped[str] = mapped_column(String(64))
    # The referral: Nota Dinas usulan TAK or Surat Titipan Deteni of the referring unit.
    referral_kind: Mapped[str] = mapped_column(String(16))  # nota_dinas | surat_titipan
    referral_number: Mapped[str] = mapped_column(String(80))
    referring_unit: Mapped[str] = mapped_column(String(150))
    # Identity (passport scan or typed).
    full_name: Mapped[str] = mapped_column(String(100))
    birth_place: Mapped[str] = mapped_column(String(60), default="")
    birth_date: Mapped[date] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(1))  # M | F
    nationality: Mapped[str] = mapped_column(String(3))  # ISO 3166 alpha-3
    passport_number: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(String(250), default="")
    with_family: Mapped[bool] = mapped_column(Boolean, default=False)
    category: Mapped[str] = mapped_column(String(16))  # the room category it belongs in
    # Grounds (UU 6/2011 pasal 83 ayat (1), printing.templates.detensi.GROUNDS).
    ground: Mapped[str] = mapped_column(String(32))
    violation: Mapped[str] = mapped_column(Text)
    # The Kakanim's decision (TAK) and the order.
    decision_number: Mapped[str] = mapped_column(String(80), default="")
    decision_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    detained_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    order_document_id: Mapped[str] = mapped_column(String(36), default="")
    record_document_id: Mapped[str] = mapped_column(String(36), default="")
    # Search, health, necessities, biometrics.
    searched_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    search_document_id: Mapped[str] = mapped_column(String(36), default="")
    cash_seal_number: Mapped[str] = mapped_column(String(40), default="")
    health_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    health_doctor: Mapped[str] = mapped_column(String(100), default="")
    health_statement: Mapped[str] = mapped_column(Text, default="")
    health_attachment_id: Mapped[str] = mapped_column(String(36), default="")
    receipt_document_id: Mapped[str] = mapped_column(String(36), default="")
    photo_attachment_id: Mapped[str] = mapped_column(String(36), default="")
    fingerprints: Mapped[int] = mapped_column(Integer, default=0)
    room_id: Mapped[str] = mapped_column(String(36), default="")
    last_review_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # Release (C3): on the Kakanim's decision.
    release_case_id: Mapped[str] = mapped_column(String(36), default="")
    release_reason: Mapped[str] = mapped_column(String(16), default="")  # deportasi | ...
    release_destination: Mapped[str] = mapped_column(String(200), default="")
    release_decision_number: Mapped[str] = mapped_column(String(80), default="")
    release_decision_document_id: Mapped[str] = mapped_column(String(36), default="")
    release_order_document_id: Mapped[str] = mapped_column(String(36), default="")
    release_document_id: Mapped[str] = mapped_column(String(36), default="")
    release_photo_attachment_id: Mapped[str] = mapped_column(String(36), default="")
    released_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # Deportation (C4).
    deportation_case_id: Mapped[str] = mapped_column(String(36), default="")
    escorts: Mapped[str] = mapped_column(Text, default="")  # JSON [{name, nip, position}]
    carrier_name: Mapped[str] = mapped_column(String(120), default="")
    flight_number: Mapped[str] = mapped_column(String(12), default="")
    departure_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    checkpoint: Mapped[str] = mapped_column(String(150), default="")
    destination: Mapped[str] = mapped_column(String(100), default="")
    escort_document_id: Mapped[str] = mapped_column(String(36), default="")
    supervision_document_id: Mapped[str] = mapped_column(String(36), default="")
    passport_marked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    deported_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    report_document_id: Mapped[str] = mapped_column(String(36), default="")
    ban_proposed: Mapped[bool] = mapped_column(Boolean, default=False)
    ban_years: Mapped[int] = mapped_column(Integer, default=0)
    ban_case_id: Mapped[str] = mapped_column(String(36), default="")
    ban_listed: Mapped[bool] = mapped_column(Boolean, default=False)


class DetentionItem(Base):
    """One line of the intake list: an item found in the search (kept by the officers or
    carried into the room), a sealed valuable, or a necessity handed to the detainee."""

    __tablename__ = "detention_items"
    __table_args__ = (Index("ix_detention_items_detainee", "detainee_id", "seq"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    detainee_id: Mapped[str] = mapped_column(ForeignKey("detainees.id"))
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))  # barang | berharga | keperluan
    description: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(20), default="buah")
    condition: Mapped[str] = mapped_column(String(100), default="Baik")
    seal_number: Mapped[str] = mapped_column(String(40), default="")
    carried: Mapped[bool] = mapped_column(Boolean, default=False)  # into the room
    photo_attachment_id: Mapped[str] = mapped_column(String(36), default="")
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    recorded_by: Mapped[str] = mapped_column(String(64))
    # held | returned | handed_over: never deleted.
    state: Mapped[str] = mapped_column(String(16), default="held")
    returned_quantity: Mapped[int] = mapped_column(Integer, default=0)
    return_note: Mapped[str] = mapped_column(Text, default="")
    returned_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    returned_by: Mapped[str] = mapped_column(String(64), default="")


class DetentionCash(Base):
    """Cash counted at the search, by currency and denomination, in a sealed envelope."""

    __tablename__ = "detention_cash"
    __table_args__ = (Index("ix_detention_cash_detainee", "detainee_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    detainee_id: Mapped[str] = mapped_column(ForeignKey("detainees.id"))
    currency: Mapped[str] = mapped_column(String(3))
    denomination: Mapped[int] = mapped_column(Integer)
    count: Mapped[int] = mapped_column(Integer)
    returned_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    return_note: Mapped[str] = mapped_column(Text, default="")


class DetentionPlacement(Base):
    """A stay in one room: from the placement to the move out (or the release)."""

    __tablename__ = "detention_placements"
    __table_args__ = (Index("ix_detention_placements_room", "room_id", "left_at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    detainee_id: Mapped[str] = mapped_column(ForeignKey("detainees.id"))
    room_id: Mapped[str] = mapped_column(ForeignKey("detention_rooms.id"))
    placed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    placed_by: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text, default="")
    left_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class DetentionEvent(Base):
    """A line of the register's log: a visit, a health event, an incident, a review."""

    __tablename__ = "detention_events"
    __table_args__ = (Index("ix_detention_events_detainee", "detainee_id", "at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    detainee_id: Mapped[str] = mapped_column(ForeignKey("detainees.id"))
    kind: Mapped[str] = mapped_column(String(16))  # kunjungan | kesehatan | insiden | tinjauan
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    username: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
