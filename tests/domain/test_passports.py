"""Passport rules: NIK against birth date and sex, fees, the billing's 30 days, seed 004's
compensation over weekends, holidays and exclusions, and duplicate identities."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from app.domain.passports import (
    Holder,
    PassportType,
    Service,
    billing_expired,
    billing_expires,
    compensation,
    fee_keys,
    nik_problems,
    normalise_name,
    possible_duplicates,
)
from app.domain.sla import WorkCalendar

WIB = ZoneInfo("Asia/Jakarta")
BORN = date(1990, 8, 17)


@pytest.mark.parametrize(("nik", "female", "rules"), [
    ("3174011708900001", False, []),  # a man born 17-08-1990
    ("3174015708900002", True, []),  # a woman: day + 40
    ("3174015708900002", False, ["nik.sex"]),
    ("3174011808900001", False, ["nik.birth_date"]),
    ("3174011708910001", False, ["nik.birth_date"]),
    ("317401170890001", False, ["nik.format"]),
    ("31740117089000A1", False, ["nik.format"]),
    ("0074011708900001", False, ["nik.region"]),
    ("3174011708900000", False, ["nik.sequence"]),
])
def test_a_nik_carries_the_birth_date_and_sex(nik, female, rules):
    problems = nik_problems(nik, BORN, female)
    assert [p.rule for p in problems] == rules
    for problem in problems:
        assert nik[:6] in problem.text() or "NIK" in problem.text()


def test_a_wrong_birth_date_is_explained_in_indonesian():
    [problem] = nik_problems("3174011808900001", BORN, False)
    assert problem.text() == ("NIK 3174011808900001 memuat tanggal lahir 180890, bukan "
                              "17-08-1990 seperti pada dokumen.")


def test_fees_add_the_percepatan_surcharge():
    assert fee_keys(PassportType.ELEKTRONIK_10, Service.REGULAR) == ("fee.paspor.elektronik_10",)
    assert fee_keys(PassportType.BIASA_5, Service.PERCEPATAN) == (
        "fee.paspor.biasa_5", "fee.paspor.percepatan")


def test_an_unpaid_billing_expires_on_day_30():
    issued = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
    assert billing_expires(issued) == datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    assert not billing_expired(issued, datetime(2026, 12, 1, 8, 59, tzinfo=UTC))  # day 29
    assert billing_expired(issued, datetime(2026, 12, 1, 9, 0, tzinfo=UTC))  # day 30


CHRISTMAS = date(2026, 12, 25)  # Friday
CALENDAR = WorkCalendar(WIB, frozenset({CHRISTMAS}))


def test_allocation_within_two_working_days_is_on_time():
    # Paid Thursday 26 Nov; Fri 27 and Mon 30 are the two working days (the weekend skipped).
    on_time = compensation(date(2026, 11, 26), date(2026, 11, 30), CALENDAR)
    assert (on_time.due, on_time.working_days, on_time.deadline) == (False, 2, date(2026, 11, 30))


def test_allocation_on_the_third_working_day_earns_home_delivery():
    late = compensation(date(2026, 11, 26), date(2026, 12, 1), CALENDAR)
    assert (late.due, late.working_days) == (True, 3)


def test_a_public_holiday_is_not_a_working_day():
    # Paid Thursday 24 Dec; Christmas (Fri) and the weekend don't count: Mon 28, Tue 29.
    result = compensation(date(2026, 12, 24), date(2026, 12, 29), CALENDAR)
    assert (result.due, result.working_days, result.deadline) == (False, 2, date(2026, 12, 29))
    assert compensation(date(2026, 12, 24), date(2026, 12, 30), CALENDAR).due


def test_outage_and_field_check_days_recorded_on_the_case_are_excluded():
    outage = date(2026, 11, 27)  # the SIMKIM was down on Friday
    result = compensation(date(2026, 11, 26), date(2026, 12, 1), CALENDAR, excluded=[outage])
    assert (result.due, result.working_days, result.excluded) == (False, 2, (outage,))
    assert result.deadline == date(2026, 12, 1)  # the deadline moves a working day
    saturday = date(2026, 11, 28)  # an excluded day that is no working day changes nothing
    assert compensation(date(2026, 11, 26), date(2026, 12, 1), CALENDAR,
                        excluded=[saturday]).due


HOLDERS = [
    Holder("3174015708900002", "SITI NURHALIZA", BORN, "C1234567"),
    Holder("3273011708900001", "Budi Santoso", BORN, "C7654321"),
    Holder("3174011708910001", "SITI NURHALIZA", date(1991, 8, 17), "C1111111"),
]


def test_a_similar_name_and_birth_date_under_another_nik_is_a_possible_duplicate():
    [hit] = possible_duplicates("3174015708900099", "Nurhaliza, Siti", BORN, HOLDERS)
    assert hit.holder.passport_number == "C1234567" and hit.similarity >= 0.85
    [typo] = possible_duplicates("3174015708900099", "SITI NURHALISA", BORN, HOLDERS)
    assert typo.holder.passport_number == "C1234567"
    assert possible_duplicates("3174015708900002", "SITI NURHALIZA", BORN, HOLDERS) == []
    assert possible_duplicates("3174015708900099", "AGUS WIJAYA", BORN, HOLDERS) == []


def test_names_are_compared_without_accents_and_punctuation():
    assert normalise_name("  José-María  d'Almeida ") == "JOSE MARIA D ALMEIDA"


def test_every_fee_key_and_limit_has_a_reference_default():
    from app.reference_defaults import DEFAULTS

    keys = {d.key for d in DEFAULTS}
    for kind in PassportType:
        for service in Service:
            assert set(fee_keys(kind, service)) <= keys
    assert {"paspor.billing_valid_days", "paspor.compensation_working_days"} <= keys
