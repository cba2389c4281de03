"""Slip tagihan biaya beban: the billing slip for an overstay or a carrier charge.

SOP overstay (not more than 60 days) steps 5-10: the officer directs the foreigner to pay the
overstay charge, Tata Usaha makes the SIMPONI billing, the payer pays at a bank persepsi and hands
back the receipt. SOP biaya beban alat angkut step 5: the carrier pays the billing before its
deadline. The slip states the payer, the items (days or persons times the rate), the total in
Rupiah and in words, the billing code and until when it can be paid.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from app.i18n import QT_TRANSLATE_NOOP
from printing.base import (
    BILLING_CODE_HINT,
    BILLING_CODE_PATTERN,
    DocumentTemplate,
    Output,
    RenderContext,
    optional_date,
    signer_fields,
)
from printing.formatting import format_billing_code, format_money, spell_rupiah
from printing.layout import (
    closing,
    content_width,
    field_table,
    grid,
    heading,
    letterhead,
    markup,
    numbered,
    para,
    render_story,
    signatory,
    signatures,
    styles,
    table_style,
    title_block,
)
from printing.pages import A4
from printing.schema import (
    choice,
    date_field,
    datetime_field,
    integer,
    pattern,
    refuse,
    rows,
    text,
)

KINDS = {
    "overstay": "Biaya Beban Melampaui Izin Tinggal (Overstay)",
    "alat_angkut": "Biaya Beban Penanggung Jawab Alat Angkut",
}
TOTAL_MISMATCH = QT_TRANSLATE_NOOP(
    "gapura", "{label} ({field}) pada {document} tidak sama dengan jumlah rincian biaya "
              "({expected}).")

FIELDS = (
    choice("kind", "Jenis biaya beban", tuple(KINDS)),
    text("payer_name", "Nama wajib bayar", 150),
    text("payer_nationality", "Kewarganegaraan wajib bayar", 60, required=False),
    text("payer_document_number", "Nomor paspor/dokumen wajib bayar", 30, required=False),
    text("payer_address", "Alamat wajib bayar", 200, required=False),
    date_field("permit_expiry_date", "Izin tinggal berakhir", required=False),
    text("reference", "Dasar pengenaan", 200, required=False),
    rows("items", "Rincian biaya", (
        text("description", "Uraian", 200),
        integer("quantity", "Jumlah", minimum=1, maximum=100_000),
        text("unit", "Satuan", 20),
        integer("rate", "Tarif per satuan", minimum=0, maximum=10**12),
    ), max_items=20),
    integer("total", "Jumlah total", minimum=0, required=False),
    pattern("billing_code", "Kode billing SIMPONI", BILLING_CODE_PATTERN, BILLING_CODE_HINT,
            max_length=15),
    datetime_field("valid_until", "Batas waktu pembayaran"),
    *signer_fields("officer", "petugas", "Petugas Tata Usaha"),
)


def total(data: Mapping[str, Any]) -> int:
    return sum(item["quantity"] * item["rate"] for item in data["items"])


def _total_matches(template: DocumentTemplate, data: Mapping[str, Any]) -> None:
    # The caller's total, when given, must agree with the items: a slip must never show two sums.
    expected = total(data)
    if data["total"] is not None and data["total"] != expected:
        raise refuse(template.title, "total", template.field("total").label, TOTAL_MISMATCH,
                     f"total {data['total']} != sum of items {expected}",
                     expected=format_money(expected))


def build(ctx: RenderContext) -> Output:
    d = ctx.data
    s = styles()
    width = content_width(ctx)
    amount = total(d)
    columns = [10 * mm, width - 10 * mm - 26 * mm - 34 * mm - 36 * mm, 26 * mm, 34 * mm, 36 * mm]
    items = [(str(i), item["description"], f"{item['quantity']} {item['unit']}",
              format_money(item["rate"]), format_money(item["quantity"] * item["rate"]))
             for i, item in enumerate(d["items"], 1)]
    code_box = Table([[para("Kode billing", s.cell_center)],
                      [para(format_billing_code(d["billing_code"]), s.large)],
                      [para(f"Bayar paling lambat {ctx.when(d['valid_until'])}",
                            s.cell_center)]],
                     colWidths=[width * 0.7],
                     style=table_style(("BOX", (0, 0), (-1, -1), 1.2, "black"),
                                       ("TOPPADDING", (0, 0), (-1, -1), 3),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 3)))
    story: list[Flowable] = [
        *letterhead(ctx),
        *title_block("Slip Tagihan Biaya Beban", ctx.number, KINDS[d["kind"]]),
        heading("Wajib bayar"),
        field_table([("Nama", d["payer_name"]),
                     ("Kewarganegaraan", d["payer_nationality"]),
                     ("Nomor paspor/dokumen", d["payer_document_number"]),
                     ("Alamat", d["payer_address"]),
                     ("Izin tinggal berakhir", optional_date(d["permit_expiry_date"])),
                     ("Dasar pengenaan", d["reference"])], width),
        heading("Rincian biaya"),
        grid(("No.", "Uraian", "Jumlah", "Tarif", "Subtotal"), items, columns, align="CLCRR",
             footer=("Jumlah total", "", "", "", format_money(amount))),
        Spacer(1, 2 * mm),
        markup("<b>Terbilang:</b> {words}", words=spell_rupiah(amount).capitalize()),
        Spacer(1, 4 * mm),
        code_box,
        Spacer(1, 4 * mm),
        heading("Cara pembayaran"),
        numbered([
            "Bayarkan tagihan melalui bank/pos persepsi atau kanal pembayaran penerimaan negara "
            "(SIMPONI) dengan menyebutkan kode billing di atas.",
            f"Pembayaran dilakukan sebesar {format_money(amount)} sebelum batas waktu; setelah "
            "batas waktu kode billing tidak berlaku dan harus diterbitkan kembali.",
            "Serahkan bukti pembayaran (bukti penerimaan negara) kepada petugas imigrasi untuk "
            "diverifikasi.",
        ], width),
        closing(Spacer(1, 5 * mm),
                signatures([None, signatory(ctx, "officer", ctx.place_and_date())], width)),
    ]
    return render_story(ctx, story)


TEMPLATE = DocumentTemplate(
    code="billing_slip",
    holder="payer_name",
    title="Slip Tagihan Biaya Beban",
    page=A4,
    fields=FIELDS,
    build=build,
    checks=(_total_matches,),
)
