"""Loket Izin Tinggal (issue 8): stay-permit applications from receipt to handover.

An application is a case of its type's SOP (B2–B9, resources/sops) plus the facts the SOP's
steps need (`needs`): the receipt printed at intake, the requirements checked and scanned, the
sponsor examined, the cekal screening of applicant and sponsor, the payment, the biometrics, the
register number with the sticker and card queued for printing, the handover and the scanned
archive. The officer moves the case on as the SOP says (CaseService.complete); this service
holds a step until its facts are recorded (CaseModule) and fixes the cekal decision when the
screening hit. The rules (app.domain.permits) decide at intake; a refusal names its rule. A
case refused by the heads (or by the Ditjen) gets a printed letter with the reasons and the fee
rule for refused applications.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.auth.permissions import Actor, Permission, Role, require
from app.domain import permits as rules
from app.domain.mrz import parse_mrz
from app.domain.sop import Step
from app.errors import NotFoundError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.base import ServiceContext, UnitOfWork
from app.services.biometrics import capture_applicant
from app.services.cases import ACTIVE, CaseService, SubjectForm
from app.services.chip import ChipCheck, ChipTrustService, Progress, read_document_chip
from app.services.documents import DocumentInfo, issue, next_number
from app.services.reference import ReferenceService
from app.services.screening import ScreeningService
from app.store.case_models import Case, CaseAttachment
from app.store.counter_models import Crossing, StayPermit
from app.store.models import User, UserRole
from app.store.permit_models import PermitApplication, PermitRequirement

log = logging.getLogger(__name__)

SHARED_KIND = "permit_application"
SUBJECT = "permit_application"  # the documents' subject type
RECEIVED, REJECTED, CEKAL, ISSUED, HANDED_OVER, CANCELLED = (
    "received", "rejected", "cekal", "issued", "handed_over", "cancelled")
STATES = (RECEIVED, REJECTED, CEKAL, ISSUED, HANDED_OVER, CANCELLED)
SCREEN_ALERT_SCORE = 85  # a list entry this close stops the case (the cekal SOP path)
SEX_NAMES = {"M": "Laki-laki", "F": "Perempuan"}
ACTIVITY = {"ITK_EXTENSION": "Perpanjangan", "ITAS_EXTENSION": "Perpanjangan",
            "ITAP_EXTENSION": "Perpanjangan", "ITAS_FROM_ITK": "Alih status",
            "ITAP_FROM_ITAS": "Alih status"}


@dataclass(frozen=True)
class ApplicantForm:
    full_name: str
    nationality: str  # ICAO 3-letter code
    passport_number: str
    passport_expiry: date
    birth_date: date
    sex: str = ""  # M | F
    phone: str = ""
    address: str = ""  # in Indonesia


@dataclass(frozen=True)
class SponsorForm:
    kind: str  # person | company
    name: str
    identity: str  # NIK or passport number of a person; NIB of a company
    address: str
    phone: str = ""


@dataclass(frozen=True)
class CurrentPermitForm:
    permit_number: str
    kind: str  # ITK | ITAS | ITAP
    index_code: str
    valid_from: date
    valid_until: date
    extensions: int = 0
    total_days: int = 0


@dataclass(frozen=True)
class PermitIntake:
    type_code: str
    applicant: ApplicantForm
    current: CurrentPermitForm | None = None
    requested_index: str = ""
    requested_days: int | None = None
    sponsor: SponsorForm | None = None
    itas_years: float = 0.0
    married_years: float = 0.0
    child_abg: bool = False
    note: str = ""


@dataclass(frozen=True)
class RequirementInfo:
    requirement_id: str
    title: str
    required: bool
    present: bool
    attachment_id: str


@dataclass(frozen=True)
class ApplicationInfo:
    id: str
    case_id: str
    number: str
    type_code: str
    type_title: str
    state: str
    case_status: str
    step_id: str
    step_title: str
    due_at: datetime | None
    overdue: bool
    received_at: datetime
    applicant_name: str
    nationality: str
    passport_number: str
    granted_index: str
    granted_from: date | None
    granted_until: date | None
    fee_amount: int
    paid: bool
    screening_hit: bool
    sponsor_name: str
    sponsor_valid: bool | None
    register_number: str
    receipt_document_id: str
    sticker_document_id: str
    card_document_id: str
    rejection_document_id: str
    handed_over_at: datetime | None
    facts: frozenset[str]
    requirements: tuple[RequirementInfo, ...] = field(default=())


@dataclass(frozen=True)
class ApplicantHistory:
    """What the office knows of a passport: its permits, crossings and cases, and the permit
    an application would start from."""

    permits: tuple[StayPermitInfo, ...]
    crossings: tuple[tuple[datetime, str, str], ...]  # (when, direction, outcome)
    cases: tuple[tuple[str, str, str], ...]  # (number, title, status)
    current: CurrentPermitForm | None


@dataclass(frozen=True)
class StayPermitInfo:
    permit_number: str
    permit_type: str
    index_code: str
    valid_from: date
    valid_until: date
    sponsor: str


class PermitRefused(ValidationError):
    """The rules refuse the application; each refusal names its rule."""

    def __init__(self, refusals: Sequence[rules.RuleRefusal]) -> None:
        self.refusals = tuple(refusals)
        super().__init__(
            QT_TRANSLATE_NOOP("gapura", "Permohonan tidak dapat diterima: {reasons}"),
            detail="refused by " + ", ".join(r.rule for r in refusals),
            reasons="; ".join(f"{r.text()} [{r.rule}]" for r in refusals))




class PermitService:
    """The stay-permit counter's use cases; every change audited with its case's."""

    def __init__(self, context: ServiceContext, cases: CaseService,
                 screening: ScreeningService, reference: ReferenceService, devices: Any,
                 catalog: rules.Catalog | None = None, *,
                 chip_trust: ChipTrustService | None = None) -> None:
        self._ctx = context
        self._chip_trust = chip_trust or ChipTrustService(context)
        self._cases = cases
        self._screening = screening
        self._reference = reference
        self._devices = devices
        self._catalog = catalog
        cases.add_module(self)

    @property
    def catalog(self) -> rules.Catalog:
        if self._catalog is None:
            self._catalog = rules.load_catalog()
        return self._catalog

    def application_type(self, code: str) -> rules.ApplicationType:
        try:
            return self.catalog.type(code)
        except KeyError as exc:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("gapura", "Jenis permohonan {code} tidak dikenal."),
                detail=f"unknown application type {code!r}", code=code) from exc

    def _today(self) -> date:
        return self._ctx.clock().astimezone(self._ctx.config.timezone).date()

    # -- before intake -------------------------------------------------------------------------

    def history(self, actor: Actor, passport_number: str, nationality: str) -> ApplicantHistory:
        """The passport's earlier permits, crossings and cases (issue 8 point 1), and the
        current permit with the extensions on its index counted."""
        number, state = passport_number.strip().upper(), nationality.strip().upper()
        with self._ctx.query(actor, Permission.PERMITS_PROCESS) as session:
            permits = session.scalars(select(StayPermit).where(
                StayPermit.document_number == number, StayPermit.nationality == state,
                StayPermit.revoked.is_(False)).order_by(StayPermit.valid_from)).all()
            crossings = session.execute(select(
                Crossing.decided_at, Crossing.direction, Crossing.outcome).where(
                Crossing.document_number == number, Crossing.issuing_state == state)
                .order_by(Crossing.decided_at.desc()).limit(50)).all()
        found = self._cases.search(actor, text=number, limit=50) if actor.can(
            Permission.CASES_WORK) else []
        infos = tuple(StayPermitInfo(p.permit_number, p.permit_type, p.index_code, p.valid_from,
                                     p.valid_until, p.sponsor) for p in permits)
        return ApplicantHistory(infos, tuple((c[0], c[1], c[2]) for c in crossings),
                                tuple((c.number, c.title, c.status) for c in found),
                                _current(permits))

    def read_passport(self, actor: Actor) -> str:
        """The MRZ lines from the passport reader (the counter's device), joined by newlines.

        Raises:
            DeviceError: reader unplugged, timed out or read poorly (the officer rescans or
                types the MRZ).
        """
        require(actor, Permission.PERMITS_PROCESS)
        return "\n".join(self._devices.document_reader.read().lines)

    def check_passport_chip(self, actor: Actor, mrz: str,
                            progress: Progress | None = None) -> ChipCheck | None:
        """The chip of the passport on the reader, authenticated and compared with `mrz` (the
        printed MRZ), as at the border counter (issue 14, decision 0026); None when the reader
        offers no chip. The read and its result are audited.

        Raises:
            MrzFormatError: `mrz` is unusable.
        """
        require(actor, Permission.PERMITS_PROCESS)
        document = parse_mrz(mrz, today=self._today())
        chip = read_document_chip(self._devices.document_reader, self._chip_trust, document,
                                  self._ctx.clock(), progress)
        if chip is not None:
            with self._ctx.change(actor, Permission.PERMITS_PROCESS) as uow:
                uow.audit("passport_chip.read", "passport", document.document_number,
                          after={"desk": "permits", "issuing_state": document.issuing_state,
                                 **chip.audit_data()})
        return chip

    def assess(self, actor: Actor, intake: PermitIntake) -> rules.Assessment:
        """What the rules say of `intake` now (the counter shows it before receiving)."""
        require(actor, Permission.PERMITS_PROCESS)
        return self._assess(intake)

    def _assess(self, intake: PermitIntake) -> rules.Assessment:
        app_type = self.application_type(intake.type_code)
        today = self._today()
        current = None
        if intake.current is not None:
            c = intake.current
            try:
                kind = rules.PermitKind(c.kind)
            except ValueError as exc:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Jenis izin tinggal {kind} tidak dikenal."),
                    detail=f"permit kind {c.kind!r}", kind=c.kind) from exc
            current = rules.CurrentPermit(kind, c.index_code.strip().upper(), c.valid_from,
                                          c.valid_until, c.extensions, c.total_days)
        limits = rules.Limits(
            self._reference.integer("permit.passport_margin_months", today),
            self._reference.integer("permit.itap_after_itas_years", today),
            self._reference.integer("permit.itap_after_marriage_years", today))
        return rules.assess(app_type, self.catalog, today=today,
                            passport_expiry=intake.applicant.passport_expiry, limits=limits,
                            current=current, requested_index=intake.requested_index.strip()
                            .upper(), requested_days=intake.requested_days,
                            itas_years=intake.itas_years,
                            married_to_wni_years=intake.married_years,
                            child_abg=intake.child_abg)

    # -- intake --------------------------------------------------------------------------------

    def receive(self, actor: Actor, intake: PermitIntake) -> ApplicationInfo:
        """Receive an application (SOP step 1): checked against the rules, applicant and
        sponsor screened against the cekal lists, its case opened, its checklist made.

        Raises:
            PermitRefused: a rule refuses it (nothing is written).
            ValidationError: a field is missing or malformed.
        """
        app_type = self.application_type(intake.type_code)
        person = intake.applicant
        for name, value in (("nama pemohon", person.full_name),
                            ("nomor paspor", person.passport_number),
                            ("kewarganegaraan", person.nationality),
                            ("alamat di Indonesia", person.address)):
            if not value.strip():
                raise ValidationError.missing(name)
        if person.sex not in SEX_NAMES:
            raise ValidationError.missing("jenis kelamin")
        sponsor = intake.sponsor
        if app_type.sponsor_required and (sponsor is None or not sponsor.name.strip()):
            raise ValidationError.missing("penjamin")
        if sponsor is not None and sponsor.kind not in ("person", "company"):
            raise ValidationError(detail=f"sponsor kind {sponsor.kind!r}")
        assessment = self._assess(intake)
        if not assessment.ok:
            raise PermitRefused(assessment.refusals)
        hits = self._screen(actor, intake)
        today = self._today()
        fee_key = (rules.fee_key(app_type, assessment.days) if app_type.result == "SKIM"
                   or assessment.days else "")
        fee = self._reference.integer(fee_key, today) if fee_key else 0
        now = self._ctx.clock()
        with self._cases.changing(actor, Permission.PERMITS_PROCESS) as uow:
            subjects = [SubjectForm("applicant", person.full_name, person.passport_number,
                                    person.nationality, person.birth_date, person.phone)]
            if sponsor is not None and sponsor.name.strip():
                subjects.append(SubjectForm("sponsor", sponsor.name, sponsor.identity))
            case = self._cases.open_in(uow, app_type.sop, subjects, title=app_type.title,
                                       note=intake.note)
            current = intake.current
            row = PermitApplication(
                office_code=actor.office_code, case_id=case.id, type_code=app_type.code,
                state=RECEIVED, received_at=now, received_by=actor.username,
                applicant_name=" ".join(person.full_name.split()).upper(),
                nationality=person.nationality.strip().upper(),
                passport_number=person.passport_number.strip().upper(),
                passport_expiry=person.passport_expiry, birth_date=person.birth_date,
                sex=person.sex, phone=_phone(person.phone) if person.phone.strip() else "",
                address=person.address.strip(),
                current_permit_number=current.permit_number if current else "",
                current_kind=current.kind if current else "",
                current_index=current.index_code.upper() if current else "",
                current_from=current.valid_from if current else None,
                current_until=current.valid_until if current else None,
                current_extensions=current.extensions if current else 0,
                current_total_days=current.total_days if current else 0,
                requested_index=intake.requested_index.strip().upper(),
                requested_days=intake.requested_days, itas_years=intake.itas_years,
                married_years=intake.married_years, child_abg=intake.child_abg,
                granted_index=assessment.index_code, granted_from=assessment.granted_from,
                granted_until=assessment.granted_until, granted_days=assessment.days,
                fee_key=fee_key, fee_amount=fee,
                sponsor_kind=sponsor.kind if sponsor else "",
                sponsor_name=sponsor.name.strip() if sponsor else "",
                sponsor_identity=sponsor.identity.strip().upper() if sponsor else "",
                sponsor_address=sponsor.address.strip() if sponsor else "",
                sponsor_phone=sponsor.phone.strip() if sponsor else "",
                screened_at=now, screening_hit=bool(hits),
                screening_detail="; ".join(hits))
            uow.session.add(row)
            uow.session.flush()
            uow.session.add_all(
                PermitRequirement(application_id=row.id, requirement_id=r.id, title=r.title,
                                  required=r.required, present=False)
                for r in app_type.requirements)
            uow.audit("permit.received", SUBJECT, row.id, after={
                "type": app_type.code, "case": case.number, "granted_until":
                str(assessment.granted_until or ""), "fee": fee, "cekal_hit": bool(hits)})
            self._share(uow, row)
            return self._info(uow.session, row)

    def _screen(self, actor: Actor, intake: PermitIntake) -> list[str]:
        """The cekal list entries close to the applicant or the sponsor (a person)."""
        from app.domain.screening import Traveller  # numpy: not at start-up

        people = [Traveller(full_name=intake.applicant.full_name,
                            birth_date=intake.applicant.birth_date,
                            nationality=intake.applicant.nationality.upper(),
                            document_number=intake.applicant.passport_number.upper())]
        if intake.sponsor is not None and intake.sponsor.kind == "person":
            people.append(Traveller(full_name=intake.sponsor.name))
        found = []
        for who, person in zip(("pemohon", "penjamin"), people, strict=False):
            for hit in self._screening.screen(actor, person, limit=1):
                if hit.alert or hit.score >= SCREEN_ALERT_SCORE:
                    found.append(f"{who}: {hit.full_name} ({hit.list_name} {hit.reference})")
        return found

    # -- the facts of the steps ------------------------------------------------------------------

    def print_receipt(self, actor: Actor, application_id: str) -> DocumentInfo:
        """The tanda terima permohonan, into the print queue (SOP step 1)."""
        with self._cases.changing(actor, Permission.PERMITS_PROCESS) as uow:
            row = self._row(uow.session, actor, application_id)
            app_type = self.application_type(row.type_code)
            case = uow.session.get(Case, row.case_id)
            signer = _officer(uow)
            requirements = self._requirements(uow.session, row.id)
            data = {
                "application_number": case.number, "application_type": app_type.title,
                "received_at": row.received_at,
                "applicant_name": row.applicant_name, "applicant_nationality": row.nationality,
                "applicant_passport_number": row.passport_number,
                "applicant_birth_date": row.birth_date, "fee_amount": row.fee_amount,
                "requirements": [{"title": r.title, "present": r.present,
                                  "scanned": bool(r.attachment_id)} for r in requirements],
                "expected_on": self._expected_on(uow.session, row, case),
                "applicant_sex": SEX_NAMES[row.sex], "applicant_address": row.address,
                **signer,
            }
            if row.phone:
                data["applicant_phone"] = row.phone
            if row.sponsor_name:
                data.update(sponsor_name=row.sponsor_name,
                            sponsor_kind=SPONSOR_KINDS[row.sponsor_kind],
                            sponsor_id_kind=_id_kind(row.sponsor_kind, row.sponsor_identity),
                            sponsor_id_number=row.sponsor_identity,
                            sponsor_address=row.sponsor_address)
                if row.sponsor_phone:
                    data["sponsor_phone"] = row.sponsor_phone
            document = issue(uow, "tanda_terima_izin_tinggal", data, subject_type=SUBJECT,
                             subject_id=row.id)
            row.receipt_document_id = document.id
            self._changed(uow, row, "permit.receipt_printed", {"document": document.number})
            return document

    def check_requirement(self, actor: Actor, application_id: str, requirement_id: str,
                          present: bool, scan: tuple[str, str, bytes] | None = None
                          ) -> ApplicationInfo:
        """Mark one checklist line present (with its scan: name, content type, bytes) or
        missing."""
        with self._cases.changing(actor, Permission.PERMITS_PROCESS) as uow:
            row = self._row(uow.session, actor, application_id)
            line = uow.session.scalar(select(PermitRequirement).where(
                PermitRequirement.application_id == row.id,
                PermitRequirement.requirement_id == requirement_id))
            if line is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("gapura", "Persyaratan {id} tidak ada pada permohonan "
                                                "ini."),
                    detail=f"no requirement {requirement_id}", id=requirement_id)
            if scan is not None:
                case = uow.session.get(Case, row.case_id)
                line.attachment_id = self._cases.attach_in(uow, case, *scan).id
            line.present, line.checked_by, line.checked_at = (
                present, actor.username, self._ctx.clock())
            self._changed(uow, row, "permit.requirement_checked",
                          {"requirement": requirement_id, "present": present,
                           "scanned": bool(line.attachment_id)})
            return self._info(uow.session, row)

    def check_sponsor(self, actor: Actor, application_id: str, valid: bool,
                      note: str = "") -> ApplicationInfo:
        """The sponsor examined (penelitian penjamin): valid, or not with a note."""
        if not valid and not note.strip():
            raise ValidationError.missing("catatan penjamin")
        with self._cases.changing(actor, Permission.PERMITS_PROCESS) as uow:
            row = self._row(uow.session, actor, application_id)
            if not row.sponsor_name:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Permohonan ini tidak memiliki penjamin."),
                    detail="no sponsor")
            row.sponsor_valid, row.sponsor_note = valid, note.strip()
            row.sponsor_checked_at = self._ctx.clock()
            self._changed(uow, row, "permit.sponsor_checked", {"valid": valid})
            return self._info(uow.session, row)

    def record_payment(self, actor: Actor, application_id: str, billing_code: str,
                       amount: int, paid_at: datetime, proof: str) -> ApplicationInfo:
        """The PNBP paid: billing code, amount (the fee in force), when, and the proof (NTPN).

        Raises:
            ValidationError: a code or proof missing, an amount other than the fee, a payment
                time in the future.
        """
        code, ntpn = billing_code.strip().replace(" ", ""), proof.strip().upper()
        if not code.isdigit() or len(code) != 15:
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Kode billing {code} tidak sah: 15 angka."),
                detail=f"billing code {billing_code!r}", code=billing_code)
        if not ntpn:
            raise ValidationError.missing("bukti bayar (NTPN)")
        if paid_at.tzinfo is None or paid_at > self._ctx.clock():
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Waktu pembayaran tidak boleh di masa depan."),
                detail=f"paid_at {paid_at!r}")
        with self._cases.changing(actor, Permission.PERMITS_PROCESS) as uow:
            row = self._row(uow.session, actor, application_id)
            if amount != row.fee_amount:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Jumlah dibayar Rp{amount} tidak sama dengan "
                                                "tarif PNBP Rp{fee} ({key})."),
                    detail=f"paid {amount}, fee {row.fee_amount}", amount=f"{amount:,}"
                    .replace(",", "."), fee=f"{row.fee_amount:,}".replace(",", "."),
                    key=row.fee_key)
            row.billing_code, row.paid_amount, row.paid_at = code, amount, paid_at
            row.payment_proof, row.payment_recorded_by = ntpn, actor.username
            self._changed(uow, row, "permit.paid", {"billing_code": code, "amount": amount,
                                                    "proof": ntpn})
            return self._info(uow.session, row)

    def capture_biometrics(self, actor: Actor, application_id: str) -> ApplicationInfo:
        """A face photo (the camera's quality checks) and four fingerprints, through the
        devices; a refused photo or finger raises the device's Indonesian reason and nothing
        is stored."""
        require(actor, Permission.PERMITS_PROCESS)
        with self._ctx.query(actor, Permission.PERMITS_PROCESS) as session:
            self._row(session, actor, application_id)  # of this office, before the devices
        photo, prints = capture_applicant(self._devices)
        with self._cases.changing(actor, Permission.PERMITS_PROCESS) as uow:
            row = self._row(uow.session, actor, application_id)
            case = uow.session.get(Case, row.case_id)
            attached = self._cases.attach_in(uow, case, "foto_pemohon.jpg", "image/jpeg",
                                             photo.jpeg)
            row.photo_attachment_id = attached.id
            row.fingerprints = len(prints.impressions)
            row.biometrics_at = self._ctx.clock()
            self._changed(uow, row, "permit.biometrics", {
                "photo": attached.sha256, "fingers": row.fingerprints,
                "lowest_quality": prints.lowest_quality})
            return self._info(uow.session, row)

    def register(self, actor: Actor, application_id: str) -> ApplicationInfo:
        """The register number, the permit itself, and its papers into the print queue: the
        sticker (and the ITAS/ITAP card), or the SKIM certificate."""
        with self._cases.changing(actor, Permission.PERMITS_PROCESS) as uow:
            row = self._row(uow.session, actor, application_id)
            app_type = self.application_type(row.type_code)
            if row.register_number:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Permohonan {number} sudah memiliki nomor "
                                                "register {register}."),
                    detail="already registered", number=self._number(uow.session, row),
                    register=row.register_number)
            if row.paid_at is None and row.fee_amount:
                raise _unpaid(self._number(uow.session, row))
            day = self._today()
            row.register_number = next_number(uow, "register_izin_tinggal", day)
            head = _head_of_office(uow)
            if app_type.result == "SKIM":
                document = issue(uow, "skim", self._skim_data(uow.session, row, head),
                                 subject_type=SUBJECT, subject_id=row.id)
                row.sticker_document_id = document.id
            else:
                permit = StayPermit(
                    permit_number=row.register_number, permit_type=app_type.result,
                    index_code=row.granted_index, holder_name=row.applicant_name,
                    nationality=row.nationality, document_number=row.passport_number,
                    birth_date=row.birth_date, valid_from=row.granted_from,
                    valid_until=row.granted_until, sponsor=row.sponsor_name,
                    office_code=row.office_code)
                uow.session.add(permit)
                uow.session.flush()
                row.permit_id = permit.id
                holder = self._holder(row)
                sticker = issue(uow, "stiker_izin_tinggal", {
                    **holder, "permit_kind": app_type.result,
                    "activity": ACTIVITY.get(app_type.code, "Pemberian"),
                    **({"extension_count": row.current_extensions + 1}
                       if app_type.code.endswith("_EXTENSION") else {}),
                    "valid_from": row.granted_from, "valid_until": row.granted_until,
                    "purpose": app_type.title[:100], "sponsor": row.sponsor_name[:100],
                    "address": row.address[:150],
                    "signer_name": head["name"], "signer_nip": head["nip"]},
                    subject_type=SUBJECT, subject_id=row.id)
                row.sticker_document_id = sticker.id
                if app_type.card:
                    photo = uow.session.get(CaseAttachment, row.photo_attachment_id)
                    if photo is None:
                        raise ValidationError(
                            QT_TRANSLATE_NOOP("gapura", "Kartu izin tinggal memerlukan foto "
                                                        "pemohon; ambil biometrik dahulu."),
                            detail="card without photo")
                    card = issue(uow, "kartu_izin_tinggal", {
                        **holder, "permit_kind": app_type.result, "photo": photo.data,
                        "valid_until": row.granted_until, "address": row.address[:150],
                        "purpose": app_type.title[:100], "sponsor": row.sponsor_name[:100]},
                        subject_type=SUBJECT, subject_id=row.id)
                    row.card_document_id = card.id
            row.state = ISSUED
            self._changed(uow, row, "permit.registered", {
                "register_number": row.register_number, "until": str(row.granted_until or "")})
            return self._info(uow.session, row)

    def hand_over(self, actor: Actor, application_id: str, received_by: str,
                  identity_checked: bool) -> ApplicationInfo:
        """The finished dokim given to the applicant (or a representative): only on proof of
        payment, with who received it and their identity checked."""
        if not received_by.strip():
            raise ValidationError.missing("nama penerima")
        if not identity_checked:
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Periksa identitas penerima (paspor, atau surat "
                                            "kuasa dan identitas kuasa) sebelum menyerahkan."),
                detail="identity not checked")
        with self._cases.changing(actor, Permission.PERMITS_PROCESS) as uow:
            row = self._row(uow.session, actor, application_id)
            if row.fee_amount and (row.paid_at is None or not row.payment_proof):
                raise _unpaid(self._number(uow.session, row))
            if not row.register_number:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Dokumen permohonan {number} belum diterbitkan."),
                    detail="handover before register", number=self._number(uow.session, row))
            row.handed_over_at, row.handed_over_by = self._ctx.clock(), actor.username
            row.handed_over_to = " ".join(received_by.split())
            row.state = HANDED_OVER
            self._changed(uow, row, "permit.handed_over", {"to": row.handed_over_to})
            return self._info(uow.session, row)

    def archive(self, actor: Actor, application_id: str, name: str, content_type: str,
                data: bytes) -> ApplicationInfo:
        """The scanned finished file (pindai arsip)."""
        with self._cases.changing(actor, Permission.PERMITS_PROCESS) as uow:
            row = self._row(uow.session, actor, application_id)
            case = uow.session.get(Case, row.case_id)
            row.archive_attachment_id = self._cases.attach_in(uow, case, name, content_type,
                                                              data).id
            self._changed(uow, row, "permit.archived", {"name": name})
            return self._info(uow.session, row)

    # -- reading -------------------------------------------------------------------------------

    def get(self, actor: Actor, application_id: str) -> ApplicationInfo:
        with self._ctx.query(actor, Permission.PERMITS_PROCESS) as session:
            return self._info(session, self._row(session, actor, application_id))

    def for_case(self, actor: Actor, case_id: str) -> ApplicationInfo | None:
        with self._ctx.query(actor, Permission.PERMITS_PROCESS) as session:
            row = session.scalar(select(PermitApplication).where(
                PermitApplication.case_id == case_id,
                PermitApplication.office_code == actor.office_code))
            return self._info(session, row) if row is not None else None

    def applications(self, actor: Actor, *, day: date | None = None, state: str | None = None,
                     text: str = "", limit: int = 500) -> list[ApplicationInfo]:
        """The counter's list: received on `day` (office date), in `state`, matching `text`
        (case number, name or passport number), newest first."""
        query = select(PermitApplication).where(
            PermitApplication.office_code == actor.office_code)
        if day is not None:
            start = datetime.combine(day, datetime.min.time(), self._ctx.config.timezone)
            query = query.where(PermitApplication.received_at >= start,
                                PermitApplication.received_at < start + timedelta(days=1))
        if state:
            query = query.where(PermitApplication.state == state)
        words = text.strip().upper()
        if words:
            numbers = select(Case.id).where(Case.number.like(f"%{words}%"))
            query = query.where(PermitApplication.applicant_name.like(f"%{words}%")
                                | PermitApplication.passport_number.like(f"%{words}%")
                                | PermitApplication.case_id.in_(numbers))
        with self._ctx.query(actor, Permission.PERMITS_PROCESS) as session:
            rows = session.scalars(query.order_by(PermitApplication.received_at.desc())
                                   .limit(limit)).all()
            return [self._info(session, r) for r in rows]

    def ready_for_pickup(self, actor: Actor) -> list[ApplicationInfo]:
        """Issued and waiting for the applicant, oldest first."""
        return sorted(self.applications(actor, state=ISSUED), key=lambda a: a.received_at)

    def overdue(self, actor: Actor) -> list[ApplicationInfo]:
        """Applications whose current step is past its time standard."""
        return [a for a in self.applications(actor) if a.overdue]

    # -- the case module -----------------------------------------------------------------------

    def facts(self, session: Session, case: Case) -> frozenset[str] | None:
        row = session.scalar(select(PermitApplication).where(PermitApplication.case_id
                                                             == case.id))
        return None if row is None else _facts(session, row)

    def required_answer(self, session: Session, case: Case, step: Step) -> str | None:
        if step.id != "periksa_cekal" or step.decision is None:
            return None
        row = session.scalar(select(PermitApplication).where(PermitApplication.case_id
                                                             == case.id))
        if row is None:
            return None
        return "ya" if row.screening_hit else "tidak"

    def closed(self, uow: UnitOfWork, case: Case, note: str) -> None:
        """A refused application gets its letter (reasons and the fee rule); a cekal hit goes
        the cekal SOP's way; a cancelled one is marked so."""
        row = uow.session.scalar(select(PermitApplication).where(
            PermitApplication.case_id == case.id))
        if row is None:
            return
        if case.outcome == "end:dibatalkan":
            row.state = CANCELLED
        elif case.outcome == "sop:CEKAL":
            row.state = CEKAL
        elif case.outcome in ("end:ditolak", "sop:KETIDAKSESUAIAN"):
            row.state = REJECTED
            reasons = [note] if note else [_last_reason(case)]
            row.rejection_reasons = json.dumps(reasons, ensure_ascii=False)
            letter = issue(uow, "surat_penolakan_izin_tinggal",
                           self._rejection_data(uow, row, case, reasons),
                           subject_type=SUBJECT, subject_id=row.id)
            row.rejection_document_id = letter.id
        else:
            return
        self._changed(uow, row, "permit.closed", {"outcome": case.outcome, "state": row.state})

    # -- helpers -------------------------------------------------------------------------------

    def _rejection_data(self, uow: UnitOfWork, row: PermitApplication, case: Case,
                        reasons: list[str]) -> dict[str, Any]:
        head = _head_of_office(uow)
        rule, explanation = rules.fee_on_rejection(row.paid_at is not None)
        data: dict[str, Any] = {
            "application_number": case.number,
            "application_type": self.application_type(row.type_code).title,
            "applied_on": row.received_at.astimezone(self._ctx.config.timezone).date(),
            "applicant_name": row.applicant_name, "applicant_nationality": row.nationality,
            "applicant_passport_number": row.passport_number,
            "applicant_birth_date": row.birth_date, "applicant_sex": SEX_NAMES[row.sex],
            "applicant_address": row.address,
            "reasons": [{"reason": r} for r in reasons],
            "fee_paid": row.paid_at is not None,
            "head_name": head["name"], "head_nip": head["nip"],
        }
        if row.current_until is not None and row.current_until >= data["applied_on"]:
            data["permit_valid_until"] = row.current_until
        else:
            data["may_reapply"] = True
        if row.sponsor_name:
            data["sponsor_name"] = row.sponsor_name
        log.info("rejection letter for %s (%s: %s)", case.number, rule, explanation)
        return data

    def _expected_on(self, session: Session, row: PermitApplication, case: Case) -> date:
        """When the dokim should be ready: the SOP's time standards of every step from now on,
        on the office's work calendar (at least today)."""
        del session, row
        return (case.due_at.astimezone(self._ctx.config.timezone).date()
                if case.due_at else self._today())

    def _skim_data(self, session: Session, row: PermitApplication,
                   head: dict[str, str]) -> dict[str, Any]:
        stored = session.scalars(select(StayPermit).where(
            StayPermit.document_number == row.passport_number,
            StayPermit.nationality == row.nationality).order_by(StayPermit.valid_from)).all()
        permits = [(p.permit_type, p.permit_number, p.valid_from, p.valid_until)
                   for p in stored if p.permit_type in ("ITK", "ITAS", "ITAP")]
        if row.current_permit_number and row.current_permit_number not in {
                p[1] for p in permits}:  # the permit shown at the counter, issued elsewhere
            permits.append((row.current_kind, row.current_permit_number, row.current_from,
                            row.current_until))
        return {
            "holder_name": row.applicant_name, "holder_birth_date": row.birth_date,
            "holder_sex": SEX_NAMES.get(row.sex, "Laki-laki"),
            "holder_nationality": row.nationality,
            "holder_passport_number": row.passport_number, "holder_address": row.address,
            "holder_passport_expiry": row.passport_expiry,
            "permits": [{"kind": kind, "number": number, "valid_from": start,
                         "valid_until": end}
                        for kind, number, start, end in sorted(permits, key=lambda p: p[2])
                        ][-20:],
            "purpose": "Surat Keterangan Keimigrasian", "copy_to": [],
            "head_name": head["name"], "head_nip": head["nip"]}

    @staticmethod
    def _holder(row: PermitApplication) -> dict[str, Any]:
        return {"permit_index": row.granted_index, "register_number": row.register_number,
                "holder_name": row.applicant_name[:100],
                "sex": SEX_NAMES.get(row.sex, "Laki-laki"), "birth_date": row.birth_date,
                "nationality": row.nationality, "passport_number": row.passport_number}

    def _row(self, session: Session, actor: Actor, application_id: str) -> PermitApplication:
        row = session.get(PermitApplication, application_id)
        if row is None or row.office_code != actor.office_code:
            raise NotFoundError(QT_TRANSLATE_NOOP("gapura", "Permohonan tidak ditemukan."),
                                detail=f"no application {application_id}")
        return row

    @staticmethod
    def _number(session: Session, row: PermitApplication) -> str:
        case = session.get(Case, row.case_id)
        return case.number if case is not None else row.id

    @staticmethod
    def _requirements(session: Session, application_id: str) -> list[PermitRequirement]:
        return list(session.scalars(select(PermitRequirement).where(
            PermitRequirement.application_id == application_id)
            .order_by(PermitRequirement.id)))

    def _changed(self, uow: UnitOfWork, row: PermitApplication, action: str,
                 after: dict[str, Any]) -> None:
        """Audit and share a change of the application; the case's history says it too."""
        uow.audit(action, SUBJECT, row.id, after=after)
        case = uow.session.get(Case, row.case_id)
        if case is not None:
            self._cases.record_in(uow, case, "permit", action.removeprefix("permit."))
        self._share(uow, row)

    def _share(self, uow: UnitOfWork, row: PermitApplication) -> None:
        uow.share(SHARED_KIND, row, requirements=self._requirements(uow.session, row.id))

    def _info(self, session: Session, row: PermitApplication) -> ApplicationInfo:
        case = session.get(Case, row.case_id)
        app_type = self.application_type(row.type_code)
        step = (self._cases.sop(case.sop_code).step(case.step_id)
                if case is not None and case.step_id else None)
        now = self._ctx.clock()
        lines = self._requirements(session, row.id)
        return ApplicationInfo(
            row.id, row.case_id, case.number if case else "", row.type_code, app_type.title,
            row.state, case.status if case else "", case.step_id if case else "",
            step.title if step else "", case.due_at if case else None,
            bool(case and case.due_at and case.status in ACTIVE and case.due_at < now),
            row.received_at, row.applicant_name, row.nationality, row.passport_number,
            row.granted_index, row.granted_from, row.granted_until, row.fee_amount,
            row.paid_at is not None, row.screening_hit, row.sponsor_name, row.sponsor_valid,
            row.register_number, row.receipt_document_id, row.sticker_document_id,
            row.card_document_id, row.rejection_document_id, row.handed_over_at,
            _facts(session, row, lines),
            tuple(RequirementInfo(r.requirement_id, r.title, r.required, r.present,
                                  r.attachment_id) for r in lines))


def _facts(session: Session, row: PermitApplication,
           lines: Sequence[PermitRequirement] | None = None) -> frozenset[str]:
    """Which of the SOP FACTS the application holds (`lines`: its checklist, if read)."""
    facts = {"application"}
    if row.receipt_document_id:
        facts.add("receipt")
    if lines is None:
        lines = session.scalars(select(PermitRequirement).where(
            PermitRequirement.application_id == row.id)).all()
    if all(line.present for line in lines if line.required):
        facts.add("requirements")
    if row.screened_at is not None:
        facts.add("screening")
    if not row.sponsor_name or row.sponsor_valid:
        facts.add("sponsor")
    if row.paid_at is not None or not row.fee_amount:
        facts.add("payment")
    if row.biometrics_at is not None:
        facts.add("biometrics")
    if row.register_number:
        facts.update({"register", "printed"})
    if row.handed_over_at is not None:
        facts.add("handover")
    if row.archive_attachment_id:
        facts.add("archive")
    return frozenset(facts)


def _current(permits: Sequence[StayPermit]) -> CurrentPermitForm | None:
    """The newest permit, with the earlier ones on the same index that it continues counted
    as its extensions (a chain of permits each starting the day after the one before)."""
    if not permits:
        return None
    newest = permits[-1]
    chain = [newest]
    for earlier in reversed(permits[:-1]):
        if (earlier.index_code == chain[-1].index_code
                and (chain[-1].valid_from - earlier.valid_until).days == 1):
            chain.append(earlier)
        else:
            break
    total = sum((p.valid_until - p.valid_from).days + 1 for p in chain)
    return CurrentPermitForm(newest.permit_number, newest.permit_type, newest.index_code,
                             chain[-1].valid_from, newest.valid_until, len(chain) - 1, total)


SPONSOR_KINDS = {"person": "Perorangan", "company": "Badan usaha"}


def _id_kind(kind: str, identity: str) -> str:
    """How the receipt names a sponsor's number: a company's NIB, a person's NIK (16 digits) or
    passport."""
    if kind == "company":
        return "NIB"
    return "NIK" if identity.isdigit() and len(identity) == 16 else "Paspor"


def _phone(number: str) -> str:
    from app.messaging.phone import normalise_phone

    return normalise_phone(number)


def _unpaid(number: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("gapura", "Belum ada bukti pembayaran PNBP untuk permohonan {number}; "
                                    "catat pembayaran (kode billing dan NTPN) dahulu."),
        detail=f"{number} not paid", number=number)


def _officer(uow: UnitOfWork) -> dict[str, str]:
    from app.services.documents import actor_signer

    return actor_signer(uow, "officer")


def _head_of_office(uow: UnitOfWork) -> dict[str, str]:
    """The Kepala Kantor who endorses (name and NIP), for the papers printed before the
    pengesahan."""
    head = uow.session.scalar(select(User).join(UserRole, UserRole.user_id == User.id).where(
        User.office_code == uow.actor.office_code, User.disabled.is_(False),
        UserRole.role == Role.OFFICE_HEAD.value, User.nip != "").order_by(User.created_at))
    if head is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("gapura", "Belum ada akun Kepala Kantor dengan NIP di kantor ini; "
                                        "minta Admin TIK membuatnya sebelum mencetak dokim."),
            detail="no office head with a NIP")
    return {"name": head.full_name, "nip": head.nip}


def _last_reason(case: Case) -> str:
    return QT_TRANSLATE_NOOP("gapura", "Permohonan tidak memenuhi persyaratan.")
