"""Registers as CSV: the same validated rows a register prints, for a spreadsheet.

A register template declares its table (`base.RegisterTable`); `to_csv` validates the data as
`registry.render` would, then writes one line per row: UTF-8 with a byte-order mark and `;`
between fields, as Excel set to Indonesian opens it. Values stay plain so Excel can sum them:
amounts in whole Rupiah without `Rp` or dots, times in the office's zone as `25-11-2026 07:20`,
dates as `25-11-2026`, yes/no as `Ya`/`Tidak`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from printing.base import DocumentTemplate
from printing.registry import get_template, templates


def register_templates() -> tuple[DocumentTemplate, ...]:
    """The templates that are registers (they declare a table)."""
    return tuple(t for t in templates() if t.table is not None)


def to_csv(code: str, data: Mapping[str, Any], timezone: str) -> str:
    """The rows of register `code` filled with `data`, as CSV text (BOM included).

    Raises:
        UnknownDocumentError: no template has this code.
        DocumentDataError: the data is not valid for the register; the message names the field.
        ValueError: the template is not a register (a programming error).
    """
    template = get_template(code)
    if template.table is None:
        raise ValueError(f"{code} is not a register")
    clean = template.validate(data)
    zone = ZoneInfo(timezone)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["No.", *(c.header for c in template.table.columns)])
    for index, row in enumerate(clean[template.table.rows], 1):
        writer.writerow([index, *(_cell(c.value(row), zone) for c in template.table.columns)])
    return "\ufeff" + out.getvalue()


def _cell(value: Any, zone: ZoneInfo) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    if isinstance(value, datetime):
        return value.astimezone(zone).strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return str(value)
