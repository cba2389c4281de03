"""Registers: one day or a period, their sums checked against the rows, and the same rows as
CSV for Excel."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime

import pytest

from printing import registry, samples
from printing.registers import register_templates, to_csv
from printing.schema import DocumentDataError
from tests.printing.conftest import text_of

REGISTERS = ("rekap_overstay", "register_deportasi", "register_dokumen", "register_paspor",
             "register_pengaduan")


def _csv(code: str, data: dict | None = None) -> list[list[str]]:
    text = to_csv(code, data or samples.sample_data(code), "Asia/Jakarta")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


def test_every_register_declares_its_table():
    assert {t.code for t in register_templates()} >= set(REGISTERS)
    for template in register_templates():
        assert template.field(template.table.rows).fields  # a ROWS field of the template


@pytest.mark.parametrize("code", REGISTERS)
def test_register_csv_has_a_line_per_row_in_the_order_given(code):
    data = samples.sample_data(code)
    header, *lines = _csv(code)
    assert header[0] == "No."
    assert len(header) == len(registry.get_template(code).table.columns) + 1
    assert [line[0] for line in lines] == [str(i) for i in range(1, len(data["entries"]) + 1)]
    assert all(len(line) == len(header) for line in lines)


def test_passport_register_csv_values_stay_plain_for_excel():
    header, first, *_ = _csv("register_paspor")
    values = dict(zip(header, first, strict=True))
    assert values["Waktu selesai"] == "25-11-2026 08:15"  # office time (WIB), not UTC
    assert values["Berlaku sampai"] == "24-11-2036"
    assert values["PNBP"] == "950000"  # a number Excel can sum, not "Rp950.000"
    assert values["Percepatan"] == "Tidak"
    assert values["Nama pemohon"] == "Muhammad Rizky Fadhilah Nasution"


def test_csv_keeps_semicolons_quotes_and_line_breaks_inside_a_cell():
    data = samples.sample_data("register_dokumen")
    data["entries"][0]["holder"] = 'PT "Maju; Jaya"'
    header, first, *_ = _csv("register_dokumen", data)
    assert dict(zip(header, first, strict=True))["Atas nama"] == 'PT "Maju; Jaya"'


def test_csv_refuses_invalid_data_like_the_pdf_does():
    data = samples.sample_data("register_paspor")
    data["entries"][1]["fee"] = -1
    with pytest.raises(DocumentDataError) as raised:
        to_csv("register_paspor", data, "Asia/Jakarta")
    assert raised.value.field == "entries[1].fee"


def test_only_registers_export_as_csv():
    with pytest.raises(ValueError):
        to_csv("stp", samples.sample_data("stp"), "Asia/Jakarta")


@pytest.mark.parametrize("code", REGISTERS)
def test_a_register_over_a_period_names_it_and_dates_each_time(render, code):
    text = text_of(render(code, {"day": date(2026, 11, 1), "until": date(2026, 11, 30)}))
    assert "Periode : 1 November 2026 s.d. 30 November 2026" in text
    assert "Hari, tanggal" not in text
    assert "(25/11)" in text or "(26/11)" in text  # each time with its day and month


@pytest.mark.parametrize("code", REGISTERS)
def test_a_period_that_ends_before_it_starts_is_refused(render, code):
    with pytest.raises(DocumentDataError) as raised:
        render(code, {"until": date(2026, 10, 31)})
    assert raised.value.field == "until"
    first = samples.sample_data(code)["day"]
    assert f"tidak boleh sebelum tanggal {first.day} November 2026" in raised.value.user_message


@pytest.mark.parametrize(("code", "total", "value"), [
    ("register_dokumen", "total_prints", 9),
    ("register_paspor", "total_fee", 1),
    ("register_paspor", "total_handed_over", 4),
])
def test_a_register_total_must_agree_with_its_rows(render, code, total, value):
    with pytest.raises(DocumentDataError) as raised:
        render(code, {total: value})
    assert raised.value.field == total


@pytest.mark.parametrize("code", ["register_dokumen", "register_paspor"])
def test_an_empty_register_says_nihil(render, code):
    empty = {"entries": [], "approver_name": None, "approver_nip": None}
    empty.update({name: 0 for name in samples.sample_data(code) if name.startswith("total_")})
    text = text_of(render(code, empty))
    assert "(nihil)" in text and "Mengetahui" not in text


def test_a_long_passport_register_flows_over_pages_repeating_its_header(render):
    entries = [dict(e) for e in samples.sample_data("register_paspor")["entries"] * 30]
    for index, entry in enumerate(entries):
        entry["issued_at"] = datetime(2026, 11, 25, 1, index % 60, tzinfo=UTC)
    document = render("register_paspor", {"entries": entries, "total_count": None,
                                          "total_handed_over": None, "total_fee": None})
    assert document.page_count >= 4
    text = text_of(document)
    assert "Rp147.000.000" in text and "120 buku" in text
