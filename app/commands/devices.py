"""`gapura devices`: the SBI fingerprint simulator, the system printers and a camera test, from
the shell."""

from __future__ import annotations

import argparse
import contextlib
import json
from pathlib import Path


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
    camera = commands.add_parser(
        "camera-test", help="take a passport photo from a camera and check it (ICAO)",
        description="Open a camera as the counter does (OpenCV), watch it until a photo passes "
        "the ICAO checks (or give up after a few seconds of frames) and print the verdict as "
        "JSON: ok, the reasons a photo was refused, the measurements. Exits 0 when the photo "
        "passes, 1 when it is refused, 2 when the camera cannot be opened or read.")
    camera.add_argument("--source", default="0",
                        help="device index (0 = the first webcam), stream URL or video file")
    camera.add_argument("--width", type=int, default=1280, help="frame width asked (pixels)")
    camera.add_argument("--height", type=int, default=720, help="frame height asked (pixels)")
    camera.add_argument("--frames", type=int, default=60,
                        help="frames to watch for a passing photo (default 60, 4 s at 15 fps)")
    camera.add_argument("--out", type=Path, help="write the photo (JPEG, 35x45 crop) here")
    camera.set_defaults(func=_cmd_camera_test)


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


def _cmd_camera_test(args: argparse.Namespace) -> int:
    from devices.camera import OpenCvCamera, capture_from

    source = args.source.strip()
    camera = OpenCvCamera(int(source) if source.isdigit() else source, args.width, args.height)
    try:
        # A device error reaches main(): its Indonesian message, exit 2.
        photo = capture_from(camera, max_frames=max(1, args.frames))
    finally:
        camera.close()
    if args.out is not None:
        args.out.write_bytes(photo.jpeg)
    report = {"ok": bool(photo.quality["ok"]), "width": photo.width, "height": photo.height,
              "jpeg_bytes": len(photo.jpeg), "quality": dict(photo.quality)}
    print(json.dumps(report, ensure_ascii=False))
    return 0 if report["ok"] else 1
