"""Render time of every official document template, sealed as in real use.

Budget (DESIGN.md, issue 5): one document in at most 100 ms. Each run renders the template's
sample data (printing/samples.py) with its own number and a signed seal (Ed25519, as `issue`
does), so the QR code is encoded every time. Prints one JSON object: `<code>_p50_ms` and
`<code>_p95_ms` per template, `p95_ms` over all renders, `slowest`, `templates`, `runs`,
`budget_ms`.

    python -m benchmarks.documents [--runs N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

from app.demo import DEMO_OFFICES
from printing import registry, samples
from printing.seal import OfficeKey

WARM_UP = 3
BUDGET_MS = 100


def _percentile(values: list[float], q: int) -> float:
    return round(statistics.quantiles(values, n=100, method="inclusive")[q - 1], 2)


def _times_ms(code: str, runs: int, key: OfficeKey) -> list[float]:
    office = DEMO_OFFICES[0]
    data = samples.sample_data(code)
    for i in range(WARM_UP):
        registry.render(code, data, office, number=f"WARM-{i}", issued_at=samples.ISSUED_AT,
                        key=key)
    times = []
    for i in range(runs):
        number = f"W30.IMI.1-GR.01.01-{i:04d}/2026"
        start = time.perf_counter()
        registry.render(code, data, office, number=number, issued_at=samples.ISSUED_AT,
                        verify_url=samples.VERIFY_URL, key=key)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=100)
    args = parser.parse_args(argv)
    key = OfficeKey.generate("SOETTA")
    figures: dict[str, object] = {}
    every: list[float] = []
    slowest = ("", 0.0)
    codes = [t.code for t in registry.templates()]
    for code in codes:
        times = _times_ms(code, args.runs, key)
        every += times
        p95 = _percentile(times, 95)
        figures[f"{code}_p50_ms"] = _percentile(times, 50)
        figures[f"{code}_p95_ms"] = p95
        if p95 > slowest[1]:
            slowest = (code, p95)
    print(json.dumps({"p95_ms": _percentile(every, 95), "slowest": slowest[0],
                      "templates": len(codes), "runs": args.runs, **figures,
                      "budget_ms": BUDGET_MS}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
