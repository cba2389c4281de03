"""Fingerprint scanners over MOSIP's Secure Biometric Interface (SBI, formerly MDS).

The vendor's SBI service runs on the workstation and answers HTTP on one port of 4501-4600 with
custom verbs: `MOSIPDISC /device` (discovery: which devices, their id, status and sub-ids),
`MOSIPDINFO /info` (device information) and `RCAPTURE /capture` (registration capture: the
fingers wanted as `bioSubType`, how many as `count`, the ones the person lacks as `exception`,
the quality to wait for as `requestedScore` and a `timeout` in ms). Each captured finger comes
back as one `biometrics` entry whose `data` (a JWT, or plain JSON from simple services) holds its
`bioSubType`, `qualityScore` and `bioValue` (the image, base64url).

The client does not verify the device's JWT signature (that needs the device provider's
certificates from the MOSIP partner management; decision 0021). httpx is imported on first use.
"""

from __future__ import annotations

import base64
import json
import logging
import re
import threading
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Self

from app.errors import DeviceError
from app.i18n import QT_TRANSLATE_NOOP
from devices.base import (
    FINGER_NAMES,
    DeviceState,
    DeviceStatus,
    DeviceTimeout,
    DeviceUnplugged,
    DriverOption,
    DriverSettings,
    Finger,
    FingerprintImage,
    FingerprintScanner,
    FingerprintSet,
    PoorQuality,
    TestCapture,
)

log = logging.getLogger(__name__)

SPEC_VERSION = "0.9.5"
PORT_RANGE = (4501, 4600)
# SBI's names of the ten fingers (bioSubType), by ISO/IEC 19794-4 position.
BIO_SUBTYPES: Mapping[Finger, str] = {
    Finger.RIGHT_THUMB: "Right Thumb",
    Finger.RIGHT_INDEX: "Right IndexFinger",
    Finger.RIGHT_MIDDLE: "Right MiddleFinger",
    Finger.RIGHT_RING: "Right RingFinger",
    Finger.RIGHT_LITTLE: "Right LittleFinger",
    Finger.LEFT_THUMB: "Left Thumb",
    Finger.LEFT_INDEX: "Left IndexFinger",
    Finger.LEFT_MIDDLE: "Left MiddleFinger",
    Finger.LEFT_RING: "Left RingFinger",
    Finger.LEFT_LITTLE: "Left LittleFinger",
}
FINGERS_BY_SUBTYPE: Mapping[str, Finger] = {name: f for f, name in BIO_SUBTYPES.items()}
# Error codes of a capture that ended without a finger in time (the simulator's and the mock
# MDS's); "0" is success, anything else a device fault.
TIMEOUT_CODES = frozenset({"701", "702"})
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
TEST_MIN_QUALITY = 40

READY_MESSAGE = QT_TRANSLATE_NOOP("gapura", "Siap digunakan.")
NOT_READY_MESSAGE = QT_TRANSLATE_NOOP(
    "gapura", "Pemindai sidik jari terhubung tetapi belum siap (status {status}). Tunggu "
              "sebentar; bila tetap begitu, mulai ulang layanan pemindai (SBI).")
NOT_FOUND_MESSAGE = QT_TRANSLATE_NOOP(
    "gapura", "Layanan pemindai sidik jari (SBI) tidak ditemukan di port {ports}. Pastikan "
              "pemindai tercolok dan layanan vendornya berjalan, lalu coba lagi.")
DEVICE_FAULT_MESSAGE = QT_TRANSLATE_NOOP(
    "gapura", "Pemindai sidik jari melaporkan gangguan: {reason} (kode {code}). Ulangi "
              "perekaman; bila tetap gagal, mulai ulang layanan pemindai.")


def parse_ports(text: str) -> range:
    """`"4501-4600"` or `"4501"` as a range of ports.

    Raises:
        ValueError: not a port or a rising range of ports.
    """
    match = re.fullmatch(r"\s*(\d{1,5})\s*(?:-\s*(\d{1,5})\s*)?", text)
    if not match:
        raise ValueError(f"not a port range: {text!r}")
    first = int(match.group(1))
    last = int(match.group(2) or first)
    if not 1 <= first <= last <= 65535:
        raise ValueError(f"not a rising port range: {text!r}")
    return range(first, last + 1)


def _check_ports(value: str) -> str | None:
    try:
        ports = parse_ports(value)
    except ValueError:
        return "tulis satu port atau rentang port, misalnya 4501-4600"
    if len(ports) > 200:
        return "rentang port paling banyak 200 port"
    return None


def _check_base_url(value: str) -> str | None:
    if not re.fullmatch(r"https?://[^\s/:]+", value):
        return "tulis alamat tanpa port dan tanpa garis miring, misalnya http://127.0.0.1"
    return None


URL_OPTION = DriverOption("url", str, "http://127.0.0.1",
                          "Address of the SBI service of the fingerprint scanner, without port",
                          check=_check_base_url,
                          label=QT_TRANSLATE_NOOP("gapura", "Alamat layanan SBI"))
PORTS_OPTION = DriverOption("ports", str, f"{PORT_RANGE[0]}-{PORT_RANGE[1]}",
                            "Ports searched for the SBI service (MOSIPDISC), e.g. 4501-4600",
                            check=_check_ports,
                            label=QT_TRANSLATE_NOOP("gapura", "Port layanan SBI"))
CAPTURE_TIMEOUT_OPTION = DriverOption(
    "capture_timeout_seconds", int, 30,
    "Seconds the scanner waits for the fingers before the capture is given up",
    minimum=1, maximum=300,
    label=QT_TRANSLATE_NOOP("gapura", "Batas waktu perekaman (detik)"))


def b64url_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def b64url_encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def decode_data(data: Any) -> dict[str, Any]:
    """The payload of a `data` or `deviceInfo` field: a JWT (payload unverified), base64url
    JSON, or JSON itself."""
    if isinstance(data, dict):
        return data
    if not isinstance(data, str) or not data:
        raise ValueError(f"no SBI data: {data!r}")
    if data.lstrip().startswith("{"):
        return json.loads(data)
    parts = data.split(".")
    return json.loads(b64url_decode(parts[1] if len(parts) == 3 else parts[0]))


@dataclass(frozen=True)
class SbiDevice:
    """One device an SBI service reported at discovery."""

    port: int
    device_id: str
    status: str
    sub_ids: tuple[str, ...]
    spec_versions: tuple[str, ...]

    @property
    def ready(self) -> bool:
        return self.status.lower() == "ready"


class SbiFingerprintScanner(FingerprintScanner):
    """A fingerprint scanner behind an SBI service; see the module docstring."""

    driver = "sbi"
    OPTIONS = (URL_OPTION, PORTS_OPTION, CAPTURE_TIMEOUT_OPTION)
    DISCOVERY_TIMEOUT_S = 1.0
    GRACE_S = 5.0  # beyond the device's own timeout, for the service to answer

    def __init__(self, url: str = "http://127.0.0.1",
                 ports: Sequence[int] = range(PORT_RANGE[0], PORT_RANGE[1] + 1),
                 capture_timeout_s: float = 30.0) -> None:
        self.url = url.rstrip("/")
        self.ports = ports
        self.capture_timeout_s = capture_timeout_s
        self._device: SbiDevice | None = None
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: DriverSettings) -> Self:
        return cls(settings.option("url", URL_OPTION.default),
                   parse_ports(settings.option("ports", PORTS_OPTION.default)),
                   float(settings.option("capture_timeout_seconds", 30)))

    # -- protocol -----------------------------------------------------------------------------

    def _http(self) -> Any:
        """One HTTP client for a series of requests (making one costs milliseconds)."""
        import httpx

        return httpx.Client(timeout=httpx.Timeout(self.DISCOVERY_TIMEOUT_S), trust_env=False)

    def _request(self, verb: str, port: int, path: str, body: Mapping[str, Any],
                 timeout_s: float, client: Any = None) -> Any:
        import httpx

        if client is None:
            with self._http() as own:
                return self._request(verb, port, path, body, timeout_s, own)
        response = client.request(verb, f"{self.url}:{port}{path}", json=dict(body),
                                  timeout=httpx.Timeout(timeout_s,
                                                        connect=self.DISCOVERY_TIMEOUT_S))
        response.raise_for_status()
        return response.json()

    def _ports_text(self) -> str:
        ports = list(self.ports)
        return f"{ports[0]}-{ports[-1]}" if len(ports) > 1 else str(ports[0])

    def discover(self) -> list[SbiDevice]:
        """Every fingerprint device the SBI services on `ports` report (MOSIPDISC)."""
        import httpx

        found = []
        with self._http() as client:
            answers = []
            for port in self.ports:
                try:
                    answers.append((port, self._request(
                        "MOSIPDISC", port, "/device", {"type": "Finger"},
                        self.DISCOVERY_TIMEOUT_S, client)))
                except (httpx.HTTPError, ValueError):
                    continue  # nothing there, or something that is not an SBI service
        for port, answer in answers:
            for entry in answer if isinstance(answer, list) else []:
                if not isinstance(entry, dict) or "deviceId" not in entry:
                    continue
                if _device_type(entry) not in ("", "finger"):
                    continue  # we asked for fingers; a service may list all it has
                found.append(SbiDevice(port, str(entry["deviceId"]),
                                       str(entry.get("deviceStatus", "")),
                                       tuple(str(s) for s in entry.get("deviceSubId", []) or []),
                                       tuple(entry.get("specVersion", []) or [])))
        return found

    def device(self, *, fresh: bool = False) -> SbiDevice:
        """The scanner to use: the one found before, else the first found ready.

        Raises:
            DeviceUnplugged: no SBI service on the ports reports a fingerprint device.
        """
        if self._device is not None and not fresh:
            return self._device
        devices = self.discover()
        self._device = next((d for d in devices if d.ready), devices[0] if devices else None)
        if self._device is None:
            raise DeviceUnplugged("fingerprint", NOT_FOUND_MESSAGE,
                                  detail=f"no SBI fingerprint device on {self.url} ports "
                                         f"{self._ports_text()}", ports=self._ports_text())
        return self._device

    def device_info(self) -> dict[str, Any]:
        """MOSIPDINFO of the scanner: its make, model, serial number and status."""
        import httpx

        device = self.device()
        try:
            answer = self._request("MOSIPDINFO", device.port, "/info", {},
                                   self.DISCOVERY_TIMEOUT_S * 3)
        except httpx.HTTPError as error:
            self._device = None
            raise DeviceUnplugged("fingerprint", detail=f"MOSIPDINFO: {error!r}") from error
        entries = answer if isinstance(answer, list) else [answer]
        info = decode_data(entries[0].get("deviceInfo"))
        digital = info.get("digitalId")
        if isinstance(digital, str) and digital:
            try:
                info["digitalId"] = decode_data(digital)
            except ValueError:
                log.debug("undecodable digitalId %r", digital)
        return info

    # -- the interface ------------------------------------------------------------------------

    def status(self) -> DeviceState:
        try:
            device = self.device(fresh=True)
        except DeviceUnplugged as error:
            return DeviceState(self.kind, self.driver, DeviceStatus.UNPLUGGED, error.user_message)
        if not device.ready:
            return DeviceState(self.kind, self.driver, DeviceStatus.ERROR,
                               NOT_READY_MESSAGE.format(status=device.status or "?"))
        return DeviceState(self.kind, self.driver, DeviceStatus.READY, READY_MESSAGE)

    def capture(self, fingers: Sequence[Finger | int], min_quality: int, *,
                missing: Sequence[Finger | int] = ()) -> FingerprintSet:
        """Capture `fingers` (RCAPTURE); `missing` are fingers the person lacks, sent as the
        request's `exception` so the scanner does not wait for them."""
        wanted = [Finger(code) for code in fingers]
        lacking = [Finger(code) for code in missing]
        if not wanted or len(set(wanted)) != len(wanted) or set(wanted) & set(lacking):
            raise ValueError(f"fingers must be distinct, not empty and not missing: "
                             f"{list(fingers)} / {list(missing)}")
        if not 0 <= min_quality <= 100:
            raise ValueError(f"min_quality must be 0-100, got {min_quality}")
        with self._lock:
            answer = self._capture(wanted, lacking, min_quality)
        result = self._impressions(answer, wanted)
        weak = [i for i in result.impressions if i.quality < min_quality]
        if weak:
            raise PoorQuality(
                self.kind,
                detail=f"SBI quality {[(int(i.finger), i.quality) for i in weak]} "
                       f"below {min_quality}",
                result=result,
                fingers=", ".join(FINGER_NAMES[i.finger] for i in weak),
                quality=min(i.quality for i in weak), minimum=min_quality)
        return result

    def _capture(self, wanted: list[Finger], lacking: list[Finger],
                 min_quality: int) -> dict[str, Any]:
        import httpx

        body = {
            "env": "Developer", "purpose": "Registration", "specVersion": SPEC_VERSION,
            "timeout": int(self.capture_timeout_s * 1000),
            "captureTime": datetime.now(UTC).isoformat(timespec="milliseconds"),
            "transactionId": uuid.uuid4().hex,
            "bio": [{"type": "Finger", "count": str(len(wanted)),
                     "bioSubType": [BIO_SUBTYPES[f] for f in wanted],
                     "exception": [BIO_SUBTYPES[f] for f in lacking],
                     "requestedScore": str(min_quality), "deviceId": "", "deviceSubId": "0",
                     "previousHash": ""}],
            "customOpts": None,
        }
        for attempt in (1, 2):  # the service may have restarted on another port: look again
            device = self.device(fresh=attempt == 2)
            body["bio"][0]["deviceId"] = device.device_id
            try:
                return self._request("RCAPTURE", device.port, "/capture", body,
                                     self.capture_timeout_s + self.GRACE_S)
            except httpx.TimeoutException as error:
                raise DeviceTimeout(self.kind, detail=f"RCAPTURE on {device.port}: {error!r}"
                                    ) from error
            except (httpx.TransportError, httpx.HTTPStatusError) as error:
                self._device = None
                if attempt == 2:
                    raise DeviceUnplugged(self.kind, detail=f"RCAPTURE on {device.port}: "
                                                            f"{error!r}") from error
        raise AssertionError("unreachable")

    def _impressions(self, answer: Any, wanted: list[Finger]) -> FingerprintSet:
        entries = answer.get("biometrics") if isinstance(answer, dict) else None
        if not isinstance(entries, list):
            raise DeviceError(DEVICE_FAULT_MESSAGE, detail=f"RCAPTURE answer {answer!r:.300}",
                              reason="jawaban tidak dikenal", code="-")
        impressions: dict[Finger, FingerprintImage] = {}
        for entry in entries:
            error = entry.get("error") or {}
            code = str(error.get("errorCode", "0"))
            if code in TIMEOUT_CODES:
                raise DeviceTimeout(self.kind, detail=f"RCAPTURE error {error!r}")
            if code != "0":
                raise DeviceError(DEVICE_FAULT_MESSAGE, detail=f"RCAPTURE error {error!r}",
                                  reason=str(error.get("errorInfo", "")) or "?", code=code)
            data = decode_data(entry.get("data"))
            finger = FINGERS_BY_SUBTYPE.get(str(data.get("bioSubType")))
            if finger is None or finger not in wanted:
                continue  # "UNKNOWN", or a finger not asked for
            impressions[finger] = _image(finger, data)
        absent = [f for f in wanted if f not in impressions]
        if absent:
            raise DeviceError(DEVICE_FAULT_MESSAGE,
                              detail=f"RCAPTURE returned no {[int(f) for f in absent]}",
                              reason="jari " + ", ".join(FINGER_NAMES[f] for f in absent)
                                     + " tidak terekam", code="-")
        return FingerprintSet(tuple(impressions[f] for f in wanted))

    def test_capture(self) -> TestCapture:
        result = self.capture([Finger.RIGHT_INDEX], TEST_MIN_QUALITY)
        device = self.device()
        return TestCapture(
            True, QT_TRANSLATE_NOOP(
                "gapura", "Pemindai sidik jari berfungsi: kualitas telunjuk kanan {quality}."),
            f"SBI device {device.device_id} on port {device.port}, quality "
            f"{result.lowest_quality}", {"quality": result.lowest_quality})


def _device_type(entry: Mapping[str, Any]) -> str:
    """The device type of a discovery entry from its digital id ("" when it has none)."""
    try:
        digital = decode_data(entry.get("digitalId"))
    except ValueError:
        return ""
    return str(digital.get("type", "")).lower()


def _image(finger: Finger, data: Mapping[str, Any]) -> FingerprintImage:
    """One finger's impression from its SBI data: the image as PNG, and its quality."""
    raw = b64url_decode(str(data.get("bioValue", "")))
    quality = round(float(data.get("qualityScore", 0)))
    if not raw.startswith(PNG_MAGIC):
        raw = _as_png(raw)
    width, height = int.from_bytes(raw[16:20], "big"), int.from_bytes(raw[20:24], "big")
    return FingerprintImage(finger, raw, width, height, quality)


def _as_png(raw: bytes) -> bytes:
    """Another image format a scanner may send (JPEG 2000, BMP) re-encoded as PNG."""
    import cv2
    import numpy as np

    image = cv2.imdecode(np.frombuffer(raw, np.uint8), cv2.IMREAD_GRAYSCALE)
    if image is None:
        raise DeviceError(DEVICE_FAULT_MESSAGE, detail=f"undecodable bioValue {raw[:16]!r}",
                          reason="gambar sidik jari tidak terbaca", code="-")
    ok, buffer = cv2.imencode(".png", image)
    if not ok:
        raise DeviceError(DEVICE_FAULT_MESSAGE, detail="PNG encoding failed",
                          reason="gambar sidik jari tidak terbaca", code="-")
    return buffer.tobytes()
