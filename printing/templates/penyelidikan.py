"""Papers of an intelligence inquiry (seed 002 C5, Penyelidikan Intelijen Keimigrasian).

- Rencana Kegiatan Penyelidikan Keimigrasian: C5 step 1, the Kasi Inteldakim's plan — the
  target from the public's report, the purpose, the method, the officers, the period, the
  location and the budget — on which the Kakanim's Surat Perintah (`surat_perintah_tugas`) is
  issued.
- Laporan Informasi: C5 step 4 ("Laporan Kegiatan Penyelidikan Intelijen Keimigrasian dan/atau
  Laporan Informasi"), the intelligence officer's report of a piece of information: its
  source, the information, the assessment of the source's reliability (A-F) and of the
  information's credibility (1-6), and the recommendation. The Laporan Kegiatan of the inquiry
  is the house `laporan_kegiatan`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.i18n import QT_TRANSLATE_NOOP
from printing.base import (
    DocumentTemplate,
    Output,
    RenderContext,
    dated,
    not_before,
    officer_rows,
    signer_fields,
)
from printing.formatting import format_date
from printing.layout import (
    content_width,
    field_table,
    heading,
    letterhead,
    numbered,
    officers_grid,
    paragraphs,
    render_story,
    report_closing,
    title_block,
)
from printing.pages import F4
from printing.schema import choice, date_field, text, text_list

# The usual intelligence grading (the "Admiralty" scale the Inteldakim reports use): how far
# the source is to be trusted, and how far the information is confirmed.
# The paper prints the Indonesian; the form offering them translates them (marked for it).
SOURCE_RELIABILITY = {
    "A": QT_TRANSLATE_NOOP("gapura", "Sangat dapat dipercaya"),
    "B": QT_TRANSLATE_NOOP("gapura", "Biasanya dapat dipercaya"),
    "C": QT_TRANSLATE_NOOP("gapura", "Cukup dapat dipercaya"),
    "D": QT_TRANSLATE_NOOP("gapura", "Biasanya tidak dapat dipercaya"),
    "E": QT_TRANSLATE_NOOP("gapura", "Tidak dapat dipercaya"),
    "F": QT_TRANSLATE_NOOP("gapura", "Keandalan tidak dapat dinilai"),
}
INFORMATION_CREDIBILITY = {
    "1": QT_TRANSLATE_NOOP("gapura", "Dikonfirmasi oleh sumber lain"),
    "2": QT_TRANSLATE_NOOP("gapura", "Kemungkinan besar benar"),
    "3": QT_TRANSLATE_NOOP("gapura", "Mungkin benar"),
    "4": QT_TRANSLATE_NOOP("gapura", "Diragukan kebenarannya"),
    "5": QT_TRANSLATE_NOOP("gapura", "Tidak mungkin benar"),
    "6": QT_TRANSLATE_NOOP("gapura", "Kebenaran tidak dapat dinilai"),
}
CLASSIFICATIONS = ("Rahasia", "Terbatas", "Biasa")

# --- Rencana Kegiatan Penyelidikan Keimigrasian ------------------------------------------------

PLAN_FIELDS = (
    text("addressed_to", "Ditujukan kepada", 150, required=False, default="Kepala Kantor"),
    choice("classification", "Sifat", CLASSIFICATIONS, required=False, default="Rahasia"),
    text("report_reference", "Nomor laporan masyarakat", 80),
    text("target", "Sasaran penyelidikan", 2000, multiline=True),
    text("purpose", "Tujuan", 2000, multiline=True),
    text("method", "Cara bertindak", 2000, multiline=True),
    officer_rows("officers", "Petugas pelaksana", max_items=10),
    date_field("period_start", "Mulai"),
    date_field("period_end", "Selesai"),
    text("location", "Lokasi", 250),
    text("budget", "Anggaran", 500, required=False, default="DIPA Kantor Imigrasi tahun berjalan"),
    text_list("equipment", "Sarana dan prasarana", max_length=200, max_items=10),
    *signer_fields("planner", "penyusun", "Kepala Seksi Intelijen dan Penindakan Keimigrasian"),
)


def plan_period_in_order(template: DocumentTemplate, data: Mapping[str, Any]) -> None:
    not_before(template, "period_end", data["period_end"], data["period_start"])


def build_plan(ctx: RenderContext) -> Output:
    d = ctx.data
    width = content_width(ctx)
    indent = 6 * mm
    period = format_date(d["period_start"])
    if d["period_end"] != d["period_start"]:
        period += f" s.d. {format_date(d['period_end'])}"
    story: list[Flowable] = [
        *letterhead(ctx),
        *title_block("Rencana Kegiatan Penyelidikan Keimigrasian", ctx.number),
        field_table([("Kepada Yth.", d["addressed_to"]), ("Dari", d["planner_position"]),
                     ("Tanggal", ctx.issued_date()), ("Sifat", d["classification"]),
                     ("Dasar", f"Laporan masyarakat Nomor {d['report_reference']}")],
                    width, 30 * mm),
        Spacer(1, 3 * mm),
        heading("I. SASARAN"), *paragraphs(d["target"]),
        heading("II. TUJUAN"), *paragraphs(d["purpose"]),
        heading("III. CARA BERTINDAK"), *paragraphs(d["method"]),
        heading("IV. PETUGAS PELAKSANA"), officers_grid(d["officers"], width),
        heading("V. WAKTU DAN TEMPAT"),
        field_table([("Waktu", period), ("Lokasi", d["location"])], width, indent=indent),
        heading("VI. ANGGARAN"), *paragraphs(d["budget"]),
    ]
    if d["equipment"]:
        story += [heading("VII. SARANA DAN PRASARANA"), numbered(d["equipment"], width, indent)]
    story.append(report_closing(
        ctx, "Demikian rencana kegiatan ini disusun sebagai dasar penerbitan Surat Perintah "
             "pelaksanaan kegiatan penyelidikan intelijen keimigrasian.", "planner",
        "Penyusun,", width))
    return render_story(ctx, story)


# --- Laporan Informasi --------------------------------------------------------------------------

INFORMATION_FIELDS = (
    text("addressed_to", "Ditujukan kepada", 150, required=False,
         default="Kepala Seksi Intelijen dan Penindakan Keimigrasian"),
    choice("classification", "Sifat", CLASSIFICATIONS, required=False, default="Rahasia"),
    text("order_number", "Nomor Surat Perintah", 80, required=False),
    date_field("order_date", "Tanggal Surat Perintah", required=False),
    text("report_reference", "Nomor laporan masyarakat", 80),
    text("subject", "Perihal", 250),
    text("source", "Sumber informasi", 500),
    date_field("obtained_on", "Tanggal informasi diperoleh"),
    text("obtained_where", "Tempat informasi diperoleh", 250),
    text("information", "Isi informasi", 6000, multiline=True),
    choice("source_reliability", "Penilaian sumber", tuple(SOURCE_RELIABILITY)),
    choice("information_credibility", "Penilaian informasi", tuple(INFORMATION_CREDIBILITY)),
    text("assessment", "Analisis/pendapat", 3000, required=False, multiline=True),
    text("recommendation", "Saran/rekomendasi", 2000, multiline=True),
    *signer_fields("reporter", "pelapor", "Petugas Inteldakim"),
)


def build_information(ctx: RenderContext) -> Output:
    d = ctx.data
    width = content_width(ctx)
    indent = 6 * mm
    order = d["order_number"] + dated(d["order_date"]) if d["order_number"] else None
    grade = (f"{d['source_reliability']}{d['information_credibility']} — sumber: "
             f"{SOURCE_RELIABILITY[d['source_reliability']].lower()}; informasi: "
             f"{INFORMATION_CREDIBILITY[d['information_credibility']].lower()}")
    story: list[Flowable] = [
        *letterhead(ctx),
        *title_block("Laporan Informasi", ctx.number),
        field_table([("Kepada Yth.", d["addressed_to"]), ("Dari", d["reporter_position"]),
                     ("Tanggal", ctx.issued_date()), ("Sifat", d["classification"]),
                     ("Perihal", d["subject"])], width, 30 * mm),
        Spacer(1, 3 * mm),
        heading("I. DASAR"),
        field_table([("Surat Perintah", order), ("Laporan masyarakat", d["report_reference"])],
                    width, indent=indent),
        heading("II. SUMBER INFORMASI"),
        field_table([("Sumber", d["source"]), ("Diperoleh tanggal", format_date(d["obtained_on"])),
                     ("Tempat", d["obtained_where"])], width, indent=indent),
        heading("III. ISI INFORMASI"), *paragraphs(d["information"]),
        heading("IV. PENILAIAN"),
        field_table([("Nilai", grade)], width, indent=indent),
    ]
    if d["assessment"]:
        story += paragraphs(d["assessment"])
    story += [heading("V. SARAN"), *paragraphs(d["recommendation"])]
    story.append(report_closing(
        ctx, "Demikian laporan informasi ini dibuat dengan sebenarnya untuk dapat dipergunakan "
             "sebagaimana mestinya.", "reporter", "Pelapor,", width))
    return render_story(ctx, story)


TEMPLATES = (
    DocumentTemplate(
        code="rencana_kegiatan",
        title="Rencana Kegiatan Penyelidikan Keimigrasian",
        page=F4,
        fields=PLAN_FIELDS,
        build=build_plan,
        checks=(plan_period_in_order,),
    ),
    DocumentTemplate(
        code="laporan_informasi",
        title="Laporan Informasi",
        page=F4,
        fields=INFORMATION_FIELDS,
        build=build_information,
    ),
)
