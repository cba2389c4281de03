"""The registry of document templates, and `render()`: validated data in, PDF and hash out.

Every official paper Gapura prints is one template here. Services call `render()` with the
document's data, the office's letterhead, its official number and issue time; the result is the
PDF bytes with their SHA-256, ready for the print queue and the document store.
"""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PIL import Image, UnidentifiedImageError

from app.errors import GapuraError
from app.i18n import QT_TRANSLATE_NOOP
from printing import formatting
from printing.base import DocumentTemplate, RenderContext
from printing.schema import (
    MISSING,
    NAIVE_TIME,
    TOO_LONG,
    DocumentDataError,
    refuse,
)
from printing.seal import OfficeKey, make_seal
from printing.templates import (
    berita_acara,
    billing,
    blangko,
    detensi,
    izin_tinggal,
    label_pos,
    laporan,
    laporan_kejadian,
    nota_dinas,
    pengaduan,
    penolakan,
    penyelidikan,
    permohonan_izin_tinggal,
    register,
    rekap,
    stamp,
    stp,
    surat_keputusan,
    tanda_terima,
)

if TYPE_CHECKING:
    from app.services.offices import OfficeInfo

log = logging.getLogger(__name__)

UNKNOWN_DOCUMENT = QT_TRANSLATE_NOOP(
    "gapura", "Jenis dokumen \"{code}\" tidak dikenal. Periksa daftar templat dokumen.")
BAD_TIMEZONE = QT_TRANSLATE_NOOP(
    "gapura", "Zona waktu kantor \"{timezone}\" tidak dikenal. Minta Admin TIK memperbaiki data "
              "kantor.")
BAD_LOGO = QT_TRANSLATE_NOOP(
    "gapura", "Logo kop surat tidak dapat dibaca sebagai gambar. Minta Admin TIK menggantinya.")

MAX_NUMBER_LENGTH = 80


class UnknownDocumentError(GapuraError):
    """No template has the code a caller asked for."""

    default_message = UNKNOWN_DOCUMENT


_TEMPLATES: dict[str, DocumentTemplate] = {}


def _register(*templates: DocumentTemplate) -> None:
    for template in templates:
        if template.code in _TEMPLATES:
            raise ValueError(f"two document templates share the code {template.code!r}")
        _TEMPLATES[template.code] = template


_register(
    stamp.TEMPLATE,
    stp.TEMPLATE,
    laporan_kejadian.TEMPLATE,
    nota_dinas.TEMPLATE,
    penolakan.TEMPLATE,
    *berita_acara.TEMPLATES,
    surat_keputusan.TEMPLATE,
    billing.TEMPLATE,
    rekap.TEMPLATE,
    # Detention and deportation (SOP Inteldakim C.2-4).
    *detensi.TEMPLATES,
    surat_keputusan.DEPORTATION,
    surat_keputusan.TRANSFER,
    # Stay permits (SOP izin tinggal, SKIM).
    *izin_tinggal.TEMPLATES,
    # The stay-permit counter's application receipt and refusal letter (issue 8).
    *permohonan_izin_tinggal.TEMPLATES,
    # Registers of the print station and the passport section.
    *register.TEMPLATES,
    # Receipts (SOP izin tinggal, paspor, kompensasi antar paspor).
    *tanda_terima.TEMPLATES,
    # The passport blank inventory: blanks received, blanks spoiled (issue 9).
    *blangko.TEMPLATES,
    # The address label of a passport sent home by PT Pos (issue 9, seed 004).
    label_pos.TEMPLATE,
    # The Laporan screen's report for a period, a table per section (issue 11 point 5).
    laporan.TEMPLATE,
    # Complaints and Lada Tunggu reports: Surat Perintah, Laporan Kegiatan, the reply letter,
    # the monthly register (issue 11).
    *pengaduan.TEMPLATES,
    # The intelligence inquiry's plan and information report (seed 002 C5).
    *penyelidikan.TEMPLATES,
)

TEMPLATES: Mapping[str, DocumentTemplate] = MappingProxyType(_TEMPLATES)


@dataclass(frozen=True)
class RenderedDocument:
    """A rendered document: the PDF bytes and what the print queue and store keep about it."""

    code: str
    title: str
    number: str
    pdf: bytes
    sha256: str
    page_count: int
    seal: str | None = None


def templates() -> tuple[DocumentTemplate, ...]:
    """All templates, in registration order."""
    return tuple(_TEMPLATES.values())


def get_template(code: str) -> DocumentTemplate:
    try:
        return _TEMPLATES[code]
    except KeyError:
        raise UnknownDocumentError(detail=f"no document template {code!r}", code=code) from None


def validate(code: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """The clean data for document `code`, or `DocumentDataError` naming the bad field.

    Lets a service check the data before it takes a number from its range.
    """
    return get_template(code).validate(data)


def render(code: str, data: Mapping[str, Any], office: OfficeInfo, *, number: str,
           issued_at: datetime, verify_url: str | None = None,
           logo: bytes | None = None, key: OfficeKey | None = None) -> RenderedDocument:
    """Validate `data` and render document `code` as a PDF.

    Args:
        code: the template's code, e.g. `stp`.
        data: the template's fields.
        office: letterhead data and time zone of the issuing office.
        number: the document's official number, printed on it and in its QR code.
        issued_at: when it is issued (aware; shown in the office's zone).
        verify_url: where the QR code sends a reader to check the document, if anywhere.
        logo: an image (PNG/JPEG bytes) for the kop surat; none is printed without it.
        key: the office's signing key; with it the QR code carries a signed seal
            (printing.seal) instead of the bare number.

    Raises:
        UnknownDocumentError: no template has this code.
        DocumentDataError: a field is missing or malformed; the message names it.
    """
    template = get_template(code)
    _check_call(template, office, number, issued_at, logo)
    clean = template.validate(data)
    seal = None
    if key is not None:
        seal = make_seal(key, template=code, number=number.strip(),
                         holder=str(clean.get(template.holder) or "") if template.holder else "",
                         issued_on=formatting.to_local(issued_at, ZoneInfo(office.timezone))
                         .date(), data=clean)
    ctx = RenderContext(template, MappingProxyType(clean), office, number.strip(), issued_at,
                        verify_url or None, logo, seal)
    output = template.build(ctx)
    log.debug("rendered %s %s: %d pages, %d bytes", code, number, output.page_count,
              len(output.pdf))
    return RenderedDocument(code=code, title=template.title, number=ctx.number, pdf=output.pdf,
                            sha256=hashlib.sha256(output.pdf).hexdigest(),
                            page_count=output.page_count, seal=seal)


def _check_call(template: DocumentTemplate, office: OfficeInfo, number: str,
                issued_at: datetime, logo: bytes | None) -> None:
    title = template.title
    if not isinstance(number, str) or not number.strip():
        raise refuse(title, "number", "Nomor dokumen", MISSING, "missing document number")
    if len(number.strip()) > MAX_NUMBER_LENGTH:
        raise refuse(title, "number", "Nomor dokumen", TOO_LONG, "document number too long",
                     length=len(number.strip()), max_length=MAX_NUMBER_LENGTH)
    if (not isinstance(issued_at, datetime) or issued_at.tzinfo is None
            or issued_at.utcoffset() is None):
        raise refuse(title, "issued_at", "Waktu penerbitan", NAIVE_TIME, "naive issued_at")
    if not office.name:
        raise refuse(title, "office.name", "Nama kantor", MISSING, "office without a name")
    try:
        ZoneInfo(office.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise DocumentDataError(BAD_TIMEZONE, f"office {office.code}: bad zone",
                                field="office.timezone", timezone=office.timezone) from None
    if logo is not None:
        try:
            with Image.open(io.BytesIO(logo)) as image:
                image.verify()
        except (UnidentifiedImageError, OSError, SyntaxError) as error:
            raise DocumentDataError(BAD_LOGO, f"logo: {error}", field="logo") from None
