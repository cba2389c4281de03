"""Money is integer Rupiah; shown as `Rp1.500.000` (dot thousands, no decimals)."""

from __future__ import annotations


def format_rupiah(amount: int) -> str:
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp{abs(amount):,}".replace(",", ".")
