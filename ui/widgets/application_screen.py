"""What the counters that receive applications (Izin Tinggal, Paspor) share: an intake tab and a
counter tab, Ctrl+Enter doing the tab's main action, the list searched when the screen shows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QLayout,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import GapuraError
from app.services import Services
from ui.i18n import error_text
from ui.widgets.messages import StatusLine
from ui.widgets.shortcuts import action_button, add_shortcut

# A part of a page's column: a widget, a layout, a caption, or a widget with its stretch.
Part = QWidget | QLayout | str | tuple[QWidget, int]


def _fill(column: QVBoxLayout, parts: Sequence[Part]) -> None:
    for part in parts:
        if isinstance(part, str):
            column.addWidget(QLabel(part))
        elif isinstance(part, tuple):
            column.addWidget(*part)
        elif isinstance(part, QLayout):
            column.addLayout(part)
        else:
            column.addWidget(part)


def split_page(left: Sequence[Part], right: Sequence[Part]) -> QWidget:
    """The list on the left and the chosen record's detail on the right, in a splitter (the
    counter page of the application screens and the detention register)."""
    splitter = QSplitter()
    for parts in (left, right):
        side = QWidget()
        _fill(QVBoxLayout(side), parts)
        splitter.addWidget(side)
    page = QWidget()
    QVBoxLayout(page).addWidget(splitter)
    return page


def form_page(parts: Sequence[Part], actions: QLayout) -> QWidget:
    """An intake tab: the form's `parts` at the top, its buttons at the bottom."""
    page = QWidget()
    layout = QVBoxLayout(page)
    _fill(layout, parts)
    layout.addStretch(1)
    layout.addLayout(actions)
    return page


def tabbed(screen: QWidget, message: StatusLine, pages: Sequence[tuple[QWidget, str]], *,
           refresh: Callable[[], None], enter: Callable[[], None]) -> QTabWidget:
    """The screen's tabs above its status line; F5 refreshes, Ctrl+Enter does the tab's main
    action (the application screens, detention, complaints)."""
    tabs = QTabWidget()
    tabs.setObjectName("tabs")
    for page, title in pages:
        tabs.addTab(page, title)
    layout = QVBoxLayout(screen)
    layout.addWidget(tabs)
    layout.addWidget(message)
    add_shortcut(screen, ("F5",), refresh, name="refresh")
    add_shortcut(screen, ("Ctrl+Return", "Ctrl+Enter"), enter, name="ctrlEnter")
    return tabs


class ApplicationScreen(QWidget):
    """Subclasses set `tabs`, `intake_page` and `message`, and give `receive`,
    `complete_step` and `search`."""

    tabs: QTabWidget
    intake_page: QWidget
    message: StatusLine
    buttons: dict[str, QPushButton]
    _services: Services

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        self.buttons[name] = action_button(self, name, text, slot)
        return self.buttons[name]

    def receive(self) -> None:
        raise NotImplementedError

    def complete_step(self) -> None:
        raise NotImplementedError

    def search(self) -> None:
        raise NotImplementedError

    @Slot()
    def _ctrl_enter(self) -> None:
        """Receive on the intake page, complete the step on the counter page."""
        if self.tabs.currentWidget() is self.intake_page:
            self.receive()
        else:
            self.complete_step()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.search()

    def _today(self) -> date:
        context = self._services.context
        return context.clock().astimezone(context.config.timezone).date()

    def _failed(self, error: GapuraError) -> None:
        self.message.say(error_text(error), error=True)
