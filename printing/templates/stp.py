"""Surat Tanda Penerimaan (STP): receipt for a travel document held under a pencegahan.

SOP Penanganan Cekal step 7 (WNI on the pencegahan list): postpone the departure, hold the
travel document, make and hand over the STP, and hand the person over to the agency named in the
alert. One PDF, two copies: one for the owner, one for the requesting agency.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from printing.base import (
    DOCUMENT_NUMBER_HINT,
    DOCUMENT_NUMBER_PATTERN,
    DocumentTemplate,
    Output,
    RenderContext,
    optional_date,
    signer_fields,
)
from printing.formatting import format_date
from printing.layout import (
    CopyLabel,
    Signatory,
    content_width,
    field_table,
    heading,
    letterhead,
    markup,
    numbered,
    para,
    render_pages,
    signatory,
    signatures,
    title_block,
)
from printing.pages import A4
from printing.schema import choice, date_field, pattern, text, text_list

COPIES = ("Lembar untuk pemilik", "Lembar untuk instansi peminta")
SEXES = ("Laki-laki", "Perempuan")

FIELDS = (
    text("holder_name", "Nama lengkap pemilik", 100),
    text("birth_place", "Tempat lahir", 60, required=False),
    date_field("birth_date", "Tanggal lahir"),
    choice("sex", "Jenis kelamin", SEXES),
    text("nationality", "Kewarganegaraan", 60),
    text("address", "Alamat", 200, required=False),
    text("document_type", "Jenis dokumen perjalanan", 80, required=False,
         default="Paspor Republik Indonesia"),
    pattern("document_number", "Nomor dokumen perjalanan", DOCUMENT_NUMBER_PATTERN,
            DOCUMENT_NUMBER_HINT, max_length=20),
    text("issuing_office", "Kantor yang mengeluarkan", 100, required=False),
    date_field("issue_date", "Tanggal dikeluarkan", required=False),
    date_field("expiry_date", "Tanggal habis berlaku"),
    text("requesting_agency", "Instansi peminta pencegahan", 150),
    text("pencegahan_reference", "Nomor surat/keputusan pencegahan", 120),
    date_field("pencegahan_until", "Pencegahan berlaku sampai", required=False),
    text("reason", "Alasan penahanan", 600, multiline=True),
    text("flight", "Penerbangan yang ditunda", 12, required=False),
    text("destination", "Tujuan keberangkatan", 80, required=False),
    text_list("other_items", "Dokumen lain yang diterima", max_length=150, max_items=6),
    *signer_fields("officer", "petugas penerima", "Pejabat Imigrasi yang ditunjuk"),
)


def _copy(ctx: RenderContext, label: str) -> list[Flowable]:
    d = ctx.data
    width = content_width(ctx)
    birth = format_date(d["birth_date"])
    story: list[Flowable] = [
        *letterhead(ctx),
        CopyLabel(label, width),
        *title_block("Surat Tanda Penerimaan", ctx.number, "Dokumen Perjalanan"),
        markup("Pada hari ini {day}, pukul {time}, bertempat di {office}, Pejabat Imigrasi yang "
               "bertanda tangan di bawah ini telah menerima dan menahan dokumen perjalanan "
               "milik:", day=ctx.day_date(ctx.issued_at), time=ctx.time(ctx.issued_at),
               office=ctx.office.name),
        field_table([
            ("Nama lengkap", d["holder_name"]),
            ("Tempat, tanggal lahir",
             f"{d['birth_place']}, {birth}" if d["birth_place"] else birth),
            ("Jenis kelamin", d["sex"]),
            ("Kewarganegaraan", d["nationality"]),
            ("Alamat", d["address"]),
        ], width),
        Spacer(1, 2),
        para("dengan rincian dokumen perjalanan sebagai berikut:"),
        field_table([
            ("Jenis dokumen", d["document_type"]),
            ("Nomor dokumen", d["document_number"]),
            ("Dikeluarkan oleh", d["issuing_office"]),
            ("Tanggal dikeluarkan", optional_date(d["issue_date"])),
            ("Berlaku sampai", format_date(d["expiry_date"])),
        ], width),
    ]
    if d["other_items"]:
        story += [heading("Dokumen lain yang turut diterima:"), numbered(d["other_items"], width)]
    story += [Spacer(1, 2), markup(
        "Penahanan dilakukan karena yang bersangkutan tercantum dalam daftar pencegahan atas "
        "permintaan {agency} berdasarkan {ref}{until}. {trip}",
        agency=d["requesting_agency"], ref=d["pencegahan_reference"],
        until=(f" yang berlaku sampai dengan {format_date(d['pencegahan_until'])}"
               if d["pencegahan_until"] else ""),
        trip=_trip(d))]
    story += [markup("<b>Alasan penahanan:</b> {reason}", reason=d["reason"]),
              para("Dokumen perjalanan tersebut disimpan oleh Kantor Imigrasi dan diserahkan "
                   "bersama yang bersangkutan kepada instansi peminta untuk proses lebih lanjut "
                   "sesuai dengan ketentuan peraturan perundang-undangan. Surat Tanda Penerimaan "
                   "ini merupakan bukti sah penahanan dokumen perjalanan."),
              para("Demikian Surat Tanda Penerimaan ini dibuat dalam rangkap 2 (dua), lembar "
                   "pertama untuk pemilik dokumen dan lembar kedua untuk instansi peminta, untuk "
                   "dipergunakan sebagaimana mestinya."),
              Spacer(1, 4 * mm),
              signatures([
                  Signatory(("", "Yang menyerahkan,", "Pemilik dokumen"), d["holder_name"], None),
                  signatory(ctx, "officer", ctx.place_and_date(), "Yang menerima,"),
              ], width)]
    return story


def _trip(d: dict) -> str:
    if d["flight"] and d["destination"]:
        return (f"Keberangkatan yang bersangkutan dengan penerbangan {d['flight']} tujuan "
                f"{d['destination']} ditunda.")
    if d["flight"]:
        return f"Keberangkatan yang bersangkutan dengan penerbangan {d['flight']} ditunda."
    return "Keberangkatan yang bersangkutan ditunda."


def build(ctx: RenderContext) -> Output:
    return render_pages(ctx, [_copy(ctx, label) for label in COPIES])


TEMPLATE = DocumentTemplate(
    code="stp",
    holder="holder_name",
    title="Surat Tanda Penerimaan",
    page=A4,
    fields=FIELDS,
    build=build,
)
