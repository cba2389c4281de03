"""Laporan Kejadian (LK): the incident report a supervisor addresses to the Kabid TPI.

SOP Penanganan Cekal and Penanganan Hit/Alert Interpol step 10, and Penolakan Masuk step 3:
"membuat laporan kejadian ... yang ditujukan kepada Kepala Bidang TPI" (15 minutes), with the
travel document and supporting evidence.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from printing.base import DocumentTemplate, Output, RenderContext, optional_date, signer_fields
from printing.layout import (
    content_width,
    field_table,
    heading,
    letterhead,
    numbered,
    para,
    paragraphs,
    render_story,
    report_closing,
    title_block,
)
from printing.pages import F4
from printing.schema import choice, date_field, datetime_field, text, text_list

FIELDS = (
    text("addressed_to", "Ditujukan kepada", 150, required=False,
         default="Kepala Bidang Tempat Pemeriksaan Imigrasi"),
    text("incident_type", "Jenis kejadian", 150),
    datetime_field("incident_at", "Waktu kejadian"),
    text("location", "Tempat kejadian", 150),
    text("subject_name", "Nama subjek", 100),
    text("subject_nationality", "Kewarganegaraan subjek", 60),
    date_field("subject_birth_date", "Tanggal lahir subjek", required=False),
    choice("subject_sex", "Jenis kelamin subjek", ("Laki-laki", "Perempuan"), required=False),
    text("subject_document_number", "Nomor dokumen perjalanan subjek", 20, required=False),
    text("subject_flight", "Penerbangan subjek", 12, required=False),
    text("chronology", "Kronologi kejadian", 5000, multiline=True),
    text_list("actions_taken", "Tindakan yang telah dilakukan", max_length=300, max_items=20),
    text_list("evidence", "Bukti dukung", max_length=200, max_items=20),
    text("recommendation", "Saran/pendapat", 1500, required=False, multiline=True),
    *signer_fields("reporter", "pelapor", "Pejabat Imigrasi yang ditunjuk"),
)


def build(ctx: RenderContext) -> Output:
    d = ctx.data
    width = content_width(ctx)
    indent = 6 * mm
    story: list[Flowable] = [
        *letterhead(ctx),
        *title_block("Laporan Kejadian", ctx.number),
        field_table([("Kepada Yth.", d["addressed_to"]), ("Dari", d["reporter_position"]),
                     ("Tanggal", ctx.issued_date())], width, 30 * mm),
        Spacer(1, 3 * mm),
        heading("I. WAKTU DAN TEMPAT KEJADIAN"),
        field_table([("Hari, tanggal", ctx.day_date(d["incident_at"])),
                     ("Pukul", ctx.time(d["incident_at"])),
                     ("Tempat", d["location"])], width, indent=indent),
        heading("II. JENIS KEJADIAN"),
        para(d["incident_type"]),
        heading("III. IDENTITAS SUBJEK"),
        field_table([("Nama", d["subject_name"]),
                     ("Kewarganegaraan", d["subject_nationality"]),
                     ("Tanggal lahir", optional_date(d["subject_birth_date"])),
                     ("Jenis kelamin", d["subject_sex"]),
                     ("Nomor dokumen perjalanan", d["subject_document_number"]),
                     ("Penerbangan", d["subject_flight"])], width, indent=indent),
        heading("IV. KRONOLOGI KEJADIAN"),
        *paragraphs(d["chronology"]),
    ]
    section = 5
    for title, items in (("TINDAKAN YANG TELAH DILAKUKAN", d["actions_taken"]),
                         ("BUKTI DUKUNG", d["evidence"])):
        if items:
            story += [heading(f"{_roman(section)}. {title}"), numbered(items, width, indent)]
            section += 1
    if d["recommendation"]:
        story += [heading(f"{_roman(section)}. SARAN"), *paragraphs(d["recommendation"])]
    story.append(report_closing(
        ctx, "Demikian laporan kejadian ini dibuat dengan sebenarnya untuk dapat dipergunakan "
             "sebagaimana mestinya.", "reporter", "Pelapor,", width))
    return render_story(ctx, story)


def _roman(n: int) -> str:
    return ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")[n - 1]


TEMPLATE = DocumentTemplate(
    code="laporan_kejadian",
    holder="subject_name",
    title="Laporan Kejadian",
    page=F4,
    fields=FIELDS,
    build=build,
)
