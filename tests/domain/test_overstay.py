"""Overstay days, biaya beban and the pay-and-go / deportation boundary (SOP A7)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.overstay import (
    OverstayAssessment,
    OverstayOutcome,
    OverstayRules,
    assess,
    local_day,
    overstay_days,
)

RULES = OverstayRules(daily_charge_rupiah=1_000_000, deportation_threshold_days=60)
LAST_VALID = date(2026, 3, 10)
WIB = timezone(timedelta(hours=7), "WIB")


def _leaving_after(days: int) -> date:
    return LAST_VALID + timedelta(days=days)


def test_leaving_on_the_last_valid_day_is_no_overstay():
    assert overstay_days(LAST_VALID, LAST_VALID) == 0
    assert assess(LAST_VALID, LAST_VALID, RULES) == OverstayAssessment(0, 0, OverstayOutcome.NONE)


def test_leaving_before_the_permit_ends_is_no_overstay():
    assert overstay_days(LAST_VALID, LAST_VALID - timedelta(days=5)) == 0


def test_the_day_after_the_last_valid_day_is_overstay_day_one():
    result = assess(LAST_VALID, _leaving_after(1), RULES)
    assert result == OverstayAssessment(1, 1_000_000, OverstayOutcome.PAY_AND_GO)


def test_fifty_nine_days_is_paid_at_the_counter():
    result = assess(LAST_VALID, _leaving_after(59), RULES)
    assert result == OverstayAssessment(59, 59_000_000, OverstayOutcome.PAY_AND_GO)
    assert result.billable_rupiah == 59_000_000


def test_exactly_sixty_days_is_still_paid_at_the_counter_by_default():
    # SOP A7 "tidak lebih dari 60 hari"; UU 6/2011 art. 78(3) deports "lebih dari 60 hari".
    result = assess(LAST_VALID, _leaving_after(60), RULES)
    assert result == OverstayAssessment(60, 60_000_000, OverstayOutcome.PAY_AND_GO)


def test_sixty_one_days_goes_to_deportation_and_bills_nothing_at_the_counter():
    result = assess(LAST_VALID, _leaving_after(61), RULES)
    assert result == OverstayAssessment(61, 61_000_000, OverstayOutcome.DEPORTATION)
    assert result.billable_rupiah == 0


def test_reference_data_can_make_the_threshold_day_itself_deportation():
    rules = OverstayRules(1_000_000, 60, deport_on_threshold_day=True)
    assert assess(LAST_VALID, _leaving_after(59), rules).outcome is OverstayOutcome.PAY_AND_GO
    assert assess(LAST_VALID, _leaving_after(60), rules).outcome is OverstayOutcome.DEPORTATION


def test_threshold_and_charge_come_from_the_rules_not_from_the_code():
    rules = OverstayRules(daily_charge_rupiah=300_000, deportation_threshold_days=30)
    assert assess(LAST_VALID, _leaving_after(30), rules) == OverstayAssessment(
        30, 9_000_000, OverstayOutcome.PAY_AND_GO)
    assert assess(LAST_VALID, _leaving_after(31), rules).outcome is OverstayOutcome.DEPORTATION


def test_february_29_counts_as_an_overstay_day_in_a_leap_year():
    assert overstay_days(date(2024, 2, 28), date(2024, 3, 1)) == 2
    assert overstay_days(date(2026, 2, 28), date(2026, 3, 1)) == 1


def test_permit_ending_on_february_29_counts_from_march_first():
    assert overstay_days(date(2028, 2, 29), date(2028, 3, 1)) == 1


def test_overstay_across_the_new_year_and_a_leap_day():
    # 2023-12-31 .. 2024-03-01: 31 (Jan) + 29 (Feb) + 1 = 61 days.
    result = assess(date(2023, 12, 31), date(2024, 3, 1), RULES)
    assert result.days == 61
    assert result.outcome is OverstayOutcome.DEPORTATION


def test_datetimes_are_refused_so_the_caller_picks_the_office_day():
    with pytest.raises(TypeError):
        overstay_days(LAST_VALID, datetime(2026, 3, 12, 1, 0, tzinfo=UTC))


def test_departure_day_is_the_office_day_not_the_utc_day():
    late_evening_utc = datetime(2026, 3, 10, 18, 30, tzinfo=UTC)  # 01:30 WIB on 11 March
    assert local_day(late_evening_utc, WIB) == date(2026, 3, 11)
    assert overstay_days(LAST_VALID, local_day(late_evening_utc, WIB)) == 1


def test_local_day_refuses_a_naive_datetime():
    with pytest.raises(ValueError, match="aware"):
        local_day(datetime(2026, 3, 10, 18, 30), WIB)


@pytest.mark.parametrize(("charge", "threshold"), [(-1, 60), (1_000_000, 0)])
def test_rules_refuse_impossible_values(charge, threshold):
    with pytest.raises(ValueError):
        OverstayRules(charge, threshold)


def test_rules_refuse_money_that_is_not_int():
    with pytest.raises(TypeError):
        OverstayRules(1_000_000.0, 60)  # type: ignore[arg-type]


_rules = st.builds(OverstayRules, st.integers(0, 10_000_000), st.integers(1, 400), st.booleans())
_days = st.integers(-400, 2_000)


@given(rules=_rules, days=_days)
def test_charge_is_always_days_times_the_daily_rate(rules, days):
    result = assess(LAST_VALID, LAST_VALID + timedelta(days=days), rules)
    assert result.days == max(0, days)
    assert result.charge_rupiah == result.days * rules.daily_charge_rupiah


_ORDER = [OverstayOutcome.NONE, OverstayOutcome.PAY_AND_GO, OverstayOutcome.DEPORTATION]


@given(rules=_rules, shorter=_days, longer=_days)
def test_outcome_never_gets_milder_as_the_overstay_grows(rules, shorter, longer):
    shorter, longer = sorted((shorter, longer))
    first = assess(LAST_VALID, LAST_VALID + timedelta(days=shorter), rules).outcome
    second = assess(LAST_VALID, LAST_VALID + timedelta(days=longer), rules).outcome
    assert _ORDER.index(first) <= _ORDER.index(second)


@given(rules=_rules, days=st.integers(1, 2_000))
def test_pay_and_go_ends_exactly_at_the_rules_boundary(rules, days):
    outcome = assess(LAST_VALID, LAST_VALID + timedelta(days=days), rules).outcome
    last_payable = rules.deportation_threshold_days - (1 if rules.deport_on_threshold_day else 0)
    expected = OverstayOutcome.PAY_AND_GO if days <= last_payable else OverstayOutcome.DEPORTATION
    assert outcome is expected
