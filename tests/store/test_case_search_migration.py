"""Revision 0011's case search index: filled from the cases already stored, kept in step by
triggers as subjects are added, renamed and removed, and dropped again on downgrade."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from app.store.db import _alembic_config, make_engine, upgrade


def _found(conn, words: str) -> list[str]:
    return sorted(conn.execute(text(
        "SELECT DISTINCT case_id FROM case_search WHERE text LIKE :like"),
        {"like": f"%{words}%"}).scalars())


def test_the_index_follows_cases_and_subjects_and_goes_away_on_downgrade(tmp_path):
    engine = make_engine(tmp_path / "g.sqlite")
    upgrade(engine, "0010")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO cases (id, number, office_code, sop_code, title, status, step_id, "
            "step_role, assignee, step_started_at, opened_at, opened_by, outcome, prepared_by) "
            "VALUES ('c1', 'TEST/ITK/2026/00001', 'TEST', 'ITK', 'x', 'open', 'a', 'r', '', "
            "'2026-11-25 03:00:00.000000', '2026-11-25 03:00:00.000000', 'u', '', '')"))
        conn.execute(text(
            "INSERT INTO case_subjects (id, case_id, role, full_name, document_number, "
            "nationality) VALUES ('s1', 'c1', 'applicant', 'ERIKSSON ANNA', 'L898902C3', 'SWE')"))
    upgrade(engine, "0011")
    with engine.begin() as conn:
        assert _found(conn, "anna") == ["c1"]  # filled from what was stored, case folded
        assert _found(conn, "898902") == ["c1"] and _found(conn, "ITK/2026") == ["c1"]
        conn.execute(text("UPDATE case_subjects SET full_name = 'ERIKSSON MARIA' "
                          "WHERE id = 's1'"))
        assert _found(conn, "ANNA") == [] and _found(conn, "MARIA") == ["c1"]
        conn.execute(text(
            "INSERT INTO case_subjects (id, case_id, role, full_name, document_number, "
            "nationality) VALUES ('s2', 'c1', 'sponsor', 'PT MAJU', '', '')"))
        assert _found(conn, "PT MAJU") == ["c1"]
        conn.execute(text("DELETE FROM case_subjects WHERE id = 's2'"))
        assert _found(conn, "PT MAJU") == []
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0010")
    names = set(inspect(engine).get_table_names())
    assert not {n for n in names if n.startswith("case_search")}
    assert "permit_applications" not in names
    engine.dispose()
