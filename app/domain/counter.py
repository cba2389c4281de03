"""The counter's verdict on one traveller, from the SOPs of seed 002 section A.

Pure rules: the service gathers the facts (parsed MRZ, stay permit, last movement, watch-list
hits, overstay) and this module says what the officer must know and whether the traveller may
pass or must be referred to the supervisor (Pejabat Imigrasi yang ditunjuk).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import IntEnum, StrEnum
from typing import Any

from app.domain.money import format_rupiah
from app.domain.overstay import OverstayAssessment, OverstayOutcome
from app.i18n import QT_TRANSLATE_NOOP

INDONESIA = "IDN"


class Direction(StrEnum):
    ARRIVAL = "arrival"
    DEPARTURE = "departure"


class Lane(StrEnum):
    """Counter lanes of the SOPs: regular, priority/disability (A2), PMI (A11, A12), VIP (A10)."""

    REGULAR = "regular"
    PRIORITY = "priority"
    PMI = "pmi"
    VIP = "vip"


# Words filled into findings; marked so the screen shows them in the officer's language.
DIRECTION_WORDS = {Direction.ARRIVAL: QT_TRANSLATE_NOOP("gapura", "kedatangan"),
                   Direction.DEPARTURE: QT_TRANSLATE_NOOP("gapura", "keberangkatan")}
LIST_WORDS = {"pencegahan": QT_TRANSLATE_NOOP("gapura", "pencegahan"),
              "penangkalan": QT_TRANSLATE_NOOP("gapura", "penangkalan")}


class Severity(IntEnum):
    INFO = 0
    WARNING = 1
    REFER = 2


class ReferralReason(StrEnum):
    CEKAL = "cekal"  # SOP A3
    INTERPOL = "interpol"  # SOP A4
    CHIP = "chip"  # issue 14: the ePassport chip failed authentication or differs from the page
    DOCUMENT = "document"  # SOP A1 step 8: invalid or expired travel document or permit
    OVERSTAY = "overstay"  # SOP A7: up to the threshold, pay and go
    OVERSTAY_DEPORTATION = "overstay_deportation"  # beyond: Inteldakim
    BOARDING_PASS = "boarding_pass"
    SUSPICION = "suspicion"  # the officer's own judgement (SOP A1 step 7-8)
    CARRIER = "carrier"  # SOP A9: carrier brought an inadmissible passenger


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    message: str  # Indonesian, marked QT_TRANSLATE_NOOP("gapura", ...), with {fields}
    params: dict[str, Any] = field(default_factory=dict)
    reason: ReferralReason | None = None

    @property
    def text(self) -> str:
        return self.message.format(**self.params)


@dataclass(frozen=True)
class DocumentFacts:
    """What the counter needs from the scanned document."""

    mrz_valid: bool
    mrz_problems: tuple[str, ...]
    nationality: str
    issuing_state: str
    document_type: str
    expiry_date: date | None
    birth_date: date | None


@dataclass(frozen=True)
class PermitFacts:
    permit_number: str
    permit_type: str
    index_code: str
    valid_from: date
    valid_until: date
    revoked: bool


@dataclass(frozen=True)
class Movement:
    direction: Direction
    decided_at: datetime
    office_code: str
    flight_code: str


@dataclass(frozen=True)
class WatchHit:
    list_name: str  # pencegahan | penangkalan | interpol
    score: int
    alert: bool
    full_name: str
    reference: str
    reason: str  # already readable (the screening module's reason, filled in)


@dataclass(frozen=True)
class ChipFacts:
    """What the document's chip said (decision 0026); the counter passes None without a chip.

    `failures` are the readable reasons of the passive-authentication checks that failed;
    `mismatched_fields` the (marked) names of the MRZ fields in which the chip's DG1 differs
    from the printed MRZ; `problem` the readable reason the chip could not be read.
    """

    status: str  # authentic | failed | access_denied | unreadable
    access: str = ""  # PACE | BAC
    failures: tuple[str, ...] = ()
    mismatched_fields: tuple[str, ...] = ()
    problem: str = ""


@dataclass(frozen=True)
class CounterRules:
    min_passport_validity_months: int


@dataclass(frozen=True)
class Verdict:
    findings: tuple[Finding, ...]
    overstay: OverstayAssessment | None

    @property
    def may_pass(self) -> bool:
        return all(f.severity < Severity.REFER for f in self.findings)

    @property
    def referral_reason(self) -> ReferralReason | None:
        """The most serious reason to refer, in the order of `ReferralReason`."""
        order = list(ReferralReason)
        reasons = [f.reason for f in self.findings if f.severity is Severity.REFER and f.reason]
        return min(reasons, key=order.index) if reasons else None


def _add_months(day: date, months: int) -> date:
    """The same day `months` months later (clamped to the month's end)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for candidate in range(day.day, 27, -1):
        try:
            return date(year, month, candidate)
        except ValueError:
            continue
    return date(year, month, min(day.day, 28))


def _document_findings(doc: DocumentFacts, direction: Direction, today: date,
                       rules: CounterRules) -> list[Finding]:
    findings: list[Finding] = []
    if not doc.mrz_valid:
        findings.append(Finding(
            "mrz_invalid", Severity.REFER,
            QT_TRANSLATE_NOOP("gapura", "Data MRZ tidak sah: {problems}. Pindai ulang; bila tetap "
                              "tidak sah, periksa keaslian dokumen."),
            {"problems": "; ".join(doc.mrz_problems)}, ReferralReason.DOCUMENT))
    citizen = doc.nationality == INDONESIA
    if doc.expiry_date is not None and doc.expiry_date < today:
        if citizen and direction is Direction.ARRIVAL:
            # A citizen is never refused entry; the expired DPRI is noted for renewal.
            findings.append(Finding(
                "document_expired_citizen", Severity.WARNING,
                QT_TRANSLATE_NOOP("gapura", "Paspor habis berlaku sejak {expiry}; WNI tetap "
                                  "diizinkan masuk, sarankan penggantian paspor."),
                {"expiry": doc.expiry_date.isoformat()}))
        else:
            findings.append(Finding(
                "document_expired", Severity.REFER,
                QT_TRANSLATE_NOOP("gapura", "Dokumen perjalanan habis berlaku sejak {expiry}."),
                {"expiry": doc.expiry_date.isoformat()}, ReferralReason.DOCUMENT))
    elif (doc.expiry_date is not None and not citizen and direction is Direction.ARRIVAL
          and doc.expiry_date < _add_months(today, rules.min_passport_validity_months)):
        findings.append(Finding(
            "document_validity_short", Severity.REFER,
            QT_TRANSLATE_NOOP("gapura", "Masa berlaku paspor kurang dari {months} bulan "
                              "(habis {expiry}); WNA tidak memenuhi syarat masuk."),
            {"months": rules.min_passport_validity_months,
             "expiry": doc.expiry_date.isoformat()}, ReferralReason.DOCUMENT))
    return findings


def _permit_findings(doc: DocumentFacts, direction: Direction, today: date,
                     permit: PermitFacts | None) -> list[Finding]:
    if doc.nationality == INDONESIA:
        return []
    if permit is None:
        return [Finding("no_permit", Severity.INFO,
                        QT_TRANSLATE_NOOP("gapura", "Tidak ada izin tinggal tercatat; periksa "
                                          "visa atau bebas visa kunjungan."))]
    params = {"type": permit.permit_type, "number": permit.permit_number,
              "until": permit.valid_until.isoformat()}
    if permit.revoked:
        return [Finding("permit_revoked", Severity.REFER,
                        QT_TRANSLATE_NOOP("gapura", "Izin tinggal {type} {number} telah dicabut."),
                        params, ReferralReason.DOCUMENT)]
    if permit.valid_until < today and direction is Direction.ARRIVAL:
        return [Finding("permit_expired", Severity.REFER,
                        QT_TRANSLATE_NOOP("gapura", "Izin tinggal {type} {number} habis berlaku "
                                          "pada {until}."), params, ReferralReason.DOCUMENT)]
    if permit.valid_until < today:
        # On departure an ended permit is not itself a reason to refer: the overstay is (A7).
        return [Finding("permit_ended", Severity.INFO,
                        QT_TRANSLATE_NOOP("gapura", "Izin tinggal {type} {number} berakhir pada "
                                          "{until}."), params)]
    return [Finding("permit_valid", Severity.INFO,
                    QT_TRANSLATE_NOOP("gapura", "Izin tinggal {type} {number} berlaku sampai "
                                      "{until}."), params)]


def _movement_findings(doc: DocumentFacts, direction: Direction,
                       last: Movement | None) -> list[Finding]:
    if last is None:
        if direction is Direction.DEPARTURE and doc.nationality != INDONESIA:
            return [Finding("no_arrival_recorded", Severity.WARNING,
                            QT_TRANSLATE_NOOP("gapura", "Tidak ada catatan kedatangan untuk "
                                              "dokumen ini; tanyakan cara masuk ke Indonesia."))]
        return []
    if last.direction is direction:
        return [Finding("repeated_movement", Severity.WARNING,
                         QT_TRANSLATE_NOOP("gapura", "Perlintasan terakhir juga {direction} "
                                           "({when}, {office}); periksa catatan perlintasan."),
                         {"direction": DIRECTION_WORDS[direction],
                          "when": last.decided_at.date().isoformat(), "office": last.office_code})]
    return []


def _watch_findings(doc: DocumentFacts, direction: Direction,
                    hits: Sequence[WatchHit]) -> list[Finding]:
    findings = []
    for hit in hits:
        if not hit.alert:
            continue
        params = {"list": LIST_WORDS.get(hit.list_name, hit.list_name), "name": hit.full_name,
                  "reference": hit.reference, "score": hit.score, "reason": hit.reason}
        if hit.list_name == "interpol":
            findings.append(Finding(
                "interpol_hit", Severity.REFER,
                QT_TRANSLATE_NOOP("gapura", "HIT Interpol: {name} ({reference}), skor {score}: "
                                  "{reason}. Arahkan ke supervisor."), params,
                ReferralReason.INTERPOL))
            continue
        relevant = ((hit.list_name == "pencegahan" and direction is Direction.DEPARTURE)
                    or (hit.list_name == "penangkalan" and direction is Direction.ARRIVAL
                        and doc.nationality != INDONESIA))
        findings.append(Finding(
            "cekal_hit", Severity.REFER if relevant else Severity.WARNING,
            QT_TRANSLATE_NOOP("gapura", "HIT {list}: {name} ({reference}), skor {score}: "
                              "{reason}."), params, ReferralReason.CEKAL if relevant else None))
    return findings


def _overstay_findings(overstay: OverstayAssessment | None) -> list[Finding]:
    if overstay is None or overstay.outcome is OverstayOutcome.NONE:
        return []
    params = {"days": overstay.days, "charge": format_rupiah(overstay.charge_rupiah)}
    if overstay.outcome is OverstayOutcome.DEPORTATION:
        return [Finding("overstay_deportation", Severity.REFER,
                        QT_TRANSLATE_NOOP("gapura", "Overstay {days} hari: tidak dapat "
                                          "diselesaikan di konter; serahkan ke Inteldakim."),
                        params, ReferralReason.OVERSTAY_DEPORTATION)]
    return [Finding("overstay", Severity.REFER,
                    QT_TRANSLATE_NOOP("gapura", "Overstay {days} hari: biaya beban {charge} "
                                      "harus dibayar sebelum keberangkatan."),
                    params, ReferralReason.OVERSTAY)]


def _chip_findings(chip: ChipFacts | None) -> list[Finding]:
    """Issue 14 point 4: a chip that fails a check, or says other than the page, refers."""
    if chip is None:
        return []
    if chip.status in ("access_denied", "unreadable"):
        # Not itself a sign of fraud (a worn chip, a misread MRZ): the officer checks by hand.
        return [Finding("chip_unread", Severity.WARNING,
                        QT_TRANSLATE_NOOP("gapura", "Chip tidak terbaca: {problem} Bila tetap "
                                          "gagal, periksa fisik paspor secara manual."),
                        {"problem": chip.problem})]
    findings = []
    if chip.status != "authentic":
        findings.append(Finding(
            "chip_not_authentic", Severity.REFER,
            QT_TRANSLATE_NOOP("gapura", "Chip gagal pemeriksaan keaslian: {reasons}"),
            {"reasons": " ".join(chip.failures)}, ReferralReason.CHIP))
    if chip.mismatched_fields:
        findings.append(Finding(
            "chip_mrz_mismatch", Severity.REFER,
            QT_TRANSLATE_NOOP("gapura", "Data chip berbeda dengan MRZ yang tercetak ({fields}). "
                              "Paspor mungkin dipalsukan: rujuk ke supervisor."),
            {"fields": ", ".join(chip.mismatched_fields)}, ReferralReason.CHIP))
    if not findings:
        findings.append(Finding(
            "chip_authentic", Severity.INFO,
            QT_TRANSLATE_NOOP("gapura", "Chip: terbaca dan asli ({access}); data chip sama "
                              "dengan MRZ yang tercetak."), {"access": chip.access}))
    return findings


def assess(doc: DocumentFacts, direction: Direction, today: date, *,
           permit: PermitFacts | None, last_movement: Movement | None,
           hits: Sequence[WatchHit], overstay: OverstayAssessment | None,
           rules: CounterRules, boarding_pass_problem: str | None = None,
           chip: ChipFacts | None = None) -> Verdict:
    """The verdict of SOP A1 steps 3-8 (and A3, A4, A7 on departure) for one traveller."""
    findings = [
        *_document_findings(doc, direction, today, rules),
        *_permit_findings(doc, direction, today, permit),
        *_movement_findings(doc, direction, last_movement),
        *_watch_findings(doc, direction, hits),
        *_overstay_findings(overstay),
        *_chip_findings(chip),
    ]
    if boarding_pass_problem:
        findings.append(Finding(
            "boarding_pass_mismatch", Severity.WARNING,
            QT_TRANSLATE_NOOP("gapura", "Boarding pass tidak sesuai paspor: {problem}. "
                              "Minta boarding pass milik penumpang ini."),
            {"problem": boarding_pass_problem}, ReferralReason.BOARDING_PASS))
    findings.sort(key=lambda f: -f.severity)
    return Verdict(tuple(findings), overstay)
