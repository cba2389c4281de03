"""Papers of complaints and Lada Tunggu reports (issue 11).

- Surat Perintah (tugas): seed 000 step 3, "Kepala Kantor berwenang untuk memerintahkan petugas
  yang akan mengecek ke lapangan" — the Kakanim's order naming the officers of the field check.
- Laporan Kegiatan: seed 000 steps 5-7, the officers' report of the field check (to the Kasi
  Inteldakim, then the Kakanim) and of its follow-up.
- Surat Jawaban Pengaduan: seed 001 steps 6-9, the answer to the reporter ("surat pengantar dan
  laporan pengaduan") with the Kasi's paraf and the Kakanim's signature, copied to the Kanwil.
- Register Pengaduan Masyarakat: seed 000 items 7-9 and seed 001 step 10, the month's inventory
  of complaints and reports with their status and time per step, and the evaluation summary.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from printing.base import (
    HEAD_OF_OFFICE,
    Column,
    DocumentTemplate,
    Output,
    RegisterTable,
    RenderContext,
    dated,
    officer_rows,
    period_in_order,
    register_fields,
    signer_fields,
    signer_given,
    totals_agree,
)
from printing.formatting import format_date
from printing.layout import (
    clause_width,
    closing,
    column_widths,
    content_width,
    field_table,
    grid,
    head_of_office,
    heading,
    issued_where_and_when,
    letterhead,
    markup,
    nil_line,
    numbered,
    officers_grid,
    order_story,
    para,
    paragraphs,
    register_ending,
    register_heading,
    render_story,
    report_closing,
    signatures,
    styles,
    title_block,
)
from printing.pages import A4_LANDSCAPE, F4
from printing.schema import (
    date_field,
    datetime_field,
    flag,
    integer,
    rows,
    text,
    text_list,
)

# --- Surat Perintah (tugas pemeriksaan lapangan) -----------------------------------------------

ORDER_TASKS = (
    "Melakukan pemeriksaan lapangan untuk memverifikasi informasi masyarakat tersebut di bawah "
    "ini dan melakukan tindakan sesuai dengan peraturan perundang-undangan;",
    "Membuat Laporan Kegiatan dan menyampaikannya kepada Kepala Seksi Intelijen dan Penindakan "
    "Keimigrasian serta Kepala Kantor;",
    "Melaksanakan perintah ini dengan penuh tanggung jawab.",
)

ORDER_FIELDS = (
    text_list("bases", "Dasar", max_length=400, max_items=10, required=True),
    officer_rows("officers", "Petugas yang diperintahkan", max_items=10),
    text_list("tasks", "Untuk", max_length=600, max_items=10),
    text("report_reference", "Nomor laporan masyarakat", 80),
    text("report_summary", "Informasi masyarakat", 2000, multiline=True),
    text("location", "Lokasi pemeriksaan", 250),
    date_field("valid_from", "Berlaku sejak", required=False),
    date_field("valid_until", "Berlaku sampai dengan", required=False),
    text_list("copy_to", "Tembusan", max_length=200, max_items=8),
    *signer_fields("head", "Kepala Kantor", HEAD_OF_OFFICE),
)


def build_order(ctx: RenderContext) -> Output:
    d = ctx.data
    inner = clause_width(content_width(ctx))
    where, when = issued_where_and_when(ctx, "Dikeluarkan", None, None)
    start = format_date(d["valid_from"]) if d["valid_from"] else ctx.issued_date()
    subject = [para("Informasi masyarakat:", styles().body_left),
               field_table([("Nomor laporan", d["report_reference"]), ("Lokasi", d["location"]),
                            ("Uraian", d["report_summary"])], inner, 30 * mm)]
    return render_story(ctx, order_story(ctx, "Surat Perintah", d["tasks"] or ORDER_TASKS,
                                         subject, start, where, when))


# --- Laporan Kegiatan --------------------------------------------------------------------------

ACTIVITY_FIELDS = (
    text("addressed_to", "Ditujukan kepada", 150, required=False,
         default="Kepala Seksi Intelijen dan Penindakan Keimigrasian"),
    text("activity", "Kegiatan", 250),
    text("order_number", "Nomor Surat Perintah", 80, required=False),
    date_field("order_date", "Tanggal Surat Perintah", required=False),
    text("report_reference", "Nomor laporan masyarakat", 80),
    datetime_field("activity_at", "Waktu pelaksanaan"),
    text("location", "Lokasi", 250),
    officer_rows("officers", "Petugas pelaksana", max_items=10, required=False),
    text("findings", "Hasil pemeriksaan", 5000, multiline=True),
    text_list("actions_taken", "Tindakan yang telah dilakukan", max_length=300, max_items=20),
    text("conclusion", "Kesimpulan", 2000, multiline=True),
    text("recommendation", "Saran/tindak lanjut", 1500, required=False, multiline=True),
    *signer_fields("reporter", "pelapor", "Petugas Inteldakim"),
)


def build_activity(ctx: RenderContext) -> Output:
    d = ctx.data
    width = content_width(ctx)
    indent = 6 * mm
    order = d["order_number"] + dated(d["order_date"]) if d["order_number"] else None
    story: list[Flowable] = [
        *letterhead(ctx),
        *title_block("Laporan Kegiatan", ctx.number),
        field_table([("Kepada Yth.", d["addressed_to"]), ("Dari", d["reporter_position"]),
                     ("Tanggal", ctx.issued_date()), ("Hal", d["activity"])], width, 30 * mm),
        Spacer(1, 3 * mm),
        heading("I. DASAR"),
        field_table([("Surat Perintah", order), ("Laporan masyarakat", d["report_reference"])],
                    width, indent=indent),
        heading("II. WAKTU DAN TEMPAT"),
        field_table([("Hari, tanggal", ctx.day_date(d["activity_at"])),
                     ("Pukul", ctx.time(d["activity_at"])), ("Lokasi", d["location"])],
                    width, indent=indent),
    ]
    section = 3
    if d["officers"]:
        story += [heading(f"{_roman(section)}. PETUGAS PELAKSANA"),
                  officers_grid(d["officers"], width)]
        section += 1
    story += [heading(f"{_roman(section)}. HASIL PEMERIKSAAN"), *paragraphs(d["findings"])]
    section += 1
    if d["actions_taken"]:
        story += [heading(f"{_roman(section)}. TINDAKAN YANG TELAH DILAKUKAN"),
                  numbered(d["actions_taken"], width, indent)]
        section += 1
    story += [heading(f"{_roman(section)}. KESIMPULAN"), *paragraphs(d["conclusion"])]
    section += 1
    if d["recommendation"]:
        story += [heading(f"{_roman(section)}. SARAN"), *paragraphs(d["recommendation"])]
    story.append(report_closing(
        ctx, "Demikian laporan kegiatan ini dibuat dengan sebenarnya untuk dapat dipergunakan "
             "sebagaimana mestinya.", "reporter", "Pelapor,", width))
    return render_story(ctx, story)


def _roman(n: int) -> str:
    return ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")[n - 1]


# --- Surat Jawaban Pengaduan -----------------------------------------------------------------

REPLY_FIELDS = (
    text("reporter_name", "Nama pelapor", 200, required=False, default="Pelapor"),
    text("reporter_address", "Alamat pelapor", 250, required=False),
    text("complaint_number", "Nomor pengaduan", 80),
    date_field("complaint_date", "Tanggal pengaduan"),
    text("channel", "Saluran pengaduan", 80),
    text("subject", "Hal", 250),
    text("answer", "Jawaban", 6000, multiline=True),
    text("outcome", "Hasil tindak lanjut", 300, required=False),
    text_list("copy_to", "Tembusan", max_length=200, max_items=8),
    text("paraf_position", "Jabatan pemberi paraf", 120, required=False,
         default="Kepala Seksi Teknologi Informasi dan Komunikasi Keimigrasian"),
    text("paraf_name", "Nama pemberi paraf", 100, required=False),
    *signer_fields("head", "Kepala Kantor", HEAD_OF_OFFICE),
)


def build_reply(ctx: RenderContext) -> Output:
    d = ctx.data
    s = styles()
    width = content_width(ctx)
    addressee = [f"Yth. {d['reporter_name']}"]
    if d["reporter_address"]:
        addressee.append(d["reporter_address"])
    addressee.append("di tempat")
    story: list[Flowable] = [
        *letterhead(ctx),
        para(ctx.place_and_date(), s.right),
        Spacer(1, 2 * mm),
        field_table([("Nomor", ctx.number), ("Sifat", "Biasa"), ("Lampiran", "-"),
                     ("Hal", f"Jawaban atas pengaduan: {d['subject']}")], width, 24 * mm),
        Spacer(1, 4 * mm),
        para("\n".join(addressee), s.body_left),
        Spacer(1, 4 * mm),
        markup("Menindaklanjuti pengaduan Saudara melalui {channel} tanggal {day} yang kami "
               "catat dengan nomor {number}, dengan ini kami sampaikan hal-hal sebagai berikut:",
               channel=d["channel"], day=format_date(d["complaint_date"]),
               number=d["complaint_number"]),
        *paragraphs(d["answer"]),
    ]
    if d["outcome"]:
        story.append(markup("Hasil tindak lanjut: <b>{outcome}</b>.", outcome=d["outcome"]))
    paraf = f"Paraf {d['paraf_position']}: {d['paraf_name'] or '.' * 20}"
    story.append(closing(
        Spacer(1, 3 * mm),
        para("Demikian kami sampaikan. Atas perhatian dan kepedulian Saudara terhadap pelayanan "
             "keimigrasian, kami ucapkan terima kasih."),
        Spacer(1, 4 * mm),
        signatures([None, head_of_office(ctx, "head", "Hormat kami,")], width),
        Spacer(1, 3 * mm),
        para(paraf, s.small),
    ))
    if d["copy_to"]:
        story += [Spacer(1, 6 * mm), heading("Tembusan:"), numbered(d["copy_to"], width)]
    return render_story(ctx, story)


# --- Register Pengaduan Masyarakat -----------------------------------------------------------

MAX_ROWS = 2000

ENTRY_FIELDS = (
    datetime_field("received_at", "Waktu diterima"),
    text("number", "Nomor", 64),
    text("channel", "Saluran", 80),
    text("kind", "Jenis", 120),
    text("reporter", "Pelapor", 200),
    text("subject", "Perihal", 400),
    flag("lada_tunggu", "Lada Tunggu"),
    text("status", "Status", 80),
    text("steps", "Waktu per tahap", 3000, multiline=True, required=False),
    integer("late_steps", "Tahap terlambat", minimum=0, maximum=999),
    text("outcome", "Hasil", 300, required=False),
)
COMPLIANCE_FIELDS = (
    text("sop", "SOP", 80),
    text("step", "Tahap", 300),
    text("standard", "Waktu baku", 60),
    integer("finished", "Selesai", minimum=0),
    integer("late", "Terlambat", minimum=0),
)

REGISTER_FIELDS = (
    *register_fields(
        rows("entries", "Daftar pengaduan", ENTRY_FIELDS, max_items=MAX_ROWS, required=False),
        {"total_count": "Jumlah pengaduan dan laporan",
         "total_late_steps": "Jumlah tahap terlambat"},
        preparer="Anggota Satuan Tugas Pengaduan", approver="Ketua Tim Satuan Tugas",
        day_label="Tanggal awal"),
    rows("compliance", "Kepatuhan waktu per tahap", COMPLIANCE_FIELDS, max_items=200,
         required=False),
    text("evaluation", "Evaluasi ketua tim", 3000, required=False, multiline=True),
)


def register_totals(data: Mapping[str, Any]) -> dict[str, int]:
    entries = data["entries"]
    return {"total_count": len(entries),
            "total_late_steps": sum(e["late_steps"] for e in entries)}


def _counts(title: str, counter: Counter[str], width: float) -> list[Flowable]:
    if not counter:
        return []
    rows_ = [(name, f"{count}") for name, count in sorted(counter.items(),
                                                         key=lambda kv: (-kv[1], kv[0]))]
    return [heading(title), grid(("Uraian", "Jumlah"), rows_, [width * 0.7, width * 0.3],
                                 align="LR")]


def build_register(ctx: RenderContext) -> Output:
    d = ctx.data
    width = content_width(ctx)
    sums = register_totals(d)
    entries = d["entries"]
    story: list[Flowable] = [
        *register_heading(ctx, "Inventarisasi pengaduan dan laporan masyarakat"),
    ]
    if entries:
        columns = column_widths(width, 10, 21, 48, 24, 0, 20, 50, 24)
        story.append(grid(
            ("No.", "Diterima", "Nomor / saluran", "Pelapor", "Jenis / perihal", "Status",
             "Waktu per tahap", "Hasil"),
            [(f"{i}.", ctx.clock(e["received_at"], None),
              f"{e['number']}\n{e['channel']}" + ("\nLada Tunggu" if e["lada_tunggu"] else ""),
              e["reporter"], f"{e['kind']}\n{e['subject']}", e["status"],
              (e["steps"] or "-") + (f"\nTerlambat: {e['late_steps']} tahap"
                                     if e["late_steps"] else ""),
              e["outcome"] or "-")
             for i, e in enumerate(entries, 1)],
            columns, align="CLLLLLLL"))
    else:
        story.append(nil_line(ctx, "pengaduan atau laporan masyarakat"))
    half = width / 2 - 3 * mm
    story += [heading("Ringkasan evaluasi"),
              grid(("Uraian", "Jumlah"),
                   [("Pengaduan dan laporan diterima", f"{sums['total_count']}"),
                    ("Di antaranya Lada Tunggu (Sabtu, Minggu, hari libur)",
                     f"{sum(1 for e in entries if e['lada_tunggu'])}"),
                    ("Tahap yang melewati waktu baku", f"{sums['total_late_steps']}")],
                   [width * 0.7, width * 0.3], align="LR"),
              *_counts("Menurut saluran", Counter(e["channel"] for e in entries), half),
              *_counts("Menurut jenis", Counter(e["kind"] for e in entries), half),
              *_counts("Menurut status", Counter(e["status"] for e in entries), half)]
    if d["compliance"]:
        columns = column_widths(width, 30, 0, 30, 22, 22, 26)
        story += [heading("Kepatuhan waktu baku per tahap"), grid(
            ("SOP", "Tahap", "Waktu baku", "Selesai", "Terlambat", "Tepat waktu"),
            [(c["sop"], c["step"], c["standard"], str(c["finished"]), str(c["late"]),
              f"{100 * (c['finished'] - c['late']) / c['finished']:.0f}%"
              if c["finished"] else "-") for c in d["compliance"]],
            columns, align="LLLRRR")]
    if d["evaluation"]:
        story += [heading("Evaluasi"), *paragraphs(d["evaluation"])]
    story += register_ending(ctx, "Mengetahui,")
    return render_story(ctx, story)


TEMPLATES = (
    DocumentTemplate(
        code="surat_perintah_tugas",
        title="Surat Perintah",
        page=F4,
        fields=ORDER_FIELDS,
        build=build_order,
    ),
    DocumentTemplate(
        code="laporan_kegiatan",
        title="Laporan Kegiatan",
        page=F4,
        fields=ACTIVITY_FIELDS,
        build=build_activity,
    ),
    DocumentTemplate(
        code="surat_jawaban_pengaduan",
        holder="reporter_name",
        title="Surat Jawaban Pengaduan",
        page=F4,
        fields=REPLY_FIELDS,
        build=build_reply,
    ),
    DocumentTemplate(
        code="register_pengaduan",
        title="Register Pengaduan Masyarakat",
        page=A4_LANDSCAPE,
        fields=REGISTER_FIELDS,
        build=build_register,
        checks=(period_in_order, totals_agree(register_totals), signer_given("approver")),
        table=RegisterTable("entries", (
            Column("Waktu diterima", lambda e: e["received_at"]),
            Column("Nomor", lambda e: e["number"]),
            Column("Saluran", lambda e: e["channel"]),
            Column("Jenis", lambda e: e["kind"]),
            Column("Pelapor", lambda e: e["reporter"]),
            Column("Perihal", lambda e: e["subject"]),
            Column("Lada Tunggu", lambda e: e["lada_tunggu"]),
            Column("Status", lambda e: e["status"]),
            Column("Waktu per tahap", lambda e: e["steps"]),
            Column("Tahap terlambat", lambda e: e["late_steps"]),
            Column("Hasil", lambda e: e["outcome"]),
        )),
    ),
)
