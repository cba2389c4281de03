"""Form fields with an object name (the tests and the style sheet find them by it)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit


def named_combo(name: str, items: Sequence[tuple[str, str]]) -> QComboBox:
    """A combo box of (code, shown text) items; `currentData()` is the chosen code."""
    combo = QComboBox()
    combo.setObjectName(name)
    for code, text in items:
        combo.addItem(text, code)
    return combo


def detail_label(placeholder: str) -> QLabel:
    """The `summary` of the chosen record: rich text, wrapped, selectable to copy from."""
    label = QLabel(placeholder)
    label.setObjectName("summary")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def named_line(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    return edit
