"""Form fields with an object name (the tests and the style sheet find them by it)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QLineEdit


def named_combo(name: str, items: Sequence[tuple[str, str]]) -> QComboBox:
    """A combo box of (code, shown text) items; `currentData()` is the chosen code."""
    combo = QComboBox()
    combo.setObjectName(name)
    for code, text in items:
        combo.addItem(text, code)
    return combo


def named_line(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    return edit
