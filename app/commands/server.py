"""`gapura server run|enrol-code`: the reference central server and its enrolment codes."""

from __future__ import annotations

import argparse
import re

OFFICE_CODE = re.compile(r"^[A-Za-z0-9._-]{1,16}$")


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("server", help="run the reference central server")
    commands = group.add_subparsers(title="server commands")
    group.set_defaults(func=lambda _args: group.print_help() or 2)
    database_help = ("SQLite file or SQLAlchemy URL (default: $DATABASE_URL, else "
                     "gapura-server.sqlite in this instance's data directory)")

    run = commands.add_parser("run", help="serve the /v1 API (uvicorn)")
    run.add_argument("--host", default="127.0.0.1")
    run.add_argument("--port", type=int, default=8765)
    run.add_argument("--database", default=None, metavar="PATH_OR_URL", help=database_help)
    run.set_defaults(func=_cmd_run)

    code = commands.add_parser(
        "enrol-code", help="print a new one-time code that enrols one workstation",
        description="Creates the office when it is missing. The code is usable once, until it "
        "expires; the server keeps only its hash.")
    code.add_argument("--office", required=True, help="office code, e.g. JKT1")
    code.add_argument("--name", default=None, help="office name (when creating the office)")
    code.add_argument("--hours", type=float, default=24, help="validity (default 24)")
    code.add_argument("--database", default=None, metavar="PATH_OR_URL", help=database_help)
    code.set_defaults(func=_cmd_enrol_code)


def _cmd_run(args: argparse.Namespace) -> int:
    import uvicorn

    from server.app import create_app

    uvicorn.run(create_app(args.database), host=args.host, port=args.port, ws="none",
                log_level="info")
    return 0


def _cmd_enrol_code(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from app.errors import GapuraError
    from server.admin import issue_enrolment_code
    from server.db import open_database

    if not OFFICE_CODE.match(args.office):
        raise GapuraError("Kode kantor {office} tidak sah: 1-16 huruf, angka, titik, garis bawah "
                          "atau tanda hubung.", detail=f"bad office code {args.office!r}",
                          office=args.office)
    if not 0 < args.hours <= 24 * 30:
        raise GapuraError("Masa berlaku kode harus lebih dari 0 dan paling lama 720 jam.",
                          detail=f"bad --hours {args.hours}")
    db = open_database(args.database)
    try:
        issued = issue_enrolment_code(db, args.office, datetime.now(UTC),
                                      office_name=args.name, hours=args.hours)
    finally:
        db.close()
    print(f"enrolment code for office {issued.office_code} ({issued.office_name}): "
          f"{issued.code}")
    print(f"valid until {issued.expires_at.isoformat(timespec='seconds')}; usable once")
    return 0
