"""Indonesian dates, times, money and numbers in words, as printed on documents."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from printing.formatting import (
    format_billing_code,
    format_date,
    format_datetime,
    format_day_date,
    format_money,
    format_nip,
    format_time,
    spell_date,
    spell_number,
    spell_rupiah,
)

TEN_WIB = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)


@pytest.mark.parametrize(("value", "expected"), [
    (date(2026, 11, 22), "22 November 2026"),
    (date(2026, 1, 1), "1 Januari 2026"),
    (date(2026, 8, 17), "17 Agustus 2026"),
    (date(2024, 2, 29), "29 Februari 2024"),
])
def test_dates_use_indonesian_month_names(value, expected):
    assert format_date(value) == expected


@pytest.mark.parametrize(("value", "expected"), [
    (date(2026, 11, 25), "Rabu, 25 November 2026"),
    (date(2026, 11, 22), "Minggu, 22 November 2026"),
    (date(2026, 11, 27), "Jumat, 27 November 2026"),
    (date(2026, 11, 23), "Senin, 23 November 2026"),
])
def test_day_names_are_indonesian(value, expected):
    assert format_day_date(value) == expected


@pytest.mark.parametrize(("zone", "expected"), [
    ("Asia/Jakarta", "10.00 WIB"),
    ("Asia/Pontianak", "10.00 WIB"),
    ("Asia/Makassar", "11.00 WITA"),
    ("Asia/Jayapura", "12.00 WIT"),
])
def test_time_is_shown_in_the_office_zone_with_its_name(zone, expected):
    assert format_time(TEN_WIB, zone) == expected


def test_a_zone_outside_indonesia_is_named_by_its_offset():
    assert format_time(TEN_WIB, "Asia/Kolkata") == "08.30 UTC+05.30"


def test_datetime_takes_the_day_of_the_office_zone():
    late_utc = datetime(2026, 11, 24, 17, 30, tzinfo=UTC)
    assert format_datetime(late_utc, "Asia/Jakarta") == "Rabu, 25 November 2026 pukul 00.30 WIB"


def test_naive_times_are_refused():
    with pytest.raises(ValueError, match="naive"):
        format_time(datetime(2026, 11, 25, 10, 0), "Asia/Jakarta")


@pytest.mark.parametrize(("amount", "expected"), [
    (1_500_000, "Rp1.500.000"),
    (1_000_000, "Rp1.000.000"),
    (950, "Rp950"),
    (0, "Rp0"),
    (-25_000, "-Rp25.000"),
])
def test_money_is_whole_rupiah_with_dot_thousands(amount, expected):
    assert format_money(amount) == expected


@pytest.mark.parametrize("amount", [1.5, "1500", True])
def test_money_must_be_an_int(amount):
    with pytest.raises(TypeError):
        format_money(amount)


@pytest.mark.parametrize(("value", "expected"), [
    (0, "nol"),
    (1, "satu"),
    (11, "sebelas"),
    (15, "lima belas"),
    (20, "dua puluh"),
    (100, "seratus"),
    (111, "seratus sebelas"),
    (1000, "seribu"),
    (2026, "dua ribu dua puluh enam"),
    (12_000_000, "dua belas juta"),
    (1_500_000, "satu juta lima ratus ribu"),
    (1_001_011, "satu juta seribu sebelas"),
    (2_000_000_000, "dua miliar"),
])
def test_numbers_in_words(value, expected):
    assert spell_number(value) == expected


def test_rupiah_in_words():
    assert spell_rupiah(1_500_000) == "satu juta lima ratus ribu rupiah"


def test_date_in_words_as_berita_acara_write_it():
    assert spell_date(date(2026, 11, 25)) == (
        "tanggal dua puluh lima bulan November tahun dua ribu dua puluh enam")


@pytest.mark.parametrize(("nip", "expected"), [
    ("197706261997031001", "19770626 199703 1 001"),
    ("19770626 199703 1 001", "19770626 199703 1 001"),
    ("78050123", "78050123"),
])
def test_nip_is_grouped_as_on_letters(nip, expected):
    assert format_nip(nip) == expected


def test_billing_codes_are_grouped_by_five():
    assert format_billing_code("820261125004217") == "82026 11250 04217"
