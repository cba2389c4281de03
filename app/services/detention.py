"""Detensi register (issue 10): a foreigner from intake to release or deportation.

Each detainee rides on the cases of seed 002 section C: C2 Pendetensian Orang Asing (the
Kakanim's TAK, the Kasi's approval of the order), C3 Pengeluaran Deteni and C4 Pendeportasian;
the steps' `needs` are the records this module holds (an order issued, the search's goods
counted, the doctor's statement, the receipt, the room), so a step cannot be done before its
paper exists. Every paper is issued through `app.services.documents` (numbered, sealed, kept);
every change is audited and the detainee's record (with its belongings, cash, placements and
log) shared with the office's other desks in the same transaction.

Belongings are never deleted: each line of the intake list is returned (ticked off against the
list at release) or handed over, and a difference (a quantity or a currency's sum not given
back as taken) must be explained before the Berita Acara Pengeluaran is made.

A deportee proposed for penangkalan gets a PENANGKALAN case when C4 ends; the Kakanim's approval
in the approvals inbox puts the person on the penangkalan list the counters screen.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from app.auth.permissions import Actor, Permission, Role, require
from app.domain import detention as rules
from app.domain.countries import country
from app.domain.sop import Step
from app.errors import NotFoundError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.base import ServiceContext, UnitOfWork
from app.services.cases import OPEN, CaseService, SubjectForm
from app.services.reference import ReferenceService
from app.services.screening import ScreeningService
from app.store.case_models import Case
from app.store.detention_models import (
    Detainee,
    DetentionCash,
    DetentionEvent,
    DetentionItem,
    DetentionPlacement,
    DetentionRoom,
)
from app.store.models import User, UserRole

log = logging.getLogger(__name__)

SUBJECT = SHARED_KIND = "detainee"
ROOM_KIND = "detention_room"
PROPOSED, DETAINED, DEPORTING, RELEASED, DEPORTED, CANCELLED = (
    "proposed", "detained", "deporting", "released", "deported", "cancelled")
IN_CUSTODY = (DETAINED, DEPORTING)
REFERRALS = ("nota_dinas", "surat_titipan")
REFERRAL_TITLES = {"nota_dinas": "Nota Dinas usulan TAK", "surat_titipan": "Surat Titipan Deteni"}
GROUNDS = ("tanpa_izin_tinggal", "tanpa_dokumen_perjalanan", "pembatalan_izin_tinggal",
           "menunggu_deportasi", "ditolak_masuk")  # printing.templates.detensi.GROUNDS
RELEASE_REASONS = ("deportasi", "pemindahan", "pembebasan")
LOG_KINDS = ("kunjungan", "kesehatan", "insiden")
REVIEW = "tinjauan"
HELD, RETURNED, HANDED_OVER = "held", "returned", "handed_over"
SEX_NAMES = {"M": "Laki-laki", "F": "Perempuan"}
POSITION = "Petugas Inteldakim"
LAW = "Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian"


@dataclass(frozen=True)
class DetentionIntake:
    referral_kind: str  # nota_dinas | surat_titipan
    referral_number: str
    referring_unit: str
    full_name: str
    birth_date: date
    sex: str  # M | F
    nationality: str  # ISO 3166 alpha-3
    ground: str  # one of GROUNDS
    violation: str
    passport_number: str = ""
    birth_place: str = ""
    address: str = ""
    with_family: bool = False


@dataclass(frozen=True)
class ItemForm:
    """One line of goods: found in the search (kept, or carried into the room), a valuable
    kept under a seal, or a necessity handed to the detainee."""

    description: str
    quantity: int = 1
    unit: str = "buah"
    condition: str = "Baik"
    seal_number: str = ""  # a valuable: sealed, kept by the officers
    carried: bool = False  # taken into the room by the detainee
    photo: bytes = b""  # JPEG, kept on the case


@dataclass(frozen=True)
class ReturnLine:
    """What is given back of one line of the intake list at release."""

    quantity: int
    note: str = ""  # why it differs from the list, when it does


@dataclass(frozen=True)
class Receiver:
    """The Rudenim officer who receives a transferred detainee and their belongings."""

    name: str
    nip: str
    position: str = "Petugas Rumah Detensi Imigrasi"
    rank: str = ""

    def cleaned(self) -> Receiver:
        nip = "".join(self.nip.split())
        if not self.name.strip() or not (nip.isdigit() and len(nip) == 18):
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Isi nama petugas Rudenim penerima dan NIP-nya "
                                            "(18 angka)."),
                detail=f"receiver {self.name!r} NIP {self.nip!r}")
        return Receiver(" ".join(self.name.split()), nip,
                        " ".join(self.position.split()) or "Petugas Rumah Detensi Imigrasi",
                        " ".join(self.rank.split()))


@dataclass(frozen=True)
class DeportationPlan:
    escorts: tuple[str, ...]  # usernames of the escort officers
    carrier_name: str
    flight_number: str
    departure_at: datetime
    checkpoint: str
    destination: str
    propose_ban: bool = False


@dataclass(frozen=True)
class RoomInfo:
    id: str
    code: str
    name: str
    category: str
    capacity: int
    occupants: int


@dataclass(frozen=True)
class ItemInfo:
    id: str
    seq: int
    kind: str
    description: str
    quantity: int
    unit: str
    condition: str
    seal_number: str
    carried: bool
    state: str
    returned_quantity: int
    return_note: str
    photo_attachment_id: str = ""


@dataclass(frozen=True)
class CashInfo:
    id: str
    currency: str
    denomination: int
    count: int
    returned_count: int | None
    return_note: str


@dataclass(frozen=True)
class LogInfo:
    kind: str
    at: datetime
    username: str
    text: str


@dataclass(frozen=True)
class DetaineeInfo:
    id: str
    case_id: str
    number: str
    state: str
    full_name: str
    sex: str
    birth_date: date
    nationality: str
    passport_number: str
    ground: str
    category: str
    room_code: str
    room_name: str
    detained_on: date | None
    days: int
    alerts: tuple[str, ...]
    release_case_id: str = ""
    release_reason: str = ""
    deportation_case_id: str = ""
    ban_proposed: bool = False
    ban_case_id: str = ""
    ban_listed: bool = False
    documents: tuple[str, ...] = ()  # templates issued, in order


@dataclass(frozen=True)
class Belongings:
    items: tuple[ItemInfo, ...]
    cash: tuple[CashInfo, ...]
    cash_seal_number: str
    totals: Mapping[str, int] = field(default_factory=dict)


def _invalid(problem: rules.Problem) -> ValidationError:
    return ValidationError(problem.message, detail=problem.rule, **problem.fields)


class DetentionService:
    def __init__(self, context: ServiceContext, cases: CaseService,
                 screening: ScreeningService, reference: ReferenceService,
                 devices: Any = None) -> None:
        self._ctx = context
        self._cases = cases
        self._screening = screening
        self._reference = reference
        self._devices = devices
        cases.add_module(self)

    def _today(self) -> date:
        return self._ctx.clock().astimezone(self._ctx.config.timezone).date()

    # -- rooms ----------------------------------------------------------------------------------

    def add_room(self, actor: Actor, code: str, name: str, category: str,
                 capacity: int) -> RoomInfo:
        """A room of the Ruang Detensi with its category (men, women, families, minors)."""
        if not code.strip() or not name.strip():
            raise ValidationError.missing("kode dan nama ruang")
        rules.RoomCategory(category)
        if capacity < 1:
            raise ValidationError(QT_TRANSLATE_NOOP("gapura", "Kapasitas ruang minimal 1 orang."),
                                  detail=f"capacity {capacity}")
        with self._ctx.change(actor, Permission.DETENTION_MANAGE) as uow:
            if uow.session.scalar(select(DetentionRoom).where(
                    DetentionRoom.office_code == actor.office_code,
                    DetentionRoom.code == code.strip().upper())) is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Ruang {code} sudah ada."),
                    detail=f"room {code} exists", code=code.strip().upper())
            room = DetentionRoom(office_code=actor.office_code, code=code.strip().upper(),
                                 name=" ".join(name.split()), category=category,
                                 capacity=capacity, active=True)
            uow.session.add(room)
            uow.session.flush()
            uow.audit("detention.room_added", ROOM_KIND, room.id,
                      after={"code": room.code, "category": category, "capacity": capacity})
            uow.share(ROOM_KIND, room)
            return self._room_info(uow.session, room)

    def rooms(self, actor: Actor) -> list[RoomInfo]:
        with self._ctx.query(actor, Permission.DETENTION_MANAGE) as session:
            rows = session.scalars(select(DetentionRoom).where(
                DetentionRoom.office_code == actor.office_code, DetentionRoom.active.is_(True))
                .order_by(DetentionRoom.code)).all()
            return [self._room_info(session, room) for room in rows]

    @staticmethod
    def _occupants(session: Session, room_id: str) -> int:
        return session.scalar(select(func.count()).select_from(DetentionPlacement).where(
            DetentionPlacement.room_id == room_id, DetentionPlacement.left_at.is_(None))) or 0

    def _room_info(self, session: Session, room: DetentionRoom) -> RoomInfo:
        return RoomInfo(room.id, room.code, room.name, room.category, room.capacity,
                        self._occupants(session, room.id))

    # -- intake (C2) ----------------------------------------------------------------------------

    def receive(self, actor: Actor, intake: DetentionIntake) -> DetaineeInfo:
        """The referral of a foreigner to detain (Nota Dinas usulan TAK or Surat Titipan Deteni):
        the identity and the grounds, on a new C2 case waiting for the Kakanim's TAK.

        Raises:
            ValidationError: a missing or malformed field; nothing is written.
        """
        require(actor, Permission.DETENTION_MANAGE)
        name = self._checked(intake)
        today = self._today()
        category = rules.category_for(intake.sex, intake.birth_date, today,
                                      with_family=intake.with_family)
        with self._cases.changing(actor, Permission.DETENTION_MANAGE) as uow:
            case = self._cases.open_in(uow, "C2", [SubjectForm(
                "detainee", name, intake.passport_number.strip(), intake.nationality.upper(),
                intake.birth_date)], title=f"Pendetensian {name}",
                note=f"{REFERRAL_TITLES[intake.referral_kind]} {intake.referral_number.strip()} "
                     f"dari {intake.referring_unit.strip()}")
            row = Detainee(
                office_code=actor.office_code, case_id=case.id, state=PROPOSED,
                received_at=self._ctx.clock(), received_by=actor.username,
                referral_kind=intake.referral_kind,
                referral_number=intake.referral_number.strip(),
                referring_unit=" ".join(intake.referring_unit.split()), full_name=name,
                birth_place=" ".join(intake.birth_place.split()).upper(),
                birth_date=intake.birth_date, sex=intake.sex,
                nationality=intake.nationality.strip().upper(),
                passport_number=intake.passport_number.strip().upper(),
                address=" ".join(intake.address.split()), with_family=intake.with_family,
                category=category.value, ground=intake.ground,
                violation=" ".join(intake.violation.split()))
            uow.session.add(row)
            uow.session.flush()
            self._changed(uow, row, "detention.received", after={
                "case": case.number, "ground": row.ground, "referral": row.referral_number})
            return self._info(uow.session, row)

    @staticmethod
    def _checked(intake: DetentionIntake) -> str:
        for label, value in (("nomor surat rujukan", intake.referral_number),
                             ("unit pengirim", intake.referring_unit),
                             ("nama deteni", intake.full_name),
                             ("uraian pelanggaran", intake.violation)):
            if not value.strip():
                raise ValidationError.missing(label)
        if intake.referral_kind not in REFERRALS or intake.ground not in GROUNDS:
            raise ValidationError(detail=f"referral {intake.referral_kind!r} "
                                         f"ground {intake.ground!r}")
        if intake.sex not in SEX_NAMES:
            raise ValidationError.missing("jenis kelamin")
        found = country(intake.nationality.strip().upper())
        if found is None or intake.nationality.strip().upper() == "IDN":
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Kewarganegaraan {code} bukan kode negara asing "
                                            "(ICAO 3 huruf, misalnya MYS)."),
                detail=f"nationality {intake.nationality!r}", code=intake.nationality)
        return " ".join(intake.full_name.split()).upper()

    def identity_from_mrz(self, mrz: str) -> dict[str, Any]:
        """The identity a passport's MRZ gives, to fill the intake form (a scan or typed)."""
        from app.domain.mrz import parse_mrz

        result = parse_mrz(mrz, today=self._today())
        return {"full_name": f"{result.given_names} {result.surname}".strip(),
                "birth_date": result.birth_date, "sex": result.sex or "",
                "nationality": result.nationality,
                "passport_number": result.document_number}

    def issue_detention_order(self, actor: Actor, detainee_id: str, decision_number: str,
                              decision_date: date) -> DetaineeInfo:
        """SOP C2 step 4, after the Kakanim's TAK: the Surat Perintah Pendetensian (signed by the
        Kakanim) and the Berita Acara Pendetensian; the detention starts now."""
        if not decision_number.strip():
            raise ValidationError.missing("nomor keputusan TAK")
        with self._cases.changing(actor, Permission.DETENTION_MANAGE) as uow:
            row = self._row(uow.session, actor, detainee_id)
            self._at_step(uow.session, row.case_id, "pra_pendetensian")
            from app.services.documents import issue

            now, today = self._ctx.clock(), self._today()
            row.decision_number, row.decision_date = decision_number.strip(), decision_date
            order = issue(uow, "sp_pendetensian", {
                "bases": self._bases(row), "officers": [self._officer(uow)],
                **self._identity(row, "detainee"), "valid_from": today,
                "place": self._ctx.config["office.name"], "issued_on": today,
                **self._head(uow)}, subject_type=SUBJECT, subject_id=row.id)
            record = issue(uow, "ba_pendetensian", {
                "detained_at": now, "officers": [self._officer(uow)],
                **self._identity(row, "detainee"), "ground": row.ground,
                "violation": row.violation, "decision_number": row.decision_number,
                "decision_date": decision_date, "order_number": order.number,
                "order_date": today, "referral": self._referral(row)},
                subject_type=SUBJECT, subject_id=row.id)
            row.order_document_id, row.record_document_id = order.id, record.id
            row.detained_at, row.state = now, DETAINED
            self._changed(uow, row, "detention.ordered", after={
                "decision": row.decision_number, "order": order.number,
                "record": record.number})
            return self._info(uow.session, row)

    def record_search(self, actor: Actor, detainee_id: str, items: Sequence[ItemForm],
                      cash: Sequence[rules.CashLine], *, cash_seal_number: str = "",
                      outcome: str, witnesses: Sequence[str]) -> DetaineeInfo:
        """SOP C2 steps 6-7: the search and the goods secured, item by item (valuables under
        a seal), cash counted by currency and denomination in a sealed envelope; the Berita
        Acara Penggeledahan, witnessed."""
        if not outcome.strip():
            raise ValidationError.missing("hasil penggeledahan")
        if not [w for w in witnesses if w.strip()]:
            raise ValidationError.missing("saksi")
        if cash and not cash_seal_number.strip():
            raise ValidationError.missing("nomor segel amplop uang")
        for line in cash:
            if len(line.currency) != 3 or not line.currency.isalpha() or \
                    line.denomination < 1 or line.count < 1:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Baris uang {currency} {denomination} × {count} "
                                                "tidak sah: mata uang 3 huruf, pecahan dan "
                                                "jumlah lembar lebih dari 0."),
                    detail=f"cash line {line}", currency=line.currency,
                    denomination=line.denomination, count=line.count)
        self._check_items(items)
        with self._cases.changing(actor, Permission.DETENTION_MANAGE) as uow:
            row = self._row(uow.session, actor, detainee_id)
            self._at_step(uow.session, row.case_id, "penggeledahan")
            if row.searched_at is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Penggeledahan deteni ini sudah dicatat; barang "
                                                "tidak dapat dihapus atau dicatat ulang."),
                    detail="search already recorded")
            from app.services.documents import issue

            case = uow.session.get(Case, row.case_id)
            for form in items:
                self._add_item(uow, row, case, form, "berharga" if form.seal_number.strip()
                               else "barang")
            for line in cash:
                uow.session.add(DetentionCash(detainee_id=row.id, currency=line.currency.upper(),
                                              denomination=line.denomination, count=line.count,
                                              return_note=""))
            row.cash_seal_number = cash_seal_number.strip().upper()
            totals = rules.cash_totals(rules.CashLine(c.currency.upper(), c.denomination,
                                                      c.count) for c in cash)
            listed = [{"description": f.description.strip(), "quantity": f.quantity,
                       "unit": f.unit or "buah",
                       "action": "Dibawa deteni ke ruang detensi" if f.carried
                       else "Dititipkan kepada petugas",
                       "remarks": f"segel {f.seal_number.strip().upper()}"
                       if f.seal_number.strip() else f.condition}
                      for f in items]
            listed += [{"description": f"Uang {currency}", "quantity": 1, "unit": "amplop",
                        "action": "Dititipkan kepada petugas",
                        "remarks": f"{_amount(currency, amount)}, segel {row.cash_seal_number}"}
                       for currency, amount in totals.items()]
            document = issue(uow, "ba_penggeledahan", {
                "searched_at": self._ctx.clock(), "officers": [self._officer(uow)],
                **self._identity(row, "detainee"),
                "order_number": self._number(uow.session, row.order_document_id),
                "items": listed, "outcome": outcome.strip(),
                "witnesses": [{"name": w.strip()} for w in witnesses if w.strip()]},
                subject_type=SUBJECT, subject_id=row.id)
            row.searched_at, row.search_document_id = self._ctx.clock(), document.id
            self._changed(uow, row, "detention.searched", after={
                "items": len(items), "cash": totals, "seal": row.cash_seal_number,
                "document": document.number})
            return self._info(uow.session, row)

    @staticmethod
    def _check_items(items: Sequence[ItemForm]) -> None:
        for form in items:
            if not form.description.strip():
                raise ValidationError.missing("uraian barang")
            if not 1 <= form.quantity <= 9999:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Jumlah barang “{item}” harus 1 sampai 9999."),
                    detail=f"quantity {form.quantity}", item=form.description.strip())

    def _add_item(self, uow: UnitOfWork, row: Detainee, case: Case, form: ItemForm,
                  kind: str) -> None:
        seq = (uow.session.scalar(select(func.max(DetentionItem.seq)).where(
            DetentionItem.detainee_id == row.id)) or 0) + 1
        photo = ""
        if form.photo:
            photo = self._cases.attach_in(uow, case, f"barang_{seq:02d}.jpg", "image/jpeg",
                                          form.photo).id
        uow.session.add(DetentionItem(
            detainee_id=row.id, seq=seq, kind=kind, description=form.description.strip(),
            quantity=form.quantity, unit=form.unit.strip() or "buah",
            condition=form.condition.strip() or "Baik",
            seal_number=form.seal_number.strip().upper(), carried=form.carried,
            photo_attachment_id=photo, recorded_at=self._ctx.clock(),
            recorded_by=uow.actor.username, state=HELD, returned_quantity=0, return_note=""))
        uow.session.flush()

    def record_health(self, actor: Actor, detainee_id: str, doctor: str, statement: str,
                      scan: bytes = b"") -> DetaineeInfo:
        """SOP C2 step 8: the doctor's statement (Surat Keterangan Sehat), its scan kept."""
        if not doctor.strip() or not statement.strip():
            raise ValidationError.missing("nama dokter dan keterangan kesehatan")
        with self._cases.changing(actor, Permission.DETENTION_MANAGE) as uow:
            row = self._row(uow.session, actor, detainee_id)
            self._at_step(uow.session, row.case_id, "pemeriksaan_kesehatan", "keperluan_deteni",
                          "tempatkan")
            if scan:
                case = uow.session.get(Case, row.case_id)
                row.health_attachment_id = self._cases.attach_in(
                    uow, case, "surat_keterangan_sehat.pdf", "application/pdf", scan).id
            row.health_at, row.health_doctor = self._ctx.clock(), " ".join(doctor.split())
            row.health_statement = statement.strip()
            self._log(uow, row, "kesehatan", f"{row.health_doctor}: {row.health_statement}")
            self._changed(uow, row, "detention.health", after={"doctor": row.health_doctor})
            return self._info(uow.session, row)

    def hand_necessities(self, actor: Actor, detainee_id: str,
                         items: Sequence[ItemForm]) -> DetaineeInfo:
        """SOP C2 step 9: the necessities handed to the detainee, with the valuables and cash
        kept, on the Tanda Terima Keperluan Deteni the detainee and the officer sign."""
        if not items:
            raise ValidationError.missing("keperluan deteni")
        self._check_items(items)
        with self._cases.changing(actor, Permission.DETENTION_MANAGE) as uow:
            row = self._row(uow.session, actor, detainee_id)
            self._at_step(uow.session, row.case_id, "keperluan_deteni")
            case = uow.session.get(Case, row.case_id)
            for form in items:
                self._add_item(uow, row, case, form, "keperluan")
            from app.services.documents import actor_signer, issue

            goods = self._items(uow.session, row.id)
            cash = self._cash(uow.session, row.id)
            document = issue(uow, "tanda_terima_deteni", {
                "received_at": self._ctx.clock(), **self._identity(row, "detainee"),
                "items": [{"description": i.description, "quantity": i.quantity,
                           "unit": i.unit, "condition": i.condition}
                          for i in goods if i.kind == "keperluan"],
                "valuables": [{"description": i.description, "quantity": i.quantity,
                               "unit": i.unit, "seal_number": i.seal_number}
                              for i in goods if i.kind == "berharga"],
                "cash": [{"currency": c.currency, "denomination": c.denomination,
                          "count": c.count} for c in cash],
                "cash_totals": [{"currency": k, "amount": v} for k, v in rules.cash_totals(
                    rules.CashLine(c.currency, c.denomination, c.count) for c in cash).items()],
                "cash_seal_number": row.cash_seal_number,
                **actor_signer(uow, "officer", POSITION)},
                subject_type=SUBJECT, subject_id=row.id)
            row.receipt_document_id = document.id
            self._changed(uow, row, "detention.necessities",
                          after={"items": len(items), "document": document.number})
            return self._info(uow.session, row)

    def capture_biometrics(self, actor: Actor, detainee_id: str) -> DetaineeInfo:
        """The detainee's photo and fingerprints (issue 10 point 1), through the devices."""
        from app.services.biometrics import capture_applicant

        with self._ctx.query(actor, Permission.DETENTION_MANAGE) as session:
            self._row(session, actor, detainee_id)
        photo, prints = capture_applicant(self._devices)
        with self._cases.changing(actor, Permission.DETENTION_MANAGE) as uow:
            row = self._row(uow.session, actor, detainee_id)
            case = uow.session.get(Case, row.case_id)
            row.photo_attachment_id = self._cases.attach_in(
                uow, case, "foto_deteni.jpg", "image/jpeg", photo.jpeg).id
            row.fingerprints = len(prints.impressions)
            self._changed(uow, row, "detention.biometrics", after={"fingers": row.fingerprints})
            return self._info(uow.session, row)

    # -- rooms: placement and moves -------------------------------------------------------------

    def place(self, actor: Actor, detainee_id: str, room_id: str,
              reason: str = "") -> DetaineeInfo:
        """Put the detainee in a room (SOP C2 step 10), or move them to another (the reason
        recorded). A room of another category, or full, is refused with the reason."""
        with self._cases.changing(actor, Permission.DETENTION_MANAGE) as uow:
            row = self._row(uow.session, actor, detainee_id)
            if row.state not in IN_CUSTODY:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Deteni belum didetensi atau sudah dikeluarkan; "
                                                "tidak dapat ditempatkan."),
                    detail=f"state {row.state}")
            room = uow.session.get(DetentionRoom, room_id)
            if room is None or room.office_code != actor.office_code or not room.active:
                raise NotFoundError(QT_TRANSLATE_NOOP("gapura", "Ruang tidak ditemukan."),
                                    detail=f"no room {room_id}")
            if room.id == row.room_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Deteni sudah berada di ruang {room}."),
                    detail="same room", room=room.name)
            moving = bool(row.room_id)
            if moving and not reason.strip():
                raise ValidationError.missing("alasan pemindahan ruang")
            problem = rules.placement_problem(room.name, room.category, room.capacity,
                                              self._occupants(uow.session, room.id),
                                              row.category)
            if problem is not None:
                raise _invalid(problem)
            now = self._ctx.clock()
            self._leave_room(uow.session, row, now)
            uow.session.add(DetentionPlacement(detainee_id=row.id, room_id=room.id,
                                               placed_at=now, placed_by=actor.username,
                                               reason=reason.strip()))
            row.room_id = room.id
            case = uow.session.get(Case, row.case_id)
            self._cases.record_in(uow, case, "detention",
                                  f"{'dipindahkan ke' if moving else 'ditempatkan di'} "
                                  f"{room.name}" + (f": {reason.strip()}" if moving else ""))
            self._changed(uow, row, "detention.moved" if moving else "detention.placed",
                          after={"room": room.code, "reason": reason.strip()})
            return self._info(uow.session, row)

    @staticmethod
    def _leave_room(session: Session, row: Detainee, now: datetime) -> None:
        current = session.scalar(select(DetentionPlacement).where(
            DetentionPlacement.detainee_id == row.id, DetentionPlacement.left_at.is_(None)))
        if current is not None:
            current.left_at = now
        row.room_id = ""

    # -- the register ---------------------------------------------------------------------------

    def log(self, actor: Actor, detainee_id: str, kind: str, text: str) -> DetaineeInfo:
        """A visit, a health event or an incident, in the register's log."""
        if kind not in LOG_KINDS:
            raise ValidationError(detail=f"log kind {kind!r}")
        if not text.strip():
            raise ValidationError.missing("uraian")
        with self._cases.changing(actor, Permission.DETENTION_MANAGE) as uow:
            row = self._row(uow.session, actor, detainee_id)
            self._log(uow, row, kind, text.strip())
            self._changed(uow, row, f"detention.{kind}", after={"chars": len(text.strip())})
            return self._info(uow.session, row)

    def review(self, actor: Actor, detainee_id: str, note: str) -> DetaineeInfo:
        """The periodic review of a detainee's detention (the next is due
        `detensi.review_days` later)."""
        if not note.strip():
            raise ValidationError.missing("hasil peninjauan")
        with self._cases.changing(actor, Permission.DETENTION_MANAGE) as uow:
            row = self._row(uow.session, actor, detainee_id)
            if row.state not in IN_CUSTODY:
                raise ValidationError(detail=f"review of a detainee in state {row.state}")
            row.last_review_on = self._today()
            self._log(uow, row, REVIEW, note.strip())
            self._changed(uow, row, "detention.reviewed", after={"on": str(row.last_review_on)})
            return self._info(uow.session, row)

    def _log(self, uow: UnitOfWork, row: Detainee, kind: str, text: str) -> None:
        uow.session.add(DetentionEvent(detainee_id=row.id, kind=kind, at=self._ctx.clock(),
                                       username=uow.actor.username, text=text))
        uow.session.flush()

    def limits(self, day: date) -> rules.Limits:
        ref = self._reference
        return rules.Limits(ref.integer("detensi.review_days", day),
                            ref.integer("detensi.review_warning_days", day),
                            ref.integer("detensi.max_days", day),
                            ref.integer("detensi.max_warning_days", day))

    def register(self, actor: Actor) -> list[DetaineeInfo]:
        """The detainees in custody now (and those proposed), longest in detention first,
        with their days, room and alerts."""
        with self._ctx.query(actor, Permission.DETENTION_MANAGE) as session:
            rows = session.scalars(select(Detainee).where(
                Detainee.office_code == actor.office_code,
                Detainee.state.in_((PROPOSED, *IN_CUSTODY)))
                .order_by(Detainee.detained_at.is_(None), Detainee.detained_at,
                          Detainee.received_at)).all()
            return [self._info(session, row) for row in rows]

    def print_daily_register(self, actor: Actor) -> bytes:
        """The Register Harian Deteni of today, signed by the officer who prints it: everyone
        in custody with their days, room, grounds and alerts; issued to the print queue."""
        from app.services.documents import actor_signer, issue

        ground_titles = {"tanpa_izin_tinggal": "Tanpa izin tinggal yang sah",
                         "tanpa_dokumen_perjalanan": "Tanpa dokumen perjalanan yang sah",
                         "pembatalan_izin_tinggal": "Izin tinggal dibatalkan (TAK)",
                         "menunggu_deportasi": "Menunggu deportasi",
                         "ditolak_masuk": "Ditolak masuk, menunggu keberangkatan"}
        today = self._today()
        with self._ctx.change(actor, Permission.DETENTION_MANAGE) as uow:
            rows = uow.session.scalars(select(Detainee).where(
                Detainee.office_code == actor.office_code, Detainee.state.in_(IN_CUSTODY))
                .order_by(Detainee.detained_at)).all()
            entries = []
            for row in rows:
                info = self._info(uow.session, row)
                entries.append({"number": info.number, "name": row.full_name,
                                "nationality": _nationality(row.nationality),
                                "passport_number": row.passport_number,
                                "ground": ground_titles[row.ground],
                                "room": info.room_name, "detained_on": info.detained_on,
                                "days": info.days, "alerts": "; ".join(info.alerts)[:300]})
            document = issue(uow, "register_deteni", {
                "day": today, "entries": entries, **actor_signer(uow, "preparer")},
                subject_type="detention_register", subject_id=f"{actor.office_code}:{today}")
            return document.pdf

    def all_detainees(self, actor: Actor) -> list[DetaineeInfo]:
        with self._ctx.query(actor, Permission.DETENTION_MANAGE) as session:
            rows = session.scalars(select(Detainee).where(
                Detainee.office_code == actor.office_code)
                .order_by(Detainee.received_at.desc())).all()
            return [self._info(session, row) for row in rows]

    def get(self, actor: Actor, detainee_id: str) -> DetaineeInfo:
        with self._ctx.query(actor, Permission.DETENTION_MANAGE) as session:
            return self._info(session, self._row(session, actor, detainee_id))

    def belongings(self, actor: Actor, detainee_id: str) -> Belongings:
        with self._ctx.query(actor, Permission.DETENTION_MANAGE) as session:
            row = self._row(session, actor, detainee_id)
            items = tuple(_item_info(i) for i in self._items(session, row.id))
            cash = tuple(CashInfo(c.id, c.currency, c.denomination, c.count, c.returned_count,
                                  c.return_note) for c in self._cash(session, row.id))
            totals = rules.cash_totals(rules.CashLine(c.currency, c.denomination, c.count)
                                       for c in cash)
            return Belongings(items, cash, row.cash_seal_number, totals)

    def logbook(self, actor: Actor, detainee_id: str) -> list[LogInfo]:
        with self._ctx.query(actor, Permission.DETENTION_MANAGE) as session:
            row = self._row(session, actor, detainee_id)
            return [LogInfo(e.kind, e.at, e.username, e.text) for e in session.scalars(
                select(DetentionEvent).where(DetentionEvent.detainee_id == row.id)
                .order_by(DetentionEvent.at, DetentionEvent.id))]

    def document_pdf(self, actor: Actor, detainee_id: str, template: str) -> bytes:
        """The last PDF of `template` issued for the detainee (a berita acara to read back)."""
        from app.store.counter_models import IssuedDocument

        with self._ctx.query(actor, Permission.DETENTION_MANAGE) as session:
            row = self._row(session, actor, detainee_id)
            pdf = session.scalar(select(IssuedDocument.pdf).where(
                IssuedDocument.subject_type == SUBJECT, IssuedDocument.subject_id == row.id,
                IssuedDocument.template == template)
                .order_by(IssuedDocument.issued_at.desc()).limit(1))
            if pdf is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("gapura", "Dokumen belum diterbitkan."),
                                    detail=f"no {template} for {detainee_id}")
            return pdf

    # -- release (C3) ---------------------------------------------------------------------------

    def decide_release(self, actor: Actor, detainee_id: str, reason: str,
                       destination: str = "", why: str = "") -> DetaineeInfo:
        """SOP C3 step 1: the decision to deport, transfer (to a Rudenim) or release, drafted
        for the Kakanim on a new C3 case; a deportation's or a transfer's Keputusan drafted
        with it (`why`: the transfer's reason, which its Keputusan states)."""
        if reason not in RELEASE_REASONS:
            raise ValidationError(detail=f"release reason {reason!r}")
        if reason != "pembebasan" and not destination.strip():
            raise ValidationError.missing("tujuan (TPI keberangkatan atau Rudenim)")
        if reason == "pemindahan" and not why.strip():
            raise ValidationError.missing("alasan pemindahan ke Rudenim")
        with self._cases.changing(actor, Permission.DETENTION_MANAGE) as uow:
            row = self._row(uow.session, actor, detainee_id)
            if row.state != DETAINED or row.release_case_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Pengeluaran deteni ini sudah diproses atau "
                                                "deteni belum didetensi."),
                    detail=f"state {row.state}, release case {row.release_case_id!r}")
            case = self._cases.open_in(uow, "C3", [SubjectForm(
                "detainee", row.full_name, row.passport_number, row.nationality,
                row.birth_date)], title=f"Pengeluaran {row.full_name} ({reason})")
            row.release_case_id, row.release_reason = case.id, reason
            row.release_destination = " ".join(destination.split())
            if reason == "deportasi":
                self._draft_deportation_decision(uow, row)
            elif reason == "pemindahan":
                self._draft_transfer_decision(uow, row, " ".join(why.split()))
            self._changed(uow, row, "detention.release_proposed",
                          after={"case": case.number, "reason": reason,
                                 "why": " ".join(why.split())})
            return self._info(uow.session, row)

    def _draft_deportation_decision(self, uow: UnitOfWork, row: Detainee) -> None:
        from app.services.documents import issue

        if not row.passport_number:
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Deportasi memerlukan nomor paspor atau SPLP deteni; "
                                            "lengkapi identitas lebih dahulu."),
                detail="deportation without a travel document")
        document = issue(uow, "sk_deportasi", {
            "considerations": [f"bahwa {row.full_name} berkewarganegaraan "
                               f"{_nationality(row.nationality)} {row.violation.rstrip('.')}",
                               "bahwa terhadap Orang Asing tersebut perlu dikenai Tindakan "
                               "Administratif Keimigrasian berupa Pendeportasian"],
            "legal_bases": [f"{LAW}, Pasal 75 dan Pasal 83"],
            **self._identity(row, "deportee"),
            "deportation_reason": row.violation, "exit_checkpoint": row.release_destination,
            "destination": _nationality(row.nationality),
            "place": self._ctx.config["office.name"], "set_on": self._today(),
            **self._head(uow)}, subject_type=SUBJECT, subject_id=row.id)
        row.release_decision_document_id = document.id

    def _draft_transfer_decision(self, uow: UnitOfWork, row: Detainee, why: str) -> None:
        from app.services.documents import issue

        office = self._ctx.config["office.name"]
        since = _local_day(self._ctx, row.detained_at)
        held = f" sejak tanggal {since:%d-%m-%Y}" if since else ""
        document = issue(uow, "sk_pemindahan", {
            "considerations": [f"bahwa {row.full_name} berkewarganegaraan "
                               f"{_nationality(row.nationality)} {row.violation.rstrip('.')} "
                               f"dan ditempatkan di Ruang Detensi Imigrasi {office}{held}",
                               f"bahwa {why.rstrip('.')}, sehingga Orang Asing tersebut perlu "
                               f"dipindahkan ke {row.release_destination}"],
            "legal_bases": [f"{LAW}, Pasal 83"],
            **self._identity(row, "detainee"),
            "transfer_reason": why.rstrip("."), "destination": row.release_destination,
            "place": office, "set_on": self._today(), **self._head(uow)},
            subject_type=SUBJECT, subject_id=row.id)
        row.release_decision_document_id = document.id

    def issue_release_order(self, actor: Actor, detainee_id: str, decision_number: str,
                            decision_date: date) -> DetaineeInfo:
        """SOP C3 step 4, on the Kakanim's signed decision: the Surat Perintah Pengeluaran."""
        if not decision_number.strip():
            raise ValidationError.missing("nomor keputusan Kepala Kantor")
        with self._cases.changing(actor, Permission.DETENTION_MANAGE) as uow:
            row = self._row(uow.session, actor, detainee_id)
            self._at_step(uow.session, row.release_case_id, "konsep_sp")
            from app.services.documents import issue

            today = self._today()
            row.release_decision_number = decision_number.strip()
            bases = [*self._bases(row), f"Keputusan Kepala {self._ctx.config['office.name']} "
                                        f"Nomor {row.release_decision_number} tanggal "
                                        f"{decision_date.strftime('%d-%m-%Y')}"]
            document = issue(uow, "sp_pengeluaran", {
                "bases": bases, "officers": [self._officer(uow)],
                **self._identity(row, "detainee"), "valid_from": today,
                "place": self._ctx.config["office.name"], "issued_on": today,
                **self._head(uow)}, subject_type=SUBJECT, subject_id=row.id)
            row.release_order_document_id = document.id
            row.decision_date = row.decision_date or decision_date
            self._changed(uow, row, "detention.release_ordered",
                          after={"decision": row.release_decision_number,
                                 "order": document.number})
            return self._info(uow.session, row)

    def release(self, actor: Actor, detainee_id: str, items: Mapping[str, ReturnLine],
                cash: Mapping[str, int], cash_notes: Mapping[str, str],
                receivers: Sequence[Receiver] = ()) -> DetaineeInfo:
        """SOP C3 step 6: every belonging ticked off against the intake list (`items` by the
        item's id, `cash` the notes given back by cash line id); a difference needs its
        explanation (`ReturnLine.note`, `cash_notes` by currency), else nothing is written.
        The Berita Acara Pengeluaran lists what was returned; the detainee leaves the room.
        A transfer hands the detainee and the belongings to the Rudenim's `receivers`, who
        sign the Berita Acara (one at least; none for a deportation or a release)."""
        receivers = [r.cleaned() for r in receivers]
        with self._cases.changing(actor, Permission.DETENTION_MANAGE) as uow:
            row = self._row(uow.session, actor, detainee_id)
            self._at_step(uow.session, row.release_case_id, "berita_acara")
            if (row.release_reason == "pemindahan") != bool(receivers):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Pemindahan ke Rudenim memerlukan nama dan NIP "
                                                "petugas Rudenim yang menerima deteni; "
                                                "pengeluaran lain tidak memerlukannya."),
                    detail=f"reason {row.release_reason} with {len(receivers)} receivers")
            if row.release_document_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Berita Acara Pengeluaran deteni ini sudah "
                                                "dibuat; barang sudah dikembalikan."),
                    detail="release already recorded")
            goods = [i for i in self._items(uow.session, row.id) if i.state == HELD]
            lines = self._cash(uow.session, row.id)
            unknown = (set(items) - {i.id for i in goods}) | (set(cash) - {c.id for c in lines})
            if unknown:
                raise ValidationError(detail=f"unknown belongings {sorted(unknown)}")
            back = {i.id: items.get(i.id, ReturnLine(0)) for i in goods}
            over = [f"{i.seq}. {i.description}" for i in goods
                    if not 0 <= back[i.id].quantity <= i.quantity]
            over += [f"{c.currency} {c.denomination}" for c in lines
                     if not 0 <= cash.get(c.id, 0) <= c.count]
            if over:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Jumlah yang dikembalikan tidak boleh kurang dari "
                                                "0 atau lebih dari yang dititipkan: {lines}."),
                    detail=f"returned quantities out of range: {over}", lines="; ".join(over))
            differences = rules.item_differences(
                [(f"{i.seq}. {i.description}", i.quantity, back[i.id].quantity,
                  back[i.id].note) for i in goods])
            taken = [rules.CashLine(c.currency, c.denomination, c.count) for c in lines]
            returned = [rules.CashLine(c.currency, c.denomination, cash.get(c.id, 0))
                        for c in lines]
            differences += rules.cash_differences(taken, returned, cash_notes)
            missing = rules.unexplained(differences)
            if missing:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Barang yang dikembalikan berbeda dengan daftar "
                                                "penerimaan dan belum dijelaskan: {lines}. Isi "
                                                "keterangan perbedaannya."),
                    detail=f"unexplained differences {missing}",
                    lines="; ".join(f"{d.what} ({d.taken} → {d.returned})" for d in missing))
            now = self._ctx.clock()
            for item in goods:
                line = back[item.id]
                item.state, item.returned_quantity = RETURNED, line.quantity
                item.return_note, item.returned_at = line.note.strip(), now
                item.returned_by = actor.username
            for c in lines:
                c.returned_count = cash.get(c.id, 0)
                if c.returned_count != c.count:
                    c.return_note = cash_notes.get(c.currency, "").strip()
            from app.services.documents import issue

            belongings = [{"description": i.description, "quantity": i.returned_quantity,
                           "unit": i.unit,
                           "condition": i.condition + (f"; {i.return_note}" if i.return_note
                                                       else "")}
                          for i in goods if i.returned_quantity > 0]
            sums = rules.cash_totals(returned)
            belongings += [{"description": f"Uang {_amount(currency, amount)}",
                            "quantity": 1, "unit": "amplop",
                            "condition": f"segel {row.cash_seal_number} dibuka"
                                         + (f"; {cash_notes[currency].strip()}"
                                            if cash_notes.get(currency, "").strip() else "")}
                           for currency, amount in sums.items() if amount > 0]
            document = issue(uow, "ba_pengeluaran", {
                "released_at": now, "officers": [self._officer(uow)],
                **self._identity(row, "detainee"),
                "detained_since": _local_day(self._ctx, row.detained_at),
                "reason": row.release_reason, "destination": row.release_destination,
                "decision_number": row.release_decision_number or "-",
                "order_number": self._number(uow.session, row.release_order_document_id),
                "belongings": belongings,
                "receivers": [{"name": r.name, "nip": r.nip, "rank": r.rank or None,
                               "position": r.position} for r in receivers]},
                subject_type=SUBJECT, subject_id=row.id)
            row.release_document_id, row.released_at = document.id, now
            self._leave_room(uow.session, row, now)
            self._changed(uow, row, "detention.released", after={
                "document": document.number, "received_by": [r.name for r in receivers],
                "differences": [{"what": d.what, "taken": d.taken, "returned": d.returned,
                                 "note": d.note} for d in differences]})
            return self._info(uow.session, row)

    def photograph_item(self, actor: Actor, detainee_id: str, item_id: str) -> ItemInfo:
        """A photo of one belonging through the camera, kept on the detainee's case (the
        intake list's evidence of what was taken and in what state)."""
        with self._ctx.query(actor, Permission.DETENTION_MANAGE) as session:
            self._item(session, self._row(session, actor, detainee_id), item_id)
        photo = self._devices.camera.capture_photo()
        with self._cases.changing(actor, Permission.DETENTION_MANAGE) as uow:
            row = self._row(uow.session, actor, detainee_id)
            item = self._item(uow.session, row, item_id)
            case = uow.session.get(Case, row.case_id)
            item.photo_attachment_id = self._cases.attach_in(
                uow, case, f"barang_{item.seq:02d}.jpg", "image/jpeg", photo.jpeg).id
            self._changed(uow, row, "detention.item_photographed",
                          after={"item": item.id, "attachment": item.photo_attachment_id})
            return _item_info(item)

    @staticmethod
    def _item(session: Session, row: Detainee, item_id: str) -> DetentionItem:
        item = session.get(DetentionItem, item_id)
        if item is None or item.detainee_id != row.id:
            raise NotFoundError(QT_TRANSLATE_NOOP("gapura", "Barang tidak ditemukan."),
                                detail=f"no item {item_id} of {row.id}")
        return item

    def hand_over_item(self, actor: Actor, detainee_id: str, item_id: str, recipient: str,
                       note: str) -> DetaineeInfo:
        """A belonging handed to someone else while the detainee is held (to the family, or
        seized by another agency): never deleted, recorded with who received it and why."""
        if not recipient.strip() or not note.strip():
            raise ValidationError.missing("penerima dan keterangan penyerahan")
        with self._cases.changing(actor, Permission.DETENTION_MANAGE) as uow:
            row = self._row(uow.session, actor, detainee_id)
            item = self._item(uow.session, row, item_id)
            if item.state != HELD:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Barang “{item}” sudah dikembalikan atau "
                                                "diserahkan."),
                    detail=f"item state {item.state}", item=item.description)
            item.state, item.returned_at, item.returned_by = (
                HANDED_OVER, self._ctx.clock(), actor.username)
            item.returned_quantity = item.quantity
            item.return_note = f"diserahkan kepada {' '.join(recipient.split())}: {note.strip()}"
            self._log(uow, row, "barang", f"{item.seq}. {item.description} {item.return_note}")
            self._changed(uow, row, "detention.item_handed_over", after={
                "item": item.id, "to": recipient.strip(), "note": note.strip()})
            return self._info(uow.session, row)

    def document_release(self, actor: Actor, detainee_id: str) -> DetaineeInfo:
        """SOP C3 step 7: the photo documentation of the release, through the camera."""
        with self._ctx.query(actor, Permission.DETENTION_MANAGE) as session:
            self._row(session, actor, detainee_id)
        photo = self._devices.camera.capture_photo()
        with self._cases.changing(actor, Permission.DETENTION_MANAGE) as uow:
            row = self._row(uow.session, actor, detainee_id)
            self._at_step(uow.session, row.release_case_id, "dokumentasi")
            case = uow.session.get(Case, row.release_case_id)
            row.release_photo_attachment_id = self._cases.attach_in(
                uow, case, "dokumentasi_pengeluaran.jpg", "image/jpeg", photo.jpeg).id
            self._changed(uow, row, "detention.release_documented", after={})
            return self._info(uow.session, row)

    # -- deportation (C4) -----------------------------------------------------------------------

    def plan_deportation(self, actor: Actor, detainee_id: str,
                         plan: DeportationPlan) -> DetaineeInfo:
        """SOP C4 step 1: the escort officers and the flight; the Surat Perintah Pengawalan and
        the Surat Pengawasan Keberangkatan for the checkpoint, on a new C4 case."""
        for label, value in (("maskapai", plan.carrier_name),
                             ("nomor penerbangan", plan.flight_number),
                             ("TPI keberangkatan", plan.checkpoint),
                             ("tujuan", plan.destination)):
            if not value.strip():
                raise ValidationError.missing(label)
        if not plan.escorts:
            raise ValidationError.missing("petugas pengawal")
        with self._cases.changing(actor, Permission.DETENTION_MANAGE) as uow:
            row = self._row(uow.session, actor, detainee_id)
            if row.state != DEPORTING or row.deportation_case_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Pendeportasian memerlukan pengeluaran deteni "
                                                "untuk dideportasi yang sudah selesai."),
                    detail=f"state {row.state}")
            escorts = [self._escort(uow.session, actor, username) for username in plan.escorts]
            case = self._cases.open_in(uow, "C4", [SubjectForm(
                "detainee", row.full_name, row.passport_number, row.nationality,
                row.birth_date)], title=f"Pendeportasian {row.full_name}")
            from app.services.documents import issue

            today = self._today()
            row.deportation_case_id = case.id
            row.escorts = json.dumps(escorts, ensure_ascii=False)
            row.carrier_name, row.flight_number = plan.carrier_name.strip(), \
                plan.flight_number.strip().upper()
            row.departure_at, row.checkpoint = plan.departure_at, plan.checkpoint.strip()
            row.destination, row.ban_proposed = plan.destination.strip(), plan.propose_ban
            row.ban_years = self._reference.integer("detensi.ban_years", today) \
                if plan.propose_ban else 0
            order = issue(uow, "sp_pengawalan", {
                "bases": [*self._bases(row), f"Keputusan Pendeportasian Nomor "
                                             f"{row.release_decision_number}"],
                "officers": escorts, **self._identity(row, "detainee"), "valid_from": today,
                "valid_until": plan.departure_at.astimezone(self._ctx.config.timezone).date(),
                "place": self._ctx.config["office.name"], "issued_on": today,
                **self._head(uow)}, subject_type=SUBJECT, subject_id=row.id)
            supervision = issue(uow, "surat_pengawasan_keberangkatan", {
                "checkpoint": row.checkpoint, **self._identity(row, "deportee"),
                "decision_number": row.release_decision_number,
                "carrier_name": row.carrier_name, "flight_number": row.flight_number,
                "departure_at": plan.departure_at, "destination": row.destination,
                "escorts": escorts, "escort_order_number": order.number,
                "escort_order_date": today, **self._head(uow)},
                subject_type=SUBJECT, subject_id=row.id)
            row.escort_document_id, row.supervision_document_id = order.id, supervision.id
            self._changed(uow, row, "detention.deportation_planned", after={
                "case": case.number, "flight": row.flight_number,
                "escorts": [e["nip"] for e in escorts], "ban_proposed": plan.propose_ban})
            return self._info(uow.session, row)

    def mark_passport(self, actor: Actor, detainee_id: str) -> DetaineeInfo:
        """SOP C4 step 5: the deportation stamp on the passport, entered in the Register
        Deportasi."""
        with self._cases.changing(actor, Permission.DETENTION_MANAGE) as uow:
            row = self._row(uow.session, actor, detainee_id)
            self._at_step(uow.session, row.deportation_case_id, "keluarkan_deteni")
            row.passport_marked_at = self._ctx.clock()
            self._log(uow, row, "deportasi",
                      f"cap deportasi pada paspor {row.passport_number}")
            self._changed(uow, row, "detention.passport_marked",
                          after={"passport": row.passport_number})
            return self._info(uow.session, row)

    def record_boarding(self, actor: Actor, detainee_id: str) -> DetaineeInfo:
        """SOP C4 step 7: the deportee cleared by the checkpoint and aboard: deported."""
        with self._cases.changing(actor, Permission.DETENTION_MANAGE) as uow:
            row = self._row(uow.session, actor, detainee_id)
            self._at_step(uow.session, row.deportation_case_id, "masuk_alat_angkut")
            row.deported_at, row.state = self._ctx.clock(), DEPORTED
            self._changed(uow, row, "detention.deported", after={"flight": row.flight_number})
            return self._info(uow.session, row)

    def report_deportation(self, actor: Actor, detainee_id: str) -> DetaineeInfo:
        """SOP C4 steps 8-9: the report of the deportation to the Kanwil (copy to the Ditjen)."""
        with self._cases.changing(actor, Permission.DETENTION_MANAGE) as uow:
            row = self._row(uow.session, actor, detainee_id)
            self._at_step(uow.session, row.deportation_case_id, "susun_laporan")
            from app.services.documents import issue

            office = self._ctx.config["office.name"]
            departed = row.deported_at.astimezone(self._ctx.config.timezone)  # type: ignore[union-attr]
            body = (f"Bersama ini kami laporkan bahwa pada {departed:%d-%m-%Y} pukul "
                    f"{departed:%H.%M} telah dilaksanakan pendeportasian terhadap Orang Asing "
                    f"atas nama {row.full_name}, kewarganegaraan "
                    f"{_nationality(row.nationality)}, paspor {row.passport_number}, "
                    f"berdasarkan Keputusan Kepala {office} Nomor "
                    f"{row.release_decision_number}, melalui {row.checkpoint} dengan "
                    f"{row.carrier_name} {row.flight_number} tujuan {row.destination}. "
                    f"Paspor telah dibubuhi cap deportasi dan dicatat dalam Register "
                    f"Deportasi. " + ("Terhadap yang bersangkutan diusulkan penangkalan "
                                     f"selama {row.ban_years} tahun."
                                     if row.ban_proposed else ""))
            document = issue(uow, "nota_dinas", {
                "to": "Kepala Kantor Wilayah Kementerian Imigrasi dan Pemasyarakatan",
                "sender": f"Kepala {office}",
                "copy_to": ["Direktur Jenderal Imigrasi"],
                "subject": f"Laporan Pelaksanaan Pendeportasian a.n. {row.full_name}",
                "body": body, **self._head(uow, "signer")},
                subject_type=SUBJECT, subject_id=row.id)
            row.report_document_id = document.id
            self._changed(uow, row, "detention.reported", after={"document": document.number})
            return self._info(uow.session, row)

    def deportation_register(self, actor: Actor, day: date,
                             until: date | None = None) -> bytes:
        """The Register Deportasi of the deportations planned from `day` to `until`, issued."""
        with self._ctx.change(actor, Permission.DETENTION_MANAGE) as uow:
            zone = self._ctx.config.timezone
            start = datetime.combine(day, datetime.min.time(), tzinfo=zone)
            end = datetime.combine(until or day, datetime.min.time(), tzinfo=zone) + \
                timedelta(days=1)
            rows = uow.session.scalars(select(Detainee).where(
                Detainee.office_code == actor.office_code, Detainee.departure_at >= start,
                Detainee.departure_at < end).order_by(Detainee.departure_at)).all()
            from app.services.documents import actor_signer, issue

            document = issue(uow, "register_deportasi", {
                "day": day, "until": until,
                "entries": [{"departure_at": r.departure_at, "name": r.full_name,
                             "nationality": _nationality(r.nationality),
                             "passport_number": r.passport_number,
                             "decision_number": r.release_decision_number,
                             "reason": r.violation[:200], "flight_number": r.flight_number,
                             "destination": r.destination, "ban_proposed": r.ban_proposed,
                             "status": "Terlaksana" if r.deported_at else "Dijadwalkan"}
                            for r in rows],
                **actor_signer(uow, "preparer")}, subject_type="detention_register",
                subject_id=f"{actor.office_code}:{day}")
            return document.pdf

    # -- penangkalan ------------------------------------------------------------------------

    def _propose_ban(self, uow: UnitOfWork, row: Detainee) -> None:
        """C4 ended in an usul penangkalan: the proposal waits for the Kakanim on its own case."""
        case = self._cases.open_in(uow, "PENANGKALAN", [SubjectForm(
            "detainee", row.full_name, row.passport_number, row.nationality, row.birth_date)],
            title=f"Usul penangkalan {row.full_name}",
            note=f"dideportasi {row.flight_number}; {row.ban_years} tahun")
        row.ban_case_id = case.id
        self._changed(uow, row, "detention.ban_proposed", after={"case": case.number,
                                                                 "years": row.ban_years})

    def _list_banned(self, uow: UnitOfWork, row: Detainee) -> None:
        """The approved proposal: the deportee on the penangkalan list the counters screen."""
        from app.domain.screening import WatchAction, WatchEntry, WatchList

        today = self._today()
        try:
            valid_until = today.replace(year=today.year + row.ban_years)
        except ValueError:  # 29 February
            valid_until = today.replace(year=today.year + row.ban_years, day=28)
        case = uow.session.get(Case, row.ban_case_id)
        entry = WatchEntry(
            id=f"tangkal-{row.id}", list_name=WatchList.PENANGKALAN.value,
            full_name=row.full_name, birth_date=row.birth_date.isoformat(),
            nationality=row.nationality,
            document_numbers=(row.passport_number,) if row.passport_number else (),
            reference=case.number if case else row.ban_case_id,
            action=WatchAction.REFUSE.value, valid_from=today, valid_until=valid_until,
            legal_basis=f"{LAW} Pasal 102: penangkalan setelah pendeportasian",
            requesting_agency=self._ctx.config["office.name"])
        self._screening.list_in(uow, entry, source=f"usul penangkalan ({row.id})")
        row.ban_listed = True
        self._changed(uow, row, "detention.banned", after={"entry": entry.id,
                                                           "until": str(valid_until)})
        # The counters' screening index learns it once the approval commits.
        event.listen(uow.session, "after_commit",
                     lambda _session: self._screening.apply_synced([entry], []), once=True)

    # -- the case module (decision 0017) -------------------------------------------------------

    def _detainee_of(self, session: Session, case: Case) -> tuple[Detainee, str] | None:
        if case.sop_code not in ("C2", "C3", "C4", "PENANGKALAN"):
            return None
        column = {"C2": Detainee.case_id, "C3": Detainee.release_case_id,
                  "C4": Detainee.deportation_case_id,
                  "PENANGKALAN": Detainee.ban_case_id}[case.sop_code]
        row = session.scalar(select(Detainee).where(column == case.id))
        return None if row is None else (row, case.sop_code)

    def facts(self, session: Session, case: Case) -> frozenset[str] | None:
        found = self._detainee_of(session, case)
        if found is None:
            return None
        row, sop = found
        facts = {"application"}
        if sop == "C2":
            for fact, present in (("detention_order", row.order_document_id),
                                  ("search", row.search_document_id),
                                  ("health", row.health_at),
                                  ("necessities", row.receipt_document_id),
                                  ("placement", row.room_id),
                                  ("biometrics", row.photo_attachment_id)):
                if present:
                    facts.add(fact)
        elif sop == "C3":
            for fact, present in (("release_order", row.release_order_document_id),
                                  ("release_record", row.release_document_id),
                                  ("release_photo", row.release_photo_attachment_id)):
                if present:
                    facts.add(fact)
        elif sop == "C4":
            for fact, present in (("escort", row.escort_document_id),
                                  ("passport_marked", row.passport_marked_at),
                                  ("boarded", row.deported_at),
                                  ("report", row.report_document_id)):
                if present:
                    facts.add(fact)
        return frozenset(facts)

    def required_answer(self, session: Session, case: Case, step: Step) -> str | None:
        found = self._detainee_of(session, case)
        if found is None or found[1] != "C4" or step.id != "sampaikan_laporan":
            return None
        return "ya" if found[0].ban_proposed else "tidak"  # as planned with the escort

    def closed(self, uow: UnitOfWork, case: Case, note: str) -> None:
        found = self._detainee_of(uow.session, case)
        if found is None:
            return
        row, sop = found
        if sop == "C2" and case.outcome != "end:didetensi":
            row.state = CANCELLED  # the TAK refused, or the case cancelled
            self._leave_room(uow.session, row, self._ctx.clock())
            self._changed(uow, row, "detention.cancelled", after={"note": note})
        elif sop == "C3" and case.outcome == "end:dikeluarkan":
            row.state = DEPORTING if row.release_reason == "deportasi" else RELEASED
            self._changed(uow, row, "detention.release_closed", after={"state": row.state})
        elif sop == "C3":
            row.release_case_id = ""  # refused: the detention goes on, a new decision may come
            self._changed(uow, row, "detention.release_refused", after={"note": note})
        elif sop == "C4" and case.outcome == "end:usul_penangkalan":
            self._propose_ban(uow, row)
        elif sop == "PENANGKALAN" and case.outcome == "end:ditangkal":
            self._list_banned(uow, row)

    # -- helpers --------------------------------------------------------------------------------

    def _at_step(self, session: Session, case_id: str, *steps: str) -> None:
        """Refuse unless the case is open at one of `steps` (the paper belongs to that step)."""
        case = session.get(Case, case_id) if case_id else None
        if case is None or case.status != OPEN or case.step_id not in steps:
            sop = self._cases.sop(case.sop_code) if case is not None else None
            wanted = sop.step(steps[0]).title if sop is not None else steps[0]
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Tindakan ini dilakukan pada langkah “{step}”; "
                                            "perkara belum atau tidak lagi pada langkah itu."),
                detail=f"case {case_id!r} at {case.step_id if case else None}/"
                       f"{case.status if case else None}, wanted {steps}", step=wanted)

    def _changed(self, uow: UnitOfWork, row: Detainee, action: str, *,
                 after: dict[str, Any]) -> None:
        """Audit the change and share the detainee's record whole (the Kasi and the Kakanim
        approve at their own desks)."""
        uow.audit(action, SUBJECT, row.id, after=after)
        uow.session.flush()
        session = uow.session
        uow.share(SHARED_KIND, row,
                  detainee_items=self._items(session, row.id),
                  detainee_cash=self._cash(session, row.id),
                  detainee_placements=list(session.scalars(select(DetentionPlacement).where(
                      DetentionPlacement.detainee_id == row.id)
                      .order_by(DetentionPlacement.placed_at))),
                  detainee_events=list(session.scalars(select(DetentionEvent).where(
                      DetentionEvent.detainee_id == row.id).order_by(DetentionEvent.at))))

    @staticmethod
    def _items(session: Session, detainee_id: str) -> list[DetentionItem]:
        return list(session.scalars(select(DetentionItem).where(
            DetentionItem.detainee_id == detainee_id).order_by(DetentionItem.seq)))

    @staticmethod
    def _cash(session: Session, detainee_id: str) -> list[DetentionCash]:
        return list(session.scalars(select(DetentionCash).where(
            DetentionCash.detainee_id == detainee_id)
            .order_by(DetentionCash.currency, DetentionCash.denomination.desc(),
                      DetentionCash.id)))

    def _row(self, session: Session, actor: Actor, detainee_id: str) -> Detainee:
        row = session.get(Detainee, detainee_id)
        if row is None or row.office_code != actor.office_code:
            raise NotFoundError(QT_TRANSLATE_NOOP("gapura", "Deteni tidak ditemukan."),
                                detail=f"no detainee {detainee_id}")
        return row

    @staticmethod
    def _number(session: Session, document_id: str) -> str:
        from app.store.counter_models import IssuedDocument

        document = session.get(IssuedDocument, document_id) if document_id else None
        return document.number if document is not None else "-"

    def _bases(self, row: Detainee) -> list[str]:
        office = self._ctx.config["office.name"]
        bases = [f"{LAW}, Pasal 75 dan Pasal 83"]
        if row.decision_number:
            day = f" tanggal {row.decision_date:%d-%m-%Y}" if row.decision_date else ""
            bases.append(f"Keputusan Kepala {office} Nomor {row.decision_number}{day} tentang "
                         "Tindakan Administratif Keimigrasian")
        bases.append(self._referral(row))
        return bases

    @staticmethod
    def _referral(row: Detainee) -> str:
        return (f"{REFERRAL_TITLES[row.referral_kind]} Nomor {row.referral_number} dari "
                f"{row.referring_unit}")

    @staticmethod
    def _identity(row: Detainee, prefix: str) -> dict[str, Any]:
        return {f"{prefix}_name": row.full_name, f"{prefix}_birth_place": row.birth_place,
                f"{prefix}_birth_date": row.birth_date, f"{prefix}_sex": SEX_NAMES[row.sex],
                f"{prefix}_nationality": _nationality(row.nationality),
                f"{prefix}_passport_number": row.passport_number,
                f"{prefix}_address": row.address}

    @staticmethod
    def _officer(uow: UnitOfWork) -> dict[str, str]:
        from app.services.documents import actor_signer

        signer = actor_signer(uow, "officer")
        return {"name": signer["officer_name"], "nip": signer["officer_nip"],
                "position": POSITION}

    @staticmethod
    def _escort(session: Session, actor: Actor, username: str) -> dict[str, str]:
        user = session.scalar(select(User).where(User.username == username.strip().lower(),
                                                  User.office_code == actor.office_code))
        if user is None or not user.nip:
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Petugas pengawal {user} tidak dikenal atau belum "
                                            "memiliki NIP."),
                detail=f"escort {username!r}", user=username)
        return {"name": user.full_name, "nip": user.nip, "position": "Petugas Pengawal"}

    @staticmethod
    def _head(uow: UnitOfWork, prefix: str = "head") -> dict[str, str]:
        """The Kakanim who signs the orders and decisions (name and NIP)."""
        head = uow.session.scalar(select(User).join(UserRole, UserRole.user_id == User.id).where(
            User.office_code == uow.actor.office_code, User.disabled.is_(False),
            UserRole.role == Role.OFFICE_HEAD.value, User.nip != "").order_by(User.created_at))
        if head is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Belum ada akun Kepala Kantor dengan NIP di kantor "
                                            "ini; minta Admin TIK membuatnya sebelum menerbitkan "
                                            "surat perintah."),
                detail="no office head with a NIP")
        signer = {f"{prefix}_name": head.full_name, f"{prefix}_nip": head.nip}
        if prefix != "head":
            signer[f"{prefix}_position"] = "Kepala Kantor"
        return signer

    def _info(self, session: Session, row: Detainee) -> DetaineeInfo:
        from app.store.counter_models import IssuedDocument

        case = session.get(Case, row.case_id)
        room = session.get(DetentionRoom, row.room_id) if row.room_id else None
        today = self._today()
        since = _local_day(self._ctx, row.detained_at)
        days, alerts = 0, ()
        if since is not None and row.state in IN_CUSTODY:
            days = rules.days_in_detention(since, today)
            alerts = tuple(a.text() for a in rules.alerts(since, row.last_review_on, today,
                                                          self.limits(today)))
        documents = tuple(session.scalars(select(IssuedDocument.template).where(
            IssuedDocument.subject_type == SUBJECT, IssuedDocument.subject_id == row.id)
            .order_by(IssuedDocument.issued_at, IssuedDocument.number)))
        return DetaineeInfo(
            row.id, row.case_id, case.number if case else "", row.state, row.full_name,
            row.sex, row.birth_date, row.nationality, row.passport_number, row.ground,
            row.category, room.code if room else "", room.name if room else "", since, days,
            alerts, row.release_case_id, row.release_reason, row.deportation_case_id,
            row.ban_proposed, row.ban_case_id, row.ban_listed, documents)


def _item_info(i: DetentionItem) -> ItemInfo:
    return ItemInfo(i.id, i.seq, i.kind, i.description, i.quantity, i.unit, i.condition,
                    i.seal_number, i.carried, i.state, i.returned_quantity, i.return_note,
                    i.photo_attachment_id)


def _nationality(code: str) -> str:
    found = country(code)
    return found.name if found is not None else code


def _amount(currency: str, amount: int) -> str:
    from printing.formatting import format_amount

    return format_amount(currency, amount)


def _local_day(context: ServiceContext, moment: datetime | None) -> date | None:
    return moment.astimezone(context.config.timezone).date() if moment else None


def items_from_text(text: str) -> list[ItemForm]:
    """Goods typed one a line, `uraian; jumlah; satuan; nomor segel; dibawa` (all but the
    description may be left out; `dibawa` marks an item taken into the room)."""
    items = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split(";")] + ["", "", "", ""]
        quantity = parts[1] or "1"
        if not quantity.isdigit():
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Baris barang {line}: jumlah “{value}” bukan "
                                            "angka. Tulis: uraian; jumlah; satuan; nomor segel."),
                detail=f"item line {number}: {line!r}", line=number, value=parts[1])
        items.append(ItemForm(parts[0], int(quantity), parts[2] or "buah",
                              seal_number=parts[3], carried=parts[4].lower() == "dibawa"))
    return items


def cash_from_text(text: str) -> list[rules.CashLine]:
    """Cash typed one a line, `USD 100 x 3` (currency, denomination, number of notes)."""
    lines = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        words = line.replace("×", "x").replace(".", "").upper().split()
        if len(words) != 4 or words[2] != "X" or not words[1].isdigit() or \
                not words[3].isdigit() or len(words[0]) != 3:
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Baris uang {line} tidak terbaca: “{text}”. Tulis "
                                            "mata uang, pecahan dan jumlah lembar, misalnya "
                                            "USD 100 x 3."),
                detail=f"cash line {number}: {line!r}", line=number, text=line.strip())
        lines.append(rules.CashLine(words[0], int(words[1]), int(words[3])))
    return lines
