"""The background sync loop: rounds against a real server, back-off after failures, wake, stop."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable

from sqlalchemy import func, select

from app.errors import GapuraError
from app.store.models import OutboxRecord
from app.sync.client import ServerFault, ServerUnreachable
from app.sync.runner import BACKOFF_BASE, UNEXPECTED, RunnerState, SyncRunner

LONG = 3600.0  # no round starts by the timer during a test: only start() and trigger()


class States:
    """Collects the runner's states (from its thread) and waits for one that matches."""

    def __init__(self) -> None:
        self.seen: list[RunnerState] = []
        self._changed = threading.Condition()

    def __call__(self, state: RunnerState) -> None:
        with self._changed:
            self.seen.append(state)
            self._changed.notify_all()

    def wait(self, matches: Callable[[RunnerState], bool], timeout: float = 20) -> RunnerState:
        with self._changed:
            found = self._changed.wait_for(
                lambda: any(matches(s) for s in self.seen), timeout)
            assert found, f"no matching state; seen {self.seen}"
            return next(s for s in self.seen if matches(s))


def _pending(services) -> int:
    with services.context.store.read() as session:
        return session.scalar(select(func.count()).select_from(OutboxRecord)
                              .where(OutboxRecord.sent_at.is_(None)))


def test_rounds_push_the_outbox_in_the_background(services, enrolled, system):
    assert _pending(services) > 0
    states = States()
    runner = SyncRunner(lambda: enrolled.push_pending(system), interval=LONG, on_state=states)
    runner.start()
    try:
        done = states.wait(lambda s: s.rounds == 1)
        assert done.last_error is None and done.last_success is not None
        assert done.last_result.sent > 0
        assert _pending(services) == 0
        assert states.seen[0].syncing  # the round in flight was shown as such
    finally:
        assert runner.stop()


def test_server_down_backs_off_keeps_the_outbox_then_delivers(services, enrolled, system,
                                                               live_server):
    live_server.stop()
    waiting = _pending(services)
    states = States()
    runner = SyncRunner(lambda: enrolled.push_pending(system), interval=LONG, on_state=states,
                        rng=random.Random(7))
    runner.start()
    try:
        failed = states.wait(lambda s: s.rounds == 1)
        assert isinstance(failed.last_error, ServerUnreachable)
        assert "tidak dapat dihubungi" in failed.last_error.user_message
        assert failed.failures == 1 and 0 <= failed.retry_in <= BACKOFF_BASE
        assert _pending(services) >= waiting  # nothing lost (failed attempts are not audited)

        live_server.start()
        runner.trigger()  # the officer's "Sinkronkan sekarang" does not wait for the back-off
        ok = states.wait(lambda s: s.rounds == 2)
        assert ok.last_error is None and ok.failures == 0 and ok.retry_in is None
        assert _pending(services) == 0
    finally:
        assert runner.stop()


def test_consecutive_failures_grow_the_wait_and_a_success_resets_it():
    outcomes = [ServerFault(status=500), ServerFault(status=502), ServerFault(status=503), "ok"]
    calls = []

    def work() -> str:
        calls.append(1)
        outcome = outcomes[len(calls) - 1]
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    states = States()
    runner = SyncRunner(work, interval=LONG, on_state=states, rng=random.Random(1))
    runner.start()
    try:
        for round_number in (1, 2, 3):
            state = states.wait(lambda s, n=round_number: s.rounds == n)
            assert state.failures == round_number
            ceiling = BACKOFF_BASE * 2 ** (round_number - 1)
            assert 0 <= state.retry_in <= ceiling
            runner.trigger()
        last = states.wait(lambda s: s.rounds == 4)
        assert last.failures == 0 and last.last_result == "ok" and last.last_error is None
    finally:
        assert runner.stop()


def test_an_unexpected_error_is_reported_in_indonesian_and_the_loop_goes_on(caplog):
    calls = []

    def work() -> str:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("bug in a sync step")
        return "ok"

    states = States()
    runner = SyncRunner(work, interval=LONG, on_state=states, rng=random.Random(2))
    runner.start()
    try:
        failed = states.wait(lambda s: s.rounds == 1)
        assert isinstance(failed.last_error, GapuraError)
        assert failed.last_error.message_template == UNEXPECTED
        assert "bug in a sync step" in failed.last_error.detail
        assert "bug in a sync step" in caplog.text  # the traceback went to the log
        runner.trigger()
        assert states.wait(lambda s: s.rounds == 2).last_result == "ok"
    finally:
        assert runner.stop()


def test_stop_ends_a_runner_that_is_waiting():
    states = States()
    runner = SyncRunner(lambda: None, interval=LONG, on_state=states)
    runner.start()
    states.wait(lambda s: s.rounds == 1)
    assert runner.stop(timeout=5)  # it was waiting an hour for the next round
