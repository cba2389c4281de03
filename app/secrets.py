"""Secrets of one instance (the office signing key; sync tokens later): the OS keyring first.

Where the OS has no keyring (a headless Linux counter PC, CI), secrets go to files readable by
the account alone under the instance's data dir, and the log says so once. See
docs/decisions/0006-document-seals.md.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
from pathlib import Path

import keyring
from keyring.errors import KeyringError

log = logging.getLogger(__name__)

SERVICE = "gapura"


class SecretStore:
    """Named secrets (bytes) of the instance whose data lives in `data_dir`."""

    def __init__(self, data_dir: Path) -> None:
        self._dir = Path(data_dir) / "secrets"
        # One OS keyring serves every instance of the account (demo, tests, real): the
        # instance's path keeps their secrets apart.
        self._scope = hashlib.sha256(str(Path(data_dir).resolve()).encode()).hexdigest()[:12]
        backend = keyring.get_keyring()
        self._use_keyring = getattr(backend, "priority", 0) > 0
        if not self._use_keyring:
            log.warning("no OS keyring (%s): secrets kept in %s, readable by this account only",
                        type(backend).__name__, self._dir)

    @property
    def where(self) -> str:
        return "OS keyring" if self._use_keyring else str(self._dir)

    def get(self, name: str) -> bytes | None:
        if self._use_keyring:
            try:
                value = keyring.get_password(SERVICE, f"{self._scope}/{name}")
            except KeyringError as error:
                log.error("keyring read of %s failed: %r", name, error)
                raise
            return None if value is None else base64.b64decode(value)
        path = self._dir / name
        return path.read_bytes() if path.exists() else None

    def set(self, name: str, value: bytes) -> None:
        if self._use_keyring:
            keyring.set_password(SERVICE, f"{self._scope}/{name}",
                                 base64.b64encode(value).decode("ascii"))
            return
        self._dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = self._dir / name
        temporary = path.with_suffix(".tmp")
        # Written whole, then renamed: a power cut never leaves half a key.
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(value)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
