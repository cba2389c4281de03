"""`gapura server ...`: the reference central server, its enrolment codes and the reference data
it publishes to workstations (offices, users, watch lists, CSCA certificates, reference values,
holidays, permit types, document number ranges; decisions 0009, 0026)."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from datetime import date, datetime

    from server.db import Database

OFFICE_CODE = re.compile(r"^[A-Za-z0-9._-]{1,16}$")
DATABASE_HELP = ("SQLite file or SQLAlchemy URL (default: $DATABASE_URL, else "
                 "gapura-server.sqlite in this instance's data directory)")


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("server", help="run the reference central server")
    commands = group.add_subparsers(title="server commands")
    group.set_defaults(func=lambda _args: group.print_help() or 2)
    database_help = DATABASE_HELP

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
    _register_reference_data(commands)


def _subgroup(commands: argparse._SubParsersAction, name: str,
              help_text: str) -> argparse._SubParsersAction:
    group = commands.add_parser(name, help=help_text)
    group.set_defaults(func=lambda _args: group.print_help() or 2)
    return group.add_subparsers(title=f"server {name} commands")


def _command(commands: argparse._SubParsersAction, name: str, help_text: str,
             func: Callable[[argparse.Namespace], int], **kwargs: Any) -> argparse.ArgumentParser:
    parser = commands.add_parser(name, help=help_text, **kwargs)
    parser.add_argument("--database", default=None, metavar="PATH_OR_URL", help=DATABASE_HELP)
    parser.set_defaults(func=func)
    return parser


def _register_reference_data(commands: argparse._SubParsersAction) -> None:
    office = _subgroup(commands, "office", "offices and their letterhead data")
    office_set = _command(office, "set", "create or update an office and publish it",
                          _cmd_office_set, description="Options not given keep their value.")
    office_set.add_argument("code", help="office code, e.g. JKT1")
    office_set.add_argument("--name", help="office name (required for a new office)")
    for option in ("timezone", "ministry", "directorate-general", "regional-office",
                   "address", "city", "phone", "email", "website"):
        office_set.add_argument(f"--{option}", default=None)

    user = _subgroup(commands, "user", "officers' accounts kept by the server")
    add = _command(user, "add", "create an account and publish it to its office", _cmd_user_add,
                   description="The password is read from standard input (one line), or asked "
                   "for when standard input is a terminal; the officer must change it at the "
                   "first sign-in.")
    add.add_argument("--office", required=True, help="office code")
    add.add_argument("--username", required=True)
    add.add_argument("--full-name", required=True)
    add.add_argument("--role", action="append", required=True,
                     help="role code; repeat for several roles")
    add.add_argument("--nip", default="", help="employee number (NIP)")
    add.add_argument("--password-stdin", action="store_true",
                     help="read the password from standard input even on a terminal")
    disable = _command(user, "disable", "disable an account and publish it", _cmd_user_disable)
    disable.add_argument("username")

    watchlist = _subgroup(commands, "watchlist", "the watch lists published to every office")
    imp = _command(watchlist, "import", "publish the entries of a CSV file (all rows or none)",
                   _cmd_watchlist_import,
                   description="The CSV format of `gapura watchlist import`. An entry with the "
                   "same id replaces the published one; remove entries no longer wanted with "
                   "`gapura server watchlist remove`.")
    imp.add_argument("file", type=Path)
    remove = _command(watchlist, "remove", "publish the removal of one entry",
                      _cmd_watchlist_remove)
    remove.add_argument("entry_id")

    chip = _subgroup(commands, "chip", "CSCA certificates and CRLs trusted for ePassport chips")
    chip_import = _command(
        chip, "import-masterlist",
        "publish the CSCAs of a master list or certificate file, or a CSCA's CRL",
        _cmd_chip_import, description="FILE is an ICAO CSCA master list (CMS, its signature "
        "must verify), CSCA certificates (DER, or PEM with one or more) or a CRL (DER or "
        "PEM); every workstation trusts them once it syncs. Nothing is published from a file "
        "with any certificate that is not a CA, nor a CRL no published CSCA of its issuer "
        "verifies; a CRL replaces its issuer's older one.")
    chip_import.add_argument("file", type=Path)
    chip_remove = _command(chip, "remove", "publish that workstations no longer trust a CSCA",
                           _cmd_chip_remove)
    chip_remove.add_argument("fingerprint", help="the SHA-256 of the certificate (hex)")

    reference = _subgroup(commands, "reference", "reference values (fees, durations, limits)")
    ref_set = _command(reference, "set", "publish a reference value", _cmd_reference_set)
    ref_set.add_argument("key")
    ref_set.add_argument("value")
    ref_set.add_argument("--effective-from", required=True, metavar="YYYY-MM-DD")
    ref_set.add_argument("--unit", default="")
    ref_set.add_argument("--legal-basis", default="")
    ref_set.add_argument("--note", default="")
    ref_set.add_argument("--needs-confirmation", action="store_true")

    holiday = _subgroup(commands, "holiday", "public holidays")
    holiday_add = _command(holiday, "add", "publish a holiday", _cmd_holiday_add)
    holiday_add.add_argument("date", metavar="YYYY-MM-DD")
    holiday_add.add_argument("name")
    holiday_remove = _command(holiday, "remove", "publish the removal of a holiday",
                              _cmd_holiday_remove)
    holiday_remove.add_argument("date", metavar="YYYY-MM-DD")

    permit_type = _subgroup(commands, "permit-type", "stay permit types and their rules")
    permit_set = _command(permit_type, "set", "publish a permit type", _cmd_permit_type_set)
    permit_set.add_argument("code")
    permit_set.add_argument("--name", required=True)
    permit_set.add_argument("--rules", required=True, metavar="JSON",
                            help="the type's rules as a JSON object")

    upstream = _subgroup(commands, "upstream",
                         "case steps waiting for the Kanwil or the Ditjen (decision 0015)")
    up_list = _command(upstream, "list", "requests waiting for a decision", _cmd_upstream_list)
    up_list.add_argument("--office", default=None)
    up_list.add_argument("--party", choices=("kanwil", "ditjen"), default=None)
    up_list.add_argument("--json", action="store_true", help="one JSON array")
    up_decide = _command(upstream, "decide", "record a decision and publish it to the office",
                         _cmd_upstream_decide,
                         description="The workstation that asked moves the case on when it "
                         "next syncs. --answer is required where the step asks a question "
                         "(e.g. ya/tidak) and refused where it does not.")
    up_decide.add_argument("request_id")
    up_decide.add_argument("--answer", default="")
    up_decide.add_argument("--by", required=True, help="the deciding official, with position")
    up_decide.add_argument("--reference", required=True, help="the letter's number")
    up_decide.add_argument("--note", default="")

    ranges = _subgroup(commands, "range", "document number ranges")
    lease = _command(ranges, "lease", "lease a block of document numbers to a workstation",
                     _cmd_range_lease, description="Refused when the block overlaps any block "
                     "leased before in the same office.")
    lease.add_argument("--office", required=True)
    lease.add_argument("--workstation", required=True)
    lease.add_argument("--first", required=True, type=int)
    lease.add_argument("--last", required=True, type=int)


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

    _check_office_code(args.office)
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


def _check_office_code(code: str) -> None:
    from app.errors import GapuraError

    if not OFFICE_CODE.match(code):
        raise GapuraError("Kode kantor {office} tidak sah: 1-16 huruf, angka, titik, garis bawah "
                          "atau tanda hubung.", detail=f"bad office code {code!r}", office=code)


def _iso_date(text: str) -> date:
    from datetime import date

    from app.errors import ValidationError

    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise ValidationError("Tanggal {value} tidak sah; tulis sebagai YYYY-MM-DD.",
                              detail=f"bad date {text!r}", value=text) from exc


def _with_database(args: argparse.Namespace, work: Callable[[Database, datetime], int]) -> int:
    """Run `work(db, now)` on the server database named by `--database`."""
    from datetime import UTC, datetime

    from server.db import open_database

    db = open_database(args.database)
    try:
        return work(db, datetime.now(UTC))
    finally:
        db.close()


def _cmd_office_set(args: argparse.Namespace) -> int:
    from server.admin import OFFICE_FIELDS, set_office

    _check_office_code(args.code)
    fields = {name: getattr(args, name) for name in OFFICE_FIELDS[1:]}

    def work(db: Database, now: datetime) -> int:
        office = set_office(db, args.code, now, **fields)
        print(f"office {office['code']} ({office['name']}, {office['timezone']}) published")
        return 0

    return _with_database(args, work)


def _read_password(from_stdin: bool) -> str:
    from app.errors import ValidationError

    if from_stdin or not sys.stdin.isatty():
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        import getpass

        password = getpass.getpass("Kata sandi: ")
    if not password:
        raise ValidationError("Kata sandi tidak dikirim; tulis kata sandi satu baris ke masukan "
                              "standar.", detail="no password on stdin")
    return password


def _cmd_user_add(args: argparse.Namespace) -> int:
    from server.admin import add_user, parse_role_codes

    _check_office_code(args.office)
    parse_role_codes(args.role)  # refuse a bad role before asking for the password
    password = _read_password(args.password_stdin)

    def work(db: Database, now: datetime) -> int:
        user = add_user(db, now, office_code=args.office, username=args.username,
                        full_name=args.full_name, roles=args.role, password=password,
                        nip=args.nip)
        print(f"user {user['username']} ({user['id']}) of office {user['office_code']} "
              f"created with roles {', '.join(user['roles'])}; published")
        return 0

    return _with_database(args, work)


def _cmd_user_disable(args: argparse.Namespace) -> int:
    from server.admin import disable_user

    def work(db: Database, now: datetime) -> int:
        user = disable_user(db, now, args.username)
        print(f"user {user['username']} disabled; published")
        return 0

    return _with_database(args, work)


def _cmd_watchlist_import(args: argparse.Namespace) -> int:
    from app.commands.watchlist import print_bad_rows
    from app.services.screening import WatchListImportError, read_csv
    from server.admin import import_watch_entries

    try:
        entries = read_csv(args.file)
    except WatchListImportError as exc:
        return print_bad_rows(args.file, exc)

    def work(db: Database, now: datetime) -> int:
        count = import_watch_entries(db, now, entries)
        print(f"published {count} watch-list entries from {args.file.name}")
        return 0

    return _with_database(args, work)


def _cmd_watchlist_remove(args: argparse.Namespace) -> int:
    from server.admin import remove_watch_entry

    def work(db: Database, now: datetime) -> int:
        remove_watch_entry(db, now, args.entry_id)
        print(f"watch-list entry {args.entry_id} removed; published")
        return 0

    return _with_database(args, work)


def _cmd_chip_import(args: argparse.Namespace) -> int:
    from app.errors import ValidationError
    from app.services.chip import NOT_A_CERTIFICATE, read_trust_file
    from server.admin import import_csca_certificates, import_csca_crls

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise ValidationError(NOT_A_CERTIFICATE, detail=f"{args.file}: {exc}",
                              file=args.file.name) from exc
    found = read_trust_file(data, args.file.name)

    def work(db: Database, now: datetime) -> int:
        crls = None
        if found.crls:  # with the file's certificates (which may be their issuers), at once
            crls = import_csca_crls(db, now, found.crls, args.file.name, found.certificates)
        elif found.certificates:
            import_csca_certificates(db, now, found.certificates)
        if found.certificates:
            print(f"published {len(found.certificates)} CSCA certificates from "
                  f"{args.file.name}")
            for cert in found.certificates:
                print(f"  {cert.fingerprint}  {cert.subject}")
        if crls is not None:
            print(f"published {crls.published} CRLs from {args.file.name}"
                  + (f" ({crls.outdated} not newer than the one published, skipped)"
                     if crls.outdated else ""))
            for crl in found.crls:
                print(f"  {crl.issuer}  number {crl.number}  "
                      f"{crl.this_update.date().isoformat()}  {crl.revoked} revoked")
        return 0

    return _with_database(args, work)


def _cmd_chip_remove(args: argparse.Namespace) -> int:
    from server.admin import remove_csca_certificate

    def work(db: Database, now: datetime) -> int:
        remove_csca_certificate(db, now, args.fingerprint.lower())
        print(f"CSCA certificate {args.fingerprint} removed; published")
        return 0

    return _with_database(args, work)


def _cmd_reference_set(args: argparse.Namespace) -> int:
    from server.admin import set_reference_value

    effective_from = _iso_date(args.effective_from)

    def work(db: Database, now: datetime) -> int:
        value = set_reference_value(db, now, key=args.key, value=args.value,
                                    effective_from=effective_from, unit=args.unit,
                                    legal_basis=args.legal_basis,
                                    needs_confirmation=args.needs_confirmation, note=args.note)
        print(f"reference {value['key']} = {value['value']} {value['unit']} from "
              f"{value['effective_from']}; published")
        return 0

    return _with_database(args, work)


def _cmd_holiday_add(args: argparse.Namespace) -> int:
    from server.admin import add_holiday

    day = _iso_date(args.date)

    def work(db: Database, now: datetime) -> int:
        add_holiday(db, now, day, args.name)
        print(f"holiday {day.isoformat()} ({args.name}) published")
        return 0

    return _with_database(args, work)


def _cmd_holiday_remove(args: argparse.Namespace) -> int:
    from server.admin import remove_holiday

    day = _iso_date(args.date)

    def work(db: Database, now: datetime) -> int:
        remove_holiday(db, now, day)
        print(f"holiday {day.isoformat()} removed; published")
        return 0

    return _with_database(args, work)


def _cmd_permit_type_set(args: argparse.Namespace) -> int:
    import json

    from app.errors import ValidationError
    from server.admin import set_permit_type

    try:
        rules = json.loads(args.rules)
    except json.JSONDecodeError as exc:
        raise ValidationError("Aturan jenis izin bukan JSON yang sah: {reason}.",
                              detail=f"bad --rules: {exc}", reason=exc.msg) from exc
    if not isinstance(rules, dict):
        raise ValidationError("Aturan jenis izin harus berupa objek JSON ({{...}}).",
                              detail=f"--rules is a {type(rules).__name__}")

    def work(db: Database, now: datetime) -> int:
        permit = set_permit_type(db, now, code=args.code, name=args.name, rules=rules)
        print(f"permit type {permit['code']} ({permit['name']}) published")
        return 0

    return _with_database(args, work)


def _cmd_range_lease(args: argparse.Namespace) -> int:
    from server.admin import lease_range

    _check_office_code(args.office)

    def work(db: Database, now: datetime) -> int:
        block = lease_range(db, now, office_code=args.office,
                            workstation_id=args.workstation, first=args.first, last=args.last)
        print(f"numbers {block['first']}-{block['last']} leased to workstation "
              f"{block['workstation_id']} of office {args.office}; published")
        return 0

    return _with_database(args, work)


def _cmd_upstream_list(args: argparse.Namespace) -> int:
    import json

    from server.upstream import pending

    def work(db: Database, _now: datetime) -> int:
        items = pending(db, office_code=args.office, party=args.party)
        if args.json:
            print(json.dumps([{"id": i.id, "office_code": i.office_code, **i.row}
                              for i in items], ensure_ascii=False, indent=2))
            return 0
        for item in items:
            row = item.row
            asked = f" — {row['question']} ({', '.join(item.answers)})" if item.answers else ""
            print(f"{item.id}  {item.office_code}  {row.get('party')}  {row.get('case_number')}"
                  f"  {row.get('title')}{asked}")
        print(f"{len(items)} waiting")
        return 0

    return _with_database(args, work)


def _cmd_upstream_decide(args: argparse.Namespace) -> int:
    from server.upstream import decide

    def work(db: Database, now: datetime) -> int:
        item = decide(db, now, args.request_id, answer=args.answer, decided_by=args.by,
                      reference=args.reference, note=args.note)
        answer = f" ({item.row['answer']})" if item.row["answer"] else ""
        print(f"{item.row.get('case_number')} {item.row.get('step_id')}: decided{answer}; "
              f"published to {item.office_code}")
        return 0

    return _with_database(args, work)
