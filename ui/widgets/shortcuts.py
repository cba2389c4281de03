"""Keyboard shortcuts of a screen: the one way a screen binds keys to its actions."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def add_shortcut(widget: QWidget, keys: str | Sequence[str], slot: Callable[[], object], *,
                 name: str = "") -> QAction:
    """Bind `keys` (one sequence or several) to `slot` while `widget` or a child has focus."""
    action = QAction(widget)
    if name:
        action.setObjectName(name)
    sequences = [keys] if isinstance(keys, str) else list(keys)
    action.setShortcuts([QKeySequence(k) for k in sequences])
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    widget.addAction(action)
    return action
