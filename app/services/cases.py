"""Case work (issue 7): a case walks the steps of its SOP (resources/sops, app.domain.sop).

Each step is done by an officer holding the step's role (or, for a step of the applicant or
another agency, recorded by any case worker); its time standard gives the step's due time on
the office's work calendar. A step whose output needs an approval (a Kasi's paraf, the
Kakanim's pengesahan) waits in the approvers' inbox: approve (with the password again; once
for a batch), reject with a reason, or return for correction. Whoever prepared the step may not
approve it (four eyes). Every change is audited in the same transaction.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from statistics import median
from typing import Protocol

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session

from app.auth.permissions import Actor, Permission, Role, require
from app.domain.sla import WorkCalendar, due, due_on_duty, is_overdue
from app.domain.sop import Ending, SopDefinition, Step, load_all, resolve
from app.errors import NotFoundError, PermissionDenied, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.messaging.phone import normalise_phone
from app.services.auth import AuthService
from app.services.base import ServiceContext, UnitOfWork
from app.services.documents import next_sequence
from app.services.holidays import HolidayService
from app.services.messaging import MessagingService
from app.services.work import WorkItem, WorkReason, WorkSummary
from app.store.case_models import (
    Case,
    CaseAttachment,
    CaseEvent,
    CaseSubject,
    Delegation,
    UpstreamRequest,
    WorkSeen,
)
from app.store.models import Office, User, new_id
from app.store.search import MIN_INDEXED, case_ids_matching
from printing.formatting import format_day_date, zone_name

log = logging.getLogger(__name__)

OPEN, WAITING, CLOSED, CANCELLED = "open", "waiting_approval", "closed", "cancelled"
UPSTREAM = "waiting_upstream"  # a step of the Kanwil or the Ditjen, decided through the server
UPSTREAM_PARTIES = frozenset({"kanwil", "ditjen"})
# Shared kinds (decision 0009): a case travels whole (with its subjects and history) so every
# workstation of the office works on it; attachments once each; delegations; upstream requests.
CASE_KIND, ATTACHMENT_KIND, DELEGATION_KIND, UPSTREAM_KIND = (
    "case", "case_attachment", "delegation", "approval")
_TOUCHED = "gapura.cases.touched"
ACTIVE = (OPEN, WAITING, UPSTREAM)
MAX_ATTACHMENT = 20 * 1024 * 1024


@dataclass(frozen=True)
class SubjectForm:
    role: str  # applicant, sponsor, detainee, reporter, ...
    full_name: str
    document_number: str = ""
    nationality: str = ""
    birth_date: date | None = None
    phone: str = ""  # WhatsApp/SMS number for the applicant's notifications; "" for none


@dataclass(frozen=True)
class CaseInfo:
    id: str
    number: str
    sop_code: str
    title: str
    status: str
    step_id: str
    step_title: str
    step_role: str
    approval: str  # "paraf by section_head" style, "" when the step needs none
    assignee: str
    due_at: datetime | None
    overdue: bool
    opened_at: datetime
    opened_by: str
    prepared_by: str
    outcome: str
    subjects: tuple[str, ...]


@dataclass(frozen=True)
class EventInfo:
    at: datetime
    username: str
    step_id: str
    action: str
    answer: str
    note: str
    on_behalf_of: str = ""  # the head, when a pejabat yang ditunjuk acted for them


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    name: str
    content_type: str
    sha256: str
    size: int
    added_at: datetime
    added_by: str


@dataclass(frozen=True)
class StepSla:
    """How one SOP step kept its time standard over a period (for the Laporan screen)."""

    sop_code: str
    step_id: str
    step_title: str
    time_text: str  # the standard as the SOP writes it
    finished: int  # visits of the step finished in the period
    late: int  # of those, finished after their due time
    median_minutes: float | None  # from entering the step to finishing it
    waiting: int  # cases at the step now
    overdue: int  # of those, past their due time now

    @property
    def on_time_percent(self) -> float | None:
        return None if not self.finished else 100.0 * (self.finished - self.late) / self.finished


@dataclass(frozen=True)
class UpstreamInfo:
    id: str
    step_id: str
    party: str  # kanwil | ditjen
    title: str
    question: str
    status: str  # pending | decided
    requested_at: datetime
    answer: str
    decided_by: str
    reference: str
    note: str
    decided_at: datetime | None


@dataclass(frozen=True)
class DelegationInfo:
    id: str
    role: str
    from_username: str
    to_username: str
    start: date
    end: date
    revoked_at: datetime | None = None


APPROVER_ROLES = (Role.SECTION_HEAD, Role.OFFICE_HEAD)


# The FACTS of app.domain.sop as an officer reads them, in a refusal.
FACT_TITLES = {
    "application": QT_TRANSLATE_NOOP("gapura", "data permohonan"),
    "receipt": QT_TRANSLATE_NOOP("gapura", "tanda terima permohonan"),
    "requirements": QT_TRANSLATE_NOOP("gapura", "kelengkapan persyaratan"),
    "screening": QT_TRANSLATE_NOOP("gapura", "pemeriksaan daftar cekal"),
    "sponsor": QT_TRANSLATE_NOOP("gapura", "penelitian penjamin"),
    "payment": QT_TRANSLATE_NOOP("gapura", "pembayaran"),
    "biometrics": QT_TRANSLATE_NOOP("gapura", "foto dan sidik jari"),
    "register": QT_TRANSLATE_NOOP("gapura", "nomor register"),
    "printed": QT_TRANSLATE_NOOP("gapura", "cetak dokumen keimigrasian"),
    "handover": QT_TRANSLATE_NOOP("gapura", "penyerahan kepada pemohon"),
    "archive": QT_TRANSLATE_NOOP("gapura", "pemindaian arsip"),
    "interview": QT_TRANSLATE_NOOP("gapura", "hasil wawancara"),
    "allocation": QT_TRANSLATE_NOOP("gapura", "alokasi blangko paspor"),
    "bap": QT_TRANSLATE_NOOP("gapura", "Berita Acara Pemeriksaan (BAP)"),
    "bapen": QT_TRANSLATE_NOOP("gapura", "Berita Acara Pendapat (BAPEN)"),
    "detention_order": QT_TRANSLATE_NOOP("gapura", "Surat Perintah dan Berita Acara "
                                                   "Pendetensian"),
    "search": QT_TRANSLATE_NOOP("gapura", "Berita Acara Penggeledahan dan daftar barang"),
    "health": QT_TRANSLATE_NOOP("gapura", "surat keterangan dokter"),
    "necessities": QT_TRANSLATE_NOOP("gapura", "Tanda Terima Keperluan Deteni"),
    "placement": QT_TRANSLATE_NOOP("gapura", "penempatan di ruang detensi"),
    "release_order": QT_TRANSLATE_NOOP("gapura", "Surat Perintah Pengeluaran Deteni"),
    "release_record": QT_TRANSLATE_NOOP("gapura", "Berita Acara Pengeluaran dan pengembalian "
                                                  "barang"),
    "release_photo": QT_TRANSLATE_NOOP("gapura", "dokumentasi foto pengeluaran"),
    "escort": QT_TRANSLATE_NOOP("gapura", "Surat Perintah Pengawalan dan Surat Pengawasan "
                                          "Keberangkatan"),
    "passport_marked": QT_TRANSLATE_NOOP("gapura", "cap deportasi pada paspor dan Register "
                                                   "Deportasi"),
    "boarded": QT_TRANSLATE_NOOP("gapura", "deteni masuk alat angkut"),
    "report": QT_TRANSLATE_NOOP("gapura", "laporan pelaksanaan pendeportasian"),
    "incident_report": QT_TRANSLATE_NOOP("gapura", "Laporan Kejadian"),
    "order": QT_TRANSLATE_NOOP("gapura", "konsep Surat Perintah"),
    "findings": QT_TRANSLATE_NOOP("gapura", "hasil pemeriksaan lapangan"),
    "activity_report": QT_TRANSLATE_NOOP("gapura", "Laporan Kegiatan langkah ini"),
    "follow_up": QT_TRANSLATE_NOOP("gapura", "keputusan tindak lanjut (dengan BAP-nya bila "
                                             "tindak lanjutnya pemeriksaan)"),
    "assessment": QT_TRANSLATE_NOOP("gapura", "hasil penelaahan pengaduan"),
    "outcome": QT_TRANSLATE_NOOP("gapura", "hasil tindak lanjut pengaduan"),
    "reply": QT_TRANSLATE_NOOP("gapura", "surat jawaban pengaduan"),
    "answer": QT_TRANSLATE_NOOP("gapura", "jawaban pada langkah ini"),
    "answered": QT_TRANSLATE_NOOP("gapura", "penyampaian jawaban kepada pelapor"),
    "plan": QT_TRANSLATE_NOOP("gapura", "Rencana Kegiatan Penyelidikan Keimigrasian"),
}


class CaseModule(Protocol):
    """A module's say on its cases (the stay-permit counter on its applications): which facts
    it holds for a case, the answer a decision must take, and what it does when a case ends.

    A module may also define `approving(uow, case, step)`: called when `step` of its `case` is
    approved, in the approval's transaction, before the case moves on (the paper a signing
    makes: C5's Surat Perintah when the Kakanim signs); what it raises refuses the approval."""

    def facts(self, session: Session, case: Case) -> frozenset[str] | None:
        """The facts recorded for `case`; None when the case is not this module's."""

    def required_answer(self, session: Session, case: Case, step: Step) -> str | None:
        """The only answer `step`'s decision may take for `case` (a cekal hit: "ya")."""

    def closed(self, uow: UnitOfWork, case: Case, note: str) -> None:
        """`case` has just ended (`case.outcome`: end:selesai, end:ditolak, sop:CEKAL,
        end:dibatalkan), in the closing transaction; `note` is the refusal's reason if any."""


def _approves_itself(step: Step) -> bool:
    """A step done by the approver (its role is the approval's): the approval is the step."""
    return step.approval is not None and step.role == step.approval.role.value




class CaseService:
    def __init__(self, context: ServiceContext, holidays: HolidayService, auth: AuthService,
                 definitions: Mapping[str, SopDefinition] | None = None, *,
                 messaging: MessagingService | None = None) -> None:
        self._ctx = context
        self._holidays = holidays
        self._auth = auth
        self._definitions = definitions
        self._messaging = messaging
        self._modules: list[CaseModule] = []

    def add_module(self, module: CaseModule) -> None:
        """Let a module check the steps of its cases before they are done (`needs`) and act
        when they end."""
        self._modules.append(module)

    @property
    def definitions(self) -> Mapping[str, SopDefinition]:
        if self._definitions is None:
            self._definitions = load_all()
        return self._definitions

    def sop(self, code: str) -> SopDefinition:
        try:
            return resolve(self.definitions, code)
        except KeyError as exc:
            raise NotFoundError(QT_TRANSLATE_NOOP("gapura", "SOP {code} tidak dikenal."),
                                detail=f"unknown SOP {code!r}", code=code) from exc

    # -- opening and moving ---------------------------------------------------------------------

    def open(self, actor: Actor, sop_code: str, subjects: Sequence[SubjectForm], *,
             title: str = "", note: str = "") -> CaseInfo:
        """A new case at the first step of its SOP, numbered, with its people."""
        with self.changing(actor, Permission.CASES_WORK) as uow:
            case = self.open_in(uow, sop_code, subjects, title=title, note=note)
            return self._info(uow.session, case)

    def open_in(self, uow: UnitOfWork, sop_code: str, subjects: Sequence[SubjectForm], *,
                title: str = "", note: str = "") -> Case:
        """`open` inside a module's unit of work (from `changing`): the module's own record
        and the case commit together."""
        require(uow.actor, Permission.CASES_WORK)
        sop = self.sop(sop_code)
        if not subjects or not all(s.full_name.strip() for s in subjects):
            raise ValidationError.missing("nama subjek")
        phones = [normalise_phone(s.phone) if s.phone.strip() else "" for s in subjects]
        now = self._ctx.clock()
        actor = uow.actor
        case = Case(id=new_id(), number=self._number(uow, sop, now),
                    office_code=actor.office_code, sop_code=sop.code,
                    title=title.strip() or sop.title, status=OPEN, opened_at=now,
                    opened_by=actor.username, step_started_at=now)
        uow.session.add(case)
        uow.session.add_all(
            CaseSubject(case_id=case.id, role=s.role, full_name=" ".join(s.full_name.split()),
                        document_number=s.document_number.strip().upper(),
                        nationality=s.nationality.strip().upper(), birth_date=s.birth_date,
                        phone=phone)
            for s, phone in zip(subjects, phones, strict=True))
        self._enter(uow, case, sop.first_step, now, actor.username)
        self._event(uow, case, "opened", note=note)
        uow.audit("case.opened", "case", case.id,
                  after={"number": case.number, "sop": sop.code, "step": case.step_id})
        uow.session.flush()
        return case

    def complete(self, actor: Actor, case_id: str, *, answer: str | None = None,
                 note: str = "") -> CaseInfo:
        """The current step is done (with the decision's answer where it asks one). A step
        whose output needs an approval then waits for it; otherwise the case moves on."""
        with self.changing(actor, Permission.CASES_WORK) as uow:
            case = self._case(uow.session, actor, case_id, status=OPEN)
            sop = self.sop(case.sop_code)
            step = sop.step(case.step_id)
            self._may_do(actor, step)
            self._check_answer(sop, step, answer)
            self._check_guards(uow.session, case, step, answer)
            self._event(uow, case, "done", answer=answer or "", note=note)
            if step.approval is not None:
                case.status, case.prepared_by = WAITING, actor.username
                uow.audit("case.submitted", "case", case.id,
                          after={"step": step.id, "approval": step.approval.kind,
                                 "role": step.approval.role.value})
            else:
                self._advance(uow, case, sop, step, answer)
            return self._info(uow.session, case)

    def approve(self, actor: Actor, case_ids: Iterable[str], password: str, *,
                answer: str | None = None) -> list[CaseInfo]:
        """Paraf / pengesahan of one case or a batch, with the password asked once. Where the
        approving step itself decides (seed 003 step 6: "Masalah?"), `answer` is the decision;
        otherwise the answer given when the step was done stands.

        Raises:
            AuthError: the password is wrong (nothing approved).
            PermissionDenied: not the step's approver, or the approver prepared it (four eyes).
        """
        ids = list(dict.fromkeys(case_ids))
        require(actor, Permission.APPROVALS_DECIDE)
        self._auth.confirm(actor, password)
        with self.changing(actor, Permission.APPROVALS_DECIDE) as uow:
            done = []
            for case_id in ids:
                case = self._case(uow.session, actor, case_id, status=WAITING)
                sop = self.sop(case.sop_code)
                step = sop.step(case.step_id)
                behalf = self._may_approve(uow.session, actor, case, step)
                chosen = answer if _approves_itself(step) else (
                    self._last_answer(uow.session, case) or None)
                self._check_answer(sop, step, chosen)
                self._event(uow, case, "approved", answer=chosen or "", on_behalf_of=behalf)
                self._approving(uow, case, step)
                uow.audit("case.approved", "case", case.id,
                          after={"step": step.id, "kind": step.approval.kind,  # type: ignore[union-attr]
                                 "prepared_by": case.prepared_by, "on_behalf_of": behalf})
                case.prepared_by = ""
                self._advance(uow, case, sop, step, chosen)
                done.append(self._info(uow.session, case))
            return done

    def reject(self, actor: Actor, case_id: str, password: str, reason: str) -> CaseInfo:
        """The approver refuses: the case closes as refused, with the reason."""
        return self._decline(actor, case_id, password, reason, returned=False)

    def return_for_correction(self, actor: Actor, case_id: str, password: str,
                              note: str) -> CaseInfo:
        """The approver sends the step back to be corrected and done again."""
        return self._decline(actor, case_id, password, note, returned=True)

    def _decline(self, actor: Actor, case_id: str, password: str, text: str, *,
                 returned: bool) -> CaseInfo:
        if not text.strip():
            raise ValidationError.missing("catatan" if returned else "alasan")
        require(actor, Permission.APPROVALS_DECIDE)
        self._auth.confirm(actor, password)
        with self.changing(actor, Permission.APPROVALS_DECIDE) as uow:
            case = self._case(uow.session, actor, case_id, status=WAITING)
            sop = self.sop(case.sop_code)
            step = sop.step(case.step_id)
            behalf = self._may_approve(uow.session, actor, case, step)
            now = self._ctx.clock()
            if returned:
                self._event(uow, case, "returned", note=text.strip(), on_behalf_of=behalf)
                # Back to whoever prepared it: the step before an approving step, or the
                # step itself when it was done and then waited.
                back = (sop.step(self._prepared_step(uow.session, case))
                        if _approves_itself(step) else step)
                case.prepared_by = ""
                case.status = OPEN
                self._enter(uow, case, back, now, "")
            else:
                self._event(uow, case, "rejected", note=text.strip(), on_behalf_of=behalf)
                case.status, case.outcome, case.closed_at = CLOSED, "end:ditolak", now
                case.step_id = case.step_role = ""
                case.due_at = None
                self._closed(uow, case, text.strip())
            uow.audit("case.returned" if returned else "case.rejected", "case", case.id,
                      after={"step": step.id, "note": text.strip()})
            return self._info(uow.session, case)

    # -- around a case ---------------------------------------------------------------------

    def at_step(self, uow: UnitOfWork, case: Case, step_id: str) -> Step:
        """Refuse unless `case` is open at `step_id` and the actor holds its role: a module's
        paper made for one step (the BAP of C1's examination) is made at that step only."""
        if case.status != OPEN or case.step_id != step_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Perkara {number} tidak sedang pada langkah ini; "
                                            "langkahnya sekarang: {step}."),
                detail=f"case {case.number} at {case.step_id} ({case.status}), not {step_id}",
                number=case.number,
                step=self.sop(case.sop_code).step(case.step_id).title if case.step_id else "-")
        step = self.sop(case.sop_code).step(step_id)
        self._may_do(uow.actor, step)
        return step

    def record_in(self, uow: UnitOfWork, case: Case, action: str, note: str) -> None:
        """A line of the case's history written by a module (the permit counter's "paid",
        "registered"...), in the module's unit of work."""
        self._event(uow, case, action, note=note)

    def add_note(self, actor: Actor, case_id: str, text: str) -> None:
        if not text.strip():
            raise ValidationError.missing("catatan")
        with self.changing(actor, Permission.CASES_WORK) as uow:
            case = self._case(uow.session, actor, case_id)
            self._event(uow, case, "note", note=text.strip())
            uow.audit("case.noted", "case", case.id, after={"chars": len(text.strip())})

    def attach(self, actor: Actor, case_id: str, name: str, content_type: str,
               data: bytes) -> str:
        """Store a scanned document with its SHA-256; the hash is returned."""
        with self.changing(actor, Permission.CASES_WORK) as uow:
            case = self._case(uow.session, actor, case_id)
            return self.attach_in(uow, case, name, content_type, data).sha256

    def attach_in(self, uow: UnitOfWork, case: Case, name: str, content_type: str,
                  data: bytes) -> CaseAttachment:
        """`attach` inside a module's unit of work (a photo, a scanned requirement)."""
        if not data:
            raise ValidationError(QT_TRANSLATE_NOOP("gapura", "Berkas {name} kosong."),
                                  detail=f"empty attachment {name!r}", name=name)
        if len(data) > MAX_ATTACHMENT:
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Berkas {name} lebih dari 20 MB; pindai ulang dengan "
                                            "resolusi lebih rendah."),
                detail=f"attachment {name!r} of {len(data)} bytes", name=name)
        digest = hashlib.sha256(data).hexdigest()
        row = CaseAttachment(case_id=case.id, name=name, content_type=content_type,
                             sha256=digest, data=data, added_at=self._ctx.clock(),
                             added_by=uow.actor.username)
        uow.session.add(row)
        uow.share(ATTACHMENT_KIND, row)
        self._event(uow, case, "attachment", note=f"{name} sha256:{digest}")
        uow.audit("case.attached", "case", case.id, after={"name": name, "sha256": digest})
        return row

    def assign(self, actor: Actor, case_id: str, username: str) -> CaseInfo:
        with self.changing(actor, Permission.CASES_WORK) as uow:
            case = self._case(uow.session, actor, case_id, status=OPEN)
            case.assignee = username.strip().lower()
            self._event(uow, case, "assigned", note=case.assignee)
            uow.audit("case.assigned", "case", case.id, after={"assignee": case.assignee})
            return self._info(uow.session, case)

    # -- reading ---------------------------------------------------------------------------

    def get(self, actor: Actor, case_id: str) -> CaseInfo:
        with self._ctx.query(actor, Permission.CASES_WORK) as session:
            return self._info(session, self._case(session, actor, case_id))

    def history(self, actor: Actor, case_id: str) -> list[EventInfo]:
        with self._ctx.query(actor, Permission.CASES_WORK) as session:
            case = self._case(session, actor, case_id)
            rows = session.scalars(select(CaseEvent).where(CaseEvent.case_id == case.id)
                                   .order_by(CaseEvent.seq))
            return [EventInfo(r.at, r.username, r.step_id, r.action, r.answer, r.note,
                              r.on_behalf_of) for r in rows]

    def attachments(self, actor: Actor, case_id: str) -> list[AttachmentInfo]:
        """The documents on a case (to be checked before signing), oldest first."""
        with self._ctx.query(actor, Permission.CASES_WORK) as session:
            case = self._case(session, actor, case_id)
            rows = session.execute(select(
                CaseAttachment.id, CaseAttachment.name, CaseAttachment.content_type,
                CaseAttachment.sha256, func.length(CaseAttachment.data),
                CaseAttachment.added_at, CaseAttachment.added_by)
                .where(CaseAttachment.case_id == case.id).order_by(CaseAttachment.added_at))
            return [AttachmentInfo(*row) for row in rows]

    def attachment_data(self, actor: Actor, attachment_id: str) -> bytes:
        """The stored bytes of one attachment (to preview before signing)."""
        with self._ctx.query(actor, Permission.CASES_WORK) as session:
            row = session.get(CaseAttachment, attachment_id)
            if row is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("gapura", "Berkas tidak ditemukan."),
                                    detail=f"attachment {attachment_id} not found")
            self._case(session, actor, row.case_id)  # of the actor's office
            return row.data

    def search(self, actor: Actor, *, text: str = "", status: str | None = None,
               since: date | None = None, until: date | None = None,
               overdue_only: bool = False, limit: int = 200) -> list[CaseInfo]:
        """Cases of the office by number, subject name or passport number, status and the day
        they were opened (office time), newest first."""
        query = select(Case).where(_in_office(actor))
        words = " ".join(text.split())
        if len(words) >= MIN_INDEXED:  # the trigram index (app.store.search)
            query = query.where(Case.id.in_(case_ids_matching(words)))
        elif words:  # one or two characters: every case is read
            like = f"%{words}%"
            people = select(CaseSubject.case_id).where(or_(
                CaseSubject.full_name.like(like), CaseSubject.document_number.like(like)))
            query = query.where(or_(Case.number.like(like), Case.id.in_(people)))
        if status:
            query = query.where(Case.status == status)
        zone = self._ctx.config.timezone
        if since:
            query = query.where(Case.opened_at >= datetime.combine(since, datetime.min.time(),
                                                                   zone))
        if until:
            query = query.where(Case.opened_at < datetime.combine(
                date.fromordinal(until.toordinal() + 1), datetime.min.time(), zone))
        if overdue_only:
            query = query.where(Case.due_at < self._ctx.clock(), Case.status.in_(ACTIVE))
        with self._ctx.query(actor, Permission.CASES_WORK) as session:
            rows = session.scalars(query.order_by(Case.opened_at.desc()).limit(limit)).all()
            names = _names(session, rows)
            return [self._info(session, r, names[r.id]) for r in rows]

    def inbox(self, actor: Actor) -> list[CaseInfo]:
        """Cases waiting for an approval this actor may give, the most urgent first."""
        with self._ctx.query(actor, Permission.APPROVALS_DECIDE) as session:
            rows = self._inbox(session, actor)
            names = _names(session, rows)
            return [self._info(session, case, names[case.id]) for case in rows]

    def _inbox(self, session: Session, actor: Actor) -> list[Case]:
        rows = session.scalars(select(Case).where(
            Case.office_code == actor.office_code, Case.status == WAITING,
            Case.prepared_by != actor.username).order_by(Case.due_at)).all()
        acting = self._acting_for(session, actor)
        found = []
        for case in rows:
            step = self.sop(case.sop_code).step(case.step_id)
            if step.approval is None:
                continue
            role = step.approval.role
            head = acting.get(role.value, "")
            if role in actor.roles or (head and head != case.prepared_by):
                found.append(case)
        return found

    def cancel(self, actor: Actor, case_id: str, reason: str) -> CaseInfo:
        """Stop a case that will not go on (the applicant withdrew, opened twice by mistake):
        by the officer who opened it or a head, with the reason; its history stays."""
        if not reason.strip():
            raise ValidationError.missing("alasan")
        with self.changing(actor, Permission.CASES_WORK) as uow:
            case = self._case(uow.session, actor, case_id)
            if case.status not in ACTIVE:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Perkara {number} sudah selesai atau dibatalkan."),
                    detail=f"case {case.number} is {case.status}", number=case.number)
            if case.opened_by != actor.username and not any(r in actor.roles
                                                            for r in APPROVER_ROLES):
                raise PermissionDenied(
                    QT_TRANSLATE_NOOP("gapura", "Perkara hanya dapat dibatalkan oleh petugas "
                                                "yang membukanya atau Kepala Seksi/Kepala Kantor."),
                    detail=f"{actor.username} may not cancel {case.number}")
            self.cancel_in(uow, case, reason)
            return self._info(uow.session, case)

    def cancel_in(self, uow: UnitOfWork, case: Case, reason: str) -> None:
        """End an active case in a module's unit of work (an application whose billing expired),
        with the reason in its history; the modules hear it as `end:dibatalkan`."""
        self._event(uow, case, "cancelled", note=reason.strip())
        now = self._ctx.clock()
        case.status, case.outcome, case.closed_at = CANCELLED, "end:dibatalkan", now
        case.step_id = case.step_role = ""
        case.due_at = None
        self._closed(uow, case, reason.strip())
        uow.audit("case.cancelled", "case", case.id, after={"reason": reason.strip()})

    # -- beyond the office (Kanwil, Ditjen) ------------------------------------------------

    def upstream_requests(self, actor: Actor, case_id: str) -> list[UpstreamInfo]:
        """What the case asked the Kanwil or the Ditjen, and their answers, oldest first."""
        with self._ctx.query(actor, Permission.CASES_WORK) as session:
            case = self._case(session, actor, case_id)
            rows = session.scalars(select(UpstreamRequest).where(
                UpstreamRequest.case_id == case.id).order_by(UpstreamRequest.requested_at))
            return [_upstream(r) for r in rows]

    def resolve_upstream(self, actor: Actor) -> int:
        """Move on every case of this workstation whose Kanwil or Ditjen step the sync brought
        a decision for (run after each pull); how many moved. Another workstation's requests
        are left to it, so two workstations never move one case twice. A decision that does
        not fit the step (an answer the SOP does not know) is logged and left for an officer.
        """
        require(actor, Permission.SYNC_RUN)
        with self._ctx.store.read() as session:
            ready = session.execute(
                select(UpstreamRequest.id, UpstreamRequest.case_id)
                .join(Case, Case.id == UpstreamRequest.case_id)
                .where(UpstreamRequest.status == "decided",
                       UpstreamRequest.workstation_id == self._ctx.config.workstation_id,
                       Case.status == UPSTREAM, Case.step_id == UpstreamRequest.step_id)
                .order_by(UpstreamRequest.decided_at)).all()
        moved = 0
        for request_id, _case_id in ready:
            try:
                with self.changing(actor, Permission.SYNC_RUN) as uow:
                    request = uow.session.get(UpstreamRequest, request_id)
                    case = uow.session.get(Case, request.case_id)  # type: ignore[union-attr]
                    if request is None or case is None or case.status != UPSTREAM:
                        continue
                    sop = self.sop(case.sop_code)
                    step = sop.step(case.step_id)
                    answer = (request.answer or None) if step.decision else None
                    self._check_answer(sop, step, answer)
                    self._event(uow, case, "decided", answer=request.answer,
                                note=_decision_note(request),
                                username=f"{request.party}:{request.decided_by}"[:64])
                    uow.audit("case.decided_upstream", "case", case.id,
                              after={"step": step.id, "party": request.party,
                                     "answer": request.answer, "reference": request.reference})
                    self._advance(uow, case, sop, step, answer)
                    moved += 1
            except ValidationError as exc:
                log.error("upstream decision %s does not fit its step: %s", request_id,
                          exc.detail)
        return moved

    # -- the officer's work ------------------------------------------------------------------

    def work(self, actor: Actor) -> list[WorkItem]:
        """The officer's work: cases waiting for an approval they may give, then cases whose
        step is assigned to them or is for their roles and assigned to no one; new ones (since
        `mark_seen`) first, each group the most urgent first."""
        with self._ctx.query(actor, Permission.CASES_WORK) as session:
            since, rows = self._work_rows(session, actor)
            names = _names(session, [case for case, _reason in rows])
            items = [WorkItem(self._info(session, case, names[case.id]), reason,
                              since is None or case.step_started_at > since)
                     for case, reason in rows]
        return sorted(items, key=lambda i: not i.new)  # stable: urgency kept within each

    def work_summary(self, actor: Actor) -> WorkSummary:
        """The counts of the badge: all of the officer's work, the new part, the overdue (no
        case summaries built: the badge is recounted every minute on every desk)."""
        with self._ctx.query(actor, Permission.CASES_WORK) as session:
            since, rows = self._work_rows(session, actor)
        now = self._ctx.clock()
        return WorkSummary(
            len(rows), sum(since is None or case.step_started_at > since for case, _r in rows),
            sum(case.due_at is not None and is_overdue(now, case.due_at) for case, _r in rows))

    def _work_rows(self, session: Session, actor: Actor
                   ) -> tuple[datetime | None, list[tuple[Case, str]]]:
        """When the officer last looked, and their work's cases with the reason of each."""
        seen = session.get(WorkSeen, actor.username)
        approvals = self._inbox(session, actor) if actor.can(Permission.APPROVALS_DECIDE) else []
        steps = session.scalars(select(Case).where(
            Case.office_code == actor.office_code, Case.status == OPEN,
            or_(Case.assignee == actor.username,
                (Case.assignee == "") & Case.step_role.in_([r.value for r in actor.roles])))
            .order_by(Case.due_at)).all()
        last = (select(CaseEvent.case_id, func.max(CaseEvent.seq).label("seq"))
                .where(CaseEvent.case_id.in_([c.id for c in steps]))
                .group_by(CaseEvent.case_id).subquery())
        returned = set(session.scalars(select(CaseEvent.case_id).join(
            last, (CaseEvent.case_id == last.c.case_id) & (CaseEvent.seq == last.c.seq))
            .where(CaseEvent.action == "returned")))  # nothing done since the return
        rows = [(case, WorkReason.APPROVE) for case in approvals]
        rows += [(case, WorkReason.RETURNED if case.id in returned
                  else WorkReason.ASSIGNED if case.assignee else WorkReason.ROLE)
                 for case in steps]
        return (seen.seen_at if seen is not None else None), rows

    def mark_seen(self, actor: Actor) -> None:
        """The officer has looked at their work list: what is there is no longer new."""
        with self._ctx.change(actor, Permission.CASES_WORK) as uow:
            row = uow.session.get(WorkSeen, actor.username)
            if row is None:
                uow.session.add(WorkSeen(username=actor.username, seen_at=self._ctx.clock()))
            else:
                row.seen_at = self._ctx.clock()
            uow.audit("case.work_seen", "user", actor.user_id or actor.username)

    # -- delegation ------------------------------------------------------------------------

    def delegate(self, actor: Actor, to_username: str, role: Role | str, start: date,
                 end: date) -> DelegationInfo:
        """The head names a pejabat yang ditunjuk who gives `role`'s approvals from `start`
        to `end` (office dates, inclusive); the approvals record on whose behalf.

        Raises:
            PermissionDenied: the actor does not hold `role` (one delegates only one's own).
            ValidationError: unknown officer, oneself, a reversed range, or an officer who
                is not a head.
        """
        role = Role(role)
        target = to_username.strip().lower()
        if role not in APPROVER_ROLES or role not in actor.roles:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("gapura", "Hanya pemegang peran {role} yang dapat menunjuk "
                                            "pejabat untuk peran itu."),
                detail=f"{actor.username} may not delegate {role.value}", role=role.value)
        if end < start:
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Tanggal akhir sebelum tanggal awal."),
                detail=f"delegation {start} > {end}", field="end")
        if target == actor.username:
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Pilih pejabat lain; Anda tidak dapat menunjuk "
                                            "diri sendiri."),
                detail=f"{actor.username} delegating to self")
        with self.changing(actor, Permission.APPROVALS_DECIDE) as uow:
            user = uow.session.scalar(select(User).where(User.username == target))
            if (user is None or user.disabled or user.office_code != actor.office_code
                    or not user.role_codes & {r.value for r in APPROVER_ROLES}):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Pejabat {username} tidak ditemukan di kantor "
                                                "ini atau bukan Kepala Seksi/Kepala Kantor."),
                    detail=f"no head {target!r} in {actor.office_code}", username=target)
            row = Delegation(id=new_id(), office_code=actor.office_code, role=role.value,
                             from_username=actor.username, to_username=target,
                             start_date=start, end_date=end, created_at=self._ctx.clock())
            uow.session.add(row)
            uow.share(DELEGATION_KIND, row)
            uow.audit("case.delegated", "delegation", row.id,
                      after={"role": role.value, "to": target, "start": start.isoformat(),
                             "end": end.isoformat()})
            return _delegation(row)

    def revoke_delegation(self, actor: Actor, delegation_id: str) -> DelegationInfo:
        """The head ends a delegation before its range is over (from now on); a delegation
        of someone else's is refused."""
        with self.changing(actor, Permission.APPROVALS_DECIDE) as uow:
            row = uow.session.get(Delegation, delegation_id)
            if (row is None or row.office_code != actor.office_code
                    or row.from_username != actor.username):
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("gapura", "Penunjukan pejabat tidak ditemukan, atau "
                                                "bukan penunjukan dari Anda."),
                    detail=f"delegation {delegation_id} not {actor.username}'s")
            if row.revoked_at is None:
                row.revoked_at = self._ctx.clock()
                uow.share(DELEGATION_KIND, row)
                uow.audit("case.delegation_revoked", "delegation", row.id,
                          after={"role": row.role, "to": row.to_username})
            return _delegation(row)

    def delegations(self, actor: Actor) -> list[DelegationInfo]:
        """Delegations the actor gave or received, newest range first."""
        with self._ctx.query(actor, Permission.APPROVALS_DECIDE) as session:
            rows = session.scalars(select(Delegation).where(
                Delegation.office_code == actor.office_code,
                or_(Delegation.from_username == actor.username,
                    Delegation.to_username == actor.username))
                .order_by(Delegation.start_date.desc()))
            return [_delegation(r) for r in rows]

    def _acting_for(self, session: Session, actor: Actor) -> dict[str, str]:
        """Role -> the head the actor stands in for today (office date), by delegation."""
        today = self._ctx.clock().astimezone(self._ctx.config.timezone).date()
        rows = session.scalars(select(Delegation).where(
            Delegation.office_code == actor.office_code,
            Delegation.to_username == actor.username,
            Delegation.start_date <= today, Delegation.end_date >= today,
            Delegation.revoked_at.is_(None)).order_by(Delegation.created_at))
        return {r.role: r.from_username for r in rows}

    def sla_report(self, actor: Actor, since: date, until: date) -> list[StepSla]:
        """SLA compliance per SOP step: the visits finished between `since` and `until` (office
        dates, inclusive) and how many were late, with the steps' current queues; steps with
        neither are left out. A step finishes when it is done (or, where it needs an approval,
        when the approval, refusal or upstream decision comes)."""
        zone = self._ctx.config.timezone
        start = datetime.combine(since, datetime.min.time(), zone)
        end = datetime.combine(until + timedelta(days=1), datetime.min.time(), zone)
        now = self._ctx.clock()
        finished: dict[tuple[str, str], list[tuple[bool, float | None]]] = {}
        with self._ctx.query(actor, Permission.REPORTS_VIEW) as session:
            rows = session.execute(
                select(Case.sop_code, CaseEvent.step_id, CaseEvent.action, CaseEvent.at,
                       CaseEvent.step_started_at, CaseEvent.due_at)
                .join(Case, Case.id == CaseEvent.case_id)
                .where(_in_office(actor), CaseEvent.at >= start,
                       CaseEvent.at < end, CaseEvent.step_id != "",
                       CaseEvent.action.in_(("done", "approved", "decided", "rejected"))))
            for sop_code, step_id, action, at, started, due_at in rows:
                step = self._known_step(sop_code, step_id)
                if step is None or (action == "done" and step.approval is not None):
                    continue  # done, then waited for its approval: finished at the approval
                minutes = (at - started).total_seconds() / 60 if started else None
                finished.setdefault((sop_code, step_id), []).append(
                    (due_at is not None and at > due_at, minutes))
            queues = session.execute(
                select(Case.sop_code, Case.step_id, func.count(),
                       func.sum(sql_case((Case.due_at < now, 1), else_=0)))
                .where(Case.office_code == actor.office_code, Case.status.in_(ACTIVE))
                .group_by(Case.sop_code, Case.step_id)).all()
        waiting = {(sop, step): (count, int(late or 0)) for sop, step, count, late in queues}
        report = []
        for key in sorted(set(finished) | set(waiting)):
            step = self._known_step(*key)
            if step is None:
                continue
            visits = finished.get(key, [])
            durations = [m for _late, m in visits if m is not None]
            count, overdue = waiting.get(key, (0, 0))
            report.append(StepSla(key[0], key[1], step.title, step.time_text, len(visits),
                                  sum(late for late, _m in visits),
                                  median(durations) if durations else None,
                                  count, overdue))
        return report

    def _known_step(self, sop_code: str, step_id: str) -> Step | None:
        try:
            return self.sop(sop_code).step(step_id)
        except (NotFoundError, KeyError):
            return None  # a definition changed since: the report skips what it cannot name

    def overdue_count(self, actor: Actor) -> int:
        """Open and waiting cases past their step's due time (for reports)."""
        with self._ctx.query(actor, Permission.CASES_WORK) as session:
            return session.scalar(select(func.count()).select_from(Case).where(
                Case.office_code == actor.office_code, Case.status.in_(ACTIVE),
                Case.due_at < self._ctx.clock())) or 0

    # -- helpers ---------------------------------------------------------------------------

    @contextmanager
    def changing(self, actor: Actor, permission: Permission) -> Iterator[UnitOfWork]:
        """A unit of work that may change cases (this service's, and a module's that works on
        its cases with `open_in`/`attach_in`): every case touched (an event written) is shared
        whole when the body succeeds, in the same transaction."""
        with self._ctx.change(actor, permission) as uow:
            touched: dict[str, Case] = {}
            uow.session.info[_TOUCHED] = touched
            try:
                yield uow
                for case in touched.values():
                    self._share(uow, case)
            finally:
                uow.session.info.pop(_TOUCHED, None)

    @staticmethod
    def _share(uow: UnitOfWork, case: Case) -> None:
        uow.session.flush()
        subjects = uow.session.scalars(select(CaseSubject).where(CaseSubject.case_id == case.id)
                                       .order_by(CaseSubject.id)).all()
        events = uow.session.scalars(select(CaseEvent).where(CaseEvent.case_id == case.id)
                                     .order_by(CaseEvent.seq)).all()
        uow.share(CASE_KIND, case, subjects=subjects, events=events)

    def _number(self, uow: UnitOfWork, sop: SopDefinition, now: datetime) -> str:
        """`KANIM/B7/2026/00012`: the sequence comes from this workstation's number block, so
        two workstations of the office never give one number twice."""
        year = now.astimezone(self._ctx.config.timezone).year
        value = next_sequence(uow, "case", year)
        return f"{uow.actor.office_code}/{sop.code}/{year}/{value:05d}"

    def _enter(self, uow: UnitOfWork, case: Case, step: Step, now: datetime,
               preparer: str) -> None:
        """Make `step` current with its due time. A step that is itself an approval (its role
        gives it) waits in the inbox at once, prepared by whoever led the case there; a step
        of the Kanwil or the Ditjen waits for their decision through the central server."""
        year = now.astimezone(self._ctx.config.timezone).year
        calendar = self._holidays.calendar(year, year + 1)
        case.step_id, case.step_role = step.id, step.role
        timing = due_on_duty if self.sop(case.sop_code).clock == "duty" else due
        case.step_started_at, case.due_at = now, timing(now, step.time, calendar)
        if _approves_itself(step):
            case.status, case.prepared_by = WAITING, preparer
        elif step.role in UPSTREAM_PARTIES:
            case.status = UPSTREAM
            self._ask_upstream(uow, case, step, now)
        if step.notify:
            self._notify(uow, case, step.notify, calendar, now)

    def _notify(self, uow: UnitOfWork, case: Case, template: str, calendar: WorkCalendar,
                now: datetime) -> None:
        """Tell the applicants with a phone number (WhatsApp) that their document is ready,
        in the same transaction as the step; the history says who was told or why nobody."""
        uow.session.flush()
        applicants = uow.session.scalars(select(CaseSubject).where(
            CaseSubject.case_id == case.id, CaseSubject.role == "applicant")).all()
        told = []
        for person in applicants:
            if not person.phone or self._messaging is None:
                continue
            self._messaging.queue_in(uow, template, person.phone, "whatsapp", {
                "name": person.full_name, "number": case.number, "place": _place(uow),
                "hours": _next_opening(calendar, now)}, case_id=case.id)
            told.append(person.phone)
        self._event(uow, case, "notified", answer=template,
                    note=", ".join(told) or "tanpa nomor telepon pemohon; tidak dikirim")

    def _ask_upstream(self, uow: UnitOfWork, case: Case, step: Step, now: datetime) -> None:
        uow.session.flush()
        names = ", ".join(uow.session.scalars(select(CaseSubject.full_name)
                                              .where(CaseSubject.case_id == case.id)))
        request = UpstreamRequest(
            id=new_id(), office_code=case.office_code,
            workstation_id=self._ctx.config.workstation_id, case_id=case.id,
            case_number=case.number, sop_code=case.sop_code, step_id=step.id, party=step.role,
            title=step.title, summary=f"{case.title} — {names}",
            question=step.decision.question if step.decision else "",
            answers="|".join(step.decision.answers) if step.decision else "",
            status="pending", requested_at=now, requested_by=uow.actor.username, answer="",
            decided_by="", reference="", note="")
        uow.session.add(request)
        uow.share(UPSTREAM_KIND, request)
        uow.audit("case.sent_upstream", "case", case.id,
                  after={"step": step.id, "party": step.role, "request": request.id})

    def _advance(self, uow: UnitOfWork, case: Case, sop: SopDefinition, step: Step,
                 answer: str | None) -> None:
        now = self._ctx.clock()
        target = sop.after(step.id, answer)
        if isinstance(target, Ending):
            case.status, case.outcome, case.closed_at = CLOSED, target.target, now
            case.step_id = case.step_role = ""
            case.due_at = None
            uow.audit("case.closed", "case", case.id, after={"outcome": target.target})
            self._closed(uow, case, "")
            return
        case.status = OPEN
        self._enter(uow, case, target, now, uow.actor.username)
        uow.audit("case.moved", "case", case.id, after={"from": step.id, "to": target.id,
                                                        "answer": answer or ""})

    @staticmethod
    def _check_answer(sop: SopDefinition, step: Step, answer: str | None) -> None:
        if step.decision is None:
            if answer is not None:
                raise ValidationError(detail=f"{sop.code}/{step.id} asks no question")
            return
        if answer not in step.decision.answers:
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Pilih jawaban untuk “{question}”: {answers}."),
                detail=f"{sop.code}/{step.id}: answer {answer!r}",
                question=step.decision.question, answers=", ".join(step.decision.answers))

    def _closed(self, uow: UnitOfWork, case: Case, note: str) -> None:
        for module in self._modules:
            if module.facts(uow.session, case) is not None:
                module.closed(uow, case, note)

    def _approving(self, uow: UnitOfWork, case: Case, step: Step) -> None:
        for module in self._modules:
            approving = getattr(module, "approving", None)
            if approving is not None and module.facts(uow.session, case) is not None:
                approving(uow, case, step)

    def _check_guards(self, session: Session, case: Case, step: Step,
                      answer: str | None) -> None:
        """Refuse a step whose `needs` the case's module has not recorded, or an answer the
        module's facts contradict."""
        for module in self._modules:
            facts = module.facts(session, case)
            if facts is None:
                continue
            missing = [name for name in step.needs if name not in facts]
            if missing:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Langkah “{step}” belum dapat diselesaikan: "
                                                "belum tercatat {missing}."),
                    detail=f"{case.number}/{step.id} needs {missing}", step=step.title,
                    missing=", ".join(FACT_TITLES[name] for name in missing))
            required = module.required_answer(session, case, step)
            if required is not None and answer != required:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Untuk “{question}” jawaban yang sesuai dengan "
                                                "data perkara {number} adalah “{answer}”."),
                    detail=f"{case.number}/{step.id}: {answer!r}, facts say {required!r}",
                    question=step.decision.question if step.decision else step.title,
                    number=case.number, answer=required)

    @staticmethod
    def _may_do(actor: Actor, step: Step) -> None:
        if step.internal and step.role not in actor.roles:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("gapura", "Langkah “{step}” dikerjakan oleh peran {role}; "
                                            "Anda tidak memegang peran itu."),
                detail=f"{actor.username} lacks {step.role} for step {step.id}",
                step=step.title, role=step.role)

    def _may_approve(self, session: Session, actor: Actor, case: Case, step: Step) -> str:
        """Refuse unless the actor gives this step's approval (by role, or standing in for
        the head by delegation today); returns the head acted for, or "" in one's own right."""
        behalf = ""
        if step.approval is not None and step.approval.role not in actor.roles:
            behalf = self._acting_for(session, actor).get(step.approval.role.value, "")
        if step.approval is None or (step.approval.role not in actor.roles and not behalf):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("gapura", "Persetujuan langkah ini diberikan oleh peran {role}."),
                detail=f"{actor.username} may not approve {case.number}/{step.id}",
                role=step.approval.role.value if step.approval else "-")
        if case.prepared_by in (actor.username, behalf or actor.username):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("gapura", "Anda menyiapkan langkah ini pada perkara {number}; "
                                            "persetujuannya harus diberikan pejabat lain "
                                            "(prinsip empat mata)."),
                detail=f"four eyes: {case.prepared_by} prepared {case.number}",
                number=case.number)
        return behalf

    def _case(self, session: Session, actor: Actor, case_id: str,
              status: str | None = None) -> Case:
        case = session.get(Case, case_id)
        if case is None or case.office_code != actor.office_code:
            raise NotFoundError(QT_TRANSLATE_NOOP("gapura", "Perkara tidak ditemukan."),
                                detail=f"case {case_id} not found for {actor.office_code}")
        if status is not None and case.status != status:
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Perkara {number} berstatus {status}; tindakan ini "
                                            "tidak dapat dilakukan."),
                detail=f"case {case.number} is {case.status}, not {status}",
                number=case.number, status=case.status)
        return case

    def _event(self, uow: UnitOfWork, case: Case, action: str, *, answer: str = "",
               note: str = "", on_behalf_of: str = "", username: str = "") -> None:
        uow.session.info[_TOUCHED][case.id] = case
        uow.session.flush()
        seq = (uow.session.scalar(select(func.max(CaseEvent.seq))
                                  .where(CaseEvent.case_id == case.id)) or 0) + 1
        uow.session.add(CaseEvent(case_id=case.id, seq=seq, at=self._ctx.clock(),
                                  username=username or uow.actor.username,
                                  step_id=case.step_id,
                                  step_started_at=case.step_started_at if case.step_id else None,
                                  due_at=case.due_at,
                                  action=action, answer=answer, note=note,
                                  on_behalf_of=on_behalf_of))

    @staticmethod
    def _prepared_step(session: Session, case: Case) -> str:
        """The step done last before the case reached the approval it waits for."""
        return session.scalar(select(CaseEvent.step_id).where(
            CaseEvent.case_id == case.id, CaseEvent.action.in_(("done", "approved", "opened")),
            CaseEvent.step_id != case.step_id).order_by(CaseEvent.seq.desc()).limit(1)) or ""

    @staticmethod
    def _last_answer(session: Session, case: Case) -> str:
        return session.scalar(select(CaseEvent.answer).where(
            CaseEvent.case_id == case.id, CaseEvent.action == "done",
            CaseEvent.step_id == case.step_id).order_by(CaseEvent.seq.desc()).limit(1)) or ""

    def _info(self, session: Session, case: Case,
              names: tuple[str, ...] | None = None) -> CaseInfo:
        sop = self.sop(case.sop_code)
        step = sop.step(case.step_id) if case.step_id else None
        approval = (f"{step.approval.kind} {step.approval.role.value}"
                    if step is not None and step.approval else "")
        if names is None:
            names = tuple(session.scalars(select(CaseSubject.full_name)
                                          .where(CaseSubject.case_id == case.id)
                                          .order_by(CaseSubject.id)))
        now = self._ctx.clock()
        return CaseInfo(
            case.id, case.number, case.sop_code, case.title, case.status, case.step_id,
            step.title if step else "", case.step_role, approval, case.assignee, case.due_at,
            case.due_at is not None and is_overdue(now, case.due_at), case.opened_at,
            case.opened_by, case.prepared_by, case.outcome, names)


def _in_office(actor: Actor) -> ColumnElement[bool]:
    """The actor's office, as a filter that does not lead the query through the office index:
    a workstation's store holds its own office's cases, so that index selects every case, and
    SQLite (without statistics) would read them all before the search index or the events by
    time (benchmarks.cases: 45 ms → 5 ms for a search, 440 ms → 32 ms for a month's SLA)."""
    return Case.office_code.concat("") == actor.office_code


def _names(session: Session, cases: Sequence[Case]) -> dict[str, tuple[str, ...]]:
    """The subjects' names of many cases in one query (a list of 200 cases: one round)."""
    found: dict[str, list[str]] = {case.id: [] for case in cases}
    for chunk in range(0, len(cases), 500):
        ids = [case.id for case in cases[chunk:chunk + 500]]
        for case_id, name in session.execute(
                select(CaseSubject.case_id, CaseSubject.full_name)
                .where(CaseSubject.case_id.in_(ids)).order_by(CaseSubject.id)):
            found[case_id].append(name)
    return {case_id: tuple(names) for case_id, names in found.items()}


def _delegation(row: Delegation) -> DelegationInfo:
    return DelegationInfo(row.id, row.role, row.from_username, row.to_username, row.start_date,
                          row.end_date, row.revoked_at)


def _place(uow: UnitOfWork) -> str:
    office = uow.session.get(Office, uow.actor.office_code)
    if office is None:
        return uow.context.config["office.name"]
    return f"{office.name}, {office.address}" if office.address else office.name


def _next_opening(calendar: WorkCalendar, now: datetime) -> str:
    """`Kamis, 03-12-2026 pukul 08.00–16.00 WIB`: the next office hours from `now` (today
    when the office is still open)."""
    moment = now.astimezone(calendar.zone)
    day = moment.date()
    for _ in range(30):
        hours = calendar.hours_on(day)
        if hours is not None and (day != moment.date() or moment.time() < hours.closes):
            opens = datetime.combine(day, hours.opens, calendar.zone)
            return (f"{format_day_date(day)} pukul {hours.opens:%H.%M}–{hours.closes:%H.%M} "
                    f"{zone_name(opens)}")
        day += timedelta(days=1)
    return "jam layanan kantor"


def _upstream(row: UpstreamRequest) -> UpstreamInfo:
    return UpstreamInfo(row.id, row.step_id, row.party, row.title, row.question, row.status,
                        row.requested_at, row.answer, row.decided_by, row.reference, row.note,
                        row.decided_at)


def _decision_note(request: UpstreamRequest) -> str:
    parts = [f"Surat {request.reference}" if request.reference else "", request.note.strip()]
    return "; ".join(p for p in parts if p)
