"""Berita acara: formal records of what happened, signed by the parties.

Berita Acara Serah Terima (BAST) so far: the handover of a person and/or documents and goods to
another agency or section (SOP Penanganan Hit/Alert Interpol step 9: "menyerahkan subyek HIT atau
ALERT kepada Polda terkait dengan Berita Acara Serah Terima"; SOP Penanganan Cekal step 9: handover
with the travel document to Inteldakim or the requesting agency).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.i18n import QT_TRANSLATE_NOOP
from printing.base import DocumentTemplate, Output, RenderContext, optional_date, signer_fields
from printing.formatting import day_name, format_date, format_nip, spell_date
from printing.layout import (
    Signatory,
    closing,
    content_width,
    field_table,
    grid,
    heading,
    letterhead,
    markup,
    para,
    paragraphs,
    render_story,
    signatures,
    styles,
    title_block,
)
from printing.pages import F4
from printing.schema import (
    choice,
    date_field,
    datetime_field,
    integer,
    refuse,
    rows,
    text,
)

ID_KINDS = ("NIP", "NRP", "NIK", "Nomor Paspor")
NOTHING_HANDED_OVER = QT_TRANSLATE_NOOP(
    "gapura", "Berita acara serah terima harus memuat orang atau barang yang diserahkan: "
              "isi {label} ({field}) atau identitas orang yang diserahkan.")

BAST_FIELDS = (
    datetime_field("handover_at", "Waktu serah terima"),
    text("location", "Tempat serah terima", 150),
    *signer_fields("giver", "pihak yang menyerahkan"),
    text("receiver_name", "Nama pihak yang menerima", 100),
    choice("receiver_id_kind", "Jenis nomor identitas pihak yang menerima", ID_KINDS,
           required=False, default="NIP"),
    text("receiver_id_number", "Nomor identitas pihak yang menerima", 30),
    text("receiver_position", "Jabatan pihak yang menerima", 120),
    text("receiver_agency", "Instansi pihak yang menerima", 150),
    text("subject_name", "Nama orang yang diserahkan", 100, required=False),
    text("subject_nationality", "Kewarganegaraan orang yang diserahkan", 60, required=False),
    date_field("subject_birth_date", "Tanggal lahir orang yang diserahkan", required=False),
    choice("subject_sex", "Jenis kelamin orang yang diserahkan", ("Laki-laki", "Perempuan"),
           required=False),
    text("subject_document_number", "Nomor dokumen perjalanan orang yang diserahkan", 20,
         required=False),
    rows("items", "Barang/dokumen yang diserahkan", (
        text("description", "Uraian", 200),
        integer("quantity", "Jumlah", minimum=1, maximum=9999),
        text("unit", "Satuan", 20, required=False, default="buah"),
        text("remarks", "Keterangan", 200, required=False),
    ), max_items=40, required=False),
    text("purpose", "Dasar dan keperluan serah terima", 800, multiline=True),
    rows("witnesses", "Saksi", (
        text("name", "Nama", 100),
        text("id_number", "NIP/NRP", 30, required=False),
        text("position", "Jabatan", 120, required=False),
    ), max_items=3, required=False),
)


def _something_handed_over(template: DocumentTemplate, data: Mapping[str, Any]) -> None:
    if not data["subject_name"] and not data["items"]:
        raise refuse(template.title, "items", template.field("items").label, NOTHING_HANDED_OVER,
                     "neither a person nor items to hand over")


def build_bast(ctx: RenderContext) -> Output:
    d = ctx.data
    width = content_width(ctx)
    indent = 6 * mm
    local = ctx.local(d["handover_at"])
    story: list[Flowable] = [
        *letterhead(ctx),
        *title_block("Berita Acara Serah Terima", ctx.number),
        markup("Pada hari ini {day} {words} ({date}), pukul {time}, bertempat di {place}, kami "
               "yang bertanda tangan di bawah ini:",
               day=day_name(local), words=spell_date(local),
               date=format_date(local), time=ctx.time(local), place=d["location"]),
        field_table([("1. Nama", d["giver_name"]),
                     ("NIP", format_nip(d["giver_nip"])),
                     ("Jabatan", d["giver_position"]),
                     ("Instansi", ctx.office.name)], width, indent=indent),
        markup("selanjutnya disebut <b>PIHAK PERTAMA</b>;"),
        field_table([("2. Nama", d["receiver_name"]),
                     (d["receiver_id_kind"], format_nip(d["receiver_id_number"])),
                     ("Jabatan", d["receiver_position"]),
                     ("Instansi", d["receiver_agency"])], width, indent=indent),
        markup("selanjutnya disebut <b>PIHAK KEDUA</b>."),
        Spacer(1, 2 * mm),
        markup("<b>PIHAK PERTAMA</b> telah menyerahkan kepada <b>PIHAK KEDUA</b>, dan "
               "<b>PIHAK KEDUA</b> telah menerima dari <b>PIHAK PERTAMA</b>:"),
    ]
    letter = iter("ABC")
    if d["subject_name"]:
        story += [heading(f"{next(letter)}. Orang"),
                  field_table([("Nama", d["subject_name"]),
                               ("Kewarganegaraan", d["subject_nationality"]),
                               ("Tanggal lahir", optional_date(d["subject_birth_date"])),
                               ("Jenis kelamin", d["subject_sex"]),
                               ("Nomor dokumen perjalanan", d["subject_document_number"])],
                              width, indent=indent)]
    if d["items"]:
        columns = [10 * mm, width - 10 * mm - 28 * mm - 45 * mm, 28 * mm, 45 * mm]
        story += [heading(f"{next(letter)}. Barang dan/atau dokumen"),
                  grid(("No.", "Uraian", "Jumlah", "Keterangan"),
                       [(str(i), item["description"],
                         f"{item['quantity']} {item['unit']}", item["remarks"] or "-")
                        for i, item in enumerate(d["items"], 1)],
                       columns, align="CLCL")]
    story += [
        Spacer(1, 2 * mm),
        heading("Dasar dan keperluan serah terima:"),
        *paragraphs(d["purpose"]),
        markup("Sejak berita acara ini ditandatangani, tanggung jawab atas orang dan/atau barang "
               "tersebut di atas beralih dari <b>PIHAK PERTAMA</b> kepada <b>PIHAK KEDUA</b>."),
    ]
    signing: list[Flowable] = [
        para("Demikian berita acara serah terima ini dibuat dengan sebenarnya dalam rangkap 2 "
             "(dua) dan ditandatangani oleh kedua belah pihak untuk dipergunakan sebagaimana "
             "mestinya."),
        Spacer(1, 5 * mm),
        signatures([
            Signatory(("PIHAK KEDUA,", "Yang menerima,", d["receiver_position"]),
                      d["receiver_name"], d["receiver_id_kind"],
                      format_nip(d["receiver_id_number"])),
            Signatory(("PIHAK PERTAMA,", "Yang menyerahkan,", d["giver_position"]),
                      d["giver_name"], "NIP", format_nip(d["giver_nip"])),
        ], width),
    ]
    if d["witnesses"]:
        signing += [Spacer(1, 4 * mm),
                    para("Saksi:" if len(d["witnesses"]) == 1 else "Saksi-saksi:",
                         styles().centered),
                    signatures([Signatory((w["position"] or "Saksi",), w["name"],
                                        "NIP/NRP" if w["id_number"] else None,
                                        format_nip(w["id_number"]) if w["id_number"] else None)
                                for w in d["witnesses"]], width)]
    story.append(closing(*signing))
    return render_story(ctx, story)


TEMPLATES = (
    DocumentTemplate(
        code="bast",
        title="Berita Acara Serah Terima",
        page=F4,
        fields=BAST_FIELDS,
        build=build_bast,
        checks=(_something_handed_over,),
    ),
)
