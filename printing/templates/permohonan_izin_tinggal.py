"""Papers of the stay-permit counter's applications: the receipt given at intake and the letter
that tells an applicant the application was refused.

- Tanda Terima Permohonan Izin Tinggal (`tanda_terima_izin_tinggal`): SOP Perpanjangan Izin
  Tinggal Kunjungan step 1 "menerima permohonan, memeriksa kelengkapan persyaratan, dan
  memberikan tanda terima permohonan" (likewise for ITAS/ITAP): who applies, who sponsors
  (penjamin), each requirement with whether it is there and scanned, when it should be done and
  what it costs. One A4 PDF with two copies, one for the applicant and one for the office's file,
  as the other application receipt (`tanda_terima_permohonan`).
- Surat Pemberitahuan Penolakan Permohonan Izin Tinggal (`surat_penolakan_izin_tinggal`): the
  rejection path of a stay-permit case (issue 8 point 5): the decision's reasons, whether the
  PNBP already paid stays with the State (PP 28/2019: PNBP paid is not refunded for a refused
  application), and what the applicant must do next, signed by the Kepala Kantor.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from app.i18n import QT_TRANSLATE_NOOP
from printing.base import (
    DOCUMENT_NUMBER_HINT,
    DOCUMENT_NUMBER_PATTERN,
    HEAD_OF_OFFICE,
    DocumentTemplate,
    Output,
    RenderContext,
    earliest_day,
    foreigner_fields,
    latest_day,
    not_before,
    refuse_row,
    signer_fields,
)
from printing.formatting import format_date, format_money, spell_number
from printing.layout import (
    CopyLabel,
    Signatory,
    closing,
    column_widths,
    content_width,
    field_table,
    foreigner_rows,
    grid,
    head_of_office,
    heading,
    letterhead,
    markup,
    numbered,
    para,
    paragraphs,
    render_pages,
    render_story,
    signatory,
    signatures,
    styles,
    table_style,
    title_block,
)
from printing.pages import A4, F4
from printing.schema import (
    BAD_FORMAT,
    MISSING,
    NOT_A_CHOICE,
    Field,
    FieldType,
    choice,
    date_field,
    datetime_field,
    flag,
    integer,
    pattern,
    refuse,
    rows,
    text,
    text_list,
)
from printing.templates.nota_dinas import NATURES
from printing.templates.tanda_terima import COPIES, PHONE_HINT, PHONE_PATTERN, PICKUP

NOT_PRESENT_NOT_SCANNED = QT_TRANSLATE_NOOP(
    "gapura", "{label} ({field}) pada {document} tidak boleh \"ya\" untuk dokumen yang tidak "
              "ada: hanya dokumen yang diterima yang dapat dipindai.")
NO_NEXT_STEP = QT_TRANSLATE_NOOP(
    "gapura", "Data {document} belum lengkap: {label} ({field}) wajib diisi bila pemohon tidak "
              "dapat mengajukan permohonan kembali dan tidak ada petunjuk lain, karena surat "
              "penolakan harus menyebutkan apa yang harus dilakukan pemohon.")

PERSON, COMPANY = "Perorangan", "Badan usaha"
SPONSOR_KINDS = (PERSON, COMPANY)
# How a sponsor is identified: an Indonesian by NIK, a foreign sponsor by passport, a company by
# its Nomor Induk Berusaha (OSS); each with its format and the sponsor kinds it fits.
NIK, PASSPORT, NIB = "NIK", "Paspor", "NIB"
SPONSOR_IDS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    NIK: (r"\d{16}", "NIK 16 angka", (PERSON,)),
    PASSPORT: (DOCUMENT_NUMBER_PATTERN, DOCUMENT_NUMBER_HINT, (PERSON,)),
    NIB: (r"\d{13}", "NIB 13 angka", (COMPANY,)),
}
RULE_PATTERN = r"[a-z][a-z0-9_]*(\.[a-z0-9_]+)*"
RULE_HINT = "kode aturan huruf kecil bertitik, misalnya permit.extension.max_count"
FEE_KEPT = ("Biaya PNBP yang telah dibayarkan tidak dapat dikembalikan sesuai ketentuan "
            "peraturan perundang-undangan.")
NO_FEE = "Tidak ada biaya yang dikenakan karena permohonan ditolak sebelum pembayaran."
FEE_TO_BE_BILLED = "akan ditagihkan"


def _required_flag(name: str, label: str) -> Field:
    """A yes/no the officer must answer (a checklist cell has no safe default)."""
    return Field(name, label, FieldType.BOOL)


def _application_fields() -> tuple[Field, ...]:
    """Which application a paper is about: its number and what it asks for."""
    return (
        text("application_number", "Nomor permohonan", 40),
        text("application_type", "Jenis permohonan", 150),
    )


# --- Tanda Terima Permohonan Izin Tinggal ------------------------------------------------------

RECEIPT_FIELDS = (
    *_application_fields(),
    datetime_field("received_at", "Waktu permohonan diterima"),
    *foreigner_fields("applicant", "pemohon"),
    pattern("applicant_phone", "Nomor telepon pemohon", PHONE_PATTERN, PHONE_HINT,
            max_length=20, required=False),
    # The sponsor (penjamin), for the types that have one (an ABG child's ITAP has none).
    text("sponsor_name", "Nama penjamin", 150, required=False),
    choice("sponsor_kind", "Jenis penjamin", SPONSOR_KINDS, required=False),
    choice("sponsor_id_kind", "Jenis nomor identitas penjamin", tuple(SPONSOR_IDS),
           required=False),
    pattern("sponsor_id_number", "Nomor identitas penjamin (NIK/paspor/NIB)",
            DOCUMENT_NUMBER_PATTERN, DOCUMENT_NUMBER_HINT, max_length=20, required=False),
    text("sponsor_address", "Alamat penjamin", 250, required=False),
    pattern("sponsor_phone", "Nomor telepon penjamin", PHONE_PATTERN, PHONE_HINT,
            max_length=20, required=False),
    rows("requirements", "Persyaratan", (
        text("title", "Nama dokumen", 150),
        _required_flag("present", "Ada"),
        _required_flag("scanned", "Dipindai"),
    ), max_items=20),
    date_field("expected_on", "Perkiraan tanggal selesai"),
    integer("fee_amount", "Biaya PNBP", minimum=0, maximum=10**10, required=False),
    text("pickup_requirements", "Dibawa saat pengambilan", 300, required=False, default=PICKUP),
    text("tracking_note", "Cara memantau permohonan", 300, required=False),
    *signer_fields("officer", "petugas penerima", "Petugas Loket Pelayanan Izin Tinggal"),
)


def _receipt_dates(template: DocumentTemplate, data: Mapping[str, Any]) -> None:
    # Done no earlier than received; received no earlier than the applicant was born.
    received = data["received_at"]
    not_before(template, "expected_on", data["expected_on"], earliest_day(received))
    not_before(template, "received_at", latest_day(received), data["applicant_birth_date"])


def _sponsor_identified(template: DocumentTemplate, data: Mapping[str, Any]) -> None:
    """A company sponsors under its NIB, a person under a NIK or a passport, each in its
    format; a sponsor named is described whole."""
    if not data["sponsor_name"]:
        return
    for name in ("sponsor_kind", "sponsor_id_kind", "sponsor_id_number", "sponsor_address"):
        if not data[name]:
            raise refuse(template.title, name, template.field(name).label, MISSING,
                         f"{name} of a named sponsor")
    kind, id_kind = data["sponsor_kind"], data["sponsor_id_kind"]
    regex, hint, kinds = SPONSOR_IDS[id_kind]
    if kind not in kinds:
        fitting = ", ".join(k for k, (_, _, fits) in SPONSOR_IDS.items() if kind in fits)
        raise refuse(template.title, "sponsor_id_kind", template.field("sponsor_id_kind").label,
                     NOT_A_CHOICE, f"{id_kind} for a sponsor of kind {kind!r}",
                     choices=fitting)
    if not re.fullmatch(regex, data["sponsor_id_number"]):
        raise refuse(template.title, "sponsor_id_number",
                     template.field("sponsor_id_number").label, BAD_FORMAT,
                     f"not a {id_kind}", hint=hint)


def _scanned_only_if_present(template: DocumentTemplate, data: Mapping[str, Any]) -> None:
    for index, row in enumerate(data["requirements"]):
        if row["scanned"] and not row["present"]:
            raise refuse_row(template, "requirements", index, "scanned",
                             NOT_PRESENT_NOT_SCANNED, "scanned but not present")


def _yes_no(value: bool, yes: str, no: str) -> str:
    return yes if value else no


def _receipt_copy(ctx: RenderContext, label: str) -> list[Flowable]:
    d = ctx.data
    width = content_width(ctx)
    requirements = d["requirements"]
    fee = (format_money(d["fee_amount"]) if d["fee_amount"] is not None
           else FEE_TO_BE_BILLED)
    copy: list[Flowable] = [
        *letterhead(ctx),
        CopyLabel(label, width),
        *title_block("Tanda Terima Permohonan Izin Tinggal", ctx.number),
        markup("Pada hari {when}, petugas {office} yang bertanda tangan di bawah ini telah "
               "menerima permohonan izin tinggal dan berkas persyaratan sebagai berikut:",
               when=ctx.when(d["received_at"]), office=ctx.office.name),
        field_table([("Nomor permohonan", d["application_number"]),
                     ("Jenis permohonan", d["application_type"])], width),
        heading("Data pemohon"),
        field_table([*foreigner_rows(d, "applicant"),
                     ("Nomor telepon", d["applicant_phone"])], width),
        *([heading("Data penjamin"),
           field_table([("Nama", d["sponsor_name"]),
                        ("Jenis penjamin", d["sponsor_kind"]),
                        (f"Nomor identitas ({d['sponsor_id_kind']})", d["sponsor_id_number"]),
                        ("Alamat", d["sponsor_address"]),
                        ("Nomor telepon", d["sponsor_phone"])], width)]
          if d["sponsor_name"] else []),
        heading("Kelengkapan persyaratan"),
        grid(("No.", "Dokumen persyaratan", "Ada/tidak ada", "Dipindai"),
             [(f"{i}.", row["title"], _yes_no(row["present"], "Ada", "Tidak ada"),
               _yes_no(row["scanned"], "Ya", "Tidak"))
              for i, row in enumerate(requirements, 1)],
             column_widths(width, 10, 0, 28, 20), align="CLCC"),
    ]
    if not all(row["present"] for row in requirements):
        copy.append(para("Persyaratan yang belum ada wajib dilengkapi; permohonan diproses "
                         "setelah persyaratan lengkap.", styles().cell))
    copy += [
        Spacer(1, 3 * mm),
        field_table([("Perkiraan selesai", format_date(d["expected_on"])),
                     ("Biaya PNBP", fee),
                     ("Dibawa saat pengambilan", d["pickup_requirements"]),
                     ("Pemantauan permohonan", d["tracking_note"])], width),
        Spacer(1, 2 * mm),
        markup("Status permohonan dapat ditanyakan dengan menyebutkan Nomor permohonan "
               "<b>{application}</b> atau dengan memindai kode QR pada tanda terima ini. Tanda "
               "terima ini bukan tanda bukti pembayaran dan bukan persetujuan permohonan.",
               application=d["application_number"]),
        # No `closing()`: a copy is shrunk to its page whole, so it never breaks.
        Spacer(1, 4 * mm),
        signatures([Signatory(("", "Pemohon,"), d["applicant_name"], None),
                    signatory(ctx, "officer", ctx.place_and_date(), "Petugas penerima,")],
                   width),
    ]
    return copy


def build_receipt(ctx: RenderContext) -> Output:
    return render_pages(ctx, [_receipt_copy(ctx, label) for label in COPIES])


# --- Surat Pemberitahuan Penolakan Permohonan Izin Tinggal -------------------------------------

# A letter goes to where the applicant lives.
_LETTER_APPLICANT = tuple(
    dataclasses.replace(f, required=True) if f.name == "applicant_address" else f
    for f in foreigner_fields("applicant", "pemohon"))

REJECTION_FIELDS = (
    choice("nature", "Sifat", NATURES, required=False, default="Biasa"),
    text_list("attachments", "Lampiran", max_length=200, max_items=10),
    *_application_fields(),
    date_field("applied_on", "Tanggal permohonan", required=False),
    *_LETTER_APPLICANT,
    text("sponsor_name", "Nama penjamin (u.p.)", 150, required=False),
    rows("reasons", "Alasan penolakan", (
        text("reason", "Alasan", 1000),
        pattern("rule", "Kode aturan", RULE_PATTERN, RULE_HINT, max_length=80,
                required=False),
        text("legal_basis", "Dasar hukum", 300, required=False),
    ), max_items=10),
    _required_flag("fee_paid", "Biaya PNBP sudah dibayar"),
    date_field("permit_valid_until", "Izin tinggal yang berlaku saat ini berakhir pada",
               required=False),
    flag("may_reapply", "Dapat mengajukan permohonan kembali"),
    text("instructions", "Petunjuk lain bagi pemohon", 1500, required=False, multiline=True),
    text_list("copy_to", "Tembusan", max_length=200, max_items=8),
    *signer_fields("head", "Kepala Kantor", HEAD_OF_OFFICE),
)


def _rejection_dates(template: DocumentTemplate, data: Mapping[str, Any]) -> None:
    # An extension is applied for while the current permit still runs; one applied for after
    # the applicant's birth.
    not_before(template, "permit_valid_until", data["permit_valid_until"], data["applied_on"])
    not_before(template, "applied_on", data["applied_on"], data["applicant_birth_date"])


def _next_step_given(template: DocumentTemplate, data: Mapping[str, Any]) -> None:
    """The letter must tell the applicant what to do: leave before the permit ends, apply
    again, or follow the instructions written."""
    if data["permit_valid_until"] or data["may_reapply"] or data["instructions"]:
        return
    raise refuse(template.title, "permit_valid_until",
                 template.field("permit_valid_until").label, NO_NEXT_STEP,
                 "no permit end, no reapplication and no instructions")


def _reference(row: Mapping[str, Any]) -> str:
    """`Dasar hukum; kode aturan x.y`, printed small after a reason, or nothing."""
    parts = [row["legal_basis"], f"kode aturan {row['rule']}" if row["rule"] else None]
    return "; ".join(p for p in parts if p)


def _reasons(reasons: Sequence[Mapping[str, Any]], width: float) -> Table:
    """`1. reason (basis; kode aturan ...)`: the reference in small print after each reason."""
    s = styles()
    items = []
    for i, row in enumerate(reasons, 1):
        reference = _reference(row)
        template = "{reason}<font size=\"8\"> ({reference})</font>" if reference else "{reason}"
        items.append([f"{i}.", markup(template, s.cell, reason=row["reason"],
                                      reference=reference)])
    return Table(items, colWidths=[7 * mm, width - 7 * mm], style=table_style(),
                 hAlign="LEFT")


def _next_steps(ctx: RenderContext) -> list[Flowable]:
    d = ctx.data
    steps: list[Flowable] = []
    if d["permit_valid_until"]:
        steps.append(markup(
            "Saudara wajib meninggalkan Wilayah Indonesia sebelum izin tinggal Saudara yang "
            "berlaku saat ini berakhir pada tanggal {until}. Orang Asing yang berada di Wilayah "
            "Indonesia melebihi masa berlaku izin tinggalnya dikenakan biaya beban atau "
            "Tindakan Administratif Keimigrasian sesuai ketentuan peraturan "
            "perundang-undangan.", until=format_date(d["permit_valid_until"])))
    if d["may_reapply"]:
        steps.append(para("Saudara dapat mengajukan permohonan kembali setelah memenuhi "
                          "persyaratan yang ditentukan, dengan memperhatikan alasan penolakan "
                          "tersebut di atas."))
    if d["instructions"]:
        steps += paragraphs(d["instructions"])
    return steps


def build_rejection(ctx: RenderContext) -> Output:
    d = ctx.data
    s = styles()
    width = content_width(ctx)
    attachments = d["attachments"]
    applied = f" tanggal {format_date(d['applied_on'])}" if d["applied_on"] else ""
    attention = f"\nu.p. {d['sponsor_name']} (penjamin)" if d["sponsor_name"] else ""
    story: list[Flowable] = [
        *letterhead(ctx),
        para(ctx.place_and_date(), s.right),
        Spacer(1, 2 * mm),
        field_table([
            ("Nomor", ctx.number),
            ("Sifat", d["nature"]),
            ("Lampiran", f"{len(attachments)} ({spell_number(len(attachments))}) berkas"
             if attachments else "-"),
            ("Hal", f"Pemberitahuan Penolakan Permohonan {d['application_type']}"),
        ], width, 24 * mm),
        Spacer(1, 4 * mm),
        para(f"Yth. Sdr. {d['applicant_name']}{attention}\n{d['applicant_address']}\n"
             "di tempat", s.body_left),
        Spacer(1, 4 * mm),
        markup("Sehubungan dengan permohonan {kind} Saudara Nomor {number}{applied}, dengan ini "
               "kami beritahukan bahwa setelah dilakukan pemeriksaan, permohonan tersebut "
               "<b>DITOLAK</b>. Data pemohon:", kind=d["application_type"],
               number=d["application_number"], applied=applied),
        field_table(foreigner_rows(d, "applicant"), width, indent=7 * mm),
        Spacer(1, 2 * mm),
        para("Permohonan tersebut ditolak dengan alasan sebagai berikut:"),
        _reasons(d["reasons"], width),
        Spacer(1, 3 * mm),
        para(FEE_KEPT if d["fee_paid"] else NO_FEE),
        *_next_steps(ctx),
        closing(
            para("Demikian pemberitahuan ini disampaikan untuk menjadi perhatian dan "
                 "dilaksanakan."),
            Spacer(1, 6 * mm),
            signatures([None, head_of_office(ctx, "head")], width),
        ),
    ]
    if attachments:
        story += [Spacer(1, 6 * mm), heading("Lampiran:"), numbered(attachments, width)]
    if d["copy_to"]:
        story += [Spacer(1, 4 * mm), heading("Tembusan:"), numbered(d["copy_to"], width)]
    return render_story(ctx, story)


RECEIPT = DocumentTemplate(
    code="tanda_terima_izin_tinggal",
    holder="applicant_name",
    title="Tanda Terima Permohonan Izin Tinggal",
    page=A4,
    fields=RECEIPT_FIELDS,
    build=build_receipt,
    checks=(_receipt_dates, _sponsor_identified, _scanned_only_if_present),
)

REJECTION = DocumentTemplate(
    code="surat_penolakan_izin_tinggal",
    holder="applicant_name",
    title="Surat Pemberitahuan Penolakan Permohonan Izin Tinggal",
    page=F4,
    fields=REJECTION_FIELDS,
    build=build_rejection,
    checks=(_rejection_dates, _next_step_given),
)

TEMPLATES = (RECEIPT, REJECTION)
