"""The papers of a weekday report's intelligence inquiry (seed 002 C5) — the Kasi's Rencana
Kegiatan, the Kakanim's Surat Perintah made as he signs it, the intelligence officer's Laporan
Kegiatan and Laporan Informasi — each only at its step by its role; and the Lada Tunggu
follow-up by BAP (seed 000 step 7)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.auth.permissions import Role
from app.errors import PermissionDenied, ValidationError
from app.services.complaints import Examinee, InformationReport, InquiryPlan
from app.store.models import AuditEvent
from tests.conftest import PASSWORD
from tests.counter_support import pdf_text
from tests.services.test_complaints import FOREIGNERS, SATURDAY, _papers

PLAN = InquiryPlan(
    purpose="Memastikan identitas, izin tinggal dan kegiatan ketiga orang asing.",
    method="Pengamatan tertutup di lokasi proyek dan wawancara dengan mandor.",
    officers=("intel1",), start=date(2026, 11, 26), end=date(2026, 11, 28),
    budget="DIPA Kanim 2026, akun perjalanan dinas", equipment=("Kamera",))
INFORMATION = InformationReport(
    source="Mandor proyek (informan terbuka)", obtained_on=date(2026, 11, 27),
    obtained_where="Lokasi proyek ruko", information="Tiga orang asing bekerja sebagai "
    "tukang las sejak 16 November 2026; satu datang dengan visa kunjungan.",
    source_reliability="B", information_credibility="2",
    recommendation="Pemeriksaan keimigrasian terhadap ketiga orang asing.",
    assessment="Sesuai pengamatan petugas.")
FOREIGNER = Examinee("Li Wei", "Fuzhou", date(1988, 3, 14), "Laki-laki", "Tiongkok",
                     "Tukang las", "Mess proyek, Jl. Raya Serpong Km 7", "Paspor", "EK1234567")


@pytest.fixture
def people(make_actor):
    return {"cs": make_actor(Role.CUSTOMER_SERVICE, username="cs1", nip="199203152019022001"),
            "intel": make_actor(Role.INTEL_OFFICER, username="intel1", nip="199001012015031004"),
            "kasi": make_actor(Role.SECTION_HEAD, username="kasi1", nip="197502141998031002"),
            "kakanim": make_actor(Role.OFFICE_HEAD, username="kakanim1",
                                  nip="197706261997031001"),
            "konter": make_actor(Role.COUNTER_OFFICER, username="konter1")}


def _documents(services, people, report) -> list[str]:
    return [template for _id, template, _number
            in services.complaints.documents(people["cs"], report.id)]


def _audited(services, action: str) -> int:
    with services.context.store.read() as session:
        return len(session.scalars(select(AuditEvent.id).where(
            AuditEvent.action == action)).all())


def test_a_weekday_report_goes_through_c5_with_each_paper_at_its_step_by_its_role(
        services, people, clock):
    complaints = services.complaints
    report = complaints.receive(people["cs"], FOREIGNERS)  # Wednesday 25 November
    assert (report.sop_code, report.step_id) == ("C5", "rencana_kegiatan")

    # The plan is the Kasi's, at his step: not the Inteldakim officer's, not a later paper.
    with pytest.raises(PermissionDenied):
        complaints.plan_inquiry(people["intel"], report.id, PLAN)
    with pytest.raises(ValidationError):  # the reports belong to laporan_kegiatan
        complaints.report_information(people["kasi"], report.id, INFORMATION)
    with pytest.raises(ValidationError) as refused:  # the step needs its plan
        complaints.complete(people["kasi"], report.id)
    assert "Rencana Kegiatan" in refused.value.user_message
    with pytest.raises(ValidationError):  # an officer who is no Inteldakim officer
        complaints.plan_inquiry(people["kasi"], report.id,
                                InquiryPlan(**{**PLAN.__dict__, "officers": ("konter1",)}))
    with pytest.raises(ValidationError):  # a period ending before it starts
        complaints.plan_inquiry(people["kasi"], report.id,
                                InquiryPlan(**{**PLAN.__dict__, "end": date(2026, 11, 25)}))
    assert _documents(services, people, report) == []  # nothing was written
    assert _audited(services, "complaint.inquiry_plan") == 0

    planned = complaints.plan_inquiry(people["kasi"], report.id, PLAN)
    assert planned.plan_number and planned.plan["officers"] == ["intel1"]
    waiting = complaints.complete(people["kasi"], report.id)
    assert (waiting.step_id, waiting.status) == ("surat_perintah", "waiting_approval")
    with pytest.raises(PermissionDenied):  # the Kasi does not sign the Surat Perintah
        services.cases.approve(people["kasi"], [waiting.case_id], PASSWORD)
    assert _documents(services, people, report) == ["rencana_kegiatan"]

    # The Kakanim's signing in the approvals inbox issues the Surat Perintah.
    [signed] = services.cases.approve(people["kakanim"], [waiting.case_id], PASSWORD)
    assert signed.step_id == "penyelidikan"
    ordered = complaints.get(people["cs"], report.id)
    assert ordered.order_number
    with pytest.raises(ValidationError):  # the reports wait for the inquiry to be done
        complaints.report_inquiry(people["intel"], report.id, "Temuan.", "Kesimpulan.")
    complaints.complete(people["intel"], report.id)  # the inquiry itself

    with pytest.raises(ValidationError) as refused:  # no Laporan Kegiatan/Informasi yet
        complaints.complete(people["intel"], report.id)
    assert "Laporan Kegiatan" in refused.value.user_message
    with pytest.raises(PermissionDenied):  # the Kasi does not write the officer's report
        complaints.report_information(people["kasi"], report.id, INFORMATION)
    complaints.report_inquiry(
        people["intel"], report.id,
        "Ketiga orang asing bekerja sebagai tukang las; satu memegang visa kunjungan.",
        "Terdapat dugaan penyalahgunaan izin tinggal kunjungan.",
        ["Mengamati lokasi proyek", "Mewawancarai mandor"], "Pemeriksaan keimigrasian.")
    reported = complaints.report_information(people["intel"], report.id, INFORMATION)
    assert set(reported.activity_reports) == {"laporan_kegiatan", "laporan_informasi"}
    moved = complaints.complete(people["intel"], report.id)
    assert (moved.step_id, moved.status) == ("paraf_kasi", "waiting_approval")

    papers = _papers(services, people, moved)
    assert sorted(papers) == ["laporan_informasi", "laporan_kegiatan", "rencana_kegiatan",
                              "surat_perintah_tugas"]
    plan = papers["rencana_kegiatan"]
    for expected in ("RENCANA KEGIATAN PENYELIDIKAN KEIMIGRASIAN", "Tiga pekerja asing",
                     "Jl. Raya Serpong Km 7", "Pengamatan tertutup", "Intel1",
                     "26 November 2026 s.d. 28 November 2026", "akun perjalanan dinas",
                     "Kasi1", report.number):
        assert expected in plan, expected
    order = papers["surat_perintah_tugas"]
    for expected in ("SURAT PERINTAH", "MEMERINTAHKAN", "Intel1", "Kakanim1",
                     "penyelidikan intelijen keimigrasian", planned.plan_number,
                     "berlaku sejak tanggal 26 November 2026 sampai dengan tanggal 28 November "
                     "2026"):
        assert expected in order, expected
    activity = papers["laporan_kegiatan"]
    assert "LAPORAN KEGIATAN" in activity and ordered.order_number in activity
    assert "Mewawancarai mandor" in activity and "visa kunjungan" in activity
    information = papers["laporan_informasi"]
    for expected in ("LAPORAN INFORMASI", "Mandor proyek", ordered.order_number,
                     "B2 — sumber: biasanya dapat dipercaya", "Pemeriksaan keimigrasian"):
        assert expected in information, expected
    assert _audited(services, "complaint.inquiry_plan") == 1
    assert _audited(services, "complaint.order") == 1
    assert _audited(services, "complaint.inquiry_report") == 2


def test_a_new_plan_voids_the_previous_one_and_refused_papers_write_nothing(
        services, people, make_actor):
    complaints = services.complaints
    report = complaints.receive(people["cs"], FOREIGNERS)
    first = complaints.plan_inquiry(people["kasi"], report.id, PLAN)
    second = complaints.plan_inquiry(people["kasi"], report.id,
                                     InquiryPlan(**{**PLAN.__dict__, "end": date(2026, 11, 30)}))
    assert second.plan_number != first.plan_number and second.plan["end"] == "2026-11-30"
    assert _documents(services, people, report) == ["rencana_kegiatan"]  # the first is void
    with pytest.raises(ValidationError):
        complaints.report_information(people["intel"], report.id, InformationReport(
            **{**INFORMATION.__dict__, "source_reliability": "G"}))
    with pytest.raises(ValidationError):  # C5 has no Lada Tunggu BAP
        complaints.examine_foreigner(people["intel"], report.id, FOREIGNER,
                                     [("Apa pekerjaan Saudara?", "Tukang las.")])
    assert _documents(services, people, report) == ["rencana_kegiatan"]
    # A Kakanim without a NIP cannot sign: the approval is refused with its Surat Perintah.
    unsigned = make_actor(Role.OFFICE_HEAD, username="kakanim2")
    waiting = complaints.complete(people["kasi"], report.id)
    with pytest.raises(ValidationError) as refused:
        services.cases.approve(unsigned, [waiting.case_id], PASSWORD)
    assert "NIP" in refused.value.user_message
    still = complaints.get(people["cs"], report.id)
    assert (still.step_id, still.status, still.order_number) == (
        "surat_perintah", "waiting_approval", "")
    assert _documents(services, people, report) == ["rencana_kegiatan"]


def _to_follow_up(services, people, clock):
    complaints = services.complaints
    clock.advance(days=3)  # Saturday
    complaints.assign_duty(people["cs"], SATURDAY, Role.OFFICE_HEAD, "kakanim1")
    report = complaints.receive(people["cs"], FOREIGNERS)
    complaints.report_incident(people["cs"], report.id, "Laporan melalui WhatsApp.")
    complaints.complete(people["cs"], report.id)
    complaints.draft_order(people["intel"], report.id, ["intel1"])
    waiting = complaints.complete(people["intel"], report.id)
    services.cases.approve(people["kakanim"], [waiting.case_id], PASSWORD)
    complaints.record_findings(people["intel"], report.id,
                               "Satu orang asing memegang Izin Tinggal Kunjungan namun bekerja "
                               "sebagai tukang las.", violation=True)
    with pytest.raises(ValidationError):  # the BAP is made at the follow-up only
        complaints.examine_foreigner(people["intel"], report.id, FOREIGNER,
                                     [("Apa pekerjaan Saudara?", "Tukang las.")])
    complaints.complete(people["intel"], report.id)
    for _step in ("lapor_kasi", "lapor_kakanim"):
        complaints.report_activity(people["intel"], report.id, "Dugaan pelanggaran.")
        complaints.complete(people["intel"], report.id)
    return report


def test_the_lada_tunggu_follow_up_by_bap_examines_the_foreigner(services, people, clock):
    complaints = services.complaints
    report = _to_follow_up(services, people, clock)
    with pytest.raises(ValidationError):  # no follow-up decided yet
        complaints.examine_foreigner(people["intel"], report.id, FOREIGNER,
                                     [("Apa pekerjaan Saudara?", "Tukang las.")])
    complaints.decide_follow_up(people["intel"], report.id, "bap",
                                "Diperiksa di kantor atas pelanggaran izin tinggal.")
    with pytest.raises(ValidationError) as refused:  # the BAP is what the step waits for
        complaints.complete(people["intel"], report.id, answer="ya")
    assert "BAP" in refused.value.user_message
    with pytest.raises(PermissionDenied):  # the Inteldakim officer examines, not CS
        complaints.examine_foreigner(people["cs"], report.id, FOREIGNER,
                                     [("Apa pekerjaan Saudara?", "Tukang las.")])
    with pytest.raises(ValidationError):  # a BAP holds questions and answers
        complaints.examine_foreigner(people["intel"], report.id, FOREIGNER, [("", "")])
    examined = complaints.examine_foreigner(
        people["intel"], report.id, FOREIGNER,
        [("Apa pekerjaan Saudara di proyek ini?", "Saya bekerja sebagai tukang las."),
         ("Izin tinggal apa yang Saudara pegang?", "Visa kunjungan wisata.")])
    assert examined.bap_number
    done = complaints.complete(people["intel"], report.id, answer="ya")
    assert done.status == "closed"
    text = pdf_text(complaints.paper(people["cs"], report.id, next(
        doc_id for doc_id, template, _n in complaints.documents(people["cs"], report.id)
        if template == "bap")).pdf)
    for expected in ("BERITA ACARA PEMERIKSAAN", "Li Wei", "Tiongkok", "EK1234567",
                     "Saya bekerja sebagai tukang las", "Visa kunjungan wisata", report.number,
                     examined.incident_report_number, "Intel1"):
        assert expected in text, expected
    assert _audited(services, "complaint.examined") == 1
