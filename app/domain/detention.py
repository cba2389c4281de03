"""Detention rules (issue 10): room fit, days in detention, review and time-limit alerts, cash
counted by currency and the differences of a return against the intake list.

Pure: no Qt, no database. The limits come from reference data through the caller
(`detensi.*`, app.reference_defaults).

- Rooms (seed 002 C2 step 10, "menempatkan deteni di ruang detensi"): men, women, families and
  minors are kept apart; a room never holds more than its capacity.
- Days in detention: the day of detention is day 1 (the register counts calendar days in the
  room, as the Berita Acara Pendetensian dates the start).
- Limits: UU 6/2011 pasal 85 ayat (2) (detention at most 10 years when deportation cannot be
  carried out) and a periodic review of each detainee (office policy; `detensi.review_days`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from app.i18n import QT_TRANSLATE_NOOP

ADULT_AGE = 18  # UU 35/2014 (Perlindungan Anak): an anak is under 18


class RoomCategory(StrEnum):
    MEN = "pria"
    WOMEN = "wanita"
    FAMILY = "keluarga"
    MINORS = "anak"


CATEGORY_TITLES: Mapping[RoomCategory, str] = {
    RoomCategory.MEN: QT_TRANSLATE_NOOP("gapura", "laki-laki dewasa"),
    RoomCategory.WOMEN: QT_TRANSLATE_NOOP("gapura", "perempuan dewasa"),
    RoomCategory.FAMILY: QT_TRANSLATE_NOOP("gapura", "keluarga"),
    RoomCategory.MINORS: QT_TRANSLATE_NOOP("gapura", "anak"),
}


@dataclass(frozen=True)
class Problem:
    """Why a placement (or a return) is refused: a stable rule id and an Indonesian message."""

    rule: str
    message: str  # QT_TRANSLATE_NOOP("gapura", ...) with {fields}
    fields: Mapping[str, object]

    def text(self) -> str:
        return self.message.format(**self.fields)


def age_on(birth_date: date, day: date) -> int:
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month,
                                                                  birth_date.day))


def category_for(sex: str, birth_date: date, day: date, *, with_family: bool = False
                 ) -> RoomCategory:
    """The room category a detainee belongs in: a minor travelling alone in the minors' room,
    anyone detained with their family in the family room, otherwise by sex (M | F)."""
    if with_family:
        return RoomCategory.FAMILY
    if age_on(birth_date, day) < ADULT_AGE:
        return RoomCategory.MINORS
    return RoomCategory.WOMEN if sex == "F" else RoomCategory.MEN


def placement_problem(room_name: str, room_category: str, capacity: int, occupants: int,
                      detainee_category: str) -> Problem | None:
    """Why a detainee of `detainee_category` may not go into the room, or None: a room of
    another category, or a room already at its capacity (`occupants` without the detainee)."""
    if room_category != detainee_category:
        return Problem("wrong_category", QT_TRANSLATE_NOOP(
            "gapura", "Ruang {room} untuk deteni {room_category}; deteni ini termasuk "
                      "{category}. Pilih ruang kategori {category}."),
            {"room": room_name, "room_category": _title(room_category),
             "category": _title(detainee_category)})
    if occupants >= capacity:
        return Problem("room_full", QT_TRANSLATE_NOOP(
            "gapura", "Ruang {room} sudah penuh ({occupants} dari kapasitas {capacity}). Pilih "
                      "ruang lain."),
            {"room": room_name, "occupants": occupants, "capacity": capacity})
    return None


def _title(category: str) -> str:
    try:
        return CATEGORY_TITLES[RoomCategory(category)]
    except ValueError:
        return category


def days_in_detention(since: date, today: date) -> int:
    """Calendar days in detention, the day of detention counted as day 1."""
    return max(0, (today - since).days + 1)


@dataclass(frozen=True)
class Limits:
    review_days: int  # a review of each detainee at least this often
    review_warning_days: int  # warn this many days before a review is due
    max_days: int  # the legal limit of detention
    max_warning_days: int  # warn this many days before the legal limit


class AlertKind(StrEnum):
    REVIEW_DUE = "review_due"
    REVIEW_OVERDUE = "review_overdue"
    LIMIT_NEAR = "limit_near"
    LIMIT_REACHED = "limit_reached"


ALERT_TEXTS: Mapping[AlertKind, str] = {
    AlertKind.REVIEW_DUE: QT_TRANSLATE_NOOP("gapura", "Peninjauan jatuh tempo {day} "
                                                      "({days} hari lagi)"),
    AlertKind.REVIEW_OVERDUE: QT_TRANSLATE_NOOP("gapura", "Peninjauan terlambat sejak {day}"),
    AlertKind.LIMIT_NEAR: QT_TRANSLATE_NOOP("gapura", "Batas waktu detensi {day} "
                                                      "({days} hari lagi)"),
    AlertKind.LIMIT_REACHED: QT_TRANSLATE_NOOP("gapura", "Batas waktu detensi terlampaui "
                                                         "sejak {day}"),
}


@dataclass(frozen=True)
class Alert:
    kind: AlertKind
    due: date
    days_left: int  # negative once passed

    def text(self) -> str:
        return ALERT_TEXTS[self.kind].format(day=self.due.strftime("%d-%m-%Y"),
                                            days=self.days_left)


def alerts(since: date, last_review: date | None, today: date, limits: Limits) -> list[Alert]:
    """The alerts of one detainee on `today`: a review due within the warning window (or
    overdue), the legal limit near (or passed). The limit's day is the last day allowed."""
    found: list[Alert] = []
    review_due = (last_review or since) + timedelta(days=limits.review_days)
    left = (review_due - today).days
    if left < 0:
        found.append(Alert(AlertKind.REVIEW_OVERDUE, review_due, left))
    elif left <= limits.review_warning_days:
        found.append(Alert(AlertKind.REVIEW_DUE, review_due, left))
    last_day = since + timedelta(days=limits.max_days - 1)
    left = (last_day - today).days
    if left < 0:
        found.append(Alert(AlertKind.LIMIT_REACHED, last_day, left))
    elif left <= limits.max_warning_days:
        found.append(Alert(AlertKind.LIMIT_NEAR, last_day, left))
    return found


# -- belongings ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CashLine:
    currency: str  # ISO 4217
    denomination: int
    count: int

    @property
    def amount(self) -> int:
        return self.denomination * self.count


def cash_totals(lines: Iterable[CashLine]) -> dict[str, int]:
    """The sum of each currency, in the order the currencies were first counted."""
    sums: dict[str, int] = {}
    for line in lines:
        sums[line.currency] = sums.get(line.currency, 0) + line.amount
    return sums


@dataclass(frozen=True)
class Difference:
    """One line of the intake list not returned as it was taken: an item (by its number on the
    list) or a currency's sum."""

    what: str  # the item's description or the currency
    taken: int  # quantity, or amount of the currency
    returned: int
    note: str  # the explanation given; "" when none was

    @property
    def explained(self) -> bool:
        return bool(self.note.strip())


def item_differences(items: Sequence[tuple[str, int, int, str]]) -> list[Difference]:
    """(description, quantity taken, quantity returned, note) → the lines that differ."""
    return [Difference(what, taken, back, note) for what, taken, back, note in items
            if taken != back]


def cash_differences(taken: Sequence[CashLine], returned: Sequence[CashLine],
                     notes: Mapping[str, str]) -> list[Difference]:
    """The currencies whose returned sum is not the sum taken, with the note given for each."""
    before, after = cash_totals(taken), cash_totals(returned)
    return [Difference(currency, before.get(currency, 0), after.get(currency, 0),
                       notes.get(currency, ""))
            for currency in dict.fromkeys([*before, *after])
            if before.get(currency, 0) != after.get(currency, 0)]


def unexplained(differences: Iterable[Difference]) -> list[Difference]:
    return [d for d in differences if not d.explained]
