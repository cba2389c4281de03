"""Holidays and cuti bersama as reference data, and the office's work calendar built from them."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from sqlalchemy import extract, select

from app.auth.permissions import Actor, Permission, require
from app.domain.sla import DEFAULT_OFFICE_HOURS, OfficeHours, WorkCalendar
from app.errors import GapuraError, NotFoundError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.reference_defaults import CLOSED, OFFICE_HOURS_KEY, WEEKDAYS
from app.services.base import ServiceContext
from app.services.reference import ReferenceService
from app.store.sync_models import HOLIDAY_CUTI_BERSAMA, HOLIDAY_KINDS, HOLIDAY_NASIONAL, Holiday

log = logging.getLogger(__name__)

_CACHE_KEY = "work_calendar"


@dataclass(frozen=True)
class HolidayInfo:
    day: date
    name: str
    kind: str  # HOLIDAY_NASIONAL or HOLIDAY_CUTI_BERSAMA


@lru_cache(maxsize=8)
def packaged_holidays(years: tuple[int, ...]) -> tuple[HolidayInfo, ...]:
    """Indonesia's national holidays and cuti bersama for `years` as the `holidays` package
    knows them (Indonesian names; Islamic dates it has to estimate say "perkiraan")."""
    import holidays  # 0.2 s with the computation: only when a year is missing

    found = []
    for kind, category in ((HOLIDAY_NASIONAL, holidays.PUBLIC),
                           (HOLIDAY_CUTI_BERSAMA, holidays.GOVERNMENT)):
        calendar = holidays.country_holidays("ID", years=years, language="id",
                                             categories=(category,))
        found += [HolidayInfo(day, name, kind) for day, name in calendar.items()]
    return tuple(sorted(found, key=lambda h: (h.day, h.kind)))


class HolidayService:
    """The holidays table (filled by ensure_defaults, the admin and the server's sync feed) and
    the WorkCalendar that SLA due times are computed with."""

    def __init__(self, context: ServiceContext, reference: ReferenceService) -> None:
        self._ctx = context
        self._reference = reference
        self._lock = threading.Lock()

    # -- the work calendar ---------------------------------------------------------------

    def calendar(self, year_from: int, year_to: int) -> WorkCalendar:
        """The office's work calendar with the holidays of `year_from`..`year_to` and the
        office hours in force today. Cached until holidays or reference values change (here,
        through ReferenceService, or by a sync pull)."""
        key = (_CACHE_KEY, year_from, year_to)
        generation = self._reference.generation
        with self._lock:
            cached = self._ctx.cache.get(key)
            if cached is not None and cached[0] == generation:
                return cached[1]
        with self._ctx.store.read() as session:
            days = frozenset(session.scalars(select(Holiday.date).where(
                Holiday.date >= date(year_from, 1, 1), Holiday.date <= date(year_to, 12, 31))))
        built = WorkCalendar(self._ctx.config.timezone, days, self.office_hours())
        with self._lock:
            self._ctx.cache[key] = (generation, built)
        return built

    def office_hours(self) -> tuple[OfficeHours | None, ...]:
        """Office hours per weekday (Monday first) from reference data in force today; a
        weekday without a value keeps the default."""
        today = self._today()
        hours: list[OfficeHours | None] = []
        for index, day in enumerate(WEEKDAYS):
            try:
                value = self._reference.get(f"{OFFICE_HOURS_KEY}.{day}", today).value
            except NotFoundError:
                hours.append(DEFAULT_OFFICE_HOURS[index])
                continue
            hours.append(None if value == CLOSED else OfficeHours.parse(value))
        return tuple(hours)

    def invalidate(self) -> None:
        """Drop the cached calendars."""
        with self._lock:
            for key in [k for k in self._ctx.cache if isinstance(k, tuple) and k
                        and k[0] == _CACHE_KEY]:
                del self._ctx.cache[key]

    def _today(self) -> date:
        return self._ctx.clock().astimezone(self._ctx.config.timezone).date()

    # -- reading and maintaining holidays ------------------------------------------------

    def list(self, actor: Actor, year: int) -> list[HolidayInfo]:
        """The holidays and cuti bersama of `year`, by date. Every signed-in officer may read
        them (due times are shown to all)."""
        del actor  # no permission: the calendar is public
        with self._ctx.store.read() as session:
            rows = session.scalars(select(Holiday).where(
                extract("year", Holiday.date) == year).order_by(Holiday.date))
            return [HolidayInfo(r.date, r.name, r.kind) for r in rows]

    def add(self, actor: Actor, day: date, name: str,
            kind: str = HOLIDAY_NASIONAL) -> HolidayInfo:
        """Make `day` a holiday (or cuti bersama); one already on that day is replaced.

        Raises:
            PermissionDenied: the actor may not manage reference data.
            ValidationError: no name, or an unknown kind.
        """
        require(actor, Permission.REFERENCE_MANAGE)
        name = name.strip()
        if not name:
            raise ValidationError(QT_TRANSLATE_NOOP("gapura", "Nama hari libur wajib diisi."),
                                  "empty holiday name")
        if kind not in HOLIDAY_KINDS:
            raise ValidationError(QT_TRANSLATE_NOOP("gapura", "Jenis hari libur '{kind}' tidak "
                                                    "dikenal."),
                                  f"unknown holiday kind {kind!r}", kind=kind)
        with self._ctx.change(actor, Permission.REFERENCE_MANAGE) as uow:
            row = uow.session.get(Holiday, day)
            before = {"name": row.name, "kind": row.kind} if row else None
            if row is None:
                row = Holiday(date=day)
                uow.session.add(row)
            row.name, row.kind = name, kind
            after = {"date": day.isoformat(), "name": name, "kind": kind}
            uow.audit("holiday.set", "holiday", day.isoformat(), before=before, after=after)
            uow.outbox("holiday", day.isoformat(), "upsert", after)
        self.invalidate()
        return HolidayInfo(day, name, kind)

    def remove(self, actor: Actor, day: date) -> HolidayInfo:
        """Make `day` an ordinary day again.

        Raises:
            PermissionDenied: the actor may not manage reference data.
            NotFoundError: no holiday on `day`.
        """
        with self._ctx.change(actor, Permission.REFERENCE_MANAGE) as uow:
            row = uow.session.get(Holiday, day)
            if row is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("gapura", "Tidak ada hari libur pada "
                                                      "{day}."),
                                    f"no holiday on {day}", day=day.isoformat())
            removed = HolidayInfo(day, row.name, row.kind)
            uow.session.delete(row)
            uow.audit("holiday.removed", "holiday", day.isoformat(),
                      before={"name": removed.name, "kind": removed.kind})
            uow.outbox("holiday", day.isoformat(), "delete", {"date": day.isoformat()})
        self.invalidate()
        return removed

    def ensure_defaults(self, actor: Actor) -> int:
        """Seed last year, this year and next year from the `holidays` package, each year
        that has no national holiday yet (so a holiday the admin removed stays removed);
        days already present are kept. Returns how many were added."""
        this_year = self._today().year
        years = range(this_year - 1, this_year + 2)
        with self._ctx.change(actor, Permission.ADMIN_ACCESS) as uow:
            seeded = set(uow.session.scalars(select(extract("year", Holiday.date)).where(
                Holiday.kind == HOLIDAY_NASIONAL).distinct()))
            missing = tuple(y for y in years if y not in seeded)
            if not missing:
                return 0
            try:
                known = packaged_holidays(missing)
            except (ImportError, NotImplementedError) as error:
                raise GapuraError(detail=f"holidays package: {error}") from error
            present = set(uow.session.scalars(select(Holiday.date).where(
                Holiday.date >= date(missing[0], 1, 1),
                Holiday.date <= date(missing[-1], 12, 31))))
            added = []
            for holiday in known:
                if holiday.day not in present:
                    present.add(holiday.day)  # a day both public and cuti bersama: public
                    added.append(holiday)
                    uow.session.add(Holiday(date=holiday.day, name=holiday.name,
                                            kind=holiday.kind))
            if added:
                uow.audit("holiday.defaults_added", "holiday", "defaults",
                          after={"years": list(missing), "count": len(added)})
        log.info("holidays: %d added for %s from the holidays package", len(added), missing)
        self.invalidate()
        return len(added)
