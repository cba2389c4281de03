"""Reading and maintaining reference values (fees, thresholds) with their effective dates."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.auth.permissions import Actor, Permission, require
from app.domain.sla import OfficeHours
from app.errors import NotFoundError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.reference_defaults import CLOSED, DEFAULTS, NUMBER_PATTERN_KEY
from app.services.base import ServiceContext
from app.store.counter_models import ReferenceValue

INTEGER_UNITS = ("rupiah", "days", "hours", "months", "years")
NUMBER_PATTERN_FIELDS = ("seq", "year")  # a pattern without them would repeat its numbers


@dataclass(frozen=True)
class ReferenceInfo:
    key: str
    value: str
    unit: str
    legal_basis: str
    effective_from: date
    needs_confirmation: bool


class ReferenceService:
    """Values by key as in force on a day. Cached; the cache is dropped on every change."""

    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context
        self._cache: dict[str, list[ReferenceInfo]] | None = None
        self._lock = threading.Lock()
        self.generation = 0  # bumped by `invalidate`: caches built from reference data compare

    def _rows(self) -> dict[str, list[ReferenceInfo]]:
        with self._lock:
            if self._cache is None:
                with self._ctx.store.read() as session:
                    rows = session.execute(select(ReferenceValue).order_by(
                        ReferenceValue.key, ReferenceValue.effective_from)).scalars()
                    cache: dict[str, list[ReferenceInfo]] = {}
                    for r in rows:
                        cache.setdefault(r.key, []).append(ReferenceInfo(
                            r.key, r.value, r.unit, r.legal_basis, r.effective_from,
                            r.needs_confirmation))
                self._cache = cache
            return self._cache

    def invalidate(self) -> None:
        """Drop the cache: the values changed in the store (set here, or pulled by sync)."""
        with self._lock:
            self._cache = None
            self.generation += 1

    def get(self, key: str, on: date) -> ReferenceInfo:
        """The value of `key` in force on `on`.

        Raises:
            NotFoundError: no value of `key` is in force on that day.
        """
        in_force = [r for r in self._rows().get(key, ()) if r.effective_from <= on]
        if not in_force:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("gapura", "Data referensi '{key}' belum diisi untuk tanggal "
                                  "{day}. Minta Admin TIK melengkapinya."),
                detail=f"no reference value {key} on {on}", key=key, day=on.isoformat())
        return in_force[-1]

    def integer(self, key: str, on: date) -> int:
        return int(self.get(key, on).value)

    def all_values(self) -> list[ReferenceInfo]:
        return [r for rows in self._rows().values() for r in rows]

    def ensure_defaults(self, actor: Actor) -> int:
        """Write the shipped defaults that the store lacks; returns how many were added."""
        with self._ctx.change(actor, Permission.ADMIN_ACCESS) as uow:
            present = set(uow.session.execute(
                select(ReferenceValue.key, ReferenceValue.effective_from)).all())
            added = [d for d in DEFAULTS if (d.key, d.effective_from) not in present]
            for d in added:
                uow.session.add(ReferenceValue(
                    key=d.key, effective_from=d.effective_from, value=d.value, unit=d.unit,
                    legal_basis=d.legal_basis, needs_confirmation=d.confirm, note=d.note))
            if added:
                uow.audit("reference.defaults_added", "reference", "defaults",
                          after={"keys": sorted({d.key for d in added})})
        if added:
            self.invalidate()
        return len(added)

    def set_value(self, actor: Actor, key: str, value: str, effective_from: date,
                  legal_basis: str, note: str = "") -> ReferenceInfo:
        """Set `key` to `value` from `effective_from` on (the row of that day is replaced;
        earlier days keep their values). The value is checked for its unit (a whole number of
        Rupiah, days, hours, months; a numbering pattern that formats and numbers uniquely);
        the admin's legal basis is required, and the value no longer waits for confirmation.

        Raises:
            PermissionDenied: the actor may not manage reference data.
            ValidationError: unknown key, malformed value or no legal basis; names the key.
        """
        require(actor, Permission.REFERENCE_MANAGE)  # before saying anything about the key
        value, legal_basis = value.strip(), legal_basis.strip()
        unit = self._unit_of(key)
        self._check_value(key, unit, value)
        if not legal_basis:
            raise ValidationError(QT_TRANSLATE_NOOP("gapura", "Tuliskan dasar hukum atau dasar "
                                             "keputusan untuk '{key}'."),
                           f"{key}: no legal basis", key=key)
        with self._ctx.change(actor, Permission.REFERENCE_MANAGE) as uow:
            row = uow.session.get(ReferenceValue, (key, effective_from))
            before = {"value": row.value, "legal_basis": row.legal_basis} if row else None
            if row is None:
                row = ReferenceValue(key=key, effective_from=effective_from, unit=unit)
                uow.session.add(row)
            row.value, row.legal_basis, row.note = value, legal_basis, note.strip()
            row.needs_confirmation = False
            after = {"value": value, "effective_from": effective_from.isoformat(),
                     "legal_basis": legal_basis}
            uow.audit("reference.value_set", "reference", key, before=before, after=after)
            uow.outbox("reference_value", key, "upsert", after)
        self.invalidate()
        return ReferenceInfo(key, value, unit, legal_basis, effective_from, False)

    def _unit_of(self, key: str) -> str:
        known = {d.key: d.unit for d in DEFAULTS}
        for rows in self._rows().values():
            known.update({r.key: r.unit for r in rows})
        if key in known:
            return known[key]
        if key.startswith(NUMBER_PATTERN_KEY + "."):
            from printing.registry import TEMPLATES  # reportlab loads only for this check

            if key[len(NUMBER_PATTERN_KEY) + 1:] in TEMPLATES:
                return "pattern"
        raise ValidationError(QT_TRANSLATE_NOOP("gapura", "Data referensi '{key}' tidak dikenal."),
                       f"unknown reference key {key}", key=key)

    @staticmethod
    def _check_value(key: str, unit: str, value: str) -> None:
        if unit in INTEGER_UNITS and not (value.isascii() and value.isdigit()):
            raise ValidationError(QT_TRANSLATE_NOOP("gapura", "Nilai '{key}' harus bilangan bulat "
                                             "tanpa titik atau Rp, misalnya 1000000."),
                           f"{key}: {value!r} is not a whole number", key=key)
        if unit == "office_hours":
            _check_office_hours(key, value)
            return
        if unit != "pattern":
            return
        from app.services.documents import format_number

        # A pattern must format (its fields named right) and tell every number apart.
        format_number(value, key, prefix="STP", office="KANIM", year=2026, month="01", seq=1)
        missing = [f for f in NUMBER_PATTERN_FIELDS if "{" + f not in value]
        if missing:
            raise ValidationError(QT_TRANSLATE_NOOP("gapura", "Pola nomor '{key}' harus memuat "
                                             "{fields}, agar tidak ada dua dokumen bernomor "
                                             "sama."),
                           f"{key}: pattern without {missing}", key=key,
                           fields=", ".join("{" + f + "}" for f in missing))


def _check_office_hours(key: str, value: str) -> None:
    if value == CLOSED:
        return
    try:
        OfficeHours.parse(value)
    except ValueError as error:
        raise ValidationError(QT_TRANSLATE_NOOP("gapura", "Jam kerja '{key}' harus ditulis "
                                                "JJ:MM-JJ:MM, misalnya 08:00-16:00, atau "
                                                "'tutup'."),
                              f"{key}: {value!r}: {error}", key=key) from error
