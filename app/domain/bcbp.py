"""IATA Resolution 792 bar-coded boarding passes (BCBP, format `M`) as a scanner types them.

A BCBP is fixed-width text: a unique mandatory part (format code, number of legs, passenger name,
electronic ticket indicator), then per leg a repeated mandatory part that ends with the size, in
hex, of the leg's variable part. The first leg's variable part opens with `>`, the version number
and the unique conditional items (passenger description, check-in source, document type, issuer,
baggage tags); each leg's variable part then holds the repeated conditional items (airline numeric
code, document serial number, selectee, document verification, marketing carrier, frequent flyer,
...) behind their own hex size, and the rest is for the airline's own use. An optional security
section (`^`, type, hex size, data) closes the code. Every section declares its length, so items
a newer version adds, or an airline's private data, are skipped without being understood.

SOP A7 step 1 (seed 002) has the counter receive the departing foreigner's boarding pass with the
travel document; the counter reads the flight from it and warns when the name is someone else's.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from app.errors import GapuraError
from app.i18n import QT_TRANSLATE_NOOP

NAME_LENGTH = 20
TITLES = frozenset({"MR", "MRS", "MS", "MSTR", "MISS", "DR"})
# Written by airlines where the passenger has a single name (common for Indonesians).
NAME_PLACEHOLDERS = frozenset({"FNU", "LNU"})

_MANDATORY_UNIQUE = 23  # format code, number of legs, name, electronic ticket indicator
_MANDATORY_LEG = 37  # PNR .. passenger status, plus the 2-digit hex size of the variable part
_HEX2 = re.compile(r"[0-9A-Fa-f]{2}")
_AIRPORT = re.compile(r"[A-Z]{3}")
_CARRIER = re.compile(r"[A-Z0-9]{2,3}")
_FLIGHT_NUMBER = re.compile(r"(\d{1,5})([A-Z]?)")
# An AIM symbology identifier that some scanners put before the data: "]L2" (PDF417), "]Q3" ...
_AIM_PREFIX = re.compile(r"^\][A-Za-z][0-9A-Za-z]")


class BoardingPassError(GapuraError):
    """The scanned text is not a boarding pass Gapura can read."""

    default_message = QT_TRANSLATE_NOOP(
        "gapura",
        "Boarding pass tidak dapat dibaca. Pindai ulang boarding pass, atau ketik kode "
        "penerbangan (misalnya GA 881) secara manual.",
    )


@dataclass(frozen=True)
class Leg:
    """One flight of the boarding pass. Text fields are stripped; blank optional items are None.

    `flight_number` has no leading zeros ("834", "881A"); `flight_date_julian` is the day of the
    year (1-366) of the flight, without a year: resolve it with `flight_date`.
    """

    pnr: str
    origin: str
    destination: str
    carrier: str
    flight_number: str
    flight_date_julian: int
    compartment: str
    seat: str
    sequence: str
    status: str
    airline_numeric_code: str | None = None
    document_serial_number: str | None = None
    selectee: str | None = None
    international_document_verification: str | None = None
    marketing_carrier: str | None = None
    frequent_flyer_airline: str | None = None
    frequent_flyer_number: str | None = None
    id_ad_indicator: str | None = None
    free_baggage_allowance: str | None = None
    fast_track: str | None = None
    airline_private_data: str | None = None


@dataclass(frozen=True)
class BoardingPass:
    """A parsed BCBP.

    `passenger_name` is the 20-character name field without its trailing spaces; `surname` and
    `given_names` are split at the `/`, with a trailing title (MR, MRS, ...) moved to `title`.
    `name_truncated` is True when the name fills all 20 characters, so its end may be cut off.
    `issue_date` is raw: last digit of the year and day of the year ("6225").
    """

    passenger_name: str
    surname: str
    given_names: str
    title: str | None
    name_truncated: bool
    electronic_ticket: bool
    legs: tuple[Leg, ...]
    version: int | None = None
    passenger_description: str | None = None
    check_in_source: str | None = None
    issuance_source: str | None = None
    issue_date: str | None = None
    document_type: str | None = None
    issuer: str | None = None
    baggage_tags: tuple[str, ...] = ()
    security_data_type: str | None = None
    security_data: str | None = None


@dataclass(frozen=True)
class NameMatch:
    """Whether a boarding pass names the passport holder.

    `reason` is Indonesian text for the officer, marked for translation and without fields: why
    the names differ, or, for a match that needed a notable tolerance, what the officer should
    know. It is empty for a plain match.
    """

    ok: bool
    reason: str = ""


def _error(detail: str) -> BoardingPassError:
    return BoardingPassError(detail=f"BCBP: {detail}")


class _Reader:
    """Reads fixed-width items from left to right and says where the text ran out."""

    def __init__(self, text: str, section: str) -> None:
        self.text = text
        self.section = section
        self.pos = 0

    @property
    def remaining(self) -> int:
        return len(self.text) - self.pos

    def take(self, size: int, item: str) -> str:
        if size > self.remaining:
            raise _error(f"{self.section}: {item} needs {size} characters at position "
                         f"{self.pos}, {self.remaining} left")
        value = self.text[self.pos:self.pos + size]
        self.pos += size
        return value

    def take_hex_size(self, item: str) -> int:
        raw = self.take(2, item)
        if not _HEX2.fullmatch(raw):
            raise _error(f"{self.section}: {item} is {raw!r}, not two hex digits")
        return int(raw, 16)

    def optional(self, size: int) -> str | None:
        """An item of a conditional section: None once the declared length is used up."""
        if self.remaining <= 0:
            return None
        value = self.text[self.pos:self.pos + size]
        self.pos += len(value)
        return value.strip() or None

    def rest(self) -> str:
        value = self.text[self.pos:]
        self.pos = len(self.text)
        return value


def parse_boarding_pass(text: str) -> BoardingPass:
    """Parse the text a keyboard-wedge or serial scanner read from a BCBP barcode.

    Raises:
        BoardingPassError: the text is not a format-M BCBP, or is cut short or malformed.
    """
    data = _clean(text)
    reader = _Reader(data, "mandatory items")
    format_code = reader.take(1, "format code")
    if format_code != "M":
        raise _error(f"format code {format_code!r}, expected 'M' (multiple-leg BCBP)")
    legs_raw = reader.take(1, "number of legs")
    if not legs_raw.isdigit() or legs_raw == "0":
        raise _error(f"number of legs {legs_raw!r} is not 1-9")
    leg_count = int(legs_raw)
    name_field = reader.take(NAME_LENGTH, "passenger name").upper()
    surname, given_names, title = _split_name(name_field)
    electronic_ticket = reader.take(1, "electronic ticket indicator") == "E"

    header: dict[str, object] = {}
    legs: list[Leg] = []
    for index in range(leg_count):
        leg_fields = _read_leg_mandatory(reader, index + 1)
        variable_size = reader.take_hex_size(f"leg {index + 1} variable size")
        last = index == leg_count - 1
        if last and variable_size > reader.remaining and "^" not in reader.text[reader.pos:]:
            # Some scanners and copy-pastes drop the trailing spaces of the airline's data.
            reader.text += " " * (variable_size - reader.remaining)
        variable = _Reader(reader.take(variable_size, f"leg {index + 1} variable part"),
                           f"leg {index + 1} conditional items")
        structured = True
        if index == 0:
            structured = variable.remaining > 0 and variable.text[0] == ">"
            header = _read_unique_conditional(variable) if structured else {}
        leg_fields.update(_read_repeated_conditional(variable, structured))
        legs.append(Leg(**leg_fields))

    security_type, security = _read_security(reader)
    return BoardingPass(
        passenger_name=name_field.rstrip(),
        surname=surname,
        given_names=given_names,
        title=title,
        name_truncated=len(name_field.rstrip()) == NAME_LENGTH,
        electronic_ticket=electronic_ticket,
        legs=tuple(legs),
        security_data_type=security_type,
        security_data=security,
        **header,
    )


def _clean(text: str) -> str:
    # The keyboard wedge ends the scan with Enter (and sometimes Tab); trailing spaces are data.
    data = text.rstrip("\r\n\t\x00")
    data = _AIM_PREFIX.sub("", data, count=1)
    if not data.strip():
        raise _error("empty scan")
    return data


def _split_name(name_field: str) -> tuple[str, str, str | None]:
    raw = name_field.strip()
    surname, _, given = raw.partition("/")
    surname = " ".join(surname.split())
    words = given.split()
    title = None
    if words and words[-1] in TITLES:
        title = words.pop()
    if not surname:
        raise _error(f"passenger name {name_field!r} has no surname")
    return surname, " ".join(words), title


def _read_leg_mandatory(reader: _Reader, number: int) -> dict[str, object]:
    reader.section = f"leg {number} mandatory items"
    pnr = reader.take(7, "PNR").strip()
    origin = reader.take(3, "from airport").upper()
    destination = reader.take(3, "to airport").upper()
    carrier = reader.take(3, "operating carrier").strip().upper()
    flight_raw = reader.take(5, "flight number").strip().upper()
    julian_raw = reader.take(3, "date of flight")
    compartment = reader.take(1, "compartment code").strip()
    seat = reader.take(4, "seat number").strip()
    sequence = reader.take(5, "check-in sequence number").strip()
    status = reader.take(1, "passenger status").strip()

    for item, value in (("from airport", origin), ("to airport", destination)):
        if not _AIRPORT.fullmatch(value):
            raise _error(f"leg {number}: {item} {value!r} is not a 3-letter code")
    if not _CARRIER.fullmatch(carrier):
        raise _error(f"leg {number}: operating carrier {carrier!r} is not an airline designator")
    flight = _FLIGHT_NUMBER.fullmatch(flight_raw)
    if flight is None:
        raise _error(f"leg {number}: flight number {flight_raw!r} is not digits and a suffix")
    if not julian_raw.isdigit() or not 1 <= int(julian_raw) <= 366:
        raise _error(f"leg {number}: date of flight {julian_raw!r} is not a day of the year")
    return {
        "pnr": pnr, "origin": origin, "destination": destination, "carrier": carrier,
        "flight_number": str(int(flight.group(1))) + flight.group(2),
        "flight_date_julian": int(julian_raw), "compartment": compartment, "seat": seat,
        "sequence": sequence, "status": status,
    }


def _read_unique_conditional(variable: _Reader) -> dict[str, object]:
    variable.take(1, "beginning of version number")
    version_raw = variable.take(1, "version number")
    size = variable.take_hex_size("unique conditional size")
    unique = _Reader(variable.take(size, "unique conditional items"), "unique conditional items")
    header: dict[str, object] = {
        "version": int(version_raw) if version_raw.isdigit() else None,
        "passenger_description": unique.optional(1),
        "check_in_source": unique.optional(1),
        "issuance_source": unique.optional(1),
        "issue_date": unique.optional(4),
        "document_type": unique.optional(1),
        "issuer": unique.optional(3),
    }
    tags = (unique.optional(13) for _ in range(3))  # license plate, two non-consecutive
    header["baggage_tags"] = tuple(tag for tag in tags if tag)
    return header


def _read_repeated_conditional(variable: _Reader, structured: bool) -> dict[str, object]:
    next_two = variable.text[variable.pos:variable.pos + 2]
    if not structured or not _HEX2.fullmatch(next_two):
        # No '>' header in the first leg, or no size: the rest is the airline's own data.
        return {"airline_private_data": variable.rest() or None}
    size = variable.take_hex_size("repeated conditional size")
    items = _Reader(variable.take(size, "repeated conditional items"), "repeated conditional")
    fields: dict[str, object] = {
        "airline_numeric_code": items.optional(3),
        "document_serial_number": items.optional(10),
        "selectee": items.optional(1),
        "international_document_verification": items.optional(1),
        "marketing_carrier": items.optional(3),
        "frequent_flyer_airline": items.optional(3),
        "frequent_flyer_number": items.optional(16),
        "id_ad_indicator": items.optional(1),
        "free_baggage_allowance": items.optional(3),
        "fast_track": items.optional(1),
    }
    fields["airline_private_data"] = variable.rest() or None
    return fields


def _read_security(reader: _Reader) -> tuple[str | None, str | None]:
    reader.section = "security data"
    if reader.remaining == 0:
        return None, None
    if reader.text[reader.pos] != "^":
        raise _error(f"unexpected data after the last leg at position {reader.pos}: "
                     f"{reader.text[reader.pos:reader.pos + 10]!r}")
    reader.take(1, "beginning of security data")
    security_type = reader.take(1, "type of security data")
    size = reader.take_hex_size("length of security data")
    # The signature is not verified here; take what was declared, or what arrived of it.
    security = reader.take(min(size, reader.remaining), "security data")
    if reader.remaining:
        raise _error(f"{reader.remaining} characters after the security data")
    return security_type, security or None


def flight_code(leg: Leg) -> str:
    """The flight as the counter writes it: carrier and number without leading zeros, "GA 881"."""
    return f"{leg.carrier} {leg.flight_number}"


def flight_date(leg: Leg, today: date) -> date:
    """The calendar date of the leg's flight: the day of the year nearest to `today`.

    A boarding pass is shown within days of its flight, so the year is the one (last, this or
    next) that puts the day closest to `today`; on 2 January, day 365 is last 31 December.
    Day 366 only exists in leap years. On an exact tie the later date wins.
    """
    candidates = []
    for year in (today.year - 1, today.year, today.year + 1):
        if leg.flight_date_julian == 366 and not _is_leap(year):
            continue
        candidates.append(date(year, 1, 1) + timedelta(days=leg.flight_date_julian - 1))
    return min(candidates, key=lambda day: (abs((day - today).days), today - day))


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leg_from(bp: BoardingPass, airport: str) -> Leg | None:
    """The first leg departing from `airport` (the TPI's IATA code), or None."""
    return next((leg for leg in bp.legs if leg.origin == airport.upper()), None)


# --- Does the boarding pass name the passport holder? ------------------------------------------

_SURNAME_DIFFERS = QT_TRANSLATE_NOOP(
    "gapura", "Nama keluarga di boarding pass berbeda dengan nama keluarga di paspor")
_GIVEN_DIFFERS = QT_TRANSLATE_NOOP(
    "gapura", "Nama depan di boarding pass berbeda dengan nama depan di paspor")
_BOTH_DIFFER = QT_TRANSLATE_NOOP(
    "gapura", "Nama di boarding pass sama sekali berbeda dengan nama di paspor")
_SWAPPED = QT_TRANSLATE_NOOP(
    "gapura", "Nama keluarga dan nama depan di boarding pass tertukar urutannya")


def name_matches_passport(bp: BoardingPass, surname: str, given_names: str) -> NameMatch:
    """Compare the boarding pass name with the passport's (MRZ or chip) names, tolerantly.

    Tolerated: case, accents, punctuation and spaces ("VAN DER BERG" = "VANDERBERG"); titles,
    also glued to the name ("JOHNMR"); dropped middle names; the 20-character truncation
    (the last name part may be cut short); a single-name passport written as "NAME/NAME",
    "NAME/FNU" or "NAME/MR"; the whole name written as one part; surname and given names swapped
    (a match, with a note). Anything else is reported as a different person.
    """
    pp_surname, pp_given = _words(surname), _words(given_names)
    bp_surname = _words(bp.surname)
    bp_given = [w for w in _words(bp.given_names) if w not in NAME_PLACEHOLDERS]
    truncated = bp.name_truncated
    surname_cut = truncated and not bp.given_names  # the field ran out inside the surname

    surname_ok = _surname_matches(bp_surname, pp_surname, surname_cut)
    given_ok = _given_matches(bp_given, pp_given, truncated)
    if surname_ok and given_ok:
        return NameMatch(True)

    single = pp_surname if not pp_given else pp_given if not pp_surname else None
    if single and _surname_matches(bp_surname, single, surname_cut) and (
            not bp_given or _given_matches(bp_given, single, truncated)):
        return NameMatch(True)

    if bp_given and _surname_matches(bp_surname, pp_given, surname_cut) and _given_matches(
            bp_given, pp_surname, truncated):
        return NameMatch(True, _SWAPPED)

    # The whole name written as one part ("JOKOWIDODO/MR"), in either order.
    whole_bp = _compact(bp_surname + bp_given)
    for whole_pp in (_compact(pp_surname + pp_given), _compact(pp_given + pp_surname)):
        if whole_bp == whole_pp or (truncated and whole_pp.startswith(whole_bp)):
            return NameMatch(True)

    if not surname_ok and not given_ok:
        return NameMatch(False, _BOTH_DIFFER)
    return NameMatch(False, _GIVEN_DIFFERS if surname_ok else _SURNAME_DIFFERS)


def _words(name: str) -> list[str]:
    """Upper-case ASCII words; apostrophes vanish and other punctuation splits, as in an MRZ."""
    decomposed = unicodedata.normalize("NFKD", name.upper())
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c))
    ascii_only = ascii_only.replace("'", "").replace("\u2019", "")
    return re.sub(r"[^A-Z]+", " ", ascii_only).split()


def _compact(words: list[str]) -> str:
    return "".join(words)


def _surname_matches(bp: list[str], passport: list[str], cut: bool) -> bool:
    if not bp or not passport:
        return False
    bp_text, pp_text = _compact(bp), _compact(passport)
    return bp_text == pp_text or (cut and pp_text.startswith(bp_text))


def _given_matches(bp: list[str], passport: list[str], truncated: bool) -> bool:
    if not bp:
        return True  # the airline left the given names out
    if not passport:
        return False
    candidates = [bp]
    last = bp[-1]
    candidates += [bp[:-1] + [last[:-len(t)]] for t in TITLES
                   if last.endswith(t) and len(last) > len(t)]  # a glued title: "JOHNMR"
    if truncated and any(t.startswith(last) and t != last for t in TITLES):
        candidates.append(bp[:-1])  # "... JOHN M" is "JOHN MR" cut at 20 characters
    return any(_given_candidate(c, passport, truncated) for c in candidates)


def _given_candidate(bp: list[str], passport: list[str], truncated: bool) -> bool:
    if not bp:
        return True
    bp_text, pp_text = _compact(bp), _compact(passport)
    if bp_text == pp_text or (truncated and pp_text.startswith(bp_text)):
        return True
    # Dropped middle names: every boarding-pass word is a passport word, in order; the last
    # one may be cut short by the 20-character field.
    remaining = iter(passport)
    for position, word in enumerate(bp):
        is_last = position == len(bp) - 1
        if not any(w == word or (is_last and truncated and w.startswith(word))
                   for w in remaining):
            return False
    return True
