"""What a document template is, and what its build step gets to work with."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from functools import cached_property
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from app.i18n import QT_TRANSLATE_NOOP
from printing import formatting
from printing.pages import PageSize
from printing.qr import qr_payload
from printing.schema import (
    MISSING,
    DocumentDataError,
    Field,
    check_declarations,
    choice,
    date_field,
    integer,
    pattern,
    refuse,
    rows,
    text,
    validate,
)

if TYPE_CHECKING:
    from app.services.offices import OfficeInfo

NIP_PATTERN = r"\d{8} ?\d{6} ?\d ?\d{3}"
NIP_HINT = "NIP 18 angka, misalnya 19770626 199703 1 001"
DOCUMENT_NUMBER_PATTERN = r"[A-Z0-9]{5,20}"
DOCUMENT_NUMBER_HINT = "5 sampai 20 huruf besar atau angka, tanpa spasi"
BILLING_CODE_PATTERN = r"\d{15}"
BILLING_CODE_HINT = "15 angka"
# Nomor Transaksi Penerimaan Negara: the proof a bank or post office gives for a paid billing.
NTPN_PATTERN = r"[A-Z0-9]{16}"
NTPN_HINT = "NTPN 16 huruf besar atau angka, tanpa spasi"
SEXES = ("Laki-laki", "Perempuan")
# The default position of whoever signs for the office; printed as `KEPALA KANTOR IMIGRASI ...`.
HEAD_OF_OFFICE = "Kepala Kantor"

ENDS_BEFORE_START = QT_TRANSLATE_NOOP(
    "gapura", "{label} ({field}) pada {document} tidak boleh sebelum tanggal {start}.")
TOTAL_MISMATCH = QT_TRANSLATE_NOOP(
    "gapura", "{label} ({field}) pada {document} tidak sama dengan hasil penjumlahan daftar "
              "({expected}).")


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
    seal: str | None = None  # the signed payload (printing.seal), when the office signs

    @cached_property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.office.timezone)

    @cached_property
    def local_issued_at(self) -> datetime:
        return formatting.to_local(self.issued_at, self.zone)

    @property
    def qr_payload(self) -> str:
        return self.seal or qr_payload(self.number, self.verify_url)

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

    def register_day(self) -> date | None:
        """The one day a register (`period_fields`) covers, or None when it spans several."""
        first, last = self.data["day"], self.data["until"]
        return first if last is None or last == first else None

    def zone_on(self, day: date) -> str:
        """`WIB`: the office's zone on `day`, named once in a register's column header."""
        return formatting.zone_name(self.local(datetime.combine(day, time(12), tzinfo=UTC)))

    def clock(self, moment: datetime, day: date | None) -> str:
        """`07.20`; with its day and month, `23.50 (24/11)`, when `moment` falls on another day
        than the register's `day` in the office's zone (the column is narrow), or always when
        `day` is None (a register over several days)."""
        local = self.local(moment)
        hour = f"{local.hour:02d}.{local.minute:02d}"
        return hour if local.date() == day else f"{hour} ({local.day}/{local.month})"


def optional_date(value: date | None) -> str | None:
    return formatting.format_date(value) if value else None


Check = Callable[["DocumentTemplate", Mapping[str, Any]], None]


@dataclass(frozen=True)
class Column:
    """One column of a register's table as exported to CSV: its header and its raw value
    (text, number, date, aware datetime, bool or None) taken from one row of the data."""

    header: str
    value: Callable[[Mapping[str, Any]], Any]


@dataclass(frozen=True)
class RegisterTable:
    """What a register lists, for the CSV export: the ROWS field and its columns."""

    rows: str
    columns: tuple[Column, ...]


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
        holder: the field holding the name of the person or party the paper is about; the
            seal carries it, and verification finds it on the paper.
        table: for a register, its rows and their columns, so the same data exports as CSV.
    """

    code: str
    title: str
    page: PageSize
    fields: tuple[Field, ...]
    build: Callable[[RenderContext], Output]
    checks: tuple[Check, ...] = ()
    holder: str | None = None  # the field naming whom the paper is about (its seal says so)
    table: RegisterTable | None = None  # registers only: their rows as CSV columns

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



def period_fields(label: str) -> tuple[Field, ...]:
    """The days a register covers: `day` (its first, or only, day) and `until` (its last,
    when it spans several). `period_in_order` refuses a period that ends before it starts."""
    return (date_field("day", label), date_field("until", "Sampai dengan tanggal",
                                                 required=False))


def register_fields(entries: Field, totals: Mapping[str, str], *, preparer: str,
                    approver: str, approver_role: str = "pejabat yang mengetahui",
                    day_label: str = "Tanggal register",
                    preparer_role: str = "pembuat register") -> tuple[Field, ...]:
    """The fields every register has: its period (`period_fields`), its rows `entries`, its
    sums (field name -> label; each may be left out, and `totals_agree` checks one given),
    notes, the preparer who signs (default position `preparer`) and the approver who may
    (`approver`; `signer_given("approver")` checks the pair); `layout.register_ending` prints
    the last three."""
    return (*period_fields(day_label), entries,
            *(integer(name, label, minimum=0, required=False) for name, label in totals.items()),
            text("notes", "Keterangan", 1500, required=False, multiline=True),
            *signer_fields("preparer", preparer_role, preparer),
            *optional_signer_fields("approver", approver_role, approver))


def not_before(template: DocumentTemplate, name: str, value: date | None,
               start: date | None) -> None:
    """Refuse field `name` when its `value` is a day before `start` (an end before its
    beginning); nothing to check when either is missing."""
    if value is not None and start is not None and value < start:
        raise refuse(template.title, name, template.field(name).label, ENDS_BEFORE_START,
                     f"{name} {value} before {start}", start=formatting.format_date(start))


def period_in_order(template: DocumentTemplate, data: Mapping[str, Any]) -> None:
    not_before(template, "until", data["until"], data["day"])


# A check sees no office, so no zone: Indonesia's westernmost zone (WIB) gives the earliest day
# a moment can fall on at any office, its easternmost (WIT) the latest. A check that compares
# with the one that can't refuse a valid paper wrongly is at most a day lenient.
_WIB = timezone(timedelta(hours=7))
_WIT = timezone(timedelta(hours=9))


def earliest_day(moment: datetime) -> date:
    """The earliest day `moment` can fall on at any Indonesian office (its day in WIB)."""
    return moment.astimezone(_WIB).date()


def latest_day(moment: datetime) -> date:
    """The latest day `moment` can fall on at any Indonesian office (its day in WIT)."""
    return moment.astimezone(_WIT).date()


def dated(value: date | None) -> str:
    """` tanggal 25 November 2026` after a reference's number, or nothing without a date."""
    return f" tanggal {formatting.format_date(value)}" if value else ""


def foreigner_fields(prefix: str, role: str, *, passport_required: bool = True
                     ) -> tuple[Field, ...]:
    """Identity of a foreigner a paper is about (a detainee, a deportee): `{prefix}_name`,
    `_birth_place`, `_birth_date`, `_sex`, `_nationality`, `_passport_number`, `_address`.
    Printed by `layout.foreigner_rows(data, prefix)`; a detainee may hold no travel document
    (UU 6/2011 pasal 83 ayat (1) huruf b), a deportee always leaves with one (a passport or
    an SPLP)."""
    return (
        text(f"{prefix}_name", f"Nama {role}", 100),
        text(f"{prefix}_birth_place", f"Tempat lahir {role}", 60, required=False),
        date_field(f"{prefix}_birth_date", f"Tanggal lahir {role}"),
        choice(f"{prefix}_sex", f"Jenis kelamin {role}", SEXES),
        text(f"{prefix}_nationality", f"Kewarganegaraan {role}", 60),
        pattern(f"{prefix}_passport_number", f"Nomor paspor/dokumen perjalanan {role}",
                DOCUMENT_NUMBER_PATTERN, DOCUMENT_NUMBER_HINT, max_length=20,
                required=passport_required),
        text(f"{prefix}_address", f"Alamat {role} di Indonesia", 250, required=False),
    )


def officer_rows(name: str, label: str, *, max_items: int, required: bool = True) -> Field:
    """Officers an order names or who carry out a record: rows of `name`, `nip`, `rank`
    (pangkat/golongan, may be left out) and `position`."""
    return rows(name, label, (
        text("name", "Nama", 100),
        pattern("nip", "NIP", NIP_PATTERN, NIP_HINT, max_length=21),
        text("rank", "Pangkat/golongan", 60, required=False),
        text("position", "Jabatan", 120),
    ), max_items=max_items, required=required)


def witness_rows(*, required: bool = False) -> Field:
    """`witnesses`: up to three who witness a berita acara and sign it."""
    return rows("witnesses", "Saksi", (
        text("name", "Nama", 100),
        text("id_number", "NIP/NRP", 30, required=False),
        text("position", "Jabatan", 120, required=False),
    ), max_items=3, required=required)


def refuse_row(template: DocumentTemplate, rows_name: str, index: int, column: str,
               message: str, detail: str, **params: Any) -> DocumentDataError:
    """A `DocumentDataError` for one cell of a ROWS field, named as validation names it:
    `entries[1].amount`, `Daftar ... baris 2: Jumlah`."""
    table = template.field(rows_name)
    cell = next(f for f in table.fields if f.name == column)
    return refuse(template.title, f"{rows_name}[{index}].{column}",
                  f"{table.label} baris {index + 1}: {cell.label}", message, detail, **params)


def totals_agree(totals: Callable[[Mapping[str, Any]], Mapping[str, int]],
                 show: Callable[[str, int], str] = lambda name, value: str(value)) -> Check:
    """The check of a register's total fields: each one given equals the sum `totals(data)`
    computes from the rows under the field's name (a register must never show two sums);
    `show(name, sum)` writes the expected sum in the message."""

    def check(template: DocumentTemplate, data: Mapping[str, Any]) -> None:
        for name, expected in totals(data).items():
            given = data[name]
            if given is not None and given != expected:
                raise refuse(template.title, name, template.field(name).label, TOTAL_MISMATCH,
                             f"{name} {given} != {expected} from the rows",
                             expected=show(name, expected))

    return check


def charge_rows(*, max_items: int = 20) -> Field:
    """`items`: what a slip bills or a receipt acknowledges, rows of `description`, `quantity`,
    `unit` and `rate` (whole Rupiah per unit). Printed by `layout.charges_grid`; a `total`
    field given with them is checked by `charges_agree`."""
    return rows("items", "Rincian biaya", (
        text("description", "Uraian", 200),
        integer("quantity", "Jumlah", minimum=1, maximum=100_000),
        text("unit", "Satuan", 20),
        integer("rate", "Tarif per satuan", minimum=0, maximum=10**12),
    ), max_items=max_items)


def charges_total(items: Sequence[Mapping[str, Any]]) -> int:
    """The sum of the rows of `charge_rows()`: each quantity times its rate."""
    return sum(item["quantity"] * item["rate"] for item in items)


# The check of a `total` given with `charge_rows()`: it equals the items' sum (a slip or a
# receipt must never show two sums).
charges_agree = totals_agree(lambda data: {"total": charges_total(data["items"])},
                             lambda name, amount: formatting.format_money(amount))
