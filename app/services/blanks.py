"""The passport blank inventory (issue 9 point 6): receipt by serial range, stock, allocation to
a paid application, the print operator's production steps, spoiled blanks with their berita
acara, and the daily register of passports issued.

Every blank is one row (`app.store.blank_models`), so the counts are the rows by status and
always add up: available + allocated + spoiled + issued == received. The officer allocates the
booklet taken from the stock by its printed serial (FIFO when none is given). Allocation runs in
one write transaction (`BEGIN IMMEDIATE`: writers of one store file take turns), and a partial
unique index keeps one live blank per application, so no serial is ever given twice.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import exists, func, insert, select

from app.auth.permissions import Actor, Permission, require
from app.domain.blanks import KINDS, Serial, parse_serial, serials
from app.errors import NotFoundError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.base import ServiceContext, UnitOfWork
from app.services.documents import DocumentInfo, actor_signer, issue
from app.store.blank_models import (
    ALLOCATED,
    AVAILABLE,
    ISSUED,
    SPOILED,
    BlankBatch,
    PassportBlank,
)
from app.store.case_models import Case
from app.store.passport_models import PassportApplication

MAX_BATCH = 100_000  # blanks in one receipt: ten boxes of the largest delivery
READERS = (Permission.PRINT_OPERATE, Permission.PASSPORTS_PROCESS)
BATCH_KIND, BLANK_KIND = "blank_batch", "passport_blank"  # shared kinds (decision 0009)
PASSPORT_NUMBER = r"[A-Z0-9]{5,20}"


@dataclass(frozen=True)
class BatchInfo:
    id: str
    kind: str
    first_serial: str
    last_serial: str
    count: int
    received_at: datetime
    received_by: str
    delivery_note: str
    received_from: str
    document: DocumentInfo  # the Berita Acara Serah Terima Blangko Paspor


@dataclass(frozen=True)
class StockLine:
    """One kind's blanks by status; `available + allocated + spoiled + issued == received`."""

    kind: str
    label: str
    received: int
    allocated: int
    spoiled: int
    issued: int
    available: int


@dataclass(frozen=True)
class BlankInfo:
    serial: str
    kind: str
    status: str  # available | allocated | spoiled | issued
    application_id: str | None
    allocated_at: datetime | None
    printed: bool
    qc_passed: bool
    laminated: bool
    production_note: str
    spoiled_reason: str
    spoiled_document_id: str
    passport_number: str
    issued_at: datetime | None

    @classmethod
    def of(cls, row: PassportBlank) -> BlankInfo:
        return cls(row.serial, row.kind, row.status, row.application_id, row.allocated_at,
                   row.printed, row.qc_passed, row.laminated, row.production_note,
                   row.spoiled_reason, row.spoiled_document_id, row.passport_number,
                   row.issued_at)


@dataclass(frozen=True)
class BlankSuggestion:
    """The blank an allocation of `kind` expects: the FIFO one, shown to the officer as the
    booklet to take ("" when the stock is used up)."""

    kind: str
    label: str
    serial: str
    available: int


@dataclass(frozen=True)
class PassportFacts:
    """What the Register Penerbitan Paspor prints of a passport, given by the passport
    application when its blank is marked issued (the register's choices: `register_paspor`)."""

    application_number: str
    holder_name: str
    passport_type: str  # e.g. "Paspor biasa elektronik 10 tahun"
    application_kind: str  # e.g. "Baru", "Penggantian hilang"
    valid_until: date
    fee: int  # Rupiah, the PNBP paid
    express: bool = False


def _refuse(message: str, detail: str, **params: Any) -> ValidationError:
    return ValidationError(message, detail=detail, **params)


def _kind_label(kind: str) -> str:
    if kind not in KINDS:
        raise _refuse(QT_TRANSLATE_NOOP("gapura", "Jenis blangko \"{kind}\" tidak dikenal; "
                                                  "yang ada: {known}."),
                      f"unknown blank kind {kind!r}", kind=kind, known=", ".join(KINDS))
    return KINDS[kind]


def _serial(text: str) -> Serial:
    parsed = parse_serial(text)
    if parsed is None:
        raise _refuse(QT_TRANSLATE_NOOP("gapura", "Nomor seri blangko \"{serial}\" tidak sah: "
                                                  "satu huruf besar dan 7 angka, misalnya "
                                                  "A1234567."),
                      f"bad serial {text!r}", serial=text)
    return parsed


def _range(first_serial: str, last_serial: str) -> tuple[Serial, Serial]:
    first, last = _serial(first_serial), _serial(last_serial)
    params = {"first": str(first), "last": str(last)}
    if first.prefix != last.prefix:
        raise _refuse(QT_TRANSLATE_NOOP("gapura", "Nomor seri awal {first} dan akhir {last} "
                                                  "harus berawalan huruf yang sama; catat "
                                                  "setiap awalan sebagai penerimaan sendiri."),
                      f"prefixes differ in {first}-{last}", **params)
    if last.number < first.number:
        raise _refuse(QT_TRANSLATE_NOOP("gapura", "Nomor seri akhir {last} lebih kecil dari "
                                                  "nomor seri awal {first}."),
                      f"range {first}-{last} reversed", **params)
    if last.number - first.number + 1 > MAX_BATCH:
        raise _refuse(QT_TRANSLATE_NOOP("gapura", "Satu penerimaan paling banyak {max} "
                                                  "blangko; bagi rentang {first} s.d. {last}."),
                      f"range {first}-{last} too long", max=MAX_BATCH, **params)
    return first, last


def _required(value: str, label: str) -> str:
    value = value.strip()
    if not value:
        raise _refuse(QT_TRANSLATE_NOOP("gapura", "{label} wajib diisi."),
                      f"{label} missing", label=label)
    return value


def _require_either(actor: Actor, permissions: tuple[Permission, ...]) -> Permission:
    """The first of `permissions` the actor holds; PermissionDenied names the first one."""
    for permission in permissions:
        if actor.can(permission):
            return permission
    require(actor, permissions[0])
    raise AssertionError("unreachable: require refused")  # pragma: no cover


def _blank(uow_or_session: Any, actor: Actor, serial: str) -> PassportBlank:
    session = getattr(uow_or_session, "session", uow_or_session)
    row = session.get(PassportBlank, str(_serial(serial)))
    if row is None or row.office_code != actor.office_code:
        raise NotFoundError(QT_TRANSLATE_NOOP("gapura", "Blangko nomor seri {serial} tidak "
                                                        "ada dalam persediaan kantor ini."),
                            detail=f"no blank {serial}", serial=serial)
    return row


def _wrong_status(row: PassportBlank, doing: str) -> ValidationError:
    states = {AVAILABLE: "tersedia", ALLOCATED: "teralokasi", SPOILED: "rusak",
              ISSUED: "sudah menjadi paspor"}
    return _refuse(QT_TRANSLATE_NOOP("gapura", "Blangko {serial} berstatus {status}, sehingga "
                                               "tidak dapat {doing}."),
                   f"blank {row.serial} is {row.status}: cannot {doing}", serial=row.serial,
                   status=states[row.status], doing=doing)


def mark_issued_in(uow: UnitOfWork, serial: str, passport_number: str,
                   facts: PassportFacts) -> BlankInfo:
    """`BlankService.mark_issued` within the caller's change (the passport application records
    its passport in the same transaction)."""
    _require_either(uow.actor, READERS)
    passport_number = passport_number.strip().upper()
    if not re.fullmatch(PASSPORT_NUMBER, passport_number):
        raise _refuse(QT_TRANSLATE_NOOP("gapura", "Nomor paspor \"{number}\" tidak sah: 5 "
                                                  "sampai 20 huruf besar atau angka."),
                      f"bad passport number {passport_number!r}", number=passport_number)
    row = _blank(uow, uow.actor, serial)
    if row.status != ALLOCATED:
        raise _wrong_status(row, "diterbitkan sebagai paspor")
    if not (row.printed and row.laminated and row.qc_passed):
        raise _refuse(QT_TRANSLATE_NOOP("gapura", "Blangko {serial} belum selesai "
                                                  "diproduksi: pencetakan, laminasi, "
                                                  "dan uji kualitas harus lulus lebih "
                                                  "dahulu."),
                      f"blank {row.serial} issued before production passed",
                      serial=row.serial)
    taken = uow.session.execute(
        select(PassportBlank.serial).where(
            PassportBlank.passport_number == passport_number)).scalar()
    if taken is not None:
        raise _refuse(QT_TRANSLATE_NOOP("gapura", "Nomor paspor {number} sudah dipakai "
                                                  "blangko {serial}."),
                      f"passport number {passport_number} on {taken}",
                      number=passport_number, serial=taken)
    row.status, row.passport_number = ISSUED, passport_number
    row.issued_at, row.issued_by = uow.context.clock(), uow.actor.username
    row.register_facts = json.dumps(asdict(facts), default=str, ensure_ascii=False)
    uow.share(BLANK_KIND, row)
    uow.audit("blank.issued", "passport_blank", row.serial,
              after={"passport_number": passport_number,
                     "application_id": row.application_id})
    return BlankInfo.of(row)


def allocate_in(uow: UnitOfWork, kind: str, application_id: str,
                serial: str | None = None) -> str:
    """Allocate within the caller's change (the passport application records its payment and
    blank in one transaction): the application's live blank if it has one; else the booklet
    `serial` the officer took from the stock (typed or scanned), or without one the lowest
    available serial of the oldest batch of `kind` that has one (FIFO).

    SOP Penerbitan Paspor (seed 004) steps 7-8: the blank is taken from the stock, then
    allocated; the serial printed on the booklet in hand is the one recorded, so two desks
    that have not synced yet allocate their own booklets. A booklet other than the FIFO one is
    allowed (boxes are not always opened in order) and its audit event says so.

    Raises:
        ValidationError: the serial is malformed, not in this office's stock, not available
            (allocated, spoiled, issued) or of another kind; the application holds another
            blank; or the stock of `kind` is used up. Nothing is written.
    """
    require(uow.actor, Permission.PASSPORTS_PROCESS)
    _kind_label(kind)
    application_id = _required(application_id, "Nomor permohonan")
    wanted = None if serial is None else str(_serial(serial))
    session = uow.session
    held = session.execute(
        select(PassportBlank).where(PassportBlank.application_id == application_id,
                                    PassportBlank.status.in_((ALLOCATED, ISSUED)))
    ).scalar_one_or_none()
    if held is not None:
        _check_held(session, held, kind, application_id, wanted)
        return held.serial  # allocating again gives the same blank
    expected = _fifo_serial(session, uow.actor.office_code, kind)
    if wanted is None:
        if expected is None:
            raise _refuse(QT_TRANSLATE_NOOP("gapura", "Stok blangko {label} habis. Catat "
                                                      "penerimaan blangko baru, lalu ulangi."),
                          f"no available blank of {kind}", label=KINDS[kind])
        wanted = expected
    row = _allocatable(session, uow.actor, wanted, kind)
    row.status, row.application_id = ALLOCATED, application_id
    row.allocated_at, row.allocated_by = uow.context.clock(), uow.actor.username
    uow.share(BLANK_KIND, row)
    uow.audit("blank.allocated", "passport_blank", row.serial,
              after={"kind": kind, "application_id": application_id,
                     "fifo": row.serial == expected, "expected": expected})
    return row.serial


def _check_held(session: Any, held: PassportBlank, kind: str, application_id: str,
                wanted: str | None) -> None:
    """Refuse a second blank for an application that holds one (another kind, or another
    booklet than the one asked for)."""
    number = _application_number(session, application_id)
    if held.kind != kind:
        raise _refuse(QT_TRANSLATE_NOOP("gapura", "Permohonan {application} sudah "
                                                  "mendapat blangko {serial} jenis lain "
                                                  "({held})."),
                      f"{application_id} holds {held.serial} of {held.kind}, not {kind}",
                      application=number, serial=held.serial,
                      held=KINDS.get(held.kind, held.kind))
    if wanted is not None and wanted != held.serial:
        raise _refuse(QT_TRANSLATE_NOOP("gapura", "Permohonan {application} sudah mendapat "
                                                  "blangko {held}; blangko {serial} tidak "
                                                  "dialokasikan. Kembalikan blangko {serial} "
                                                  "ke persediaan."),
                      f"{application_id} holds {held.serial}, asked for {wanted}",
                      application=number, held=held.serial, serial=wanted)


def _allocatable(session: Any, actor: Actor, serial: str, kind: str) -> PassportBlank:
    """The available blank `serial` of `kind` in this office's stock, or the refusal that says
    why that booklet cannot be allocated."""
    row = session.get(PassportBlank, serial)
    if row is None or row.office_code != actor.office_code:
        raise _refuse(QT_TRANSLATE_NOOP("gapura", "Blangko {serial} tidak dikenal dalam "
                                                  "persediaan kantor ini. Periksa nomor seri "
                                                  "pada buku paspor; bila batch-nya baru "
                                                  "diterima di meja lain, sinkronkan dahulu "
                                                  "lalu ulangi."),
                      f"blank {serial} not in the stock of {actor.office_code}", serial=serial)
    if row.status == ALLOCATED:
        raise _refuse(QT_TRANSLATE_NOOP("gapura", "Blangko {serial} sudah dialokasikan untuk "
                                                  "permohonan {application}. Ambil blangko "
                                                  "lain dari persediaan."),
                      f"blank {serial} allocated to {row.application_id}", serial=serial,
                      application=_application_number(session, row.application_id or ""))
    if row.status == SPOILED:
        raise _refuse(QT_TRANSLATE_NOOP("gapura", "Blangko {serial} tercatat rusak "
                                                  "({reason}). Ambil blangko lain dari "
                                                  "persediaan."),
                      f"blank {serial} spoiled", serial=serial, reason=row.spoiled_reason)
    if row.status == ISSUED:
        raise _refuse(QT_TRANSLATE_NOOP("gapura", "Blangko {serial} sudah diterbitkan sebagai "
                                                  "paspor {passport}. Ambil blangko lain dari "
                                                  "persediaan."),
                      f"blank {serial} issued", serial=serial, passport=row.passport_number)
    if row.kind != kind:
        raise _refuse(QT_TRANSLATE_NOOP("gapura", "Blangko {serial} adalah {its}, sedangkan "
                                                  "permohonan ini memerlukan {needed}. Ambil "
                                                  "blangko {needed} dari persediaan."),
                      f"blank {serial} is {row.kind}, not {kind}", serial=serial,
                      its=KINDS.get(row.kind, row.kind), needed=KINDS[kind])
    return row


def _fifo_serial(session: Any, office: str, kind: str) -> str | None:
    """The lowest available serial of the oldest batch of `kind` that has one; None when the
    stock of `kind` is used up."""
    has_stock = exists().where(PassportBlank.batch_id == BlankBatch.id,
                               PassportBlank.status == AVAILABLE)
    batch_id = session.execute(
        select(BlankBatch.id).where(BlankBatch.office_code == office, BlankBatch.kind == kind,
                                    has_stock)
        .order_by(BlankBatch.received_at, BlankBatch.first_number).limit(1)).scalar()
    if batch_id is None:
        return None
    return session.execute(
        select(func.min(PassportBlank.serial)).where(PassportBlank.batch_id == batch_id,
                                                     PassportBlank.status == AVAILABLE)
    ).scalar_one()


def _application_number(session: Any, application_id: str) -> str:
    """The passport application's number as the officer knows it (its case's), else the id."""
    number = session.execute(
        select(Case.number).join(PassportApplication, PassportApplication.case_id == Case.id)
        .where(PassportApplication.id == application_id)).scalar()
    return number or application_id


def suggested_in(session: Any, actor: Actor, kind: str) -> BlankSuggestion:
    """`BlankService.suggested` within the caller's read."""
    label = _kind_label(kind)
    available = session.execute(
        select(func.count()).select_from(PassportBlank)
        .where(PassportBlank.office_code == actor.office_code, PassportBlank.kind == kind,
               PassportBlank.status == AVAILABLE)).scalar_one()
    return BlankSuggestion(kind, label, _fifo_serial(session, actor.office_code, kind) or "",
                           available)


class BlankService:
    """The print station's stock of passport blanks and each blank's life."""

    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    # -- receipt and stock ---------------------------------------------------------------------

    def receive(self, actor: Actor, kind: str, first_serial: str, last_serial: str, *,
                delivery_note: str, received_from: str) -> BatchInfo:
        """Take a contiguous range of blanks into stock, each blank a row, and issue the Berita
        Acara Serah Terima Blangko Paspor (signed by the actor as the receiver).

        Raises:
            ValidationError: bad kind or serials, or the range overlaps an earlier batch
                (named); nothing is written.
        """
        label = _kind_label(kind)
        first, last = _range(first_serial, last_serial)
        delivery_note = _required(delivery_note, "Nomor surat pengantar")
        received_from = _required(received_from, "Pihak yang menyerahkan")
        with self._ctx.change(actor, Permission.PRINT_OPERATE) as uow:
            self._refuse_overlap(uow, first, last)
            now = self._ctx.clock()
            batch = BlankBatch(office_code=actor.office_code, kind=kind, prefix=first.prefix,
                               first_number=first.number, last_number=last.number,
                               received_at=now, received_by=actor.username,
                               delivery_note=delivery_note, received_from=received_from)
            uow.session.add(batch)
            uow.session.flush()
            # One executemany for the whole range (10,000 blanks: one statement, not 10,000
            # ORM objects).
            uow.session.execute(insert(PassportBlank), [
                {"serial": serial, "batch_id": batch.id, "office_code": actor.office_code,
                 "kind": kind} for serial in serials(first.prefix, first.number, last.number)])
            count = last.number - first.number + 1
            document = issue(uow, "berita_acara_serah_terima_blangko", {
                "received_at": now, "received_from": received_from,
                "delivery_note": delivery_note,
                "items": [{"kind": label, "first_serial": str(first),
                           "last_serial": str(last), "quantity": count}],
                **actor_signer(uow, "receiver")},
                subject_type="blank_batch", subject_id=batch.id)
            batch.document_id = document.id
            # The batch travels alone: the other desks make its available blanks from the
            # range (app/sync/pull.py), and a blank travels once something happens to it.
            uow.share(BATCH_KIND, batch)
            uow.audit("blank_batch.received", "blank_batch", batch.id,
                      after={"kind": kind, "first": str(first), "last": str(last),
                             "count": count, "delivery_note": delivery_note,
                             "received_from": received_from, "document": document.number})
        return BatchInfo(batch.id, kind, str(first), str(last), count, now, actor.username,
                         delivery_note, received_from, document)

    @staticmethod
    def _refuse_overlap(uow: UnitOfWork, first: Serial, last: Serial) -> None:
        # Serials are unique in the whole store, whichever office received them.
        earlier = uow.session.execute(
            select(BlankBatch).where(BlankBatch.prefix == first.prefix,
                                     BlankBatch.first_number <= last.number,
                                     BlankBatch.last_number >= first.number)
            .order_by(BlankBatch.first_number).limit(1)).scalar_one_or_none()
        if earlier is None:
            return
        low = Serial(first.prefix, max(first.number, earlier.first_number))
        high = Serial(first.prefix, min(last.number, earlier.last_number))
        raise _refuse(
            QT_TRANSLATE_NOOP("gapura", "Nomor seri {low} s.d. {high} sudah diterima "
                              "sebelumnya (penerimaan {first} s.d. {last}, surat pengantar "
                              "{note}). Periksa kembali surat pengantar dan nomor seri."),
            f"range overlaps batch {earlier.id}", low=str(low), high=str(high),
            first=str(Serial(earlier.prefix, earlier.first_number)),
            last=str(Serial(earlier.prefix, earlier.last_number)), note=earlier.delivery_note)

    def stock(self, actor: Actor, kind: str | None = None) -> list[StockLine]:
        """Each kind's blanks by status (only `kind` when given, even with none received)."""
        permission = _require_either(actor, READERS)
        if kind is not None:
            _kind_label(kind)
        with self._ctx.query(actor, permission) as session:
            query = (select(PassportBlank.kind, PassportBlank.status, func.count())
                     .where(PassportBlank.office_code == actor.office_code)
                     .group_by(PassportBlank.kind, PassportBlank.status))
            if kind is not None:
                query = query.where(PassportBlank.kind == kind)
            counts = session.execute(query).all()
        by_kind: dict[str, dict[str, int]] = {k: {} for k in ([kind] if kind else [])}
        for row_kind, status, count in counts:
            by_kind.setdefault(row_kind, {})[status] = count
        lines = []
        for code in sorted(by_kind, key=lambda k: (list(KINDS).index(k) if k in KINDS else 99, k)):
            c = by_kind[code]
            lines.append(StockLine(code, KINDS.get(code, code), sum(c.values()),
                                   c.get(ALLOCATED, 0), c.get(SPOILED, 0), c.get(ISSUED, 0),
                                   c.get(AVAILABLE, 0)))
        return lines

    def blank(self, actor: Actor, serial: str) -> BlankInfo:
        permission = _require_either(actor, READERS)
        with self._ctx.query(actor, permission) as session:
            return BlankInfo.of(_blank(session, actor, serial))

    # -- a blank's life ------------------------------------------------------------------------

    def allocate(self, actor: Actor, kind: str, application_id: str,
                 serial: str | None = None) -> str:
        """The serial allocated to `application_id` (the same one when asked again; a new one
        after its blank was spoiled): the booklet `serial` in the officer's hand, or without
        one the FIFO blank. See `allocate_in`."""
        with self._ctx.change(actor, Permission.PASSPORTS_PROCESS) as uow:
            return allocate_in(uow, kind, application_id, serial)

    def suggested(self, actor: Actor, kind: str) -> BlankSuggestion:
        """The blank of `kind` expected next (FIFO) and how many are available, for the
        allocation form to offer; the officer scans the booklet actually taken."""
        with self._ctx.query(actor, Permission.PASSPORTS_PROCESS) as session:
            return suggested_in(session, actor, kind)

    def spoil(self, actor: Actor, serial: str, reason: str, *, witness: str) -> DocumentInfo:
        """Record a blank damaged (in printing, lamination or storage) and issue its Berita
        Acara Kerusakan Blangko Paspor; an application that held it gets another blank on its
        next allocation."""
        reason = _required(reason, "Uraian kerusakan")
        witness = _required(witness, "Nama saksi")
        with self._ctx.change(actor, Permission.PRINT_OPERATE) as uow:
            row = _blank(uow, actor, serial)
            if row.status not in (AVAILABLE, ALLOCATED):
                raise _wrong_status(row, "dicatat rusak")
            now = self._ctx.clock()
            document = issue(uow, "berita_acara_kerusakan_blangko", {
                "damaged_at": now, "serial": row.serial, "kind": KINDS.get(row.kind, row.kind),
                "application_number": row.application_id, "reason": reason,
                **actor_signer(uow, "officer"), "witnesses": [{"name": witness}]},
                subject_type="passport_blank", subject_id=row.serial)
            before = row.status
            row.status, row.spoiled_at, row.spoiled_by = SPOILED, now, actor.username
            row.spoiled_reason, row.spoiled_document_id = reason, document.id
            uow.share(BLANK_KIND, row)
            uow.audit("blank.spoiled", "passport_blank", row.serial,
                      before={"status": before, "application_id": row.application_id},
                      after={"status": SPOILED, "reason": reason, "witness": witness,
                             "document": document.number})
        return document

    def record_production(self, actor: Actor, serial: str, *, printed: bool, qc_passed: bool,
                          laminated: bool, note: str = "") -> BlankInfo:
        """Record the print operator's steps done on an allocated blank (a step given False is
        not done yet; one recorded stays recorded). QC and lamination come after printing."""
        with self._ctx.change(actor, Permission.PRINT_OPERATE) as uow:
            row = _blank(uow, actor, serial)
            if row.status != ALLOCATED:
                raise _wrong_status(row, "dicetak")
            if (qc_passed or laminated) and not (printed or row.printed):
                raise _refuse(QT_TRANSLATE_NOOP("gapura", "Blangko {serial} belum dicetak; "
                                                          "uji kualitas dan laminasi dicatat "
                                                          "setelah pencetakan."),
                              f"QC/lamination before print of {row.serial}", serial=row.serial)
            now, who = self._ctx.clock(), actor.username
            done = []
            for step, given in (("printed", printed), ("qc", qc_passed),
                                ("laminated", laminated)):
                flag = "qc_passed" if step == "qc" else step
                if given and not getattr(row, flag):
                    setattr(row, flag, True)
                    setattr(row, f"{step}_at", now)
                    setattr(row, f"{step}_by", who)
                    done.append(step)
            if note.strip():
                row.production_note = note.strip()
            uow.share(BLANK_KIND, row)
            uow.audit("blank.production", "passport_blank", row.serial,
                      after={"steps": done, "note": note.strip()})
            return BlankInfo.of(row)

    def mark_issued(self, actor: Actor, serial: str, passport_number: str, *,
                    facts: PassportFacts) -> BlankInfo:
        """The allocated blank, printed, laminated and passed QC, became passport
        `passport_number` (handed over later); `facts` are its line in the day's register."""
        permission = _require_either(actor, READERS)
        with self._ctx.change(actor, permission) as uow:
            return mark_issued_in(uow, serial, passport_number, facts)

    # -- the register --------------------------------------------------------------------------

    def register_rows(self, actor: Actor, start: date, end: date) -> dict[str, Any]:
        """The period and each passport issued in it (office days, inclusive), as the
        `register_paspor` template reads them."""
        tz = self._ctx.config.timezone
        low = datetime.combine(start, datetime.min.time(), tz)
        high = datetime.combine(end + timedelta(days=1), datetime.min.time(), tz)
        with self._ctx.query(actor, Permission.PRINT_OPERATE) as session:
            rows = session.execute(
                select(PassportBlank.issued_at, PassportBlank.passport_number,
                       PassportBlank.register_facts)
                .where(PassportBlank.office_code == actor.office_code,
                       PassportBlank.status == ISSUED, PassportBlank.issued_at >= low,
                       PassportBlank.issued_at < high)
                .order_by(PassportBlank.issued_at, PassportBlank.serial)).all()
        entries = []
        for row in rows:
            facts = json.loads(row.register_facts)
            entries.append({
                "issued_at": row.issued_at, "application_number": facts["application_number"],
                "name": facts["holder_name"], "passport_type": facts["passport_type"],
                "application_kind": facts["application_kind"],
                "passport_number": row.passport_number,
                "valid_until": date.fromisoformat(facts["valid_until"]), "fee": facts["fee"],
                "express": facts["express"]})
        return {"day": start, "until": end if end != start else None, "entries": entries}

    def daily_register(self, actor: Actor, day: date) -> DocumentInfo:
        """The Register Penerbitan Paspor of `day` (office day) as a numbered document in the
        print queue, prepared by the actor."""
        data = self.register_rows(actor, day, day)
        with self._ctx.change(actor, Permission.PRINT_OPERATE) as uow:
            return issue(uow, "register_paspor", {**data, **actor_signer(uow, "preparer")},
                         subject_type="register", subject_id=str(uuid.uuid5(
                             uuid.NAMESPACE_URL,
                             f"gapura:register:{actor.office_code}:register_paspor:{day}:{day}")))

