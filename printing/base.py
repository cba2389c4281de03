"""What a document template is, and what its build step gets to work with."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from printing import formatting
from printing.pages import PageSize
from printing.qr import qr_payload
from printing.schema import MISSING, Field, check_declarations, pattern, refuse, text, validate

if TYPE_CHECKING:
    from app.services.offices import OfficeInfo

NIP_PATTERN = r"\d{8} ?\d{6} ?\d ?\d{3}"
NIP_HINT = "NIP 18 angka, misalnya 19770626 199703 1 001"
DOCUMENT_NUMBER_PATTERN = r"[A-Z0-9]{5,20}"
DOCUMENT_NUMBER_HINT = "5 sampai 20 huruf besar atau angka, tanpa spasi"
BILLING_CODE_PATTERN = r"\d{15}"
BILLING_CODE_HINT = "15 angka"


@dataclass(frozen=True)
class Output:
    """A built PDF and how many pages it has."""

    pdf: bytes
    page_count: int


@dataclass(frozen=True)
class RenderContext:
    """Everything a template's build step may use: clean data, letterhead, number, time."""

    template: DocumentTemplate
    data: Mapping[str, Any]
    office: OfficeInfo
    number: str
    issued_at: datetime
    verify_url: str | None = None
    logo: bytes | None = None

    @cached_property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.office.timezone)

    @cached_property
    def local_issued_at(self) -> datetime:
        return formatting.to_local(self.issued_at, self.zone)

    @property
    def qr_payload(self) -> str:
        return qr_payload(self.number, self.verify_url)

    def issued_date(self) -> str:
        """`25 November 2026`: the issue date in the office's zone."""
        return formatting.format_date(self.local_issued_at)

    def place_and_date(self) -> str:
        """`Tangerang, 25 November 2026`: where and when the document is signed."""
        day = self.issued_date()
        return f"{self.office.city}, {day}" if self.office.city else day

    def local(self, moment: datetime) -> datetime:
        return formatting.to_local(moment, self.zone)

    def day_date(self, moment: datetime) -> str:
        """`Rabu, 25 November 2026`, the day as seen in the office's zone."""
        return formatting.format_day_date(self.local(moment))

    def time(self, moment: datetime) -> str:
        """`10.00 WIB`."""
        return formatting.format_time(moment, self.zone)

    def when(self, moment: datetime) -> str:
        """`Rabu, 25 November 2026 pukul 10.00 WIB`."""
        return formatting.format_datetime(moment, self.zone)


def optional_date(value: date | None) -> str | None:
    return formatting.format_date(value) if value else None


Check = Callable[["DocumentTemplate", Mapping[str, Any]], None]


@dataclass(frozen=True)
class DocumentTemplate:
    """One kind of official paper.

    Attributes:
        code: stable identifier (`stp`, `laporan_kejadian`), used by callers and the print queue.
        title: Indonesian name of the document.
        page: its paper size.
        fields: its input schema.
        build: lays the validated data out as a PDF.
        checks: rules across fields, run after each field is valid; they raise
            `DocumentDataError`.
    """

    code: str
    title: str
    page: PageSize
    fields: tuple[Field, ...]
    build: Callable[[RenderContext], Output]
    checks: tuple[Check, ...] = ()

    def __post_init__(self) -> None:
        check_declarations(self.fields, self.code)

    def validate(self, data: Mapping[str, Any]) -> dict[str, Any]:
        """Clean values of `data`, or `DocumentDataError` naming the first bad field."""
        clean = validate(self.fields, data, self.title)
        for check in self.checks:
            check(self, clean)
        return clean

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)


def signer_fields(prefix: str, role: str, default_position: str | None = None) -> tuple[Field, ...]:
    """Name, NIP and position of someone who signs: `{prefix}_name`, `_nip`, `_position`."""
    return (
        text(f"{prefix}_name", f"Nama {role}", 100),
        pattern(f"{prefix}_nip", f"NIP {role}", NIP_PATTERN, NIP_HINT, max_length=21),
        text(f"{prefix}_position", f"Jabatan {role}", 120, required=default_position is None,
             default=default_position),
    )


def optional_signer_fields(prefix: str, role: str, default_position: str) -> tuple[Field, ...]:
    """Like `signer_fields` for someone who may also sign (e.g. `Mengetahui,`): name and NIP
    may both be left out; `signer_given(prefix)` refuses one without the other."""
    return (
        text(f"{prefix}_name", f"Nama {role}", 100, required=False),
        pattern(f"{prefix}_nip", f"NIP {role}", NIP_PATTERN, NIP_HINT, max_length=21,
                required=False),
        text(f"{prefix}_position", f"Jabatan {role}", 120, required=False,
             default=default_position),
    )


def signer_given(prefix: str) -> Check:
    """The check of `optional_signer_fields(prefix, ...)`: a name needs its NIP and a NIP its
    name (an official paper never shows a signature block without both)."""

    def check(template: DocumentTemplate, data: Mapping[str, Any]) -> None:
        name, nip = f"{prefix}_name", f"{prefix}_nip"
        for given, missing in ((name, nip), (nip, name)):
            if data[given] and not data[missing]:
                raise refuse(template.title, missing, template.field(missing).label, MISSING,
                             f"{given} given without {missing}")

    return check

