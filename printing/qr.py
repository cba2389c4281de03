"""The QR code on every document: its payload, and a fast way to draw it.

reportlab's QrCodeWidget draws one shape per module and encodes the data twice, and its encoder
takes about 30 ms for a sealed payload: a letter would spend most of its 100 ms budget there.
Here the code is encoded once per payload with segno (about 15 ms; it also picks the QR code's
alphanumeric mode for a Base45 seal) and drawn as one filled path.
"""

from __future__ import annotations

import functools

import segno
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 4  # modules of white border the QR specification asks for


def qr_payload(number: str, verify_url: str | None = None) -> str:
    """What the QR code carries: the document number, and on a second line the URL that
    verifies it when there is one."""
    return f"{number}\n{verify_url}" if verify_url else number


@functools.lru_cache(maxsize=32)
def qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The dark (True) and light modules of `payload` at error correction level M, without
    the quiet zone."""
    code = segno.make_qr(payload, error="m", boost_error=False)
    return tuple(tuple(bool(module) for module in row) for row in code.matrix)


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """Draw the QR code of `payload` as a `size` square (quiet zone included) at (x, y)."""
    matrix = qr_matrix(payload)
    count = len(matrix)
    box = size / (count + 2 * QUIET_ZONE)
    left = x + QUIET_ZONE * box
    top = y + size - QUIET_ZONE * box
    # Each row reaches a little into the next so rasterisers leave no hairline between rows.
    seam = box * 0.04
    path = canvas.beginPath()
    for r, row in enumerate(matrix):
        c = 0
        while c < count:
            if not row[c]:
                c += 1
                continue
            start = c
            while c < count and row[c]:
                c += 1
            path.rect(left + start * box, top - (r + 1) * box - seam, (c - start) * box, box + seam)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
