"""Fixtures for document tests: the demo office's letterhead, and PDFs read back as text."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from app.demo import DEMO_OFFICES
from app.services.offices import OfficeInfo
from printing import registry, samples
from printing.registry import RenderedDocument


@pytest.fixture
def office() -> OfficeInfo:
    """Kanim Soekarno-Hatta (WIB), as the demo sets it up."""
    return DEMO_OFFICES[0]


@pytest.fixture
def bare_office(office: OfficeInfo) -> OfficeInfo:
    """An office as first configured: a name and a zone, the rest of the kop surat empty."""
    return replace(office, regional_office="", address="", city="", phone="", email="",
                   website="")


@pytest.fixture
def render(office: OfficeInfo) -> Callable[..., RenderedDocument]:
    """Render `code` with its sample data, overridden by keyword arguments in `changes`."""

    def _render(code: str, changes: dict[str, Any] | None = None, *,
                remove: tuple[str, ...] = (), **options: Any) -> RenderedDocument:
        data = samples.sample_data(code)
        data.update(changes or {})
        for key in remove:
            del data[key]
        options = {"number": samples.SAMPLE_NUMBER, "issued_at": samples.ISSUED_AT,
                   "verify_url": samples.VERIFY_URL, **options}
        return registry.render(code, data, options.pop("office", office), **options)

    return _render


def reader(document: RenderedDocument) -> PdfReader:
    return PdfReader(io.BytesIO(document.pdf))


def page_texts(document: RenderedDocument) -> list[str]:
    """Each page's text with runs of whitespace (wrapped lines too) made one space."""
    return [" ".join(page.extract_text().split()) for page in reader(document).pages]


def text_of(document: RenderedDocument) -> str:
    return " ".join(page_texts(document))


def qr_codes(pdf: bytes, folder: Path, page: int | None = None, dpi: int = 200,
             printer: bool = False) -> list[str]:
    """The QR codes on page `page` of `pdf` (every page when None), as a scanner reads them:
    rasterised by pdftoppm at `dpi`, decoded by ZXing (what phone scanners use). `printer`
    rasterises without anti-aliasing, dot by dot, as a thermal label printer prints."""
    import subprocess

    import zxingcpp
    from PIL import Image

    source = folder / "scanned.pdf"
    source.write_bytes(pdf)
    pages = ["-f", str(page), "-l", str(page)] if page else []
    dots = ["-aa", "no", "-aaVector", "no"] if printer else []
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), *pages, *dots, str(source),
                    str(folder / "scanned")], capture_output=True, check=True)
    codes = []
    for image_path in sorted(folder.glob("scanned*.png")):
        with Image.open(image_path) as image:
            codes += [code.text for code in zxingcpp.read_barcodes(image)
                      if code.format == zxingcpp.BarcodeFormat.QRCode]
    return codes
