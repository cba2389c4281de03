"""Shared office records go to the outbox whole (`UnitOfWork.share`, decision 0009), and issued
documents are announced for verification."""

from __future__ import annotations

import base64
import json
from datetime import datetime

from sqlalchemy import inspect, literal_column, select

from app.domain.counter import Direction
from app.services.counter import Scan
from app.store.counter_models import IssuedDocument, Referral
from app.store.document_models import PrintQueueEntry
from app.store.models import OutboxRecord
from app.store.sync_models import SyncVersion
from tests.counter_support import BANNED_WNI, TOURIST


def _outbox(services, entity_type: str, entity_id: str | None = None) -> list[OutboxRecord]:
    query = select(OutboxRecord).where(OutboxRecord.entity_type == entity_type)
    if entity_id is not None:
        query = query.where(OutboxRecord.entity_id == entity_id)
    with services.context.store.read() as session:
        # In the order written (the fake clock stands still between the changes).
        return list(session.scalars(query.order_by(literal_column("outbox.rowid"))))


def _columns(model) -> set[str]:
    return {attr.key for attr in inspect(model).column_attrs}


def _refer(services, officer):
    check = services.counter.check(officer, Scan(BANNED_WNI.mrz(), Direction.DEPARTURE))
    return services.counter.refer(officer, check, None)


def test_a_referral_made_at_the_counter_goes_out_whole_with_base_version_0(services, officer):
    referral = _refer(services, officer)
    [record] = _outbox(services, "referral", referral.id)
    payload = json.loads(record.payload)
    assert record.operation == "upsert" and payload["base_version"] == 0
    row = payload["row"]
    assert set(row) == _columns(Referral)
    assert (row["id"], row["status"], row["office_code"], row["workstation_id"]) == (
        referral.id, "open", "TEST", "WS-TEST-01")
    assert BANNED_WNI.document_number in json.loads(row["traveller"])["mrz"][1]
    referred_at = datetime.fromisoformat(row["referred_at"])
    assert referred_at.utcoffset() is not None
    assert referred_at == services.context.clock()
    assert row["resolved_at"] is None


def test_taking_and_resolving_share_the_row_with_the_pulled_version(services, officer,
                                                                    supervisor):
    referral = _refer(services, officer)
    with services.context.store.write() as session:  # as if a pull had brought version 3
        session.add(SyncVersion(entity_type="referral", entity_id=referral.id, version=3))
    services.supervision.take(supervisor, referral.id)
    services.supervision.allow(supervisor, referral.id, "Bukan subjek: tanggal lahir berbeda")
    records = [json.loads(r.payload) for r in _outbox(services, "referral", referral.id)]
    assert [(p["row"]["status"], p["base_version"]) for p in records] == [
        ("open", 0), ("in_progress", 3), ("closed", 3)]
    closed = records[-1]["row"]
    assert (closed["supervisor"], closed["resolution"]) == ("spv1", "allowed")
    assert datetime.fromisoformat(closed["resolved_at"]) == services.context.clock()


def test_an_issued_document_is_announced_and_its_print_job_carries_the_pdf(services, officer,
                                                                          operator):
    stamp = services.counter.record_crossing(
        officer, services.counter.check(officer, Scan(TOURIST.mrz(), Direction.ARRIVAL))).stamp
    [issued] = _outbox(services, "document", stamp.id)
    with services.context.store.read() as session:
        doc = session.get(IssuedDocument, stamp.id)
    assert issued.operation == "issue"
    assert json.loads(issued.payload) == {
        "number": stamp.number, "template": "stamp", "sha256": doc.sha256,
        "issued_at": doc.issued_at.isoformat(), "office_code": "TEST"}

    [job] = services.documents.jobs(operator)
    services.documents.print_job(operator, job.id)
    services.documents.record_qc(operator, job.id, passed=True)
    shared = [json.loads(r.payload) for r in _outbox(services, "print_job", job.id)]
    assert [(p["row"]["status"], p["row"]["qc"]) for p in shared] == [
        ("queued", ""), ("printed", ""), ("printed", "pass")]
    row = shared[-1]["row"]
    assert set(row) == _columns(PrintQueueEntry) | {"document"}
    assert set(row["document"]) == _columns(IssuedDocument)
    assert base64.b64decode(row["document"]["pdf"]) == doc.pdf == stamp.pdf
    assert row["document"]["number"] == stamp.number


def test_voiding_shares_the_voided_jobs_and_names_the_number(services, officer, operator):
    stamp = services.counter.record_crossing(
        officer, services.counter.check(officer, Scan(TOURIST.mrz(), Direction.ARRIVAL))).stamp
    [job] = services.documents.jobs(operator)
    services.documents.void(operator, stamp.id, "Salah cetak")
    [void] = [r for r in _outbox(services, "document", stamp.id) if r.operation == "void"]
    assert json.loads(void.payload) == {"number": stamp.number}
    last = json.loads(_outbox(services, "print_job", job.id)[-1].payload)["row"]
    assert last["status"] == "voided"
    assert last["document"]["voided_at"] is not None
