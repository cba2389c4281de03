"""Render time of official documents: the STP (two copies), the Laporan Kejadian, the berita
acara (BAST, BAP, Berita Acara Pendapat), the draft Keputusan Kepala Kantor and the daily overstay
recap.

Budget (DESIGN.md): one STP or berita acara PDF in at most 100 ms. Each run renders with its own
number, so the QR code is encoded every time, as in real use. Prints one JSON object:
stp_p50_ms, stp_p99_ms, lk_p50_ms, lk_p99_ms, bast_p50_ms, then p50 and p99 of bap, ba_pendapat,
sk (surat_keputusan) and rekap (rekap_overstay), runs, budget_ms.
"""

from __future__ import annotations

import json
import statistics
import time

from app.demo import DEMO_OFFICES
from printing import registry, samples

WARM_UP = 5
RUNS = 200
BUDGET_MS = 100


def _times_ms(code: str) -> list[float]:
    office = DEMO_OFFICES[0]
    data = samples.sample_data(code)
    for i in range(WARM_UP):
        registry.render(code, data, office, number=f"WARM-{i}", issued_at=samples.ISSUED_AT,
                        verify_url=samples.VERIFY_URL)
    times = []
    for i in range(RUNS):
        number = f"W30.IMI.1-GR.01.01-{i:04d}/2026"
        start = time.perf_counter()
        registry.render(code, data, office, number=number, issued_at=samples.ISSUED_AT,
                        verify_url=f"{samples.VERIFY_URL}{i}")
        times.append((time.perf_counter() - start) * 1000)
    return times


def _percentile(values: list[float], q: int) -> float:
    return round(statistics.quantiles(values, n=100, method="inclusive")[q - 1], 2)


# Further templates measured, by the short name of their figures.
MORE = {"bap": "bap", "ba_pendapat": "ba_pendapat", "sk": "surat_keputusan",
        "rekap": "rekap_overstay"}


def main() -> None:
    stp, lk, bast = _times_ms("stp"), _times_ms("laporan_kejadian"), _times_ms("bast")
    figures = {
        "stp_p50_ms": _percentile(stp, 50),
        "stp_p99_ms": _percentile(stp, 99),
        "lk_p50_ms": _percentile(lk, 50),
        "lk_p99_ms": _percentile(lk, 99),
        "bast_p50_ms": _percentile(bast, 50),
    }
    for name, code in MORE.items():
        times = _times_ms(code)
        figures[f"{name}_p50_ms"] = _percentile(times, 50)
        figures[f"{name}_p99_ms"] = _percentile(times, 99)
    print(json.dumps({**figures, "runs": RUNS, "budget_ms": BUDGET_MS}))


if __name__ == "__main__":
    main()
