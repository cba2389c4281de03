"""`gapura sync enrol|now|status`: this workstation and the central server (server.url)."""

from __future__ import annotations

import argparse
import json

from app.commands import with_services


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("sync", help="send the outbox to the central server")
    commands = group.add_subparsers(title="sync commands")
    group.set_defaults(func=lambda _args: group.print_help() or 2)

    enrol = commands.add_parser(
        "enrol", help="enrol this workstation with a one-time code from the server's admin",
        description="Uses server.url; the credential is kept in the OS keyring (or a file "
        "readable by this account alone), never in the config or the database.")
    enrol.add_argument("code", help="the one-time code, e.g. ABCD-EFGH-JKMN")
    enrol.set_defaults(func=_cmd_enrol)

    commands.add_parser("now", help="send every pending outbox record now").set_defaults(
        func=_cmd_now)

    status = commands.add_parser("status", help="pending records, last success, last error")
    status.add_argument("--json", action="store_true", help="print one JSON object")
    status.set_defaults(func=_cmd_status)


def _cmd_enrol(args: argparse.Namespace) -> int:
    def work(instance, actor) -> int:
        from app.sync.worker import SyncService

        sync = SyncService(instance.services.context)
        try:
            credential = sync.enrol(actor, args.code)
        finally:
            sync.close()
        print(f"workstation {credential.workstation_id} enrolled in office "
              f"{credential.office_code}; credential kept in "
              f"{instance.services.context.secrets.where}")
        return 0

    return with_services(True, work)


def _cmd_now(args: argparse.Namespace) -> int:
    import sys

    def work(instance, actor) -> int:
        from app.sync.client import SyncError
        from app.sync.worker import SyncService

        sync = SyncService(instance.services.context)
        try:
            result = sync.push_pending(actor)
        except SyncError as exc:
            print(f"gapura: {exc.user_message}", file=sys.stderr)
            return 1
        finally:
            sync.close()
        print(f"{result.sent} records sent ({result.accepted} new on the server, "
              f"{result.duplicates} already there)")
        return 0

    return with_services(True, work)


def _cmd_status(args: argparse.Namespace) -> int:
    def work(instance, actor) -> int:
        from app.sync.worker import SyncService

        sync = SyncService(instance.services.context)
        state = sync.status(actor)
        enrolled = sync.enrolled()
        data = {**state.as_dict(), "server_url": instance.config["server.url"],
                "workstation_id": enrolled.workstation_id if enrolled else None,
                "office_code": enrolled.office_code if enrolled else None}
        if args.json:
            print(json.dumps(data, ensure_ascii=False))
            return 0
        print(f"server: {data['server_url'] or '(not set: offline)'}")
        print("enrolled: " + (f"{enrolled.workstation_id} in office {enrolled.office_code}"
                              if enrolled else "no"))
        print(f"pending records: {state.pending}")
        print(f"last success: {data['last_success'] or 'never'}")
        print(f"last error: {state.last_error or '-'}")
        return 0

    return with_services(False, work)
