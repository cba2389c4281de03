"""Model of applicant notifications (issue 7): one text queued for the messaging gateway.

Imported by app.store.models so that one metadata holds every table.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models import Base, UtcDateTime, new_id


class ApplicantMessage(Base):
    """A WhatsApp/SMS message to an applicant: queued -> sent, or failed after its attempts."""

    __tablename__ = "applicant_messages"
    __table_args__ = (Index("ix_applicant_messages_due", "status", "next_attempt_at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    office_code: Mapped[str] = mapped_column(String(32))
    case_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    template: Mapped[str] = mapped_column(String(64))
    channel: Mapped[str] = mapped_column(String(16))  # whatsapp | sms
    recipient: Mapped[str] = mapped_column(String(16))  # E.164
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="queued")  # queued | sent | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    # When a queued message is next due; while a dispatcher sends it, the end of its claim.
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    created_by: Mapped[str] = mapped_column(String(64))
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    gateway_message_id: Mapped[str] = mapped_column(String(128), default="")
