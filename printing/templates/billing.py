"""Slip tagihan biaya beban: the billing slip for an overstay or a carrier charge.

SOP overstay (not more than 60 days) steps 5-10: the officer directs the foreigner to pay the
overstay charge, Tata Usaha makes the SIMPONI billing, the payer pays at a bank persepsi and hands
back the receipt. SOP biaya beban alat angkut step 5: the carrier pays the billing before its
deadline. The slip states the payer, the items (days or persons times the rate), the total in
Rupiah and in words, the billing code and until when it can be paid.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from printing.base import (
    BILLING_CODE_HINT,
    BILLING_CODE_PATTERN,
    DocumentTemplate,
    Output,
    RenderContext,
    charge_rows,
    charges_agree,
    charges_total,
    optional_date,
    signer_fields,
)
from printing.formatting import format_billing_code, format_money
from printing.layout import (
    amount_in_words,
    charges_grid,
    closing,
    code_box,
    content_width,
    field_table,
    heading,
    letterhead,
    numbered,
    render_story,
    signatory,
    signatures,
    title_block,
)
from printing.pages import A4
from printing.schema import (
    choice,
    date_field,
    datetime_field,
    integer,
    pattern,
    text,
)

KINDS = {
    "overstay": "Biaya Beban Melampaui Izin Tinggal (Overstay)",
    "alat_angkut": "Biaya Beban Penanggung Jawab Alat Angkut",
}

FIELDS = (
    choice("kind", "Jenis biaya beban", tuple(KINDS)),
    text("payer_name", "Nama wajib bayar", 150),
    text("payer_nationality", "Kewarganegaraan wajib bayar", 60, required=False),
    text("payer_document_number", "Nomor paspor/dokumen wajib bayar", 30, required=False),
    text("payer_address", "Alamat wajib bayar", 200, required=False),
    date_field("permit_expiry_date", "Izin tinggal berakhir", required=False),
    text("reference", "Dasar pengenaan", 200, required=False),
    charge_rows(),
    integer("total", "Jumlah total", minimum=0, required=False),
    pattern("billing_code", "Kode billing SIMPONI", BILLING_CODE_PATTERN, BILLING_CODE_HINT,
            max_length=15),
    datetime_field("valid_until", "Batas waktu pembayaran"),
    *signer_fields("officer", "petugas", "Petugas Tata Usaha"),
)


def build(ctx: RenderContext) -> Output:
    d = ctx.data
    width = content_width(ctx)
    amount = charges_total(d["items"])
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
        charges_grid(d["items"], width),
        Spacer(1, 2 * mm),
        amount_in_words(amount),
        Spacer(1, 4 * mm),
        code_box("Kode billing", format_billing_code(d["billing_code"]),
                 f"Bayar paling lambat {ctx.when(d['valid_until'])}", width),
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
    checks=(charges_agree,),
)
