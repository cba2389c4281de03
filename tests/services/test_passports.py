"""Passport applications (issue 9), first part: intake with the NIK rule and the central checks
(cekal, a duplicate identity the Kasi resolves), the billing and its expiry at day 30, payment,
the blank's allocation and seed 004's compensation."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.auth.permissions import Role
from app.domain.passports import REQUIRED_DOCUMENTS
from app.errors import PermissionDenied, ValidationError
from app.services.cases import CANCELLED as CASE_CANCELLED
from app.services.passports import PassportIntake
from app.store.case_models import Case
from app.store.models import Person
from tests.services.conftest import OPERATOR_NIP

SITI = PassportIntake("baru", "elektronik_5", "reguler", "Siti Nurhaliza", "3174015708900002",
                      "Jakarta", date(1990, 8, 17), "F", "Jl. Melati 5, Jakarta Selatan",
                      "081234567890", documents=REQUIRED_DOCUMENTS["baru"])
LOST = PassportIntake(**{**SITI.__dict__, "reason": "penggantian_hilang",
                         "old_passport_number": "B7654321",
                         "documents": REQUIRED_DOCUMENTS["penggantian_hilang"],
                         "loss_report": "SKTLK/1234/XII/2026/Polres Bandara Soetta"})


@pytest.fixture
def people(make_actor):
    return {"paspor": make_actor(Role.PASSPORT_OFFICER, username="paspor1", nip=OPERATOR_NIP),
            "kasi": make_actor(Role.SECTION_HEAD, username="kasi1"),
            "cetak": make_actor(Role.PRINT_OPERATOR, username="cetak1", nip=OPERATOR_NIP),
            "konter": make_actor(Role.COUNTER_OFFICER, username="konter1")}


def _other(name: str, nik: str) -> PassportIntake:
    """Another applicant born the same day (a different name: not a duplicate of SITI)."""
    return PassportIntake(**{**SITI.__dict__, "full_name": name, "nik": nik})


def _paid(services, people, intake=SITI):
    passports = services.passports
    application = passports.receive(people["paspor"], intake)
    billed = passports.bill(people["paspor"], application.id)
    return passports.record_payment(people["paspor"], billed.id, services.context.clock(),
                                    "NTPN0A1B2C3D4E5F")


def test_an_application_is_received_checked_and_billed(services, people):
    application = services.passports.receive(people["paspor"], SITI)
    assert (application.state, application.full_name, application.duplicates) == (
        "received", "SITI NURHALIZA", ())
    assert application.number.startswith("TEST/B1/2026/")
    billed = services.passports.bill(people["paspor"], application.id)
    assert billed.state == "billed" and billed.fee_amount == 650_000  # PP 45/2024
    assert len(billed.billing_code) == 15 and billed.billing_code.isdigit()
    assert billed.billing_expires_at == services.context.clock() + timedelta(days=30)
    fast = services.passports.receive(people["paspor"], PassportIntake(
        **{**_other("Dewi Lestari", "3174015708900003").__dict__, "service": "percepatan"}))
    assert services.passports.bill(people["paspor"], fast.id).fee_amount == 1_650_000


def test_a_nik_that_does_not_carry_the_birth_date_is_refused(services, people):
    wrong = PassportIntake(**{**SITI.__dict__, "nik": "3174011708900002"})  # a man's NIK
    with pytest.raises(ValidationError) as refused:
        services.passports.receive(people["paspor"], wrong)
    assert "NIK laki-laki" in refused.value.user_message
    with services.context.store.read() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 0
    with pytest.raises(PermissionDenied):
        services.passports.receive(people["konter"], SITI)


def test_a_possible_duplicate_identity_holds_the_application_for_the_kasi(services, people):
    with services.context.store.write() as session:  # a holder under another NIK
        session.add(Person(surname="NURHALIZA", given_names="SITI", sex="F",
                           birth_date=SITI.birth_date, nationality="IDN",
                           document_number="C1234567", document_expiry=date(2030, 1, 1),
                           nik="3273015708900009", created_at=datetime(2026, 1, 1, tzinfo=UTC)))
    held = services.passports.receive(people["paspor"], SITI)
    assert held.state == "held"
    assert [(d["nik"], d["passport"]) for d in held.duplicates] == [
        ("3273015708900009", "C1234567")]
    with pytest.raises(ValidationError):
        services.passports.bill(people["paspor"], held.id)
    with pytest.raises(PermissionDenied):
        services.passports.resolve_duplicate(people["paspor"], held.id, False, "Beda orang")
    going = services.passports.resolve_duplicate(people["kasi"], held.id, False,
                                                 "KK dan akta lahir berbeda: orang lain")
    assert going.state == "received"
    assert services.passports.bill(people["paspor"], held.id).state == "billed"

    again = services.passports.receive(people["paspor"], PassportIntake(
        **{**SITI.__dict__, "nik": "3174015708900004"}))
    stopped = services.passports.resolve_duplicate(people["kasi"], again.id, True,
                                                   "Orang yang sama dengan dua NIK")
    assert stopped.state == "cancelled"
    assert services.cases.get(people["kasi"], stopped.case_id).status == CASE_CANCELLED


def test_an_unpaid_billing_expires_with_its_application_on_day_30(services, people, clock):
    application = services.passports.receive(people["paspor"], SITI)
    billed = services.passports.bill(people["paspor"], application.id)
    clock.advance(days=29, hours=23)
    assert services.passports.expire_unpaid(people["paspor"]) == 0
    clock.advance(hours=1)  # day 30
    assert services.passports.expire_unpaid(people["paspor"]) == 1
    expired = services.passports.get(people["paspor"], billed.id)
    assert expired.state == "expired"
    assert services.cases.get(people["paspor"], expired.case_id).status == CASE_CANCELLED
    with pytest.raises(ValidationError):
        services.passports.record_payment(people["paspor"], billed.id,
                                          services.context.clock(), "NTPN1")
    assert services.passports.expire_unpaid(people["paspor"]) == 0  # once only


def test_allocation_gives_a_blank_and_decides_the_compensation(services, people, clock):
    services.blanks.receive(people["cetak"], "elektronik_48", "E2410001", "E2410010",
                            delivery_note="SP-001", received_from="Direktorat Dokjal")
    on_time = _paid(services, people)  # paid Wednesday 25 November
    clock.advance(days=2)  # Friday: the 2nd working day
    allocated = services.passports.allocate(people["paspor"], on_time.id)
    assert (allocated.state, allocated.blank_serial) == ("allocated", "E2410001")
    assert (allocated.compensation_due, allocated.compensation_days) == (False, 2)

    late = _paid(services, people, _other("Dewi Lestari", "3174015708900005"))
    clock.advance(days=5)  # Wednesday 2 December: 3 working days after Friday's payment
    assert services.passports.allocate(people["paspor"], late.id).compensation_due

    excused = _paid(services, people, _other("Rina Marlina", "3174015708900006"))
    services.passports.record_excluded_day(people["paspor"], excused.id,
                                           date(2026, 12, 3), "gangguan_sistem")
    clock.advance(days=5)  # Monday 7 December: Thu 3 (outage), Fri 4, Mon 7
    result = services.passports.allocate(people["paspor"], excused.id)
    assert (result.compensation_due, result.compensation_days) == (False, 2)
    unpaid = services.passports.receive(people["paspor"],
                                        _other("Ayu Kartika", "3174015708900007"))
    with pytest.raises(ValidationError) as refused:  # not paid: no blank
        services.passports.allocate(people["paspor"], unpaid.id)
    assert "sudah dibayar" in refused.value.user_message


def test_the_booklet_in_the_officers_hand_is_allocated_and_another_desks_refused(
        services, people):
    paspor = people["paspor"]
    services.blanks.receive(people["cetak"], "elektronik_48", "E2410001", "E2410010",
                            delivery_note="SP-001", received_from="Direktorat Dokjal")
    first = _paid(services, people)
    suggestion = services.passports.suggested_blank(paspor, first.id)
    assert (suggestion.serial, suggestion.available) == ("E2410001", 10)
    allocated = services.passports.allocate(paspor, first.id, "e2410007")
    assert (allocated.state, allocated.blank_serial) == ("allocated", "E2410007")
    assert services.blanks.blank(people["cetak"], "E2410007").application_id == first.id
    second = _paid(services, people, _other("Dewi Lestari", "3174015708900005"))
    with pytest.raises(ValidationError) as refused:
        services.passports.allocate(paspor, second.id, "E2410007")
    assert (f"Blangko E2410007 sudah dialokasikan untuk permohonan {first.number}"
            in refused.value.user_message)
    still = services.passports.get(paspor, second.id)
    assert (still.state, still.blank_serial) == ("paid", "")
    assert services.passports.suggested_blank(paspor, second.id).serial == "E2410001"
    with pytest.raises(PermissionDenied):
        services.passports.suggested_blank(people["konter"], second.id)


def _produce(services, people, application):
    services.blanks.record_production(people["cetak"], application.blank_serial, printed=True,
                                      qc_passed=True, laminated=True)


def _to_allocation(services, people, intake, days_after_payment):
    passports, paspor = services.passports, people["paspor"]
    application = passports.receive(paspor, intake)
    passports.interview(paspor, application.id, "Untuk umrah; dokumen asli sesuai", True)
    passports.capture_biometrics(paspor, application.id)
    paid = _paid_existing(services, people, application)
    services.context.clock.advance(days=days_after_payment)
    return passports.allocate(paspor, paid.id)


def _paid_existing(services, people, application):
    passports = services.passports
    billed = passports.bill(people["paspor"], application.id)
    return passports.record_payment(people["paspor"], billed.id, services.context.clock(),
                                    "NTPN0A1B2C3D4E5F")


def test_a_passport_is_issued_and_handed_over_in_person(services, people):
    from tests.counter_support import pdf_text

    services.blanks.receive(people["cetak"], "elektronik_48", "E2410001", "E2410010",
                            delivery_note="SP-001", received_from="Direktorat Dokjal")
    allocated = _to_allocation(services, people, SITI, days_after_payment=1)
    passports, paspor = services.passports, people["paspor"]
    with pytest.raises(ValidationError):  # not produced yet
        passports.issue(paspor, allocated.id)
    _produce(services, people, allocated)
    issued = passports.issue(paspor, allocated.id)
    assert (issued.state, issued.passport_number) == ("issued", "E2410001")
    assert [m.template for m in services.messaging.messages(
        paspor, case_id=issued.case_id)] == ["passport_ready"]
    with pytest.raises(ValidationError):  # the buku ekspedisi needs the identity checked
        passports.hand_over(paspor, issued.id, mode="langsung", received_by="Siti",
                            identity_checked=False)
    done = passports.hand_over(paspor, issued.id, mode="langsung",
                               received_by="Siti Nurhaliza", identity_checked=True,
                               pickup_slot="sabtu")
    assert (done.state, done.handover_mode, done.handed_over_to) == (
        "handed_over", "langsung", "Siti Nurhaliza")
    register = services.blanks.daily_register(people["cetak"], services.context.clock()
                                              .astimezone(services.context.config.timezone)
                                              .date())
    text = pdf_text(register.pdf)
    assert "SITI NURHALIZA" in text and "E2410001" in text


def test_a_late_allocation_goes_home_by_post_with_the_compensation_receipt(services, people):
    from tests.counter_support import pdf_text

    services.blanks.receive(people["cetak"], "elektronik_48", "E2410001", "E2410010",
                            delivery_note="SP-001", received_from="Direktorat Dokjal")
    late = _to_allocation(services, people, SITI, days_after_payment=7)  # next Wednesday
    assert late.compensation_due
    _produce(services, people, late)
    issued = services.passports.issue(people["paspor"], late.id)
    with pytest.raises(ValidationError) as refused:
        services.passports.hand_over(people["paspor"], issued.id, mode="langsung",
                                     received_by="Siti Nurhaliza", identity_checked=True)
    assert "kompensasi antar paspor" in refused.value.user_message
    home = services.passports.hand_over(people["paspor"], issued.id, mode="pos",
                                        received_by="Siti Nurhaliza", identity_checked=False,
                                        tracking_number="P2612030001", delivery_fee=25_000)
    assert home.compensation_document_id
    receipt = services.documents.document(people["paspor"], home.compensation_document_id)
    text = pdf_text(receipt.pdf)
    assert "SITI NURHALIZA" in text and "E2410001" in text
    label = pdf_text(services.documents.document(people["paspor"], home.label_document_id).pdf)
    assert "Resi: P2612030001" in label and "Jl. Melati 5" in label
    assert "DITANGGUNG KANTOR" in label and "E2410001" not in label  # no number outside


def test_the_drive_thru_hands_over_on_the_receipts_qr_code_only(services, people):
    """Seed 002 B11: the applicant shows the application receipt; its sealed QR is scanned."""
    from app.store.counter_models import IssuedDocument

    services.blanks.receive(people["cetak"], "elektronik_48", "E2410001", "E2410010",
                            delivery_note="SP-001", received_from="Direktorat Dokjal")
    passports, paspor = services.passports, people["paspor"]
    allocated = _to_allocation(services, people, SITI, days_after_payment=1)
    other = passports.receive(paspor, _other("Dewi Lestari", "3174015708900003"))
    _produce(services, people, allocated)
    issued = passports.issue(paspor, allocated.id)
    with services.context.store.read() as session:
        seals = {d.subject_id: d.seal for d in session.scalars(select(IssuedDocument).where(
            IssuedDocument.template == "tanda_terima_permohonan"))}
    assert seals[issued.id] and seals[issued.id] != seals[other.id]
    with pytest.raises(ValidationError) as missing:
        passports.hand_over(paspor, issued.id, mode="drive_thru", received_by="Siti",
                            identity_checked=True)
    assert "kode QR" in missing.value.user_message
    with pytest.raises(ValidationError) as wrong:  # another applicant's receipt
        passports.hand_over(paspor, issued.id, mode="drive_thru", received_by="Siti",
                            identity_checked=True, pickup_code=seals[other.id])
    assert issued.receipt_number in wrong.value.user_message
    assert passports.get(paspor, issued.id).state == "issued"
    done = passports.hand_over(paspor, issued.id, mode="drive_thru",
                               received_by="Siti Nurhaliza", identity_checked=True,
                               pickup_code=seals[issued.id], pickup_slot="petang")
    assert (done.state, done.handover_mode) == ("handed_over", "drive_thru")


def test_a_photo_refused_by_the_quality_checks_says_why_and_stores_nothing(services, people):
    from devices.base import SimulationMode

    application = services.passports.receive(people["paspor"], SITI)
    services.device_set.camera.mode = SimulationMode.POOR  # a dark frame first
    with pytest.raises(ValidationError) as refused:
        services.passports.capture_biometrics(people["paspor"], application.id)
    assert refused.value.user_message.startswith("Foto ditolak:")
    assert len(refused.value.user_message) > len("Foto ditolak: . Ulangi pengambilan foto.")
    assert services.cases.attachments(people["paspor"], application.case_id) == []
    services.device_set.camera.mode = SimulationMode.OK
    taken = services.passports.capture_biometrics(people["paspor"], application.id)
    assert len(services.cases.attachments(people["paspor"], taken.case_id)) == 1


def test_a_whole_issuance_walks_b1_with_each_step_held_until_its_facts(services, people,
                                                                        make_actor):
    """SOP B1 (M-Paspor) from registration to the Kasi's pengesahan; each step waits for what
    the passport office has recorded (decision 0017)."""
    from app.services.cases import CLOSED
    from tests.conftest import PASSWORD

    services.blanks.receive(people["cetak"], "elektronik_48", "E2410001", "E2410010",
                            delivery_note="SP-001", received_from="Direktorat Dokjal")
    cases, passports, paspor = services.cases, services.passports, people["paspor"]
    application = passports.receive(paspor, SITI)

    def step(who=paspor, answer=None):
        return cases.complete(who, application.case_id, answer=answer)

    assert step().step_id == "loket_pendaftaran"  # antrian_online: the applicant's
    step(answer="ya")
    step()  # lengkapi_dokumen: the applicant's
    step(answer="ya")  # verifikasi_dokumen: the central checks were done at intake
    with pytest.raises(ValidationError) as held:
        step(answer="ya")
    assert "hasil wawancara" in held.value.user_message and "foto" in held.value.user_message
    passports.interview(paspor, application.id, "Untuk bekerja; dokumen sesuai", True)
    passports.capture_biometrics(paspor, application.id)
    step(answer="ya")
    step()  # bayar_pos: the applicant pays
    with pytest.raises(ValidationError):
        step()  # alokasi: not paid, no blank
    _paid_existing(services, people, application)
    passports.allocate(paspor, application.id)
    assert step().step_id == "cetak"
    with pytest.raises(ValidationError):
        step(people["cetak"])  # not printed yet
    services.blanks.record_production(people["cetak"], "E2410001", printed=True,
                                      qc_passed=True, laminated=True)
    step(people["cetak"])
    passports.issue(paspor, application.id)
    case = step()  # daftar_harian: the passport is in the day's register
    assert case.step_id == "pengesahan"
    [case] = cases.approve(people["kasi"], [application.case_id], PASSWORD)
    assert case.status == CLOSED
    assert passports.get(paspor, application.id).state == "issued"  # the handover follows


def test_a_lost_passport_is_listed_and_then_flagged_at_the_counter(services, people,
                                                                   make_actor):
    """Seed 002 C1: the replacement of a lost passport lists the old one; whoever presents it
    at the border is held and referred."""
    from app.domain.counter import Direction
    from app.services.counter import Scan
    from tests.counter_support import Person as Traveller

    application = services.passports.receive(people["paspor"], LOST)
    assert application.number.startswith("TEST/C1/")  # the walk-in replacement SOP
    counter = make_actor(Role.COUNTER_OFFICER, username="konter2")
    carrier = Traveller("NURHALIZA", "SITI", "IDN", date(1990, 8, 17), "F", "B7654321")
    check = services.counter.check(counter, Scan(carrier.mrz(), Direction.DEPARTURE))
    assert not check.verdict.may_pass
    assert check.hits and check.hits[0].reference == "PASPOR HILANG B7654321"
    other = Traveller("NURHALIZA", "SITI", "IDN", date(1990, 8, 17), "F", "C9999999")
    assert services.counter.check(counter, Scan(other.mrz(), Direction.DEPARTURE)).hits == ()
    with pytest.raises(ValidationError):  # a replacement names the old passport
        services.passports.receive(people["paspor"], PassportIntake(
            **{**SITI.__dict__, "reason": "penggantian_rusak", "nik": "3174015708900011",
               "documents": REQUIRED_DOCUMENTS["penggantian_rusak"]}))


def test_intake_refuses_missing_papers_and_a_lost_passport_without_its_police_report(
        services, people):
    with pytest.raises(ValidationError) as short:
        services.passports.receive(people["paspor"], PassportIntake(
            **{**SITI.__dict__, "documents": REQUIRED_DOCUMENTS["baru"][:1]}))
    assert "Kartu Keluarga" in short.value.user_message
    with pytest.raises(ValidationError) as unreported:
        services.passports.receive(people["paspor"], PassportIntake(
            **{**LOST.__dict__, "loss_report": " "}))
    assert "Kepolisian" in unreported.value.user_message
    with services.context.store.read() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 0


def test_a_lost_passport_replacement_goes_through_bap_bapen_and_the_kakanims_decision(
        services, people, make_actor):
    """Seed 002 C1: the intelligence officer's BAP, the Kasi's BAPEN, the Kakanim's decision in
    the approvals inbox, then the issuance path; the papers read back from their PDFs."""
    from app.store.counter_models import IssuedDocument
    from tests.conftest import PASSWORD
    from tests.counter_support import pdf_text

    cases, passports, paspor = services.cases, services.passports, people["paspor"]
    intel = make_actor(Role.INTEL_OFFICER, username="intel1", nip=OPERATOR_NIP)
    kakanim = make_actor(Role.OFFICE_HEAD, username="kakanim1")
    kasi = make_actor(Role.SECTION_HEAD, username="kasi2", nip="197502141998031002")
    application = passports.receive(paspor, LOST)
    assert application.receipt_number.startswith("TT-MOHON")
    cases.complete(paspor, application.case_id)  # datang: the applicant's
    cases.complete(paspor, application.case_id)  # periksa_berkas
    with pytest.raises(ValidationError) as waiting:
        passports.bill(paspor, application.id)
    assert "keputusan Kepala Kantor" in waiting.value.user_message
    with pytest.raises(ValidationError) as no_bap:
        cases.complete(intel, application.case_id)
    assert "Berita Acara Pemeriksaan" in no_bap.value.user_message
    with pytest.raises(PermissionDenied):  # the BAP is the intelligence officer's
        passports.examine_loss(paspor, application.id, "Karyawan swasta",
                               [("Di mana paspor hilang?", "Di KRL Bogor")])
    with pytest.raises(ValidationError):  # not the Kasi's step yet
        passports.give_opinion(kasi, application.id, approve=True, facts=["x"], analysis="y")
    examined = passports.examine_loss(intel, application.id, "Karyawan swasta", [
        ("Kapan dan di mana paspor Saudara hilang?",
         "Tanggal 20 November 2026 di KRL Bogor-Jakarta, tas saya dicopet."),
        ("Apakah Saudara melapor ke Kepolisian?", "Ya, ke Polres Bandara Soetta.")])
    assert examined.bap_number.startswith("BAP")
    cases.complete(intel, application.case_id)  # pemeriksaan_bap
    opinion = passports.give_opinion(
        kasi, application.id, approve=True,
        facts=["Paspor B7654321 hilang dicopet di KRL pada 20 November 2026.",
               "Pemohon melapor ke Kepolisian dan memperoleh surat keterangan hilang."],
        analysis="Kehilangan terjadi bukan karena kelalaian yang disengaja.")
    assert opinion.bapen_number.startswith("BAPEN")
    case = cases.complete(kasi, application.case_id)  # telaah_bap: to the Kakanim's inbox
    assert (case.step_id, case.status) == ("keputusan", "waiting_approval")
    [decided] = cases.approve(kakanim, [application.case_id], PASSWORD, answer="ya")
    assert decided.step_id == "input_data"
    assert passports.bill(paspor, application.id).state == "billed"

    with services.context.store.read() as session:
        papers = {d.template: d for d in session.scalars(select(IssuedDocument).where(
            IssuedDocument.subject_id == application.id))}
    assert set(papers) >= {"tanda_terima_permohonan", "bap", "ba_pendapat"}
    bap = pdf_text(papers["bap"].pdf)
    assert "SITI NURHALIZA" in bap and "tas saya dicopet" in bap and "B7654321" in bap
    bapen = pdf_text(papers["ba_pendapat"].pdf)
    assert examined.bap_number in bapen and "SKTLK/1234/XII/2026" in bapen
    assert "dapat disetujui" in bapen
    receipt = pdf_text(papers["tanda_terima_permohonan"].pdf)
    assert "Surat keterangan hilang dari Kepolisian" in receipt


def test_the_background_jobs_expire_unpaid_billings(services, people, clock):
    import threading

    billed = services.passports.bill(people["paspor"], services.passports.receive(
        people["paspor"], SITI).id)
    clock.advance(days=31)
    rounds = threading.Event()
    runner = services.background_jobs(
        on_state=lambda state: rounds.set() if state.rounds else None)
    runner.start()
    try:
        assert rounds.wait(10), "no round of the background jobs within 10 s"
    finally:
        assert runner.stop()
    assert runner.state.last_error is None
    assert services.passports.get(people["paspor"], billed.id).state == "expired"


def test_the_queue_number_served_ends_with_the_intake(services, people):
    """Seed 002 B1: the applicant called to the desk is the one received; the number ends."""
    passports, queue, paspor = services.passports, services.queue, people["paspor"]
    ticket = queue.walk_in(paspor, "Siti Nurhaliza", SITI.nik, "ibu_hamil")
    with pytest.raises(ValidationError) as waiting:  # not called yet
        passports.receive(paspor, PassportIntake(**{**SITI.__dict__,
                                                    "queue_ticket": ticket.number}))
    assert "tidak sedang dipanggil" in waiting.value.user_message
    called = queue.call_next(paspor, "Loket 2")
    assert called.id == ticket.id
    with pytest.raises(ValidationError) as other:  # another applicant's number
        passports.receive(paspor, PassportIntake(**{
            **_other("Dewi Lestari", "3174015708900003").__dict__,
            "queue_ticket": ticket.number.lower()}))
    assert "NIK lain" in other.value.user_message
    application = passports.receive(paspor, PassportIntake(**{
        **SITI.__dict__, "queue_ticket": f" {ticket.number.lower()} "}))
    [done] = queue.tickets(paspor, status="done")
    assert done.id == ticket.id
    with services.context.store.read() as session:
        from app.store.passport_models import PassportApplication
        assert session.get(PassportApplication, application.id).queue_ticket == ticket.number


def _through_kakanim(services, people, make_actor, application):
    """C1 from the papers to the Kakanim's approval (seed 002 C1 steps 1-5)."""
    from tests.conftest import PASSWORD

    cases, passports = services.cases, services.passports
    intel = make_actor(Role.INTEL_OFFICER, username="intel9", nip=OPERATOR_NIP)
    kasi = make_actor(Role.SECTION_HEAD, username="kasi9", nip="197502141998031002")
    for _ in range(2):
        cases.complete(people["paspor"], application.case_id)
    passports.examine_loss(intel, application.id, "Guru", [("Bagaimana paspor rusak?",
                                                            "Terendam banjir")])
    cases.complete(intel, application.case_id)
    passports.give_opinion(kasi, application.id, approve=True,
                           facts=["Paspor rusak terendam banjir."], analysis="Bukan kesengajaan.")
    cases.complete(kasi, application.case_id)
    cases.approve(make_actor(Role.OFFICE_HEAD, username="kakanim9"), [application.case_id],
                  PASSWORD, answer="ya")


def test_a_replaced_passport_is_known_as_earlier_and_a_damaged_one_revoked_at_issue(
        services, people, make_actor):
    """Issue 9 point 2 (the applicant's earlier passports) and point 6 (the old passport
    revoked for a replacement): a damaged passport goes on the counters' list at issue."""
    from app.domain.counter import Direction
    from app.services.counter import Scan
    from tests.counter_support import Person as Traveller

    services.blanks.receive(people["cetak"], "elektronik_48", "E2410001", "E2410010",
                            delivery_note="SP-001", received_from="Direktorat Dokjal")
    passports, paspor = services.passports, people["paspor"]
    first = _to_allocation(services, people, SITI, days_after_payment=1)
    _produce(services, people, first)
    old = passports.issue(paspor, first.id)
    passports.hand_over(paspor, old.id, mode="langsung", received_by="Siti",
                        identity_checked=True)
    damaged = passports.receive(paspor, PassportIntake(**{
        **SITI.__dict__, "reason": "penggantian_rusak", "old_passport_number": "E2410001",
        "documents": REQUIRED_DOCUMENTS["penggantian_rusak"]}))
    [earlier] = passports.earlier_passports(paspor, damaged.id)
    assert (earlier.number, earlier.application_number) == ("E2410001", old.number)
    assert earlier.issued_on == services.context.clock().astimezone(
        services.context.config.timezone).date()
    counter = make_actor(Role.COUNTER_OFFICER, username="konter3")
    holder = Traveller("NURHALIZA", "SITI", "IDN", date(1990, 8, 17), "F", "E2410001")
    assert services.counter.check(counter, Scan(holder.mrz(), Direction.DEPARTURE)).hits == ()

    _through_kakanim(services, people, make_actor, damaged)
    passports.interview(paspor, damaged.id, "Paspor rusak terendam banjir", True)
    passports.capture_biometrics(paspor, damaged.id)
    _paid_existing(services, people, damaged)
    allocated = passports.allocate(paspor, damaged.id)
    _produce(services, people, allocated)
    new = passports.issue(paspor, damaged.id)
    assert new.passport_number == "E2410002"
    check = services.counter.check(counter, Scan(holder.mrz(), Direction.DEPARTURE))
    assert check.hits and check.hits[0].reference == "PASPOR DICABUT E2410001"
    assert not check.verdict.may_pass
    history = services.cases.history(paspor, damaged.case_id)
    assert any("E2410001 dicabut" in event.note for event in history)
