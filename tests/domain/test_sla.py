"""Due times of SOP steps: office minutes, working days (hari kerja), calendar days, in the
office's zone, over weekends, public holidays and cuti bersama."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.domain.sla import (
    DEFAULT_OFFICE_HOURS,
    OfficeHours,
    TimeStandard,
    WorkCalendar,
    due,
    is_overdue,
    remaining,
)

WIB, WITA, WIT = ZoneInfo("Asia/Jakarta"), ZoneInfo("Asia/Makassar"), ZoneInfo("Asia/Jayapura")
NATAL = date(2026, 12, 25)  # Friday
CUTI_NATAL = date(2026, 12, 24)  # Thursday, cuti bersama
TAHUN_BARU = date(2027, 1, 1)  # Friday
CLOSED = frozenset({CUTI_NATAL, NATAL, TAHUN_BARU})
CALENDAR = WorkCalendar(WIB, CLOSED)


def local(text: str, zone: ZoneInfo = WIB) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=zone)


CASES = [
    # (why, start (WIB), standard, due (WIB))
    ("office minutes within the day", "2026-12-07 09:00", "10 menit", "2026-12-07 09:10"),
    ("minutes carried to the next working day", "2026-12-03 15:55", "10 menit",
     "2026-12-04 08:05"),
    ("Friday closes at 16:30, then the weekend", "2026-12-04 16:25", "10 menit",
     "2026-12-07 08:05"),
    ("the last minute of a day is due at closing", "2026-12-07 15:50", "10 menit",
     "2026-12-07 16:00"),
    ("over cuti bersama, Natal and the weekend", "2026-12-23 15:55", "10 menit",
     "2026-12-28 08:05"),
    ("started on Saturday", "2026-12-05 10:00", "10 menit", "2026-12-07 08:10"),
    ("started before opening", "2026-12-07 06:30", "10 menit", "2026-12-07 08:10"),
    ("started after closing on Friday", "2026-12-04 17:00", "10 menit", "2026-12-07 08:10"),
    ("started on a public holiday", "2026-12-25 09:00", "30 menit", "2026-12-28 08:30"),
    ("hours spill into the next day", "2026-12-07 14:00", "3 jam", "2026-12-08 09:00"),
    ("one full office day of hours", "2026-12-07 08:00", "8 jam", "2026-12-07 16:00"),
    ("hours over New Year", "2026-12-31 15:00", "2 jam", "2027-01-04 09:00"),
    ("1 hari kerja from a Friday", "2026-12-04 10:00", "1 hari kerja", "2026-12-07 16:00"),
    ("received after Friday's closing", "2026-12-04 17:00", "1 hari kerja",
     "2026-12-08 16:00"),
    ("received on Saturday", "2026-12-05 11:00", "1 hari kerja", "2026-12-08 16:00"),
    ("received before opening", "2026-12-07 07:00", "1 hari kerja", "2026-12-08 16:00"),
    ("due on a Friday closes at 16:30", "2026-12-02 10:00", "2 hari kerja",
     "2026-12-04 16:30"),
    ("skipping cuti bersama, Natal and the weekend", "2026-12-23 10:00", "1 hari kerja",
     "2026-12-28 16:00"),
    ("3 hari kerja after the Natal break", "2026-12-23 10:00", "3 hari kerja",
     "2026-12-30 16:00"),
    ("over New Year's Day", "2026-12-29 10:00", "3 hari kerja", "2027-01-04 16:00"),
    ("received on Natal", "2026-12-25 09:00", "1 hari kerja", "2026-12-29 16:00"),
    ("calendar days count the weekend", "2026-12-05 10:00", "1 hari", "2026-12-06 10:00"),
    ("calendar days count holidays", "2026-12-23 10:00", "3 hari", "2026-12-26 10:00"),
]


@pytest.mark.parametrize(("why", "start", "standard", "expected"), CASES,
                         ids=[case[0] for case in CASES])
def test_due_time(why, start, standard, expected):
    got = due(local(start), TimeStandard.parse(standard), CALENDAR)
    assert got.tzinfo is UTC
    assert got == local(expected).astimezone(UTC), why


@pytest.mark.parametrize(("zone", "expected_utc"), [
    (WIB, "2026-12-04 01:05"), (WITA, "2026-12-04 00:05"), (WIT, "2026-12-03 23:05")])
def test_the_same_local_start_is_due_at_the_same_local_time_in_each_zone(zone, expected_utc):
    calendar = WorkCalendar(zone, CLOSED)
    got = due(local("2026-12-03 15:55", zone), TimeStandard.parse("10 menit"), calendar)
    assert got == datetime.fromisoformat(expected_utc).replace(tzinfo=UTC)
    assert got.astimezone(zone).time() == time(8, 5)


def test_one_utc_moment_is_in_hours_in_wib_and_after_closing_in_wita():
    start = datetime(2026, 12, 3, 8, 55, tzinfo=UTC)  # 15:55 WIB, 16:55 WITA, 17:55 WIT
    ten = TimeStandard.parse("10 menit")
    assert due(start, ten, WorkCalendar(WIB)).astimezone(WIB) == local("2026-12-04 08:05")
    assert due(start, ten, WorkCalendar(WITA)).astimezone(WITA) == \
        local("2026-12-04 08:10", WITA)
    assert due(start, ten, WorkCalendar(WIT)).astimezone(WIT) == local("2026-12-04 08:10", WIT)


def test_a_start_in_another_zone_is_read_in_the_office_zone():
    start = local("2026-12-07 10:00", ZoneInfo("Europe/Amsterdam"))  # 16:00 WIB: closed
    assert due(start, TimeStandard.parse("10 menit"), CALENDAR) == \
        local("2026-12-08 08:10").astimezone(UTC)


def test_a_naive_start_is_refused():
    with pytest.raises(ValueError, match="no time zone"):
        due(datetime(2026, 12, 7, 9), TimeStandard.parse("10 menit"), CALENDAR)


def test_office_hours_of_the_calendar_are_used():
    saturday_too = WorkCalendar(WIB, hours=(*DEFAULT_OFFICE_HOURS[:5],
                                            OfficeHours(time(8), time(12)), None))
    assert due(local("2026-12-04 16:25"), TimeStandard.parse("10 menit"), saturday_too) == \
        local("2026-12-05 08:05").astimezone(UTC)


def test_calendar_lookups():
    assert not CALENDAR.is_working_day(NATAL)
    assert not CALENDAR.is_working_day(date(2026, 12, 26))  # Saturday
    assert CALENDAR.hours_on(date(2026, 12, 4)) == OfficeHours(time(8), time(16, 30))
    assert CALENDAR.next_working_day(date(2026, 12, 23)) == date(2026, 12, 28)


def test_a_calendar_without_working_days_is_refused():
    with pytest.raises(ValueError, match="no working weekday"):
        WorkCalendar(WIB, hours=(None,) * 7)
    everything_closed = WorkCalendar(WIB, frozenset(date(2027, 1, 1) + timedelta(days=n)
                                                    for n in range(500)))
    with pytest.raises(ValueError, match="no working day within"):
        due(local("2027-01-01 09:00"), TimeStandard.parse("1 hari kerja"), everything_closed)


@pytest.mark.parametrize(("text", "hours"), [
    ("08:00-16:00", OfficeHours(time(8), time(16))),
    ("08.00 – 16.30", OfficeHours(time(8), time(16, 30))),
])
def test_office_hours_parse(text, hours):
    assert OfficeHours.parse(text) == hours
    assert OfficeHours.parse(str(hours)) == hours


@pytest.mark.parametrize("text", ["08:00", "16:00-08:00", "8-16x"])
def test_office_hours_that_do_not_read_are_refused(text):
    with pytest.raises(ValueError):
        OfficeHours.parse(text)


def test_remaining_and_overdue():
    due_at = local("2026-12-07 16:00")
    assert remaining(local("2026-12-07 15:00"), due_at) == timedelta(hours=1)
    assert not is_overdue(due_at, due_at)
    assert is_overdue(due_at + timedelta(minutes=1), due_at)
    assert remaining(local("2026-12-08 08:00"), due_at) == -timedelta(hours=16)
