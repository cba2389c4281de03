"""Nota Dinas (Nodin): the internal memo that carries a case up the line.

SOP Penanganan Cekal / Interpol steps 10-11: the supervisor's nodin to the Kabid TPI with the LK,
then the Kabid TPI's nodin to the Kakanim.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from printing.base import DocumentTemplate, Output, RenderContext, signer_fields
from printing.formatting import spell_number
from printing.layout import (
    Rule,
    closing,
    content_width,
    field_table,
    heading,
    letterhead,
    numbered,
    paragraphs,
    render_story,
    signatory,
    signatures,
    title_block,
)
from printing.pages import F4
from printing.schema import choice, text, text_list

NATURES = ("Biasa", "Segera", "Sangat Segera", "Rahasia")

FIELDS = (
    text("to", "Yth. (penerima)", 150),
    text("sender", "Dari", 150),
    text_list("copy_to", "Tembusan", max_length=150, max_items=8),
    choice("nature", "Sifat", NATURES, required=False, default="Biasa"),
    text("subject", "Hal", 250),
    text("body", "Isi nota dinas", 8000, multiline=True),
    text_list("attachments", "Lampiran", max_length=200, max_items=20),
    *signer_fields("signer", "penanda tangan"),
)


def build(ctx: RenderContext) -> Output:
    d = ctx.data
    width = content_width(ctx)
    attachments = d["attachments"]
    header = [("Yth.", d["to"]), ("Dari", d["sender"])]
    if d["copy_to"]:
        header.append(("Tembusan", "; ".join(d["copy_to"])))
    header += [
        ("Sifat", d["nature"]),
        ("Lampiran",
         f"{len(attachments)} ({spell_number(len(attachments))}) berkas" if attachments else "-"),
        ("Hal", d["subject"]),
        ("Tanggal", ctx.issued_date()),
    ]
    body = paragraphs(d["body"])
    story: list[Flowable] = [
        *letterhead(ctx),
        *title_block("Nota Dinas", ctx.number),
        field_table(header, width, 28 * mm),
        Spacer(1, 2 * mm),
        Rule(width),
        Spacer(1, 4 * mm),
        *body[:-1],
        closing(*body[-1:], Spacer(1, 6 * mm),
                signatures([None, signatory(ctx, "signer")], width)),
    ]
    if attachments:
        story += [Spacer(1, 6 * mm), heading("Lampiran:"), numbered(attachments, width)]
    return render_story(ctx, story)


TEMPLATE = DocumentTemplate(
    code="nota_dinas",
    title="Nota Dinas",
    page=F4,
    fields=FIELDS,
    build=build,
)
