"""Input schemas of document templates, declared as data, and the validation that runs first.

A template lists its fields (`text(...)`, `date_field(...)`, `rows(...)`, ...). `validate()` turns
the caller's mapping into clean values or refuses it with a `DocumentDataError` that names the
field, in Indonesian for the officer and in English for the log.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from PIL import Image, UnidentifiedImageError

from app.errors import GapuraError
from app.i18n import QT_TRANSLATE_NOOP

MISSING = QT_TRANSLATE_NOOP(
    "gapura", "Data {document} belum lengkap: {label} ({field}) wajib diisi.")
WRONG_TYPE = QT_TRANSLATE_NOOP(
    "gapura", "{label} ({field}) pada {document} harus berupa {expected}.")
NAIVE_TIME = QT_TRANSLATE_NOOP(
    "gapura", "{label} ({field}) pada {document} harus menyertakan zona waktu.")
ONE_LINE = QT_TRANSLATE_NOOP(
    "gapura", "{label} ({field}) pada {document} harus ditulis dalam satu baris.")
TOO_LONG = QT_TRANSLATE_NOOP(
    "gapura", "{label} ({field}) pada {document} terlalu panjang: {length} karakter, "
              "paling banyak {max_length}.")
NOT_A_CHOICE = QT_TRANSLATE_NOOP(
    "gapura", "{label} ({field}) pada {document} harus salah satu dari: {choices}.")
BAD_FORMAT = QT_TRANSLATE_NOOP(
    "gapura", "{label} ({field}) pada {document} tidak sesuai format: {hint}.")
TOO_SMALL = QT_TRANSLATE_NOOP(
    "gapura", "{label} ({field}) pada {document} paling sedikit {minimum}.")
TOO_LARGE = QT_TRANSLATE_NOOP(
    "gapura", "{label} ({field}) pada {document} paling banyak {maximum}.")
TOO_MANY = QT_TRANSLATE_NOOP(
    "gapura", "{label} ({field}) pada {document} paling banyak {max_items} isian.")
UNKNOWN_FIELD = QT_TRANSLATE_NOOP(
    "gapura", "Kolom {field} tidak dikenal untuk {document}. Periksa nama kolomnya.")

# What a field must be, in the words of WRONG_TYPE.
EXPECTED = {
    "text": QT_TRANSLATE_NOOP("gapura", "teks"),
    "int": QT_TRANSLATE_NOOP("gapura", "bilangan bulat"),
    "bool": QT_TRANSLATE_NOOP("gapura", "ya atau tidak"),
    "date": QT_TRANSLATE_NOOP("gapura", "tanggal (TTTT-BB-HH)"),
    "datetime": QT_TRANSLATE_NOOP("gapura", "tanggal dan waktu"),
    "text_list": QT_TRANSLATE_NOOP("gapura", "daftar teks"),
    "rows": QT_TRANSLATE_NOOP("gapura", "daftar baris"),
    "image": QT_TRANSLATE_NOOP("gapura", "gambar PNG atau JPEG"),
}
# The image formats an IMAGE field takes, as Pillow names them.
IMAGE_FORMATS = ("PNG", "JPEG")


class DocumentDataError(GapuraError):
    """The data given for a document is missing a field or holds a malformed one."""

    @property
    def field(self) -> str:
        """The field's key path, e.g. `holder_name` or `items[1].rate`."""
        return str(self.params.get("field", ""))


class FieldType(StrEnum):
    TEXT = "text"
    INT = "int"
    BOOL = "bool"
    DATE = "date"
    DATETIME = "datetime"
    TEXT_LIST = "text_list"
    ROWS = "rows"
    IMAGE = "image"


@dataclass(frozen=True)
class Field:
    """One input of a template.

    Attributes:
        name: key in the data mapping.
        label: Indonesian name shown in errors (and usually on the page).
        type: what the value must be.
        required: refuse the data when the value is missing or empty.
        default: used when the value is missing (only for optional fields).
        max_length: longest text (TEXT, each item of TEXT_LIST).
        choices: the only texts allowed.
        pattern: regular expression a text must match in full; `hint` describes it.
        multiline: a TEXT may hold line breaks.
        minimum, maximum: bounds of an INT.
        max_items: most items of a TEXT_LIST or ROWS.
        fields: the columns of each row of ROWS.
    """

    name: str
    label: str
    type: FieldType = FieldType.TEXT
    required: bool = True
    default: Any = None
    max_length: int | None = None
    choices: tuple[str, ...] = ()
    pattern: str | None = None
    hint: str = ""
    multiline: bool = False
    minimum: int | None = None
    maximum: int | None = None
    max_items: int | None = None
    fields: tuple[Field, ...] = ()

    def __post_init__(self) -> None:
        # Declarations are checked once, at import, so a template can't ship half-declared.
        problems = []
        if not re.fullmatch(r"[a-z][a-z0-9_]*", self.name):
            problems.append("name must be snake_case")
        if self.required and self.default is not None:
            problems.append("a required field has no default")
        if self.type is FieldType.ROWS and not self.fields:
            problems.append("ROWS needs its row fields")
        if self.fields and self.type is not FieldType.ROWS:
            problems.append("only ROWS has row fields")
        if (self.choices or self.pattern or self.multiline) and self.type is not FieldType.TEXT:
            problems.append("choices, pattern and multiline are for TEXT")
        if self.pattern and not self.hint:
            problems.append("a pattern needs a hint for the officer")
        if problems:
            raise ValueError(f"field {self.name!r}: {'; '.join(problems)}")


def text(name: str, label: str, max_length: int, *, required: bool = True,
         default: str | None = None, multiline: bool = False) -> Field:
    return Field(name, label, FieldType.TEXT, required, default, max_length=max_length,
                 multiline=multiline)


def choice(name: str, label: str, choices: Sequence[str], *, required: bool = True,
           default: str | None = None) -> Field:
    return Field(name, label, FieldType.TEXT, required, default, choices=tuple(choices))


def pattern(name: str, label: str, regex: str, hint: str, *, max_length: int,
            required: bool = True) -> Field:
    return Field(name, label, FieldType.TEXT, required, max_length=max_length, pattern=regex,
                 hint=hint)


def integer(name: str, label: str, *, minimum: int | None = None, maximum: int | None = None,
            required: bool = True, default: int | None = None) -> Field:
    return Field(name, label, FieldType.INT, required, default, minimum=minimum, maximum=maximum)


def flag(name: str, label: str, *, default: bool = False) -> Field:
    return Field(name, label, FieldType.BOOL, required=False, default=default)


def date_field(name: str, label: str, *, required: bool = True) -> Field:
    return Field(name, label, FieldType.DATE, required)


def datetime_field(name: str, label: str, *, required: bool = True) -> Field:
    return Field(name, label, FieldType.DATETIME, required)


def image_field(name: str, label: str, *, required: bool = False) -> Field:
    """A picture (a holder's photo) given as the bytes of a PNG or JPEG file."""
    return Field(name, label, FieldType.IMAGE, required)


def text_list(name: str, label: str, *, max_length: int, max_items: int,
              required: bool = False) -> Field:
    return Field(name, label, FieldType.TEXT_LIST, required, max_length=max_length,
                 max_items=max_items)


def rows(name: str, label: str, fields: Sequence[Field], *, max_items: int,
         required: bool = True) -> Field:
    return Field(name, label, FieldType.ROWS, required, max_items=max_items, fields=tuple(fields))


def check_declarations(fields: Sequence[Field], where: str) -> None:
    """Refuse duplicate field names (also inside rows); `where` names the template."""
    names = [f.name for f in fields]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise ValueError(f"{where}: duplicate fields {duplicates}")
    for f in fields:
        if f.fields:
            check_declarations(f.fields, f"{where}.{f.name}")


@dataclass(frozen=True)
class _Where:
    """Where a value sits, for messages: the document, the key path and the label."""

    document: str
    path: str
    label: str

    def refuse(self, message: str, detail: str, **params: Any) -> DocumentDataError:
        return DocumentDataError(message, f"{self.path}: {detail}", document=self.document,
                                 field=self.path, label=self.label, **params)

    def child(self, f: Field, prefix: str = "", label_prefix: str = "") -> _Where:
        return _Where(self.document, f"{prefix}{f.name}", f"{label_prefix}{f.label}")


def validate(fields: Sequence[Field], data: Mapping[str, Any], document: str) -> dict[str, Any]:
    """Check `data` against `fields` and return the clean values (defaults filled in).

    Args:
        fields: the template's declaration.
        data: what the caller gave.
        document: the document's title, for messages.

    Raises:
        DocumentDataError: a field is missing, unknown or malformed; it names the field.
    """
    return _validate_mapping(fields, data, _Where(document, "", ""), "", "")


def _validate_mapping(fields: Sequence[Field], data: Mapping[str, Any], where: _Where,
                      prefix: str, label_prefix: str) -> dict[str, Any]:
    known = {f.name for f in fields}
    for key in data:
        if key not in known:
            path = f"{prefix}{key}"
            raise DocumentDataError(UNKNOWN_FIELD, f"{path}: not a field of this document",
                                    document=where.document, field=path)
    return {f.name: _validate_value(f, data.get(f.name), where.child(f, prefix, label_prefix))
            for f in fields}


def _is_empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return isinstance(value, list | tuple | bytes) and not value


def _validate_value(f: Field, value: Any, where: _Where) -> Any:
    if _is_empty(value):
        if f.required:
            raise where.refuse(MISSING, "missing")
        if f.default is not None:
            return f.default
        return () if f.type in (FieldType.TEXT_LIST, FieldType.ROWS) else None
    return _CHECKS[f.type](f, value, where)


def _wrong_type(f: Field, value: Any, where: _Where,
                kind: FieldType | None = None) -> DocumentDataError:
    kind = kind or f.type
    return where.refuse(WRONG_TYPE, f"expected {kind.value}, got {type(value).__name__}",
                        expected=EXPECTED[kind.value])


def _check_text(f: Field, value: Any, where: _Where) -> str:
    if not isinstance(value, str):
        raise _wrong_type(f, value, where, FieldType.TEXT)
    value = value.strip()
    if not f.multiline and ("\n" in value or "\r" in value):
        raise where.refuse(ONE_LINE, "line break in a one-line field")
    if f.choices and value not in f.choices:
        raise where.refuse(NOT_A_CHOICE, f"{value!r} not in {f.choices}",
                           choices=", ".join(f.choices))
    if f.max_length is not None and len(value) > f.max_length:
        raise where.refuse(TOO_LONG, f"{len(value)} characters > {f.max_length}",
                           length=len(value), max_length=f.max_length)
    if f.pattern and not re.fullmatch(f.pattern, value):
        raise where.refuse(BAD_FORMAT, f"{value!r} does not match {f.pattern}", hint=f.hint)
    return value


def _check_int(f: Field, value: Any, where: _Where) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _wrong_type(f, value, where)
    if f.minimum is not None and value < f.minimum:
        raise where.refuse(TOO_SMALL, f"{value} < {f.minimum}", minimum=f.minimum)
    if f.maximum is not None and value > f.maximum:
        raise where.refuse(TOO_LARGE, f"{value} > {f.maximum}", maximum=f.maximum)
    return value


def _check_bool(f: Field, value: Any, where: _Where) -> bool:
    if not isinstance(value, bool):
        raise _wrong_type(f, value, where)
    return value


def _check_date(f: Field, value: Any, where: _Where) -> date:
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value.strip())
        except ValueError:
            raise _wrong_type(f, value, where) from None
    # A datetime is a date too, but which day it is depends on the zone: refuse it.
    if isinstance(value, datetime) or not isinstance(value, date):
        raise _wrong_type(f, value, where)
    return value


def _check_datetime(f: Field, value: Any, where: _Where) -> datetime:
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            raise _wrong_type(f, value, where) from None
    if not isinstance(value, datetime):
        raise _wrong_type(f, value, where)
    if value.tzinfo is None or value.utcoffset() is None:
        raise where.refuse(NAIVE_TIME, "naive datetime")
    return value


def _check_image(f: Field, value: Any, where: _Where) -> bytes:
    if not isinstance(value, bytes):
        raise _wrong_type(f, value, where)
    try:
        with Image.open(io.BytesIO(value)) as image:
            kind = image.format
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError,
            Image.DecompressionBombError) as error:
        raise where.refuse(WRONG_TYPE, f"unreadable image: {error}",
                           expected=EXPECTED[f.type.value]) from None
    if kind not in IMAGE_FORMATS:
        raise where.refuse(WRONG_TYPE, f"image format {kind} not in {IMAGE_FORMATS}",
                           expected=EXPECTED[f.type.value])
    return value


def _check_count(f: Field, value: Any, where: _Where) -> None:
    if not isinstance(value, list | tuple):
        raise _wrong_type(f, value, where)
    if f.max_items is not None and len(value) > f.max_items:
        raise where.refuse(TOO_MANY, f"{len(value)} items > {f.max_items}",
                           max_items=f.max_items)


def _check_text_list(f: Field, value: Any, where: _Where) -> tuple[str, ...]:
    _check_count(f, value, where)
    items = []
    for index, item in enumerate(value):
        item_where = _Where(where.document, f"{where.path}[{index}]",
                            f"{where.label} nomor {index + 1}")
        if _is_empty(item):
            raise item_where.refuse(MISSING, "empty item")
        items.append(_check_text(f, item, item_where))
    return tuple(items)


def _check_rows(f: Field, value: Any, where: _Where) -> tuple[dict[str, Any], ...]:
    _check_count(f, value, where)
    result = []
    for index, row in enumerate(value):
        row_where = _Where(where.document, f"{where.path}[{index}]",
                           f"{where.label} baris {index + 1}")
        if not isinstance(row, Mapping):
            raise _wrong_type(f, row, row_where)
        result.append(_validate_mapping(f.fields, row, row_where, f"{row_where.path}.",
                                        f"{row_where.label}: "))
    return tuple(result)


_CHECKS: dict[FieldType, Callable[[Field, Any, _Where], Any]] = {
    FieldType.TEXT: _check_text,
    FieldType.INT: _check_int,
    FieldType.BOOL: _check_bool,
    FieldType.DATE: _check_date,
    FieldType.DATETIME: _check_datetime,
    FieldType.TEXT_LIST: _check_text_list,
    FieldType.ROWS: _check_rows,
    FieldType.IMAGE: _check_image,
}


def refuse(document: str, field: str, label: str, message: str, detail: str,
           **params: Any) -> DocumentDataError:
    """A `DocumentDataError` for a cross-field check of a template."""
    return _Where(document, field, label).refuse(message, detail, **params)
