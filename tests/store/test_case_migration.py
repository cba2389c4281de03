"""Revision 0007 (case work) creates the case tables on a store of 0006 and downgrades cleanly."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect

from app.store.db import _alembic_config, current_revision, make_engine, upgrade

CASE_TABLES = {"cases", "case_subjects", "case_events", "case_attachments"}


def test_0007_adds_exactly_the_case_tables_and_removes_them_again(tmp_path):
    engine = make_engine(tmp_path / "g.sqlite")
    upgrade(engine, "0006")
    before = set(inspect(engine).get_table_names())
    upgrade(engine, "0007")
    assert current_revision(engine) == "0007"
    assert set(inspect(engine).get_table_names()) - before == CASE_TABLES
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006")
    assert set(inspect(engine).get_table_names()) == before
    engine.dispose()
