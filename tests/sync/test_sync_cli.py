"""`gapura sync status --json` as a real process on a fresh GAPURA_HOME."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from app.store.db import open_store
from app.store.models import OutboxRecord
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


def test_now_without_server_url_fails_in_indonesian(tmp_path):
    result = gapura(tmp_path, "sync", "now")
    assert result.returncode == 1
    assert "server.url" in result.stderr and "belum diatur" in result.stderr
