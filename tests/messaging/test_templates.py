"""Notification texts in Indonesian and phone numbers made E.164."""

from __future__ import annotations

import pytest

from app.errors import NotFoundError, ValidationError
from app.messaging.phone import normalise_phone
from app.messaging.templates import MAX_LENGTH, TEMPLATES, render

FIELDS = {"name": "Siti Aminah", "number": "PAS-2026-000123", "place": "Loket 3 Kanim Uji",
          "hours": "Senin-Jumat 08.00-15.00 WIB", "office": "Kantor Imigrasi Uji",
          "date": "3 Desember 2026", "reason": "akta kelahiran belum dilegalisir",
          "deadline": "17 Desember 2026"}


def test_passport_ready_is_rendered_in_indonesian_with_every_field():
    text = render("passport_ready", FIELDS)
    assert text == (
        "Yth. Siti Aminah, paspor Anda untuk permohonan nomor PAS-2026-000123 sudah selesai dan "
        "siap diambil di Loket 3 Kanim Uji pada Senin-Jumat 08.00-15.00 WIB. Bawa tanda terima "
        "permohonan dan bukti pembayaran; pengambilan oleh orang lain wajib dengan surat kuasa. "
        "Pesan ini dikirim otomatis oleh Kantor Imigrasi Uji; mohon tidak membalas pesan ini.")


@pytest.mark.parametrize("code, words", [
    ("permit_ready", "izin tinggal Anda nomor PAS-2026-000123 telah selesai diproses"),
    ("application_received", "telah diterima di Kantor Imigrasi Uji pada 3 Desember 2026"),
    ("application_returned", "perlu perbaikan dokumen: akta kelahiran belum dilegalisir"),
])
def test_every_template_names_the_office_and_stays_short(code, words):
    text = render(code, FIELDS)
    assert words in text
    assert "Kantor Imigrasi Uji" in text
    assert "{" not in text and len(text) < MAX_LENGTH


def test_every_template_holds_the_office_placeholder():
    assert all("office" in t.fields for t in TEMPLATES.values())
    assert {"passport_ready", "permit_ready", "application_received",
            "application_returned"} <= set(TEMPLATES)


def test_a_missing_or_blank_field_is_refused_naming_it():
    with pytest.raises(ValidationError) as caught:
        render("passport_ready", {**FIELDS, "place": "  ", "hours": None} | {"hours": ""})
    assert caught.value.params["field"] == "place, hours"
    assert caught.value.user_message == (
        "Isian place, hours wajib diisi untuk pesan \"Paspor siap diambil\".")


def test_a_text_over_the_limit_is_refused():
    with pytest.raises(ValidationError, match="1"):
        render("application_returned", {**FIELDS, "reason": "dokumen " * 150})


def test_an_unknown_template_is_not_found():
    with pytest.raises(NotFoundError) as caught:
        render("visa_ready", FIELDS)
    assert "visa_ready" in caught.value.user_message


@pytest.mark.parametrize("written, e164", [
    ("0812-3456-7890", "+6281234567890"),
    ("081234567890", "+6281234567890"),
    ("6281234567890", "+6281234567890"),
    ("+62 812 3456 7890", "+6281234567890"),
    ("0062 812 3456 7890", "+6281234567890"),
    ("+61 412 345 678", "+61412345678"),
    ("0044 20 7946 0958", "+442079460958"),
])
def test_phone_numbers_are_normalised_to_e164(written, e164):
    assert normalise_phone(written) == e164


@pytest.mark.parametrize("written", [
    "812345678",  # no 0 and no country code
    "021-5551234",  # a Jakarta landline: no WhatsApp, no SMS
    "+62 812",  # too short
    "08123456789012345",  # too long
    "0812-ABCD-7890",
    "+0 123 4567 8901",
    "",
])
def test_garbage_numbers_are_refused_naming_the_number(written):
    with pytest.raises(ValidationError) as caught:
        normalise_phone(written)
    assert f"Nomor telepon \"{written.strip()}\" tidak valid" in caught.value.user_message
