"""Every string the officer sees goes through tr() and has an English translation."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QListWidget,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from app.auth.permissions import Role
from tools import i18n as i18n_tool
from ui import i18n, ops
from ui.app import Shell
from ui.shell.main_window import MainWindow
from ui.shell.signin import ChangePasswordDialog, LockDialog, SignInDialog
from ui.widgets.incident import IncidentDialog

MARK = "⟦"


class PseudoTranslator(QTranslator):
    """Wraps every string of our own contexts, so text that bypassed tr() (or Qt's own
    untranslated standard texts, like a dialog's "OK") stands out."""

    def __init__(self) -> None:
        super().__init__()
        self.contexts = {context for context, _ in i18n_tool.messages(i18n_tool.ts_file("en"))}

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        return f"{MARK}{source}⟧" if context in self.contexts else None

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo(qapp) -> Iterator[None]:
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def _texts(root: QWidget) -> Iterator[tuple[str, str]]:
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget.property("gapura_data"):
            continue
        where = f"{type(widget).__name__}#{widget.objectName()}"
        if widget.isWindow() and widget.windowTitle():
            yield where, widget.windowTitle()
        if isinstance(widget, QLabel | QAbstractButton):
            yield where, widget.text()
        if isinstance(widget, QGroupBox):
            yield where, widget.title()
        if isinstance(widget, QTabWidget):
            yield from ((where, widget.tabText(i)) for i in range(widget.count()))
        if isinstance(widget, QTableWidget):
            yield from ((where, widget.horizontalHeaderItem(i).text())
                        for i in range(widget.columnCount()))
        if isinstance(widget, QListWidget):
            yield from ((where, widget.item(i).text()) for i in range(widget.count()))
    for action in root.findChildren(QAction):
        if action.text() and not action.isSeparator():
            yield f"QAction#{action.objectName()}", action.text()


def _untranslated(root: QWidget) -> list[tuple[str, str]]:
    return [(where, text) for where, text in _texts(root)
            if text.strip() and not text.startswith(MARK)
            and not (text.startswith("&") and text[1:].startswith(MARK))]


def test_shell_strings_are_all_translatable(qtbot, pseudo, services, make_actor):
    everyone = make_actor(*Role, username="semua")
    window = MainWindow(services, everyone)
    qtbot.addWidget(window)
    window.show()
    for name in window.screen_names():
        window.open_screen(name)
    qtbot.waitUntil(lambda: ops.pending() == 0)
    window.show_shortcuts()
    window.lock()
    roots: list[QWidget] = [window, SignInDialog(services),
                            ChangePasswordDialog(services, everyone, forced=True),
                            LockDialog(services, everyone), IncidentDialog("INC-1")]
    admin = window.open_screen("admin")
    roots += [admin.users.add_user()]
    problems = [p for root in roots for p in _untranslated(root)]
    assert problems == []
    for widget in QApplication.topLevelWidgets():
        widget.close()


def test_every_message_has_an_english_translation(tmp_path):
    fresh = i18n_tool.update(tmp_path / "fresh_en.ts")
    in_code = set(i18n_tool.messages(fresh))
    committed = i18n_tool.messages(i18n_tool.ts_file("en"))
    missing = sorted(k for k in in_code if not committed.get(k))
    assert missing == [], "run `python -m tools.i18n update` and translate these"


@pytest.fixture
def compiled() -> None:
    i18n_tool.compile_all()


def test_english_is_loaded_and_used(qtbot, services, compiled):
    assert i18n.install("en")
    try:
        dialog = SignInDialog(services)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Gapura — Sign in"
        assert QCoreApplication.translate("screens", "Pemeriksaan") == "Border check"
        # A core label shown in a form, printed in Indonesian on the paper.
        from printing.templates.penyelidikan import SOURCE_RELIABILITY

        assert i18n.core_text(SOURCE_RELIABILITY["A"]) == "Completely reliable"
        assert SOURCE_RELIABILITY["A"] == "Sangat dapat dipercaya"
    finally:
        i18n.install("id")
    indonesian = SignInDialog(services)
    qtbot.addWidget(indonesian)
    assert indonesian.windowTitle() == "Gapura — Masuk"


def test_language_chosen_at_sign_in_switches_the_texts(qtbot, services, compiled):
    shell = Shell(services)
    first = shell.show_sign_in()
    qtbot.addWidget(first)
    qtbot.keyClicks(first.username, "konter")
    try:
        first.language.setCurrentIndex(first.language.findData("en"))
        second = shell.sign_in
        qtbot.addWidget(second)
        assert second is not first and not first.isVisible() and second.isVisible()
        assert second.windowTitle() == "Gapura — Sign in"
        assert second.username.text() == "konter"
        assert second.language.currentData() == "en"
        second.language.setCurrentIndex(second.language.findData("id"))
        assert shell.sign_in.windowTitle() == "Gapura — Masuk"
        qtbot.addWidget(shell.sign_in)
    finally:
        i18n.install("id")
