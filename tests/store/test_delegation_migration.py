"""Revision 0008 (delegations) adds the delegations table on a store of 0007 and downgrades."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect

from app.store.db import _alembic_config, current_revision, make_engine, upgrade


def test_0008_adds_the_delegations_table_and_removes_it_again(tmp_path):
    engine = make_engine(tmp_path / "g.sqlite")
    upgrade(engine, "0007")
    before = set(inspect(engine).get_table_names())
    upgrade(engine, "0008")
    assert current_revision(engine) == "0008"
    assert set(inspect(engine).get_table_names()) - before == {"delegations"}
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0007")
    assert set(inspect(engine).get_table_names()) == before
    engine.dispose()
