"""Realistic data for every template: the tests, the render benchmark and demo prints use it."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

# Wednesday 25 November 2026, 10.00 WIB.
ISSUED_AT = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)
SAMPLE_NUMBER = "W30.IMI.1-GR.01.01-0042/2026"
VERIFY_URL = "https://soekarnohatta.imigrasi.go.id/verifikasi/7f3c2a"

_OFFICER = {"name": "Roni Yudianto", "nip": "197706262010121001"}


def _signer(prefix: str, name: str, nip: str, position: str | None = None) -> dict[str, Any]:
    values = {f"{prefix}_name": name, f"{prefix}_nip": nip}
    if position:
        values[f"{prefix}_position"] = position
    return values


def sample_data(code: str) -> dict[str, Any]:
    """A fresh copy of realistic data for template `code`."""
    return _SAMPLES[code]()


def _stamp() -> dict[str, Any]:
    return {"checkpoint": "TPI Bandara Soekarno-Hatta", "direction": "MASUK",
            "stamped_at": datetime(2026, 11, 25, 2, 50, tzinfo=UTC), "officer": "SH0412",
            "flight": "GA881", "document_number": "X7K2J9QL4", "stamp_number": "T3-045"}


def _stp() -> dict[str, Any]:
    return {
        "holder_name": "Raden Ajeng Siti Nurhaliza Kusumawardhani binti Haji Abdurrahman",
        "birth_place": "Yogyakarta", "birth_date": date(1984, 2, 29), "sex": "Perempuan",
        "nationality": "Indonesia",
        "address": "Jl. Kaliurang Km 7,5 Gg. Melati No. 12 RT 005/RW 011, Sinduharjo, Ngaglik, "
                   "Sleman, Daerah Istimewa Yogyakarta",
        "document_type": "Paspor Biasa Elektronik", "document_number": "E1234567",
        "issuing_office": "Kantor Imigrasi Kelas I TPI Yogyakarta",
        "issue_date": date(2024, 3, 4), "expiry_date": date(2034, 3, 4),
        "requesting_agency": "Komisi Pemberantasan Korupsi",
        "pencegahan_reference": "Keputusan Pimpinan KPK Nomor 1021/01-23/11/2026",
        "pencegahan_until": date(2027, 5, 18),
        "reason": "Yang bersangkutan tercantum dalam daftar pencegahan bepergian ke luar negeri "
                  "atas permintaan Komisi Pemberantasan Korupsi sehubungan dengan penyidikan "
                  "perkara tindak pidana korupsi.",
        "flight": "SQ957", "destination": "Singapura",
        "other_items": ["Boarding pass SQ957 kursi 42A"],
        **_signer("officer", "Dewi Lestari Pangaribuan", "198805172010122003",
                  "Supervisor TPI Terminal 3"),
    }


def _laporan_kejadian() -> dict[str, Any]:
    return {
        "incident_type": "Hit daftar pencegahan (cekal) pada pemeriksaan keberangkatan WNI",
        "incident_at": datetime(2026, 11, 25, 2, 35, tzinfo=UTC),
        "location": "Konter keberangkatan internasional Terminal 3, Bandara Soekarno-Hatta",
        "subject_name": "Raden Ajeng Siti Nurhaliza Kusumawardhani binti Haji Abdurrahman",
        "subject_nationality": "Indonesia", "subject_birth_date": date(1984, 2, 29),
        "subject_sex": "Perempuan", "subject_document_number": "E1234567",
        "subject_flight": "SQ957",
        "chronology": (
            "Pada pukul 09.35 WIB petugas konter 12 memindai paspor yang bersangkutan pada "
            "sistem BCM dan muncul peringatan kecocokan dengan daftar pencegahan.\n\n"
            "Petugas konter mengarahkan yang bersangkutan kepada supervisor. Supervisor "
            "memverifikasi data pencegahan dan menghubungi Komisi Pemberantasan Korupsi "
            "selaku instansi peminta, yang membenarkan bahwa pencegahan masih berlaku."),
        "actions_taken": ["Menunda keberangkatan yang bersangkutan",
                          "Menahan paspor Nomor E1234567 dan menerbitkan STP",
                          "Menyerahkan yang bersangkutan kepada Bidang Inteldakim"],
        "evidence": ["Salinan paspor", "Tangkapan layar hasil pemeriksaan BCM",
                     "Surat Tanda Penerimaan"],
        "recommendation": "Agar yang bersangkutan diserahkan kepada penyidik KPK.",
        **_signer("reporter", _OFFICER["name"], _OFFICER["nip"], "Supervisor TPI Terminal 3"),
    }


def _nota_dinas() -> dict[str, Any]:
    return {
        "to": "Kepala Bidang Tempat Pemeriksaan Imigrasi",
        "sender": "Kepala Seksi Pemeriksaan II",
        "copy_to": ["Kepala Bidang Intelijen dan Penindakan Keimigrasian"],
        "nature": "Segera",
        "subject": "Laporan penanganan subjek pencegahan a.n. Raden Ajeng Siti Nurhaliza",
        "body": (
            "Dengan hormat, bersama ini kami laporkan bahwa pada hari Rabu, 25 November 2026 "
            "pukul 09.35 WIB telah dilakukan penundaan keberangkatan terhadap WNI subjek "
            "pencegahan atas permintaan Komisi Pemberantasan Korupsi.\n\n"
            "Paspor yang bersangkutan telah ditahan dengan Surat Tanda Penerimaan dan yang "
            "bersangkutan telah diserahkan kepada Bidang Inteldakim untuk proses lebih lanjut.\n\n"
            "Demikian kami sampaikan, mohon arahan lebih lanjut."),
        "attachments": ["Laporan Kejadian Nomor W30.IMI.1-GR.01.01-0041/2026",
                        "Salinan Surat Tanda Penerimaan"],
        **_signer("signer", "Bambang Sutrisno Hadiwijaya", "197502141998031002",
                  "Kepala Seksi Pemeriksaan II"),
    }


def _penolakan() -> dict[str, Any]:
    return {
        "carrier_name": "Emirates", "flight_number": "EK356",
        "arrival_at": datetime(2026, 11, 25, 0, 40, tzinfo=UTC),
        "port_of_embarkation": "Dubai International Airport (DXB)",
        "passenger_name": "Jean-Baptiste Olamide Ngozi-Eze", "nationality": "Prancis",
        "birth_date": date(1991, 7, 14), "sex": "Laki-laki", "passport_number": "19FR42817",
        "passport_expiry_date": date(2027, 1, 10),
        "reason": "Masa berlaku paspor kurang dari 6 (enam) bulan dan yang bersangkutan tidak "
                  "dapat menunjukkan tiket kembali maupun tujuan kunjungan yang jelas.",
        "return_flight": "EK357 tanggal 25 November 2026",
        "placed_in_detention": True,
        "carrier_representative": "Farid Al-Mansouri",
        **_signer("officer", "Dewi Lestari Pangaribuan", "198805172010122003",
                  "Supervisor TPI Terminal 3"),
    }


def _bast() -> dict[str, Any]:
    return {
        "handover_at": datetime(2026, 11, 25, 6, 15, tzinfo=UTC),
        "location": "Ruang Supervisor Terminal 3, Bandara Soekarno-Hatta",
        **_signer("giver", "Dewi Lestari Pangaribuan", "198805172010122003",
                  "Supervisor TPI Terminal 3"),
        "receiver_name": "AKBP Hendra Wijayakusuma", "receiver_id_kind": "NRP",
        "receiver_id_number": "78050123",
        "receiver_position": "Kepala Unit NCB Interpol Indonesia",
        "receiver_agency": "Divisi Hubungan Internasional Polri",
        "subject_name": "Viktor Aleksandrovich Petrenko-Smirnov", "subject_nationality": "Ukraina",
        "subject_birth_date": date(1979, 9, 3), "subject_sex": "Laki-laki",
        "subject_document_number": "FA0935521",
        "items": [{"description": "Paspor Ukraina Nomor FA0935521", "quantity": 1,
                   "unit": "buku", "remarks": "Asli"},
                  {"description": "Telepon genggam merek Samsung", "quantity": 2,
                   "unit": "unit", "remarks": None}],
        "purpose": "Hit Interpol Red Notice Nomor A-2291/6-2025 pada pemeriksaan kedatangan, "
                   "untuk proses lebih lanjut oleh NCB Interpol Indonesia.",
        "witnesses": [{"name": "Rahmat Hidayatullah", "id_number": "199001012015031004",
                       "position": "Petugas Inteldakim"}],
    }


def _billing() -> dict[str, Any]:
    return {
        "kind": "overstay", "payer_name": "Margaret Anne O'Sullivan-Whitfield",
        "payer_nationality": "Australia", "payer_document_number": "PA8812345",
        "permit_expiry_date": date(2026, 11, 13),
        "reference": "Izin tinggal kunjungan (ITK) berakhir 13 November 2026",
        "items": [{"description": "Biaya beban overstay", "quantity": 12, "unit": "hari",
                   "rate": 1_000_000}],
        "total": 12_000_000, "billing_code": "820261125004217",
        "valid_until": datetime(2026, 11, 25, 16, 59, tzinfo=UTC),
        **_signer("officer", "Sri Wahyuningsih", "199203152019022001"),
    }


_SAMPLES = {
    "stamp": _stamp, "stp": _stp, "laporan_kejadian": _laporan_kejadian,
    "nota_dinas": _nota_dinas, "refusal_report": _penolakan, "bast": _bast,
    "billing_slip": _billing,
}
