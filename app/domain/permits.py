"""Stay-permit rules of the Loket Izin Tinggal: ITK, ITAS and ITAP, extensions, alih status, SKIM.

The indexes (visa and stay-permit codes, first grant, extensions, caps, alih status) and the
application types (one per SOP B2–B9 of seed 002, with the intake checklist) are data in
`resources/permits/*.toml`, validated once when loaded; every `CatalogError` names the file and
the entry. Values the law or the office changes at short notice (passport margin, ITAP waiting
times, fees) are reference data the service reads (`Limits`, `fee_key`).

`assess` collects every rule an application breaks (not just the first) as a `RuleRefusal` with
a stable rule id, so the officer sees all that is missing at once and each refusal names its rule
(issue 8, point 3). Decisions: docs/decisions/0016-stay-permit-rules.md.
"""

from __future__ import annotations

import calendar
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP

PERMITS_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "permits"
INDEX_FILE = "index_codes.toml"
TYPES_FILE = "application_types.toml"


class PermitKind(StrEnum):
    ITK = "ITK"  # Izin Tinggal Kunjungan
    ITAS = "ITAS"  # Izin Tinggal Terbatas
    ITAP = "ITAP"  # Izin Tinggal Tetap


# What an application produces: a permit of a kind, or the SKIM letter.
RESULTS = frozenset({*(k.value for k in PermitKind), "SKIM"})
SOPS = frozenset(f"B{n}" for n in range(2, 10))  # seed 002 KEDUA B2–B9

# Application type codes the rules below know; the service is written against these names.
ITK_EXTENSION = "ITK_EXTENSION"
ITAS_EXTENSION = "ITAS_EXTENSION"
ITAP_EXTENSION = "ITAP_EXTENSION"
ITAS_FROM_ITK = "ITAS_FROM_ITK"
ITAS_FROM_VITAS = "ITAS_FROM_VITAS"
ITAP_FROM_ITAS = "ITAP_FROM_ITAS"
ITAP_ABG = "ITAP_ABG"
SKIM = "SKIM"
TYPE_CODES = frozenset({ITK_EXTENSION, ITAS_EXTENSION, ITAP_EXTENSION, ITAS_FROM_ITK,
                        ITAS_FROM_VITAS, ITAP_FROM_ITAS, ITAP_ABG, SKIM})
EXTENSIONS = frozenset({ITK_EXTENSION, ITAS_EXTENSION, ITAP_EXTENSION})
ALIH_STATUS = frozenset({ITAS_FROM_ITK, ITAP_FROM_ITAS})

# Fee bands (reference keys `fee.itk.<days>`): the smallest band that covers the granted days.
ITK_FEE_BANDS = (7, 14, 30, 60, 90, 180)
ITAS_FEE_BANDS = ((183, "6m"), (366, "1y"))  # more than a year: "2y"
ITAP_FEE_KEY = "fee.itap.5y"
SKIM_FEE_KEY = "fee.skim"


def fee_keys() -> tuple[str, ...]:
    """Every reference key `fee_key` can return."""
    return (*(f"fee.itk.{band}" for band in ITK_FEE_BANDS),
            "fee.itas.6m", "fee.itas.1y", "fee.itas.2y", ITAP_FEE_KEY, SKIM_FEE_KEY)


_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]*$")
_REQUIREMENT_ID = re.compile(r"^[a-z][a-z0-9_]*$")


class CatalogError(ValueError):
    """A catalog file that cannot be used; the message names the file and, where there is one,
    the entry."""

    def __init__(self, path: Path | str, message: str, entry: str | None = None) -> None:
        self.path = Path(path)
        self.entry = entry
        where = f"{self.path.name}: entry {entry!r}" if entry else self.path.name
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class IndexCode:
    """One visa/stay-permit index of the catalog (`C1`, `E31A`, `ITAP`, ...)."""

    code: str
    kind: PermitKind
    title: str  # Indonesian
    first_days: int  # first grant
    extension_days: int  # per extension; 0 = not extendable
    max_extensions: int | None  # None = unlimited
    max_total_days: int | None  # cap on first grant + extensions; None = none
    alih_status_to: tuple[PermitKind, ...]
    legal_basis: str
    confirm: bool  # the value is a placeholder an admin must confirm

    @property
    def extendable(self) -> bool:
        return self.extension_days > 0 and self.max_extensions != 0


@dataclass(frozen=True)
class Requirement:
    """One line of the intake checklist."""

    id: str
    title: str
    required: bool = True
    confirm: bool = False  # the SOP only says "sesuai peraturan": an admin must check the item


@dataclass(frozen=True)
class ApplicationType:
    """One kind of application at the Loket Izin Tinggal, followed as a case of SOP `sop`."""

    code: str  # one of TYPE_CODES
    sop: str  # "B2".."B9"
    title: str  # Indonesian
    result: str  # "ITK" | "ITAS" | "ITAP" | "SKIM"
    holds: tuple[PermitKind, ...]  # empty for ITAS_FROM_VITAS (a VITAS visa) and ITAP_ABG
    sponsor_required: bool
    card: bool  # an ITAS/ITAP card is printed
    requirements: tuple[Requirement, ...]
    legal_basis: str = ""
    confirm: bool = False


@dataclass(frozen=True)
class Catalog:
    indexes: Mapping[str, IndexCode]
    types: Mapping[str, ApplicationType]

    def index(self, code: str) -> IndexCode:
        """Raises KeyError for an unknown index."""
        return self.indexes[code]

    def type(self, code: str) -> ApplicationType:
        """Raises KeyError for an unknown application type."""
        return self.types[code]

    def indexes_of(self, kind: PermitKind) -> tuple[IndexCode, ...]:
        return tuple(i for i in self.indexes.values() if i.kind is kind)


def load_catalog(directory: Path | str | None = None) -> Catalog:
    """Read and validate `index_codes.toml` and `application_types.toml` from `directory`
    (default: the shipped `resources/permits`).

    Raises:
        CatalogError: a file missing or unreadable, or any entry invalid; the message names the
            file and the entry.
    """
    directory = Path(directory) if directory is not None else PERMITS_DIR
    index_path = directory / INDEX_FILE
    indexes: dict[str, IndexCode] = {}
    for position, raw in enumerate(_entries(index_path, "index")):
        index = _index(index_path, raw, position)
        if index.code in indexes:
            raise CatalogError(index_path, "duplicate code", index.code)
        indexes[index.code] = index
    types_path = directory / TYPES_FILE
    types: dict[str, ApplicationType] = {}
    sops: dict[str, str] = {}
    for position, raw in enumerate(_entries(types_path, "type")):
        app_type = _type(types_path, raw, position)
        if app_type.code in types:
            raise CatalogError(types_path, "duplicate code", app_type.code)
        if app_type.sop in sops:
            raise CatalogError(types_path, f"SOP {app_type.sop} is already used by "
                               f"{sops[app_type.sop]}", app_type.code)
        types[app_type.code] = app_type
        sops[app_type.sop] = app_type.code
    return Catalog(MappingProxyType(indexes), MappingProxyType(types))


def _entries(path: Path, table: str) -> list[dict[str, Any]]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise CatalogError(path, f"cannot be read: {exc}") from exc
    entries = data.get(table)
    if not isinstance(entries, list) or not entries:
        raise CatalogError(path, f"has no [[{table}]] entries")
    for position, raw in enumerate(entries):
        if not isinstance(raw, dict):
            raise CatalogError(path, "is not a table", f"#{position + 1}")
    return entries


def _text(path: Path, raw: Mapping[str, Any], key: str, entry: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise CatalogError(path, f"{key} is missing or empty", entry)
    return value.strip()


def _flag(path: Path, raw: Mapping[str, Any], key: str, entry: str,
          default: bool | None = None) -> bool:
    value = raw.get(key, default)
    if not isinstance(value, bool):
        raise CatalogError(path, f"{key} must be true or false", entry)
    return value


def _days(path: Path, raw: Mapping[str, Any], key: str, entry: str,
          optional: bool = False) -> int | None:
    value = raw.get(key)
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise CatalogError(path, f"{key} must be a whole number of 0 or more, not {value!r}",
                           entry)
    return value


def _kinds(path: Path, raw: Mapping[str, Any], key: str, entry: str) -> tuple[PermitKind, ...]:
    values = raw.get(key, [])
    if not isinstance(values, list):
        raise CatalogError(path, f"{key} must be a list of permit kinds", entry)
    kinds = []
    for value in values:
        if value not in PermitKind.__members__:
            raise CatalogError(path, f"{key} names unknown permit kind {value!r} (known: "
                               f"{', '.join(PermitKind)})", entry)
        kinds.append(PermitKind(value))
    return tuple(kinds)


def _index(path: Path, raw: Mapping[str, Any], position: int) -> IndexCode:
    code = raw.get("code")
    if not isinstance(code, str) or not _CODE.match(code):
        raise CatalogError(path, f"code {code!r} is not capitals, digits and '-'",
                           f"#{position + 1}")
    kind = raw.get("kind")
    if kind not in PermitKind.__members__:
        raise CatalogError(path, f"unknown permit kind {kind!r} (known: "
                           f"{', '.join(PermitKind)})", code)
    first_days = _days(path, raw, "first_days", code)
    extension_days = _days(path, raw, "extension_days", code)
    assert first_days is not None and extension_days is not None
    if first_days < 1:
        raise CatalogError(path, "first_days must be at least 1", code)
    max_total = _days(path, raw, "max_total_days", code, optional=True)
    if max_total is not None and max_total < first_days:
        raise CatalogError(path, f"max_total_days {max_total} is below first_days {first_days}",
                           code)
    return IndexCode(code=code, kind=PermitKind(kind), title=_text(path, raw, "title", code),
                     first_days=first_days, extension_days=extension_days,
                     max_extensions=_days(path, raw, "max_extensions", code, optional=True),
                     max_total_days=max_total,
                     alih_status_to=_kinds(path, raw, "alih_status_to", code),
                     legal_basis=_text(path, raw, "legal_basis", code),
                     confirm=_flag(path, raw, "confirm", code))


def _type(path: Path, raw: Mapping[str, Any], position: int) -> ApplicationType:
    code = raw.get("code")
    if code not in TYPE_CODES:
        raise CatalogError(path, f"code {code!r} is not one of {', '.join(sorted(TYPE_CODES))}",
                           f"#{position + 1}" if not isinstance(code, str) else code)
    sop = raw.get("sop")
    if sop not in SOPS:
        raise CatalogError(path, f"sop {sop!r} is not one of {', '.join(sorted(SOPS))}", code)
    result = raw.get("result")
    if result not in RESULTS:
        raise CatalogError(path, f"result {result!r} is not one of {', '.join(sorted(RESULTS))}",
                           code)
    raw_requirements = raw.get("requirements")
    if not isinstance(raw_requirements, list) or not raw_requirements:
        raise CatalogError(path, "has no requirements", code)
    requirements: list[Requirement] = []
    for item in raw_requirements:
        if not isinstance(item, dict) or not _REQUIREMENT_ID.match(str(item.get("id", ""))):
            raise CatalogError(path, f"requirement {item!r} needs a snake_case id", code)
        entry = f"{code}.{item['id']}"
        if any(r.id == item["id"] for r in requirements):
            raise CatalogError(path, "duplicate requirement id", entry)
        requirements.append(Requirement(item["id"], _text(path, item, "title", entry),
                                        _flag(path, item, "required", entry, True),
                                        _flag(path, item, "confirm", entry, False)))
    return ApplicationType(code=code, sop=sop, title=_text(path, raw, "title", code),
                           result=result, holds=_kinds(path, raw, "holds", code),
                           sponsor_required=_flag(path, raw, "sponsor_required", code),
                           card=_flag(path, raw, "card", code),
                           requirements=tuple(requirements),
                           legal_basis=_text(path, raw, "legal_basis", code),
                           confirm=_flag(path, raw, "confirm", code, False))


# --- Assessment -------------------------------------------------------------------------------

@dataclass(frozen=True)
class CurrentPermit:
    """The stay permit the applicant holds now."""

    kind: PermitKind
    index_code: str
    valid_from: date
    valid_until: date  # last valid day
    extensions: int  # extensions already granted on this index
    total_days: int  # days granted so far on this index (first grant + extensions)


@dataclass(frozen=True)
class RuleRefusal:
    """A rule the application breaks.

    `message` is the Indonesian source text (marked for lupdate); the UI translates it, then
    fills in `fields`.
    """

    rule: str  # stable id, e.g. "permit.extension.max_count"
    message: str
    fields: Mapping[str, object] = field(default_factory=dict)

    def text(self) -> str:
        """The untranslated message with its fields filled in."""
        return self.message.format(**self.fields)


@dataclass(frozen=True)
class Assessment:
    """What an application would be granted, and every rule it breaks."""

    granted_from: date | None
    granted_until: date | None  # last valid day; None for SKIM or when no period can be set
    days: int
    index_code: str
    refusals: tuple[RuleRefusal, ...]

    @property
    def ok(self) -> bool:
        return not self.refusals


@dataclass(frozen=True)
class Limits:
    """Values the service reads from reference data."""

    passport_margin_months: int  # "permit.passport_margin_months"
    itap_after_itas_years: int  # "permit.itap_after_itas_years"
    itap_after_marriage_years: int  # "permit.itap_after_marriage_years"


# Permit kinds as the officer reads them in refusals.
KIND_NAMES = {
    PermitKind.ITK: QT_TRANSLATE_NOOP("gapura", "Izin Tinggal Kunjungan (ITK)"),
    PermitKind.ITAS: QT_TRANSLATE_NOOP("gapura", "Izin Tinggal Terbatas (ITAS)"),
    PermitKind.ITAP: QT_TRANSLATE_NOOP("gapura", "Izin Tinggal Tetap (ITAP)"),
}

_MESSAGES = {
    "permit.holds": QT_TRANSLATE_NOOP(
        "gapura", "Permohonan {application} hanya untuk pemegang {needed}; pemohon memegang "
        "{held} ({legal_basis})."),
    "permit.expired": QT_TRANSLATE_NOOP(
        "gapura", "Izin tinggal {index} berakhir {valid_until}: permohonan diajukan sebelum izin "
        "tinggal berakhir. Pemohon yang melampaui izin tinggal ditangani sesuai ketentuan "
        "overstay (UU 6/2011 pasal 78)."),
    "permit.index": QT_TRANSLATE_NOOP(
        "gapura", "Indeks {index} tidak dikenal atau bukan indeks {needed}."),
    "permit.extension.not_extendable": QT_TRANSLATE_NOOP(
        "gapura", "Izin tinggal indeks {index} tidak dapat diperpanjang ({legal_basis})."),
    "permit.extension.max_count": QT_TRANSLATE_NOOP(
        "gapura", "Izin tinggal indeks {index} sudah diperpanjang {extensions} kali; paling "
        "banyak {max_extensions} kali ({legal_basis})."),
    "permit.extension.max_total": QT_TRANSLATE_NOOP(
        "gapura", "Izin tinggal indeks {index} sudah diberikan {total_days} hari; dengan "
        "{days} hari lagi menjadi {new_total} hari, melebihi batas {max_total_days} hari "
        "({legal_basis})."),
    "permit.requested_days": QT_TRANSLATE_NOOP(
        "gapura", "Lama izin tinggal yang dimohon {requested_days} hari; untuk indeks {index} "
        "harus 1 sampai {max_days} hari ({legal_basis})."),
    "permit.alih_status": QT_TRANSLATE_NOOP(
        "gapura", "Izin tinggal indeks {index} tidak dapat dialihstatuskan menjadi {target} "
        "({legal_basis})."),
    "permit.itap.eligibility": QT_TRANSLATE_NOOP(
        "gapura", "ITAP dari alih status ITAS memerlukan ITAS paling singkat {itas_needed} tahun "
        "berturut-turut atau perkawinan sah dengan WNI paling singkat {marriage_needed} tahun; "
        "pemohon: ITAS {itas_years} tahun, perkawinan {married_years} tahun (UU 6/2011 pasal "
        "54)."),
    "permit.abg": QT_TRANSLATE_NOOP(
        "gapura", "ITAP ini hanya untuk anak berkewarganegaraan ganda terbatas (ABG); pemohon "
        "tidak tercatat sebagai ABG (UU 12/2006 pasal 6; UU 6/2011 pasal 54)."),
    "permit.passport.validity": QT_TRANSLATE_NOOP(
        "gapura", "Paspor berlaku sampai {passport_expiry}; harus masih berlaku paling sedikit "
        "sampai {required_until} ({margin_months} bulan setelah izin tinggal berakhir "
        "{granted_until}) (Permenkumham 22/2023)."),
}


def _refusal(rule: str, **fields: object) -> RuleRefusal:
    return RuleRefusal(rule, _MESSAGES[rule], MappingProxyType(fields))


def add_months(day: date, months: int) -> date:
    """`day` plus `months` calendar months; the day is clamped to the month's end (31 Jan + 1 =
    28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def assess(app_type: ApplicationType, catalog: Catalog, *, today: date, passport_expiry: date,
           limits: Limits, current: CurrentPermit | None = None, requested_index: str = "",
           requested_days: int | None = None, itas_years: float = 0.0,
           married_to_wni_years: float = 0.0, child_abg: bool = False) -> Assessment:
    """Apply every rule of `app_type` and return the period it would grant with all refusals.

    Args:
        current: the permit the applicant holds now (None for a VITAS holder or an ABG child).
        requested_index: the index of the new permit (alih status, VITAS, ABG); for ITAP types
            it may stay empty when the catalog has a single ITAP index.
        requested_days: a shorter period than the index grants (extension or new permit).
        itas_years / married_to_wni_years: ITAP_FROM_ITAS eligibility.
        child_abg: ITAP_ABG: the child holds limited dual citizenship.
    """
    refusals: list[RuleRefusal] = []
    holds_ok = _check_holds(app_type, current, today, refusals)
    if app_type.code in EXTENSIONS:
        period = _extension(current if holds_ok else None, catalog, requested_days, refusals)
    elif app_type.code == SKIM:
        period = (today, None, 0, current.index_code if current else "")
    else:
        period = _new_permit(app_type, catalog, today=today, current=current if holds_ok else None,
                             requested_index=requested_index, requested_days=requested_days,
                             itas_years=itas_years, married_to_wni_years=married_to_wni_years,
                             child_abg=child_abg, limits=limits, refusals=refusals)
    granted_from, granted_until, days, index_code = period
    _check_passport(passport_expiry, granted_until or today,
                    limits.passport_margin_months if granted_until else 0, granted_until,
                    refusals)
    return Assessment(granted_from, granted_until, days, index_code, tuple(refusals))


_Period = tuple[date | None, date | None, int, str]


def _check_holds(app_type: ApplicationType, current: CurrentPermit | None, today: date,
                 refusals: list[RuleRefusal]) -> bool:
    """The applicant holds a permit of a kind the type needs, still valid today."""
    if not app_type.holds:
        return True
    if current is None or current.kind not in app_type.holds:
        refusals.append(_refusal(
            "permit.holds", application=app_type.title,
            needed=" / ".join(KIND_NAMES[k] for k in app_type.holds),
            held=KIND_NAMES[current.kind] if current else QT_TRANSLATE_NOOP(
                "gapura", "tidak ada izin tinggal"),
            legal_basis=app_type.legal_basis))
        return False
    if today > current.valid_until:
        # Overstay is the counter's business (app.domain.overstay), not an application's.
        refusals.append(_refusal("permit.expired", index=current.index_code,
                                 valid_until=current.valid_until))
    return True


def _extension(current: CurrentPermit | None, catalog: Catalog, requested_days: int | None,
               refusals: list[RuleRefusal]) -> _Period:
    """ITK/ITAS/ITAP extension: the new period starts the day after the current one ends."""
    if current is None:
        return None, None, 0, ""
    index = catalog.indexes.get(current.index_code)
    if index is None or index.kind is not current.kind:
        refusals.append(_refusal("permit.index", index=current.index_code,
                                 needed=KIND_NAMES[current.kind]))
        return None, None, 0, current.index_code
    if not index.extendable:
        refusals.append(_refusal("permit.extension.not_extendable", index=index.code,
                                 legal_basis=index.legal_basis))
        return None, None, 0, index.code
    if index.max_extensions is not None and current.extensions >= index.max_extensions:
        refusals.append(_refusal("permit.extension.max_count", index=index.code,
                                 extensions=current.extensions,
                                 max_extensions=index.max_extensions,
                                 legal_basis=index.legal_basis))
    days = _requested(index, index.extension_days, requested_days, refusals)
    if index.max_total_days is not None and current.total_days + days > index.max_total_days:
        refusals.append(_refusal("permit.extension.max_total", index=index.code,
                                 total_days=current.total_days, days=days,
                                 new_total=current.total_days + days,
                                 max_total_days=index.max_total_days,
                                 legal_basis=index.legal_basis))
    start = current.valid_until + timedelta(days=1)
    return start, start + timedelta(days=days - 1), days, index.code


def _requested(index: IndexCode, max_days: int, requested_days: int | None,
               refusals: list[RuleRefusal]) -> int:
    """The days to grant: the request when it is within 1..max_days, else `max_days`."""
    if requested_days is None:
        return max_days
    if not 1 <= requested_days <= max_days:
        refusals.append(_refusal("permit.requested_days", requested_days=requested_days,
                                 index=index.code, max_days=max_days,
                                 legal_basis=index.legal_basis))
        return max_days
    return requested_days


def _new_permit(app_type: ApplicationType, catalog: Catalog, *, today: date,
                current: CurrentPermit | None, requested_index: str,
                requested_days: int | None, itas_years: float, married_to_wni_years: float,
                child_abg: bool, limits: Limits, refusals: list[RuleRefusal]) -> _Period:
    """Alih status, ITAS from a VITAS, ITAP for an ABG child: a new permit from today."""
    target = PermitKind(app_type.result)
    if app_type.code in ALIH_STATUS and current is not None:
        held = catalog.indexes.get(current.index_code)
        if held is None or target not in held.alih_status_to:
            refusals.append(_refusal(
                "permit.alih_status", index=current.index_code, target=KIND_NAMES[target],
                legal_basis=held.legal_basis if held else app_type.legal_basis))
    if app_type.code == ITAP_FROM_ITAS and not (
            itas_years >= limits.itap_after_itas_years
            or married_to_wni_years >= limits.itap_after_marriage_years):
        refusals.append(_refusal("permit.itap.eligibility",
                                 itas_needed=limits.itap_after_itas_years,
                                 marriage_needed=limits.itap_after_marriage_years,
                                 itas_years=_years(itas_years),
                                 married_years=_years(married_to_wni_years)))
    if app_type.code == ITAP_ABG and not child_abg:
        refusals.append(_refusal("permit.abg"))
    index = _target_index(catalog, target, requested_index)
    if index is None:
        refusals.append(_refusal("permit.index", index=requested_index or "-",
                                 needed=KIND_NAMES[target]))
        return today, None, 0, requested_index
    days = _requested(index, index.first_days, requested_days, refusals)
    return today, today + timedelta(days=days - 1), days, index.code


def _target_index(catalog: Catalog, kind: PermitKind, code: str) -> IndexCode | None:
    if not code:
        candidates = catalog.indexes_of(kind)
        return candidates[0] if len(candidates) == 1 else None
    index = catalog.indexes.get(code)
    return index if index is not None and index.kind is kind else None


def _years(value: float) -> str:
    """1.5 -> "1,5", 3.0 -> "3": years as an officer writes them."""
    return f"{value:g}".replace(".", ",")


def _check_passport(passport_expiry: date, end: date, margin_months: int,
                    granted_until: date | None, refusals: list[RuleRefusal]) -> None:
    """The passport stays valid `margin_months` calendar months beyond the granted end (for a
    SKIM, which grants no period: valid today)."""
    required = add_months(end, margin_months)
    if passport_expiry < required:
        refusals.append(_refusal("permit.passport.validity", passport_expiry=passport_expiry,
                                 required_until=required, margin_months=margin_months,
                                 granted_until=granted_until or end))


# --- Fees -------------------------------------------------------------------------------------

def fee_key(app_type: ApplicationType, days: int) -> str:
    """The reference key of the PNBP fee for `app_type` granting `days` days.

    ITK by length band (the smallest band of 7/14/30/60/90/180 days that covers `days`), ITAS by
    6 months / 1 year / 2 years, ITAP by its 5 years, SKIM flat.

    Raises:
        ValueError: an ITK or ITAS of no days, or an ITK longer than the largest band.
    """
    if app_type.result == SKIM:
        return SKIM_FEE_KEY
    if app_type.result == PermitKind.ITAP:
        return ITAP_FEE_KEY
    if days < 1:
        raise ValueError(f"{app_type.code}: a fee needs at least one day, not {days}")
    if app_type.result == PermitKind.ITK:
        for band in ITK_FEE_BANDS:
            if days <= band:
                return f"fee.itk.{band}"
        raise ValueError(f"{app_type.code}: no ITK fee band covers {days} days")
    for limit, name in ITAS_FEE_BANDS:
        if days <= limit:
            return f"fee.itas.{name}"
    return "fee.itas.2y"


FEE_REJECTED_RULE = "permit.fee.rejected"
_FEE_KEPT = QT_TRANSLATE_NOOP(
    "gapura", "PNBP yang sudah dibayar tidak dikembalikan bila permohonan ditolak: tarif "
    "dibayar untuk layanan pemeriksaan permohonan, bukan untuk hasilnya (PP 45/2024; asas UU "
    "9/2018 tentang PNBP, konfirmasi).")
_FEE_NOT_DUE = QT_TRANSLATE_NOOP(
    "gapura", "Permohonan ditolak sebelum pembayaran: tidak ada PNBP yang ditagih; kode billing "
    "yang sudah terbit dibiarkan kedaluwarsa.")


def fee_on_rejection(paid: bool) -> tuple[str, str]:
    """The fee rule for a refused application (issue 8, point 5): (rule id, Indonesian text)."""
    return FEE_REJECTED_RULE, _FEE_KEPT if paid else _FEE_NOT_DUE
