"""ePassport chip read: DG1 + DG2 (a ~20 KB JPEG face) + EF.SOD with passive authentication.

The software chip (devices/chip/testchip.py) answers behind a `LinkSimulator` at 424 kbit/s
(ISO/IEC 14443's usual passport rate) with 2 ms turnaround per exchange, which really sleeps:
each run takes the time a reader on the counter would. Timed per run with time.perf_counter
from the first APDU to the decoded face and the PA result; median of RUNS runs, for a chip
offering PACE (ECDH-GM, NIST P-256, AES-128: `pace_read_s`, also `read_s`), a BAC-only chip
(`bac_read_s`), and a PACE chip that refuses extended-length APDUs so the files come in
223-byte reads (`short_apdu_read_s`).

Prints one JSON object.
"""

from __future__ import annotations

import json
import statistics
import time
from datetime import UTC, datetime

from devices.chip.lds import DG1, DG2
from devices.chip.reader import AccessProtocol, read_chip
from devices.chip.testchip import PACE_P256_AES128, SoftwareChip, build_passport, test_pki
from devices.chip.transport import LinkSimulator

RUNS = 5
KBIT_S = 424
LATENCY_S = 0.002
BUDGET_S = 2.0


def _run(pace: bool, extended: bool) -> tuple[float, LinkSimulator, int]:
    passport = build_passport(dg11=None, dg12=None)
    master = test_pki().master_list()
    now = datetime.now(UTC)
    chip = SoftwareChip(passport, pace=PACE_P256_AES128 if pace else None,
                        extended_length=extended)
    link = LinkSimulator(chip, kbit_s=KBIT_S, latency_s=LATENCY_S, sleep=time.sleep)
    start = time.perf_counter()
    read = read_chip(link, passport.keys, master, now, groups=(DG1, DG2))
    elapsed = time.perf_counter() - start
    assert read.pa.passed, read.pa.failed
    assert read.access is (AccessProtocol.PACE if pace else AccessProtocol.BAC)
    assert read.image is not None and read.photo.data == passport.face
    return elapsed, link, sum(len(d) for d in read.files.values())


def _median(pace: bool, extended: bool) -> tuple[float, LinkSimulator, int]:
    runs = [_run(pace, extended) for _ in range(RUNS)]
    median = statistics.median(r[0] for r in runs)
    return median, runs[-1][1], runs[-1][2]


def main() -> None:
    _run(True, True)  # warm-up: PKI, face image, imports
    pace_s, pace_link, file_bytes = _median(pace=True, extended=True)
    bac_s, bac_link, _ = _median(pace=False, extended=True)
    short_s, short_link, _ = _median(pace=True, extended=False)
    face_bytes = len(build_passport(dg11=None, dg12=None).face)
    print(json.dumps({
        "read_s": round(pace_s, 3),
        "pace_read_s": round(pace_s, 3),
        "bac_read_s": round(bac_s, 3),
        "short_apdu_read_s": round(short_s, 3),
        "pace_link_s": round(pace_link.link_s, 3),
        "bac_link_s": round(bac_link.link_s, 3),
        "short_apdu_link_s": round(short_link.link_s, 3),
        "pace_exchanges": pace_link.exchanges,
        "bac_exchanges": bac_link.exchanges,
        "short_apdu_exchanges": short_link.exchanges,
        "file_bytes": file_bytes,
        "face_jpeg_bytes": face_bytes,
        "link_kbit_s": KBIT_S,
        "latency_ms": LATENCY_S * 1000,
        "runs": RUNS,
        "budget_s": BUDGET_S,
    }))


if __name__ == "__main__":
    main()
