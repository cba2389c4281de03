"""Rendering refuses missing or malformed data with an Indonesian message naming the field."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.errors import GapuraError
from printing import registry, samples
from printing.registry import UnknownDocumentError
from printing.schema import DocumentDataError, Field, FieldType, check_declarations, text


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
