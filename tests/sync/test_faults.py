"""Faults: the server killed mid-push or not answering, the disk full; nothing lost or doubled."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from datetime import UTC, datetime, timedelta

import anyio
import pytest
from fastapi import FastAPI
from fastapi.responses import JSONResponse
from sqlalchemy import event, func, insert, select

from app.demo_server import ServerProcess
from app.domain.counter import Direction, ReferralReason
from app.errors import GapuraError, StoreError
from app.services.counter import Scan
from app.store.models import OutboxRecord, new_id
from app.sync.client import ServerUnreachable
from server.admin import issue_enrolment_code
from server.db import open_database
from server.models import ReceivedRecord
from tests.live_server import serve

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


def test_a_server_that_does_not_answer_times_out_and_keeps_the_outbox(
        services, enrolled, system, monkeypatch):
    release = threading.Event()
    hanging = FastAPI()

    @hanging.api_route("/v1/{path:path}", methods=["GET", "POST"])
    async def hang(path: str) -> JSONResponse:
        await anyio.to_thread.run_sync(release.wait)
        return JSONResponse({"error": "late"}, status_code=503)

    waiting = _pending_ids(services)
    monkeypatch.setitem(services.context.config.values, "sync.timeout_seconds", 1)
    try:
        with serve(hanging) as url:
            monkeypatch.setitem(services.context.config.values, "server.url", url)
            enrolled.close()  # the next request uses a client for the new address
            started = time.monotonic()
            with pytest.raises(ServerUnreachable) as err:
                enrolled.push_pending(system)
            assert time.monotonic() - started < 10  # bounded by the timeout, not the server
            release.set()
    finally:
        release.set()
    assert "tidak dapat dihubungi" in err.value.user_message
    assert "Timeout" in err.value.detail
    assert _pending_ids(services) == waiting
    assert enrolled.status(system).last_error == err.value.user_message


def test_disk_full_while_writing_the_outbox_applies_nothing_half(services, enrolled, system):
    from tests.counter_support import TOURIST

    officer = services.auth.sign_in(*_user(services, system)).actor
    check = services.counter.check(officer, Scan(TOURIST.mrz(), Direction.ARRIVAL))
    before = _counts(services)
    engine = services.context.store.engine
    engine.dispose()

    @event.listens_for(engine, "connect")
    def full(dbapi_conn, _record):  # the file may not grow: what a full disk does to SQLite
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    try:
        with pytest.raises(StoreError) as err:
            for _ in range(200):  # fill the last free pages until a change does not fit
                services.counter.refer(officer, check, ReferralReason.SUSPICION, "x" * 4000)
    finally:
        event.remove(engine, "connect", full)
        engine.dispose()
    assert "Penyimpanan workstation penuh" in err.value.user_message
    after = _counts(services)
    made = after["referrals"] - before["referrals"]
    # Every referral that committed has its audit event and its outbox record; the one that
    # did not fit left none of the three.
    assert after["audit"] - before["audit"] == made
    assert after["shared"] - before["shared"] == made
    assert services.audit.verify(system).ok
    enrolled.push_pending(system)  # and the outbox still goes out whole
    assert _pending_ids(services) == set()


def _user(services, system) -> tuple[str, str]:
    from app.auth.permissions import Role
    from tests.conftest import PASSWORD

    services.users.create_user(system, "konter9", "Konter", [Role.COUNTER_OFFICER],
                               password=PASSWORD)
    return "konter9", PASSWORD


def _counts(services) -> dict[str, int]:
    from app.store.counter_models import Referral
    from app.store.models import AuditEvent

    with services.context.store.read() as session:
        return {
            "referrals": session.scalar(select(func.count()).select_from(Referral)),
            "audit": session.scalar(select(func.count()).select_from(AuditEvent)
                                    .where(AuditEvent.action == "referral.created")),
            "shared": session.scalar(select(func.count()).select_from(OutboxRecord)
                                     .where(OutboxRecord.entity_type == "referral")),
        }
