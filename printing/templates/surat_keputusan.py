"""Keputusan Kepala Kantor Imigrasi: the head of office's decision imposing biaya beban on the
responsible party of a carrier (penanggung jawab alat angkut).

SOP Pengenaan Biaya Beban terhadap Penanggung Jawab Alat Angkut step 4: on the Laporan Kejadian,
the BAP and the Berita Acara Pendapat, the Kepala Kantor "membuat dan menetapkan Surat Keputusan
Kepala Kantor mengenai pengenaan biaya beban terhadap penanggung jawab alat angkut"; the carrier
then pays the billing before its deadline (step 5). Gapura prints it as a draft (KONSEP, across
every page) for the Kakanim to sign, and again without the mark once it is signed.

Written as Indonesian decisions are: KEPUTUSAN ... NOMOR ... TENTANG ..., Menimbang, Mengingat,
MEMUTUSKAN, Menetapkan, the dictums KESATU, KEDUA, ..., then "Ditetapkan di ... pada tanggal ...".
KESATU (the charge) and KEDUA (its payment) are written from the fields; the caller's further
dictums follow, and the last one always says when the decision takes effect.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from printing.base import (
    BILLING_CODE_HINT,
    BILLING_CODE_PATTERN,
    DOCUMENT_NUMBER_HINT,
    DOCUMENT_NUMBER_PATTERN,
    DocumentTemplate,
    Output,
    RenderContext,
    signer_fields,
)
from printing.formatting import (
    format_billing_code,
    format_date,
    format_money,
    format_nip,
    spell_rupiah,
)
from printing.layout import (
    CopyLabel,
    Signatory,
    closing,
    content_width,
    field_table,
    heading,
    letterhead,
    markup,
    numbered,
    para,
    render_story,
    signatures,
    styles,
    table_style,
)
from printing.pages import F4
from printing.schema import (
    date_field,
    datetime_field,
    flag,
    integer,
    pattern,
    text,
    text_list,
)

DRAFT_MARK = "KONSEP"
HEAD_OF_OFFICE = "Kepala Kantor"
DICTUMS = ("KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH", "KEDELAPAN",
           "KESEMBILAN")
LETTERS = "abcdefghijklmnopqrstuvwxyz"
# KESATU and KEDUA are written from the fields and the last dictum says when it takes effect.
MAX_EXTRA_DICTUMS = len(DICTUMS) - 3

FIELDS = (
    text("subject", "Tentang", 250, required=False,
         default="Pengenaan Biaya Beban terhadap Penanggung Jawab Alat Angkut"),
    text_list("considerations", "Menimbang", max_length=800, max_items=8, required=True),
    text_list("legal_bases", "Mengingat", max_length=400, max_items=15, required=True),
    text("carrier_name", "Nama alat angkut/maskapai", 120),
    text("responsible_party", "Penanggung jawab alat angkut", 200),
    text("carrier_address", "Alamat penanggung jawab alat angkut", 250, required=False),
    text("flight_number", "Nomor penerbangan", 12, required=False),
    date_field("arrival_date", "Tanggal kedatangan", required=False),
    text("passenger_name", "Nama penumpang", 100),
    text("passenger_nationality", "Kewarganegaraan penumpang", 60, required=False),
    pattern("passenger_document_number", "Nomor paspor penumpang", DOCUMENT_NUMBER_PATTERN,
            DOCUMENT_NUMBER_HINT, max_length=20, required=False),
    text("charge_reason", "Alasan pengenaan biaya beban", 500, required=False,
         default="membawa penumpang dengan dokumen perjalanan yang tidak sah atau tidak berlaku "
                 "dan/atau dengan masa berlaku paspor kurang dari 6 (enam) bulan"),
    integer("amount", "Besarnya biaya beban", minimum=1, maximum=10**12),
    pattern("billing_code", "Kode billing SIMPONI", BILLING_CODE_PATTERN, BILLING_CODE_HINT,
            max_length=15, required=False),
    datetime_field("payment_due", "Batas waktu pembayaran"),
    text_list("decisions", "Diktum berikutnya", max_length=1000, max_items=MAX_EXTRA_DICTUMS),
    text_list("copy_to", "Salinan disampaikan kepada", max_length=200, max_items=8),
    text("place", "Ditetapkan di", 60, required=False),
    date_field("set_on", "Tanggal penetapan", required=False),
    flag("draft", "Konsep (belum ditandatangani)", default=True),
    *signer_fields("head", "Kepala Kantor", HEAD_OF_OFFICE),
)


def build(ctx: RenderContext) -> Output:
    d = ctx.data
    s = styles()
    width = content_width(ctx)
    issuer = f"Kepala {ctx.office.name}".upper()
    subject = d["subject"].upper()
    story: list[Flowable] = []
    if d["draft"]:
        story.append(CopyLabel(DRAFT_MARK, width))
    story += [
        *letterhead(ctx),
        para(f"KEPUTUSAN {issuer}", s.title),
        markup("NOMOR {n}", s.title, n=ctx.number),
        Spacer(1, 2 * mm),
        para("TENTANG", s.title),
        para(subject, s.title),
        Spacer(1, 5 * mm),
        para(f"{issuer},", s.title),
        Spacer(1, 5 * mm),
        _clauses("Menimbang", d["considerations"], LETTERS, width),
        Spacer(1, 2 * mm),
        _clauses("Mengingat", d["legal_bases"], None, width),
        Spacer(1, 4 * mm),
        para("MEMUTUSKAN:", s.title),
        Spacer(1, 3 * mm),
        _dictum("Menetapkan", [para(f"KEPUTUSAN {issuer} TENTANG {subject}.", s.cell_bold)],
                width),
        Spacer(1, 2 * mm),
        *_charge(ctx, width),
        _dictum(DICTUMS[1], [para(_payment(ctx), s.body)], width),
    ]
    dictums = [*d["decisions"], "Keputusan ini mulai berlaku pada tanggal ditetapkan."]
    for label, item in zip(DICTUMS[2:], dictums[:-1], strict=False):
        story.append(_dictum(label, [para(item, s.body)], width))
    set_on = format_date(d["set_on"]) if d["set_on"] else ctx.issued_date()
    place = d["place"] or ctx.office.city or ctx.office.name
    story.append(closing(
        _dictum(DICTUMS[len(dictums) + 1], [para(dictums[-1], s.body)], width),
        Spacer(1, 6 * mm),
        signatures([None, Signatory((f"Ditetapkan di {place}", f"pada tanggal {set_on}",
                                     f"{_signing_title(ctx)},"),
                                    d["head_name"], "NIP", format_nip(d["head_nip"]))], width),
    ))
    if d["copy_to"]:
        story += [Spacer(1, 6 * mm), heading("Salinan Keputusan ini disampaikan kepada Yth.:"),
                  numbered(d["copy_to"], width)]
    return render_story(ctx, story, watermark=DRAFT_MARK if d["draft"] else None)


LABEL_WIDTH = 27 * mm
COLON_WIDTH = 4 * mm
MARKER_WIDTH = 7 * mm


def _text_width(width: float) -> float:
    return width - LABEL_WIDTH - COLON_WIDTH


def _clauses(label: str, items: Sequence[str], letters: str | None, width: float) -> Table:
    """`Menimbang : a. bahwa ...;` with the items lettered (or numbered when `letters` is None);
    a single item carries no marker, as decisions write it."""
    s = styles()
    markers = [f"{letters[i]}." if letters else f"{i + 1}." for i in range(len(items))]
    if len(items) == 1:
        markers = [""]
    rows = []
    for index, (item, marker) in enumerate(zip(items, markers, strict=True)):
        rows.append([label if index == 0 else "", ":" if index == 0 else "", marker,
                     para(item, s.body)])
    return Table(rows, colWidths=[LABEL_WIDTH, COLON_WIDTH, MARKER_WIDTH,
                                  width - LABEL_WIDTH - COLON_WIDTH - MARKER_WIDTH],
                 style=table_style(("FONT", (0, 0), (2, -1), s.body.fontName, s.body.fontSize,
                                    s.body.leading),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)))


def _dictum(label: str, content: list[Flowable], width: float) -> Table:
    """`KESATU : ...`: one dictum, its label in the left column."""
    s = styles()
    return Table([[label, ":", content]], colWidths=[LABEL_WIDTH, COLON_WIDTH, _text_width(width)],
                 style=table_style(("FONT", (0, 0), (1, -1), s.body.fontName, s.body.fontSize,
                                    s.body.leading),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 3)))


def _charge(ctx: RenderContext, width: float) -> list[Flowable]:
    """KESATU: who is charged, for which passenger, and how much. The particulars follow the
    dictum as their own table (kept whole), so a page may break between the two."""
    d = ctx.data
    s = styles()
    passenger = d["passenger_name"]
    details = [p for p in (d["passenger_nationality"],
                           f"paspor Nomor {d['passenger_document_number']}"
                           if d["passenger_document_number"] else None) if p]
    if details:
        passenger += f" ({', '.join(details)})"
    arrival = ""
    if d["flight_number"]:
        arrival += f" dengan penerbangan {d['flight_number']}"
    if d["arrival_date"]:
        arrival += f" pada tanggal {format_date(d['arrival_date'])}"
    if arrival:
        arrival = f" yang tiba{arrival}"
    return [
        _dictum(DICTUMS[0], [markup(
            "Mengenakan biaya beban kepada penanggung jawab alat angkut {carrier} karena "
            "{reason}, yaitu penumpang atas nama {passenger}{arrival}, dengan rincian sebagai "
            "berikut:", s.body, carrier=d["carrier_name"], reason=d["charge_reason"],
            passenger=passenger, arrival=arrival)], width),
        KeepTogether([field_table([("Alat angkut/maskapai", d["carrier_name"]),
                                   ("Penanggung jawab alat angkut", d["responsible_party"]),
                                   ("Alamat", d["carrier_address"]),
                                   ("Besarnya biaya beban", format_money(d["amount"])),
                                   ("Terbilang", spell_rupiah(d["amount"]).capitalize())],
                                  width, 56 * mm, indent=LABEL_WIDTH + COLON_WIDTH),
                      Spacer(1, 3 * mm)]),
    ]


def _payment(ctx: RenderContext) -> str:
    d = ctx.data
    billing = (f"kode billing SIMPONI {format_billing_code(d['billing_code'])}"
               if d["billing_code"] else "kode billing SIMPONI yang diterbitkan oleh "
                                         f"{ctx.office.name}")
    return (f"Biaya beban sebagaimana dimaksud dalam Diktum KESATU sebesar "
            f"{format_money(d['amount'])} wajib disetorkan oleh penanggung jawab alat angkut ke "
            f"Kas Negara sebagai Penerimaan Negara Bukan Pajak melalui {billing} paling lambat "
            f"{ctx.when(d['payment_due'])}, dan salinan bukti pembayarannya disampaikan kepada "
            f"{ctx.office.name}.")


def _signing_title(ctx: RenderContext) -> str:
    """`KEPALA KANTOR IMIGRASI ...` for the default position; any other (`Plh. Kepala Kantor
    Imigrasi ...`) is printed as given."""
    position = ctx.data["head_position"]
    if position.casefold() == HEAD_OF_OFFICE.casefold():
        return f"Kepala {ctx.office.name}".upper()
    return position.upper()


TEMPLATE = DocumentTemplate(
    code="surat_keputusan",
    title="Keputusan Kepala Kantor Imigrasi",
    page=F4,
    fields=FIELDS,
    build=build,
)
