"""Sync throughput: one workstation pushing 10,000 records; 50 pushing at once to one server.

- `push_10k_s` (budget 10 s): a workstation store in a temp dir holding 10,000 pending outbox
  records, enrolled at a real server over a SQLite file; the time `SyncService.push_pending`
  takes to send them all (batches of `app.sync.worker.BATCH_SIZE`, each marked sent with its
  audit event).
- `load_records_per_s_<backend>`, `load_p99_ms_<backend>` for `sqlite` and `postgresql`: 50
  enrolled workstations, each with its own token and httpx client in its own thread, push
  batches of 100 new records back to back for 60 s (`--quick`: 5 s) against one server; the
  records the server accepted per second and the p99 (and p50) latency of one push request.
  `load_errors_<backend>` counts the pushes not answered 200. PostgreSQL is a throwaway cluster
  (tools/pg_cluster.py, as in the server tests).

The server runs as `uvicorn server.app:create_app --factory` in its own process, so that the
load generator's GIL does not throttle it, with one worker by default (`--workers`): this box
shares its cores among the load generator, uvicorn and PostgreSQL, and SQLite takes one writer at
a time anyway; `server_workers` says what ran.

- `pull_1m_s` (budget 60 s) and `pull_rss_mb` (budget 500 MB): a new workstation enrolled at a
  server holding 1,000,000 `watch_entry` changes (published by a child process, ids as
  `entry_id` makes them, names of several cultures) pulls them all with `SyncService.pull`;
  the time, and this process's peak resident memory, measured first thing so that nothing
  else of the run is in it. `--index` builds the (empty) screening index first, as on a
  workstation that is already screening travellers, so every page goes into it too.

    python -m benchmarks.sync [--quick] [--workers N] [--pull-entries N] [--index]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx
from sqlalchemy import func, insert, select

from app import config as config_module
from app.demo_server import wait_healthy
from app.services import Services
from app.services.base import ServiceContext, system_actor
from app.store.counter_models import WatchListEntry
from app.store.db import open_store
from app.store.models import OutboxRecord
from devices.registry import build_devices
from server.admin import issue_enrolment_code
from server.db import open_database
from server.models import Change
from tools.pg_cluster import ThrowawayCluster

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
PUSH_RECORDS = 10_000
PUSH_BUDGET_S = 10.0
WORKSTATIONS = 50
BATCH = 100
LOAD_S = 60.0
QUICK_LOAD_S = 5.0
OFFICE = "BENCH"
START_TIMEOUT_S = 60.0
PULL_ENTRIES = 1_000_000
PULL_BUDGET_S = 60.0
PULL_RSS_BUDGET_MB = 500.0
PUBLISH_CHUNK = 20_000
GIVEN = ("AGUS", "BUDI", "SITI", "DEWI", "MUHAMMAD", "AHMAD", "NUR", "RINA", "JOHN", "MARIA",
         "WEI", "LI", "ABDUL", "FATIMAH", "HANS", "ANNA", "KOFI", "AMINA", "IVAN", "OLGA")
FAMILY = ("SANTOSO", "WIJAYA", "HIDAYAT", "AL RASHID", "SMITH", "MUELLER", "TAN", "LIM",
          "NGUYEN", "IVANOV", "OKAFOR", "SILVA", "HARTONO", "KUSUMA", "SETIAWAN", "BIN ALI")
LISTS = ("pencegahan", "penangkalan", "interpol")
NATIONS = ("IDN", "MYS", "SAU", "GBR", "DEU", "CHN", "NGA", "RUS", "BRA", "AUS")


def _payload(i: int) -> dict:
    """A crossing as the counter writes it to the outbox (about 600 bytes of JSON)."""
    return {"direction": "arrival", "lane": "regular", "outcome": "admitted",
            "document_type": "P", "document_number": f"X{i:08d}", "issuing_state": "AUS",
            "nationality": "AUS", "surname": "WIRAJAYA", "given_names": "BUDI SANTOSO",
            "birth_date": "1980-01-01", "sex": "M", "document_expiry": "2030-01-01",
            "flight_code": "GA 881", "officer_username": "konter", "workstation_id": "WS-01",
            "office_code": OFFICE, "overstay_days": 0, "stamp_number": f"S{i:06d}",
            "decided_at": "2026-12-01T08:00:00+00:00", "details": {"checks": ["mrz", "list"]}}


def _watch_payload(n: int) -> dict[str, object]:
    return {"list_name": LISTS[n % 3],
            "full_name": f"{GIVEN[n % 20]} {GIVEN[(n // 20) % 20]} {FAMILY[(n // 400) % 16]} {n}",
            "aliases": [f"{GIVEN[(n + 7) % 20]} {FAMILY[n % 16]}"] if n % 5 == 0 else [],
            "birth_date": f"{1940 + n % 60}-{1 + n % 12:02d}-{1 + n % 28:02d}",
            "nationality": NATIONS[n % 10], "document_numbers": [f"X{n:08d}"],
            "reference": f"KEP-{n:07d}/2026", "legal_basis": "UU 6/2011",
            "requesting_agency": "Kejaksaan Agung", "action": "",
            "valid_from": None, "valid_until": "2027-12-31" if n % 4 == 0 else None}


def publish_watch_list(database: str, entries: int) -> str:
    """`entries` watch-list changes in the server database (the child's work); the code that
    enrols the pulling workstation."""
    db = open_database(database)
    try:
        now = datetime.now(UTC)
        code = issue_enrolment_code(db, OFFICE, now).code
        for start in range(0, entries, PUBLISH_CHUNK):
            with db.write() as session:
                session.execute(insert(Change), [
                    {"office_code": None, "kind": "watch_entry",
                     "key": str(uuid.uuid5(uuid.NAMESPACE_OID, f"bench-{n}")),
                     "payload": json.dumps(_watch_payload(n), separators=(",", ":")),
                     "deleted": False, "created_at": now}
                    for n in range(start, min(start + PUBLISH_CHUNK, entries))])
    finally:
        db.close()
    return code


def _workstation(root: Path, url: str, name: str) -> tuple[Services, object]:
    """A new workstation's services over its own store in `root`, pointed at `url`."""
    config_module.write(root / "config.toml", {
        "office.code": OFFICE, "office.name": "Kantor Imigrasi Benchmark",
        "workstation.id": name, "server.url": url})
    cfg = config_module.load(root / "config.toml")
    store = open_store(root / "gapura.sqlite", root / "backups")
    services = Services.build(ServiceContext(store=store, config=cfg),
                              build_devices(cfg, root / "spool"))
    actor = system_actor(cfg)
    services.ensure_reference_data(actor)
    return services, actor


def _rss_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _pull_1m(root: Path, entries: int, workers: int, with_index: bool) -> dict[str, float]:
    database = str(root / "pull-server.sqlite")
    published = subprocess.run(
        [sys.executable, "-m", "benchmarks.sync", "--publish", database, str(entries)],
        cwd=ROOT, check=True, capture_output=True, text=True)
    code = published.stdout.strip().splitlines()[-1]
    with server_process(database, workers, root) as url:
        services, actor = _workstation(root, url, "WS-PULL")
        try:
            if with_index:
                services.screening.warm_up()
            services.sync.enrol(actor, code)
            start = time.perf_counter()
            result = services.sync.pull(actor)
            elapsed = time.perf_counter() - start
            peak = _rss_peak_mb()
            with services.context.store.read() as session:
                stored = session.scalar(select(func.count()).select_from(WatchListEntry))
        finally:
            services.close()
            services.context.store.close()
    if stored != entries or result.applied != entries:
        raise RuntimeError(f"pull stored {stored} of {entries} entries: {result}")
    return {"pull_1m_s": round(elapsed, 1), "pull_rss_mb": round(peak, 1),
            "pull_entries": entries, "pull_pages": result.pages}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def server_process(database: str, workers: int, home: Path) -> Iterator[str]:
    """uvicorn serving `create_app()` on `database` in a child process; yields its base URL."""
    port = _free_port()
    env = {**os.environ, "DATABASE_URL": database, "GAPURA_HOME": str(home)}
    log_path = home / f"server-{port}.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "server.app:create_app", "--factory",
             "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers),
             "--ws", "none", "--log-level", "warning", "--no-access-log"],
            cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=log)
    url = f"http://127.0.0.1:{port}"
    try:
        failure = wait_healthy(url, process, START_TIMEOUT_S)
        if failure is not None:
            raise RuntimeError(f"server {failure}:\n"
                               f"{log_path.read_text(errors='replace')[-3000:]}")
        yield url
    finally:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# -- one workstation, 10,000 records ---------------------------------------------------------

def _push_10k(root: Path, workers: int) -> float:
    database = str(root / "push-server.sqlite")
    admin_db = open_database(database)  # the admin's connection, for the enrolment code
    try:
        with server_process(database, workers, root) as url:
            services, actor = _workstation(root, url, "WS-BENCH")
            store = services.context.store
            try:
                now = datetime.now(UTC)
                with store.write() as session:
                    session.execute(insert(OutboxRecord), [
                        {"id": str(uuid.uuid4()), "created_at": now, "entity_type": "crossing",
                         "entity_id": str(uuid.uuid4()), "operation": "create",
                         "payload": json.dumps(_payload(i), sort_keys=True), "attempts": 0,
                         "last_error": ""} for i in range(PUSH_RECORDS)])
                sync = services.sync
                try:
                    code = issue_enrolment_code(admin_db, OFFICE, now).code
                    sync.enrol(actor, code)
                    start = time.perf_counter()
                    result = sync.push_pending(actor)
                    elapsed = time.perf_counter() - start
                finally:
                    sync.close()
                if result.sent < PUSH_RECORDS or sync.status(actor).pending:
                    raise RuntimeError(f"push left records behind: {result}")
            finally:
                store.close()
    finally:
        admin_db.close()
    return elapsed


# -- 50 workstations at once -----------------------------------------------------------------

@dataclass
class _Tally:
    latencies_ms: list[float] = field(default_factory=list)
    accepted: int = 0
    errors: Counter[str] = field(default_factory=Counter)  # "HTTP 500: <body>" → count


def _enrol(url: str, database: str, count: int) -> list[str]:
    """Bearer tokens of `count` newly enrolled workstations."""
    db = open_database(database)
    try:
        codes = [issue_enrolment_code(db, OFFICE, datetime.now(UTC)).code for _ in range(count)]
    finally:
        db.close()
    tokens = []
    with httpx.Client(base_url=url, timeout=30) as http:
        for i, code in enumerate(codes):
            workstation = f"WS-LOAD-{i:02d}"
            enrolled = http.post("/v1/enrol", json={"code": code, "workstation_id": workstation})
            enrolled.raise_for_status()
            token = http.post("/v1/token", auth=(workstation, enrolled.json()["credential"]))
            token.raise_for_status()
            tokens.append(token.json()["access_token"])
    return tokens


def _pusher(url: str, token: str, start: threading.Barrier, stop_at: list[float],
            tally: _Tally) -> None:
    with httpx.Client(base_url=url, timeout=120,
                      headers={"Authorization": f"Bearer {token}"}) as http:
        start.wait()
        serial = 0
        while time.perf_counter() < stop_at[0]:
            records = []
            for _ in range(BATCH):
                serial += 1
                records.append({"id": str(uuid.uuid4()), "entity_type": "crossing",
                                "entity_id": str(serial), "operation": "create",
                                "payload": _payload(serial),
                                "created_at": "2026-12-01T08:00:00+00:00"})
            began = time.perf_counter()
            try:
                answer = http.post("/v1/push", json={"records": records})
            except httpx.TransportError as exc:
                tally.errors[repr(exc)] += 1
                continue
            tally.latencies_ms.append((time.perf_counter() - began) * 1000)
            if answer.status_code == 200:
                tally.accepted += answer.json()["accepted"]
            else:
                tally.errors[f"HTTP {answer.status_code}: {answer.text[:200]}"] += 1


def _load(backend: str, database: str, workers: int, seconds: float,
          home: Path) -> dict[str, float]:
    open_database(database).close()  # created before the server starts, as an admin would
    with server_process(database, workers, home) as url:
        tokens = _enrol(url, database, WORKSTATIONS)
        tallies = [_Tally() for _ in tokens]
        start = threading.Barrier(len(tokens) + 1)
        stop_at = [float("inf")]
        threads = [threading.Thread(target=_pusher, args=(url, token, start, stop_at, tally))
                   for token, tally in zip(tokens, tallies, strict=True)]
        for thread in threads:
            thread.start()
        began = time.perf_counter()
        stop_at[0] = began + seconds
        start.wait()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - began
    latencies = sorted(ms for tally in tallies for ms in tally.latencies_ms)
    accepted = sum(tally.accepted for tally in tallies)
    errors = sum((tally.errors for tally in tallies), Counter())
    for error, count in errors.most_common():
        log.warning("%s: %d push(es) failed: %s", backend, count, error)
    return {"records_per_s": round(accepted / elapsed, 1),
            "p50_ms": _percentile(latencies, 0.50), "p99_ms": _percentile(latencies, 0.99),
            "errors": errors.total()}


def _percentile(ordered: list[float], share: float) -> float:
    if not ordered:
        return 0.0
    return round(ordered[min(len(ordered) - 1, int(len(ordered) * share))], 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help=f"load for {QUICK_LOAD_S:g} s instead of {LOAD_S:g} s")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    parser.add_argument("--pull-entries", type=int, default=PULL_ENTRIES,
                        help="watch-list entries the new workstation pulls")
    parser.add_argument("--index", action="store_true",
                        help="build the screening index before the pull, so it takes every page")
    parser.add_argument("--publish", nargs=2, metavar=("DATABASE", "ENTRIES"),
                        help=argparse.SUPPRESS)  # the child that fills the pull's server
    args = parser.parse_args(argv)
    if args.publish:
        print(publish_watch_list(args.publish[0], int(args.publish[1])))
        return 0
    seconds = QUICK_LOAD_S if args.quick else LOAD_S

    figures: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="gapura-bench-sync-") as tmp:
        root = Path(tmp)
        os.environ["GAPURA_HOME"] = str(root / "home")  # secrets and data of this run only
        (root / "pull").mkdir()
        # First: the peak memory of this process is the pull's, nothing else has run yet.
        figures.update(_pull_1m(root / "pull", args.pull_entries, args.workers, args.index))
        figures.update({"pull_budget_s": PULL_BUDGET_S, "pull_rss_budget_mb": PULL_RSS_BUDGET_MB,
                        "pull_index": args.index})
        (root / "push").mkdir()
        figures["push_10k_s"] = round(_push_10k(root / "push", args.workers), 2)
        figures["push_10k_budget_s"] = PUSH_BUDGET_S

        sqlite = _load("sqlite", str(root / "load-server.sqlite"), args.workers, seconds, root)
        with ThrowawayCluster() as cluster:
            postgresql = _load("postgresql", cluster.create_database("bench"), args.workers,
                               seconds, root)
    for backend, result in (("sqlite", sqlite), ("postgresql", postgresql)):
        figures[f"load_records_per_s_{backend}"] = result["records_per_s"]
        figures[f"load_p50_ms_{backend}"] = result["p50_ms"]
        figures[f"load_p99_ms_{backend}"] = result["p99_ms"]
        figures[f"load_errors_{backend}"] = result["errors"]
    figures.update({"load_workstations": WORKSTATIONS, "load_batch_records": BATCH,
                    "load_duration_s": seconds, "server_workers": args.workers})
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
