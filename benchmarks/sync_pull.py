"""Pulling a full watch list (1,000,000 entries) from the central server into a new workstation.

The server runs in a child process (so its memory is not counted) over a SQLite database with
N `watch_entry` changes; this process enrols a fresh workstation and pulls them all through
`SyncService.pull`, page by page. With `--index` the screening index is built (empty) first,
so every page also goes into it, as on a workstation already screening travellers.

Prints one JSON object: entries, pull_s, pages, stored (rows in watch_entries afterwards),
rss_before_mb (after start-up, before the pull) and peak_rss_mb (the process's peak). The
budget: the peak stays well under 500 MB.

    python -m benchmarks.sync_pull [--entries N] [--index]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

GIVEN = ("AGUS", "BUDI", "SITI", "DEWI", "MUHAMMAD", "AHMAD", "NUR", "RINA", "JOHN", "MARIA",
         "WEI", "LI", "ABDUL", "FATIMAH", "HANS", "ANNA", "KOFI", "AMINA", "IVAN", "OLGA")
FAMILY = ("SANTOSO", "WIJAYA", "HIDAYAT", "AL RASHID", "SMITH", "MUELLER", "TAN", "LIM",
          "NGUYEN", "IVANOV", "OKAFOR", "SILVA", "HARTONO", "KUSUMA", "SETIAWAN", "BIN ALI")
LISTS = ("pencegahan", "penangkalan", "interpol")
NATIONS = ("IDN", "MYS", "SAU", "GBR", "DEU", "CHN", "NGA", "RUS", "BRA", "AUS")
CHUNK = 20_000


def _payload(n: int) -> dict[str, object]:
    return {"list_name": LISTS[n % 3],
            "full_name": f"{GIVEN[n % 20]} {GIVEN[(n // 20) % 20]} {FAMILY[(n // 400) % 16]} {n}",
            "aliases": [f"{GIVEN[(n + 7) % 20]} {FAMILY[n % 16]}"] if n % 5 == 0 else [],
            "birth_date": f"{1940 + n % 60}-{1 + n % 12:02d}-{1 + n % 28:02d}",
            "nationality": NATIONS[n % 10], "document_numbers": [f"X{n:08d}"],
            "reference": f"KEP-{n:07d}/2026", "legal_basis": "UU 6/2011",
            "requesting_agency": "Kejaksaan Agung", "action": "", "valid_from": None,
            "valid_until": None}


def serve(database: str, port: int, entries: int) -> None:
    """The child: publish `entries` changes, say the enrolment code, then serve."""
    import uvicorn
    from sqlalchemy import insert

    from server.admin import issue_enrolment_code
    from server.app import create_app
    from server.db import open_database
    from server.models import Change

    db = open_database(database)
    now = datetime.now(UTC)
    code = issue_enrolment_code(db, "BENCH", now, office_name="Kanim Bench").code
    for start in range(0, entries, CHUNK):
        with db.write() as session:
            session.execute(insert(Change), [
                {"office_code": None, "kind": "watch_entry", "key": f"bench-{n:08d}",
                 "payload": json.dumps(_payload(n), separators=(",", ":")), "deleted": False,
                 "created_at": now}
                for n in range(start, min(start + CHUNK, entries))])
    db.close()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", port))
    sock.listen(64)  # clients queue here until uvicorn accepts
    print(code, flush=True)
    server = uvicorn.Server(uvicorn.Config(create_app(database), log_level="warning",
                                           ws="none"))
    server.run(sockets=[sock])


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def measure(entries: int, with_index: bool) -> dict[str, object]:
    from sqlalchemy import func, select

    from app import config as config_module
    from app.services import Services
    from app.services.base import ServiceContext, system_actor
    from app.store.counter_models import WatchListEntry
    from app.store.db import open_store
    from devices.registry import build_devices

    root = Path(tempfile.mkdtemp(prefix="gapura-sync-bench-"))
    port = _free_port()
    child = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.sync_pull", "--serve", str(root / "server.sqlite"),
         str(port), str(entries)], stdout=subprocess.PIPE, text=True)
    try:
        code = child.stdout.readline().strip()  # type: ignore[union-attr]
        config_module.write(root / "config.toml", {
            "office.code": "BENCH", "office.name": "Kanim Bench", "workstation.id": "WS-BENCH",
            "server.url": f"http://127.0.0.1:{port}"})
        config = config_module.load(root / "config.toml")
        store = open_store(root / "gapura.sqlite", root / "backups")
        services = Services.build(ServiceContext(store=store, config=config),
                                  build_devices(config, root / "spool"))
        actor = system_actor(config)
        services.ensure_reference_data(actor)
        if with_index:
            services.screening.warm_up()
        sync = services.sync
        sync.enrol(actor, code)
        before = _rss_mb()
        started = time.perf_counter()
        result = sync.pull(actor)
        elapsed = time.perf_counter() - started
        sync.close()
        with store.read() as session:
            stored = session.scalar(select(func.count()).select_from(WatchListEntry))
        store.close()
    finally:
        child.terminate()
        child.wait(30)
        shutil.rmtree(root, ignore_errors=True)
    return {"entries": entries, "index": with_index, "pull_s": round(elapsed, 1),
            "pages": result.pages, "stored": stored, "rss_before_mb": round(before, 1),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--index", action="store_true",
                        help="build the screening index first, so the pull updates it too")
    parser.add_argument("--serve", nargs=3, metavar=("DATABASE", "PORT", "ENTRIES"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve[0], int(args.serve[1]), int(args.serve[2]))
        return
    print(json.dumps(measure(args.entries, args.index)))


if __name__ == "__main__":
    main()
