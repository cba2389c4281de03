"""The background sync loop of a running workstation: one thread, never the GUI's.

It calls one sync round (push, then pull) every `interval` seconds while that succeeds; after a
failure it waits by `next_delay` (exponential back-off with full jitter) and tries again, so a
server that is down is not hammered by every counter of an office at once. `trigger()` asks for
a round now (the officer's "Sinkronkan sekarang"); `stop()` ends the loop after the round in
flight. Each change of state goes to `on_state`, called in the runner's thread: the GUI relays
it to its own thread by a queued signal.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from app.errors import GapuraError
from app.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

BACKOFF_BASE = 2.0
BACKOFF_CAP = 300.0


def next_delay(attempt: int, *, base: float = BACKOFF_BASE, cap: float = BACKOFF_CAP,
               rng: random.Random | None = None) -> float:
    """Seconds to wait before retry number `attempt` (1 = after the first failure):
    exponential back-off with full jitter, uniform in [0, min(cap, base * 2^(attempt-1))]."""
    if attempt < 1:
        return 0.0
    ceiling = min(cap, base * 2.0 ** min(attempt - 1, 60))
    return (rng or random).uniform(0.0, ceiling)


UNEXPECTED = QT_TRANSLATE_NOOP(
    "gapura", "Sinkronisasi gagal karena kesalahan tak terduga; rinciannya ada di log. Data tetap "
              "tersimpan di workstation ini.")


@dataclass(frozen=True)
class RunnerState:
    """What the status bar shows about the background sync."""

    syncing: bool = False  # a round is in flight
    rounds: int = 0  # rounds finished, well or not
    last_success: datetime | None = None
    last_result: Any = None  # what the last successful round returned
    last_error: GapuraError | None = None  # None after a success
    failures: int = 0  # consecutive failed rounds
    retry_in: float | None = None  # seconds until the next try after a failure


class SyncRunner:
    """Runs `work()` in a daemon thread, again and again, until `stop()`."""

    def __init__(self, work: Callable[[], Any], *, interval: float,
                 on_state: Callable[[RunnerState], None] | None = None,
                 clock: Callable[[], datetime] | None = None,
                 rng: random.Random | None = None, name: str = "gapura-sync",
                 first_delay: float = 0.0) -> None:
        self._work = work
        self._interval = interval
        self._first_delay = first_delay  # seconds before the first round (not at start-up)
        self._on_state = on_state
        self._clock = clock or (lambda: datetime.now(UTC))
        self._rng = rng or random.Random()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._state = RunnerState()
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)

    @property
    def state(self) -> RunnerState:
        with self._lock:
            return self._state

    def start(self) -> None:
        self._thread.start()

    def trigger(self) -> None:
        """Run a round as soon as the one in flight (if any) is done."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> bool:
        """End the loop; True when the thread ended within `timeout` seconds."""
        self._stopping.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)
        return not self._thread.is_alive()

    def _set(self, **changes: Any) -> None:
        with self._lock:
            self._state = replace(self._state, **changes)
            state = self._state
        if self._on_state is not None:
            try:
                self._on_state(state)
            except Exception:  # noqa: BLE001 - a broken listener must not end the sync loop
                log.exception("sync state listener failed")

    def _loop(self) -> None:
        if self._first_delay:
            self._wake.wait(self._first_delay)
        while not self._stopping.is_set():
            self._wake.clear()
            self._set(syncing=True, retry_in=None)
            wait = self._round()
            if self._stopping.is_set():
                break
            self._wake.wait(wait)

    def _round(self) -> float:
        """One round; the seconds to wait before the next."""
        state = self.state
        try:
            result = self._work()
        except Exception as exc:  # noqa: BLE001 - reported; the loop goes on
            if isinstance(exc, GapuraError):
                error = exc
            else:
                log.exception("background sync failed unexpectedly")
                error = GapuraError(UNEXPECTED, detail=repr(exc))
            failures = state.failures + 1
            delay = next_delay(failures, rng=self._rng)
            log.warning("background sync failed (%d in a row, next try in %.1f s): %s",
                        failures, delay, error.detail or error.user_message)
            self._set(syncing=False, rounds=state.rounds + 1, last_error=error,
                      failures=failures, retry_in=delay)
            return delay
        self._set(syncing=False, rounds=state.rounds + 1, last_success=self._clock(),
                  last_result=result, last_error=None, failures=0, retry_in=None)
        return self._interval
