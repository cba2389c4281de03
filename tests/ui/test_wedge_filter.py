"""The application key filter: scans are taken out of the focused field, typing reaches it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from devices.barcode import DEFAULT_TEXT, WedgeBarcodeScanner
from devices.document_reader import SPECIMENS, WedgeDocumentReader
from devices.wedge import ScanKind
from ui.widgets.wedge import WedgeFilter, install_wedge_filter

TD3 = SPECIMENS[1].td3()


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def form(qtbot):
    widget = QWidget()
    layout = QVBoxLayout(widget)
    widget.name, widget.other = QLineEdit(), QLineEdit()
    layout.addWidget(widget.name)
    layout.addWidget(widget.other)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.name.setFocus()
    qtbot.waitUntil(widget.name.hasFocus)
    return widget


@pytest.fixture
def wedge(qtbot):
    clock = Clock()
    reader, scanner = WedgeDocumentReader(timeout_s=1), WedgeBarcodeScanner(timeout_s=1)
    installed = WedgeFilter([reader, scanner], clock=clock).install()
    installed.clock, installed.reader, installed.scanner = clock, reader, scanner
    yield installed
    installed.uninstall()


def _type(qtbot, widget, text: str, clock: Clock, gap_s: float) -> None:
    """Key presses `gap_s` apart by the filter's clock, Shift pressed for capitals as a
    keyboard (or a scanner) does; Qt's event loop does not run between them, as with a real
    burst that arrives faster than the loop turns."""
    for char in text:
        clock.now += gap_s
        if char == "\r":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
            continue
        if char.isupper():
            qtbot.keyPress(widget, Qt.Key.Key_Shift)
            qtbot.keyClick(widget, char, Qt.KeyboardModifier.ShiftModifier)
            qtbot.keyRelease(widget, Qt.Key.Key_Shift)
        else:
            qtbot.keyClick(widget, char)


def test_mrz_burst_is_swallowed_and_reaches_the_reader(qtbot, form, wedge):
    with qtbot.waitSignal(wedge.scanned, timeout=1000) as signal:
        _type(qtbot, form.name, "\r".join(TD3) + "\r", wedge.clock, 0.004)
    assert signal.args[0].kind is ScanKind.MRZ
    assert form.name.text() == ""
    assert wedge.reader.read().lines == TD3


def test_scanned_signal_carries_the_boarding_pass(qtbot, form, wedge):
    with qtbot.waitSignal(wedge.scanned, timeout=1000) as signal:
        _type(qtbot, form.name, DEFAULT_TEXT + "\r", wedge.clock, 0.003)
    assert signal.args[0].kind is ScanKind.BARCODE and signal.args[0].text == DEFAULT_TEXT
    assert form.name.text() == ""
    assert wedge.scanner.scan().symbology == "PDF417"


def test_fast_typing_with_a_typo_reaches_the_field_unchanged(qtbot, form, wedge):
    seen = []
    wedge.scanned.connect(seen.append)
    _type(qtbot, form.name, "SANTOS0", wedge.clock, 0.060)
    wedge.clock.now += 0.08
    qtbot.keyClick(form.name, Qt.Key.Key_Backspace)
    _type(qtbot, form.name, "O", wedge.clock, 0.070)
    qtbot.waitUntil(lambda: not wedge.detector.pending, timeout=1000)  # the gap's timer
    assert form.name.text() == "SANTOSO"
    assert seen == []


def test_held_keys_go_back_to_the_field_they_were_typed_in(qtbot, form, wedge):
    _type(qtbot, form.name, "ab", wedge.clock, 0.010)  # a roll-over: two quick keys
    form.other.setFocus()
    wedge.flush()
    assert form.name.text() == "ab" and form.other.text() == ""


def test_shortcuts_are_never_held(qtbot, form, wedge):
    wedge.clock.now += 1
    qtbot.keyClick(form.name, "a", Qt.KeyboardModifier.ControlModifier)
    assert not wedge.detector.pending


def test_no_wedge_device_installs_no_filter(qtbot):
    assert install_wedge_filter([object()]) is None


def _stamped(widget, text: str, start_ms: int, gap_ms: int) -> None:
    """Key events carrying the window system's time stamps, delivered at once, as keys queued
    while the GUI thread was busy are."""
    for index, char in enumerate(text):
        key = Qt.Key.Key_Return if char == "\r" else ord(char.upper())
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            event.setTimestamp(start_ms + index * gap_ms)
            QApplication.sendEvent(widget, event)


def test_without_a_clock_the_key_time_stamps_decide(qtbot, form):
    stamped = WedgeFilter([]).install()
    try:
        seen = []
        stamped.scanned.connect(seen.append)
        _stamped(form.name, "BUDI SANTOSO", 10_000, 70)  # typed while the GUI was busy
        qtbot.waitUntil(lambda: form.name.text() == "BUDI SANTOSO", timeout=1000)
        form.other.setFocus()
        qtbot.waitUntil(form.other.hasFocus)
        _stamped(form.other, DEFAULT_TEXT + "\r", 20_000, 3)
        assert [s.text for s in seen] == [DEFAULT_TEXT] and form.other.text() == ""
    finally:
        stamped.uninstall()


def test_a_code_scanned_into_a_scan_field_fills_it_and_not_the_scanners_inbox(qtbot, form,
                                                                              wedge):
    """The drive-thru's pickup code: a form field made for scans takes the code itself."""
    from ui.widgets.form_dialog import FormDialog, FormField

    dialog = FormDialog("Serahkan", [FormField("code", "Kode QR", "scan")], "OK")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    field = dialog.widgets["code"]
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    with qtbot.waitSignal(wedge.scanned, timeout=1000):
        _type(qtbot, field, DEFAULT_TEXT + "\r", wedge.clock, 0.003)
    assert field.text() == DEFAULT_TEXT
    assert wedge.scanner.inbox.take(0) is None
    dialog.close()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    form.name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.name)
    with qtbot.waitSignal(wedge.scanned, timeout=1000):  # elsewhere the scanner gets it
        _type(qtbot, form.name, DEFAULT_TEXT + "\r", wedge.clock, 0.003)
    assert form.name.text() == ""
    assert wedge.scanner.scan().symbology == "PDF417"
