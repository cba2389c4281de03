"""ORM rows as JSON objects and back, as decision 0009 sends them: dates ISO, datetimes ISO 8601
with offset, bytes base64; every column by its name."""

from __future__ import annotations

import base64
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any, Protocol, TypeVar

from sqlalchemy import Date, LargeBinary, inspect

from app.store.models import Base, UtcDateTime


def row_to_json(row: Base) -> dict[str, Any]:
    """Every column of `row` (by column name) as a JSON-ready value."""
    return {column.key: _to_json(getattr(row, column.key))
            for column in inspect(row).mapper.column_attrs}


def _to_json(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def json_to_columns(model: type[Base], data: Mapping[str, Any]) -> dict[str, Any]:
    """The values of `data` for the columns of `model`, typed for it; keys the model does not
    have are left out (a newer sender may add columns)."""
    values: dict[str, Any] = {}
    for attr in inspect(model).column_attrs:
        if attr.key in data:
            values[attr.key] = _from_json(attr.columns[0].type, data[attr.key])
    return values


def _from_json(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(kind, UtcDateTime):
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None:
            raise ValueError(f"datetime without offset: {value!r}")
        return moment.astimezone(UTC)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, LargeBinary):
        return base64.b64decode(value)
    return value


class _Payloaded(Protocol):
    payload: str


Row = TypeVar("Row", bound=_Payloaded)


def within_bytes(rows: Sequence[Row], limit: int) -> Sequence[Row]:
    """The first `rows` whose payloads fit in `limit` characters, at least one: a push batch or
    a pull page of scanned case attachments stays a reasonable request."""
    total = 0
    for index, row in enumerate(rows):
        total += len(row.payload)
        if total > limit and index > 0:
            return rows[:index]
    return rows
