"""Registers for a date range: the documents printed and the overstay recap, as a numbered PDF
in the print queue and as Excel-friendly CSV; periods checked, permissions and audit kept."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest
from sqlalchemy import select

from app.auth.permissions import Role
from app.domain.counter import Direction
from app.errors import PermissionDenied, ValidationError
from app.services.counter import Scan
from app.store.models import AuditEvent
from tests.counter_support import RESIDENT, TODAY, TOURIST, add_permit, pdf_text
from tests.services.conftest import OPERATOR_NIP


def _rows(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff")  # Excel reads UTF-8 only with the byte-order mark
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


def test_documents_register_csv_counts_prints_reprints_qc_and_voids(services, operator, stamp):
    [job] = services.documents.jobs(operator)
    services.documents.print_job(operator, job.id)
    services.documents.record_qc(operator, job.id, True)
    services.documents.reprint(operator, stamp.id, "Label sobek")
    header, row = _rows(services.registers.export_csv(operator, "register_dokumen", TODAY,
                                                      TODAY))
    assert header[:4] == ["No.", "Waktu terbit", "Nomor", "Jenis"]
    values = dict(zip(header, row, strict=True))
    assert values["Nomor"] == stamp.number
    assert values["Jenis"] == "Cap Tanda Masuk/Keluar"
    assert values["Atas nama"] == TOURIST.document_number  # the seal's holder
    assert values["Waktu terbit"] == "25-11-2026 10:00"  # office time, not UTC
    assert (values["Dicetak"], values["Cetak ulang"], values["QC"]) == ("1", "1", "Baik")
    assert values["Dibatalkan"] == "Tidak"
    services.documents.void(operator, stamp.id, "Salah arah")
    [_, row] = _rows(services.registers.export_csv(operator, "register_dokumen", TODAY, TODAY))
    values = dict(zip(header, row, strict=True))
    assert (values["Dibatalkan"], values["Alasan pembatalan"]) == ("Ya", "Salah arah")


def test_a_period_without_documents_exports_only_the_header(services, operator, stamp):
    rows = _rows(services.registers.export_csv(operator, "register_dokumen",
                                               TODAY - timedelta(days=9),
                                               TODAY - timedelta(days=1)))
    assert len(rows) == 1


def test_documents_register_as_pdf_is_numbered_and_queued(services, operator, stamp):
    services.documents.print_document(operator, stamp.id)
    document = services.registers.issue_pdf(operator, "register_dokumen",
                                             TODAY - timedelta(days=6), TODAY)
    text = pdf_text(document.pdf)
    assert "REGISTER DOKUMEN TERCETAK" in text
    assert "Periode" in text and "19 November 2026 s.d. 25 November 2026" in text
    assert stamp.number in text and "1 dokumen" in text
    assert document.number in text and OPERATOR_NIP[:8] in text
    queued = {j.number for j in services.documents.jobs(operator, status="queued")}
    assert document.number in queued


def test_a_reversed_or_overlong_period_is_refused(services, operator):
    with pytest.raises(ValidationError) as raised:
        services.registers.export_csv(operator, "register_dokumen", TODAY,
                                      TODAY - timedelta(days=1))
    assert "sebelum tanggal awal" in raised.value.user_message
    with pytest.raises(ValidationError):
        services.registers.issue_pdf(operator, "register_dokumen", TODAY - timedelta(days=400),
                                     TODAY)


def test_registers_are_exported_only_by_their_roles(services, officer, operator, make_actor):
    with pytest.raises(PermissionDenied):
        services.registers.export_csv(officer, "register_dokumen", TODAY, TODAY)
    with pytest.raises(PermissionDenied):
        services.registers.export_csv(operator, "rekap_overstay", TODAY, TODAY)
    assert [k.code for k in services.registers.kinds(operator)] == ["register_dokumen",
                                                                    "register_paspor"]
    supervisor = make_actor(Role.SUPERVISOR, username="spv1", nip="198001012005011001")
    assert [k.code for k in services.registers.kinds(supervisor)] == ["rekap_overstay"]


def test_a_csv_export_is_audited(services, operator, stamp):
    services.registers.export_csv(operator, "register_dokumen", TODAY, TODAY)
    with services.context.store.read() as session:
        event = session.execute(select(AuditEvent).where(
            AuditEvent.action == "register.exported")).scalar_one()
    assert event.username == "cetak1" and '"rows": 1' in event.summary


def test_the_register_needs_the_preparers_nip(services, make_actor, stamp):
    without_nip = make_actor(Role.PRINT_OPERATOR, username="cetak2")
    with pytest.raises(ValidationError) as raised:
        services.registers.issue_pdf(without_nip, "register_dokumen", TODAY, TODAY)
    assert "NIP" in raised.value.user_message


def test_overstay_recap_for_a_week(services, officer, make_actor):
    supervisor = make_actor(Role.SUPERVISOR, username="spv1", nip="198001012005011001")
    add_permit(services, RESIDENT, valid_until=TODAY - timedelta(days=3))
    check = services.counter.check(officer, Scan(RESIDENT.mrz(), Direction.DEPARTURE))
    referral = services.counter.refer(officer, check, None, "")
    services.supervision.bill_overstay(supervisor, referral.id)
    services.supervision.record_payment(supervisor, referral.id, "NTPN 123")
    header, row = _rows(services.registers.export_csv(supervisor, "rekap_overstay",
                                                      TODAY - timedelta(days=6), TODAY))
    values = dict(zip(header, row, strict=True))
    assert values["Nama"] == "MUELLER KLAUS"
    assert (values["Jumlah hari"], values["Jumlah biaya beban"]) == ("3", "3000000")
    assert (values["NTPN"], values["Lunas"]) == ("NTPN 123", "Ya")
    text = pdf_text(services.registers.issue_pdf(supervisor, "rekap_overstay",
                                                 TODAY - timedelta(days=6), TODAY).pdf)
    assert "19 November 2026 s.d. 25 November 2026" in text and "MUELLER KLAUS" in text
    # Over several days each time carries its date.
    assert "10.00 (25/11)" in text
