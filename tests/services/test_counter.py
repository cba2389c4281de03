"""The counter service: checks, crossings with their stamp, referrals; permissions and audit."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.auth.permissions import Role
from app.domain.counter import Direction, Lane, ReferralReason
from app.domain.mrz import MrzFormatError
from app.errors import PermissionDenied, ValidationError
from app.services.counter import Scan
from app.store.counter_models import Crossing, IssuedDocument, Referral
from app.store.models import AuditEvent, OutboxRecord
from tests.counter_support import (
    BANNED_WNA,
    BANNED_WNI,
    CITIZEN,
    EXPIRED,
    RESIDENT,
    TODAY,
    TOURIST,
    WANTED,
    add_permit,
    boarding_pass,
    load_watch_lists,
    pdf_text,
)


@pytest.fixture
def counter(services):
    load_watch_lists(services)
    return services.counter


@pytest.fixture
def officer(make_actor):
    return make_actor(Role.COUNTER_OFFICER, username="konter1")


def _count(services, model, *where) -> int:
    with services.context.store.read() as session:
        return session.execute(select(func.count()).select_from(model).where(*where)).scalar()


def test_clean_arrival_is_admitted_with_a_numbered_stamp_that_reads_back(services, counter,
                                                                          officer):
    check = counter.check(officer, Scan(TOURIST.mrz(), Direction.ARRIVAL, flight_code="ga 881"))
    assert check.verdict.may_pass and check.hits == ()

    crossing = counter.record_crossing(officer, check, steps={"received": 0.0})

    assert crossing.outcome == "admitted" and crossing.stamp is not None
    text = pdf_text(crossing.stamp.pdf)
    assert "MASUK" in text and "L898902C3" in text and "GA 881" in text
    with services.context.store.read() as session:
        row = session.get(Crossing, crossing.id)
        assert (row.document_number, row.direction, row.stamp_number) == (
            "L898902C3", "arrival", crossing.stamp.number)
        actions = session.execute(select(AuditEvent.action).order_by(AuditEvent.seq)).scalars()
        assert list(actions)[-2:] == ["document.issued", "crossing.recorded"]
        assert session.execute(select(func.count()).select_from(OutboxRecord).where(
            OutboxRecord.entity_type == "crossing")).scalar() == 1


def test_every_stamp_gets_the_next_number(counter, officer):
    numbers = [counter.record_crossing(officer, counter.check(
        officer, Scan(p.mrz(), Direction.ARRIVAL))).stamp.number for p in (TOURIST, CITIZEN)]
    assert numbers == ["CAP/TEST/2026/000001", "CAP/TEST/2026/000002"]


def test_a_caller_without_the_counter_permission_is_refused_even_directly(counter, make_actor):
    printer = make_actor(Role.PRINT_OPERATOR)
    with pytest.raises(PermissionDenied):
        counter.check(printer, Scan(TOURIST.mrz(), Direction.ARRIVAL))


def test_pencegahan_hit_on_departure_must_be_referred_not_passed(services, counter, officer):
    check = counter.check(officer, Scan(BANNED_WNI.mrz(), Direction.DEPARTURE))
    assert not check.verdict.may_pass
    assert check.verdict.referral_reason is ReferralReason.CEKAL
    assert check.hits[0].list_name == "pencegahan" and check.hits[0].alert

    with pytest.raises(ValidationError):
        counter.record_crossing(officer, check)
    assert _count(services, Crossing) == 0

    referral = counter.refer(officer, check, None)
    assert referral.reason is ReferralReason.CEKAL and referral.status == "open"
    assert referral.traveller["document"]["document_number"] == "B7654321"


def test_penangkalan_hit_refers_a_foreigner_on_arrival(counter, officer):
    check = counter.check(officer, Scan(BANNED_WNA.mrz(), Direction.ARRIVAL))
    assert check.verdict.referral_reason is ReferralReason.CEKAL
    assert "RASHID" in check.hits[0].reason or "ejaan" in check.hits[0].reason


def test_interpol_hit_refers_in_either_direction(counter, officer):
    for direction in Direction:
        check = counter.check(officer, Scan(WANTED.mrz(), direction))
        assert check.verdict.referral_reason is ReferralReason.INTERPOL


def test_expired_passport_of_a_foreigner_is_referred_as_a_document_problem(counter, officer):
    check = counter.check(officer, Scan(EXPIRED.mrz(), Direction.ARRIVAL))
    assert check.verdict.referral_reason is ReferralReason.DOCUMENT
    assert "document_expired" in [f.code for f in check.verdict.findings]


def test_departure_after_the_permit_ended_counts_overstay_days_and_charge(counter, services,
                                                                          officer):
    add_permit(services, RESIDENT, valid_until=TODAY - timedelta(days=10))
    check = counter.check(officer, Scan(RESIDENT.mrz(), Direction.DEPARTURE))
    assert check.verdict.referral_reason is ReferralReason.OVERSTAY
    assert (check.overstay.days, check.overstay.charge_rupiah) == (10, 10_000_000)
    assert "permit_ended" in [f.code for f in check.verdict.findings]


def test_overstay_beyond_sixty_days_goes_to_inteldakim(counter, services, officer):
    add_permit(services, RESIDENT, valid_until=TODAY - timedelta(days=61))
    check = counter.check(officer, Scan(RESIDENT.mrz(), Direction.DEPARTURE))
    assert check.verdict.referral_reason is ReferralReason.OVERSTAY_DEPORTATION


def test_departure_without_a_recorded_arrival_is_flagged(counter, officer):
    check = counter.check(officer, Scan(TOURIST.mrz(), Direction.DEPARTURE))
    assert "no_arrival_recorded" in [f.code for f in check.verdict.findings]
    counter.record_crossing(officer, counter.check(officer, Scan(TOURIST.mrz(),
                                                                 Direction.ARRIVAL)))
    again = counter.check(officer, Scan(TOURIST.mrz(), Direction.DEPARTURE))
    assert again.last_movement.direction is Direction.ARRIVAL
    assert "no_arrival_recorded" not in [f.code for f in again.verdict.findings]


def test_boarding_pass_of_another_person_warns_and_gives_the_flight(counter, officer):
    own = counter.check(officer, Scan(TOURIST.mrz(), Direction.DEPARTURE,
                                      boarding_pass=boarding_pass("ERIKSSON/ANNA MARIA")))
    other = counter.check(officer, Scan(TOURIST.mrz(), Direction.DEPARTURE,
                                        boarding_pass=boarding_pass("DOE/JANE")))
    assert own.flight_code == "GA 881"
    assert "boarding_pass_mismatch" not in [f.code for f in own.verdict.findings]
    assert "boarding_pass_mismatch" in [f.code for f in other.verdict.findings]


def test_unusable_mrz_raises_a_message_and_writes_nothing(services, counter, officer):
    with pytest.raises(MrzFormatError) as raised:
        counter.check(officer, Scan("P<UTOERIKSSON", Direction.ARRIVAL))
    assert raised.value.user_message
    assert _count(services, Crossing) == 0


def test_a_check_older_than_fifteen_minutes_must_be_rescanned(services, counter, officer,
                                                              clock):
    check = counter.check(officer, Scan(TOURIST.mrz(), Direction.ARRIVAL))
    clock.advance(minutes=16)
    with pytest.raises(ValidationError):
        counter.record_crossing(officer, check)
    assert _count(services, Crossing) == 0 and _count(services, IssuedDocument) == 0


def test_a_suspicion_referral_needs_the_officers_reason(counter, officer):
    check = counter.check(officer, Scan(TOURIST.mrz(), Direction.ARRIVAL))
    with pytest.raises(ValidationError):
        counter.refer(officer, check, ReferralReason.SUSPICION, "  ")
    referral = counter.refer(officer, check, ReferralReason.SUSPICION, "Tiket pulang tidak ada")
    assert referral.reason_text == "Tiket pulang tidak ada"


def test_pmi_lane_details_are_kept_with_the_crossing(services, counter, officer):
    check = counter.check(officer, Scan(CITIZEN.mrz(), Direction.DEPARTURE, lane=Lane.PMI,
                                        lane_details={"pmi_id": "E-PMI-778812"}))
    crossing = counter.record_crossing(officer, check)
    with services.context.store.read() as session:
        row = session.get(Crossing, crossing.id)
        assert row.lane == "pmi" and "E-PMI-778812" in row.details


def test_a_failing_stamp_render_leaves_no_crossing(services, counter, officer, monkeypatch):
    import printing.registry

    def broken(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(printing.registry, "render", broken)
    check = counter.check(officer, Scan(TOURIST.mrz(), Direction.ARRIVAL))
    with pytest.raises(OSError):
        counter.record_crossing(officer, check)
    assert _count(services, Crossing) == 0
    assert _count(services, Referral) == 0


def test_today_count_counts_this_workstations_crossings(counter, officer):
    counter.record_crossing(officer, counter.check(officer, Scan(TOURIST.mrz(),
                                                                Direction.ARRIVAL)))
    assert counter.today_count(officer) == 1
