"""Indonesian formats for printed documents: dates, times with WIB/WITA/WIT, Rupiah, NIP, words."""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from app.domain.money import format_rupiah

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")
# Indexed by date.weekday(): Monday is 0.
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

# Indonesia's three time zones (Keppres 41/1987) by their offset from UTC.
_ZONE_NAMES = {timedelta(hours=7): "WIB", timedelta(hours=8): "WITA", timedelta(hours=9): "WIT"}

_UNITS = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
          "sepuluh", "sebelas")
_SCALES = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"))


def format_date(value: date) -> str:
    """`22 November 2026`. A datetime is taken as the date it already shows."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def format_day_date(value: date) -> str:
    """`Rabu, 25 November 2026`."""
    return f"{DAYS[value.weekday()]}, {format_date(value)}"


def day_name(value: date) -> str:
    """`Rabu`."""
    return DAYS[value.weekday()]


def to_local(moment: datetime, timezone: str | tzinfo) -> datetime:
    """`moment` (aware) in the office's zone, e.g. `Asia/Jakarta`.

    Raises:
        ValueError: `moment` is naive; times inside Gapura are aware UTC.
    """
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime {moment!r}: Gapura keeps aware UTC times")
    zone = ZoneInfo(timezone) if isinstance(timezone, str) else timezone
    return moment.astimezone(zone)


def zone_name(local: datetime) -> str:
    """`WIB`, `WITA` or `WIT` for a time already in an Indonesian zone; `UTC+05.30` otherwise."""
    offset = local.utcoffset()
    if offset is None:
        raise ValueError(f"naive datetime {local!r} has no zone")
    if offset in _ZONE_NAMES:
        return _ZONE_NAMES[offset]
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}.{minutes % 60:02d}"


def format_time(moment: datetime, timezone: str | tzinfo) -> str:
    """`10.00 WIB`: the hour and minute in the office's zone, with its name."""
    local = to_local(moment, timezone)
    return f"{local.hour:02d}.{local.minute:02d} {zone_name(local)}"


def format_datetime(moment: datetime, timezone: str | tzinfo) -> str:
    """`Rabu, 25 November 2026 pukul 10.00 WIB`."""
    local = to_local(moment, timezone)
    return f"{format_day_date(local)} pukul {format_time(local, local.tzinfo)}"


def format_money(amount: int) -> str:
    """`Rp1.500.000`: whole Rupiah, dots between thousands, no decimals."""
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise TypeError(f"money is whole Rupiah (int), got {amount!r}")
    return format_rupiah(amount)


def format_amount(currency: str, amount: int) -> str:
    """`Rp1.500.000` for Rupiah (`IDR`); `USD 1.250` for another currency by its ISO 4217
    code. Whole units, dots between thousands."""
    if currency == "IDR":
        return format_money(amount)
    return f"{currency} {amount:,}".replace(",", ".")


def format_nip(nip: str) -> str:
    """An 18-digit NIP grouped as printed on letters: `19770626 199703 1 001`.

    Anything that is not 18 digits (an NRP, a passport number) is returned as given.
    """
    digits = nip.replace(" ", "")
    if len(digits) != 18 or not digits.isdigit():
        return nip
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"


def format_billing_code(code: str) -> str:
    """A 15-digit SIMPONI billing code in groups of five, easier to read out at a bank counter:
    `82026 11250 04217`."""
    return " ".join(code[i:i + 5] for i in range(0, len(code), 5))


def spell_number(value: int) -> str:
    """A whole number in Indonesian words (terbilang): 1500000 -> `satu juta lima ratus ribu`."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"spell_number takes an int, got {value!r}")
    if value == 0:
        return "nol"
    if value < 0:
        return f"minus {spell_number(-value)}"
    return " ".join(_spell(value).split())


def spell_rupiah(amount: int) -> str:
    """`satu juta lima ratus ribu rupiah`, as written after `Terbilang:` on receipts."""
    return f"{spell_number(amount)} rupiah"


def spell_date(value: date) -> str:
    """A date in words as berita acara open:
    `tanggal dua puluh lima bulan November tahun dua ribu dua puluh enam`."""
    return (f"tanggal {spell_number(value.day)} bulan {MONTHS[value.month - 1]} "
            f"tahun {spell_number(value.year)}")


def _spell(n: int) -> str:
    for scale, word in _SCALES:
        if n >= scale:
            return f"{_spell(n // scale)} {word} {_spell(n % scale)}"
    if n >= 1000:
        head = "seribu" if n // 1000 == 1 else f"{_spell(n // 1000)} ribu"
        return f"{head} {_spell(n % 1000)}"
    if n >= 100:
        head = "seratus" if n // 100 == 1 else f"{_UNITS[n // 100]} ratus"
        return f"{head} {_spell(n % 100)}"
    if n >= 20:
        return f"{_UNITS[n // 10]} puluh {_UNITS[n % 10]}"
    if n >= 12:
        return f"{_UNITS[n - 10]} belas"
    return _UNITS[n]
