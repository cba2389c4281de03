"""Pushing the outbox to a real server on 127.0.0.1: once each, nothing lost, errors kept."""

from __future__ import annotations

import json
import random
from datetime import timedelta

import pytest
from fastapi import FastAPI
from fastapi.responses import JSONResponse
from sqlalchemy import func, select

from app.auth.permissions import Role
from app.errors import PermissionDenied
from app.store.models import AuditEvent, OutboxRecord
from app.sync.client import (
    REFUSALS,
    ServerFault,
    ServerRefused,
    ServerUnreachable,
    SyncClient,
    SyncNotEnrolled,
)
from app.sync.runner import BACKOFF_CAP, next_delay
from app.sync.worker import CREDENTIAL_SECRET
from server.models import ReceivedRecord
from tests.live_server import serve


def _pending(services) -> list[OutboxRecord]:
    with services.context.store.read() as session:
        return list(session.scalars(select(OutboxRecord).where(OutboxRecord.sent_at.is_(None))))


def _received(live_server) -> dict[str, int]:
    with live_server.db.read() as session:
        rows = session.execute(select(ReceivedRecord.id, func.count())
                               .group_by(ReceivedRecord.id)).all()
    return dict(rows)


def _add_user(services, system, name: str) -> None:
    services.users.create_user(system, name, name.title(), [Role.COUNTER_OFFICER],
                               password="Rahasia2026")


def test_enrol_then_push_sends_every_record_once(services, sync, system, live_server):
    _add_user(services, system, "budi")
    before = {r.id for r in _pending(services)}
    assert before  # the user, its audit event...

    credential = sync.enrol(system, live_server.enrolment_code("TEST"))
    assert credential.workstation_id == "WS-TEST-01" and credential.office_code == "TEST"
    stored = json.loads(services.context.secrets.get(CREDENTIAL_SECRET))
    assert stored["credential"] == credential.credential
    assert credential.credential not in services.context.config.path.read_text()

    result = sync.push_pending(system)
    received = _received(live_server)
    assert before <= set(received) and set(received.values()) == {1}
    assert result.sent == len(received) and result.duplicates == 0
    assert _pending(services) == []  # its own sync.pushed audit record went too
    with services.context.store.read() as session:
        pushed = session.scalars(select(AuditEvent).where(AuditEvent.action == "sync.pushed"))
        assert [json.loads(e.summary)["after"]["records"] for e in pushed] == [len(before) + 1]

    again = sync.push_pending(system)
    assert (again.sent, again.batches) == (0, 0)
    assert _received(live_server) == received
    state = sync.status(system)
    assert state.pending == 0 and state.last_success is not None and state.last_error == ""


def test_server_down_keeps_records_pending_then_they_go(services, sync, system, live_server):
    sync.enrol(system, live_server.enrolment_code("TEST"))
    _add_user(services, system, "sari")
    pending = {r.id for r in _pending(services)}
    live_server.stop()

    with pytest.raises(ServerUnreachable) as err:
        sync.push_pending(system)
    assert "tidak dapat dihubungi" in err.value.user_message
    assert live_server.url in err.value.user_message
    assert {r.id for r in _pending(services)} == pending
    assert {r.attempts for r in _pending(services)} == {1}
    state = sync.status(system)
    assert state.pending == len(pending) and state.last_error == err.value.user_message

    live_server.start()
    result = sync.push_pending(system)
    assert pending <= set(_received(live_server)) and _pending(services) == []
    assert result.accepted == result.sent
    assert sync.status(system).last_error == ""


def test_server_fault_keeps_records_pending(services, system, live_server, tmp_path):
    broken = FastAPI()

    @broken.api_route("/v1/{path:path}", methods=["GET", "POST"])
    def fail(path: str) -> JSONResponse:
        return JSONResponse({"detail": "boom"}, status_code=500)

    sync = services.sync
    try:
        sync.enrol(system, live_server.enrolment_code("TEST"))
        count = len(_pending(services))
        with serve(broken) as url:
            sync._client = SyncClient(url, credential=sync.enrolled())
            with pytest.raises(ServerFault) as err:
                sync.push_pending(system)
        assert "kode 500" in err.value.user_message
        assert len(_pending(services)) == count
        assert sync.status(system).last_error == err.value.user_message
    finally:
        sync.close()


def test_expired_token_is_renewed_transparently(services, sync, system, live_server):
    sync.enrol(system, live_server.enrolment_code("TEST"))
    sync.push_pending(system)
    first_token = sync._client._token
    live_server.clock.advance(timedelta(minutes=16))  # the 15-minute token has expired
    _add_user(services, system, "joko")
    result = sync.push_pending(system)
    assert result.sent > 0 and _pending(services) == []
    assert sync._client._token != first_token


def test_not_enrolled_and_refusals_speak_indonesian(services, sync, system, live_server):
    with pytest.raises(SyncNotEnrolled) as err:
        sync.push_pending(system)
    assert "belum terdaftar" in err.value.user_message
    with pytest.raises(ServerRefused) as refused:
        sync.enrol(system, "AAAA-BBBB-CCCC")
    assert "Kode pendaftaran tidak dikenal" in refused.value.user_message
    # The workstation's own text, so the English interface translates it too.
    assert refused.value.message_template == REFUSALS["invalid_enrolment_code"]
    assert "invalid_enrolment_code" in refused.value.detail


def test_sync_needs_its_permission(services, sync, make_actor):
    officer = make_actor(Role.COUNTER_OFFICER, username="petugas")
    with pytest.raises(PermissionDenied):
        sync.push_pending(officer)
    assert sync.status(officer).pending > 0  # status is for every officer


def test_next_delay_is_capped_exponential_with_full_jitter():
    rng = random.Random(6)
    for attempt in range(1, 40):
        ceiling = min(BACKOFF_CAP, 2.0 * 2 ** (attempt - 1))
        delays = [next_delay(attempt, rng=rng) for _ in range(200)]
        assert all(0 <= d <= ceiling for d in delays)
        assert max(delays) > ceiling * 0.8  # the whole range is used
    assert next_delay(0) == 0.0
    assert next_delay(10_000, rng=rng) <= BACKOFF_CAP
    assert next_delay(3, rng=random.Random(1)) == next_delay(3, rng=random.Random(1))


def test_large_payloads_go_in_smaller_batches_and_pull_pages(services, sync, system,
                                                              live_server, monkeypatch):
    """Scanned attachments make records of megabytes: batches and pages are cut by size."""
    from app.services.cases import SubjectForm
    from app.sync import worker
    from server import app as server_app

    sync.enrol(system, live_server.enrolment_code("TEST"))
    sync.push_pending(system)
    officer = services.users.create_user(system, "loket1", "Loket", [Role.PERMIT_OFFICER],
                                         password="Rahasia2026")
    actor = services.auth.sign_in(officer.user.username, "Rahasia2026").actor
    case = services.cases.open(actor, "ITK", [SubjectForm("applicant", "ANNA")])
    for n in range(3):
        services.cases.attach(actor, case.id, f"scan{n}.pdf", "application/pdf",
                              bytes([n]) * 300_000)
    monkeypatch.setattr(worker, "BATCH_BYTES", 500_000)  # one 400 kB attachment per batch
    monkeypatch.setattr(server_app, "PULL_PAGE_BYTES", 500_000)

    pushed = sync.push_pending(system)
    assert pushed.batches >= 3 and _pending(services) == []
    pulled = sync.pull(system)
    assert pulled.pages >= 3  # each page stops once it holds one big record
    assert len(services.cases.attachments(actor, case.id)) == 3
