"""Keyboard-wedge scanners: telling a scanner's burst of keys from an officer's typing.

A wedge MRZ reader or barcode scanner types what it reads into the focused window, a key every
few milliseconds (2-8 ms on the readers we know), lines ended by Enter. An officer types with
gaps of 60 ms and more, and even a fast typist's rollover gives at most two or three quick keys.
`WedgeDetector` is fed every key press with its time; it holds printable keys while they come
faster than `max_gap_s`, and when the burst ends it either completes a scan (the shape of an MRZ:
2 x 44, 2 x 36 or 3 x 30 characters of A-Z, 0-9 and `<`; or any longer code ended by Enter or
by the gap) or gives the held keys back in order, so the officer's typing arrives unchanged,
only a few milliseconds late. It is pure: the Qt event filter (`ui/widgets/wedge.py`) feeds it,
and wedge drivers (`WedgeInput`) receive the scans through a `ScanInbox`.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, ClassVar

from app.i18n import QT_TRANSLATE_NOOP
from devices.base import (
    DeviceKind,
    DeviceState,
    DeviceStatus,
    DeviceTimeout,
    DriverOption,
    DriverSettings,
)

# ICAO 9303: line width -> number of lines (TD3 and MRV-A 44, TD2 and MRV-B 36, TD1 30).
MRZ_SHAPES = {44: 2, 36: 2, 30: 3}
_MRZ_LINE = re.compile(r"[A-Z0-9<]+")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
TERMINATORS = frozenset("\r\n")

DEFAULT_MAX_GAP_S = 0.025  # slowest scanner 8 ms, fastest human roll-over ~20 ms for 2-3 keys
DEFAULT_MIN_LENGTH = 8  # shortest barcode taken as a scan (our pickup codes are longer)
# A scan made this long before a read was asked still counts (scan, then press "Baca").
SCAN_MAX_AGE_S = 15.0

log = logging.getLogger(__name__)


class ScanKind(StrEnum):
    MRZ = "mrz"
    BARCODE = "barcode"


@dataclass(frozen=True)
class WedgeScan:
    """One completed scan: its text (lines joined by "\\n", no final terminator) and timing."""

    kind: ScanKind
    text: str
    started: float
    duration_s: float

    @property
    def lines(self) -> tuple[str, ...]:
        return tuple(self.text.split("\n"))


@dataclass(frozen=True)
class WedgeResult:
    """What the caller does after a key or the end of a burst.

    Attributes:
        held: the key just fed is kept by the detector (the caller swallows it).
        replay: tokens of earlier held keys that turned out to be typing, to deliver now,
            in order, before the key just fed when that one is not held.
        scan: a scan completed by this key or by the end of the burst.
    """

    held: bool = False
    replay: tuple[Any, ...] = ()
    scan: WedgeScan | None = None


def _lines(text: str) -> list[str]:
    return [line for line in _LINE_BREAK.split(text) if line]


def mrz_progress(lines: list[str]) -> str:
    """'complete' when `lines` are a whole MRZ, 'partial' when they begin one, else 'no'."""
    if not lines or not all(_MRZ_LINE.fullmatch(line) for line in lines):
        return "no"
    width = len(lines[0])
    wanted = MRZ_SHAPES.get(width)
    if wanted is None or any(len(line) != width for line in lines) or len(lines) > wanted:
        return "no"
    return "complete" if len(lines) == wanted else "partial"


class WedgeDetector:
    """Separates scanner bursts from typing; see the module docstring.

    Args:
        max_gap_s: the longest gap between two keys of one burst.
        min_length: the fewest characters (without terminators) of a barcode scan.
    """

    def __init__(self, max_gap_s: float = DEFAULT_MAX_GAP_S,
                 min_length: int = DEFAULT_MIN_LENGTH) -> None:
        self.max_gap_s = max_gap_s
        self.min_length = min_length
        self._keys: list[tuple[str, float, Any]] = []
        self._scanned_at: float | None = None  # when the last scan completed

    @property
    def pending(self) -> bool:
        """Whether keys are held, waiting for the burst to end (`expire`)."""
        return bool(self._keys)

    def feed(self, char: str, at: float, token: Any = None) -> WedgeResult:
        """One key press: `char` its text ("\\r" for Enter, "" for keys without text), `at`
        its time in seconds, `token` what the caller needs to deliver it later."""
        replay: tuple[Any, ...] = ()
        scan = None
        if self._keys and at - self._keys[-1][1] > self.max_gap_s:
            ended = self.expire()
            replay, scan = ended.replay, ended.scan
        typed = len(char) == 1 and (char in TERMINATORS or (char.isascii() and char.isprintable()))
        if (char in TERMINATORS and not self._keys and self._scanned_at is not None
                and at - self._scanned_at <= self.max_gap_s):
            return WedgeResult(True, replay, scan)  # the LF of a scan's final CR LF
        if not typed or (not self._keys and char in TERMINATORS):
            # A control key (Backspace, Tab, arrows) or a lone Enter: the officer's.
            ended = self.expire()
            return WedgeResult(False, replay + ended.replay, scan or ended.scan)
        self._keys.append((char, at, token))
        if char in TERMINATORS:
            done = self._scan(at_terminator=True)
            if done is not None:
                self._keys.clear()
                self._scanned_at = at
                return WedgeResult(True, replay, done)
        return WedgeResult(True, replay, scan)

    def expire(self) -> WedgeResult:
        """The burst is over (no key within `max_gap_s`): a scan, or the keys back."""
        if not self._keys:
            return WedgeResult()
        scan = self._scan(at_terminator=False)
        tokens = tuple(token for _, _, token in self._keys)
        self._keys.clear()
        return WedgeResult(False, () if scan else tokens, scan)

    def _scan(self, *, at_terminator: bool) -> WedgeScan | None:
        text = "".join(char for char, _, _ in self._keys)
        lines = _lines(text)
        body = sum(len(line) for line in lines)
        started, ended = self._keys[0][1], self._keys[-1][1]
        progress = mrz_progress(lines)
        if progress == "complete":
            return WedgeScan(ScanKind.MRZ, "\n".join(lines), started, ended - started)
        if at_terminator and progress == "partial":
            return None  # the next MRZ line follows
        if body < self.min_length or len(set(text)) < 3:
            return None  # a roll-over, or a held key's repeats
        return WedgeScan(ScanKind.BARCODE, "\n".join(lines), started, ended - started)


class ScanInbox:
    """Scans handed from the UI's key filter to a wedge driver, which waits for them.

    A scan waits at most `max_age_s`: a passport scanned while no read was asked (the officer
    then went on to something else) must not be taken, minutes later, as the document of the
    next read, which would be another traveller's.
    """

    def __init__(self, size: int = 8, max_age_s: float = SCAN_MAX_AGE_S,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._scans: deque[tuple[float, WedgeScan]] = deque(maxlen=size)
        self._changed = threading.Condition()
        self.max_age_s = max_age_s
        self._clock = clock

    def put(self, scan: WedgeScan) -> None:
        with self._changed:
            self._scans.append((self._clock(), scan))
            self._changed.notify_all()

    def take(self, timeout_s: float) -> WedgeScan | None:
        """The newest scan (older ones are dropped), waiting up to `timeout_s` for one; scans
        older than `max_age_s` are dropped unread."""
        with self._changed:
            if not self._changed.wait_for(self._fresh, timeout_s):
                return None
            _, scan = self._scans[-1]
            self._scans.clear()
            return scan

    def _fresh(self) -> bool:
        if self._scans and self._clock() - self._scans[-1][0] > self.max_age_s:
            log.info("wedge scan dropped unread after %.0f s", self.max_age_s)
            self._scans.clear()
        return bool(self._scans)


TIMEOUT_OPTION = DriverOption(
    "timeout_seconds", int, 15,
    "Seconds a read or scan waits for the document or code before giving up",
    minimum=1, maximum=120, label=QT_TRANSLATE_NOOP("gapura", "Batas waktu baca (detik)"))

WEDGE_READY = QT_TRANSLATE_NOOP(
    "gapura", "Siap: pindai saat jendela Gapura aktif. Pemindai jenis keyboard tidak dapat "
              "melaporkan bila kabelnya lepas; bila pindaian tidak muncul, periksa kabelnya.")
WEDGE_TIMEOUT = QT_TRANSLATE_NOOP(
    "gapura", "Tidak ada pindaian dalam {seconds} detik. Pindai dokumen atau kode saat jendela "
              "Gapura aktif, lalu coba lagi; bila tetap tidak muncul, periksa kabel USB "
              "pemindai.")


class WedgeInput:
    """Mixed into a wedge driver before its interface (`class X(WedgeInput, BarcodeScanner)`).

    The UI's key filter puts the scans of `scan_kind` into `inbox`; a capture waits for one.
    """

    kind: ClassVar[DeviceKind]
    driver: ClassVar[str] = "wedge"
    scan_kind: ClassVar[ScanKind]

    def __init__(self, timeout_s: float = 15.0) -> None:
        self.timeout_s = timeout_s
        self.inbox = ScanInbox()

    @classmethod
    def from_settings(cls, settings: DriverSettings) -> Any:
        return cls(float(settings.option("timeout_seconds", 15)))

    def accepts(self, scan: WedgeScan) -> bool:
        return scan.kind is self.scan_kind

    def status(self) -> DeviceState:
        return DeviceState(self.kind, self.driver, DeviceStatus.READY, WEDGE_READY)

    def _next_scan(self) -> WedgeScan:
        scan = self.inbox.take(self.timeout_s)
        if scan is None:
            raise DeviceTimeout(self.kind, WEDGE_TIMEOUT,
                                detail=f"no {self.scan_kind} scan in {self.timeout_s} s",
                                seconds=round(self.timeout_s))
        return scan
