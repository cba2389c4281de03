"""The passport blank inventory's berita acara (issue 9 point 6): blanks received by serial
range and a blank spoiled, rendered through the registry and read back."""

from __future__ import annotations

import pytest

from printing import samples
from printing.schema import DocumentDataError
from tests.printing.conftest import page_texts, text_of

RECEIVED = "berita_acara_serah_terima_blangko"
SPOILED = "berita_acara_kerusakan_blangko"


def _items(**changes):
    items = samples.sample_data(RECEIVED)["items"]
    items[0].update(changes)
    return items


def test_serah_terima_lists_each_range_and_their_total(render):
    text = text_of(render(RECEIVED))
    for expected in ("BERITA ACARA SERAH TERIMA BLANGKO PASPOR",
                     f"Nomor: {samples.SAMPLE_NUMBER}",
                     "Pada hari ini Rabu tanggal dua puluh lima bulan November",
                     "Pihak yang menyerahkan : Direktorat Dokumen Perjalanan",
                     "Surat pengantar : IMI.4-UM.01.01-3371/2026",
                     "1. Paspor biasa elektronik 48 halaman E2410001 E2420000 10.000",
                     "2. Paspor biasa non-elektronik 48 halaman C9180001 C9182500 2.500",
                     "Jumlah 12.500",
                     "Seluruhnya berjumlah 12.500 (dua belas ribu lima ratus) buku",
                     "Yang menerima, Operator Cetak Dewi Kartika Sari Simatupang",
                     "Mengetahui, Kepala Seksi Lalu Lintas Keimigrasian Bambang Sutrisno"):
        assert expected in text


def test_serah_terima_without_the_kasi_leaves_a_line_to_sign(render):
    text = text_of(render(RECEIVED, {"approver_name": None, "approver_nip": None}))
    assert "Mengetahui, Kepala Seksi Lalu Lintas Keimigrasian (....." in text
    assert "Bambang" not in text


@pytest.mark.parametrize(("changes", "column", "words"), [
    ({"last_serial": "F2420000"}, "last_serial", "berawalan huruf yang sama"),
    ({"last_serial": "E2400000"}, "last_serial", "lebih kecil"),
    ({"quantity": 9_999}, "quantity", "tidak sama dengan banyaknya nomor seri"),
])
def test_serah_terima_refuses_a_range_that_does_not_add_up(render, changes, column, words):
    with pytest.raises(DocumentDataError) as caught:
        render(RECEIVED, {"items": _items(**changes)})
    assert caught.value.field == f"items[0].{column}"
    assert words in caught.value.user_message


def test_kerusakan_names_the_blank_the_reason_the_officer_witness_and_kasi(render):
    [page] = page_texts(render(SPOILED))
    for expected in ("BERITA ACARA KERUSAKAN BLANGKO PASPOR",
                     "Nama : Dewi Kartika Sari Simatupang", "NIP : 19910723 201402 2 001",
                     "Jenis blangko : Paspor biasa elektronik 48 halaman",
                     "Nomor seri blangko : E2417736", "Nomor permohonan : 2026112501840",
                     "Foto pemohon tercetak bergaris", "dicatat rusak dalam persediaan",
                     "Mengetahui, Kepala Seksi Lalu Lintas Keimigrasian Bambang Sutrisno",
                     "Yang membuat, Operator Cetak Dewi Kartika Sari Simatupang",
                     "Saksi: Petugas Paspor Rahmat Hidayatullah"):
        assert expected in page


def test_kerusakan_needs_a_witness_and_a_well_formed_serial(render):
    with pytest.raises(DocumentDataError) as caught:
        render(SPOILED, {"witnesses": []})
    assert caught.value.field == "witnesses"
    with pytest.raises(DocumentDataError) as caught:
        render(SPOILED, {"serial": "E241773"})
    assert caught.value.field == "serial"
