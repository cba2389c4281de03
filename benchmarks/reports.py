"""The Laporan screen over a month of a busy airport office: each section and the whole report.

Budget (issue 11 point 5): well under a second per section. The store holds `--crossings`
crossings in November 2026 (default 200,000) and as many in October, 2 % of them referred, an
overstay charge on every tenth referral, 5,000 stay-permit and 10,000 passport applications a
month, 20,000 passport blanks and `--cases` cases with their history (benchmarks.cases). The
runs read November. Prints one JSON object: `crossings_month_ms` (the hourly crossings section,
p50), `all_sections_month_ms` (every section in one call, p50), `<section>_p50_ms` for each,
`seed_s`, `crossings` and `budget_ms`.

    python -m benchmarks.reports [--crossings N] [--cases N] [--runs N]
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
from app.services.reports import SECTIONS
from app.store.blank_models import BlankBatch, PassportBlank
from app.store.case_models import Case
from app.store.counter_models import Crossing, OverstayPayment, Referral
from app.store.db import open_store
from app.store.passport_models import PassportApplication
from app.store.permit_models import PermitApplication
from benchmarks.cases import _seed as seed_cases
from devices.registry import build_devices

NOW = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)
MONTH = (date(2026, 11, 1), date(2026, 11, 30))
MONTHS = (datetime(2026, 10, 1, tzinfo=UTC), datetime(2026, 11, 1, tzinfo=UTC))
SEED = 20261125
BUDGET_MS = 1000
CHUNK = 20_000
OFFICE = "BENCH"
LANES = ("regular",) * 14 + ("priority", "priority", "pmi", "pmi", "vip")
OUTCOMES = ("admitted",) * 97 + ("refused", "departure_delayed", "handed_over")
REASONS = ("cekal", "interpol", "document", "overstay", "suspicion", "boarding_pass")
RESOLUTIONS = ("allowed", "refused", "departure_delayed", "handed_over", "")
PERMIT_TYPES = ("ITK_EXTENSION", "ITAS_EXTENSION", "ITAP_EXTENSION", "ITAS_FROM_VITAS")
PERMIT_STATES = ("received", "issued", "handed_over", "rejected", "cancelled")
PASSPORT_STATES = ("received", "billed", "paid", "allocated", "issued", "handed_over",
                   "expired")
PASSPORT_REASONS = ("baru", "penggantian_habis", "penggantian_hilang", "penggantian_rusak")


def _percentile(values: list[float], q: int) -> float:
    return round(statistics.quantiles(values, n=100, method="inclusive")[q - 1], 2)


def _moment(rng: random.Random, month_start: datetime) -> datetime:
    return month_start + timedelta(seconds=rng.randrange(30 * 24 * 3600))


def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128)))


def _seed_counter(engine, rng: random.Random, per_month: int) -> None:  # noqa: ANN001
    """Crossings in October and November; 2 % referred, every tenth referral an overstay."""
    for month_start in MONTHS:
        for first in range(0, per_month, CHUNK):
            crossings, referrals, payments = [], [], []
            for _ in range(first, min(per_month, first + CHUNK)):
                at = _moment(rng, month_start)
                arrival = rng.random() < 0.5
                outcome = rng.choice(OUTCOMES)
                crossings.append({
                    "id": _uid(rng), "office_code": OFFICE, "workstation_id": "WS-1",
                    "officer_user_id": None, "officer_username": "konter1",
                    "direction": "arrival" if arrival else "departure",
                    "lane": rng.choice(LANES),
                    "outcome": outcome if arrival or outcome != "admitted" else "departed",
                    "document_type": "P", "document_number": f"X{rng.randrange(10**8):08d}",
                    "issuing_state": "SWE", "nationality": "SWE", "surname": "ERIKSSON",
                    "given_names": "ANNA", "birth_date": None, "sex": "F",
                    "document_expiry": None, "flight_code": "GA881", "permit_id": None,
                    "overstay_days": 0, "stamp_number": "", "referral_id": None,
                    "details": "{}", "decided_at": at})
                if rng.random() < 0.02:
                    referral_id = _uid(rng)
                    resolution = rng.choice(RESOLUTIONS)
                    referrals.append({
                        "id": referral_id, "office_code": OFFICE, "workstation_id": "WS-1",
                        "direction": "arrival", "lane": "regular",
                        "reason": rng.choice(REASONS), "reason_text": "", "traveller": "{}",
                        "referred_by": "konter1", "referred_at": at,
                        "status": "closed" if resolution else "open", "supervisor": "",
                        "resolution": resolution, "resolution_data": "{}",
                        "resolved_at": at if resolution else None})
                    if len(referrals) % 10 == 0:
                        days = rng.randrange(1, 60)
                        payments.append({
                            "id": _uid(rng), "referral_id": referral_id, "days": days,
                            "daily_rate": 1_000_000, "amount": days * 1_000_000,
                            "billing_code": "820261125000001", "billed_at": at,
                            "paid_at": at if rng.random() < 0.8 else None,
                            "payment_reference": ""})
            with engine.begin() as conn:
                conn.execute(insert(Crossing), crossings)
                if referrals:
                    conn.execute(insert(Referral), referrals)
                if payments:
                    conn.execute(insert(OverstayPayment), payments)


def _seed_applications(engine, rng: random.Random) -> None:  # noqa: ANN001
    """Stay-permit (5,000 a month) and passport (10,000 a month) applications, each on a
    closed case of its own, and 20,000 passport blanks."""
    cases, permits, passports = [], [], []
    for month_start in MONTHS:
        for n in range(15_000):
            at = _moment(rng, month_start)
            case_id = _uid(rng)
            cases.append({
                "id": case_id, "number": f"APP/{month_start.month}/{n:06d}",
                "office_code": OFFICE, "sop_code": "B2", "title": "Permohonan",
                "status": "closed", "step_id": "", "step_role": "", "assignee": "",
                "step_started_at": at, "due_at": None, "opened_at": at, "opened_by": "loket1",
                "closed_at": at, "outcome": "end:selesai", "prepared_by": ""})
            if n < 5_000:
                permits.append({
                    "id": _uid(rng), "office_code": OFFICE, "case_id": case_id,
                    "type_code": rng.choice(PERMIT_TYPES), "state": rng.choice(PERMIT_STATES),
                    "received_at": at, "received_by": "loket1", "applicant_name": "ANNA",
                    "nationality": "SWE", "passport_number": f"P{n:07d}",
                    "passport_expiry": date(2030, 1, 1), "birth_date": date(1980, 1, 1)})
            else:
                passports.append({
                    "id": _uid(rng), "office_code": OFFICE, "case_id": case_id,
                    "reason": rng.choice(PASSPORT_REASONS), "passport_type": "elektronik_10",
                    "service": "reguler", "state": rng.choice(PASSPORT_STATES),
                    "received_at": at, "received_by": "paspor1", "full_name": "BUDI",
                    "nik": f"31730000{n:08d}", "birth_place": "Jakarta",
                    "birth_date": date(1980, 1, 1), "sex": "M", "address": "Jakarta"})
    batch_id = _uid(rng)
    blanks = [{"serial": f"E{n:07d}", "batch_id": batch_id, "office_code": OFFICE,
               "kind": "elektronik_48", "status": status, "issued_at": when,
               "spoiled_at": None}
              for n in range(20_000)
              for status, when in [("issued", _moment(rng, MONTHS[n % 2])) if n < 15_000
                                   else ("available", None)]]
    with engine.begin() as conn:
        conn.execute(insert(Case), cases)
        conn.execute(insert(PermitApplication), permits)
        conn.execute(insert(PassportApplication), passports)
        conn.execute(insert(BlankBatch), [{
            "id": batch_id, "office_code": OFFICE, "kind": "elektronik_48", "prefix": "E",
            "first_number": 0, "last_number": 19_999, "received_at": MONTHS[0],
            "received_by": "cetak1", "delivery_note": "SP-1", "received_from": "Ditjen",
            "document_id": ""}])
        for first in range(0, len(blanks), CHUNK):
            conn.execute(insert(PassportBlank), blanks[first:first + CHUNK])


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
    parser.add_argument("--crossings", type=int, default=200_000)
    parser.add_argument("--cases", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args(argv)
    rng = random.Random(SEED)
    with tempfile.TemporaryDirectory(prefix="gapura-bench-") as tmp:
        root = Path(tmp)
        config_module.write(root / "config.toml", {
            "office.code": OFFICE, "office.name": "Kantor Imigrasi Benchmark",
            "workstation.id": "WS-BENCH"})
        cfg = config_module.load(root / "config.toml")
        store = open_store(root / "gapura.sqlite", root / "backups")
        services = Services.build(ServiceContext(store=store, config=cfg, clock=lambda: NOW),
                                  build_devices(cfg, root / "spool"))
        admin = system_actor(cfg)
        services.ensure_reference_data(admin)
        services.users.create_user(admin, "kasi1", "Kasi", (Role.SECTION_HEAD,),
                                   password="Benchmark2026")
        head = services.auth.sign_in("kasi1", "Benchmark2026").actor
        start = time.perf_counter()
        engine = store.engine
        _seed_counter(engine, rng, args.crossings)
        _seed_applications(engine, rng)
        seed_cases(services, args.cases, rng)
        seed_s = round(time.perf_counter() - start, 2)
        reports = services.reports
        figures: dict[str, object] = {"crossings": args.crossings, "seed_s": seed_s,
                                      "budget_ms": BUDGET_MS}
        for section in SECTIONS:
            times = _time(lambda key=section.key: reports.section(head, key, *MONTH), args.runs)
            figures[f"{section.key}_p50_ms"] = _percentile(times, 50)
        figures["crossings_month_ms"] = figures["crossings_hourly_p50_ms"]
        figures["all_sections_month_ms"] = _percentile(
            _time(lambda: reports.report(head, None, *MONTH), args.runs), 50)
        store.close()
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
