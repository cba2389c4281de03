"""`gapura sync status --json` as a real process on a fresh GAPURA_HOME."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import func, select

from app.store.db import open_store
from app.store.models import OutboxRecord
from app.store.sync_models import SyncConflict
from tests.cli.test_cli import gapura


def test_status_json_counts_pending_records(tmp_path):
    result = gapura(tmp_path, "sync", "status", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    store = open_store(next(tmp_path.rglob("gapura.sqlite")), tmp_path / "backups-check")
    try:
        with store.read() as session:
            pending = session.scalar(select(func.count()).select_from(OutboxRecord)
                                     .where(OutboxRecord.sent_at.is_(None)))
    finally:
        store.close()
    assert data["pending"] == pending
    assert data["server_url"] == "" and data["workstation_id"] is None
    assert data["last_success"] is None and data["last_error"] == ""
    assert (data["last_pull"], data["cursor"], data["last_pull_error"], data["conflicts"]) == (
        None, 0, "", 0)


def test_now_without_server_url_fails_in_indonesian(tmp_path):
    result = gapura(tmp_path, "sync", "now")
    assert result.returncode == 1
    assert "server.url" in result.stderr and "belum diatur" in result.stderr


def test_conflicts_lists_those_waiting_for_review(tmp_path):
    assert gapura(tmp_path, "sync", "status").returncode == 0  # makes the instance
    store = open_store(next(tmp_path.rglob("gapura.sqlite")), tmp_path / "backups-check")
    try:
        with store.write() as session:
            session.add(SyncConflict(
                id="rec-1", entity_type="referral", entity_id="ref-1", server_version=3,
                local_payload='{"row": {"status": "closed"}, "base_version": 2}',
                detected_at=datetime(2026, 12, 1, 8, 0, tzinfo=UTC), reviewed_by="",
                review_note=""))
    finally:
        store.close()
    text = gapura(tmp_path, "sync", "conflicts")
    assert text.returncode == 0, text.stderr
    assert "referral ref-1" in text.stdout and "server version 3" in text.stdout
    listed = json.loads(gapura(tmp_path, "sync", "conflicts", "--json").stdout)
    assert [(c["id"], c["local_payload"]["base_version"]) for c in listed] == [("rec-1", 2)]
    assert "conflicts to review: 1" in gapura(tmp_path, "sync", "status").stdout
