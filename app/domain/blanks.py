"""Passport blanks: their kinds and serial numbers (one letter and seven digits)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# The kinds of blank the office stocks, with the name the berita acara print.
KINDS = {
    "biasa_48": "Paspor biasa non-elektronik 48 halaman",
    "elektronik_48": "Paspor biasa elektronik 48 halaman",
    "splp": "Surat Perjalanan Laksana Paspor",
}
SERIAL = re.compile(r"([A-Z])(\d{7})")


@dataclass(frozen=True, order=True)
class Serial:
    prefix: str
    number: int

    def __str__(self) -> str:
        return f"{self.prefix}{self.number:07d}"


def parse_serial(text: str) -> Serial | None:
    """`A1234567` as a Serial; None when it is not one letter and seven digits."""
    match = SERIAL.fullmatch(text.strip().upper())
    return Serial(match[1], int(match[2])) if match else None


def serials(prefix: str, first: int, last: int) -> list[str]:
    """Every serial of the range `first`..`last` (inclusive) of `prefix`, in order."""
    return [f"{prefix}{number:07d}" for number in range(first, last + 1)]
