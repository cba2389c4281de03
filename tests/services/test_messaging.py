"""Applicant notifications: queued with their audit event, sent through the simulator, retried
with back-off, failed after five attempts or at once on a refusal."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.auth.permissions import Role
from app.errors import PermissionDenied, ValidationError
from app.messaging.gateway import Delivery, SimulatedGateway, SimulationFailure
from app.services.cases import SubjectForm
from app.services.messaging import FAILED, QUEUED, SENT, MessagingService
from app.store.messaging_models import ApplicantMessage
from app.store.models import AuditEvent

FIELDS = {"name": "Budi Santoso", "number": "PAS-TEST-2026-0001",
          "place": "Loket Pengambilan Paspor", "hours": "Senin-Jumat 13.00-15.00 WIB"}
EXPECTED = (
    "Yth. Budi Santoso, paspor Anda untuk permohonan nomor PAS-TEST-2026-0001 sudah selesai "
    "dan siap diambil di Loket Pengambilan Paspor pada Senin-Jumat 13.00-15.00 WIB. Bawa tanda "
    "terima permohonan dan bukti pembayaran; pengambilan oleh orang lain wajib dengan surat "
    "kuasa. Pesan ini dikirim otomatis oleh Kantor Imigrasi Uji; mohon tidak membalas pesan "
    "ini.")


@pytest.fixture
def officer(make_actor):
    return make_actor(Role.PASSPORT_OFFICER, username="paspor1")


@pytest.fixture
def gateway(services) -> SimulatedGateway:
    assert isinstance(services.messaging.gateway, SimulatedGateway)  # the configured default
    return services.messaging.gateway


def _actions(services, message_id):
    with services.context.store.read() as session:
        return list(session.scalars(select(AuditEvent.action)
                                    .where(AuditEvent.entity_id == message_id)
                                    .order_by(AuditEvent.seq)))


def test_queue_then_dispatch_sends_the_exact_indonesian_text(services, officer, gateway, clock):
    case = services.cases.open(officer, "ITK", [SubjectForm("applicant", "Budi Santoso")])
    queued = services.messaging.queue(officer, "passport_ready", "0812-3456-7890", "whatsapp",
                                      FIELDS, case_id=case.id)
    assert (queued.status, queued.recipient, queued.text) == (QUEUED, "+6281234567890", EXPECTED)
    assert gateway.sent() == []  # queued only: nothing goes out before a dispatch

    result = services.messaging.dispatch(officer)

    [sent] = result.sent
    assert (sent.status, sent.attempts, sent.sent_at) == (SENT, 1, clock.now)
    [record] = gateway.sent()
    assert (record.message_id, record.channel, record.to, record.text) == (
        queued.id, "whatsapp", "+6281234567890", EXPECTED)
    assert sent.gateway_message_id == record.gateway_message_id
    assert services.messaging.messages(officer, case_id=case.id, status=SENT) == [sent]
    assert services.messaging.dispatch(officer).sent == ()  # sent once, never again
    assert _actions(services, queued.id) == ["message.queued", "message.sent"]


def test_queue_writes_the_row_and_its_audit_event_together(services, officer):
    queued = services.messaging.queue(officer, "application_received", "+61 412 345 678", "sms",
                                      {"name": "John Smith", "number": "ITAS-7",
                                       "date": "3 Desember 2026"})
    with services.context.store.read() as session:
        row = session.get_one(ApplicantMessage, queued.id)
        event = session.scalars(select(AuditEvent)
                                .where(AuditEvent.entity_id == queued.id)).one()
    assert (row.recipient, row.channel, row.created_by) == ("+61412345678", "sms", "paspor1")
    assert (event.action, event.username, event.roles) == (
        "message.queued", "paspor1", "passport_officer")
    assert '"to": "+61412345678"' in event.summary


def test_a_bad_number_or_a_missing_field_queues_nothing(services, officer):
    with pytest.raises(ValidationError, match="0812-ABC"):
        services.messaging.queue(officer, "passport_ready", "0812-ABC", "whatsapp", FIELDS)
    with pytest.raises(ValidationError) as caught:
        services.messaging.queue(officer, "passport_ready", "081234567890", "whatsapp",
                                 {**FIELDS, "hours": ""})
    assert caught.value.params["field"] == "hours"
    with pytest.raises(ValidationError, match="telegram"):
        services.messaging.queue(officer, "passport_ready", "081234567890", "telegram", FIELDS)
    assert services.messaging.messages(officer) == []


def test_a_role_without_case_work_may_not_queue(services, make_actor):
    counter = make_actor(Role.COUNTER_OFFICER, username="konter1")
    with pytest.raises(PermissionDenied, match="cases.work"):
        services.messaging.queue(counter, "passport_ready", "081234567890", "whatsapp", FIELDS)
    with pytest.raises(PermissionDenied):
        services.messaging.dispatch(counter)
    with pytest.raises(PermissionDenied):
        services.messaging.messages(counter)


def test_an_unreachable_gateway_is_retried_after_1_5_15_60_minutes_then_fails(
        services, officer, gateway, clock):
    gateway.failure = SimulationFailure.UNREACHABLE
    queued = services.messaging.queue(officer, "permit_ready", "081234567890", "sms",
                                      {**FIELDS, "number": "ITAS-2026-9"})
    for attempt, wait in enumerate((1, 5, 15, 60), start=1):
        [again] = services.messaging.dispatch(officer).rescheduled
        assert (again.status, again.attempts) == (QUEUED, attempt)
        assert again.next_attempt_at == clock.now + timedelta(minutes=wait)
        assert "tidak dapat dihubungi" in again.last_error
        clock.advance(minutes=wait - 1)
        assert services.messaging.dispatch(officer).rescheduled == ()  # not due yet
        clock.advance(minutes=1)

    [failed] = services.messaging.dispatch(officer).failed
    assert (failed.status, failed.attempts, failed.next_attempt_at) == (FAILED, 5, None)
    clock.advance(days=1)
    assert services.messaging.dispatch(officer).failed == ()  # failed stays failed
    assert _actions(services, queued.id) == (
        ["message.queued"] + ["message.rescheduled"] * 4 + ["message.failed"])

    gateway.failure = SimulationFailure.OK
    requeued = services.messaging.retry(officer, queued.id)
    assert (requeued.status, requeued.attempts) == (QUEUED, 0)
    [sent] = services.messaging.dispatch(officer).sent
    assert sent.id == queued.id and [r.message_id for r in gateway.sent()] == [queued.id]
    assert _actions(services, queued.id)[-2:] == ["message.requeued", "message.sent"]


def test_a_refusal_fails_the_message_at_once(services, officer, gateway):
    gateway.failure = SimulationFailure.REFUSED
    queued = services.messaging.queue(officer, "passport_ready", "081234567890", "whatsapp",
                                      FIELDS)
    result = services.messaging.dispatch(officer)
    assert result.rescheduled == () and result.sent == ()
    [failed] = result.failed
    assert (failed.id, failed.status, failed.attempts) == (queued.id, FAILED, 1)
    assert failed.last_error.startswith("Gateway pesan menolak pesan ke +6281234567890")
    assert services.messaging.messages(officer, status=FAILED) == [failed]
    assert _actions(services, queued.id) == ["message.queued", "message.failed"]


def test_only_a_failed_message_can_be_retried(services, officer):
    queued = services.messaging.queue(officer, "passport_ready", "081234567890", "whatsapp",
                                      FIELDS)
    with pytest.raises(ValidationError, match="queued"):
        services.messaging.retry(officer, queued.id)


def test_dispatch_sends_at_most_limit_oldest_first(services, officer, gateway, clock):
    ids = []
    for n in range(3):
        ids.append(services.messaging.queue(officer, "passport_ready", f"08123456789{n}",
                                            "whatsapp", FIELDS).id)
        clock.advance(seconds=1)
    assert [m.id for m in services.messaging.dispatch(officer, limit=2).sent] == ids[:2]
    assert [m.id for m in services.messaging.dispatch(officer, limit=2).sent] == ids[2:]
    assert [r.message_id for r in gateway.sent()] == ids


def test_a_message_being_sent_is_not_picked_by_a_second_dispatcher(services, officer, clock):
    """The dispatch claims its messages before talking to the gateway (outside the database
    transaction): a dispatch running meanwhile (the CLI beside the GUI) leaves them alone."""
    seen = []

    class SlowGateway:
        def send(self, message):
            seen.append((message.id, other.dispatch(officer).sent))  # runs while this one sends
            return Delivery("gw-1", clock.now)

        def close(self):
            return None

    first = MessagingService(services.context, SlowGateway())
    other = MessagingService(services.context, SimulatedGateway(services.context.store.engine.url
                                                                .database + ".other.jsonl"))
    queued = services.messaging.queue(officer, "passport_ready", "081234567890", "whatsapp",
                                      FIELDS)
    [sent] = first.dispatch(officer).sent
    assert seen == [(queued.id, ())]
    assert (sent.id, sent.status, sent.attempts) == (queued.id, SENT, 1)


def test_the_background_dispatcher_sends_what_was_queued(services, officer, gateway):
    import threading

    queued = services.messaging.queue(officer, "passport_ready", "081234567890", "whatsapp",
                                      FIELDS)
    rounds = threading.Event()
    runner = services.background_jobs(
        on_state=lambda state: rounds.set() if state.rounds else None)
    runner.start()
    try:
        assert rounds.wait(10), "no dispatch round within 10 s"
    finally:
        assert runner.stop()
    assert [m.message_id for m in gateway.sent()] == [queued.id]
    assert runner.state.last_error is None and runner.state.last_result.sent[0].id == queued.id
