"""Pengaduan masyarakat and Lada Tunggu (issue 11): channels, kinds, routing and duplicates.

Seed 001 (Pengaduan Masyarakat, Tarakan) names the channels a complaint arrives by; seed 000
(Layanan Darurat Sabtu Minggu, "Lada Tunggu") the weekend and holiday reports of a foreigner's
presence or activity; seed 002 D4 the answer that climbs officer → Kasi → Kabid → Kakanim while
the public is not satisfied, and C5 the intelligence inquiry a weekday report of a foreigner
becomes. Which SOP a report follows is decided here (`sop_for`); whether an open case is the
same matter reported again is scored here (`possible_duplicates`); how long each step of a
case took, for the monthly register and its evaluation, is measured here (`step_times`).
Plain Python: no Qt, no SQLAlchemy.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from app.domain.sla import WorkCalendar
from app.i18n import QT_TRANSLATE_NOOP

# Seed 001 step 1: SMS, telepon, WhatsApp, Twitter/Facebook, website, email, aplikasi LAPOR!,
# SIPENSIKIM, or the officer in person (customer care); seed 000 adds the letter (surat).
CHANNELS: Mapping[str, str] = {
    "langsung": QT_TRANSLATE_NOOP("gapura", "Datang langsung (layanan informasi)"),
    "telepon": QT_TRANSLATE_NOOP("gapura", "Telepon"),
    "sms": QT_TRANSLATE_NOOP("gapura", "SMS"),
    "whatsapp": QT_TRANSLATE_NOOP("gapura", "WhatsApp"),
    "media_sosial": QT_TRANSLATE_NOOP("gapura", "Media sosial (Twitter/X, Facebook, Instagram)"),
    "website": QT_TRANSLATE_NOOP("gapura", "Laman (website) kantor"),
    "email": QT_TRANSLATE_NOOP("gapura", "Surat elektronik (email)"),
    "lapor": QT_TRANSLATE_NOOP("gapura", "Aplikasi LAPOR!"),
    "sipensikim": QT_TRANSLATE_NOOP("gapura", "Aplikasi SIPENSIKIM"),
    "surat": QT_TRANSLATE_NOOP("gapura", "Surat"),
}
# What is reported: a foreigner's presence or activity (seed 000; C5 on a working day), a
# complaint about a service or an officer (seed 001), a question or grievance answered at the
# desk and escalated while the public is not satisfied (seed 002 D4).
KINDS: Mapping[str, str] = {
    "laporan_orang_asing": QT_TRANSLATE_NOOP("gapura", "Laporan keberadaan/kegiatan orang asing"),
    "pengaduan_layanan": QT_TRANSLATE_NOOP("gapura", "Pengaduan atas layanan atau petugas"),
    "keluhan": QT_TRANSLATE_NOOP("gapura", "Keluhan/pertanyaan (dijawab petugas, naik "
                                           "berjenjang bila tidak puas)"),
}
# The same, as a register's narrow column names them.
KIND_SHORT: Mapping[str, str] = {
    "laporan_orang_asing": QT_TRANSLATE_NOOP("gapura", "Laporan orang asing"),
    "pengaduan_layanan": QT_TRANSLATE_NOOP("gapura", "Pengaduan layanan"),
    "keluhan": QT_TRANSLATE_NOOP("gapura", "Keluhan"),
}
SUBJECT_KINDS: Mapping[str, str] = {
    "orang_asing": QT_TRANSLATE_NOOP("gapura", "Orang asing"),
    "layanan": QT_TRANSLATE_NOOP("gapura", "Layanan"),
    "petugas": QT_TRANSLATE_NOOP("gapura", "Petugas"),
}
# Seed 000 step 7: "Laporan Kegiatan / BAP" — a violation goes to the authorities.
FOLLOW_UPS: Mapping[str, str] = {
    "bap": QT_TRANSLATE_NOOP("gapura", "Pemeriksaan (BAP) pelanggaran administratif keimigrasian"),
    "serah_penegak_hukum": QT_TRANSLATE_NOOP("gapura", "Diserahkan kepada pihak berwajib "
                                                       "(dugaan tindak pidana)"),
    "tidak_ada": QT_TRANSLATE_NOOP("gapura", "Tidak ada tindak lanjut (tidak ditemukan "
                                             "pelanggaran)"),
}
# Seed 001 step 5: coaching & mentoring, or punishment; a complaint found untrue has no finding.
OUTCOMES: Mapping[str, str] = {
    "pembinaan": QT_TRANSLATE_NOOP("gapura", "Pembinaan (coaching dan mentoring)"),
    "hukuman_disiplin": QT_TRANSLATE_NOOP("gapura", "Hukuman disiplin (punishment)"),
    "tidak_terbukti": QT_TRANSLATE_NOOP("gapura", "Tidak terbukti"),
}
LADA_TUNGGU, PENGADUAN, ESCALATION, INQUIRY = "LADA-TUNGGU", "PENGADUAN", "D4", "C5"
SOP_CODES = (LADA_TUNGGU, PENGADUAN, ESCALATION, INQUIRY)
DUPLICATE_THRESHOLD = 0.45


def sop_for(kind: str, lada_tunggu: bool) -> str:
    """The SOP a new report follows.

    A foreigner reported on a weekend or holiday goes to the duty team (Lada Tunggu, seed 000);
    on a working day it is an intelligence inquiry (C5). A service complaint follows seed 001,
    a grievance answered at the desk seed 002 D4.

    Raises:
        ValueError: an unknown kind.
    """
    if kind == "laporan_orang_asing":
        return LADA_TUNGGU if lada_tunggu else INQUIRY
    if kind == "pengaduan_layanan":
        return PENGADUAN
    if kind == "keluhan":
        return ESCALATION
    raise ValueError(f"unknown complaint kind {kind!r}")


def is_lada_tunggu(moment: datetime, calendar: WorkCalendar) -> bool:
    """Received on a day the office is closed (a weekend, a holiday, cuti bersama), in the
    office's own time: the Lada Tunggu duty team takes it."""
    return not calendar.is_working_day(moment.astimezone(calendar.zone).date())


# -- duplicates ---------------------------------------------------------------------------------

_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset({"di", "ke", "dan", "yang", "ada", "dari", "jl", "jalan", "no", "rt", "rw",
                   "the", "of", "pak", "bu", "orang", "asing", "dengan", "untuk", "itu", "ini"})


def words(text: str) -> frozenset[str]:
    """The meaningful words of `text`: lower case, accents and punctuation dropped."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return frozenset(w for w in _WORD.findall(plain) if len(w) > 1 and w not in _STOP)


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller set's words found in the other (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _digits(phone: str) -> str:
    digits = "".join(ch for ch in phone if ch.isdigit())
    return digits[-9:]  # 0812..., +62812..., 62812...: the subscriber part


@dataclass(frozen=True)
class ReportText:
    """What the intake form says about a report, as duplicates are compared."""

    reporter_phone: str = ""
    subject_name: str = ""
    location: str = ""
    description: str = ""


@dataclass(frozen=True)
class DuplicateHit:
    key: str  # the open case's complaint id
    score: float  # 0..1
    reasons: tuple[str, ...]  # Indonesian, for the officer


def duplicate_score(new: ReportText, old: ReportText) -> tuple[float, tuple[str, ...]]:
    """How likely `old` is the same matter as `new`, with the reasons; the subject and the
    place weigh most (the same foreigner at the same address, reported by two neighbours)."""
    score = 0.0
    reasons = []
    phone = _digits(new.reporter_phone)
    if len(phone) >= 7 and phone == _digits(old.reporter_phone):
        score += 0.3
        reasons.append(QT_TRANSLATE_NOOP("gapura", "pelapor yang sama"))
    subject = _overlap(words(new.subject_name), words(old.subject_name))
    if subject >= 0.5:
        score += 0.35 * subject
        reasons.append(QT_TRANSLATE_NOOP("gapura", "subjek yang sama"))
    place = _overlap(words(new.location), words(old.location))
    if place >= 0.5:
        score += 0.25 * place
        reasons.append(QT_TRANSLATE_NOOP("gapura", "lokasi yang sama"))
    text = _overlap(words(new.description), words(old.description))
    if text >= 0.4:
        score += 0.2 * text
        reasons.append(QT_TRANSLATE_NOOP("gapura", "uraian yang mirip"))
    return min(score, 1.0), tuple(reasons)


def possible_duplicates(new: ReportText, open_reports: Iterable[tuple[str, ReportText]], *,
                        threshold: float = DUPLICATE_THRESHOLD, limit: int = 5
                        ) -> list[DuplicateHit]:
    """The open reports that may be `new` reported again, the likeliest first."""
    hits = []
    for key, old in open_reports:
        score, reasons = duplicate_score(new, old)
        if score >= threshold:
            hits.append(DuplicateHit(key, round(score, 2), reasons))
    return sorted(hits, key=lambda h: -h.score)[:limit]


# -- time per step (the register's "waktu per tahap") --------------------------------------------

@dataclass(frozen=True)
class StepEvent:
    """One line of a case's history as the register reads it."""

    at: datetime
    step_id: str
    action: str  # done | approved | decided | rejected | ...
    step_started_at: datetime | None
    due_at: datetime | None


@dataclass(frozen=True)
class StepTime:
    step_id: str
    started_at: datetime
    finished_at: datetime
    due_at: datetime | None

    @property
    def minutes(self) -> int:
        return round((self.finished_at - self.started_at).total_seconds() / 60)

    @property
    def late(self) -> bool:
        return self.due_at is not None and self.finished_at > self.due_at


FINISHING = frozenset({"done", "approved", "decided", "rejected"})


def step_times(events: Sequence[StepEvent], approving: frozenset[str] = frozenset()
               ) -> list[StepTime]:
    """Each finished visit of a step, oldest first. A step in `approving` (its output waits for
    a paraf or signature) finishes at the approval, not when it is done."""
    found = []
    for event in events:
        if event.action not in FINISHING or not event.step_id or event.step_started_at is None:
            continue
        if event.action == "done" and event.step_id in approving:
            continue
        found.append(StepTime(event.step_id, event.step_started_at, event.at, event.due_at))
    return found


@dataclass(frozen=True)
class StepCompliance:
    """How one step of one SOP kept its time standard over the register's period."""

    sop_code: str
    step_id: str
    finished: int
    late: int

    @property
    def on_time_percent(self) -> float | None:
        return None if not self.finished else 100.0 * (self.finished - self.late) / self.finished


@dataclass(frozen=True)
class Evaluation:
    """The evaluation summary seed 000 items 7-9 ask for: how many came in, by which channel,
    of which kind, how far they got, and how the time standards were kept."""

    total: int
    by_status: Mapping[str, int]
    by_channel: Mapping[str, int]
    by_kind: Mapping[str, int]
    lada_tunggu: int
    anonymous: int
    late_steps: int
    steps: tuple[StepCompliance, ...] = field(default=())


def evaluate(reports: Sequence[Mapping[str, object]],
             times: Mapping[str, Sequence[StepTime]]) -> Evaluation:
    """`reports`: dicts with key, sop_code, status, channel, kind, lada_tunggu, anonymous;
    `times`: each report's finished steps by its key."""
    per_step: dict[tuple[str, str], list[bool]] = {}
    for report in reports:
        for step in times.get(str(report["key"]), ()):
            per_step.setdefault((str(report["sop_code"]), step.step_id), []).append(step.late)
    steps = tuple(StepCompliance(sop, step, len(lates), sum(lates))
                  for (sop, step), lates in sorted(per_step.items()))
    return Evaluation(
        total=len(reports),
        by_status=dict(Counter(str(r["status"]) for r in reports)),
        by_channel=dict(Counter(str(r["channel"]) for r in reports)),
        by_kind=dict(Counter(str(r["kind"]) for r in reports)),
        lada_tunggu=sum(1 for r in reports if r["lada_tunggu"]),
        anonymous=sum(1 for r in reports if r["anonymous"]),
        late_steps=sum(s.late for s in steps), steps=steps)
