"""Scanned documents chosen from disk: the file dialog and the reading of the file."""

from __future__ import annotations

import mimetypes
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP

CONTEXT = "scans"


def choose_scan(parent: QWidget) -> str:
    """Ask for a scanned document; "" when the officer cancels."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate(CONTEXT, "Lampirkan berkas"), "",
        QCoreApplication.translate(CONTEXT, "Dokumen pindaian (*.pdf *.png *.jpg *.jpeg);;"
                                            "Semua berkas (*)"))
    return path


def read_scan(path: str) -> tuple[str, str, bytes]:
    """(name, content type, bytes) of the file at `path`.

    Raises:
        ValidationError: the file cannot be read.
    """
    name = Path(path).name
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    try:
        return name, content_type, Path(path).read_bytes()
    except OSError as exc:
        raise ValidationError(QT_TRANSLATE_NOOP("gapura", "Berkas {name} tidak dapat dibaca."),
                              detail=f"cannot read {path!r}: {exc}", name=name) from exc
