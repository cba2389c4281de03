"""Faults on the way to a real server process: killed mid-push, nothing lost, nothing doubled."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, insert, select

from app.demo_server import ServerProcess
from app.errors import GapuraError
from app.store.models import OutboxRecord, new_id
from app.sync.client import ServerUnreachable
from server.admin import issue_enrolment_code
from server.db import open_database
from server.models import ReceivedRecord

RECORDS = 20_000  # 40 batches: the kill lands long before the last one


def _received(database) -> dict[str, int]:
    db = open_database(str(database))
    try:
        with db.read() as session:
            return dict(session.execute(select(ReceivedRecord.id, func.count())
                                        .group_by(ReceivedRecord.id)).all())
    finally:
        db.close()


def _fill_outbox(services, count: int) -> set[str]:
    start = datetime(2026, 12, 1, tzinfo=UTC)
    rows = [{"id": new_id(), "created_at": start + timedelta(milliseconds=i),
             "entity_type": "crossing", "entity_id": new_id(), "operation": "create",
             "payload": json.dumps({"n": i}), "attempts": 0, "last_error": ""}
            for i in range(count)]
    with services.context.store.write() as session:
        session.execute(insert(OutboxRecord), rows)
    return {row["id"] for row in rows}


def _pending_ids(services) -> set[str]:
    with services.context.store.read() as session:
        return set(session.scalars(select(OutboxRecord.id)
                                   .where(OutboxRecord.sent_at.is_(None))))


@pytest.fixture
def server_process(tmp_path):
    process = ServerProcess(tmp_path / "central.sqlite", tmp_path / "server.log", port=0)
    process.start()
    yield process
    process.stop()


def test_server_killed_in_the_middle_of_a_push_loses_and_doubles_nothing(
        services, sync, system, server_process, monkeypatch):
    monkeypatch.setitem(services.context.config.values, "server.url", server_process.url)
    db = open_database(str(server_process.database))
    try:
        code = issue_enrolment_code(db, "TEST", datetime.now(UTC)).code
    finally:
        db.close()
    sync.enrol(system, code)
    ours = _fill_outbox(services, RECORDS)

    outcome: dict[str, object] = {}

    def push() -> None:
        try:
            outcome["result"] = sync.push_pending(system)
        except GapuraError as exc:
            outcome["error"] = exc

    pusher = threading.Thread(target=push)
    pusher.start()
    deadline = time.monotonic() + 60
    while not _received(server_process.database):  # the first batch is stored...
        assert time.monotonic() < deadline and pusher.is_alive(), "no batch arrived"
        time.sleep(0.005)
    # ...then freeze the server where it is (mid-request or between two) and kill it.
    os.kill(server_process.pid, signal.SIGSTOP)
    os.kill(server_process.pid, signal.SIGKILL)
    pusher.join(60)
    assert not pusher.is_alive()
    assert isinstance(outcome.get("error"), ServerUnreachable), outcome
    left = _pending_ids(services)
    before_restart = set(_received(server_process.database))
    assert left and before_restart  # some went, the rest wait...
    assert ours <= left | before_restart  # ...and none was dropped on the way

    server_process.stop()
    server_process.start()  # same port, same database
    result = sync.push_pending(system)
    assert _pending_ids(services) == set()
    received = _received(server_process.database)
    assert ours <= set(received)  # every record arrived...
    assert set(received.values()) == {1}  # ...once
    # A batch stored just before the kill but not acknowledged comes back as duplicates.
    assert result.duplicates <= 500
