"""The passport office's queue (issue 9 point 1): check-in of M-Paspor bookings and of
walk-ins, ticket numbers by class, the desks' calls and the waiting-room board.

Seed 002 B1: the applicant shows the KTP and the online booking at the registration desk and
gets a service queue number; without a booking the application is refused, except for the
priority classes and (C1) a lost or damaged passport. Seed 004 step 1: general and priority
applicants (disabilitas, lansia, ibu hamil, balita) get numbers of their own and priority is
called first. Tickets and bookings are shared between the office's workstations (decision
0018); every change is audited in its transaction.
"""

from __future__ import annotations

import csv
import io
import logging
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.auth.permissions import Actor, Permission
from app.domain import queue as rules
from app.errors import NotFoundError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.base import ServiceContext, UnitOfWork
from app.services.documents import next_sequence
from app.store.models import new_id
from app.store.queue_models import Booking, QueueTicket
from printing.formatting import format_date, format_time

log = logging.getLogger(__name__)

TICKET_KIND, BOOKING_KIND = "queue_ticket", "queue_booking"  # shared kinds (decision 0009)
CHECKIN, CALLING = Permission.QUEUE_CHECKIN, Permission.PASSPORTS_PROCESS
BOARD_SIZE = 6
# The columns of the day's M-Paspor list, with the English names also accepted.
CSV_COLUMNS = {"kode": "code", "tanggal": "date", "nama": "name", "nik": "nik",
               "layanan": "service", "jam": "slot"}
MAX_NAMED_ROWS = 10
_BOOKING_IDS = uuid.UUID("6f1c2a8e-3b0d-4c55-9a7e-0d2b51c4e912")


@dataclass(frozen=True)
class BookingForm:
    code: str
    service_date: date
    applicant_name: str
    nik: str
    service: str = "paspor_baru"
    slot: str = ""


@dataclass(frozen=True)
class BookingInfo:
    code: str
    service_date: date
    applicant_name: str
    nik: str
    service: str
    slot: str
    checked_in_at: datetime | None


@dataclass(frozen=True)
class TicketInfo:
    id: str
    number: str
    service_day: date
    category: str
    booking_code: str  # "" for a walk-in
    walk_in_reason: str
    applicant_name: str
    nik: str
    service: str
    status: str
    issued_at: datetime
    called_at: datetime | None
    call_count: int
    desk: str
    called_by: str

    @property
    def priority(self) -> bool:
        return rules.is_priority(self.category)


@dataclass(frozen=True)
class CalledNumber:
    number: str
    desk: str
    called_at: datetime
    call_count: int


@dataclass(frozen=True)
class Board:
    """What the waiting-room display shows: the calls of the day, newest first, and how many
    wait in each class."""

    called: list[CalledNumber]
    waiting: dict[str, int] = field(default_factory=dict)  # by category

    @property
    def waiting_priority(self) -> int:
        return sum(n for c, n in self.waiting.items() if rules.is_priority(c))

    @property
    def waiting_general(self) -> int:
        return self.waiting.get(rules.UMUM, 0)


def booking_id(office_code: str, code: str) -> str:
    """One id for a booking code of an office, whichever workstation loads it: the day's list
    loaded on two desks is one record, not two."""
    return str(uuid.uuid5(_BOOKING_IDS, f"{office_code}:{code}"))




def _check_person(name: str, nik: str) -> tuple[str, str]:
    name, nik = " ".join(name.split()), nik.strip()
    if not name:
        raise ValidationError.missing("nama")
    if not rules.valid_nik(nik):
        raise ValidationError(QT_TRANSLATE_NOOP("gapura", "NIK {nik} tidak sah: NIK terdiri "
                                                          "dari 16 angka."),
                              detail=f"bad NIK {nik!r}", nik=nik)
    return name, nik


def _check_category(category: str) -> None:
    if category not in rules.CATEGORIES:
        raise ValidationError(QT_TRANSLATE_NOOP("gapura", "Kategori pemohon {category} tidak "
                                                          "dikenal."),
                              detail=f"unknown category {category!r}", category=category)


def _check_service(service: str) -> None:
    if service not in rules.SERVICES:
        raise ValidationError(QT_TRANSLATE_NOOP("gapura", "Layanan {service} tidak dikenal."),
                              detail=f"unknown service {service!r}", service=service)


def _info(row: QueueTicket) -> TicketInfo:
    return TicketInfo(row.id, row.number, row.service_day, row.category, row.booking_code,
                      row.walk_in_reason, row.applicant_name, row.nik, row.service, row.status,
                      row.issued_at, row.called_at, row.call_count, row.desk, row.called_by)


def _booking_info(row: Booking) -> BookingInfo:
    return BookingInfo(row.code, row.service_date, row.applicant_name, row.nik, row.service,
                       row.slot, row.checked_in_at)


class QueueService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def today(self) -> date:
        """The service day: the office's local date."""
        return self._ctx.clock().astimezone(self._ctx.config.timezone).date()

    # -- bookings ------------------------------------------------------------------------------

    def add_booking(self, actor: Actor, form: BookingForm) -> BookingInfo:
        """One M-Paspor booking typed in (the list could not be loaded)."""
        with self._ctx.change(actor, CHECKIN) as uow:
            row = self._add_booking(uow, form)
            if row is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Kode booking {code} sudah dimuat."),
                    detail=f"booking {form.code!r} already loaded", code=form.code.strip())
            uow.audit("queue.booking_added", "queue_booking", row.id,
                      after={"code": row.code, "date": row.service_date.isoformat()})
            return _booking_info(row)

    def import_bookings(self, actor: Actor, text: str) -> int:
        """The day's M-Paspor bookings from CSV (columns kode, tanggal, nama, nik, layanan,
        jam; `;` or `,`): every row or none. A booking already loaded with the same data is
        left as it is. Returns how many were added.

        Raises:
            ValidationError: naming the bad rows (and nothing is loaded).
        """
        forms, problems = _parse_bookings(text)
        if problems:
            shown = "; ".join(problems[:MAX_NAMED_ROWS])
            if len(problems) > MAX_NAMED_ROWS:
                shown += f"; … (+{len(problems) - MAX_NAMED_ROWS})"
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Daftar booking tidak dimuat ({count} baris salah): "
                                            "{rows}. Perbaiki berkasnya lalu muat ulang."),
                detail=f"booking import refused: {problems}", count=len(problems), rows=shown)
        with self._ctx.change(actor, CHECKIN) as uow:
            added = [row for form in forms if (row := self._add_booking(uow, form)) is not None]
            uow.audit("queue.bookings_imported", "queue_booking", "",
                      after={"rows": len(forms), "added": len(added),
                             "dates": sorted({r.service_date.isoformat() for r in added})})
            return len(added)

    def _add_booking(self, uow: UnitOfWork, form: BookingForm) -> Booking | None:
        """The booking added and shared, or None when the same booking is already loaded.

        Raises:
            ValidationError: a field is invalid, or the code is loaded with other data.
        """
        code = form.code.strip().upper()
        if not code:
            raise ValidationError.missing("kode booking")
        name, nik = _check_person(form.applicant_name, form.nik)
        _check_service(form.service)
        office = uow.actor.office_code
        existing = uow.session.get(Booking, booking_id(office, code))
        if existing is not None:
            if (existing.service_date, existing.nik) == (form.service_date, nik):
                return None
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Kode booking {code} sudah dimuat dengan data lain "
                                            "(tanggal {date}, NIK {nik})."),
                detail=f"booking {code} loaded with other data", code=code,
                date=format_date(existing.service_date), nik=existing.nik)
        row = Booking(id=booking_id(office, code), office_code=office, code=code,
                      service_date=form.service_date, applicant_name=name, nik=nik,
                      service=form.service, slot=form.slot.strip(),
                      added_at=self._ctx.clock(), added_by=uow.actor.username, ticket_id="")
        uow.session.add(row)
        uow.share(BOOKING_KIND, row)
        return row

    def bookings(self, actor: Actor, day: date | None = None) -> list[BookingInfo]:
        """The bookings of a service day (today by default), by slot."""
        day = day or self.today()
        with self._ctx.query(actor, CHECKIN) as session:
            rows = session.scalars(select(Booking).where(
                Booking.office_code == actor.office_code, Booking.service_date == day)
                .order_by(Booking.slot, Booking.code))
            return [_booking_info(r) for r in rows]

    # -- tickets -------------------------------------------------------------------------------

    def check_in(self, actor: Actor, booking_code: str, category: str = rules.UMUM, *,
                 nik: str = "") -> TicketInfo:
        """The applicant with an online booking of today gets a number (priority when
        `category` is a priority class). `nik`, when given, is the KTP's and must match."""
        code = booking_code.strip().upper()
        if not code:
            raise ValidationError.missing("kode booking")
        _check_category(category)
        today = self.today()
        with self._ctx.change(actor, CHECKIN) as uow:
            booking = uow.session.get(Booking, booking_id(actor.office_code, code))
            if booking is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("gapura", "Kode booking {code} tidak ditemukan untuk "
                                                "kantor ini. Periksa kodenya atau muat daftar "
                                                "booking hari ini."),
                    detail=f"booking {code} unknown", code=code)
            if booking.service_date != today:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Kode booking {code} untuk tanggal {date}, "
                                                "bukan hari ini. Pemohon datang pada tanggal "
                                                "bookingnya atau membuat booking baru."),
                    detail=f"booking {code} is for {booking.service_date}", code=code,
                    date=format_date(booking.service_date))
            if booking.checked_in_at is not None:
                ticket = uow.session.get(QueueTicket, booking.ticket_id)
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Kode booking {code} sudah dipakai pukul {time} "
                                                "(nomor antrian {number})."),
                    detail=f"booking {code} already checked in", code=code,
                    time=format_time(booking.checked_in_at, self._ctx.config.timezone),
                    number=ticket.number if ticket is not None else "?")
            if nik.strip() and nik.strip() != booking.nik:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "NIK pada KTP ({nik}) tidak sama dengan NIK "
                                                "booking {code}."),
                    detail=f"booking {code}: NIK differs", nik=nik.strip(), code=code)
            ticket = self._issue(uow, today, category, booking.applicant_name, booking.nik,
                                 booking.service, booking_code=code)
            booking.checked_in_at, booking.ticket_id = ticket.issued_at, ticket.id
            uow.share(BOOKING_KIND, booking)
            uow.audit("queue.checked_in", "queue_ticket", ticket.id,
                      after={"number": ticket.number, "booking": code, "category": category})
            return _info(ticket)

    def walk_in(self, actor: Actor, name: str, nik: str, category: str, reason: str = "", *,
                service: str = "") -> TicketInfo:
        """A number for an applicant without a booking: a priority class, or `reason`
        "penggantian_hilang" / "penggantian_rusak" (a lost or damaged passport, seed 002 C1).
        `service` defaults to the reason's, else a new passport.

        Raises:
            ValidationError: a general applicant without such a reason (seed 002 B1).
        """
        _check_category(category)
        name, nik = _check_person(name, nik)
        reason = reason.strip()
        if reason and reason not in rules.NO_BOOKING_SERVICES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Alasan datang tanpa booking {reason} tidak "
                                            "dikenal."),
                detail=f"unknown walk-in reason {reason!r}", reason=reason)
        service = service or reason or "paspor_baru"
        _check_service(service)
        if not rules.walk_in_allowed(category, service):
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Pemohon umum tanpa booking online tidak dapat "
                                            "dilayani ({name}): minta pemohon membuat booking "
                                            "di M-Paspor. Tanpa booking hanya pemohon prioritas "
                                            "(disabilitas, lansia, ibu hamil, balita) dan "
                                            "penggantian paspor hilang atau rusak."),
                detail=f"walk-in {category} without booking refused", name=name)
        with self._ctx.change(actor, CHECKIN) as uow:
            ticket = self._issue(uow, self.today(), category, name, nik, service,
                                 walk_in_reason=reason)
            uow.audit("queue.walk_in", "queue_ticket", ticket.id,
                      after={"number": ticket.number, "category": category,
                             "reason": reason})
            return _info(ticket)

    def _issue(self, uow: UnitOfWork, day: date, category: str, name: str, nik: str,
               service: str, *, booking_code: str = "", walk_in_reason: str = "") -> QueueTicket:
        # One sequence per office, day and class, from this workstation's number block: two
        # registration desks apart never hand out the same number (decision 0007).
        sequence = next_sequence(uow, f"antrian-{rules.prefix(category)}-{day:%m%d}", day.year)
        ticket = QueueTicket(
            id=new_id(), office_code=uow.actor.office_code, service_day=day,
            number=rules.ticket_number(category, sequence), sequence=sequence,
            category=category, booking_code=booking_code, walk_in_reason=walk_in_reason,
            applicant_name=name, nik=nik, service=service, status=rules.WAITING,
            issued_at=self._ctx.clock(), issued_by=uow.actor.username, call_count=0, desk="",
            called_by="", ended_by="")
        uow.session.add(ticket)
        uow.share(TICKET_KIND, ticket)
        return ticket

    # -- the desks -----------------------------------------------------------------------------

    def call_next(self, actor: Actor, desk: str) -> TicketInfo:
        """Call the next waiting ticket of today to `desk`: priority classes first, then the
        earliest issued (seed 004 step 1).

        Raises:
            ValidationError: the desk still has a called or served ticket, or nobody waits.
        """
        desk = self._desk(desk)
        with self._ctx.change(actor, CALLING) as uow:
            today = self.today()
            busy = uow.session.scalars(self._day(actor, today).where(
                QueueTicket.desk == desk, QueueTicket.status.in_(rules.AT_DESK))).first()
            if busy is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "{desk} masih menangani nomor {number}: "
                                                "selesaikan atau tandai tidak hadir dulu."),
                    detail=f"{desk} busy with {busy.number}", desk=desk, number=busy.number)
            waiting = uow.session.scalars(self._day(actor, today).where(
                QueueTicket.status == rules.WAITING)).all()
            if not waiting:
                raise ValidationError(QT_TRANSLATE_NOOP("gapura", "Tidak ada antrian yang "
                                                                  "menunggu."),
                                      detail="queue empty")
            ticket = min(waiting, key=lambda t: rules.call_order(t.category, t.issued_at,
                                                                 t.sequence))
            self._call(uow, ticket, desk)
            uow.audit("queue.called", "queue_ticket", ticket.id,
                      after={"number": ticket.number, "desk": desk})
            return _info(ticket)

    def recall(self, actor: Actor, ticket_id: str) -> TicketInfo:
        """Call a called ticket again (the applicant did not come up yet)."""
        with self._ctx.change(actor, CALLING) as uow:
            ticket = self._ticket(uow.session, actor, ticket_id, (rules.CALLED,))
            before = {"call_count": ticket.call_count}
            self._call(uow, ticket, ticket.desk)
            uow.audit("queue.recalled", "queue_ticket", ticket.id, before=before,
                      after={"number": ticket.number, "desk": ticket.desk,
                             "call_count": ticket.call_count})
            return _info(ticket)

    def start_serving(self, actor: Actor, ticket_id: str) -> TicketInfo:
        """The called applicant came to the desk."""
        return self._move(actor, ticket_id, (rules.CALLED,), rules.SERVING, "queue.serving")

    def finish(self, actor: Actor, ticket_id: str) -> TicketInfo:
        return self._move(actor, ticket_id, (rules.SERVING,), rules.DONE, "queue.finished")

    def no_show(self, actor: Actor, ticket_id: str) -> TicketInfo:
        """The called applicant did not come."""
        return self._move(actor, ticket_id, (rules.CALLED,), rules.NO_SHOW, "queue.no_show")

    def _move(self, actor: Actor, ticket_id: str, allowed: Sequence[str], status: str,
              action: str) -> TicketInfo:
        with self._ctx.change(actor, CALLING) as uow:
            ticket = self._ticket(uow.session, actor, ticket_id, allowed)
            before = ticket.status
            now = self._ctx.clock()
            ticket.status = status
            if status == rules.SERVING:
                ticket.served_at = now
            else:
                ticket.ended_at, ticket.ended_by = now, actor.username
            uow.share(TICKET_KIND, ticket)
            uow.audit(action, "queue_ticket", ticket.id, before={"status": before},
                      after={"status": status, "number": ticket.number, "desk": ticket.desk})
            return _info(ticket)

    def served_in(self, uow: UnitOfWork, number: str, nik: str) -> QueueTicket:
        """The ticket `number` of today at the actor's desk ends with the application taken
        in `uow` (the passport counter's intake): called or being served, and the NIK it was
        issued to (if it names one) is the applicant's.

        Raises:
            ValidationError: no such ticket at a desk today, or issued to another NIK.
        """
        wanted = " ".join(number.split()).upper()
        ticket = uow.session.scalar(self._day(uow.actor, self.today()).where(
            QueueTicket.number == wanted, QueueTicket.status.in_(rules.AT_DESK)))
        if ticket is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Nomor antrian {number} tidak sedang dipanggil atau "
                                            "dilayani hari ini. Periksa nomornya, atau panggil "
                                            "dahulu di layar Antrian."),
                detail=f"no ticket {wanted!r} at a desk today", number=wanted)
        if ticket.nik and nik and ticket.nik != nik:
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Nomor antrian {number} terdaftar atas NIK lain "
                                            "({nik}). Periksa KTP pemohon."),
                detail=f"ticket {wanted} issued to {ticket.nik}, applicant {nik}",
                number=wanted, nik=ticket.nik)
        before = ticket.status
        ticket.status, ticket.ended_at, ticket.ended_by = (
            rules.DONE, self._ctx.clock(), uow.actor.username)
        ticket.served_at = ticket.served_at or ticket.ended_at
        uow.share(TICKET_KIND, ticket)
        uow.audit("queue.finished", "queue_ticket", ticket.id, before={"status": before},
                  after={"status": rules.DONE, "number": ticket.number, "desk": ticket.desk})
        return ticket

    def _call(self, uow: UnitOfWork, ticket: QueueTicket, desk: str) -> None:
        ticket.status, ticket.desk = rules.CALLED, desk
        ticket.called_at, ticket.called_by = self._ctx.clock(), uow.actor.username
        ticket.call_count += 1
        uow.share(TICKET_KIND, ticket)

    @staticmethod
    def _desk(desk: str) -> str:
        desk = " ".join(desk.split())
        if not desk:
            raise ValidationError.missing("loket")
        return desk

    @staticmethod
    def _day(actor: Actor, day: date):  # noqa: ANN205 - a Select of QueueTicket
        return select(QueueTicket).where(QueueTicket.office_code == actor.office_code,
                                         QueueTicket.service_day == day)

    def _ticket(self, session: Session, actor: Actor, ticket_id: str,
                allowed: Sequence[str]) -> QueueTicket:
        ticket = session.get(QueueTicket, ticket_id)
        if ticket is None or ticket.office_code != actor.office_code:
            raise NotFoundError(QT_TRANSLATE_NOOP("gapura", "Nomor antrian tidak ditemukan."),
                                detail=f"ticket {ticket_id} not found")
        if ticket.status not in allowed:
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Nomor {number} berstatus {status}; tindakan ini "
                                            "tidak dapat dilakukan."),
                detail=f"ticket {ticket.number} is {ticket.status}, needs {allowed}",
                number=ticket.number, status=ticket.status)
        return ticket

    # -- reading -------------------------------------------------------------------------------

    def tickets(self, actor: Actor, day: date | None = None,
                status: str | None = None) -> list[TicketInfo]:
        """The tickets of a day (today by default), in the order they were issued."""
        query = self._day(actor, day or self.today())
        if status:
            query = query.where(QueueTicket.status == status)
        with self._ctx.query(actor, CHECKIN) as session:
            rows = session.scalars(query.order_by(QueueTicket.issued_at, QueueTicket.number))
            return [_info(r) for r in rows]

    def board(self, actor: Actor, limit: int = BOARD_SIZE) -> Board:
        """The waiting-room display: the last `limit` numbers called today (newest call first)
        with their desk, and how many wait in each class."""
        day = self.today()
        with self._ctx.query(actor, CHECKIN) as session:
            called = session.scalars(self._day(actor, day).where(
                QueueTicket.called_at.is_not(None),
                QueueTicket.status.in_(rules.AT_DESK))
                .order_by(QueueTicket.called_at.desc()).limit(limit)).all()
            waiting = Counter(session.scalars(
                select(QueueTicket.category).where(
                    QueueTicket.office_code == actor.office_code,
                    QueueTicket.service_day == day, QueueTicket.status == rules.WAITING)))
            return Board([CalledNumber(t.number, t.desk, t.called_at, t.call_count)  # type: ignore[arg-type]
                          for t in called], dict(waiting))


def _parse_bookings(text: str) -> tuple[list[BookingForm], list[str]]:
    """The rows of an M-Paspor CSV and the problems found, each naming its row."""
    text = text.lstrip("\ufeff")
    first = text.splitlines()[0] if text.strip() else ""
    reader = csv.DictReader(io.StringIO(text), delimiter=";" if ";" in first else ",")
    headers = {(h or "").strip().lower(): h for h in reader.fieldnames or ()}
    names = {english: headers.get(indonesian) or headers.get(english)
             for indonesian, english in CSV_COLUMNS.items()}
    absent = [ind for ind, eng in CSV_COLUMNS.items() if names[eng] is None and ind != "jam"]
    if absent:
        return [], [f"kolom {', '.join(absent)} tidak ada"]
    forms: list[BookingForm] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(reader, start=2):  # row 1 is the header
        values = {eng: (raw.get(col) or "").strip() if col else ""
                  for eng, col in names.items()}
        if not any(values.values()):
            continue
        wrong = _row_problems(values)
        code = values["code"].upper()
        if code in seen:
            wrong.append(f"kode sama dengan baris {seen[code]}")
        seen.setdefault(code, number)
        if wrong:
            problems.append(f"baris {number} ({code or '-'}): {', '.join(wrong)}")
            continue
        forms.append(BookingForm(code, _date(values["date"]), values["name"],  # type: ignore[arg-type]
                                 values["nik"], values["service"], values["slot"]))
    if not forms and not problems:
        problems.append("tidak ada baris booking")
    return forms, problems


def _row_problems(values: dict[str, str]) -> list[str]:
    wrong = []
    if not values["code"]:
        wrong.append("kode kosong")
    if _date(values["date"]) is None:
        wrong.append(f"tanggal {values['date'] or '-'} tidak sah")
    if not values["name"]:
        wrong.append("nama kosong")
    if not rules.valid_nik(values["nik"]):
        wrong.append(f"NIK {values['nik'] or '-'} tidak sah")
    if values["service"] not in rules.SERVICES:
        wrong.append(f"layanan {values['service'] or '-'} tidak dikenal")
    return wrong


def _date(text: str) -> date | None:
    """ISO (2026-11-25) or the Indonesian day-month-year (25-11-2026, 25/11/2026)."""
    for pattern in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None
