"""Overstay (melampaui izin tinggal): days past the permit, biaya beban, pay-and-go or deportation.

The charge per day and the threshold are reference data (`OverstayRules`), never literals here.
Counting follows SOP A7 step 4 (seed 002): the permit's last valid day is still legal, the day
after it is overstay day 1, so leaving on the last valid day is 0 days.

The boundary at exactly the threshold is a choice (docs/decisions/0005-overstay-boundary.md).
The SOP is titled "melampaui waktu tidak lebih dari 60 hari" (not more than 60 days: settled at
the counter) and UU 6/2011 art. 78(3) deports those who stay "lebih dari 60 hari" (more than 60),
while the reference notes say "60 days or more: deportation". Gapura follows the SOP and the law's
deportation clause: with the default rules, day 60 is still pay-and-go and day 61 is deportation.
`OverstayRules.deport_on_threshold_day` flips that reading from reference data, without code.

`assess` knows nothing of the traveller's means: a PAY_AND_GO traveller who cannot pay is
deported too (UU 6/2011 art. 78(2)); that is the supervisor's decision in the service layer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from enum import StrEnum


class OverstayOutcome(StrEnum):
    NONE = "none"  # left within the permit
    PAY_AND_GO = "pay_and_go"  # SOP A7: pay biaya beban (SIMPONI billing), then exit stamp
    DEPORTATION = "deportation"  # not settled at the counter: handed to Inteldakim


@dataclass(frozen=True)
class OverstayRules:
    """Overstay values from reference data.

    Args:
        daily_charge_rupiah: biaya beban per person per day (PP 28/2019: Rp1.000.000).
        deportation_threshold_days: the number of days the law names (UU 6/2011 art. 78: 60).
        deport_on_threshold_day: False (default) when an overstay of exactly the threshold may
            still be paid ("tidak lebih dari 60 hari"); True when it is already deportation
            ("60 hari atau lebih").
    """

    daily_charge_rupiah: int
    deportation_threshold_days: int
    deport_on_threshold_day: bool = False

    def __post_init__(self) -> None:
        for name in ("daily_charge_rupiah", "deportation_threshold_days"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"OverstayRules.{name} must be an int, got {value!r}")
        if self.daily_charge_rupiah < 0:
            raise ValueError(f"daily charge must not be negative: {self.daily_charge_rupiah}")
        if self.deportation_threshold_days < 1:
            raise ValueError(f"threshold must be at least 1 day: {self.deportation_threshold_days}")

    def outcome(self, days: int) -> OverstayOutcome:
        """What an overstay of `days` days leads to under these rules."""
        if days <= 0:
            return OverstayOutcome.NONE
        threshold = self.deportation_threshold_days
        beyond = days >= threshold if self.deport_on_threshold_day else days > threshold
        return OverstayOutcome.DEPORTATION if beyond else OverstayOutcome.PAY_AND_GO


@dataclass(frozen=True)
class OverstayAssessment:
    """The overstay of one traveller on one departure day.

    `charge_rupiah` is always days x the daily charge; for DEPORTATION it is shown for the
    record only, since no billing is made at the counter (`billable_rupiah` is then 0).
    """

    days: int
    charge_rupiah: int
    outcome: OverstayOutcome

    @property
    def billable_rupiah(self) -> int:
        """What the SIMPONI billing at the counter is for (SOP A7 step 9)."""
        return self.charge_rupiah if self.outcome is OverstayOutcome.PAY_AND_GO else 0


def overstay_days(permit_last_valid_day: date, departure_day: date) -> int:
    """Days past the permit's last valid day; 0 when leaving on or before it.

    Both are calendar days in the office's zone (see `local_day`), not datetimes.
    """
    _require_day(permit_last_valid_day, "permit_last_valid_day")
    _require_day(departure_day, "departure_day")
    # SOP A7 step 4: the day after the last valid day is overstay day 1.
    return max(0, (departure_day - permit_last_valid_day).days)


def assess(permit_last_valid_day: date, departure_day: date,
           rules: OverstayRules) -> OverstayAssessment:
    """Overstay days, charge and outcome for a traveller leaving on `departure_day`."""
    days = overstay_days(permit_last_valid_day, departure_day)
    return OverstayAssessment(days, days * rules.daily_charge_rupiah, rules.outcome(days))


def local_day(moment: datetime, zone: tzinfo) -> date:
    """The calendar day of an aware `moment` in the office's zone (WIB, WITA or WIT).

    A departure at 18:30 UTC is already the next day in WIB (UTC+7): overstay counts the
    office's day, not UTC's.
    """
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"moment must be timezone-aware, got naive {moment!r}")
    return moment.astimezone(zone).date()


def _require_day(value: date, name: str) -> None:
    # A datetime is a date too, but would compare by time of day: make the caller pick the day.
    if isinstance(value, datetime) or not isinstance(value, date):
        raise TypeError(f"{name} must be a date (the office-local day), got {value!r}")

