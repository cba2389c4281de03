"""Realistic data for every template: the tests, the render benchmark and demo prints use it."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from typing import Any

from PIL import Image, ImageDraw

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


# The carrier case of SOP biaya beban alat angkut: the passenger refused in `_penolakan()` (Emirates
# EK356, passport valid less than six months), its LK, BAP, Berita Acara Pendapat and SK.
_CARRIER_LK = "W30.IMI.1-GR.01.01-0051/2026"
_CARRIER_BAP = "W30.IMI.1-GR.01.01-0052/2026"
_CARRIER_PENDAPAT = "W30.IMI.1-GR.01.01-0053/2026"


def _bap() -> dict[str, Any]:
    return {
        "examined_at": datetime(2026, 11, 25, 1, 30, tzinfo=UTC),
        "location": "Ruang Supervisor Terminal 3, Bandara Soekarno-Hatta",
        **_signer("examiner", "Dewi Lestari Pangaribuan", "198805172010122003",
                  "Supervisor TPI Terminal 3"),
        "examinee_name": "Farid Al-Mansouri", "examinee_birth_place": "Dubai",
        "examinee_birth_date": date(1983, 3, 12), "examinee_sex": "Laki-laki",
        "examinee_nationality": "Persatuan Emirat Arab",
        "examinee_occupation": "Duty Station Manager Emirates, Bandara Soekarno-Hatta",
        "examinee_address": "Jl. Jend. Sudirman Kav. 52-53, Senayan, Kebayoran Baru, "
                            "Jakarta Selatan",
        "examinee_id_kind": "KITAS", "examinee_id_number": "2C21JE0045-AW",
        "matter": "penolakan masuk penumpang Emirates penerbangan EK356 atas nama Jean-Baptiste "
                  "Olamide Ngozi-Eze (Prancis) yang masa berlaku paspornya kurang dari 6 (enam) "
                  "bulan",
        "lk_number": _CARRIER_LK,
        "questions": [
            {"question": "Apakah Saudara dalam keadaan sehat jasmani dan rohani serta bersedia "
                         "memberikan keterangan dengan sebenar-benarnya?",
             "answer": "Ya, saya dalam keadaan sehat jasmani dan rohani dan bersedia memberikan "
                       "keterangan dengan sebenar-benarnya."},
            {"question": "Apa jabatan Saudara dan apa tanggung jawab Saudara di Bandara "
                         "Soekarno-Hatta?",
             "answer": "Saya Duty Station Manager Emirates di Bandara Soekarno-Hatta sejak Januari "
                       "2024, bertanggung jawab atas penanganan penumpang dan penerbangan "
                       "Emirates."},
            {"question": "Apakah Saudara mengetahui bahwa penumpang atas nama Jean-Baptiste "
                         "Olamide Ngozi-Eze yang tiba dengan penerbangan EK356 pada hari ini "
                         "ditolak masuk?",
             "answer": "Ya, saya mengetahuinya dan telah menerima Pemberitahuan Penolakan Masuk "
                       "dari Pejabat Imigrasi."},
            {"question": "Apakah petugas Emirates di Dubai memeriksa masa berlaku paspor "
                         "penumpang tersebut sebelum keberangkatan?",
             "answer": "Petugas check-in di Dubai telah memeriksa paspor, tetapi tidak "
                       "memperhatikan bahwa paspor tersebut hanya berlaku sampai dengan tanggal "
                       "10 Januari 2027, kurang dari 6 (enam) bulan."},
            {"question": "Apakah Emirates bersedia memulangkan penumpang tersebut dan memenuhi "
                         "kewajiban biaya beban sesuai ketentuan?",
             "answer": "Ya. Emirates memulangkan penumpang dengan penerbangan EK357 hari ini dan "
                       "bersedia membayar biaya beban sesuai ketentuan yang berlaku."},
            {"question": "Apakah masih ada keterangan lain yang ingin Saudara sampaikan?",
             "answer": "Tidak ada. Semua keterangan yang saya berikan sudah benar."},
        ],
    }


def _ba_pendapat() -> dict[str, Any]:
    return {
        "opinion_at": datetime(2026, 11, 25, 2, 30, tzinfo=UTC),
        "location": "Ruang Kepala Seksi Pemeriksaan, Terminal 3 Bandara Soekarno-Hatta",
        "case_title": "Pengenaan biaya beban terhadap penanggung jawab alat angkut Emirates atas "
                      "penumpang penerbangan EK356 yang ditolak masuk",
        **_signer("official", "Bambang Sutrisno Hadiwijaya", "197502141998031002"),
        "members": [{"name": "Dewi Lestari Pangaribuan", "nip": "198805172010122003",
                     "position": "Supervisor TPI Terminal 3"}],
        "lk_number": _CARRIER_LK, "lk_date": date(2026, 11, 25),
        "bap_number": _CARRIER_BAP, "bap_date": date(2026, 11, 25),
        "facts": [
            "Pada hari Rabu, 25 November 2026 pukul 07.40 WIB, penumpang atas nama Jean-Baptiste "
            "Olamide Ngozi-Eze, kewarganegaraan Prancis, paspor Nomor 19FR42817, tiba dengan "
            "pesawat Emirates penerbangan EK356 dari Dubai.",
            "Paspor yang bersangkutan berlaku sampai dengan tanggal 10 Januari 2027, sehingga "
            "pada saat kedatangan masa berlakunya kurang dari 6 (enam) bulan.",
            "Pejabat Imigrasi menolak masuk yang bersangkutan dan menyampaikan Pemberitahuan "
            "Penolakan Masuk kepada Emirates.",
            "Duty Station Manager Emirates dalam pemeriksaan membenarkan bahwa petugas check-in "
            "di Dubai tidak memperhatikan masa berlaku paspor dan menyatakan bersedia "
            "memulangkan penumpang serta membayar biaya beban.",
        ],
        "legal_bases": [
            "Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian",
            "Peraturan Pemerintah Nomor 31 Tahun 2013 tentang Peraturan Pelaksanaan "
            "Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian",
            "Peraturan Pemerintah Nomor 28 Tahun 2019 tentang Jenis dan Tarif atas Jenis "
            "Penerimaan Negara Bukan Pajak yang Berlaku pada Kementerian Hukum dan Hak Asasi "
            "Manusia",
            "Peraturan Menteri Hukum dan Hak Asasi Manusia Nomor 44 Tahun 2015 tentang Tata "
            "Cara Masuk dan Keluar Wilayah Indonesia di Tempat Pemeriksaan Imigrasi",
        ],
        "legal_analysis": (
            "Setiap orang yang masuk Wilayah Indonesia wajib memiliki dokumen perjalanan yang "
            "sah dan masih berlaku, dan Pejabat Imigrasi menolak orang asing yang tidak "
            "memenuhinya. Penanggung jawab alat angkut wajib memeriksa kelengkapan dokumen "
            "perjalanan penumpangnya sebelum keberangkatan.\n\n"
            "Dari Laporan Kejadian dan Berita Acara Pemeriksaan diketahui bahwa Emirates "
            "membawa penumpang dengan paspor yang masa berlakunya kurang dari 6 (enam) bulan. "
            "Dengan demikian penanggung jawab alat angkut tidak memenuhi kewajibannya dan "
            "terhadapnya dapat dikenakan biaya beban sesuai ketentuan peraturan "
            "perundang-undangan."),
        "conclusion": (
            "Kami berpendapat bahwa terhadap penanggung jawab alat angkut Emirates patut "
            "dikenakan biaya beban atas penumpang atas nama Jean-Baptiste Olamide Ngozi-Eze, "
            "dan kewajiban memulangkan penumpang tersebut pada kesempatan pertama tetap "
            "berlaku."),
        "recommendation": "Agar Kepala Kantor menetapkan Keputusan tentang pengenaan biaya beban "
                          "terhadap penanggung jawab alat angkut Emirates.",
    }


def _surat_keputusan() -> dict[str, Any]:
    return {
        "considerations": [
            "bahwa pada tanggal 25 November 2026 Emirates penerbangan EK356 membawa penumpang "
            "atas nama Jean-Baptiste Olamide Ngozi-Eze yang paspornya berlaku kurang dari 6 "
            "(enam) bulan dan telah ditolak masuk Wilayah Indonesia, sebagaimana dimuat dalam "
            f"Laporan Kejadian Nomor {_CARRIER_LK} dan Berita Acara Pemeriksaan Nomor "
            f"{_CARRIER_BAP};",
            "bahwa terhadap penanggung jawab alat angkut tersebut patut dikenakan biaya beban, "
            f"sebagaimana pendapat dalam Berita Acara Pendapat Nomor {_CARRIER_PENDAPAT};",
            "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu "
            "menetapkan Keputusan Kepala Kantor Imigrasi tentang Pengenaan Biaya Beban terhadap "
            "Penanggung Jawab Alat Angkut;",
        ],
        "legal_bases": [
            "Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian;",
            "Peraturan Pemerintah Nomor 31 Tahun 2013 tentang Peraturan Pelaksanaan "
            "Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian;",
            "Peraturan Pemerintah Nomor 28 Tahun 2019 tentang Jenis dan Tarif atas Jenis "
            "Penerimaan Negara Bukan Pajak yang Berlaku pada Kementerian Hukum dan Hak Asasi "
            "Manusia;",
            "Peraturan Menteri Hukum dan Hak Asasi Manusia Nomor 44 Tahun 2015 tentang Tata "
            "Cara Masuk dan Keluar Wilayah Indonesia di Tempat Pemeriksaan Imigrasi;",
        ],
        "carrier_name": "Emirates",
        "responsible_party": "Farid Al-Mansouri, Duty Station Manager Emirates Bandara "
                             "Soekarno-Hatta",
        "carrier_address": "Jl. Jend. Sudirman Kav. 52-53, Senayan, Kebayoran Baru, "
                           "Jakarta Selatan",
        "flight_number": "EK356", "arrival_date": date(2026, 11, 25),
        "passenger_name": "Jean-Baptiste Olamide Ngozi-Eze", "passenger_nationality": "Prancis",
        "passenger_document_number": "19FR42817",
        "amount": 50_000_000, "billing_code": "820261125004388",
        "payment_due": datetime(2026, 12, 2, 16, 59, tzinfo=UTC),
        "decisions": [
            "Pengenaan biaya beban sebagaimana dimaksud dalam Diktum KESATU tidak menghapus "
            "kewajiban penanggung jawab alat angkut untuk membawa keluar penumpang tersebut dari "
            "Wilayah Indonesia pada kesempatan pertama.",
        ],
        "copy_to": ["Kepala Kantor Wilayah Direktorat Jenderal Imigrasi Banten",
                    "Kepala Bidang Tempat Pemeriksaan Imigrasi",
                    "Station Manager Emirates Bandara Soekarno-Hatta"],
        **_signer("head", "Roni Yudianto", "197706261997031001"),
    }


def _rekap_overstay() -> dict[str, Any]:
    def entry(hour: int, minute: int, name: str, nationality: str, passport: str, days: int,
              code: str, reference: str | None) -> dict[str, Any]:
        return {"billed_at": datetime(2026, 11, 25, hour, minute, tzinfo=UTC), "name": name,
                "nationality": nationality, "passport_number": passport, "days": days,
                "daily_rate": 1_000_000, "amount": days * 1_000_000, "billing_code": code,
                "payment_reference": reference, "paid": reference is not None}

    entries = [
        entry(0, 20, "Margaret Anne O'Sullivan-Whitfield", "Australia (AUS)", "PA8812345", 12,
              "820261125004217", "0A1B2C3D4E5F6G7H"),
        entry(1, 5, "Erika Mustermann", "Jerman (D)", "C01X00T47", 12, "820261125004231",
              "1B2C3D4E5F6G7H8J"),
        entry(2, 40, "Nguyen Van Thanh", "Vietnam (VNM)", "C4567890", 3, "820261125004259",
              "2C3D4E5F6G7H8J9K"),
        entry(4, 15, "Tanaka Hiroshi", "Jepang (JPN)", "TR1234567", 1, "820261125004276",
              "3D4E5F6G7H8J9K0L"),
        entry(6, 50, "Olusegun Adebayo Okonkwo-Williams", "Nigeria (NGA)", "A09876543", 27,
              "820261125004290", None),
        entry(9, 30, "Kim Min-jun", "Korea Selatan (KOR)", "M12345678", 2, "820261125004312",
              "4E5F6G7H8J9K0L1M"),
    ]
    return {
        "day": date(2026, 11, 25), "checkpoint": "TPI Bandara Internasional Soekarno-Hatta",
        "entries": entries,
        "total_count": 6, "total_days": 57, "total_billed": 57_000_000, "total_paid": 30_000_000,
        "notes": "Tagihan atas nama Olusegun Adebayo Okonkwo-Williams belum dibayar sampai akhir "
                 "hari; kode billing berlaku sampai 26 November 2026 pukul 23.59 WIB.",
        **_signer("preparer", "Sri Wahyuningsih", "199203152019022001"),
        **_signer("approver", "Bambang Sutrisno Hadiwijaya", "197502141998031002",
                  "Kepala Seksi Pemeriksaan II"),
    }


# The detention case of SOP Inteldakim C.2-4: a Nigerian visitor 97 days past his visit permit
# (UU 6/2011 pasal 78 ayat (3)), detained on Sunday 22 November 2026 and deported to Lagos on
# Thursday 26 November 2026 with Emirates EK357 via Dubai.
_DETENTION_DECISION = "W30.IMI.1-GR.04.01-0117/2026"
_DETENTION_ORDER = "W30.IMI.1-GR.04.02-0118/2026"
_DEPORTATION_DECISION = "W30.IMI.1-GR.04.01-0131/2026"
_RELEASE_ORDER = "W30.IMI.1-GR.04.02-0133/2026"
_ESCORT_ORDER = "W30.IMI.1-GR.04.02-0134/2026"
_DEPARTURE_CHECKPOINT = "Tempat Pemeriksaan Imigrasi Bandar Udara Internasional Soekarno-Hatta"
_LEGAL_BASES = [
    "Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian;",
    "Peraturan Pemerintah Nomor 31 Tahun 2013 tentang Peraturan Pelaksanaan Undang-Undang "
    "Nomor 6 Tahun 2011 tentang Keimigrasian sebagaimana telah beberapa kali diubah terakhir "
    "dengan Peraturan Pemerintah Nomor 48 Tahun 2021;",
    "Peraturan Menteri Hukum dan Hak Asasi Manusia Nomor 19 Tahun 2018 tentang Organisasi dan "
    "Tata Kerja Kantor Imigrasi sebagaimana telah diubah dengan Peraturan Menteri Hukum dan Hak "
    "Asasi Manusia Nomor 23 Tahun 2019;",
]


def _foreigner(prefix: str) -> dict[str, Any]:
    return {f"{prefix}_name": "Oluwaseun Chukwuemeka Adeyemi-Okafor",
            f"{prefix}_birth_place": "Lagos", f"{prefix}_birth_date": date(1988, 5, 2),
            f"{prefix}_sex": "Laki-laki", f"{prefix}_nationality": "Nigeria",
            f"{prefix}_passport_number": "A11223344",
            f"{prefix}_address": "Jl. Kemang Raya Gg. H. Naim No. 17 RT 004/RW 002, Kel. Bangka, "
                                 "Kec. Mampang Prapatan, Jakarta Selatan"}


def _officers(*names: str) -> list[dict[str, Any]]:
    roster = {
        "rizky": {"name": "Muhammad Rizky Fadhilah Nasution", "nip": "199207212015031003",
                  "rank": "Penata Muda Tk. I (III/b)",
                  "position": "Pengawas Imigrasi Ahli Pertama"},
        "yohanes": {"name": "Yohanes Bastian Manurung", "nip": "198811032010121001",
                    "rank": "Penata (III/c)", "position": "Analis Keimigrasian Ahli Muda"},
        "andreas": {"name": "Andreas Hutapea Simanjuntak", "nip": "198503122009121002",
                    "rank": "Penata Tk. I (III/d)",
                    "position": "Kepala Seksi Penindakan Keimigrasian"},
        "maharani": {"name": "Ni Luh Putu Ayu Maharani Dewi", "nip": "199509142018012001",
                     "rank": None, "position": "Pengawas Imigrasi Ahli Pertama"},
    }
    return [dict(roster[n]) for n in names]


def _ba_pendetensian() -> dict[str, Any]:
    return {
        "detained_at": datetime(2026, 11, 22, 7, 45, tzinfo=UTC),
        "officers": _officers("rizky", "yohanes"),
        **_foreigner("detainee"),
        "ground": "tanpa_izin_tinggal",
        "violation": "izin tinggal kunjungan yang bersangkutan berakhir pada tanggal 17 Agustus "
                     "2026 dan yang bersangkutan masih berada di Wilayah Indonesia selama 97 "
                     "(sembilan puluh tujuh) hari melampaui batas waktu izin tinggalnya",
        "decision_number": _DETENTION_DECISION, "decision_date": date(2026, 11, 22),
        "order_number": _DETENTION_ORDER, "order_date": date(2026, 11, 22),
        "referral": "Nota Dinas Kepala Seksi Penindakan Keimigrasian Nomor "
                    "W30.IMI.1-GR.04.05-0112/2026 tentang usulan Tindakan Administratif "
                    "Keimigrasian",
        "room": "Blok B kamar 3",
        "health": "sehat, berdasarkan Surat Keterangan Sehat Klinik Kantor Kesehatan Pelabuhan "
                  "Bandara Soekarno-Hatta tanggal 22 November 2026.",
    }


def _ba_penggeledahan() -> dict[str, Any]:
    return {
        "searched_at": datetime(2026, 11, 22, 6, 45, tzinfo=UTC),
        "officers": _officers("rizky", "yohanes"),
        **_foreigner("detainee"),
        "order_number": _DETENTION_ORDER, "order_date": date(2026, 11, 22),
        "items": [
            {"description": "Paspor Nigeria Nomor A11223344", "quantity": 1, "unit": "buku",
             "action": "Dititipkan kepada petugas", "remarks": "Asli, izin tinggal berakhir"},
            {"description": "Telepon genggam merek Samsung Galaxy A54 beserta pengisi daya",
             "quantity": 1, "unit": "unit", "action": "Dititipkan kepada petugas",
             "remarks": "Disegel"},
            {"description": "Uang tunai rupiah, dolar Amerika Serikat, dan naira", "quantity": 1,
             "unit": "amplop", "action": "Dititipkan kepada petugas",
             "remarks": "Rincian dalam Tanda Terima Keperluan Deteni"},
            {"description": "Ikat pinggang kulit", "quantity": 1, "unit": "buah",
             "action": "Dititipkan kepada petugas", "remarks": "Dilarang di ruang detensi"},
            {"description": "Pakaian ganti dan perlengkapan ibadah", "quantity": 1,
             "unit": "tas", "action": "Dibawa deteni ke ruang detensi", "remarks": None},
        ],
        "outcome": "Tidak ditemukan narkotika, senjata, atau barang lain yang dilarang dibawa ke "
                   "dalam Ruang Detensi Imigrasi.\n\n"
                   "Barang bawaan yang tidak boleh dibawa ke ruang detensi dititipkan kepada "
                   "petugas; pakaian dan perlengkapan ibadah dibawa oleh Deteni.",
        "witnesses": [{"name": "Andreas Hutapea Simanjuntak", "id_number": "198503122009121002",
                       "position": "Kepala Seksi Penindakan Keimigrasian"},
                      {"name": "Chinedu Emmanuel Okonkwo", "id_number": None,
                       "position": "Staf Kedutaan Besar Republik Federal Nigeria"}],
    }


def _ba_pengeluaran() -> dict[str, Any]:
    return {
        "released_at": datetime(2026, 11, 26, 6, 0, tzinfo=UTC),
        "officers": _officers("rizky", "maharani"),
        **_foreigner("detainee"),
        "detained_since": date(2026, 11, 22),
        "reason": "deportasi",
        "destination": f"{_DEPARTURE_CHECKPOINT}, untuk diberangkatkan dengan Emirates EK357 "
                       "ke Lagos melalui Dubai",
        "decision_number": _DEPORTATION_DECISION, "decision_date": date(2026, 11, 24),
        "order_number": _RELEASE_ORDER, "order_date": date(2026, 11, 25),
        "belongings": [
            {"description": "Paspor Nigeria Nomor A11223344 (bercap deportasi)", "quantity": 1,
             "unit": "buku", "condition": "Baik"},
            {"description": "Telepon genggam merek Samsung Galaxy A54 beserta pengisi daya, "
                            "segel Nomor RDI-SH/0457", "quantity": 1, "unit": "unit",
             "condition": "Baik, segel utuh"},
            {"description": "Amplop uang tunai IDR 850.000, USD 260, NGN 15.000, segel Nomor "
                            "RDI-SH/0458", "quantity": 1, "unit": "amplop",
             "condition": "Lengkap, segel utuh"},
            {"description": "Ikat pinggang kulit", "quantity": 1, "unit": "buah",
             "condition": "Baik"},
        ],
    }


def _order(tasks: list[str] | None = None, **more: Any) -> dict[str, Any]:
    return {
        "bases": [*_LEGAL_BASES, *more.pop("bases")],
        "officers": more.pop("officers"),
        **_foreigner("detainee"),
        "tasks": tasks or [],
        "copy_to": ["Kepala Kantor Wilayah Direktorat Jenderal Imigrasi Banten",
                    "Kepala Bidang Intelijen dan Penindakan Keimigrasian"],
        **more,
        **_signer("head", "Roni Yudianto", "197706261997031001"),
    }


def _sp_pendetensian() -> dict[str, Any]:
    return _order(bases=[f"Keputusan Kepala Kantor Imigrasi Kelas I Khusus TPI Soekarno-Hatta "
                         f"Nomor {_DETENTION_DECISION} tanggal 22 November 2026 tentang "
                         "Tindakan Administratif Keimigrasian berupa Pendetensian."],
                  officers=_officers("andreas", "rizky", "yohanes"),
                  issued_on=date(2026, 11, 22), valid_from=date(2026, 11, 22))


def _sp_pengeluaran() -> dict[str, Any]:
    return _order(bases=[f"Keputusan Kepala Kantor Imigrasi Kelas I Khusus TPI Soekarno-Hatta "
                         f"Nomor {_DEPORTATION_DECISION} tanggal 24 November 2026 tentang "
                         "Tindakan Administratif Keimigrasian berupa Pendeportasian."],
                  officers=_officers("rizky", "maharani"),
                  valid_until=date(2026, 11, 26))


def _sp_pengawalan() -> dict[str, Any]:
    return _order(
        bases=[f"Keputusan Kepala Kantor Imigrasi Kelas I Khusus TPI Soekarno-Hatta Nomor "
               f"{_DEPORTATION_DECISION} tanggal 24 November 2026 tentang Tindakan "
               "Administratif Keimigrasian berupa Pendeportasian;",
               f"Surat Perintah Pengeluaran Deteni Nomor {_RELEASE_ORDER} tanggal 25 November "
               "2026."],
        officers=_officers("andreas", "rizky", "maharani"),
        tasks=["Melakukan pengawalan terhadap Deteni tersebut di bawah ini dari Ruang Detensi "
               "Imigrasi sampai dengan Terminal 3 Bandar Udara Internasional Soekarno-Hatta "
               "untuk diberangkatkan dengan Emirates EK357 pada hari Kamis, 26 November 2026 "
               "pukul 17.40 WIB;",
               "Memastikan Deteni telah menjalani pemeriksaan keimigrasian keberangkatan dan "
               "masuk ke pesawat sampai dengan pesawat lepas landas;",
               "Menyusun laporan pelaksanaan Pendeportasian dan menyampaikannya kepada Kepala "
               "Kantor."],
        valid_until=date(2026, 11, 26))


def _surat_pengawasan_keberangkatan() -> dict[str, Any]:
    return {
        "checkpoint": _DEPARTURE_CHECKPOINT,
        **_foreigner("deportee"),
        "decision_number": _DEPORTATION_DECISION, "decision_date": date(2026, 11, 24),
        "carrier_name": "Emirates", "flight_number": "EK357",
        "departure_at": datetime(2026, 11, 26, 10, 40, tzinfo=UTC),
        "route": "Jakarta (CGK) - Dubai (DXB) - Lagos (LOS), lanjutan EK783",
        "destination": "Lagos, Nigeria", "ticket_number": "176-2417733590",
        "escorts": _officers("andreas", "rizky", "maharani"),
        "escort_order_number": _ESCORT_ORDER, "escort_order_date": date(2026, 11, 25),
        "attachments": [f"Salinan Keputusan Pendeportasian Nomor {_DEPORTATION_DECISION}",
                        "Salinan paspor Nomor A11223344", "Salinan tiket Emirates EK357/EK783"],
        "copy_to": ["Kepala Kantor Wilayah Direktorat Jenderal Imigrasi Banten",
                    "Kepala Bidang Intelijen dan Penindakan Keimigrasian"],
        **_signer("head", "Roni Yudianto", "197706261997031001"),
    }


def _tanda_terima_deteni() -> dict[str, Any]:
    return {
        "received_at": datetime(2026, 11, 22, 7, 20, tzinfo=UTC),
        **_foreigner("detainee"),
        "items": [
            {"description": "Peralatan mandi (sabun, sikat gigi, pasta gigi, sampo)",
             "quantity": 1, "unit": "paket", "condition": "Baru"},
            {"description": "Handuk", "quantity": 1, "unit": "lembar", "condition": "Baru"},
            {"description": "Kasur busa", "quantity": 1, "unit": "buah", "condition": "Baik"},
            {"description": "Bantal dan selimut", "quantity": 1, "unit": "set",
             "condition": "Baik"},
            {"description": "Pakaian deteni", "quantity": 2, "unit": "stel",
             "condition": "Baru"},
        ],
        "valuables": [
            {"description": "Telepon genggam merek Samsung Galaxy A54 beserta pengisi daya",
             "quantity": 1, "unit": "unit", "seal_number": "RDI-SH/0457",
             "remarks": "Dalam keadaan mati"},
            {"description": "Jam tangan merek Casio", "quantity": 1, "unit": "buah",
             "seal_number": "RDI-SH/0457", "remarks": None},
        ],
        "cash": [
            {"currency": "IDR", "denomination": 100_000, "count": 7},
            {"currency": "IDR", "denomination": 50_000, "count": 3},
            {"currency": "USD", "denomination": 100, "count": 2},
            {"currency": "USD", "denomination": 20, "count": 3},
            {"currency": "NGN", "denomination": 1_000, "count": 15},
        ],
        "cash_totals": [{"currency": "IDR", "amount": 850_000},
                        {"currency": "USD", "amount": 260},
                        {"currency": "NGN", "amount": 15_000}],
        "cash_seal_number": "RDI-SH/0458",
        **_signer("officer", "Ni Luh Putu Ayu Maharani Dewi", "199509142018012001"),
    }


def _sk_deportasi() -> dict[str, Any]:
    return {
        "considerations": [
            "bahwa Oluwaseun Chukwuemeka Adeyemi-Okafor, warga negara Nigeria, pemegang paspor "
            "Nomor A11223344, berada di Wilayah Indonesia melampaui batas waktu izin tinggal "
            "kunjungannya yang berakhir pada tanggal 17 Agustus 2026 lebih dari 60 (enam puluh) "
            "hari dan telah ditempatkan di Ruang Detensi Imigrasi berdasarkan Keputusan Nomor "
            f"{_DETENTION_DECISION};",
            "bahwa berdasarkan Pasal 78 ayat (3) Undang-Undang Nomor 6 Tahun 2011 tentang "
            "Keimigrasian, terhadap Orang Asing tersebut dikenai Tindakan Administratif "
            "Keimigrasian berupa Deportasi dan Penangkalan;",
            "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu "
            "menetapkan Keputusan Kepala Kantor Imigrasi tentang Tindakan Administratif "
            "Keimigrasian berupa Pendeportasian;",
        ],
        "legal_bases": _LEGAL_BASES,
        **_foreigner("deportee"),
        "deportation_reason": "berada di Wilayah Indonesia melampaui batas waktu izin tinggal "
                              "lebih dari 60 (enam puluh) hari sebagaimana dimaksud dalam Pasal "
                              "78 ayat (3) Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian",
        "exit_checkpoint": _DEPARTURE_CHECKPOINT,
        "destination": "Lagos, Nigeria",
        "deport_by": date(2026, 12, 8),
        "costs_borne_by": "Orang Asing yang bersangkutan dengan bantuan Kedutaan Besar Republik "
                          "Federal Nigeria di Jakarta",
        "propose_ban": True, "ban_period": "6 (enam) bulan",
        "decisions": ["Paspor Orang Asing sebagaimana dimaksud dalam Diktum KESATU diberi cap "
                      "deportasi dan diserahkan kembali kepada yang bersangkutan pada saat "
                      "keberangkatan."],
        "copy_to": ["Direktur Jenderal Imigrasi",
                    "Kepala Kantor Wilayah Direktorat Jenderal Imigrasi Banten",
                    "Kedutaan Besar Republik Federal Nigeria di Jakarta"],
        "set_on": date(2026, 11, 24),
        **_signer("head", "Roni Yudianto", "197706261997031001"),
    }


def _sk_pemindahan() -> dict[str, Any]:
    return {
        "considerations": [
            "bahwa Oluwaseun Chukwuemeka Adeyemi-Okafor, warga negara Nigeria, pemegang paspor "
            "Nomor A11223344, ditempatkan di Ruang Detensi Imigrasi berdasarkan Keputusan Nomor "
            f"{_DETENTION_DECISION} sambil menunggu pelaksanaan pendeportasian;",
            "bahwa pendeportasian belum dapat dilaksanakan dalam waktu dekat, sedangkan Ruang "
            "Detensi Imigrasi merupakan tempat penampungan sementara, sehingga Orang Asing "
            "tersebut perlu dipindahkan ke Rumah Detensi Imigrasi;",
        ],
        "legal_bases": _LEGAL_BASES,
        **_foreigner("detainee"),
        "transfer_reason": "pendeportasiannya belum dapat dilaksanakan dalam waktu dekat",
        "destination": "Rumah Detensi Imigrasi Jakarta",
        "transfer_by": date(2026, 12, 1),
        "copy_to": ["Direktur Jenderal Imigrasi", "Kepala Rumah Detensi Imigrasi Jakarta"],
        "set_on": date(2026, 11, 27),
        **_signer("head", "Roni Yudianto", "197706261997031001"),
    }


def _register_deteni() -> dict[str, Any]:
    def entry(number: str, name: str, nationality: str, passport: str, ground: str, room: str,
              since: date, days: int, alerts: str) -> dict[str, Any]:
        return {"number": number, "name": name, "nationality": nationality,
                "passport_number": passport, "ground": ground, "room": room,
                "detained_on": since, "days": days, "alerts": alerts}

    return {
        "day": date(2026, 11, 26),
        "entries": [
            entry("SHA/C2/2026/00031", "Oluwaseun Chukwuemeka Adeyemi-Okafor", "Nigeria",
                  "A11223344", "Tanpa izin tinggal yang sah", "Ruang A1", date(2026, 10, 30),
                  28, "Peninjauan jatuh tempo 29-11-2026 (3 hari lagi)"),
            entry("SHA/C2/2026/00034", "Mohammad Rafiqul Islam Chowdhury", "Bangladesh", "",
                  "Tanpa dokumen perjalanan yang sah", "Ruang A2", date(2026, 11, 20), 7, ""),
        ],
        "total_count": 2, "total_alerts": 1,
        **_signer("preparer", "Yohanes Bastian Manurung", "198811032010121001"),
    }


def _register_deportasi() -> dict[str, Any]:
    def entry(hour: int, minute: int, name: str, nationality: str, passport: str, decision: str,
              reason: str, flight: str, destination: str, ban: bool,
              status: str) -> dict[str, Any]:
        return {"departure_at": datetime(2026, 11, 26, hour, minute, tzinfo=UTC), "name": name,
                "nationality": nationality, "passport_number": passport,
                "decision_number": decision, "reason": reason, "flight_number": flight,
                "destination": destination, "ban_proposed": ban, "status": status}

    entries = [
        entry(1, 55, "Zhang Weilong", "Tiongkok (CHN)", "EH4417283",
              "W30.IMI.1-GR.04.01-0127/2026", "Bekerja tanpa izin (Pasal 75 UU 6/2011)",
              "CZ388", "Guangzhou, Tiongkok", True, "Terlaksana"),
        entry(4, 30, "Yekaterina Vladimirovna Sokolova-Belyaeva", "Rusia (RUS)", "758812340",
              "W30.IMI.1-GR.04.01-0129/2026", "Overstay lebih dari 60 hari", "QR957",
              "Moskwa, Rusia", True, "Terlaksana"),
        entry(10, 40, "Oluwaseun Chukwuemeka Adeyemi-Okafor", "Nigeria (NGA)", "A11223344",
              _DEPORTATION_DECISION, "Overstay lebih dari 60 hari", "EK357",
              "Lagos, Nigeria", True, "Dijadwalkan"),
        entry(14, 5, "Mohammad Rafiqul Islam Chowdhury", "Bangladesh (BGD)", "A04561278",
              "W30.IMI.1-GR.04.01-0132/2026", "Tanpa dokumen perjalanan yang sah", "MH724",
              "Dhaka, Bangladesh", False, "Ditunda"),
    ]
    return {
        "day": date(2026, 11, 26), "entries": entries,
        "total_count": 4, "total_carried_out": 2, "total_ban_proposals": 3,
        "notes": "Pendeportasian Mohammad Rafiqul Islam Chowdhury ditunda karena Surat Perjalanan "
                 "Laksana Paspor dari Kedutaan Besar Bangladesh belum diterima; dijadwalkan "
                 "ulang setelah dokumen diterbitkan.",
        **_signer("preparer", "Yohanes Bastian Manurung", "198811032010121001"),
        **_signer("approver", "Andreas Hutapea Simanjuntak", "198503122009121002",
                  "Kepala Seksi Penindakan Keimigrasian"),
    }


def _register_dokumen() -> dict[str, Any]:
    def entry(hour: int, minute: int, number: str, title: str, holder: str | None,
              issued_by: str, pages: int, prints: int, reprints: int = 0,
              qc: str | None = "Baik", void_reason: str | None = None) -> dict[str, Any]:
        return {"issued_at": datetime(2026, 11, 25, hour, minute, tzinfo=UTC), "number": number,
                "title": title, "holder": holder, "issued_by": issued_by, "pages": pages,
                "prints": prints, "reprints": reprints, "qc": qc,
                "voided": void_reason is not None, "void_reason": void_reason}

    entries = [
        entry(0, 20, "W30.IMI.1-GR.01.01-0039/2026", "Cap Tanda Masuk/Keluar", "X7K2J9QL4",
              "konter12", 1, 1),
        entry(2, 40, "W30.IMI.1-GR.01.01-0040/2026", "Surat Tanda Penerimaan",
              "Raden Ajeng Siti Nurhaliza Kusumawardhani binti Haji Abdurrahman", "supervisor",
              2, 2, reprints=1),
        entry(2, 55, "W30.IMI.1-GR.01.01-0041/2026", "Laporan Kejadian",
              "Raden Ajeng Siti Nurhaliza Kusumawardhani binti Haji Abdurrahman", "supervisor",
              2, 1),
        entry(5, 10, "W30.IMI.1-GR.01.01-0043/2026", "Slip Tagihan Biaya Beban",
              "Margaret Anne O'Sullivan-Whitfield", "supervisor", 1, 0, qc=None,
              void_reason="Salah jumlah hari overstay; diterbitkan ulang"),
    ]
    return {
        "day": date(2026, 11, 25), "entries": entries, "total_count": 4, "total_prints": 4,
        "total_reprints": 1, "total_voided": 1,
        **_signer("preparer", "Agustinus Hendrawan Purba", "199003142015031002"),
        **_signer("approver", "Sri Wahyuningsih", "199203152019022001",
                  "Kepala Subbagian Tata Usaha"),
    }


def _register_paspor() -> dict[str, Any]:
    def entry(hour: int, minute: int, application: str, name: str, kind: str, reason: str,
              passport: str, fee: int, express: bool = False,
              status: str = "Diserahkan") -> dict[str, Any]:
        return {"issued_at": datetime(2026, 11, 25, hour, minute, tzinfo=UTC),
                "application_number": application, "name": name, "passport_type": kind,
                "application_kind": reason, "passport_number": passport,
                "valid_until": date(2036, 11, 24) if "10 tahun" in kind else date(2031, 11, 24),
                "fee": fee, "express": express, "status": status}

    entries = [
        entry(1, 15, "2026112501812", "Muhammad Rizky Fadhilah Nasution",
              "Paspor biasa elektronik 10 tahun", "Baru", "E2417733", 950_000),
        entry(2, 5, "2026112501819",
              "Raden Ajeng Siti Nurhaliza Kusumawardhani binti Haji Abdurrahman",
              "Paspor biasa elektronik 10 tahun", "Penggantian hilang", "E2417734",
              950_000 + 1_000_000),
        entry(3, 30, "2026112501823", "Ni Luh Putu Ayu Maharani Dewi",
              "Paspor biasa non-elektronik 5 tahun", "Penggantian habis berlaku", "C9182736",
              350_000),
        entry(6, 45, "2026112501840", "Yohanes Bastian Manurung",
              "Paspor biasa elektronik 5 tahun", "Baru", "E2417735", 650_000 + 1_000_000,
              express=True, status="Belum diambil"),
    ]
    return {
        "day": date(2026, 11, 25), "entries": entries, "total_count": 4,
        "total_handed_over": 3, "total_fee": 4_900_000,
        "notes": "Paspor atas nama Raden Ajeng Siti Nurhaliza Kusumawardhani dikenakan biaya "
                 "beban paspor hilang Rp1.000.000 berdasarkan Berita Acara Pemeriksaan.",
        **_signer("preparer", "Dewi Kartika Sari Simatupang", "199107232014022001"),
        **_signer("approver", "Bambang Sutrisno Hadiwijaya", "197502141998031002",
                  "Kepala Seksi Lalu Lintas Keimigrasian"),
    }


# The stay permits of SOP izin tinggal: an Australian married to an Indonesian extends her
# ITAS (index E31A, family reunion) for the first time; a Dutch ITAP holder of ten years asks for
# the SKIM her naturalisation application needs.
_ITAS_HOLDER = {
    "permit_index": "E31A", "register_number": "2C21JE0873-AW",
    "holder_name": "Margaret Anne O'Sullivan-Whitfield", "sex": "Perempuan",
    "birth_date": date(1979, 3, 14), "nationality": "Australia", "passport_number": "PA8812345",
    "valid_until": date(2027, 11, 22),
    "purpose": "Penyatuan keluarga (istri Warga Negara Indonesia)",
    "sponsor": "Bagus Adi Prasetyo Wibisono (suami, WNI)",
    "address": "Jl. Daan Mogot Km 21 Gg. Mawar No. 7 RT 003/RW 005, Kel. Poris Plawad, "
               "Kec. Cipondoh, Kota Tangerang, Banten",
}


def sample_photo() -> bytes:
    """A small passport-style portrait (PNG): a head and shoulders on a plain background."""
    image = Image.new("RGB", (160, 200), (214, 226, 240))
    draw = ImageDraw.Draw(image)
    draw.ellipse((20, 130, 140, 260), fill=(46, 64, 98))
    draw.ellipse((50, 40, 110, 120), fill=(226, 190, 160))
    draw.pieslice((46, 30, 114, 100), 180, 360, fill=(150, 96, 48))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _stiker_izin_tinggal() -> dict[str, Any]:
    return {
        "permit_kind": "ITAS", "activity": "Perpanjangan", "extension_count": 1,
        **_ITAS_HOLDER, "valid_from": date(2026, 11, 23),
        **_signer("signer", "Roni Yudianto", "197706261997031001"),
    }


def _kartu_izin_tinggal() -> dict[str, Any]:
    return {"permit_kind": "ITAS", "photo": sample_photo(), **_ITAS_HOLDER}


def _skim() -> dict[str, Any]:
    def permit(kind: str, number: str, start: date, end: date) -> dict[str, Any]:
        return {"kind": kind, "number": number, "valid_from": start, "valid_until": end}

    return {
        "holder_name": "Wilhelmina Johanna van den Berg-Hoogendijk",
        "holder_birth_place": "Rotterdam", "holder_birth_date": date(1981, 9, 30),
        "holder_sex": "Perempuan", "holder_nationality": "Belanda",
        "holder_passport_number": "NXR4K71P2", "holder_passport_expiry": date(2031, 5, 3),
        "holder_address": "Perumahan Taman Royal 2, Jl. Cemara Blok E3 No. 11 RT 006/RW 009, "
                          "Kel. Poris Plawad Indah, Kec. Cipondoh, Kota Tangerang, Banten",
        "permits": [
            permit("ITAS", "2C21JE1187-AW", date(2016, 3, 14), date(2017, 3, 13)),
            permit("ITAS", "2C21JE2290-AW", date(2017, 3, 14), date(2018, 3, 13)),
            permit("ITAS", "2C21JE3342-AW", date(2018, 3, 14), date(2019, 3, 13)),
            permit("ITAP", "2D11JE0412-AW", date(2019, 3, 14), date(2024, 3, 13)),
            permit("ITAP", "2D11JE0412-AW", date(2024, 3, 14), date(2029, 3, 13)),
        ],
        "purpose": "persyaratan permohonan pewarganegaraan Republik Indonesia",
        "certificate_valid_until": date(2027, 2, 25),
        "copy_to": ["Direktur Jenderal Imigrasi",
                    "Kepala Kantor Wilayah Direktorat Jenderal Imigrasi Banten"],
        **_signer("head", "Roni Yudianto", "197706261997031001"),
    }


def _tanda_terima_permohonan() -> dict[str, Any]:
    return {
        "service": "Perpanjangan Izin Tinggal Terbatas (ITAS)",
        "application_number": "ITAS-SOETTA-2026-004127",
        "received_at": datetime(2026, 11, 25, 2, 20, tzinfo=UTC),
        "applicant_name": "Alejandro Fernández de Córdoba y Montenegro-Villanueva",
        "applicant_nationality": "Spanyol", "applicant_id_number": "PAF482913",
        "applicant_phone": "+62 812-8765-4321",
        "applicant_address": "Jl. Marsekal Suryadarma Gg. Melati No. 12 RT 005/RW 011, "
                             "Selapajang Jaya, Neglasari, Kota Tangerang, Banten 15127",
        "sponsor": "PT Angkasa Teknik Dirgantara Nusantara, Gedung Hangar 4 Kawasan Bandara "
                   "Soekarno-Hatta, Tangerang",
        "documents": [
            {"name": "Paspor kebangsaan Spanyol Nomor PAF482913", "form": "Asli", "count": 1},
            {"name": "Kartu Izin Tinggal Terbatas elektronik yang masih berlaku", "form": "Asli",
             "count": 1},
            {"name": "Surat permohonan dan surat jaminan dari penjamin", "form": "Asli",
             "count": 1},
            {"name": "Paspor seluruh halaman", "form": "Fotokopi", "count": 1},
            {"name": "Notifikasi Rencana Penggunaan Tenaga Kerja Asing (RPTKA)",
             "form": "Fotokopi", "count": 1},
            {"name": "Surat keterangan domisili dari kelurahan", "form": "Fotokopi",
             "count": 2},
        ],
        "expected_on": date(2026, 12, 2),
        "tracking_note": "Status permohonan dapat dipantau melalui layanan WhatsApp Gateway "
                         "Kantor Imigrasi dengan menyebutkan nomor permohonan.",
        **_signer("officer", "Agustina Rahmawati Lubis", "199408172019012003"),
    }


def _tanda_terima_pembayaran() -> dict[str, Any]:
    return {
        "payer_name": "Bernadetta Maria Goretti Sekar Ayuningtyas Wibisono",
        "application_number": "PSP-SOETTA-2026-018907", "service": "Paspor biasa baru",
        # PP 45/2024: an electronic passport valid for 10 years.
        "items": [{"description": "Paspor biasa elektronik masa berlaku 10 tahun",
                   "quantity": 1, "unit": "buku", "rate": 950_000}],
        "total": 950_000, "billing_code": "820261125019073", "ntpn": "B7E40C2F19A3D865",
        "channel": "Bank Rakyat Indonesia (BRI), aplikasi BRImo",
        "paid_at": datetime(2026, 11, 25, 2, 35, tzinfo=UTC),
        **_signer("officer", "Fransiska Romana Dwi Hastuti", "198709242011012002"),
    }


def _tanda_terima_kompensasi() -> dict[str, Any]:
    # Paid on Wednesday 18 November; the second working day after is Friday 20 November; the
    # passport was allocated on Tuesday 24 November and delivered the next day.
    return {
        "applicant_name": "Yohana Theresia Magdalena Hutabarat-Simanjuntak",
        "application_number": "PSP-SOETTA-2026-018455", "passport_number": "E2416981",
        "paid_on": date(2026, 11, 18), "allocation_deadline": date(2026, 11, 20),
        "allocated_on": date(2026, 11, 24),
        "delivery_address": "Perumahan Bumi Asri Blok C3 No. 17 RT 003/RW 008, Kedaung Wetan, "
                            "Neglasari, Kota Tangerang, Banten 15128",
        "delivered_at": datetime(2026, 11, 25, 7, 30, tzinfo=UTC),
        "recipient_name": "Yohana Theresia Magdalena Hutabarat-Simanjuntak",
        **_signer("officer", "Rahmat Hidayatullah", "199001012015031004"),
    }


def _tanda_terima_izin_tinggal() -> dict[str, Any]:
    # SOP Perpanjangan ITK step 1: received Wednesday 25 November 2026, 09.20 WIB.
    return {
        "application_number": "ITK-SOETTA-2026-007315",
        "application_type": "Perpanjangan Izin Tinggal Kunjungan",
        "received_at": datetime(2026, 11, 25, 2, 20, tzinfo=UTC),
        "applicant_name": "Kenji Watanabe-Takahashi", "applicant_birth_place": "Osaka",
        "applicant_birth_date": date(1988, 6, 2), "applicant_sex": "Laki-laki",
        "applicant_nationality": "Jepang", "applicant_passport_number": "TR4827163",
        "applicant_address": "Jl. Benteng Betawi No. 88 RT 002/RW 004, Poris Plawad Indah, "
                             "Cipondoh, Kota Tangerang, Banten 15141",
        "applicant_phone": "+62 813-1177-2046",
        "sponsor_name": "Dwi Ayu Kartika Sari", "sponsor_kind": "Perorangan",
        "sponsor_id_kind": "NIK", "sponsor_id_number": "3671014506900003",
        "sponsor_address": "Jl. Benteng Betawi No. 88 RT 002/RW 004, Poris Plawad Indah, "
                           "Cipondoh, Kota Tangerang, Banten 15141",
        "sponsor_phone": "0812-9034-5521",
        "requirements": [
            {"title": "Surat permohonan perpanjangan izin tinggal kunjungan", "present": True,
             "scanned": True},
            {"title": "Paspor kebangsaan Jepang Nomor TR4827163 (asli)", "present": True,
             "scanned": True},
            {"title": "Surat jaminan dari penjamin", "present": True, "scanned": True},
            {"title": "Fotokopi KTP penjamin", "present": True, "scanned": False},
            {"title": "Tiket kembali atau tiket lanjutan", "present": False, "scanned": False},
        ],
        "expected_on": date(2026, 11, 30), "fee_amount": 500_000,
        "tracking_note": "Status permohonan dapat dipantau melalui layanan WhatsApp Gateway "
                         "Kantor Imigrasi dengan menyebutkan nomor permohonan.",
        **_signer("officer", "Agustina Rahmawati Lubis", "199408172019012003"),
    }


def _surat_penolakan_izin_tinggal() -> dict[str, Any]:
    return {
        "nature": "Segera",
        "application_number": "ITK-SOETTA-2026-007288",
        "application_type": "Perpanjangan Izin Tinggal Kunjungan",
        "applied_on": date(2026, 11, 20),
        "applicant_name": "Olivia Charlotte Beaumont-Fitzgerald",
        "applicant_birth_place": "Manchester", "applicant_birth_date": date(1993, 9, 17),
        "applicant_sex": "Perempuan", "applicant_nationality": "Inggris",
        "applicant_passport_number": "538219764",
        "applicant_address": "Apartemen Mutiara Bandara Tower B Lt. 9 No. 912, Jl. Husein "
                             "Sastranegara, Benda, Kota Tangerang, Banten 15125",
        "sponsor_name": "PT Cahaya Wisata Nusantara",
        "reasons": [
            {"reason": "Izin Tinggal Kunjungan yang bersangkutan telah diperpanjang sebanyak "
                       "4 (empat) kali sehingga tidak dapat diperpanjang kembali.",
             "rule": "permit.extension.max_count",
             "legal_basis": "Peraturan Menteri Hukum dan Hak Asasi Manusia Nomor 22 Tahun 2023 "
                            "tentang Visa dan Izin Tinggal"},
            {"reason": "Surat jaminan dari penjamin tidak ditandatangani oleh pimpinan badan "
                       "usaha.", "rule": "permit.requirements.sponsor_letter"},
        ],
        "fee_paid": True,
        "permit_valid_until": date(2026, 12, 4),
        "copy_to": ["Kepala Kantor Wilayah Direktorat Jenderal Imigrasi Banten",
                    "Direktur Izin Tinggal Keimigrasian"],
        **_signer("head", "Roni Yudianto", "197706261997031001"),
    }


def _berita_acara_serah_terima_blangko() -> dict[str, Any]:
    return {
        "received_at": datetime(2026, 11, 25, 2, 30, tzinfo=UTC),
        "received_from": "Direktorat Dokumen Perjalanan, Direktorat Jenderal Imigrasi",
        "delivery_note": "IMI.4-UM.01.01-3371/2026",
        "items": [{"kind": "Paspor biasa elektronik 48 halaman", "first_serial": "E2410001",
                   "last_serial": "E2420000", "quantity": 10_000},
                  {"kind": "Paspor biasa non-elektronik 48 halaman",
                   "first_serial": "C9180001", "last_serial": "C9182500", "quantity": 2_500}],
        **_signer("receiver", "Dewi Kartika Sari Simatupang", "199107232014022001"),
        **_signer("approver", "Bambang Sutrisno Hadiwijaya", "197502141998031002"),
    }


def _berita_acara_kerusakan_blangko() -> dict[str, Any]:
    return {
        "damaged_at": datetime(2026, 11, 25, 4, 10, tzinfo=UTC),
        "serial": "E2417736", "kind": "Paspor biasa elektronik 48 halaman",
        "application_number": "2026112501840",
        "reason": "Foto pemohon tercetak bergaris pada halaman data karena pita printer "
                  "terlipat; lapisan laminasi menggelembung.",
        **_signer("officer", "Dewi Kartika Sari Simatupang", "199107232014022001"),
        "witnesses": [{"name": "Rahmat Hidayatullah", "id_number": "199001012015031004",
                       "position": "Petugas Paspor"}],
        **_signer("approver", "Bambang Sutrisno Hadiwijaya", "197502141998031002"),
    }


def _label_pos() -> dict[str, Any]:
    return {"recipient_name": "Raden Ajeng Siti Nurhaliza Kusumawardhani",
            "recipient_address": "Jl. Kaliurang Km 7,5 Gg. Melati No. 12 RT 005/RW 011, "
                                 "Sinduharjo, Ngaglik, Sleman, Daerah Istimewa Yogyakarta 55581",
            "recipient_phone": "0812-3456-7890", "application_number": "C1-2026-000123",
            "tracking_number": "P2612030012345", "office_pays": True}


def _laporan() -> dict[str, Any]:
    hours = [(f"{h:02d}.00", a, d) for h, a, d in ((6, 412, 380), (7, 1284, 955),
                                                   (8, 1730, 1312), (9, 1516, 1407))]
    return {
        "subject": "Kegiatan Kantor", "office": "Kantor Imigrasi Kelas I Khusus TPI "
                                                 "Soekarno-Hatta",
        "day": date(2026, 11, 1), "until": date(2026, 11, 30),
        "sections": [
            {"title": "Perlintasan per Jam",
             "columns": ["Jam", "Kedatangan (masuk)", "Keberangkatan (keluar)", "Jumlah"],
             "align": "LRRR",
             "lines": [{"cells": [hour, f"{a:,}".replace(",", "."), f"{d:,}".replace(",", "."),
                                  f"{a + d:,}".replace(",", ".")]} for hour, a, d in hours],
             "totals": ["Jumlah", "4.942", "4.054", "8.996"],
             "note": "Penumpang yang diberi tanda masuk atau keluar, per jam waktu kantor."},
            {"title": "Rekap Overstay dan Biaya Beban",
             "columns": ["Tanggal", "Orang asing", "Hari overstay", "Ditagihkan", "Dibayar",
                         "Belum dibayar"],
             "align": "LRRRRR",
             "lines": [{"cells": ["24-11-2026", "3", "14", "Rp14.000.000", "Rp12.000.000",
                                  "Rp2.000.000"]},
                       {"cells": ["25-11-2026", "6", "57", "Rp57.000.000", "Rp30.000.000",
                                  "Rp27.000.000"]}],
             "totals": ["Jumlah", "9", "71", "Rp71.000.000", "Rp42.000.000", "Rp29.000.000"]},
            {"title": "Permohonan Paspor per Status", "columns": ["Status", "Baru", "Jumlah"],
             "align": "LRR", "lines": [], "totals": []},
        ],
        **_signer("preparer", "Bambang Sutrisno Hadiwijaya", "197502141998031002",
                  "Kepala Seksi Pemeriksaan"),
        **_signer("approver", "Roni Yudianto", "197706261997031001", "Kepala Kantor"),
    }


def _surat_perintah_tugas() -> dict[str, Any]:
    return {
        "bases": ["Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian",
                  "Laporan Kejadian Nomor W30.IMI.1-GR.01.01-0061/2026 tanggal 28 November 2026"],
        "officers": [{"name": "Rahmat Hidayatullah", "nip": "199001012015031004",
                      "rank": "Penata Muda (III/a)", "position": "Petugas Inteldakim"},
                     {"name": "Sri Wahyuningsih", "nip": "199203152019022001",
                      "rank": "Pengatur (II/c)", "position": "Petugas Inteldakim"}],
        "report_reference": "TEST/LADA-TUNGGU/2026/00003",
        "report_summary": "Warga melaporkan tiga orang asing bekerja sebagai buruh bangunan di "
                          "proyek ruko tanpa papan nama sejak seminggu terakhir.",
        "location": "Jl. Raya Serpong Km 7, Kelurahan Pakualam, Tangerang Selatan",
        "valid_until": date(2026, 11, 30),
        "copy_to": ["Kepala Kantor Wilayah Kementerian Imigrasi dan Pemasyarakatan Banten"],
        **_signer("head", "Roni Yudianto", "197706261997031001"),
    }


def _laporan_kegiatan() -> dict[str, Any]:
    return {
        "activity": "Pemeriksaan lapangan atas laporan keberadaan orang asing",
        "order_number": "W30.IMI.1-GR.01.01-0062/2026", "order_date": date(2026, 11, 28),
        "report_reference": "TEST/LADA-TUNGGU/2026/00003",
        "activity_at": datetime(2026, 11, 29, 2, 0, tzinfo=UTC),
        "location": "Jl. Raya Serpong Km 7, Kelurahan Pakualam, Tangerang Selatan",
        "officers": [{"name": "Rahmat Hidayatullah", "nip": "199001012015031004",
                      "rank": "", "position": "Petugas Inteldakim"}],
        "findings": "Ditemukan tiga orang asing berkewarganegaraan Tiongkok bekerja sebagai "
                    "tenaga las. Dua orang memegang ITAS kerja yang masih berlaku; satu orang "
                    "hanya memegang Izin Tinggal Kunjungan.",
        "actions_taken": ["Memeriksa paspor dan izin tinggal ketiga orang asing",
                          "Meminta keterangan mandor proyek"],
        "conclusion": "Terdapat dugaan pelanggaran izin tinggal oleh satu orang asing.",
        "recommendation": "Dilakukan pemeriksaan (BAP) di kantor.",
        **_signer("reporter", "Rahmat Hidayatullah", "199001012015031004"),
    }


def _surat_jawaban_pengaduan() -> dict[str, Any]:
    return {
        "reporter_name": "Budi Santoso",
        "reporter_address": "Jl. Melati No. 5, Benda, Kota Tangerang",
        "complaint_number": "TEST/PENGADUAN/2026/00007", "complaint_date": date(2026, 11, 23),
        "channel": "Aplikasi LAPOR!", "subject": "Antrean loket paspor melebihi jam layanan",
        "answer": "Kami telah memeriksa petugas loket yang bersangkutan dan memberikan "
                  "pembinaan.\n\nMulai 1 Desember 2026 loket tambahan dibuka pada jam sibuk.",
        "outcome": "Pembinaan (coaching dan mentoring)",
        "copy_to": ["Kepala Kantor Wilayah Kementerian Imigrasi dan Pemasyarakatan Banten"],
        "paraf_name": "Bambang Sutrisno Hadiwijaya",
        **_signer("head", "Roni Yudianto", "197706261997031001"),
    }


def _register_pengaduan() -> dict[str, Any]:
    return {
        "day": date(2026, 11, 1), "until": date(2026, 11, 30),
        "entries": [
            {"received_at": datetime(2026, 11, 25, 2, 15, tzinfo=UTC),
             "number": "TEST/PENGADUAN/2026/00007", "channel": "Aplikasi LAPOR!",
             "kind": "Pengaduan layanan", "reporter": "Budi Santoso",
             "subject": "Antrean loket paspor melebihi jam layanan", "lada_tunggu": False,
             "status": "Selesai",
             "steps": "lapor kasi: 8 mnt/10 menit",
             "late_steps": 0, "outcome": "Pembinaan (coaching dan mentoring)"},
            {"received_at": datetime(2026, 11, 28, 3, 0, tzinfo=UTC),
             "number": "TEST/LADA-TUNGGU/2026/00003", "channel": "WhatsApp",
             "kind": "Laporan orang asing", "reporter": "Anonim",
             "subject": "Orang asing bekerja di proyek ruko", "lada_tunggu": True,
             "status": "Dalam proses", "steps": "terima laporan: 4 mnt/10 menit",
             "late_steps": 1, "outcome": ""},
        ],
        "compliance": [{"sop": "LADA-TUNGGU", "step": "Menerima laporan keberadaan orang asing",
                        "standard": "10 menit", "finished": 1, "late": 0}],
        "evaluation": "Saluran LAPOR! dan WhatsApp paling banyak digunakan.",
        **_signer("preparer", "Sri Wahyuningsih", "199203152019022001"),
        **_signer("approver", "Bambang Sutrisno Hadiwijaya", "197502141998031002"),
    }


def _rencana_kegiatan() -> dict[str, Any]:
    return {
        "report_reference": "TEST/C5/2026/00004",
        "target": "Tiga orang asing berkewarganegaraan RRT yang dilaporkan bekerja sebagai "
                  "tukang las di proyek ruko Jl. Raya Serpong Km 7.",
        "purpose": "Memastikan identitas, izin tinggal dan kegiatan orang asing tersebut.",
        "method": "Pengamatan tertutup di lokasi proyek dan wawancara dengan mandor.",
        "officers": [{"name": "Rahmat Hidayatullah", "nip": "199001012015031004",
                      "rank": "Penata Muda (III/a)", "position": "Petugas Inteldakim"}],
        "period_start": date(2026, 11, 26), "period_end": date(2026, 11, 28),
        "location": "Jl. Raya Serpong Km 7, Kelurahan Pakualam, Tangerang Selatan",
        "equipment": ["Kamera", "Kendaraan operasional"],
        **_signer("planner", "Bambang Sutrisno Hadiwijaya", "197502141998031002"),
    }


def _laporan_informasi() -> dict[str, Any]:
    return {
        "order_number": "W30.IMI.1-GR.01.01-0070/2026", "order_date": date(2026, 11, 26),
        "report_reference": "TEST/C5/2026/00004",
        "subject": "Keberadaan orang asing bekerja di proyek ruko",
        "source": "Mandor proyek (informan terbuka)", "obtained_on": date(2026, 11, 27),
        "obtained_where": "Lokasi proyek ruko, Jl. Raya Serpong Km 7",
        "information": "Tiga orang asing bekerja sebagai tukang las sejak 16 November 2026; "
                       "satu orang datang dengan visa kunjungan.",
        "source_reliability": "B", "information_credibility": "2",
        "assessment": "Keterangan sesuai dengan pengamatan petugas di lokasi.",
        "recommendation": "Dilakukan pemeriksaan keimigrasian terhadap ketiga orang asing.",
        **_signer("reporter", "Rahmat Hidayatullah", "199001012015031004"),
    }


_SAMPLES = {
    "stamp": _stamp, "stp": _stp, "laporan_kejadian": _laporan_kejadian,
    "nota_dinas": _nota_dinas, "refusal_report": _penolakan, "bast": _bast,
    "billing_slip": _billing, "bap": _bap, "ba_pendapat": _ba_pendapat,
    "surat_keputusan": _surat_keputusan, "rekap_overstay": _rekap_overstay,
    # Detention and deportation.
    "ba_pendetensian": _ba_pendetensian, "ba_penggeledahan": _ba_penggeledahan,
    "ba_pengeluaran": _ba_pengeluaran, "sp_pendetensian": _sp_pendetensian,
    "sp_pengeluaran": _sp_pengeluaran, "sp_pengawalan": _sp_pengawalan,
    "surat_pengawasan_keberangkatan": _surat_pengawasan_keberangkatan,
    "tanda_terima_deteni": _tanda_terima_deteni, "sk_deportasi": _sk_deportasi,
    "sk_pemindahan": _sk_pemindahan,
    "register_deportasi": _register_deportasi,
    "register_deteni": _register_deteni,
    # Registers of the print station and the passport section.
    "register_dokumen": _register_dokumen, "register_paspor": _register_paspor,
    # Stay permits.
    "stiker_izin_tinggal": _stiker_izin_tinggal, "kartu_izin_tinggal": _kartu_izin_tinggal,
    "skim": _skim,
    # Receipts.
    "tanda_terima_permohonan": _tanda_terima_permohonan,
    "tanda_terima_pembayaran": _tanda_terima_pembayaran,
    "tanda_terima_kompensasi": _tanda_terima_kompensasi,
    # The stay-permit counter's application receipt and refusal letter (issue 8).
    "tanda_terima_izin_tinggal": _tanda_terima_izin_tinggal,
    "surat_penolakan_izin_tinggal": _surat_penolakan_izin_tinggal,
    # The passport blank inventory (issue 9).
    "berita_acara_serah_terima_blangko": _berita_acara_serah_terima_blangko,
    "berita_acara_kerusakan_blangko": _berita_acara_kerusakan_blangko,
    "label_pos": _label_pos,
    # The Laporan screen's report for a period (issue 11 point 5).
    "laporan": _laporan,
    # Complaints and Lada Tunggu reports (issue 11).
    "surat_perintah_tugas": _surat_perintah_tugas, "laporan_kegiatan": _laporan_kegiatan,
    "surat_jawaban_pengaduan": _surat_jawaban_pengaduan,
    "register_pengaduan": _register_pengaduan,
    # The intelligence inquiry (seed 002 C5).
    "rencana_kegiatan": _rencana_kegiatan, "laporan_informasi": _laporan_informasi,
}
