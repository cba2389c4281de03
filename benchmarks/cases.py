"""Case work at an office's scale: searching cases, the heads' inbox, the badge, the SLA report.

Budget (DESIGN.md): any screen switch or search within 100 ms. The store holds `--cases` cases
(default 200,000: several years of a busy office's stay-permit, passport and complaint files)
with two subjects and four history events each, 1 % of them still open or waiting; the runs
search by case number, applicant name and passport number, list the Kasi's inbox, count an
officer's work badge and build a month's SLA report. Prints one JSON object: `<what>_p50_ms`
and `<what>_p95_ms` per operation, `seed_s`, `cases`, `budget_ms`.

    python -m benchmarks.cases [--cases N] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from app import config as config_module
from app.auth.permissions import Role
from app.services import Services
from app.services.base import ServiceContext, system_actor
from app.store.case_models import Case, CaseEvent, CaseSubject
from app.store.db import open_store
from devices.registry import build_devices

NOW = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)
SEED = 20261203
BUDGET_MS = 100
CHUNK = 20_000
SURNAMES = ("SANTOSO", "ERIKSSON", "TANAKA", "MUELLER", "DUPONT", "SMITH", "NGUYEN", "KIM",
            "GARCIA", "ROSSI", "IVANOV", "CHEN", "SINGH", "OKAFOR", "SILVA", "HASSAN")
GIVEN = ("ANNA", "BUDI", "HIROSHI", "KLAUS", "MARIE", "JOHN", "MINH", "JI-WOO", "LUIS",
         "GIULIA", "OLGA", "WEI", "ARJUN", "CHIDI", "ANA", "OMAR")
SOPS = (("ITK", ("terima_permohonan", "entri_data", "periksa_cekal", "persetujuan")),
        ("B3", ("terima_permohonan", "entri_data", "cek_pembayaran", "persetujuan")),
        ("B7", ("terima_permohonan", "entri_data", "biometrik", "disposisi_kakanim")))


def _percentile(values: list[float], q: int) -> float:
    return round(statistics.quantiles(values, n=100, method="inclusive")[q - 1], 2)


def _seed(services: Services, count: int, rng: random.Random) -> list[tuple[str, str, str]]:
    """Bulk-insert `count` cases; returns (number, name, passport) of some to search for."""
    samples: list[tuple[str, str, str]] = []
    engine = services.context.store.engine
    for first in range(0, count, CHUNK):
        cases, subjects, events = [], [], []
        for n in range(first, min(count, first + CHUNK)):
            sop, steps = SOPS[n % len(SOPS)]
            opened = NOW - timedelta(minutes=rng.randrange(3 * 365 * 24 * 60))
            active = rng.random() < 0.01
            waiting = active and rng.random() < 0.5
            step = steps[-1] if waiting else rng.choice(steps[:-1]) if active else ""
            case_id = str(uuid.UUID(int=rng.getrandbits(128)))
            number = f"BENCH/{sop}/{opened.year}/{n + 1:06d}"
            name = f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)} {n:06d}"
            passport = f"{rng.choice('ABCDEFGHJK')}{rng.randrange(10**7):07d}"
            cases.append({
                "id": case_id, "number": number, "office_code": "BENCH", "sop_code": sop,
                "title": "Perkara", "status": ("waiting_approval" if waiting else "open")
                if active else "closed", "step_id": step,
                "step_role": "section_head" if waiting else "permit_officer" if active else "",
                "assignee": "", "step_started_at": opened,
                "due_at": opened + timedelta(hours=2) if active else None,
                "opened_at": opened, "opened_by": "loket1",
                "closed_at": None if active else opened + timedelta(days=3),
                "outcome": "" if active else "end:selesai",
                "prepared_by": "loket1" if waiting else ""})
            subjects += [
                {"id": str(uuid.uuid4()), "case_id": case_id, "role": "applicant",
                 "full_name": name, "document_number": passport, "nationality": "SWE",
                 "birth_date": date(1980, 1, 1), "phone": ""},
                {"id": str(uuid.uuid4()), "case_id": case_id, "role": "sponsor",
                 "full_name": f"PT SPONSOR {n % 997}", "document_number": "",
                 "nationality": "", "birth_date": None, "phone": ""}]
            for seq, (action, done_step) in enumerate(
                    (("opened", steps[0]), ("done", steps[0]), ("done", steps[1]),
                     ("done", steps[2])), start=1):
                at = opened + timedelta(minutes=7 * seq)
                events.append({
                    "id": str(uuid.uuid4()), "case_id": case_id, "seq": seq, "at": at,
                    "username": "loket1", "on_behalf_of": "", "step_id": done_step,
                    "action": action, "answer": "tidak" if done_step == "periksa_cekal" else "",
                    "note": "", "step_started_at": at - timedelta(minutes=7),
                    "due_at": at + timedelta(minutes=rng.choice((-3, 3, 10)))})
            if n % 997 == 0:
                samples.append((number, name, passport))
        with engine.begin() as conn:
            conn.execute(insert(Case), cases)
            conn.execute(insert(CaseSubject), subjects)
            conn.execute(insert(CaseEvent), events)
    return samples


def _time(call: Callable[[], object], runs: int) -> list[float]:
    call()  # warm
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=50)
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
        actors = {}
        for username, role in (("loket2", Role.PERMIT_OFFICER), ("kasi1", Role.SECTION_HEAD)):
            services.users.create_user(admin, username, username.title(), (role,),
                                       password="Benchmark2026")
            actors[username] = services.auth.sign_in(username, "Benchmark2026").actor
        start = time.perf_counter()
        samples = _seed(services, args.cases, rng)
        seed_s = round(time.perf_counter() - start, 2)
        cases, loket, kasi = services.cases, actors["loket2"], actors["kasi1"]
        picks = iter(rng.choice(samples) for _ in range(10 * args.runs))
        operations: dict[str, Callable[[], object]] = {
            "search_number": lambda: cases.search(loket, text=next(picks)[0]),
            "search_name": lambda: cases.search(loket, text=next(picks)[1].split()[0]
                                                + " " + next(picks)[1].split()[1]),
            "search_passport": lambda: cases.search(loket, text=next(picks)[2]),
            "inbox": lambda: cases.inbox(kasi),
            "work_badge": lambda: cases.work_summary(loket),
            "sla_report_month": lambda: cases.sla_report(kasi, date(2026, 10, 1),
                                                         date(2026, 10, 31)),
        }
        figures: dict[str, object] = {"cases": args.cases, "seed_s": seed_s,
                                      "budget_ms": BUDGET_MS}
        for name, call in operations.items():
            times = _time(call, args.runs)
            figures[f"{name}_p50_ms"] = _percentile(times, 50)
            figures[f"{name}_p95_ms"] = _percentile(times, 95)
        store.close()
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
