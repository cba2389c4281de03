"""Rekapitulasi biaya beban overstay: the day's register of overstay charges at the TPI.

SOP Penyelesaian Keberangkatan WNA yang Melampaui Izin Tinggal Tidak Lebih dari 60 Hari step 11:
"melakukan rekapitulasi kegiatan penyelesaian keimigrasian dan penanganan ketidaksesuaian di TPI"
(output "Rekapitulasi biaya beban overstay", within one day, as the "Laporan Kegiatan di TPI";
step 5: "petugas tata usaha membuat laporan biaya beban overstay"). One row per foreigner billed
that day: days over the permit times the daily rate, the SIMPONI billing code, the proof of
payment (NTPN) and whether it is paid; then the sums. Sums given by the caller must agree with
the rows, like the billing slip's total with its items.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.i18n import QT_TRANSLATE_NOOP
from printing.base import (
    BILLING_CODE_HINT,
    BILLING_CODE_PATTERN,
    DOCUMENT_NUMBER_HINT,
    DOCUMENT_NUMBER_PATTERN,
    Column,
    DocumentTemplate,
    Output,
    RegisterTable,
    RenderContext,
    period_in_order,
    refuse_row,
    register_fields,
    signer_given,
    totals_agree,
)
from printing.formatting import (
    format_billing_code,
    format_money,
    spell_rupiah,
)
from printing.layout import (
    column_widths,
    content_width,
    grid,
    heading,
    markup,
    nil_line,
    register_ending,
    register_heading,
    render_story,
)
from printing.pages import A4_LANDSCAPE
from printing.schema import (
    MISSING,
    datetime_field,
    flag,
    integer,
    pattern,
    rows,
    text,
)

# UU 6/2011 pasal 78: up to 60 days past the permit the foreigner pays biaya beban and leaves;
# beyond that it is deportation (Inteldakim), not a TPI charge.
MAX_DAYS = 60
PAID, UNPAID = "Lunas", "Belum dibayar"

AMOUNT_MISMATCH = QT_TRANSLATE_NOOP(
    "gapura", "{label} ({field}) pada {document} harus sama dengan jumlah hari dikali tarif "
              "per hari ({expected}).")
REFERENCE_WHEN_UNPAID = QT_TRANSLATE_NOOP(
    "gapura", "{label} ({field}) pada {document} hanya diisi untuk tagihan yang sudah dibayar.")

ENTRY_FIELDS = (
    datetime_field("billed_at", "Waktu penagihan"),
    text("name", "Nama", 100),
    text("nationality", "Kewarganegaraan", 60),
    pattern("passport_number", "Nomor paspor", DOCUMENT_NUMBER_PATTERN, DOCUMENT_NUMBER_HINT,
            max_length=20),
    integer("days", "Jumlah hari overstay", minimum=1, maximum=MAX_DAYS),
    integer("daily_rate", "Tarif per hari", minimum=0, maximum=10**9),
    integer("amount", "Jumlah biaya beban", minimum=0, required=False),
    pattern("billing_code", "Kode billing SIMPONI", BILLING_CODE_PATTERN, BILLING_CODE_HINT,
            max_length=15),
    text("payment_reference", "NTPN/bukti pembayaran", 80, required=False),
    flag("paid", "Sudah dibayar"),
)

FIELDS = (
    text("checkpoint", "Tempat Pemeriksaan Imigrasi", 150),
    *register_fields(
        rows("entries", "Daftar biaya beban overstay", ENTRY_FIELDS, max_items=200,
             required=False),
        {"total_count": "Jumlah orang asing", "total_days": "Jumlah hari overstay",
         "total_billed": "Jumlah biaya beban ditagihkan",
         "total_paid": "Jumlah biaya beban dibayar"},
        preparer="Petugas Tata Usaha", approver="Kepala Seksi Pemeriksaan",
        day_label="Tanggal rekapitulasi", preparer_role="pembuat rekapitulasi"),
)


def amount(entry: Mapping[str, Any]) -> int:
    return entry["days"] * entry["daily_rate"]


def totals(data: Mapping[str, Any]) -> dict[str, int]:
    """The register's sums, by the names of the total fields."""
    entries = data["entries"]
    return {
        "total_count": len(entries),
        "total_days": sum(e["days"] for e in entries),
        "total_billed": sum(amount(e) for e in entries),
        "total_paid": sum(amount(e) for e in entries if e["paid"]),
    }


def _entries_agree(template: DocumentTemplate, data: Mapping[str, Any]) -> None:
    # Each row's amount, when given, is its days times its rate; a paid row names its proof of
    # payment and an unpaid one has none (the register must never contradict the bank).
    for index, entry in enumerate(data["entries"]):
        if entry["amount"] is not None and entry["amount"] != amount(entry):
            raise refuse_row(template, "entries", index, "amount", AMOUNT_MISMATCH,
                             f"amount {entry['amount']} != {amount(entry)}",
                             expected=format_money(amount(entry)))
        if entry["paid"] and not entry["payment_reference"]:
            raise refuse_row(template, "entries", index, "payment_reference", MISSING,
                             "paid without a payment reference")
        if not entry["paid"] and entry["payment_reference"]:
            raise refuse_row(template, "entries", index, "payment_reference",
                             REFERENCE_WHEN_UNPAID, "payment reference on an unpaid row")


def _shown(name: str, value: int) -> str:
    return format_money(value) if name in ("total_billed", "total_paid") else str(value)


def build(ctx: RenderContext) -> Output:
    d = ctx.data
    width = content_width(ctx)
    sums = totals(d)
    unpaid = sums["total_billed"] - sums["total_paid"]
    paid_count = sum(1 for e in d["entries"] if e["paid"])
    story: list[Flowable] = [
        *register_heading(
            ctx, "Laporan Kegiatan di Tempat Pemeriksaan Imigrasi",
            before=[("Tempat Pemeriksaan Imigrasi", d["checkpoint"])],
            after=[("Kegiatan", "Penyelesaian keberangkatan orang asing yang melampaui izin "
                                "tinggal tidak lebih dari 60 (enam puluh) hari")],
            label_width=60 * mm),
    ]
    if d["entries"]:
        columns = column_widths(width, 10, 16, 0, 30, 25, 12, 26, 28, 40, 20)
        story.append(grid(
            ("No.", f"Pukul ({ctx.zone_on(d['day'])})", "Nama", "Warga negara", "Nomor paspor",
             "Hari", "Tarif per hari", "Jumlah", "Kode billing / NTPN", "Status"),
            [(f"{i}.", ctx.clock(e["billed_at"], ctx.register_day()), e["name"], e["nationality"],
              e["passport_number"], str(e["days"]), format_money(e["daily_rate"]),
              format_money(amount(e)), _billing(e), PAID if e["paid"] else UNPAID)
             for i, e in enumerate(d["entries"], 1)],
            columns, align="CCLLLRRRLC",
            footer=("Jumlah", "", "", "", "", str(sums["total_days"]), "",
                    format_money(sums["total_billed"]), "", ""),
            footer_span=5))
    else:
        story.append(nil_line(ctx, "pengenaan biaya beban overstay"))
    story += [
        heading("Ringkasan"),
        grid(("Jumlah orang asing", "Jumlah hari overstay", "Biaya beban ditagihkan",
              "Sudah dibayar (lunas)", "Belum dibayar"),
             [(f"{sums['total_count']} orang", f"{sums['total_days']} hari",
               format_money(sums["total_billed"]),
               f"{format_money(sums['total_paid'])} ({paid_count} orang)",
               f"{format_money(unpaid)} ({sums['total_count'] - paid_count} orang)")],
             [width / 5] * 5, align="CCCCC"),
        Spacer(1, 2 * mm),
        markup("<b>Terbilang:</b> biaya beban ditagihkan {billed}; sudah dibayar {paid}.",
               billed=spell_rupiah(sums["total_billed"]), paid=spell_rupiah(sums["total_paid"])),
    ]
    story += register_ending(ctx, "Mengetahui,", "rekapitulasi")
    return render_story(ctx, story)


def _billing(entry: Mapping[str, Any]) -> str:
    code = format_billing_code(entry["billing_code"])
    return f"{code}\n{entry['payment_reference']}" if entry["payment_reference"] else code


TEMPLATE = DocumentTemplate(
    code="rekap_overstay",
    title="Rekapitulasi Biaya Beban Overstay",
    page=A4_LANDSCAPE,
    fields=FIELDS,
    build=build,
    checks=(period_in_order, _entries_agree, totals_agree(totals, _shown),
            signer_given("approver")),
    table=RegisterTable("entries", (
        Column("Waktu penagihan", lambda e: e["billed_at"]),
        Column("Nama", lambda e: e["name"]),
        Column("Kewarganegaraan", lambda e: e["nationality"]),
        Column("Nomor paspor", lambda e: e["passport_number"]),
        Column("Jumlah hari", lambda e: e["days"]),
        Column("Tarif per hari", lambda e: e["daily_rate"]),
        Column("Jumlah biaya beban", amount),
        Column("Kode billing", lambda e: e["billing_code"]),
        Column("NTPN", lambda e: e["payment_reference"]),
        Column("Lunas", lambda e: e["paid"]),
    )),
)
