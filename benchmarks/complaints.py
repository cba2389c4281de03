"""Complaints at a busy month's scale: intake, the duplicate suggestions shown while typing, the
monthly register and its PDF.

The store gets `--reports` reports (default 600: a busy office's month across every channel),
received through the service as customer service records them, each compared with every open
report for duplicates. Then the officer types: `suggest_duplicates` runs against all of them
open. Budget (DESIGN.md): any search within 100 ms, a register well within a second. Prints
one JSON object: `receive_p50_ms`, `receive_p95_ms`, `suggest_p50_ms`, `suggest_p95_ms`,
`register_ms`, `register_pdf_ms`, `register_pages`, `reports`, `budget_ms`.

    python -m benchmarks.complaints [--reports N] [--runs N] [--pdf FILE]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from app import config as config_module
from app.auth.permissions import Role
from app.domain.complaints import CHANNELS, ReportText
from app.services import Services
from app.services.base import ServiceContext, system_actor
from app.services.complaints import ComplaintIntake
from app.store.db import open_store
from devices.registry import build_devices

START = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)  # Monday 2 November, 08.00 WIB
SEED = 20261203
BUDGET_MS = 100
STREETS = ("Jl. Raya Serpong", "Jl. Husein Sastranegara", "Jl. Daan Mogot", "Jl. Perintis",
           "Jl. MH Thamrin", "Jl. Sudirman", "Jl. Benda Raya", "Jl. Marsekal Surya Darma")
SUBJECTS = ("pekerja asing", "turis asing", "WNA tanpa paspor", "petugas loket",
            "antrean paspor", "layanan izin tinggal", "WNA menginap di kos")
KINDS = ("laporan_orang_asing", "pengaduan_layanan", "keluhan")


class _Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


def _percentile(values: list[float], q: int) -> float:
    return round(statistics.quantiles(values, n=100, method="inclusive")[q - 1], 2)


def _intake(rng: random.Random, n: int) -> ComplaintIntake:
    kind = KINDS[n % 3]
    street = f"{rng.choice(STREETS)} No. {rng.randint(1, 200)}"
    return ComplaintIntake(
        kind=kind, channel=rng.choice(tuple(CHANNELS)), anonymous=n % 5 == 0,
        reporter_name=f"Pelapor {n}", reporter_phone=f"0812{rng.randint(10**7, 10**8 - 1)}",
        description=f"Laporan {n}: {rng.choice(SUBJECTS)} terlihat di {street} sejak "
                    f"{rng.randint(1, 14)} hari.",
        subject_kind="orang_asing" if kind == "laporan_orang_asing" else "layanan",
        subject_name=rng.choice(SUBJECTS), location=street)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=600)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--pdf", type=Path, help="also save the register's PDF here")
    args = parser.parse_args()
    rng = random.Random(SEED)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        path = root / "config.toml"
        config_module.write(path, {"office.code": "BENCH", "office.name": "Kantor Imigrasi",
                                   "workstation.id": "WS-BENCH"})
        config = config_module.load(path)
        store = open_store(root / "gapura.sqlite", root / "backups")
        clock = _Clock()
        services = Services.build(ServiceContext(store=store, config=config, clock=clock),
                                  build_devices(config, root / "spool"))
        services.ensure_reference_data(system_actor(config))
        created = services.users.create_user(system_actor(config), "pengaduan", "Petugas Pengaduan",
                                             (Role.CUSTOMER_SERVICE,),
                                             nip="199203152019022001", password="Bench2026!")
        actor = services.auth.sign_in(created.user.username, "Bench2026!").actor
        received = []
        for n in range(args.reports):
            clock.now = START + timedelta(minutes=n * 67)  # spread over the month
            began = time.perf_counter()
            services.complaints.receive(actor, _intake(rng, n))
            received.append((time.perf_counter() - began) * 1000)
        typed = [ReportText("", rng.choice(SUBJECTS), f"{rng.choice(STREETS)} No. 5",
                            "terlihat sejak kemarin") for _ in range(args.runs)]
        suggest = []
        for text in typed:
            began = time.perf_counter()
            services.complaints.suggest_duplicates(actor, text)
            suggest.append((time.perf_counter() - began) * 1000)
        clock.now = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)
        began = time.perf_counter()
        services.complaints.register(actor, date(2026, 11, 1), date(2026, 11, 30))
        register_ms = (time.perf_counter() - began) * 1000
        began = time.perf_counter()
        document = services.complaints.print_register(actor, date(2026, 11, 1),
                                                      date(2026, 11, 30))
        pdf_ms = (time.perf_counter() - began) * 1000
        if args.pdf:
            args.pdf.write_bytes(document.pdf)
        store.close()
    print(json.dumps({
        "receive_p50_ms": _percentile(received, 50), "receive_p95_ms": _percentile(received, 95),
        "suggest_p50_ms": _percentile(suggest, 50), "suggest_p95_ms": _percentile(suggest, 95),
        "register_ms": round(register_ms, 1), "register_pdf_ms": round(pdf_ms, 1),
        "register_pages": document.page_count, "reports": args.reports,
        "budget_ms": BUDGET_MS}))


if __name__ == "__main__":
    main()
