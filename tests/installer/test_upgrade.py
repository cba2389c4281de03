"""Updating Gapura over an older database: backup, migration, rollback to the backup on failure."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from app.cli import main
from app.errors import StoreError
from app.paths import instance_paths
from app.store import db
from app.store.backup import list_backups
from app.store.db import current_revision, head_revision, make_engine, open_store, upgrade

OLD = "0012"


def _old_database(path: Path) -> None:
    """A database of an older Gapura (schema 0012) holding one office."""
    engine = make_engine(path)
    upgrade(engine, OLD)
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO offices VALUES ('OLD','Kanim Lama','Asia/Jakarta','K','D','W','A','C',"
            "'','','')"))
    engine.dispose()


def _offices(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [row[0] for row in conn.execute("SELECT name FROM offices")]


def _revision(path: Path) -> str | None:
    engine = make_engine(path)
    try:
        return current_revision(engine)
    finally:
        engine.dispose()


def _failing_upgrade(real_upgrade):
    """A migration run that commits part of its work, damages data, then fails."""
    def upgrade(engine, revision: str = "head") -> None:
        real_upgrade(engine, "0013")  # one migration really applied and committed
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM offices"))
        raise RuntimeError("migration 0014 failed: no such column: applications.kind")
    return upgrade


def test_upgrade_backs_up_then_migrates_keeping_the_data(tmp_path):
    path, backups = tmp_path / "gapura.sqlite", tmp_path / "backups"
    _old_database(path)

    open_store(path, backups).close()

    assert _revision(path) == head_revision()
    assert _offices(path) == ["Kanim Lama"]
    [backup] = list_backups(backups)
    assert backup.label == f"before-upgrade-from-{OLD}" and backup.before_upgrade
    assert _revision(backup.path) == OLD and _offices(backup.path) == ["Kanim Lama"]


def test_failed_migration_restores_the_backup_and_keeps_the_failed_file(tmp_path, monkeypatch):
    path, backups = tmp_path / "gapura.sqlite", tmp_path / "backups"
    _old_database(path)
    monkeypatch.setattr(db, "upgrade", _failing_upgrade(db.upgrade))

    with pytest.raises(StoreError) as err:
        open_store(path, backups)

    assert "dikembalikan dari cadangan" in err.value.user_message
    assert "tidak ada data yang hilang" in err.value.user_message
    assert "no such column" in err.value.detail
    # The database is the old one again, data and schema revision intact.
    assert _revision(path) == OLD
    assert _offices(path) == ["Kanim Lama"]
    # The half-migrated database is kept aside for the IT admin, with its damage.
    [failed] = backups.glob("gapura-*-failed-upgrade-to-*.sqlite")
    assert _revision(failed) == "0013" and _offices(failed) == []
    # Once the cause is fixed, the restored database upgrades normally.
    monkeypatch.undo()
    open_store(path, backups).close()
    assert _revision(path) == head_revision() and _offices(path) == ["Kanim Lama"]


def test_failed_creation_of_a_new_database_sets_the_file_aside(tmp_path, monkeypatch):
    path, backups = tmp_path / "gapura.sqlite", tmp_path / "backups"

    def broken(engine, revision: str = "head") -> None:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE half (id INTEGER)"))
        raise RuntimeError("disk I/O error")
    monkeypatch.setattr(db, "upgrade", broken)

    with pytest.raises(StoreError) as err:
        open_store(path, backups)
    assert "Pembuatan basis data baru gagal" in err.value.user_message
    assert not path.exists()
    assert len(list(backups.glob("gapura-*-failed-upgrade-to-*.sqlite"))) == 1
    monkeypatch.undo()
    open_store(path, backups).close()
    assert _revision(path) == head_revision()


def test_db_restore_command_puts_back_the_newest_pre_upgrade_backup(home, capsys):
    paths = instance_paths(home).ensure()
    _old_database(paths.database)
    assert main(["db", "upgrade"]) == 0
    assert _revision(paths.database) == head_revision()
    with sqlite3.connect(paths.database) as conn:
        conn.execute("UPDATE offices SET name = 'Diubah sesudah pembaruan'")

    assert main(["db", "backups"]) == 0
    listing = capsys.readouterr().out
    assert f"before-upgrade-from-{OLD}" in listing

    assert main(["db", "restore"]) == 0
    out = capsys.readouterr().out
    assert f"before-upgrade-from-{OLD}" in out
    assert _revision(paths.database) == OLD
    assert _offices(paths.database) == ["Kanim Lama"]
    # The database it replaced is kept, not deleted.
    [replaced] = paths.backup_dir.glob("gapura-*-replaced-by-restore.sqlite")
    assert "Diubah sesudah pembaruan" in _offices(replaced)


def test_db_restore_refuses_a_damaged_backup_and_changes_nothing(home, tmp_path, capsys):
    paths = instance_paths(home).ensure()
    _old_database(paths.database)
    before = paths.database.read_bytes()
    bogus = tmp_path / "gapura-20260101T000000000000Z-before-upgrade-from-0001.sqlite"
    bogus.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)

    assert main(["db", "restore", str(bogus)]) == 2
    assert "rusak atau bukan basis data Gapura" in capsys.readouterr().err
    assert paths.database.read_bytes() == before
