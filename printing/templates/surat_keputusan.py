"""Keputusan Kepala Kantor Imigrasi: the head of office's decisions, printed as a draft (KONSEP,
across every page) for the Kakanim to sign, and again without the mark once it is signed.

- Pengenaan biaya beban (`surat_keputusan`): SOP Pengenaan Biaya Beban terhadap Penanggung Jawab
  Alat Angkut step 4: on the Laporan Kejadian, the BAP and the Berita Acara Pendapat, the Kepala
  Kantor "membuat dan menetapkan Surat Keputusan Kepala Kantor mengenai pengenaan biaya beban
  terhadap penanggung jawab alat angkut"; the carrier then pays the billing before its deadline
  (step 5).
- Pendeportasian (`sk_deportasi`): SOP Pengeluaran Deteni dari Ruang Detensi Imigrasi steps 1-3:
  "membuat surat keputusan tentang pendeportasian", approved and signed as the "Surat Keputusan
  TAK Pendeportasian" that the order to release the detainee, the escort and the departure
  supervision rest on (SOP Pendeportasian Deteni steps 4-6); the SOP ends with an "usul
  penangkalan" when the foreigner is to be barred from coming back.
- Pemindahan deteni (`sk_pemindahan`): the same SOP's other decision, "surat keputusan tentang
  ... pemindahan deteni dari Ruang Detensi" to a Rumah Detensi Imigrasi.

Written as Indonesian decisions are: KEPUTUSAN ... NOMOR ... TENTANG ..., Menimbang, Mengingat,
MEMUTUSKAN, Menetapkan, the dictums KESATU, KEDUA, ..., then "Ditetapkan di ... pada tanggal ...".
The first dictums carry the decision's substance and are written from its fields (the charge and
its payment; the deportation, how it is carried out and the proposed penangkalan); the caller's
further dictums follow, and the last one always says when the decision takes effect.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from printing.base import (
    BILLING_CODE_HINT,
    BILLING_CODE_PATTERN,
    DOCUMENT_NUMBER_HINT,
    DOCUMENT_NUMBER_PATTERN,
    HEAD_OF_OFFICE,
    DocumentTemplate,
    Output,
    RenderContext,
    foreigner_fields,
    signer_fields,
)
from printing.formatting import (
    format_billing_code,
    format_date,
    format_money,
    spell_rupiah,
)
from printing.layout import (
    CLAUSE_COLON_WIDTH,
    CLAUSE_LABEL_WIDTH,
    CopyLabel,
    clause,
    clauses,
    closing,
    content_width,
    field_table,
    foreigner_rows,
    head_of_office,
    heading,
    issued_where_and_when,
    letterhead,
    markup,
    numbered,
    para,
    render_story,
    signatures,
    styles,
)
from printing.pages import F4
from printing.schema import (
    MISSING,
    Field,
    date_field,
    datetime_field,
    flag,
    integer,
    pattern,
    refuse,
    text,
    text_list,
)

DRAFT_MARK = "KONSEP"
DICTUMS = ("KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH", "KEDELAPAN",
           "KESEMBILAN")
LETTERS = "abcdefghijklmnopqrstuvwxyz"
TAKES_EFFECT = "Keputusan ini mulai berlaku pada tanggal ditetapkan."

# A dictum written from the fields: what follows its label, and what follows the dictum on its
# own (particulars kept whole, so a page may break between the two).
Dictum = tuple[list[Flowable], list[Flowable]]


def decision_fields(subject: str, particulars: Sequence[Field], written: int
                    ) -> tuple[Field, ...]:
    """A decision's fields: its subject (`subject` unless given), Menimbang and Mengingat, the
    `particulars` its first `written` dictums at most are written from, the caller's further
    dictums (as many as are left to number before the last, which says when it takes effect),
    the copies, where and when it is set, the draft mark and the head of office."""
    return (
        text("subject", "Tentang", 250, required=False, default=subject),
        text_list("considerations", "Menimbang", max_length=800, max_items=8, required=True),
        text_list("legal_bases", "Mengingat", max_length=400, max_items=15, required=True),
        *particulars,
        text_list("decisions", "Diktum berikutnya", max_length=1000,
                  max_items=len(DICTUMS) - written - 1),
        text_list("copy_to", "Salinan disampaikan kepada", max_length=200, max_items=8),
        text("place", "Ditetapkan di", 60, required=False),
        date_field("set_on", "Tanggal penetapan", required=False),
        flag("draft", "Konsep (belum ditandatangani)", default=True),
        *signer_fields("head", "Kepala Kantor", HEAD_OF_OFFICE),
    )


FIELDS = decision_fields("Pengenaan Biaya Beban terhadap Penanggung Jawab Alat Angkut", (
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
), written=2)

DEPORTATION_FIELDS = decision_fields(
    "Tindakan Administratif Keimigrasian berupa Pendeportasian", (
        *foreigner_fields("deportee", "orang asing"),
        text("deportation_reason", "Alasan pendeportasian", 500),
        text("exit_checkpoint", "Tempat Pemeriksaan Imigrasi keberangkatan", 150),
        text("destination", "Tujuan pendeportasian", 100),
        date_field("deport_by", "Batas waktu pelaksanaan pendeportasian", required=False),
        text("costs_borne_by", "Biaya pendeportasian ditanggung oleh", 200, required=False,
             default="Orang Asing yang bersangkutan"),
        flag("in_detention", "Ditempatkan di Ruang Detensi Imigrasi sambil menunggu "
                             "pendeportasian", default=True),
        flag("propose_ban", "Usul penangkalan"),
        text("ban_period", "Jangka waktu penangkalan yang diusulkan", 60, required=False),
    ), written=3)


TRANSFER_FIELDS = decision_fields(
    "Pemindahan Deteni dari Ruang Detensi Imigrasi ke Rumah Detensi Imigrasi", (
        *foreigner_fields("detainee", "deteni"),
        text("transfer_reason", "Alasan pemindahan", 500),
        text("destination", "Rumah Detensi Imigrasi tujuan", 150),
        date_field("transfer_by", "Batas waktu pelaksanaan pemindahan", required=False),
    ), written=2)


def build_decision(ctx: RenderContext, dictums: Sequence[Dictum]) -> Output:
    """The decision with its `dictums` (written from the fields) first, then the caller's."""
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
        clauses("Menimbang", d["considerations"], LETTERS, width),
        Spacer(1, 2 * mm),
        clauses("Mengingat", d["legal_bases"], None, width),
        Spacer(1, 4 * mm),
        para("MEMUTUSKAN:", s.title),
        Spacer(1, 3 * mm),
        clause("Menetapkan", [para(f"KEPUTUSAN {issuer} TENTANG {subject}.", s.cell_bold)],
               width),
        Spacer(1, 2 * mm),
    ]
    labels = iter(DICTUMS)
    for content, particulars in dictums:
        story += [clause(next(labels), content, width), *particulars]
    *further, last = [*d["decisions"], TAKES_EFFECT]
    story += [clause(next(labels), [para(item, s.body)], width) for item in further]
    where, when = issued_where_and_when(ctx, "Ditetapkan", d["place"], d["set_on"])
    story.append(closing(
        clause(next(labels), [para(last, s.body)], width),
        Spacer(1, 6 * mm),
        signatures([None, head_of_office(ctx, "head", where, when)], width),
    ))
    if d["copy_to"]:
        story += [Spacer(1, 6 * mm), heading("Salinan Keputusan ini disampaikan kepada Yth.:"),
                  numbered(d["copy_to"], width)]
    return render_story(ctx, story, watermark=DRAFT_MARK if d["draft"] else None)


def _particulars(rows: list[tuple[str, Any]], width: float) -> list[Flowable]:
    """A dictum's particulars, under its text and kept whole."""
    return [KeepTogether([field_table(rows, width, 56 * mm,
                                      indent=CLAUSE_LABEL_WIDTH + CLAUSE_COLON_WIDTH),
                          Spacer(1, 3 * mm)])]


# --- pengenaan biaya beban -------------------------------------------------------------------

def build(ctx: RenderContext) -> Output:
    return build_decision(ctx, [_charge(ctx), ([para(_payment(ctx), styles().body)], [])])


def _charge(ctx: RenderContext) -> Dictum:
    """KESATU: who is charged, for which passenger, and how much."""
    d = ctx.data
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
    return ([markup(
        "Mengenakan biaya beban kepada penanggung jawab alat angkut {carrier} karena "
        "{reason}, yaitu penumpang atas nama {passenger}{arrival}, dengan rincian sebagai "
        "berikut:", styles().body, carrier=d["carrier_name"], reason=d["charge_reason"],
        passenger=passenger, arrival=arrival)],
        _particulars([("Alat angkut/maskapai", d["carrier_name"]),
                      ("Penanggung jawab alat angkut", d["responsible_party"]),
                      ("Alamat", d["carrier_address"]),
                      ("Besarnya biaya beban", format_money(d["amount"])),
                      ("Terbilang", spell_rupiah(d["amount"]).capitalize())],
                     content_width(ctx)))


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


# --- pendeportasian --------------------------------------------------------------------------

def build_deportation(ctx: RenderContext) -> Output:
    d = ctx.data
    s = styles()
    dictums: list[Dictum] = [
        ([markup("Mengenakan Tindakan Administratif Keimigrasian berupa Pendeportasian terhadap "
                 "Orang Asing karena {reason}, dengan identitas sebagai berikut:", s.body,
                 reason=d["deportation_reason"])],
         _particulars(foreigner_rows(d, "deportee"), content_width(ctx))),
        ([para(_carrying_out(ctx), s.body)], []),
    ]
    if d["propose_ban"]:
        period = f" selama {d['ban_period']}" if d["ban_period"] else ""
        dictums.append(([para(
            "Mengusulkan kepada Direktur Jenderal Imigrasi agar Orang Asing sebagaimana "
            f"dimaksud dalam Diktum KESATU dimasukkan dalam daftar Penangkalan{period}.",
            s.body)], []))
    return build_decision(ctx, dictums)


def _carrying_out(ctx: RenderContext) -> str:
    """KEDUA: where to, through which checkpoint, by when and at whose cost; and the detention
    room meanwhile."""
    d = ctx.data
    deadline = f" paling lambat tanggal {format_date(d['deport_by'])}" if d["deport_by"] else ""
    meanwhile = (" Sambil menunggu pelaksanaan Pendeportasian, Orang Asing tersebut ditempatkan "
                 f"di Ruang Detensi Imigrasi {ctx.office.name}." if d["in_detention"] else "")
    return (f"Pendeportasian sebagaimana dimaksud dalam Diktum KESATU dilaksanakan melalui "
            f"{d['exit_checkpoint']} dengan tujuan {d['destination']}{deadline}, dengan biaya "
            f"ditanggung oleh {d['costs_borne_by']}.{meanwhile}")


# --- pemindahan deteni ------------------------------------------------------------------------

def build_transfer(ctx: RenderContext) -> Output:
    """SOP Pengeluaran Deteni steps 1-3 for a transfer: the detainee moved from the office's
    Ruang Detensi to a Rumah Detensi Imigrasi, with the belongings kept for them."""
    d = ctx.data
    s = styles()
    deadline = (f" paling lambat tanggal {format_date(d['transfer_by'])}" if d["transfer_by"]
                else "")
    return build_decision(ctx, [
        ([markup("Memindahkan Orang Asing yang ditempatkan di Ruang Detensi Imigrasi {office} "
                 "karena {reason}, dengan identitas sebagai berikut:", s.body,
                 office=ctx.office.name, reason=d["transfer_reason"])],
         _particulars(foreigner_rows(d, "detainee"), content_width(ctx))),
        ([para(f"Pemindahan sebagaimana dimaksud dalam Diktum KESATU dilaksanakan ke "
               f"{d['destination']}{deadline}, beserta barang milik Deteni yang dititipkan "
               f"kepada petugas, dan diserahterimakan dengan Berita Acara.", s.body)], []),
    ])


def _ban_period_proposed(template: DocumentTemplate, data: Mapping[str, Any]) -> None:
    # A period with no proposal would vanish from the paper.
    if data["ban_period"] and not data["propose_ban"]:
        raise refuse(template.title, "propose_ban", template.field("propose_ban").label,
                     MISSING, "ban_period given without propose_ban")


TEMPLATE = DocumentTemplate(
    code="surat_keputusan",
    holder="responsible_party",
    title="Keputusan Kepala Kantor Imigrasi",
    page=F4,
    fields=FIELDS,
    build=build,
)

DEPORTATION = DocumentTemplate(
    code="sk_deportasi",
    holder="deportee_name",
    title="Keputusan Pendeportasian",
    page=F4,
    fields=DEPORTATION_FIELDS,
    build=build_deportation,
    checks=(_ban_period_proposed,),
)

TRANSFER = DocumentTemplate(
    code="sk_pemindahan",
    holder="detainee_name",
    title="Keputusan Pemindahan Deteni",
    page=F4,
    fields=TRANSFER_FIELDS,
    build=build_transfer,
)
