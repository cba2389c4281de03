"""Paper sizes of printed documents: letters, stamp labels and cards."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm


@dataclass(frozen=True)
class PageSize:
    """A paper size in millimetres; `points` gives it in PDF points (1/72 inch)."""

    name: str
    width_mm: float
    height_mm: float

    @property
    def points(self) -> tuple[float, float]:
        return (self.width_mm * mm, self.height_mm * mm)


A4 = PageSize("A4", 210, 297)
# A4 turned sideways, for registers with many columns.
A4_LANDSCAPE = PageSize("A4 landscape", 297, 210)
# F4 (folio), common in Indonesian government offices.
F4 = PageSize("F4", 215, 330)
# Label roll of the counter's stamp printer.
STAMP_LABEL = PageSize("Label 80 x 50", 80, 50)
# ISO/IEC 7810 ID-1, the size of ITAS/ITAP cards.
CR80 = PageSize("CR80", 85.60, 53.98)
# The stay permit sticker put on a passport page: ICAO Doc 9303 MRV-A (80 x 120 mm), printed
# lying down.
PERMIT_STICKER = PageSize("Stiker izin tinggal 120 x 80", 120, 80)
# Shipping label of a parcel handed to PT Pos (the label printer's 4 x 6 inch roll).
SHIPPING_LABEL = PageSize("Label pengiriman 100 x 150", 100, 150)
