"""The SQLite engine, sessions and schema upgrades of one workstation database."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.errors import StoreError
from app.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig
    from alembic.script import ScriptDirectory

log = logging.getLogger(__name__)

# The newest migration. Kept as a literal so that opening an up-to-date database does not import
# Alembic (a sixth of the start-up budget); a test checks it against Alembic's own head.
SCHEMA_HEAD = "0022"
MIGRATIONS = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 5000


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite's own handling is lazy).
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _on_begin(conn: object) -> None:
    # Writers take the write lock up front so the audit chain's "last hash" read and the
    # insert that follows it can't interleave with another writer.
    immediate = conn.get_execution_options().get("gapura_write", False)  # type: ignore[attr-defined]
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")  # type: ignore[attr-defined]


def sqlite_engine(url: str, **connect_args: object) -> Engine:
    """A SQLite engine set up as Gapura needs it (WAL, foreign keys, full sync, a busy timeout,
    and `BEGIN IMMEDIATE` for sessions with the `gapura_write` execution option); the
    workstation store and the server database both use it."""
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000,
                                              **connect_args})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def make_engine(path: Path) -> Engine:
    return sqlite_engine(f"sqlite:///{path}")


class Store:
    """Sessions on one database. Use `write()` for changes and `read()` for queries."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._writer = sessionmaker(engine.execution_options(gapura_write=True),
                                    expire_on_commit=False)
        self._reader = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that commits on success and rolls back on any exception.

        Raises:
            StoreError: the disk is full, the database is locked or read-only; nothing of the
                transaction was written.
        """
        try:
            with self._writer() as session, session.begin():
                yield session
        except OperationalError as exc:
            raise _storage_error(exc) from exc

    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with self._reader() as session, session.begin():
                yield session
        except OperationalError as exc:
            raise _storage_error(exc) from exc

    def close(self) -> None:
        self.engine.dispose()


def _storage_error(exc: OperationalError) -> StoreError:
    """Say in the officer's words what SQLite refused; the change was rolled back."""
    text_ = str(exc.orig).lower()
    if "full" in text_:
        message = QT_TRANSLATE_NOOP(
            "gapura", "Penyimpanan workstation penuh; perubahan tidak disimpan dan tidak ada "
            "data yang hilang. Kosongkan ruang disk atau hubungi Admin TIK, lalu ulangi.")
    elif "locked" in text_ or "busy" in text_:
        message = QT_TRANSLATE_NOOP(
            "gapura", "Basis data sedang dipakai proses lain; perubahan tidak disimpan. "
            "Tunggu sebentar lalu ulangi.")
    elif "readonly" in text_ or "read-only" in text_:
        message = QT_TRANSLATE_NOOP(
            "gapura", "Basis data hanya dapat dibaca; perubahan tidak disimpan. "
            "Hubungi Admin TIK untuk memeriksa izin berkas.")
    else:
        message = QT_TRANSLATE_NOOP(
            "gapura", "Basis data menolak perubahan; tidak ada yang disimpan. "
            "Ulangi, dan hubungi Admin TIK bila terulang.")
    log.error("store operation failed: %s", exc)
    return StoreError(message, detail=f"sqlite: {exc.orig!r}")


def _alembic_config() -> AlembicConfig:
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config())


def head_revision() -> str:
    """Alembic's head, read from the migration scripts."""
    head = _scripts().get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The schema revision stamped in the database (None for an empty one)."""
    with engine.connect() as conn:
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").first()
        if not has_table:
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup(path: Path, backup_dir: Path, label: str) -> Path:
    """Copy the database with SQLite's online backup API (consistent even in WAL mode)."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backup_dir / f"gapura-{stamp}-{label}.sqlite"
    src = sqlite3.connect(path)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def open_store(path: Path, backup_dir: Path, *, migrate: bool = True) -> Store:
    """Open the database, upgrading its schema (after a backup) when it is older than the app.

    Raises:
        StoreError: the database was written by a newer Gapura, or cannot be read, or its
            upgrade failed (it is then restored from the backup: app/store/backup.py).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    try:
        current = current_revision(engine)
    except Exception as exc:  # noqa: BLE001 - sqlite raises several kinds for a bad file
        engine.dispose()
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "gapura",
                "Basis data {path} tidak dapat dibaca. Hubungi Admin TIK; "
                "cadangan ada di {backups}.",
            ),
            detail=f"cannot read database {path}: {exc!r}",
            path=str(path), backups=str(backup_dir),
        ) from exc
    if current == SCHEMA_HEAD:
        return Store(engine)
    script = _scripts()
    if current is not None and not _known(script, current):
        engine.dispose()
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "gapura",
                "Basis data {path} dibuat oleh versi Gapura yang lebih baru (skema {revision}). "
                "Pasang versi Gapura terbaru; data tidak diubah.",
            ),
            detail=f"database revision {current} unknown to this app (head {head_revision()})",
            path=str(path), revision=current,
        )
    if migrate and current != script.get_current_head():
        from app.store.backup import upgrade_or_roll_back  # only when there is work to do

        upgrade_or_roll_back(engine, path, backup_dir, current)
        log.info("database %s upgraded to %s", path, head_revision())
    return Store(engine)


def _known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:  # noqa: BLE001 - alembic raises ResolutionError/CommandError variants
        return False
