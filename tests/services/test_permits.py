"""The stay-permit counter (issue 8) through the service layer: an ITK extension (B2) from
intake to archive, a rule refusal, a cekal hit on the sponsor, handover without payment, a
refusal by the Kasi with its letter; the receipt, sticker and card read back."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from app.auth.permissions import Role
from app.errors import PermissionDenied, ValidationError
from app.services.cases import CLOSED
from app.services.permits import (
    CEKAL,
    HANDED_OVER,
    ISSUED,
    REJECTED,
    ApplicantForm,
    CurrentPermitForm,
    PermitIntake,
    PermitRefused,
    SponsorForm,
)
from app.store.case_models import Case
from app.store.counter_models import StayPermit
from tests.conftest import PASSWORD
from tests.counter_support import load_watch_lists, pdf_text

TODAY = date(2026, 11, 25)  # the test clock, Wednesday 10:00 WIB
NIP = "198001012005011001"
ANNA = ApplicantForm("Eriksson Anna Maria", "SWE", "L898902C3", date(2031, 4, 15),
                     date(1974, 8, 12), "F", "0812 3456 7890", "Jl. Kemang Raya 10, Jakarta")
SPONSOR = SponsorForm("person", "Budi Santoso", "3174010101800001", "Jl. Melati 5, Jakarta",
                      "081298765432")
ITK = CurrentPermitForm("2C11AB0001-K", "ITK", "C1", TODAY - timedelta(days=58),
                        TODAY + timedelta(days=1), extensions=0, total_days=60)



@pytest.fixture
def people(make_actor):
    return {"loket": make_actor(Role.PERMIT_OFFICER, username="loket1", nip=NIP),
            "kasi": make_actor(Role.SECTION_HEAD, username="kasi1", nip=NIP),
            "kakanim": make_actor(Role.OFFICE_HEAD, username="kakanim1", nip=NIP),
            "konter": make_actor(Role.COUNTER_OFFICER, username="konter1")}


def _intake(**changes) -> PermitIntake:
    values = {"type_code": "ITK_EXTENSION", "applicant": ANNA, "current": ITK,
              "sponsor": SPONSOR}
    values.update(changes)
    return PermitIntake(**values)


def _pay(services, who, application):
    return services.permits.record_payment(who, application.id, "820261125000001",
                                           application.fee_amount,
                                           services.context.clock(), "NTPN0A1B2C3D4E5F")


def _step(services, who, application, answer=None):
    return services.cases.complete(who, application.case_id, answer=answer)


def test_an_itk_extension_walks_b2_from_intake_to_archive(services, people):
    permits, cases, loket = services.permits, services.cases, people["loket"]
    application = permits.receive(loket, _intake())
    assert (application.state, application.step_id) == ("received", "terima_permohonan")
    assert (application.granted_from, application.granted_until) == (
        TODAY + timedelta(days=2), TODAY + timedelta(days=61))  # 60 more days from the end
    assert application.fee_amount == 1_000_000  # fee.itk.60 (PP 45/2024)
    with pytest.raises(ValidationError) as held:
        _step(services, loket, application)
    assert "belum tercatat tanda terima permohonan" in held.value.user_message

    receipt = permits.print_receipt(loket, application.id)
    text = pdf_text(receipt.pdf)
    assert "ERIKSSON ANNA MARIA" in text and "Budi Santoso" in text
    assert application.number in text and "Rp1.000.000" in text
    _step(services, loket, application)  # terima_permohonan
    _step(services, loket, application)  # entri_data
    with pytest.raises(ValidationError):
        _step(services, loket, application)  # pembayaran: not paid yet
    _pay(services, loket, application)
    _step(services, loket, application)
    with pytest.raises(ValidationError):
        _step(services, loket, application)  # pindai: the checklist is not complete
    for line in permits.get(loket, application.id).requirements:
        permits.check_requirement(loket, application.id, line.requirement_id, True,
                                  (f"{line.requirement_id}.pdf", "application/pdf",
                                   b"%PDF-1.4 " + line.requirement_id.encode()))
    _step(services, loket, application)
    [waiting] = cases.inbox(people["kasi"])
    assert waiting.id == application.case_id and waiting.step_id == "teliti_keabsahan"
    cases.approve(people["kasi"], [application.case_id], PASSWORD)
    with pytest.raises(ValidationError):
        _step(services, loket, application, answer="ya")  # no hit: the answer is "tidak"
    _step(services, loket, application, answer="tidak")  # periksa_cekal
    with pytest.raises(ValidationError):
        _step(services, loket, application, answer="ya")  # the sponsor is not examined yet
    permits.check_sponsor(loket, application.id, True)
    _step(services, loket, application, answer="ya")  # periksa_penjamin
    permits.capture_biometrics(loket, application.id)
    _step(services, loket, application)  # biometrik
    issued = permits.register(loket, application.id)
    assert issued.state == ISSUED and issued.register_number.startswith("REG-IT/")
    sticker = services.documents.document(loket, issued.sticker_document_id)
    text = pdf_text(sticker.pdf)
    assert issued.register_number in text and "ERIKSSON ANNA MARIA" in text
    assert issued.card_document_id == ""  # an ITK has no card
    with services.context.store.read() as session:
        permit = session.scalar(select(StayPermit).where(
            StayPermit.permit_number == issued.register_number))
        assert (permit.permit_type, permit.index_code, permit.valid_from, permit.valid_until) \
            == ("ITK", "C1", TODAY + timedelta(days=2), TODAY + timedelta(days=61))
    _step(services, loket, application)  # register_cap
    cases.approve(people["kakanim"], [application.case_id], PASSWORD)  # pengesahan
    assert [m.template for m in services.messaging.messages(
        loket, case_id=application.case_id)] == ["permit_ready"]  # told it is ready
    permits.hand_over(loket, application.id, "Eriksson Anna Maria", True)
    _step(services, loket, application)  # serahkan_dokim
    permits.archive(loket, application.id, "arsip.pdf", "application/pdf", b"%PDF-1.4 arsip")
    _step(services, loket, application)  # pindai_selesai
    case = _step(services, loket, application)  # arsip
    assert (case.status, case.outcome) == (CLOSED, "end:selesai")
    done = permits.get(loket, application.id)
    assert done.state == HANDED_OVER and done.handed_over_at is not None
    assert permits.ready_for_pickup(loket) == []
    assert [a.id for a in permits.applications(loket, day=TODAY)] == [application.id]


def test_an_extension_beyond_the_maximum_is_refused_naming_the_rule(services, people):
    spent = CurrentPermitForm("2C11AB0002-K", "ITK", "C1", TODAY - timedelta(days=170),
                              TODAY + timedelta(days=9), extensions=2, total_days=180)
    with pytest.raises(PermitRefused) as refused:
        services.permits.receive(people["loket"], _intake(current=spent))
    rules = {r.rule for r in refused.value.refusals}
    assert rules & {"permit.extension.max_count", "permit.extension.max_total"}
    assert "[permit.extension." in refused.value.user_message
    with services.context.store.read() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 0  # nothing written


def test_a_cekal_hit_on_the_sponsor_sends_the_case_the_cekal_way(services, people):
    load_watch_lists(services)
    wanted = SponsorForm("person", "Agus Wijaya", "3174010101710001", "Jl. Mawar 1, Jakarta")
    permits, loket = services.permits, people["loket"]
    application = permits.receive(loket, _intake(sponsor=wanted))
    assert application.screening_hit
    permits.print_receipt(loket, application.id)
    _step(services, loket, application)
    _step(services, loket, application)
    _pay(services, loket, application)
    _step(services, loket, application)
    for line in permits.get(loket, application.id).requirements:
        permits.check_requirement(loket, application.id, line.requirement_id, True)
    _step(services, loket, application)
    services.cases.approve(people["kasi"], [application.case_id], PASSWORD)
    with pytest.raises(ValidationError) as refused:
        _step(services, loket, application, answer="tidak")
    assert "adalah “ya”" in refused.value.user_message
    case = _step(services, loket, application, answer="ya")
    assert case.outcome == "sop:CEKAL"
    assert permits.get(loket, application.id).state == CEKAL


def test_nothing_is_handed_over_without_proof_of_payment(services, people):
    application = services.permits.receive(people["loket"], _intake())
    with pytest.raises(ValidationError) as refused:
        services.permits.hand_over(people["loket"], application.id, "Anna", True)
    assert "Belum ada bukti pembayaran" in refused.value.user_message
    with pytest.raises(ValidationError):
        services.permits.register(people["loket"], application.id)
    with pytest.raises(ValidationError) as wrong:
        services.permits.record_payment(people["loket"], application.id, "820261125000001",
                                        500_000, services.context.clock(), "NTPN1")
    assert "tidak sama dengan tarif PNBP Rp1.000.000" in wrong.value.user_message


def test_a_refusal_by_the_kasi_prints_the_letter_with_the_reason_and_fee_rule(services,
                                                                           people):
    permits, loket = services.permits, people["loket"]
    application = permits.receive(loket, _intake())
    permits.print_receipt(loket, application.id)
    _step(services, loket, application)
    _step(services, loket, application)
    _pay(services, loket, application)
    _step(services, loket, application)
    for line in permits.get(loket, application.id).requirements:
        permits.check_requirement(loket, application.id, line.requirement_id, True)
    _step(services, loket, application)
    services.cases.reject(people["kasi"], application.case_id, PASSWORD,
                          "Surat sponsor tidak sah")
    refused = permits.get(loket, application.id)
    assert refused.state == REJECTED and refused.rejection_document_id
    letter = pdf_text(services.documents.document(loket, refused.rejection_document_id).pdf)
    assert "Surat sponsor tidak sah" in letter
    assert "tidak dapat dikembalikan" in letter  # paid before the refusal: no refund
    assert "ERIKSSON ANNA MARIA" in letter


def test_only_permit_officers_receive_applications(services, people):
    with pytest.raises(PermissionDenied):
        services.permits.receive(people["konter"], _intake())


def test_history_shows_the_current_permit_with_its_extensions(services, people):
    with services.context.store.write() as session:
        for number, start, end in (("P-1", TODAY - timedelta(days=119), TODAY - timedelta(days=60)),
                                   ("P-2", TODAY - timedelta(days=59), TODAY + timedelta(days=0))):
            session.add(StayPermit(permit_number=number, permit_type="ITK", index_code="C1",
                                   holder_name="ERIKSSON ANNA MARIA", nationality="SWE",
                                   document_number="L898902C3", birth_date=ANNA.birth_date,
                                   valid_from=start, valid_until=end, office_code="TEST"))
    history = services.permits.history(people["loket"], "l898902c3", "swe")
    assert [p.permit_number for p in history.permits] == ["P-1", "P-2"]
    current = history.current
    assert (current.permit_number, current.extensions, current.total_days) == ("P-2", 1, 120)


def test_an_itas_extension_prints_the_sticker_and_the_card_with_the_photo(services, people):
    permits, loket = services.permits, people["loket"]
    itas = CurrentPermitForm("2C21JE0012-W", "ITAS", "E23", TODAY - timedelta(days=360),
                             TODAY + timedelta(days=5), extensions=0, total_days=365)
    company = SponsorForm("company", "PT Maju Bersama", "9120001234567",
                          "Jl. Sudirman 1, Jakarta", "0215550123")
    application = permits.receive(loket, _intake(type_code="ITAS_EXTENSION", current=itas,
                                                 sponsor=company, requested_index="E23"))
    assert application.step_id == "terima_permohonan"
    receipt = pdf_text(permits.print_receipt(loket, application.id).pdf)
    assert "PT Maju Bersama" in receipt and "NIB" in receipt
    _pay(services, loket, application)
    with pytest.raises(ValidationError) as no_photo:
        permits.register(loket, application.id)
    assert "foto pemohon" in no_photo.value.user_message
    permits.capture_biometrics(loket, application.id)
    issued = permits.register(loket, application.id)
    card = pdf_text(services.documents.document(loket, issued.card_document_id).pdf)
    assert "KARTU IZIN TINGGAL TERBATAS" in card and issued.register_number in card
    sticker = pdf_text(services.documents.document(loket, issued.sticker_document_id).pdf)
    assert "Perpanjangan" in sticker and "PT Maju Bersama" in sticker


# -- every application type, end to end ---------------------------------------------------

CONTINUE = {"periksa_cekal": "tidak", "periksa_penjamin": "ya", "cek_keabsahan": "tidak",
            "persetujuan": "tidak", "keputusan_ditjen": "ya"}  # the answers that go on
LONG_PASSPORT = date(2037, 1, 31)  # an ITAP runs 5 years, plus the passport margin
ITAS_E23 = CurrentPermitForm("2C21JE0012-W", "ITAS", "E23", TODAY - timedelta(days=360),
                             TODAY + timedelta(days=5), total_days=365)
ITAP_NOW = CurrentPermitForm("2D11AA0450-T", "ITAP", "ITAP", TODAY - timedelta(days=1820),
                             TODAY + timedelta(days=5), total_days=1825)
INTAKES = {
    "ITK_EXTENSION": {},
    "ITAS_EXTENSION": {"current": ITAS_E23, "requested_index": "E23"},
    "ITAP_EXTENSION": {"current": ITAP_NOW, "requested_index": "ITAP"},
    "ITAS_FROM_ITK": {"requested_index": "E31A"},
    "ITAS_FROM_VITAS": {"current": None, "requested_index": "E23"},
    "ITAP_FROM_ITAS": {"current": ITAS_E23, "requested_index": "ITAP", "itas_years": 3.5},
    "ITAP_ABG": {"current": None, "requested_index": "ITAP", "child_abg": True,
                 "sponsor": None},
    "SKIM": {"current": ITAP_NOW},
}


def _decide_upstream(services, case_id):
    """What the central server's `gapura server upstream decide` brings back by sync."""
    from app.services.base import system_actor
    from app.store.case_models import UpstreamRequest

    with services.context.store.write() as session:
        request = session.scalar(select(UpstreamRequest).where(
            UpstreamRequest.case_id == case_id, UpstreamRequest.status == "pending"))
        request.status, request.decided_by = "decided", "Kepala Kantor Wilayah"
        request.answer = "ya" if request.answers else ""
        request.reference, request.decided_at = "W9-1", services.context.clock()
    assert services.cases.resolve_upstream(system_actor(services.context.config)) == 1


def _satisfy(services, loket, application, needs):
    permits = services.permits
    if "receipt" in needs:
        permits.print_receipt(loket, application.id)
    if "requirements" in needs:
        for line in permits.get(loket, application.id).requirements:
            permits.check_requirement(loket, application.id, line.requirement_id, True)
    if "payment" in needs and not permits.get(loket, application.id).paid:
        _pay(services, loket, application)
    if "sponsor" in needs and application.sponsor_name:
        permits.check_sponsor(loket, application.id, True)
    if "biometrics" in needs:
        permits.capture_biometrics(loket, application.id)
    if "register" in needs:
        permits.register(loket, application.id)
    if "handover" in needs:
        if not permits.get(loket, application.id).paid:
            _pay(services, loket, application)
        permits.hand_over(loket, application.id, application.applicant_name, True)
    if "archive" in needs:
        permits.archive(loket, application.id, "arsip.pdf", "application/pdf", b"%PDF arsip")


@pytest.mark.parametrize("type_code", list(INTAKES))
def test_every_application_type_walks_its_sop_to_the_handover(services, people, type_code):
    from app.services.cases import UPSTREAM, WAITING

    applicant = ANNA if type_code in ("ITK_EXTENSION", "ITAS_FROM_ITK", "ITAS_EXTENSION") \
        else ApplicantForm(**{**ANNA.__dict__, "passport_expiry": LONG_PASSPORT})
    permits, cases, loket = services.permits, services.cases, people["loket"]
    application = permits.receive(loket, _intake(type_code=type_code, applicant=applicant,
                                                 **INTAKES[type_code]))
    sop = cases.sop(permits.catalog.type(type_code).sop)
    seen = []
    for _ in range(40):
        case = cases.get(loket, application.case_id)
        if case.status == CLOSED:
            break
        seen.append(case.step_id)
        step = sop.step(case.step_id)
        if case.status == WAITING:
            head = people["kasi"] if step.approval.role is Role.SECTION_HEAD \
                else people["kakanim"]
            answer = CONTINUE.get(step.id) if step.decision else None
            cases.approve(head, [case.id], PASSWORD, answer=answer)
        elif case.status == UPSTREAM:
            _decide_upstream(services, case.id)
        else:
            _satisfy(services, loket, application, step.needs)
            cases.complete(loket, case.id,
                           answer=CONTINUE.get(step.id) if step.decision else None)
    assert (case.status, case.outcome) == (CLOSED, "end:selesai"), seen
    done = permits.get(loket, application.id)
    assert done.state == HANDED_OVER and done.register_number
    assert done.paid or done.fee_amount == 0
    assert seen[0] == "terima_permohonan" and seen == [s.id for s in sop.steps if s.id in seen]
    if type_code != "SKIM":
        with services.context.store.read() as session:
            permit = session.scalar(select(StayPermit).where(
                StayPermit.permit_number == done.register_number))
        assert permit.permit_type == permits.catalog.type(type_code).result
    assert bool(done.card_document_id) == permits.catalog.type(type_code).card


def test_the_passport_reader_is_read_for_the_permit_counter_only(services, people):
    from app.domain.mrz import parse_mrz

    lines = services.permits.read_passport(people["loket"])
    assert parse_mrz(lines, today=TODAY).document_number  # the simulator's passport
    with pytest.raises(PermissionDenied):
        services.permits.read_passport(people["konter"])
