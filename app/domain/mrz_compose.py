"""Writing a TD3 (passport) machine-readable zone from its fields, with every check digit.

Used when the officer types a passport's data by hand, by the reader simulator and by tests.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from app.domain.mrz import check_digit

TD3_LENGTH = 44
NAME_LENGTH = 39


def _pad(text: str, length: int) -> str:
    return (text + "<" * length)[:length]


def mrz_text(text: str) -> str:
    """Upper-case A-Z and digits, spaces and hyphens as `<`, diacritics dropped."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().upper()
    return "".join(c if c.isalnum() else "<" for c in plain.strip())


def yymmdd(day: date | None) -> str:
    return day.strftime("%y%m%d") if day else "<<<<<<"


def compose_td3(*, surname: str, given_names: str, document_number: str, nationality: str,
                birth_date: date | None, sex: str, expiry_date: date | None,
                issuing_state: str = "", document_type: str = "P",
                optional_data: str = "") -> tuple[str, str]:
    """The two TD3 lines. Names longer than the zone are truncated as ICAO 9303 part 4 says."""
    name = mrz_text(surname)
    if given_names.strip():
        name += "<<" + mrz_text(given_names)
    line1 = (_pad(mrz_text(document_type), 2) + _pad(issuing_state or nationality, 3)
             + _pad(name, NAME_LENGTH))
    number = _pad(mrz_text(document_number), 9)
    birth, expiry = yymmdd(birth_date), yymmdd(expiry_date)
    optional = _pad(mrz_text(optional_data), 14)
    optional_check = check_digit(optional) if optional_data else "<"
    line2 = (number + check_digit(number) + _pad(nationality, 3) + birth + check_digit(birth)
             + (sex or "<") + expiry + check_digit(expiry) + optional + optional_check)
    composite = line2[0:10] + line2[13:20] + line2[21:43]
    return line1, line2 + check_digit(composite)
