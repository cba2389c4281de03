"""Passport issuance rules (issue 9): the NIK, the fee by passport type and service, the billing's
30-day life, the home-delivery compensation of seed 004, and the duplicate-identity check.

Pure: no Qt, no database. Amounts and limits come from reference data through the caller.

- NIK (Nomor Induk Kependudukan, UU 24/2013 on Adminduk): 16 digits; digits 1–6 the region
  (province, regency, district), 7–12 the birth date as DDMMYY with 40 added to the day for a
  woman, 13–16 a sequence. A NIK that does not carry the applicant's birth date and sex is refused.
- Compensation (seed 004, Kompensasi Antar Paspor): a passport allocated more than 2 working days
  after payment is delivered to the applicant's home at the office's cost and a compensation
  receipt is printed; days the service was down (system outage) or the application was held for
  a field check, recorded on the case, do not count.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from difflib import SequenceMatcher
from enum import StrEnum

from app.domain.sla import WorkCalendar
from app.i18n import QT_TRANSLATE_NOOP

NIK_LENGTH = 16
BILLING_DAYS = 30  # an unpaid billing expires, and the application with it (issue 9 point 5)
COMPENSATION_WORKING_DAYS = 2  # seed 004: allocation later than this after payment
NAME_SIMILARITY = 0.85  # a name this close with the same birth date is a possible duplicate


# The papers an application needs by its reason (Permenkumham 8/2014 on Paspor Biasa, Pasal 4,
# 42 and 46, as the offices list them); the officer ticks each one checked at intake.
KTP = QT_TRANSLATE_NOOP("gapura", "KTP elektronik")
KK = QT_TRANSLATE_NOOP("gapura", "Kartu Keluarga")
CIVIL = QT_TRANSLATE_NOOP("gapura", "Akta kelahiran/akta perkawinan/ijazah/surat baptis")
OLD_PASSPORT = QT_TRANSLATE_NOOP("gapura", "Paspor lama")
POLICE_REPORT = QT_TRANSLATE_NOOP("gapura", "Surat keterangan hilang dari Kepolisian")
DAMAGED_PASSPORT = QT_TRANSLATE_NOOP("gapura", "Paspor yang rusak")
REQUIRED_DOCUMENTS: Mapping[str, tuple[str, ...]] = {
    "baru": (KTP, KK, CIVIL),
    "penggantian_habis": (KTP, OLD_PASSPORT),
    "penggantian_hilang": (KTP, KK, CIVIL, POLICE_REPORT),
    "penggantian_rusak": (KTP, KK, CIVIL, DAMAGED_PASSPORT),
}
DOCUMENTS = (KTP, KK, CIVIL, OLD_PASSPORT, POLICE_REPORT, DAMAGED_PASSPORT)


def missing_documents(reason: str, checked: Iterable[str]) -> tuple[str, ...]:
    """The papers `reason` needs that were not ticked as checked, in their order."""
    have = set(checked)
    return tuple(name for name in REQUIRED_DOCUMENTS[reason] if name not in have)


class PassportType(StrEnum):
    """By pages and chip, with the validity PP 45/2024 prices."""

    BIASA_5 = "biasa_5"  # non-electronic, valid up to 5 years
    BIASA_10 = "biasa_10"
    ELEKTRONIK_5 = "elektronik_5"
    ELEKTRONIK_10 = "elektronik_10"


class Service(StrEnum):
    REGULAR = "reguler"
    PERCEPATAN = "percepatan"  # finished the same day (UP3, seed 002 B10): a surcharge


@dataclass(frozen=True)
class Problem:
    """One reason a datum is refused: a stable rule id and an Indonesian message."""

    rule: str
    message: str  # QT_TRANSLATE_NOOP("gapura", ...) with {fields}
    fields: Mapping[str, object]

    def text(self) -> str:
        return self.message.format(**self.fields)


def _problem(rule: str, message: str, **fields: object) -> Problem:
    return Problem(rule, message, fields)


# -- NIK ------------------------------------------------------------------------------------


def nik_problems(nik: str, birth_date: date, female: bool) -> list[Problem]:
    """What is wrong with `nik` for a person born on `birth_date` of that sex ([] when right)."""
    digits = nik.strip()
    if len(digits) != NIK_LENGTH or not digits.isdigit():
        return [_problem("nik.format", QT_TRANSLATE_NOOP(
            "gapura", "NIK {nik} harus 16 angka."), nik=nik)]
    found = []
    if digits[:2] == "00" or digits[2:4] == "00":
        found.append(_problem("nik.region", QT_TRANSLATE_NOOP(
            "gapura", "NIK {nik}: kode wilayah {region} tidak sah."), nik=nik,
            region=digits[:6]))
    day = int(digits[6:8])
    encoded_female = day > 40
    if encoded_female:
        day -= 40
    month, year = int(digits[8:10]), int(digits[10:12])
    if (day, month, year) != (birth_date.day, birth_date.month, birth_date.year % 100):
        found.append(_problem("nik.birth_date", QT_TRANSLATE_NOOP(
            "gapura", "NIK {nik} memuat tanggal lahir {encoded}, bukan {birth_date} seperti "
                      "pada dokumen."), nik=nik, encoded=digits[6:12],
            birth_date=birth_date.strftime("%d-%m-%Y")))
    elif encoded_female != female:
        found.append(_problem("nik.sex", QT_TRANSLATE_NOOP(
            "gapura", "NIK {nik} adalah NIK perempuan (tanggal lahir ditambah 40), tetapi "
                      "pemohon tercatat laki-laki.") if encoded_female else QT_TRANSLATE_NOOP(
            "gapura", "NIK {nik} adalah NIK laki-laki, tetapi pemohon tercatat perempuan "
                      "(tanggal lahir perempuan ditambah 40)."), nik=nik))
    if digits[12:] == "0000":
        found.append(_problem("nik.sequence", QT_TRANSLATE_NOOP(
            "gapura", "NIK {nik}: nomor urut 0000 tidak sah."), nik=nik))
    return found


# -- fees -----------------------------------------------------------------------------------


def fee_keys(passport_type: PassportType, service: Service) -> tuple[str, ...]:
    """The reference-value keys whose amounts add up to the fee: the passport, and the
    percepatan surcharge when the applicant asks for it."""
    keys = [f"fee.paspor.{passport_type.value}"]
    if service is Service.PERCEPATAN:
        keys.append("fee.paspor.percepatan")
    return tuple(keys)


# -- billing --------------------------------------------------------------------------------


def billing_expires(issued_at: datetime, days: int = BILLING_DAYS) -> datetime:
    """When an unpaid billing (and its application) expires: `days` (reference value
    `paspor.billing_valid_days`, 30) after it was issued."""
    return issued_at + timedelta(days=days)


def billing_expired(issued_at: datetime, now: datetime, days: int = BILLING_DAYS) -> bool:
    return now >= billing_expires(issued_at, days)


# -- compensation ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Compensation:
    due: bool  # the passport goes home at the office's cost, with the compensation receipt
    working_days: int  # counted between payment and allocation (exclusions left out)
    deadline: date  # the last day the allocation was on time
    excluded: tuple[date, ...]  # working days not counted (outage, field check)


def compensation(paid_on: date, allocated_on: date, calendar: WorkCalendar,
                 excluded: Iterable[date] = (), *,
                 limit: int = COMPENSATION_WORKING_DAYS) -> Compensation:
    """Seed 004: allocation more than `limit` (reference value
    `paspor.compensation_working_days`, 2) working days after payment earns home delivery. The
    working days after the day of payment are counted up to the allocation; days of a system
    outage or a field check recorded on the case are not."""
    skipped = {d for d in excluded if calendar.is_working_day(d)}
    counted = 0
    day = paid_on
    deadline = paid_on
    on_time = 0
    while on_time < limit:  # the deadline: the `limit`-th counted working day
        deadline = calendar.next_working_day(deadline)
        if deadline not in skipped:
            on_time += 1
    while day < allocated_on:
        day += timedelta(days=1)
        if calendar.is_working_day(day) and day not in skipped:
            counted += 1
    return Compensation(counted > limit, counted, deadline,
                        tuple(sorted(d for d in skipped if paid_on < d <= allocated_on)))


# -- duplicate identity ---------------------------------------------------------------------


@dataclass(frozen=True)
class Holder:
    """An existing passport holder as the office knows them."""

    nik: str
    full_name: str
    birth_date: date
    passport_number: str = ""


@dataclass(frozen=True)
class DuplicateHit:
    holder: Holder
    similarity: float  # 0..1 of the normalised names


def normalise_name(name: str) -> str:
    """Upper case, accents off, punctuation as spaces, single spaces."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = "".join(c if c.isalnum() else " " for c in text.upper())
    return " ".join(text.split())


def possible_duplicates(nik: str, full_name: str, birth_date: date,
                        holders: Iterable[Holder]) -> list[DuplicateHit]:
    """Holders with the same birth date and a similar name under ANOTHER NIK: one person with
    two identities, which a supervisor must resolve before the passport is issued. Word order
    does not matter ("SITI NURHALIZA" and "NURHALIZA SITI")."""
    wanted = normalise_name(full_name)
    wanted_sorted = " ".join(sorted(wanted.split()))
    hits = []
    for holder in holders:
        if holder.nik == nik or holder.birth_date != birth_date:
            continue
        name = normalise_name(holder.full_name)
        score = max(SequenceMatcher(None, wanted, name).ratio(),
                    SequenceMatcher(None, wanted_sorted, " ".join(sorted(name.split()))).ratio())
        if score >= NAME_SIMILARITY:
            hits.append(DuplicateHit(holder, round(score, 3)))
    return sorted(hits, key=lambda h: -h.similarity)
