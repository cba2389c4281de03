"""Cap tanda masuk / keluar: the entry or exit stamp, printed on an 80 x 50 mm label.

The counter officer puts it in the passport (SOP kedatangan/keberangkatan: "peneraan cap tanda
masuk/keluar elektronik/manual"). It carries the checkpoint, direction, date (in the office's
zone), officer, flight, travel document and the stamp's number, with a QR code of the document
number.
"""

from __future__ import annotations

import io

from reportlab.lib.units import mm

from printing.base import (
    DOCUMENT_NUMBER_HINT,
    DOCUMENT_NUMBER_PATTERN,
    DocumentTemplate,
    Output,
    RenderContext,
)
from printing.fonts import BOLD, REGULAR
from printing.formatting import format_date
from printing.layout import draw_fitted, new_canvas
from printing.pages import STAMP_LABEL
from printing.qr import draw_qr
from printing.schema import choice, datetime_field, pattern, text

DIRECTIONS = ("MASUK", "KELUAR")

FIELDS = (
    text("checkpoint", "Nama TPI", 80),
    choice("direction", "Arah perlintasan", DIRECTIONS),
    datetime_field("stamped_at", "Waktu peneraan cap"),
    text("officer", "Kode/ID petugas", 30),
    text("flight", "Nomor penerbangan/alat angkut", 12, required=False),
    pattern("document_number", "Nomor dokumen perjalanan", DOCUMENT_NUMBER_PATTERN,
            DOCUMENT_NUMBER_HINT, max_length=20),
    text("stamp_number", "Nomor cap", 20, required=False),
)

MARGIN = 2.5 * mm
# Big enough for a sealed code on a 203-dpi label printer: about 3 dots per module.
QR_SIZE = 22 * mm


def build(ctx: RenderContext) -> Output:
    d = ctx.data
    width, height = STAMP_LABEL.points
    buffer = io.BytesIO()
    canvas = new_canvas(ctx, buffer)

    # Frame of the stamp, as the rubber stamp has.
    canvas.setLineWidth(1.2)
    canvas.roundRect(1.2 * mm, 1.2 * mm, width - 2.4 * mm, height - 2.4 * mm, 2.5 * mm)

    left = MARGIN + 1.5 * mm
    text_width = width - 2 * left - QR_SIZE
    top = height - MARGIN - 4.2 * mm
    draw_fitted(canvas, ctx.office.directorate_general.upper() or "IMIGRASI", BOLD, 7, left,
                top, width - 2 * left)
    draw_fitted(canvas, d["checkpoint"].upper(), REGULAR, 7.5, left, top - 3.6 * mm,
                width - 2 * left)

    # Direction, large and boxed: what an officer down the line reads first.
    direction = d["direction"]
    box_y = top - 12.4 * mm
    canvas.setLineWidth(1)
    canvas.rect(left, box_y, text_width, 7.2 * mm)
    draw_fitted(canvas, direction, BOLD, 17, left + text_width / 2, box_y + 1.9 * mm,
                text_width - 2 * mm, align="center")

    officer = f"Petugas: {d['officer']}"
    if d["stamp_number"]:
        officer += f"    Cap: {d['stamp_number']}"
    lines = [
        # The day as seen at the checkpoint, not in UTC.
        (format_date(ctx.local(d["stamped_at"])), BOLD, 9),
        (officer, REGULAR, 7),
        (f"Penerbangan: {d['flight']}" if d["flight"] else "", REGULAR, 7),
        (f"Dokumen: {d['document_number']}", REGULAR, 7),
    ]
    y = box_y - 4.4 * mm
    for line, font, line_size in lines:
        if line:
            draw_fitted(canvas, line, font, line_size, left, y, text_width)
            y -= 3.5 * mm
    draw_fitted(canvas, f"No. {ctx.number}", REGULAR, 5.5, left, MARGIN + 1.2 * mm, text_width)

    draw_qr(canvas, ctx.qr_payload, width - MARGIN - 0.5 * mm - QR_SIZE, MARGIN + 0.5 * mm,
            QR_SIZE)
    canvas.showPage()
    canvas.save()
    return Output(buffer.getvalue(), 1)


TEMPLATE = DocumentTemplate(
    code="stamp",
    holder="document_number",
    title="Cap Tanda Masuk/Keluar",
    page=STAMP_LABEL,
    fields=FIELDS,
    build=build,
)
