"""The border counter: check a traveller, record the crossing, or refer to the supervisor.

SOP seed 002 section A: items 1-2 (arrival checks, priority lane), 3-4 (cekal and Interpol hits
go to the supervisor), 7 (overstay on departure), 11-12 (PMI lanes). The check is a read: it
never writes. Recording a crossing writes the crossing, its stamp label and the audit event in
one transaction, so no crossing is half recorded.

When the reader offers the passport's chip, the check reads it too (issue 14 point 4, decision
0026): passive authentication against the trusted CSCAs and DG1 against the printed MRZ; a
failure refers the traveller with its reason. The chip's result travels with the check into the
crossing's or the referral's record and audit event.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from app.auth.permissions import Actor, Permission, require
from app.domain import counter as rules
from app.domain.bcbp import BoardingPass, flight_code, name_matches_passport, parse_boarding_pass
from app.domain.counter import Direction, Lane, ReferralReason, Verdict
from app.domain.mrz import MrzResult, parse_mrz
from app.domain.overstay import OverstayAssessment, OverstayRules
from app.domain.overstay import assess as assess_overstay
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.base import ServiceContext, UnitOfWork
from app.services.chip import ChipCheck, ChipTrustService, Progress, read_document_chip
from app.services.documents import DocumentInfo, issue
from app.services.reference import ReferenceService
from app.services.screening import ScreeningService
from app.store.counter_models import Crossing, Referral, StayPermit
from app.store.models import new_id
from devices.base import Finger
from devices.registry import DeviceSet

log = logging.getLogger(__name__)

CHECK_VALID_FOR = timedelta(minutes=15)

OUTCOME_FOR = {Direction.ARRIVAL: "admitted", Direction.DEPARTURE: "departed"}
MOVEMENTS = tuple(OUTCOME_FOR.values())  # outcomes in which the traveller actually crossed


@dataclass(frozen=True)
class Scan:
    """What the officer scanned or typed for one traveller."""

    mrz: str
    direction: Direction
    lane: Lane = Lane.REGULAR
    boarding_pass: str = ""
    flight_code: str = ""
    lane_details: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class CheckResult:
    check_id: str
    scan: Scan
    document: MrzResult
    permit: rules.PermitFacts | None
    permit_id: str | None
    last_movement: rules.Movement | None
    hits: tuple[rules.WatchHit, ...]
    boarding_pass: BoardingPass | None
    flight_code: str
    overstay: OverstayAssessment | None
    verdict: Verdict
    checked_at: datetime
    chip: ChipCheck | None = None  # None: no chip on the reader (or a typed MRZ without one)

    @property
    def citizen(self) -> bool:
        return self.document.nationality == rules.INDONESIA

    def snapshot(self) -> dict[str, Any]:
        """What a referral keeps of this check (JSON-able)."""
        return {
            "mrz": list(self.document.lines),
            "document": self.document.to_json_dict(),
            "direction": self.scan.direction.value,
            "lane": self.scan.lane.value,
            "lane_details": dict(self.scan.lane_details),
            "flight_code": self.flight_code,
            "permit_id": self.permit_id,
            "overstay": None if self.overstay is None else {
                "days": self.overstay.days, "charge": self.overstay.charge_rupiah,
                "outcome": self.overstay.outcome.value},
            "findings": [{"code": f.code, "severity": int(f.severity), "text": f.text}
                         for f in self.verdict.findings],
            "hits": [{"list": h.list_name, "score": h.score, "full_name": h.full_name,
                      "reference": h.reference, "reason": h.reason} for h in self.hits],
            "checked_at": self.checked_at.isoformat(),
            "chip": None if self.chip is None else self.chip.audit_data(),
        }


@dataclass(frozen=True)
class CrossingInfo:
    id: str
    direction: Direction
    outcome: str
    decided_at: datetime
    stamp: DocumentInfo | None


@dataclass(frozen=True)
class ReferralInfo:
    id: str
    reason: ReferralReason
    reason_text: str
    status: str
    referred_by: str
    referred_at: datetime
    traveller: dict[str, Any]
    supervisor: str
    resolution: str
    resolution_data: dict[str, Any]

    @property
    def name(self) -> str:
        doc = self.traveller["document"]
        return f"{doc['surname']}, {doc['given_names']}".strip(", ")

    @classmethod
    def of(cls, row: Referral) -> ReferralInfo:
        return cls(row.id, ReferralReason(row.reason), row.reason_text, row.status,
                   row.referred_by, row.referred_at, json.loads(row.traveller), row.supervisor,
                   row.resolution, json.loads(row.resolution_data))


@dataclass(frozen=True)
class Biometrics:
    """What the counter keeps of a capture: quality and a hash, not the images themselves."""

    kind: str  # face | fingerprints
    ok: bool
    quality: int
    sha256: str
    reasons: tuple[str, ...] = ()
    # The face JPEG, to show beside the chip's DG2 photo; never stored with the crossing.
    photo: bytes | None = field(default=None, repr=False, compare=False)


class CounterService:
    def __init__(self, context: ServiceContext, reference: ReferenceService,
                 screening: ScreeningService, devices: DeviceSet, *,
                 chip_trust: ChipTrustService | None = None) -> None:
        self._ctx = context
        self._reference = reference
        self._screening = screening
        self._devices = devices
        self._chip_trust = chip_trust or ChipTrustService(context)

    # -- devices (SOP A1 step 4 and 10) -----------------------------------------------------

    def read_document(self, actor: Actor) -> str:
        """The MRZ lines from the passport reader, joined by newlines.

        Raises:
            DeviceError: reader unplugged, timed out or read poorly (the officer rescans or types).
        """
        require(actor, Permission.COUNTER_CHECK)
        return "\n".join(self._devices.document_reader.read().lines)

    def capture_face(self, actor: Actor) -> Biometrics:
        require(actor, Permission.COUNTER_CHECK)
        photo = self._devices.camera.capture_photo()
        reasons = tuple(photo.quality.get("reasons", ()))
        return Biometrics("face", bool(photo.quality.get("ok")),
                          int(photo.quality.get("sharpness", 0)),
                          hashlib.sha256(photo.jpeg).hexdigest(), reasons, photo.jpeg)

    def capture_fingerprints(self, actor: Actor, min_quality: int = 40) -> Biometrics:
        """Both index fingers (SOP A1 step 10).

        Raises:
            PoorQuality: below `min_quality`; the officer asks the traveller to press again.
        """
        require(actor, Permission.COUNTER_CHECK)
        prints = self._devices.fingerprint.capture([Finger.RIGHT_INDEX, Finger.LEFT_INDEX],
                                                   min_quality)
        digest = hashlib.sha256(b"".join(i.png for i in prints.impressions)).hexdigest()
        return Biometrics("fingerprints", True, prints.lowest_quality, digest)

    def today(self) -> date:
        return self._ctx.clock().astimezone(self._ctx.config.timezone).date()

    def today_count(self, actor: Actor) -> int:
        """Crossings this workstation recorded today (office time), for the counter's header."""
        tz = self._ctx.config.timezone
        start = datetime.combine(self.today(), datetime.min.time(), tz)
        with self._ctx.query(actor, Permission.COUNTER_CHECK) as session:
            return session.execute(select(func.count(Crossing.id)).where(
                Crossing.workstation_id == actor.workstation_id,
                Crossing.decided_at >= start)).scalar_one()

    # -- check ------------------------------------------------------------------------------

    def check(self, actor: Actor, scan: Scan, *, progress: Progress | None = None,
              read_chip: bool = True) -> CheckResult:
        """Everything the officer needs to decide on one traveller (SOP A1 steps 3-8), with the
        passport's chip when the reader offers one.

        Args:
            progress: `progress(done_bytes, total_bytes, file_name)` while the chip is read
                (called in the caller's thread).
            read_chip: False to leave the chip alone (the supervisor's re-check of a referral).

        Raises:
            MrzFormatError: the MRZ is unusable (rescan or type it).
            BoardingPassError: the boarding pass cannot be read (rescan or type the flight).
        """
        require(actor, Permission.COUNTER_CHECK)
        today = self.today()
        document = parse_mrz(scan.mrz, today=today)
        boarding_pass, flight, problem = self._boarding(scan, document)
        chip = self._read_chip(document, progress) if read_chip else None
        with self._ctx.query(actor, Permission.COUNTER_CHECK) as session:
            permit_row = session.execute(
                select(StayPermit).where(StayPermit.document_number == document.document_number,
                                         StayPermit.nationality == document.nationality)
                .order_by(StayPermit.valid_until.desc()).limit(1)).scalar_one_or_none()
            last_row = session.execute(
                select(Crossing).where(Crossing.document_number == document.document_number,
                                       Crossing.issuing_state == document.issuing_state,
                                       Crossing.outcome.in_(MOVEMENTS))
                .order_by(Crossing.decided_at.desc()).limit(1)).scalar_one_or_none()
        permit = _permit_facts(permit_row)
        last = _movement(last_row)
        hits = self._watch_hits(actor, document)
        overstay = self._overstay(document, scan.direction, permit, last, today)
        verdict = rules.assess(
            _document_facts(document), scan.direction, today, permit=permit, last_movement=last,
            hits=hits, overstay=overstay, boarding_pass_problem=problem,
            rules=rules.CounterRules(
                self._reference.integer("entry.min_passport_validity_months", today)),
            chip=chip_facts(chip))
        return CheckResult(new_id(), scan, document, permit,
                           permit_row.id if permit_row else None, last, hits, boarding_pass,
                           flight, overstay, verdict, self._ctx.clock(), chip)

    def _read_chip(self, document: MrzResult, progress: Progress | None) -> ChipCheck | None:
        """Issue 14 point 4: the chip of the passport on the reader, authenticated and compared
        with the printed MRZ; None when the reader offers no chip."""
        return read_document_chip(self._devices.document_reader, self._chip_trust, document,
                                  self._ctx.clock(), progress)

    def _watch_hits(self, actor: Actor, document: MrzResult) -> tuple[rules.WatchHit, ...]:
        """SOP A1 step 5, A3 step 4, A4 step 3: the traveller against cekal and Interpol."""
        from app.domain.screening import Traveller  # numpy: not at start-up

        hits = self._screening.screen(actor, Traveller(
            surname=document.surname, given_names=document.given_names,
            birth_date=document.birth_date, nationality=document.nationality,
            document_number=document.document_number, name_truncated=document.name_truncated))
        return tuple(rules.WatchHit(h.list_name, h.score, h.alert, h.full_name, h.reference,
                                    h.reason) for h in hits)

    def _boarding(self, scan: Scan, document: MrzResult
                  ) -> tuple[BoardingPass | None, str, str | None]:
        if not scan.boarding_pass.strip():
            return None, scan.flight_code.strip().upper(), None
        boarding_pass = parse_boarding_pass(scan.boarding_pass)
        match = name_matches_passport(boarding_pass, document.surname, document.given_names)
        code = flight_code(boarding_pass.legs[0]) if boarding_pass.legs else scan.flight_code
        return boarding_pass, code, None if match.ok else match.reason

    def _overstay(self, document: MrzResult, direction: Direction,
                  permit: rules.PermitFacts | None, last: rules.Movement | None,
                  today: date) -> OverstayAssessment | None:
        """SOP A7 step 2-4: days past the permit (or the visa-free stay when none is known)."""
        if direction is not Direction.DEPARTURE or document.nationality == rules.INDONESIA:
            return None
        if permit is not None:
            last_valid = permit.valid_until
        elif last is not None and last.direction is Direction.ARRIVAL:
            arrival = last.decided_at.astimezone(self._ctx.config.timezone).date()
            last_valid = arrival + timedelta(
                days=self._reference.integer("itk.visa_exemption_days", today) - 1)
        else:
            return None
        return assess_overstay(last_valid, today, self.overstay_rules(today))

    def overstay_rules(self, today: date) -> OverstayRules:
        return OverstayRules(
            daily_charge_rupiah=self._reference.integer("overstay.daily_charge", today),
            deportation_threshold_days=self._reference.integer(
                "overstay.deportation_threshold_days", today))

    # -- decisions --------------------------------------------------------------------------

    def record_crossing(self, actor: Actor, check: CheckResult, *,
                        biometrics: Mapping[str, Any] | None = None,
                        steps: Mapping[str, float] | None = None) -> CrossingInfo:
        """Admit the traveller / allow departure: the crossing and its stamp label together.

        Raises:
            ValidationError: the check calls for a referral, or is too old to act on.
        """
        if not check.verdict.may_pass:
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Penumpang ini harus dirujuk ke supervisor: {why}"),
                detail="record_crossing refused: verdict says refer",
                why=check.verdict.findings[0].text)
        self._fresh(check)
        with self._ctx.change(actor, Permission.COUNTER_CHECK) as uow:
            return record(uow, check, OUTCOME_FOR[check.scan.direction],
                          biometrics=biometrics, steps=steps)

    def refer(self, actor: Actor, check: CheckResult, reason: ReferralReason | None,
              note: str = "") -> ReferralInfo:
        """Send the traveller to the supervisor's queue (SOP A1 step 8, A3 step 5)."""
        reason = reason or check.verdict.referral_reason or ReferralReason.SUSPICION
        if reason is ReferralReason.SUSPICION and not note.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Tulis alasan rujukan untuk supervisor."),
                detail="suspicion referral without a note")
        with self._ctx.change(actor, Permission.COUNTER_CHECK) as uow:
            row = Referral(
                office_code=actor.office_code, workstation_id=actor.workstation_id,
                direction=check.scan.direction.value, lane=check.scan.lane.value,
                reason=reason.value, reason_text=note.strip(),
                traveller=json.dumps(check.snapshot(), ensure_ascii=False),
                referred_by=actor.username, referred_at=self._ctx.clock(), status="open",
                supervisor="", resolution="", resolution_data="{}")
            uow.session.add(row)
            uow.session.flush()
            uow.audit("referral.created", "referral", row.id,
                      after={"reason": reason.value, "note": note.strip(),
                             "document": check.document.document_number,
                             "chip": None if check.chip is None else check.chip.audit_data()})
            uow.share("referral", row)
            return ReferralInfo.of(row)

    def _fresh(self, check: CheckResult) -> None:
        if self._ctx.clock() - check.checked_at > CHECK_VALID_FOR:
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Hasil pemeriksaan sudah terlalu lama. "
                                  "Pindai ulang dokumen penumpang."),
                detail="stale check")


def record(uow: UnitOfWork, check: CheckResult, outcome: str, *,
           biometrics: Mapping[str, Any] | None = None, steps: Mapping[str, float] | None = None,
           referral_id: str | None = None, overstay_days: int = 0,
           with_stamp: bool = True) -> CrossingInfo:
    """Write one crossing (and its stamp label when the traveller passes) inside `uow`."""
    doc = check.document
    now = uow.context.clock()
    chip_data = None if check.chip is None else check.chip.audit_data()
    crossing = Crossing(
        id=new_id(), office_code=uow.actor.office_code, workstation_id=uow.actor.workstation_id,
        officer_user_id=uow.actor.user_id, officer_username=uow.actor.username,
        direction=check.scan.direction.value, lane=check.scan.lane.value, outcome=outcome,
        document_type=doc.document_type, document_number=doc.document_number,
        issuing_state=doc.issuing_state, nationality=doc.nationality, surname=doc.surname,
        given_names=doc.given_names, birth_date=doc.birth_date, sex=doc.sex or "",
        document_expiry=doc.expiry_date, flight_code=check.flight_code,
        permit_id=check.permit_id, overstay_days=overstay_days, referral_id=referral_id,
        details=json.dumps({"lane_details": dict(check.scan.lane_details),
                            "biometrics": dict(biometrics or {}), "steps": dict(steps or {}),
                            "findings": [f.code for f in check.verdict.findings],
                            "chip": chip_data},
                           ensure_ascii=False),
        decided_at=now, stamp_number="")
    uow.session.add(crossing)
    uow.session.flush()
    stamp = None
    if with_stamp:
        stamp = issue(uow, "stamp", _stamp_data(check, uow), subject_type="crossing",
                      subject_id=crossing.id)
        crossing.stamp_number = stamp.number
    uow.audit("crossing.recorded", "crossing", crossing.id,
              after={"direction": crossing.direction, "outcome": outcome, "lane": crossing.lane,
                     "document": doc.document_number, "nationality": doc.nationality,
                     "stamp": crossing.stamp_number, "referral": referral_id,
                     "chip": chip_data})
    uow.outbox("crossing", crossing.id, "create",
               {"direction": crossing.direction, "outcome": outcome,
                "document_number": doc.document_number, "issuing_state": doc.issuing_state})
    return CrossingInfo(crossing.id, check.scan.direction, outcome, now, stamp)


def _stamp_data(check: CheckResult, uow: UnitOfWork) -> dict[str, Any]:
    return {
        "direction": "MASUK" if check.scan.direction is Direction.ARRIVAL else "KELUAR",
        "checkpoint": uow.context.config["office.name"],
        "stamped_at": uow.context.clock(),
        "officer": uow.actor.username,
        "flight": check.flight_code,
        "document_number": check.document.document_number,
    }


def chip_facts(chip: ChipCheck | None) -> rules.ChipFacts | None:
    """What the counter's rules need of a chip read (texts filled in)."""
    if chip is None:
        return None
    return rules.ChipFacts(chip.status.value, chip.access,
                           tuple(c.text for c in chip.failed_checks),
                           tuple(f.label for f in chip.mismatches), chip.problem_text)


def _document_facts(doc: MrzResult) -> rules.DocumentFacts:
    return rules.DocumentFacts(
        mrz_valid=doc.valid, mrz_problems=tuple(issue.text for issue in doc.errors),
        nationality=doc.nationality, issuing_state=doc.issuing_state,
        document_type=doc.document_type, expiry_date=doc.expiry_date, birth_date=doc.birth_date)


def _permit_facts(row: StayPermit | None) -> rules.PermitFacts | None:
    if row is None:
        return None
    return rules.PermitFacts(row.permit_number, row.permit_type, row.index_code, row.valid_from,
                             row.valid_until, row.revoked)


def _movement(row: Crossing | None) -> rules.Movement | None:
    if row is None:
        return None
    return rules.Movement(Direction(row.direction), row.decided_at, row.office_code,
                          row.flight_code)
