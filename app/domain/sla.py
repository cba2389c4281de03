"""Time standards of SOP steps (waktu penyelesaian) and the due times they give.

An SOP names each step's time standard in its own words ("10 menit", "1 hari kerja", "3 hari",
"60 menit"); `TimeStandard.parse` reads them into an amount and a unit. Minutes and hours count
office hours on working days; working days count whole working days; calendar days count every
day (issue 7: "working days and office hours where the SOP counts days"). `WorkCalendar` is the
office's working time (weekday hours, holidays, cuti bersama, time zone) and `due` the due time
of a step under it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo


class TimeUnit(StrEnum):
    MINUTES = "minutes"  # office minutes on working days
    HOURS = "hours"  # office hours on working days
    WORKING_DAYS = "working_days"  # Monday–Friday minus holidays and cuti bersama
    DAYS = "days"  # calendar days


_UNITS = {
    "menit": TimeUnit.MINUTES, "minute": TimeUnit.MINUTES, "minutes": TimeUnit.MINUTES,
    "jam": TimeUnit.HOURS, "hour": TimeUnit.HOURS, "hours": TimeUnit.HOURS,
    "hari kerja": TimeUnit.WORKING_DAYS, "working_day": TimeUnit.WORKING_DAYS,
    "working_days": TimeUnit.WORKING_DAYS,
    "hari": TimeUnit.DAYS, "day": TimeUnit.DAYS, "days": TimeUnit.DAYS,
}
_PATTERN = re.compile(r"^\s*(\d+)\s+(" + "|".join(sorted(map(re.escape, _UNITS), key=len,
                                                           reverse=True)) + r")\s*$")


@dataclass(frozen=True)
class TimeStandard:
    """How long one SOP step may take."""

    amount: int
    unit: TimeUnit

    @classmethod
    def parse(cls, text: str) -> TimeStandard:
        """`"10 menit"`, `"1 hari kerja"`, `"3 hari"`, `"2 jam"` (or the English unit names).

        Raises:
            ValueError: not an amount and a known unit, or an amount of 0.
        """
        found = _PATTERN.match(text.lower())
        if not found or int(found.group(1)) < 1:
            raise ValueError(f"time standard {text!r} is not '<amount> <unit>' with a unit of "
                             f"{', '.join(sorted(_UNITS))}")
        return cls(int(found.group(1)), _UNITS[found.group(2)])

    def __str__(self) -> str:
        return f"{self.amount} {self.unit.value}"


@dataclass(frozen=True)
class OfficeHours:
    """When the office serves on one weekday, in its local time (jam kerja)."""

    opens: time
    closes: time

    def __post_init__(self) -> None:
        if self.closes <= self.opens:
            raise ValueError(f"office hours {self} close before they open")

    @classmethod
    def parse(cls, text: str) -> OfficeHours:
        """`"08:00-16:00"` (a dot for the colon, `"08.00-16.00"`, as Indonesian letters write it).

        Raises:
            ValueError: not two times `HH:MM` joined by `-`, or closing before opening.
        """
        opens, dash, closes = text.replace(".", ":").replace("–", "-").partition("-")
        if not dash:
            raise ValueError(f"office hours {text!r} are not 'HH:MM-HH:MM'")
        return cls(time.fromisoformat(opens.strip()), time.fromisoformat(closes.strip()))

    def __str__(self) -> str:
        return f"{self.opens:%H:%M}-{self.closes:%H:%M}"


# Monday first. Perpres 21/2023 sets 37.5 hours a week for government offices; the usual
# Kemenkumham schedule: Monday–Thursday 08:00–16:00, Friday 08:00–16:30 (longer Friday prayer
# break). The SOP seeds name no office hours; offices set theirs in reference data.
DEFAULT_OFFICE_HOURS: tuple[OfficeHours | None, ...] = (
    *(OfficeHours(time(8), time(16)),) * 4, OfficeHours(time(8), time(16, 30)), None, None)
_SEARCH_LIMIT = 400  # days; a calendar with no working day in that span is a data error


@dataclass(frozen=True)
class WorkCalendar:
    """The office's working time: its weekday hours, minus holidays and cuti bersama.

    Attributes:
        zone: the office's time zone (Asia/Jakarta WIB, Asia/Makassar WITA, Asia/Jayapura WIT;
            none of them has daylight saving time).
        closed_days: national holidays and cuti bersama; weekends need not be listed.
        hours: office hours per weekday, Monday first; None on a day the office is closed.
    """

    zone: ZoneInfo
    closed_days: frozenset[date] = frozenset()
    hours: tuple[OfficeHours | None, ...] = DEFAULT_OFFICE_HOURS

    def __post_init__(self) -> None:
        if len(self.hours) != 7:
            raise ValueError("office hours name 7 weekdays, Monday first")
        if not any(self.hours):
            raise ValueError("office hours name no working weekday")

    def hours_on(self, day: date) -> OfficeHours | None:
        """The office hours of `day`; None on a weekend, a holiday or cuti bersama."""
        if day in self.closed_days:
            return None
        return self.hours[day.weekday()]

    def is_working_day(self, day: date) -> bool:
        return self.hours_on(day) is not None

    def next_working_day(self, day: date) -> date:
        """The first working day after `day`."""
        for offset in range(1, _SEARCH_LIMIT):
            candidate = day + timedelta(days=offset)
            if self.is_working_day(candidate):
                return candidate
        raise ValueError(f"no working day within {_SEARCH_LIMIT} days after {day}")

    def at(self, day: date, when: time) -> datetime:
        """`when` on `day` in the office's zone."""
        return datetime.combine(day, when, tzinfo=self.zone)

    def received(self, start: datetime) -> datetime:
        """When work on something that arrived at `start` can begin (local time): `start`
        itself inside office hours, else the next opening (before opening: that day's)."""
        local = start.astimezone(self.zone)
        hours = self.hours_on(local.date())
        if hours is not None and local.time() < hours.closes:
            return max(local, self.at(local.date(), hours.opens))
        day = self.next_working_day(local.date())
        return self.at(day, self.hours[day.weekday()].opens)  # type: ignore[union-attr]


def _require_aware(moment: datetime, name: str) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} {moment.isoformat()} has no time zone")


def due(start: datetime, standard: TimeStandard, calendar: WorkCalendar) -> datetime:
    """When a step that started at `start` is due under `standard` (aware, in UTC).

    The rules (docs/decisions/0013-working-days-and-sla.md):

    - **Minutes and hours** count office time only: the minutes inside office hours of working
      days. A step started outside office hours starts at the next opening. Thursday 15:55 +
      10 minutes is due Friday 08:05; Friday 16:25 + 10 minutes is due Monday 08:05 (the next
      working day's 08:05 when Monday is a holiday). A step that uses up a day's last minute
      is due at closing time, not at the next opening.
    - **Working days** (hari kerja) are counted the way Indonesian service standards count
      them, "terhitung sejak hari kerja berikutnya": the day of receipt is not counted; day 1 is
      the first working day after it, and the step is due at closing time of the Nth working
      day. Something received outside office hours counts as received at the next opening.
      Received Friday 10:00, 1 hari kerja: due Monday 16:00; received Friday 17:00 or Saturday:
      received Monday 08:00, due Tuesday 16:00.
    - **Calendar days** (hari) count every day: the same local clock time N days later.
      Saturday 10:00 + 1 hari is due Sunday 10:00.

    Raises:
        ValueError: `start` is naive; the calendar has no working day in reach.
    """
    _require_aware(start, "start")
    if standard.unit is TimeUnit.DAYS:
        local = start.astimezone(calendar.zone)
        return (local + timedelta(days=standard.amount)).astimezone(UTC)
    if standard.unit is TimeUnit.WORKING_DAYS:
        day = calendar.received(start).date()
        for _ in range(standard.amount):
            day = calendar.next_working_day(day)
        hours = calendar.hours_on(day)
        assert hours is not None  # a working day has hours
        return calendar.at(day, hours.closes).astimezone(UTC)
    minutes = standard.amount * (60 if standard.unit is TimeUnit.HOURS else 1)
    return _add_office_minutes(calendar.received(start), timedelta(minutes=minutes), calendar)


def due_on_duty(start: datetime, standard: TimeStandard, calendar: WorkCalendar) -> datetime:
    """`due` for a duty service (seed 000's Lada Tunggu team on weekends and holidays): minutes
    and hours count the wall clock, since the team on duty answers whenever a report comes;
    days count as `due` counts them."""
    _require_aware(start, "start")
    if standard.unit is TimeUnit.MINUTES:
        return (start + timedelta(minutes=standard.amount)).astimezone(UTC)
    if standard.unit is TimeUnit.HOURS:
        return (start + timedelta(hours=standard.amount)).astimezone(UTC)
    return due(start, standard, calendar)


def _add_office_minutes(begin: datetime, left: timedelta, calendar: WorkCalendar) -> datetime:
    cursor = begin  # inside office hours (`received`), or at the next opening below
    while True:
        hours = calendar.hours_on(cursor.date())
        assert hours is not None
        closing = calendar.at(cursor.date(), hours.closes)
        if cursor + left <= closing:
            return (cursor + left).astimezone(UTC)
        left -= closing - cursor
        day = calendar.next_working_day(cursor.date())
        cursor = calendar.at(day, calendar.hours[day.weekday()].opens)  # type: ignore[union-attr]


def remaining(now: datetime, due_at: datetime) -> timedelta:
    """Time left until `due_at` (wall-clock time); negative once it has passed."""
    _require_aware(now, "now")
    _require_aware(due_at, "due")
    return due_at - now


def is_overdue(now: datetime, due_at: datetime) -> bool:
    """A step is overdue once its due time has passed (at the due minute itself it is not)."""
    return remaining(now, due_at) < timedelta(0)
