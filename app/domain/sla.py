"""Time standards of SOP steps (waktu penyelesaian) and the due times they give.

An SOP names each step's time standard in its own words ("10 menit", "1 hari kerja", "3 hari",
"60 menit"); `TimeStandard.parse` reads them into an amount and a unit. Minutes and hours count
office hours on working days; working days count whole working days; calendar days count every
day (issue 7: "working days and office hours where the SOP counts days").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


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
