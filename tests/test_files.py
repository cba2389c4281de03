"""Saved files are written whole or not at all, and a failure says why in Indonesian."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from app.files import FileSaveError, save_file


def test_a_saved_file_replaces_the_old_one_whole(tmp_path):
    target = tmp_path / "register.csv"
    target.write_bytes(b"old")
    save_file(target, b"new;content\r\n")
    assert target.read_bytes() == b"new;content\r\n"
    assert list(tmp_path.iterdir()) == [target]


def test_a_missing_folder_is_a_clear_refusal(tmp_path):
    with pytest.raises(FileSaveError) as raised:
        save_file(tmp_path / "gone" / "register.csv", b"x")
    assert "Berkas tidak dapat disimpan" in raised.value.user_message
    assert "Pilih folder lain" in raised.value.user_message


def test_a_full_disk_keeps_the_old_file_and_leaves_no_part(tmp_path, monkeypatch):
    target = tmp_path / "register.csv"
    target.write_bytes(b"old")
    real_write = Path.write_bytes

    def full(self: Path, data: bytes) -> int:
        real_write(self, data[:3])  # the disk fills up part way
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", full)
    with pytest.raises(FileSaveError) as raised:
        save_file(target, b"new content")
    monkeypatch.undo()
    assert "No space left on device" in raised.value.user_message
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]
