"""The `gapura` command: the GUI by default, subcommands for the demo and maintenance."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from app import __version__
from app.commands import with_services
from app.errors import GapuraError

log = logging.getLogger(__name__)


def _cmd_gui(args: argparse.Namespace) -> int:
    from ui.app import run_gui  # Qt is imported only when a window is wanted

    return run_gui()


def _cmd_demo(args: argparse.Namespace) -> int:
    from app import demo

    home = demo.prepare(reset=args.reset)
    print(f"Demo workspace: {home}")
    print(demo.accounts_text())
    if args.no_gui:
        return 0
    scanner = demo.start_fingerprint_service()
    demo.use_fingerprint_service(home, scanner.port)
    print(f"Fingerprint scanner: SBI simulator on 127.0.0.1:{scanner.port}")
    try:
        return _run_demo_gui(args, home)
    finally:
        scanner.stop()
        demo.use_fingerprint_service(home, None)


def _run_demo_gui(args: argparse.Namespace, home: Path) -> int:
    from app.demo_server import DemoServer, connect, disconnect
    from ui.app import run_gui

    if args.no_server:
        disconnect(home)
        return run_gui(home)
    server = DemoServer(home)
    try:
        url = server.start()
        workstation = connect(home, url)
    except GapuraError as error:
        server.stop()
        disconnect(home)
        print(f"gapura: {error.user_message}", file=sys.stderr)
        print("The demo goes on offline.", file=sys.stderr)
        return run_gui(home)
    print(f"Reference server: {url} (workstation {workstation} enrolled; data in "
          f"{server.database})")
    try:
        return run_gui(home)
    finally:
        server.stop()


def _cmd_db_upgrade(args: argparse.Namespace) -> int:
    from app.instance import open_instance
    from app.store.db import current_revision

    instance = open_instance()
    try:
        revision = current_revision(instance.store.engine)
        print(f"database {instance.paths.database} at revision {revision}")
    finally:
        instance.close()
    return 0


def _cmd_db_backups(args: argparse.Namespace) -> int:
    from app.paths import instance_paths
    from app.store.backup import list_backups

    paths = instance_paths()
    for backup in list_backups(paths.backup_dir):
        print(f"{backup.taken_at:%Y-%m-%d %H:%M:%S} UTC  {backup.label:32}  {backup.path}")
    return 0


def _cmd_db_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from app.paths import instance_paths
    from app.store.backup import restore_latest
    from app.store.lock import InstanceLock

    paths = instance_paths().ensure()
    with InstanceLock(paths.lock_file):  # never under a running Gapura
        backup = restore_latest(paths.database, paths.backup_dir,
                                Path(args.backup) if args.backup else None)
    print(f"database {paths.database} restored from {backup.path} ({backup.label})")
    return 0


def _cmd_user_add(args: argparse.Namespace) -> int:
    def work(instance, actor) -> int:
        result = instance.services.users.create_user(
            actor, args.username, args.name, args.role, nip=args.nip or "",
            password=args.password)
        print(f"user {result.user.username} created with roles {', '.join(result.user.roles)}")
        print(f"one-time password (must be changed at first sign-in): {result.password}")
        return 0

    return with_services(True, work)


def _cmd_user_list(args: argparse.Namespace) -> int:
    def work(instance, actor) -> int:
        for user in instance.services.users.list_users(actor):
            state = "disabled" if user.disabled else "active"
            print(f"{user.username:20} {state:8} {','.join(user.roles):40} {user.full_name}")
        return 0

    return with_services(False, work)


def _cmd_user_reset(args: argparse.Namespace) -> int:
    def work(instance, actor) -> int:
        users = instance.services.users
        result = users.reset_password(actor, users.find(actor, args.username).id, args.password)
        print(f"password of {result.user.username} reset; one-time password: {result.password}")
        return 0

    return with_services(True, work)


def _cmd_audit_verify(args: argparse.Namespace) -> int:
    def work(instance, actor) -> int:
        report = instance.services.audit.verify(actor)
        if report.ok:
            print(f"OK: {report.events_checked} audit events, chain intact")
            return 0
        print(f"BROKEN at event {report.broken_seq}: {report.reason} "
              f"({report.events_checked} events before it are intact)")
        return 1

    return with_services(False, work)


def _cmd_config_show(args: argparse.Namespace) -> int:
    from app import config
    from app.paths import instance_paths

    paths = instance_paths()
    cfg = config.load(paths.config_file)
    print(f"# {cfg.path}")
    for setting in config.SETTINGS:
        print(f"{setting.key} = {json.dumps(cfg[setting.key])}")
    for document_type, printer in sorted(cfg.printers().items()):
        print(f"{config.PRINTERS_TABLE}.{document_type} = {json.dumps(printer)}")
    print(f"# effective workstation id: {cfg.workstation_id}")
    return 0


def _cmd_version(args: argparse.Namespace) -> int:
    from app.store.db import head_revision

    print(f"gapura {__version__} (schema {head_revision()}, Python {sys.version.split()[0]})")
    return 0


def _group(sub: argparse._SubParsersAction, name: str,
           help_text: str) -> argparse._SubParsersAction:
    """A command with subcommands; given alone it prints its help instead of opening the GUI."""
    group = sub.add_parser(name, help=help_text)
    group.set_defaults(func=lambda _args: group.print_help() or 2)
    return group.add_subparsers(title=f"{name} commands")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gapura", description="Gapura immigration office workstation. "
        "Without a command, opens the application. GAPURA_HOME=<dir> keeps one instance's "
        "config, data and logs under that dir.")
    parser.set_defaults(func=_cmd_gui)
    sub = parser.add_subparsers(title="commands")

    demo = sub.add_parser("demo", help="create or reuse the demo workspace and open it")
    demo.add_argument("--reset", action="store_true", help="start from fresh demo data")
    demo.add_argument("--no-gui", action="store_true", help="prepare the workspace only")
    demo.add_argument("--no-server", action="store_true",
                      help="work offline, without the local reference server")
    demo.set_defaults(func=_cmd_demo)

    db = _group(sub, "db", "database maintenance")
    db.add_parser("upgrade", help="back up and upgrade the schema").set_defaults(
        func=_cmd_db_upgrade)
    db.add_parser("backups", help="list the database backups, newest first").set_defaults(
        func=_cmd_db_backups)
    restore = db.add_parser(
        "restore", help="put a backup back as the database (default: the newest one taken "
        "before an upgrade); the current database is kept in the backup folder")
    restore.add_argument("backup", nargs="?", help="backup file (see `gapura db backups`)")
    restore.set_defaults(func=_cmd_db_restore)

    user = _group(sub, "user", "local accounts")
    add = user.add_parser("add", help="create an account")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="full name")
    add.add_argument("--role", action="append", required=True,
                     help="role code; repeat for several roles")
    add.add_argument("--nip", help="employee number (NIP)")
    add.add_argument("--password", help="one-time password (default: generated)")
    add.set_defaults(func=_cmd_user_add)
    user.add_parser("list", help="list accounts").set_defaults(func=_cmd_user_list)
    reset = user.add_parser("reset-password", help="set a one-time password and unlock")
    reset.add_argument("username")
    reset.add_argument("--password", help="one-time password (default: generated)")
    reset.set_defaults(func=_cmd_user_reset)

    audit = _group(sub, "audit", "audit trail")
    audit.add_parser("verify", help="check the hash chain").set_defaults(func=_cmd_audit_verify)

    cfg = _group(sub, "config", "configuration")
    cfg.add_parser("show", help="print the effective configuration").set_defaults(
        func=_cmd_config_show)

    sub.add_parser("version", help="print the version").set_defaults(func=_cmd_version)
    for module in _command_modules():
        module.register(sub)
    return parser


def _command_modules() -> list:
    """The feature modules in app/commands, each adding its own subcommands."""
    import importlib
    import pkgutil

    from app import commands

    return [importlib.import_module(f"app.commands.{info.name}")
            for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "func", None) is None:
        parser.print_help()
        return 2
    try:
        return args.func(args)
    except GapuraError as exc:
        log.error("command failed: %s", exc.detail or exc.user_message)
        print(f"gapura: {exc.user_message}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
