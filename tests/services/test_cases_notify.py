"""A case step that the SOP marks `notify` tells the applicant (seed 003: the dokim is ready at
serahkan_dokim) through the messaging gateway, in the step's own transaction."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.auth.permissions import Role
from app.errors import ValidationError
from app.services.messaging import QUEUED
from tests.conftest import PASSWORD
from tests.services.test_cases import APPLICANT


@pytest.fixture
def people(make_actor):
    return {"loket": make_actor(Role.PERMIT_OFFICER, username="loket1"),
            "kasi": make_actor(Role.SECTION_HEAD, username="kasi1"),
            "kakanim": make_actor(Role.OFFICE_HEAD, username="kakanim1")}


def _to_handover(services, people, applicant):
    cases = services.cases
    case = cases.open(people["loket"], "ITK", [applicant])
    for step in ("terima_permohonan", "entri_data", "periksa_cekal", "teliti_keabsahan",
                 "pindai_berkas"):
        case = cases.complete(people["loket"], case.id,
                              answer="tidak" if step == "periksa_cekal" else None)
    [case] = cases.approve(people["kasi"], [case.id], PASSWORD, answer="tidak")
    for _step in ("pembayaran", "biometrik", "register_dan_tera"):
        case = cases.complete(people["loket"], case.id)
    [case] = cases.approve(people["kakanim"], [case.id], PASSWORD)
    assert case.step_id == "pindai_arsip"
    assert services.messaging.messages(people["loket"], case_id=case.id) == []  # not yet
    return cases.complete(people["loket"], case.id)


def test_reaching_the_handover_queues_the_permit_ready_message(services, people,
                                                               clock):
    case = _to_handover(services, people, replace(APPLICANT, phone="0812 3456 7890"))
    assert case.step_id == "serahkan_dokim"
    [message] = services.messaging.messages(people["loket"], case_id=case.id)
    assert (message.template, message.channel, message.recipient, message.status) == (
        "permit_ready", "whatsapp", "+6281234567890", QUEUED)
    assert message.text.startswith(f"Yth. ERIKSSON ANNA MARIA, permohonan izin tinggal Anda "
                                   f"nomor {case.number} telah selesai diproses.")
    # The test clock is Wednesday 25 November 2026, 10:00 WIB: the office is open today.
    assert "pada Rabu, 25 November 2026 pukul 08.00–16.00 WIB" in message.text
    [notified] = [e for e in services.cases.history(people["loket"], case.id)
                  if e.action == "notified"]
    assert (notified.step_id, notified.answer, notified.note) == (
        "serahkan_dokim", "permit_ready", "+6281234567890")
    services.messaging.dispatch(people["loket"])
    [sent] = services.messaging.gateway.sent()
    assert sent.text == message.text and sent.to == "+6281234567890"


def test_without_a_phone_number_the_history_says_nobody_was_told(services, people):
    case = _to_handover(services, people, APPLICANT)
    assert services.messaging.messages(people["loket"], case_id=case.id) == []
    [notified] = [e for e in services.cases.history(people["loket"], case.id)
                  if e.action == "notified"]
    assert "tidak dikirim" in notified.note


def test_a_bad_phone_number_is_refused_when_the_case_is_opened(services, people):
    with pytest.raises(ValidationError) as refused:
        services.cases.open(people["loket"], "ITK", [replace(APPLICANT, phone="12ab")])
    assert "12ab" in refused.value.user_message
    assert services.cases.search(people["loket"]) == []
