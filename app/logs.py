"""Logging to a rotating file in the instance's log dir, and incident ids for crashes."""

from __future__ import annotations

import logging
import logging.handlers
import secrets
from datetime import UTC, datetime
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s"
MAX_BYTES = 5 * 1024 * 1024
BACKUPS = 5

log = logging.getLogger("gapura.incident")


def setup(log_file: Path, level: int = logging.INFO) -> None:
    """Send the root logger to `log_file` (rotating); idempotent for the same file."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in root.handlers:
        if getattr(handler, "baseFilename", None) == str(log_file):
            return
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(level)


def new_incident_id() -> str:
    """Short id an officer can read out over the phone: date plus 6 hex digits."""
    return f"INC-{datetime.now(UTC):%Y%m%d}-{secrets.token_hex(3).upper()}"


def report_incident(exc: BaseException, where: str = "") -> str:
    """Log an unexpected exception with its traceback under a new incident id."""
    incident = new_incident_id()
    log.error("incident %s in %s: %r", incident, where or "app", exc,
              exc_info=(type(exc), exc, exc.__traceback__))
    return incident
