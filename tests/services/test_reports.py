"""The Laporan service: each section's numbers equal the records seeded (tests.report_support),
periods cut at midnight in the office's zone, only the heads read it, and the exports (a
numbered PDF in the document register, Excel-friendly CSV) read back and are audited."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.auth.permissions import Role
from app.errors import PermissionDenied, ValidationError
from app.services.cases import SubjectForm
from app.services.reports import (
    SECTIONS,
    CellKind,
    ChartKind,
    ChartSpec,
    ReportColumn,
    ReportTable,
    register_section,
)
from app.store.counter_models import IssuedDocument
from app.store.document_models import PrintQueueEntry
from app.store.models import AuditEvent
from tests.counter_support import pdf_text
from tests.report_support import DAY, seed

HEAD_NIP = "197502141998031002"
DAY_BEFORE = DAY - timedelta(days=1)


@pytest.fixture
def head(services, make_actor):
    seed(services)
    return make_actor(Role.SECTION_HEAD, username="kasi1", nip=HEAD_NIP)


def _table(services, actor, key, since=DAY, until=DAY):
    """Section `key` as {first cell: the row's other cells}, and its totals."""
    report = services.reports.section(actor, key, since, until)
    rows = {row[0]: tuple(row[1:]) for row in report.table.rows}
    return rows, report.table.totals


def _csv(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff")  # Excel reads UTF-8 only with the byte-order mark
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


def test_crossings_per_hour_follow_the_office_clock_and_its_day(services, head):
    rows, totals = _table(services, head, "crossings_hourly")
    assert len(rows) == 24
    # (arrivals, departures, both): 24-11 17.00 UTC is 00.00 WIB on the 25th; refusals and
    # delayed departures are not movements; the 24th, the 26th and another office are out.
    assert rows["00.00"] == (1, 0, 1)
    assert rows["08.00"] == (2, 1, 3)
    assert rows["09.00"] == (0, 1, 1)
    assert rows["23.00"] == (0, 1, 1)
    assert rows["10.00"] == (0, 0, 0)
    assert totals == ("Jumlah", 3, 3, 6)


def test_crossings_per_day_over_two_days(services, head):
    rows, totals = _table(services, head, "crossings_daily", DAY_BEFORE, DAY)
    assert rows == {"24-11-2026": (1, 0, 1), "25-11-2026": (3, 3, 6)}
    assert totals == ("Jumlah", 4, 3, 7)


def test_crossings_per_lane_count_every_outcome(services, head):
    rows, totals = _table(services, head, "crossings_lane")
    # (admitted, departed, refused, other, total)
    assert rows == {"Reguler": (1, 1, 1, 1, 4), "Prioritas": (2, 0, 0, 0, 2),
                    "PMI": (0, 1, 0, 0, 1), "VIP": (0, 1, 0, 0, 1)}
    assert totals == ("Jumlah", 3, 3, 1, 1, 8)


def test_referrals_by_reason_and_how_they_ended(services, head):
    rows, totals = _table(services, head, "refusals_hits")
    # (referred, allowed, refused, delayed, handed over, open)
    assert rows["HIT cekal"] == (2, 1, 0, 1, 0, 0)
    assert rows["HIT Interpol"] == (1, 0, 0, 0, 1, 0)
    assert rows["Dokumen tidak sah"] == (2, 0, 1, 0, 0, 1)
    assert rows["Overstay (bayar)"] == (2, 1, 0, 0, 0, 1)
    assert rows["Kecurigaan petugas"] == (0, 0, 0, 0, 0, 0)
    assert totals == ("Jumlah", 7, 2, 1, 1, 1, 2)


def test_overstay_recap_sums_charges_per_office_day(services, head):
    rows, totals = _table(services, head, "overstay", DAY_BEFORE, DAY)
    # (people, days, billed, paid, unpaid)
    assert rows == {"24-11-2026": (1, 4, 4_000_000, 4_000_000, 0),
                    "25-11-2026": (2, 5, 5_000_000, 3_000_000, 2_000_000)}
    assert totals == ("Jumlah", 3, 9, 9_000_000, 7_000_000, 2_000_000)


def test_stay_permit_applications_by_type_and_state(services, head):
    rows, totals = _table(services, head, "permits")
    # (in process, issued, handed over, rejected, cekal, cancelled, total)
    assert rows == {"Perpanjangan Izin Tinggal Kunjungan": (1, 1, 0, 0, 0, 0, 2),
                    "Perpanjangan Izin Tinggal Terbatas": (0, 0, 0, 1, 0, 0, 1)}
    assert totals == ("Jumlah", 1, 1, 0, 1, 0, 0, 3)


def test_passport_applications_by_state_and_reason(services, head):
    rows, totals = _table(services, head, "passports")
    # (new, expired, lost, damaged, total)
    assert rows["Dibayar"] == (2, 0, 0, 0, 2)
    assert rows["Ditahan (data ganda)"] == (0, 0, 1, 0, 1)
    assert rows["Diserahkan"] == (1, 0, 0, 0, 1)
    assert rows["Dibatalkan"] == (0, 0, 0, 0, 0)  # cancelled, but received on the 24th
    assert totals == ("Jumlah", 3, 0, 1, 0, 4)


def test_passport_blanks_in_stock_now_and_used_in_the_period(services, head):
    rows, _ = _table(services, head, "blanks")
    # (available, allocated, issued in the period, spoiled in the period)
    assert rows["Paspor biasa elektronik 48 halaman"] == (6, 1, 1, 1)
    assert rows["Surat Perjalanan Laksana Paspor"] == (0, 0, 0, 0)


def test_sla_compliance_per_sop_step(services, head, make_actor, clock):
    officer = make_actor(Role.PERMIT_OFFICER, username="loket1")
    applicant = SubjectForm("applicant", "ERIKSSON ANNA MARIA", "L898902C3", "SWE",
                            date(1974, 8, 12))
    quick = services.cases.open(officer, "ITK", [applicant])
    clock.advance(minutes=5)
    services.cases.complete(officer, quick.id)  # terima_permohonan (10 menit): on time
    slow = services.cases.open(officer, "ITK", [applicant])
    clock.advance(minutes=30)
    services.cases.complete(officer, slow.id)  # 30 minutes: late
    report = services.reports.section(head, "sla", DAY, DAY)
    rows = {row[0]: row[1:] for row in report.table.rows}
    [intake] = [row for title, row in rows.items() if title.startswith("ITK · ")
                and row[0] == "10 menit"]
    # (standard, finished, late, on time, on time %, median minutes, waiting, overdue)
    assert intake[1:6] == (2, 1, 1, 50.0, 17.5)
    assert report.table.totals[2:5] == (2, 1, 1)
    assert sum(row[6] for row in rows.values()) == 2  # both cases wait at their next step
    assert report.chart == ChartSpec(ChartKind.BAR, (5,))


def test_every_section_reads_a_month_in_one_call(services, head):
    reports = services.reports.report(head, None, date(2026, 11, 1), date(2026, 11, 30))
    assert [r.key for r in reports] == [s.key for s in SECTIONS]
    daily = next(r for r in reports if r.key == "crossings_daily")
    assert len(daily.table.rows) == 30 and daily.table.totals == ("Jumlah", 5, 3, 8)


def test_only_the_heads_read_reports(services, head, make_actor):
    officer = make_actor(Role.COUNTER_OFFICER, username="konter1")
    supervisor = make_actor(Role.SUPERVISOR, username="spv1")
    for actor in (officer, supervisor):
        with pytest.raises(PermissionDenied):
            services.reports.sections(actor)
        with pytest.raises(PermissionDenied):
            services.reports.section(actor, "crossings_lane", DAY, DAY)
        with pytest.raises(PermissionDenied):
            services.reports.export_csv(actor, None, DAY, DAY)
    kakanim = make_actor(Role.OFFICE_HEAD, username="kakanim1")
    assert _table(services, kakanim, "crossings_lane")[1][-1] == 8


def test_a_reversed_or_overlong_period_or_unknown_section_is_refused(services, head):
    with pytest.raises(ValidationError) as raised:
        services.reports.section(head, "crossings_lane", DAY, DAY_BEFORE)
    assert "sebelum tanggal awal" in raised.value.user_message
    with pytest.raises(ValidationError):
        services.reports.report(head, None, DAY - timedelta(days=400), DAY)
    with pytest.raises(ValidationError) as raised:
        services.reports.section(head, "detensi_tahun_lalu", DAY, DAY)
    assert "detensi_tahun_lalu" in raised.value.user_message


def test_csv_export_has_a_block_per_section_with_plain_numbers_and_is_audited(services, head):
    lines = _csv(services.reports.export_csv(head, ["crossings_lane", "overstay", "sla"],
                                             DAY_BEFORE, DAY))
    assert lines[0] == ["Laporan Kegiatan Kantor"]
    assert lines[2] == ["Periode", "24-11-2026", "25-11-2026"]
    start = lines.index(["Rekap Overstay dan Biaya Beban"])
    assert lines[start + 1] == ["Tanggal", "Orang asing", "Hari overstay", "Ditagihkan",
                                "Dibayar", "Belum dibayar"]
    assert lines[start + 2] == ["24-11-2026", "1", "4", "4000000", "4000000", "0"]
    assert lines[start + 4] == ["Jumlah", "3", "9", "9000000", "7000000", "2000000"]
    lanes = lines.index(["Perlintasan per Jalur"])
    assert lines[lanes + 2] == ["Reguler", "2", "1", "1", "1", "5"]  # with the 24th
    with services.context.store.read() as session:
        event = session.execute(select(AuditEvent).where(
            AuditEvent.action == "report.exported")).scalar_one()
    assert event.username == "kasi1" and '"format": "csv"' in event.summary
    assert '"crossings_lane", "overstay", "sla"' in event.summary


def test_csv_writes_decimals_with_a_comma(services, head, make_actor, clock):
    officer = make_actor(Role.PERMIT_OFFICER, username="loket1")
    for minutes in (5, 30, 40):
        case = services.cases.open(officer, "ITK", [SubjectForm(
            "applicant", "ERIKSSON ANNA", "L898902C3", "SWE", date(1974, 8, 12))])
        clock.advance(minutes=minutes)
        services.cases.complete(officer, case.id)
    lines = _csv(services.reports.export_csv(head, ["sla"], DAY, DAY))
    intake = next(line for line in lines if line[1:2] == ["10 menit"])
    assert intake[2:7] == ["3", "2", "1", "33,3", "30,0"]


def test_pdf_is_numbered_sealed_in_the_register_and_reads_back(services, head):
    document = services.reports.issue_pdf(head, ["crossings_hourly", "overstay", "permits"],
                                          DAY, DAY)
    text = pdf_text(document.pdf)
    assert "LAPORAN KEGIATAN KANTOR" in text and document.number in text
    assert "Hari, tanggal : Rabu, 25 November 2026" in text
    assert "1. Perlintasan per Jam" in text and "3. Permohonan Izin Tinggal per Status" in text
    assert "Jumlah 3 3 6" in text
    assert "25-11-2026 2 5 Rp5.000.000 Rp3.000.000 Rp2.000.000" in text
    assert "Perpanjangan Izin Tinggal Kunjungan 1 1 0 0 0 0 2" in text
    assert "Kepala Seksi" in text and "19750214 199803 1 002" in text
    assert "LAP" in document.number  # the number's prefix (app.services.documents)
    with services.context.store.read() as session:
        row = session.get(IssuedDocument, document.id)
        assert (row.template, row.subject_type, bool(row.seal)) == ("laporan", "report", True)
        queued = session.execute(select(PrintQueueEntry.status).where(
            PrintQueueEntry.document_id == document.id)).scalars().all()
        actions = session.execute(select(AuditEvent.action).where(
            AuditEvent.entity_type.in_(("report", "document")))).scalars().all()
    assert queued == ["queued"]
    assert "document.issued" in actions and "report.exported" in actions


def test_one_section_on_paper_is_titled_after_it(services, head):
    document = services.reports.issue_pdf(head, ["passports"], DAY_BEFORE, DAY)
    text = pdf_text(document.pdf)
    assert "LAPORAN PERMOHONAN PASPOR PER STATUS" in text
    assert "Periode : 24 November 2026 s.d. 25 November 2026" in text
    assert "Dibatalkan 1 0 0 0 1" in text  # received on the 24th, now in the period


def test_a_module_adds_its_section_by_writing_one_class(services, head, monkeypatch):
    monkeypatch.setattr("app.services.reports.SECTIONS", list(SECTIONS))

    class Detainees:
        key = "detention"
        title = "Deteni"
        chart = None

        def rows(self, session, scope):
            return ReportTable((ReportColumn("Ruang", CellKind.TEXT), ReportColumn("Deteni")),
                               (("Ruang A", (scope.until - scope.since).days + 1),))

    register_section(Detainees())
    with pytest.raises(ValueError):
        register_section(Detainees())
    assert services.reports.sections(head)[-1].key == "detention"
    assert _table(services, head, "detention", DAY_BEFORE, DAY)[0] == {"Ruang A": (2,)}


def test_a_long_step_title_is_cut_at_a_word():
    from app.services.reports import _short

    title = ("Petugas memeriksa kelengkapan dan keabsahan dokumen persyaratan permohonan, "
             "lalu mencocokkan data paspor dengan sistem")
    short = _short(title)
    assert len(short) <= 91 and short.endswith("…") and title.startswith(short[:-1])
    assert _short("Terima permohonan") == "Terima permohonan"


def test_the_pdf_needs_the_preparers_nip(services, head, make_actor):
    without_nip = make_actor(Role.OFFICE_HEAD, username="kakanim2")
    with pytest.raises(ValidationError) as raised:
        services.reports.issue_pdf(without_nip, ["crossings_lane"], DAY, DAY)
    assert "NIP" in raised.value.user_message
    with services.context.store.read() as session:
        assert session.execute(select(IssuedDocument.id)).first() is None  # nothing issued
