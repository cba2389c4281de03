"""Pengaduan masyarakat and Lada Tunggu (issue 11): intake, the SOP's papers, the duty roster,
the monthly register and its evaluation.

Customer service records a report or complaint from any channel the SOPs name, with the
reporter (or anonymous), what it is about (a foreigner, a service, an officer), the location and
attachments; open cases that may be the same matter are suggested while typing and stored with
the report. The report opens a case of its SOP (`app.domain.complaints.sop_for`):

- a foreigner reported on a weekend or holiday: seed 000 Lada Tunggu, on the duty clock. The
  Laporan Kejadian goes to the duty Inteldakim officer (the roster), who drafts the Surat
  Perintah the duty Kakanim signs (approvals inbox); the field check's findings, the Laporan
  Kegiatan to the Kasi and the Kakanim, and the follow-up (BAP, handover to the authorities, or
  nothing further) are recorded at their steps. A foreigner reported on a working day opens an
  intelligence inquiry (seed 002 C5).
- a complaint about a service or an officer: seed 001 — the Kasi Tikkim's assessment with the
  Kakanim, the clarification and BAP with the section concerned, the outcome (coaching,
  discipline, no finding), the reply letter the Kasi initials and the Kakanim signs (approvals
  inbox), the report to the Kanwil and the answer to the public.
- a grievance answered at the desk: seed 002 D4 — the answer climbs officer → Kasi → Kabid →
  Kakanim while the public is not satisfied, then comes back down with the reply.

The papers are issued at their step only (`CaseService.at_step`) and are what the step `needs`
(facts of this case module). Every call checks COMPLAINTS_HANDLE and audits in its transaction;
a complaint is a shared record, so it moves between desks.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.auth.permissions import Actor, Permission, Role
from app.domain import complaints as rules
from app.domain.sla import is_overdue
from app.domain.sop import Step
from app.errors import NotFoundError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.base import ServiceContext, UnitOfWork
from app.services.cases import ACTIVE, CaseService, SubjectForm
from app.services.documents import DocumentInfo, actor_signer, issue
from app.services.holidays import HolidayService
from app.store.case_models import Case, CaseEvent
from app.store.complaint_models import Complaint, DutyAssignment
from app.store.counter_models import IssuedDocument
from app.store.document_models import PrintQueueEntry
from app.store.models import User

log = logging.getLogger(__name__)

SUBJECT = SHARED_KIND = "complaint"
ROSTER_KIND = "duty_roster"
ANONYMOUS = "Anonim"
# The roles of seed 000's duty team (Petugas CS, Inteldakim, Kepala Kantor) and its Kasi.
DUTY_ROLES = (Role.CUSTOMER_SERVICE, Role.INTEL_OFFICER, Role.SECTION_HEAD, Role.OFFICE_HEAD)
KANWIL = "Kepala Kantor Wilayah Direktorat Jenderal Imigrasi"
# Where each paper is made: (SOP, step).
INCIDENT_STEP = (rules.LADA_TUNGGU, "teruskan_pejabat")
ORDER_STEP = (rules.LADA_TUNGGU, "teruskan_kakanim")
CHECK_STEP = (rules.LADA_TUNGGU, "periksa_lapangan")
ACTIVITY_STEPS = {"lapor_kasi": "Kepala Seksi Intelijen dan Penindakan Keimigrasian",
                  "lapor_kakanim": "Kepala Kantor"}
FOLLOW_UP_STEP = (rules.LADA_TUNGGU, "tindak_lanjut")
# Seed 002 C5: the Kasi's Rencana Kegiatan, the Kakanim's Surat Perintah (made when he signs
# it in the approvals inbox), the intelligence officer's Laporan Kegiatan and Laporan Informasi.
PLAN_STEP = (rules.INQUIRY, "rencana_kegiatan")
INQUIRY_ORDER_STEP = (rules.INQUIRY, "surat_perintah")
INQUIRY_REPORT_STEP = (rules.INQUIRY, "laporan_kegiatan")
INQUIRY_REPORTS = ("laporan_kegiatan", "laporan_informasi")  # keys of `activity_reports`
ASSESS_STEP = (rules.PENGADUAN, "konsultasi_kakanim")
BAP_STEP = (rules.PENGADUAN, "koordinasi_bap")
OUTCOME_STEP = (rules.PENGADUAN, "tindak_lanjut")
ANSWER_STEPS = ("jawaban_petugas", "periksa_kasi", "periksa_kabid")  # D4, level by level
REPLY_STEPS = {rules.PENGADUAN: "buat_laporan", rules.ESCALATION: "teruskan_masyarakat"}
ANSWERED_STEPS = {rules.PENGADUAN: "lapor_kanwil", rules.ESCALATION: "teruskan_masyarakat"}
# The step the intake itself is (recorded as done once the report is stored).
INTAKE_STEPS = {rules.LADA_TUNGGU: "terima_laporan", rules.PENGADUAN: "terima_pengaduan",
                rules.ESCALATION: "sampaikan"}
STATUS_TITLES = {"open": "Dalam proses", "waiting_approval": "Menunggu persetujuan",
                 "waiting_upstream": "Menunggu Kanwil/Ditjen", "closed": "Selesai",
                 "cancelled": "Dibatalkan"}
OUTCOME_TITLES = {"end:diserahkan_penegak_hukum": "Diserahkan kepada pihak berwajib",
                  "end:ditolak": "Ditolak", "end:dibatalkan": "Dibatalkan"}


@dataclass(frozen=True)
class ComplaintIntake:
    kind: str  # rules.KINDS
    channel: str  # rules.CHANNELS
    description: str
    subject_kind: str  # rules.SUBJECT_KINDS
    subject_name: str = ""
    subject_nationality: str = ""
    subject_detail: str = ""
    location: str = ""
    anonymous: bool = False
    reporter_name: str = ""
    reporter_phone: str = ""
    reporter_email: str = ""
    reporter_address: str = ""
    channel_reference: str = ""  # a LAPOR! or SIPENSIKIM ticket, a letter's number
    attachments: tuple[tuple[str, str, bytes], ...] = ()  # (name, content type, bytes)


@dataclass(frozen=True)
class Examinee:
    """Who the section concerned examines (an officer complained about, or a witness)."""

    name: str
    birth_place: str
    birth_date: date
    sex: str  # Laki-laki | Perempuan
    nationality: str
    occupation: str
    address: str
    id_kind: str  # printing.templates.berita_acara.EXAMINEE_ID_KINDS
    id_number: str


@dataclass(frozen=True)
class InquiryPlan:
    """The Kasi Inteldakim's Rencana Kegiatan Penyelidikan Keimigrasian (C5 step 1)."""

    purpose: str
    method: str
    officers: tuple[str, ...]  # usernames of the intelligence officers who carry it out
    start: date
    end: date
    target: str = ""  # "": the report's subject and description
    location: str = ""  # "": the report's location
    budget: str = ""  # "": the template's default (the office's DIPA)
    equipment: tuple[str, ...] = ()


@dataclass(frozen=True)
class InformationReport:
    """A Laporan Informasi of the inquiry (C5 step 4): where the information came from, what
    it says, how far source (A-F) and information (1-6) are to be trusted, what to do."""

    source: str
    obtained_on: date
    obtained_where: str
    information: str
    source_reliability: str  # printing.templates.penyelidikan.SOURCE_RELIABILITY
    information_credibility: str  # printing.templates.penyelidikan.INFORMATION_CREDIBILITY
    recommendation: str
    assessment: str = ""


@dataclass(frozen=True)
class ComplaintInfo:
    id: str
    case_id: str
    number: str
    kind: str
    channel: str
    sop_code: str
    lada_tunggu: bool
    status: str  # the case's
    step_id: str
    step_title: str
    step_role: str
    assignee: str
    due_at: datetime | None
    overdue: bool
    case_outcome: str
    received_at: datetime
    received_by: str
    anonymous: bool
    reporter_name: str
    reporter_phone: str
    subject_kind: str
    subject_name: str
    location: str
    description: str
    duplicates: tuple[dict[str, Any], ...]
    duplicate_of: str
    incident_report_number: str
    order_number: str
    findings: str
    violation: bool
    activity_reports: dict[str, str]
    follow_up: str
    founded: bool | None
    bap_number: str
    outcome: str
    answers: tuple[dict[str, Any], ...]
    reply_number: str
    reply_id: str
    answered_at: datetime | None
    answered_via: str
    plan_number: str = ""
    plan: dict[str, Any] | None = None  # the C5 Rencana Kegiatan's plan


@dataclass(frozen=True)
class DuplicateSuggestion:
    id: str
    number: str
    score: float
    reasons: tuple[str, ...]
    summary: str


@dataclass(frozen=True)
class DutyInfo:
    id: str
    day: date
    role: str
    username: str
    full_name: str
    note: str


@dataclass(frozen=True)
class RegisterData:
    """The month's register: its rows as the template takes them, and the evaluation."""

    since: date
    until: date
    entries: tuple[dict[str, Any], ...]
    compliance: tuple[dict[str, Any], ...]
    evaluation: rules.Evaluation


def _invalid_choice(label: str, value: str) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP("gapura", "Pilihan {field} tidak dikenal: {value}."),
                           detail=f"{label} {value!r}", field=label, value=value)


def _clean(text: str) -> str:
    return " ".join(text.split())


class ComplaintService:
    def __init__(self, context: ServiceContext, cases: CaseService,
                 holidays: HolidayService) -> None:
        self._ctx = context
        self._cases = cases
        self._holidays = holidays
        cases.add_module(self)

    def _today(self) -> date:
        return self._ctx.clock().astimezone(self._ctx.config.timezone).date()

    # -- intake --------------------------------------------------------------------------------

    def receive(self, actor: Actor, intake: ComplaintIntake) -> ComplaintInfo:
        """Record a report or complaint, open its case and store its attachments; the intake
        step of the SOP is done with it. Open cases that may be the same matter are kept with
        the report (`duplicates`) for the officer to look at.

        Raises:
            ValidationError: a missing or unknown field (nothing is written).
        """
        self._check(intake)
        now = self._ctx.clock()
        calendar = self._holidays.calendar(now.year - 1, now.year + 1)
        lada = rules.is_lada_tunggu(now, calendar)
        sop = rules.sop_for(intake.kind, lada)
        suggestions = self.suggest_duplicates(actor, _text_of(intake))
        reporter = ANONYMOUS if intake.anonymous else _clean(intake.reporter_name)
        subjects = [SubjectForm("reporter", reporter,
                                phone="" if intake.anonymous else intake.reporter_phone)]
        if intake.subject_name.strip():
            subjects.append(SubjectForm(intake.subject_kind, _clean(intake.subject_name)))
        title = f"{rules.KINDS[intake.kind]}: {_clean(intake.description)[:120]}"
        with self._cases.changing(actor, Permission.COMPLAINTS_HANDLE) as uow:
            case = self._cases.open_in(uow, sop, subjects, title=title,
                                       note=f"Saluran: {rules.CHANNELS[intake.channel]}")
            row = Complaint(
                office_code=actor.office_code, case_id=case.id, kind=intake.kind,
                channel=intake.channel, channel_reference=_clean(intake.channel_reference),
                received_at=now, received_by=actor.username, lada_tunggu=lada,
                anonymous=intake.anonymous,
                reporter_name="" if intake.anonymous else reporter,
                reporter_phone="" if intake.anonymous else intake.reporter_phone.strip(),
                reporter_email="" if intake.anonymous else intake.reporter_email.strip(),
                reporter_address="" if intake.anonymous else _clean(intake.reporter_address),
                subject_kind=intake.subject_kind, subject_name=_clean(intake.subject_name),
                subject_nationality=_clean(intake.subject_nationality),
                subject_detail=intake.subject_detail.strip(),
                location=_clean(intake.location), description=intake.description.strip(),
                duplicates=json.dumps([{"id": s.id, "number": s.number, "score": s.score,
                                        "reasons": list(s.reasons)} for s in suggestions]))
            uow.session.add(row)
            uow.session.flush()
            for name, content_type, data in intake.attachments:
                self._cases.attach_in(uow, case, name, content_type, data)
            self._changed(uow, row, "complaint.received", after={
                "case": case.number, "sop": sop, "channel": row.channel, "kind": row.kind,
                "lada_tunggu": lada, "duplicates": len(suggestions)})
            case_id, complaint_id = case.id, row.id
        intake_step = INTAKE_STEPS.get(sop)
        step = self._cases.sop(sop).step(intake_step) if intake_step else None
        if step is not None and (not step.internal or step.role in actor.roles):
            # The report is recorded: the SOP's intake step is done with it.
            self._cases.complete(actor, case_id, note="dicatat pada penerimaan")
        return self.get(actor, complaint_id)

    @staticmethod
    def _check(intake: ComplaintIntake) -> None:
        if intake.kind not in rules.KINDS:
            raise _invalid_choice("jenis laporan", intake.kind)
        if intake.channel not in rules.CHANNELS:
            raise _invalid_choice("saluran", intake.channel)
        if intake.subject_kind not in rules.SUBJECT_KINDS:
            raise _invalid_choice("subjek", intake.subject_kind)
        if not intake.description.strip():
            raise ValidationError.missing("uraian laporan")
        if not intake.anonymous:
            if not intake.reporter_name.strip():
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Isi nama pelapor, atau centang Anonim bila "
                                                "pelapor tidak bersedia menyebutkan nama."),
                    detail="reporter without a name")
            if not (intake.reporter_phone.strip() or intake.reporter_email.strip()
                    or intake.reporter_address.strip()):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Isi kontak pelapor (telepon, email atau "
                                                "alamat) agar jawaban dapat disampaikan."),
                    detail="reporter without a contact")
        if intake.kind == "laporan_orang_asing" and not intake.location.strip():
            raise ValidationError.missing("lokasi orang asing")

    def suggest_duplicates(self, actor: Actor, text: rules.ReportText
                           ) -> list[DuplicateSuggestion]:
        """Open reports of the office that may be `text` reported again (while typing)."""
        with self._ctx.query(actor, Permission.COMPLAINTS_HANDLE) as session:
            # Plain columns, not ORM rows: it runs while the officer types (benchmarks).
            rows = session.execute(
                select(Complaint.id, Case.number, Complaint.reporter_phone,
                       Complaint.subject_name, Complaint.location, Complaint.description,
                       Complaint.subject_kind)
                .join(Case, Case.id == Complaint.case_id)
                .where(Complaint.office_code == actor.office_code,
                       Case.status.in_(ACTIVE))).all()
        found = {row.id: row for row in rows}
        hits = rules.possible_duplicates(text, ((row.id, rules.ReportText(
            row.reporter_phone, row.subject_name, row.location, row.description))
            for row in rows))
        return [DuplicateSuggestion(hit.key, found[hit.key].number, hit.score, hit.reasons,
                                    _summary(found[hit.key])) for hit in hits]

    def mark_duplicate(self, actor: Actor, complaint_id: str, of_id: str) -> ComplaintInfo:
        """The report is the same matter as open report `of_id`: its case ends (cancelled,
        with the other's number as the reason) and the other carries on."""
        with self._cases.changing(actor, Permission.COMPLAINTS_HANDLE) as uow:
            row = self._row(uow.session, actor, complaint_id)
            other = self._row(uow.session, actor, of_id)
            other_case = uow.session.get(Case, other.case_id)
            if other.id == row.id or other_case.status not in ACTIVE:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Laporan asal harus laporan lain yang masih "
                                                "berjalan."), detail="duplicate of itself/closed")
            case = uow.session.get(Case, row.case_id)
            if case.status not in ACTIVE:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Laporan ini sudah selesai atau dibatalkan."),
                    detail=f"case {case.number} is {case.status}")
            row.duplicate_of = other.id
            self._cases.cancel_in(uow, case, f"Duplikat dari {other_case.number}")
            self._cases.record_in(uow, other_case, "duplicate",
                                  f"laporan yang sama: {case.number}")
            self._changed(uow, row, "complaint.duplicate", after={"of": other_case.number})
            return self._info(uow.session, row)

    # -- moving on -----------------------------------------------------------------------------

    def complete(self, actor: Actor, complaint_id: str, *, answer: str | None = None,
                 note: str = "") -> ComplaintInfo:
        """Finish the case's current step (CaseService.complete); a Lada Tunggu report then goes
        to the officer on duty today for the next step's role, when the roster names one."""
        with self._ctx.query(actor, Permission.COMPLAINTS_HANDLE) as session:
            row = self._row(session, actor, complaint_id)
            case_id, lada = row.case_id, row.lada_tunggu
        moved = self._cases.complete(actor, case_id, answer=answer, note=note)
        if lada and moved.status == "open" and not moved.assignee:
            duty = self.on_duty(actor, self._today(), moved.step_role)
            if duty:
                self._cases.assign(actor, case_id, duty[0].username)
        return self.get(actor, complaint_id)

    # -- Lada Tunggu (seed 000) ----------------------------------------------------------------

    def report_incident(self, actor: Actor, complaint_id: str, chronology: str,
                        actions_taken: Sequence[str] = ()) -> ComplaintInfo:
        """The Laporan Kejadian to the duty Inteldakim officer (step 2, 60 minutes)."""
        if not chronology.strip():
            raise ValidationError.missing("kronologi")
        with self._cases.changing(actor, Permission.COMPLAINTS_HANDLE) as uow:
            row, case = self._at(uow, complaint_id, *INCIDENT_STEP)
            duty = self._duty_names(uow.session, actor, Role.INTEL_OFFICER)
            addressed = ("Petugas Inteldakim piket" + (f" ({', '.join(duty)})" if duty else ""))
            document = issue(uow, "laporan_kejadian", {
                "addressed_to": addressed[:150],
                "incident_type": rules.KINDS[row.kind] + " (Lada Tunggu)",
                "incident_at": row.received_at, "location": row.location[:150] or "-",
                "subject_name": row.subject_name[:100] or "Belum diketahui",
                "subject_nationality": row.subject_nationality[:60] or "Belum diketahui",
                "chronology": chronology.strip(),
                "actions_taken": [a.strip() for a in actions_taken if a.strip()],
                "evidence": self._evidence(uow.session, case),
                **actor_signer(uow, "reporter", "Petugas Layanan Darurat Sabtu Minggu")},
                subject_type=SUBJECT, subject_id=row.id)
            row.incident_report_id, row.incident_report_number = document.id, document.number
            self._cases.record_in(uow, case, "document", f"Laporan Kejadian {document.number}")
            self._changed(uow, row, "complaint.incident_report", after={"lk": document.number})
            return self._info(uow.session, row)

    def draft_order(self, actor: Actor, complaint_id: str, officers: Sequence[str],
                    tasks: Sequence[str] = ()) -> ComplaintInfo:
        """The Surat Perintah for the field check (step 3), for the Kakanim on duty to sign in
        the approvals inbox; a redraft voids the previous one."""
        names = [u.strip().lower() for u in officers if u.strip()]
        if not names:
            raise ValidationError.missing("petugas yang diperintahkan")
        with self._cases.changing(actor, Permission.COMPLAINTS_HANDLE) as uow:
            row, case = self._at(uow, complaint_id, *ORDER_STEP)
            rows = [self._officer(uow.session, actor, name) for name in names]
            head = self._head(uow.session, actor)
            bases = ["Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian"]
            if row.incident_report_number:
                bases.append(f"Laporan Kejadian Nomor {row.incident_report_number}")
            if row.order_id:
                self._void(uow, row.order_id, "diganti konsep Surat Perintah baru")
            document = issue(uow, "surat_perintah_tugas", {
                "bases": bases,
                "officers": [{"name": u.full_name, "nip": u.nip, "rank": "",
                              "position": "Petugas Inteldakim"} for u in rows],
                "tasks": [t.strip() for t in tasks if t.strip()],
                "report_reference": case.number,
                "report_summary": row.description[:2000],
                "location": row.location[:250] or "-",
                "valid_until": self._today() + timedelta(days=1),
                "copy_to": [KANWIL],
                "head_name": head.full_name, "head_nip": head.nip},
                subject_type=SUBJECT, subject_id=row.id)
            row.order_id, row.order_number = document.id, document.number
            row.order_officers = json.dumps(names)
            self._cases.record_in(uow, case, "document", f"Surat Perintah {document.number}")
            self._changed(uow, row, "complaint.order", after={"sp": document.number,
                                                              "officers": names})
            return self._info(uow.session, row)

    def record_findings(self, actor: Actor, complaint_id: str, findings: str,
                        violation: bool) -> ComplaintInfo:
        """What the field check found (step 4, within a day), and whether it found an
        administrative violation or a suspected immigration crime."""
        if not findings.strip():
            raise ValidationError.missing("hasil pemeriksaan lapangan")
        with self._cases.changing(actor, Permission.COMPLAINTS_HANDLE) as uow:
            row, case = self._at(uow, complaint_id, *CHECK_STEP)
            row.findings, row.violation = findings.strip(), violation
            row.checked_at = self._ctx.clock()
            self._cases.record_in(uow, case, "findings",
                                  ("pelanggaran ditemukan: " if violation else "") +
                                  findings.strip()[:300])
            self._changed(uow, row, "complaint.findings", after={"violation": violation})
            return self._info(uow.session, row)

    def report_activity(self, actor: Actor, complaint_id: str, conclusion: str,
                        actions_taken: Sequence[str] = (),
                        recommendation: str = "") -> ComplaintInfo:
        """The Laporan Kegiatan of the field check, to the Kasi Inteldakim (step 5) or to the
        Kakanim (step 6), whichever step the report is at."""
        if not conclusion.strip():
            raise ValidationError.missing("kesimpulan")
        with self._cases.changing(actor, Permission.COMPLAINTS_HANDLE) as uow:
            row = self._row(uow.session, actor, complaint_id)
            case = uow.session.get(Case, row.case_id)
            step_id = case.step_id if case.step_id in ACTIVITY_STEPS else "lapor_kasi"
            self._at(uow, complaint_id, rules.LADA_TUNGGU, step_id)
            if not row.findings:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Hasil pemeriksaan lapangan belum dicatat."),
                    detail="activity report without findings")
            document = self._activity(uow, row, case, ACTIVITY_STEPS[step_id],
                                      "Pemeriksaan lapangan atas laporan masyarakat",
                                      conclusion, actions_taken, recommendation)
            _file_report(row, step_id, document.number)
            self._cases.record_in(uow, case, "document", f"Laporan Kegiatan {document.number}")
            self._changed(uow, row, "complaint.activity_report",
                          after={"step": step_id, "number": document.number})
            return self._info(uow.session, row)

    def decide_follow_up(self, actor: Actor, complaint_id: str, follow_up: str,
                         note: str) -> ComplaintInfo:
        """The follow-up of the field check (step 7): a BAP of an administrative violation,
        handover to the authorities, or nothing further; its Laporan Kegiatan is issued, and
        the step's decision must agree with it."""
        if follow_up not in rules.FOLLOW_UPS:
            raise _invalid_choice("tindak lanjut", follow_up)
        if not note.strip():
            raise ValidationError.missing("uraian tindak lanjut")
        with self._cases.changing(actor, Permission.COMPLAINTS_HANDLE) as uow:
            row, case = self._at(uow, complaint_id, *FOLLOW_UP_STEP)
            if (follow_up != "tidak_ada") != row.violation:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Tindak lanjut tidak sesuai hasil pemeriksaan "
                                                "lapangan: {found}."),
                    detail=f"follow-up {follow_up} but violation={row.violation}",
                    found="ditemukan pelanggaran" if row.violation
                    else "tidak ditemukan pelanggaran")
            document = self._activity(uow, row, case, "Kepala Kantor",
                                      "Tindak lanjut hasil pemeriksaan lapangan",
                                      f"{rules.FOLLOW_UPS[follow_up]}.", (), note.strip())
            _file_report(row, "tindak_lanjut", document.number)
            row.follow_up, row.follow_up_note = follow_up, note.strip()
            self._cases.record_in(uow, case, "follow_up",
                                  f"{rules.FOLLOW_UPS[follow_up]}; Laporan Kegiatan "
                                  f"{document.number}")
            self._changed(uow, row, "complaint.follow_up", after={"follow_up": follow_up})
            return self._info(uow.session, row)

    def _activity(self, uow: UnitOfWork, row: Complaint, case: Case, addressed_to: str,
                  activity: str, conclusion: str, actions: Sequence[str],
                  recommendation: str) -> DocumentInfo:
        order_date = self._issued_on(uow, row.order_id)
        officers = [self._officer(uow.session, uow.actor, name)
                    for name in json.loads(row.order_officers or "[]")]
        return issue(uow, "laporan_kegiatan", {
            "addressed_to": addressed_to, "activity": activity,
            "order_number": row.order_number, "order_date": order_date,
            "report_reference": case.number,
            "activity_at": row.checked_at or self._ctx.clock(),
            "location": row.location[:250] or "-",
            "officers": [{"name": u.full_name, "nip": u.nip, "rank": "",
                          "position": "Petugas Inteldakim"} for u in officers],
            "findings": row.findings, "conclusion": conclusion.strip(),
            "actions_taken": [a.strip() for a in actions if a.strip()],
            "recommendation": recommendation.strip(),
            **actor_signer(uow, "reporter", "Petugas Inteldakim")},
            subject_type=SUBJECT, subject_id=row.id)

    def examine_foreigner(self, actor: Actor, complaint_id: str, examinee: Examinee,
                          questions: Sequence[tuple[str, str]]) -> ComplaintInfo:
        """The follow-up "BAP" of seed 000 step 7: the Inteldakim officer examines the
        foreigner over the administrative violation the field check found, and the Berita
        Acara Pemeriksaan is issued; only at the follow-up step, once the follow-up decided
        is a BAP."""
        qa = _answered(questions)
        with self._cases.changing(actor, Permission.COMPLAINTS_HANDLE) as uow:
            row, case = self._at(uow, complaint_id, *FOLLOW_UP_STEP)
            if row.follow_up != "bap":
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "BAP orang asing dibuat bila tindak lanjut "
                                                "yang diputuskan adalah pemeriksaan (BAP)."),
                    detail=f"BAP but follow-up {row.follow_up!r}")
            document = issue(uow, "bap", {
                "examined_at": self._ctx.clock(), "location": self._ctx.config["office.name"],
                **actor_signer(uow, "examiner", "Petugas Inteldakim"),
                **_examinee_data(examinee),
                "matter": f"Dugaan pelanggaran administratif keimigrasian, laporan masyarakat "
                          f"Nomor {case.number}: {_clean(row.findings)}"[:400],
                "lk_number": row.incident_report_number,
                "questions": qa}, subject_type=SUBJECT, subject_id=row.id)
            row.bap_number = document.number
            self._cases.record_in(uow, case, "bap", f"BAP {document.number}")
            self._changed(uow, row, "complaint.examined", after={"bap": document.number})
            return self._info(uow.session, row)

    # -- intelligence inquiry (seed 002 C5) ----------------------------------------------------

    def plan_inquiry(self, actor: Actor, complaint_id: str, plan: InquiryPlan) -> ComplaintInfo:
        """The Kasi's Rencana Kegiatan Penyelidikan Keimigrasian (C5 step 1): the target from
        the report, purpose, method, officers, period, location and budget; the Kakanim's
        Surat Perintah is issued on it. A new plan voids the previous one."""
        names = list(dict.fromkeys(u.strip().lower() for u in plan.officers if u.strip()))
        for value, label in ((plan.purpose, "tujuan penyelidikan"),
                             (plan.method, "cara bertindak")):
            if not value.strip():
                raise ValidationError.missing(label)
        if not names:
            raise ValidationError.missing("petugas pelaksana")
        if plan.end < plan.start:
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Tanggal selesai penyelidikan sebelum tanggal "
                                            "mulainya."), detail="plan period reversed")
        with self._cases.changing(actor, Permission.COMPLAINTS_HANDLE) as uow:
            row, case = self._at(uow, complaint_id, *PLAN_STEP)
            officers = [self._officer(uow.session, actor, name) for name in names]
            target = plan.target.strip() or _summary(row)
            location = _clean(plan.location) or row.location or "-"
            data: dict[str, Any] = {
                "report_reference": case.number, "target": target[:2000],
                "purpose": plan.purpose.strip(), "method": plan.method.strip(),
                "officers": [_officer_row(u) for u in officers],
                "period_start": plan.start, "period_end": plan.end, "location": location[:250],
                "equipment": [e.strip() for e in plan.equipment if e.strip()],
                **actor_signer(uow, "planner",
                               "Kepala Seksi Intelijen dan Penindakan Keimigrasian")}
            if plan.budget.strip():
                data["budget"] = plan.budget.strip()
            if row.plan_id:
                self._void(uow, row.plan_id, "diganti Rencana Kegiatan baru")
            document = issue(uow, "rencana_kegiatan", data, subject_type=SUBJECT,
                             subject_id=row.id)
            row.plan_id, row.plan_number = document.id, document.number
            row.plan = json.dumps({
                "target": data["target"], "purpose": data["purpose"], "method": data["method"],
                "officers": names, "start": plan.start.isoformat(),
                "end": plan.end.isoformat(), "location": data["location"],
                "budget": plan.budget.strip()}, ensure_ascii=False)
            row.order_officers = json.dumps(names)
            self._cases.record_in(uow, case, "document", f"Rencana Kegiatan {document.number}")
            self._changed(uow, row, "complaint.inquiry_plan",
                          after={"number": document.number, "officers": names})
            return self._info(uow.session, row)

    def approving(self, uow: UnitOfWork, case: Case, step: Step) -> None:
        """The case module's hook on an approval: the Kakanim signing C5's `surat_perintah`
        in the approvals inbox issues the Surat Perintah (CaseService checked his role)."""
        if (case.sop_code, step.id) == INQUIRY_ORDER_STEP:
            self._inquiry_order(uow, case)

    def _inquiry_order(self, uow: UnitOfWork, case: Case) -> None:
        """The Surat Perintah of the inquiry (C5 step 2), signed by the Kakanim who approves
        it, naming the officers and the period of the Rencana Kegiatan."""
        row = uow.session.scalar(select(Complaint).where(Complaint.case_id == case.id))
        if row is None or not row.plan:
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Rencana Kegiatan Penyelidikan Keimigrasian belum "
                                            "dibuat."), detail=f"{case.number}: no plan")
        plan = json.loads(row.plan)
        head = uow.session.scalar(select(User).where(User.username == uow.actor.username))
        if head is None or not head.nip:
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Akun Anda belum memiliki NIP untuk "
                                            "menandatangani Surat Perintah. Minta Admin TIK "
                                            "melengkapinya."),
                detail=f"{uow.actor.username} signs without a NIP")
        officers = [self._officer(uow.session, uow.actor, name) for name in plan["officers"]]
        if row.order_id:
            self._void(uow, row.order_id, "diganti Surat Perintah baru")
        document = issue(uow, "surat_perintah_tugas", {
            "bases": ["Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian",
                      "Peraturan Menteri Hukum dan HAM Nomor 8 Tahun 2022 tentang Intelijen "
                      "Keimigrasian",
                      f"Rencana Kegiatan Penyelidikan Keimigrasian Nomor {row.plan_number}"],
            "officers": [_officer_row(u) for u in officers],
            "tasks": ["Melaksanakan kegiatan penyelidikan intelijen keimigrasian terhadap "
                      f"sasaran: {plan['target']}"[:600],
                      f"Tujuan: {plan['purpose']}"[:600],
                      "Membuat Laporan Kegiatan Penyelidikan Intelijen Keimigrasian dan/atau "
                      "Laporan Informasi dan menyampaikannya kepada Kepala Seksi Intelijen dan "
                      "Penindakan Keimigrasian;",
                      "Melaksanakan perintah ini dengan penuh tanggung jawab."],
            "report_reference": case.number,
            "report_summary": row.description[:2000],
            "location": plan["location"][:250],
            "valid_from": date.fromisoformat(plan["start"]),
            "valid_until": date.fromisoformat(plan["end"]),
            "copy_to": [KANWIL],
            "head_name": head.full_name, "head_nip": head.nip},
            subject_type=SUBJECT, subject_id=row.id)
        row.order_id, row.order_number = document.id, document.number
        self._cases.record_in(uow, case, "document", f"Surat Perintah {document.number}")
        self._changed(uow, row, "complaint.order", after={"sp": document.number,
                                                          "officers": plan["officers"]})

    def report_inquiry(self, actor: Actor, complaint_id: str, findings: str, conclusion: str,
                       actions_taken: Sequence[str] = (),
                       recommendation: str = "") -> ComplaintInfo:
        """The Laporan Kegiatan Penyelidikan Intelijen Keimigrasian (C5 step 4), by the
        intelligence officer, to the Kasi Inteldakim."""
        if not findings.strip():
            raise ValidationError.missing("hasil penyelidikan")
        if not conclusion.strip():
            raise ValidationError.missing("kesimpulan")
        with self._cases.changing(actor, Permission.COMPLAINTS_HANDLE) as uow:
            row, case = self._at(uow, complaint_id, *INQUIRY_REPORT_STEP)
            row.findings, row.checked_at = findings.strip(), self._ctx.clock()
            document = self._activity(uow, row, case,
                                      "Kepala Seksi Intelijen dan Penindakan Keimigrasian",
                                      "Penyelidikan intelijen keimigrasian atas laporan "
                                      "masyarakat", conclusion, actions_taken, recommendation)
            self._inquiry_report(uow, row, case, "laporan_kegiatan", document,
                                 "Laporan Kegiatan Penyelidikan")
            return self._info(uow.session, row)

    def report_information(self, actor: Actor, complaint_id: str,
                           report: InformationReport) -> ComplaintInfo:
        """A Laporan Informasi of the inquiry (C5 step 4), by the intelligence officer."""
        from printing.templates.penyelidikan import (
            INFORMATION_CREDIBILITY,
            SOURCE_RELIABILITY,
        )

        for value, label in ((report.source, "sumber informasi"),
                             (report.obtained_where, "tempat informasi diperoleh"),
                             (report.information, "isi informasi"),
                             (report.recommendation, "saran")):
            if not value.strip():
                raise ValidationError.missing(label)
        if report.source_reliability not in SOURCE_RELIABILITY:
            raise _invalid_choice("penilaian sumber", report.source_reliability)
        if report.information_credibility not in INFORMATION_CREDIBILITY:
            raise _invalid_choice("penilaian informasi", report.information_credibility)
        with self._cases.changing(actor, Permission.COMPLAINTS_HANDLE) as uow:
            row, case = self._at(uow, complaint_id, *INQUIRY_REPORT_STEP)
            document = issue(uow, "laporan_informasi", {
                "order_number": row.order_number, "order_date": self._issued_on(uow, row.order_id),
                "report_reference": case.number,
                "subject": _short(_summary(row), 250),
                "source": _clean(report.source)[:500], "obtained_on": report.obtained_on,
                "obtained_where": _clean(report.obtained_where)[:250],
                "information": report.information.strip(),
                "source_reliability": report.source_reliability,
                "information_credibility": report.information_credibility,
                "assessment": report.assessment.strip(),
                "recommendation": report.recommendation.strip(),
                **actor_signer(uow, "reporter", "Petugas Inteldakim")},
                subject_type=SUBJECT, subject_id=row.id)
            self._inquiry_report(uow, row, case, "laporan_informasi", document,
                                 "Laporan Informasi")
            return self._info(uow.session, row)

    def _inquiry_report(self, uow: UnitOfWork, row: Complaint, case: Case, key: str,
                        document: DocumentInfo, title: str) -> None:
        _file_report(row, key, document.number)
        self._cases.record_in(uow, case, "document", f"{title} {document.number}")
        self._changed(uow, row, "complaint.inquiry_report",
                      after={"paper": key, "number": document.number})

    def _issued_on(self, uow: UnitOfWork, document_id: str) -> date | None:
        if not document_id:
            return None
        doc = uow.session.get(IssuedDocument, document_id)
        return doc.issued_at.astimezone(self._ctx.config.timezone).date() if doc else None

    # -- complaints about a service (seed 001, seed 002 D4) -----------------------------------

    def assess(self, actor: Actor, complaint_id: str, founded: bool, note: str,
               section: str = "") -> ComplaintInfo:
        """The Kasi's assessment after consulting the Kakanim (seed 001 step 3): a founded
        complaint goes to the section concerned for clarification and a BAP; one not founded
        ends with no finding."""
        if not note.strip():
            raise ValidationError.missing("hasil penelaahan")
        if founded and not section.strip():
            raise ValidationError.missing("seksi terkait")
        with self._cases.changing(actor, Permission.COMPLAINTS_HANDLE) as uow:
            row, case = self._at(uow, complaint_id, *ASSESS_STEP)
            row.founded, row.assessment = founded, note.strip()
            row.section_concerned = _clean(section)
            if not founded:
                row.outcome, row.outcome_note = "tidak_terbukti", note.strip()
            self._cases.record_in(uow, case, "assessment",
                                  ("benar" if founded else "tidak benar") + f": {note.strip()}")
            self._changed(uow, row, "complaint.assessed", after={"founded": founded})
            return self._info(uow.session, row)

    def examine(self, actor: Actor, complaint_id: str, examinee: Examinee,
                questions: Sequence[tuple[str, str]]) -> ComplaintInfo:
        """The clarification with the section concerned: its Berita Acara Pemeriksaan (seed
        001 step 4)."""
        qa = _answered(questions)
        with self._cases.changing(actor, Permission.COMPLAINTS_HANDLE) as uow:
            row, case = self._at(uow, complaint_id, *BAP_STEP)
            document = issue(uow, "bap", {
                "examined_at": self._ctx.clock(), "location": self._ctx.config["office.name"],
                **actor_signer(uow, "examiner", "Kepala Seksi"),
                **_examinee_data(examinee),
                "matter": f"Klarifikasi pengaduan masyarakat Nomor {case.number}: "
                          f"{_clean(row.description)}"[:400],
                "questions": qa}, subject_type=SUBJECT, subject_id=row.id)
            row.bap_number = document.number
            self._cases.record_in(uow, case, "bap", f"BAP {document.number}")
            self._changed(uow, row, "complaint.examined", after={"bap": document.number})
            return self._info(uow.session, row)

    def record_outcome(self, actor: Actor, complaint_id: str, outcome: str,
                       note: str) -> ComplaintInfo:
        """The outcome of a founded complaint (seed 001 step 5): coaching and mentoring,
        discipline, or (after all) no finding."""
        if outcome not in rules.OUTCOMES:
            raise _invalid_choice("hasil tindak lanjut", outcome)
        if not note.strip():
            raise ValidationError.missing("uraian hasil tindak lanjut")
        with self._cases.changing(actor, Permission.COMPLAINTS_HANDLE) as uow:
            row, case = self._at(uow, complaint_id, *OUTCOME_STEP)
            row.outcome, row.outcome_note = outcome, note.strip()
            self._cases.record_in(uow, case, "outcome",
                                  f"{rules.OUTCOMES[outcome]}: {note.strip()}")
            self._changed(uow, row, "complaint.outcome", after={"outcome": outcome})
            return self._info(uow.session, row)

    def answer(self, actor: Actor, complaint_id: str, text: str,
               satisfied: bool) -> ComplaintInfo:
        """The answer given at this level of seed 002 D4 (officer, Kasi, Kabid) and whether
        the public accepted it; the step's decision must agree."""
        if not text.strip():
            raise ValidationError.missing("jawaban")
        with self._cases.changing(actor, Permission.COMPLAINTS_HANDLE) as uow:
            row = self._row(uow.session, actor, complaint_id)
            case = uow.session.get(Case, row.case_id)
            step = case.step_id if case.step_id in ANSWER_STEPS else ANSWER_STEPS[0]
            self._at(uow, complaint_id, rules.ESCALATION, step)
            answers = json.loads(row.answers or "[]")
            answers.append({"step": step, "by": actor.username, "text": text.strip(),
                            "satisfied": satisfied, "at": self._ctx.clock().isoformat()})
            row.answers = json.dumps(answers, ensure_ascii=False)
            self._cases.record_in(uow, case, "answer",
                                  ("diterima" if satisfied else "belum puas") +
                                  f": {text.strip()[:300]}")
            self._changed(uow, row, "complaint.answered_at_level",
                          after={"step": step, "satisfied": satisfied})
            return self._info(uow.session, row)

    def draft_reply(self, actor: Actor, complaint_id: str, text: str) -> ComplaintInfo:
        """The reply letter to the reporter, copied to the Kanwil: drafted at seed 001's
        `buat_laporan` (then initialled by the Kasi and signed by the Kakanim in the approvals
        inbox) or, for D4, at `teruskan_masyarakat` once the answer is final. It names the
        Kakanim on duty as signer and the Kasi who initialled, when one has."""
        if not text.strip():
            raise ValidationError.missing("isi jawaban")
        with self._cases.changing(actor, Permission.COMPLAINTS_HANDLE) as uow:
            row = self._row(uow.session, actor, complaint_id)
            case = uow.session.get(Case, row.case_id)
            step_id = REPLY_STEPS.get(case.sop_code)
            if step_id is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Laporan jenis ini tidak dijawab dengan surat "
                                                "jawaban pengaduan."),
                    detail=f"no reply letter in {case.sop_code}")
            self._cases.at_step(uow, case, step_id)
            head = self._head(uow.session, actor)
            if row.reply_id:
                self._void(uow, row.reply_id, "diganti konsep surat jawaban baru")
            document = issue(uow, "surat_jawaban_pengaduan", {
                "reporter_name": row.reporter_name or "Pelapor",
                "reporter_address": row.reporter_address[:250],
                "complaint_number": case.number,
                "complaint_date": row.received_at.astimezone(self._ctx.config.timezone).date(),
                "channel": rules.CHANNELS[row.channel],
                "subject": _clean(row.description)[:200],
                "answer": text.strip(),
                "outcome": rules.OUTCOMES.get(row.outcome, ""),
                "copy_to": [KANWIL],
                "paraf_name": self._approver(uow.session, case, Role.SECTION_HEAD),
                "head_name": head.full_name, "head_nip": head.nip},
                subject_type=SUBJECT, subject_id=row.id)
            row.reply_id, row.reply_number, row.reply_text = (
                document.id, document.number, text.strip())
            self._cases.record_in(uow, case, "document",
                                  f"Surat jawaban pengaduan {document.number}")
            self._changed(uow, row, "complaint.reply_drafted", after={"reply": document.number})
            return self._info(uow.session, row)

    def record_answered(self, actor: Actor, complaint_id: str, via: str,
                        kanwil_reference: str = "") -> ComplaintInfo:
        """The answer has reached the reporter (by `via`, a channel) and, for seed 001, the
        Kanwil has the report (step 9)."""
        if via not in rules.CHANNELS:
            raise _invalid_choice("saluran jawaban", via)
        with self._cases.changing(actor, Permission.COMPLAINTS_HANDLE) as uow:
            row = self._row(uow.session, actor, complaint_id)
            case = uow.session.get(Case, row.case_id)
            step_id = ANSWERED_STEPS.get(case.sop_code)
            if step_id is None:
                raise ValidationError(detail=f"no answer step in {case.sop_code}")
            self._cases.at_step(uow, case, step_id)
            if case.sop_code == rules.PENGADUAN and not kanwil_reference.strip():
                raise ValidationError.missing("nomor surat laporan ke Kantor Wilayah")
            if case.sop_code == rules.PENGADUAN and not row.reply_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Surat jawaban pengaduan belum dibuat."),
                    detail="answered without a reply letter")
            row.answered_at, row.answered_via = self._ctx.clock(), via
            row.kanwil_reference = _clean(kanwil_reference)
            self._cases.record_in(uow, case, "answered",
                                  f"jawaban disampaikan melalui {rules.CHANNELS[via]}" +
                                  (f"; laporan ke Kanwil {row.kanwil_reference}"
                                   if row.kanwil_reference else ""))
            self._changed(uow, row, "complaint.answered",
                          after={"via": via, "kanwil": row.kanwil_reference})
            return self._info(uow.session, row)

    # -- the duty roster ----------------------------------------------------------------------

    def assign_duty(self, actor: Actor, day: date, role: Role | str, username: str,
                    note: str = "") -> DutyInfo:
        """Put an officer holding `role` on duty on `day` (seed 000's team: CS, Inteldakim,
        Kasi, Kakanim)."""
        role = Role(role)
        if role not in DUTY_ROLES:
            raise _invalid_choice("peran piket", role.value)
        name = username.strip().lower()
        with self._ctx.change(actor, Permission.COMPLAINTS_HANDLE) as uow:
            user = uow.session.scalar(select(User).where(User.username == name))
            if (user is None or user.disabled or user.office_code != actor.office_code
                    or role.value not in user.role_codes):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Petugas {username} tidak ditemukan di kantor "
                                                "ini atau tidak memegang peran {role}."),
                    detail=f"no {role.value} {name!r}", username=name, role=role.value)
            row = uow.session.scalar(select(DutyAssignment).where(
                DutyAssignment.office_code == actor.office_code, DutyAssignment.day == day,
                DutyAssignment.role == role.value, DutyAssignment.username == name))
            if row is None:
                row = DutyAssignment(office_code=actor.office_code, day=day, role=role.value,
                                     username=name, assigned_by=actor.username,
                                     assigned_at=self._ctx.clock())
                uow.session.add(row)
            row.removed_at, row.note = None, _clean(note)[:200]
            uow.session.flush()
            uow.audit("duty.assigned", ROSTER_KIND, row.id,
                      after={"day": day.isoformat(), "role": role.value, "user": name})
            uow.share(ROSTER_KIND, row)
            return DutyInfo(row.id, row.day, row.role, row.username, user.full_name, row.note)

    def remove_duty(self, actor: Actor, assignment_id: str) -> None:
        with self._ctx.change(actor, Permission.COMPLAINTS_HANDLE) as uow:
            row = uow.session.get(DutyAssignment, assignment_id)
            if row is None or row.office_code != actor.office_code:
                raise NotFoundError(QT_TRANSLATE_NOOP("gapura", "Jadwal piket tidak ditemukan."),
                                    detail=f"no duty {assignment_id}")
            row.removed_at = self._ctx.clock()
            uow.audit("duty.removed", ROSTER_KIND, row.id,
                      after={"day": row.day.isoformat(), "user": row.username})
            uow.share(ROSTER_KIND, row)

    def roster(self, actor: Actor, since: date, until: date) -> list[DutyInfo]:
        """Who is on duty from `since` to `until` (inclusive), by day and role."""
        with self._ctx.query(actor, Permission.COMPLAINTS_HANDLE) as session:
            rows = session.execute(
                select(DutyAssignment, User.full_name)
                .join(User, User.username == DutyAssignment.username)
                .where(DutyAssignment.office_code == actor.office_code,
                       DutyAssignment.day >= since, DutyAssignment.day <= until,
                       DutyAssignment.removed_at.is_(None))
                .order_by(DutyAssignment.day, DutyAssignment.role,
                          DutyAssignment.username)).all()
            return [DutyInfo(r.id, r.day, r.role, r.username, name, r.note) for r, name in rows]

    def on_duty(self, actor: Actor, day: date, role: Role | str) -> list[DutyInfo]:
        return [d for d in self.roster(actor, day, day) if d.role == str(role)]

    def _duty_names(self, session: Session, actor: Actor, role: Role) -> list[str]:
        return list(session.scalars(
            select(User.full_name).join(DutyAssignment,
                                        DutyAssignment.username == User.username)
            .where(DutyAssignment.office_code == actor.office_code,
                   DutyAssignment.day == self._today(), DutyAssignment.role == role.value,
                   DutyAssignment.removed_at.is_(None))
            .order_by(User.username)))

    # -- the case module ----------------------------------------------------------------------

    def facts(self, session: Session, case: Case) -> frozenset[str] | None:
        row = session.scalar(select(Complaint).where(Complaint.case_id == case.id))
        if row is None:
            return None
        facts: set[str] = set()
        # A follow-up by BAP is recorded once its BAP is (seed 000 step 7).
        follow_up = row.follow_up and (row.follow_up != "bap" or row.bap_number)
        for fact, present in (("incident_report", row.incident_report_id),
                              ("order", row.order_id), ("findings", row.findings),
                              ("follow_up", follow_up), ("bap", row.bap_number),
                              ("plan", row.plan_id),
                              ("outcome", row.outcome), ("reply", row.reply_id),
                              ("answered", row.answered_at)):
            if present:
                facts.add(fact)
        if row.founded is not None:
            facts.add("assessment")
        reports = json.loads(row.activity_reports or "{}")
        if case.step_id in reports or (
                (case.sop_code, case.step_id) == INQUIRY_REPORT_STEP
                and any(key in reports for key in INQUIRY_REPORTS)):
            facts.add("activity_report")  # C5: a Laporan Kegiatan and/or a Laporan Informasi
        answers = json.loads(row.answers or "[]")
        if answers and answers[-1]["step"] == case.step_id:
            facts.add("answer")
        return frozenset(facts)

    def required_answer(self, session: Session, case: Case, step: Step) -> str | None:
        """The decision each step's record dictates: a violation found is handed on (seed 000
        step 7), a founded complaint examined (seed 001), an unsatisfied public escalated."""
        row = session.scalar(select(Complaint).where(Complaint.case_id == case.id))
        if row is None or step.decision is None:
            return None
        if (case.sop_code, step.id) == FOLLOW_UP_STEP and row.follow_up:
            return "tidak" if row.follow_up == "tidak_ada" else "ya"
        if (case.sop_code, step.id) == ASSESS_STEP and row.founded is not None:
            return "benar" if row.founded else "tidak_benar"
        answers = json.loads(row.answers or "[]")
        if case.sop_code == rules.ESCALATION and answers and answers[-1]["step"] == step.id:
            return "ya" if answers[-1]["satisfied"] else "tidak"
        return None

    def closed(self, uow: UnitOfWork, case: Case, note: str) -> None:
        """A refused Surat Perintah or reply letter is voided with its case."""
        row = uow.session.scalar(select(Complaint).where(Complaint.case_id == case.id))
        if row is None:
            return
        if case.outcome in ("end:ditolak", "end:dibatalkan"):
            for document_id in (row.order_id, row.reply_id):
                if document_id:
                    self._void(uow, document_id, f"perkara {case.number} ditutup: {note}"[:200])
        self._changed(uow, row, "complaint.closed", after={"outcome": case.outcome})

    # -- reading -------------------------------------------------------------------------------

    def get(self, actor: Actor, complaint_id: str) -> ComplaintInfo:
        with self._ctx.query(actor, Permission.COMPLAINTS_HANDLE) as session:
            return self._info(session, self._row(session, actor, complaint_id))

    def by_case(self, actor: Actor, case_id: str) -> ComplaintInfo:
        with self._ctx.query(actor, Permission.COMPLAINTS_HANDLE) as session:
            row = session.scalar(select(Complaint).where(Complaint.case_id == case_id))
            if row is None or row.office_code != actor.office_code:
                raise _not_found(case_id)
            return self._info(session, row)

    def search(self, actor: Actor, *, text: str = "", active_only: bool = False,
             limit: int = 300) -> list[ComplaintInfo]:
        """The office's complaints and reports, newest first; `text` matches the number, the
        reporter, the subject, the location or the description."""
        query = (select(Complaint).join(Case, Case.id == Complaint.case_id)
                 .where(Complaint.office_code == actor.office_code))
        words = _clean(text)
        if words:
            like = f"%{words}%"
            query = query.where(Case.number.ilike(like) | Complaint.reporter_name.ilike(like)
                                | Complaint.subject_name.ilike(like)
                                | Complaint.location.ilike(like)
                                | Complaint.description.ilike(like))
        if active_only:
            query = query.where(Case.status.in_(ACTIVE))
        with self._ctx.query(actor, Permission.COMPLAINTS_HANDLE) as session:
            rows = session.scalars(query.order_by(Complaint.received_at.desc())
                                   .limit(limit)).all()
            return [self._info(session, row) for row in rows]

    def documents(self, actor: Actor, complaint_id: str) -> list[tuple[str, str, str]]:
        """The papers issued for a report: (document id, template, number), oldest first."""
        with self._ctx.query(actor, Permission.COMPLAINTS_HANDLE) as session:
            row = self._row(session, actor, complaint_id)
            return [tuple(r) for r in session.execute(  # type: ignore[misc]
                select(IssuedDocument.id, IssuedDocument.template, IssuedDocument.number)
                .where(IssuedDocument.subject_type == SUBJECT,
                       IssuedDocument.subject_id == row.id,
                       IssuedDocument.voided_at.is_(None))
                .order_by(IssuedDocument.issued_at, IssuedDocument.number))]

    def paper(self, actor: Actor, complaint_id: str, document_id: str) -> DocumentInfo:
        """One paper of a report (to preview or save; the print station prints it)."""
        from app.services.documents import _info as document_info

        with self._ctx.query(actor, Permission.COMPLAINTS_HANDLE) as session:
            row = self._row(session, actor, complaint_id)
            doc = session.get(IssuedDocument, document_id)
            if doc is None or doc.subject_type != SUBJECT or doc.subject_id != row.id:
                raise NotFoundError(QT_TRANSLATE_NOOP("gapura", "Dokumen tidak ditemukan."),
                                    detail=f"no paper {document_id} of complaint {row.id}")
            return document_info(doc)

    # -- inventory and evaluation (seed 000 items 7-9, seed 001 step 10) ----------------------

    def register(self, actor: Actor, since: date, until: date) -> RegisterData:
        """Every complaint and report received from `since` to `until` (office dates,
        inclusive) with its status and the time each finished step took, and the evaluation."""
        permission = (Permission.COMPLAINTS_HANDLE if actor.can(Permission.COMPLAINTS_HANDLE)
                      else Permission.REPORTS_VIEW)
        zone = self._ctx.config.timezone
        start = datetime.combine(since, time.min, zone)
        end = datetime.combine(until + timedelta(days=1), time.min, zone)
        with self._ctx.query(actor, permission) as session:
            found = session.execute(
                select(Complaint, Case).join(Case, Case.id == Complaint.case_id)
                .where(Complaint.office_code == actor.office_code,
                       Complaint.received_at >= start, Complaint.received_at < end)
                .order_by(Complaint.received_at)).all()
            events: dict[str, list[rules.StepEvent]] = {}
            for case_id, *values in session.execute(
                    select(CaseEvent.case_id, CaseEvent.at, CaseEvent.step_id, CaseEvent.action,
                           CaseEvent.step_started_at, CaseEvent.due_at)
                    .where(CaseEvent.case_id.in_([case.id for _row, case in found]))
                    .order_by(CaseEvent.case_id, CaseEvent.seq)):
                events.setdefault(case_id, []).append(rules.StepEvent(*values))
        entries, reports, times = [], [], {}
        for row, case in found:
            sop = self._cases.sop(case.sop_code)
            approving = frozenset(s.id for s in sop.steps if s.approval is not None)
            finished = rules.step_times(events.get(case.id, []), approving)
            times[row.id] = finished
            status = self._status(case)
            reports.append({"key": row.id, "sop_code": case.sop_code, "status": status,
                            "channel": rules.CHANNELS[row.channel],
                            "kind": rules.KIND_SHORT[row.kind], "lada_tunggu": row.lada_tunggu,
                            "anonymous": row.anonymous})
            # One short line a step (its id reads as the SOP's words): a register of a busy
            # month stays a few dozen pages (benchmarks.complaints).
            lines = [f"{t.step_id.replace('_', ' ')}: {_duration(t.minutes)}/"
                     f"{sop.step(t.step_id).time_text}" + (" TERLAMBAT" if t.late else "")
                     for t in finished]
            entries.append({
                "received_at": row.received_at, "number": case.number,
                "channel": rules.CHANNELS[row.channel], "kind": rules.KIND_SHORT[row.kind],
                "reporter": ANONYMOUS if row.anonymous else row.reporter_name,
                "subject": _short(_summary(row), 100), "lada_tunggu": row.lada_tunggu,
                "status": status, "steps": "\n".join(lines)[:3000],
                "late_steps": sum(t.late for t in finished), "outcome": self._result(row, case)})
        evaluation = rules.evaluate(reports, times)
        compliance = []
        for item in evaluation.steps:
            step = self._cases.sop(item.sop_code).step(item.step_id)
            compliance.append({"sop": item.sop_code, "step": step.title[:300],
                               "standard": step.time_text, "finished": item.finished,
                               "late": item.late})
        return RegisterData(since, until, tuple(entries), tuple(compliance), evaluation)

    def summary(self, actor: Actor, since: date, until: date) -> rules.Evaluation:
        """For the Laporan screen: counts by status, channel and kind, and SLA compliance per
        step, of the complaints received from `since` to `until`."""
        return self.register(actor, since, until).evaluation

    def print_register(self, actor: Actor, since: date, until: date,
                       evaluation_note: str = "") -> DocumentInfo:
        """The Register Pengaduan Masyarakat of the period, signed by the officer who makes
        it (the Ketua Tim signs on paper as `Mengetahui`)."""
        if until < since:
            raise ValidationError(QT_TRANSLATE_NOOP("gapura", "Tanggal akhir sebelum tanggal "
                                                              "awal."), detail="period reversed")
        data = self.register(actor, since, until)
        with self._ctx.change(actor, Permission.COMPLAINTS_HANDLE) as uow:
            return issue(uow, "register_pengaduan", {
                "day": since, "until": until, "entries": list(data.entries),
                "compliance": list(data.compliance), "evaluation": evaluation_note.strip(),
                **actor_signer(uow, "preparer", "Anggota Satuan Tugas Pengaduan")},
                subject_type="register", subject_id=f"pengaduan:{since}:{until}")

    # -- helpers -------------------------------------------------------------------------------

    @staticmethod
    def _status(case: Case) -> str:
        if case.status == "closed" and case.outcome in OUTCOME_TITLES:
            return OUTCOME_TITLES[case.outcome]
        return STATUS_TITLES.get(case.status, case.status)

    @staticmethod
    def _result(row: Complaint, case: Case) -> str:
        if row.follow_up:
            return rules.FOLLOW_UPS[row.follow_up]
        if row.outcome:
            return rules.OUTCOMES[row.outcome]
        if row.duplicate_of:
            return "Duplikat"
        return ""

    def _at(self, uow: UnitOfWork, complaint_id: str, sop_code: str,
            step_id: str) -> tuple[Complaint, Case]:
        row = self._row(uow.session, uow.actor, complaint_id)
        case = uow.session.get(Case, row.case_id)
        if case.sop_code != sop_code:
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Tindakan ini bukan bagian dari SOP laporan "
                                            "{number}."),
                detail=f"{case.number} follows {case.sop_code}, not {sop_code}",
                number=case.number)
        self._cases.at_step(uow, case, step_id)
        return row, case

    @staticmethod
    def _evidence(session: Session, case: Case) -> list[str]:
        from app.store.case_models import CaseAttachment

        return [name[:200] for name in session.scalars(
            select(CaseAttachment.name).where(CaseAttachment.case_id == case.id)
            .order_by(CaseAttachment.added_at))][:20]

    def _officer(self, session: Session, actor: Actor, username: str) -> User:
        user = session.scalar(select(User).where(User.username == username))
        if (user is None or user.disabled or user.office_code != actor.office_code
                or Role.INTEL_OFFICER.value not in user.role_codes or not user.nip):
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Petugas {username} bukan petugas Inteldakim "
                                            "kantor ini yang memiliki NIP."),
                detail=f"officer {username!r} unusable", username=username)
        return user

    def _head(self, session: Session, actor: Actor) -> User:
        """Who signs for the office today: the Kakanim on the duty roster, else the office's
        Kakanim."""
        on_duty = session.scalars(select(User).join(
            DutyAssignment, DutyAssignment.username == User.username).where(
            DutyAssignment.office_code == actor.office_code,
            DutyAssignment.day == self._today(),
            DutyAssignment.role == Role.OFFICE_HEAD.value,
            DutyAssignment.removed_at.is_(None)).order_by(User.username)).all()
        heads = on_duty or [u for u in session.scalars(select(User).where(
            User.office_code == actor.office_code, User.disabled.is_(False))
            .order_by(User.username)) if Role.OFFICE_HEAD.value in u.role_codes]
        for user in heads:
            if user.nip:
                return user
        raise ValidationError(
            QT_TRANSLATE_NOOP("gapura", "Tidak ada akun Kepala Kantor dengan NIP di kantor ini "
                                        "untuk menandatangani. Minta Admin TIK melengkapinya."),
            detail=f"no office head with a NIP in {actor.office_code}")

    @staticmethod
    def _approver(session: Session, case: Case, role: Role) -> str:
        """The full name of the last officer holding `role` who did or approved a step of
        `case` (the Kasi Tikkim who handled it gives the paraf), or ""."""
        for username in session.scalars(select(CaseEvent.username).where(
                CaseEvent.case_id == case.id, CaseEvent.action.in_(("done", "approved")))
                .order_by(CaseEvent.seq.desc())):
            user = session.scalar(select(User).where(User.username == username))
            if user is not None and role.value in user.role_codes:
                return user.full_name
        return ""

    def _void(self, uow: UnitOfWork, document_id: str, reason: str) -> None:
        """Void a superseded draft (a redrafted Surat Perintah, a refused reply) as the print
        queue does: it can no longer be printed and verification reports it voided."""
        doc = uow.session.get(IssuedDocument, document_id)
        if doc is None or doc.voided_at is not None:
            return
        doc.voided_at, doc.voided_by, doc.void_reason = (
            self._ctx.clock(), uow.actor.username, reason)
        for job in uow.session.scalars(select(PrintQueueEntry).where(
                PrintQueueEntry.document_id == doc.id,
                PrintQueueEntry.status.in_(("queued", "failed")))):
            job.status = "voided"
            uow.share("print_job", job, document=doc)
        uow.audit("document.voided", "document", doc.id,
                  after={"number": doc.number, "reason": reason})
        uow.outbox("document", doc.id, "void", {"number": doc.number})

    @staticmethod
    def _changed(uow: UnitOfWork, row: Complaint, action: str, *,
                 after: dict[str, Any]) -> None:
        uow.audit(action, SUBJECT, row.id, after=after)
        uow.share(SHARED_KIND, row)

    def _row(self, session: Session, actor: Actor, complaint_id: str) -> Complaint:
        row = session.get(Complaint, complaint_id)
        if row is None or row.office_code != actor.office_code:
            raise _not_found(complaint_id)
        return row

    def _info(self, session: Session, row: Complaint) -> ComplaintInfo:
        case = session.get(Case, row.case_id)
        sop = self._cases.sop(case.sop_code)
        step = sop.step(case.step_id) if case.step_id else None
        return ComplaintInfo(
            row.id, case.id, case.number, row.kind, row.channel, case.sop_code, row.lada_tunggu,
            case.status, case.step_id, step.title if step else "", case.step_role,
            case.assignee, case.due_at,
            case.due_at is not None and is_overdue(self._ctx.clock(), case.due_at),
            case.outcome, row.received_at, row.received_by, row.anonymous,
            ANONYMOUS if row.anonymous else row.reporter_name, row.reporter_phone,
            row.subject_kind, row.subject_name, row.location, row.description,
            tuple(json.loads(row.duplicates or "[]")), row.duplicate_of,
            row.incident_report_number, row.order_number, row.findings, row.violation,
            json.loads(row.activity_reports or "{}"), row.follow_up, row.founded,
            row.bap_number, row.outcome, tuple(json.loads(row.answers or "[]")),
            row.reply_number, row.reply_id, row.answered_at, row.answered_via,
            row.plan_number, json.loads(row.plan) if row.plan else None)


def _examinee_data(examinee: Examinee) -> dict[str, Any]:
    """The `bap` template's fields of who is examined."""
    return {"examinee_name": examinee.name, "examinee_birth_place": examinee.birth_place,
            "examinee_birth_date": examinee.birth_date, "examinee_sex": examinee.sex,
            "examinee_nationality": examinee.nationality,
            "examinee_occupation": examinee.occupation, "examinee_address": examinee.address,
            "examinee_id_kind": examinee.id_kind, "examinee_id_number": examinee.id_number}


def _officer_row(user: User) -> dict[str, str]:
    """An intelligence officer as an order or report names him."""
    return {"name": user.full_name, "nip": user.nip, "rank": "", "position": "Petugas Inteldakim"}


def _text_of(source: ComplaintIntake | Complaint) -> rules.ReportText:
    return rules.ReportText(source.reporter_phone, source.subject_name, source.location,
                            source.description)


def _summary(row: Any) -> str:
    """A report in one line (a Complaint, or a row with its subject and description)."""
    subject = rules.SUBJECT_KINDS.get(row.subject_kind, row.subject_kind)
    who = f"{subject} {row.subject_name}".strip()
    where = f" di {row.location}" if row.location else ""
    return f"{who}{where}: {_clean(row.description)[:200]}"


def _short(text: str, limit: int) -> str:
    """`text` cut at a word before `limit` characters, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    return text[:limit - 1].rsplit(" ", 1)[0] + "…"


def _duration(minutes: int) -> str:
    """`8 mnt`, `3 jam 5 mnt`, `2 hari 4 jam`: how long a step took, as the register says it."""
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days} hari {hours} jam"
    if hours:
        return f"{hours} jam {mins} mnt"
    return f"{mins} mnt"


def _not_found(key: str) -> NotFoundError:
    return NotFoundError(QT_TRANSLATE_NOOP("gapura", "Pengaduan tidak ditemukan."),
                         detail=f"no complaint {key}")


def _answered(questions: Sequence[tuple[str, str]]) -> list[dict[str, str]]:
    """A BAP's questions with their answers, those left empty dropped; one at least."""
    qa = [{"question": _clean(q), "answer": a.strip()} for q, a in questions
          if q.strip() and a.strip()]
    if not qa:
        raise ValidationError.missing("pertanyaan dan jawaban pemeriksaan")
    return qa


def _file_report(row: Complaint, key: str, number: str) -> None:
    """Keep a report's number under `key` in the complaint's activity reports (JSON)."""
    reports = json.loads(row.activity_reports or "{}")
    reports[key] = number
    row.activity_reports = json.dumps(reports)
