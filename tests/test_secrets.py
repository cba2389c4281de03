"""The secret store without an OS keyring: encrypted files, bound to this machine."""

from __future__ import annotations

import shutil
import stat

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring

from app.secrets import MAGIC, SecretStore, SecretUnreadable

CREDENTIAL = b'{"workstation_id": "WS-1", "credential": "s3cr3t-credential-value"}'


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch):
    monkeypatch.setattr(keyring, "get_keyring", lambda: NoKeyring())


def test_a_secret_file_is_encrypted_private_and_reads_back(tmp_path, caplog):
    store = SecretStore(tmp_path)
    assert not store.in_keyring and "encrypted" in caplog.text
    store.set("sync-credential", CREDENTIAL)
    path = tmp_path / "secrets" / "sync-credential"
    data = path.read_bytes()
    assert data.startswith(MAGIC) and b"s3cr3t" not in data
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "secrets").stat().st_mode) == 0o700
    assert SecretStore(tmp_path).get("sync-credential") == CREDENTIAL
    assert store.get("missing") is None


def test_a_copy_on_another_machine_cannot_be_read(tmp_path):
    SecretStore(tmp_path / "here").set("sync-credential", CREDENTIAL)
    shutil.copytree(tmp_path / "here", tmp_path / "usb-stick")
    elsewhere = SecretStore(tmp_path / "usb-stick")
    elsewhere._machine = lambda: b"another-machine-id"
    with pytest.raises(SecretUnreadable) as refused:
        elsewhere.get("sync-credential")
    assert "daftarkan ulang workstation" in refused.value.user_message
    assert "sync-credential" in refused.value.detail


def test_a_tampered_or_renamed_file_is_refused(tmp_path):
    store = SecretStore(tmp_path)
    store.set("sync-credential", CREDENTIAL)
    store.set("office-key-TEST", b"k" * 32)
    folder = tmp_path / "secrets"
    # A file moved under another name does not decrypt (the name is authenticated).
    shutil.copy(folder / "office-key-TEST", folder / "sync-credential")
    with pytest.raises(SecretUnreadable):
        store.get("sync-credential")
    data = bytearray((folder / "office-key-TEST").read_bytes())
    data[-1] ^= 1
    (folder / "office-key-TEST").write_bytes(bytes(data))
    with pytest.raises(SecretUnreadable):
        store.get("office-key-TEST")


def test_a_plain_file_from_an_older_version_is_read_and_encrypted(tmp_path):
    folder = tmp_path / "secrets"
    folder.mkdir()
    (folder / "office-key-TEST").write_bytes(b"plain-old-key")
    store = SecretStore(tmp_path)
    assert store.get("office-key-TEST") == b"plain-old-key"
    assert (folder / "office-key-TEST").read_bytes().startswith(MAGIC)
    assert store.get("office-key-TEST") == b"plain-old-key"
