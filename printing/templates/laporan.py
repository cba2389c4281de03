"""Laporan: the office's report for a period, a table per section (issue 11 point 5).

What the Laporan screen shows (app.services.reports), on paper for the section and office
heads: the kop surat, `LAPORAN <subject>` with its number and the period, then each section's
title, its table (texts as printed, numbers aligned right) with the sum line when it has one,
and its note; the preparer signs, the approver may. Each line must have as many cells as its
section has columns.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.i18n import QT_TRANSLATE_NOOP
from printing.base import (
    DocumentTemplate,
    Output,
    RenderContext,
    optional_signer_fields,
    period_fields,
    period_in_order,
    refuse_row,
    signer_fields,
    signer_given,
)
from printing.layout import (
    content_width,
    field_table,
    grid,
    heading,
    letterhead,
    para,
    period_line,
    register_ending,
    render_story,
    styles,
    title_block,
)
from printing.pages import A4_LANDSCAPE
from printing.schema import pattern, rows, text, text_list

MAX_COLUMNS = 12
MAX_LINES = 1000  # a year day by day, or every step of every SOP
FIRST_COLUMN_MM = 60  # the label column (an hour, a lane, an SOP step); the others share the rest

CELLS_MISMATCH = QT_TRANSLATE_NOOP(
    "gapura", "{label} ({field}) pada {document} harus berisi {expected} sel, sebanyak kolom "
              "bagiannya.")

LINE_FIELDS = (text_list("cells", "Sel", max_length=300, max_items=MAX_COLUMNS, required=True),)

SECTION_FIELDS = (
    text("title", "Judul bagian", 150),
    text_list("columns", "Kolom", max_length=80, max_items=MAX_COLUMNS, required=True),
    pattern("align", "Perataan kolom", r"[LR]{1,12}", "L (kiri) atau R (kanan) per kolom",
            max_length=MAX_COLUMNS),
    rows("lines", "Baris", LINE_FIELDS, max_items=MAX_LINES, required=False),
    text_list("totals", "Jumlah", max_length=300, max_items=MAX_COLUMNS),
    text("note", "Catatan", 500, required=False),
)

FIELDS = (
    text("subject", "Pokok laporan", 150),
    text("office", "Kantor", 150),
    *period_fields("Tanggal laporan"),
    rows("sections", "Bagian laporan", SECTION_FIELDS, max_items=30),
    text("notes", "Keterangan", 1500, required=False, multiline=True),
    *signer_fields("preparer", "pembuat laporan", "Kepala Seksi"),
    *optional_signer_fields("approver", "pejabat yang mengetahui", "Kepala Kantor"),
)


def _cells_agree(template: DocumentTemplate, data: Mapping[str, Any]) -> None:
    # A line with a cell too many or too few would shift every number under the wrong column.
    for index, section in enumerate(data["sections"]):
        expected = len(section["columns"])
        cells = {"align": section["align"], "totals": section["totals"] or None,
                 **{f"lines[{n}].cells": line["cells"] for n, line in enumerate(section["lines"])}}
        for name, value in cells.items():
            if value is not None and len(value) != expected:
                raise refuse_row(template, "sections", index,
                                 name if name in ("align", "totals") else "lines",
                                 CELLS_MISMATCH, f"{name}: {len(value)} cells != {expected}",
                                 expected=expected)


def _table(section: Mapping[str, Any], width: float) -> Flowable:
    count = len(section["columns"])
    first = min(FIRST_COLUMN_MM * mm, width / 2) if count > 1 else width
    widths = [first] + [(width - first) / (count - 1)] * (count - 1) if count > 1 else [width]
    return grid(section["columns"], [line["cells"] for line in section["lines"]], widths,
                align=section["align"],
                footer=section["totals"] or None, footer_span=1 if section["totals"] else None)


def build(ctx: RenderContext) -> Output:
    d = ctx.data
    width = content_width(ctx)
    story: list[Flowable] = [
        *letterhead(ctx),
        *title_block(f"Laporan {d['subject']}", ctx.number),
        field_table([("Kantor", d["office"]), period_line(ctx)], width, 40 * mm),
        Spacer(1, 3 * mm),
    ]
    for number, section in enumerate(d["sections"], 1):
        title = heading(f"{number}. {section['title']}")
        if section["lines"]:
            # A long table flows on over pages, its header repeated on each.
            story += [title, _table(section, width)]
        else:
            story.append(KeepTogether([title, para(
                "Pada periode tersebut tidak terdapat data (nihil).")]))
        if section["note"]:
            story.append(para(section["note"], styles().small))
        story.append(Spacer(1, 4 * mm))
    story += register_ending(ctx, "Mengetahui,", "laporan")
    return render_story(ctx, story)


TEMPLATE = DocumentTemplate(
    code="laporan",
    title="Laporan",
    page=A4_LANDSCAPE,
    fields=FIELDS,
    build=build,
    checks=(period_in_order, _cells_agree, signer_given("approver")),
)
