"""Run service calls off the GUI thread and come back with success or failure.

Every screen uses `run_in_background` (after Anki's CollectionOp/QueryOp) so no screen hand-rolls
threads. A GapuraError goes to `on_failure` (default: a warning box with its Indonesian message);
anything else is an incident.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

from app.errors import GapuraError
from ui.i18n import error_text
from ui.widgets.incident import show_incident
from ui.widgets.messages import warn

log = logging.getLogger(__name__)
T = TypeVar("T")

_pending: set[_Relay] = set()


class _Relay(QObject):
    """Lives in the GUI thread; the worker's results arrive here through queued signals."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, never dropped
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


def show_error(parent: QWidget | None, error: GapuraError) -> None:
    log.warning("refused: %s", error.detail or error.user_message)
    warn(parent, QCoreApplication.translate("ops", "Tidak berhasil"), error_text(error))


def run_in_background(parent: QWidget, work: Callable[[], T],
                      on_success: Callable[[T], None],
                      on_failure: Callable[[GapuraError], None] | None = None) -> None:
    """Run `work()` in the thread pool; call back in the GUI thread if `parent` still exists."""
    relay = _Relay()
    _pending.add(relay)

    def alive() -> bool:
        return shiboken6.isValid(parent)

    @Slot(object)
    def succeeded(result: Any) -> None:
        _pending.discard(relay)
        if alive():
            on_success(result)

    @Slot(object)
    def failed(exc: BaseException) -> None:
        _pending.discard(relay)
        if isinstance(exc, GapuraError):
            if on_failure is not None and alive():
                on_failure(exc)
            else:
                show_error(parent if alive() else None, exc)
            return
        show_incident(exc, f"background work of {type(parent).__name__}")

    relay.succeeded.connect(succeeded)
    relay.failed.connect(failed)
    QThreadPool.globalInstance().start(_Job(work, relay))


def pending() -> int:
    """Background jobs whose results have not come back yet (tests wait for 0)."""
    return len(_pending)
