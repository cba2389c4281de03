"""An SBI service that plays a fingerprint scanner, for the demo and the tests.

It speaks the protocol `devices.sbi` uses (MOSIPDISC, MOSIPDINFO, RCAPTURE and CAPTURE on
127.0.0.1) and answers captures with the synthetic impressions of `devices.fingerprint`,
scored by their ridge contrast. Modes: `ok` (clean fingers, about 65-85), `poor` (faint and
noisy, about 15-20) and `slow` (no finger comes: the capture ends after the request's timeout
with error 701). The payloads are unsigned JWTs (`alg: none`): a real service signs them.

Run it in a thread (`with SbiSimulator() as sim: sim.port`) or as `gapura devices sbi-simulator`.
"""

from __future__ import annotations

import json
import logging
import threading
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from devices.base import Finger
from devices.sbi import BIO_SUBTYPES, FINGERS_BY_SUBTYPE, SPEC_VERSION, b64url_encode

log = logging.getLogger(__name__)

MODES = ("ok", "poor", "slow")
DEVICE_ID = "GAPURA-SIM-FP-01"
MAX_WAIT_S = 60.0
# The order a slap scanner captures in when a request names no bioSubType.
_SLAP_ORDER = (Finger.LEFT_INDEX, Finger.LEFT_MIDDLE, Finger.LEFT_RING, Finger.LEFT_LITTLE,
               Finger.RIGHT_INDEX, Finger.RIGHT_MIDDLE, Finger.RIGHT_RING, Finger.RIGHT_LITTLE,
               Finger.LEFT_THUMB, Finger.RIGHT_THUMB)


def _jwt(payload: dict[str, Any]) -> str:
    header = b64url_encode(json.dumps({"alg": "none", "typ": "JWT"}).encode())
    return f"{header}.{b64url_encode(json.dumps(payload).encode())}."


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _digital_id() -> str:
    return _jwt({"serialNo": "0000GAPURA0001", "make": "Gapura", "model": "SimSlap 10",
                 "type": "Finger", "deviceSubType": "Slap", "deviceProvider": "Gapura",
                 "deviceProviderId": "GAPURA.SIM", "dateTime": _now()})


class SbiSimulator:
    """The simulated SBI service on `host`:`port` (0: any free port), in `mode`."""

    def __init__(self, port: int = 0, mode: str = "ok", host: str = "127.0.0.1") -> None:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, got {mode!r}")
        self.mode = mode
        self.captures = 0
        self.requests: list[tuple[str, str, dict[str, Any]]] = []  # verb, path, body
        self._stop = threading.Event()
        self._server = ThreadingHTTPServer((host, port), self._handler())
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    def start(self) -> SbiSimulator:
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,),
                                        name=f"sbi-simulator-{self.port}", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()  # ends a slow capture's wait at once
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def serve_forever(self) -> None:
        """Serve in the calling thread until interrupted (the command line)."""
        try:
            self._server.serve_forever()
        finally:
            self._server.server_close()

    def __enter__(self) -> SbiSimulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- answers ------------------------------------------------------------------------------

    def discovery(self) -> list[dict[str, Any]]:
        return [{"deviceId": DEVICE_ID, "deviceStatus": "Ready", "certification": "L0",
                 "serviceVersion": "1.0", "deviceSubId": ["1", "2", "3"],
                 "callbackId": f"http://127.0.0.1:{self.port}/", "digitalId": _digital_id(),
                 "deviceCode": DEVICE_ID, "specVersion": [SPEC_VERSION],
                 "purpose": "Registration", "error": {"errorCode": "0", "errorInfo": "Success"}}]

    def info(self) -> list[dict[str, Any]]:
        info = {"specVersion": [SPEC_VERSION], "env": "Developer", "digitalId": _digital_id(),
                "deviceId": DEVICE_ID, "deviceCode": DEVICE_ID, "purpose": "Registration",
                "serviceVersion": "1.0", "deviceStatus": "Ready", "firmware": "sim-1.0",
                "certification": "L0", "deviceSubId": ["1", "2", "3"],
                "callbackId": f"http://127.0.0.1:{self.port}/"}
        return [{"deviceInfo": _jwt(info), "error": {"errorCode": "0", "errorInfo": "Success"}}]

    def capture(self, request: dict[str, Any]) -> dict[str, Any]:
        bio = (request.get("bio") or [{}])[0]
        timeout_s = min(float(request.get("timeout") or 10000) / 1000, MAX_WAIT_S)
        if self.mode == "slow":
            self._stop.wait(timeout_s)
            return {"biometrics": [{"specVersion": SPEC_VERSION, "data": "", "hash": "",
                                    "error": {"errorCode": "701",
                                              "errorInfo": "Capture Timeout"}}]}
        fingers = self._fingers(bio)
        seed, self.captures = self.captures, self.captures + 1
        entries = []
        for finger in fingers:
            png, quality = _impression_png(finger, poor=self.mode == "poor", seed=seed)
            data = {"digitalId": _digital_id(), "deviceCode": DEVICE_ID,
                    "deviceServiceVersion": "1.0", "bioType": "Finger",
                    "bioSubType": BIO_SUBTYPES[finger], "purpose": "Registration",
                    "env": request.get("env", "Developer"), "bioValue": b64url_encode(png),
                    "transactionId": request.get("transactionId", ""), "timestamp": _now(),
                    "requestedScore": str(bio.get("requestedScore", "")),
                    "qualityScore": str(quality)}
            entries.append({"specVersion": SPEC_VERSION, "data": _jwt(data), "hash": "",
                            "error": {"errorCode": "0", "errorInfo": "Success"}})
        return {"biometrics": entries}

    @staticmethod
    def _fingers(bio: dict[str, Any]) -> list[Finger]:
        """The fingers asked for: `bioSubType`, else the first `count` of the slap order;
        never one of `exception`."""
        skipped = {FINGERS_BY_SUBTYPE.get(name) for name in bio.get("exception") or []}
        named = [FINGERS_BY_SUBTYPE[n] for n in bio.get("bioSubType") or []
                 if n in FINGERS_BY_SUBTYPE]
        if named:
            return [f for f in named if f not in skipped]
        count = int(bio.get("count") or 1)
        return [f for f in _SLAP_ORDER if f not in skipped][:count]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        simulator = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _body(self) -> dict[str, Any]:
                size = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(size) if size else b""
                try:
                    body = json.loads(raw) if raw.strip() else {}
                except ValueError:
                    body = {}
                return body if isinstance(body, dict) else {}

            def _answer(self, payload: Any, status: int = 200) -> None:
                raw = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.send_header("Access-Control-Allow-Origin", "*")
                self.end_headers()
                self.wfile.write(raw)

            def _serve(self, verb: str, path: str, answer: Any) -> None:
                body = self._body()
                simulator.requests.append((verb, self.path, body))
                if self.path.rstrip("/") != path:
                    self._answer({"error": {"errorCode": "404", "errorInfo": "Not found"}}, 404)
                    return
                self._answer(answer(body))

            def do_MOSIPDISC(self) -> None:
                self._serve("MOSIPDISC", "/device", lambda body: simulator.discovery())

            def do_MOSIPDINFO(self) -> None:
                self._serve("MOSIPDINFO", "/info", lambda body: simulator.info())

            def do_RCAPTURE(self) -> None:
                self._serve("RCAPTURE", "/capture", simulator.capture)

            def do_CAPTURE(self) -> None:
                self._serve("CAPTURE", "/capture", simulator.capture)

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - base name
                log.debug("sbi simulator: " + format, *args)

        return Handler


def _impression_png(finger: Finger, *, poor: bool, seed: int) -> tuple[bytes, int]:
    from devices.fingerprint import _encode_png, _impression, ridge_quality

    strength, noise = (0.22, 30.0) if poor else (1.0, 6.0)
    image, mask = _impression(finger, strength, noise, seed)
    return _encode_png(image), ridge_quality(image, mask)
