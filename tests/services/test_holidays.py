"""Holidays and cuti bersama as reference data: seeded from the `holidays` package, edited by
the admin (audited, queued for the server), and the work calendar that SLA due times use."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from app.auth.permissions import Role
from app.domain.sla import OfficeHours, TimeStandard, due
from app.errors import NotFoundError, PermissionDenied, ValidationError
from app.services.base import system_actor
from app.store.models import AuditEvent, OutboxRecord
from app.store.sync_models import Holiday
from tests.counter_support import TODAY

NATAL = date(2026, 12, 25)


def _local(services, text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=services.context.config.timezone)


def test_last_this_and_next_year_are_seeded_with_national_holidays_and_cuti_bersama(services,
                                                                                   admin):
    assert TODAY.year == 2026  # the fake clock's year
    years = {y: services.holidays.list(admin, y) for y in (2025, 2026, 2027, 2028)}
    assert all(years[y] for y in (2025, 2026, 2027)) and years[2028] == []
    natal = {h.day: (h.name, h.kind) for h in years[2026]}
    assert natal[NATAL] == ("Hari Raya Natal", "nasional")
    assert natal[date(2026, 12, 24)] == ("Cuti Bersama Hari Raya Natal", "cuti_bersama")
    assert natal[date(2026, 8, 17)][1] == "nasional"


def test_seeding_again_adds_nothing_and_keeps_what_the_admin_removed(services, admin):
    services.holidays.remove(admin, date(2026, 12, 24))
    assert services.holidays.ensure_defaults(system_actor(services.context.config)) == 0
    with services.context.store.read() as session:
        assert session.get(Holiday, date(2026, 12, 24)) is None


def test_a_year_gets_seeded_when_the_clock_reaches_it(services, admin, clock):
    clock.now = datetime(2027, 6, 1, 3, 0, tzinfo=UTC)
    assert services.holidays.ensure_defaults(system_actor(services.context.config)) > 0
    assert services.holidays.list(admin, 2028)


def test_sla_due_time_over_a_weekend_and_a_public_holiday(services):
    """Issue 7's test: a step of 1 hari kerja received on Wednesday 23 December 2026 skips
    cuti bersama (Thursday), Natal (Friday) and the weekend."""
    calendar = services.holidays.calendar(2026, 2027)
    assert due(_local(services, "2026-12-23 10:00"), TimeStandard.parse("1 hari kerja"),
               calendar) == _local(services, "2026-12-28 16:00").astimezone(UTC)
    assert due(_local(services, "2026-12-23 15:55"), TimeStandard.parse("10 menit"),
               calendar) == _local(services, "2026-12-28 08:05").astimezone(UTC)


def test_cuti_bersama_added_by_the_admin_moves_due_times_at_once(services, admin):
    start, step = _local(services, "2026-12-30 10:00"), TimeStandard.parse("1 hari kerja")
    assert due(start, step, services.holidays.calendar(2026, 2027)) == \
        _local(services, "2026-12-31 16:00").astimezone(UTC)
    services.holidays.add(admin, date(2026, 12, 31), "Cuti Bersama Tahun Baru",
                          kind="cuti_bersama")
    assert due(start, step, services.holidays.calendar(2026, 2027)) == \
        _local(services, "2027-01-04 16:00").astimezone(UTC)
    services.holidays.remove(admin, date(2026, 12, 31))
    assert services.holidays.calendar(2026, 2027).is_working_day(date(2026, 12, 31))


def test_the_calendar_is_cached_until_reference_data_changes(services, admin):
    first = services.holidays.calendar(2026, 2026)
    assert services.holidays.calendar(2026, 2026) is first
    services.reference.set_value(admin, "office_hours.friday", "07:30-16:30", TODAY,
                                 "Keputusan Kepala Kantor 2026")
    changed = services.holidays.calendar(2026, 2026)
    assert changed is not first
    assert changed.hours_on(date(2026, 12, 4)) == OfficeHours.parse("07:30-16:30")
    services.reference.invalidate()  # what a sync pull of holidays does
    assert services.holidays.calendar(2026, 2026) is not changed


def test_office_hours_come_from_reference_data(services, admin):
    services.reference.set_value(admin, "office_hours.saturday", "08:00-12:00", TODAY,
                                 "SOP Soetta Apaan Tu: layanan hari Sabtu")
    calendar = services.holidays.calendar(2026, 2026)
    assert calendar.is_working_day(date(2026, 12, 5))
    assert not calendar.is_working_day(date(2026, 12, 6))


@pytest.mark.parametrize("value", ["8 pagi", "16:00-08:00", "libur"])
def test_malformed_office_hours_are_refused(services, admin, value):
    with pytest.raises(ValidationError) as refused:
        services.reference.set_value(admin, "office_hours.monday", value, TODAY, "Keputusan")
    assert "office_hours.monday" in refused.value.user_message


def test_adding_a_holiday_is_audited_and_queued_for_the_server(services, admin):
    info = services.holidays.add(admin, NATAL, "  Natal  ")
    assert (info.name, info.kind) == ("Natal", "nasional")
    with services.context.store.read() as session:
        event = session.scalars(select(AuditEvent).where(
            AuditEvent.action == "holiday.set")).one()
        record = session.scalars(select(OutboxRecord).where(
            OutboxRecord.entity_type == "holiday")).one()
    assert json.loads(event.summary)["before"] == {"name": "Hari Raya Natal", "kind": "nasional"}
    assert (record.entity_id, record.operation, json.loads(record.payload)) == \
        ("2026-12-25", "upsert", {"date": "2026-12-25", "name": "Natal", "kind": "nasional"})


def test_removing_a_holiday_is_audited_and_queued(services, admin):
    removed = services.holidays.remove(admin, NATAL)
    assert removed.name == "Hari Raya Natal"
    with services.context.store.read() as session:
        assert session.scalars(select(AuditEvent).where(
            AuditEvent.action == "holiday.removed")).one().entity_id == "2026-12-25"
        assert session.scalars(select(OutboxRecord.operation).where(
            OutboxRecord.entity_type == "holiday")).one() == "delete"
    with pytest.raises(NotFoundError) as missing:
        services.holidays.remove(admin, NATAL)
    assert "2026-12-25" in missing.value.user_message


@pytest.mark.parametrize(("name", "kind"), [(" ", "nasional"), ("Libur", "daerah")])
def test_a_holiday_needs_a_name_and_a_known_kind(services, admin, name, kind):
    with pytest.raises(ValidationError):
        services.holidays.add(admin, date(2026, 12, 31), name, kind=kind)


def test_only_the_admin_edits_holidays_but_everyone_reads_them(services, make_actor):
    officer = make_actor(Role.COUNTER_OFFICER, username="konter1")
    with pytest.raises(PermissionDenied):
        services.holidays.add(officer, date(2026, 12, 31), "Libur")
    with pytest.raises(PermissionDenied):
        services.holidays.remove(officer, NATAL)
    assert any(h.day == NATAL for h in services.holidays.list(officer, 2026))
