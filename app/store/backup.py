"""Database backups around a schema upgrade, and the rollback to the backup when it fails.

An update of Gapura replaces the program and leaves the instance's data alone; the first start
of the new version (or `gapura db upgrade`) backs the database up, then migrates it. A migration
that fails midway may have committed part of its work (SQLite commits some DDL on its own, and a
migration may run outside the transaction), so the database is put back from the backup taken a
moment before, byte for byte, and the failed file is kept next to the backups for the IT admin.
`gapura db restore` puts back a backup by hand, e.g. after reinstalling the previous version.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from app.errors import StoreError
from app.i18n import QT_TRANSLATE_NOOP
from app.store import db

log = logging.getLogger(__name__)

_NAME = re.compile(r"gapura-(?P<stamp>\d{8}T\d{12}Z)-(?P<label>.+)\.sqlite")
BEFORE_UPGRADE = "before-upgrade-from-"


@dataclass(frozen=True)
class Backup:
    """One backup file in an instance's backup folder."""

    path: Path
    taken_at: datetime
    label: str

    @property
    def before_upgrade(self) -> bool:
        return self.label.startswith(BEFORE_UPGRADE)


def list_backups(backup_dir: Path) -> list[Backup]:
    """The instance's database backups, newest first (failed databases kept aside excluded)."""
    found = []
    for path in backup_dir.glob("gapura-*.sqlite"):
        match = _NAME.fullmatch(path.name)
        if match is None or match["label"].startswith("failed-"):
            continue
        taken = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
        found.append(Backup(path, taken, match["label"]))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def _revision_of(path: Path) -> str | None:
    """The schema revision of a database file, read without SQLAlchemy or Alembic."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT name FROM sqlite_master WHERE type='table' "
                           "AND name='alembic_version'").fetchone()
        if row is None:
            return None
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return version[0] if version else None
    finally:
        conn.close()


def _check_readable(path: Path) -> str | None:
    """The backup's schema revision; raises StoreError when it is not a sound database."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()
        finally:
            conn.close()
        if result is None or result[0] != "ok":
            raise sqlite3.DatabaseError(f"quick_check: {result}")
        return _revision_of(path)
    except sqlite3.Error as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "gapura", "Cadangan {backup} rusak atau bukan basis data Gapura; basis data "
                "tidak diubah. Pilih cadangan lain atau hubungi Admin TIK."),
            detail=f"backup {path} unusable: {exc!r}", backup=str(path)) from exc


def _set_aside(path: Path, backup_dir: Path, label: str) -> Path | None:
    """Move the database (and its WAL files) into the backup folder under `label`."""
    if not path.exists():
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backup_dir / f"gapura-{stamp}-{label}.sqlite"
    backup_dir.mkdir(parents=True, exist_ok=True)
    for suffix in ("-wal", "-shm"):
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{target}{suffix}"))
    os.replace(path, target)
    return target


def restore(backup: Path, path: Path, backup_dir: Path, *, aside_label: str) -> Path | None:
    """Put `backup` back as the database at `path`; no connection to `path` may be open.

    The current database is first moved aside into `backup_dir` as `failed-...` or
    `replaced-...` (never deleted), then the backup is copied in and synced to disk.

    Returns:
        Where the replaced database was moved, or None when there was none.

    Raises:
        StoreError: the backup is missing or not a sound database (nothing was changed).
    """
    if not backup.is_file():
        raise StoreError(
            QT_TRANSLATE_NOOP("gapura", "Cadangan {backup} tidak ditemukan; basis data tidak "
                              "diubah. Lihat daftar cadangan dengan `gapura db backups`."),
            detail=f"backup {backup} missing", backup=str(backup))
    _check_readable(backup)
    aside = _set_aside(path, backup_dir, aside_label)
    tmp = path.with_name(path.name + ".restoring")
    shutil.copyfile(backup, tmp)
    with open(tmp, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    log.warning("database %s restored from %s (replaced one kept as %s)", path, backup, aside)
    return aside


def upgrade_or_roll_back(engine: Engine, path: Path, backup_dir: Path,
                         current: str | None) -> Path | None:
    """Back up the database, migrate it to the head, and restore the backup if that fails.

    Returns:
        The backup taken (None for a database without a schema yet, which has nothing to lose).

    Raises:
        StoreError: the migration failed; the database is back at revision `current`, as it was
            before, and the half-migrated one is kept in `backup_dir`.
    """
    copy = None
    if current is not None:
        copy = db.backup(path, backup_dir, f"{BEFORE_UPGRADE}{current}")
        log.info("backed up %s to %s before upgrading from %s", path, copy, current)
    try:
        db.upgrade(engine)
    except Exception as exc:
        engine.dispose()  # every connection closed: the file can be moved and replaced
        head = db.SCHEMA_HEAD
        log.error("upgrading %s from %s to %s failed: %r", path, current, head, exc)
        if copy is None:
            aside = _set_aside(path, backup_dir, f"failed-upgrade-to-{head}")
            message = QT_TRANSLATE_NOOP(
                "gapura", "Pembuatan basis data baru gagal; berkas yang gagal disimpan di "
                "{aside}. Jalankan Gapura lagi; bila terulang, hubungi Admin TIK.")
            raise StoreError(message, detail=f"creating schema {head} failed: {exc!r}",
                             aside=str(aside)) from exc
        aside = restore(copy, path, backup_dir, aside_label=f"failed-upgrade-to-{head}")
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "gapura", "Pembaruan basis data ke versi ini gagal, dan basis data sudah "
                "dikembalikan dari cadangan {backup}: tidak ada data yang hilang. Pasang kembali "
                "versi Gapura sebelumnya dan hubungi Admin TIK."),
            detail=f"upgrade {current}->{head} of {path} failed ({exc!r}); restored {copy}, "
                   f"failed database kept as {aside}",
            backup=str(copy)) from exc
    return copy


def restore_latest(path: Path, backup_dir: Path, chosen: Path | None = None) -> Backup:
    """Restore `chosen` (default: the newest backup taken before an upgrade) over `path`.

    Raises:
        StoreError: there is no such backup, or it is unusable.
    """
    if chosen is not None:
        backup = Backup(chosen, datetime.now(UTC), chosen.stem)
    else:
        candidates = [b for b in list_backups(backup_dir) if b.before_upgrade]
        if not candidates:
            raise StoreError(
                QT_TRANSLATE_NOOP("gapura", "Belum ada cadangan dari sebelum pembaruan di "
                                  "{folder}; basis data tidak diubah."),
                detail=f"no before-upgrade backup in {backup_dir}", folder=str(backup_dir))
        backup = candidates[0]
    restore(backup.path, path, backup_dir, aside_label="replaced-by-restore")
    return backup
