"""Secrets of one instance (the office signing key, the sync credential): the OS keyring first.

Where the OS has no keyring (a headless Linux counter PC, CI), secrets go to files under the
instance's data dir, readable by the account alone and encrypted (AES-256-GCM) under a key
derived from this machine's identity and a random salt kept beside them: a copy of the folder
(a backup, a USB stick) is unreadable on another machine. The log says once which store is used.
See docs/decisions/0011-secret-store-fallback.md.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import sys
from pathlib import Path

from app.errors import GapuraError
from app.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

SERVICE = "gapura"
MAGIC = b"GPRS1"  # an encrypted secret file: MAGIC, 12-byte nonce, AES-GCM ciphertext
SALT_FILE = ".salt"
_MACHINE_ID_FILES = (Path("/etc/machine-id"), Path("/var/lib/dbus/machine-id"))


class SecretUnreadable(GapuraError):
    default_message = QT_TRANSLATE_NOOP(
        "gapura", "Rahasia \"{name}\" tidak dapat dibuka di komputer ini (berkasnya berasal dari "
                  "komputer lain, rusak, atau identitas komputer berubah). Untuk kredensial "
                  "sinkronisasi: daftarkan ulang workstation dengan kode baru dari admin server.")


def machine_identity() -> bytes:
    """What identifies this machine and survives reboots and network changes.

    Linux: /etc/machine-id; Windows: the MachineGuid of the installation. Elsewhere (or when
    unreadable) a constant, which the log states: the files are then only obfuscated.
    """
    for path in _MACHINE_ID_FILES:
        try:
            value = path.read_text(encoding="ascii").strip()
        except OSError:
            continue
        if value:
            return value.encode()
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows workstations
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE,
                                r"SOFTWARE\Microsoft\Cryptography") as key:
                return str(winreg.QueryValueEx(key, "MachineGuid")[0]).encode()
        except OSError:
            pass
    log.warning("no machine identity found: secret files are encrypted under a fixed key only")
    return b"gapura-no-machine-id"


class SecretStore:
    """Named secrets (bytes) of the instance whose data lives in `data_dir`."""

    def __init__(self, data_dir: Path) -> None:
        self._dir = Path(data_dir) / "secrets"
        # One OS keyring serves every instance of the account (demo, tests, real): the
        # instance's path keeps their secrets apart.
        self._scope = hashlib.sha256(str(Path(data_dir).resolve()).encode()).hexdigest()[:12]
        self._machine = machine_identity
        self._keyring: bool | None = None  # found on first use: detecting takes ~0.1 s

    @property
    def _use_keyring(self) -> bool:
        if self._keyring is None:
            import keyring  # its backends' discovery is the slow part of importing it

            backend = keyring.get_keyring()
            self._keyring = getattr(backend, "priority", 0) > 0
            if not self._keyring:
                log.warning("no OS keyring (%s): secrets kept encrypted in %s, readable by "
                            "this account only", type(backend).__name__, self._dir)
        return self._keyring

    @property
    def where(self) -> str:
        return "OS keyring" if self._use_keyring else str(self._dir)

    @property
    def in_keyring(self) -> bool:
        return self._use_keyring

    def get(self, name: str) -> bytes | None:
        if self._use_keyring:
            import keyring
            from keyring.errors import KeyringError

            try:
                value = keyring.get_password(SERVICE, f"{self._scope}/{name}")
            except KeyringError as error:
                log.error("keyring read of %s failed: %r", name, error)
                raise
            return None if value is None else base64.b64decode(value)
        path = self._dir / name
        if not path.exists():
            return None
        data = path.read_bytes()
        if not data.startswith(MAGIC):
            # Written in plain by Gapura before 0.1 encrypted the files: encrypt it now.
            log.info("secret %s was stored unencrypted; encrypting it", name)
            self.set(name, data)
            return data
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        nonce, sealed = data[len(MAGIC):len(MAGIC) + 12], data[len(MAGIC) + 12:]
        try:
            return AESGCM(self._key()).decrypt(nonce, sealed, name.encode())
        except (InvalidTag, ValueError) as exc:
            raise SecretUnreadable(detail=f"cannot decrypt secret {name} in {self._dir}: "
                                          f"{exc!r}", name=name) from exc

    def _key(self) -> bytes:
        """The files' AES-256 key: HKDF over the machine identity and this store's salt."""
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        salt_path = self._dir / SALT_FILE
        if not salt_path.exists():
            self._write(salt_path, os.urandom(16))
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt_path.read_bytes(),
                    info=b"gapura secret files v1").derive(self._machine())

    def set(self, name: str, value: bytes) -> None:
        if self._use_keyring:
            import keyring

            keyring.set_password(SERVICE, f"{self._scope}/{name}",
                                 base64.b64encode(value).decode("ascii"))
            return
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        nonce = os.urandom(12)
        sealed = AESGCM(self._key()).encrypt(nonce, value, name.encode())
        self._write(self._dir / name, MAGIC + nonce + sealed)

    def _write(self, path: Path, value: bytes) -> None:
        self._dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary = path.with_suffix(".tmp")
        # Written whole, then renamed: a power cut never leaves half a key.
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(value)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
