"""The server database: its own migrations match its models, both ways, on SQLite and
PostgreSQL; the URL comes from the env."""

from __future__ import annotations

import subprocess
import sys

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from server.db import (
    _alembic_config,
    current_revision,
    head_revision,
    open_database,
    resolve_url,
    upgrade,
)
from server.models import Base


def test_migrations_create_exactly_the_models(server_database):
    db = open_database(server_database)
    try:
        assert current_revision(db.engine) == head_revision()
        with db.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    finally:
        db.close()


def test_migrations_downgrade_to_nothing_and_upgrade_again(server_database):
    db = open_database(server_database)
    try:
        cfg = _alembic_config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "base")
        assert current_revision(db.engine) is None
        assert inspect(db.engine).get_table_names() == ["alembic_version"]
        upgrade(db.engine)
        assert current_revision(db.engine) == head_revision()
        assert set(inspect(db.engine).get_table_names()) == {
            "alembic_version", *Base.metadata.tables}
    finally:
        db.close()


def test_database_url_comes_from_argument_then_env_then_instance(tmp_path, monkeypatch):
    monkeypatch.setenv("GAPURA_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert resolve_url() == f"sqlite:///{tmp_path / 'home' / 'data' / 'gapura-server.sqlite'}"
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg://gapura@127.0.0.1/gapura")
    assert resolve_url() == "postgresql+psycopg://gapura@127.0.0.1/gapura"
    assert resolve_url(str(tmp_path / "x.sqlite")) == f"sqlite:///{tmp_path / 'x.sqlite'}"


# A server process's start: open (upgrade) the database, then read or make the token key.
# It prints READY once imported and starts on the line "go", so all of them start together.
_SERVER_START = """
import sys
from server.admin import token_key
from server.db import open_database
print("READY", flush=True)
sys.stdin.readline()
db = open_database(sys.argv[1])
print(token_key(db).hex(), flush=True)
db.close()
"""


def test_server_processes_starting_at_once_share_one_schema_and_token_key(server_database):
    """Several server processes (uvicorn --workers, or hosts) starting on one new database:
    each upgrades the schema and makes the token key only when no other did first."""
    starts = [subprocess.Popen([sys.executable, "-c", _SERVER_START, server_database],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True) for _ in range(4)]
    try:
        for start in starts:
            assert start.stdout.readline().strip() == "READY", start.stderr.read()
        for start in starts:
            start.stdin.write("go\n")
            start.stdin.flush()
        outcomes = [start.communicate(timeout=60) for start in starts]
    finally:
        for start in starts:
            start.kill()
            start.wait()
    assert [start.returncode for start in starts] == [0] * 4, [
        [line for line in err.splitlines() if "Error" in line] for _, err in outcomes]
    assert len({out.strip() for out, _ in outcomes}) == 1
