"""Penerbitan Paspor (issue 9), first part: an application from intake to its allocated blank.

Received with its Perdim 11 data (the NIK must carry the birth date and sex), it opens a case of
its SOP (B1 M-Paspor; C1 for a lost or damaged passport) and is checked centrally at once: the
cekal lists, and existing passport holders with the same birth date and a similar name under
another NIK (`app.domain.passports.possible_duplicates`). A possible duplicate holds the
application until a Kasi resolves it. The billing (SIMPONI code, fee by passport type and
service from reference data) expires after `paspor.billing_valid_days` unpaid, and the
application with it (`expire_unpaid`, run by the background job or the CLI). A paid application
gets a blank (`BlankService.allocate_in`: the booklet the officer took, by its serial; never
twice); seed 004's compensation is decided at that moment over the work calendar, leaving out
outage and field-check days recorded on the case.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.auth.permissions import Actor, Permission, require
from app.domain import passports as rules
from app.domain.sop import Step
from app.errors import NotFoundError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.base import ServiceContext, UnitOfWork
from app.services.biometrics import capture_applicant
from app.services.blanks import (
    BlankSuggestion,
    PassportFacts,
    allocate_in,
    mark_issued_in,
    suggested_in,
)
from app.services.cases import CaseService, SubjectForm
from app.services.documents import next_sequence
from app.services.holidays import HolidayService
from app.services.messaging import MessagingService
from app.services.queue import QueueService
from app.services.reference import ReferenceService
from app.services.screening import ScreeningService
from app.store.blank_models import PassportBlank
from app.store.case_models import Case
from app.store.counter_models import IssuedDocument
from app.store.models import Person
from app.store.passport_models import PassportApplication

log = logging.getLogger(__name__)

SUBJECT = SHARED_KIND = "passport_application"
RECEIVED, HELD, BILLED, PAID, ALLOCATED, EXPIRED, CANCELLED = (
    "received", "held", "billed", "paid", "allocated", "expired", "cancelled")
REFUSED, ISSUED, HANDED_OVER = "refused", "issued", "handed_over"
# As the Register Penerbitan Paspor names them (printing/templates/register.py).
TYPE_TITLES = {"biasa_5": "Paspor biasa non-elektronik 5 tahun",
               "biasa_10": "Paspor biasa non-elektronik 10 tahun",
               "elektronik_5": "Paspor biasa elektronik 5 tahun",
               "elektronik_10": "Paspor biasa elektronik 10 tahun"}
REASON_TITLES = {"baru": "Baru", "penggantian_habis": "Penggantian habis berlaku",
                 "penggantian_hilang": "Penggantian hilang",
                 "penggantian_rusak": "Penggantian rusak"}
HANDOVER_MODES = ("langsung", "pos", "drive_thru")  # seed 002 B11: drive-thru Si Peluru
PICKUP_SLOTS = ("", "petang", "sabtu")  # B12 evening, B13 Saturday pickup
REASONS = ("baru", "penggantian_habis", "penggantian_hilang", "penggantian_rusak")
WALK_IN_REASONS = ("penggantian_hilang", "penggantian_rusak")  # seed 002 C1
SCREEN_ALERT_SCORE = 85
# The receipt's service line (printing/templates/tanda_terima.py SERVICES) by reason.
RECEIPT_SERVICES = {"baru": "Paspor biasa baru",
                    "penggantian_habis": "Penggantian paspor biasa karena habis berlaku",
                    "penggantian_hilang": "Penggantian paspor biasa karena hilang",
                    "penggantian_rusak": "Penggantian paspor biasa karena rusak"}
# Seed 002 C1: the steps before the Kakanim's decision on a lost or damaged passport; the
# billing waits for it.
C1_UNDECIDED = ("datang", "periksa_berkas", "pemeriksaan_bap", "telaah_bap", "keputusan")
LEGAL_BASES = ("Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian",
               "Peraturan Pemerintah Nomor 31 Tahun 2013 tentang Peraturan Pelaksanaan "
               "Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian",
               "Peraturan Menteri Hukum dan Hak Asasi Manusia Nomor 8 Tahun 2014 tentang Paspor "
               "Biasa dan Surat Perjalanan Laksana Paspor")
BLANK_KINDS = {rules.PassportType.BIASA_5: "biasa_48", rules.PassportType.BIASA_10: "biasa_48",
               rules.PassportType.ELEKTRONIK_5: "elektronik_48",
               rules.PassportType.ELEKTRONIK_10: "elektronik_48"}


@dataclass(frozen=True)
class PassportIntake:
    reason: str  # one of REASONS
    passport_type: str  # a PassportType value
    service: str  # reguler | percepatan
    full_name: str
    nik: str
    birth_place: str
    birth_date: date
    sex: str  # M | F
    address: str
    phone: str = ""
    old_passport_number: str = ""
    queue_ticket: str = ""
    documents: tuple[str, ...] = ()  # the papers checked (rules.DOCUMENTS), scanned on the case
    loss_report: str = ""  # the police report of a lost passport: its number and date


@dataclass(frozen=True)
class PassportInfo:
    id: str
    case_id: str
    number: str
    state: str
    reason: str
    passport_type: str
    service: str
    full_name: str
    nik: str
    screening_hit: bool
    duplicates: tuple[dict[str, object], ...]
    fee_amount: int
    billing_code: str
    billing_expires_at: datetime | None
    paid: bool
    blank_serial: str
    compensation_due: bool
    compensation_days: int
    passport_number: str = ""
    handover_mode: str = ""
    handed_over_to: str = ""
    compensation_document_id: str = ""
    receipt_number: str = ""
    receipt_document_id: str = ""
    bap_number: str = ""
    bapen_number: str = ""
    label_document_id: str = ""
    documents: tuple[str, ...] = ()
    old_passport_number: str = ""
    loss_report: str = ""
    phone: str = ""
    address: str = ""


@dataclass(frozen=True)
class EarlierPassport:
    """A passport the applicant held before, as the office knows it: from its own issuance
    (`issued_on`) or from a crossing or record of its holder (`expires_on`)."""

    number: str
    issued_on: date | None = None
    expires_on: date | None = None
    application_number: str = ""


def _invalid(problem: rules.Problem) -> ValidationError:
    return ValidationError(problem.message, detail=problem.rule, **problem.fields)


class PassportService:
    def __init__(self, context: ServiceContext, cases: CaseService,
                 screening: ScreeningService, reference: ReferenceService,
                 holidays: HolidayService, devices: Any = None,
                 messaging: MessagingService | None = None,
                 queue: QueueService | None = None) -> None:
        self._ctx = context
        self._cases = cases
        self._screening = screening
        self._reference = reference
        self._holidays = holidays
        self._devices = devices
        self._messaging = messaging
        self._queue = queue
        cases.add_module(self)

    def _today(self) -> date:
        return self._ctx.clock().astimezone(self._ctx.config.timezone).date()

    # -- intake and central checks -------------------------------------------------------------

    def receive(self, actor: Actor, intake: PassportIntake) -> PassportInfo:
        """Receive an application (Perdim 11) and check it centrally; a possible duplicate
        identity holds it for the Kasi.

        A queue number given must be the one called or served at a desk today (issued to
        this NIK, if it names one); it ends with the intake.

        Raises:
            ValidationError: a missing or malformed field, a NIK that does not carry the birth
                date and sex, missing papers, a queue number not at a desk today; nothing is
                written.
        """
        require(actor, Permission.PASSPORTS_PROCESS)
        person = self._checked(intake)
        hits = self._screen(actor, intake)
        duplicates = self._duplicates(intake)
        now = self._ctx.clock()
        sop = "C1" if intake.reason in WALK_IN_REASONS else "B1"
        with self._cases.changing(actor, Permission.PASSPORTS_PROCESS) as uow:
            case = self._cases.open_in(uow, sop, [SubjectForm(
                "applicant", person, intake.nik.strip(), "IDN", intake.birth_date,
                intake.phone)], title=f"Paspor {intake.reason.replace('_', ' ')}")
            row = PassportApplication(
                office_code=actor.office_code, case_id=case.id, reason=intake.reason,
                passport_type=intake.passport_type, service=intake.service,
                state=HELD if duplicates else RECEIVED, received_at=now,
                received_by=actor.username, queue_ticket=intake.queue_ticket.strip(),
                full_name=person, nik=intake.nik.strip(),
                birth_place=" ".join(intake.birth_place.split()).upper(),
                birth_date=intake.birth_date, sex=intake.sex,
                address=" ".join(intake.address.split()), phone=intake.phone.strip(),
                old_passport_number=intake.old_passport_number.strip().upper(),
                documents=json.dumps(list(intake.documents)),
                loss_report=" ".join(intake.loss_report.split()),
                screened_at=now, screening_hit=bool(hits), screening_detail="; ".join(hits),
                duplicates=json.dumps([{"nik": d.holder.nik, "name": d.holder.full_name,
                                        "passport": d.holder.passport_number,
                                        "similarity": d.similarity} for d in duplicates]))
            uow.session.add(row)
            uow.session.flush()
            if row.queue_ticket and self._queue is not None:  # the number served ends here
                row.queue_ticket = self._queue.served_in(uow, row.queue_ticket, row.nik).number
            self._receipt(uow, row, case.number)
            lost = (self._list_document(uow, row, "PASPOR HILANG",
                                        "paspor yang dilaporkan hilang tidak berlaku")
                    if intake.reason == "penggantian_hilang" else None)
            self._changed(uow, row, "passport.received", after={
                "case": case.number, "reason": row.reason, "cekal_hit": bool(hits),
                "duplicates": len(duplicates)})
            info = self._info(uow.session, row)
        if lost is not None:  # committed: the counters' screening index learns it at once
            self._screening.apply_synced([lost], [])
        return info

    def _receipt(self, uow: UnitOfWork, row: PassportApplication, number: str) -> None:
        """The Tanda Terima Permohonan with the papers received; its sealed QR code is what the
        applicant shows to collect the passport (at the drive-thru it is scanned)."""
        from app.services.documents import actor_signer, issue

        document = issue(uow, "tanda_terima_permohonan", {
            "service": RECEIPT_SERVICES[row.reason], "application_number": number,
            "received_at": row.received_at, "applicant_name": row.full_name,
            "applicant_nationality": "Indonesia", "applicant_id_number": row.nik,
            "applicant_phone": row.phone, "applicant_address": row.address[:250],
            "documents": [{"name": name, "form": "Asli", "count": 1}
                          for name in json.loads(row.documents or "[]")],
            "tracking_note": f"Pemberitahuan paspor siap diambil dikirim ke {row.phone}; "
                             f"sebutkan nomor permohonan {number} bila bertanya.",
            **actor_signer(uow, "officer")}, subject_type=SUBJECT, subject_id=row.id)
        row.receipt_document_id, row.receipt_number = document.id, document.number

    def _list_document(self, uow: UnitOfWork, row: PassportApplication, label: str,
                       why: str) -> Any:
        """The old passport can no longer be used to travel: it goes on the list the border
        counters screen, by its number, so whoever presents it is held and referred (seed 002
        C1; Interpol's SLTD is where lost travel documents are shared)."""
        from app.domain.screening import WatchAction, WatchEntry, WatchList

        number = row.old_passport_number
        entry = WatchEntry(
            id=f"{label.split()[-1].lower()}-{number}", list_name=WatchList.INTERPOL.value,
            # The document is listed, not its holder: she travels on her new passport.
            full_name=f"{label} {number}", nationality="IDN", document_numbers=(number,),
            reference=f"{label} {number}", action=WatchAction.HOLD.value,
            valid_from=self._today(),
            legal_basis=f"Permenkumham 8/2014 tentang Paspor Biasa dan SPLP: {why}",
            requesting_agency=self._ctx.config["office.name"])
        self._screening.list_in(uow, entry, source=f"{label.lower()} ({row.id})")
        return entry

    def _checked(self, intake: PassportIntake) -> str:
        """The applicant's name as stored; every field checked first."""
        for label, value in (("nama lengkap", intake.full_name), ("NIK", intake.nik),
                             ("tempat lahir", intake.birth_place),
                             ("alamat", intake.address), ("nomor telepon", intake.phone)):
            if not value.strip():
                raise ValidationError.missing(label)
        if intake.reason not in REASONS:
            raise ValidationError(detail=f"reason {intake.reason!r}")
        if intake.sex not in ("M", "F"):
            raise ValidationError.missing("jenis kelamin")
        rules.PassportType(intake.passport_type)
        rules.Service(intake.service)
        if intake.birth_date > self._today():
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Tanggal lahir {day} belum terjadi."),
                detail="birth date in the future", day=intake.birth_date.strftime("%d-%m-%Y"))
        problems = rules.nik_problems(intake.nik, intake.birth_date, intake.sex == "F")
        if problems:
            raise _invalid(problems[0])
        if intake.reason != "baru" and not intake.old_passport_number.strip():
            raise ValidationError.missing("nomor paspor lama")
        missing = rules.missing_documents(intake.reason, intake.documents)
        if missing:
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Berkas persyaratan belum lengkap: {missing}. "
                                            "Periksa aslinya lalu centang di formulir."),
                detail=f"documents missing: {missing}", missing=", ".join(missing))
        if intake.reason == "penggantian_hilang" and not intake.loss_report.strip():
            raise ValidationError.missing("nomor surat keterangan hilang dari Kepolisian")
        return " ".join(intake.full_name.split()).upper()

    def _screen(self, actor: Actor, intake: PassportIntake) -> list[str]:
        from app.domain.screening import Traveller  # numpy: not at start-up

        found = []
        person = Traveller(full_name=intake.full_name, birth_date=intake.birth_date,
                           nationality="IDN")
        for hit in self._screening.screen(actor, person, limit=1):
            if hit.alert or hit.score >= SCREEN_ALERT_SCORE:
                found.append(f"{hit.full_name} ({hit.list_name} {hit.reference})")
        return found

    def _duplicates(self, intake: PassportIntake) -> list[rules.DuplicateHit]:
        """Holders known to the office (persons with a NIK, earlier applications) born the same
        day under another NIK with a similar name."""
        with self._ctx.store.read() as session:
            people = session.execute(select(
                Person.nik, Person.surname, Person.given_names, Person.document_number)
                .where(Person.birth_date == intake.birth_date, Person.nik != "",
                       Person.nationality == "IDN")).all()
            applied = session.execute(select(
                PassportApplication.nik, PassportApplication.full_name,
                PassportApplication.old_passport_number)
                .where(PassportApplication.birth_date == intake.birth_date)).all()
        holders = [rules.Holder(nik, f"{given} {surname}".strip(), intake.birth_date, number)
                   for nik, surname, given, number in people]
        holders += [rules.Holder(nik, name, intake.birth_date, number)
                    for nik, name, number in applied]
        return rules.possible_duplicates(intake.nik.strip(), intake.full_name,
                                         intake.birth_date, holders)

    def resolve_duplicate(self, actor: Actor, application_id: str, same_person: bool,
                          note: str) -> PassportInfo:
        """The Kasi's finding on a possible duplicate identity: another person (the
        application goes on) or the same person under two NIKs (refused, for the
        intelligence section to follow up)."""
        require(actor, Permission.APPROVALS_DECIDE)  # the Kasi (or the Kakanim)
        if not note.strip():
            raise ValidationError.missing("catatan")
        with self._cases.changing(actor, Permission.APPROVALS_DECIDE) as uow:
            row = self._row(uow.session, actor, application_id)
            if row.state != HELD:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Permohonan ini tidak menunggu pemeriksaan "
                                                "identitas ganda."),
                    detail=f"state {row.state}")
            row.duplicate_resolution = "same" if same_person else "different"
            row.duplicate_resolved_by, row.duplicate_resolved_at = (
                actor.username, self._ctx.clock())
            row.duplicate_note = note.strip()
            case = uow.session.get(Case, row.case_id)
            if same_person:
                row.state = CANCELLED
                self._cases.cancel_in(uow, case, f"Identitas ganda: {note.strip()}")
            else:
                row.state = RECEIVED
                self._cases.record_in(uow, case, "passport", f"identitas diperiksa: {note}")
            self._changed(uow, row, "passport.duplicate_resolved",
                      after={"same_person": same_person, "note": note.strip()})
            return self._info(uow.session, row)

    # -- seed 002 C1: the examination of a lost or damaged passport ---------------------------

    def examine_loss(self, actor: Actor, application_id: str, occupation: str,
                     answers: Sequence[tuple[str, str]]) -> PassportInfo:
        """The intelligence officer's examination of why the passport was lost or damaged:
        the Berita Acara Pemeriksaan, at C1's step `pemeriksaan_bap`."""
        from app.services.documents import actor_signer, issue

        qa = [{"question": " ".join(q.split()), "answer": a.strip()}
              for q, a in answers if q.strip() and a.strip()]
        if not qa:
            raise ValidationError.missing("pertanyaan dan jawaban pemeriksaan")
        if not occupation.strip():
            raise ValidationError.missing("pekerjaan pemohon")
        with self._cases.changing(actor, Permission.CASES_WORK) as uow:
            row, case = self._c1(uow, application_id, "pemeriksaan_bap")
            signer = actor_signer(uow, "examiner", "Pejabat Imigrasi Seksi Inteldakim")
            document = issue(uow, "bap", {
                "examined_at": self._ctx.clock(), "location": self._ctx.config["office.name"],
                **signer, "examinee_name": row.full_name,
                "examinee_birth_place": row.birth_place, "examinee_birth_date": row.birth_date,
                "examinee_sex": "Perempuan" if row.sex == "F" else "Laki-laki",
                "examinee_nationality": "Indonesia", "examinee_occupation": occupation.strip(),
                "examinee_address": row.address[:250], "examinee_id_kind": "KTP",
                "examinee_id_number": row.nik, "matter": self._matter(row),
                "questions": qa}, subject_type=SUBJECT, subject_id=row.id)
            row.bap_number = document.number
            self._cases.record_in(uow, case, "bap", f"BAP {document.number}")
            self._changed(uow, row, "passport.examined", after={"bap": document.number,
                                                                "questions": len(qa)})
            return self._info(uow.session, row)

    def give_opinion(self, actor: Actor, application_id: str, *, approve: bool,
                     facts: Sequence[str], analysis: str,
                     recommendation: str = "") -> PassportInfo:
        """The Kasi's reading of the BAP: the Berita Acara Pendapat, at C1's step
        `telaah_bap`; the Kakanim decides next, in the approvals inbox."""
        from app.services.documents import actor_signer, issue

        listed = [" ".join(f.split()) for f in facts if f.strip()]
        if not listed:
            raise ValidationError.missing("fakta-fakta")
        if not analysis.strip():
            raise ValidationError.missing("analisis")
        with self._cases.changing(actor, Permission.CASES_WORK) as uow:
            row, case = self._c1(uow, application_id, "telaah_bap")
            if not row.bap_number:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "BAP pemohon belum dibuat."),
                    detail="opinion without a BAP")
            lost = row.reason == "penggantian_hilang"
            sources = [f"Surat Keterangan Hilang dari Kepolisian {row.loss_report}" if lost
                       else f"fisik paspor Nomor {row.old_passport_number} yang rusak"]
            what = "hilang" if lost else "rusak"
            verdict = ("dapat disetujui dan diterbitkan paspor pengganti" if approve
                       else "ditolak")
            document = issue(uow, "ba_pendapat", {
                "opinion_at": self._ctx.clock(), "location": self._ctx.config["office.name"],
                "case_title": f"Permohonan penggantian paspor {what} Nomor "
                              f"{row.old_passport_number} atas nama {row.full_name}",
                **actor_signer(uow, "official", "Kepala Seksi"),
                "other_sources": sources, "bap_number": row.bap_number,
                "facts": listed, "legal_bases": list(LEGAL_BASES),
                "legal_analysis": analysis.strip(),
                "conclusion": f"Berpendapat bahwa permohonan penggantian paspor {what} atas "
                              f"nama {row.full_name} {verdict}.",
                "recommendation": recommendation.strip()},
                subject_type=SUBJECT, subject_id=row.id)
            row.bapen_number = document.number
            self._cases.record_in(uow, case, "bapen",
                                  f"BAPEN {document.number}: {'setuju' if approve else 'tolak'}")
            self._changed(uow, row, "passport.opinion", after={"bapen": document.number,
                                                               "approve": approve})
            return self._info(uow.session, row)

    def _c1(self, uow: UnitOfWork, application_id: str,
            step_id: str) -> tuple[PassportApplication, Case]:
        row = self._row(uow.session, uow.actor, application_id)
        case = uow.session.get(Case, row.case_id)
        self._cases.at_step(uow, case, step_id)
        return row, case

    @staticmethod
    def _matter(row: PassportApplication) -> str:
        if row.reason == "penggantian_hilang":
            report = f" (surat keterangan Kepolisian {row.loss_report})" if row.loss_report \
                else ""
            return (f"Permohonan penggantian paspor yang hilang, Nomor "
                    f"{row.old_passport_number}{report}")
        return f"Permohonan penggantian paspor yang rusak, Nomor {row.old_passport_number}"

    # -- billing and payment -------------------------------------------------------------------

    def bill(self, actor: Actor, application_id: str) -> PassportInfo:
        """The SIMPONI billing for the passport (and the percepatan surcharge), valid for
        `paspor.billing_valid_days`."""
        with self._cases.changing(actor, Permission.PASSPORTS_PROCESS) as uow:
            row = self._row(uow.session, actor, application_id)
            if row.state == HELD:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Permohonan ditahan: identitas ganda harus "
                                                "diperiksa Kepala Seksi lebih dahulu."),
                    detail="held for a duplicate identity")
            if row.state != RECEIVED:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Billing permohonan ini sudah diterbitkan atau "
                                                "permohonan tidak berjalan ({state})."),
                    detail=f"state {row.state}", state=row.state)
            case = uow.session.get(Case, row.case_id)
            if case.sop_code == "C1" and case.step_id in C1_UNDECIDED:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Penggantian paspor hilang/rusak menunggu BAP, "
                                                "BAPEN dan keputusan Kepala Kantor; billing "
                                                "diterbitkan sesudahnya."),
                    detail=f"C1 case at {case.step_id}")
            today = self._today()
            keys = rules.fee_keys(rules.PassportType(row.passport_type),
                                  rules.Service(row.service))
            row.fee_amount = sum(self._reference.integer(key, today) for key in keys)
            now = self._ctx.clock()
            sequence = next_sequence(uow, "billing_paspor", today.year)
            row.billing_code = f"82{today:%y}{sequence:011d}"[-15:]
            row.billed_at = now
            row.billing_expires_at = rules.billing_expires(
                now, self._reference.integer("paspor.billing_valid_days", today))
            row.state = BILLED
            self._changed(uow, row, "passport.billed", after={
                "billing_code": row.billing_code, "amount": row.fee_amount,
                "expires_at": row.billing_expires_at.isoformat()})
            return self._info(uow.session, row)

    def record_payment(self, actor: Actor, application_id: str, paid_at: datetime,
                       proof: str) -> PassportInfo:
        """The bank's payment of the billing (NTPN), before it expires."""
        if not proof.strip():
            raise ValidationError.missing("bukti bayar (NTPN)")
        with self._cases.changing(actor, Permission.PASSPORTS_PROCESS) as uow:
            row = self._row(uow.session, actor, application_id)
            if row.state != BILLED:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Permohonan ini tidak menunggu pembayaran "
                                                "({state})."),
                    detail=f"state {row.state}", state=row.state)
            if paid_at > self._ctx.clock() or (row.billing_expires_at is not None
                                               and paid_at >= row.billing_expires_at):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Waktu bayar harus sebelum billing kedaluwarsa "
                                                "({expires}) dan tidak di masa depan."),
                    detail=f"paid_at {paid_at}", expires=_local(self._ctx, row.billing_expires_at))
            row.paid_at, row.payment_proof, row.state = paid_at, proof.strip().upper(), PAID
            self._changed(uow, row, "passport.paid", after={"proof": row.payment_proof})
            return self._info(uow.session, row)

    def expire_unpaid(self, actor: Actor) -> int:
        """Expire every billing unpaid after its days, and its application and case; how many
        (a passport officer's list, or the background job as the sync agent)."""
        permission = (Permission.PASSPORTS_PROCESS if actor.can(Permission.PASSPORTS_PROCESS)
                      else Permission.SYNC_RUN)
        now = self._ctx.clock()
        with self._cases.changing(actor, permission) as uow:
            rows = uow.session.scalars(select(PassportApplication).where(
                PassportApplication.office_code == actor.office_code,
                PassportApplication.state == BILLED,
                PassportApplication.billing_expires_at <= now)).all()
            for row in rows:
                row.state = EXPIRED
                self._cases.cancel_in(uow, uow.session.get(Case, row.case_id),
                                      f"Billing {row.billing_code} tidak dibayar sampai "
                                      f"{_local(self._ctx, row.billing_expires_at)}")
                self._changed(uow, row, "passport.expired",
                          after={"billing_code": row.billing_code})
        if rows:
            log.info("%d unpaid passport billing(s) expired", len(rows))
        return len(rows)

    # -- allocation and compensation -------------------------------------------------------

    def record_excluded_day(self, actor: Actor, application_id: str, day: date,
                            cause: str) -> PassportInfo:
        """A day that does not count towards seed 004's two working days: the system was down
        (`gangguan sistem`) or the application was held for a field check (`cek lapangan`)."""
        if cause not in ("gangguan_sistem", "cek_lapangan"):
            raise ValidationError(detail=f"cause {cause!r}")
        with self._cases.changing(actor, Permission.PASSPORTS_PROCESS) as uow:
            row = self._row(uow.session, actor, application_id)
            days = set(json.loads(row.excluded_days or "[]"))
            days.add(day.isoformat())
            row.excluded_days = json.dumps(sorted(days))
            self._cases.record_in(uow, uow.session.get(Case, row.case_id), "excluded",
                                  f"{cause} {day.isoformat()}")
            self._changed(uow, row, "passport.day_excluded",
                      after={"day": day.isoformat(), "cause": cause})
            return self._info(uow.session, row)

    def suggested_blank(self, actor: Actor, application_id: str) -> BlankSuggestion:
        """The blank the application's allocation expects (the FIFO one of its kind), for the
        allocation form to offer as the booklet to take."""
        with self._ctx.query(actor, Permission.PASSPORTS_PROCESS) as session:
            row = self._row(session, actor, application_id)
            return suggested_in(session, actor,
                                BLANK_KINDS[rules.PassportType(row.passport_type)])

    def allocate(self, actor: Actor, application_id: str,
                 serial: str | None = None) -> PassportInfo:
        """A blank for a paid application (never two): the booklet `serial` the officer took
        from the stock (seed 004 steps 7-8; `allocate_in` says what is refused), or without one
        the FIFO blank; and whether the delay since payment earns home delivery (seed 004)."""
        with self._cases.changing(actor, Permission.PASSPORTS_PROCESS) as uow:
            row = self._row(uow.session, actor, application_id)
            if row.state != PAID:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Blangko hanya dialokasikan untuk permohonan "
                                                "yang sudah dibayar ({state})."),
                    detail=f"state {row.state}", state=row.state)
            row.blank_serial = allocate_in(
                uow, BLANK_KINDS[rules.PassportType(row.passport_type)], row.id, serial)
            row.allocated_at = self._ctx.clock()
            self._compensation(uow, row)
            row.state = ALLOCATED
            self._changed(uow, row, "passport.allocated", after={
                "blank": row.blank_serial, "compensation": row.compensation_due,
                "working_days": row.compensation_days})
            return self._info(uow.session, row)

    def _compensation(self, uow: UnitOfWork, row: PassportApplication) -> None:
        zone = self._ctx.config.timezone
        paid_on = row.paid_at.astimezone(zone).date()  # type: ignore[union-attr]
        allocated_on = row.allocated_at.astimezone(zone).date()  # type: ignore[union-attr]
        calendar = self._holidays.calendar(paid_on.year, allocated_on.year + 1)
        result = rules.compensation(
            paid_on, allocated_on, calendar,
            [date.fromisoformat(d) for d in json.loads(row.excluded_days or "[]")],
            limit=self._reference.integer("paspor.compensation_working_days", paid_on))
        row.compensation_due, row.compensation_days = result.due, result.working_days
        row.compensation_deadline = result.deadline

    # -- interview, biometrics, issue and handover ----------------------------------------

    def interview(self, actor: Actor, application_id: str, note: str,
                  approved: bool) -> PassportInfo:
        """The interview's notes and decision; a refusal ends the application (and its
        case) with the notes as the reason."""
        if not note.strip():
            raise ValidationError.missing("catatan wawancara")
        with self._cases.changing(actor, Permission.PASSPORTS_PROCESS) as uow:
            row = self._row(uow.session, actor, application_id)
            self._state(row, RECEIVED, BILLED, PAID)
            row.interview_note, row.interviewed_by = note.strip(), actor.username
            case = uow.session.get(Case, row.case_id)
            if approved:
                self._cases.record_in(uow, case, "interview", note.strip())
            else:
                row.state = REFUSED
                self._cases.cancel_in(uow, case, f"Ditolak pada wawancara: {note.strip()}")
            self._changed(uow, row, "passport.interviewed", after={"approved": approved})
            return self._info(uow.session, row)

    def capture_biometrics(self, actor: Actor, application_id: str) -> PassportInfo:
        """The face photo through the camera with its ICAO checks (a refused photo says why and
        stores nothing) and four fingerprints through the scanner."""
        require(actor, Permission.PASSPORTS_PROCESS)
        with self._ctx.query(actor, Permission.PASSPORTS_PROCESS) as session:
            self._row(session, actor, application_id)  # of this office, before the devices
        photo, prints = capture_applicant(self._devices)
        with self._cases.changing(actor, Permission.PASSPORTS_PROCESS) as uow:
            row = self._row(uow.session, actor, application_id)
            case = uow.session.get(Case, row.case_id)
            row.photo_attachment_id = self._cases.attach_in(
                uow, case, "foto_pemohon.jpg", "image/jpeg", photo.jpeg).id
            row.fingerprints = len(prints.impressions)
            self._changed(uow, row, "passport.biometrics",
                      after={"fingers": row.fingerprints, "lowest": prints.lowest_quality})
            return self._info(uow.session, row)

    def issue(self, actor: Actor, application_id: str) -> PassportInfo:
        """The produced blank becomes the passport (its number is the booklet's serial), in the
        day's register; the applicant is told it is ready."""
        with self._cases.changing(actor, Permission.PASSPORTS_PROCESS) as uow:
            row = self._row(uow.session, actor, application_id)
            self._state(row, ALLOCATED)
            if not row.photo_attachment_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Paspor memerlukan foto dan sidik jari "
                                                "pemohon; ambil biometrik dahulu."),
                    detail="issue without biometrics")
            case = uow.session.get(Case, row.case_id)
            today = self._today()
            years = 10 if row.passport_type.endswith("_10") else 5
            valid_until = today.replace(year=today.year + years) - timedelta(days=1)
            mark_issued_in(uow, row.blank_serial, row.blank_serial, PassportFacts(
                case.number, row.full_name, TYPE_TITLES[row.passport_type],
                REASON_TITLES[row.reason], valid_until, row.fee_amount,
                row.service == rules.Service.PERCEPATAN))
            row.passport_number, row.issued_at, row.state = (
                row.blank_serial, self._ctx.clock(), ISSUED)
            if row.phone and self._messaging is not None:
                self._messaging.queue_in(uow, "passport_ready", row.phone, "whatsapp", {
                    "name": row.full_name, "number": case.number,
                    "place": self._ctx.config["office.name"],
                    "hours": "hari kerja pukul 08.00–16.00"}, case_id=case.id)
            self._cases.record_in(uow, case, "passport", f"paspor {row.passport_number}")
            revoked = self._revoke_old(uow, row, case) if row.reason != "baru" else None
            self._changed(uow, row, "passport.issued",
                      after={"passport_number": row.passport_number,
                             "valid_until": valid_until.isoformat()})
            info = self._info(uow.session, row)
        if revoked is not None:  # committed: the counters' screening index learns it at once
            self._screening.apply_synced([revoked], [])
        return info

    def _revoke_old(self, uow: UnitOfWork, row: PassportApplication, case: Case) -> Any:
        """The replaced passport is revoked with the new one's issue (seed 002 C1 step
        `paspor_lama`: it goes to the office's store). A lost one was listed at intake; a
        damaged one goes on the counters' list now, as it might still be presented."""
        self._cases.record_in(uow, case, "old_passport",
                              f"paspor lama {row.old_passport_number} dicabut, diganti "
                              f"{row.passport_number}")
        uow.audit("passport.old_revoked", SUBJECT, row.id,
                  after={"old": row.old_passport_number, "new": row.passport_number})
        if row.reason != "penggantian_rusak":
            return None
        return self._list_document(uow, row, "PASPOR DICABUT",
                                   "paspor yang rusak dicabut dan diganti paspor "
                                   f"{row.passport_number}")

    def hand_over(self, actor: Actor, application_id: str, *, mode: str, received_by: str,
                  identity_checked: bool, tracking_number: str = "", delivery_fee: int = 0,
                  pickup_slot: str = "", pickup_code: str = "") -> PassportInfo:
        """The passport to its holder: in person (buku ekspedisi: who received it, identity
        checked), by PT Pos (tracking number, delivery fee), or at the drive-thru; evening and
        Saturday pickups flagged. At the drive-thru the QR code of the application receipt is
        scanned (`pickup_code`: its seal, or the receipt number typed); given at the counter it
        is checked the same way. A parcel gets its PT Pos address label. A passport owed
        compensation goes home by post at the office's cost, with the compensation receipt."""
        if mode not in HANDOVER_MODES or pickup_slot not in PICKUP_SLOTS:
            raise ValidationError(detail=f"mode {mode!r} slot {pickup_slot!r}")
        if not received_by.strip():
            raise ValidationError.missing("nama penerima")
        if mode != "pos" and not identity_checked:
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Periksa identitas penerima (KTP, atau surat kuasa "
                                            "dan identitas kuasa) sebelum menyerahkan."),
                detail="identity not checked")
        if mode == "pos" and not tracking_number.strip():
            raise ValidationError.missing("nomor resi PT Pos")
        if mode == "drive_thru" and not pickup_code.strip():
            raise ValidationError.missing("kode QR tanda terima permohonan")
        with self._cases.changing(actor, Permission.PASSPORTS_PROCESS) as uow:
            row = self._row(uow.session, actor, application_id)
            self._state(row, ISSUED)
            if pickup_code.strip():
                self._check_pickup(uow.session, row, pickup_code.strip())
            if row.compensation_due and mode != "pos":
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Paspor ini dialokasikan lewat dari batas "
                                                "waktu: diantar ke alamat pemohon atas biaya "
                                                "kantor (kompensasi antar paspor)."),
                    detail="compensation owed: delivery by post")
            now = self._ctx.clock()
            row.handover_mode, row.pickup_slot = mode, pickup_slot
            row.handed_over_at, row.handed_over_by = now, actor.username
            row.handed_over_to = " ".join(received_by.split())
            row.tracking_number = tracking_number.strip().upper()
            row.delivery_fee = 0 if row.compensation_due else max(0, delivery_fee)
            row.state = HANDED_OVER
            if row.compensation_due:
                self._compensation_receipt(uow, row, now)
            if mode == "pos":
                self._label(uow, row)
            self._changed(uow, row, "passport.handed_over", after={
                "mode": mode, "to": row.handed_over_to, "tracking": row.tracking_number,
                "compensation": row.compensation_due})
            return self._info(uow.session, row)

    @staticmethod
    def _check_pickup(session: Session, row: PassportApplication, code: str) -> None:
        """The code is the seal of this application's receipt (scanned) or its number (typed
        when the QR will not scan); anything else is refused before the passport leaves."""
        receipt = session.get(IssuedDocument, row.receipt_document_id) \
            if row.receipt_document_id else None
        if receipt is not None and (code == receipt.seal
                                    or code.upper() == receipt.number.upper()):
            return
        raise ValidationError(
            QT_TRANSLATE_NOOP("gapura", "Kode yang dipindai bukan tanda terima permohonan "
                                        "ini. Minta pemohon menunjukkan tanda terima "
                                        "permohonan {number} lalu pindai ulang."),
            detail=f"pickup code {code[:40]!r} does not match receipt {row.receipt_number!r}",
            number=row.receipt_number or "-")

    def _label(self, uow: UnitOfWork, row: PassportApplication) -> None:
        from app.services.documents import issue

        case = uow.session.get(Case, row.case_id)
        document = issue(uow, "label_pos", {
            "recipient_name": row.full_name, "recipient_address": row.address[:250],
            "recipient_phone": row.phone, "application_number": case.number,
            "tracking_number": row.tracking_number, "office_pays": row.compensation_due},
            subject_type=SUBJECT, subject_id=row.id)
        row.label_document_id = document.id

    def _compensation_receipt(self, uow: UnitOfWork, row: PassportApplication,
                              delivered_at: datetime) -> None:
        from app.services.documents import actor_signer, issue

        zone = self._ctx.config.timezone
        case = uow.session.get(Case, row.case_id)
        document = issue(uow, "tanda_terima_kompensasi", {
            "applicant_name": row.full_name, "application_number": case.number,
            "passport_number": row.passport_number,
            "paid_on": row.paid_at.astimezone(zone).date(),  # type: ignore[union-attr]
            "allocation_deadline": row.compensation_deadline,
            "allocated_on": row.allocated_at.astimezone(zone).date(),  # type: ignore[union-attr]
            "delivery_address": row.address[:250], "delivered_at": delivered_at,
            "recipient_name": row.handed_over_to, **actor_signer(uow, "officer")},
            subject_type=SUBJECT, subject_id=row.id)
        row.compensation_document_id = document.id

    @staticmethod
    def _state(row: PassportApplication, *wanted: str) -> None:
        if row.state not in wanted:
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Permohonan berstatus {state}; tindakan ini tidak "
                                            "dapat dilakukan."),
                detail=f"state {row.state}, wanted {wanted}", state=row.state)

    # -- the case module (decision 0017) -------------------------------------------------------

    def facts(self, session: Session, case: Case) -> frozenset[str] | None:
        row = session.scalar(select(PassportApplication).where(
            PassportApplication.case_id == case.id))
        if row is None:
            return None
        facts = {"application"}
        if row.bap_number:
            facts.add("bap")
        if row.bapen_number:
            facts.add("bapen")
        if row.screened_at is not None and row.state != HELD:
            facts.add("screening")  # the central checks done, a duplicate resolved
        if row.interview_note and row.state != REFUSED:
            facts.add("interview")
        if row.photo_attachment_id:
            facts.add("biometrics")
        if row.paid_at is not None:
            facts.add("payment")
        if row.blank_serial:
            facts.add("allocation")
            blank = session.get(PassportBlank, row.blank_serial)
            if blank is not None and blank.printed and blank.qc_passed and blank.laminated:
                facts.add("printed")
        if row.passport_number:
            facts.update({"printed", "register"})
        if row.handed_over_at is not None:
            facts.add("handover")
        return frozenset(facts)

    def required_answer(self, session: Session, case: Case, step: Step) -> str | None:
        return None  # the passport SOPs' decisions are the officer's reading of the papers

    def closed(self, uow: UnitOfWork, case: Case, note: str) -> None:
        """A refusal at any step (papers incomplete, the Kakanim's decision on a lost passport)
        ends the application; an expiry or cancellation has already marked it."""
        row = uow.session.scalar(select(PassportApplication).where(
            PassportApplication.case_id == case.id))
        if row is None:
            return
        if case.outcome == "end:ditolak" and row.state not in (REFUSED, EXPIRED, CANCELLED):
            row.state = REFUSED
            self._changed(uow, row, "passport.refused", after={"note": note})
        elif case.outcome == "end:dibatalkan" and row.state not in (REFUSED, EXPIRED,
                                                                   CANCELLED):
            row.state = CANCELLED
            self._changed(uow, row, "passport.cancelled", after={"note": note})

    # -- reading -------------------------------------------------------------------------------

    def get(self, actor: Actor, application_id: str) -> PassportInfo:
        with self._ctx.query(actor, Permission.PASSPORTS_VIEW) as session:
            return self._info(session, self._row(session, actor, application_id))

    def earlier_passports(self, actor: Actor, application_id: str) -> list[EarlierPassport]:
        """The applicant's earlier passports by NIK (issue 9 point 2): those this office
        issued, and those of the office's records of the same person; newest first."""
        with self._ctx.query(actor, Permission.PASSPORTS_VIEW) as session:
            row = self._row(session, actor, application_id)
            zone = self._ctx.config.timezone
            found: dict[str, EarlierPassport] = {}
            issued = session.execute(
                select(PassportApplication.passport_number, PassportApplication.issued_at,
                       Case.number).join(Case, Case.id == PassportApplication.case_id)
                .where(PassportApplication.nik == row.nik,
                       PassportApplication.id != row.id,
                       PassportApplication.passport_number != "")).all()
            for number, at, case_number in issued:
                found[number] = EarlierPassport(
                    number, at.astimezone(zone).date() if at else None,
                    application_number=case_number)
            for number, expiry in session.execute(
                    select(Person.document_number, Person.document_expiry)
                    .where(Person.nik == row.nik)).all():
                found.setdefault(number, EarlierPassport(number, expires_on=expiry))
            if row.old_passport_number:
                found.setdefault(row.old_passport_number,
                                 EarlierPassport(row.old_passport_number))
            return sorted(found.values(), key=lambda p: (p.issued_on or p.expires_on
                                                         or date.min), reverse=True)

    def applications(self, actor: Actor, day: date | None = None) -> list[PassportInfo]:
        """The office's applications, newest first; only those received on `day` (office
        time) when given."""
        with self._ctx.query(actor, Permission.PASSPORTS_VIEW) as session:
            query = select(PassportApplication).where(
                PassportApplication.office_code == actor.office_code)
            if day is not None:
                zone = self._ctx.config.timezone
                start = datetime.combine(day, datetime.min.time(), tzinfo=zone)
                query = query.where(PassportApplication.received_at >= start,
                                    PassportApplication.received_at < start + timedelta(days=1))
            rows = session.scalars(query.order_by(PassportApplication.received_at.desc())).all()
            return [self._info(session, row) for row in rows]

    @staticmethod
    def _changed(uow: UnitOfWork, row: PassportApplication, action: str, *,
                 after: dict[str, Any]) -> None:
        """Audit a change of the application and share it with the office's other desks (the
        Kasi checks a duplicate, the print operator produces, another desk hands over)."""
        uow.audit(action, SUBJECT, row.id, after=after)
        uow.share(SHARED_KIND, row)

    def _row(self, session: Session, actor: Actor, application_id: str) -> PassportApplication:
        row = session.get(PassportApplication, application_id)
        if row is None or row.office_code != actor.office_code:
            raise NotFoundError(QT_TRANSLATE_NOOP("gapura", "Permohonan tidak ditemukan."),
                                detail=f"no passport application {application_id}")
        return row

    @staticmethod
    def _info(session: Session, row: PassportApplication) -> PassportInfo:
        case = session.get(Case, row.case_id)
        return PassportInfo(
            row.id, row.case_id, case.number if case else "", row.state, row.reason,
            row.passport_type, row.service, row.full_name, row.nik, row.screening_hit,
            tuple(json.loads(row.duplicates or "[]")), row.fee_amount, row.billing_code,
            row.billing_expires_at, row.paid_at is not None, row.blank_serial,
            row.compensation_due, row.compensation_days, row.passport_number,
            row.handover_mode, row.handed_over_to, row.compensation_document_id,
            row.receipt_number, row.receipt_document_id, row.bap_number, row.bapen_number,
            row.label_document_id, tuple(json.loads(row.documents or "[]")),
            row.old_passport_number, row.loss_report, row.phone, row.address)


def _local(context: ServiceContext, moment: datetime | None) -> str:
    if moment is None:
        return "-"
    return moment.astimezone(context.config.timezone).strftime("%d-%m-%Y %H:%M")
