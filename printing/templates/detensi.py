"""Detention and deportation papers of the Ruang Detensi Imigrasi at the office.

SOP Pendetensian Orang Asing pada Ruang Detensi Imigrasi: on the Kepala Kantor's decision on the
Tindakan Administratif Keimigrasian (TAK), the Seksi Penindakan drafts the Surat Perintah
Pendetensian and the Berita Acara Pendetensian (step 4), the Kepala Kantor signs the order
(step 5), the officers search the detainee and secure what they carry, recorded in the Berita
Acara Penggeledahan (steps 6-7), hand over what the detainee needs in the room against the Tanda
Terima Keperluan Deteni (step 9) and place the detainee in the room (step 10).

SOP Pengeluaran Deteni dari Ruang Detensi Imigrasi: on the decision to deport or to move the
detainee (`sk_deportasi` in `surat_keputusan`), the Surat Perintah Pengeluaran Deteni (steps 4-5)
and the Berita Acara Pengeluaran Deteni, which also records the belongings given back (steps 6-7).

SOP Pendeportasian Deteni: the Surat Perintah Pengawalan Deteni and the Surat Pengawasan
Keberangkatan for the Pejabat at the TPI (steps 1-4), approved together with the Register
Deportasi; then the escort to the aircraft (steps 4-5).

The three berita acara open as berita acara do ("Pada hari ini ..."), name the officers who make
them and are signed by the detainee and the officers; the three orders share one layout (Dasar,
MEMERINTAHKAN, Kepada, Untuk) and differ in their title and default tasks.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from printing.base import (
    DOCUMENT_NUMBER_HINT,
    DOCUMENT_NUMBER_PATTERN,
    HEAD_OF_OFFICE,
    TOTAL_MISMATCH,
    Column,
    DocumentTemplate,
    Output,
    RegisterTable,
    RenderContext,
    dated,
    foreigner_fields,
    not_before,
    officer_rows,
    optional_date,
    period_in_order,
    refuse_row,
    register_fields,
    signer_fields,
    signer_given,
    totals_agree,
    witness_rows,
)
from printing.formatting import format_amount, format_date, spell_number
from printing.layout import (
    Signatory,
    clause_width,
    closing,
    column_widths,
    content_width,
    field_table,
    foreigner_rows,
    grid,
    head_of_office,
    heading,
    issued_where_and_when,
    letterhead,
    markup,
    nil_line,
    numbered,
    officer_lines,
    officer_signatories,
    officers_grid,
    opening,
    order_story,
    para,
    paragraphs,
    people_tables,
    register_ending,
    register_heading,
    render_story,
    signatory,
    signature_rows,
    signatures,
    styles,
    title_block,
    witness_signatures,
)
from printing.pages import A4, A4_LANDSCAPE, F4
from printing.schema import (
    MISSING,
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

LAW = "Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian"
# Why a foreigner may be detained: UU 6/2011 pasal 83 ayat (1), by its letter.
GROUNDS = {
    "tanpa_izin_tinggal": ("a", "berada di Wilayah Indonesia tanpa memiliki Izin Tinggal yang "
                                "sah atau memiliki Izin Tinggal yang tidak berlaku lagi"),
    "tanpa_dokumen_perjalanan": ("b", "berada di Wilayah Indonesia tanpa memiliki Dokumen "
                                      "Perjalanan yang sah"),
    "pembatalan_izin_tinggal": ("c", "dikenai Tindakan Administratif Keimigrasian berupa "
                                     "pembatalan Izin Tinggal karena melakukan tindakan yang "
                                     "bertentangan dengan peraturan perundang-undangan atau "
                                     "mengganggu keamanan dan ketertiban umum"),
    "menunggu_deportasi": ("d", "menunggu pelaksanaan Deportasi"),
    "ditolak_masuk": ("e", "menunggu keberangkatan keluar Wilayah Indonesia karena ditolak "
                           "pemberian Tanda Masuk"),
}
# Why a detainee leaves the room (SOP Pengeluaran Deteni step 1: deportation or transfer).
RELEASE_REASONS = {
    "deportasi": "pelaksanaan Pendeportasian",
    "pemindahan": "pemindahan Deteni ke Rumah Detensi Imigrasi",
    "pembebasan": "pembebasan Deteni dari pendetensian",
}
# What happens to an item found in the search (SOP Pendetensian step 7: the officers secure it).
KEPT, CARRIED = "Dititipkan kepada petugas", "Dibawa deteni ke ruang detensi"
ITEM_ACTIONS = (KEPT, CARRIED)
CURRENCY_PATTERN = r"[A-Z]{3}"
CURRENCY_HINT = "kode mata uang 3 huruf besar, misalnya IDR atau USD"
INDENT = 6 * mm


def _item(*more: Any) -> tuple[Any, ...]:
    """The columns of a row of goods: what, how many, in what unit, then `more`."""
    return (text("description", "Uraian", 200),
            integer("quantity", "Jumlah", minimum=1, maximum=9999),
            text("unit", "Satuan", 20, required=False, default="buah"), *more)


def _room(ctx: RenderContext) -> str:
    return f"Ruang Detensi Imigrasi {ctx.office.name}"


def _we(officers: Sequence[Any]) -> str:
    return "kami yang bertanda tangan di bawah ini:" if len(officers) > 1 else \
        "saya yang bertanda tangan di bawah ini:"


def _reference(kind: str, number: str, day: Any) -> str:
    """`Surat Perintah Pendetensian Nomor X tanggal 22 November 2026`."""
    return f"{kind} Nomor {number}{dated(day)}"


def _officers(ctx: RenderContext, name: str = "officers") -> list[Flowable]:
    return people_tables([officer_lines(o) for o in ctx.data[name]], content_width(ctx),
                         INDENT)


def _goods(header: Sequence[str], cells: Sequence[Sequence[str]], width: float,
           widths: Sequence[float], align: str) -> Flowable:
    """A ruled list of goods: `No.`, `Uraian` taking what the other columns leave, then
    `header`'s further columns of `widths`."""
    columns = [10 * mm, width - 10 * mm - sum(widths), *widths]
    return grid(("No.", "Uraian", *header),
                [(f"{i}.", *row) for i, row in enumerate(cells, 1)], columns, align=f"CL{align}")


def _detainee_signs(ctx: RenderContext, caption: str, officers_caption: str) -> list[Flowable]:
    """The detainee and then the officers who made the record, two to a row."""
    d = ctx.data
    return signature_rows([Signatory((caption, ""), d["detainee_name"], None),
                           *officer_signatories(d["officers"], officers_caption)],
                          content_width(ctx))


# --- Berita Acara Pendetensian -----------------------------------------------------------------

PENDETENSIAN_FIELDS = (
    datetime_field("detained_at", "Waktu pendetensian"),
    text("location", "Tempat pendetensian", 150, required=False),
    officer_rows("officers", "Petugas yang melaksanakan pendetensian", max_items=4),
    *foreigner_fields("detainee", "deteni", passport_required=False),
    choice("ground", "Alasan pendetensian (Pasal 83 ayat (1) UU Keimigrasian)", tuple(GROUNDS)),
    text("violation", "Uraian pelanggaran", 600, multiline=True),
    text("decision_number", "Nomor Keputusan Tindakan Administratif Keimigrasian", 80),
    date_field("decision_date", "Tanggal Keputusan Tindakan Administratif Keimigrasian",
               required=False),
    text("order_number", "Nomor Surat Perintah Pendetensian", 80),
    date_field("order_date", "Tanggal Surat Perintah Pendetensian", required=False),
    text("referral", "Nota Dinas usulan atau Surat Titipan Deteni", 200, required=False),
    text("room", "Kamar/blok hunian", 40, required=False),
    text("health", "Keadaan kesehatan deteni", 300, required=False),
)


def build_pendetensian(ctx: RenderContext) -> Output:
    d = ctx.data
    width = content_width(ctx)
    letter, reason = GROUNDS[d["ground"]]
    room = f", {d['room']}" if d["room"] else ""
    story: list[Flowable] = [
        *letterhead(ctx),
        *title_block("Berita Acara Pendetensian", ctx.number),
        opening(ctx, d["detained_at"], d["location"] or _room(ctx), _we(d["officers"])),
        *_officers(ctx),
        markup("selaku Pejabat Imigrasi pada {office}, berdasarkan {order}, telah melaksanakan "
               "pendetensian terhadap Orang Asing:", office=ctx.office.name,
               order=_reference("Surat Perintah Pendetensian", d["order_number"],
                                d["order_date"])),
        field_table(foreigner_rows(d, "detainee"), width, indent=INDENT),
        Spacer(1, 2 * mm),
        markup("Pendetensian dilakukan karena yang bersangkutan {reason} (Pasal 83 ayat (1) "
               "huruf {letter} {law}), yaitu {violation}, dan terhadapnya telah dikenai "
               "Tindakan Administratif Keimigrasian berdasarkan {decision}.", reason=reason,
               letter=letter, law=LAW, violation=d["violation"].rstrip("."),
               decision=_reference(f"Keputusan Kepala {ctx.office.name}",
                                   d["decision_number"], d["decision_date"])),
    ]
    if d["referral"]:
        story.append(markup("Pendetensian dilaksanakan atas {referral}.",
                            referral=d["referral"]))
    story.append(markup("Sejak pukul {time} Deteni ditempatkan di {place}{room}, setelah "
                        "penggeledahan badan dan barang bawaannya.",
                        time=ctx.time(d["detained_at"]), place=_room(ctx), room=room))
    if d["health"]:
        story.append(markup("Keadaan kesehatan Deteni: {health}", health=d["health"]))
    story += [
        para("Kepada Deteni telah diberitahukan alasan pendetensiannya, tata tertib Ruang "
             "Detensi Imigrasi, serta haknya untuk menghubungi perwakilan negaranya dan "
             "keluarganya."),
        closing(
            para("Demikian berita acara pendetensian ini dibuat dengan sebenarnya atas kekuatan "
                 "sumpah jabatan, kemudian dibacakan kembali kepada Deteni dan ditandatangani "
                 "oleh Deteni dan petugas pada hari dan tanggal tersebut di atas."),
            Spacer(1, 5 * mm),
            *_detainee_signs(ctx, "Deteni,", "Petugas,"),
        ),
    ]
    return render_story(ctx, story)


# --- Berita Acara Penggeledahan ----------------------------------------------------------------

PENGGELEDAHAN_FIELDS = (
    datetime_field("searched_at", "Waktu penggeledahan"),
    text("location", "Tempat penggeledahan", 150, required=False),
    officer_rows("officers", "Petugas yang melakukan penggeledahan", max_items=4),
    *foreigner_fields("detainee", "deteni", passport_required=False),
    text("order_number", "Nomor Surat Perintah Pendetensian", 80),
    date_field("order_date", "Tanggal Surat Perintah Pendetensian", required=False),
    text("scope", "Yang digeledah", 200, required=False,
         default="badan, pakaian, dan barang bawaan"),
    rows("items", "Barang yang ditemukan", _item(
        choice("action", "Tindakan", ITEM_ACTIONS, required=False, default=KEPT),
        text("remarks", "Keterangan", 200, required=False),
    ), max_items=40, required=False),
    text("outcome", "Hasil penggeledahan", 1500, multiline=True),
    witness_rows(required=True),
)


def build_penggeledahan(ctx: RenderContext) -> Output:
    d = ctx.data
    width = content_width(ctx)
    place = d["location"] or f"ruang penggeledahan {_room(ctx)}"
    story: list[Flowable] = [
        *letterhead(ctx),
        *title_block("Berita Acara Penggeledahan", ctx.number),
        opening(ctx, d["searched_at"], place, _we(d["officers"])),
        *_officers(ctx),
        markup("selaku Pejabat Imigrasi pada {office}, berdasarkan {order}, dengan disaksikan "
               "oleh saksi yang turut menandatangani berita acara ini, telah melakukan "
               "penggeledahan terhadap {scope} calon Deteni:", office=ctx.office.name,
               order=_reference("Surat Perintah Pendetensian", d["order_number"],
                                d["order_date"]), scope=d["scope"]),
        field_table(foreigner_rows(d, "detainee"), width, indent=INDENT),
        heading("Barang yang ditemukan:"),
    ]
    if d["items"]:
        story.append(_goods(("Jumlah", "Tindakan", "Keterangan"),
                            [(i["description"], f"{i['quantity']} {i['unit']}", i["action"],
                              i["remarks"] or "-") for i in d["items"]],
                            width, [24 * mm, 38 * mm, 38 * mm], "CLL"))
    else:
        story.append(para("Dalam penggeledahan tidak ditemukan barang apa pun."))
    story += [heading("Hasil penggeledahan:"), *paragraphs(d["outcome"])]
    if any(i["action"] == KEPT for i in d["items"]):
        story.append(para("Barang yang dititipkan kepada petugas dicatat dalam Tanda Terima "
                          "Keperluan Deteni dan disimpan sampai Deteni dikeluarkan dari Ruang "
                          "Detensi Imigrasi."))
    story.append(closing(
        para("Demikian berita acara penggeledahan ini dibuat dengan sebenarnya atas kekuatan "
             "sumpah jabatan, kemudian dibacakan kembali kepada yang digeledah dan "
             "ditandatangani oleh yang digeledah, petugas, dan saksi."),
        Spacer(1, 5 * mm),
        *_detainee_signs(ctx, "Yang digeledah,", "Yang menggeledah,"),
        *witness_signatures(d["witnesses"], width),
    ))
    return render_story(ctx, story)


# --- Berita Acara Pengeluaran Deteni -----------------------------------------------------------

PENGELUARAN_FIELDS = (
    datetime_field("released_at", "Waktu pengeluaran"),
    text("location", "Tempat pengeluaran", 150, required=False),
    officer_rows("officers", "Petugas yang melaksanakan pengeluaran", max_items=4),
    *foreigner_fields("detainee", "deteni", passport_required=False),
    date_field("detained_since", "Ditempatkan di ruang detensi sejak", required=False),
    choice("reason", "Alasan pengeluaran", tuple(RELEASE_REASONS)),
    text("destination", "Tujuan (TPI keberangkatan atau Rumah Detensi Imigrasi)", 200,
         required=False),
    text("decision_number", "Nomor Keputusan Kepala Kantor", 80),
    date_field("decision_date", "Tanggal Keputusan Kepala Kantor", required=False),
    text("order_number", "Nomor Surat Perintah Pengeluaran Deteni", 80),
    date_field("order_date", "Tanggal Surat Perintah Pengeluaran Deteni", required=False),
    rows("belongings", "Barang milik deteni yang dikembalikan", _item(
        text("condition", "Keadaan", 100, required=False, default="Baik"),
    ), max_items=40, required=False),
    # A transfer: the Rudenim's officer who receives the detainee and the belongings.
    officer_rows("receivers", "Petugas Rumah Detensi Imigrasi yang menerima", max_items=2,
                 required=False),
)


def _destination_given(template: DocumentTemplate, data: Mapping[str, Any]) -> None:
    # A deportee leaves for a checkpoint and a transferred detainee for a Rudenim: the paper
    # says where to; and a transferred detainee is handed over to someone who signs for them.
    if data["reason"] != "pembebasan" and not data["destination"]:
        raise refuse(template.title, "destination", template.field("destination").label,
                     MISSING, f"{data['reason']} without a destination")
    if data["reason"] == "pemindahan" and not data["receivers"]:
        raise refuse(template.title, "receivers", template.field("receivers").label,
                     MISSING, "transfer without the receiving officer")
    if data["reason"] != "pemindahan" and data["receivers"]:
        raise refuse(template.title, "receivers", template.field("receivers").label,
                     MISSING, f"{data['reason']} with a receiving officer")


def build_pengeluaran(ctx: RenderContext) -> Output:
    d = ctx.data
    width = content_width(ctx)
    destination = f", dengan tujuan {d['destination']}" if d["destination"] else ""
    story: list[Flowable] = [
        *letterhead(ctx),
        *title_block("Berita Acara Pengeluaran Deteni", ctx.number),
        opening(ctx, d["released_at"], d["location"] or _room(ctx), _we(d["officers"])),
        *_officers(ctx),
        markup("selaku Pejabat Imigrasi pada {office}, berdasarkan {order}, telah mengeluarkan "
               "dari {room} Deteni:", office=ctx.office.name, room=_room(ctx),
               order=_reference("Surat Perintah Pengeluaran Deteni", d["order_number"],
                                d["order_date"])),
        field_table([*foreigner_rows(d, "detainee"),
                     ("Ditempatkan sejak", optional_date(d["detained_since"]))],
                    width, indent=INDENT),
        Spacer(1, 2 * mm),
        markup("Pengeluaran dilakukan dalam rangka {reason} berdasarkan {decision}"
               "{destination}.", reason=RELEASE_REASONS[d["reason"]], destination=destination,
               decision=_reference(f"Keputusan Kepala {ctx.office.name}",
                                   d["decision_number"], d["decision_date"])),
    ]
    transfer = bool(d["receivers"])
    if transfer:  # handed over with the belongings to the Rudenim's officers, who sign
        story += [markup("Deteni beserta barang miliknya diserahkan kepada petugas "
                         "{destination}:", destination=d["destination"]),
                  *_officers(ctx, "receivers")]
    story.append(heading("Barang milik Deteni yang diserahkan bersama Deteni:" if transfer
                         else "Barang milik Deteni yang dikembalikan:"))
    if d["belongings"]:
        story += [_goods(("Jumlah", "Keadaan"),
                         [(b["description"], f"{b['quantity']} {b['unit']}", b["condition"])
                          for b in d["belongings"]], width, [26 * mm, 45 * mm], "CL"),
                  Spacer(1, 2 * mm),
                  para("Petugas penerima menyatakan telah menerima Deteni beserta seluruh barang "
                       "miliknya tersebut di atas dalam keadaan sebagaimana tercatat."
                       if transfer else
                       "Deteni menyatakan telah menerima kembali seluruh barang miliknya "
                       "tersebut di atas dalam keadaan sebagaimana tercatat dan tidak "
                       "mengajukan keberatan.")]
    else:
        story.append(para("Tidak terdapat barang milik Deteni yang dititipkan kepada petugas."))
    signers = [Signatory(("Deteni,", ""), d["detainee_name"], None),
               *officer_signatories(d["receivers"], "Yang menerima,"),
               *officer_signatories(d["officers"], "Yang menyerahkan," if transfer
                                    else "Petugas,")]
    story.append(closing(
        para("Demikian berita acara pengeluaran deteni ini dibuat dengan sebenarnya atas "
             "kekuatan sumpah jabatan, kemudian dibacakan kembali kepada Deteni dan "
             "ditandatangani oleh Deteni dan petugas pada hari dan tanggal tersebut di atas."),
        Spacer(1, 5 * mm),
        *signature_rows(signers, width),
    ))
    return render_story(ctx, story)


# --- Surat Perintah Pendetensian / Pengeluaran / Pengawalan Deteni -----------------------------

@dataclass(frozen=True)
class Order:
    """One kind of surat perintah: its code, its title, and the tasks it gives when the caller
    gives none (`{room}` stands for the office's detention room)."""

    code: str
    title: str
    tasks: tuple[str, ...]


REPORT_BACK = ("Melaksanakan perintah ini dengan penuh tanggung jawab dan melaporkan hasilnya "
               "kepada Kepala Kantor.")
ORDERS = (
    Order("sp_pendetensian", "Surat Perintah Pendetensian", (
        "Melaksanakan pendetensian terhadap Orang Asing tersebut di bawah ini dan "
        "menempatkannya di {room};",
        "Melakukan penggeledahan badan dan pemeriksaan barang bawaan Orang Asing tersebut, "
        "mengamankan barang bawaannya, dan membuat Berita Acara Penggeledahan;",
        "Membuat Berita Acara Pendetensian dan Tanda Terima Keperluan Deteni;",
        REPORT_BACK,
    )),
    Order("sp_pengeluaran", "Surat Perintah Pengeluaran Deteni", (
        "Mengeluarkan Deteni tersebut di bawah ini dari {room} sesuai dengan keputusan yang "
        "menjadi dasar Surat Perintah ini;",
        "Mengembalikan barang milik Deteni yang dititipkan kepada petugas dan "
        "mendokumentasikan pengeluaran Deteni;",
        "Membuat Berita Acara Pengeluaran Deteni;",
        REPORT_BACK,
    )),
    Order("sp_pengawalan", "Surat Perintah Pengawalan Deteni", (
        "Melakukan pengawalan terhadap Deteni tersebut di bawah ini dari {room} sampai dengan "
        "Tempat Pemeriksaan Imigrasi keberangkatan dalam rangka pelaksanaan Pendeportasian;",
        "Memastikan Deteni telah menjalani pemeriksaan keimigrasian dan masuk ke alat angkut "
        "yang membawanya keluar Wilayah Indonesia;",
        "Menyusun laporan pelaksanaan Pendeportasian dan menyampaikannya kepada Kepala Kantor.",
    )),
)

ORDER_FIELDS = (
    text_list("bases", "Dasar", max_length=400, max_items=10, required=True),
    officer_rows("officers", "Petugas yang diperintahkan", max_items=10),
    *foreigner_fields("detainee", "deteni", passport_required=False),
    text_list("tasks", "Untuk", max_length=600, max_items=10),
    date_field("valid_from", "Berlaku sejak", required=False),
    date_field("valid_until", "Berlaku sampai dengan", required=False),
    text_list("copy_to", "Tembusan", max_length=200, max_items=8),
    text("place", "Dikeluarkan di", 60, required=False),
    date_field("issued_on", "Tanggal dikeluarkan", required=False),
    *signer_fields("head", "Kepala Kantor", HEAD_OF_OFFICE),
)


def _validity_in_order(template: DocumentTemplate, data: Mapping[str, Any]) -> None:
    not_before(template, "valid_until", data["valid_until"],
               data["valid_from"] or data["issued_on"])


def build_order(order: Order, ctx: RenderContext) -> Output:
    d = ctx.data
    inner = clause_width(content_width(ctx))
    tasks = d["tasks"] or [task.format(room=_room(ctx)) for task in order.tasks]
    start = d["valid_from"] or d["issued_on"]
    where, when = issued_where_and_when(ctx, "Dikeluarkan", d["place"], d["issued_on"])
    subject = [para("Identitas Orang Asing (Deteni):", styles().body_left),
               field_table(foreigner_rows(d, "detainee"), inner, 46 * mm)]
    return render_story(ctx, order_story(
        ctx, order.title, tasks, subject,
        format_date(start) if start else ctx.issued_date(), where, when))


# --- Surat Pengawasan Keberangkatan ------------------------------------------------------------

SUPERVISION_FIELDS = (
    text("addressed_to", "Ditujukan kepada", 150, required=False,
         default="Kepala Bidang Tempat Pemeriksaan Imigrasi"),
    text("checkpoint", "Tempat Pemeriksaan Imigrasi keberangkatan", 150),
    *foreigner_fields("deportee", "deteni"),
    text("decision_number", "Nomor Keputusan Pendeportasian", 80),
    date_field("decision_date", "Tanggal Keputusan Pendeportasian", required=False),
    text("carrier_name", "Nama maskapai", 120),
    text("flight_number", "Nomor penerbangan", 12),
    datetime_field("departure_at", "Waktu keberangkatan"),
    text("route", "Rute penerbangan", 120, required=False),
    text("destination", "Tujuan akhir", 100),
    text("ticket_number", "Nomor tiket/kode pemesanan", 30, required=False),
    officer_rows("escorts", "Petugas pengawal", max_items=6),
    text("escort_order_number", "Nomor Surat Perintah Pengawalan Deteni", 80, required=False),
    date_field("escort_order_date", "Tanggal Surat Perintah Pengawalan Deteni", required=False),
    text_list("attachments", "Lampiran", max_length=200, max_items=10),
    text_list("copy_to", "Tembusan", max_length=200, max_items=8),
    *signer_fields("head", "Kepala Kantor", HEAD_OF_OFFICE),
)


def build_supervision(ctx: RenderContext) -> Output:
    d = ctx.data
    s = styles()
    width = content_width(ctx)
    attachments = d["attachments"]
    escort_order = ""
    if d["escort_order_number"]:
        escort_order = ", berdasarkan " + _reference("Surat Perintah Pengawalan Deteni",
                                                     d["escort_order_number"],
                                                     d["escort_order_date"])
    story: list[Flowable] = [
        *letterhead(ctx),
        para(ctx.place_and_date(), s.right),
        Spacer(1, 2 * mm),
        field_table([
            ("Nomor", ctx.number),
            ("Sifat", "Segera"),
            ("Lampiran", f"{len(attachments)} ({spell_number(len(attachments))}) berkas"
             if attachments else "-"),
            ("Hal", "Permohonan bantuan pengawasan keberangkatan Deteni yang dideportasi "
                    f"a.n. {d['deportee_name']}"),
        ], width, 24 * mm),
        Spacer(1, 4 * mm),
        para(f"Yth. {d['addressed_to']}\n{d['checkpoint']}\ndi tempat", s.body_left),
        Spacer(1, 4 * mm),
        markup("Sehubungan dengan {decision} tentang Tindakan Administratif Keimigrasian berupa "
               "Pendeportasian, dengan hormat kami mohon bantuan Saudara untuk melakukan "
               "pengawasan keberangkatan Deteni yang dideportasi sebagai berikut:",
               decision=_reference(f"Keputusan Kepala {ctx.office.name}", d["decision_number"],
                                   d["decision_date"])),
        heading("1. Identitas Deteni"),
        field_table(foreigner_rows(d, "deportee"), width, indent=INDENT),
        heading("2. Rencana keberangkatan"),
        field_table([("Maskapai", d["carrier_name"]),
                     ("Nomor penerbangan", d["flight_number"]),
                     ("Waktu keberangkatan", ctx.when(d["departure_at"])),
                     ("Rute penerbangan", d["route"]),
                     ("Tujuan akhir", d["destination"]),
                     ("Nomor tiket/kode pemesanan", d["ticket_number"])], width, indent=INDENT),
        heading("3. Petugas pengawal"),
        markup("Deteni dikawal oleh petugas {office}{order}, yaitu:", office=ctx.office.name,
               order=escort_order),
        officers_grid(d["escorts"], width),
        Spacer(1, 3 * mm),
        markup("Mohon kiranya Pejabat Imigrasi pada {checkpoint} melakukan pemeriksaan "
               "keimigrasian keberangkatan terhadap Deteni tersebut, mengawasinya sampai dengan "
               "Deteni masuk ke alat angkut dan alat angkut berangkat, serta memberitahukan "
               "hasil pengawasan kepada kami.", checkpoint=d["checkpoint"]),
        closing(
            para("Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja sama "
                 "Saudara, kami ucapkan terima kasih."),
            Spacer(1, 6 * mm),
            signatures([None, head_of_office(ctx, "head")], width),
        ),
    ]
    if attachments:
        story += [Spacer(1, 6 * mm), heading("Lampiran:"), numbered(attachments, width)]
    if d["copy_to"]:
        story += [Spacer(1, 4 * mm), heading("Tembusan:"), numbered(d["copy_to"], width)]
    return render_story(ctx, story)


# --- Tanda Terima Keperluan Deteni -------------------------------------------------------------

def _currency(label: str) -> Any:
    return pattern("currency", label, CURRENCY_PATTERN, CURRENCY_HINT, max_length=3)


RECEIPT_FIELDS = (
    datetime_field("received_at", "Waktu serah terima"),
    text("location", "Tempat serah terima", 150, required=False),
    *foreigner_fields("detainee", "deteni", passport_required=False),
    rows("items", "Keperluan deteni yang diserahkan", _item(
        text("condition", "Keadaan", 100, required=False, default="Baik"),
    ), max_items=30),
    rows("valuables", "Barang berharga yang dititipkan", _item(
        text("seal_number", "Nomor segel", 40),
        text("remarks", "Keterangan", 200, required=False),
    ), max_items=30, required=False),
    rows("cash", "Uang yang dititipkan", (
        _currency("Mata uang"),
        integer("denomination", "Pecahan", minimum=1, maximum=10**9),
        integer("count", "Jumlah lembar/keping", minimum=1, maximum=100_000),
    ), max_items=30, required=False),
    rows("cash_totals", "Jumlah uang per mata uang", (
        _currency("Mata uang"),
        integer("amount", "Jumlah", minimum=0, maximum=10**15),
    ), max_items=10, required=False),
    text("cash_seal_number", "Nomor segel amplop uang", 40, required=False),
    *signer_fields("officer", "petugas", "Petugas Ruang Detensi Imigrasi"),
)


def cash_totals(cash: Sequence[Mapping[str, Any]]) -> dict[str, int]:
    """The sum of each currency, in the order the currencies are first counted."""
    sums: dict[str, int] = {}
    for row in cash:
        sums[row["currency"]] = sums.get(row["currency"], 0) + row["denomination"] * row["count"]
    return sums


def _cash_agrees(template: DocumentTemplate, data: Mapping[str, Any]) -> None:
    # The caller's sums, when given, must agree with the notes counted, currency by currency
    # (a receipt must never show two sums); cash is kept in a sealed envelope.
    counted = cash_totals(data["cash"])
    declared: dict[str, tuple[int, int]] = {}
    for index, row in enumerate(data["cash_totals"]):
        first, total = declared.get(row["currency"], (index, 0))
        declared[row["currency"]] = (first, total + row["amount"])
    for currency, (index, total) in declared.items():
        expected = counted.get(currency, 0)
        if total != expected:
            raise refuse_row(template, "cash_totals", index, "amount", TOTAL_MISMATCH,
                             f"{currency} {total} != {expected} counted",
                             expected=format_amount(currency, expected))
    missing = [c for c in counted if c not in declared]
    if declared and missing:
        raise refuse(template.title, "cash_totals", template.field("cash_totals").label,
                     TOTAL_MISMATCH, f"no total for {missing}",
                     expected=", ".join(format_amount(c, counted[c]) for c in missing))
    if data["cash"] and not data["cash_seal_number"]:
        raise refuse(template.title, "cash_seal_number",
                     template.field("cash_seal_number").label, MISSING,
                     "cash without the seal of its envelope")


def build_receipt(ctx: RenderContext) -> Output:
    d = ctx.data
    width = content_width(ctx)
    letter = iter("ABC")
    story: list[Flowable] = [
        *letterhead(ctx),
        *title_block("Tanda Terima Keperluan Deteni", ctx.number,
                     "dan Barang Titipan Milik Deteni"),
        opening(ctx, d["received_at"], d["location"] or _room(ctx),
                "telah dilakukan serah terima antara petugas yang bertanda tangan di bawah ini "
                "dan Deteni:"),
        field_table(foreigner_rows(d, "detainee"), width, indent=INDENT),
        heading(f"{next(letter)}. Keperluan Deteni yang diserahkan kepada dan diterima oleh "
                "Deteni"),
        _goods(("Jumlah", "Keadaan"),
               [(i["description"], f"{i['quantity']} {i['unit']}", i["condition"])
                for i in d["items"]], width, [26 * mm, 40 * mm], "CL"),
    ]
    if d["valuables"]:
        story += [heading(f"{next(letter)}. Barang berharga milik Deteni yang dititipkan "
                          "kepada petugas dalam keadaan tersegel"),
                  _goods(("Jumlah", "Nomor segel", "Keterangan"),
                         [(v["description"], f"{v['quantity']} {v['unit']}", v["seal_number"],
                           v["remarks"] or "-") for v in d["valuables"]],
                         width, [22 * mm, 32 * mm, 36 * mm], "CLL")]
    if d["cash"]:
        sums = cash_totals(d["cash"])
        columns = column_widths(width, 10, 0, 36, 32, 40)
        counted = grid(("No.", "Mata uang", "Pecahan", "Lembar/keping", "Jumlah"),
                       [(f"{i}.", c["currency"], format_amount(c["currency"], c["denomination"]),
                         str(c["count"]),
                         format_amount(c["currency"], c["denomination"] * c["count"]))
                        for i, c in enumerate(d["cash"], 1)], columns, align="CCRRR")
        # The sums stay with the notes they add up, and the heading with both.
        story += [KeepTogether([
            heading(f"{next(letter)}. Uang milik Deteni yang dititipkan kepada petugas"),
            counted,
            Spacer(1, 2 * mm),
            field_table([(f"Jumlah {currency}", format_amount(currency, total))
                         for currency, total in sums.items()], width, 40 * mm, indent=INDENT),
            Spacer(1, 2 * mm),
        ]), markup("Uang tersebut disimpan dalam amplop tersegel Nomor segel {seal}.",
                   seal=d["cash_seal_number"])]
    if d["valuables"] or d["cash"]:
        story.append(para("Barang dan uang titipan tersebut disimpan oleh petugas dan "
                          "dikembalikan kepada Deteni pada saat Deteni dikeluarkan dari Ruang "
                          "Detensi Imigrasi, dengan Berita Acara Pengeluaran Deteni."))
    story.append(closing(
        Spacer(1, 2 * mm),
        para("Demikian tanda terima ini dibuat dengan sebenarnya dan ditandatangani oleh kedua "
             "belah pihak."),
        Spacer(1, 5 * mm),
        signatures([Signatory(("Deteni,", ""), d["detainee_name"], None),
                    signatory(ctx, "officer", "Petugas,")], width),
    ))
    return render_story(ctx, story)


# --- Register Deportasi ------------------------------------------------------------------------

DONE, SCHEDULED, POSTPONED = "Terlaksana", "Dijadwalkan", "Ditunda"
STATUSES = (SCHEDULED, DONE, POSTPONED)

DEPORTATION_ENTRY_FIELDS = (
    datetime_field("departure_at", "Waktu keberangkatan"),
    text("name", "Nama", 100),
    text("nationality", "Kewarganegaraan", 60),
    pattern("passport_number", "Nomor paspor/dokumen perjalanan", DOCUMENT_NUMBER_PATTERN,
            DOCUMENT_NUMBER_HINT, max_length=20),
    text("decision_number", "Nomor Keputusan Pendeportasian", 80),
    text("reason", "Alasan pendeportasian", 200),
    text("flight_number", "Nomor penerbangan", 12),
    text("destination", "Tujuan", 80),
    flag("ban_proposed", "Usul penangkalan"),
    choice("status", "Status", STATUSES, required=False, default=SCHEDULED),
)

REGISTER_FIELDS = register_fields(
    rows("entries", "Daftar pendeportasian", DEPORTATION_ENTRY_FIELDS, max_items=100,
         required=False),
    {"total_count": "Jumlah deteni yang dideportasi",
     "total_carried_out": "Jumlah pendeportasian terlaksana",
     "total_ban_proposals": "Jumlah usul penangkalan"},
    preparer="Petugas Seksi Penindakan Keimigrasian",
    approver="Kepala Bidang Intelijen dan Penindakan Keimigrasian",
    approver_role="pejabat yang menyetujui")


def register_totals(data: Mapping[str, Any]) -> dict[str, int]:
    """The register's sums, by the names of the total fields."""
    entries = data["entries"]
    return {"total_count": len(entries),
            "total_carried_out": sum(1 for e in entries if e["status"] == DONE),
            "total_ban_proposals": sum(1 for e in entries if e["ban_proposed"])}


def build_register(ctx: RenderContext) -> Output:
    d = ctx.data
    width = content_width(ctx)
    sums = register_totals(d)
    by_status = {status: sum(1 for e in d["entries"] if e["status"] == status)
                 for status in STATUSES}
    story: list[Flowable] = [
        *register_heading(
            ctx, "Pendeportasian Deteni pada Ruang Detensi Imigrasi",
            after=[("Kegiatan", "Pendeportasian Deteni berdasarkan Keputusan Tindakan "
                                "Administratif Keimigrasian berupa Pendeportasian")]),
    ]
    if d["entries"]:
        columns = column_widths(width, 10, 16, 0, 26, 24, 60, 28, 26)
        story.append(grid(
            ("No.", f"Pukul ({ctx.zone_on(d['day'])})", "Nama", "Warga negara",
             "Nomor paspor", "Nomor keputusan / alasan", "Penerbangan / tujuan", "Status"),
            [(f"{i}.", ctx.clock(e["departure_at"], ctx.register_day()), e["name"],
              e["nationality"],
              e["passport_number"], f"{e['decision_number']}\n{e['reason']}",
              f"{e['flight_number']}\n{e['destination']}",
              f"{e['status']}\nUsul penangkalan" if e["ban_proposed"] else e["status"])
             for i, e in enumerate(d["entries"], 1)],
            columns, align="CCLLLLLL"))
    else:
        story.append(nil_line(ctx, "pendeportasian"))
    story += [
        heading("Ringkasan"),
        grid(("Jumlah deteni", DONE, SCHEDULED, POSTPONED, "Usul penangkalan"),
             [(f"{sums['total_count']} orang", f"{sums['total_carried_out']} orang",
               f"{by_status[SCHEDULED]} orang", f"{by_status[POSTPONED]} orang",
               f"{sums['total_ban_proposals']} orang")],
             [width / 5] * 5, align="CCCCC"),
    ]
    story += register_ending(ctx, "Menyetujui,")
    return render_story(ctx, story)


# --- Register Harian Deteni --------------------------------------------------------------------

DETAINEE_ENTRY_FIELDS = (
    text("number", "Nomor perkara", 40),
    text("name", "Nama", 100),
    text("nationality", "Kewarganegaraan", 60),
    text("passport_number", "Nomor paspor", 20, required=False),
    text("ground", "Alasan pendetensian", 200),
    text("room", "Ruang", 60, required=False),
    date_field("detained_on", "Didetensi sejak"),
    integer("days", "Hari ke", minimum=1, maximum=100_000),
    text("alerts", "Peringatan", 300, required=False),
)

DAILY_REGISTER_FIELDS = register_fields(
    rows("entries", "Daftar deteni", DETAINEE_ENTRY_FIELDS, max_items=200, required=False),
    {"total_count": "Jumlah deteni", "total_alerts": "Jumlah deteni dengan peringatan"},
    preparer="Petugas Ruang Detensi Imigrasi",
    approver="Kepala Seksi Penindakan Keimigrasian")


def daily_register_totals(data: Mapping[str, Any]) -> dict[str, int]:
    entries = data["entries"]
    return {"total_count": len(entries),
            "total_alerts": sum(1 for e in entries if e["alerts"])}


def build_daily_register(ctx: RenderContext) -> Output:
    """The detainees in the Ruang Detensi on the day: days in detention, room, grounds and the
    alerts of a review or the legal limit (issue 10 point 4)."""
    d = ctx.data
    width = content_width(ctx)
    sums = daily_register_totals(d)
    story: list[Flowable] = [*register_heading(ctx, "Deteni pada Ruang Detensi Imigrasi")]
    if d["entries"]:
        columns = column_widths(width, 10, 34, 0, 30, 50, 20, 24, 12, 50)
        story.append(grid(
            ("No.", "Nomor perkara", "Nama", "Warga negara / paspor", "Alasan", "Ruang",
             "Sejak", "Hari", "Peringatan"),
            [(f"{i}.", e["number"], e["name"],
              f"{e['nationality']}\n{e['passport_number'] or '-'}", e["ground"],
              e["room"] or "-", format_date(e["detained_on"]), str(e["days"]),
              e["alerts"] or "-")
             for i, e in enumerate(d["entries"], 1)],
            columns, align="CLLLLLLCL"))
    else:
        story.append(nil_line(ctx, "deteni"))
    story += [
        heading("Ringkasan"),
        grid(("Jumlah deteni", "Dengan peringatan"),
             [(f"{sums['total_count']} orang", f"{sums['total_alerts']} orang")],
             [width / 2] * 2, align="CC"),
    ]
    story += register_ending(ctx, "Mengetahui,")
    return render_story(ctx, story)


TEMPLATES = (
    DocumentTemplate(
        code="ba_pendetensian",
        holder="detainee_name",
        title="Berita Acara Pendetensian",
        page=F4,
        fields=PENDETENSIAN_FIELDS,
        build=build_pendetensian,
    ),
    DocumentTemplate(
        code="ba_penggeledahan",
        holder="detainee_name",
        title="Berita Acara Penggeledahan",
        page=F4,
        fields=PENGGELEDAHAN_FIELDS,
        build=build_penggeledahan,
    ),
    DocumentTemplate(
        code="ba_pengeluaran",
        holder="detainee_name",
        title="Berita Acara Pengeluaran Deteni",
        page=F4,
        fields=PENGELUARAN_FIELDS,
        build=build_pengeluaran,
        checks=(_destination_given,),
    ),
    *(DocumentTemplate(
        code=order.code,
        holder="detainee_name",
        title=order.title,
        page=F4,
        fields=ORDER_FIELDS,
        build=functools.partial(build_order, order),
        checks=(_validity_in_order,),
    ) for order in ORDERS),
    DocumentTemplate(
        code="surat_pengawasan_keberangkatan",
        holder="deportee_name",
        title="Surat Pengawasan Keberangkatan",
        page=F4,
        fields=SUPERVISION_FIELDS,
        build=build_supervision,
    ),
    DocumentTemplate(
        code="tanda_terima_deteni",
        holder="detainee_name",
        title="Tanda Terima Keperluan Deteni",
        page=A4,
        fields=RECEIPT_FIELDS,
        build=build_receipt,
        checks=(_cash_agrees,),
    ),
    DocumentTemplate(
        code="register_deportasi",
        title="Register Deportasi",
        page=A4_LANDSCAPE,
        fields=REGISTER_FIELDS,
        build=build_register,
        checks=(period_in_order, totals_agree(register_totals), signer_given("approver")),
        table=RegisterTable("entries", (
            Column("Waktu keberangkatan", lambda e: e["departure_at"]),
            Column("Nama", lambda e: e["name"]),
            Column("Kewarganegaraan", lambda e: e["nationality"]),
            Column("Nomor paspor", lambda e: e["passport_number"]),
            Column("Nomor keputusan", lambda e: e["decision_number"]),
            Column("Alasan", lambda e: e["reason"]),
            Column("Penerbangan", lambda e: e["flight_number"]),
            Column("Tujuan", lambda e: e["destination"]),
            Column("Usul penangkalan", lambda e: e["ban_proposed"]),
            Column("Status", lambda e: e["status"]),
        )),
    ),
    DocumentTemplate(
        code="register_deteni",
        title="Register Harian Deteni",
        page=A4_LANDSCAPE,
        fields=DAILY_REGISTER_FIELDS,
        build=build_daily_register,
        checks=(period_in_order, totals_agree(daily_register_totals),
                signer_given("approver")),
        table=RegisterTable("entries", (
            Column("Nomor perkara", lambda e: e["number"]),
            Column("Nama", lambda e: e["name"]),
            Column("Kewarganegaraan", lambda e: e["nationality"]),
            Column("Nomor paspor", lambda e: e["passport_number"]),
            Column("Alasan", lambda e: e["ground"]),
            Column("Ruang", lambda e: e["room"]),
            Column("Didetensi sejak", lambda e: e["detained_on"]),
            Column("Hari ke", lambda e: e["days"]),
            Column("Peringatan", lambda e: e["alerts"]),
        )),
    ),
)
