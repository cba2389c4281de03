"""The Qt binding itself: a PySide6 release that loses a reference to None on each call that
returns nothing would abort the workstation after minutes of use (seen with 6.12.0 on
Python 3.11, where None is not immortal)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_that_return_nothing_keep_none_alive(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2_000):
        qapp.processEvents()
        label.setObjectName("x")
        label.update()
    assert sys.getrefcount(None) >= before - 100  # a leak loses 6,000
