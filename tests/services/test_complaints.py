"""Complaints and Lada Tunggu reports (issue 11): a weekend report from intake to follow-up with
its papers, service complaints escalated to the reply letter, duplicates, the duty roster and
the monthly register with its evaluation."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from PIL import Image

from app.auth.permissions import Role
from app.errors import PermissionDenied, ValidationError
from app.services.complaints import ComplaintIntake, Examinee
from tests.conftest import PASSWORD
from tests.counter_support import pdf_text

SATURDAY = date(2026, 11, 28)


def _photo() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (120, 90, 60)).save(buffer, "JPEG")
    return buffer.getvalue()


FOREIGNERS = ComplaintIntake(
    kind="laporan_orang_asing", channel="whatsapp", anonymous=True,
    description="Tiga orang asing bekerja sebagai tukang las di proyek ruko sejak seminggu.",
    subject_kind="orang_asing", subject_name="Tiga pekerja asing", subject_nationality="RRT",
    location="Jl. Raya Serpong Km 7, Pakualam, Tangerang Selatan",
    attachments=(("foto_lokasi.jpg", "image/jpeg", _photo()),))
QUEUE = ComplaintIntake(
    kind="pengaduan_layanan", channel="lapor", channel_reference="LAPOR-2611-0042",
    reporter_name="Budi Santoso", reporter_phone="081234567890",
    reporter_address="Jl. Melati 5, Benda, Kota Tangerang",
    description="Petugas loket paspor menutup layanan sebelum jam pelayanan berakhir.",
    subject_kind="petugas", subject_name="Petugas loket paspor 3")
GRIEVANCE = ComplaintIntake(
    kind="keluhan", channel="langsung", reporter_name="Siti Aminah",
    reporter_phone="081298765432", description="Paspor belum jadi setelah 5 hari kerja.",
    subject_kind="layanan", subject_name="Penerbitan paspor")


@pytest.fixture
def people(make_actor):
    return {"cs": make_actor(Role.CUSTOMER_SERVICE, username="cs1", nip="199203152019022001"),
            "intel": make_actor(Role.INTEL_OFFICER, username="intel1", nip="199001012015031004"),
            "kasi": make_actor(Role.SECTION_HEAD, username="kasi1", nip="197502141998031002"),
            "kabid": make_actor(Role.SECTION_HEAD, username="kabid1", nip="197101011995031001"),
            "kakanim": make_actor(Role.OFFICE_HEAD, username="kakanim1",
                                  nip="197706261997031001"),
            "konter": make_actor(Role.COUNTER_OFFICER, username="konter1")}


def _papers(services, people, complaint) -> dict[str, str]:
    """Template -> text of each paper issued for the complaint."""
    return {template: pdf_text(services.complaints.paper(people["cs"], complaint.id, doc_id).pdf)
            for doc_id, template, _number in services.complaints.documents(people["cs"],
                                                                           complaint.id)}


def test_a_weekend_report_goes_from_intake_to_follow_up_with_its_papers(services, people,
                                                                          clock):
    complaints = services.complaints
    clock.advance(days=3)  # Saturday 28 November, 10.00 WIB
    complaints.assign_duty(people["cs"], SATURDAY, Role.INTEL_OFFICER, "intel1")
    complaints.assign_duty(people["cs"], SATURDAY, Role.OFFICE_HEAD, "kakanim1")

    report = complaints.receive(people["cs"], FOREIGNERS)
    assert (report.lada_tunggu, report.sop_code, report.step_id) == (
        True, "LADA-TUNGGU", "teruskan_pejabat")
    assert report.reporter_name == "Anonim" and report.number.startswith("TEST/LADA-TUNGGU/")
    # The duty clock: 60 minutes on a Saturday, not Monday morning.
    assert report.due_at == clock.now + timedelta(minutes=60)
    with pytest.raises(ValidationError) as refused:  # no Laporan Kejadian yet
        complaints.complete(people["cs"], report.id)
    assert "Laporan Kejadian" in refused.value.user_message

    complaints.report_incident(people["cs"], report.id, "Pelapor mengirim foto lokasi.",
                               ["Meneruskan laporan kepada petugas Inteldakim piket"])
    moved = complaints.complete(people["cs"], report.id)
    assert (moved.step_id, moved.assignee) == ("teruskan_kakanim", "intel1")  # the duty officer

    complaints.draft_order(people["intel"], report.id, ["intel1"])
    waiting = complaints.complete(people["intel"], report.id)
    assert waiting.status == "waiting_approval"
    [signed] = services.cases.approve(people["kakanim"], [waiting.case_id], PASSWORD)
    assert signed.step_id == "periksa_lapangan"

    clock.advance(hours=20)  # Sunday morning, within the day
    complaints.record_findings(people["intel"], report.id,
                               "Satu dari tiga orang asing hanya memegang Izin Tinggal "
                               "Kunjungan namun bekerja.", violation=True)
    complaints.complete(people["intel"], report.id)
    for step in ("lapor_kasi", "lapor_kakanim"):
        assert complaints.get(people["intel"], report.id).step_id == step
        complaints.report_activity(people["intel"], report.id,
                                   "Terdapat dugaan pelanggaran izin tinggal.")
        complaints.complete(people["intel"], report.id)

    with pytest.raises(ValidationError):  # a violation was found: something must follow
        complaints.decide_follow_up(people["intel"], report.id, "tidak_ada", "Tidak ada.")
    complaints.decide_follow_up(people["intel"], report.id, "serah_penegak_hukum",
                                "Diserahkan kepada PPNS Imigrasi untuk penyidikan.")
    with pytest.raises(ValidationError):  # the decision must agree with the follow-up
        complaints.complete(people["intel"], report.id, answer="tidak")
    done = complaints.complete(people["intel"], report.id, answer="ya")
    assert (done.status, done.case_outcome) == ("closed", "end:diserahkan_penegak_hukum")

    papers = _papers(services, people, done)
    assert sorted(papers) == ["laporan_kegiatan", "laporan_kejadian", "surat_perintah_tugas"]
    assert len(done.activity_reports) == 3  # to the Kasi, to the Kakanim, the follow-up
    assert "Petugas Inteldakim piket (Intel1)" in papers["laporan_kejadian"]
    assert "foto_lokasi.jpg" in papers["laporan_kejadian"]
    order = papers["surat_perintah_tugas"]
    assert "SURAT PERINTAH" in order and "MEMERINTAHKAN" in order
    assert "Intel1" in order and "Kakanim1" in order and done.number in order
    assert done.incident_report_number in order  # the LK is its basis
    history = [e.action for e in services.cases.history(people["intel"], done.case_id)]
    assert "approved" in history and history.count("document") == 4  # LK, SP, 2 reports


def test_an_escalated_grievance_climbs_to_the_kakanim_and_comes_back_as_a_reply_letter(
        services, people):
    complaints = services.complaints
    grievance = complaints.receive(people["cs"], GRIEVANCE)
    assert (grievance.sop_code, grievance.step_id) == ("D4", "jawaban_petugas")
    for who, level in (("cs", "jawaban_petugas"), ("kasi", "periksa_kasi"),
                       ("kabid", "periksa_kabid")):
        assert complaints.get(people["cs"], grievance.id).step_id == level
        complaints.answer(people[who], grievance.id, f"Jawaban tingkat {level}.",
                          satisfied=False)
        with pytest.raises(ValidationError):  # not satisfied: it must go up
            complaints.complete(people[who], grievance.id, answer="ya")
        complaints.complete(people[who], grievance.id, answer="tidak")
    at_head = services.cases.get(people["kakanim"], grievance.case_id)
    assert (at_head.step_id, at_head.status) == ("verifikasi_kakanim", "waiting_approval")
    services.cases.approve(people["kakanim"], [grievance.case_id], PASSWORD)
    services.cases.complete(people["kakanim"], grievance.case_id)  # to the Kabid
    services.cases.complete(people["kabid"], grievance.case_id)  # to the Kasi
    assert complaints.get(people["cs"], grievance.id).step_id == "teruskan_masyarakat"

    reply = complaints.draft_reply(people["cs"], grievance.id,
                                   "Paspor Ibu selesai hari ini dan dapat diambil di loket 2.")
    complaints.record_answered(people["cs"], grievance.id, "whatsapp")
    done = complaints.complete(people["cs"], grievance.id)
    assert (done.status, done.case_outcome) == ("closed", "end:selesai")
    assert [a["step"] for a in done.answers] == ["jawaban_petugas", "periksa_kasi",
                                                 "periksa_kabid"]
    letter = pdf_text(services.complaints.paper(people["cs"], reply.id, reply.reply_id).pdf)
    assert "Siti Aminah" in letter and grievance.number in letter
    assert "selesai hari ini" in letter and "Kakanim1" in letter


def test_a_service_complaint_gets_a_bap_an_outcome_and_a_signed_reply_to_the_kanwil(
        services, people):
    complaints = services.complaints
    complaint = complaints.receive(people["cs"], QUEUE)
    assert (complaint.sop_code, complaint.step_id) == ("PENGADUAN", "lapor_kasi")
    complaints.complete(people["cs"], complaint.id)  # to the Kasi Tikkim
    with pytest.raises(ValidationError):  # a founded complaint names the section concerned
        complaints.assess(people["kasi"], complaint.id, True, "Benar menurut CCTV.")
    complaints.assess(people["kasi"], complaint.id, True, "Benar menurut rekaman CCTV.",
                      section="Seksi Lalu Lintas Keimigrasian")
    complaints.complete(people["kasi"], complaint.id, answer="benar")
    examined = complaints.examine(people["kasi"], complaint.id, Examinee(
        "Andi Pratama", "Bogor", date(1993, 4, 2), "Laki-laki", "Indonesia",
        "Petugas loket paspor", "Jl. Kenanga 2, Tangerang", "Kartu identitas pegawai",
        "199304022019011001"), [("Mengapa loket ditutup pukul 14.30?",
                                 "Saya keliru membaca jadwal layanan.")])
    assert examined.bap_number
    complaints.complete(people["kasi"], complaint.id)
    complaints.record_outcome(people["kasi"], complaint.id, "pembinaan",
                              "Pembinaan oleh Kasi Lantaskim.")
    complaints.complete(people["kasi"], complaint.id)
    drafted = complaints.draft_reply(people["cs"], complaint.id,
                                     "Petugas telah diberi pembinaan; loket kini buka sampai "
                                     "pukul 16.00.")
    waiting = complaints.complete(people["cs"], complaint.id)
    assert (waiting.step_id, waiting.status) == ("paraf_kasi", "waiting_approval")
    with pytest.raises(PermissionDenied):  # the Kakanim signs after the Kasi's paraf
        services.cases.approve(people["kakanim"], [waiting.case_id], PASSWORD)
    services.cases.approve(people["kasi"], [waiting.case_id], PASSWORD)
    services.cases.approve(people["kakanim"], [waiting.case_id], PASSWORD)
    with pytest.raises(ValidationError):  # the Kanwil's copy needs its letter number
        complaints.record_answered(people["cs"], complaint.id, "email")
    complaints.record_answered(people["cs"], complaint.id, "email",
                               kanwil_reference="W30.IMI-UM.01.01-0099/2026")
    complaints.complete(people["cs"], complaint.id)  # lapor_kanwil
    done = complaints.complete(people["cs"], complaint.id)  # inventarisasi
    assert (done.status, done.outcome) == ("closed", "pembinaan")
    papers = _papers(services, people, done)
    assert sorted(papers) == ["bap", "surat_jawaban_pengaduan"]
    letter = papers["surat_jawaban_pengaduan"]
    assert "Budi Santoso" in letter and "Aplikasi LAPOR!" in letter
    assert "Pembinaan (coaching dan mentoring)" in letter and "Kakanim1" in letter
    assert "Paraf Kepala Seksi" in letter and "Kasi1" in letter  # the Kasi Tikkim initials
    assert "Kepala Kantor Wilayah" in letter  # copied to the regional office
    assert drafted.reply_number in letter
    assert "Saya keliru membaca jadwal" in papers["bap"]


def test_a_complaint_found_untrue_goes_straight_to_the_reply_with_no_finding(services, people):
    complaints = services.complaints
    complaint = complaints.receive(people["cs"], QUEUE)
    complaints.complete(people["cs"], complaint.id)
    complaints.assess(people["kasi"], complaint.id, False, "Loket tutup sesuai jadwal.")
    moved = complaints.complete(people["kasi"], complaint.id, answer="tidak_benar")
    assert moved.step_id == "buat_laporan" and moved.outcome == "tidak_terbukti"


def test_a_report_of_the_same_matter_is_suggested_and_can_be_closed_as_a_duplicate(
        services, people):
    complaints = services.complaints
    first = complaints.receive(people["cs"], FOREIGNERS)
    again = ComplaintIntake(**{**FOREIGNERS.__dict__, "anonymous": False,
                               "reporter_name": "Joko", "reporter_phone": "0811111111",
                               "description": "Ada pekerja asing tukang las di ruko."})
    [hit] = complaints.suggest_duplicates(people["cs"], _text(again))
    assert hit.id == first.id and "lokasi yang sama" in hit.reasons
    second = complaints.receive(people["cs"], again)
    assert [d["id"] for d in second.duplicates] == [first.id]
    unrelated = complaints.receive(people["cs"], GRIEVANCE)
    assert unrelated.duplicates == ()
    closed = complaints.mark_duplicate(people["cs"], second.id, first.id)
    assert (closed.status, closed.duplicate_of) == ("cancelled", first.id)
    assert complaints.get(people["cs"], first.id).status == "open"


def test_a_weekday_report_of_a_foreigner_opens_an_intelligence_inquiry(services, people):
    report = services.complaints.receive(people["cs"], FOREIGNERS)  # Wednesday
    assert (report.lada_tunggu, report.sop_code, report.step_id) == (
        False, "C5", "rencana_kegiatan")


def test_intake_checks_its_fields_and_the_officers_permission(services, people):
    complaints = services.complaints
    with pytest.raises(PermissionDenied):
        complaints.receive(people["konter"], GRIEVANCE)
    with pytest.raises(ValidationError) as refused:
        complaints.receive(people["cs"], ComplaintIntake(
            **{**GRIEVANCE.__dict__, "reporter_phone": ""}))
    assert "kontak pelapor" in refused.value.user_message
    with pytest.raises(ValidationError):
        complaints.receive(people["cs"], ComplaintIntake(**{**GRIEVANCE.__dict__,
                                                            "channel": "merpati"}))
    assert complaints.search(people["cs"]) == []


def test_the_roster_names_officers_holding_the_role(services, people):
    complaints = services.complaints
    with pytest.raises(ValidationError):  # the counter officer is no Inteldakim officer
        complaints.assign_duty(people["cs"], SATURDAY, Role.INTEL_OFFICER, "konter1")
    duty = complaints.assign_duty(people["cs"], SATURDAY, Role.INTEL_OFFICER, "intel1")
    assert [d.username for d in complaints.on_duty(people["cs"], SATURDAY,
                                                   Role.INTEL_OFFICER)] == ["intel1"]
    complaints.remove_duty(people["cs"], duty.id)
    assert complaints.roster(people["cs"], SATURDAY, SATURDAY) == []


def test_the_monthly_register_lists_every_report_with_time_per_step_and_evaluation(
        services, people, clock):
    complaints = services.complaints
    complaint = complaints.receive(people["cs"], QUEUE)  # Wednesday 25 November
    clock.advance(minutes=25)  # lapor_kasi's 10 minutes are past
    complaints.complete(people["cs"], complaint.id)
    clock.advance(days=3)  # Saturday
    report = complaints.receive(people["cs"], FOREIGNERS)
    clock.advance(minutes=5)
    complaints.report_incident(people["cs"], report.id, "Laporan via WhatsApp.")
    complaints.complete(people["cs"], report.id)  # within its 60 minutes
    complaints.receive(people["cs"], GRIEVANCE)  # also taken by the weekend duty team
    clock.advance(days=5)  # into December: the register covers November

    register = complaints.register(people["cs"], date(2026, 11, 1), date(2026, 11, 30))
    assert [e["number"] for e in register.entries] == [complaint.number, report.number,
                                                        register.entries[2]["number"]]
    late = {e["number"]: e["late_steps"] for e in register.entries}
    assert late == {complaint.number: 1, report.number: 0, register.entries[2]["number"]: 0}
    assert register.entries[1]["reporter"] == "Anonim" and register.entries[1]["lada_tunggu"]
    evaluation = register.evaluation
    assert (evaluation.total, evaluation.lada_tunggu, evaluation.anonymous,
            evaluation.late_steps) == (3, 2, 1, 1)
    assert evaluation.by_channel == {"Aplikasi LAPOR!": 1, "WhatsApp": 1,
                                     "Datang langsung (layanan informasi)": 1}
    lapor_kasi = next(s for s in evaluation.steps if s.step_id == "lapor_kasi")
    assert (lapor_kasi.finished, lapor_kasi.late, lapor_kasi.on_time_percent) == (1, 1, 0.0)
    # The reports screen reads the same summary (a Kakanim: reports, not complaints).
    assert services.complaints.summary(people["kakanim"], date(2026, 11, 1),
                                       date(2026, 11, 30)) == evaluation
    with pytest.raises(PermissionDenied):
        complaints.summary(people["konter"], date(2026, 11, 1), date(2026, 11, 30))

    printed = complaints.print_register(people["cs"], date(2026, 11, 1), date(2026, 11, 30),
                                        "Pengaduan loket paspor perlu perhatian.")
    text = pdf_text(printed.pdf)
    for expected in ("REGISTER PENGADUAN MASYARAKAT", "TERLAMBAT", "Lada Tunggu", "Anonim",
                     "Kepatuhan waktu baku per tahap", "Pengaduan loket paspor perlu perhatian",
                     "lapor kasi: 25 mnt/10 menit TERLAMBAT", "Cs1"):
        assert expected in text, expected
    packed = text.replace(" ", "")  # a long number wraps inside its narrow column
    assert complaint.number in packed and report.number in packed
    empty = complaints.register(people["cs"], date(2026, 10, 1), date(2026, 10, 31))
    assert empty.entries == () and empty.evaluation.total == 0


def _text(intake: ComplaintIntake):
    from app.domain.complaints import ReportText

    return ReportText(intake.reporter_phone, intake.subject_name, intake.location,
                      intake.description)


def test_the_laporan_screen_counts_the_months_reports_by_kind(services, people, clock):
    """Issue 11 point 5: complaints on the Laporan screen, from the same records."""
    complaints = services.complaints
    complaints.receive(people["cs"], QUEUE)  # Wednesday 25 November
    clock.advance(days=3)  # Saturday: Lada Tunggu
    complaints.receive(people["cs"], FOREIGNERS)
    complaints.receive(people["cs"], GRIEVANCE)
    report = services.reports.section(people["kakanim"], "complaints", date(2026, 11, 1),
                                      date(2026, 11, 30))
    rows = {row[0]: row[1:] for row in report.table.rows}
    # (received, Lada Tunggu, finished, open now)
    assert rows == {"Laporan orang asing": (1, 1, 0, 1), "Pengaduan layanan": (1, 0, 0, 1),
                    "Keluhan": (1, 1, 0, 1)}
    assert report.table.totals == ("Jumlah", 3, 2, 0, 3)
    before = services.reports.section(people["kakanim"], "complaints", date(2026, 10, 1),
                                      date(2026, 10, 31))
    assert all(row[1:] == (0, 0, 0, 0) for row in before.table.rows)
