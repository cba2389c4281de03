"""Files the officer saves (a PDF, a register as CSV): written whole or not at all."""

from __future__ import annotations

import logging
from pathlib import Path

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


class FileSaveError(ValidationError):
    """A file could not be written (disk full, no permission, folder gone)."""

    default_message = QT_TRANSLATE_NOOP(
        "gapura", "Berkas tidak dapat disimpan: {reason}. Pilih folder lain.")


def save_file(path: Path, content: bytes) -> None:
    """Write `content` to `path` through a `.part` file renamed into place, so a failure (a
    full disk) leaves the old file or none, never half of one.

    Raises:
        FileSaveError: the file could not be written; nothing is left at `path`'s `.part`.
    """
    partial = path.with_name(path.name + ".part")
    try:
        partial.write_bytes(content)
        partial.replace(path)
    except OSError as error:
        log.warning("could not save %s: %r", path, error)
        partial.unlink(missing_ok=True)
        raise FileSaveError(detail=f"save {path}: {error!r}",
                            reason=error.strerror or str(error)) from error
