"""Fixtures for document tests: the demo office's letterhead, and PDFs read back as text."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace
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
