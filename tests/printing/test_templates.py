"""Each template renders realistic data into a PDF whose text holds its key fields."""

from __future__ import annotations

import hashlib
import io
import subprocess
from datetime import UTC, datetime

import cv2
import pytest
from PIL import Image
from reportlab.lib.units import mm

from printing import registry, samples
from printing.qr import qr_payload
from tests.printing.conftest import page_texts, reader, text_of

OFFICE_LETTERS = ("stp", "laporan_kejadian", "nota_dinas", "refusal_report", "bast", "billing_slip",
                  "bap", "ba_pendapat", "surat_keputusan", "rekap_overstay")

KEY_FIELDS = {
    "stamp": ["DIREKTORAT JENDERAL IMIGRASI", "TPI BANDARA SOEKARNO-HATTA", "MASUK",
              "25 November 2026", "SH0412", "T3-045", "GA881", "X7K2J9QL4"],
    "stp": ["SURAT TANDA PENERIMAAN",
            "Raden Ajeng Siti Nurhaliza Kusumawardhani binti Haji Abdurrahman",
            "Yogyakarta, 29 Februari 1984", "E1234567", "4 Maret 2034",
            "Komisi Pemberantasan Korupsi", "Keputusan Pimpinan KPK Nomor 1021/01-23/11/2026",
            "18 Mei 2027", "SQ957", "Singapura", "Rabu, 25 November 2026", "10.00 WIB",
            "Tangerang, 25 November 2026", "Dewi Lestari Pangaribuan",
            "NIP. 19880517 201012 2 003", "RT 005/RW 011"],
    "laporan_kejadian": ["LAPORAN KEJADIAN", "Kepala Bidang Tempat Pemeriksaan Imigrasi",
                         "Rabu, 25 November 2026", "09.35 WIB", "Hit daftar pencegahan",
                         "KRONOLOGI KEJADIAN", "Menahan paspor Nomor E1234567",
                         "Tangkapan layar hasil pemeriksaan BCM", "Roni Yudianto",
                         "NIP. 19770626 201012 1 001"],
    "nota_dinas": ["NOTA DINAS", "Kepala Bidang Tempat Pemeriksaan Imigrasi",
                   "Kepala Seksi Pemeriksaan II", "Segera", "2 (dua) berkas",
                   "Laporan penanganan subjek pencegahan", "25 November 2026",
                   "Bambang Sutrisno Hadiwijaya", "NIP. 19750214 199803 1 002",
                   "Laporan Kejadian Nomor W30.IMI.1-GR.01.01-0041/2026"],
    "refusal_report": ["PEMBERITAHUAN PENOLAKAN MASUK", "Emirates", "EK356",
                        "Jean-Baptiste Olamide Ngozi-Eze", "19FR42817", "14 Juli 1991",
                        "Rabu, 25 November 2026 pukul 07.40 WIB",
                        "Masa berlaku paspor kurang dari 6 (enam) bulan",
                        "EK357 tanggal 25 November 2026", "penerbangan pertama yang tersedia",
                        "ruang detensi imigrasi", "tanggung jawab penanggung jawab alat angkut",
                        "Farid Al-Mansouri", "NIP. 19880517 201012 2 003"],
    "bast": ["BERITA ACARA SERAH TERIMA",
             "tanggal dua puluh lima bulan November tahun dua ribu dua puluh enam",
             "(25 November 2026)", "13.15 WIB", "PIHAK PERTAMA", "PIHAK KEDUA",
             "AKBP Hendra Wijayakusuma", "NRP. 78050123", "Divisi Hubungan Internasional Polri",
             "Viktor Aleksandrovich Petrenko-Smirnov", "FA0935521",
             "Telepon genggam merek Samsung", "2 unit", "Red Notice Nomor A-2291/6-2025",
             "Rahmat Hidayatullah", "NIP. 19880517 201012 2 003"],
    "billing_slip": ["SLIP TAGIHAN BIAYA BEBAN", "Overstay", "Margaret Anne O'Sullivan-Whitfield",
                "PA8812345", "13 November 2026", "12 hari", "Rp1.000.000", "Rp12.000.000",
                "Dua belas juta rupiah", "82026 11250 04217",
                "Rabu, 25 November 2026 pukul 23.59 WIB", "Sri Wahyuningsih"],
    "bap": ["BERITA ACARA PEMERIKSAAN",
            "tanggal dua puluh lima bulan November tahun dua ribu dua puluh enam",
            "(25 November 2026)", "08.30 WIB", "Ruang Supervisor Terminal 3", "PEMERIKSA",
            "YANG DIPERIKSA", "Farid Al-Mansouri", "Dubai, 12 Maret 1983",
            "Persatuan Emirat Arab", "Duty Station Manager Emirates, Bandara Soekarno-Hatta",
            "Jl. Jend. Sudirman Kav. 52-53", "KITAS Nomor 2C21JE0045-AW",
            "Laporan Kejadian Nomor W30.IMI.1-GR.01.01-0051/2026", "Pertanyaan", "Jawaban",
            "Apakah Saudara dalam keadaan sehat jasmani dan rohani",
            "penerbangan EK357 hari ini", "dibacakan kembali", "menyetujui, dan membenarkan",
            "Yang diperiksa,", "Pemeriksa,", "Dewi Lestari Pangaribuan",
            "NIP. 19880517 201012 2 003"],
    "ba_pendapat": ["BERITA ACARA PENDAPAT", "09.30 WIB", "kami yang bertanda tangan",
                    "1. Nama", "Bambang Sutrisno Hadiwijaya", "19750214 199803 1 002",
                    "Kepala Seksi Pemeriksaan", "2. Nama", "Dewi Lestari Pangaribuan",
                    "Laporan Kejadian Nomor W30.IMI.1-GR.01.01-0051/2026 tanggal 25 November "
                    "2026", "Berita Acara Pemeriksaan Nomor W30.IMI.1-GR.01.01-0052/2026",
                    "Pengenaan biaya beban terhadap penanggung jawab alat angkut Emirates",
                    "I. FAKTA-FAKTA", "berlaku sampai dengan tanggal 10 Januari 2027",
                    "II. DASAR HUKUM", "Peraturan Pemerintah Nomor 28 Tahun 2019",
                    "III. ANALISIS YURIDIS", "IV. KESIMPULAN DAN PENDAPAT", "V. SARAN",
                    "patut dikenakan biaya beban", "atas kekuatan sumpah jabatan",
                    "Yang memberikan pendapat", "NIP. 19880517 201012 2 003"],
    "surat_keputusan": ["KONSEP",
                        "KEPUTUSAN KEPALA KANTOR IMIGRASI KELAS I KHUSUS TPI SOEKARNO-HATTA",
                        f"NOMOR {samples.SAMPLE_NUMBER}", "TENTANG",
                        "PENGENAAN BIAYA BEBAN TERHADAP PENANGGUNG JAWAB ALAT ANGKUT",
                        "Menimbang", "a. bahwa pada tanggal 25 November 2026", "c. bahwa",
                        "Mengingat", "1. Undang-Undang Nomor 6 Tahun 2011", "MEMUTUSKAN:",
                        "Menetapkan", "KESATU", "Emirates", "Jean-Baptiste Olamide Ngozi-Eze "
                        "(Prancis, paspor Nomor 19FR42817)", "penerbangan EK356",
                        "Farid Al-Mansouri, Duty Station Manager", "Rp50.000.000",
                        "Lima puluh juta rupiah", "KEDUA", "82026 11250 04388",
                        "Rabu, 2 Desember 2026 pukul 23.59 WIB", "KETIGA",
                        "kesempatan pertama", "KEEMPAT",
                        "Keputusan ini mulai berlaku pada tanggal ditetapkan.",
                        "Ditetapkan di Tangerang", "pada tanggal 25 November 2026",
                        "Roni Yudianto", "NIP. 19770626 199703 1 001",
                        "Salinan Keputusan ini disampaikan kepada Yth.",
                        "Station Manager Emirates Bandara Soekarno-Hatta"],
    "rekap_overstay": ["REKAPITULASI BIAYA BEBAN OVERSTAY",
                       "Laporan Kegiatan di Tempat Pemeriksaan Imigrasi",
                       "TPI Bandara Internasional Soekarno-Hatta", "Rabu, 25 November 2026",
                       "Pukul (WIB)", "07.20", "Margaret Anne O'Sullivan-Whitfield",
                       "Australia (AUS)", "PA8812345", "Rp1.000.000", "Rp12.000.000",
                       "82026 11250 04217", "0A1B2C3D4E5F6G7H", "Lunas",
                       "Olusegun Adebayo Okonkwo-Williams", "Rp27.000.000", "Belum dibayar",
                       "Jumlah", "57", "Rp57.000.000", "6 orang", "57 hari",
                       "Rp30.000.000 (5 orang)", "Rp27.000.000 (1 orang)",
                       "lima puluh tujuh juta rupiah", "tiga puluh juta rupiah",
                       "Tangerang, 25 November 2026", "Yang membuat,", "Petugas Tata Usaha",
                       "Sri Wahyuningsih", "NIP. 19920315 201902 2 001", "Mengetahui,",
                       "Kepala Seksi Pemeriksaan II", "NIP. 19750214 199803 1 002"],
}


@pytest.mark.parametrize("code", sorted(KEY_FIELDS))
def test_template_renders_its_key_fields(render, code):
    document = render(code)
    text = text_of(document)
    missing = [field for field in KEY_FIELDS[code] if field not in text]
    assert missing == []
    assert samples.SAMPLE_NUMBER in text
    assert document.code == code
    assert document.title == registry.get_template(code).title
    assert document.number == samples.SAMPLE_NUMBER
    assert document.sha256 == hashlib.sha256(document.pdf).hexdigest()
    assert document.page_count == len(reader(document).pages)


@pytest.mark.parametrize("code", OFFICE_LETTERS)
def test_letters_carry_the_office_letterhead(render, office, code):
    first_page = page_texts(render(code))[0]
    for line in (office.ministry, office.directorate_general, office.regional_office,
                 office.name):
        assert line.upper() in first_page
    assert office.address in first_page
    assert office.phone in first_page
    assert office.email in first_page


def test_stp_is_one_pdf_with_a_copy_for_the_owner_and_one_for_the_agency(render):
    document = render("stp")
    owner, agency = page_texts(document)
    assert document.page_count == 2
    assert "Lembar untuk pemilik" in owner and "Lembar untuk instansi peminta" not in owner
    assert "Lembar untuk instansi peminta" in agency and "Lembar untuk pemilik" not in agency
    for page in (owner, agency):
        assert "E1234567" in page and samples.SAMPLE_NUMBER in page


def test_stp_copies_stay_one_page_each_with_the_longest_data(render):
    document = render("stp", {"reason": "Alasan penahanan yang panjang sekali. " * 15,
                              "other_items": ["Boarding pass dan dokumen pendukung lain"] * 6,
                              "holder_name": "Nama Sangat Panjang " * 5})
    assert document.page_count == 2


def test_fonts_are_embedded_in_every_document(render):
    for code in KEY_FIELDS:
        for page in reader(render(code)).pages:
            fonts = page["/Resources"]["/Font"]
            assert fonts, code
            for font in fonts.values():
                font = font.get_object()
                descriptor = font["/FontDescriptor"].get_object()
                assert "/FontFile2" in descriptor, (code, font["/BaseFont"])
                assert "DejaVuSans" in font["/BaseFont"]


@pytest.mark.parametrize(("code", "size_mm"), [
    ("laporan_kejadian", (215, 330)),
    ("nota_dinas", (215, 330)),
    ("bast", (215, 330)),
    ("bap", (215, 330)),
    ("ba_pendapat", (215, 330)),
    ("surat_keputusan", (215, 330)),
    ("rekap_overstay", (297, 210)),
    ("stp", (210, 297)),
    ("stamp", (80, 50)),
])
def test_page_size(render, code, size_mm):
    for page in reader(render(code)).pages:
        box = page.mediabox
        assert float(box.width) == pytest.approx(size_mm[0] * mm, abs=0.01)
        assert float(box.height) == pytest.approx(size_mm[1] * mm, abs=0.01)


def test_f4_is_215_by_330_mm_in_points(render):
    box = reader(render("laporan_kejadian")).pages[0].mediabox
    assert (round(float(box.width), 2), round(float(box.height), 2)) == (609.45, 935.43)


def test_times_follow_the_office_zone(render, office):
    bali = office.__class__(**{**office.__dict__, "timezone": "Asia/Makassar"})
    text = text_of(render("stp", office=bali))
    assert "pukul 11.00 WITA" in text


def test_same_input_gives_the_same_bytes_and_a_new_number_a_new_hash(render):
    first, again = render("stp"), render("stp")
    other = render("stp", number="W30.IMI.1-GR.01.01-0043/2026")
    assert first.sha256 == again.sha256
    assert other.sha256 != first.sha256


def test_text_with_markup_characters_prints_as_written(render):
    text = text_of(render("billing_slip", {"payer_name": "O'Brien & <Sons> Pty"}))
    assert "O'Brien & <Sons> Pty" in text


def test_a_letter_renders_for_an_office_with_only_a_name(render, bare_office):
    document = render("laporan_kejadian", office=bare_office)
    assert bare_office.name.upper() in page_texts(document)[0]
    assert "25 November 2026" in text_of(document)


def test_long_letters_flow_over_pages_with_the_number_on_each(render):
    body = "\n\n".join(["Paragraf isi nota dinas yang panjang untuk mengisi halaman. " * 8] * 14)
    pages = page_texts(render("nota_dinas", {"body": body}))
    assert len(pages) >= 2
    assert all(samples.SAMPLE_NUMBER in page for page in pages)
    assert "Halaman 2" in pages[1]


def test_exit_stamp(render):
    # 17.30 UTC on 31 December is already New Year's Day at the checkpoint (WIB).
    text = text_of(render("stamp", {"direction": "KELUAR", "flight": None, "stamp_number": None,
                                    "stamped_at": datetime(2026, 12, 31, 17, 30, tzinfo=UTC)}))
    assert "KELUAR" in text and "1 Januari 2027" in text
    assert "Penerbangan" not in text and "Cap:" not in text


def test_the_logo_is_printed_when_given(render):
    image = io.BytesIO()
    Image.new("RGB", (64, 64), (0, 70, 140)).save(image, format="PNG")
    document = render("nota_dinas", logo=image.getvalue())
    resources = reader(document).pages[0]["/Resources"]
    assert any(x.get_object()["/Subtype"] == "/Image"
               for x in resources["/XObject"].values())


def test_qr_payload_is_the_number_and_the_verify_url():
    assert qr_payload("A/1") == "A/1"
    assert qr_payload("A/1", "https://x.example/v/1") == "A/1\nhttps://x.example/v/1"


@pytest.mark.parametrize("code", ["laporan_kejadian", "stamp"])
def test_the_printed_qr_code_reads_back_as_its_payload(render, tmp_path, code):
    pdf = tmp_path / "document.pdf"
    pdf.write_bytes(render(code).pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "200", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(tmp_path / "page")], capture_output=True, check=True)
    image = cv2.imread(str(tmp_path / "page.png"), cv2.IMREAD_GRAYSCALE)
    decoded, _, _ = cv2.QRCodeDetector().detectAndDecode(image)
    assert decoded == qr_payload(samples.SAMPLE_NUMBER, samples.VERIFY_URL)


def test_the_pdf_text_is_also_readable_with_pdftotext(render):
    document = render("stp")
    text = subprocess.run(["pdftotext", "-layout", "-", "-"], input=document.pdf,
                          capture_output=True, check=True).stdout.decode()
    assert "SURAT TANDA PENERIMAAN" in text and "Lembar untuk pemilik" in text


def test_pdf_metadata_names_the_document_office_and_issue_time(render, office):
    metadata = reader(render("stp")).metadata
    assert metadata.title == f"Surat Tanda Penerimaan {samples.SAMPLE_NUMBER}"
    assert metadata.author == office.name
    assert metadata["/CreationDate"] == "D:20261125030000+00'00'"


def test_bap_with_an_interpreter_names_the_language_and_has_the_interpreter_sign(render):
    text = text_of(render("bap", {"interpreter_name": "Ahmad Fauzi Al-Hasan",
                                  "interpreter_language": "Arab"}))
    assert "bantuan juru bahasa Ahmad Fauzi Al-Hasan dalam bahasa Arab" in text
    assert "Juru bahasa," in text
    assert "juru bahasa" not in text_of(render("bap"))


def test_ba_pendapat_by_one_official_speaks_as_saya(render):
    text = text_of(render("ba_pendapat", {"members": []}))
    assert "bertempat di Ruang Kepala Seksi Pemeriksaan, Terminal 3 Bandara Soekarno-Hatta, saya:" \
        in text
    assert "1. Nama" not in text and "Dewi Lestari Pangaribuan" not in text


def test_ba_pendapat_signed_by_four_officials(render):
    members = [{"name": f"Pejabat {n}", "nip": f"19800101200501100{n}", "position": "Kasubsi"}
               for n in range(1, 4)]
    text = text_of(render("ba_pendapat", {"members": members}))
    assert "4. Nama" in text
    assert all(f"Pejabat {n}" in text for n in range(1, 4))


def test_surat_keputusan_prints_another_position_as_given_and_its_own_date(render):
    text = text_of(render("surat_keputusan", {
        "head_position": "Plh. Kepala Kantor Imigrasi Kelas I Khusus TPI Soekarno-Hatta",
        "set_on": "2026-11-26", "place": "Tangerang", "decisions": [],
        "considerations": ["bahwa perlu menetapkan keputusan;"], "billing_code": None}))
    assert "PLH. KEPALA KANTOR IMIGRASI KELAS I KHUSUS TPI SOEKARNO-HATTA," in text
    assert "pada tanggal 26 November 2026" in text
    # A single consideration carries no letter; without extra dictums KETIGA takes effect.
    assert "Menimbang : bahwa perlu menetapkan keputusan;" in text
    assert "KETIGA : Keputusan ini mulai berlaku pada tanggal ditetapkan." in text
    assert "KEEMPAT" not in text
    assert "kode billing SIMPONI yang diterbitkan oleh Kantor Imigrasi" in text


def test_rekap_computes_the_totals_when_not_given(render):
    text = text_of(render("rekap_overstay", {"total_count": None, "total_days": None,
                                             "total_billed": None, "total_paid": None}))
    assert "Rp57.000.000" in text and "Rp30.000.000 (5 orang)" in text


def test_rekap_of_a_day_without_overstay_says_nihil(render):
    text = text_of(render("rekap_overstay", {"entries": [], "total_count": 0, "total_days": 0,
                                             "total_billed": 0, "total_paid": 0,
                                             "approver_name": None, "approver_nip": None}))
    assert "(nihil)" in text and "0 orang" in text and "Mengetahui" not in text


def test_rekap_row_from_another_day_shows_its_date(render):
    entries = samples.sample_data("rekap_overstay")["entries"]
    # 16.50 UTC on 24 November is 23.50 WIB that day.
    entries[0]["billed_at"] = datetime(2026, 11, 24, 16, 50, tzinfo=UTC)
    text = text_of(render("rekap_overstay", {"entries": entries}))
    assert "23.50 (24/11)" in text


def test_a_long_rekap_flows_over_pages_repeating_its_header(render):
    entries = samples.sample_data("rekap_overstay")["entries"] * 10
    document = render("rekap_overstay", {"entries": entries, "total_count": None,
                                         "total_days": None, "total_billed": None,
                                         "total_paid": None})
    pages = page_texts(document)
    assert len(pages) >= 3
    assert all("Kode billing / NTPN" in page for page in pages[:2])
    assert "Rp570.000.000" in text_of(document)
