"""`gapura devices`: the SBI fingerprint simulator and the system printers, from the shell."""

from __future__ import annotations

import argparse
import contextlib
import json


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("devices", help="peripherals: simulators and printers")
    group.set_defaults(func=lambda _args: group.print_help() or 2)
    commands = group.add_subparsers(title="devices commands")
    sbi = commands.add_parser(
        "sbi-simulator", help="run a simulated MOSIP SBI fingerprint service on 127.0.0.1",
        description="Serve MOSIPDISC, MOSIPDINFO and RCAPTURE like a fingerprint scanner's SBI "
        "service, until interrupted. Point devices.fingerprint (driver = \"sbi\") at it.")
    sbi.add_argument("--port", type=int, default=4501, help="port to listen on (default 4501)")
    sbi.add_argument("--mode", choices=("ok", "poor", "slow"), default="ok",
                     help="clean fingers, low quality, or no finger until the timeout")
    sbi.set_defaults(func=_cmd_sbi_simulator)
    printers = commands.add_parser("printers", help="list the system (CUPS) printers as JSON")
    printers.set_defaults(func=_cmd_printers)


def _cmd_sbi_simulator(args: argparse.Namespace) -> int:
    from devices.sbi_simulator import SbiSimulator

    simulator = SbiSimulator(args.port, args.mode)
    print(f"SBI simulator ({args.mode}) on http://127.0.0.1:{simulator.port}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl+C is how it is stopped
        simulator.serve_forever()
    return 0


def _cmd_printers(args: argparse.Namespace) -> int:
    from devices.printer import system_printers

    print(json.dumps([p.to_json_dict() for p in system_printers()], ensure_ascii=False))
    return 0
