"""Real-driver paths the officer waits on: wedge detection, a serial MRZ read, SBI captures.

- wedge: the key filter's detector fed a seeded mix of scanner bursts (TD3 MRZs and boarding
  passes, 2-8 ms apart) and officer typing (55-180 ms apart); time per key fed.
- serial: a TD3 MRZ written to a pseudo-terminal as a reader sends it (CR-ended lines), read
  by SerialDocumentReader; time from the last byte written to the read returned, which is
  what the driver adds on top of the reader's own transfer.
- sbi: discovery over the whole 4501-4600 range with the simulator on the last port, and a
  two-finger RCAPTURE round trip (HTTP on 127.0.0.1, images drawn and scored by the simulator).

Prints one JSON object; times are the median of the runs (p95 where given).
"""

from __future__ import annotations

import json
import os
import random
import socket
import statistics
import time
import tty

from devices.barcode import DEFAULT_TEXT
from devices.base import Finger
from devices.document_reader import SPECIMENS, SerialDocumentReader
from devices.sbi import SbiFingerprintScanner
from devices.sbi_simulator import SbiSimulator
from devices.wedge import WedgeDetector

SEED = 792
WEDGE_EVENTS = 200
SERIAL_READS = 20
SBI_CAPTURES = 10


def _wedge_keys(rng: random.Random) -> tuple[list[tuple[str, float]], int]:
    """The keys of the mix, and how many of its events are scanner bursts."""
    keys: list[tuple[str, float]] = []
    bursts = 0
    for _ in range(WEDGE_EVENTS):
        if rng.random() < 0.5:
            bursts += 1
            text = ("\r".join(rng.choice(SPECIMENS).td3()) + "\r" if rng.random() < 0.6
                    else DEFAULT_TEXT + "\r")
            keys += [(c, rng.uniform(0.002, 0.008)) for c in text]
        else:
            keys += [(c, rng.uniform(0.055, 0.180)) for c in "SANTOSO BUDI\r"]
        keys.append(("", 0.5))  # a pause (Tab) between events
    return keys, bursts


def bench_wedge() -> dict[str, float]:
    keys, bursts = _wedge_keys(random.Random(SEED))
    best = float("inf")
    scans = 0
    for _ in range(5):
        detector, now, found = WedgeDetector(), 0.0, 0
        start = time.perf_counter()
        for char, gap in keys:
            now += gap
            if detector.feed(char, now).scan is not None:
                found += 1
        best = min(best, time.perf_counter() - start)
        scans = found
    return {"wedge_per_key_us": round(best / len(keys) * 1e6, 3), "wedge_keys": len(keys),
            "wedge_bursts": bursts, "wedge_scans": scans}


def bench_serial() -> dict[str, float]:
    master, slave = os.openpty()
    tty.setraw(slave)
    path = os.ttyname(slave)
    reader = SerialDocumentReader(path, 9600, timeout_s=5)
    reader.status()  # opens the port, as the device panel does
    data = b"".join(line.encode() + b"\r" for line in SPECIMENS[1].td3())
    latencies = []
    try:
        for _ in range(SERIAL_READS):
            os.write(master, data)
            written = time.perf_counter()
            reader.read()
            latencies.append(time.perf_counter() - written)
    finally:
        reader.close()
        os.close(master)
        os.close(slave)
    return {"serial_read_ms": round(statistics.median(latencies) * 1000, 2),
            "serial_read_p95_ms": round(sorted(latencies)[int(0.95 * len(latencies))] * 1000, 2)}


def _free_port_at_end() -> tuple[range, int]:
    """A 100-port range whose last port is free for the simulator (like 4501-4600)."""
    for base in range(45010, 60000, 200):
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", base + 99))
            except OSError:
                continue
        return range(base, base + 100), base + 99
    raise RuntimeError("no free port range")


def bench_sbi() -> dict[str, float]:
    ports, last = _free_port_at_end()
    with SbiSimulator(port=last):
        discoveries = []
        for _ in range(3):
            client = SbiFingerprintScanner("http://127.0.0.1", ports, 10)
            start = time.perf_counter()
            client.discover()
            discoveries.append(time.perf_counter() - start)
        client.capture([Finger.RIGHT_INDEX], 10)  # warm: numpy and OpenCV load once
        captures = []
        for _ in range(SBI_CAPTURES):
            start = time.perf_counter()
            client.capture([Finger.RIGHT_INDEX, Finger.LEFT_INDEX], 40)
            captures.append(time.perf_counter() - start)
    return {"sbi_discovery_100_ports_ms": round(statistics.median(discoveries) * 1000, 1),
            "sbi_capture_2_fingers_ms": round(statistics.median(captures) * 1000, 1)}


def main() -> None:
    print(json.dumps({**bench_wedge(), **bench_serial(), **bench_sbi()}))


if __name__ == "__main__":
    main()
