"""Server migration 0002 upgrades a 0001 database in place and downgrades back to it."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from server.db import _alembic_config, current_revision, make_engine, resolve_url, upgrade

NEW_TABLES = {"users", "shared_records", "conflicts", "documents"}


def _downgrade(engine, revision: str) -> None:
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def test_0002_upgrades_a_0001_database_keeping_its_offices_and_downgrades(tmp_path):
    engine = make_engine(resolve_url(str(tmp_path / "server.sqlite")))
    try:
        upgrade(engine, "0001")
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO offices (code, name, created_at) "
                              "VALUES ('JKT1', 'Kanim Jakarta', '2026-12-01 08:00:00')"))
        upgrade(engine)
        assert current_revision(engine) == "0002"
        assert set(inspect(engine).get_table_names()) >= NEW_TABLES
        with engine.connect() as conn:
            office = conn.execute(text("SELECT name, timezone, directorate_general, city "
                                       "FROM offices")).one()
        assert tuple(office) == ("Kanim Jakarta", "Asia/Jakarta", "Direktorat Jenderal Imigrasi",
                                 "")

        _downgrade(engine, "0001")
        assert current_revision(engine) == "0001"
        inspector = inspect(engine)
        assert not NEW_TABLES & set(inspector.get_table_names())
        assert {c["name"] for c in inspector.get_columns("offices")} == {
            "code", "name", "created_at"}
        assert "ix_changes_kind_key" not in {i["name"] for i in inspector.get_indexes("changes")}
        with engine.connect() as conn:
            assert conn.execute(text("SELECT code FROM offices")).scalar_one() == "JKT1"
    finally:
        engine.dispose()
