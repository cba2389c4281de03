"""Stay permits (izin tinggal): the sticker in the passport, the ITAS/ITAP card, and the Surat
Keterangan Keimigrasian (SKIM).

- Stiker izin tinggal (`stiker_izin_tinggal`): SOP Perpanjangan Izin Tinggal Kunjungan step 9
  ("memberikan penerbitan nomor register dan menerakan cap izin tinggal"), SOP Perpanjangan Izin
  Tinggal Terbatas step 10 ("menerakan izin tinggal terbatas pada paspor pemohon"), the SOPs on
  alih status and on ITAP ("menerakan cap pada paspor"); pengesahan by the Kepala Kantor or the
  official appointed (step 11). An ICAO MRV-A sticker without machine-readable zone.
- Kartu izin tinggal (`kartu_izin_tinggal`): SOP Perpanjangan Izin Tinggal Terbatas step 10
  ("mencetak kartu izin tinggal terbatas"), SOP Perpanjangan Izin Tinggal Tetap step 15 ("cetak
  kartu ITAP"). A CR80 card: the holder on the front, the sponsor, the issuing office and the QR
  code on the back.
- Surat Keterangan Keimigrasian (`skim`): SOP Penerbitan Surat Keterangan Imigrasi steps 14-15
  ("mencetak sertifikat SKIM", signed by the Kepala Kantor): the foreigner's stay permits and how
  long they have lived in Indonesia, most often for an ITAP holder applying for Indonesian
  citizenship (UU 12/2006 pasal 9 huruf b asks for 5 years' residence in a row).
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer

from app.i18n import QT_TRANSLATE_NOOP
from printing.base import (
    DOCUMENT_NUMBER_HINT,
    DOCUMENT_NUMBER_PATTERN,
    ENDS_BEFORE_START,
    HEAD_OF_OFFICE,
    SEXES,
    DocumentTemplate,
    Output,
    RenderContext,
    foreigner_fields,
    not_before,
    refuse_row,
    signer_fields,
)
from printing.fonts import BOLD, REGULAR
from printing.formatting import format_date, spell_number
from printing.layout import (
    Signatory,
    closing,
    content_width,
    draw_fitted,
    draw_wrapped,
    field_table,
    foreigner_rows,
    grid,
    head_of_office,
    heading,
    letterhead,
    markup,
    new_canvas,
    numbered,
    para,
    render_story,
    signatures,
    title_block,
)
from printing.pages import CR80, F4, PERMIT_STICKER
from printing.qr import draw_qr
from printing.schema import (
    NOT_A_CHOICE,
    Field,
    choice,
    date_field,
    image_field,
    integer,
    pattern,
    refuse,
    rows,
    text,
    text_list,
)

NOT_IN_DATE_ORDER = QT_TRANSLATE_NOOP(
    "gapura", "{label} ({field}) pada {document} tidak boleh sebelum tanggal {start} pada baris "
              "sebelumnya: urutkan daftar menurut tanggal.")

# The stay permits an immigration office issues (UU 6/2011 pasal 48; the diplomatic and service
# stay permits are the Foreign Ministry's), by the short name officers use.
PERMIT_KINDS = {
    "ITK": "Izin Tinggal Kunjungan",
    "ITAS": "Izin Tinggal Terbatas",
    "ITAP": "Izin Tinggal Tetap",
}
# The card's title by permit, in Indonesian and in English.
CARD_TITLES = {
    "ITAS": ("KARTU IZIN TINGGAL TERBATAS", "LIMITED STAY PERMIT"),
    "ITAP": ("KARTU IZIN TINGGAL TETAP", "PERMANENT STAY PERMIT"),
}
GRANT, EXTENSION, CHANGE_OF_STATUS = "Pemberian", "Perpanjangan", "Alih status"
ACTIVITIES = (GRANT, EXTENSION, CHANGE_OF_STATUS)
# A visa index (E33G, C1); an ITAP granted without one carries "ITAP" (app.domain.permits).
INDEX_PATTERN = r"[A-Z][0-9]{1,3}[A-Z]{0,2}|ITAP"
INDEX_HINT = "huruf besar, angka, lalu huruf bila ada, misalnya E33G atau C1; atau ITAP"
REGISTER_NUMBER_LENGTH = 40
CARD_NOTICE = ("Kartu ini milik Pemerintah Republik Indonesia. Bila menemukan kartu ini harap "
               "dikembalikan ke Kantor Imigrasi terdekat.")


def _holder_fields() -> tuple[Field, ...]:
    """Who holds the permit and which permit it is, as the sticker and the card print them."""
    return (
        pattern("permit_index", "Indeks visa/izin tinggal", INDEX_PATTERN, INDEX_HINT,
                max_length=6),
        text("register_number", "Nomor register izin tinggal", REGISTER_NUMBER_LENGTH),
        text("holder_name", "Nama pemegang izin tinggal", 100),
        choice("sex", "Jenis kelamin", SEXES),
        date_field("birth_date", "Tanggal lahir"),
        text("nationality", "Kewarganegaraan", 60),
        pattern("passport_number", "Nomor paspor", DOCUMENT_NUMBER_PATTERN,
                DOCUMENT_NUMBER_HINT, max_length=20),
    )


STICKER_FIELDS = (
    choice("permit_kind", "Jenis izin tinggal", tuple(PERMIT_KINDS)),
    choice("activity", "Jenis layanan", ACTIVITIES),
    integer("extension_count", "Perpanjangan ke-", minimum=1, maximum=99, required=False),
    *_holder_fields(),
    date_field("valid_from", "Berlaku sejak"),
    date_field("valid_until", "Berlaku sampai dengan"),
    text("purpose", "Kegiatan", 100),
    text("sponsor", "Penjamin", 100, required=False),
    text("address", "Alamat di Indonesia", 150, required=False),
    *signer_fields("signer", "pejabat yang mengesahkan", HEAD_OF_OFFICE),
)

CARD_FIELDS = (
    choice("permit_kind", "Jenis izin tinggal", tuple(CARD_TITLES)),
    image_field("photo", "Foto pemegang izin tinggal"),
    *_holder_fields(),
    date_field("valid_until", "Berlaku sampai dengan"),
    text("address", "Alamat di Indonesia", 150),
    text("purpose", "Kegiatan", 100),
    text("sponsor", "Penjamin", 100, required=False),
)

# A certificate of residence needs the address the person lives at.
SKIM_FIELDS = (
    *(dataclasses.replace(f, required=True) if f.name == "holder_address" else f
      for f in foreigner_fields("holder", "orang asing")),
    date_field("holder_passport_expiry", "Tanggal habis berlaku paspor"),
    rows("permits", "Riwayat izin tinggal", (
        choice("kind", "Jenis izin tinggal", tuple(PERMIT_KINDS)),
        text("number", "Nomor register izin tinggal", REGISTER_NUMBER_LENGTH),
        date_field("valid_from", "Berlaku sejak"),
        date_field("valid_until", "Berlaku sampai dengan"),
    ), max_items=20),
    date_field("resident_since", "Bertempat tinggal di Indonesia sejak", required=False),
    text("purpose", "Keperluan", 250),
    date_field("certificate_valid_until", "Surat keterangan berlaku sampai dengan",
               required=False),
    text_list("copy_to", "Tembusan", max_length=200, max_items=8),
    *signer_fields("head", "Kepala Kantor", HEAD_OF_OFFICE),
)


# --- checks ----------------------------------------------------------------------------------

def _validity_in_order(template: DocumentTemplate, data: Mapping[str, Any]) -> None:
    not_before(template, "valid_until", data["valid_until"], data["valid_from"])


def _activity_fits(template: DocumentTemplate, data: Mapping[str, Any]) -> None:
    # A count on a grant would vanish from the paper; an alih status ends in an ITAS or ITAP.
    if data["extension_count"] is not None and data["activity"] != EXTENSION:
        raise refuse(template.title, "activity", template.field("activity").label, NOT_A_CHOICE,
                     f"extension_count given for {data['activity']!r}", choices=EXTENSION)
    if data["activity"] == CHANGE_OF_STATUS and data["permit_kind"] == "ITK":
        raise refuse(template.title, "permit_kind", template.field("permit_kind").label,
                     NOT_A_CHOICE, "alih status to an ITK", choices="ITAS, ITAP")


def _history_in_order(template: DocumentTemplate, data: Mapping[str, Any]) -> None:
    """Each permit ends after it starts, and each starts no earlier than the one above it."""
    permits = data["permits"]
    for index, permit in enumerate(permits):
        if permit["valid_until"] < permit["valid_from"]:
            raise refuse_row(template, "permits", index, "valid_until", ENDS_BEFORE_START,
                             "permit ends before it starts",
                             start=format_date(permit["valid_from"]))
        if index and permit["valid_from"] < permits[index - 1]["valid_from"]:
            raise refuse_row(template, "permits", index, "valid_from", NOT_IN_DATE_ORDER,
                             "permits not in date order",
                             start=format_date(permits[index - 1]["valid_from"]))
    # The statement of residence rests on the permits listed.
    not_before(template, "resident_since", data["resident_since"], permits[0]["valid_from"])


# --- drawing on a fixed layout ---------------------------------------------------------------

def _value_rows(canvas: Canvas, lines: Sequence[tuple[str, str | None, bool, int]], x: float,
                y: float, label_width: float, width: float, label_size: float,
                value_size: float, gap: float) -> float:
    """`Label : value` rows from baseline `y` down; a value wraps on at most its lines and
    rows whose value is None are left out. Returns the baseline below the last row."""
    for label, value, bold, max_lines in lines:
        if value is None:
            continue
        draw_fitted(canvas, label, REGULAR, label_size, x, y, label_width - 1.5 * mm,
                    smallest=4)
        canvas.setFont(REGULAR, label_size)
        canvas.drawString(x + label_width - 1.5 * mm, y, ":")
        y = draw_wrapped(canvas, value, BOLD if bold else REGULAR, value_size, x + label_width,
                         y, width - label_width, max_lines=max_lines, smallest=4) - gap
    return y


def _draw_signatory(canvas: Canvas, block: Signatory, centre: float, y: float, width: float,
                    space: float) -> None:
    """A signature block centred on `centre`, its first caption line at baseline `y`; the
    place and date keep to one line, the position may take three."""
    *lines, position = block.caption
    for line in lines:
        y = draw_wrapped(canvas, line, REGULAR, 6, centre, y, width, max_lines=1, smallest=4.5,
                         align="center")
    y = draw_wrapped(canvas, position, REGULAR, 6, centre, y, width, max_lines=3, smallest=4.5,
                     align="center")
    y -= space
    draw_fitted(canvas, block.name or "", BOLD, 6.5, centre, y, width, align="center",
                smallest=4.5)
    y -= 2.6 * mm
    draw_fitted(canvas, f"{block.id_label}. {block.id_number}", REGULAR, 5.5, centre, y, width,
                align="center", smallest=4.5)


# --- stiker izin tinggal ---------------------------------------------------------------------

STICKER_MARGIN = 4 * mm
STICKER_SIDE = 33 * mm  # the right column: index, signature, QR code
STICKER_QR = 21 * mm


def _activity_line(d: Mapping[str, Any]) -> str:
    if d["activity"] == EXTENSION and d["extension_count"]:
        return f"{EXTENSION} ke-{d['extension_count']}"
    return d["activity"]


def build_sticker(ctx: RenderContext) -> Output:
    d = ctx.data
    width, height = PERMIT_STICKER.points
    buffer = io.BytesIO()
    canvas = new_canvas(ctx, buffer)
    canvas.setLineWidth(0.8)
    canvas.roundRect(1.5 * mm, 1.5 * mm, width - 3 * mm, height - 3 * mm, 2.5 * mm)

    left = STICKER_MARGIN
    side = width - STICKER_MARGIN - STICKER_SIDE
    main = side - 3 * mm - left
    top = height - STICKER_MARGIN
    directorate = ctx.office.directorate_general.upper() or "DIREKTORAT JENDERAL IMIGRASI"
    draw_fitted(canvas, f"REPUBLIK INDONESIA  |  {directorate}", BOLD, 6.5, left,
                top - 2.6 * mm, main)
    draw_fitted(canvas, ctx.office.name.upper(), REGULAR, 6.5, left, top - 5.6 * mm, main)
    draw_fitted(canvas, PERMIT_KINDS[d["permit_kind"]].upper(), BOLD, 14, left,
                top - 11.6 * mm, main)
    draw_fitted(canvas, _activity_line(d).upper(), REGULAR, 7.5, left, top - 15.4 * mm, main)

    # The visa index, boxed in the corner: what an officer down the line reads first.
    box_height = 13 * mm
    canvas.setLineWidth(1)
    canvas.rect(side, top - box_height, STICKER_SIDE, box_height)
    draw_fitted(canvas, "INDEKS", REGULAR, 5.5, side + STICKER_SIDE / 2, top - 3.2 * mm,
                STICKER_SIDE - 2 * mm, align="center")
    draw_fitted(canvas, d["permit_index"], BOLD, 16, side + STICKER_SIDE / 2, top - 10 * mm,
                STICKER_SIDE - 2 * mm, align="center")
    canvas.setLineWidth(0.5)
    canvas.line(left, top - 17.6 * mm, side - 3 * mm, top - 17.6 * mm)

    _value_rows(canvas, [
        ("Nomor register", d["register_number"], True, 1),
        ("Nama", d["holder_name"], True, 2),
        ("Tanggal lahir", format_date(d["birth_date"]), False, 1),
        ("Jenis kelamin", d["sex"], False, 1),
        ("Kewarganegaraan", d["nationality"], False, 2),
        ("Nomor paspor", d["passport_number"], False, 1),
        ("Berlaku sejak", format_date(d["valid_from"]), False, 1),
        ("Berlaku s.d.", format_date(d["valid_until"]), True, 1),
        ("Kegiatan", d["purpose"], False, 2),
        ("Penjamin", d["sponsor"], False, 2),
        ("Alamat", d["address"], False, 3),
    ], left, top - 21.4 * mm, 22 * mm, main, 6, 7, 0.9 * mm)

    _draw_signatory(canvas, head_of_office(ctx, "signer", ctx.place_and_date()),
                    side + STICKER_SIDE / 2, top - box_height - 4 * mm, STICKER_SIDE, 7 * mm)
    qr_y = STICKER_MARGIN - 1.5 * mm
    draw_qr(canvas, ctx.qr_payload, side + (STICKER_SIDE - STICKER_QR) / 2, qr_y, STICKER_QR)
    draw_fitted(canvas, f"No. {ctx.number}", REGULAR, 5.5, side + STICKER_SIDE / 2,
                qr_y + STICKER_QR + 0.8 * mm, STICKER_SIDE, align="center", smallest=4)
    canvas.showPage()
    canvas.save()
    return Output(buffer.getvalue(), 1)


# --- kartu izin tinggal ----------------------------------------------------------------------

CARD_MARGIN = 3 * mm
PHOTO_WIDTH, PHOTO_HEIGHT = 20 * mm, 25 * mm
CARD_QR = 20 * mm


def _card_header(canvas: Canvas, ctx: RenderContext, width: float, height: float) -> float:
    """`REPUBLIK INDONESIA`, the card's title in Indonesian and English, and a rule; returns
    the height left under it."""
    title, english = CARD_TITLES[ctx.data["permit_kind"]]
    centre = width / 2
    inner = width - 2 * CARD_MARGIN
    draw_fitted(canvas, "REPUBLIK INDONESIA", BOLD, 6, centre, height - 4 * mm, inner,
                align="center")
    draw_fitted(canvas, title, BOLD, 8, centre, height - 7.4 * mm, inner, align="center")
    draw_fitted(canvas, english, REGULAR, 5, centre, height - 9.6 * mm, inner, align="center")
    canvas.setLineWidth(0.5)
    canvas.line(CARD_MARGIN, height - 10.8 * mm, width - CARD_MARGIN, height - 10.8 * mm)
    return height - 10.8 * mm


def _photo(canvas: Canvas, photo: bytes | None, x: float, y: float) -> None:
    """The holder's photo in its box, or the empty box marked FOTO for one glued on."""
    if photo:
        canvas.drawImage(ImageReader(io.BytesIO(photo)), x, y, PHOTO_WIDTH, PHOTO_HEIGHT,
                         preserveAspectRatio=True, anchor="c")
    else:
        draw_fitted(canvas, "FOTO", BOLD, 8, x + PHOTO_WIDTH / 2, y + PHOTO_HEIGHT / 2 - 1 * mm,
                    PHOTO_WIDTH, align="center")
    canvas.setLineWidth(0.5)
    canvas.rect(x, y, PHOTO_WIDTH, PHOTO_HEIGHT)


def _card_number(canvas: Canvas, ctx: RenderContext, width: float) -> None:
    draw_fitted(canvas, f"No. kartu {ctx.number}", REGULAR, 5, width / 2, 2.2 * mm,
                width - 2 * CARD_MARGIN, align="center", smallest=4)


def build_card(ctx: RenderContext) -> Output:
    d = ctx.data
    width, height = CR80.points
    buffer = io.BytesIO()
    canvas = new_canvas(ctx, buffer)

    # Front: the holder.
    below = _card_header(canvas, ctx, width, height)
    photo_y = below - 1.8 * mm - PHOTO_HEIGHT
    _photo(canvas, d["photo"], CARD_MARGIN, photo_y)
    draw_fitted(canvas, "INDEKS", REGULAR, 4.5, CARD_MARGIN + PHOTO_WIDTH / 2, photo_y - 3 * mm,
                PHOTO_WIDTH, align="center")
    draw_fitted(canvas, d["permit_index"], BOLD, 11, CARD_MARGIN + PHOTO_WIDTH / 2,
                photo_y - 7.4 * mm, PHOTO_WIDTH, align="center")
    fields_x = CARD_MARGIN + PHOTO_WIDTH + 2.5 * mm
    _value_rows(canvas, [
        ("Nama", d["holder_name"], True, 2),
        ("Kewarganegaraan", d["nationality"], False, 2),
        ("Tanggal lahir", format_date(d["birth_date"]), False, 1),
        ("Jenis kelamin", d["sex"], False, 1),
        ("Nomor paspor", d["passport_number"], False, 1),
        ("Nomor izin tinggal", d["register_number"], True, 1),
        ("Berlaku s.d.", format_date(d["valid_until"]), True, 1),
        ("Alamat", d["address"], False, 3),
    ], fields_x, below - 3.6 * mm, 18.5 * mm, width - CARD_MARGIN - fields_x, 4.8, 6, 0.7 * mm)
    _card_number(canvas, ctx, width)
    canvas.showPage()

    # Back: who sponsors and what for, who issued it, the QR code.
    y = height - CARD_MARGIN - 2.4 * mm
    text_width = width - 2 * CARD_MARGIN - CARD_QR - 2 * mm
    for label, value, lines in (("Penjamin / Sponsor", d["sponsor"], 2),
                                ("Kegiatan / Activity", d["purpose"], 2),
                                ("Kantor penerbit / Issuing office", ctx.office.name, 2),
                                ("Tanggal terbit / Date of issue", ctx.issued_date(), 1)):
        if value is None:
            continue
        draw_fitted(canvas, label, REGULAR, 4.5, CARD_MARGIN, y, text_width, smallest=4)
        y = draw_wrapped(canvas, value, BOLD, 6, CARD_MARGIN, y - 2.5 * mm, text_width,
                         max_lines=lines, smallest=4.5) - 1 * mm
    draw_qr(canvas, ctx.qr_payload, width - CARD_MARGIN - CARD_QR + 1 * mm,
            height - CARD_MARGIN - CARD_QR + 1 * mm, CARD_QR)
    canvas.setLineWidth(0.5)
    canvas.line(CARD_MARGIN, 12.4 * mm, width - CARD_MARGIN, 12.4 * mm)
    draw_wrapped(canvas, CARD_NOTICE, REGULAR, 5, width / 2, 9.6 * mm, width - 2 * CARD_MARGIN,
                 max_lines=2, smallest=4, align="center")
    _card_number(canvas, ctx, width)
    canvas.showPage()
    canvas.save()
    return Output(buffer.getvalue(), 2)


# --- Surat Keterangan Keimigrasian -------------------------------------------------------------

def _full_years(since: date, on: date) -> int:
    return on.year - since.year - ((on.month, on.day) < (since.month, since.day))


def _residence(ctx: RenderContext) -> str:
    """The statement of residence: since when, and for how many full years up to the issue
    day (in the office's zone)."""
    d = ctx.data
    since = d["resident_since"] or d["permits"][0]["valid_from"]
    years = _full_years(since, ctx.local_issued_at.date())
    length = f", atau selama {years} ({spell_number(years)}) tahun" if years >= 1 else ""
    return (f"Berdasarkan data keimigrasian pada {ctx.office.name}, yang bersangkutan telah "
            f"bertempat tinggal di Indonesia secara berturut-turut sejak tanggal "
            f"{format_date(since)} sampai dengan tanggal Surat Keterangan ini{length}.")


def build_skim(ctx: RenderContext) -> Output:
    d = ctx.data
    width = content_width(ctx)
    identity = foreigner_rows(d, "holder")
    passport = next(i for i, (label, _) in enumerate(identity) if label == "Nomor paspor")
    identity.insert(passport + 1, ("Paspor berlaku s.d.",
                                   format_date(d["holder_passport_expiry"])))
    current = d["permits"][-1]
    validity = (f" dan berlaku sampai dengan tanggal "
                f"{format_date(d['certificate_valid_until'])}"
                if d["certificate_valid_until"] else "")
    columns = [10 * mm, 42 * mm, 42 * mm]
    columns += [(width - sum(columns)) / 2] * 2
    story: list[Flowable] = [
        *letterhead(ctx),
        *title_block("Surat Keterangan Keimigrasian", ctx.number),
        markup("Yang bertanda tangan di bawah ini, Kepala {office}, dengan ini menerangkan "
               "bahwa:", office=ctx.office.name),
        field_table(identity, width),
        Spacer(1, 2 * mm),
        markup("adalah Orang Asing pemegang {kind} Nomor {number} yang berlaku sampai dengan "
               "tanggal {until}, dengan riwayat izin tinggal sebagai berikut:",
               kind=PERMIT_KINDS[current["kind"]], number=current["number"],
               until=format_date(current["valid_until"])),
        grid(("No.", "Jenis izin tinggal", "Nomor register", "Berlaku sejak",
              "Berlaku sampai dengan"),
             [(f"{i}.", PERMIT_KINDS[p["kind"]], p["number"], format_date(p["valid_from"]),
               format_date(p["valid_until"])) for i, p in enumerate(d["permits"], 1)],
             columns, align="CLLLL"),
        Spacer(1, 3 * mm),
        para(_residence(ctx)),
        markup("Surat Keterangan Keimigrasian ini diberikan untuk keperluan {purpose}"
               "{validity}.", purpose=d["purpose"], validity=validity),
        closing(
            para("Demikian Surat Keterangan Keimigrasian ini dibuat dengan sebenarnya untuk "
                 "dapat dipergunakan sebagaimana mestinya."),
            Spacer(1, 6 * mm),
            signatures([None, head_of_office(ctx, "head", ctx.place_and_date())], width),
        ),
    ]
    if d["copy_to"]:
        story += [Spacer(1, 6 * mm), heading("Tembusan:"), numbered(d["copy_to"], width)]
    return render_story(ctx, story)


STICKER = DocumentTemplate(
    code="stiker_izin_tinggal",
    holder="holder_name",
    title="Stiker Izin Tinggal",
    page=PERMIT_STICKER,
    fields=STICKER_FIELDS,
    build=build_sticker,
    checks=(_validity_in_order, _activity_fits),
)

CARD = DocumentTemplate(
    code="kartu_izin_tinggal",
    holder="holder_name",
    title="Kartu Izin Tinggal Terbatas/Tetap",
    page=CR80,
    fields=CARD_FIELDS,
    build=build_card,
)

SKIM = DocumentTemplate(
    code="skim",
    holder="holder_name",
    title="Surat Keterangan Keimigrasian",
    page=F4,
    fields=SKIM_FIELDS,
    build=build_skim,
    checks=(_history_in_order,),
)

TEMPLATES = (STICKER, CARD, SKIM)
