"""Reports and dashboards of the office (Laporan, issue 11 point 5): sections over any period.

A report is a list of **sections**. Each section (`ReportSection`) has a key, an Indonesian title,
an optional chart spec, and reads its table for a period with aggregate SQL in one read session
(`rows(session, scope)`); `SECTIONS` lists them in the order the screen shows them. A module
adds its section by writing one class and appending it (`register_section`), as detention and
complaints do after they merge.

Reading needs `REPORTS_VIEW` (section and office heads). A report leaving the application (PDF
through the document register, or CSV) is audited: the PDF is a numbered, sealed `laporan`
document in the print queue; the CSV is UTF-8 with a byte-order mark and `;` between fields
(Excel set to Indonesian reads `,` as the decimal separator), like `printing.registers`.

Periods are office days (`since`..`until`, inclusive) in the office's zone. Times are grouped
in SQL by their UTC hour (`substr(iso, 1, 13)`, the stored ISO text), then each hour is placed
on its office day and hour in Python: correct for every zone with whole-hour offsets (WIB, WITA,
WIT) and for any database, and a month is at most 744 groups.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import case as sql_case
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.auth.permissions import Actor, Permission, require
from app.domain.counter import Lane, ReferralReason
from app.domain.money import format_rupiah
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.base import ServiceContext
from app.services.documents import DocumentInfo, actor_signer, issue
from app.store.blank_models import ALLOCATED, AVAILABLE, SPOILED, PassportBlank
from app.store.counter_models import Crossing, OverstayPayment, Referral
from app.store.passport_models import PassportApplication
from app.store.permit_models import PermitApplication

if TYPE_CHECKING:
    from app.services.cases import CaseService

MAX_DAYS = 366
TEMPLATE = "laporan"
Cell = str | int | float | None


class CellKind(StrEnum):
    """How a column's values read: on screen, on paper and in a spreadsheet."""

    TEXT = "text"
    COUNT = "count"
    MONEY = "money"  # whole Rupiah
    PERCENT = "percent"
    MINUTES = "minutes"


@dataclass(frozen=True)
class ReportColumn:
    title: str  # Indonesian, marked QT_TRANSLATE_NOOP("gapura", ...)
    kind: CellKind = CellKind.COUNT


class ChartKind(StrEnum):
    BAR = "bar"
    STACKED = "stacked"  # bars of one category stacked: parts of a whole
    LINE = "line"  # over time


@dataclass(frozen=True)
class ChartSpec:
    """A chart of a section's table: the first column gives the categories, each column in
    `series` one series (its title names it)."""

    kind: ChartKind
    series: tuple[int, ...]


@dataclass(frozen=True)
class ReportTable:
    """What a section found for a period: its columns, rows and (when they add up) totals."""

    columns: tuple[ReportColumn, ...]
    rows: tuple[tuple[Cell, ...], ...]
    totals: tuple[Cell, ...] | None = None
    note: str = ""  # Indonesian, how to read the numbers


@dataclass(frozen=True)
class ReportScope:
    """The period and office a section reads, with what a section may need beyond the store."""

    actor: Actor
    office_code: str
    since: date  # first office day
    until: date  # last office day
    start: datetime  # the first day's midnight in the office's zone (aware)
    end: datetime  # the midnight after the last day
    zone: ZoneInfo
    now: datetime
    _cases: Callable[[], CaseService] = field(repr=False, compare=False)
    _memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def cases(self) -> CaseService:
        return self._cases()

    def once(self, name: str, compute: Callable[[], Any]) -> Any:
        """`compute()` once per scope: sections of one report that read the same rows (the
        crossings by hour and by day) share the read."""
        if name not in self._memo:
            self._memo[name] = compute()
        return self._memo[name]

    def days(self) -> list[date]:
        return [self.since + timedelta(days=n) for n in range((self.until - self.since).days + 1)]

    def local_hour(self, bucket: str) -> datetime:
        """The office time of a UTC hour bucket `2026-11-25T03` (`hour_bucket`)."""
        return datetime.fromisoformat(bucket).replace(tzinfo=UTC).astimezone(self.zone)


class ReportSection(Protocol):
    """One section of the Laporan screen and its exports."""

    key: str  # stable, ASCII: `crossings_hourly`
    title: str  # Indonesian, marked QT_TRANSLATE_NOOP("gapura", ...)
    chart: ChartSpec | None

    def rows(self, session: Session, scope: ReportScope) -> ReportTable:
        """The section's table for `scope` (aggregate SQL; the session is read-only)."""
        ...


@dataclass(frozen=True)
class SectionInfo:
    key: str
    title: str


@dataclass(frozen=True)
class SectionReport:
    """A section's table for one period, as the screen and the exports show it."""

    key: str
    title: str
    since: date
    until: date
    table: ReportTable
    chart: ChartSpec | None


def hour_bucket(column: Any) -> Any:
    """The UTC hour of a stored `UtcDateTime` (ISO text): `2026-11-25T03`."""
    return func.substr(column, 1, 13)


def format_cell(kind: CellKind, value: Cell) -> str:
    """A value as the screen and the paper show it (`Rp1.500.000`, `66,7 %`, `-` for none)."""
    if value is None:
        return "-"
    if kind is CellKind.MONEY:
        return format_rupiah(int(value))
    if kind is CellKind.PERCENT:
        return f"{_decimal(float(value))} %"
    if kind is CellKind.MINUTES:
        return _decimal(float(value))
    if kind is CellKind.COUNT:
        return f"{int(value):,}".replace(",", ".")
    return str(value)


def csv_cell(kind: CellKind, value: Cell) -> str:
    """A value as a spreadsheet sums it: plain digits, `,` before decimals, empty for none."""
    if value is None:
        return ""
    if kind in (CellKind.PERCENT, CellKind.MINUTES):
        return _decimal(float(value))
    return str(value)


def _decimal(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def _count(value: int) -> int:
    return int(value or 0)


# --- sections -------------------------------------------------------------------------------

DIRECTIONS = {"arrival": QT_TRANSLATE_NOOP("gapura", "Kedatangan"),
              "departure": QT_TRANSLATE_NOOP("gapura", "Keberangkatan")}
LANE_TITLES = {Lane.REGULAR.value: QT_TRANSLATE_NOOP("gapura", "Reguler"),
               Lane.PRIORITY.value: QT_TRANSLATE_NOOP("gapura", "Prioritas"),
               Lane.PMI.value: QT_TRANSLATE_NOOP("gapura", "PMI"),
               Lane.VIP.value: QT_TRANSLATE_NOOP("gapura", "VIP")}
ADMITTED, DEPARTED, REFUSED = "admitted", "departed", "refused"


def _movements(session: Session, scope: ReportScope) -> dict[tuple[datetime, str], int]:
    """Crossings in which the traveller passed, per office hour and direction (read once per
    report; the covering index ix_crossings_report answers it alone)."""

    def read() -> dict[tuple[datetime, str], int]:
        bucket = hour_bucket(Crossing.decided_at)
        found = session.execute(
            select(bucket, Crossing.direction, func.count())
            .where(Crossing.decided_at >= scope.start, Crossing.decided_at < scope.end,
                   Crossing.office_code == scope.office_code,
                   Crossing.outcome.in_((ADMITTED, DEPARTED)))
            .group_by(bucket, Crossing.direction))
        return {(scope.local_hour(hour), direction): count for hour, direction, count in found}

    return scope.once("movements", read)


class CrossingsHourly:
    """SOP A1: traffic at the counters by hour of the day (summed over the period's days), to
    staff the counters where the peaks are."""

    key = "crossings_hourly"
    title = QT_TRANSLATE_NOOP("gapura", "Perlintasan per Jam")
    chart = ChartSpec(ChartKind.BAR, (1, 2))

    def rows(self, session: Session, scope: ReportScope) -> ReportTable:
        by_hour: Counter[tuple[int, str]] = Counter()
        for (moment, direction), count in _movements(session, scope).items():
            by_hour[moment.hour, direction] += count
        rows = [(f"{hour:02d}.00", by_hour[hour, "arrival"], by_hour[hour, "departure"],
                 by_hour[hour, "arrival"] + by_hour[hour, "departure"]) for hour in range(24)]
        return ReportTable(
            (ReportColumn(QT_TRANSLATE_NOOP("gapura", "Jam"), CellKind.TEXT),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Kedatangan (masuk)")),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Keberangkatan (keluar)")),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Jumlah"))),
            tuple(rows), _sum_row(rows),
            QT_TRANSLATE_NOOP("gapura", "Penumpang yang diberi tanda masuk atau keluar, per jam "
                                        "waktu kantor, dijumlahkan atas seluruh hari periode."))


class CrossingsDaily:
    """The same movements day by day, to see the period's trend."""

    key = "crossings_daily"
    title = QT_TRANSLATE_NOOP("gapura", "Perlintasan per Hari")
    chart = ChartSpec(ChartKind.LINE, (1, 2))

    def rows(self, session: Session, scope: ReportScope) -> ReportTable:
        by_day: Counter[tuple[date, str]] = Counter()
        for (moment, direction), count in _movements(session, scope).items():
            by_day[moment.date(), direction] += count
        rows = [(day.strftime("%d-%m-%Y"), by_day[day, "arrival"], by_day[day, "departure"],
                 by_day[day, "arrival"] + by_day[day, "departure"]) for day in scope.days()]
        return ReportTable(
            (ReportColumn(QT_TRANSLATE_NOOP("gapura", "Tanggal"), CellKind.TEXT),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Kedatangan (masuk)")),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Keberangkatan (keluar)")),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Jumlah"))),
            tuple(rows), _sum_row(rows))


class CrossingsByLane:
    """Every counter decision by lane (SOP A2 priority, A10 VIP, A11-A12 PMI) and outcome."""

    key = "crossings_lane"
    title = QT_TRANSLATE_NOOP("gapura", "Perlintasan per Jalur")
    chart = ChartSpec(ChartKind.STACKED, (1, 2, 3, 4))

    def rows(self, session: Session, scope: ReportScope) -> ReportTable:
        found = session.execute(
            select(Crossing.lane, Crossing.outcome, func.count())
            .where(Crossing.decided_at >= scope.start, Crossing.decided_at < scope.end,
                   Crossing.office_code == scope.office_code)
            .group_by(Crossing.lane, Crossing.outcome))
        counts: Counter[tuple[str, str]] = Counter()
        for lane, outcome, count in found:
            kind = outcome if outcome in (ADMITTED, DEPARTED, REFUSED) else "other"
            counts[lane, kind] += count
        lanes = list(LANE_TITLES) + sorted({lane for lane, _ in counts} - set(LANE_TITLES))
        rows = []
        for lane in lanes:
            cells = [counts[lane, kind] for kind in (ADMITTED, DEPARTED, REFUSED, "other")]
            rows.append((LANE_TITLES.get(lane, lane), *cells, sum(cells)))
        return ReportTable(
            (ReportColumn(QT_TRANSLATE_NOOP("gapura", "Jalur"), CellKind.TEXT),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Masuk")),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Keluar")),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Ditolak masuk")),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Lainnya")),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Jumlah"))),
            tuple(rows), _sum_row(rows),
            QT_TRANSLATE_NOOP("gapura", "Lainnya: keberangkatan ditunda (cekal), diserahkan "
                                        "kepada kepolisian atau Inteldakim."))


REASON_TITLES = {
    ReferralReason.CEKAL.value: QT_TRANSLATE_NOOP("gapura", "HIT cekal"),
    ReferralReason.INTERPOL.value: QT_TRANSLATE_NOOP("gapura", "HIT Interpol"),
    ReferralReason.DOCUMENT.value: QT_TRANSLATE_NOOP("gapura", "Dokumen tidak sah"),
    ReferralReason.OVERSTAY.value: QT_TRANSLATE_NOOP("gapura", "Overstay (bayar)"),
    ReferralReason.OVERSTAY_DEPORTATION.value: QT_TRANSLATE_NOOP("gapura",
                                                                 "Overstay (deportasi)"),
    ReferralReason.BOARDING_PASS.value: QT_TRANSLATE_NOOP("gapura", "Boarding pass"),
    ReferralReason.SUSPICION.value: QT_TRANSLATE_NOOP("gapura", "Kecurigaan petugas"),
    ReferralReason.CARRIER.value: QT_TRANSLATE_NOOP("gapura", "Alat angkut"),
}
# Resolutions (app.services.supervision) as the section's columns; an open referral has none.
RESOLUTION_COLUMNS = (("allowed",), ("refused",), ("departure_delayed",),
                      ("handed_over", "handed_to_inteldakim"), ("",))


class RefusalsAndHits:
    """Travellers referred to the supervisor, by reason (cekal and Interpol hits first), and how
    each ended: SOP A3-A7."""

    key = "refusals_hits"
    title = QT_TRANSLATE_NOOP("gapura", "Rujukan, Penolakan dan HIT")
    chart = ChartSpec(ChartKind.STACKED, (2, 3, 4, 5, 6))

    def rows(self, session: Session, scope: ReportScope) -> ReportTable:
        found = session.execute(
            select(Referral.reason, Referral.resolution, func.count())
            .where(Referral.office_code == scope.office_code,
                   Referral.referred_at >= scope.start, Referral.referred_at < scope.end)
            .group_by(Referral.reason, Referral.resolution))
        counts: Counter[tuple[str, str]] = Counter()
        for reason, resolution, count in found:
            counts[reason, resolution or ""] += count
        reasons = list(REASON_TITLES) + sorted({r for r, _ in counts} - set(REASON_TITLES))
        rows = []
        for reason in reasons:
            cells = [sum(counts[reason, r] for r in group) for group in RESOLUTION_COLUMNS]
            total = sum(n for (r, _), n in counts.items() if r == reason)
            rows.append((REASON_TITLES.get(reason, reason), total, *cells))
        return ReportTable(
            (ReportColumn(QT_TRANSLATE_NOOP("gapura", "Alasan rujukan"), CellKind.TEXT),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Dirujuk")),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Diizinkan")),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Ditolak masuk")),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Keberangkatan ditunda")),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Diserahkan")),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Belum selesai"))),
            tuple(rows), _sum_row(rows),
            QT_TRANSLATE_NOOP("gapura", "Menurut waktu rujukan. Diserahkan: kepada kepolisian "
                                        "(Interpol) atau Inteldakim."))


class OverstayRecap:
    """SOP A7 step 11: overstay charges billed day by day, and how much is paid."""

    key = "overstay"
    title = QT_TRANSLATE_NOOP("gapura", "Rekap Overstay dan Biaya Beban")
    chart = ChartSpec(ChartKind.BAR, (3, 4))

    def rows(self, session: Session, scope: ReportScope) -> ReportTable:
        bucket = hour_bucket(OverstayPayment.billed_at)
        paid = OverstayPayment.paid_at.is_not(None)
        found = session.execute(
            select(bucket, func.count(), func.sum(OverstayPayment.days),
                   func.sum(OverstayPayment.amount),
                   func.sum(sql_case((paid, OverstayPayment.amount), else_=0)))
            .join(Referral, Referral.id == OverstayPayment.referral_id)
            .where(Referral.office_code == scope.office_code,
                   OverstayPayment.billed_at >= scope.start, OverstayPayment.billed_at < scope.end)
            .group_by(bucket))
        days: dict[date, list[int]] = {}
        for hour, people, overstay_days, billed, settled in found:
            sums = days.setdefault(scope.local_hour(hour).date(), [0, 0, 0, 0])
            for index, value in enumerate((people, overstay_days, billed, settled)):
                sums[index] += _count(value)
        rows = [(day.strftime("%d-%m-%Y"), people, overstay_days, billed, settled,
                 billed - settled)
                for day, (people, overstay_days, billed, settled) in sorted(days.items())]
        return ReportTable(
            (ReportColumn(QT_TRANSLATE_NOOP("gapura", "Tanggal"), CellKind.TEXT),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Orang asing")),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Hari overstay")),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Ditagihkan"), CellKind.MONEY),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Dibayar"), CellKind.MONEY),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Belum dibayar"), CellKind.MONEY)),
            tuple(rows), _sum_row(rows),
            QT_TRANSLATE_NOOP("gapura", "Hari tanpa tagihan tidak dicantumkan. Rincian per orang: "
                                        "Rekapitulasi Biaya Beban Overstay (register)."))


PERMIT_STATES = (("received", QT_TRANSLATE_NOOP("gapura", "Dalam proses")),
                 ("issued", QT_TRANSLATE_NOOP("gapura", "Terbit")),
                 ("handed_over", QT_TRANSLATE_NOOP("gapura", "Diserahkan")),
                 ("rejected", QT_TRANSLATE_NOOP("gapura", "Ditolak")),
                 ("cekal", QT_TRANSLATE_NOOP("gapura", "Cekal")),
                 ("cancelled", QT_TRANSLATE_NOOP("gapura", "Dibatalkan")))


@cache
def _permit_type_titles() -> dict[str, str]:
    from app.domain.permits import load_catalog

    return {code: kind.title for code, kind in load_catalog().types.items()}


class PermitApplications:
    """Stay-permit applications received in the period (issue 8), by type and where they are
    now."""

    key = "permits"
    title = QT_TRANSLATE_NOOP("gapura", "Permohonan Izin Tinggal per Status")
    chart = ChartSpec(ChartKind.STACKED, tuple(range(1, len(PERMIT_STATES) + 1)))

    def rows(self, session: Session, scope: ReportScope) -> ReportTable:
        found = session.execute(
            select(PermitApplication.type_code, PermitApplication.state, func.count())
            .where(PermitApplication.office_code == scope.office_code,
                   PermitApplication.received_at >= scope.start,
                   PermitApplication.received_at < scope.end)
            .group_by(PermitApplication.type_code, PermitApplication.state))
        counts: Counter[tuple[str, str]] = Counter()
        for type_code, state, count in found:
            counts[type_code, state] += count
        titles = _permit_type_titles()
        rows = []
        for type_code in sorted({t for t, _ in counts}, key=lambda t: titles.get(t, t)):
            cells = [counts[type_code, state] for state, _ in PERMIT_STATES]
            rows.append((titles.get(type_code, type_code), *cells,
                         sum(n for (t, _), n in counts.items() if t == type_code)))
        return ReportTable(
            (ReportColumn(QT_TRANSLATE_NOOP("gapura", "Jenis permohonan"), CellKind.TEXT),
             *(ReportColumn(title) for _, title in PERMIT_STATES),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Jumlah"))),
            tuple(rows), _sum_row(rows),
            QT_TRANSLATE_NOOP("gapura", "Permohonan yang diterima dalam periode, menurut "
                                        "statusnya sekarang."))


PASSPORT_STATES = (("received", QT_TRANSLATE_NOOP("gapura", "Diterima")),
                   ("held", QT_TRANSLATE_NOOP("gapura", "Ditahan (data ganda)")),
                   ("billed", QT_TRANSLATE_NOOP("gapura", "Menunggu pembayaran")),
                   ("paid", QT_TRANSLATE_NOOP("gapura", "Dibayar")),
                   ("allocated", QT_TRANSLATE_NOOP("gapura", "Blangko dialokasikan")),
                   ("issued", QT_TRANSLATE_NOOP("gapura", "Terbit")),
                   ("handed_over", QT_TRANSLATE_NOOP("gapura", "Diserahkan")),
                   ("expired", QT_TRANSLATE_NOOP("gapura", "Billing kedaluwarsa")),
                   ("refused", QT_TRANSLATE_NOOP("gapura", "Ditolak")),
                   ("cancelled", QT_TRANSLATE_NOOP("gapura", "Dibatalkan")))
PASSPORT_REASONS = (("baru", QT_TRANSLATE_NOOP("gapura", "Baru")),
                    ("penggantian_habis", QT_TRANSLATE_NOOP("gapura", "Habis berlaku")),
                    ("penggantian_hilang", QT_TRANSLATE_NOOP("gapura", "Hilang")),
                    ("penggantian_rusak", QT_TRANSLATE_NOOP("gapura", "Rusak")))


class PassportApplications:
    """Passport applications received in the period (issue 9), by state now and by reason."""

    key = "passports"
    title = QT_TRANSLATE_NOOP("gapura", "Permohonan Paspor per Status")
    chart = ChartSpec(ChartKind.STACKED, tuple(range(1, len(PASSPORT_REASONS) + 1)))

    def rows(self, session: Session, scope: ReportScope) -> ReportTable:
        found = session.execute(
            select(PassportApplication.state, PassportApplication.reason, func.count())
            .where(PassportApplication.office_code == scope.office_code,
                   PassportApplication.received_at >= scope.start,
                   PassportApplication.received_at < scope.end)
            .group_by(PassportApplication.state, PassportApplication.reason))
        counts: Counter[tuple[str, str]] = Counter()
        for state, reason, count in found:
            counts[state, reason] += count
        known = {s for s, _ in PASSPORT_STATES}
        states = [*PASSPORT_STATES, *((s, s) for s in sorted({s for s, _ in counts} - known))]
        rows = []
        for state, title in states:
            cells = [counts[state, reason] for reason, _ in PASSPORT_REASONS]
            rows.append((title, *cells, sum(n for (s, _), n in counts.items() if s == state)))
        return ReportTable(
            (ReportColumn(QT_TRANSLATE_NOOP("gapura", "Status"), CellKind.TEXT),
             *(ReportColumn(title) for _, title in PASSPORT_REASONS),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Jumlah"))),
            tuple(rows), _sum_row(rows),
            QT_TRANSLATE_NOOP("gapura", "Permohonan yang diterima dalam periode, menurut "
                                        "statusnya sekarang dan jenis permohonannya."))


class PassportBlanks:
    """The passport blank stock (issue 9 point 6): in stock now, used and spoiled in the
    period."""

    key = "blanks"
    title = QT_TRANSLATE_NOOP("gapura", "Blangko Paspor")
    chart = ChartSpec(ChartKind.BAR, (1, 3, 4))

    def rows(self, session: Session, scope: ReportScope) -> ReportTable:
        from app.domain.blanks import KINDS

        office = PassportBlank.office_code == scope.office_code
        stock = Counter({(kind, status): count for kind, status, count in session.execute(
            select(PassportBlank.kind, PassportBlank.status, func.count())
            .where(office, PassportBlank.status.in_((AVAILABLE, ALLOCATED)))
            .group_by(PassportBlank.kind, PassportBlank.status))})
        issued = Counter(dict(session.execute(
            select(PassportBlank.kind, func.count())
            .where(office, PassportBlank.issued_at >= scope.start,
                   PassportBlank.issued_at < scope.end)
            .group_by(PassportBlank.kind)).all()))
        spoiled = Counter(dict(session.execute(
            select(PassportBlank.kind, func.count())
            .where(office, PassportBlank.status == SPOILED,
                   PassportBlank.spoiled_at >= scope.start, PassportBlank.spoiled_at < scope.end)
            .group_by(PassportBlank.kind)).all()))
        seen = {k for k, _ in stock} | set(issued) | set(spoiled)
        rows = [(KINDS.get(kind, kind), stock[kind, AVAILABLE], stock[kind, ALLOCATED],
                 issued[kind], spoiled[kind])
                for kind in [*KINDS, *sorted(seen - set(KINDS))]]
        return ReportTable(
            (ReportColumn(QT_TRANSLATE_NOOP("gapura", "Jenis blangko"), CellKind.TEXT),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Tersedia sekarang")),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Teralokasi sekarang")),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Terbit dalam periode")),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Rusak dalam periode"))),
            tuple(rows), _sum_row(rows))


class SlaCompliance:
    """SLA compliance per SOP step (decision 0013): the steps finished in the period, how many
    late, the median time, and the queue at each step now."""

    key = "sla"
    title = QT_TRANSLATE_NOOP("gapura", "Kepatuhan SLA per Langkah SOP")
    chart = ChartSpec(ChartKind.BAR, (5,))

    def rows(self, session: Session, scope: ReportScope) -> ReportTable:
        del session  # the case service reads the cases in its own session
        report = scope.cases.sla_report(scope.actor, scope.since, scope.until)
        rows = tuple((f"{r.sop_code} · {_short(r.step_title)}", r.time_text, r.finished, r.late,
                      r.finished - r.late, r.on_time_percent, r.median_minutes, r.waiting,
                      r.overdue) for r in report)
        finished = sum(r.finished for r in report)
        late = sum(r.late for r in report)
        totals = (QT_TRANSLATE_NOOP("gapura", "Jumlah"), None, finished, late, finished - late,
                  100.0 * (finished - late) / finished if finished else None, None,
                  sum(r.waiting for r in report), sum(r.overdue for r in report))
        return ReportTable(
            (ReportColumn(QT_TRANSLATE_NOOP("gapura", "SOP · langkah"), CellKind.TEXT),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Standar waktu"), CellKind.TEXT),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Selesai")),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Terlambat")),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Tepat waktu")),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Tepat waktu (%)"), CellKind.PERCENT),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Median (menit)"), CellKind.MINUTES),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Menunggu sekarang")),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Lewat waktu sekarang"))),
            rows, totals if rows else None,
            QT_TRANSLATE_NOOP("gapura", "Langkah yang selesai dalam periode; antrean menurut "
                                        "keadaan sekarang."))


class Detainees:
    """The detention register (issue 10) by nationality: taken into detention and released
    (deported, transferred, freed) in the period, and in custody now."""

    key = "detainees"
    title = QT_TRANSLATE_NOOP("gapura", "Deteni per Kewarganegaraan")
    chart = ChartSpec(ChartKind.BAR, (1, 2, 3, 4, 5))
    REASONS = ("deportasi", "pemindahan", "pembebasan")

    def rows(self, session: Session, scope: ReportScope) -> ReportTable:
        from app.services.detention import IN_CUSTODY
        from app.store.detention_models import Detainee

        office = Detainee.office_code == scope.office_code
        taken = Counter(dict(session.execute(
            select(Detainee.nationality, func.count())
            .where(office, Detainee.detained_at >= scope.start,
                   Detainee.detained_at < scope.end)
            .group_by(Detainee.nationality)).all()))
        released: Counter[tuple[str, str]] = Counter()
        for nationality, reason, count in session.execute(
                select(Detainee.nationality, Detainee.release_reason, func.count())
                .where(office, Detainee.released_at >= scope.start,
                       Detainee.released_at < scope.end)
                .group_by(Detainee.nationality, Detainee.release_reason)):
            released[nationality, reason] += count
        custody = Counter(dict(session.execute(
            select(Detainee.nationality, func.count())
            .where(office, Detainee.state.in_(IN_CUSTODY))
            .group_by(Detainee.nationality)).all()))
        seen = sorted(set(taken) | {n for n, _ in released} | set(custody))
        rows = [(nationality, taken[nationality],
                 *(released[nationality, reason] for reason in self.REASONS), custody[nationality])
                for nationality in seen]
        return ReportTable(
            (ReportColumn(QT_TRANSLATE_NOOP("gapura", "Kewarganegaraan"), CellKind.TEXT),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Masuk detensi")),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Dideportasi")),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Dipindahkan ke Rudenim")),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Dibebaskan")),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Dalam detensi sekarang"))),
            tuple(rows), _sum_row(rows),
            QT_TRANSLATE_NOOP("gapura", "Masuk dan keluar dalam periode; yang ditahan menurut "
                                        "keadaan sekarang."))


class Complaints:
    """Public reports and complaints (issue 11) received in the period, by kind: how many, on
    a closed day (Lada Tunggu), finished and still open now, and late steps among them."""

    key = "complaints"
    title = QT_TRANSLATE_NOOP("gapura", "Pengaduan dan Laporan Masyarakat")
    chart = ChartSpec(ChartKind.STACKED, (3, 4))

    def rows(self, session: Session, scope: ReportScope) -> ReportTable:
        from app.domain.complaints import KIND_SHORT
        from app.services.cases import ACTIVE
        from app.store.case_models import Case
        from app.store.complaint_models import Complaint

        found = session.execute(
            select(Complaint.kind, Complaint.lada_tunggu, Case.status, func.count())
            .join(Case, Case.id == Complaint.case_id)
            .where(Complaint.office_code == scope.office_code,
                   Complaint.received_at >= scope.start, Complaint.received_at < scope.end)
            .group_by(Complaint.kind, Complaint.lada_tunggu, Case.status))
        counts: Counter[tuple[str, str]] = Counter()
        for kind, lada_tunggu, status, count in found:
            counts[kind, "received"] += count
            counts[kind, "lada_tunggu"] += count if lada_tunggu else 0
            counts[kind, "open" if status in ACTIVE else "done"] += count
        kinds = [*KIND_SHORT, *sorted({k for k, _ in counts} - set(KIND_SHORT))]
        rows = [(KIND_SHORT.get(kind, kind), counts[kind, "received"],
                 counts[kind, "lada_tunggu"], counts[kind, "done"], counts[kind, "open"])
                for kind in kinds]
        return ReportTable(
            (ReportColumn(QT_TRANSLATE_NOOP("gapura", "Jenis"), CellKind.TEXT),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Diterima")),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Lada Tunggu (hari libur)")),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Selesai")),
             ReportColumn(QT_TRANSLATE_NOOP("gapura", "Dalam proses sekarang"))),
            tuple(rows), _sum_row(rows),
            QT_TRANSLATE_NOOP("gapura", "Pengaduan dan laporan yang diterima dalam periode; "
                                        "ketepatan waktu tiap langkah ada di bagian SLA."))


def _short(text: str, limit: int = 90) -> str:
    """`text`, cut at a word before `limit` characters with `…` (an SOP step's title can run to
    two lines; the table and the chart name the step, the SOP has the rest)."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def _sum_row(rows: Sequence[Sequence[Cell]]) -> tuple[Cell, ...] | None:
    """`Jumlah` and the sum of each numeric column of `rows` (None without rows)."""
    if not rows:
        return None
    sums = [sum(int(row[i] or 0) for row in rows) for i in range(1, len(rows[0]))]
    return (QT_TRANSLATE_NOOP("gapura", "Jumlah"), *sums)


SECTIONS: list[ReportSection] = [
    CrossingsHourly(), CrossingsDaily(), CrossingsByLane(), RefusalsAndHits(), OverstayRecap(),
    PermitApplications(), PassportApplications(), PassportBlanks(), SlaCompliance(),
    Detainees(), Complaints(),
]


def register_section(section: ReportSection) -> None:
    """Add a module's section (after the others) to every report."""
    if any(s.key == section.key for s in SECTIONS):
        raise ValueError(f"two report sections share the key {section.key!r}")
    SECTIONS.append(section)


# --- the service ----------------------------------------------------------------------------

def check_period(since: date, until: date) -> None:
    if until < since:
        raise ValidationError(
            QT_TRANSLATE_NOOP("gapura", "Tanggal akhir ({end}) sebelum tanggal awal ({start}). "
                              "Perbaiki periodenya."),
            detail=f"period {since}..{until} reversed", start=since.strftime("%d-%m-%Y"),
            end=until.strftime("%d-%m-%Y"))
    if (until - since).days >= MAX_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("gapura", "Periode laporan paling lama {days} hari. Bagi menjadi "
                              "beberapa periode."),
            detail=f"period {since}..{until} too long", days=MAX_DAYS)


def _unknown(key: str) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP("gapura", "Bagian laporan \"{key}\" tidak dikenal."),
                           detail=f"no report section {key!r}", key=key)


class ReportService:
    """The Laporan screen's sections for a period, and their exports as PDF and CSV."""

    def __init__(self, context: ServiceContext, cases: Callable[[], CaseService]) -> None:
        self._ctx = context
        self._cases = cases

    def sections(self, actor: Actor) -> list[SectionInfo]:
        require(actor, Permission.REPORTS_VIEW)
        return [SectionInfo(s.key, s.title) for s in SECTIONS]

    def section(self, actor: Actor, key: str, since: date, until: date) -> SectionReport:
        """Section `key`'s table from `since` to `until` (office days, inclusive)."""
        [report] = self.report(actor, [key], since, until)
        return report

    def report(self, actor: Actor, keys: Iterable[str] | None, since: date,
               until: date) -> list[SectionReport]:
        """Sections `keys` (every section when None) for the period, in one read session."""
        chosen = self._chosen(keys)
        check_period(since, until)
        scope = self._scope(actor, since, until)
        with self._ctx.query(actor, Permission.REPORTS_VIEW) as session:
            return [SectionReport(s.key, s.title, since, until, s.rows(session, scope), s.chart)
                    for s in chosen]

    def export_csv(self, actor: Actor, keys: Iterable[str] | None, since: date,
                   until: date) -> str:
        """The sections as CSV text (BOM, `;`): a block per section, its title, header, rows and
        totals, a blank line between blocks."""
        reports = self.report(actor, keys, since, until)
        text = to_csv(reports, self._ctx.config["office.name"])
        with self._ctx.change(actor, Permission.REPORTS_VIEW) as uow:
            uow.audit("report.exported", "report", _report_id(actor, reports),
                      after={"format": "csv", "from": since.isoformat(),
                             "until": until.isoformat(), "sections": [r.key for r in reports]})
        return text

    def issue_pdf(self, actor: Actor, keys: Iterable[str] | None, since: date,
                  until: date) -> DocumentInfo:
        """The sections as a numbered, sealed `laporan` document in the print queue."""
        reports = self.report(actor, keys, since, until)
        subject = _report_id(actor, reports)
        with self._ctx.change(actor, Permission.REPORTS_VIEW) as uow:
            document = issue(uow, TEMPLATE, {
                **document_data(reports, self._ctx.config["office.name"]),
                **actor_signer(uow, "preparer", _position(actor))},
                subject_type="report", subject_id=subject)
            uow.audit("report.exported", "report", subject,
                      after={"format": "pdf", "from": since.isoformat(),
                             "until": until.isoformat(), "sections": [r.key for r in reports],
                             "number": document.number})
        return document

    def _chosen(self, keys: Iterable[str] | None) -> list[ReportSection]:
        if keys is None:
            return list(SECTIONS)
        by_key = {s.key: s for s in SECTIONS}
        chosen = []
        for key in keys:
            if key not in by_key:
                raise _unknown(key)
            chosen.append(by_key[key])
        if not chosen:
            raise ValidationError(QT_TRANSLATE_NOOP("gapura", "Pilih bagian laporan."),
                                  detail="no report section chosen")
        return chosen

    def _scope(self, actor: Actor, since: date, until: date) -> ReportScope:
        zone = self._ctx.config.timezone
        return ReportScope(
            actor, actor.office_code, since, until,
            datetime.combine(since, datetime.min.time(), zone),
            datetime.combine(until + timedelta(days=1), datetime.min.time(), zone),
            zone, self._ctx.clock(), self._cases)


def _position(actor: Actor) -> str:
    from app.auth.permissions import ROLE_TITLES, Role

    for role in (Role.OFFICE_HEAD, Role.SECTION_HEAD):
        if role in actor.roles:
            return ROLE_TITLES[role]
    return ""


def _report_id(actor: Actor, reports: Sequence[SectionReport]) -> str:
    """One id per office, period and set of sections: the report's subject in the registers."""
    first = reports[0]
    keys = ",".join(r.key for r in reports)
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"gapura:report:{actor.office_code}:{keys}:"
                                              f"{first.since}:{first.until}"))


def report_title(reports: Sequence[SectionReport]) -> str:
    """`Perlintasan per Jam` for one section; `Kegiatan Kantor` for several."""
    return reports[0].title if len(reports) == 1 else QT_TRANSLATE_NOOP("gapura",
                                                                        "Kegiatan Kantor")


def document_data(reports: Sequence[SectionReport], office_name: str) -> dict[str, Any]:
    """The `laporan` template's data for `reports` (texts as printed), without its signer."""
    first = reports[0]
    return {
        "subject": report_title(reports), "office": office_name,
        "day": first.since, "until": first.until if first.until != first.since else None,
        "sections": [{
            "title": r.title,
            "columns": [c.title for c in r.table.columns],
            "align": "".join("L" if c.kind is CellKind.TEXT else "R" for c in r.table.columns),
            "lines": [{"cells": _texts(r.table.columns, row)} for row in r.table.rows],
            "totals": _texts(r.table.columns, r.table.totals) if r.table.totals else [],
            "note": r.table.note,
        } for r in reports],
    }


def _texts(columns: Sequence[ReportColumn], row: Sequence[Cell]) -> list[str]:
    return [format_cell(c.kind, v) for c, v in zip(columns, row, strict=True)]


def to_csv(reports: Sequence[SectionReport], office_name: str) -> str:
    """`reports` as CSV text for Excel (see the module's docstring)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    first = reports[0]
    writer.writerow([f"Laporan {report_title(reports)}"])
    writer.writerow([office_name])
    writer.writerow(["Periode", first.since.strftime("%d-%m-%Y"),
                     first.until.strftime("%d-%m-%Y")])
    for report in reports:
        columns = report.table.columns
        writer.writerow([])
        writer.writerow([report.title])
        writer.writerow([c.title for c in columns])
        for row in _with_totals(report.table):
            writer.writerow([csv_cell(c.kind, v) for c, v in zip(columns, row, strict=True)])
    return "\ufeff" + out.getvalue()


def _with_totals(table: ReportTable) -> Iterator[tuple[Cell, ...]]:
    yield from table.rows
    if table.totals is not None:
        yield table.totals
