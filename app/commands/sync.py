"""`gapura sync enrol|now|status|conflicts`: this workstation and the central server
(server.url)."""

from __future__ import annotations

import argparse
import json

from app.commands import with_services


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("sync", help="exchange data with the central server")
    commands = group.add_subparsers(title="sync commands")
    group.set_defaults(func=lambda _args: group.print_help() or 2)

    enrol = commands.add_parser(
        "enrol", help="enrol this workstation with a one-time code from the server's admin",
        description="Uses server.url; the credential is kept in the OS keyring (or a file "
        "readable by this account alone), never in the config or the database.")
    enrol.add_argument("code", help="the one-time code, e.g. ABCD-EFGH-JKMN")
    enrol.set_defaults(func=_cmd_enrol)

    commands.add_parser(
        "now", help="send every pending outbox record, then apply the server's changes"
    ).set_defaults(func=_cmd_now)

    status = commands.add_parser(
        "status", help="pending records, last push and pull, errors, conflicts to review")
    status.add_argument("--json", action="store_true", help="print one JSON object")
    status.set_defaults(func=_cmd_status)

    conflicts = commands.add_parser(
        "conflicts", help="local edits that lost to another workstation's, not yet reviewed")
    conflicts.add_argument("--json", action="store_true", help="print a JSON list")
    conflicts.set_defaults(func=_cmd_conflicts)


def _service(instance):  # noqa: ANN001, ANN202 - app.instance.Instance, SyncService
    return instance.services.sync


def _cmd_enrol(args: argparse.Namespace) -> int:
    def work(instance, actor) -> int:
        sync = _service(instance)
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

        sync = _service(instance)
        try:
            result = sync.sync_once(actor)
        except SyncError as exc:
            print(f"gapura: {exc.user_message}", file=sys.stderr)
            return 1
        finally:
            sync.close()
        pushed, pulled = result.pushed, result.pulled
        print(f"{pushed.sent} records sent ({pushed.accepted} new on the server, "
              f"{pushed.duplicates} already there, {pushed.conflicts} conflicts)")
        print(f"{pulled.changes} changes received ({pulled.applied} applied, "
              f"{pulled.skipped} skipped); cursor {pulled.cursor}")
        if pushed.conflicts:
            print("conflicts to review: gapura sync conflicts")
        return 0

    return with_services(True, work)


def _cmd_status(args: argparse.Namespace) -> int:
    def work(instance, actor) -> int:
        sync = _service(instance)
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
        print(f"last pull: {data['last_pull'] or 'never'} (cursor {state.cursor})")
        print(f"last pull error: {state.last_pull_error or '-'}")
        print(f"conflicts to review: {state.conflicts}")
        return 0

    return with_services(False, work)


def _cmd_conflicts(args: argparse.Namespace) -> int:
    def work(instance, actor) -> int:
        conflicts = _service(instance).conflicts(actor)
        if args.json:
            print(json.dumps([{
                "id": c.id, "entity_type": c.entity_type, "entity_id": c.entity_id,
                "server_version": c.server_version, "detected_at": c.detected_at.isoformat(),
                "local_payload": c.local_payload} for c in conflicts], ensure_ascii=False))
            return 0
        if not conflicts:
            print("no conflicts to review")
        for c in conflicts:
            print(f"{c.detected_at:%Y-%m-%d %H:%M} UTC  {c.entity_type} {c.entity_id}  "
                  f"server version {c.server_version}  (record {c.id})")
        return 0

    return with_services(False, work)
