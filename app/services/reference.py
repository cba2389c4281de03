"""Reading and maintaining reference values (fees, thresholds) with their effective dates."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.auth.permissions import Actor, Permission
from app.errors import NotFoundError
from app.i18n import QT_TRANSLATE_NOOP
from app.reference_defaults import DEFAULTS
from app.services.base import ServiceContext
from app.store.counter_models import ReferenceValue


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
            with self._lock:
                self._cache = None
        return len(added)
