"""Revision 0005 (sync state and pulled reference data) upgrades and downgrades cleanly."""

from __future__ import annotations

from sqlalchemy import inspect, text

from app.store.db import current_revision, head_revision, make_engine, open_store, upgrade

SYNC_TABLES = {"sync_state", "sync_versions", "sync_conflicts", "holidays", "reference_items",
               "number_ranges"}


def _tables(engine) -> set[str]:
    return set(inspect(engine).get_table_names())


def test_a_0004_database_gains_the_sync_tables_and_keeps_its_data(tmp_path):
    path = tmp_path / "g.sqlite"
    engine = make_engine(path)
    upgrade(engine, "0004")
    assert not SYNC_TABLES & _tables(engine)
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO referrals (id, office_code, workstation_id, direction, lane, reason, "
            "reason_text, traveller, referred_by, referred_at, status, supervisor, resolution, "
            "resolution_data) VALUES ('r1','TEST','WS-1','arrival','foreigner','overstay','',"
            "'{}','budi','2026-12-01T01:00:00.000000+00:00','open','','','{}')"))
    engine.dispose()

    store = open_store(path, tmp_path / "backups")
    try:
        assert current_revision(store.engine) == head_revision()
        assert _tables(store.engine) >= SYNC_TABLES
        with store.read() as session:
            assert session.execute(text("SELECT status FROM referrals")).scalar() == "open"
            assert session.execute(text("SELECT count(*) FROM sync_state")).scalar() == 0
    finally:
        store.close()
    assert list((tmp_path / "backups").glob("gapura-*-before-upgrade-from-0004.sqlite"))


def test_downgrade_to_0004_drops_only_the_sync_tables(tmp_path):
    engine = make_engine(tmp_path / "g.sqlite")
    upgrade(engine, "0005")
    before = _tables(engine)
    from alembic import command

    from app.store.db import _alembic_config

    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
    assert current_revision(engine) == "0004"
    assert before - _tables(engine) == SYNC_TABLES
    engine.dispose()
