"""The stay-permit counter's papers (issue 8): the application receipt given at intake and the
letter refusing an application, rendered through the registry and read back."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime

import pytest
from reportlab.lib.units import mm

from printing import samples
from printing.schema import DocumentDataError
from printing.seal import OfficeKey, check_seal, read_seal
from tests.printing.conftest import page_texts, qr_codes, reader, text_of

RECEIPT = "tanda_terima_izin_tinggal"
LETTER = "surat_penolakan_izin_tinggal"
KEY = OfficeKey.generate("SOETTA")

FEE_KEPT = ("Biaya PNBP yang telah dibayarkan tidak dapat dikembalikan sesuai ketentuan "
            "peraturan perundang-undangan.")
NO_FEE = "Tidak ada biaya yang dikenakan karena permohonan ditolak sebelum pembayaran."
LEAVE = ("Saudara wajib meninggalkan Wilayah Indonesia sebelum izin tinggal Saudara yang berlaku "
         "saat ini berakhir pada tanggal 4 Desember 2026.")
REAPPLY = "Saudara dapat mengajukan permohonan kembali"


def _refusal(render, code, changes=None, **kwargs) -> DocumentDataError:
    with pytest.raises(DocumentDataError) as caught:
        render(code, changes, **kwargs)
    return caught.value


def _requirements(**changes_by_index):
    rows = samples.sample_data(RECEIPT)["requirements"]
    for index, changes in changes_by_index.items():
        rows[int(index.removeprefix("row"))].update(changes)
    return rows


# --- Tanda Terima Permohonan Izin Tinggal ------------------------------------------------------

def test_receipt_prints_the_application_applicant_sponsor_and_officer(render):
    text = text_of(render(RECEIPT))
    for expected in [
        "TANDA TERIMA PERMOHONAN IZIN TINGGAL", f"Nomor: {samples.SAMPLE_NUMBER}",
        "Nomor permohonan : ITK-SOETTA-2026-007315",
        "Jenis permohonan : Perpanjangan Izin Tinggal Kunjungan",
        "Rabu, 25 November 2026 pukul 09.20 WIB",
        "Nama : Kenji Watanabe-Takahashi", "Osaka, 2 Juni 1988", "Jenis kelamin : Laki-laki",
        "Kewarganegaraan : Jepang", "Nomor paspor : TR4827163",
        "Nomor telepon : +62 813-1177-2046",
        "Nama : Dwi Ayu Kartika Sari", "Jenis penjamin : Perorangan",
        "Nomor identitas (NIK) : 3671014506900003", "Nomor telepon : 0812-9034-5521",
        "Perkiraan selesai : 30 November 2026", "Biaya PNBP : Rp500.000",
        "Pemohon,", "Petugas penerima,", "Petugas Loket Pelayanan Izin Tinggal",
        "Agustina Rahmawati Lubis", "NIP. 19940817 201901 2 003",
        "Tangerang, 25 November 2026",
    ]:
        assert expected in text, expected


def test_receipt_lists_each_requirement_as_present_and_scanned_or_not(render):
    text = text_of(render(RECEIPT))
    for row in [
        "1. Surat permohonan perpanjangan izin tinggal kunjungan Ada Ya",
        "2. Paspor kebangsaan Jepang Nomor TR4827163 (asli) Ada Ya",
        "3. Surat jaminan dari penjamin Ada Ya",
        "4. Fotokopi KTP penjamin Ada Tidak",
        "5. Tiket kembali atau tiket lanjutan Tidak ada Tidak",
    ]:
        assert row in text, row
    assert "Persyaratan yang belum ada wajib dilengkapi" in text


def test_receipt_with_every_requirement_present_asks_for_nothing_more(render):
    requirements = _requirements(row4={"present": True, "scanned": True})
    text = text_of(render(RECEIPT, {"requirements": requirements}))
    assert "5. Tiket kembali atau tiket lanjutan Ada Ya" in text
    assert "Persyaratan yang belum ada" not in text


def test_receipt_is_one_pdf_with_an_applicant_copy_and_an_office_copy(render):
    document = render(RECEIPT)
    applicant, office = page_texts(document)
    assert document.page_count == 2
    assert "Lembar untuk pemohon" in applicant and "Lembar arsip kantor" not in applicant
    assert "Lembar arsip kantor" in office and "Lembar untuk pemohon" not in office
    for page in (applicant, office):
        assert samples.SAMPLE_NUMBER in page and "ITK-SOETTA-2026-007315" in page
        assert "5. Tiket kembali atau tiket lanjutan Tidak ada Tidak" in page


def test_receipt_copies_stay_one_page_each_with_twenty_requirements(render):
    requirements = [{"title": f"Dokumen persyaratan nomor {i} dengan keterangan panjang " * 2,
                     "present": True, "scanned": True} for i in range(20)]
    assert render(RECEIPT, {"requirements": requirements}).page_count == 2


def test_receipt_without_a_known_fee_says_it_will_be_billed(render):
    text = text_of(render(RECEIPT, remove=("fee_amount",)))
    assert "Biaya PNBP : akan ditagihkan" in text
    assert "Rp500.000" not in text


def test_receipt_names_the_application_number_for_status_enquiries(render):
    text = text_of(render(RECEIPT))
    assert ("Status permohonan dapat ditanyakan dengan menyebutkan Nomor permohonan "
            "ITK-SOETTA-2026-007315") in text


def test_receipt_for_a_company_sponsor_prints_its_nib(render):
    text = text_of(render(RECEIPT, {"sponsor_name": "PT Cahaya Wisata Nusantara",
                                    "sponsor_kind": "Badan usaha", "sponsor_id_kind": "NIB",
                                    "sponsor_id_number": "9120304517263"}))
    assert "Jenis penjamin : Badan usaha" in text
    assert "Nomor identitas (NIB) : 9120304517263" in text


# --- Surat Pemberitahuan Penolakan Permohonan Izin Tinggal -------------------------------------

def test_letter_is_addressed_to_the_applicant_for_the_sponsors_attention(render):
    text = text_of(render(LETTER))
    for expected in [
        "Tangerang, 25 November 2026", f"Nomor : {samples.SAMPLE_NUMBER}", "Sifat : Segera",
        "Lampiran : -",
        "Hal : Pemberitahuan Penolakan Permohonan Perpanjangan Izin Tinggal Kunjungan",
        "Yth. Sdr. Olivia Charlotte Beaumont-Fitzgerald",
        "u.p. PT Cahaya Wisata Nusantara (penjamin)", "Apartemen Mutiara Bandara Tower B",
        "permohonan Perpanjangan Izin Tinggal Kunjungan Saudara Nomor ITK-SOETTA-2026-007288 "
        "tanggal 20 November 2026", "DITOLAK",
        "Manchester, 17 September 1993", "Kewarganegaraan : Inggris",
        "Nomor paspor : 538219764",
    ]:
        assert expected in text, expected


def test_letter_numbers_each_reason_with_its_basis_and_rule(render):
    text = text_of(render(LETTER))
    assert ("1. Izin Tinggal Kunjungan yang bersangkutan telah diperpanjang sebanyak 4 (empat) "
            "kali sehingga tidak dapat diperpanjang kembali. (Peraturan Menteri Hukum dan Hak "
            "Asasi Manusia Nomor 22 Tahun 2023 tentang Visa dan Izin Tinggal; kode aturan "
            "permit.extension.max_count)") in text
    assert ("2. Surat jaminan dari penjamin tidak ditandatangani oleh pimpinan badan usaha. "
            "(kode aturan permit.requirements.sponsor_letter)") in text


def test_a_reason_without_a_reference_has_no_parentheses(render):
    text = text_of(render(LETTER, {"reasons": [{"reason": "Penjamin menarik jaminannya."}]}))
    assert "1. Penjamin menarik jaminannya. Biaya PNBP" in text
    assert "kode aturan" not in text


@pytest.mark.parametrize(("fee_paid", "printed", "absent"),
                         [(True, FEE_KEPT, NO_FEE), (False, NO_FEE, FEE_KEPT)])
def test_letter_states_the_fee_rule_for_a_rejected_application(render, fee_paid, printed,
                                                              absent):
    text = text_of(render(LETTER, {"fee_paid": fee_paid}))
    assert printed in text
    assert absent not in text


def test_letter_tells_the_applicant_to_leave_before_the_permit_ends(render):
    text = text_of(render(LETTER))
    assert LEAVE in text
    assert REAPPLY not in text


def test_letter_may_invite_a_new_application_instead(render):
    text = text_of(render(LETTER, {"may_reapply": True, "instructions": "Hubungi loket 3."},
                          remove=("permit_valid_until",)))
    assert REAPPLY in text and "Hubungi loket 3." in text
    assert "wajib meninggalkan Wilayah Indonesia" not in text


def test_letter_is_signed_by_the_head_of_office_with_copies(render):
    text = text_of(render(LETTER))
    for expected in ["KEPALA KANTOR IMIGRASI KELAS I KHUSUS TPI SOEKARNO-HATTA,",
                     "Roni Yudianto", "NIP. 19770626 199703 1 001", "Tembusan:",
                     "1. Kepala Kantor Wilayah Direktorat Jenderal Imigrasi Banten",
                     "2. Direktur Izin Tinggal Keimigrasian"]:
        assert expected in text, expected


def test_letter_counts_its_attachments(render):
    text = text_of(render(LETTER, {"attachments": ["Salinan berita acara pemeriksaan",
                                                   "Paspor asli"]}))
    assert "Lampiran : 2 (dua) berkas" in text
    assert "1. Salinan berita acara pemeriksaan" in text


def test_letter_reads_back_with_pdftotext(render):
    pdf = render(LETTER, {"fee_paid": False}).pdf
    text = " ".join(subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True,
                                   check=True).stdout.decode().split())
    assert "Olivia Charlotte Beaumont-Fitzgerald" in text
    assert NO_FEE in text and "permit.extension.max_count" in text


# --- both papers: letterhead, page, number and seal ----------------------------------------------

@pytest.mark.parametrize(("code", "size_mm"), [(RECEIPT, (210, 297)), (LETTER, (215, 330))])
def test_paper_size(render, code, size_mm):
    for page in reader(render(code)).pages:
        assert float(page.mediabox.width) == pytest.approx(size_mm[0] * mm, abs=0.01)
        assert float(page.mediabox.height) == pytest.approx(size_mm[1] * mm, abs=0.01)


@pytest.mark.parametrize("code", [RECEIPT, LETTER])
def test_paper_carries_the_office_letterhead_and_its_number_on_every_page(render, office, code):
    document = render(code)
    pages = page_texts(document)
    for line in (office.ministry, office.directorate_general, office.name):
        assert line.upper() in pages[0]
    assert office.address in pages[0]
    for index, page in enumerate(pages, 1):
        assert f"Nomor {samples.SAMPLE_NUMBER}" in page and f"Halaman {index}" in page


@pytest.mark.parametrize(("code", "holder"), [(RECEIPT, "Kenji Watanabe-Takahashi"),
                                              (LETTER, "Olivia Charlotte Beaumont-Fitzgerald")])
def test_paper_is_sealed_for_the_applicant_and_its_qr_code_is_the_seal(render, tmp_path, code,
                                                                        holder):
    document = render(code, key=KEY, verify_url=None)
    assert document.seal
    assert reader(document).metadata["/Keywords"] == document.seal
    facts = read_seal(document.seal)[0]
    assert (facts.template, facts.number, facts.holder, facts.issued_on) == (
        code, samples.SAMPLE_NUMBER, holder, "2026-11-25")
    assert check_seal(document.seal, {KEY.key_id: KEY.public_bytes()}).status == "valid"
    assert qr_codes(document.pdf, tmp_path, page=1) == [document.seal]


# --- validation -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("code", "field", "message"), [
    (RECEIPT, "application_number", "Data Tanda Terima Permohonan Izin Tinggal belum lengkap: "
                                    "Nomor permohonan (application_number) wajib diisi."),
    (RECEIPT, "applicant_name", "Data Tanda Terima Permohonan Izin Tinggal belum lengkap: Nama "
                                "pemohon (applicant_name) wajib diisi."),
    (RECEIPT, "sponsor_id_number", "Data Tanda Terima Permohonan Izin Tinggal belum lengkap: "
                                   "Nomor identitas penjamin (NIK/paspor/NIB) "
                                   "(sponsor_id_number) wajib diisi."),
    (RECEIPT, "requirements", "Data Tanda Terima Permohonan Izin Tinggal belum lengkap: "
                              "Persyaratan (requirements) wajib diisi."),
    (RECEIPT, "expected_on", "Data Tanda Terima Permohonan Izin Tinggal belum lengkap: "
                             "Perkiraan tanggal selesai (expected_on) wajib diisi."),
    (RECEIPT, "officer_nip", "Data Tanda Terima Permohonan Izin Tinggal belum lengkap: NIP "
                             "petugas penerima (officer_nip) wajib diisi."),
    (LETTER, "reasons", "Data Surat Pemberitahuan Penolakan Permohonan Izin Tinggal belum "
                        "lengkap: Alasan penolakan (reasons) wajib diisi."),
    (LETTER, "fee_paid", "Data Surat Pemberitahuan Penolakan Permohonan Izin Tinggal belum "
                         "lengkap: Biaya PNBP sudah dibayar (fee_paid) wajib diisi."),
    (LETTER, "applicant_address", "Data Surat Pemberitahuan Penolakan Permohonan Izin Tinggal "
                                  "belum lengkap: Alamat pemohon di Indonesia "
                                  "(applicant_address) wajib diisi."),
    (LETTER, "head_name", "Data Surat Pemberitahuan Penolakan Permohonan Izin Tinggal belum "
                          "lengkap: Nama Kepala Kantor (head_name) wajib diisi."),
])
def test_a_missing_required_field_is_refused_naming_it(render, code, field, message):
    error = _refusal(render, code, remove=(field,))
    assert error.field == field
    assert error.user_message == message


def test_a_requirement_without_its_answer_is_refused_naming_the_cell(render):
    requirements = _requirements()
    del requirements[1]["present"]
    error = _refusal(render, RECEIPT, {"requirements": requirements})
    assert error.field == "requirements[1].present"
    assert "Persyaratan baris 2: Ada (requirements[1].present) wajib diisi" in error.user_message


def test_a_missing_document_cannot_have_been_scanned(render):
    error = _refusal(render, RECEIPT, {"requirements": _requirements(row4={"scanned": True})})
    assert error.field == "requirements[4].scanned"
    assert "Persyaratan baris 5: Dipindai" in error.user_message
    assert "hanya dokumen yang diterima yang dapat dipindai" in error.user_message


def test_completion_before_receipt_is_refused(render):
    error = _refusal(render, RECEIPT, {"expected_on": date(2026, 11, 24)})
    assert error.field == "expected_on"
    assert error.user_message == (
        "Perkiraan tanggal selesai (expected_on) pada Tanda Terima Permohonan Izin Tinggal "
        "tidak boleh sebelum tanggal 25 November 2026.")


def test_completion_on_the_day_received_in_the_office_zone_is_accepted(render):
    # 18.00 UTC on 24 November is already 25 November at a WIB office.
    text = text_of(render(RECEIPT, {"received_at": datetime(2026, 11, 24, 18, 0, tzinfo=UTC),
                                    "expected_on": date(2026, 11, 25)}))
    assert "Perkiraan selesai : 25 November 2026" in text


def test_a_naive_receipt_time_is_refused(render):
    error = _refusal(render, RECEIPT, {"received_at": datetime(2026, 11, 25, 9, 20)})
    assert error.field == "received_at" and "zona waktu" in error.user_message


@pytest.mark.parametrize(("changes", "field", "needle"), [
    ({"sponsor_kind": "Badan usaha"}, "sponsor_id_kind", "harus salah satu dari: NIB"),
    ({"sponsor_id_kind": "NIB", "sponsor_id_number": "9120304517263"}, "sponsor_id_kind",
     "harus salah satu dari: NIK, Paspor"),
    ({"sponsor_id_number": "367101450690000"}, "sponsor_id_number", "NIK 16 angka"),
])
def test_the_sponsor_identity_must_fit_the_sponsor(render, changes, field, needle):
    error = _refusal(render, RECEIPT, changes)
    assert error.field == field
    assert needle in error.user_message


def test_letter_fee_paid_must_be_yes_or_no(render):
    error = _refusal(render, LETTER, {"fee_paid": "ya"})
    assert error.field == "fee_paid" and "ya atau tidak" in error.user_message


def test_a_permit_ending_before_the_application_is_refused(render):
    error = _refusal(render, LETTER, {"permit_valid_until": date(2026, 11, 19)})
    assert error.field == "permit_valid_until"
    assert "tidak boleh sebelum tanggal 20 November 2026" in error.user_message


def test_a_letter_that_tells_the_applicant_nothing_to_do_is_refused(render):
    error = _refusal(render, LETTER, remove=("permit_valid_until",))
    assert error.field == "permit_valid_until"
    assert "surat penolakan harus menyebutkan apa yang harus dilakukan pemohon" in \
        error.user_message


def test_a_malformed_rule_reference_is_refused(render):
    reasons = [{"reason": "Alasan.", "rule": "Permit Extension"}]
    error = _refusal(render, LETTER, {"reasons": reasons})
    assert error.field == "reasons[0].rule"
    assert "permit.extension.max_count" in error.user_message


def test_receipt_without_a_sponsor_leaves_the_sponsor_section_out(render):
    """An ABG child's ITAP has no sponsor: the receipt prints no empty sponsor table."""
    sponsor = ("sponsor_name", "sponsor_kind", "sponsor_id_kind", "sponsor_id_number",
               "sponsor_address", "sponsor_phone")
    text = text_of(render(RECEIPT, remove=sponsor))
    assert "Data penjamin" not in text and "Dwi Ayu Kartika Sari" not in text
    assert "Kenji Watanabe-Takahashi" in text
    half = _refusal(render, RECEIPT, remove=("sponsor_address",))
    assert half.field == "sponsor_address"  # a named sponsor is described whole
