"""Rupiah amounts and payment moments as the counters write them."""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP


def rupiah(amount: int) -> str:
    return "Rp" + f"{amount:,}".replace(",", ".")


def paid_moment(day: date, time_text: str, zone: tzinfo) -> datetime:
    """The moment of a payment from its date and its JJ:MM time, in the office's zone."""
    try:
        hours, minutes = (int(part) for part in time_text.split(":"))
        return datetime.combine(day, datetime.min.time()).replace(
            hour=hours, minute=minutes, tzinfo=zone)
    except ValueError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("gapura", "Jam bayar {time} tidak sah; tulis JJ:MM."),
            detail=f"time {time_text!r}", time=time_text) from exc
