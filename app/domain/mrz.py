"""ICAO Doc 9303 machine-readable zones: parse and validate TD1, TD2, TD3, MRV-A and MRV-B.

`parse_mrz(lines)` reads the lines a document reader (or an officer) gives, recognises the format
by the number and length of the lines, checks every check digit (and the composite one), resolves
the two-digit years, and returns an `MrzResult` with the fields and a list of `MrzIssue`s. An MRZ
that parses but fails a rule is *invalid* (issues, never an exception); lines that are no MRZ at
all raise `MrzFormatError`.

OCR confusions (O/0, I/1, S/5, B/8, ...) are reported as a suggestion in the issue, never
silently fixed: the counter must look at the document before anything is retyped.

Layouts (Doc 9303 Part 4 TD3, Part 5 TD1, Part 6 TD2, Part 7 MRV-A/MRV-B), 0-based slices:

    TD3/MRV-A line 1 and TD2/MRV-B line 1: type 0:2, issuer 2:5, name 5:end
    their line 2: number 0:9, cd 9, nationality 10:13, birth 13:19, cd 19, sex 20,
        expiry 21:27, cd 27, then optional data:
        TD3 28:42 + cd 42 + composite 43;  TD2 28:35 + composite 35;
        MRV-A 28:44;  MRV-B 28:36 (visas have no composite and no optional data check digit)
    TD1 line 1: type 0:2, issuer 2:5, number 5:14, cd 14, optional 15:30
    TD1 line 2: birth 0:6, cd 6, sex 7, expiry 8:14, cd 14, nationality 15:18,
        optional 18:29, composite 29;  TD1 line 3: name
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache
from typing import Any

from app.errors import GapuraError
from app.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "JSON_KEYS", "MrzFormat", "MrzFormatError", "MrzIssue", "MrzResult", "SPECIMEN_CODES",
    "check_digit", "parse_mrz", "unusable_json_dict",
]


class MrzFormat(StrEnum):
    """The machine-readable zone layouts of Doc 9303."""

    TD1 = "TD1"  # 3 x 30: identity cards, official travel documents
    TD2 = "TD2"  # 2 x 36: official travel documents
    TD3 = "TD3"  # 2 x 44: passports
    MRV_A = "MRV-A"  # 2 x 44: visa, full page
    MRV_B = "MRV-B"  # 2 x 36: visa, smaller sticker


# Utopia: the fictional state of every Doc 9303 specimen. Accepted so that specimens (and the
# reader simulator, which reads them) validate; `MrzResult.specimen` tells the counter.
SPECIMEN_CODES = frozenset({"UTO"})

# The keys of `MrzResult.to_json_dict()`, in order: the interface of `gapura mrz`.
JSON_KEYS = ("format", "document_type", "issuing_state", "surname", "given_names",
             "document_number", "nationality", "birth_date", "sex", "expiry_date",
             "optional_data", "valid", "errors")

# --- check digits ---------------------------------------------------------------------------

_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_INVALID = 255


def _value_table() -> bytes:
    table = bytearray([_INVALID]) * 256
    for value, char in enumerate(_ALPHABET):
        table[ord(char)] = value
    table[ord("<")] = 0
    return bytes(table)


# bytes.translate with this table turns MRZ text into the character values of Doc 9303 Part 3
# 4.9 (0-9, A=10 .. Z=35, filler 0), 255 for anything else; check digits then sum slices in C.
_VALUE_TABLE = _value_table()
_DIGITS = "0123456789"


def _weighted(values: bytes) -> int:
    # Weights 7, 3, 1 repeated: sum every third value with the same weight.
    return (7 * sum(values[0::3]) + 3 * sum(values[1::3]) + sum(values[2::3])) % 10


def check_digit(field: str) -> str:
    """The Doc 9303 check digit ("0".."9") of `field`, written as it stands in the MRZ.

    Raises:
        ValueError: `field` holds a character other than A-Z, 0-9 and `<` (lower case too).
    """
    values = field.encode("ascii", "replace").translate(_VALUE_TABLE)
    if _INVALID in values:
        raise ValueError(f"not an MRZ character in {field!r}")
    return _DIGITS[_weighted(values)]


# --- OCR confusions -------------------------------------------------------------------------

# In a numeric field a letter can only be a misread digit (OCR-B font look-alikes).
_TO_DIGIT = str.maketrans("ODQILZSGB", "000112568")
_DIGIT_FOR = {"O": "0", "D": "0", "Q": "0", "I": "1", "L": "1", "Z": "2", "S": "5", "G": "6",
              "B": "8"}
# In an alphabetic field (names, country codes) a digit can only be a misread letter.
_TO_LETTER = str.maketrans("012568", "OIZSGB")
# In an alphanumeric field either may be meant; a swap is suggested only when it alone makes the
# check digit agree.
_SWAPS = {"O": "0", "0": "O", "I": "1", "1": "I", "S": "5", "5": "S", "B": "8", "8": "B",
          "Z": "2", "2": "Z"}

# --- issues ---------------------------------------------------------------------------------

_CHECK_DIGIT_MESSAGES = {
    "document_number": QT_TRANSLATE_NOOP(
        "gapura", "Digit pemeriksa nomor dokumen tidak cocok: tertulis {found}, "
                  "seharusnya {expected}."),
    "birth_date": QT_TRANSLATE_NOOP(
        "gapura", "Digit pemeriksa tanggal lahir tidak cocok: tertulis {found}, "
                  "seharusnya {expected}."),
    "expiry_date": QT_TRANSLATE_NOOP(
        "gapura", "Digit pemeriksa tanggal habis berlaku tidak cocok: tertulis {found}, "
                  "seharusnya {expected}."),
    "optional_data": QT_TRANSLATE_NOOP(
        "gapura", "Digit pemeriksa data opsional (nomor pribadi) tidak cocok: tertulis {found}, "
                  "seharusnya {expected}."),
    "composite": QT_TRANSLATE_NOOP(
        "gapura", "Digit pemeriksa gabungan MRZ tidak cocok: tertulis {found}, "
                  "seharusnya {expected}. Salah satu bagian MRZ salah terbaca."),
}
_DATE_FORMAT_MESSAGES = {
    "birth_date": QT_TRANSLATE_NOOP(
        "gapura", "Tanggal lahir harus enam angka YYMMDD, terbaca {found}."),
    "expiry_date": QT_TRANSLATE_NOOP(
        "gapura", "Tanggal habis berlaku harus enam angka YYMMDD, terbaca {found}."),
}
_DATE_INVALID_MESSAGES = {
    "birth_date": QT_TRANSLATE_NOOP(
        "gapura", "Tanggal lahir {found} (YYMMDD) tidak ada di kalender."),
    "expiry_date": QT_TRANSLATE_NOOP(
        "gapura", "Tanggal habis berlaku {found} (YYMMDD) tidak ada di kalender."),
}
_COUNTRY_MESSAGES = {
    "issuing_state": QT_TRANSLATE_NOOP(
        "gapura", "Kode negara penerbit {code} tidak dikenal dalam ICAO 9303."),
    "nationality": QT_TRANSLATE_NOOP(
        "gapura", "Kode kewarganegaraan {code} tidak dikenal dalam ICAO 9303."),
}
_NAME_MESSAGES = {
    "surname": QT_TRANSLATE_NOOP(
        "gapura", "Nama utama (nama keluarga) memuat karakter selain huruf: {found}."),
    "given_names": QT_TRANSLATE_NOOP(
        "gapura", "Nama kedua (nama depan) memuat karakter selain huruf: {found}."),
}
_SURNAME_EMPTY = QT_TRANSLATE_NOOP("gapura", "Nama utama pemegang dokumen kosong di MRZ.")
_NUMBER_EMPTY = QT_TRANSLATE_NOOP("gapura", "Nomor dokumen kosong di MRZ.")
_SEX_INVALID = QT_TRANSLATE_NOOP(
    "gapura", "Jenis kelamin harus M, F, X atau < (tidak disebut), terbaca {found}.")
_DOCUMENT_TYPE_INVALID = QT_TRANSLATE_NOOP(
    "gapura", "Jenis dokumen {found} tidak sah untuk format {format}: paspor diawali P, "
              "kartu identitas dan dokumen perjalanan resmi diawali I, A atau C, visa diawali V.")
SUGGESTION_NOTE = QT_TRANSLATE_NOOP(
    "gapura", "Kemungkinan salah baca OCR, bacaan yang disarankan: {suggestion}. Cocokkan "
              "dengan halaman identitas dokumen; MRZ tidak diubah otomatis.")


def _untranslated(text: str) -> str:
    return text


@dataclass(frozen=True, slots=True)
class MrzIssue:
    """One rule an MRZ breaks.

    `field` is the `MrzResult` field it concerns (or "composite" for the composite check digit,
    "mrz" for unusable input). `message` is the Indonesian source text with `{name}` fields
    filled from `params`; the UI translates it before filling. `suggestion` is what an OCR
    confusion probably hid (for a check digit, the digit; otherwise the field's value).
    """

    field: str
    message: str
    params: tuple[tuple[str, str], ...] = ()
    suggestion: str | None = None

    def render(self, translate: Callable[[str], str] = _untranslated) -> str:
        """The message with its fields filled and the suggestion, if any, appended."""
        text = translate(self.message).format(**dict(self.params))
        if self.suggestion is not None:
            text += " " + translate(SUGGESTION_NOTE).format(suggestion=self.suggestion)
        return text

    @property
    def text(self) -> str:
        """The Indonesian text, untranslated."""
        return self.render()

    def to_json_dict(self) -> dict[str, str]:
        return {"field": self.field, "message": self.text}


@dataclass(frozen=True, slots=True)
class MrzResult:
    """A parsed machine-readable zone and the rules it breaks.

    Values are as the MRZ holds them, never corrected: names with fillers turned into single
    spaces, codes and numbers without trailing fillers, dates `None` when partly unknown (`<`)
    or unreadable, `sex` None for `<`. In TD1 the optional data of line 1 (after a long document
    number's continuation) is `optional_data`, that of line 2 `optional_data_2`.
    """

    format: MrzFormat
    document_type: str
    issuing_state: str
    surname: str
    given_names: str
    document_number: str
    nationality: str
    birth_date: date | None
    sex: str | None
    expiry_date: date | None
    optional_data: str
    optional_data_2: str
    errors: tuple[MrzIssue, ...]
    name_truncated: bool
    lines: tuple[str, ...]

    @property
    def valid(self) -> bool:
        """Whether every check digit matches and every field is well formed.

        An expired document can still be valid here: whether it may be used is the counter's
        decision, not the MRZ's.
        """
        return not self.errors

    @property
    def specimen(self) -> bool:
        """Whether this is an ICAO specimen (Utopia), which no traveller can hold."""
        return self.issuing_state in SPECIMEN_CODES or self.nationality in SPECIMEN_CODES

    def to_json_dict(self) -> dict[str, Any]:
        """The result as `gapura mrz` prints it (keys in `JSON_KEYS` order, dates ISO 8601).

        TD1's two optional data fields are joined by a space (fillers inside stay `<`).
        """
        optional = self.optional_data
        if self.optional_data_2:
            optional = f"{optional} {self.optional_data_2}" if optional else self.optional_data_2
        return {
            "format": self.format.value,
            "document_type": self.document_type,
            "issuing_state": self.issuing_state,
            "surname": self.surname,
            "given_names": self.given_names,
            "document_number": self.document_number,
            "nationality": self.nationality,
            "birth_date": self.birth_date.isoformat() if self.birth_date else None,
            "sex": self.sex,
            "expiry_date": self.expiry_date.isoformat() if self.expiry_date else None,
            "optional_data": optional,
            "valid": not self.errors,
            "errors": [issue.to_json_dict() for issue in self.errors],
        }


class MrzFormatError(GapuraError):
    """The lines are no MRZ at all: wrong number or length of lines, or foreign characters."""

    default_message = QT_TRANSLATE_NOOP(
        "gapura", "MRZ tidak dapat dibaca. Pindai ulang dokumen, atau ketik MRZ-nya.")


_EMPTY = QT_TRANSLATE_NOOP("gapura", "MRZ kosong. Pindai dokumen, atau ketik MRZ-nya baris "
                                     "demi baris.")
_LINE_COUNT = QT_TRANSLATE_NOOP(
    "gapura", "MRZ harus 2 atau 3 baris, terbaca {count} baris. Pindai ulang dokumen, atau "
              "ketik MRZ-nya baris demi baris.")
_LINE_LENGTHS = QT_TRANSLATE_NOOP(
    "gapura", "Panjang baris MRZ ({lengths} karakter) tidak cocok dengan format mana pun: "
              "kartu TD1 3 baris x 30, TD2 dan visa MRV-B 2 baris x 36, paspor TD3 dan visa "
              "MRV-A 2 baris x 44. Pindai ulang dokumen, atau ketik MRZ-nya lengkap dengan "
              "semua tanda <.")
_BAD_CHARACTER = QT_TRANSLATE_NOOP(
    "gapura", "Baris {line} MRZ memuat karakter {char} di posisi {position}, padahal MRZ "
              "hanya berisi huruf A-Z, angka 0-9 dan tanda <. Pindai ulang dokumen, atau "
              "ketik MRZ-nya tanpa spasi.")


def unusable_json_dict(error: MrzFormatError) -> dict[str, Any]:
    """What `gapura mrz` prints for unusable input: the usual keys, empty, and the error."""
    result: dict[str, Any] = dict.fromkeys(JSON_KEYS)
    result["valid"] = False
    result["errors"] = [{"field": "mrz", "message": error.user_message}]
    return result


# --- input ----------------------------------------------------------------------------------

# A reader that sends the whole zone as one line: split it by the known total lengths.
_JOINED = {90: 30, 72: 36, 88: 44}


def _normalize(mrz: str | Iterable[str]) -> tuple[list[str], list[bytes]]:
    """Upper-cased lines without surrounding whitespace or blank lines, and their values."""
    lines = []
    for piece in mrz.splitlines() if isinstance(mrz, str) else mrz:
        line = piece.strip()
        if "\n" in line or "\r" in line:  # several lines in one piece
            lines.extend(part.strip() for part in line.splitlines() if part.strip())
        elif line:
            lines.append(line)
    if len(lines) == 1 and len(lines[0]) in _JOINED:
        width = _JOINED[len(lines[0])]
        lines = [lines[0][i:i + width] for i in range(0, len(lines[0]), width)]
    values = []
    for number, line in enumerate(lines):
        if not line.isascii():
            at = next(i for i, char in enumerate(line) if not char.isascii())
            raise _bad_character(number, line, at)
        line = lines[number] = line.upper()
        line_values = line.encode("ascii").translate(_VALUE_TABLE)
        at = line_values.find(_INVALID)
        if at >= 0:
            raise _bad_character(number, line, at)
        values.append(line_values)
    return lines, values


def _bad_character(number: int, line: str, at: int) -> MrzFormatError:
    return MrzFormatError(_BAD_CHARACTER, f"character {line[at]!r} in MRZ line {number + 1}",
                          line=number + 1, char=repr(line[at]), position=at + 1)


def _detect(lines: list[str]) -> MrzFormat:
    lengths = tuple(map(len, lines))
    if lengths == (44, 44):
        return MrzFormat.MRV_A if lines[0][0] == "V" else MrzFormat.TD3
    if lengths == (36, 36):
        return MrzFormat.MRV_B if lines[0][0] == "V" else MrzFormat.TD2
    if lengths == (30, 30, 30):
        return MrzFormat.TD1
    if not lines:
        raise MrzFormatError(_EMPTY, "no MRZ lines")
    if len(lines) not in (2, 3):
        raise MrzFormatError(_LINE_COUNT, f"{len(lines)} MRZ lines", count=len(lines))
    shown = ", ".join(map(str, lengths))
    raise MrzFormatError(_LINE_LENGTHS, f"MRZ line lengths {shown}", lengths=shown)


# --- fields ---------------------------------------------------------------------------------

def _verify(errors: list[MrzIssue], field: str, value: str, values: bytes, found: str,
            alphanumeric: bool = False) -> None:
    """Report `field` when its check digit `found` does not match `value`."""
    # _weighted, inlined: this runs five times per document.
    expected = _DIGITS[(7 * sum(values[0::3]) + 3 * sum(values[1::3]) + sum(values[2::3])) % 10]
    if found == expected:
        return
    suggestion = None
    if _DIGIT_FOR.get(found) == expected:
        suggestion = expected
    elif alphanumeric and found in _DIGITS:
        suggestion = _swap_suggestion(value, found)
    errors.append(MrzIssue(field, _CHECK_DIGIT_MESSAGES[field],
                           (("found", found), ("expected", expected)), suggestion))


def _swap_suggestion(value: str, found: str) -> str | None:
    """The OCR swap in `value` that makes its check digit `found`, if only one does.

    Different swaps can fit the same check digit (B->8 at weight 3 and 8->B at weight 7 both
    add 1); then the one swap that reads a letter as a digit is preferred, since document
    numbers are mostly digits. Still ambiguous: no suggestion.
    """
    matches = []
    for at, char in enumerate(value):
        swapped = _SWAPS.get(char)
        if swapped is not None:
            candidate = value[:at] + swapped + value[at + 1:]
            if check_digit(candidate) == found:
                matches.append((candidate, swapped in _DIGITS))
    if len(matches) > 1:
        matches = [match for match in matches if match[1]]
    return matches[0][0].rstrip("<") if len(matches) == 1 else None


def _document_type(errors: list[MrzIssue], line: str, fmt: MrzFormat) -> str:
    allowed = "V" if fmt is MrzFormat.MRV_A or fmt is MrzFormat.MRV_B else "PIAC"
    second = line[1]
    if line[0] not in allowed or not (second == "<" or second.isalpha()):
        errors.append(MrzIssue("document_type", _DOCUMENT_TYPE_INVALID,
                               (("found", line[0:2]), ("format", fmt.value))))
    return line[0:2].rstrip("<")


@cache
def _known_codes() -> frozenset[str]:
    """Every code `app.domain.countries` knows, and the specimen codes.

    Imported on first use: the reader simulator needs `check_digit` without the country table.
    """
    from app.domain.countries import all_countries

    return frozenset(entry.code for entry in all_countries()) | SPECIMEN_CODES


def _country(errors: list[MrzIssue], field: str, raw: str) -> str:
    code = raw.rstrip("<")
    known = _known_codes()
    if code in known:
        return code
    suggestion: str | None = raw.translate(_TO_LETTER).rstrip("<")
    if suggestion == code or suggestion not in known:
        suggestion = None
    errors.append(MrzIssue(field, _COUNTRY_MESSAGES[field], (("code", raw),), suggestion))
    return code


def _names(errors: list[MrzIssue], zone: str) -> tuple[str, str, bool]:
    """Primary and secondary identifier, and whether the name fills the zone (maybe truncated).

    Doc 9303 Part 3 4.6: `<<` separates the primary identifier from the secondary, `<` the
    components of each; a name too long for the zone is cut, so its last position holds a
    letter instead of a filler.
    """
    primary, _, secondary = zone.partition("<<")
    surname = " ".join(primary.replace("<", " ").split())
    given = " ".join(secondary.replace("<", " ").split())
    if not surname:
        errors.append(MrzIssue("surname", _SURNAME_EMPTY))
    elif not (surname + given).replace(" ", "").isalpha():
        for field, part in (("surname", surname), ("given_names", given)):
            if part and not part.replace(" ", "").isalpha():
                fixed = part.translate(_TO_LETTER)
                suggestion = fixed if fixed.replace(" ", "").isalpha() else None
                errors.append(MrzIssue(field, _NAME_MESSAGES[field], (("found", part),),
                                       suggestion))
    return surname, given, zone[-1] != "<"


def _document_number(errors: list[MrzIssue], line: str, values: bytes, start: int,
                     continuation: tuple[int, int] | None) -> tuple[str, str | None]:
    """The document number at `start` (9 characters and a check digit), and, if it may
    continue into an optional data field (`continuation`: TD1 and TD2), that field's rest.

    Doc 9303 Part 5 4.2.4 / Part 6 4.2.4: a number longer than 9 characters keeps its first 9
    here, a filler instead of the check digit, then the rest at the start of the optional data
    field followed by the check digit (over the whole number) and a filler.
    """
    end = start + 9
    found = line[end]
    if continuation is not None:
        opt_start, opt_end = continuation
        optional = line[opt_start:opt_end]
        if found == "<" and optional[0] != "<":
            run = optional.find("<")
            if run < 0:
                run = len(optional)
            number = line[start:end] + optional[:run - 1]
            _verify(errors, "document_number", number,
                    values[start:end] + values[opt_start:opt_start + run - 1],
                    optional[run - 1], alphanumeric=True)
            return number, optional[run:].strip("<")
    number = line[start:end]
    _verify(errors, "document_number", number, values[start:end], found, alphanumeric=True)
    if number == "<<<<<<<<<":
        errors.append(MrzIssue("document_number", _NUMBER_EMPTY))
    return number.rstrip("<"), None if continuation is None else optional.strip("<")


def _date(errors: list[MrzIssue], field: str, line: str, values: bytes, start: int,
          today: date) -> date | None:
    """The YYMMDD date at `start` (check digit after it), its century resolved against today.

    A date of birth is never in the future: the latest century that keeps it on or before
    today. A date of expiry lies within 50 years of today, either way.
    """
    end = start + 6
    text = line[start:end]
    if not text.isdigit():
        _odd_date(errors, field, text, line[end])
        return None
    _verify(errors, field, text, values[start:end], line[end])
    yy = values[start] * 10 + values[start + 1]
    month = values[start + 2] * 10 + values[start + 3]
    day = values[start + 4] * 10 + values[start + 5]
    year = today.year - today.year % 100 + yy
    if field == "birth_date":
        if (year, month, day) > (today.year, today.month, today.day):
            year -= 100
    elif year > today.year + 50:
        year -= 100
    elif year <= today.year - 50:
        year += 100
    try:
        return date(year, month, day)
    except ValueError:
        errors.append(MrzIssue(field, _DATE_INVALID_MESSAGES[field], (("found", text),)))
        return None


def _odd_date(errors: list[MrzIssue], field: str, text: str, found: str) -> None:
    """A date that is not six digits: unknown parts (`<<` for YY, MM or DD; Doc 9303 Part 3
    4.8) are allowed, anything else is an error, with the digits an OCR misread probably hid."""
    if all(text[i:i + 2] == "<<" or text[i:i + 2].isdigit() for i in (0, 2, 4)):
        _verify(errors, field, text, text.encode("ascii").translate(_VALUE_TABLE), found)
        return
    fixed = text.translate(_TO_DIGIT)
    suggestion = fixed if fixed.isdigit() else None
    errors.append(MrzIssue(field, _DATE_FORMAT_MESSAGES[field], (("found", text),), suggestion))
    if suggestion is not None:
        _verify(errors, field, fixed, fixed.encode("ascii").translate(_VALUE_TABLE), found)


def _sex(errors: list[MrzIssue], char: str) -> str | None:
    if char == "M" or char == "F" or char == "X":
        return char
    if char != "<":
        errors.append(MrzIssue("sex", _SEX_INVALID, (("found", char),)))
    return None


# --- formats --------------------------------------------------------------------------------

def _parse_td1(lines: list[str], values: list[bytes], today: date) -> MrzResult:
    line1, line2, line3 = lines
    values1, values2, _ = values
    errors: list[MrzIssue] = []
    document_type = _document_type(errors, line1, MrzFormat.TD1)
    issuer = _country(errors, "issuing_state", line1[2:5])
    surname, given_names, truncated = _names(errors, line3)
    number, optional = _document_number(errors, line1, values1, 5, (15, 30))
    birth = _date(errors, "birth_date", line2, values2, 0, today)
    sex = _sex(errors, line2[7])
    expiry = _date(errors, "expiry_date", line2, values2, 8, today)
    nationality = _country(errors, "nationality", line2[15:18])
    # Part 5 4.2.2: the composite covers line 1 from the number on, and line 2's checked fields.
    composite = values1[5:30] + values2[0:7] + values2[8:15] + values2[18:29]
    _verify(errors, "composite", "", composite, line2[29])
    return MrzResult(MrzFormat.TD1, document_type, issuer, surname, given_names, number,
                     nationality, birth, sex, expiry, optional or "", line2[18:29].strip("<"),
                     tuple(errors), truncated, tuple(lines))


def _parse_two_lines(fmt: MrzFormat, lines: list[str], values: list[bytes],
                     today: date) -> MrzResult:
    line1, line2 = lines
    values2 = values[1]
    errors: list[MrzIssue] = []
    document_type = _document_type(errors, line1, fmt)
    issuer = _country(errors, "issuing_state", line1[2:5])
    surname, given_names, truncated = _names(errors, line1[5:])
    number, optional = _document_number(errors, line2, values2, 0,
                                        (28, 35) if fmt is MrzFormat.TD2 else None)
    nationality = _country(errors, "nationality", line2[10:13])
    birth = _date(errors, "birth_date", line2, values2, 13, today)
    sex = _sex(errors, line2[20])
    expiry = _date(errors, "expiry_date", line2, values2, 21, today)
    if fmt is MrzFormat.TD3:
        optional = line2[28:42]
        # Part 4 4.2.2 note: an unused personal number field may have a filler as check digit.
        if line2[42] != "<" or optional != "<<<<<<<<<<<<<<":
            _verify(errors, "optional_data", optional, values2[28:42], line2[42],
                    alphanumeric=True)
        optional = optional.strip("<")
        _verify(errors, "composite", "", values2[0:10] + values2[13:20] + values2[21:43],
                line2[43])
    elif fmt is MrzFormat.TD2:
        _verify(errors, "composite", "", values2[0:10] + values2[13:20] + values2[21:35],
                line2[35])
    else:  # visas: no composite, no check digit over the optional data (Part 7 4.2.2)
        optional = line2[28:].strip("<")
    return MrzResult(fmt, document_type, issuer, surname, given_names, number, nationality,
                     birth, sex, expiry, optional or "", "", tuple(errors), truncated,
                     tuple(lines))


def parse_mrz(mrz: str | Iterable[str], *, today: date | None = None) -> MrzResult:
    """Parse and validate a machine-readable zone.

    Args:
        mrz: the lines, as a sequence or as one text; surrounding whitespace, blank lines and
            lower case are tolerated, and a zone read as one unbroken line is split.
        today: the date two-digit years are resolved against (default: the local date).

    Returns:
        The fields and every rule the zone breaks (`valid` is True when none).

    Raises:
        MrzFormatError: the input is no MRZ (line count or lengths fit no format, or a
            character outside A-Z, 0-9 and `<`).
    """
    lines, values = _normalize(mrz)
    fmt = _detect(lines)
    if today is None:
        today = date.today()
    if fmt is MrzFormat.TD1:
        return _parse_td1(lines, values, today)
    return _parse_two_lines(fmt, lines, values, today)
