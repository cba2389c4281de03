"""Revision 0010 adds upstream requests and a delegation's revocation, and downgrades."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from app.store.db import _alembic_config, current_revision, make_engine, upgrade


def test_0010_adds_upstream_requests_and_revocation_keeping_delegations(tmp_path):
    engine = make_engine(tmp_path / "g.sqlite")
    upgrade(engine, "0009")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO delegations (id, office_code, role, from_username, to_username, "
            "start_date, end_date, created_at) VALUES ('d1', 'TEST', 'office_head', 'kakan', "
            "'kasi', '2026-12-01', '2026-12-31', '2026-12-01 00:00:00.000000')"))
    before = set(inspect(engine).get_table_names())
    upgrade(engine, "0010")
    assert current_revision(engine) == "0010"
    assert set(inspect(engine).get_table_names()) - before == {"upstream_requests", "work_seen"}
    with engine.begin() as conn:
        assert conn.execute(text("SELECT to_username, revoked_at FROM delegations")).one() == \
            ("kasi", None)
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0009")
    assert set(inspect(engine).get_table_names()) == before
    assert "revoked_at" not in {c["name"] for c in inspect(engine).get_columns("delegations")}
    with engine.begin() as conn:
        assert conn.execute(text("SELECT to_username FROM delegations")).scalar_one() == "kasi"
    engine.dispose()
