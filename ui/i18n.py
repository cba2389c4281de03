"""Loading the interface language and translating messages that come from the Qt-free core."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from app.errors import GapuraError
from app.i18n import CONTEXT

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
SOURCE_LANGUAGE = "id"

_installed: list[QTranslator] = []


def install(language: str) -> bool:
    """Install the translation for `language` (Indonesian is the source: nothing to load)."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == SOURCE_LANGUAGE:
        return True
    translator = QTranslator(app)
    qm = I18N_DIR / f"gapura_{language}.qm"
    if not translator.load(str(qm)):
        log.warning("no compiled translation %s; run ./dev.sh setup", qm)
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def core_text(text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP("gapura", ...) in the core."""
    return QCoreApplication.translate(CONTEXT, text)


def error_text(error: GapuraError) -> str:
    """The officer's message of `error`, translated, with its fields filled in."""
    return core_text(error.message_template).format(**error.params)
