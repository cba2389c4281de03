"""The Laporan document: the office's report for a period, a table per section."""

from __future__ import annotations

import pytest
from reportlab.lib.units import mm

from printing import samples
from printing.schema import DocumentDataError
from tests.printing.conftest import page_texts, reader, text_of


def test_laporan_prints_its_sections_tables_sums_and_signers(render, office):
    document = render("laporan")
    text = text_of(document)
    for expected in ("LAPORAN KEGIATAN KANTOR", f"Nomor: {samples.SAMPLE_NUMBER}",
                     "Periode : 1 November 2026 s.d. 30 November 2026",
                     "1. Perlintasan per Jam", "08.00 1.730 1.312 3.042",
                     "Jumlah 4.942 4.054 8.996",
                     "2. Rekap Overstay dan Biaya Beban",
                     "25-11-2026 6 57 Rp57.000.000 Rp30.000.000 Rp27.000.000",
                     "3. Permohonan Paspor per Status",
                     "Pada periode tersebut tidak terdapat data (nihil).",
                     "Yang membuat,", "Bambang Sutrisno Hadiwijaya", "NIP. 19750214 199803 1 002",
                     "Mengetahui,", "Roni Yudianto"):
        assert expected in text
    assert office.name.upper() in page_texts(document)[0]
    page = reader(document).pages[0].mediabox
    assert (float(page.width), float(page.height)) == pytest.approx((297 * mm, 210 * mm))


def test_a_line_with_a_cell_too_many_is_refused_naming_it(render):
    data = samples.sample_data("laporan")
    data["sections"][1]["lines"][0]["cells"].append("Rp1")
    with pytest.raises(DocumentDataError) as refused:
        render("laporan", {"sections": data["sections"]})
    assert refused.value.field == "sections[1].lines"
    assert "6 sel" in refused.value.user_message


def test_sums_with_a_cell_too_few_are_refused(render):
    data = samples.sample_data("laporan")
    data["sections"][0]["totals"] = ["Jumlah", "4.942"]
    with pytest.raises(DocumentDataError) as refused:
        render("laporan", {"sections": data["sections"]})
    assert refused.value.field == "sections[0].totals"


def test_a_report_of_one_day_names_its_day(render):
    text = text_of(render("laporan", {"until": None, "subject": "Perlintasan per Jam"}))
    assert "LAPORAN PERLINTASAN PER JAM" in text
    assert "Hari, tanggal : Minggu, 1 November 2026" in text
