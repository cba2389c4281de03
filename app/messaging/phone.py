"""Phone numbers of applicants, written the ways officers get them, made E.164.

Indonesian mobile numbers come as 0812..., 62812..., +62 812-..., 0062812...; a foreign number
must carry its country code (+CC or 00CC). Anything else is refused, naming the number.
"""

from __future__ import annotations

import re

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP

_SEPARATORS = re.compile(r"[\s\-.()/]")
# Indonesian mobile numbers: 8, then 8 to 11 more digits (0812-345-678 ... 0812-3456-789012).
_ID_MOBILE = re.compile(r"8\d{8,11}")
# E.164: a country code not starting with 0, at most 15 digits in all.
_E164 = re.compile(r"[1-9]\d{7,14}")


def _invalid(number: str, why: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "gapura", "Nomor telepon \"{number}\" tidak valid. Tulis nomor seluler Indonesia "
                      "(08xx, 628xx atau +628xx) atau nomor luar negeri dengan kode negara "
                      "(+kode negara, mis. +61...)."),
        detail=f"invalid phone number {number!r}: {why}", number=number, field="nomor telepon")


def normalise_phone(number: str) -> str:
    """`number` as E.164 ("+6281234567890").

    Raises:
        ValidationError: not an Indonesian mobile number nor an international one.
    """
    shown = number.strip()
    digits = _SEPARATORS.sub("", shown)
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    if digits.startswith("+"):
        international = digits[1:]
    elif digits.startswith("62"):
        international = digits
    elif digits.startswith("0"):
        international = "62" + digits[1:]
    else:
        raise _invalid(shown, "no country code and no leading 0")
    if not international.isdigit():
        raise _invalid(shown, "not digits")
    if international.startswith("62"):
        if not _ID_MOBILE.fullmatch(international[2:]):
            raise _invalid(shown, "not an Indonesian mobile number")
    elif not _E164.fullmatch(international):
        raise _invalid(shown, "not E.164")
    return "+" + international
