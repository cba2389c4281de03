"""Label pengiriman PT Pos: the address label on a passport sent home by post.

Seed 002 (PT Pos delivery of passports) and seed 004 (Kompensasi Antar Paspor: a passport
allocated late is delivered home at the office's cost). The label names the recipient, the
address and telephone, the sender office, the application number and the PT Pos tracking
number; the passport's own number is not printed on the outside of a parcel. The QR code is the
document's seal, so the courier's or the office's scan verifies the label.
"""

from __future__ import annotations

import io

from reportlab.lib.units import mm

from printing.base import DocumentTemplate, Output, RenderContext
from printing.fonts import BOLD, REGULAR
from printing.layout import draw_fitted, draw_wrapped, new_canvas
from printing.pages import SHIPPING_LABEL
from printing.qr import draw_qr
from printing.schema import flag, text

FIELDS = (
    text("recipient_name", "Nama penerima", 100),
    text("recipient_address", "Alamat penerima", 250),
    text("recipient_phone", "Nomor telepon penerima", 20, required=False),
    text("application_number", "Nomor permohonan", 40),
    text("tracking_number", "Nomor resi PT Pos", 40),
    text("contents", "Isi kiriman", 60, required=False, default="Dokumen (paspor)"),
    flag("office_pays", "Biaya pengiriman ditanggung kantor"),
)

MARGIN = 5 * mm
QR_SIZE = 28 * mm


def build(ctx: RenderContext) -> Output:
    d = ctx.data
    width, height = SHIPPING_LABEL.points
    inner = width - 2 * MARGIN
    buffer = io.BytesIO()
    canvas = new_canvas(ctx, buffer)
    canvas.setLineWidth(1)
    canvas.rect(2.5 * mm, 2.5 * mm, width - 5 * mm, height - 5 * mm)

    y = height - MARGIN - 5 * mm
    draw_fitted(canvas, "PT POS INDONESIA", BOLD, 14, MARGIN, y, inner)
    y -= 6 * mm
    draw_fitted(canvas, f"Resi: {d['tracking_number']}", BOLD, 12, MARGIN, y, inner)
    y -= 4 * mm
    canvas.line(MARGIN, y, width - MARGIN, y)

    y -= 6 * mm
    draw_fitted(canvas, "KEPADA:", BOLD, 9, MARGIN, y, inner)
    y -= 6 * mm
    draw_fitted(canvas, d["recipient_name"], BOLD, 13, MARGIN, y, inner)
    y -= 6 * mm
    y = draw_wrapped(canvas, d["recipient_address"], REGULAR, 11, MARGIN, y, inner, max_lines=5)
    if d["recipient_phone"]:
        draw_fitted(canvas, f"Telp. {d['recipient_phone']}", REGULAR, 10, MARGIN, y, inner)
        y -= 5 * mm
    y -= 2 * mm
    canvas.line(MARGIN, y, width - MARGIN, y)

    y -= 6 * mm
    draw_fitted(canvas, "PENGIRIM:", BOLD, 9, MARGIN, y, inner)
    y -= 5 * mm
    draw_fitted(canvas, ctx.office.name, BOLD, 10, MARGIN, y, inner)
    y -= 4.5 * mm
    y = draw_wrapped(canvas, ctx.office.address, REGULAR, 8.5, MARGIN, y, inner, max_lines=3)
    if ctx.office.phone:
        draw_fitted(canvas, f"Telp. {ctx.office.phone}", REGULAR, 8.5, MARGIN, y, inner)
        y -= 4.5 * mm
    y -= 2 * mm
    canvas.line(MARGIN, y, width - MARGIN, y)

    text_width = inner - QR_SIZE - 3 * mm
    y -= 6 * mm
    draw_fitted(canvas, f"Isi: {d['contents']}", REGULAR, 9, MARGIN, y, text_width)
    y -= 5 * mm
    draw_fitted(canvas, f"No. permohonan: {d['application_number']}", REGULAR, 9, MARGIN, y,
                text_width)
    if d["office_pays"]:
        y -= 7 * mm
        draw_wrapped(canvas, "BIAYA KIRIM DITANGGUNG KANTOR (kompensasi antar paspor)", BOLD,
                     9, MARGIN, y, text_width, max_lines=2)
    draw_fitted(canvas, f"No. {ctx.number}", REGULAR, 6.5, MARGIN, MARGIN + 1 * mm, text_width)
    draw_qr(canvas, ctx.qr_payload, width - MARGIN - QR_SIZE, MARGIN, QR_SIZE)
    canvas.showPage()
    canvas.save()
    return Output(buffer.getvalue(), 1)


TEMPLATE = DocumentTemplate(
    code="label_pos",
    holder="recipient_name",
    title="Label Pengiriman PT Pos",
    page=SHIPPING_LABEL,
    fields=FIELDS,
    build=build,
)
