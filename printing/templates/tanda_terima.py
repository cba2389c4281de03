"""Receipts of the permit and passport counters: the application receipt, the proof of payment,
and the receipt of a passport delivered home as compensation.

SOP Perpanjangan ITK/ITAS/ITAP, Penerbitan ITAS/ITAP, ABG and SKIM: step 1 "menerima
permohonan, memeriksa kelengkapan persyaratan, dan memberikan tanda terima permohonan"; then
"menerima pembayaran sesuai permohonan dan memberikan tanda bukti bayar"; at the counter
"Pemohon menunjukkan tanda bukti bayar dan tanda terima permohonan sebagai syarat pengambilan
DOKIM". The passport SOPs (M-Paspor, penggantian karena hilang/rusak) give the applicant a proof
of application and of payment the same way. The application receipt is one PDF with two copies,
one for the applicant and one for the office's file.

SOP Kompensasi Antar Paspor: the passport is allocated at most 2 working days after the PNBP is
paid; allocated later, the finished passport is delivered to the applicant's home, and the
applicant signs the Tanda Terima Pemberian Kompensasi Antar Paspor (step 11). It does not apply
to system outages or to applications that need a field check; the officer decides that before
printing.
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
    NTPN_HINT,
    NTPN_PATTERN,
    DocumentTemplate,
    Output,
    RenderContext,
    charge_rows,
    charges_agree,
    charges_total,
    earliest_day,
    latest_day,
    not_before,
    optional_date,
    signer_fields,
)
from printing.formatting import format_billing_code, format_date
from printing.layout import (
    CopyLabel,
    Signatory,
    amount_in_words,
    charges_grid,
    closing,
    code_box,
    column_widths,
    content_width,
    field_table,
    grid,
    heading,
    letterhead,
    markup,
    para,
    render_pages,
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
    refuse,
    rows,
    text,
)

NO_COMPENSATION_DUE = QT_TRANSLATE_NOOP(
    "gapura", "{label} ({field}) pada {document} harus sesudah batas waktu alokasi tanggal "
              "{deadline}: paspor yang dialokasikan paling lambat 2 (dua) hari kerja setelah "
              "pembayaran tidak mendapat kompensasi antar paspor.")

# The services of the permit and passport counters a receipt names.
SERVICES = (
    "Perpanjangan Izin Tinggal Kunjungan (ITK)",
    "Pemberian Izin Tinggal Terbatas (ITAS)",
    "Perpanjangan Izin Tinggal Terbatas (ITAS)",
    "Alih status ke Izin Tinggal Terbatas (ITAS)",
    "Pemberian Izin Tinggal Tetap (ITAP)",
    "Perpanjangan Izin Tinggal Tetap (ITAP)",
    "Alih status ke Izin Tinggal Tetap (ITAP)",
    "Izin Tinggal Tetap bagi Anak Berkewarganegaraan Ganda (ABG)",
    "Surat Keterangan Imigrasi (SKIM)",
    "Paspor biasa baru",
    "Penggantian paspor biasa karena habis berlaku",
    "Penggantian paspor biasa karena hilang",
    "Penggantian paspor biasa karena rusak",
    "Surat Perjalanan Laksana Paspor (SPLP)",
)
COPIES = ("Lembar untuk pemohon", "Lembar arsip kantor")
DOCUMENT_FORMS = ("Asli", "Fotokopi")
PHONE_PATTERN = r"\+?\d[\d -]{6,17}\d"
PHONE_HINT = "nomor telepon, misalnya 0812-3456-7890 atau +62 812 3456 7890"
PICKUP = "Tanda terima permohonan ini dan tanda bukti pembayaran"

# --- Tanda Terima Permohonan -------------------------------------------------------------------

APPLICATION_FIELDS = (
    choice("service", "Jenis layanan", SERVICES),
    text("application_number", "Nomor permohonan", 40),
    datetime_field("received_at", "Waktu permohonan diterima"),
    text("applicant_name", "Nama pemohon", 100),
    text("applicant_nationality", "Kewarganegaraan pemohon", 60),
    pattern("applicant_id_number", "Nomor paspor/NIK pemohon", DOCUMENT_NUMBER_PATTERN,
            DOCUMENT_NUMBER_HINT, max_length=20),
    pattern("applicant_phone", "Nomor telepon pemohon", PHONE_PATTERN, PHONE_HINT,
            max_length=20),
    text("applicant_address", "Alamat pemohon", 250, required=False),
    text("sponsor", "Penjamin", 200, required=False),
    rows("documents", "Berkas yang diterima", (
        text("name", "Nama dokumen", 150),
        choice("form", "Asli/fotokopi", DOCUMENT_FORMS),
        integer("count", "Jumlah", minimum=1, maximum=99),
    ), max_items=15),
    date_field("expected_on", "Perkiraan tanggal selesai", required=False),
    text("pickup_requirements", "Dibawa saat pengambilan", 300, required=False, default=PICKUP),
    text("tracking_note", "Cara memantau permohonan", 300, required=False),
    *signer_fields("officer", "petugas penerima", "Petugas Loket Pelayanan"),
)


def _completion_after_receipt(template: DocumentTemplate, data: Mapping[str, Any]) -> None:
    if data["expected_on"] is not None:
        not_before(template, "expected_on", data["expected_on"],
                    earliest_day(data["received_at"]))


def _application_copy(ctx: RenderContext, label: str) -> list[Flowable]:
    d = ctx.data
    width = content_width(ctx)
    columns = column_widths(width, 10, 0, 30, 20)
    return [
        *letterhead(ctx),
        CopyLabel(label, width),
        *title_block("Tanda Terima Permohonan", ctx.number),
        markup("Pada hari {when}, petugas {office} yang bertanda tangan di bawah ini telah "
               "menerima permohonan dan berkas persyaratan sebagai berikut:",
               when=ctx.when(d["received_at"]), office=ctx.office.name),
        field_table([("Jenis layanan", d["service"]),
                     ("Nomor permohonan", d["application_number"])], width),
        heading("Data pemohon"),
        field_table([("Nama", d["applicant_name"]),
                     ("Kewarganegaraan", d["applicant_nationality"]),
                     ("Nomor paspor/NIK", d["applicant_id_number"]),
                     ("Nomor telepon", d["applicant_phone"]),
                     ("Alamat", d["applicant_address"]),
                     ("Penjamin", d["sponsor"])], width),
        heading("Berkas yang diterima"),
        grid(("No.", "Nama dokumen", "Asli/fotokopi", "Jumlah"),
             [(f"{i}.", doc["name"], doc["form"], str(doc["count"]))
              for i, doc in enumerate(d["documents"], 1)], columns, align="CLCC"),
        Spacer(1, 3 * mm),
        field_table([("Perkiraan selesai", optional_date(d["expected_on"])),
                     ("Dibawa saat pengambilan", d["pickup_requirements"]),
                     ("Pemantauan permohonan", d["tracking_note"])], width),
        Spacer(1, 2 * mm),
        para("Tanda terima ini bukan tanda bukti pembayaran dan bukan persetujuan permohonan. "
             "Dokumen keimigrasian hanya diserahkan kepada pemohon yang menunjukkan tanda "
             "terima permohonan dan tanda bukti pembayaran."),
        # No `closing()`: a copy is shrunk to its page whole, so it never breaks.
        Spacer(1, 4 * mm),
        signatures([Signatory(("", "Pemohon,"), d["applicant_name"], None),
                    signatory(ctx, "officer", ctx.place_and_date(), "Petugas penerima,")],
                   width),
    ]


def build_application(ctx: RenderContext) -> Output:
    return render_pages(ctx, [_application_copy(ctx, label) for label in COPIES])


# --- Tanda Bukti Pembayaran --------------------------------------------------------------------

PAYMENT_FIELDS = (
    text("payer_name", "Nama pembayar", 150),
    text("application_number", "Nomor permohonan", 40),
    choice("service", "Jenis layanan", SERVICES),
    charge_rows(max_items=10),
    integer("total", "Jumlah total", minimum=0, required=False),
    pattern("billing_code", "Kode billing SIMPONI", BILLING_CODE_PATTERN, BILLING_CODE_HINT,
            max_length=15),
    pattern("ntpn", "NTPN (Nomor Transaksi Penerimaan Negara)", NTPN_PATTERN, NTPN_HINT,
            max_length=16),
    text("channel", "Bank/kanal pembayaran", 100),
    datetime_field("paid_at", "Waktu pembayaran"),
    *signer_fields("officer", "bendahara", "Bendahara Penerimaan"),
)


def build_payment(ctx: RenderContext) -> Output:
    d = ctx.data
    width = content_width(ctx)
    story: list[Flowable] = [
        *letterhead(ctx),
        *title_block("Tanda Bukti Pembayaran", ctx.number,
                     "Penerimaan Negara Bukan Pajak Layanan Keimigrasian"),
        para("Telah diterima pembayaran Penerimaan Negara Bukan Pajak (PNBP) dari:"),
        field_table([("Nama pembayar", d["payer_name"]),
                     ("Nomor permohonan", d["application_number"]),
                     ("Jenis layanan", d["service"])], width),
        heading("Rincian pembayaran"),
        charges_grid(d["items"], width),
        Spacer(1, 2 * mm),
        amount_in_words(charges_total(d["items"])),
        Spacer(1, 2 * mm),
        field_table([("Kode billing SIMPONI", format_billing_code(d["billing_code"])),
                     ("Dibayar melalui", d["channel"]),
                     ("Waktu pembayaran", ctx.when(d["paid_at"]))], width),
        Spacer(1, 4 * mm),
        code_box("NTPN (Nomor Transaksi Penerimaan Negara)", d["ntpn"],
                 "Simpan tanda bukti pembayaran ini sebagai syarat pengambilan dokumen "
                 "keimigrasian.", width),
        closing(Spacer(1, 6 * mm),
                signatures([None, signatory(ctx, "officer", ctx.place_and_date())], width)),
    ]
    return render_story(ctx, story)


# --- Tanda Terima Pemberian Kompensasi Antar Paspor --------------------------------------------

COMPENSATION_FIELDS = (
    text("applicant_name", "Nama pemohon", 100),
    text("application_number", "Nomor permohonan", 40),
    pattern("passport_number", "Nomor paspor", DOCUMENT_NUMBER_PATTERN, DOCUMENT_NUMBER_HINT,
            max_length=20),
    date_field("paid_on", "Tanggal pembayaran"),
    date_field("allocation_deadline", "Batas waktu alokasi paspor (2 hari kerja setelah "
                                      "pembayaran)"),
    date_field("allocated_on", "Tanggal paspor dialokasikan"),
    text("delivery_address", "Alamat pengantaran", 250),
    datetime_field("delivered_at", "Waktu pengantaran"),
    text("recipient_name", "Nama penerima", 100),
    text("recipient_relation", "Hubungan penerima dengan pemohon", 60, required=False,
         default="Pemohon sendiri"),
    *signer_fields("officer", "petugas pengantar", "Petugas Seksi Dokumen Perjalanan"),
)


def _compensation_due(template: DocumentTemplate, data: Mapping[str, Any]) -> None:
    # Compensation is owed only for a passport allocated after the deadline (SOP step 8), and
    # it is delivered after it was allocated.
    deadline, allocated = data["allocation_deadline"], data["allocated_on"]
    not_before(template, "allocation_deadline", deadline, data["paid_on"])
    if allocated <= deadline:
        raise refuse(template.title, "allocated_on", template.field("allocated_on").label,
                     NO_COMPENSATION_DUE, f"allocated_on {allocated} not after {deadline}",
                     deadline=format_date(deadline))
    not_before(template, "delivered_at", latest_day(data["delivered_at"]), allocated)


def build_compensation(ctx: RenderContext) -> Output:
    d = ctx.data
    width = content_width(ctx)
    story: list[Flowable] = [
        *letterhead(ctx),
        *title_block("Tanda Terima Pemberian Kompensasi Antar Paspor", ctx.number),
        markup("Pada hari {when}, petugas {office} yang bertanda tangan di bawah ini telah "
               "mengantarkan paspor yang telah selesai diterbitkan ke alamat pemohon sebagai "
               "pelaksanaan kompensasi antar paspor, dengan keterangan sebagai berikut:",
               when=ctx.when(d["delivered_at"]), office=ctx.office.name),
        heading("Data permohonan"),
        field_table([("Nama pemohon", d["applicant_name"]),
                     ("Nomor permohonan", d["application_number"]),
                     ("Nomor paspor", d["passport_number"]),
                     ("Tanggal pembayaran", format_date(d["paid_on"])),
                     ("Batas waktu alokasi", f"{format_date(d['allocation_deadline'])} (2 hari "
                                             "kerja setelah pembayaran)"),
                     ("Paspor dialokasikan", format_date(d["allocated_on"]))], width),
        heading("Pengantaran"),
        field_table([("Alamat pengantaran", d["delivery_address"]),
                     ("Diterima oleh", d["recipient_name"]),
                     ("Hubungan dengan pemohon", d["recipient_relation"])], width),
        Spacer(1, 2 * mm),
        markup("Sesuai komitmen Kompensasi Standar Pelayanan {office}, dokumen keimigrasian "
               "yang penyelesaiannya tidak tepat waktu diantarkan langsung ke alamat pengguna "
               "jasa keimigrasian. Paspor tersebut dialokasikan lewat dari 2 (dua) hari kerja "
               "setelah pembayaran, sehingga diantarkan ke alamat pemohon tanpa dipungut biaya.",
               office=ctx.office.name),
        para("Dengan menandatangani tanda terima ini, penerima menyatakan telah menerima paspor "
             "tersebut di atas dalam keadaan baik."),
        closing(Spacer(1, 4 * mm),
                signatures([Signatory(("", "Yang menerima,", d["recipient_relation"]),
                                      d["recipient_name"], None),
                            signatory(ctx, "officer", ctx.place_and_date(),
                                      "Petugas pengantar,")], width)),
    ]
    return render_story(ctx, story)


TEMPLATES = (
    DocumentTemplate(
        code="tanda_terima_permohonan",
        holder="applicant_name",
        title="Tanda Terima Permohonan",
        page=A4,
        fields=APPLICATION_FIELDS,
        build=build_application,
        checks=(_completion_after_receipt,),
    ),
    DocumentTemplate(
        code="tanda_terima_pembayaran",
        holder="payer_name",
        title="Tanda Bukti Pembayaran",
        page=A4,
        fields=PAYMENT_FIELDS,
        build=build_payment,
        checks=(charges_agree,),
    ),
    DocumentTemplate(
        code="tanda_terima_kompensasi",
        holder="applicant_name",
        title="Tanda Terima Pemberian Kompensasi Antar Paspor",
        page=A4,
        fields=COMPENSATION_FIELDS,
        build=build_compensation,
        checks=(_compensation_due,),
    ),
)
