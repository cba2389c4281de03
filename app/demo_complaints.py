"""Demo complaints and reports (issue 11): a complaint about the passport counter from LAPOR!
at the Kasi's assessment, a grievance at the desk not yet answered, and a foreigner reported
(opened as Lada Tunggu when the demo is seeded on a weekend or holiday; on a weekday a C5
inquiry whose Rencana Kegiatan waits for the Kakanim's Surat Perintah in the approvals inbox),
with the coming Saturday's duty roster."""

from __future__ import annotations

import logging
from datetime import date, timedelta

from sqlalchemy import func, select

from app.auth.permissions import Role
from app.demo_permits import _actor
from app.services import Services
from app.services.complaints import ComplaintIntake, InquiryPlan
from app.store.complaint_models import Complaint

log = logging.getLogger(__name__)

DEMO_REPORTS = (
    ComplaintIntake(
        kind="pengaduan_layanan", channel="lapor", channel_reference="LAPOR-2611-0042",
        reporter_name="Budi Santoso", reporter_phone="081234567890",
        reporter_address="Jl. Melati 5, Benda, Kota Tangerang",
        description="Loket paspor 3 ditutup pukul 14.30 padahal jam layanan sampai 16.00.",
        subject_kind="petugas", subject_name="Petugas loket paspor 3"),
    ComplaintIntake(
        kind="keluhan", channel="langsung", reporter_name="Siti Aminah",
        reporter_phone="081298765432",
        description="Paspor belum selesai setelah lima hari kerja sejak pembayaran.",
        subject_kind="layanan", subject_name="Penerbitan paspor"),
    ComplaintIntake(
        kind="laporan_orang_asing", channel="whatsapp", anonymous=True,
        description="Tiga orang asing bekerja sebagai tukang las di proyek ruko sejak "
                    "seminggu terakhir.",
        subject_kind="orang_asing", subject_name="Tiga pekerja asing",
        subject_nationality="Belum diketahui",
        location="Jl. Raya Serpong Km 7, Pakualam, Tangerang Selatan"),
)


def seed_complaints(services: Services, today: date) -> None:
    """Make the demo reports and the roster once."""
    with services.context.store.read() as session:
        if session.scalar(select(func.count()).select_from(Complaint)):
            return
        cs = _actor(session, services, "pengaduan")
        kasi = _actor(session, services, "kasi")
    complaints = services.complaints
    saturday = today + timedelta(days=(5 - today.weekday()) % 7)
    for role, username in ((Role.CUSTOMER_SERVICE, "pengaduan"),
                           (Role.INTEL_OFFICER, "inteldakim"),
                           (Role.SECTION_HEAD, "kasi"), (Role.OFFICE_HEAD, "kakanim")):
        complaints.assign_duty(cs, saturday, role, username, "Piket Lada Tunggu")
    lapor, _desk, foreigners = (complaints.receive(cs, intake) for intake in DEMO_REPORTS)
    complaints.complete(cs, lapor.id)  # reported to the Kasi Tikkim
    complaints.assess(kasi, lapor.id, True, "Rekaman CCTV menunjukkan loket tutup 14.30.",
                      section="Seksi Lalu Lintas Keimigrasian")
    if foreigners.sop_code == "C5":  # a weekday: the Kasi's plan; the Kakanim signs next
        complaints.plan_inquiry(kasi, foreigners.id, InquiryPlan(
            purpose="Memastikan identitas, izin tinggal dan kegiatan ketiga orang asing yang "
                    "dilaporkan bekerja di proyek ruko",
            method="Pengamatan di lokasi proyek, wawancara dengan pemilik proyek dan "
                   "pemeriksaan dokumen perjalanan serta izin tinggal",
            officers=("inteldakim",), start=today, end=today + timedelta(days=3),
            equipment=("Kamera", "Kendaraan dinas")))
        complaints.complete(kasi, foreigners.id)
    log.info("demo complaints seeded")
