"""The SQLite store: pragmas, migrations, backups, newer-schema refusal, single instance."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from app.errors import InstanceLockedError, StoreError
from app.store.all_models import Base
from app.store.db import (
    SCHEMA_HEAD,
    current_revision,
    head_revision,
    make_engine,
    open_store,
    upgrade,
)
from app.store.lock import InstanceLock
from app.store.search import in_metadata


def test_empty_database_is_migrated_to_head_with_wal_and_foreign_keys(tmp_path):
    store = open_store(tmp_path / "g.sqlite", tmp_path / "backups")
    try:
        assert current_revision(store.engine) == head_revision()
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    finally:
        store.close()
    assert not list((tmp_path / "backups").glob("*.sqlite"))  # nothing to back up when empty


def test_migrations_match_the_models(tmp_path):
    store = open_store(tmp_path / "g.sqlite", tmp_path / "backups")
    try:
        with store.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_name": in_metadata})
            diff = compare_metadata(context, Base.metadata)
        assert diff == []
    finally:
        store.close()


def test_older_database_is_backed_up_then_upgraded_and_backup_migrates_too(tmp_path):
    path = tmp_path / "g.sqlite"
    engine = make_engine(path)
    upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO offices VALUES ('OLD','Kanim Lama','Asia/Jakarta','K','D','W','A','C',"
            "'','','')"))
    engine.dispose()

    store = open_store(path, tmp_path / "backups")
    store.close()
    backups = list((tmp_path / "backups").glob("gapura-*-before-upgrade-from-0001.sqlite"))
    assert len(backups) == 1
    assert current_revision(make_engine(path)) == head_revision()

    # The backup is a complete 0001 database: it opens and migrates like the original.
    restored = open_store(backups[0], tmp_path / "backups2")
    try:
        assert current_revision(restored.engine) == head_revision()
        with restored.read() as session:
            assert session.execute(text("SELECT name FROM offices")).scalar() == "Kanim Lama"
    finally:
        restored.close()


def test_database_from_newer_app_is_refused_untouched(tmp_path):
    path = tmp_path / "g.sqlite"
    open_store(path, tmp_path / "b").close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    with pytest.raises(StoreError) as err:
        open_store(path, tmp_path / "b")
    assert "versi Gapura yang lebih baru" in err.value.user_message
    assert "9999" in err.value.user_message
    assert path.read_bytes() == before


def test_unreadable_database_file_gets_a_clear_error(tmp_path):
    path = tmp_path / "g.sqlite"
    path.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(StoreError) as err:
        open_store(path, tmp_path / "b")
    assert "tidak dapat dibaca" in err.value.user_message


def test_audit_events_cannot_be_updated_or_deleted_through_sqlite(services, admin):
    with pytest.raises(Exception, match="append-only"), services.context.store.write() as s:
        s.execute(text("UPDATE audit_events SET action = 'x'"))
    with pytest.raises(Exception, match="append-only"), services.context.store.write() as s:
        s.execute(text("DELETE FROM audit_events"))


def test_second_lock_in_same_process_is_refused(tmp_path):
    with InstanceLock(tmp_path / "gapura.lock"), pytest.raises(InstanceLockedError):
        InstanceLock(tmp_path / "gapura.lock").acquire()
    InstanceLock(tmp_path / "gapura.lock").acquire().release()  # free again after release


def test_second_instance_is_refused_with_message(home):
    from app.instance import open_instance

    first = open_instance(home)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "app.cli", "db", "upgrade"],
            capture_output=True, text=True, timeout=120,
            env={**__import__("os").environ, "GAPURA_HOME": str(home)},
        )
    finally:
        first.close()
    assert result.returncode == 2
    assert "Gapura sudah berjalan" in result.stderr


def test_schema_head_literal_matches_alembic_head():
    assert head_revision() == SCHEMA_HEAD


def test_opening_an_up_to_date_database_does_not_import_alembic(tmp_path):
    open_store(tmp_path / "g.sqlite", tmp_path / "b").close()
    code = ("import sys\nfrom pathlib import Path\nfrom app.store.db import open_store\n"
            f"open_store(Path({str(tmp_path / 'g.sqlite')!r}), Path({str(tmp_path / 'b')!r}))\n"
            "print('alembic' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, check=True)
    assert result.stdout.strip() == "False"


def test_full_disk_refuses_change_with_message_and_writes_nothing_half(services, admin):
    from sqlalchemy import event, func, select

    from app.auth.permissions import Role
    from app.store.models import AuditEvent, User

    engine = services.context.store.engine
    engine.dispose()

    @event.listens_for(engine, "connect")
    def _cap(dbapi_conn, _record):  # the file may not grow: what a full disk does to SQLite
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    created = 0
    with pytest.raises(StoreError) as err:
        for n in range(500):
            services.users.create_user(admin, f"petugas{n:03d}", "Nama Panjang " * 15,
                                       [Role.COUNTER_OFFICER])
            created += 1
    assert "Penyimpanan workstation penuh" in err.value.user_message
    event.remove(engine, "connect", _cap)
    engine.dispose()
    with services.context.store.read() as session:
        users = session.execute(select(func.count(User.id))).scalar()
        created_events = session.execute(select(func.count(AuditEvent.seq)).where(
            AuditEvent.action == "user.created")).scalar()
    assert users == created + 1  # the admin, and every user whose change committed
    assert created_events == created + 1
    assert services.audit.verify(admin).ok
