"""Registers of the office: documents printed, and passports issued.

Both cover one day or a period (`base.period_fields`) and export the same rows as CSV
(`printing.registers.to_csv`). Sums given by the caller must agree with the rows, as on every
register (`base.totals_agree`).

- Register Dokumen Tercetak: every numbered paper the office issued in the period, how often it
  went to a printer, its reprints (each with a reason, SALINAN ke-N), QC and voids. The print
  operator's daily account of the blanks and paper used.
- Register Penerbitan Paspor: passports finished and handed over (SOP Penerbitan Paspor steps
  8-10: allocation, printing, quality test, handover with the "buku ekspedisi penyerahan
  paspor"), with the PNBP each one paid (PP 45/2024).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from printing.base import (
    DOCUMENT_NUMBER_HINT,
    DOCUMENT_NUMBER_PATTERN,
    Column,
    DocumentTemplate,
    Output,
    RegisterTable,
    RenderContext,
    period_in_order,
    register_fields,
    signer_given,
    totals_agree,
)
from printing.formatting import format_date, format_money, spell_rupiah
from printing.layout import (
    column_widths,
    content_width,
    grid,
    heading,
    markup,
    nil_line,
    register_ending,
    register_heading,
    render_story,
)
from printing.pages import A4_LANDSCAPE
from printing.schema import (
    choice,
    date_field,
    datetime_field,
    flag,
    integer,
    pattern,
    rows,
    text,
)

MAX_ROWS = 5000  # a busy month of one office
QC_RESULTS = ("Baik", "Gagal")


# --- Register Dokumen Tercetak ----------------------------------------------------------------

DOCUMENT_ENTRY_FIELDS = (
    datetime_field("issued_at", "Waktu terbit"),
    text("number", "Nomor dokumen", 80),
    text("title", "Jenis dokumen", 120),
    text("holder", "Atas nama", 150, required=False),
    text("issued_by", "Diterbitkan oleh", 100),
    integer("pages", "Jumlah halaman", minimum=1, maximum=999),
    integer("prints", "Jumlah dicetak", minimum=0, maximum=999),
    integer("reprints", "Jumlah cetak ulang", minimum=0, maximum=999),
    choice("qc", "Hasil QC", QC_RESULTS, required=False),
    flag("voided", "Dibatalkan"),
    text("void_reason", "Alasan pembatalan", 300, required=False),
)

DOCUMENTS_FIELDS = register_fields(
    rows("entries", "Daftar dokumen", DOCUMENT_ENTRY_FIELDS, max_items=MAX_ROWS,
         required=False),
    {"total_count": "Jumlah dokumen", "total_prints": "Jumlah cetakan",
     "total_reprints": "Jumlah cetak ulang", "total_voided": "Jumlah dokumen dibatalkan"},
    preparer="Operator Cetak", approver="Kepala Subbagian Tata Usaha")


def document_totals(data: Mapping[str, Any]) -> dict[str, int]:
    entries = data["entries"]
    return {"total_count": len(entries),
            "total_prints": sum(e["prints"] for e in entries),
            "total_reprints": sum(e["reprints"] for e in entries),
            "total_voided": sum(1 for e in entries if e["voided"])}


def _document_status(entry: Mapping[str, Any]) -> str:
    if entry["voided"]:
        return f"Dibatalkan: {entry['void_reason']}" if entry["void_reason"] else "Dibatalkan"
    return "Berlaku"


def build_documents(ctx: RenderContext) -> Output:
    d = ctx.data
    width = content_width(ctx)
    sums = document_totals(d)
    day = ctx.register_day()
    story: list[Flowable] = [
        *register_heading(ctx, "Dokumen resmi yang diterbitkan dan dicetak"),
    ]
    if d["entries"]:
        columns = column_widths(width, 10, 22, 62, 0, 28, 12, 18, 12, 40)
        story.append(grid(
            ("No.", f"Pukul ({ctx.zone_on(d['day'])})", "Nomor / jenis dokumen", "Atas nama",
             "Diterbitkan oleh", "Hlm.", "Cetak", "QC", "Status"),
            [(f"{i}.", ctx.clock(e["issued_at"], day), f"{e['number']}\n{e['title']}",
              e["holder"] or "-", e["issued_by"], str(e["pages"]),
              f"{e['prints']}x" + (f"\n(ulang {e['reprints']})" if e["reprints"] else ""),
              e["qc"] or "-", _document_status(e))
             for i, e in enumerate(d["entries"], 1)],
            columns, align="CCLLLCCCL"))
    else:
        story.append(nil_line(ctx, "dokumen yang diterbitkan"))
    summary = grid(("Jumlah dokumen", "Jumlah cetakan", "Cetak ulang (salinan)",
                    "Dokumen dibatalkan"),
                   [(f"{sums['total_count']} dokumen", f"{sums['total_prints']} kali",
                     f"{sums['total_reprints']} kali", f"{sums['total_voided']} dokumen")],
                   [width / 4] * 4, align="CCCC")
    story += [heading("Ringkasan"), summary, *register_ending(ctx, "Mengetahui,")]
    return render_story(ctx, story)


# --- Register Penerbitan Paspor ------------------------------------------------------------------

# PP 45/2024 tiers (REFERENCE.md); the fee itself comes with each row from reference data.
PASSPORT_TYPES = (
    "Paspor biasa elektronik 10 tahun",
    "Paspor biasa elektronik 5 tahun",
    "Paspor biasa non-elektronik 10 tahun",
    "Paspor biasa non-elektronik 5 tahun",
    "Surat Perjalanan Laksana Paspor",
)
APPLICATION_KINDS = ("Baru", "Penggantian habis berlaku", "Penggantian hilang",
                     "Penggantian rusak", "Perubahan data")
HANDED_OVER, WAITING = "Diserahkan", "Belum diambil"

PASSPORT_ENTRY_FIELDS = (
    datetime_field("issued_at", "Waktu selesai"),
    text("application_number", "Nomor permohonan", 40),
    text("name", "Nama pemohon", 100),
    choice("passport_type", "Jenis paspor", PASSPORT_TYPES),
    choice("application_kind", "Jenis permohonan", APPLICATION_KINDS),
    pattern("passport_number", "Nomor paspor", DOCUMENT_NUMBER_PATTERN, DOCUMENT_NUMBER_HINT,
            max_length=20),
    date_field("valid_until", "Berlaku sampai"),
    integer("fee", "PNBP", minimum=0, maximum=10**9),
    flag("express", "Layanan percepatan"),
    choice("status", "Status penyerahan", (HANDED_OVER, WAITING), required=False,
           default=WAITING),
)

PASSPORTS_FIELDS = register_fields(
    rows("entries", "Daftar paspor", PASSPORT_ENTRY_FIELDS, max_items=MAX_ROWS, required=False),
    {"total_count": "Jumlah paspor", "total_handed_over": "Jumlah paspor diserahkan",
     "total_fee": "Jumlah PNBP"},
    preparer="Petugas Paspor", approver="Kepala Seksi Lalu Lintas Keimigrasian")


def passport_totals(data: Mapping[str, Any]) -> dict[str, int]:
    entries = data["entries"]
    return {"total_count": len(entries),
            "total_handed_over": sum(1 for e in entries if e["status"] == HANDED_OVER),
            "total_fee": sum(e["fee"] for e in entries)}


def build_passports(ctx: RenderContext) -> Output:
    d = ctx.data
    width = content_width(ctx)
    sums = passport_totals(d)
    day = ctx.register_day()
    story: list[Flowable] = [
        *register_heading(ctx, "Paspor Republik Indonesia yang selesai diterbitkan"),
    ]
    if d["entries"]:
        columns = column_widths(width, 10, 18, 34, 0, 40, 22, 30, 28, 22)
        story.append(grid(
            ("No.", f"Pukul ({ctx.zone_on(d['day'])})", "Nomor permohonan", "Nama pemohon",
             "Jenis paspor / permohonan", "Nomor paspor", "Berlaku sampai", "PNBP", "Status"),
            [(f"{i}.", ctx.clock(e["issued_at"], day), e["application_number"], e["name"],
              f"{e['passport_type']}\n{e['application_kind']}"
              + ("\nPercepatan" if e["express"] else ""),
              e["passport_number"], format_date(e["valid_until"]), format_money(e["fee"]),
              e["status"])
             for i, e in enumerate(d["entries"], 1)],
            columns, align="CCLLLLLRC",
            footer=("Jumlah", "", "", "", "", "", "", format_money(sums["total_fee"]), ""),
            footer_span=7))
    else:
        story.append(nil_line(ctx, "paspor yang diterbitkan"))
    by_type = [(kind, sum(1 for e in d["entries"] if e["passport_type"] == kind))
               for kind in PASSPORT_TYPES]
    summary_rows = [(kind, f"{count} buku") for kind, count in by_type if count]
    summary_rows += [("Jumlah paspor", f"{sums['total_count']} buku"),
                     ("Sudah diserahkan", f"{sums['total_handed_over']} buku"),
                     ("Belum diambil", f"{sums['total_count'] - sums['total_handed_over']} buku"),
                     ("Jumlah PNBP", format_money(sums["total_fee"]))]
    summary: list[Flowable] = [
        grid(("Uraian", "Jumlah"), summary_rows, [width * 0.6, width * 0.4], align="LR"),
        Spacer(1, 2 * mm),
        markup("<b>Terbilang:</b> {words}", words=spell_rupiah(sums["total_fee"]).capitalize()),
    ]
    story += [heading("Ringkasan"), *summary, *register_ending(ctx, "Mengetahui,")]
    return render_story(ctx, story)


def _money_or_count(name: str, value: int) -> str:
    return format_money(value) if name == "total_fee" else str(value)


TEMPLATES = (
    DocumentTemplate(
        code="register_dokumen",
        title="Register Dokumen Tercetak",
        page=A4_LANDSCAPE,
        fields=DOCUMENTS_FIELDS,
        build=build_documents,
        checks=(period_in_order, totals_agree(document_totals), signer_given("approver")),
        table=RegisterTable("entries", (
            Column("Waktu terbit", lambda e: e["issued_at"]),
            Column("Nomor", lambda e: e["number"]),
            Column("Jenis", lambda e: e["title"]),
            Column("Atas nama", lambda e: e["holder"]),
            Column("Diterbitkan oleh", lambda e: e["issued_by"]),
            Column("Halaman", lambda e: e["pages"]),
            Column("Dicetak", lambda e: e["prints"]),
            Column("Cetak ulang", lambda e: e["reprints"]),
            Column("QC", lambda e: e["qc"]),
            Column("Dibatalkan", lambda e: e["voided"]),
            Column("Alasan pembatalan", lambda e: e["void_reason"]),
        )),
    ),
    DocumentTemplate(
        code="register_paspor",
        title="Register Penerbitan Paspor",
        page=A4_LANDSCAPE,
        fields=PASSPORTS_FIELDS,
        build=build_passports,
        checks=(period_in_order, totals_agree(passport_totals, _money_or_count),
                signer_given("approver")),
        table=RegisterTable("entries", (
            Column("Waktu selesai", lambda e: e["issued_at"]),
            Column("Nomor permohonan", lambda e: e["application_number"]),
            Column("Nama pemohon", lambda e: e["name"]),
            Column("Jenis paspor", lambda e: e["passport_type"]),
            Column("Jenis permohonan", lambda e: e["application_kind"]),
            Column("Nomor paspor", lambda e: e["passport_number"]),
            Column("Berlaku sampai", lambda e: e["valid_until"]),
            Column("PNBP", lambda e: e["fee"]),
            Column("Percepatan", lambda e: e["express"]),
            Column("Status", lambda e: e["status"]),
        )),
    ),
)
