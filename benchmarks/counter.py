"""The whole counter check, scan to verdict, against 1,000,000 list entries and crossings.

Sets up a real instance store in a temporary directory: the synthetic watch lists of
`benchmarks.screening` imported through the screening service (the path an admin's import
takes), 1,000,000 stored crossings, and stay permits for some travellers. Then times
`CounterService.check` (MRZ parse and validation, permit and last-movement look-ups in SQLite,
screening, overstay, verdict) for travellers of every kind: clean arrivals, departures of
travellers whose arrival is stored, residents with a permit, planted variants of listed people.

Prints one JSON object: p50_ms, p99_ms, max_ms (one check), and the set-up figures
(list_import_s, crossings_insert_s, index_build_s, rss_mb). The travellers' MRZs are typed, so
no chip is read; `--chip N` then also times N checks of passports on the simulated reader,
whose software chips are read (PACE, DG1, a 12 KB face, SOD) and authenticated against the
trusted CSCA (decision 0026): chip_p50_ms, chip_p99_ms, chip_read_p50_ms.

    python -m benchmarks.counter [--entries N] [--crossings N] [--travellers N] [--chip N]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import string
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from datetime import time as day_time
from pathlib import Path

from sqlalchemy import insert

from app import config as config_module
from app.auth.permissions import Role
from app.domain.counter import Direction
from app.domain.mrz_compose import compose_td3
from app.domain.screening import Traveller, WatchEntry
from app.services import Services
from app.services.base import ServiceContext, system_actor
from app.services.counter import Scan
from app.store.counter_models import Crossing, StayPermit
from app.store.db import open_store
from benchmarks.screening import (
    SEED,
    TODAY,
    People,
    Person,
    choose_planted,
    clean_traveller,
    listed,
    rss_mb,
    variant,
)
from devices.registry import build_devices

CHUNK = 50_000
NATIONALITIES = ("AUS", "CHN", "JPN", "KOR", "MYS", "SGP", "USA", "GBR", "NLD", "DEU", "IND")
NOW = datetime.combine(TODAY, day_time(3, 0), UTC)


def _document_number(rng: random.Random) -> str:
    return rng.choice(string.ascii_uppercase) + "".join(rng.choices(string.digits, k=8))


def _mrz(traveller: Traveller, document_number: str, rng: random.Random) -> str:
    surname, given = traveller.surname, traveller.given_names
    if not surname:  # a full name only: the last part as the surname
        *given_parts, surname = traveller.full_name.split()
        given = " ".join(given_parts)
    birth = traveller.birth_date if isinstance(traveller.birth_date, date) else date(1980, 1, 1)
    return "\n".join(compose_td3(
        surname=surname, given_names=given, document_number=document_number,
        nationality=traveller.nationality or "UTO", birth_date=birth,
        sex=rng.choice("MF"), expiry_date=TODAY + timedelta(days=rng.randint(400, 3000))))


def _crossing_rows(count: int, known: dict[str, Traveller], rng: random.Random):
    """Crossings of the last two years; the `known` documents' last one is an arrival."""
    now = NOW
    names = string.ascii_uppercase
    for start in range(0, count, CHUNK):
        rows = []
        for i in range(start, min(start + CHUNK, count)):
            rows.append({
                "id": str(uuid.UUID(int=(SEED << 80) + i)), "office_code": "BENCH",
                "workstation_id": f"WS-{i % 40:02d}", "officer_user_id": None,
                "officer_username": "konter", "direction": rng.choice(("arrival", "departure")),
                "lane": "regular", "outcome": "admitted", "document_type": "P",
                "document_number": _document_number(rng),
                "issuing_state": rng.choice(NATIONALITIES),
                "nationality": rng.choice(NATIONALITIES),
                "surname": "".join(rng.choices(names, k=7)),
                "given_names": "".join(rng.choices(names, k=6)),
                "birth_date": date(1950, 1, 1) + timedelta(days=rng.randint(0, 20000)),
                "sex": "M", "document_expiry": TODAY + timedelta(days=900),
                "flight_code": "GA 881", "permit_id": None, "overstay_days": 0,
                "referral_id": None, "details": "{}",
                "decided_at": now - timedelta(minutes=rng.randint(1, 60 * 24 * 730)),
                "stamp_number": ""})
        yield rows
    for number, traveller in known.items():
        yield [{
            "id": str(uuid.uuid4()), "office_code": "BENCH", "workstation_id": "WS-00",
            "officer_user_id": None, "officer_username": "konter", "direction": "arrival",
            "lane": "regular", "outcome": "admitted", "document_type": "P",
            "document_number": number, "issuing_state": traveller.nationality,
            "nationality": traveller.nationality, "surname": traveller.surname,
            "given_names": traveller.given_names,
            "birth_date": traveller.birth_date, "sex": "M",
            "document_expiry": TODAY + timedelta(days=900), "flight_code": "SQ 956",
            "permit_id": None, "overstay_days": 0, "referral_id": None, "details": "{}",
            "decided_at": now - timedelta(days=rng.randint(1, 25)), "stamp_number": ""}]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--crossings", type=int, default=1_000_000)
    parser.add_argument("--travellers", type=int, default=500)
    parser.add_argument("--chip", type=int, default=0, metavar="N",
                        help="also time N checks that read the passport's chip (default 0)")
    args = parser.parse_args(argv)
    rng = random.Random(SEED)

    with tempfile.TemporaryDirectory(prefix="gapura-bench-") as tmp:
        root = Path(tmp)
        config_module.write(root / "config.toml", {
            "office.code": "BENCH", "office.name": "Kantor Imigrasi Benchmark",
            "workstation.id": "WS-BENCH"})
        cfg = config_module.load(root / "config.toml")
        store = open_store(root / "gapura.sqlite", root / "backups")
        services = Services.build(ServiceContext(store=store, config=cfg, clock=lambda: NOW),
                                  build_devices(cfg, root / "spool"))
        admin = system_actor(cfg)
        services.ensure_reference_data(admin)

        # Watch lists, remembering some listed people to plant variants of.
        planted_numbers = choose_planted(args.entries, args.travellers // 5)
        kept: dict[int, tuple[Person, WatchEntry]] = {}
        start = time.perf_counter()
        services.screening.import_entries(
            admin, listed(args.entries, set(planted_numbers), kept), source="benchmark")
        list_import_s = time.perf_counter() - start

        # Travellers: a fifth planted variants, the rest clean, some with stored arrivals.
        people = People(SEED + 7)
        scans: list[tuple[str, Scan]] = []
        for person, entry in kept.values():
            made = variant(person, people)
            if made is not None and (entry.valid_until is None or entry.valid_until >= TODAY):
                scans.append(("listed", Scan(_mrz(made[1], _document_number(rng), rng),
                                             Direction.ARRIVAL)))
        known: dict[str, Traveller] = {}
        while len(scans) < args.travellers:
            traveller = clean_traveller(people)
            number = _document_number(rng)
            kind = rng.choice(("arrival", "departure", "departure", "resident"))
            if kind == "departure":
                known[number] = traveller
            if kind == "resident":
                with store.write() as session:
                    session.add(StayPermit(
                        permit_number=f"ITAS-{number}", permit_type="ITAS", index_code="E23",
                        holder_name=traveller.name, nationality=traveller.nationality,
                        document_number=number, birth_date=traveller.birth_date,
                        valid_from=TODAY - timedelta(days=300),
                        valid_until=TODAY + timedelta(days=rng.randint(-20, 200)),
                        office_code="BENCH"))
            direction = Direction.ARRIVAL if kind == "arrival" else Direction.DEPARTURE
            scans.append((kind, Scan(_mrz(traveller, number, rng), direction)))
        rng.shuffle(scans)

        start = time.perf_counter()
        with store.write() as session:
            for rows in _crossing_rows(args.crossings, known, rng):
                session.execute(insert(Crossing), rows)
        crossings_insert_s = time.perf_counter() - start

        start = time.perf_counter()
        services.screening.warm_up()
        index_build_s = time.perf_counter() - start

        officer = services.users.create_user(admin, "konter", "Konter", (Role.COUNTER_OFFICER,),
                                             password="Benchmark2026")
        actor = services.auth.sign_in(officer.user.username, "Benchmark2026").actor
        for _kind, scan in scans[:20]:  # warm the caches as a counter's first minutes do
            services.counter.check(actor, scan)

        timings: list[float] = []
        referred = 0
        for _kind, scan in scans:
            start = time.perf_counter()
            result = services.counter.check(actor, scan)
            timings.append((time.perf_counter() - start) * 1000)
            referred += not result.verdict.may_pass
        chip = _chip_checks(services, admin, actor, root, args.chip) if args.chip else {}
        store.close()

    timings.sort()
    print(json.dumps({
        "entries": args.entries, "crossings": args.crossings, "travellers": len(timings),
        "p50_ms": round(statistics.median(timings), 2),
        "p99_ms": round(timings[min(len(timings) - 1, int(len(timings) * 0.99))], 2),
        "max_ms": round(timings[-1], 2),
        "referred": referred,
        "list_import_s": round(list_import_s, 1),
        "crossings_insert_s": round(crossings_insert_s, 1),
        "index_build_s": round(index_build_s, 1),
        "rss_mb": round(rss_mb(), 1),
        **chip,
    }))
    return 0


def _chip_checks(services: Services, admin, actor, root: Path, count: int) -> dict[str, float]:
    """Checks of the simulated reader's passports with their chips read (PACE): the whole check
    and the chip's share of it, after the CSCA is trusted and the chips made once."""
    from cryptography.hazmat.primitives import serialization

    from devices.document_reader import simulator_pki

    pem = root / "csca.pem"
    pem.write_bytes(simulator_pki().csca.certificate.public_bytes(serialization.Encoding.PEM))
    services.chip_trust.import_file(admin, pem)
    reader = services.device_set.document_reader
    for _ in range(6):  # every specimen's chip made (a one-off of the simulator) and read once
        services.counter.check(actor, Scan("\n".join(reader.read().lines), Direction.ARRIVAL))
    whole: list[float] = []
    reads: list[float] = []
    for _ in range(count):
        scan = Scan("\n".join(reader.read().lines), Direction.ARRIVAL)
        start = time.perf_counter()
        result = services.counter.check(actor, scan)
        whole.append((time.perf_counter() - start) * 1000)
        assert result.chip is not None and result.chip.authentic, result.chip
        reads.append(result.chip.read_ms)
    whole.sort()
    return {"chip_checks": count, "chip_p50_ms": round(statistics.median(whole), 2),
            "chip_p99_ms": round(whole[min(count - 1, int(count * 0.99))], 2),
            "chip_read_p50_ms": round(statistics.median(reads), 2)}


if __name__ == "__main__":
    raise SystemExit(main())
