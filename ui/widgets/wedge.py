"""The application-wide key filter that takes keyboard-wedge scans out of the officer's typing.

Installed on the QApplication, it feeds every key press aimed at the focused widget to a
`devices.wedge.WedgeDetector`. Keys the detector holds are swallowed; when a burst turns out to
be typing they are sent again to the widget they were meant for, in order; when it is a scan,
`scanned` is emitted and the scan handed to the wedge drivers that take its kind (their `read()`
or `scan()` is waiting for it). The clock is injectable so tests set key times without waiting.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from shiboken6 import isValid

from devices.wedge import ScanKind, WedgeDetector, WedgeInput, WedgeResult, WedgeScan

# A line edit with this dynamic property set takes a barcode scanned while it has focus (the
# drive-thru's pickup code), instead of the barcode driver's inbox.
SCAN_TARGET = "wedgeTarget"
_installed: WedgeFilter | None = None

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# A scanner presses Shift for every capital, as a keyboard does: modifier keys alone neither
# belong to a burst nor end one.
_MODIFIER_KEYS = frozenset({Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt,
                            Qt.Key.Key_AltGr, Qt.Key.Key_Meta, Qt.Key.Key_CapsLock})
_CHORD = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
          | Qt.KeyboardModifier.MetaModifier)


class WedgeFilter(QObject):
    """See the module docstring. `scanned` carries a `devices.wedge.WedgeScan`."""

    scanned = Signal(object)

    def __init__(self, inputs: Iterable[WedgeInput] = (), *,
                 detector: WedgeDetector | None = None,
                 clock: Callable[[], float] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.detector = detector or WedgeDetector()
        self.inputs = list(inputs)
        self._clock = clock
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(math.ceil(self.detector.max_gap_s * 1000) + 1)
        self._timer.timeout.connect(self._burst_ended)

    def install(self, app: QApplication | None = None) -> WedgeFilter:
        (app or QApplication.instance()).installEventFilter(self)
        return self

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if self._replaying or event.type() != QEvent.Type.KeyPress:
            return False
        if not isinstance(watched, QWidget):
            return False  # the window's copy of the event; the widget's follows
        focus = QApplication.focusWidget()
        if focus is not None and watched is not focus:
            return False  # the same key propagating to a parent
        key = event.key()
        if key in _MODIFIER_KEYS:
            return False
        if event.isAutoRepeat() or event.modifiers() & _CHORD:
            self._apply(self.detector.expire())
            return False
        char = "\r" if key in _ENTER else event.text()
        copy = QKeyEvent(QEvent.Type.KeyPress, key, event.modifiers(), event.text())
        result = self.detector.feed(char, self._time(event), (watched, copy))
        self._apply(result)
        if self.detector.pending:
            self._timer.start()
        return result.held

    def _time(self, event: QKeyEvent) -> float:
        """When the key was pressed: the window system's time stamp, so that keys queued
        while the GUI thread was busy keep their real gaps (and typing is not taken for a
        burst); the injected clock in tests."""
        if self._clock is not None:
            return self._clock()
        stamp = event.timestamp()
        return stamp / 1000 if stamp else time.monotonic()

    @Slot()
    def _burst_ended(self) -> None:
        self._apply(self.detector.expire())

    def flush(self) -> None:
        """End the burst now (what the timer does after the gap), for tests and shutdown."""
        self._timer.stop()
        self._burst_ended()

    def _apply(self, result: WedgeResult) -> None:
        for target, event in result.replay:
            self._replay(target, event)
        if result.scan is not None:
            self._deliver(result.scan)

    def _replay(self, widget: QWidget, event: QKeyEvent) -> None:
        if not isValid(widget):
            return  # the widget was deleted meanwhile
        self._replaying = True
        try:
            QApplication.sendEvent(widget, event)
            QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, event.key(),
                                                     event.modifiers(), event.text()))
        finally:
            self._replaying = False

    def _deliver(self, scan: WedgeScan) -> None:
        focused = QApplication.focusWidget()
        if (scan.kind is ScanKind.BARCODE and isinstance(focused, QLineEdit)
                and focused.property(SCAN_TARGET)):
            focused.setText(scan.text)
            self.scanned.emit(scan)
            return
        for device in self.inputs:
            if device.accepts(scan):
                device.inbox.put(scan)
        self.scanned.emit(scan)


def install_wedge_filter(devices: Iterable[object],
                         app: QApplication | None = None) -> WedgeFilter | None:
    """Install the filter when a configured device is a keyboard-wedge one; else None."""
    global _installed
    inputs = [d for d in devices if isinstance(d, WedgeInput)]
    if not inputs:
        return None
    _installed = WedgeFilter(inputs, parent=app or QApplication.instance()).install(app)
    return _installed


def installed_filter() -> WedgeFilter | None:
    """The application's filter, for screens that act on a scan as it arrives (the counter
    reads the passport at once); None without a keyboard-wedge device."""
    return _installed if _installed is not None and isValid(_installed) else None
