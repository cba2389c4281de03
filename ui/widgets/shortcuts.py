"""Keyboard shortcuts and action buttons of a screen: the one way a screen binds keys and makes
the buttons of its actions."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget


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


def action_button(owner: QWidget, name: str, text: str, slot: Callable[[], object],
                  keys: str | Sequence[str] = ()) -> QPushButton:
    """A button named `name` doing `slot`, its `keys` (if any) bound on `owner`."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.clicked.connect(slot)
    if keys:
        add_shortcut(owner, keys, slot, name=name)
    return button


def button_grid(owner: QWidget, buttons: dict[str, QPushButton],
                actions: Sequence[tuple[str, str, Callable[[], object]]
                                  | tuple[str, str, Callable[[], object], str]],
                columns: int = 3) -> QGridLayout:
    """A screen's action buttons, `columns` to a row, each kept in `buttons` by its name; an
    action's fourth item, if any, is its shortcut (`action_button`'s `keys`)."""
    grid = QGridLayout()
    for position, (name, text, slot, *keys) in enumerate(actions):
        buttons[name] = action_button(owner, name, text, slot, *keys)
        grid.addWidget(buttons[name], *divmod(position, columns))
    return grid
