"""Screening travellers against the watch lists (pencegahan, penangkalan, Interpol notices).

Names are compared token by token on a phonetic key that folds the spelling variants officers
meet every day: transliterations (MUHAMMAD/MOHAMMED/MOHD), the pre-1972 Indonesian spelling
(SOEHARTO/SUHARTO, DJOKO/JOKO, TJAHJO/CAHYO), diacritics and their ICAO forms (MÜLLER/MUELLER),
BIN/BINTI and other particles. Tokens are weighted by how rare they are in the lists (IDF), so a
shared MUHAMMAD counts for little and a shared rare family name for much; name order does not
matter, a missing middle name costs less than a different one, and the last token of a name that
may have been cut by the MRZ matches as a prefix. Birth date and nationality then move the score.

What the agreements are worth together is their evidence, in nats: how unlikely it is that some
listed person agrees that much by chance (the rarity of each agreeing name part, discounted for
slips of the pen and for name parts that go together; a same birth date; a same nationality). A
hit whose evidence does not clearly exceed what a list of that size produces by chance loses
points, so that a similar common name without an agreeing birth date rarely alerts, while a
common name with the same birth date does.

`ScreeningIndex` holds up to millions of entries in numpy arrays (interned token ids, no Python
object per entry): an inverted index from token to rows, sorted by birth year inside each token so
that very common tokens are read only for the traveller's birth year. A query gathers candidate
rows, scores them all with numpy, and scores the best few exactly (one-to-one token alignment)
with a reason the officer can read. The index is built once and updated incrementally.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import lru_cache
from typing import Any

import numpy as np
from rapidfuzz.distance import OSA

from app.i18n import QT_TRANSLATE_NOOP

# --------------------------------------------------------------------------------------------
# Lists, actions and the data of one entry
# --------------------------------------------------------------------------------------------


class WatchList(StrEnum):
    PENCEGAHAN = "pencegahan"  # WNI barred from leaving (UU 6/2011 art. 91)
    PENANGKALAN = "penangkalan"  # WNA barred from entering (art. 102)
    INTERPOL = "interpol"  # Interpol notices


class WatchAction(StrEnum):
    HOLD = "hold"  # hold the traveller (and the passport, with an STP)
    REFUSE = "refuse"  # refuse entry or departure
    NOTIFY_SUPERVISOR = "notify_supervisor"


LIST_TITLES: Mapping[WatchList, str] = {
    WatchList.PENCEGAHAN: QT_TRANSLATE_NOOP("gapura", "Pencegahan"),
    WatchList.PENANGKALAN: QT_TRANSLATE_NOOP("gapura", "Penangkalan"),
    WatchList.INTERPOL: QT_TRANSLATE_NOOP("gapura", "Interpol"),
}

ACTION_TITLES: Mapping[WatchAction, str] = {
    WatchAction.HOLD: QT_TRANSLATE_NOOP("gapura", "Tahan"),
    WatchAction.REFUSE: QT_TRANSLATE_NOOP("gapura", "Tolak"),
    WatchAction.NOTIFY_SUPERVISOR: QT_TRANSLATE_NOOP("gapura", "Laporkan ke supervisor"),
}

# What the counter does on an alert when the list row names no action.
DEFAULT_ACTIONS: Mapping[WatchList, WatchAction] = {
    WatchList.PENCEGAHAN: WatchAction.HOLD,
    WatchList.PENANGKALAN: WatchAction.REFUSE,
    WatchList.INTERPOL: WatchAction.NOTIFY_SUPERVISOR,
}

_LISTS = tuple(WatchList)
_ACTIONS = tuple(WatchAction)


@dataclass(frozen=True, slots=True)
class WatchEntry:
    """One person on a watch list.

    `birth_date` is 'YYYY-MM-DD', 'YYYY' when the list knows the year only, or '' when unknown.
    `aliases` are other names of the same person; each is screened like the full name.
    """

    id: str
    list_name: str
    full_name: str
    birth_date: str = ""
    nationality: str = ""
    document_numbers: tuple[str, ...] = ()
    reference: str = ""
    action: str = ""
    valid_from: date | None = None
    valid_until: date | None = None
    aliases: tuple[str, ...] = ()
    legal_basis: str = ""
    requesting_agency: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        return (self.full_name, *self.aliases)

    def payload(self) -> dict[str, Any]:
        """The entry as a `watch_entry` change carries it (decision 0009): published by the
        server's imports, and pushed by a workstation that listed it (a lost passport)."""
        return {"list_name": self.list_name, "full_name": self.full_name,
                "aliases": list(self.aliases), "birth_date": self.birth_date,
                "nationality": self.nationality,
                "document_numbers": list(self.document_numbers), "reference": self.reference,
                "legal_basis": self.legal_basis, "requesting_agency": self.requesting_agency,
                "action": self.action,
                "valid_from": self.valid_from.isoformat() if self.valid_from else None,
                "valid_until": self.valid_until.isoformat() if self.valid_until else None}


@dataclass(frozen=True, slots=True)
class Traveller:
    """Who stands at the counter: the name as surname/given names (from the MRZ) or as one
    full name, and what else the document says.

    `name_truncated` says the MRZ name field is full so its last name may be cut; None lets the
    index infer it from the length of the MRZ name field.
    """

    full_name: str = ""
    surname: str = ""
    given_names: str = ""
    birth_date: date | str | None = None
    nationality: str = ""
    document_number: str = ""
    name_truncated: bool | None = None

    @property
    def name(self) -> str:
        if self.surname or self.given_names:
            return f"{self.surname} {self.given_names}".strip()
        return self.full_name

    def may_be_truncated(self) -> bool:
        if self.name_truncated is not None:
            return self.name_truncated
        return mrz_name_length(self) in MRZ_NAME_FIELD_LENGTHS


# Lengths of the MRZ name field: TD1 (30), TD2 and MRV-B (31), TD3 and MRV-A (39).
MRZ_NAME_FIELD_LENGTHS = frozenset({30, 31, 39})


def mrz_name_length(traveller: Traveller) -> int:
    """Length of the name as an MRZ writes it (SURNAME<<GIVEN<NAMES), fillers excluded."""
    if traveller.surname or traveller.given_names:
        surname = "<".join(normalise_name(traveller.surname).split())
        given = "<".join(normalise_name(traveller.given_names).split())
        return len(surname) + (2 + len(given) if given else 0)
    raw = traveller.full_name.strip().rstrip("<")
    if "<" in raw:
        return len(raw)
    return len("<".join(normalise_name(raw).split()))


@dataclass(frozen=True, slots=True)
class Reason:
    """One part of the explanation of a hit: an Indonesian template and its fields."""

    template: str
    params: tuple[tuple[str, str | int], ...] = ()

    @property
    def text(self) -> str:
        return self.template.format(**dict(self.params))


@dataclass(frozen=True, slots=True)
class Hit:
    """A list entry that may be the traveller, best first in `screen`'s answer."""

    entry_id: str
    list_name: str
    reference: str
    full_name: str
    matched_name: str
    score: int
    alert: bool
    action: str
    reasons: tuple[Reason, ...]

    @property
    def reason(self) -> str:
        """The reasons as one readable Indonesian sentence."""
        return "; ".join(r.text for r in self.reasons)


def _reason(template: str, **params: str | int) -> Reason:
    return Reason(template, tuple(params.items()))


@dataclass(frozen=True)
class ScreeningSettings:
    """Thresholds and score adjustments (defaults until they come as reference data).

    Scores are 0-100: the name similarity, then birth date and nationality adjustments.
    """

    alert_threshold: int = 80  # the counter refers the traveller at or above this score
    report_threshold: int = 50  # hits below are not shown at all
    birth_same: int = 10
    birth_swapped_day_month: int = 4
    birth_year_only_same: int = 2
    birth_same_year_other_date: int = -20
    birth_one_year_off: int = -25
    birth_other_year: int = -35
    nationality_same: int = 2
    nationality_other: int = -8
    extra_name_penalty: float = 0.25  # a name part only one side has, against a differing one
    # Evidence, in nats (the log of how rare an agreement is by chance): an agreeing name part
    # counts ln(rows / rows holding it), a same full birth date ln(365 * 66), a same birth year
    # ln(66), a same nationality a little. A match whose evidence does not exceed
    # ln(list size) + margin (so that chance alone would produce one like it among the listed
    # more often than about once in e^margin travellers) loses points per missing nat, at most
    # `evidence_max_penalty`: a similar name stays visible even when it cannot alert.
    evidence_birth_same: float = 10.0
    evidence_birth_year: float = 4.0
    evidence_nationality: float = 1.0
    evidence_margin: float = 4.0
    evidence_points: float = 4.0
    evidence_max_penalty: float = 30.0
    # A slip of the pen agrees by chance with any name near it, and a slip is itself less
    # likely than the name written right: a typo pair counts the rarity of the whole
    # neighbourhood (all listed names one slip away), less this much.
    evidence_typo_cost: float = 1.0
    # The parts of one name are not independent draws (they share a language, a region, a
    # family): every agreeing part after the most telling one counts this much less. On the
    # lists, the pointwise mutual information of a name's rarest part with each other part is
    # about 2 nats.
    evidence_token_dependence: float = 2.0


# --------------------------------------------------------------------------------------------
# Name normalisation and phonetic keys
# --------------------------------------------------------------------------------------------

# ICAO 9303 Part 3 transliterations where plain accent stripping would lose a letter.
_ICAO_LETTERS = str.maketrans({
    "Ä": "AE", "Ö": "OE", "Ü": "UE", "Å": "AA", "Æ": "AE", "Ø": "OE", "Œ": "OE", "ẞ": "SS",
    "Þ": "TH", "Ð": "D", "Đ": "D", "Ł": "L", "Ħ": "H", "Ĳ": "IJ", "Ŋ": "N", "Ŧ": "T",
})
_APOSTROPHES = str.maketrans("", "", "'’`ʼ‘")
_NON_LETTERS = re.compile(r"[^A-Z]+")

# Name parts that say whose child someone is, or are articles: not names to compare.
PARTICLES = frozenset({
    "BIN", "BINTI", "BINT", "BT", "BTE", "BN", "IBN", "AL", "EL", "VAN", "VON", "DER", "DEN",
    "DE", "DA", "DOS", "DAS", "DEL", "DELLA", "LA", "LE",
})

# Spellings of one name that the generic key below does not bring together.
_FAMILIES: Mapping[str, tuple[str, ...]] = {
    "MUHAMMAD": ("MOHAMMAD", "MOHAMAD", "MOHAMMED", "MOHAMED", "MUHAMMED", "MUHAMED", "MUHAMAD",
                 "MOHAMMET", "MOHAMET", "MOHD", "MD", "MUHD", "MHD", "MOH", "MUH", "MOCH",
                 "MOCHAMAD", "MOCHAMMAD", "MUCHAMAD", "MUCHAMMAD", "MOKHAMAD", "MOHAMMOD",
                 "MAHOMED", "MOUHAMED", "MOUHAMMAD", "MEHMET", "MEHMED", "MAMAD"),
    "ABDUL": ("ABD", "ABDOEL", "ABDEL", "ABDOL", "ABDU", "ABDUR", "ABDAL"),
    "ABDULLAH": ("ABDALLAH", "ABDULAH", "ABDELLAH", "ABDOELLAH", "ABDALA", "ABDULLA"),
    "AHMAD": ("AHMED", "AHMET", "ACHMAD", "ACHMED", "AKHMAD", "AHAMED", "AHMAT", "AHMD"),
    "HUSAIN": ("HUSSEIN", "HUSSAIN", "HOSSEIN", "HUSEIN", "HUSIN", "HOSEIN", "HUSAYN",
               "HUSSAYN", "HOESIN", "HOESEIN"),
    "YUSUF": ("YOUSSEF", "YOUSEF", "YOUSSOUF", "YUSOF", "YOUSUF", "YOUSOF", "JUSUF", "JOESOEF",
              "YOESOEF"),
    "USMAN": ("UTHMAN", "UTSMAN", "OSMAN", "OTHMAN", "OESMAN", "OTSMAN"),
    "MUSTAFA": ("MUSTAPHA", "MOUSTAFA", "MOSTAFA", "MUSTOFA", "MOESTOFA"),
    "IBRAHIM": ("IBRAHEEM", "EBRAHIM", "IBROHIM", "IBRAHEM"),
    "KHALID": ("CHALID", "KHALED", "KHALIED"),
    "AISYAH": ("AISHA", "AISHAH", "AYESHA", "AISJAH", "AICHA"),
    "FATIMAH": ("FATIMA", "FATEMEH", "FATMA", "FATHIMAH", "FATHIMA"),
    "SAIFUL": ("SYAIFUL", "SJAIFUL", "SAIFOEL", "SYAIFOEL", "SAYFUL"),
    "ZAINAL": ("ZAENAL", "ZEINAL", "ZAINUL", "ZAINOEL"),
    "NUR": ("NOOR", "NOUR", "NOER", "NURUL", "NOERUL"),
    "UMAR": ("OMAR", "OEMAR", "OMER"),
    "HASAN": ("HASSAN", "HASAN", "HASSEN", "HASAAN"),
}
_FAMILY_OF = {variant: canonical for canonical, variants in _FAMILIES.items()
              for variant in (canonical, *variants)}

# Applied in order to a token. Old Indonesian spelling (Van Ophuijsen/Soewandi, before 1972):
# OE=U, DJ=J, TJ=C, J=Y, NJ=NY, SJ=SY, CH=KH. Then sounds that transliterations write apart.
_KEY_RULES: tuple[tuple[str, str], ...] = (
    ("TCH", "C"), ("TJ", "C"), ("DJ", "J"), ("CH", "C"), ("SCH", "S"),
    ("SJ", "S"), ("SY", "S"), ("SH", "S"), ("KH", "K"), ("CK", "K"), ("C", "K"), ("Q", "K"),
    ("X", "KS"), ("PH", "F"), ("V", "F"), ("F", "P"), ("TH", "T"), ("DH", "D"), ("DZ", "Z"),
    ("GH", "G"), ("TS", "S"), ("OE", "U"), ("UE", "U"), ("OU", "U"),
    ("E", "I"), ("O", "U"), ("Y", "I"), ("J", "I"),
)
_REPEATS = re.compile(r"(.)\1+")


def normalise_name(name: str) -> str:
    """Upper-case ASCII letters and single spaces: diacritics as ICAO writes them, apostrophes
    dropped (O'BRIEN -> OBRIEN), MRZ fillers, hyphens and other marks as spaces."""
    if name.isascii():
        text = name.upper()
    else:
        text = unicodedata.normalize("NFKC", name).upper().translate(_ICAO_LETTERS)
        text = "".join(c for c in unicodedata.normalize("NFKD", text)
                       if not unicodedata.combining(c))
    text = text.translate(_APOSTROPHES)
    return _NON_LETTERS.sub(" ", text).strip()


@lru_cache(maxsize=200_000)
def name_key(token: str) -> str:
    """The phonetic key of one normalised name token (SOEHARTO and SUHARTO share one)."""
    text = _FAMILY_OF.get(token, token)
    for old, new in _KEY_RULES:
        if old in text:
            text = text.replace(old, new)
    text = _REPEATS.sub(r"\1", text)
    if len(text) > 3 and text[-1] == "H" and text[-2] in "AIU":
        text = text[:-1]  # ABDULLAH/ABDULLA, FATIMAH/FATIMA
    return text


def name_tokens(name: str) -> list[str]:
    """The comparable tokens of a name: normalised, particles and initials left out."""
    return [t for t in normalise_name(name).split() if len(t) > 1 and t not in PARTICLES]


def normalise_document_number(number: str) -> str:
    return re.sub(r"[^0-9A-Z]", "", number.upper())


# --------------------------------------------------------------------------------------------
# Birth dates
# --------------------------------------------------------------------------------------------

_BIRTH = re.compile(r"(\d{4})(?:-(\d{2})-(\d{2}))?")


def parse_birth_date(text: str) -> int:
    """'YYYY-MM-DD' -> YYYYMMDD, 'YYYY' -> YYYY0000, '' -> 0.

    Raises:
        ValueError: neither form, or no such day.
    """
    text = text.strip()
    if not text:
        return 0
    match = _BIRTH.fullmatch(text)
    if match is None:
        raise ValueError(f"birth date {text!r} is neither YYYY-MM-DD nor YYYY")
    year = int(match[1])
    if match[2] is None:
        if not 1850 <= year <= 2100:
            raise ValueError(f"birth year {year} out of range")
        return year * 10000
    born = date(year, int(match[2]), int(match[3]))  # raises ValueError for 2001-02-30
    return born.year * 10000 + born.month * 100 + born.day


def _birth_code(value: date | str | None) -> int:
    if value is None:
        return 0
    if isinstance(value, date):
        return value.year * 10000 + value.month * 100 + value.day
    return parse_birth_date(value)


def _birth_text(code: int) -> str:
    if code == 0:
        return "-"
    year, rest = divmod(code, 10000)
    return f"{year}" if rest == 0 else f"{year}-{rest // 100:02d}-{rest % 100:02d}"


# --------------------------------------------------------------------------------------------
# Compact storage
# --------------------------------------------------------------------------------------------


class _Column:
    """A numpy array that grows by doubling (appends without re-allocating every time)."""

    def __init__(self, dtype: type | str, data: np.ndarray | None = None) -> None:
        self.data = np.zeros(16, dtype) if data is None else np.ascontiguousarray(data, dtype)
        self.size = 0 if data is None else len(data)

    def append(self, value: int | float) -> None:
        if self.size == len(self.data):
            self.data = np.concatenate([self.data, np.zeros_like(self.data)])
        self.data[self.size] = value
        self.size += 1

    def extend(self, values: Sequence[int] | np.ndarray) -> None:
        need = self.size + len(values)
        if need > len(self.data):
            grown = np.zeros(max(need, 2 * len(self.data)), self.data.dtype)
            grown[:self.size] = self.data[:self.size]
            self.data = grown
        self.data[self.size:need] = values
        self.size = need

    @property
    def view(self) -> np.ndarray:
        return self.data[:self.size]


class _Texts:
    """Many strings in one UTF-8 buffer with offsets: a few bytes each instead of ~60."""

    def __init__(self) -> None:
        self.buffer = bytearray()
        self.offsets = _Column(np.int64)
        self.offsets.append(0)

    def append(self, text: str) -> None:
        self.buffer += text.encode()
        self.offsets.append(len(self.buffer))

    def __getitem__(self, index: int) -> str:
        start, end = self.offsets.data[index], self.offsets.data[index + 1]
        return self.buffer[start:end].decode()

    def __len__(self) -> int:
        return self.offsets.size - 1


class _Neighbourhood:
    """Spellings findable by a slip of the pen: each spelling and its one-deletion variants,
    hashed and sorted (the SymSpell idea), pointing at the vocabulary id it stands for."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.targets = _Column(np.int32)
        self._hash = np.zeros(0, np.int64)
        self._ids = np.zeros(0, np.int32)
        self._delta: dict[int, list[int]] = {}

    def add(self, text: str, target: int, incremental: bool) -> None:
        sid = len(self.texts)
        self.texts.append(text)
        self.targets.append(target)
        if incremental:
            for variant in _deletes(text):
                self._delta.setdefault(hash(variant), []).append(sid)

    def rebuild(self) -> None:
        hashes: list[int] = []
        ids = array("i")
        for sid, text in enumerate(self.texts):
            for variant in _deletes(text):
                hashes.append(hash(variant))
                ids.append(sid)
        hash_array = np.array(hashes, np.int64)
        order = np.argsort(hash_array, kind="stable")
        self._hash = hash_array[order]
        self._ids = np.frombuffer(ids, np.int32)[order].copy() if ids else np.zeros(0, np.int32)
        self._delta = {}

    def near(self, text: str) -> Iterator[tuple[int, float]]:
        """(vocabulary id, similarity) of the spellings one slip (two when long) from `text`."""
        seen: set[int] = set()
        for variant in _deletes(text):
            h = hash(variant)
            lo = np.searchsorted(self._hash, h, "left")
            hi = np.searchsorted(self._hash, h, "right")
            for sid in self._ids[lo:hi].tolist() + self._delta.get(h, []):
                if sid in seen:
                    continue
                seen.add(sid)
                sim = _typo_similarity(text, self.texts[sid])
                if sim > 0:
                    yield int(self.targets.data[sid]), sim

    def nbytes(self) -> int:
        return self._hash.nbytes + self._ids.nbytes + self.targets.data.nbytes


# --------------------------------------------------------------------------------------------
# Query-side token matching
# --------------------------------------------------------------------------------------------

_SAME, _SPELLING, _TYPO, _PREFIX, _JOINED = "same", "spelling", "typo", "prefix", "joined"

# A token's weight is its rarity in nats plus this floor, so that even the commonest name part
# counts for something in the similarity (evidence counts the rarity alone).
_WEIGHT_FLOOR = 0.5


def _combined_evidence(rarities: Iterable[float], dependence: float) -> float:
    """Nats of several agreeing name parts: the most telling one in full, every other one
    `dependence` less (never below nothing)."""
    values = [max(r, 0.0) for r in rarities]
    if not values:
        return 0.0
    return sum(max(r - dependence, 0.0) for r in values) + min(max(values), dependence)


def _typo_similarity(a: str, b: str) -> float:
    """Similarity of two keys that differ by a slip of the pen; 0 when they differ more."""
    if a == b:
        return 1.0
    shortest, longest = sorted((len(a), len(b)))
    # a letter left out of (or added to) a name of five letters or more still reads as that
    # name (OTONG/OTNG); a different letter in a short name is usually another name (ADIL/ADEL)
    if shortest < 4 or longest < 5:
        return 0.0
    limit = 2 if shortest >= 8 else 1
    distance = OSA.distance(a, b, score_cutoff=limit)
    if distance > limit:
        return 0.0
    return 1.0 - distance / max(len(a), len(b))


@dataclass(slots=True)
class _QueryToken:
    raw: str
    key: str
    weight: float
    matches: dict[int, float]  # vocabulary id -> similarity
    # nats: how rare it is that a listed name holds a token a slip of the pen from this one
    near_rarity: float = 0.0
    vid: int = -1  # the vocabulary id of the token's own key, -1 when no list has it
    near: dict[int, float] = field(default_factory=dict)  # a slip away: id -> similarity


@dataclass(slots=True)
class _Pair:
    q: tuple[int, ...]
    e: tuple[int, ...]
    sim: float
    kind: str
    weight: float  # the list token's weight (its rarity): what agreeing on it is worth


@dataclass(slots=True)
class _NameMatch:
    score: float  # 0..1
    evidence: float  # nats: the weight of the names that agree
    reasons: list[Reason]


@dataclass(slots=True)
class _Query:
    tokens: list[_QueryToken]
    raw_tokens: list[str]
    truncated: bool
    birth: int
    nationality: int  # code id, -1 unknown, -2 not in the lists at all
    nationality_text: str
    document: str
    prefix_weight: float = 0.0


# --------------------------------------------------------------------------------------------
# The index
# --------------------------------------------------------------------------------------------


class ScreeningIndex:
    """Watch-list entries in memory, screened in milliseconds.

    Not thread-safe: callers that share one index between threads hold a lock around `add`,
    `remove` and `screen` (the screening service does).
    """

    # Tokens found in more rows than this are read for the traveller's birth year only.
    COMMON_TOKEN_ROWS = 2500
    # Tokens that only resemble one of the traveller's (a slip of the pen, the longer names a
    # name cut by the MRZ may stand for, two names joined) are weak alone: when they hold more
    # rows than this together, they too are read for the traveller's birth year only.
    NEAR_TOKEN_ROWS = 1000
    # Candidates scored exactly after the numpy pass.
    EXACT_CANDIDATES = 16
    # Incremental additions kept outside the sorted postings before they are merged in.
    DELTA_LIMIT = 20_000
    IDF_SMOOTHING = 1000.0

    def __init__(self, settings: ScreeningSettings | None = None) -> None:
        self.settings = settings or ScreeningSettings()
        # vocabulary of name keys
        self._vocab: list[str] = []
        self._vocab_id: dict[str, int] = {}
        self._sorted_keys: list[str] = []
        self._df = _Column(np.int32)
        self._idf = np.zeros(0, np.float32)
        # spellings as listed (raw tokens) -> vocabulary id; keys and spellings near a typo
        self._spelling_vid: dict[str, int] = {}
        self._near_keys = _Neighbourhood()
        self._near_spellings = _Neighbourhood()
        self._family_spellings: set[str] = set()  # transliterations put in _near_spellings
        # entries
        self._entry_ids = _Texts()
        self._entry_hash = _Column(np.int64)
        self._references = _Texts()
        self._list = _Column(np.int8)
        self._action = _Column(np.int8)
        self._birth = _Column(np.int32)
        self._nat = _Column(np.int16)
        self._valid_from = _Column(np.int32)
        self._valid_until = _Column(np.int32)
        self._alive = _Column(np.bool_)
        self._first_row = _Column(np.int32)
        self._nat_codes: list[str] = []
        self._nat_id: dict[str, int] = {}
        # rows: one per name of an entry
        self._row_entry = _Column(np.int32)
        self._row_names = _Texts()
        self._row_offsets = _Column(np.int64)
        self._row_offsets.append(0)
        self._row_tokens = _Column(np.int32)
        # postings: rows per token, sorted by (token, birth year); later additions in the delta
        self._post_start = np.zeros(1, np.int64)
        self._post_rows = np.zeros(0, np.int32)
        self._post_year = np.zeros(0, np.int16)
        self._delta_rows: dict[int, list[int]] = {}
        self._delta_count = 0
        # document numbers
        self._doc_hash = np.zeros(0, np.int64)
        self._doc_entry = np.zeros(0, np.int32)
        self._delta_docs: dict[int, list[int]] = {}
        self._id_sorted = np.zeros(0, np.int64)
        self._id_order = np.zeros(0, np.int32)
        self._delta_ids: dict[int, list[int]] = {}
        self._alive_rows = 0
        # which entries are in force on the last (day, lists) screened: cleared by `remove`,
        # recomputed when the day, the lists or the number of entries change
        self._force_key: tuple[int, bytes] | None = None
        self._force = np.zeros(0, np.bool_)

    # -- building ------------------------------------------------------------------------------

    @classmethod
    def build(cls, entries: Iterable[WatchEntry],
              settings: ScreeningSettings | None = None) -> ScreeningIndex:
        """An index of `entries` (any iterable: a generator keeps memory flat)."""
        index = cls(settings)
        for entry in entries:
            index._append(entry)
        index._compact()
        return index

    def __len__(self) -> int:
        return int(self._alive.view.sum())

    def add(self, entry: WatchEntry) -> None:
        """Add or replace (same id) one entry."""
        self.remove(entry.id)
        self._append(entry, incremental=True)
        if self._delta_count > max(self.DELTA_LIMIT, self._row_entry.size // 20):
            self._compact()

    def add_many(self, entries: Iterable[WatchEntry]) -> None:
        for entry in entries:
            self.add(entry)

    def remove(self, entry_id: str) -> bool:
        """Take an entry out; False when it was not there."""
        found = False
        for index in self._entries_with_id(entry_id):
            if self._alive.data[index]:
                self._alive.data[index] = False
                if index < len(self._force):
                    self._force[index] = False
                found = True
                for row in self._rows_of(index):
                    self._alive_rows -= 1
                    tokens = self._row_tokens.data[self._row_offsets.data[row]:
                                                   self._row_offsets.data[row + 1]]
                    for vid in set(tokens.tolist()):
                        self._df.data[vid] -= 1
        return found

    def _rows_of(self, entry: int) -> range:
        first = int(self._first_row.data[entry])
        end = (int(self._first_row.data[entry + 1]) if entry + 1 < self._first_row.size
               else self._row_entry.size)
        return range(first, end)

    def _entries_with_id(self, entry_id: str) -> list[int]:
        key = hash(entry_id)
        found = list(self._delta_ids.get(key, ()))
        lo = np.searchsorted(self._id_sorted, key, "left")
        hi = np.searchsorted(self._id_sorted, key, "right")
        found += self._id_order[lo:hi].tolist()
        return [i for i in found if self._entry_ids[i] == entry_id]

    def _token_id(self, spelling: str, incremental: bool) -> int:
        vid = self._spelling_vid.get(spelling)
        if vid is not None:
            return vid
        key = name_key(spelling)
        vid = self._vocab_id.get(key)
        if vid is None:
            vid = len(self._vocab)
            self._vocab.append(key)
            self._vocab_id[key] = vid
            self._df.append(0)
            self._near_keys.add(key, vid, incremental)
            if incremental:
                bisect.insort(self._sorted_keys, key)
            # every known transliteration of the name, so that a slip in one that the lists
            # do not use (UTHMAN written UDTHMAN, the list saying USMAN) is still found
            canonical = _FAMILY_OF.get(spelling)
            if canonical is not None:
                for variant in (canonical, *_FAMILIES[canonical]):
                    if variant != key and variant not in self._family_spellings:
                        self._family_spellings.add(variant)
                        self._near_spellings.add(variant, vid, incremental)
        self._spelling_vid[spelling] = vid
        if spelling != key and spelling not in self._family_spellings:
            self._near_spellings.add(spelling, vid, incremental)
        return vid

    def _append(self, entry: WatchEntry, incremental: bool = False) -> None:
        try:
            list_code = _LISTS.index(WatchList(entry.list_name))
            action = entry.action or DEFAULT_ACTIONS[_LISTS[list_code]]
            action_code = _ACTIONS.index(WatchAction(action))
        except ValueError as exc:
            raise ValueError(f"entry {entry.id}: {exc}") from exc
        names = [(name, name_tokens(name)) for name in entry.names if name.strip()]
        names = [(name, tokens) for name, tokens in names if tokens]
        if not names:
            raise ValueError(f"entry {entry.id}: no usable name in {entry.full_name!r}")
        birth = parse_birth_date(entry.birth_date)
        index = self._list.size
        self._entry_ids.append(entry.id)
        self._entry_hash.append(hash(entry.id))
        self._references.append(entry.reference)
        self._list.append(list_code)
        self._action.append(action_code)
        self._birth.append(birth)
        self._nat.append(self._nationality_id(entry.nationality, create=True))
        self._valid_from.append(entry.valid_from.toordinal() if entry.valid_from else 0)
        self._valid_until.append(entry.valid_until.toordinal() if entry.valid_until else 0)
        self._alive.append(True)
        self._first_row.append(self._row_entry.size)
        for name, tokens in names:
            row = self._row_entry.size
            ids = [self._token_id(t, incremental) for t in tokens]
            self._row_entry.append(index)
            self._row_names.append(name)
            self._row_tokens.extend(ids)
            self._row_offsets.append(self._row_tokens.size)
            self._alive_rows += 1
            for vid in set(ids):
                self._df.data[vid] += 1
                if incremental:
                    self._delta_rows.setdefault(vid, []).append(row)
                    self._delta_count += 1
        if incremental:
            self._delta_ids.setdefault(hash(entry.id), []).append(index)
        for number in entry.document_numbers:
            number = normalise_document_number(number)
            if number:
                self._delta_docs.setdefault(hash(number), []).append(index)

    def _nationality_id(self, code: str, create: bool = False) -> int:
        code = code.strip().upper()
        if not code:
            return -1
        found = self._nat_id.get(code)
        if found is None:
            if not create:
                return -2
            found = len(self._nat_codes)
            self._nat_codes.append(code)
            self._nat_id[code] = found
        return found

    def _compact(self) -> None:
        """Sort every row into the postings (and recompute the token weights)."""
        n_rows = self._row_entry.size
        offsets = self._row_offsets.view
        tokens = self._row_tokens.view
        lengths = np.diff(offsets)
        row_of_token = np.repeat(np.arange(n_rows, dtype=np.int32), lengths)
        years = (self._birth.view[self._row_entry.view] // 10000).astype(np.int16)
        token_years = years[row_of_token]
        order = np.lexsort((token_years, tokens))
        self._post_rows = row_of_token[order]
        self._post_year = token_years[order]
        counts = np.bincount(tokens, minlength=len(self._vocab))
        self._post_start = np.zeros(len(self._vocab) + 1, np.int64)
        np.cumsum(counts, out=self._post_start[1:])
        self._delta_rows = {}
        self._delta_count = 0
        self._refresh_idf()
        # vocabulary lookups: sorted keys for prefixes, deletion neighbourhoods for typos
        self._sorted_keys = sorted(self._vocab)
        self._near_keys.rebuild()
        self._near_spellings.rebuild()
        # document numbers and entry ids
        if self._delta_docs:
            pairs = [(h, e) for h, entries in self._delta_docs.items() for e in entries]
            new_hash = np.array([h for h, _ in pairs], np.int64)
            new_entry = np.array([e for _, e in pairs], np.int32)
            all_hash = np.concatenate([self._doc_hash, new_hash])
            all_entry = np.concatenate([self._doc_entry, new_entry])
            order = np.argsort(all_hash, kind="stable")
            self._doc_hash, self._doc_entry = all_hash[order], all_entry[order]
            self._delta_docs = {}
        entry_hash = self._entry_hash.view
        self._id_order = np.argsort(entry_hash, kind="stable").astype(np.int32)
        self._id_sorted = entry_hash[self._id_order]
        self._delta_ids = {}

    def _refresh_idf(self) -> None:
        df = self._df.view.astype(np.float64)
        rows = max(self._alive_rows, 0)
        self._idf = (np.log((rows + self.IDF_SMOOTHING) / (df + 1.0))
                     + _WEIGHT_FLOOR).astype(np.float32)

    def _weight_of(self, vid: int) -> float:
        if vid < len(self._idf):
            return float(self._idf[vid])
        return self._weight_for_count(int(self._df.data[vid]))

    def _weight_for_count(self, count: int) -> float:
        return self._rarity_for_count(count) + _WEIGHT_FLOOR

    def _rarity_for_count(self, count: int) -> float:
        """Nats: how unlikely a listed name is to hold a token that `count` rows hold."""
        return math.log((max(self._alive_rows, 0) + self.IDF_SMOOTHING) / (count + 1.0))

    # -- vocabulary lookups --------------------------------------------------------------------

    def _neighbours(self, raw: str, key: str) -> dict[int, float]:
        """Vocabulary ids a slip of the pen away, by key or by spelling, and how similar."""
        found: dict[int, float] = {}
        near = [*self._near_keys.near(key), *self._near_spellings.near(raw)]
        if raw != key:  # USHADI/SUHADI: a slip that the phonetic key does not keep
            near += self._near_keys.near(raw)
        for vid, sim in near:
            if sim > found.get(vid, 0.0):
                found[vid] = sim
        return found

    def _with_prefix(self, prefix: str, limit: int = 400) -> list[int]:
        start = bisect.bisect_left(self._sorted_keys, prefix)
        found = []
        for key in self._sorted_keys[start:start + limit]:
            if not key.startswith(prefix):
                break
            found.append(self._vocab_id[key])
        return found

    def _prepare(self, traveller: Traveller) -> _Query:
        raw_tokens = name_tokens(traveller.name)
        truncated = bool(raw_tokens) and traveller.may_be_truncated()
        tokens: list[_QueryToken] = []
        unknown = self._weight_for_count(0)
        for position, raw in enumerate(raw_tokens):
            key = name_key(raw)
            vid = self._vocab_id.get(key)
            near = self._neighbours(raw, key)
            near.pop(vid, None)
            matches = dict(near)
            if vid is not None:
                matches[vid] = 1.0
            near_rarity = self._rarity_for_count(sum(int(self._df.data[v]) for v in matches))
            weight = unknown
            if vid is not None and self._df.data[vid] > 0:
                weight = self._weight_of(vid)
            elif matches:
                best = max(matches, key=lambda v: (matches[v], -self._df.data[v]))
                weight = self._weight_of(best)
            tokens.append(_QueryToken(raw, key, weight, matches, near_rarity,
                                      -1 if vid is None else vid, near))
            if truncated and position == len(raw_tokens) - 1 and len(key) >= 2:
                prefixed = self._with_prefix(key)
                for other in prefixed:
                    matches.setdefault(other, 1.0)
                total = int(sum(int(self._df.data[v]) for v in prefixed))
                tokens[-1].weight = min(weight, self._weight_for_count(total))
        # joined names (ABDUL RAHMAN / ABDULRAHMAN): look the pair up as one token
        for a, b in _two_of(len(tokens)):
            left, right = tokens[a], tokens[b]
            vid = self._vocab_id.get(name_key(left.raw + right.raw))
            if vid is not None:
                left.matches.setdefault(vid, 1.0)
                right.matches.setdefault(vid, 1.0)
        # the article written together with the name (ALKINDI for AL-KINDI)
        for token in tokens:
            bare = _without_article(token.raw)
            vid = self._vocab_id.get(name_key(bare)) if bare else None
            if vid is not None:
                token.matches.setdefault(vid, 1.0)
        # and split ones (ABDULRAHMAN in the traveller's name, two tokens on the list)
        for token in tokens:
            for cut in range(3, len(token.raw) - 2):
                head = self._vocab_id.get(name_key(token.raw[:cut]))
                tail = self._vocab_id.get(name_key(token.raw[cut:]))
                if head is not None and tail is not None:
                    token.matches.setdefault(head, 1.0)
                    token.matches.setdefault(tail, 1.0)
        nationality = traveller.nationality.strip().upper()
        return _Query(tokens, raw_tokens, truncated, _birth_code(traveller.birth_date),
                      self._nationality_id(nationality), nationality,
                      normalise_document_number(traveller.document_number))

    # -- screening -----------------------------------------------------------------------------

    def screen(self, traveller: Traveller, today: date, limit: int = 3, *,
               lists: Iterable[str] | None = None,
               min_score: int | None = None) -> list[Hit]:
        """The entries most likely to be `traveller`, best first.

        Entries whose `valid_until` is before `today` (or `valid_from` after it) never hit.

        Args:
            lists: only these lists (default: all).
            min_score: leave out weaker hits (default: the settings' report threshold).
        """
        query = self._prepare(traveller)
        floor = self.settings.report_threshold if min_score is None else min_score
        list_mask = self._list_mask(lists)
        day = today.toordinal()
        by_entry: dict[int, Hit] = {}
        for entry in self._document_hits(query.document):
            if self._in_force(entry, day, list_mask):
                by_entry[entry] = self._hit(entry, self._first_row.data[entry], 100.0,
                                            [_reason(QT_TRANSLATE_NOOP(
                                                "gapura", "nomor dokumen sama"))], query)
        if query.tokens:
            rows = self._candidates(query)
            rows = rows[self._in_force_rows(rows, day, list_mask)]
            for row in self._best_rows(query, rows):
                entry = int(self._row_entry.data[row])
                if entry in by_entry and by_entry[entry].score == 100:
                    continue
                name = self._name_match(query, row)
                score, extra = self._adjust(query, entry, name.score * 100, name.evidence)
                hit = self._hit(entry, row, score, name.reasons + extra, query)
                if entry not in by_entry or hit.score > by_entry[entry].score:
                    by_entry[entry] = hit
        hits = sorted(by_entry.values(), key=lambda h: (-h.score, h.full_name, h.entry_id))
        return [h for h in hits if h.score >= floor][:limit]

    def _list_mask(self, lists: Iterable[str] | None) -> np.ndarray:
        mask = np.ones(len(_LISTS), np.bool_)
        if lists is not None:
            wanted = {WatchList(name) for name in lists}
            mask = np.array([item in wanted for item in _LISTS], np.bool_)
        return mask

    def _in_force(self, entry: int, day: int, list_mask: np.ndarray) -> bool:
        until = int(self._valid_until.data[entry])
        return (bool(self._alive.data[entry]) and bool(list_mask[self._list.data[entry]])
                and (until == 0 or until >= day) and int(self._valid_from.data[entry]) <= day)

    def _in_force_rows(self, rows: np.ndarray, day: int, list_mask: np.ndarray) -> np.ndarray:
        key = (day, list_mask.tobytes())
        if self._force_key != key or len(self._force) != self._list.size:
            until = self._valid_until.view
            self._force = (self._alive.view & list_mask[self._list.view]
                           & ((until == 0) | (until >= day)) & (self._valid_from.view <= day))
            self._force_key = key
        return self._force.take(self._row_entry.data.take(rows))

    def _document_hits(self, number: str) -> list[int]:
        if not number:
            return []
        key = hash(number)
        lo = np.searchsorted(self._doc_hash, key, "left")
        hi = np.searchsorted(self._doc_hash, key, "right")
        return sorted(set(self._doc_entry[lo:hi].tolist()) | set(self._delta_docs.get(key, ())))

    def _candidates(self, query: _Query) -> np.ndarray:
        """Rows sharing a (similar) token with the traveller; common tokens for the birth year."""
        year = query.birth // 10000
        parts: list[np.ndarray] = []
        common: list[int] = []
        for token in query.tokens:
            bounds = {vid: self._posting(vid) for vid in token.matches}
            near_rows = sum(end - start for vid, (start, end) in bounds.items()
                            if vid != token.vid)
            near_in_full = not year or near_rows <= self.NEAR_TOKEN_ROWS
            for vid, (start, end) in bounds.items():
                if vid == token.vid or near_in_full:
                    in_full = end - start <= self.COMMON_TOKEN_ROWS
                else:
                    in_full = False
                if in_full:
                    parts.append(self._post_rows[start:end])
                else:
                    common.append(vid)
                delta = self._delta_rows.get(vid)
                if delta:
                    parts.append(np.array(delta, np.int32))
        for vid in common:
            start, end = self._posting(vid)
            years = self._post_year[start:end]
            # the birth year asked for, and entries whose birth date is unknown (year 0)
            for wanted in ({0, year} if year else {0}):
                lo = start + int(np.searchsorted(years, wanted, "left"))
                hi = start + int(np.searchsorted(years, wanted, "right"))
                parts.append(self._post_rows[lo:hi])
        if not year and common and not any(len(p) for p in parts):
            parts.append(self._common_intersection(common))
        if not parts:
            return np.zeros(0, np.int32)
        return _sorted_unique(np.concatenate(parts))

    def _posting(self, vid: int) -> tuple[int, int]:
        """Where the sorted postings hold the rows of a token (empty for a token first seen
        after the last compaction: its rows are all in the delta)."""
        if vid + 1 < len(self._post_start):
            return int(self._post_start[vid]), int(self._post_start[vid + 1])
        return 0, 0

    def _common_intersection(self, vids: list[int]) -> np.ndarray:
        """Without a birth date and with common tokens only: rows holding the two rarest."""
        by_size = sorted(vids, key=lambda v: self._posting(v)[1] - self._posting(v)[0])
        first = self._post_rows[slice(*self._posting(by_size[0]))]
        if len(by_size) == 1:
            return first
        second = self._post_rows[slice(*self._posting(by_size[1]))]
        mask = np.zeros(self._row_entry.size, np.bool_)
        mask[first] = True
        return second[mask[second]]

    def _best_rows(self, query: _Query, rows: np.ndarray) -> list[int]:
        """The rows worth an exact score: a numpy estimate of every candidate's score."""
        if len(rows) == 0:
            return []
        if len(rows) <= self.EXACT_CANDIDATES:
            return rows.tolist()
        # the candidates' tokens as a matrix, one column each (position by position, which
        # numpy reduces fast), padded with the row's last token (padding weighs nothing)
        offsets = self._row_offsets.data
        starts = offsets[rows]
        lengths = offsets[rows + 1] - starts
        width = np.arange(int(lengths.max()))[:, None]
        padded = width >= lengths[None, :]
        tokens = self._row_tokens.data.take(starts[None, :]
                                            + np.minimum(width, lengths[None, :] - 1))
        token_weight = self._token_weights().take(tokens)
        token_weight[padded] = 0.0
        entry_best = np.zeros(tokens.shape, np.float32)
        matched_q = np.zeros(len(rows), np.float32)
        unmatched_q = np.zeros(len(rows), np.float32)
        s = self.settings
        dependence = s.evidence_token_dependence
        evidence_sum = np.zeros(len(rows), np.float32)
        evidence_max = np.zeros(len(rows), np.float32)
        sims = np.zeros(len(self._vocab), np.float32)
        for token in query.tokens:
            ids = np.fromiter(token.matches.keys(), np.int64, len(token.matches))
            sims[ids] = np.fromiter(token.matches.values(), np.float32, len(token.matches))
            sim = sims.take(tokens)
            sims[ids] = 0.0
            best_sim = sim.max(axis=0)
            best = (sim * token_weight).max(axis=0)
            matched_q += best
            unmatched_q += token.weight * (1.0 - best_sim)
            np.maximum(entry_best, sim, out=entry_best)
            # the evidence of the agreement, as `_judge` counts it
            rarity = np.where(best_sim >= 1.0, best - _WEIGHT_FLOOR,
                              np.where(best_sim > 0, token.near_rarity - s.evidence_typo_cost, 0))
            np.maximum(rarity, 0, out=rarity)
            evidence_sum += np.maximum(rarity - dependence, 0)
            np.maximum(evidence_max, rarity, out=evidence_max)
        matched_e = (token_weight * entry_best).sum(axis=0)
        total_e = token_weight.sum(axis=0)
        unmatched_e = np.maximum(total_e - matched_e, 0)
        matched = (matched_q + matched_e) / 2
        conflict = np.minimum(unmatched_q, unmatched_e)
        extra = np.abs(unmatched_q - unmatched_e)
        name = matched / (matched + conflict + s.extra_name_penalty * extra + 1e-6)
        entries = self._row_entry.data[rows]
        evidence = evidence_sum + np.minimum(evidence_max, dependence)
        score = name * 100 + self._adjust_many(query, entries, evidence)
        best = np.argpartition(-score, self.EXACT_CANDIDATES)[:self.EXACT_CANDIDATES]
        return rows[best].tolist()

    def _token_weights(self) -> np.ndarray:
        if len(self._idf) < len(self._vocab):
            self._refresh_idf()
        return self._idf

    def _evidence_needed(self) -> float:
        return math.log(self._alive_rows + self.IDF_SMOOTHING) + self.settings.evidence_margin

    def _adjust_many(self, query: _Query, entries: np.ndarray,
                     evidence: np.ndarray) -> np.ndarray:
        """`_adjust` for many entries at once (without the day/month swap), by table lookup."""
        s = self.settings
        adjust = np.zeros(len(entries), np.float32)
        evidence = evidence.astype(np.float32)
        if query.birth:
            # 0 unknown; year only: 1 same year, 2 a year off, 3 more; full date: 4 same year,
            # 5 a year off, 6 more; 7 the same date
            birth = self._birth.data.take(entries)
            off = np.minimum(np.abs(birth // 10000 - query.birth // 10000), 2)
            code = np.where(birth == 0, 0, off + np.where(birth % 10000 == 0, 1, 4))
            code[birth == query.birth] = 7
            adjust += np.array([0, s.birth_year_only_same, s.birth_one_year_off,
                                s.birth_other_year, s.birth_same_year_other_date,
                                s.birth_one_year_off, s.birth_other_year, s.birth_same],
                               np.float32).take(code)
            evidence += np.array([0, s.evidence_birth_year, 0, 0, 0, 0, 0, s.evidence_birth_same],
                                 np.float32).take(code)
        if query.nationality != -1:
            nat = self._nat.data.take(entries)
            same = nat == query.nationality
            adjust += np.where(same, s.nationality_same,
                               np.where(nat == -1, 0, s.nationality_other)).astype(np.float32)
            evidence += same * np.float32(s.evidence_nationality)
        deficit = np.maximum(self._evidence_needed() - evidence, 0)
        return adjust - np.minimum(s.evidence_points * deficit, s.evidence_max_penalty)

    # -- exact scoring of one row --------------------------------------------------------------

    def _row_tokens_of(self, row: int) -> tuple[list[str], list[int]]:
        raws = name_tokens(self._row_names[row])
        start, end = self._row_offsets.data[row], self._row_offsets.data[row + 1]
        return raws, self._row_tokens.data[start:end].tolist()

    def _name_match(self, query: _Query, row: int) -> _NameMatch:
        e_raw, e_ids = self._row_tokens_of(row)
        e_keys = [self._vocab[v] for v in e_ids]
        e_weight = [self._weight_of(v) for v in e_ids]
        q = query.tokens
        last = len(q) - 1
        options: list[_Pair] = []
        for i, token in enumerate(q):
            for j, key in enumerate(e_keys):
                if key == token.key:
                    kind = _SAME if token.raw == e_raw[j] else _SPELLING
                    options.append(_Pair((i,), (j,), 1.0, kind, e_weight[j]))
                    continue
                if query.truncated and i == last and key.startswith(token.key):
                    options.append(_Pair((i,), (j,), 1.0, _PREFIX,
                                         min(e_weight[j], token.weight)))
                    continue
                sim = token.near.get(e_ids[j], 0.0)
                if not sim:
                    sim = max(_typo_similarity(token.key, key),
                              _typo_similarity(token.raw, e_raw[j]))
                if sim > 0:
                    options.append(_Pair((i,), (j,), sim, _TYPO, e_weight[j]))
        options.sort(key=lambda p: (-p.sim, -p.weight))
        pairs: list[_Pair] = []
        used_q: set[int] = set()
        used_e: set[int] = set()
        for pair in options:
            if pair.q[0] in used_q or pair.e[0] in used_e:
                continue
            pairs.append(pair)
            used_q.add(pair.q[0])
            used_e.add(pair.e[0])
        pairs += _joined_pairs(q, e_raw, e_keys, e_weight, used_q, used_e)
        return self._judge(query, e_raw, e_weight, pairs, used_q, used_e)

    def _judge(self, query: _Query, e_raw: list[str], e_weight: list[float],
               pairs: list[_Pair], used_q: set[int], used_e: set[int]) -> _NameMatch:
        q = query.tokens
        matched = sum(p.sim * p.weight for p in pairs)
        residual = sum((1 - p.sim) * p.weight for p in pairs)
        unmatched_q = [i for i in range(len(q)) if i not in used_q]
        unmatched_e = [j for j in range(len(e_raw)) if j not in used_e]
        # a traveller's name cut by the MRZ loses whole names at the end: not a difference
        prefix_gap = 0.0
        for p in pairs:
            if p.kind == _PREFIX:
                prefix_gap += max(e_weight[p.e[0]] - p.weight, 0.0)
        lost_q = residual + sum(q[i].weight for i in unmatched_q)
        lost_e = residual + sum(e_weight[j] for j in unmatched_e) + prefix_gap
        conflict = min(lost_q, lost_e)
        extra = abs(lost_q - lost_e)
        s = self.settings
        score = matched / (matched + conflict + s.extra_name_penalty * extra + 1e-9)
        rarities: list[float] = []
        for p in pairs:
            if p.kind == _TYPO:
                rarities.append(q[p.q[0]].near_rarity - s.evidence_typo_cost)
            elif p.kind == _JOINED:
                slip = s.evidence_typo_cost if p.sim < 1.0 else 0.0
                rarities += [e_weight[j] - _WEIGHT_FLOOR - slip for j in p.e]
            else:
                rarities.append(p.weight - _WEIGHT_FLOOR)
        evidence = _combined_evidence(rarities, s.evidence_token_dependence)
        return _NameMatch(score, evidence, self._name_reasons(query, e_raw, pairs, unmatched_q,
                                                              unmatched_e, score))

    def _name_reasons(self, query: _Query, e_raw: list[str], pairs: list[_Pair],
                      unmatched_q: list[int], unmatched_e: list[int],
                      score: float) -> list[Reason]:
        q = query.tokens
        if (not unmatched_q and not unmatched_e and all(p.kind == _SAME for p in pairs)
                and _in_order(pairs)):
            return [_reason(QT_TRANSLATE_NOOP("gapura", "nama sama"))]
        reasons = [_reason(QT_TRANSLATE_NOOP("gapura", "kemiripan nama {percent}%"),
                           percent=round(score * 100))]
        by_kind: dict[str, list[str]] = {}
        for p in sorted(pairs, key=lambda p: p.q):
            traveller = " ".join(q[i].raw for i in p.q)
            listed = " ".join(e_raw[j] for j in p.e)
            by_kind.setdefault(p.kind, []).append(f"{traveller} = {listed}")
        templates = {
            _SPELLING: QT_TRANSLATE_NOOP("gapura", "ejaan lain: {pairs}"),
            _TYPO: QT_TRANSLATE_NOOP("gapura", "ejaan mirip: {pairs}"),
            _PREFIX: QT_TRANSLATE_NOOP("gapura", "nama terpotong di MRZ: {pairs}"),
            _JOINED: QT_TRANSLATE_NOOP("gapura", "nama digabung atau dipisah: {pairs}"),
        }
        for kind, template in templates.items():
            if kind in by_kind:
                reasons.append(_reason(template, pairs=", ".join(by_kind[kind])))
        if not _in_order(pairs):
            reasons.append(_reason(QT_TRANSLATE_NOOP("gapura", "urutan nama berbeda")))
        if unmatched_e and not (query.truncated and any(p.kind == _PREFIX for p in pairs)):
            reasons.append(_reason(QT_TRANSLATE_NOOP(
                "gapura", "nama dalam daftar tidak ada pada pelintas: {names}"),
                names=" ".join(e_raw[j] for j in unmatched_e)))
        elif unmatched_e:
            reasons.append(_reason(QT_TRANSLATE_NOOP(
                "gapura", "nama dalam daftar tidak ada pada pelintas (MRZ terpotong): {names}"),
                names=" ".join(e_raw[j] for j in unmatched_e)))
        if unmatched_q:
            reasons.append(_reason(QT_TRANSLATE_NOOP(
                "gapura", "nama pelintas tidak ada dalam daftar: {names}"),
                names=" ".join(q[i].raw for i in unmatched_q)))
        return reasons

    def _adjust(self, query: _Query, entry: int, score: float,
                evidence: float) -> tuple[float, list[Reason]]:
        s = self.settings
        reasons: list[Reason] = []
        birth = int(self._birth.data[entry])
        listed = _birth_text(birth)
        if query.birth and birth:
            q_year, q_rest = divmod(query.birth, 10000)
            year, rest = divmod(birth, 10000)
            swapped = rest and (rest % 100) * 100 + rest // 100 == q_rest
            if birth == query.birth:
                score += s.birth_same
                evidence += s.evidence_birth_same
                reasons.append(_reason(QT_TRANSLATE_NOOP("gapura", "tanggal lahir sama")))
            elif year == q_year and rest == 0:
                score += s.birth_year_only_same
                evidence += s.evidence_birth_year
                reasons.append(_reason(QT_TRANSLATE_NOOP(
                    "gapura", "tahun lahir sama (daftar hanya memuat tahun {year})"), year=year))
            elif year == q_year and swapped:
                score += s.birth_swapped_day_month
                reasons.append(_reason(QT_TRANSLATE_NOOP(
                    "gapura", "tanggal lahir sama bila hari dan bulan tertukar ({listed})"),
                    listed=listed))
            else:
                off = abs(year - q_year)
                score += (s.birth_same_year_other_date if off == 0 else
                          s.birth_one_year_off if off == 1 else s.birth_other_year)
                reasons.append(_reason(QT_TRANSLATE_NOOP(
                    "gapura", "tanggal lahir berbeda (pelintas {traveller}, daftar {listed})"),
                    traveller=_birth_text(query.birth), listed=listed))
        elif birth:
            reasons.append(_reason(QT_TRANSLATE_NOOP(
                "gapura", "tanggal lahir pelintas tidak diketahui (daftar {listed})"),
                listed=listed))
        nat = int(self._nat.data[entry])
        if query.nationality != -1 and nat != -1:
            if nat == query.nationality:
                score += s.nationality_same
                evidence += s.evidence_nationality
                reasons.append(_reason(QT_TRANSLATE_NOOP("gapura", "kewarganegaraan sama")))
            else:
                score += s.nationality_other
                reasons.append(_reason(QT_TRANSLATE_NOOP(
                    "gapura", "kewarganegaraan berbeda (pelintas {traveller}, daftar {listed}); "
                    "mungkin berkewarganegaraan ganda"),
                    traveller=query.nationality_text, listed=self._nat_codes[nat]))
        points = round(min(s.evidence_points * max(self._evidence_needed() - evidence, 0.0),
                           s.evidence_max_penalty))
        before = max(0.0, min(100.0, score))
        score = max(0.0, min(100.0, score - points))
        lost = round(before) - round(score)  # what it costs on the 0-100 scale shown
        if lost > 0:
            reasons.append(_reason(QT_TRANSLATE_NOOP(
                "gapura", "nama umum dalam daftar dan data lain tidak cukup membedakan "
                "(skor -{points})"), points=lost))
        return score, reasons

    def _hit(self, entry: int, row: int, score: float, reasons: list[Reason],
             query: _Query) -> Hit:
        rounded = int(round(score))
        return Hit(
            entry_id=self._entry_ids[entry],
            list_name=_LISTS[self._list.data[entry]].value,
            reference=self._references[entry],
            full_name=self._row_names[int(self._first_row.data[entry])],
            matched_name=self._row_names[int(row)],
            score=rounded,
            alert=rounded >= self.settings.alert_threshold,
            action=_ACTIONS[self._action.data[entry]].value,
            reasons=tuple(reasons),
        )

    # -- status --------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Entries per list (removed ones excluded)."""
        alive = self._alive.view
        codes = np.bincount(self._list.view[alive], minlength=len(_LISTS))
        return {item.value: int(codes[i]) for i, item in enumerate(_LISTS)}

    def memory_bytes(self) -> int:
        """Bytes held in the numpy arrays and text buffers (vocabulary strings excluded)."""
        arrays = [self._post_rows, self._post_year, self._post_start, self._doc_hash,
                  self._doc_entry, self._id_sorted, self._id_order, self._idf]
        columns = [self._df, self._entry_hash, self._list, self._action, self._birth, self._nat,
                   self._valid_from, self._valid_until, self._alive, self._first_row,
                   self._row_entry, self._row_offsets, self._row_tokens]
        texts = [self._entry_ids, self._references, self._row_names]
        return (sum(a.nbytes for a in arrays) + sum(c.data.nbytes for c in columns)
                + self._near_keys.nbytes() + self._near_spellings.nbytes()
                + sum(len(t.buffer) + t.offsets.data.nbytes for t in texts))


def _sorted_unique(values: np.ndarray) -> np.ndarray:
    """np.unique for small integer arrays (faster than its hash table here)."""
    values = np.sort(values)
    if len(values) < 2:
        return values
    keep = np.empty(len(values), np.bool_)
    keep[0] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]


def _deletes(key: str) -> set[str]:
    """The key and every string one deletion away (the SymSpell neighbourhood)."""
    found = {key}
    if len(key) >= 4:
        found.update(key[:i] + key[i + 1:] for i in range(len(key)))
    return found


def _in_order(pairs: list[_Pair]) -> bool:
    positions = [p.e[0] for p in sorted(pairs, key=lambda p: p.q)]
    return positions == sorted(positions)


# Articles that passports and lists write apart (AL-KINDI), joined (ALKINDI) or leave out.
_ARTICLES = ("AL", "EL")


@lru_cache(maxsize=50_000)
def _without_article(raw: str) -> str:
    """ALKINDI -> KINDI; '' when the token does not start with an article and a name of five
    letters or more (ALFRED is not AL FRED)."""
    for article in _ARTICLES:
        if raw.startswith(article) and len(raw) - len(article) >= 5:
            return raw[len(article):]
    return ""


def _two_of(count: int) -> Iterator[tuple[int, int]]:
    """Ordered pairs of positions, neighbours in reading order first (then any order, since
    the name order may differ)."""
    yield from ((a, a + 1) for a in range(count - 1))
    yield from ((a, b) for a in range(count) for b in range(count) if a != b and b != a + 1)


def _joined_similarity(key: str, parts: tuple[str, str], keys: tuple[str, str]) -> float:
    """How well one key reads as two names written together (exactly, or but for a slip)."""
    joined = (name_key(parts[0] + parts[1]), keys[0] + keys[1])
    if key in joined:
        return 1.0
    return max((_typo_similarity(key, other) for other in joined
                if len(key) >= 8 and abs(len(other) - len(key)) <= 2), default=0.0)


def _joined_pairs(q: list[_QueryToken], e_raw: list[str], e_keys: list[str],
                  e_weight: list[float], used_q: set[int], used_e: set[int]) -> list[_Pair]:
    """Two names on one side written as one on the other (ABDUL RAHMAN/ABDULRAHMAN), and a
    name written together with its article (ALKINDI/AL-KINDI)."""
    pairs = []
    for i, token in enumerate(q):
        if i in used_q:
            continue
        for a, b in _two_of(len(e_keys)):
            if a in used_e or b in used_e:
                continue
            sim = _joined_similarity(token.key, (e_raw[a], e_raw[b]), (e_keys[a], e_keys[b]))
            if sim > 0:
                pairs.append(_Pair((i,), (a, b), sim, _JOINED, e_weight[a] + e_weight[b]))
                used_q.add(i)
                used_e.update((a, b))
                break
    for j, key in enumerate(e_keys):
        if j in used_e:
            continue
        for a, b in _two_of(len(q)):
            if a in used_q or b in used_q:
                continue
            sim = _joined_similarity(key, (q[a].raw, q[b].raw), (q[a].key, q[b].key))
            if sim > 0:
                pairs.append(_Pair((a, b), (j,), sim, _JOINED, e_weight[j]))
                used_q.update((a, b))
                used_e.add(j)
                break
    for i, token in enumerate(q):
        if i in used_q:
            continue
        bare = _without_article(token.raw)
        for j, key in enumerate(e_keys):
            if j in used_e:
                continue
            listed_bare = _without_article(e_raw[j])
            if ((bare and name_key(bare) == key)
                    or (listed_bare and name_key(listed_bare) == token.key)):
                pairs.append(_Pair((i,), (j,), 1.0, _JOINED, e_weight[j]))
                used_q.add(i)
                used_e.add(j)
                break
    return pairs


__all__ = [
    "ACTION_TITLES", "DEFAULT_ACTIONS", "LIST_TITLES", "PARTICLES", "Hit", "Reason",
    "ScreeningIndex", "ScreeningSettings", "Traveller", "WatchAction", "WatchEntry", "WatchList",
    "mrz_name_length", "name_key", "name_tokens", "normalise_document_number", "normalise_name",
    "parse_birth_date",
]
