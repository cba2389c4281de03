"""The server database: SQLite by default, any SQLAlchemy URL (PostgreSQL) by `DATABASE_URL`."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app.errors import GapuraError
from app.store.db import sqlite_engine

log = logging.getLogger(__name__)

URL_ENV = "DATABASE_URL"
DEFAULT_FILE = "gapura-server.sqlite"
MIGRATIONS = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 5000
MIGRATION_LOCK = 0x67617075_6D696772  # PostgreSQL advisory lock key of upgrades ("gapumigr")


class ServerDatabaseError(GapuraError):
    """The server database cannot be opened or upgraded."""


def resolve_url(database: str | None = None) -> str:
    """The SQLAlchemy URL of the server database.

    Args:
        database: a URL (`postgresql+psycopg://...`, `sqlite:///...`) or a file path; when None,
            `DATABASE_URL`, else `gapura-server.sqlite` in this instance's data directory.
    """
    value = database or os.environ.get(URL_ENV)
    if value and "://" in value:
        return value
    if value:
        path = Path(value).expanduser()
    else:
        from app.paths import instance_paths

        path = instance_paths().data_dir / DEFAULT_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path.resolve()}"


def make_engine(url: str) -> Engine:
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    # Requests run in uvicorn's thread pool; each session still uses one connection at a time.
    return sqlite_engine(url, check_same_thread=False)


class Database:
    """Sessions on the server database: `write()` for changes, `read()` for queries."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._writer = sessionmaker(engine.execution_options(gapura_write=True),
                                    expire_on_commit=False)
        self._reader = sessionmaker(engine, expire_on_commit=False)
        # SQLite has one writer at a time: the request threads of this process queue for it
        # here, in order, instead of racing for the file lock until busy_timeout answers 500
        # (seen with 50 workstations pushing at once). PostgreSQL needs no such queue.
        self._write_turn = (threading.RLock() if engine.dialect.name == "sqlite"
                            else nullcontext())

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that commits on success and rolls back on any exception."""
        with self._write_turn, self._writer() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def _alembic_config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    cfg = _alembic_config()
    # Server processes starting together on one database (uvicorn --workers, several hosts)
    # upgrade it one at a time, and the later ones find it current: the write lock is taken
    # first (BEGIN IMMEDIATE on SQLite; an advisory lock on PostgreSQL, whose DDL is
    # transactional) and Alembic reads the revision under it.
    with engine.execution_options(gapura_write=True).begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def open_database(database: str | None = None) -> Database:
    """Open the server database, creating or upgrading its schema to the newest revision.

    Raises:
        ServerDatabaseError: the database cannot be reached, or a newer server wrote it.
    """
    url = resolve_url(database)
    engine = make_engine(url)
    shown = engine.url.render_as_string(hide_password=True)
    try:
        current = current_revision(engine)
        head = head_revision()
        if current != head:
            upgrade(engine)
            log.info("server database %s upgraded from %s to %s", shown, current, head)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise ServerDatabaseError(
            "Basis data server {url} tidak dapat dibuka atau diperbarui. Periksa alamat "
            "DATABASE_URL dan izin berkas, lalu ulangi.",
            detail=f"cannot open server database {shown}: {exc!r}", url=shown) from exc
    except Exception as exc:  # noqa: BLE001 - alembic raises CommandError for an unknown revision
        engine.dispose()
        raise ServerDatabaseError(
            "Basis data server {url} dibuat oleh versi server yang lebih baru atau rusak "
            "(skema {revision}); data tidak diubah.",
            detail=f"cannot upgrade server database {shown}: {exc!r}", url=shown,
            revision=str(current)) from exc
    return Database(engine)
