"""`gapura messages list|dispatch|token`: applicant notifications waiting for the gateway."""

from __future__ import annotations

import argparse
import sys

from app.commands import with_services


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("messages", help="applicant notifications (WhatsApp/SMS)")
    commands = group.add_subparsers(title="messages commands")
    group.set_defaults(func=lambda _args: group.print_help() or 2)

    listing = commands.add_parser("list", help="this office's messages, newest first")
    listing.add_argument("--status", choices=("queued", "sent", "failed"), default=None)
    listing.add_argument("--case", default=None, help="only the messages of this case id")
    listing.set_defaults(func=_cmd_list)

    dispatch = commands.add_parser(
        "dispatch", help="send the due queued messages through the configured gateway "
                         "(messaging.gateway)")
    dispatch.add_argument("--limit", type=int, default=50, help="at most this many (50)")
    dispatch.set_defaults(func=_cmd_dispatch)

    token = commands.add_parser(
        "token", help="store the HTTP gateway's bearer token (read from standard input) in "
                      "the secret store")
    token.set_defaults(func=_cmd_token)


def _cmd_list(args: argparse.Namespace) -> int:
    def work(instance, actor) -> int:
        for m in instance.services.messaging.messages(actor, case_id=args.case,
                                                      status=args.status):
            print("\t".join((m.created_at.isoformat(timespec="seconds"), m.status, m.channel,
                             m.recipient, m.template, str(m.attempts), m.id,
                             m.last_error)).rstrip("\t"))
        return 0

    return with_services(False, work)


def _cmd_dispatch(args: argparse.Namespace) -> int:
    def work(instance, actor) -> int:
        result = instance.services.messaging.dispatch(actor, limit=args.limit)
        for m in result.rescheduled + result.failed:
            print(f"{m.id} {m.recipient}: {m.status}, attempt {m.attempts}: {m.last_error}",
                  file=sys.stderr)
        print(f"sent {len(result.sent)}, rescheduled {len(result.rescheduled)}, "
              f"failed {len(result.failed)}")
        return 1 if result.failed else 0

    return with_services(False, work)


def _cmd_token(args: argparse.Namespace) -> int:
    from app.messaging.gateway import TOKEN_SECRET

    value = sys.stdin.readline().strip()
    if not value:
        print("gapura: no token given on standard input", file=sys.stderr)
        return 2

    def work(instance, actor) -> int:
        instance.services.context.secrets.set(TOKEN_SECRET, value.encode("utf-8"))
        print(f"messaging gateway token stored ({instance.services.context.secrets.where})")
        return 0

    return with_services(False, work)
