"""Berita acara: formal records of what happened, signed by the parties.

- Berita Acara Serah Terima (BAST): the handover of a person and/or documents and goods to
  another agency or section (SOP Penanganan Hit/Alert Interpol step 9: "menyerahkan subyek HIT
  atau ALERT kepada Polda terkait dengan Berita Acara Serah Terima"; SOP Penanganan Cekal step 9:
  handover with the travel document to Inteldakim or the requesting agency).
- Berita Acara Pemeriksaan (BAP): the questions put to someone and their answers, read back and
  signed by both. SOP Pengenaan Biaya Beban terhadap Penanggung Jawab Alat Angkut step 2: the
  Laporan Kejadian of the refused passenger comes with the BAP of the carrier's representative.
- Berita Acara Pendapat: the officials' legal opinion on a case (facts, legal basis, analysis,
  conclusion), same SOP step 3 (Kepala Seksi Pemeriksaan); it grounds the Kepala Kantor's
  decision (step 4, `surat_keputusan`).

Each opens the way berita acara do: "Pada hari ini Rabu tanggal dua puluh lima bulan November
tahun dua ribu dua puluh enam (25 November 2026), pukul ..., bertempat di ...".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.i18n import QT_TRANSLATE_NOOP
from printing.base import (
    NIP_HINT,
    NIP_PATTERN,
    SEXES,
    DocumentTemplate,
    Output,
    RenderContext,
    dated,
    optional_date,
    signer_fields,
    witness_rows,
)
from printing.formatting import format_date, format_nip
from printing.layout import (
    Signatory,
    closing,
    content_width,
    field_table,
    grid,
    heading,
    letterhead,
    markup,
    numbered,
    opening,
    para,
    paragraphs,
    people_tables,
    render_story,
    signatory,
    signature_rows,
    signatures,
    styles,
    title_block,
    witness_signatures,
)
from printing.pages import F4
from printing.schema import (
    MISSING,
    choice,
    date_field,
    datetime_field,
    integer,
    pattern,
    refuse,
    rows,
    text,
    text_list,
)

ID_KINDS = ("NIP", "NRP", "NIK", "Nomor Paspor")
# Identity documents an examined person may show (SOP biaya beban step 2: "dapat dimintakan
# kartu identitas sebagai data dukung").
EXAMINEE_ID_KINDS = ("Paspor", "KTP", "KITAS", "KITAP", "Kartu identitas pegawai")
NOTHING_HANDED_OVER = QT_TRANSLATE_NOOP(
    "gapura", "Berita acara serah terima harus memuat orang atau barang yang diserahkan: "
              "isi {label} ({field}) atau identitas orang yang diserahkan.")

BAST_FIELDS = (
    datetime_field("handover_at", "Waktu serah terima"),
    text("location", "Tempat serah terima", 150),
    *signer_fields("giver", "pihak yang menyerahkan"),
    text("receiver_name", "Nama pihak yang menerima", 100),
    choice("receiver_id_kind", "Jenis nomor identitas pihak yang menerima", ID_KINDS,
           required=False, default="NIP"),
    text("receiver_id_number", "Nomor identitas pihak yang menerima", 30),
    text("receiver_position", "Jabatan pihak yang menerima", 120),
    text("receiver_agency", "Instansi pihak yang menerima", 150),
    text("subject_name", "Nama orang yang diserahkan", 100, required=False),
    text("subject_nationality", "Kewarganegaraan orang yang diserahkan", 60, required=False),
    date_field("subject_birth_date", "Tanggal lahir orang yang diserahkan", required=False),
    choice("subject_sex", "Jenis kelamin orang yang diserahkan", ("Laki-laki", "Perempuan"),
           required=False),
    text("subject_document_number", "Nomor dokumen perjalanan orang yang diserahkan", 20,
         required=False),
    rows("items", "Barang/dokumen yang diserahkan", (
        text("description", "Uraian", 200),
        integer("quantity", "Jumlah", minimum=1, maximum=9999),
        text("unit", "Satuan", 20, required=False, default="buah"),
        text("remarks", "Keterangan", 200, required=False),
    ), max_items=40, required=False),
    text("purpose", "Dasar dan keperluan serah terima", 800, multiline=True),
    witness_rows(),
)

BAP_FIELDS = (
    datetime_field("examined_at", "Waktu pemeriksaan"),
    text("location", "Tempat pemeriksaan", 150),
    *signer_fields("examiner", "pemeriksa", "Pejabat Imigrasi yang ditunjuk"),
    text("examinee_name", "Nama yang diperiksa", 100),
    text("examinee_birth_place", "Tempat lahir yang diperiksa", 60),
    date_field("examinee_birth_date", "Tanggal lahir yang diperiksa"),
    choice("examinee_sex", "Jenis kelamin yang diperiksa", SEXES, required=False),
    text("examinee_nationality", "Kewarganegaraan yang diperiksa", 60),
    text("examinee_occupation", "Pekerjaan/jabatan yang diperiksa", 150),
    text("examinee_address", "Alamat yang diperiksa", 250),
    choice("examinee_id_kind", "Jenis dokumen identitas yang diperiksa", EXAMINEE_ID_KINDS,
           required=False, default="Paspor"),
    text("examinee_id_number", "Nomor dokumen identitas yang diperiksa", 30),
    text("matter", "Perihal pemeriksaan", 400),
    text("lk_number", "Nomor Laporan Kejadian", 80, required=False),
    text("interpreter_name", "Nama juru bahasa", 100, required=False),
    text("interpreter_language", "Bahasa pemeriksaan", 40, required=False),
    rows("questions", "Pertanyaan dan jawaban", (
        text("question", "Pertanyaan", 600, multiline=True),
        text("answer", "Jawaban", 2000, multiline=True),
    ), max_items=60),
)

PENDAPAT_FIELDS = (
    datetime_field("opinion_at", "Waktu pembuatan berita acara pendapat"),
    text("location", "Tempat pembuatan berita acara pendapat", 150),
    text("case_title", "Perkara", 300),
    *signer_fields("official", "pejabat pemberi pendapat", "Kepala Seksi Pemeriksaan"),
    rows("members", "Pejabat lain yang turut memberikan pendapat", (
        text("name", "Nama", 100),
        pattern("nip", "NIP", NIP_PATTERN, NIP_HINT, max_length=21),
        text("position", "Jabatan", 120),
    ), max_items=3, required=False),
    # A BAPEN rests on a Laporan Kejadian (an incident) or on other papers (a lost passport's
    # police report): at least one of them, with the BAP.
    text("lk_number", "Nomor Laporan Kejadian", 80, required=False),
    date_field("lk_date", "Tanggal Laporan Kejadian", required=False),
    text_list("other_sources", "Dokumen lain yang dipelajari", max_length=200, max_items=5),
    text("bap_number", "Nomor Berita Acara Pemeriksaan", 80),
    date_field("bap_date", "Tanggal Berita Acara Pemeriksaan", required=False),
    text_list("facts", "Fakta-fakta", max_length=800, max_items=20, required=True),
    text_list("legal_bases", "Dasar hukum", max_length=400, max_items=15, required=True),
    text("legal_analysis", "Analisis yuridis", 6000, multiline=True),
    text("conclusion", "Kesimpulan dan pendapat", 3000, multiline=True),
    text("recommendation", "Saran tindak lanjut", 1500, required=False, multiline=True),
)
MISSING_SOURCE = QT_TRANSLATE_NOOP(
    "gapura", "{label} pada {document} wajib diisi, atau sebutkan dokumen lain yang dipelajari "
              "(misalnya surat keterangan hilang dari Kepolisian).")


def _something_handed_over(template: DocumentTemplate, data: Mapping[str, Any]) -> None:
    if not data["subject_name"] and not data["items"]:
        raise refuse(template.title, "items", template.field("items").label, NOTHING_HANDED_OVER,
                     "neither a person nor items to hand over")


def _interpreter_named(template: DocumentTemplate, data: Mapping[str, Any]) -> None:
    # A language without the interpreter who spoke it would vanish from the paper.
    if data["interpreter_language"] and not data["interpreter_name"]:
        raise refuse(template.title, "interpreter_name", template.field("interpreter_name").label,
                     MISSING, "interpreter_language given without interpreter_name")


def build_bast(ctx: RenderContext) -> Output:
    d = ctx.data
    width = content_width(ctx)
    indent = 6 * mm
    story: list[Flowable] = [
        *letterhead(ctx),
        *title_block("Berita Acara Serah Terima", ctx.number),
        opening(ctx, d["handover_at"], d["location"], "kami yang bertanda tangan di bawah ini:"),
        field_table([("1. Nama", d["giver_name"]),
                     ("NIP", format_nip(d["giver_nip"])),
                     ("Jabatan", d["giver_position"]),
                     ("Instansi", ctx.office.name)], width, indent=indent),
        markup("selanjutnya disebut <b>PIHAK PERTAMA</b>;"),
        field_table([("2. Nama", d["receiver_name"]),
                     (d["receiver_id_kind"], format_nip(d["receiver_id_number"])),
                     ("Jabatan", d["receiver_position"]),
                     ("Instansi", d["receiver_agency"])], width, indent=indent),
        markup("selanjutnya disebut <b>PIHAK KEDUA</b>."),
        Spacer(1, 2 * mm),
        markup("<b>PIHAK PERTAMA</b> telah menyerahkan kepada <b>PIHAK KEDUA</b>, dan "
               "<b>PIHAK KEDUA</b> telah menerima dari <b>PIHAK PERTAMA</b>:"),
    ]
    letter = iter("ABC")
    if d["subject_name"]:
        story += [heading(f"{next(letter)}. Orang"),
                  field_table([("Nama", d["subject_name"]),
                               ("Kewarganegaraan", d["subject_nationality"]),
                               ("Tanggal lahir", optional_date(d["subject_birth_date"])),
                               ("Jenis kelamin", d["subject_sex"]),
                               ("Nomor dokumen perjalanan", d["subject_document_number"])],
                              width, indent=indent)]
    if d["items"]:
        columns = [10 * mm, width - 10 * mm - 28 * mm - 45 * mm, 28 * mm, 45 * mm]
        story += [heading(f"{next(letter)}. Barang dan/atau dokumen"),
                  grid(("No.", "Uraian", "Jumlah", "Keterangan"),
                       [(str(i), item["description"],
                         f"{item['quantity']} {item['unit']}", item["remarks"] or "-")
                        for i, item in enumerate(d["items"], 1)],
                       columns, align="CLCL")]
    story += [
        Spacer(1, 2 * mm),
        heading("Dasar dan keperluan serah terima:"),
        *paragraphs(d["purpose"]),
        markup("Sejak berita acara ini ditandatangani, tanggung jawab atas orang dan/atau barang "
               "tersebut di atas beralih dari <b>PIHAK PERTAMA</b> kepada <b>PIHAK KEDUA</b>."),
    ]
    signing: list[Flowable] = [
        para("Demikian berita acara serah terima ini dibuat dengan sebenarnya dalam rangkap 2 "
             "(dua) dan ditandatangani oleh kedua belah pihak untuk dipergunakan sebagaimana "
             "mestinya."),
        Spacer(1, 5 * mm),
        signatures([
            Signatory(("PIHAK KEDUA,", "Yang menerima,", d["receiver_position"]),
                      d["receiver_name"], d["receiver_id_kind"],
                      format_nip(d["receiver_id_number"])),
            Signatory(("PIHAK PERTAMA,", "Yang menyerahkan,", d["giver_position"]),
                      d["giver_name"], "NIP", format_nip(d["giver_nip"])),
        ], width),
    ]
    if d["witnesses"]:
        signing += witness_signatures(d["witnesses"], width)
    story.append(closing(*signing))
    return render_story(ctx, story)


def build_bap(ctx: RenderContext) -> Output:
    d = ctx.data
    width = content_width(ctx)
    indent = 6 * mm
    about = d["matter"]
    if d["lk_number"]:
        about += f", sebagaimana dimuat dalam Laporan Kejadian Nomor {d['lk_number']}"
    story: list[Flowable] = [
        *letterhead(ctx),
        *title_block("Berita Acara Pemeriksaan", ctx.number),
        opening(ctx, d["examined_at"], d["location"], "saya:"),
        field_table([("Nama", d["examiner_name"]),
                     ("NIP", format_nip(d["examiner_nip"])),
                     ("Jabatan", d["examiner_position"]),
                     ("Instansi", ctx.office.name)], width, indent=indent),
        markup("selanjutnya disebut <b>PEMERIKSA</b>, telah melakukan pemeriksaan terhadap "
               "seseorang yang mengaku bernama:"),
        field_table([("Nama", d["examinee_name"]),
                     ("Tempat, tanggal lahir",
                      f"{d['examinee_birth_place']}, {format_date(d['examinee_birth_date'])}"),
                     ("Jenis kelamin", d["examinee_sex"]),
                     ("Kewarganegaraan", d["examinee_nationality"]),
                     ("Pekerjaan/jabatan", d["examinee_occupation"]),
                     ("Alamat", d["examinee_address"]),
                     ("Dokumen identitas",
                      f"{d['examinee_id_kind']} Nomor {d['examinee_id_number']}")],
                    width, indent=indent),
        markup("selanjutnya disebut <b>YANG DIPERIKSA</b>, sehubungan dengan {about}.",
               about=about),
    ]
    if d["interpreter_name"]:
        language = f" dalam bahasa {d['interpreter_language']}" if d["interpreter_language"] else ""
        story.append(markup(
            "Pemeriksaan dilakukan dengan bantuan juru bahasa {name}{language}, yang "
            "menerjemahkan pertanyaan Pemeriksa dan jawaban Yang Diperiksa.",
            name=d["interpreter_name"], language=language))
    columns = [10 * mm, (width - 10 * mm) * 0.42, (width - 10 * mm) * 0.58]
    story += [
        para("Atas pertanyaan Pemeriksa, Yang Diperiksa memberikan keterangan sebagai berikut:"),
        Spacer(1, 1 * mm),
        grid(("No.", "Pertanyaan", "Jawaban"),
             [(f"{i}.", q["question"], q["answer"]) for i, q in enumerate(d["questions"], 1)],
             columns, align="CLL"),
        Spacer(1, 3 * mm),
    ]
    signing: list[Flowable] = [
        para("Setelah berita acara pemeriksaan ini selesai dibuat, berita acara ini dibacakan "
             "kembali dan diberikan kepada Yang Diperiksa untuk dibaca. Yang Diperiksa "
             "menyatakan telah memahami, menyetujui, dan membenarkan seluruh keterangan yang "
             "diberikannya tanpa paksaan dari pihak mana pun, kemudian membubuhkan tanda "
             "tangannya di bawah ini."),
        para("Demikian berita acara pemeriksaan ini dibuat dengan sebenarnya atas kekuatan "
             "sumpah jabatan, kemudian ditutup dan ditandatangani pada hari dan tanggal tersebut "
             "di atas."),
        Spacer(1, 5 * mm),
        signatures([Signatory(("Yang diperiksa,", ""), d["examinee_name"], None),
                    signatory(ctx, "examiner", "Pemeriksa,")], width),
    ]
    if d["interpreter_name"]:
        signing += [Spacer(1, 4 * mm),
                    signatures([Signatory(("Juru bahasa,",), d["interpreter_name"], None)],
                               width)]
    story.append(closing(*signing))
    return render_story(ctx, story)


def _studied(d: Mapping[str, Any]) -> str:
    """What the officials studied, in the order they were made: "A dan B" or "A, B dan C"."""
    sources = [f"Laporan Kejadian Nomor {d['lk_number']}{dated(d['lk_date'])}"] \
        if d["lk_number"] else []
    sources += d["other_sources"]
    sources.append(f"Berita Acara Pemeriksaan Nomor {d['bap_number']}{dated(d['bap_date'])}")
    return ", ".join(sources[:-1]) + " dan " + sources[-1] if len(sources) > 1 else sources[0]


def _sources_named(template: DocumentTemplate, data: Mapping[str, Any]) -> None:
    if not data["lk_number"] and not data["other_sources"]:
        raise refuse(template.title, "lk_number", template.field("lk_number").label,
                     MISSING_SOURCE, "neither lk_number nor other_sources")


def build_pendapat(ctx: RenderContext) -> Output:
    d = ctx.data
    width = content_width(ctx)
    indent = 6 * mm
    officials = [Signatory((d["official_position"],), d["official_name"], "NIP",
                           format_nip(d["official_nip"]))]
    officials += [Signatory((m["position"],), m["name"], "NIP", format_nip(m["nip"]))
                  for m in d["members"]]
    several = len(officials) > 1
    story: list[Flowable] = [
        *letterhead(ctx),
        *title_block("Berita Acara Pendapat", ctx.number),
        opening(ctx, d["opinion_at"], d["location"],
                "kami yang bertanda tangan di bawah ini:" if several else "saya:"),
        *people_tables([[("Nama", o.name), ("NIP", o.id_number), ("Jabatan", o.caption[0])]
                        for o in officials], width, indent),
        markup("selaku Pejabat Imigrasi pada {office}, setelah mempelajari {sources}, dalam "
               "perkara:", office=ctx.office.name, sources=_studied(d)),
        markup("<b>{case}</b>", styles().centered, case=d["case_title"]),
        Spacer(1, 3 * mm),
        para("dengan ini memberikan pendapat sebagai berikut:"),
        heading("I. FAKTA-FAKTA"),
        numbered(d["facts"], width, indent),
        heading("II. DASAR HUKUM"),
        numbered(d["legal_bases"], width, indent),
        heading("III. ANALISIS YURIDIS"),
        *paragraphs(d["legal_analysis"]),
        heading("IV. KESIMPULAN DAN PENDAPAT"),
        *paragraphs(d["conclusion"]),
    ]
    if d["recommendation"]:
        story += [heading("V. SARAN"), *paragraphs(d["recommendation"])]
    story.append(closing(
        Spacer(1, 3 * mm),
        para("Demikian berita acara pendapat ini dibuat dengan sebenarnya atas kekuatan sumpah "
             "jabatan untuk dipergunakan sebagai bahan pertimbangan dalam penetapan keputusan "
             "lebih lanjut."),
        Spacer(1, 4 * mm),
        para("Yang memberikan pendapat,", styles().centered),
        Spacer(1, 2 * mm),
        *signature_rows(officials, width),
    ))
    return render_story(ctx, story)


TEMPLATES = (
    DocumentTemplate(
        code="bast",
        holder="subject_name",
        title="Berita Acara Serah Terima",
        page=F4,
        fields=BAST_FIELDS,
        build=build_bast,
        checks=(_something_handed_over,),
    ),
    DocumentTemplate(
        code="bap",
        holder="examinee_name",
        title="Berita Acara Pemeriksaan",
        page=F4,
        fields=BAP_FIELDS,
        build=build_bap,
        checks=(_interpreter_named,),
    ),
    DocumentTemplate(
        code="ba_pendapat",
        title="Berita Acara Pendapat",
        page=F4,
        fields=PENDAPAT_FIELDS,
        build=build_pendapat,
        checks=(_sources_named,),
    ),
)
