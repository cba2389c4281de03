"""The supervisor's queue: each SOP resolution with its documents, read back; office scope."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.auth.permissions import Actor, Role
from app.domain.counter import Direction
from app.errors import NotFoundError, PermissionDenied, ValidationError
from app.services.counter import Scan
from app.services.supervision import DelayForm, HandoverForm, RefusalForm
from app.store.counter_models import Crossing, OverstayPayment
from tests.counter_support import (
    BANNED_WNA,
    BANNED_WNI,
    RESIDENT,
    TODAY,
    TOURIST,
    WANTED,
    add_permit,
    load_watch_lists,
    pdf_pages,
    pdf_text,
)


@pytest.fixture
def officer(services, make_actor):
    load_watch_lists(services)
    return make_actor(Role.COUNTER_OFFICER, username="konter1")


@pytest.fixture
def supervisor(make_actor):
    return make_actor(Role.SUPERVISOR, username="spv1", nip="198001012005011001")


def test_documents_need_the_signers_nip(services, officer, make_actor):
    without_nip = make_actor(Role.SUPERVISOR, username="spv2")
    referral = _referred(services, officer, WANTED, Direction.ARRIVAL)
    with pytest.raises(ValidationError) as raised:
        services.supervision.hand_over_interpol(without_nip, referral.id, HandoverForm(
            receiver_name="A", receiver_id_number="1", receiver_position="B",
            receiver_agency="C"))
    assert "NIP" in raised.value.user_message
    assert services.supervision.queue(without_nip)[0].status == "open"


def _referred(services, officer, person, direction, reason=None, note=""):
    check = services.counter.check(officer, Scan(person.mrz(), direction, flight_code="GA 881"))
    return services.counter.refer(officer, check, reason, note)


def _crossing(services, crossing_id):
    with services.context.store.read() as session:
        return session.get(Crossing, crossing_id)


def test_referral_appears_in_the_supervisors_queue_at_once(services, officer, supervisor):
    referral = _referred(services, officer, BANNED_WNI, Direction.DEPARTURE)
    queue = services.supervision.queue(supervisor)
    assert [r.id for r in queue] == [referral.id]
    assert queue[0].name == "WIJAYA, AGUS"


def test_another_offices_supervisor_sees_and_touches_nothing(services, officer, supervisor):
    referral = _referred(services, officer, BANNED_WNI, Direction.DEPARTURE)
    stranger = Actor(supervisor.user_id, supervisor.username, supervisor.full_name,
                     supervisor.roles, "OTHER", "WS-OTHER")
    assert services.supervision.queue(stranger) == []
    with pytest.raises(NotFoundError):
        services.supervision.take(stranger, referral.id)


def test_a_counter_officer_cannot_resolve_a_referral(services, officer):
    referral = _referred(services, officer, BANNED_WNI, Direction.DEPARTURE)
    with pytest.raises(PermissionDenied):
        services.supervision.allow(officer, referral.id, "bukan subjek")


def test_pencegahan_hit_holds_passport_and_prints_two_stps(services, officer, supervisor):
    referral = _referred(services, officer, BANNED_WNI, Direction.DEPARTURE)
    services.supervision.take(supervisor, referral.id)
    services.supervision.add_note(supervisor, referral.id, "Subjek mengakui identitasnya.")

    result = services.supervision.delay_departure(supervisor, referral.id, DelayForm(
        requesting_agency="Kejaksaan Agung", pencegahan_reference="KEP-PCG-017/2026",
        reason="Subjek pencegahan atas permintaan Kejaksaan Agung", destination="Singapura"))

    templates = [d.template for d in result.documents]
    assert templates == ["stp", "laporan_kejadian", "nota_dinas"]
    stp = result.documents[0]
    assert stp.copies == 2 and pdf_pages(stp.pdf) == 2
    text = pdf_text(stp.pdf)
    assert "B7654321" in text and "Kejaksaan Agung" in text and "KEP-PCG-017/2026" in text
    assert "Kepala Bidang Tempat Pemeriksaan Imigrasi" in pdf_text(result.documents[2].pdf)
    assert _crossing(services, result.crossing.id).outcome == "departure_delayed"
    assert result.referral.status == "closed"
    assert services.supervision.queue(supervisor) == []


def test_a_closed_referral_cannot_be_resolved_twice(services, officer, supervisor):
    referral = _referred(services, officer, BANNED_WNI, Direction.DEPARTURE)
    services.supervision.allow(supervisor, referral.id, "Bukan subjek: tanggal lahir berbeda")
    with pytest.raises(ValidationError):
        services.supervision.allow(supervisor, referral.id, "lagi")


def test_refusal_of_entry_prints_the_airline_report(services, officer, supervisor):
    referral = _referred(services, officer, BANNED_WNA, Direction.ARRIVAL)
    result = services.supervision.refuse_entry(supervisor, referral.id, RefusalForm(
        reason="Subjek penangkalan", legal_basis="UU 6/2011 pasal 13",
        carrier_name="Saudia", port_of_embarkation="Jeddah (JED)", return_flight="SV 817"))
    report = result.documents[0]
    assert report.template == "refusal_report"
    text = pdf_text(report.pdf)
    assert "Saudia" in text and "SV 817" in text and "S0998877" in text
    assert _crossing(services, result.crossing.id).outcome == "refused"
    assert [d.template for d in result.documents[1:]] == ["laporan_kejadian", "nota_dinas"]


def test_refusal_is_refused_for_a_departing_traveller(services, officer, supervisor):
    referral = _referred(services, officer, WANTED, Direction.DEPARTURE)
    with pytest.raises(ValidationError):
        services.supervision.refuse_entry(supervisor, referral.id, RefusalForm(
            reason="x", legal_basis="y", carrier_name="GA", port_of_embarkation="CGK"))


def test_interpol_subject_is_handed_to_the_police_with_a_bast(services, officer, supervisor):
    referral = _referred(services, officer, WANTED, Direction.ARRIVAL)
    result = services.supervision.hand_over_interpol(supervisor, referral.id, HandoverForm(
        receiver_name="AKP Rudi Hartono", receiver_id_number="78010123",
        receiver_position="Kanit Reskrim", receiver_agency="Polres Bandara Soekarno-Hatta"))
    bast = result.documents[0]
    text = pdf_text(bast.pdf)
    assert bast.template == "bast"
    assert "Polres Bandara Soekarno-Hatta" in text and "533401234" in text
    assert _crossing(services, result.crossing.id).outcome == "handed_over"


def test_overstay_is_billed_paid_and_only_then_allowed_to_depart(services, officer,
                                                                  supervisor):
    add_permit(services, RESIDENT, valid_until=TODAY - timedelta(days=10))
    referral = _referred(services, officer, RESIDENT, Direction.DEPARTURE)

    with pytest.raises(ValidationError):
        services.supervision.allow(supervisor, referral.id, "dibayar")  # not yet billed
    billed = services.supervision.bill_overstay(supervisor, referral.id)
    slip = pdf_text(billed.documents[0].pdf)
    assert "Rp10.000.000" in slip and "MUELLER" in slip
    with pytest.raises(ValidationError):
        services.supervision.allow(supervisor, referral.id, "belum bayar")

    services.supervision.record_payment(supervisor, referral.id, "NTPN 0A1B2C3D4E5F6G7H")
    result = services.supervision.allow(supervisor, referral.id, "Biaya beban lunas")

    crossing = _crossing(services, result.crossing.id)
    assert (crossing.outcome, crossing.overstay_days) == ("departed", 10)
    assert result.documents[0].template == "stamp"
    with services.context.store.read() as session:
        payment = session.execute(select(OverstayPayment)).scalar_one()
        assert payment.amount == 10_000_000 and payment.paid_at is not None


def test_overstay_beyond_the_threshold_cannot_be_billed_and_goes_to_inteldakim(
        services, officer, supervisor):
    add_permit(services, RESIDENT, valid_until=TODAY - timedelta(days=75))
    referral = _referred(services, officer, RESIDENT, Direction.DEPARTURE)
    with pytest.raises(ValidationError):
        services.supervision.bill_overstay(supervisor, referral.id)
    result = services.supervision.hand_to_inteldakim(supervisor, referral.id,
                                                     "Overstay 75 hari, proses deportasi")
    assert result.documents[0].template == "nota_dinas"
    assert "Intelijen" in pdf_text(result.documents[0].pdf)
    assert _crossing(services, result.crossing.id).outcome == "handed_to_inteldakim"


def test_supervisor_clears_a_traveller_who_is_not_the_listed_person(services, officer,
                                                                    supervisor):
    referral = _referred(services, officer, TOURIST, Direction.ARRIVAL,
                         note="Perilaku mencurigakan", reason=None)
    with pytest.raises(ValidationError):
        services.supervision.allow(supervisor, referral.id, "")
    result = services.supervision.allow(supervisor, referral.id, "Wawancara wajar")
    assert _crossing(services, result.crossing.id).outcome == "admitted"
    assert "MASUK" in pdf_text(result.documents[0].pdf)


def test_notes_are_kept_in_order(services, officer, supervisor, clock):
    referral = _referred(services, officer, BANNED_WNI, Direction.DEPARTURE)
    services.supervision.add_note(supervisor, referral.id, "Pertama")
    clock.advance(minutes=1)
    services.supervision.add_note(supervisor, referral.id, "Kedua", kind="evidence")
    assert [(n.text, n.kind) for n in services.supervision.notes(supervisor, referral.id)] == [
        ("Pertama", "note"), ("Kedua", "evidence")]


def test_daily_overstay_recap_lists_billed_and_paid_charges(services, officer, supervisor):
    add_permit(services, RESIDENT, valid_until=TODAY - timedelta(days=3))
    referral = _referred(services, officer, RESIDENT, Direction.DEPARTURE)
    services.supervision.bill_overstay(supervisor, referral.id)
    recap = services.supervision.overstay_recap(supervisor, TODAY)
    assert [(r.name, r.days, r.amount, r.paid) for r in recap.rows] == [
        ("MUELLER KLAUS", 3, 3_000_000, False)]
    services.supervision.record_payment(supervisor, referral.id, "NTPN 123")
    recap = services.supervision.overstay_recap(supervisor, TODAY)
    assert (recap.billed, recap.paid) == (3_000_000, 3_000_000)
    assert services.supervision.overstay_recap(supervisor, TODAY - timedelta(days=1)).rows == ()


def _carrier_form(**changes):
    from datetime import date

    from app.services.supervision import CarrierChargeForm, QuestionAnswer

    values = dict(
        carrier_name="Emirates", responsible_party="Emirates, Station Manager CGK",
        representative_name="Farid Al-Mansouri", representative_position="Station Manager",
        representative_id_number="P1234567", representative_nationality="Persatuan Emirat Arab",
        representative_birth_place="Dubai", representative_birth_date=date(1982, 4, 2),
        representative_address="Terminal 3 Bandara Soekarno-Hatta",
        interview=(QuestionAnswer("Apakah maskapai memeriksa paspor penumpang sebelum naik?",
                                  "Ya, tetapi masa berlakunya terlewat oleh petugas kami."),))
    values.update(changes)
    return CarrierChargeForm(**values)


@pytest.fixture
def refused(services, officer, supervisor):
    from tests.counter_support import EXPIRED

    referral = _referred(services, officer, EXPIRED, Direction.ARRIVAL)
    services.supervision.refuse_entry(supervisor, referral.id, RefusalForm(
        reason="Paspor habis berlaku", legal_basis="UU 6/2011 pasal 13",
        carrier_name="Emirates", port_of_embarkation="Dubai (DXB)", return_flight="EK 357"))
    return referral


def test_carrier_charge_drafts_lk_bap_opinion_and_sk_then_bills_and_is_paid(
        services, make_actor, supervisor, refused):
    make_actor(Role.OFFICE_HEAD, username="kakanim1", nip="197801142000031001")
    assert [r.id for r in services.supervision.refused_today(supervisor)] == [refused.id]

    charge, documents = services.supervision.draft_carrier_charge(
        supervisor, refused.id, _carrier_form())

    assert [d.template for d in documents] == ["laporan_kejadian", "bap", "ba_pendapat",
                                               "surat_keputusan"]
    assert "Farid Al-Mansouri" in pdf_text(documents[1].pdf)
    sk = pdf_text(documents[3].pdf)
    assert "KONSEP" in sk and "Emirates" in sk and "Rp50.000.000" in sk
    assert charge.status == "drafted" and charge.amount == 50_000_000
    assert services.supervision.refused_today(supervisor) == []

    billed, (slip,) = services.supervision.record_signed_sk(
        supervisor, charge.id, "W10.IMI.1-GR.01.01-0077/2026", TODAY)
    assert billed.status == "billed" and len(billed.billing_code) == 15
    assert "Rp50.000.000" in pdf_text(slip.pdf)

    paid = services.supervision.record_carrier_payment(supervisor, charge.id, "NTPN 99A1")
    assert paid.status == "paid"
    assert services.supervision.carrier_charges(supervisor) == []
    assert services.supervision.carrier_charges(supervisor, open_only=False)[0].status == "paid"


def test_carrier_charge_needs_a_refusal_and_an_interview(services, officer, supervisor,
                                                         make_actor, refused):
    make_actor(Role.OFFICE_HEAD, username="kakanim1", nip="197801142000031001")
    with pytest.raises(ValidationError):
        services.supervision.draft_carrier_charge(supervisor, refused.id,
                                                  _carrier_form(interview=()))
    open_referral = _referred(services, officer, BANNED_WNI, Direction.DEPARTURE)
    with pytest.raises(ValidationError):
        services.supervision.draft_carrier_charge(supervisor, open_referral.id, _carrier_form())


def test_carrier_charge_without_a_kakanim_account_says_so(services, supervisor, refused):
    with pytest.raises(ValidationError) as raised:
        services.supervision.draft_carrier_charge(supervisor, refused.id, _carrier_form())
    assert "Kepala Kantor" in raised.value.user_message


def test_payment_before_the_signed_sk_is_refused(services, make_actor, supervisor, refused):
    make_actor(Role.OFFICE_HEAD, username="kakanim1", nip="197801142000031001")
    charge, _ = services.supervision.draft_carrier_charge(supervisor, refused.id,
                                                          _carrier_form())
    with pytest.raises(ValidationError):
        services.supervision.record_carrier_payment(supervisor, charge.id, "NTPN 1")


def test_overstay_recap_prints_as_a_register(services, officer, supervisor):
    add_permit(services, RESIDENT, valid_until=TODAY - timedelta(days=3))
    referral = _referred(services, officer, RESIDENT, Direction.DEPARTURE)
    services.supervision.bill_overstay(supervisor, referral.id)
    services.supervision.record_payment(supervisor, referral.id, "NTPN 123")
    document = services.supervision.print_overstay_recap(supervisor, TODAY)
    text = pdf_text(document.pdf)
    assert document.template == "rekap_overstay"
    assert "MUELLER KLAUS" in text and "Rp3.000.000" in text and "NTPN 123" in text
