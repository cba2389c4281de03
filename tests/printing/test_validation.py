"""Rendering refuses missing or malformed data with an Indonesian message naming the field."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pytest
from PIL import Image

from app.errors import GapuraError
from printing import registry, samples
from printing.registry import UnknownDocumentError
from printing.schema import DocumentDataError, Field, FieldType, check_declarations, text
from tests.printing.conftest import page_texts, text_of


def _refusal(render, code, changes=None, **kwargs) -> DocumentDataError:
    with pytest.raises(DocumentDataError) as caught:
        render(code, changes, **kwargs)
    return caught.value


def test_a_missing_field_is_refused_naming_it(render):
    error = _refusal(render, "stp", remove=("holder_name",))
    assert isinstance(error, GapuraError)
    assert error.field == "holder_name"
    assert error.user_message == ("Data Surat Tanda Penerimaan belum lengkap: Nama lengkap "
                                  "pemilik (holder_name) wajib diisi.")
    assert "holder_name" in error.detail


def test_blank_text_counts_as_missing(render):
    assert _refusal(render, "laporan_kejadian", {"chronology": "   "}).field == "chronology"


def test_a_date_in_another_format_is_refused(render):
    error = _refusal(render, "stp", {"birth_date": "29-02-1984"})
    assert error.field == "birth_date"
    assert "harus berupa tanggal" in error.user_message


def test_an_iso_date_string_is_accepted(render):
    assert render("stp", {"birth_date": "1984-02-29"}).page_count == 2


def test_a_datetime_is_not_a_date(render):
    error = _refusal(render, "stp", {"birth_date": datetime(1984, 2, 29, 0, 0)})
    assert error.field == "birth_date"


def test_a_time_without_zone_is_refused(render):
    error = _refusal(render, "laporan_kejadian", {"incident_at": datetime(2026, 11, 25, 9, 35)})
    assert error.field == "incident_at"
    assert "zona waktu" in error.user_message


def test_too_long_text_is_refused_with_the_limit(render):
    error = _refusal(render, "stp", {"holder_name": "A" * 101})
    assert error.field == "holder_name"
    assert "101 karakter, paling banyak 100" in error.user_message


def test_a_value_outside_the_choices_is_refused(render):
    error = _refusal(render, "stamp", {"direction": "TRANSIT"})
    assert error.field == "direction"
    assert "MASUK, KELUAR" in error.user_message


def test_a_malformed_document_number_is_refused(render):
    error = _refusal(render, "stp", {"document_number": "e 123 45"})
    assert error.field == "document_number"
    assert "tidak sesuai format" in error.user_message


def test_a_malformed_nip_is_refused(render):
    error = _refusal(render, "stp", {"officer_nip": "12345"})
    assert error.field == "officer_nip"
    assert "18 angka" in error.user_message


def test_a_line_break_in_a_one_line_field_is_refused(render):
    assert _refusal(render, "stp", {"holder_name": "Siti\nNurhaliza"}).field == "holder_name"


def test_an_unknown_field_is_refused_naming_it(render):
    error = _refusal(render, "stp", {"holder_nmae": "Siti"})
    assert error.field == "holder_nmae"
    assert "holder_nmae" in error.user_message


def test_a_number_given_as_text_is_refused(render):
    items = [{"description": "Biaya beban overstay", "quantity": "12", "unit": "hari",
              "rate": 1_000_000}]
    error = _refusal(render, "billing_slip", {"items": items, "total": None})
    assert error.field == "items[0].quantity"
    assert "Rincian biaya baris 1: Jumlah" in error.user_message
    assert "bilangan bulat" in error.user_message


def test_a_row_value_out_of_range_is_refused_naming_row_and_column(render):
    items = [{"description": "Biaya beban overstay", "quantity": 12, "unit": "hari",
              "rate": 1_000_000},
             {"description": "Denda", "quantity": 1, "unit": "kali", "rate": -5}]
    error = _refusal(render, "billing_slip", {"items": items, "total": None})
    assert error.field == "items[1].rate"
    assert "Rincian biaya baris 2: Tarif per satuan" in error.user_message


def test_a_row_that_is_not_a_mapping_is_refused(render):
    error = _refusal(render, "billing_slip", {"items": ["12 hari"], "total": None})
    assert error.field == "items[0]"


def test_too_many_rows_are_refused(render):
    row = {"name": "Saksi", "id_number": None, "position": None}
    assert _refusal(render, "bast", {"witnesses": [row] * 4}).field == "witnesses"


def test_a_flag_must_be_a_bool(render):
    error = _refusal(render, "refusal_report", {"placed_in_detention": "ya"})
    assert error.field == "placed_in_detention"


def test_billing_refuses_a_total_that_differs_from_its_items(render):
    error = _refusal(render, "billing_slip", {"total": 11_000_000})
    assert error.field == "total"
    assert "Rp12.000.000" in error.user_message


def test_bast_needs_a_person_or_items(render):
    error = _refusal(render, "bast", {"subject_name": None, "items": []})
    assert error.field == "items"
    assert "orang atau barang" in error.user_message


def test_an_empty_number_is_refused(render):
    assert _refusal(render, "stp", number="  ").field == "number"


def test_a_naive_issue_time_is_refused(render):
    assert _refusal(render, "stp", issued_at=datetime(2026, 11, 25, 10, 0)).field == "issued_at"


def test_an_unreadable_logo_is_refused(render):
    assert _refusal(render, "nota_dinas", logo=b"not an image").field == "logo"


def test_an_unknown_document_code_is_refused(office):
    with pytest.raises(UnknownDocumentError) as caught:
        registry.render("surat_sakti", {}, office, number="1", issued_at=samples.ISSUED_AT)
    assert "surat_sakti" in caught.value.user_message


def test_validate_returns_clean_data_with_defaults():
    clean = registry.validate("stp", samples.sample_data("stp") | {"document_type": ""})
    assert clean["document_type"] == "Paspor Republik Indonesia"
    assert clean["birth_date"] == date(1984, 2, 29)


def test_declarations_are_checked_when_a_template_is_defined():
    with pytest.raises(ValueError, match="hint"):
        Field("nip", "NIP", FieldType.TEXT, pattern=r"\d{18}")
    with pytest.raises(ValueError, match="duplicate"):
        check_declarations((text("name", "Nama", 10), text("name", "Nama", 10)), "test")
    with pytest.raises(ValueError, match="ROWS"):
        Field("items", "Rincian", FieldType.ROWS)


def test_every_template_declares_code_title_page_and_fields():
    for template in registry.templates():
        assert registry.get_template(template.code) is template
        assert template.title and template.fields
        assert template.page.width_mm > 0


# --- carrier charge (BAP, Berita Acara Pendapat, SK) and the overstay recap ------------------

def test_bap_refuses_a_missing_examinee_naming_the_field(render):
    error = _refusal(render, "bap", remove=("examinee_name",))
    assert error.field == "examinee_name"
    assert error.user_message == ("Data Berita Acara Pemeriksaan belum lengkap: Nama yang "
                                  "diperiksa (examinee_name) wajib diisi.")


def test_bap_without_questions_is_refused(render):
    for empty in ([], None):
        error = _refusal(render, "bap", {"questions": empty})
        assert error.field == "questions"
        assert "Pertanyaan dan jawaban (questions) wajib diisi" in error.user_message


def test_bap_refuses_a_question_without_its_answer(render):
    questions = [{"question": "Apakah Saudara sehat?", "answer": " "}]
    error = _refusal(render, "bap", {"questions": questions})
    assert error.field == "questions[0].answer"
    assert "Pertanyaan dan jawaban baris 1: Jawaban" in error.user_message


def test_bap_refuses_a_language_without_its_interpreter(render):
    error = _refusal(render, "bap", {"interpreter_language": "Arab"})
    assert error.field == "interpreter_name"
    assert "Nama juru bahasa (interpreter_name) wajib diisi" in error.user_message


def test_ba_pendapat_needs_the_lk_and_bap_numbers_and_facts(render):
    assert _refusal(render, "ba_pendapat", remove=("lk_number",)).field == "lk_number"
    assert _refusal(render, "ba_pendapat", remove=("bap_number",)).field == "bap_number"
    assert _refusal(render, "ba_pendapat", {"facts": []}).field == "facts"
    assert _refusal(render, "ba_pendapat", {"legal_bases": []}).field == "legal_bases"


def test_ba_pendapat_checks_each_member_nip(render):
    members = [{"name": "Dewi Lestari Pangaribuan", "nip": "1988", "position": "Supervisor"}]
    error = _refusal(render, "ba_pendapat", {"members": members})
    assert error.field == "members[0].nip"
    assert "18 angka" in error.user_message


def test_ba_pendapat_official_is_the_kepala_seksi_pemeriksaan_by_default():
    clean = registry.validate("ba_pendapat", samples.sample_data("ba_pendapat"))
    assert clean["official_position"] == "Kepala Seksi Pemeriksaan"


def test_surat_keputusan_is_a_draft_marked_konsep_on_every_page_by_default(render):
    document = render("surat_keputusan")
    assert registry.validate("surat_keputusan",
                             samples.sample_data("surat_keputusan"))["draft"] is True
    pages = page_texts(document)
    assert len(pages) >= 2
    assert all("KONSEP" in page for page in pages)


def test_surat_keputusan_signed_has_no_konsep_mark(render):
    text = text_of(render("surat_keputusan", {"draft": False}))
    assert "KONSEP" not in text
    assert "Roni Yudianto" in text and "Rp50.000.000" in text


def test_surat_keputusan_refuses_bad_amounts_and_missing_considerations(render):
    assert _refusal(render, "surat_keputusan", {"amount": 0}).field == "amount"
    assert _refusal(render, "surat_keputusan", {"amount": "10000000"}).field == "amount"
    assert _refusal(render, "surat_keputusan", {"considerations": []}).field == "considerations"
    assert _refusal(render, "surat_keputusan", remove=("legal_bases",)).field == "legal_bases"
    assert _refusal(render, "surat_keputusan", {"draft": "ya"}).field == "draft"


def test_surat_keputusan_refuses_more_dictums_than_it_can_number(render):
    error = _refusal(render, "surat_keputusan", {"decisions": ["Diktum."] * 7})
    assert error.field == "decisions"
    assert "paling banyak 6 isian" in error.user_message


def test_rekap_refuses_totals_that_differ_from_its_rows(render):
    error = _refusal(render, "rekap_overstay", {"total_billed": 56_000_000})
    assert error.field == "total_billed"
    assert error.user_message == (
        "Jumlah biaya beban ditagihkan (total_billed) pada Rekapitulasi Biaya Beban Overstay "
        "tidak sama dengan hasil penjumlahan daftar (Rp57.000.000).")
    assert _refusal(render, "rekap_overstay", {"total_paid": 57_000_000}).field == "total_paid"
    assert _refusal(render, "rekap_overstay", {"total_days": 56}).field == "total_days"
    error = _refusal(render, "rekap_overstay", {"total_count": 5})
    assert error.field == "total_count" and "(6)" in error.user_message


def test_rekap_refuses_a_row_amount_other_than_days_times_rate(render):
    entries = samples.sample_data("rekap_overstay")["entries"]
    entries[1]["amount"] = 11_000_000
    error = _refusal(render, "rekap_overstay", {"entries": entries, "total_billed": None,
                                                "total_paid": None})
    assert error.field == "entries[1].amount"
    assert "Daftar biaya beban overstay baris 2: Jumlah biaya beban" in error.user_message
    assert "Rp12.000.000" in error.user_message


def test_rekap_paid_rows_name_their_proof_and_unpaid_rows_have_none(render):
    entries = samples.sample_data("rekap_overstay")["entries"]
    entries[0]["payment_reference"] = ""
    error = _refusal(render, "rekap_overstay", {"entries": entries})
    assert error.field == "entries[0].payment_reference"
    assert "wajib diisi" in error.user_message
    entries = samples.sample_data("rekap_overstay")["entries"]
    entries[4]["payment_reference"] = "9Z8Y7X6W5V4U3T2S"
    error = _refusal(render, "rekap_overstay", {"entries": entries})
    assert error.field == "entries[4].payment_reference"
    assert "sudah dibayar" in error.user_message


def test_rekap_refuses_more_than_sixty_days(render):
    entries = samples.sample_data("rekap_overstay")["entries"]
    entries[0].update(days=61, amount=None)
    error = _refusal(render, "rekap_overstay", {"entries": entries})
    assert error.field == "entries[0].days"
    assert "paling banyak 60" in error.user_message


def test_rekap_approver_needs_both_name_and_nip(render):
    error = _refusal(render, "rekap_overstay", remove=("approver_nip",))
    assert error.field == "approver_nip"
    assert "NIP pejabat yang mengetahui (approver_nip) wajib diisi" in error.user_message
    assert _refusal(render, "rekap_overstay", remove=("approver_name",)).field == "approver_name"


# --- detention and deportation ---------------------------------------------------------------

@pytest.mark.parametrize(("code", "field", "message"), [
    ("ba_pendetensian", "detainee_name",
     "Data Berita Acara Pendetensian belum lengkap: Nama deteni (detainee_name) wajib diisi."),
    ("ba_pendetensian", "decision_number",
     "Data Berita Acara Pendetensian belum lengkap: Nomor Keputusan Tindakan Administratif "
     "Keimigrasian (decision_number) wajib diisi."),
    ("ba_penggeledahan", "outcome",
     "Data Berita Acara Penggeledahan belum lengkap: Hasil penggeledahan (outcome) wajib "
     "diisi."),
    ("ba_pengeluaran", "order_number",
     "Data Berita Acara Pengeluaran Deteni belum lengkap: Nomor Surat Perintah Pengeluaran "
     "Deteni (order_number) wajib diisi."),
    ("sp_pendetensian", "bases",
     "Data Surat Perintah Pendetensian belum lengkap: Dasar (bases) wajib diisi."),
    ("sp_pengawalan", "officers",
     "Data Surat Perintah Pengawalan Deteni belum lengkap: Petugas yang diperintahkan "
     "(officers) wajib diisi."),
    ("surat_pengawasan_keberangkatan", "deportee_passport_number",
     "Data Surat Pengawasan Keberangkatan belum lengkap: Nomor paspor/dokumen perjalanan "
     "deteni (deportee_passport_number) wajib diisi."),
    ("tanda_terima_deteni", "items",
     "Data Tanda Terima Keperluan Deteni belum lengkap: Keperluan deteni yang diserahkan "
     "(items) wajib diisi."),
    ("sk_deportasi", "deportation_reason",
     "Data Keputusan Pendeportasian belum lengkap: Alasan pendeportasian (deportation_reason) "
     "wajib diisi."),
    ("register_deportasi", "preparer_nip",
     "Data Register Deportasi belum lengkap: NIP pembuat register (preparer_nip) wajib "
     "diisi."),
])
def test_detention_papers_refuse_a_missing_field_naming_it(render, code, field, message):
    error = _refusal(render, code, remove=(field,))
    assert error.field == field
    assert error.user_message == message


def test_detention_defaults_fill_in():
    clean = registry.validate("ba_penggeledahan", samples.sample_data("ba_penggeledahan"))
    assert clean["scope"] == "badan, pakaian, dan barang bawaan"
    clean = registry.validate("sk_deportasi", samples.sample_data("sk_deportasi"))
    assert clean["draft"] is True and clean["in_detention"] is True
    assert clean["head_position"] == "Kepala Kantor"
    clean = registry.validate("tanda_terima_deteni", samples.sample_data("tanda_terima_deteni"))
    assert clean["officer_position"] == "Petugas Ruang Detensi Imigrasi"
    entries = registry.validate("register_deportasi",
                                samples.sample_data("register_deportasi")
                                | {"total_carried_out": None})["entries"]
    assert entries[0]["status"] == "Terlaksana"


def test_an_officer_row_checks_its_nip_and_needs_a_position(render):
    officers = samples.sample_data("sp_pendetensian")["officers"]
    officers[1]["nip"] = "19920721"
    error = _refusal(render, "sp_pendetensian", {"officers": officers})
    assert error.field == "officers[1].nip"
    assert "Petugas yang diperintahkan baris 2: NIP" in error.user_message
    assert "18 angka" in error.user_message
    officers = samples.sample_data("sp_pendetensian")["officers"]
    officers[0]["position"] = ""
    assert _refusal(render, "sp_pendetensian", {"officers": officers}).field == \
        "officers[0].position"


def test_detention_rows_have_their_limits(render):
    officer = samples.sample_data("ba_pendetensian")["officers"][0]
    error = _refusal(render, "ba_pendetensian", {"officers": [officer] * 5})
    assert error.field == "officers" and "paling banyak 4 isian" in error.user_message
    witness = {"name": "Saksi", "id_number": None, "position": None}
    assert _refusal(render, "ba_penggeledahan", {"witnesses": [witness] * 4}).field == \
        "witnesses"
    # A search is always witnessed.
    error = _refusal(render, "ba_penggeledahan", {"witnesses": []})
    assert error.field == "witnesses" and "Saksi (witnesses) wajib diisi" in error.user_message
    items = [{"description": "Sabun", "quantity": 0}]
    error = _refusal(render, "tanda_terima_deteni", {"items": items})
    assert error.field == "items[0].quantity"
    assert "Keperluan deteni yang diserahkan baris 1: Jumlah" in error.user_message
    assert "paling sedikit 1" in error.user_message
    valuables = [{"description": "Cincin emas", "quantity": 1, "seal_number": " "}]
    assert _refusal(render, "tanda_terima_deteni", {"valuables": valuables}).field == \
        "valuables[0].seal_number"
    error = _refusal(render, "ba_penggeledahan",
                     {"items": [{"description": "Pisau lipat", "quantity": 1,
                                 "action": "Dibuang"}]})
    assert error.field == "items[0].action" and "Dititipkan kepada petugas" in error.user_message


def test_detention_choices_are_refused_outside_their_list(render):
    error = _refusal(render, "ba_pendetensian", {"ground": "overstay"})
    assert error.field == "ground" and "tanpa_izin_tinggal" in error.user_message
    assert _refusal(render, "ba_pengeluaran", {"reason": "kabur"}).field == "reason"
    entries = samples.sample_data("register_deportasi")["entries"]
    entries[0]["status"] = "Selesai"
    assert _refusal(render, "register_deportasi", {"entries": entries}).field == \
        "entries[0].status"


def test_the_receipt_refuses_cash_totals_that_differ_from_the_notes_counted(render):
    totals = [{"currency": "IDR", "amount": 850_000}, {"currency": "USD", "amount": 250},
              {"currency": "NGN", "amount": 15_000}]
    error = _refusal(render, "tanda_terima_deteni", {"cash_totals": totals})
    assert error.field == "cash_totals[1].amount"
    assert error.user_message == (
        "Jumlah uang per mata uang baris 2: Jumlah (cash_totals[1].amount) pada Tanda Terima "
        "Keperluan Deteni tidak sama dengan hasil penjumlahan daftar (USD 260).")
    # A currency counted but left out of the totals, and one totalled but never counted.
    error = _refusal(render, "tanda_terima_deteni", {"cash_totals": [totals[0]]})
    assert error.field == "cash_totals" and "(USD 260, NGN 15.000)" in error.user_message
    error = _refusal(render, "tanda_terima_deteni",
                     {"cash_totals": [*samples.sample_data("tanda_terima_deteni")["cash_totals"],
                                      {"currency": "EUR", "amount": 50}]})
    assert error.field == "cash_totals[3].amount" and "(EUR 0)" in error.user_message
    # Rupiah totals print as Rupiah; two rows of one currency add up.
    error = _refusal(render, "tanda_terima_deteni",
                     {"cash_totals": [{"currency": "IDR", "amount": 800_000},
                                      {"currency": "IDR", "amount": 100_000},
                                      *totals[1:]]})
    assert error.field == "cash_totals[0].amount" and "(Rp850.000)" in error.user_message
    split = [{"currency": "IDR", "amount": 800_000}, {"currency": "IDR", "amount": 50_000},
             {"currency": "USD", "amount": 260}, {"currency": "NGN", "amount": 15_000}]
    assert render("tanda_terima_deteni", {"cash_totals": split}).page_count >= 1


def test_the_receipt_checks_currency_codes_and_needs_the_envelope_seal(render):
    cash = [{"currency": "usd", "denomination": 100, "count": 1}]
    error = _refusal(render, "tanda_terima_deteni", {"cash": cash, "cash_totals": []})
    assert error.field == "cash[0].currency" and "3 huruf besar" in error.user_message
    error = _refusal(render, "tanda_terima_deteni", {"cash_seal_number": None})
    assert error.field == "cash_seal_number"
    assert "Nomor segel amplop uang (cash_seal_number) wajib diisi" in error.user_message


def test_an_order_cannot_end_before_it_starts(render):
    error = _refusal(render, "sp_pendetensian", {"valid_until": "2026-11-21"})
    assert error.field == "valid_until"
    assert error.user_message == ("Berlaku sampai dengan (valid_until) pada Surat Perintah "
                                  "Pendetensian tidak boleh sebelum tanggal 22 November 2026.")
    assert _refusal(render, "sp_pengawalan", {"valid_from": "2026-11-27"}).field == \
        "valid_until"


def test_a_deportation_or_transfer_names_its_destination(render):
    error = _refusal(render, "ba_pengeluaran", {"destination": None})
    assert error.field == "destination"
    assert "Tujuan (TPI keberangkatan atau Rumah Detensi Imigrasi) (destination) wajib diisi" \
        in error.user_message
    assert _refusal(render, "ba_pengeluaran", {"reason": "pemindahan",
                                               "destination": " "}).field == "destination"


def test_a_transfer_needs_the_receiving_officer_and_only_a_transfer_has_one(render):
    receiver = {"name": "Stefanus Lumban Gaol", "nip": "198704152008011002", "rank": None,
                "position": "Petugas Rudenim"}
    error = _refusal(render, "ba_pengeluaran", {"reason": "pemindahan",
                                                "destination": "Rudenim Jakarta"})
    assert error.field == "receivers"
    assert _refusal(render, "ba_pengeluaran", {"receivers": [receiver]}).field == "receivers"


def test_sk_deportasi_refuses_a_ban_period_without_the_proposal(render):
    error = _refusal(render, "sk_deportasi", {"propose_ban": False})
    assert error.field == "propose_ban"
    assert "Usul penangkalan (propose_ban) wajib diisi" in error.user_message


def test_sk_deportasi_has_room_for_five_further_dictums(render):
    assert render("sk_deportasi", {"decisions": ["Diktum."] * 5}).page_count >= 2
    error = _refusal(render, "sk_deportasi", {"decisions": ["Diktum."] * 6})
    assert error.field == "decisions" and "paling banyak 5 isian" in error.user_message


def test_register_deportasi_refuses_totals_that_differ_from_its_rows(render):
    error = _refusal(render, "register_deportasi", {"total_carried_out": 3})
    assert error.field == "total_carried_out"
    assert error.user_message == (
        "Jumlah pendeportasian terlaksana (total_carried_out) pada Register Deportasi tidak "
        "sama dengan hasil penjumlahan daftar (2).")
    assert _refusal(render, "register_deportasi", {"total_count": 5}).field == "total_count"
    assert _refusal(render, "register_deportasi",
                    {"total_ban_proposals": 4}).field == "total_ban_proposals"
    assert _refusal(render, "register_deportasi", remove=("approver_nip",)).field == \
        "approver_nip"


# --- receipts of the permit and passport counters ------------------------------------------------

@pytest.mark.parametrize(("code", "field", "message"), [
    ("tanda_terima_permohonan", "applicant_name",
     "Data Tanda Terima Permohonan belum lengkap: Nama pemohon (applicant_name) wajib diisi."),
    ("tanda_terima_permohonan", "documents",
     "Data Tanda Terima Permohonan belum lengkap: Berkas yang diterima (documents) wajib "
     "diisi."),
    ("tanda_terima_pembayaran", "ntpn",
     "Data Tanda Bukti Pembayaran belum lengkap: NTPN (Nomor Transaksi Penerimaan Negara) "
     "(ntpn) wajib diisi."),
    ("tanda_terima_kompensasi", "allocated_on",
     "Data Tanda Terima Pemberian Kompensasi Antar Paspor belum lengkap: Tanggal paspor "
     "dialokasikan (allocated_on) wajib diisi."),
])
def test_receipts_refuse_a_missing_field_naming_it(render, code, field, message):
    error = _refusal(render, code, remove=(field,))
    assert error.field == field
    assert error.user_message == message


def test_receipt_defaults_fill_in():
    clean = registry.validate("tanda_terima_permohonan",
                              samples.sample_data("tanda_terima_permohonan"))
    assert clean["pickup_requirements"] == ("Tanda terima permohonan ini dan tanda bukti "
                                            "pembayaran")
    assert clean["officer_position"] == "Petugas Loket Pelayanan"
    clean = registry.validate("tanda_terima_pembayaran",
                              samples.sample_data("tanda_terima_pembayaran"))
    assert clean["officer_position"] == "Bendahara Penerimaan"
    clean = registry.validate("tanda_terima_kompensasi",
                              samples.sample_data("tanda_terima_kompensasi"))
    assert clean["recipient_relation"] == "Pemohon sendiri"


def test_application_receipt_checks_its_service_documents_and_phone(render):
    error = _refusal(render, "tanda_terima_permohonan", {"service": "ITAS"})
    assert error.field == "service" and "Perpanjangan Izin Tinggal Terbatas (ITAS)" in \
        error.user_message
    documents = [{"name": "Paspor", "form": "Salinan", "count": 1}]
    error = _refusal(render, "tanda_terima_permohonan", {"documents": documents})
    assert error.field == "documents[0].form" and "Asli, Fotokopi" in error.user_message
    documents = [{"name": "Paspor", "form": "Asli", "count": 0}]
    error = _refusal(render, "tanda_terima_permohonan", {"documents": documents})
    assert error.field == "documents[0].count"
    assert "Berkas yang diterima baris 1: Jumlah" in error.user_message
    assert "paling sedikit 1" in error.user_message
    error = _refusal(render, "tanda_terima_permohonan", {"applicant_phone": "telp. 0812"})
    assert error.field == "applicant_phone" and "tidak sesuai format" in error.user_message


def test_application_receipt_refuses_a_completion_date_before_the_receipt_day(render):
    error = _refusal(render, "tanda_terima_permohonan", {"expected_on": "2026-11-24"})
    assert error.field == "expected_on"
    assert error.user_message == ("Perkiraan tanggal selesai (expected_on) pada Tanda Terima "
                                  "Permohonan tidak boleh sebelum tanggal 25 November 2026.")
    assert render("tanda_terima_permohonan", {"expected_on": "2026-11-25"}).page_count == 2
    # 17.30 UTC on 25 November is already 26 November at every Indonesian office.
    error = _refusal(render, "tanda_terima_permohonan",
                     {"received_at": datetime(2026, 11, 25, 17, 30, tzinfo=UTC),
                      "expected_on": "2026-11-25"})
    assert error.field == "expected_on" and "26 November 2026" in error.user_message


def test_payment_receipt_refuses_a_total_that_differs_from_its_items(render):
    error = _refusal(render, "tanda_terima_pembayaran", {"total": 900_000})
    assert error.field == "total"
    assert error.user_message == ("Jumlah total (total) pada Tanda Bukti Pembayaran tidak sama "
                                  "dengan hasil penjumlahan daftar (Rp950.000).")
    items = [{"description": "Paspor biasa elektronik masa berlaku 10 tahun", "quantity": 1,
              "unit": "buku", "rate": 950_000},
             {"description": "Biaya beban paspor hilang", "quantity": 1, "unit": "kali",
              "rate": 1_000_000}]
    error = _refusal(render, "tanda_terima_pembayaran", {"items": items})
    assert error.field == "total" and "(Rp1.950.000)" in error.user_message
    assert render("tanda_terima_pembayaran", {"items": items, "total": None}).page_count == 1


def test_payment_receipt_checks_the_ntpn_and_the_billing_code(render):
    error = _refusal(render, "tanda_terima_pembayaran", {"ntpn": "b7e40c2f19a3d865"})
    assert error.field == "ntpn" and "16 huruf besar atau angka" in error.user_message
    assert _refusal(render, "tanda_terima_pembayaran",
                    {"ntpn": "B7E40C2F19A3D86"}).field == "ntpn"
    assert _refusal(render, "tanda_terima_pembayaran",
                    {"billing_code": "82026 11250 19073"}).field == "billing_code"


def test_compensation_receipt_refuses_a_passport_allocated_on_time(render):
    for allocated in ("2026-11-20", "2026-11-19"):
        error = _refusal(render, "tanda_terima_kompensasi", {"allocated_on": allocated})
        assert error.field == "allocated_on"
        assert error.user_message == (
            "Tanggal paspor dialokasikan (allocated_on) pada Tanda Terima Pemberian Kompensasi "
            "Antar Paspor harus sesudah batas waktu alokasi tanggal 20 November 2026: paspor "
            "yang dialokasikan paling lambat 2 (dua) hari kerja setelah pembayaran tidak "
            "mendapat kompensasi antar paspor.")


def test_compensation_receipt_refuses_a_deadline_before_the_payment(render):
    error = _refusal(render, "tanda_terima_kompensasi", {"allocation_deadline": "2026-11-17"})
    assert error.field == "allocation_deadline"
    assert error.user_message == (
        "Batas waktu alokasi paspor (2 hari kerja setelah pembayaran) (allocation_deadline) pada "
        "Tanda Terima Pemberian Kompensasi Antar Paspor tidak boleh sebelum tanggal 18 November "
        "2026.")


def test_compensation_receipt_refuses_a_delivery_before_the_allocation(render):
    # 16.30 UTC on 23 November is 23.30 WIB, 00.30 WITA and 01.30 WIT on the 24th: an office
    # in WITA or WIT may deliver then, so it is not refused.
    assert render("tanda_terima_kompensasi",
                  {"delivered_at": datetime(2026, 11, 23, 16, 30, tzinfo=UTC)}).page_count == 1
    error = _refusal(render, "tanda_terima_kompensasi",
                     {"delivered_at": datetime(2026, 11, 23, 14, 0, tzinfo=UTC)})
    assert error.field == "delivered_at"
    assert "tidak boleh sebelum tanggal 24 November 2026" in error.user_message


# --- stay permits (SOP izin tinggal, SKIM) -----------------------------------------------------

def test_an_image_field_refuses_what_is_not_a_png_or_jpeg_naming_the_field(render):
    error = _refusal(render, "kartu_izin_tinggal", {"photo": b"not an image"})
    assert error.field == "photo"
    assert error.user_message == ("Foto pemegang izin tinggal (photo) pada Kartu Izin Tinggal "
                                  "Terbatas/Tetap harus berupa gambar PNG atau JPEG.")
    gif = io.BytesIO()
    Image.new("RGB", (16, 16)).save(gif, format="GIF")
    assert _refusal(render, "kartu_izin_tinggal", {"photo": gif.getvalue()}).field == "photo"
    # A file name or a truncated PNG is not a picture either.
    assert _refusal(render, "kartu_izin_tinggal", {"photo": "foto.png"}).field == "photo"
    photo = samples.sample_photo()
    assert _refusal(render, "kartu_izin_tinggal", {"photo": photo[:60]}).field == "photo"
    # An empty photo is no photo: the card prints the box for one glued on.
    assert "FOTO" in page_texts(render("kartu_izin_tinggal", {"photo": b""}))[0]


def test_a_stay_permit_cannot_end_before_it_starts(render):
    error = _refusal(render, "stiker_izin_tinggal", {"valid_until": "2026-11-22"})
    assert error.field == "valid_until"
    assert error.user_message == ("Berlaku sampai dengan (valid_until) pada Stiker Izin Tinggal "
                                  "tidak boleh sebelum tanggal 23 November 2026.")
    assert render("stiker_izin_tinggal", {"valid_until": "2026-11-23"}).page_count == 1


def test_the_sticker_activity_fits_the_permit(render):
    error = _refusal(render, "stiker_izin_tinggal", {"activity": "Pemberian"})
    assert error.field == "activity" and "harus salah satu dari: Perpanjangan" in \
        error.user_message
    error = _refusal(render, "stiker_izin_tinggal", {"permit_kind": "ITK",
                                                      "activity": "Alih status",
                                                      "extension_count": None})
    assert error.field == "permit_kind" and "ITAS, ITAP" in error.user_message
    error = _refusal(render, "stiker_izin_tinggal", {"permit_index": "e33g"})
    assert error.field == "permit_index" and "misalnya E33G atau C1" in error.user_message
    error = _refusal(render, "stiker_izin_tinggal", {"signer_nip": "1977"})
    assert error.field == "signer_nip" and "18 angka" in error.user_message


def test_skim_refuses_a_permit_history_out_of_date_order(render):
    permits = samples.sample_data("skim")["permits"]
    permits[1], permits[2] = permits[2], permits[1]
    error = _refusal(render, "skim", {"permits": permits})
    assert error.field == "permits[2].valid_from"
    assert error.user_message == (
        "Riwayat izin tinggal baris 3: Berlaku sejak (permits[2].valid_from) pada Surat "
        "Keterangan Keimigrasian tidak boleh sebelum tanggal 14 Maret 2018 pada baris "
        "sebelumnya: urutkan daftar menurut tanggal.")
    permits = samples.sample_data("skim")["permits"]
    permits[0]["valid_until"] = date(2016, 3, 13)
    error = _refusal(render, "skim", {"permits": permits})
    assert error.field == "permits[0].valid_until"
    assert "tidak boleh sebelum tanggal 14 Maret 2016" in error.user_message


def test_skim_needs_a_permit_an_address_and_residence_the_permits_show(render):
    error = _refusal(render, "skim", {"permits": []})
    assert error.field == "permits"
    assert "Riwayat izin tinggal (permits) wajib diisi" in error.user_message
    error = _refusal(render, "skim", remove=("holder_address",))
    assert error.field == "holder_address"
    assert "Alamat orang asing di Indonesia (holder_address) wajib diisi" in error.user_message
    error = _refusal(render, "skim", {"resident_since": "2015-01-01"})
    assert error.field == "resident_since"
    assert "tidak boleh sebelum tanggal 14 Maret 2016" in error.user_message
    permits = samples.sample_data("skim")["permits"]
    permits[0]["kind"] = "KITAS"
    assert _refusal(render, "skim", {"permits": permits}).field == "permits[0].kind"
