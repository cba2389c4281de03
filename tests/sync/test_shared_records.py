"""Shared office records (decision 0009): pulled rows replace local ones unless a local edit is
still unsent; conflicts the server reports are kept until an officer reviews them."""

from __future__ import annotations

import base64
import json
from datetime import UTC, date, datetime

import httpx
import pytest
from sqlalchemy import select

from app.auth.permissions import Role
from app.domain.counter import Direction
from app.errors import PermissionDenied, ValidationError
from app.services.counter import Scan
from app.store.counter_models import IssuedDocument, Referral
from app.store.document_models import PrintQueueEntry
from app.store.models import AuditEvent, OutboxRecord
from app.store.rows import row_to_json
from app.store.sync_models import Holiday, SyncConflict, SyncVersion
from app.sync.client import Credential, SyncClient
from tests.counter_support import BANNED_WNI
from tests.sync.test_pull import publish

REFERRED_AT = datetime(2026, 11, 25, 2, 30, tzinfo=UTC)


def _referral_row(referral_id: str, **changes: object) -> dict:
    row = Referral(id=referral_id, office_code="TEST", workstation_id="WS-TEST-02",
                   direction="departure", lane="regular", reason="cekal", reason_text="",
                   traveller=json.dumps({"mrz": BANNED_WNI.mrz().splitlines()}),
                   referred_by="konter2", referred_at=REFERRED_AT, status="open",
                   supervisor="", resolution="", resolution_data="{}", resolved_at=None)
    return {**row_to_json(row), **changes}


def _version(services, kind: str, entity_id: str) -> int | None:
    with services.context.store.read() as session:
        row = session.get(SyncVersion, (kind, entity_id))
        return row.version if row else None


def _referral(services, referral_id: str) -> Referral | None:
    with services.context.store.read() as session:
        return session.get(Referral, referral_id)


def test_a_referral_from_another_counter_reaches_this_supervisor(services, enrolled, system,
                                                                 live_server, supervisor):
    publish(live_server, "referral", "ref-ws2-1", {
        "version": 1, "workstation_id": "WS-TEST-02", "row": _referral_row("ref-ws2-1")},
        office="TEST")
    enrolled.pull(system)

    [queued] = services.supervision.queue(supervisor)
    assert (queued.id, queued.status) == ("ref-ws2-1", "open")
    assert _referral(services, "ref-ws2-1").referred_at == REFERRED_AT
    assert _version(services, "referral", "ref-ws2-1") == 1

    services.supervision.take(supervisor, "ref-ws2-1")  # this workstation's edit of version 1
    with services.context.store.read() as session:
        [record] = session.scalars(select(OutboxRecord).where(
            OutboxRecord.entity_type == "referral", OutboxRecord.entity_id == "ref-ws2-1"))
    payload = json.loads(record.payload)
    assert (payload["base_version"], payload["row"]["status"]) == (1, "in_progress")


def test_a_pulled_version_does_not_overwrite_an_unsent_local_edit(services, enrolled, system,
                                                                  live_server, officer):
    check = services.counter.check(officer, Scan(BANNED_WNI.mrz(), Direction.DEPARTURE))
    mine = services.counter.refer(officer, check, None)  # in the outbox, not pushed yet
    closed = _referral_row(mine.id, status="closed", supervisor="spv2", resolution="allowed",
                           workstation_id="WS-TEST-01")
    publish(live_server, "referral", mine.id,
            {"version": 2, "workstation_id": "WS-TEST-02", "row": closed}, office="TEST")
    enrolled.pull(system)
    assert _referral(services, mine.id).status == "open"  # the local edit is kept...
    assert _version(services, "referral", mine.id) == 2  # ...and the version noted

    enrolled.push_pending(system)  # the edit is sent: the server's next version wins
    publish(live_server, "referral", mine.id,
            {"version": 3, "workstation_id": "WS-TEST-02", "row": closed}, office="TEST")
    enrolled.pull(system)
    row = _referral(services, mine.id)
    assert (row.status, row.supervisor, row.resolution) == ("closed", "spv2", "allowed")
    assert _version(services, "referral", mine.id) == 3


def test_a_print_job_from_another_workstation_brings_its_pdf(services, enrolled, system,
                                                             live_server, operator):
    pdf = b"%PDF-1.7\n% a document issued at WS-TEST-02\n%%EOF\n"
    document = IssuedDocument(
        id="doc-ws2-1", template="stp", number="STP/TEST/2026/005000", office_code="TEST",
        subject_type="referral", subject_id="ref-ws2-1", issued_at=REFERRED_AT,
        issued_by="spv2", copies=2, page_count=2, sha256="ab" * 32, pdf=pdf, seal="",
        voided_at=None, voided_by="", void_reason="", endorsed_at=None, endorsed_by="")
    job = PrintQueueEntry(
        id="job-ws2-1", document_id="doc-ws2-1", office_code="TEST", requested_by="spv2",
        requested_at=REFERRED_AT, copies=1, status="queued", printer="", printed_at=None,
        printed_by="", error="", reprint=0, reprint_reason="", qc="", qc_note="")
    publish(live_server, "print_job", "job-ws2-1", {
        "version": 1, "workstation_id": "WS-TEST-02",
        "row": {**row_to_json(job), "document": row_to_json(document)}}, office="TEST")
    enrolled.pull(system)

    [queued] = services.documents.jobs(operator)
    assert (queued.id, queued.number, queued.status) == ("job-ws2-1", "STP/TEST/2026/005000",
                                                         "queued")
    assert services.documents.document(operator, "doc-ws2-1").pdf == pdf
    assert base64.b64encode(pdf).decode() == row_to_json(document)["pdf"]


# -- conflicts --------------------------------------------------------------------------------


def _central(handler_push):
    """A stub of the central server: tokens for anyone, pushes answered by `handler_push`."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/token":
            return httpx.Response(200, json={"access_token": "t", "token_type": "bearer",
                                             "expires_in": 900})
        if request.url.path == "/v1/push":
            return httpx.Response(200, json=handler_push(json.loads(request.content)))
        return httpx.Response(404, json={"message": "tidak ada"})

    return SyncClient("http://central.test", credential=Credential("WS-TEST-01", "s", "TEST"),
                      transport=httpx.MockTransport(handler))


def _lose_referrals(body: dict) -> dict:
    records = body["records"]
    return {"accepted": len(records), "duplicates": 0, "conflicts": [
        {"record_id": r["id"], "entity_type": r["entity_type"], "entity_id": r["entity_id"],
         "server_version": 7} for r in records if r["entity_type"] == "referral"]}


def test_a_conflict_in_the_push_answer_is_kept_for_review(services, sync, system, officer,
                                                          supervisor):
    check = services.counter.check(officer, Scan(BANNED_WNI.mrz(), Direction.DEPARTURE))
    referral = services.counter.refer(officer, check, None)
    with services.context.store.read() as session:
        [record] = session.scalars(select(OutboxRecord).where(
            OutboxRecord.entity_type == "referral"))
    sync._client = _central(_lose_referrals)

    result = sync.push_pending(system)

    assert result.conflicts == 1
    [conflict] = sync.conflicts(system)
    assert (conflict.id, conflict.entity_type, conflict.entity_id, conflict.server_version) == (
        record.id, "referral", referral.id, 7)
    assert conflict.local_payload == json.loads(record.payload)
    assert conflict.local_payload["row"]["status"] == "open"
    with services.context.store.read() as session:
        assert session.get(OutboxRecord, record.id).sent_at is not None  # same transaction
        [event] = session.scalars(select(AuditEvent).where(
            AuditEvent.action == "sync.conflict"))
    assert event.entity_id == referral.id
    assert sync.status(officer).conflicts == 1  # every officer sees that one waits

    with pytest.raises(PermissionDenied):
        sync.mark_reviewed(supervisor, record.id, "dicek")
    with pytest.raises(ValidationError):
        sync.mark_reviewed(system, record.id, "  ")
    reviewed = sync.mark_reviewed(system, record.id, "Versi server benar; rujukan ditutup spv2")
    assert reviewed.reviewed_by == "system" and reviewed.reviewed_at == services.context.clock()
    assert sync.conflicts(system) == [] and sync.status(system).conflicts == 0
    assert [c.review_note for c in sync.conflicts(system, include_reviewed=True)] == [
        "Versi server benar; rujukan ditutup spv2"]
    with pytest.raises(ValidationError):
        sync.mark_reviewed(system, record.id, "lagi")


def test_a_push_answer_without_conflicts_from_an_older_server_is_fine(services, sync, system,
                                                                      officer):
    check = services.counter.check(officer, Scan(BANNED_WNI.mrz(), Direction.DEPARTURE))
    services.counter.refer(officer, check, None)
    sync._client = _central(lambda body: {"accepted": len(body["records"]), "duplicates": 0})
    result = sync.push_pending(system)
    assert result.sent > 0 and result.conflicts == 0
    with services.context.store.read() as session:
        assert session.scalars(select(SyncConflict)).all() == []


def test_a_change_for_another_office_is_refused_by_the_client_too(services, sync, system):
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/token":
            return httpx.Response(200, json={"access_token": "t"})
        return httpx.Response(200, json={"cursor": 2, "more": False, "changes": [
            {"seq": 1, "kind": "holiday", "key": "2026-12-25", "office_code": "OTHER",
             "payload": {"date": "2026-12-25", "name": "Natal"}, "deleted": False},
            {"seq": 2, "kind": "holiday", "key": "2026-12-26", "office_code": None,
             "payload": {"date": "2026-12-26", "name": "Cuti"}, "deleted": False}]})

    sync._client = SyncClient("http://central.test", credential=Credential("WS-TEST-01", "s",
                                                                           "TEST"),
                              transport=httpx.MockTransport(handler))
    result = sync.pull(system)
    assert (result.applied, result.skipped, result.cursor) == (1, 1, 2)
    with services.context.store.read() as session:
        assert [session.get(Holiday, date(2026, 12, d)).name for d in (25, 26)] == [
            "Hari Raya Natal", "Cuti"]  # 25th: as seeded, the other office's change refused


def test_reviewing_conflicts_needs_the_sync_permission(sync, make_actor):
    with pytest.raises(PermissionDenied):
        sync.conflicts(make_actor(Role.SUPERVISOR, username="spv9"))
