"""Revision 0009 (applicant messages) adds its table on a store of 0008 and downgrades."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect

from app.store.db import _alembic_config, current_revision, make_engine, upgrade


def test_0009_adds_the_applicant_messages_table_and_removes_it_again(tmp_path):
    engine = make_engine(tmp_path / "g.sqlite")
    upgrade(engine, "0008")
    before = set(inspect(engine).get_table_names())
    upgrade(engine, "0009")
    assert current_revision(engine) == "0009"
    assert set(inspect(engine).get_table_names()) - before == {"applicant_messages"}
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0008")
    assert set(inspect(engine).get_table_names()) == before
    engine.dispose()
