"""Marking a reprint: `SALINAN ke-N` across the top of every page of the stored PDF.

The stored document is never changed; a reprint prints a marked copy of it, so the paper says
it is not the original and which copy it is (issue 5: reprints with a reason, marked SALINAN).
"""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from printing.fonts import BOLD, REGULAR, register_fonts


def _mark_page(width: float, height: float, copy: int, note: str) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), invariant=1)
    canvas.setFillColorRGB(0.7, 0, 0)
    size = 11 if width > 120 * mm else 6
    canvas.setFont(BOLD, size)
    canvas.drawRightString(width - 6 * mm, height - 5 * mm - size, f"SALINAN ke-{copy}")
    canvas.setFont(REGULAR, max(4, size - 4))
    canvas.drawRightString(width - 6 * mm, height - 5 * mm - size - size, note)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def mark_copy(pdf: bytes, copy: int, note: str) -> bytes:
    """`pdf` with `SALINAN ke-<copy>` and `note` (when, by whom) at the top of each page."""
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter(clone_from=reader)
    for page in writer.pages:
        box = page.mediabox
        mark = PdfReader(io.BytesIO(_mark_page(float(box.width), float(box.height), copy,
                                               note))).pages[0]
        page.merge_page(mark)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
