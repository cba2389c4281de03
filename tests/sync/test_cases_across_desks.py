"""Case work across the desks of one office (decision 0009, 0015): a case opened at the permit
counter reaches the heads' inbox on their own workstation, goes to the Kanwil and the Ditjen
through the central server, and comes back to the counter; attachments and delegations travel
too, and two workstations never give one case number twice."""

from __future__ import annotations

from datetime import date

import pytest

from app.auth.permissions import Role
from app.services.cases import OPEN, UPSTREAM, WAITING, SubjectForm
from server.admin import lease_range
from server.upstream import decide, pending
from tests.conftest import PASSWORD
from tests.sync.desks import make_desk

APPLICANT = SubjectForm("applicant", "ERIKSSON ANNA MARIA", "L898902C3", "SWE",
                        date(1974, 8, 12))
# B7 (ITAP from alih status of an ITAS) up to the Kakanim's decision.
BEFORE_KAKANIM = ("terima_permohonan", "entri_data", "tanda_terima", "rekam_izin_tinggal",
                  "cek_pembayaran", "pindai", "pengabsahan", "periksa_cekal",
                  "teliti_penjamin", "biometrik")


@pytest.fixture
def office(tmp_path, live_server, clock):
    counter = make_desk(tmp_path / "loket", "WS-IZINTINGGAL-01", live_server, clock)
    head = make_desk(tmp_path / "kakanim", "WS-KAKANIM-01", live_server, clock)
    for workstation, first in (("WS-IZINTINGGAL-01", 1), ("WS-KAKANIM-01", 500_001)):
        lease_range(live_server.db, clock(), office_code="TEST", workstation_id=workstation,
                    first=first, last=first + 499_999)
    counter.sync()
    head.sync()
    yield counter, head
    counter.close()
    head.close()


def _to_kakanim(desk, officer):
    cases = desk.services.cases
    case = cases.open(officer, "B7", [APPLICANT])
    for step in BEFORE_KAKANIM:
        assert case.step_id == step
        case = cases.complete(officer, case.id,
                              answer="tidak" if step == "periksa_cekal" else None)
    return case


def test_a_case_goes_from_the_counter_to_the_kanwil_and_ditjen_and_back(office, live_server):
    counter, head = office
    loket = counter.officer("loket1", Role.PERMIT_OFFICER)
    kakanim = head.officer("kakanim1", Role.OFFICE_HEAD)
    case = _to_kakanim(counter, loket)
    assert (case.status, case.step_id, case.prepared_by) == (WAITING, "disposisi_kakanim",
                                                             "loket1")
    assert head.services.cases.inbox(kakanim) == []  # not there before sync

    counter.sync()
    head.sync()
    [waiting] = head.services.cases.inbox(kakanim)
    assert (waiting.id, waiting.number, waiting.subjects) == (case.id, case.number,
                                                             ("ERIKSSON ANNA MARIA",))
    history = head.services.cases.history(kakanim, case.id)
    assert [e.step_id for e in history if e.action == "done"] == list(BEFORE_KAKANIM)

    [case] = head.services.cases.approve(kakanim, [case.id], PASSWORD)
    assert (case.status, case.step_id) == (UPSTREAM, "disposisi_kanwil")
    head.sync()

    [request] = pending(live_server.db, office_code="TEST")
    assert (request.row["party"], request.row["case_number"], request.answers) == (
        "kanwil", case.number, ())
    decide(live_server.db, live_server.clock(), request.id, answer="",
           decided_by="Kepala Kantor Wilayah", reference="W9.IMI-GR.01-1234")
    head.sync()  # pulls the decision, moves the case on, asks the Ditjen, pushes both
    case = head.services.cases.get(kakanim, case.id)
    assert (case.status, case.step_id) == (UPSTREAM, "keputusan_ditjen")

    [request] = pending(live_server.db, party="ditjen")
    assert request.answers == ("ya", "tidak")
    decide(live_server.db, live_server.clock(), request.id, answer="ya",
           decided_by="Direktur Izin Tinggal Keimigrasian", reference="IMI.3-GR.01-77",
           note="ITAP disetujui")
    head.sync()
    assert pending(live_server.db) == []

    counter.sync()
    case = counter.services.cases.get(loket, case.id)
    assert (case.status, case.step_id) == (OPEN, "registrasi")
    decided = [e for e in counter.services.cases.history(loket, case.id) if e.action == "decided"]
    assert [(e.step_id, e.username, e.answer, e.note) for e in decided] == [
        ("disposisi_kanwil", "kanwil:Kepala Kantor Wilayah", "", "Surat W9.IMI-GR.01-1234"),
        ("keputusan_ditjen", "ditjen:Direktur Izin Tinggal Keimigrasian", "ya",
         "Surat IMI.3-GR.01-77; ITAP disetujui")]
    asked = counter.services.cases.upstream_requests(loket, case.id)
    assert [(r.party, r.status) for r in asked] == [("kanwil", "decided"), ("ditjen", "decided")]

    case = counter.services.cases.complete(loket, case.id)  # registrasi → the pengesahan
    assert (case.status, case.step_id) == (WAITING, "pengesahan")
    counter.sync()
    head.sync()
    assert [c.id for c in head.services.cases.inbox(kakanim)] == [case.id]
    assert counter.sync().pushed.conflicts == 0 and head.sync().pushed.conflicts == 0


def test_a_refusal_by_the_ditjen_closes_the_case_as_refused(office, live_server):
    counter, head = office
    loket = counter.officer("loket1", Role.PERMIT_OFFICER)
    kakanim = head.officer("kakanim1", Role.OFFICE_HEAD)
    case = _to_kakanim(counter, loket)
    counter.sync()
    head.sync()
    head.services.cases.approve(kakanim, [case.id], PASSWORD)
    head.sync()
    for answer in ("", "tidak"):
        [request] = pending(live_server.db)
        decide(live_server.db, live_server.clock(), request.id, answer=answer,
               decided_by="Pejabat", reference="S-1")
        head.sync()
    case = head.services.cases.get(kakanim, case.id)
    assert (case.status, case.outcome) == ("closed", "end:ditolak")


def test_a_decision_is_checked_against_the_step(office, live_server):
    from app.errors import NotFoundError, ValidationError

    counter, head = office
    loket = counter.officer("loket1", Role.PERMIT_OFFICER)
    kakanim = head.officer("kakanim1", Role.OFFICE_HEAD)
    case = _to_kakanim(counter, loket)
    counter.sync()
    head.sync()
    head.services.cases.approve(kakanim, [case.id], PASSWORD)
    head.sync()
    [request] = pending(live_server.db)
    now = live_server.clock()
    with pytest.raises(ValidationError) as refused:
        decide(live_server.db, now, request.id, answer="ya", decided_by="X", reference="S-1")
    assert "tidak menanyakan jawaban" in refused.value.user_message
    with pytest.raises(ValidationError) as refused:
        decide(live_server.db, now, request.id, answer="", decided_by="X", reference=" ")
    assert "nomor surat wajib diisi" in refused.value.user_message
    with pytest.raises(NotFoundError):
        decide(live_server.db, now, "no-such-id", answer="", decided_by="X", reference="S-1")
    decide(live_server.db, now, request.id, answer="", decided_by="X", reference="S-1")
    with pytest.raises(ValidationError) as refused:
        decide(live_server.db, now, request.id, answer="", decided_by="X", reference="S-2")
    assert "sudah diputus" in refused.value.user_message


def test_attachments_numbers_and_delegations_travel_between_desks(office):
    counter, head = office
    loket = counter.officer("loket1", Role.PERMIT_OFFICER)
    kakanim = head.officer("kakanim1", Role.OFFICE_HEAD)
    kasi = head.officer("kasi1", Role.SECTION_HEAD)
    here = counter.services.cases.open(loket, "B7", [APPLICANT])
    there = head.services.cases.open(kasi, "B7", [APPLICANT])
    assert here.number != there.number  # each from its own leased block
    scan = b"%PDF-1.4 sponsor letter" * 100
    digest = counter.services.cases.attach(loket, here.id, "surat_sponsor.pdf",
                                           "application/pdf", scan)
    delegation = head.services.cases.delegate(kakanim, "kasi1", Role.OFFICE_HEAD,
                                              date(2026, 12, 1), date(2026, 12, 31))
    for _ in range(2):
        counter.sync()
        head.sync()

    [attached] = head.services.cases.attachments(kasi, here.id)
    assert (attached.name, attached.sha256, attached.size) == ("surat_sponsor.pdf", digest,
                                                               len(scan))
    assert head.services.cases.attachment_data(kasi, attached.id) == scan
    numbers = {c.number for c in counter.services.cases.search(loket)}
    assert numbers == {here.number, there.number}
    kasi_at_counter = counter.officer("kasi1", Role.SECTION_HEAD)
    assert [d.id for d in counter.services.cases.delegations(kasi_at_counter)] == [delegation.id]

    head.services.cases.revoke_delegation(kakanim, delegation.id)
    head.sync()
    counter.sync()
    [revoked] = counter.services.cases.delegations(kasi_at_counter)
    assert revoked.revoked_at is not None


def test_a_permit_application_travels_with_its_case_and_checklist(office):
    from tests.services.test_permits import _intake

    counter, head = office
    loket = counter.officer("loket1", Role.PERMIT_OFFICER)
    other = head.officer("loket2", Role.PERMIT_OFFICER)
    head.officer("kakanim1", Role.OFFICE_HEAD)
    application = counter.services.permits.receive(loket, _intake())
    first = application.requirements[0].requirement_id
    counter.services.permits.check_requirement(loket, application.id, first, True,
                                               ("paspor.pdf", "application/pdf", b"%PDF scan"))
    counter.sync()
    head.sync()
    there = head.services.permits.for_case(other, application.case_id)
    assert there is not None and there.id == application.id
    assert there.fee_amount == application.fee_amount and there.screening_hit is False
    assert [(r.requirement_id, r.present) for r in there.requirements][0] == (first, True)
    assert there.requirements[0].attachment_id  # its scan came too


def test_a_passport_application_held_at_the_counter_is_released_at_the_kasis_desk(office):
    from datetime import UTC, datetime

    from app.store.models import Person
    from tests.services.test_passports import SITI

    counter, head = office
    paspor = counter.officer("paspor1", Role.PASSPORT_OFFICER)
    kasi = head.officer("kasi1", Role.SECTION_HEAD)
    with counter.services.context.store.write() as session:
        session.add(Person(surname="NURHALIZA", given_names="SITI", sex="F",
                           birth_date=SITI.birth_date, nationality="IDN",
                           document_number="C1234567", document_expiry=date(2030, 1, 1),
                           nik="3273015708900009", created_at=datetime(2026, 1, 1, tzinfo=UTC)))
    held = counter.services.passports.receive(paspor, SITI)
    assert held.state == "held"
    counter.sync()
    head.sync()
    released = head.services.passports.resolve_duplicate(kasi, held.id, False,
                                                         "KK berbeda: orang lain")
    assert released.state == "received"
    head.sync()
    counter.sync()
    assert counter.services.passports.get(paspor, held.id).state == "received"
    assert counter.services.passports.bill(paspor, held.id).state == "billed"
