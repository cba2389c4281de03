"""Revision 0006 (a holiday's kind) keeps the pulled holidays as national ones and downgrades."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from app.store.db import (
    SCHEMA_HEAD,
    _alembic_config,
    current_revision,
    make_engine,
    open_store,
    upgrade,
)


def test_holidays_pulled_before_0006_become_national_holidays(tmp_path):
    path = tmp_path / "g.sqlite"
    engine = make_engine(path)
    upgrade(engine, "0005")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO holidays (date, name) VALUES ('2026-12-25', 'Natal')"))
    engine.dispose()

    store = open_store(path, tmp_path / "backups")
    try:
        assert current_revision(store.engine) == SCHEMA_HEAD
        with store.read() as session:
            assert session.execute(text("SELECT name, kind FROM holidays")).one() == \
                ("Natal", "nasional")
    finally:
        store.close()


def test_downgrade_to_0005_drops_only_the_kind(tmp_path):
    engine = make_engine(tmp_path / "g.sqlite")
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO holidays (date, name, kind) VALUES "
                          "('2026-12-24', 'Cuti Bersama Natal', 'cuti_bersama')"))
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005")
    assert current_revision(engine) == "0005"
    assert [c["name"] for c in inspect(engine).get_columns("holidays")] == ["date", "name"]
    with engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM holidays")).scalar() == "Cuti Bersama Natal"
    engine.dispose()
