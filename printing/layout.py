"""Building blocks of official letters: kop surat, headings, field tables, signature blocks,
the footer with the number and QR code, and the page assembly.

User text always goes through `esc()` (or `para()`) before it becomes paragraph markup, so a name
with `&` or `<` prints as written.
"""

from __future__ import annotations

import functools
import io
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepInFrame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from printing import formatting
from printing.base import HEAD_OF_OFFICE, Output, RenderContext, charges_total
from printing.fonts import BOLD, REGULAR, register_fonts
from printing.qr import draw_qr

LEFT_MARGIN = 25 * mm
RIGHT_MARGIN = 20 * mm
TOP_MARGIN = 12 * mm
BOTTOM_MARGIN = 30 * mm
QR_SIZE = 21 * mm
LOGO_SIZE = 21 * mm
SIGNATURE_SPACE = 18 * mm
CREATOR = "Gapura"


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    body_left: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_center: ParagraphStyle
    cell_right: ParagraphStyle
    heading: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    centered: ParagraphStyle
    right: ParagraphStyle
    small: ParagraphStyle
    large: ParagraphStyle
    kop: ParagraphStyle
    kop_bold: ParagraphStyle
    kop_small: ParagraphStyle


@functools.cache
def styles() -> Styles:
    register_fonts()
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=14,
                          alignment=TA_JUSTIFY, spaceAfter=4)
    cell = ParagraphStyle("cell", parent=base, fontSize=9.5, leading=12.5, alignment=TA_LEFT,
                          spaceAfter=0)
    kop = ParagraphStyle("kop", fontName=REGULAR, fontSize=11, leading=13.5,
                         alignment=TA_CENTER)
    return Styles(
        body=base,
        body_left=ParagraphStyle("body_left", parent=base, alignment=TA_LEFT),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=BOLD),
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        heading=ParagraphStyle("heading", parent=base, fontName=BOLD, alignment=TA_LEFT,
                               spaceBefore=6, spaceAfter=3, keepWithNext=1),
        title=ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=12.5, leading=16,
                             alignment=TA_CENTER, spaceAfter=0),
        subtitle=ParagraphStyle("subtitle", parent=base, alignment=TA_CENTER, spaceAfter=0),
        centered=ParagraphStyle("centered", parent=base, alignment=TA_CENTER, spaceAfter=0),
        right=ParagraphStyle("right", parent=base, alignment=TA_RIGHT, spaceAfter=0),
        small=ParagraphStyle("small", parent=base, fontSize=7, leading=8.5, alignment=TA_LEFT,
                             spaceAfter=0),
        large=ParagraphStyle("large", parent=base, fontName=BOLD, fontSize=16, leading=20,
                             alignment=TA_CENTER, spaceAfter=0),
        kop=kop,
        kop_bold=ParagraphStyle("kop_bold", parent=kop, fontName=BOLD, fontSize=12.5,
                                leading=15),
        kop_small=ParagraphStyle("kop_small", parent=kop, fontSize=8.5, leading=10.5),
    )


def esc(value: Any) -> str:
    """`value` as paragraph markup: XML special characters escaped, line breaks kept."""
    return escape(str(value)).replace("\r\n", "\n").replace("\n", "<br/>")


def para(value: Any, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of plain (untrusted) text."""
    return Paragraph(esc(value), style or styles().body)


def markup(template: str, style: ParagraphStyle | None = None, **values: Any) -> Paragraph:
    """A paragraph from trusted markup `template` with escaped `values` filled in."""
    return Paragraph(template.format(**{k: esc(v) for k, v in values.items()}),
                     style or styles().body)


def paragraphs(body: str, style: ParagraphStyle | None = None) -> list[Paragraph]:
    """One paragraph per blank-line-separated block of `body`."""
    blocks = [b.strip() for b in body.replace("\r\n", "\n").split("\n\n")]
    return [para(b, style) for b in blocks if b]


def content_width(ctx: RenderContext) -> float:
    return ctx.template.page.points[0] - LEFT_MARGIN - RIGHT_MARGIN


def column_widths(width: float, *millimetres: float) -> list[float]:
    """Column widths in points for a table `width` wide: each given in mm, except the one
    given as 0, which takes what the others leave."""
    columns = [w * mm for w in millimetres]
    columns[millimetres.index(0)] = width - sum(columns)
    return columns


def content_height(ctx: RenderContext) -> float:
    return ctx.template.page.points[1] - TOP_MARGIN - BOTTOM_MARGIN


def table_style(*commands: tuple[Any, ...]) -> TableStyle:
    """A table style that sets Gapura's font first (reportlab's default is Helvetica, which is
    not embedded) and no padding at the outer edges."""
    return TableStyle([
        ("FONT", (0, 0), (-1, -1), REGULAR, 9.5, 12.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        *commands,
    ])


# --- kop surat -------------------------------------------------------------------------------

class Rule(Flowable):
    """The double rule under a kop surat: a thick line over a thin one."""

    def __init__(self, width: float) -> None:
        super().__init__()
        self.width = width
        self.height = 5

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setLineWidth(1.6)
        self.canv.line(0, 4, self.width, 4)
        self.canv.setLineWidth(0.5)
        self.canv.line(0, 1.2, self.width, 1.2)


def _fitted(text: str, style: ParagraphStyle, width: float, smallest: float = 7.5) -> Paragraph:
    """`text` on one line if it fits at `style`'s size or somewhat smaller, else wrapped."""
    size = fit_size(text, style.fontName, style.fontSize, width, smallest)
    if size == style.fontSize:
        return para(text, style)
    return para(text, ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size,
                                     leading=size * style.leading / style.fontSize))


def contact_line(ctx: RenderContext) -> str:
    office = ctx.office
    parts = [f"Telepon {office.phone}" if office.phone else "",
             f"Pos-el {office.email}" if office.email else "",
             f"Laman {office.website}" if office.website else ""]
    return "  |  ".join(p for p in parts if p)


def letterhead(ctx: RenderContext) -> list[Flowable]:
    """The kop surat: ministry, directorate general, regional office, the office in bold,
    address and contacts, then the double rule. The logo, when given, sits on the left."""
    s = styles()
    office = ctx.office
    width = content_width(ctx)
    side = LOGO_SIZE + 3 * mm if ctx.logo else 0
    text_width = width - 2 * side
    lines: list[Flowable] = []
    for value, style in ((office.ministry, s.kop), (office.directorate_general, s.kop),
                         (office.regional_office, s.kop), (office.name, s.kop_bold)):
        if value:
            lines.append(_fitted(value.upper(), style, text_width))
    address = ", ".join(p for p in (office.address, office.city) if p)
    for value in (address, contact_line(ctx)):
        if value:
            lines.append(_fitted(value, s.kop_small, text_width, smallest=6.5))
    if ctx.logo:
        logo = Image(io.BytesIO(ctx.logo), width=LOGO_SIZE, height=LOGO_SIZE, kind="proportional")
        head: Flowable = Table([[logo, lines, ""]], colWidths=[side, text_width, side],
                               style=table_style(("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)))
        return [head, Spacer(1, 2), Rule(width), Spacer(1, 5 * mm)]
    return [*lines, Spacer(1, 2), Rule(width), Spacer(1, 5 * mm)]


# --- headings, tables, lists -----------------------------------------------------------------

def title_block(title: str, number: str | None = None, subtitle: str | None = None
                ) -> list[Flowable]:
    """The document's name in bold capitals, an optional second line, and `Nomor: ...`."""
    s = styles()
    block: list[Flowable] = [markup("<u>{t}</u>", s.title, t=title.upper())]
    if subtitle:
        block.append(para(subtitle, s.subtitle))
    if number:
        block.append(markup("Nomor: {n}", s.subtitle, n=number))
    block.append(Spacer(1, 5 * mm))
    return block


def heading(text: str) -> Paragraph:
    return para(text, styles().heading)


def field_table(rows: Iterable[tuple[str, Any]], width: float, label_width: float = 52 * mm,
                indent: float = 0) -> Table:
    """`Label : value` lines; rows whose value is None are left out. Labels are ours and short,
    so they are plain cell text (cheaper than paragraphs); values wrap."""
    s = styles()
    data = [[label, ":", para(value, s.cell)] for label, value in rows if value is not None]
    return Table(data, colWidths=[label_width, 4 * mm, width - label_width - 4 * mm - indent],
                 style=table_style(), hAlign="RIGHT" if indent else "LEFT")


def numbered(items: Sequence[str], width: float, indent: float = 0) -> Table:
    """`1. item` lines with wrapped text aligned after the number."""
    s = styles()
    data = [[f"{i}.", para(item, s.cell)] for i, item in enumerate(items, 1)]
    return Table(data, colWidths=[7 * mm, width - 7 * mm - indent], style=table_style(),
                 hAlign="RIGHT" if indent else "LEFT")


def grid(header: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float],
         align: Sequence[str] = (), footer: Sequence[Any] | None = None,
         footer_span: int | None = None) -> Table:
    """A ruled table with a bold shaded header; `align` per column: "L", "C" or "R".

    The footer's first cell (bold) spans all columns but the last, or the first `footer_span`
    columns when given (a register's sums under several columns)."""
    s = styles()
    by_code = {"L": s.cell, "C": s.cell_center, "R": s.cell_right}
    column_styles = [by_code[a] for a in align] or [s.cell] * len(header)
    data: list[list[Any]] = [[para(h, s.cell_bold) for h in header]]
    data += [[para(v, column_styles[i]) for i, v in enumerate(row)] for row in rows]
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if footer is not None:
        data.append([para(v, s.cell_bold) if i == 0 else para(v, column_styles[i])
                     for i, v in enumerate(footer)])
        last = -2 if footer_span is None else footer_span - 1
        commands.append(("SPAN", (0, -1), (last, -1)))
    return Table(data, colWidths=list(widths), style=table_style(*commands), repeatRows=1)


class CopyLabel(Flowable):
    """A boxed label in the top right corner saying who a copy is for."""

    def __init__(self, text: str, width: float) -> None:
        super().__init__()
        self.text = text
        self.width = width
        self.height = 7 * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        size = 9
        text_width = stringWidth(self.text, BOLD, size)
        box_width = text_width + 6 * mm
        left = self.width - box_width
        self.canv.setLineWidth(0.8)
        self.canv.rect(left, 1.5 * mm, box_width, 5.5 * mm)
        self.canv.setFont(BOLD, size)
        self.canv.drawString(left + 3 * mm, 3.3 * mm, self.text)


# --- charges and payments --------------------------------------------------------------------

def charges_grid(items: Sequence[Mapping[str, Any]], width: float) -> Table:
    """The rows of `base.charge_rows()`: number, description, quantity with its unit, rate and
    subtotal, with their total in the footer."""
    columns = column_widths(width, 10, 0, 26, 34, 36)
    rows = [(f"{i}.", item["description"], f"{item['quantity']} {item['unit']}",
             formatting.format_money(item["rate"]),
             formatting.format_money(item["quantity"] * item["rate"]))
            for i, item in enumerate(items, 1)]
    return grid(("No.", "Uraian", "Jumlah", "Tarif", "Subtotal"), rows, columns, align="CLCRR",
                footer=("Jumlah total", "", "", "",
                        formatting.format_money(charges_total(items))))


def amount_in_words(amount: int) -> Paragraph:
    """`Terbilang: Dua belas juta rupiah`."""
    return markup("<b>Terbilang:</b> {words}",
                  words=formatting.spell_rupiah(amount).capitalize())


def code_box(caption: str, code: str, note: str, width: float) -> Table:
    """A code to read out at a counter, boxed: its caption, the code in large print and a note
    under it (a SIMPONI billing code and until when to pay it; the NTPN of a payment)."""
    s = styles()
    return Table([[para(caption, s.cell_center)], [para(code, s.large)],
                  [para(note, s.cell_center)]],
                 colWidths=[width * 0.7],
                 style=table_style(("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                                   ("TOPPADDING", (0, 0), (-1, -1), 3),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 3)))


# --- berita acara, orders and decisions --------------------------------------------------------

def opening(ctx: RenderContext, moment: datetime, place: str, who: str) -> Flowable:
    """`Pada hari ini Rabu tanggal dua puluh lima ... (25 November 2026), pukul 13.15 WIB,
    bertempat di {place}, {who}`, as berita acara open: the day as seen in the office's zone."""
    local = ctx.local(moment)
    return markup("Pada hari ini {day} {words} ({date}), pukul {time}, bertempat di {place}, "
                  "{who}", day=formatting.day_name(local), words=formatting.spell_date(local),
                  date=formatting.format_date(local), time=ctx.time(local), place=place, who=who)


def people_tables(people: Sequence[Sequence[tuple[str, Any]]], width: float,
                  indent: float = 0) -> list[Flowable]:
    """Each person's `Label : value` lines, the first label numbered (`1. Nama`, `2. Nama`)
    when there are several: the officials who make a berita acara."""
    several = len(people) > 1
    tables: list[Flowable] = []
    for number, lines in enumerate(people, 1):
        if number > 1:
            tables.append(Spacer(1, 1.5 * mm))
        (label, value), *rest = lines
        first = (f"{number}. {label}" if several else label, value)
        tables.append(field_table([first, *rest], width, indent=indent))
    return tables


def officer_lines(officer: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """The `Label : value` lines of one row of `base.officer_rows`."""
    return [("Nama", officer["name"]), ("NIP", formatting.format_nip(officer["nip"])),
            ("Pangkat/golongan", officer["rank"]), ("Jabatan", officer["position"])]


def officers_grid(officers: Sequence[Mapping[str, Any]], width: float) -> Table:
    """The rows of `base.officer_rows` as an order lists them: number, name over NIP,
    pangkat/golongan and position."""
    columns = [10 * mm, 56 * mm, 28 * mm]
    columns.append(width - sum(columns))
    return grid(("No.", "Nama/NIP", "Pangkat/gol.", "Jabatan"),
                [(f"{i}.", f"{o['name']}\nNIP. {formatting.format_nip(o['nip'])}",
                  o["rank"] or "-", o["position"]) for i, o in enumerate(officers, 1)],
                columns, align="CLLL")


def foreigner_rows(data: Mapping[str, Any], prefix: str) -> list[tuple[str, Any]]:
    """The `Label : value` lines of `base.foreigner_fields(prefix, ...)`."""
    birth = formatting.format_date(data[f"{prefix}_birth_date"])
    place = data[f"{prefix}_birth_place"]
    return [("Nama", data[f"{prefix}_name"]),
            ("Tempat, tanggal lahir", f"{place}, {birth}" if place else birth),
            ("Jenis kelamin", data[f"{prefix}_sex"]),
            ("Kewarganegaraan", data[f"{prefix}_nationality"]),
            ("Nomor paspor", data[f"{prefix}_passport_number"] or "Tidak ada"),
            ("Alamat di Indonesia", data[f"{prefix}_address"])]


def period_line(ctx: RenderContext) -> tuple[str, str]:
    """The `Label : value` line of the days a register covers (`base.period_fields`):
    `Hari, tanggal : Rabu, 25 November 2026`, or `Periode : 1 November 2026 s.d. 30 November
    2026`."""
    day = ctx.register_day()
    if day is not None:
        return "Hari, tanggal", formatting.format_day_date(day)
    return "Periode", (f"{formatting.format_date(ctx.data['day'])} s.d. "
                       f"{formatting.format_date(ctx.data['until'])}")


def register_heading(ctx: RenderContext, subtitle: str, *,
                     before: Sequence[tuple[str, Any]] = (),
                     after: Sequence[tuple[str, Any]] = (),
                     label_width: float = 40 * mm) -> list[Flowable]:
    """How every register opens: the kop surat, its title with its number and `subtitle`, then
    the `Label : value` lines `before`, the period (`period_line`) and `after`."""
    return [*letterhead(ctx), *title_block(ctx.template.title, ctx.number, subtitle),
            field_table([*before, period_line(ctx), *after], content_width(ctx), label_width),
            Spacer(1, 3 * mm)]


def nil_line(ctx: RenderContext, what: str) -> Paragraph:
    """`Pada hari tersebut tidak terdapat {what} (nihil).`: an empty register says so (or
    `Pada periode tersebut` for a register over several days)."""
    when = "hari" if ctx.register_day() else "periode"
    return para(f"Pada {when} tersebut tidak terdapat {what} (nihil).")


def register_ending(ctx: RenderContext, approver_caption: str,
                    noun: str = "register") -> list[Flowable]:
    """How every register ends: its notes, when given, then `Demikian {noun} ini dibuat ...`
    with the approver's signature (when named) on the left and the preparer's on the right,
    kept together (`base.period_fields` registers sign with `signer_fields("preparer", ...)`
    and `optional_signer_fields("approver", ...)`)."""
    d = ctx.data
    ending: list[Flowable] = []
    if d["notes"]:
        ending += [heading("Keterangan"), *paragraphs(d["notes"])]
    approver = signatory(ctx, "approver", "", approver_caption) if d["approver_name"] else None
    ending.append(closing(
        Spacer(1, 3 * mm),
        para(f"Demikian {noun} ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana "
             "mestinya."),
        Spacer(1, 4 * mm),
        signatures([approver, signatory(ctx, "preparer", ctx.place_and_date(), "Yang membuat,")],
                   content_width(ctx)),
    ))
    return ending


# `Menimbang : a. bahwa ...`, `KESATU : ...`, `Kepada : ...`: the label column of decisions and
# orders, its colon, and the letter or number of each item.
CLAUSE_LABEL_WIDTH = 27 * mm
CLAUSE_COLON_WIDTH = 4 * mm
CLAUSE_MARKER_WIDTH = 7 * mm


def clause_width(width: float) -> float:
    """The width right of a clause's label and colon."""
    return width - CLAUSE_LABEL_WIDTH - CLAUSE_COLON_WIDTH


def clauses(label: str, items: Sequence[str], letters: str | None, width: float) -> Table:
    """`Menimbang : a. bahwa ...;` with the items lettered (or numbered when `letters` is None);
    a single item carries no marker, as decisions write it."""
    s = styles()
    markers = [f"{letters[i]}." if letters else f"{i + 1}." for i in range(len(items))]
    if len(items) == 1:
        markers = [""]
    rows = []
    for index, (item, marker) in enumerate(zip(items, markers, strict=True)):
        rows.append([label if index == 0 else "", ":" if index == 0 else "", marker,
                     para(item, s.body)])
    return Table(rows, colWidths=[CLAUSE_LABEL_WIDTH, CLAUSE_COLON_WIDTH, CLAUSE_MARKER_WIDTH,
                                  clause_width(width) - CLAUSE_MARKER_WIDTH],
                 style=table_style(("FONT", (0, 0), (2, -1), s.body.fontName, s.body.fontSize,
                                    s.body.leading),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)))


def clause(label: str, content: list[Flowable], width: float) -> Table:
    """`KESATU : ...`: one clause, its label in the left column; an empty label continues the
    clause above (no colon)."""
    s = styles()
    return Table([[label, ":" if label else "", content]],
                 colWidths=[CLAUSE_LABEL_WIDTH, CLAUSE_COLON_WIDTH, clause_width(width)],
                 style=table_style(("FONT", (0, 0), (1, -1), s.body.fontName, s.body.fontSize,
                                    s.body.leading),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 3)))


def issued_where_and_when(ctx: RenderContext, verb: str, place: str | None,
                          day: date | None) -> tuple[str, str]:
    """`Ditetapkan di Tangerang`, `pada tanggal 25 November 2026`: where and when a decision or
    an order is issued; the office's city (or its name) and the issue day unless given."""
    where = place or ctx.office.city or ctx.office.name
    when = formatting.format_date(day) if day else ctx.issued_date()
    return f"{verb} di {where}", f"pada tanggal {when}"


# --- signatures ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Signatory:
    """A signature block: caption lines above the space, then name and identity number."""

    caption: tuple[str, ...]
    name: str | None
    id_label: str | None = "NIP"
    id_number: str | None = None


def signatory(ctx: RenderContext, prefix: str, *caption: str) -> Signatory:
    """The block of someone declared with `signer_fields(prefix, ...)`, their position last
    in the caption."""
    data = ctx.data
    return Signatory((*caption, data[f"{prefix}_position"]), data[f"{prefix}_name"], "NIP",
                     formatting.format_nip(data[f"{prefix}_nip"]))


def _signature_cell(block: Signatory) -> list[Flowable]:
    s = styles()
    # An empty caption line keeps its height (a no-break space), so blocks side by side with
    # fewer caption lines still have their names on one level.
    cell: list[Flowable] = [para(line or "\u00a0", s.centered) for line in block.caption]
    cell.append(Spacer(1, SIGNATURE_SPACE))
    if block.name:
        cell.append(markup("<u><b>{n}</b></u>", s.centered, n=block.name))
    else:
        cell.append(para("(" + "." * 40 + ")", s.centered))
    if block.id_number:
        label = f"{block.id_label}. " if block.id_label else ""
        cell.append(para(f"{label}{block.id_number}", s.centered))
    return cell


def signatures(blocks: Sequence[Signatory | None], width: float) -> Table:
    """Signature blocks side by side; a None leaves its column empty (e.g. a single signer on
    the right, as letters place it)."""
    cells = [_signature_cell(b) if b else "" for b in blocks]
    column = width / len(blocks)
    return Table([cells], colWidths=[column] * len(blocks), style=table_style())


def closing(*flowables: Flowable) -> KeepTogether:
    """The closing sentence and the signatures, kept on one page: a signature block never
    stands alone at the top of a page."""
    return KeepTogether(list(flowables))


def report_closing(ctx: RenderContext, sentence: str, signer: str, caption: str,
                   width: float) -> KeepTogether:
    """A report's closing sentence ("Demikian ...") and its author's signature on the right,
    kept on one page."""
    return closing(Spacer(1, 3 * mm), para(sentence), Spacer(1, 4 * mm),
                   signatures([None, signatory(ctx, signer, ctx.place_and_date(), caption)],
                              width))


def signature_rows(blocks: Sequence[Signatory], width: float) -> list[Flowable]:
    """Signers two to a row; one signer alone sits on the right, a last odd one in the middle."""
    if len(blocks) == 1:
        return [signatures([None, blocks[0]], width)]
    lines: list[Flowable] = []
    for start in range(0, len(blocks), 2):
        if lines:
            lines.append(Spacer(1, 4 * mm))
        lines.append(signatures(list(blocks[start:start + 2]), width))
    return lines


def officer_signatories(officers: Sequence[Mapping[str, Any]], caption: str
                        ) -> list[Signatory]:
    """The blocks of the rows of `base.officer_rows`: `caption`, then each one's position."""
    return [Signatory((caption, o["position"]), o["name"], "NIP",
                      formatting.format_nip(o["nip"])) for o in officers]


def witness_signatures(witnesses: Sequence[Mapping[str, Any]], width: float) -> list[Flowable]:
    """`Saksi:` (or `Saksi-saksi:`) and the blocks of the rows of `base.witness_rows`."""
    return [Spacer(1, 4 * mm),
            para("Saksi:" if len(witnesses) == 1 else "Saksi-saksi:", styles().centered),
            signatures([Signatory((w["position"] or "Saksi",), w["name"],
                                  "NIP/NRP" if w["id_number"] else None,
                                  formatting.format_nip(w["id_number"]) if w["id_number"]
                                  else None)
                        for w in witnesses], width)]


def head_of_office(ctx: RenderContext, prefix: str, *caption: str) -> Signatory:
    """The block of whoever signs for the office (`signer_fields(prefix, ...,
    HEAD_OF_OFFICE)`): the caption, then `KEPALA KANTOR IMIGRASI ...,` for the default
    position; any other (`Plh. Kepala Kantor Imigrasi ...`) is printed in capitals as given."""
    data = ctx.data
    position = data[f"{prefix}_position"]
    if position.casefold() == HEAD_OF_OFFICE.casefold():
        position = f"Kepala {ctx.office.name}"
    return Signatory((*caption, f"{position.upper()},"), data[f"{prefix}_name"], "NIP",
                     formatting.format_nip(data[f"{prefix}_nip"]))


# --- assembling the PDF ----------------------------------------------------------------------

WATERMARK_GREY = colors.Color(0.84, 0.84, 0.84)


def order_story(ctx: RenderContext, title: str, tasks: Sequence[str],
                subject: list[Flowable], start: str, where: str, when: str) -> list[Flowable]:
    """A Surat Perintah of the head of office: Dasar, the officers ordered, Untuk, what it is
    about (`subject`), its validity from `start` (to `valid_until` or the task's end), the
    signature and the Tembusan, from the data's `bases`, `officers`, `valid_until` and
    `copy_to` (detention orders, the complaints' field check)."""
    d = ctx.data
    s = styles()
    width = content_width(ctx)
    until = (f"tanggal {formatting.format_date(d['valid_until'])}" if d["valid_until"]
             else "selesainya pelaksanaan tugas")
    story: list[Flowable] = [
        *letterhead(ctx),
        *title_block(title, ctx.number),
        clauses("Dasar", d["bases"], None, width),
        Spacer(1, 4 * mm),
        para("MEMERINTAHKAN:", s.title),
        Spacer(1, 3 * mm),
        clause("Kepada", [officers_grid(d["officers"], clause_width(width))], width),
        Spacer(1, 2 * mm),
        clauses("Untuk", tasks, None, width),
        clause("", subject, width),
        closing(Spacer(1, 2 * mm),
                markup("Surat Perintah ini berlaku sejak tanggal {start} sampai dengan {until}.",
                       start=start, until=until),
                Spacer(1, 6 * mm),
                signatures([None, head_of_office(ctx, "head", where, when)], width)),
    ]
    if d["copy_to"]:
        story += [Spacer(1, 6 * mm), heading("Tembusan:"), numbered(d["copy_to"], width)]
    return story


def _watermark(ctx: RenderContext, canvas: Canvas, text: str) -> None:
    """`text` large and light grey across the page's diagonal, under the content (a draft
    that must not pass for the signed paper)."""
    width, height = ctx.template.page.points
    size = min(width, height) / 4.2
    canvas.saveState()
    canvas.setFillColor(WATERMARK_GREY)
    canvas.setFont(BOLD, size)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(math.degrees(math.atan2(height, width)))
    canvas.drawCentredString(0, -size / 3, text)
    canvas.restoreState()


def _decorate_page(ctx: RenderContext, watermark: str | None, canvas: Canvas,
                   doc: BaseDocTemplate) -> None:
    if watermark:
        _watermark(ctx, canvas, watermark)
    _footer(ctx, canvas, doc)


def _footer(ctx: RenderContext, canvas: Canvas, doc: BaseDocTemplate) -> None:
    """Number, page and QR code at the foot of every page."""
    if doc.page == 1:
        _stamp_creation_date(ctx, canvas)
    page_width, _ = ctx.template.page.points
    x = page_width - RIGHT_MARGIN - QR_SIZE
    draw_qr(canvas, ctx.qr_payload, x, 6 * mm, QR_SIZE)
    canvas.saveState()
    canvas.setFont(REGULAR, 7)
    lines = [f"{ctx.template.title} Nomor {ctx.number}", f"Halaman {doc.page}"]
    if ctx.verify_url:
        lines.insert(1, f"Verifikasi keaslian: pindai kode QR atau buka {ctx.verify_url}")
    y = 6 * mm + QR_SIZE - 9
    for line in lines:
        canvas.drawString(LEFT_MARGIN, y, line)
        y -= 9
    canvas.restoreState()


def _metadata(ctx: RenderContext) -> dict[str, str]:
    """The PDF's info; its keywords hold the seal, so `gapura verify FILE.pdf` reads it
    without decoding the QR image."""
    return {"title": f"{ctx.template.title} {ctx.number}", "author": ctx.office.name,
            "subject": ctx.number, "creator": CREATOR, "keywords": ctx.seal or ""}


def _stamp_creation_date(ctx: RenderContext, canvas: Canvas) -> None:
    """The PDF's creation date is the issue time, so output stays reproducible (reportlab's
    invariant mode would otherwise write 1 January 2000)."""
    stamp = ctx.issued_at.astimezone(UTC).strftime("D:%Y%m%d%H%M%S+00'00'")
    canvas.setDateFormatter(lambda *_: stamp)


def new_document(ctx: RenderContext, buffer: io.BytesIO, **kwargs: Any) -> BaseDocTemplate:
    """A reportlab document with Gapura's fonts, metadata and reproducible output: the same
    data, number and time always give the same bytes (and so the same SHA-256)."""
    register_fonts()
    return BaseDocTemplate(buffer, pagesize=ctx.template.page.points, invariant=1,
                           initialFontName=REGULAR, lang="id-ID", **_metadata(ctx), **kwargs)


def new_canvas(ctx: RenderContext, buffer: io.BytesIO) -> Canvas:
    """A bare canvas for fixed layouts (labels, cards), set up like `new_document`."""
    register_fonts()
    canvas = Canvas(buffer, pagesize=ctx.template.page.points, invariant=1,
                    initialFontName=REGULAR, lang="id-ID")
    meta = _metadata(ctx)
    canvas.setTitle(meta["title"])
    canvas.setAuthor(meta["author"])
    canvas.setSubject(meta["subject"])
    canvas.setCreator(meta["creator"])
    canvas.setKeywords(meta["keywords"])
    _stamp_creation_date(ctx, canvas)
    return canvas


# --- fixed layouts (labels, stickers, cards) ---------------------------------------------------

def fit_size(text: str, font: str, size: float, width: float, smallest: float = 5.5) -> float:
    """The largest size up to `size` at which `text` fits in `width` (`smallest` at least)."""
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 0.25
    return size


def draw_fitted(canvas: Canvas, text: str, font: str, size: float, x: float, y: float,
                width: float, *, align: str = "left", smallest: float = 5.5) -> float:
    """`text` on one line of `width` from `x` (its centre for `align="center"`, its right
    end for "right"), shrunk from `size` until it fits; returns the size used."""
    size = fit_size(text, font, size, width, smallest)
    canvas.setFont(font, size)
    if align == "center":
        canvas.drawCentredString(x, y, text)
    elif align == "right":
        canvas.drawRightString(x, y, text)
    else:
        canvas.drawString(x, y, text)
    return size


def draw_wrapped(canvas: Canvas, text: str, font: str, size: float, x: float, y: float,
                 width: float, *, max_lines: int, smallest: float = 5.5,
                 align: str = "left") -> float:
    """`text` wrapped in `width` on at most `max_lines` lines, the first at baseline `y`,
    shrunk from `size` until it takes no more lines; returns the baseline below the last."""
    lines = simpleSplit(text, font, size, width)
    while len(lines) > max_lines and size > smallest:
        size -= 0.25
        lines = simpleSplit(text, font, size, width)
    leading = size * 1.2
    for line in lines:
        draw_fitted(canvas, line, font, size, x, y, width, align=align, smallest=smallest)
        y -= leading
    return y


def render_story(ctx: RenderContext, story: Sequence[Flowable], *,
                 watermark: str | None = None) -> Output:
    """Flow `story` over as many pages as it needs, with the footer on each, and `watermark`
    across each page when given."""
    buffer = io.BytesIO()
    doc = new_document(ctx, buffer, leftMargin=LEFT_MARGIN, rightMargin=RIGHT_MARGIN,
                       topMargin=TOP_MARGIN, bottomMargin=BOTTOM_MARGIN)
    frame = Frame(LEFT_MARGIN, BOTTOM_MARGIN, content_width(ctx), content_height(ctx),
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate("page", [frame],
                                       onPage=functools.partial(_decorate_page, ctx,
                                                                watermark))])
    doc.build(list(story))
    return Output(buffer.getvalue(), doc.page)


def render_pages(ctx: RenderContext, pages: Sequence[Sequence[Flowable]]) -> Output:
    """One page per entry of `pages`, each shrunk to fit its page if it must (copies of a
    form must never spill onto a second sheet)."""
    story: list[Flowable] = []
    for index, page in enumerate(pages):
        if index:
            story.append(PageBreak())
        story.append(KeepInFrame(content_width(ctx), content_height(ctx), list(page),
                                 mode="shrink"))
    return render_story(ctx, story)
