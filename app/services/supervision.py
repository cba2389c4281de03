"""The supervisor's queue (Pejabat Imigrasi yang ditunjuk): referred travellers and their outcome.

Each resolution follows its SOP of seed 002 section A and produces that SOP's documents in the
same transaction as the decision and its audit event:
- cekal, WNI under pencegahan (A3, A6): departure delayed, passport held, STP in two copies,
  handover to the requesting agency, Laporan Kejadian and Nota Dinas to Kabid TPI;
- refusal of entry (A5, and A3 for WNA under penangkalan): refusal report for the airline, return
  on the first available flight, Laporan Kejadian and Nota Dinas;
- Interpol hit (A4): Berita Acara Serah Terima to the police, Laporan Kejadian, Nota Dinas;
- overstay (A7): billing, payment, then the exit stamp; beyond the threshold: to Inteldakim.
"""

from __future__ import annotations

import json
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from app.auth.permissions import Actor, Permission, Role
from app.domain.counter import Direction, Lane, ReferralReason
from app.domain.money import format_rupiah
from app.domain.overstay import OverstayOutcome
from app.errors import NotFoundError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.base import ServiceContext, UnitOfWork
from app.services.counter import CounterService, CrossingInfo, ReferralInfo, Scan, record
from app.services.documents import DocumentInfo, actor_signer, issue
from app.services.reference import ReferenceService
from app.store.counter_models import CarrierCharge, OverstayPayment, Referral, ReferralNote
from app.store.models import User, UserRole

OPEN = ("open", "in_progress")
SEX = {"M": "Laki-laki", "F": "Perempuan"}
KABID_TPI = "Kepala Bidang Tempat Pemeriksaan Imigrasi"
# How the signing supervisor's position reads on the documents (SOP A: "Pejabat Imigrasi yang
# ditunjuk"); per-user positions come with the user record's position field later.
SUPERVISOR_POSITION = "Pejabat Imigrasi yang ditunjuk (Supervisor TPI)"


@dataclass(frozen=True)
class NoteInfo:
    author: str
    written_at: datetime
    kind: str
    text: str


@dataclass(frozen=True)
class OverstayRecapRow:
    billed_at: datetime
    name: str
    nationality: str
    document_number: str
    days: int
    daily_rate: int
    amount: int
    billing_code: str
    payment_reference: str
    paid: bool


@dataclass(frozen=True)
class OverstayRecap:
    """SOP A7 step 11: the day's overstay charges (Laporan Kegiatan di TPI)."""

    day: date
    rows: tuple[OverstayRecapRow, ...]
    until: date | None = None  # the last day, when the recap covers several

    @property
    def billed(self) -> int:
        return sum(r.amount for r in self.rows)

    @property
    def paid(self) -> int:
        return sum(r.amount for r in self.rows if r.paid)


@dataclass(frozen=True)
class Resolution:
    referral: ReferralInfo
    crossing: CrossingInfo | None = None
    documents: tuple[DocumentInfo, ...] = ()


@dataclass(frozen=True)
class DelayForm:
    """SOP A3/A6: why departure is delayed and to whom the traveller is handed over."""

    requesting_agency: str
    pencegahan_reference: str
    reason: str
    hold_passport: bool = True
    pencegahan_until: date | None = None
    birth_place: str = ""
    address: str = ""
    destination: str = ""


@dataclass(frozen=True)
class RefusalForm:
    """SOP A5: refusal of entry, the airline's duty to fly the passenger back."""

    reason: str
    legal_basis: str
    carrier_name: str
    port_of_embarkation: str
    return_flight: str = ""
    placed_in_detention: bool = True
    carrier_representative: str = ""


@dataclass(frozen=True)
class QuestionAnswer:
    question: str
    answer: str


@dataclass(frozen=True)
class CarrierChargeForm:
    """SOP A9: the carrier's representative examined (BAP) and the case for the charge."""

    carrier_name: str
    responsible_party: str
    representative_name: str
    representative_position: str
    representative_id_number: str
    representative_nationality: str
    representative_birth_place: str
    representative_birth_date: date
    representative_address: str
    interview: tuple[QuestionAnswer, ...]
    carrier_address: str = ""
    representative_id_kind: str = "Paspor"


@dataclass(frozen=True)
class CarrierChargeInfo:
    id: str
    referral_id: str
    carrier_name: str
    passenger: str
    amount: int
    status: str  # drafted | billed | paid
    sk_number: str
    billing_code: str

    @classmethod
    def of(cls, row: CarrierCharge, passenger: str) -> CarrierChargeInfo:
        return cls(row.id, row.referral_id, row.carrier_name, passenger, row.amount, row.status,
                   row.sk_number, row.billing_code)


@dataclass(frozen=True)
class HandoverForm:
    """SOP A4 step 9: the Interpol subject handed to the police with a BAST."""

    receiver_name: str
    receiver_id_number: str
    receiver_position: str
    receiver_agency: str
    receiver_id_kind: str = "NRP"
    items: tuple[str, ...] = field(default_factory=tuple)


def _missing(field_name: str) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP("gapura", "Isian '{field}' wajib diisi."),
                           detail=f"missing {field_name}", field=field_name)


def _require(**values: str) -> None:
    for name, value in values.items():
        if not str(value).strip():
            raise _missing(name)


class SupervisionService:
    def __init__(self, context: ServiceContext, counter: CounterService,
                 reference: ReferenceService) -> None:
        self._ctx = context
        self._counter = counter
        self._reference = reference

    # -- queue ------------------------------------------------------------------------------

    def queue(self, actor: Actor) -> list[ReferralInfo]:
        """Open referrals of the supervisor's office, oldest first."""
        with self._ctx.query(actor, Permission.COUNTER_SUPERVISE) as session:
            rows = session.execute(select(Referral).where(
                Referral.office_code == actor.office_code, Referral.status.in_(OPEN))
                .order_by(Referral.referred_at)).scalars()
            return [ReferralInfo.of(r) for r in rows]

    def notes(self, actor: Actor, referral_id: str) -> list[NoteInfo]:
        with self._ctx.query(actor, Permission.COUNTER_SUPERVISE) as session:
            rows = session.execute(select(ReferralNote).where(
                ReferralNote.referral_id == referral_id).order_by(
                ReferralNote.written_at)).scalars()
            return [NoteInfo(r.author, r.written_at, r.kind, r.text) for r in rows]

    def take(self, actor: Actor, referral_id: str) -> ReferralInfo:
        with self._ctx.change(actor, Permission.COUNTER_SUPERVISE) as uow:
            row = self._open(uow, actor, referral_id)
            row.status, row.supervisor = "in_progress", actor.username
            uow.audit("referral.taken", "referral", row.id, after={"supervisor": actor.username})
            uow.share("referral", row)
            return ReferralInfo.of(row)

    def add_note(self, actor: Actor, referral_id: str, text: str, kind: str = "note") -> None:
        """Interview notes and evidence (SOP A5 step 2)."""
        if not text.strip():
            raise _missing("catatan")
        with self._ctx.change(actor, Permission.COUNTER_SUPERVISE) as uow:
            self._open(uow, actor, referral_id)
            uow.session.add(ReferralNote(referral_id=referral_id, author=actor.username,
                                         written_at=self._ctx.clock(), kind=kind,
                                         text=text.strip()))
            uow.audit("referral.note_added", "referral", referral_id,
                      after={"kind": kind, "text": text.strip()})

    # -- resolutions ------------------------------------------------------------------------

    def allow(self, actor: Actor, referral_id: str, note: str) -> Resolution:
        """The supervisor clears the traveller (e.g. a name-only hit that is not the subject);
        an overstay is cleared only once its charge is paid (SOP A7 steps 5-8)."""
        _require(catatan=note)
        check = self._recheck(actor, referral_id)
        with self._ctx.change(actor, Permission.COUNTER_SUPERVISE) as uow:
            row = self._open(uow, actor, referral_id)
            days = 0
            if row.reason in (ReferralReason.OVERSTAY.value,
                              ReferralReason.OVERSTAY_DEPORTATION.value):
                days = self._paid_overstay_days(uow, row)
            crossing = record(uow, check, "admitted" if row.direction == "arrival" else "departed",
                              referral_id=row.id, overstay_days=days)
            self._close(uow, row, "allowed", {"note": note.strip(), "crossing": crossing.id})
            return Resolution(ReferralInfo.of(row), crossing,
                              (crossing.stamp,) if crossing.stamp else ())

    def delay_departure(self, actor: Actor, referral_id: str, form: DelayForm) -> Resolution:
        """SOP A3 (WNI under pencegahan) and A6: departure delayed, passport held with an STP in
        two copies (owner and requesting agency), LK and Nota Dinas to Kabid TPI."""
        _require(instansi_peminta=form.requesting_agency, alasan=form.reason,
                 nomor_surat_pencegahan=form.pencegahan_reference)
        check = self._recheck(actor, referral_id)
        with self._ctx.change(actor, Permission.COUNTER_SUPERVISE) as uow:
            row = self._open(uow, actor, referral_id)
            if row.direction != Direction.DEPARTURE.value:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Penundaan keberangkatan hanya untuk penumpang "
                                      "yang berangkat."), detail="delay on an arrival")
            crossing = record(uow, check, "departure_delayed", referral_id=row.id,
                              with_stamp=False)
            signer = self._signer(uow, "officer")
            doc = check.document
            documents = []
            if form.hold_passport:
                documents.append(issue(uow, "stp", {
                    "holder_name": _full_name(doc.surname, doc.given_names),
                    "birth_place": form.birth_place, "birth_date": doc.birth_date,
                    "sex": SEX.get(doc.sex or "", "Laki-laki"),
                    "nationality": _nationality(doc.nationality), "address": form.address,
                    "document_number": doc.document_number, "expiry_date": doc.expiry_date,
                    "requesting_agency": form.requesting_agency,
                    "pencegahan_reference": form.pencegahan_reference,
                    "pencegahan_until": form.pencegahan_until, "reason": form.reason,
                    "flight": check.flight_code, "destination": form.destination, **signer,
                }, subject_type="referral", subject_id=row.id, copies=2))
            documents += self._report(uow, row, check, signer,
                                      incident="Penundaan keberangkatan (subjek cekal)",
                                      chronology=form.reason,
                                      actions=["Keberangkatan ditunda",
                                               "Paspor ditahan dengan STP"
                                               if form.hold_passport else "Paspor dikembalikan",
                                               f"Diserahkan kepada {form.requesting_agency}"])
            self._close(uow, row, "departure_delayed", {
                "requesting_agency": form.requesting_agency,
                "pencegahan_reference": form.pencegahan_reference,
                "passport_held": form.hold_passport, "crossing": crossing.id})
            return Resolution(ReferralInfo.of(row), crossing, tuple(documents))

    def refuse_entry(self, actor: Actor, referral_id: str, form: RefusalForm) -> Resolution:
        """SOP A5: refusal of entry, report for the airline (return on the first available
        flight, detention-room stay under the airline's supervision), LK and Nota Dinas."""
        _require(alasan=form.reason, maskapai=form.carrier_name,
                 bandara_keberangkatan=form.port_of_embarkation, dasar_hukum=form.legal_basis)
        check = self._recheck(actor, referral_id)
        with self._ctx.change(actor, Permission.COUNTER_SUPERVISE) as uow:
            row = self._open(uow, actor, referral_id)
            if row.direction != Direction.ARRIVAL.value or check.citizen:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Penolakan masuk hanya untuk WNA yang datang."),
                    detail="refusal on a departure or a citizen")
            crossing = record(uow, check, "refused", referral_id=row.id, with_stamp=False)
            signer = self._signer(uow, "officer")
            doc = check.document
            report = issue(uow, "refusal_report", {
                "carrier_name": form.carrier_name,
                "flight_number": check.flight_code or "-",
                "arrival_at": row.referred_at, "port_of_embarkation": form.port_of_embarkation,
                "passenger_name": _full_name(doc.surname, doc.given_names),
                "nationality": _nationality(doc.nationality), "birth_date": doc.birth_date,
                "sex": SEX.get(doc.sex or ""), "passport_number": doc.document_number,
                "passport_expiry_date": doc.expiry_date, "reason": form.reason,
                "legal_basis": form.legal_basis, "return_flight": form.return_flight,
                "placed_in_detention": form.placed_in_detention,
                "carrier_representative": form.carrier_representative, **signer,
            }, subject_type="referral", subject_id=row.id)
            documents = [report, *self._report(
                uow, row, check, signer,
                incident="Penolakan masuk wilayah Indonesia",
                chronology=form.reason,
                actions=["Pemberian tanda masuk ditolak",
                         f"Dipulangkan dengan {form.return_flight or 'penerbangan pertama'}",
                         "Ditempatkan di ruang detensi di bawah pengawasan maskapai"
                         if form.placed_in_detention else "Menunggu di area keberangkatan"])]
            self._close(uow, row, "refused", {
                "reason": form.reason, "carrier": form.carrier_name,
                "return_flight": form.return_flight, "crossing": crossing.id})
            return Resolution(ReferralInfo.of(row), crossing, tuple(documents))

    def hand_over_interpol(self, actor: Actor, referral_id: str,
                           form: HandoverForm) -> Resolution:
        """SOP A4 steps 6-11: re-verified Interpol subject handed to the police (BAST)."""
        _require(penerima=form.receiver_name, nomor_identitas=form.receiver_id_number,
                 jabatan=form.receiver_position, instansi=form.receiver_agency)
        check = self._recheck(actor, referral_id)
        with self._ctx.change(actor, Permission.COUNTER_SUPERVISE) as uow:
            row = self._open(uow, actor, referral_id)
            crossing = record(uow, check, "handed_over", referral_id=row.id, with_stamp=False)
            signer = self._signer(uow, "giver")
            doc = check.document
            bast = issue(uow, "bast", {
                "handover_at": self._ctx.clock(), "location": self._ctx.config["office.name"],
                **signer, "receiver_name": form.receiver_name,
                "receiver_id_kind": form.receiver_id_kind,
                "receiver_id_number": form.receiver_id_number,
                "receiver_position": form.receiver_position,
                "receiver_agency": form.receiver_agency,
                "subject_name": _full_name(doc.surname, doc.given_names),
                "subject_nationality": _nationality(doc.nationality),
                "subject_birth_date": doc.birth_date, "subject_sex": SEX.get(doc.sex or ""),
                "subject_document_number": doc.document_number,
                "items": [{"description": f"Paspor nomor {doc.document_number}",
                           "quantity": 1, "unit": "buah"}]
                + [{"description": item, "quantity": 1, "unit": "buah"} for item in form.items],
                "purpose": "Penyerahan subjek HIT Interpol untuk proses lebih lanjut",
            }, subject_type="referral", subject_id=row.id)
            documents = [bast, *self._report(
                uow, row, check, self._signer(uow, "officer"),
                incident="HIT Interpol",
                chronology="Subjek terdeteksi HIT Interpol pada pemeriksaan keimigrasian.",
                actions=["Verifikasi ulang pada sistem Interpol",
                         f"Diserahkan kepada {form.receiver_agency} dengan BAST"])]
            self._close(uow, row, "handed_over", {"receiver": form.receiver_agency,
                                                  "crossing": crossing.id})
            return Resolution(ReferralInfo.of(row), crossing, tuple(documents))

    def bill_overstay(self, actor: Actor, referral_id: str) -> Resolution:
        """SOP A7 steps 4-5 and 9: count the days, bill days x daily rate (SIMPONI code)."""
        today = self._counter.today()
        with self._ctx.change(actor, Permission.COUNTER_SUPERVISE) as uow:
            row = self._open(uow, actor, referral_id)
            overstay = json.loads(row.traveller).get("overstay")
            if not overstay or overstay["outcome"] != OverstayOutcome.PAY_AND_GO.value:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Overstay ini tidak dapat dibayar di TPI "
                                      "(melebihi batas hari); serahkan ke Inteldakim."),
                    detail="billing refused: not pay-and-go")
            if self._payment(uow, row.id) is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("gapura", "Billing sudah dibuat."),
                                      detail="billed twice")
            rules = self._counter.overstay_rules(today)
            days = int(overstay["days"])
            code = _billing_code()
            now = self._ctx.clock()
            payment = OverstayPayment(referral_id=row.id, days=days,
                                      daily_rate=rules.daily_charge_rupiah,
                                      amount=days * rules.daily_charge_rupiah,
                                      billing_code=code, billed_at=now, payment_reference="")
            uow.session.add(payment)
            doc = json.loads(row.traveller)["document"]
            valid_days = self._reference.integer("billing.valid_days", today)
            slip = issue(uow, "billing_slip", {
                "kind": "overstay", "payer_name": _full_name(doc["surname"], doc["given_names"]),
                "payer_nationality": _nationality(doc["nationality"]),
                "payer_document_number": doc["document_number"],
                "reference": "PP 28/2019; UU 6/2011 pasal 78",
                "items": [{"description": "Biaya beban overstay", "quantity": days,
                           "unit": "hari", "rate": rules.daily_charge_rupiah}],
                "billing_code": code, "valid_until": now + timedelta(days=valid_days),
                **self._signer(uow, "officer"),
            }, subject_type="referral", subject_id=row.id)
            uow.audit("overstay.billed", "referral", row.id,
                      after={"days": days, "amount": payment.amount, "billing_code": code})
            return Resolution(ReferralInfo.of(row), None, (slip,))

    def record_payment(self, actor: Actor, referral_id: str, payment_reference: str) -> None:
        """SOP A7 step 6 and 10: the bank's proof of payment of the billing."""
        _require(bukti_pembayaran=payment_reference)
        with self._ctx.change(actor, Permission.COUNTER_SUPERVISE) as uow:
            row = self._open(uow, actor, referral_id)
            payment = self._payment(uow, row.id)
            if payment is None:
                raise ValidationError(QT_TRANSLATE_NOOP("gapura", "Buat billing terlebih dahulu."),
                                      detail="payment before billing")
            payment.paid_at, payment.payment_reference = self._ctx.clock(), payment_reference
            uow.audit("overstay.paid", "referral", row.id,
                      after={"amount": payment.amount, "reference": payment_reference})

    def hand_to_inteldakim(self, actor: Actor, referral_id: str, note: str) -> Resolution:
        """Overstay beyond the threshold (and other cases the TPI cannot settle): Nota Dinas
        handing the traveller to Inteldakim for the deportation procedure."""
        _require(catatan=note)
        check = self._recheck(actor, referral_id)
        with self._ctx.change(actor, Permission.COUNTER_SUPERVISE) as uow:
            row = self._open(uow, actor, referral_id)
            crossing = record(uow, check, "handed_to_inteldakim", referral_id=row.id,
                              with_stamp=False)
            doc = check.document
            nodin = issue(uow, "nota_dinas", {
                "to": "Kepala Bidang Intelijen dan Penindakan Keimigrasian",
                "sender": KABID_TPI, "nature": "Segera",
                "subject": f"Penyerahan WNA {_full_name(doc.surname, doc.given_names)}",
                "body": note.strip(), **self._signer(uow, "signer"),
            }, subject_type="referral", subject_id=row.id)
            self._close(uow, row, "handed_to_inteldakim", {"note": note.strip(),
                                                           "crossing": crossing.id})
            return Resolution(ReferralInfo.of(row), crossing, (nodin,))

    # -- carrier charge (SOP A9) ------------------------------------------------------------

    def draft_carrier_charge(self, actor: Actor, referral_id: str,
                             form: CarrierChargeForm) -> tuple[CarrierChargeInfo,
                                                               tuple[DocumentInfo, ...]]:
        """Steps 2-4 for a passenger refused entry: Laporan Kejadian, BAP of the carrier's
        representative, Berita Acara Pendapat and the draft SK for the Kakanim to sign."""
        _require(maskapai=form.carrier_name, penanggung_jawab=form.responsible_party,
                 nama_perwakilan=form.representative_name,
                 jabatan_perwakilan=form.representative_position,
                 nomor_identitas_perwakilan=form.representative_id_number)
        if not any(qa.question.strip() and qa.answer.strip() for qa in form.interview):
            raise _missing("pertanyaan_dan_jawaban")
        today = self._counter.today()
        with self._ctx.change(actor, Permission.COUNTER_SUPERVISE) as uow:
            row = self._refused(uow, actor, referral_id)
            snapshot = json.loads(row.traveller)
            doc = snapshot["document"]
            name = _full_name(doc["surname"], doc["given_names"])
            flight = snapshot.get("flight_code") or ""
            amount = self._reference.integer("carrier.charge", today)
            officer = self._signer(uow, "reporter")
            head = self._office_head(uow)
            now = self._ctx.clock()
            refusal = json.loads(row.resolution_data).get("reason", "")
            lk = issue(uow, "laporan_kejadian", {
                "incident_type": "Penolakan izin masuk; pengenaan biaya beban alat angkut",
                "incident_at": row.referred_at, "location": self._ctx.config["office.name"],
                "subject_name": name, "subject_nationality": _nationality(doc["nationality"]),
                "subject_document_number": doc["document_number"], "subject_flight": flight,
                "chronology": f"{form.carrier_name} membawa penumpang {name} "
                              f"({doc['document_number']}) yang ditolak masuk: {refusal}.",
                "actions_taken": ["Penolakan pemberian tanda masuk",
                                  f"Pemeriksaan perwakilan {form.carrier_name} (BAP)"],
                **officer,
            }, subject_type="referral", subject_id=row.id)
            examiner = {k.replace("reporter_", "examiner_"): v for k, v in officer.items()}
            bap = issue(uow, "bap", {
                "examined_at": now, "location": self._ctx.config["office.name"], **examiner,
                "examinee_name": form.representative_name,
                "examinee_birth_place": form.representative_birth_place,
                "examinee_birth_date": form.representative_birth_date,
                "examinee_nationality": form.representative_nationality,
                "examinee_occupation": f"{form.representative_position}, {form.carrier_name}",
                "examinee_address": form.representative_address,
                "examinee_id_kind": form.representative_id_kind,
                "examinee_id_number": form.representative_id_number,
                "matter": f"Pengangkutan penumpang {name} yang ditolak masuk wilayah Indonesia",
                "lk_number": lk.number,
                "questions": [{"question": qa.question, "answer": qa.answer}
                              for qa in form.interview if qa.question.strip()],
            }, subject_type="referral", subject_id=row.id)
            legal_bases = ["Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian, Pasal 19",
                           "Peraturan Pemerintah Nomor 31 Tahun 2013, Pasal 92",
                           self._reference.get("carrier.charge", today).legal_basis]
            opinion = {k.replace("reporter_", "official_"): v for k, v in officer.items()
                       if not k.endswith("_position")}
            bapen = issue(uow, "ba_pendapat", {
                "opinion_at": now, "location": self._ctx.config["office.name"],
                "case_title": f"Pengenaan biaya beban terhadap penanggung jawab alat angkut "
                              f"{form.carrier_name}", **opinion,
                "lk_number": lk.number, "bap_number": bap.number,
                "facts": [f"Penumpang {name} ({doc['document_number']}) diangkut oleh "
                          f"{form.carrier_name} {flight}".strip() + ".",
                          f"Penumpang ditolak masuk: {refusal}."],
                "legal_bases": legal_bases,
                "legal_analysis": "Penanggung jawab alat angkut wajib membawa penumpang yang "
                                  "memiliki dokumen perjalanan dan visa yang sah dan berlaku; "
                                  "pelanggaran kewajiban tersebut dikenai biaya beban.",
                "conclusion": f"Berpendapat agar {form.responsible_party} dikenai biaya beban "
                              f"sebesar {format_rupiah(amount)}.",
            }, subject_type="referral", subject_id=row.id)
            valid_days = self._reference.integer("billing.valid_days", today)
            charge = CarrierCharge(
                referral_id=row.id, office_code=actor.office_code,
                carrier_name=form.carrier_name, responsible_party=form.responsible_party,
                carrier_address=form.carrier_address, flight_code=flight, amount=amount,
                status="drafted", drafted_at=now, drafted_by=actor.username)
            uow.session.add(charge)
            uow.session.flush()
            sk = issue(uow, "surat_keputusan", self._sk_data(
                charge, doc, name, legal_bases, head,
                now + timedelta(days=valid_days), draft=True),
                subject_type="carrier_charge", subject_id=charge.id)
            uow.audit("carrier_charge.drafted", "carrier_charge", charge.id,
                      after={"referral": row.id, "carrier": form.carrier_name,
                             "amount": amount, "documents": [lk.number, bap.number,
                                                             bapen.number, sk.number]})
            uow.outbox("carrier_charge", charge.id, "create", {"amount": amount})
            return CarrierChargeInfo.of(charge, name), (lk, bap, bapen, sk)

    def record_signed_sk(self, actor: Actor, charge_id: str, sk_number: str,
                         signed_on: date) -> tuple[CarrierChargeInfo, tuple[DocumentInfo, ...]]:
        """Step 4-5: the Kakanim signed the SK; the billing is issued for the carrier to pay."""
        _require(nomor_sk=sk_number)
        today = self._counter.today()
        with self._ctx.change(actor, Permission.COUNTER_SUPERVISE) as uow:
            charge = self._charge(uow, actor, charge_id, "drafted")
            row = uow.session.get(Referral, charge.referral_id)
            doc = json.loads(row.traveller)["document"]
            name = _full_name(doc["surname"], doc["given_names"])
            head = self._office_head(uow)
            now = self._ctx.clock()
            valid_days = self._reference.integer("billing.valid_days", today)
            due = now + timedelta(days=valid_days)
            charge.sk_number, charge.sk_signed_on = sk_number.strip(), signed_on
            charge.sk_signed_by = head["head_name"]
            charge.billing_code = _billing_code()
            charge.billed_at, charge.status = now, "billed"
            slip = issue(uow, "billing_slip", {
                "kind": "alat_angkut", "payer_name": charge.responsible_party,
                "payer_address": charge.carrier_address,
                "reference": f"SK {charge.sk_number}",
                "items": [{"description": f"Biaya beban alat angkut (penumpang {name})",
                           "quantity": 1, "unit": "alat angkut", "rate": charge.amount}],
                "billing_code": charge.billing_code, "valid_until": due,
                **self._signer(uow, "officer"),
            }, subject_type="carrier_charge", subject_id=charge.id)
            uow.audit("carrier_charge.billed", "carrier_charge", charge.id,
                      after={"sk": charge.sk_number, "billing_code": charge.billing_code,
                             "amount": charge.amount})
            return CarrierChargeInfo.of(charge, name), (slip,)

    def record_carrier_payment(self, actor: Actor, charge_id: str,
                               payment_reference: str) -> CarrierChargeInfo:
        """Step 6: the copy of the bank's proof of payment, verified."""
        _require(bukti_pembayaran=payment_reference)
        with self._ctx.change(actor, Permission.COUNTER_SUPERVISE) as uow:
            charge = self._charge(uow, actor, charge_id, "billed")
            charge.paid_at, charge.status = self._ctx.clock(), "paid"
            charge.payment_reference = payment_reference.strip()
            uow.audit("carrier_charge.paid", "carrier_charge", charge.id,
                      after={"reference": charge.payment_reference, "amount": charge.amount})
            uow.outbox("carrier_charge", charge.id, "update", {"status": "paid"})
            doc = json.loads(uow.session.get(Referral, charge.referral_id).traveller)["document"]
            return CarrierChargeInfo.of(charge, _full_name(doc["surname"], doc["given_names"]))

    def carrier_charges(self, actor: Actor, *, open_only: bool = True) -> list[CarrierChargeInfo]:
        """This office's carrier charges, the unpaid first."""
        with self._ctx.query(actor, Permission.COUNTER_SUPERVISE) as session:
            query = select(CarrierCharge, Referral).join(
                Referral, Referral.id == CarrierCharge.referral_id).where(
                CarrierCharge.office_code == actor.office_code)
            if open_only:
                query = query.where(CarrierCharge.status != "paid")
            found = session.execute(query.order_by(CarrierCharge.drafted_at)).all()
            result = []
            for charge, referral in found:
                doc = json.loads(referral.traveller)["document"]
                result.append(CarrierChargeInfo.of(
                    charge, _full_name(doc["surname"], doc["given_names"])))
            return result

    def refused_today(self, actor: Actor) -> list[ReferralInfo]:
        """Refusals of entry of today without a carrier charge yet (SOP A9 starts from them)."""
        tz = self._ctx.config.timezone
        start = datetime.combine(self._counter.today(), datetime.min.time(), tz)
        with self._ctx.query(actor, Permission.COUNTER_SUPERVISE) as session:
            charged = select(CarrierCharge.referral_id)
            rows = session.execute(select(Referral).where(
                Referral.office_code == actor.office_code, Referral.resolution == "refused",
                Referral.resolved_at >= start, Referral.id.not_in(charged))
                .order_by(Referral.resolved_at)).scalars()
            return [ReferralInfo.of(r) for r in rows]

    def _sk_data(self, charge: CarrierCharge, doc: dict[str, Any],
                 name: str, legal_bases: list[str], head: dict[str, str], due: datetime, *,
                 draft: bool) -> dict[str, Any]:
        return {
            "considerations": [
                f"bahwa {charge.carrier_name} telah membawa penumpang {name} yang ditolak "
                "masuk wilayah Indonesia karena dokumen perjalanannya tidak memenuhi syarat;",
                "bahwa berdasarkan Laporan Kejadian, Berita Acara Pemeriksaan dan Berita Acara "
                "Pendapat, penanggung jawab alat angkut perlu dikenai biaya beban;"],
            "legal_bases": legal_bases, "carrier_name": charge.carrier_name,
            "responsible_party": charge.responsible_party,
            "carrier_address": charge.carrier_address,
            "flight_number": charge.flight_code, "passenger_name": name,
            "passenger_nationality": _nationality(doc["nationality"]),
            "passenger_document_number": doc["document_number"], "amount": charge.amount,
            "payment_due": due, "decisions": [], "copy_to": [KABID_TPI],
            "place": self._ctx.config["office.name"].split("TPI")[-1].strip() or "-",
            "draft": draft, **head,
        }

    def _refused(self, uow: UnitOfWork, actor: Actor, referral_id: str) -> Referral:
        row = uow.session.get(Referral, referral_id)
        if row is None or row.office_code != actor.office_code:
            raise NotFoundError(QT_TRANSLATE_NOOP("gapura", "Rujukan tidak ditemukan."),
                                detail=f"no referral {referral_id} in {actor.office_code}")
        if row.resolution != "refused":
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Biaya beban alat angkut hanya untuk penumpang yang "
                                  "sudah ditolak masuk."), detail="carrier charge without refusal")
        exists = uow.session.execute(select(CarrierCharge.id).where(
            CarrierCharge.referral_id == referral_id)).first()
        if exists:
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Biaya beban untuk penolakan ini sudah dibuat."),
                detail="carrier charge twice")
        return row

    def _charge(self, uow: UnitOfWork, actor: Actor, charge_id: str,
                status: str) -> CarrierCharge:
        charge = uow.session.get(CarrierCharge, charge_id)
        if charge is None or charge.office_code != actor.office_code:
            raise NotFoundError(QT_TRANSLATE_NOOP("gapura", "Biaya beban tidak ditemukan."),
                                detail=f"no carrier charge {charge_id}")
        if charge.status != status:
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Langkah ini tidak dapat dilakukan: status biaya "
                                  "beban saat ini {status}."),
                detail=f"carrier charge {charge_id} is {charge.status}, not {status}",
                status=charge.status)
        return charge

    def _office_head(self, uow: UnitOfWork) -> dict[str, str]:
        """The Kakanim of this office, who signs the SK (SOP A9 step 4)."""
        head = uow.session.execute(
            select(User).join(UserRole, UserRole.user_id == User.id).where(
                UserRole.role == Role.OFFICE_HEAD.value, User.office_code == uow.actor.office_code,
                User.disabled.is_(False)).order_by(User.username).limit(1)).scalar_one_or_none()
        if head is None or not head.nip:
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Surat Keputusan memerlukan Kepala Kantor: belum "
                                  "ada akun Kepala Kantor dengan NIP di kantor ini. Minta Admin "
                                  "TIK membuatnya."), detail="no office head with a NIP")
        return {"head_name": head.full_name, "head_nip": head.nip}

    # -- recap ------------------------------------------------------------------------------

    def overstay_recap(self, actor: Actor, day: date, until: date | None = None
                       ) -> OverstayRecap:
        """The overstay charges billed from `day` to `until` (office days, inclusive; only
        `day` without it) at this office, oldest first."""
        tz = self._ctx.config.timezone
        start = datetime.combine(day, datetime.min.time(), tz)
        end = datetime.combine((until or day) + timedelta(days=1), datetime.min.time(), tz)
        with self._ctx.query(actor, Permission.COUNTER_SUPERVISE) as session:
            found = session.execute(
                select(OverstayPayment, Referral).join(
                    Referral, Referral.id == OverstayPayment.referral_id)
                .where(Referral.office_code == actor.office_code,
                       OverstayPayment.billed_at >= start, OverstayPayment.billed_at < end)
                .order_by(OverstayPayment.billed_at)).all()
            rows = []
            for payment, referral in found:
                doc = json.loads(referral.traveller)["document"]
                rows.append(OverstayRecapRow(
                    payment.billed_at, _full_name(doc["surname"], doc["given_names"]),
                    doc["nationality"], doc["document_number"], payment.days,
                    payment.daily_rate, payment.amount, payment.billing_code,
                    payment.payment_reference, payment.paid_at is not None))
        return OverstayRecap(day, tuple(rows), until)

    def overstay_recap_data(self, uow: UnitOfWork, recap: OverstayRecap) -> dict[str, Any]:
        """The `rekap_overstay` register's data for `recap`, signed by the actor of `uow`."""
        return {
            "day": recap.day, "until": recap.until,
            "checkpoint": self._ctx.config["office.name"],
            "entries": [{"billed_at": r.billed_at, "name": r.name,
                         "nationality": _nationality(r.nationality),
                         "passport_number": r.document_number, "days": r.days,
                         "daily_rate": r.daily_rate, "amount": r.amount,
                         "billing_code": r.billing_code,
                         "payment_reference": r.payment_reference, "paid": r.paid}
                        for r in recap.rows],
            **actor_signer(uow, "preparer", SUPERVISOR_POSITION),
        }

    def print_overstay_recap(self, actor: Actor, day: date) -> DocumentInfo:
        """The day's recap as a numbered register (Laporan Kegiatan di TPI, SOP A7 step 11)."""
        recap = self.overstay_recap(actor, day)
        with self._ctx.change(actor, Permission.COUNTER_SUPERVISE) as uow:
            return issue(uow, "rekap_overstay", self.overstay_recap_data(uow, recap),
                         subject_type="overstay_recap", subject_id=str(uuid.uuid5(
                             uuid.NAMESPACE_URL,
                             f"gapura:overstay-recap:{actor.office_code}:{day}")))

    # -- helpers ----------------------------------------------------------------------------

    def _open(self, uow: UnitOfWork, actor: Actor, referral_id: str) -> Referral:
        row = uow.session.get(Referral, referral_id)
        if row is None or row.office_code != actor.office_code:
            raise NotFoundError(QT_TRANSLATE_NOOP("gapura", "Rujukan tidak ditemukan."),
                                detail=f"no referral {referral_id} in {actor.office_code}")
        if row.status not in OPEN:
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Rujukan ini sudah diselesaikan ({resolution})."),
                detail=f"referral {referral_id} closed", resolution=row.resolution)
        return row

    def _recheck(self, actor: Actor, referral_id: str):  # noqa: ANN202 - CheckResult
        """A fresh check of the referred traveller from the stored MRZ (the data the
        documents need), made before the write transaction opens."""
        with self._ctx.query(actor, Permission.COUNTER_SUPERVISE) as session:
            row = session.get(Referral, referral_id)
            if row is None or row.office_code != actor.office_code:
                raise NotFoundError(QT_TRANSLATE_NOOP("gapura", "Rujukan tidak ditemukan."),
                                    detail=f"no referral {referral_id}")
            snapshot = json.loads(row.traveller)
        return self._counter.check(actor, Scan(
            mrz="\n".join(snapshot["mrz"]), direction=Direction(snapshot["direction"]),
            lane=Lane(snapshot["lane"]), flight_code=snapshot.get("flight_code", ""),
            lane_details=snapshot.get("lane_details", {})), read_chip=False)

    def _close(self, uow: UnitOfWork, row: Referral, resolution: str,
               data: dict[str, Any]) -> None:
        row.status, row.resolution = "closed", resolution
        row.supervisor = row.supervisor or uow.actor.username
        row.resolution_data = json.dumps(data, ensure_ascii=False, default=str)
        row.resolved_at = self._ctx.clock()
        uow.audit("referral.resolved", "referral", row.id,
                  after={"resolution": resolution, **data})
        uow.share("referral", row)

    def _signer(self, uow: UnitOfWork, prefix: str) -> dict[str, str]:
        """The supervisor signing a document: name, NIP and position."""
        return actor_signer(uow, prefix, SUPERVISOR_POSITION)

    def _report(self, uow: UnitOfWork, row: Referral, check: Any, signer: dict[str, str], *,
                incident: str, chronology: str, actions: list[str]) -> list[DocumentInfo]:
        """Laporan Kejadian and Nota Dinas to Kabid TPI (last steps of SOP A3, A4, A5)."""
        doc = check.document
        reporter = {k.replace("officer_", "reporter_"): v for k, v in signer.items()}
        name = _full_name(doc.surname, doc.given_names)
        lk = issue(uow, "laporan_kejadian", {
            "incident_type": incident, "incident_at": row.referred_at,
            "location": self._ctx.config["office.name"], "subject_name": name,
            "subject_nationality": _nationality(doc.nationality),
            "subject_birth_date": doc.birth_date, "subject_sex": SEX.get(doc.sex or ""),
            "subject_document_number": doc.document_number, "subject_flight": check.flight_code,
            "chronology": chronology, "actions_taken": actions, **reporter,
        }, subject_type="referral", subject_id=row.id)
        nodin = issue(uow, "nota_dinas", {
            "to": KABID_TPI, "sender": "Pejabat Imigrasi yang ditunjuk (Supervisor)",
            "nature": "Segera", "subject": f"Laporan {incident} a.n. {name}",
            "body": f"Bersama ini kami laporkan {incident.lower()} atas nama {name} "
                    f"({doc.document_number}). Laporan kejadian terlampir.",
            "attachments": [f"Laporan Kejadian {lk.number}"],
            **{k.replace("officer_", "signer_"): v for k, v in signer.items()},
        }, subject_type="referral", subject_id=row.id)
        return [lk, nodin]

    def _payment(self, uow: UnitOfWork, referral_id: str) -> OverstayPayment | None:
        return uow.session.execute(select(OverstayPayment).where(
            OverstayPayment.referral_id == referral_id)).scalar_one_or_none()

    def _paid_overstay_days(self, uow: UnitOfWork, row: Referral) -> int:
        payment = self._payment(uow, row.id)
        if payment is None or payment.paid_at is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Biaya beban overstay belum dibayar; catat bukti "
                                  "pembayaran sebelum mengizinkan keberangkatan."),
                detail="allow before overstay payment")
        return payment.days


def _full_name(surname: str, given_names: str) -> str:
    """`WIJAYA AGUS`: the traveller's name as the documents write it (MRZ order)."""
    return f"{surname} {given_names}".strip()


def _billing_code() -> str:
    """A 15-digit billing code. SIMPONI issues the real one; Gapura talks to SIMPONI only through
    the central server (not built yet), so the workstation makes a local one of the same shape."""
    return "".join(secrets.choice("0123456789") for _ in range(15))


def _nationality(code: str) -> str:
    from app.domain.countries import country

    found = country(code)
    text = f"{found.name} ({code})" if found else code
    return text if len(text) <= 60 else code
