"""Answering modal dialogs in GUI tests: a dialog's exec() blocks, so the answer is queued."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def answer_modal(fill: Callable[[Any], None]) -> None:
    """Run `fill(dialog)` on the next modal dialog once it is open."""

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, check)
            return
        fill(dialog)

    QTimer.singleShot(0, check)


def answer_form(**values: Any) -> Callable[[Any], None]:
    """A `fill` for `answer_modal`: type `values` into a FormDialog's fields, then press OK."""

    def fill(dialog: Any) -> None:
        dialog.fill(**values)
        dialog.findChild(object, "ok").click()

    return fill
