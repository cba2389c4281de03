"""Berita acara of the passport blank inventory (issue 9 point 6).

- Berita Acara Serah Terima Blangko Paspor: blanks received from the Directorate General (or
  the regional office) with their delivery note, by serial range; the print operator who takes
  them into stock signs as the receiver, the Kepala Seksi as the one who knows of it.
- Berita Acara Kerusakan Blangko Paspor: a blank damaged in printing or lamination (SOP
  Penerbitan Paspor step 9, "uji kualitas"), named by serial, with the reason; made by the print
  operator before a witness, the Kepala Seksi "mengetahui". A spoiled blank is never used again,
  and the berita acara accounts for it in the stock.
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
    optional_signer_fields,
    refuse_row,
    signer_fields,
    signer_given,
    witness_rows,
)
from printing.formatting import format_nip, spell_number
from printing.layout import (
    Signatory,
    closing,
    content_width,
    field_table,
    grid,
    heading,
    letterhead,
    markup,
    opening,
    para,
    paragraphs,
    render_story,
    signatory,
    signatures,
    title_block,
    witness_signatures,
)
from printing.pages import F4
from printing.schema import datetime_field, integer, pattern, rows, text

# One letter and seven digits, as printed on the blank (and later the passport's number).
SERIAL_PATTERN = r"[A-Z]\d{7}"
SERIAL_HINT = "satu huruf besar dan 7 angka, misalnya A1234567"
KASI = "Kepala Seksi Lalu Lintas Keimigrasian"

RANGE_REVERSED = QT_TRANSLATE_NOOP(
    "gapura", "Nomor seri akhir {last} lebih kecil dari nomor seri awal {first}.")
RANGE_PREFIX = QT_TRANSLATE_NOOP(
    "gapura", "Nomor seri awal {first} dan akhir {last} harus berawalan huruf yang sama.")
RANGE_COUNT = QT_TRANSLATE_NOOP(
    "gapura", "Jumlah {quantity} tidak sama dengan banyaknya nomor seri {first} s.d. {last} "
              "({count}).")

SERAH_TERIMA_FIELDS = (
    datetime_field("received_at", "Waktu serah terima"),
    text("received_from", "Pihak yang menyerahkan", 200),
    text("delivery_note", "Nomor surat pengantar", 100),
    rows("items", "Blangko paspor yang diterima", (
        text("kind", "Jenis blangko", 100),
        pattern("first_serial", "Nomor seri awal", SERIAL_PATTERN, SERIAL_HINT, max_length=8),
        pattern("last_serial", "Nomor seri akhir", SERIAL_PATTERN, SERIAL_HINT, max_length=8),
        integer("quantity", "Jumlah", minimum=1, maximum=1_000_000),
    ), max_items=20),
    *signer_fields("receiver", "pihak yang menerima", "Operator Cetak"),
    *optional_signer_fields("approver", "pejabat yang mengetahui", KASI),
)

KERUSAKAN_FIELDS = (
    datetime_field("damaged_at", "Waktu kerusakan dicatat"),
    pattern("serial", "Nomor seri blangko", SERIAL_PATTERN, SERIAL_HINT, max_length=8),
    text("kind", "Jenis blangko", 100),
    text("application_number", "Nomor permohonan", 40, required=False),
    text("reason", "Uraian kerusakan", 1000, multiline=True),
    *signer_fields("officer", "petugas", "Operator Cetak"),
    witness_rows(required=True),
    *optional_signer_fields("approver", "pejabat yang mengetahui", KASI),
)


def _ranges_add_up(template: DocumentTemplate, data: Mapping[str, Any]) -> None:
    """Each row is one prefix's contiguous range whose quantity is its count of serials."""
    for index, item in enumerate(data["items"]):
        first, last = item["first_serial"], item["last_serial"]
        params = {"first": first, "last": last}
        if first[0] != last[0]:
            raise refuse_row(template, "items", index, "last_serial", RANGE_PREFIX,
                             f"prefixes differ in {first}-{last}", **params)
        count = int(last[1:]) - int(first[1:]) + 1
        if count < 1:
            raise refuse_row(template, "items", index, "last_serial", RANGE_REVERSED,
                             f"range {first}-{last} reversed", **params)
        if item["quantity"] != count:
            raise refuse_row(template, "items", index, "quantity", RANGE_COUNT,
                             f"quantity {item['quantity']} != {count}",
                             quantity=item["quantity"], count=count, **params)


def _blanks(count: int) -> str:
    return f"{count:,}".replace(",", ".") + f" ({spell_number(count)}) buku"


def _approver(ctx: RenderContext) -> Signatory:
    """The Kepala Seksi who knows of it: named when given, else a line to sign by hand."""
    d = ctx.data
    return Signatory(("Mengetahui,", d["approver_position"]), d["approver_name"] or None,
                     "NIP", format_nip(d["approver_nip"]) if d["approver_nip"] else None)


def build_serah_terima(ctx: RenderContext) -> Output:
    d = ctx.data
    width = content_width(ctx)
    total = sum(item["quantity"] for item in d["items"])
    columns = [10 * mm, width - 10 * mm - 3 * 30 * mm, 30 * mm, 30 * mm, 30 * mm]
    story: list[Flowable] = [
        *letterhead(ctx),
        *title_block("Berita Acara Serah Terima Blangko Paspor", ctx.number),
        opening(ctx, d["received_at"], ctx.office.name, "telah diterima blangko paspor dari:"),
        field_table([("Pihak yang menyerahkan", d["received_from"]),
                     ("Surat pengantar", d["delivery_note"])], width, indent=6 * mm),
        para("dengan rincian sebagai berikut:"),
        Spacer(1, 1 * mm),
        grid(("No.", "Jenis blangko", "Nomor seri awal", "Nomor seri akhir", "Jumlah"),
             [(f"{i}.", item["kind"], item["first_serial"], item["last_serial"],
               f"{item['quantity']:,}".replace(",", "."))
              for i, item in enumerate(d["items"], 1)],
             columns, align="CLCCR",
             footer=("Jumlah", "", "", "", f"{total:,}".replace(",", ".")), footer_span=4),
        Spacer(1, 2 * mm),
        markup("Seluruhnya berjumlah <b>{total}</b> blangko paspor, diterima dalam keadaan "
               "baik, lengkap, dan bersegel, lalu dicatat dalam persediaan blangko paspor "
               "menurut nomor serinya.", total=_blanks(total)),
    ]
    story.append(closing(
        Spacer(1, 3 * mm),
        para("Demikian berita acara serah terima ini dibuat dengan sebenarnya untuk "
             "dipergunakan sebagaimana mestinya."),
        Spacer(1, 5 * mm),
        signatures([Signatory(("Yang menyerahkan,", d["received_from"]), None, None),
                    signatory(ctx, "receiver", ctx.place_and_date(), "Yang menerima,")], width),
        Spacer(1, 4 * mm),
        signatures([None, _approver(ctx), None], width),
    ))
    return render_story(ctx, story)


def build_kerusakan(ctx: RenderContext) -> Output:
    d = ctx.data
    width = content_width(ctx)
    facts = [("Jenis blangko", d["kind"]), ("Nomor seri blangko", d["serial"])]
    if d["application_number"]:
        facts.append(("Nomor permohonan", d["application_number"]))
    story: list[Flowable] = [
        *letterhead(ctx),
        *title_block("Berita Acara Kerusakan Blangko Paspor", ctx.number),
        opening(ctx, d["damaged_at"], ctx.office.name, "saya:"),
        field_table([("Nama", d["officer_name"]), ("NIP", format_nip(d["officer_nip"])),
                     ("Jabatan", d["officer_position"]), ("Instansi", ctx.office.name)],
                    width, indent=6 * mm),
        para("menyatakan bahwa blangko paspor berikut rusak dan tidak dapat dipergunakan:"),
        field_table(facts, width, indent=6 * mm),
        heading("Uraian kerusakan:"),
        *paragraphs(d["reason"]),
        markup("Blangko tersebut dicatat <b>rusak</b> dalam persediaan blangko paspor, tidak "
               "dipergunakan kembali, dan disimpan untuk dimusnahkan sesuai ketentuan."),
    ]
    story.append(closing(
        Spacer(1, 3 * mm),
        para("Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana "
             "mestinya."),
        Spacer(1, 5 * mm),
        signatures([_approver(ctx),
                    signatory(ctx, "officer", ctx.place_and_date(), "Yang membuat,")], width),
        *witness_signatures(d["witnesses"], width),
    ))
    return render_story(ctx, story)


TEMPLATES = (
    DocumentTemplate(
        code="berita_acara_serah_terima_blangko",
        title="Berita Acara Serah Terima Blangko Paspor",
        page=F4,
        fields=SERAH_TERIMA_FIELDS,
        build=build_serah_terima,
        checks=(_ranges_add_up, signer_given("approver")),
    ),
    DocumentTemplate(
        code="berita_acara_kerusakan_blangko",
        title="Berita Acara Kerusakan Blangko Paspor",
        page=F4,
        fields=KERUSAKAN_FIELDS,
        build=build_kerusakan,
        checks=(signer_given("approver"),),
    ),
)
