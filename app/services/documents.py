"""Issuing numbered, sealed official documents inside a change; the print queue."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from app.auth.permissions import Actor, Permission
from app.errors import GapuraError, NotFoundError, ValidationError
from app.files import FileSaveError, save_file
from app.i18n import QT_TRANSLATE_NOOP
from app.reference_defaults import DEFAULT_NUMBER_PATTERN, NUMBER_PATTERN_KEY
from app.services.base import ServiceContext, UnitOfWork
from app.services.offices import OfficeInfo
from app.services.signing import office_certificate, office_key
from app.store.counter_models import IssuedDocument, NumberSequence, ReferenceValue
from app.store.document_models import PrintQueueEntry
from app.store.models import Office, User
from app.store.sync_models import NumberRange
from devices.base import PrintJob

# Number prefixes per template, as they appear on the paper.
PREFIXES = {
    "stamp": "CAP", "stp": "STP", "laporan_kejadian": "LK", "nota_dinas": "ND",
    "refusal_report": "TOLAK", "bast": "BAST", "billing_slip": "BILL", "bap": "BAP",
    "ba_pendapat": "BAPEN", "rekap_overstay": "REKAP",
    # The draft's reference; the SK's own number is given when the Kakanim signs it.
    "surat_keputusan": "KONSEP-SK",
    # Receipts of the permit and passport counters.
    "tanda_terima_permohonan": "TT-MOHON", "tanda_terima_pembayaran": "TT-BAYAR",
    "tanda_terima_kompensasi": "TT-KOMP", "label_pos": "LABEL-POS",
    # Stay permits: the sticker in the passport, the ITAS/ITAP card, the SKIM.
    "stiker_izin_tinggal": "STIKER-IT", "kartu_izin_tinggal": "KARTU-IT", "skim": "SKIM",
    # The stay-permit counter's receipt and refusal letter, and the permits' register.
    "tanda_terima_izin_tinggal": "TT-IT", "surat_penolakan_izin_tinggal": "TOLAK-IT",
    "register_izin_tinggal": "REG-IT",
    # The passport blank inventory: blanks received and spoiled, the passports issued.
    "berita_acara_serah_terima_blangko": "BA-BLANGKO",
    "berita_acara_kerusakan_blangko": "BA-RUSAK", "register_paspor": "REG-PASPOR",
    # The Laporan screen's report for a period (issue 11 point 5).
    "laporan": "LAP",
    # Complaints and Lada Tunggu reports (issue 11).
    "surat_perintah_tugas": "SPT", "laporan_kegiatan": "LAPGIAT",
    "surat_jawaban_pengaduan": "JWB-ADUAN", "register_pengaduan": "REG-ADUAN",
    # The intelligence inquiry (seed 002 C5): its plan and information report.
    "rencana_kegiatan": "RENGIAT", "laporan_informasi": "LAPINFO",
}


@dataclass(frozen=True)
class DocumentInfo:
    id: str
    template: str
    number: str
    issued_at: datetime
    copies: int
    page_count: int
    pdf: bytes




def _number_pattern(uow: UnitOfWork, kind: str, day: date) -> tuple[str, str]:
    """The pattern in force for `kind` (its own, else the office-wide one) and its key."""
    for key in (f"{NUMBER_PATTERN_KEY}.{kind}", NUMBER_PATTERN_KEY):
        value = uow.session.execute(
            select(ReferenceValue.value).where(ReferenceValue.key == key,
                                               ReferenceValue.effective_from <= day)
            .order_by(ReferenceValue.effective_from.desc()).limit(1)).scalar_one_or_none()
        if value:
            return value, key
    return DEFAULT_NUMBER_PATTERN, NUMBER_PATTERN_KEY


def format_number(pattern: str, key: str, **fields: Any) -> str:
    """`pattern` filled with prefix, office, year, month and seq.

    Raises:
        ValidationError: the pattern (reference data `key`) names an unknown field or is
            malformed; the admin corrects it.
    """
    try:
        return pattern.format(**fields)
    except (KeyError, IndexError, ValueError) as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("gapura", "Pola nomor dokumen '{pattern}' ({key}) tidak sah: "
                              "{problem}. Minta Admin TIK memperbaikinya; kolom yang ada: "
                              "prefix, office, year, month, seq."),
            detail=f"bad number pattern {key}={pattern!r}: {error!r}", pattern=pattern,
            key=key, problem=str(error)) from error


def next_sequence(uow: UnitOfWork, kind: str, year: int) -> int:
    """The next sequence number of `kind` for the actor's office and `year`, never reused.

    The write transaction's lock keeps two writers of one database apart. Two workstations
    with separate databases draw from their own blocks: the range the server leased to this
    workstation (`number_ranges`, pulled by sync), else `numbering.first` to `numbering.last`
    in config (an office without a server).

    Raises:
        ValidationError: the workstation's block is used up for this kind and year; nothing is
            written (the caller's transaction rolls back).
    """
    office = uow.actor.office_code
    config = uow.context.config
    lease = uow.session.get(NumberRange, config.workstation_id)
    first, last = ((lease.first, lease.last) if lease is not None
                   else (config["numbering.first"], config["numbering.last"]))
    row = uow.session.get(NumberSequence, (office, kind, year))
    if row is None:
        row = NumberSequence(office_code=office, kind=kind, year=year, next_value=first)
        uow.session.add(row)
    value = max(row.next_value, first)  # a new block further on starts at its first number
    if value > last:
        raise ValidationError(
            QT_TRANSLATE_NOOP("gapura", "Blok nomor dokumen workstation ini ({first}-{last}) "
                              "untuk {kind} tahun {year} sudah habis. Blok baru datang dari "
                              "server pusat pada sinkronisasi berikutnya; bila kantor tidak "
                              "tersambung ke server, minta Admin TIK memberi blok nomor baru "
                              "(numbering.first dan numbering.last)."),
            detail=f"number block {first}-{last} used up for {kind} {year}", first=first,
            last=last, kind=kind, year=year)
    row.next_value = value + 1
    return value


def next_number(uow: UnitOfWork, kind: str, day: date) -> str:
    """The next official number of `kind` for the actor's office, from the pattern in force
    and the workstation's sequence (`next_sequence`); a voided number stays used.

    Raises:
        ValidationError: the block is used up, or the pattern is malformed; nothing is written.
    """
    pattern, key = _number_pattern(uow, kind, day)
    value = next_sequence(uow, kind, day.year)
    return format_number(pattern, key, prefix=PREFIXES.get(kind, kind.upper()),
                         office=uow.actor.office_code, year=day.year,
                         month=f"{day.month:02d}", seq=value)


def actor_signer(uow: UnitOfWork, prefix: str, position: str | None = None) -> dict[str, str]:
    """The acting official as the signer `prefix` of a document: name and NIP (official
    documents need both), and `position` when given (else the template's default)."""
    user = uow.session.get(User, uow.actor.user_id) if uow.actor.user_id else None
    if user is None or not user.nip:
        raise ValidationError(
            QT_TRANSLATE_NOOP("gapura", "Dokumen resmi memerlukan NIP penanda tangan, "
                              "tetapi akun {user} belum memiliki NIP. Minta Admin TIK "
                              "mengisi NIP Anda, lalu ulangi."),
            detail=f"signer {uow.actor.username} has no NIP", user=uow.actor.username)
    signer = {f"{prefix}_name": user.full_name, f"{prefix}_nip": user.nip}
    if position:
        signer[f"{prefix}_position"] = position
    return signer


def issue(uow: UnitOfWork, template: str, data: Mapping[str, Any], *, subject_type: str,
          subject_id: str, copies: int = 1) -> DocumentInfo:
    """Render `template` with a new number and store the PDF with the change in `uow`."""
    from printing.registry import render  # reportlab loads on first document, not at start-up

    now = uow.context.clock()
    office_row = uow.session.get(Office, uow.actor.office_code)
    if office_row is None:
        raise NotFoundError(detail=f"office {uow.actor.office_code} missing")
    office = OfficeInfo.of(office_row)
    number = next_number(uow, template, now.astimezone(uow.context.config.timezone).date())
    rendered = render(template, data, office, number=number, issued_at=now, verify_url=None,
                      key=office_key(uow))
    document = IssuedDocument(
        template=template, number=number, office_code=office.code, subject_type=subject_type,
        subject_id=subject_id, issued_at=now, issued_by=uow.actor.username, copies=copies,
        page_count=rendered.page_count, sha256=rendered.sha256, pdf=rendered.pdf,
        seal=rendered.seal or "")
    uow.session.add(document)
    uow.session.flush()
    _queue(uow, document, copies=1)  # a form's own copies (STP: 2) are pages of its PDF
    uow.audit("document.issued", "document", document.id,
              after={"template": template, "number": number, "sha256": rendered.sha256,
                     "subject": f"{subject_type}:{subject_id}"})
    _announce(uow, document)
    return DocumentInfo(document.id, template, number, now, copies, rendered.page_count,
                        rendered.pdf)


def _announce(uow: UnitOfWork, doc: IssuedDocument) -> None:
    """What `/v1/documents/verify` knows a document by (0009): its number and current hash."""
    uow.outbox("document", doc.id, "issue", {
        "number": doc.number, "template": doc.template, "sha256": doc.sha256,
        "issued_at": doc.issued_at.isoformat(), "office_code": doc.office_code})


@dataclass(frozen=True)
class JobInfo:
    """One line of the print queue."""

    id: str
    document_id: str
    template: str
    title: str
    number: str
    requested_at: datetime
    requested_by: str
    copies: int
    status: str  # queued | printed | failed | voided
    printer: str
    error: str
    reprint: int
    reprint_reason: str
    qc: str
    voided: bool


STATUSES = ("queued", "printed", "failed", "voided")
SAVE_AS_PDF = "pdf:"  # a destination "pdf:/path/file.pdf" saves instead of printing
SYSTEM_PRINTER = "system:"  # "system:<queue>" prints on that system (CUPS) printer


def _voided(doc: IssuedDocument) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("gapura", "Dokumen {number} sudah dibatalkan ({reason}) dan tidak "
                          "dapat dicetak."),
        detail=f"print of voided {doc.number}", number=doc.number, reason=doc.void_reason)


def _own_document(session: Any, actor: Actor, document_id: str) -> IssuedDocument:
    """The document `document_id` of the actor's office, or NotFoundError."""
    doc = session.get(IssuedDocument, document_id)
    if doc is None or doc.office_code != actor.office_code:
        raise _not_found(document_id)
    return doc


def _not_found(document_id: str) -> NotFoundError:
    return NotFoundError(QT_TRANSLATE_NOOP("gapura", "Dokumen {id} tidak ditemukan."),
                         detail=f"no document {document_id}", id=document_id)


class DocumentService:
    """Issued documents and the print queue: print, retry, reprint with a reason, QC, void.

    Printing happens outside the write transaction (a printer may take seconds); the job's
    state and its audit event are written after, so a failed print leaves the job queued as
    `failed` with the error, never lost.
    """

    def __init__(self, context: ServiceContext, devices: Any) -> None:
        self._ctx = context
        self._devices = devices

    # -- reading ------------------------------------------------------------------------------

    def for_subject(self, actor: Actor, subject_id: str) -> list[DocumentInfo]:
        with self._ctx.query(actor, Permission.DOCUMENTS_PRINT) as session:
            rows = session.execute(select(IssuedDocument).where(
                IssuedDocument.subject_id == subject_id).order_by(
                IssuedDocument.issued_at)).scalars()
            return [_info(r) for r in rows]

    def document(self, actor: Actor, document_id: str) -> DocumentInfo:
        with self._ctx.query(actor, Permission.DOCUMENTS_PRINT) as session:
            return _info(_own_document(session, actor, document_id))

    def jobs(self, actor: Actor, *, template: str | None = None, status: str | None = None,
             limit: int = 500) -> list[JobInfo]:
        """The office's print queue, newest first."""
        from printing.registry import TEMPLATES

        with self._ctx.query(actor, Permission.DOCUMENTS_PRINT) as session:
            query = (select(PrintQueueEntry, IssuedDocument)
                     .join(IssuedDocument, IssuedDocument.id == PrintQueueEntry.document_id)
                     .where(PrintQueueEntry.office_code == actor.office_code))
            if template:
                query = query.where(IssuedDocument.template == template)
            if status:
                query = query.where(PrintQueueEntry.status == status)
            found = session.execute(query.order_by(PrintQueueEntry.requested_at.desc(),
                                                   PrintQueueEntry.reprint.desc())
                                    .limit(limit)).all()
            return [JobInfo(job.id, doc.id, doc.template,
                            TEMPLATES[doc.template].title if doc.template in TEMPLATES
                            else doc.template, doc.number, job.requested_at, job.requested_by,
                            job.copies, job.status, job.printer, job.error, job.reprint,
                            job.reprint_reason, job.qc, doc.voided_at is not None)
                    for job, doc in found]

    # -- printing -----------------------------------------------------------------------------

    def print_document(self, actor: Actor, document_id: str) -> PrintJob:
        """Print a document's waiting (or failed) job on this workstation's printer."""
        with self._ctx.query(actor, Permission.DOCUMENTS_PRINT) as session:
            job = session.execute(select(PrintQueueEntry).where(
                PrintQueueEntry.document_id == document_id,
                PrintQueueEntry.status.in_(("queued", "failed")))
                .order_by(PrintQueueEntry.requested_at.desc()).limit(1)).scalar_one_or_none()
        if job is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Dokumen ini sudah dicetak. Untuk salinan, pakai "
                                  "cetak ulang dengan alasan."),
                detail=f"no waiting job for document {document_id}")
        return self.print_job(actor, job.id)

    def print_job(self, actor: Actor, job_id: str, *, copies: int | None = None,
                  destination: str | None = None) -> PrintJob:
        """Send job `job_id` to `destination`: `system:<name>` for a system printer,
        `pdf:<path>` to save it as a PDF file, None for the printer the config names for the
        document type (`printing.printers.<type>`, labels `printing.label_printer`), else the
        workstation's printer.

        Raises:
            DeviceError: the printer failed; the job stays in the queue as failed, with why.
            ValidationError: the document was voided, or the job already printed.
        """
        with self._ctx.query(actor, Permission.DOCUMENTS_PRINT) as session:
            job, doc = self._job(session, actor, job_id)
            if doc.voided_at is not None:
                raise _voided(doc)
            if job.status == "printed":
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Pekerjaan cetak ini sudah selesai. Untuk "
                                      "salinan, pakai cetak ulang dengan alasan."),
                    detail=f"job {job_id} printed already")
            pdf, number, reprint, template = doc.pdf, doc.number, job.reprint, doc.template
            note = f"{job.requested_at:%d-%m-%Y %H:%M} UTC, {job.requested_by}"
            copies = copies or job.copies
        if reprint:
            from printing.copymark import mark_copy

            pdf = mark_copy(pdf, reprint, note)
        try:
            sent = self._send(pdf, copies, number, destination, template)
        except (GapuraError, OSError) as error:
            # A spool on a full disk fails like a printer: the job stays, with why.
            refusal = error if isinstance(error, GapuraError) else FileSaveError(
                detail=repr(error), reason=error.strerror or str(error))
            with self._ctx.change(actor, Permission.DOCUMENTS_PRINT) as uow:
                row = uow.session.get(PrintQueueEntry, job_id)
                row.status, row.error = "failed", refusal.user_message
                uow.audit("document.print_failed", "print_job", job_id,
                          after={"number": number, "error": refusal.user_message})
                _share_job(uow, row)
            if refusal is error:
                raise
            raise refusal from error
        with self._ctx.change(actor, Permission.DOCUMENTS_PRINT) as uow:
            row = uow.session.get(PrintQueueEntry, job_id)
            row.status, row.error, row.printer = "printed", "", sent.destination
            row.printed_at, row.printed_by, row.copies = self._ctx.clock(), actor.username, copies
            uow.audit("document.printed", "document", row.document_id,
                      after={"number": number, "job": job_id, "copies": copies,
                             "destination": sent.destination, "reprint": reprint})
            _share_job(uow, row)
        return sent

    def _send(self, pdf: bytes, copies: int, title: str, destination: str | None,
              template: str) -> PrintJob:
        if destination is None:
            # The printer configured for this kind of document (labels: the label printer).
            destination = self._configured_printer(template)
        if destination and destination.startswith(SAVE_AS_PDF):
            path = Path(destination[len(SAVE_AS_PDF):])
            save_file(path, pdf)
            return PrintJob(job_id=path.name, destination=str(path), copies=1, title=title)
        if destination and destination.startswith(SYSTEM_PRINTER):
            from devices.printer import CupsPrinter

            return CupsPrinter(destination[len(SYSTEM_PRINTER):]).print_pdf(pdf, copies, title)
        return self._devices.printer.print_pdf(pdf, copies=copies, title=title)

    def _configured_printer(self, template: str) -> str | None:
        """`system:<queue>` of the printer chosen for `template` in the config, else None (the
        workstation printer, `devices.printer`)."""
        from printing.pages import STAMP_LABEL
        from printing.registry import TEMPLATES

        label = template in TEMPLATES and TEMPLATES[template].page == STAMP_LABEL
        name = self._ctx.config.printer_for(template, label=label)
        return SYSTEM_PRINTER + name if name else None

    def reprint(self, actor: Actor, document_id: str, reason: str) -> JobInfo:
        """Queue a copy marked SALINAN ke-N; the reason is required and audited."""
        if not reason.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("gapura", "Tulis alasan cetak ulang."),
                                  detail="reprint without a reason")
        with self._ctx.change(actor, Permission.DOCUMENTS_PRINT) as uow:
            doc = _own_document(uow.session, actor, document_id)
            if doc.voided_at is not None:
                raise _voided(doc)
            last = uow.session.execute(select(func.max(PrintQueueEntry.reprint)).where(
                PrintQueueEntry.document_id == document_id)).scalar() or 0
            job = _queue(uow, doc, copies=1, reprint=last + 1, reason=reason.strip())
            uow.audit("document.reprint_requested", "document", doc.id,
                      after={"number": doc.number, "copy": last + 1, "reason": reason.strip()})
        return self._job_info(actor, job.id)

    def record_qc(self, actor: Actor, job_id: str, passed: bool, note: str = "") -> None:
        """The operator's check of a printed item (legible, aligned, complete)."""
        if not passed and not note.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("gapura", "Tulis apa yang salah pada hasil "
                                                    "cetak."), detail="qc fail without a note")
        with self._ctx.change(actor, Permission.PRINT_OPERATE) as uow:
            job, doc = self._job(uow.session, actor, job_id)
            if job.status != "printed":
                raise ValidationError(QT_TRANSLATE_NOOP("gapura", "Hanya hasil cetak yang "
                                                        "sudah dicetak yang dapat diperiksa."),
                                      detail=f"qc of {job.status} job")
            job.qc, job.qc_note = ("pass" if passed else "fail"), note.strip()
            uow.audit("document.qc", "print_job", job.id,
                      after={"number": doc.number, "qc": job.qc, "note": job.qc_note})
            uow.share("print_job", job, document=doc)

    def void(self, actor: Actor, document_id: str, reason: str) -> None:
        """Void a document (a misprint, a wrong decision): it can no longer be printed, and
        verification reports it voided. Its number is never given again."""
        if not reason.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("gapura", "Tulis alasan pembatalan."),
                                  detail="void without a reason")
        with self._ctx.change(actor, Permission.PRINT_OPERATE) as uow:
            doc = _own_document(uow.session, actor, document_id)
            if doc.voided_at is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("gapura", "Dokumen sudah dibatalkan."),
                                      detail="voided twice")
            doc.voided_at, doc.voided_by = self._ctx.clock(), actor.username
            doc.void_reason = reason.strip()
            for job in uow.session.execute(select(PrintQueueEntry).where(
                    PrintQueueEntry.document_id == doc.id,
                    PrintQueueEntry.status.in_(("queued", "failed")))).scalars():
                job.status = "voided"
                uow.share("print_job", job, document=doc)
            uow.audit("document.voided", "document", doc.id,
                      after={"number": doc.number, "reason": doc.void_reason})
            uow.outbox("document", doc.id, "void", {"number": doc.number})

    def endorse(self, actor: Actor, document_id: str) -> DocumentInfo:
        """The head of office's pengesahan: the stored PDF gets a PAdES signature with the
        office certificate (the paper's seal stays as it was)."""
        from printing.pdfsign import sign_pdf

        with self._ctx.change(actor, Permission.DOCUMENTS_ENDORSE) as uow:
            doc = _own_document(uow.session, actor, document_id)
            if doc.voided_at is not None or doc.endorsed_at is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Dokumen {number} sudah disahkan atau "
                                      "dibatalkan."), detail=f"endorse {doc.number} again",
                    number=doc.number)
            key, certificate = office_certificate(uow)
            signed = sign_pdf(doc.pdf, key, certificate, signer_name=actor.full_name,
                              reason=f"Pengesahan {doc.number}",
                              location=self._ctx.config["office.name"])
            before = doc.sha256
            doc.pdf, doc.sha256 = signed, hashlib.sha256(signed).hexdigest()
            doc.endorsed_at, doc.endorsed_by = self._ctx.clock(), actor.full_name
            uow.audit("document.endorsed", "document", doc.id,
                      before={"sha256": before}, after={"number": doc.number,
                                                        "sha256": doc.sha256})
            _announce(uow, doc)  # the endorsed PDF is the one a holder will present
            return _info(doc)

    # -- helpers ------------------------------------------------------------------------------

    def _job(self, session: Any, actor: Actor, job_id: str
             ) -> tuple[PrintQueueEntry, IssuedDocument]:
        job = session.get(PrintQueueEntry, job_id)
        doc = session.get(IssuedDocument, job.document_id) if job is not None else None
        if job is None or doc is None or job.office_code != actor.office_code:
            raise NotFoundError(QT_TRANSLATE_NOOP("gapura", "Pekerjaan cetak tidak ditemukan."),
                                detail=f"no print job {job_id}")
        return job, doc

    def _job_info(self, actor: Actor, job_id: str) -> JobInfo:
        return next(j for j in self.jobs(actor, limit=10_000) if j.id == job_id)


def _queue(uow: UnitOfWork, doc: IssuedDocument, *, copies: int, reprint: int = 0,
           reason: str = "") -> PrintQueueEntry:
    job = PrintQueueEntry(document_id=doc.id, office_code=doc.office_code,
                          requested_by=uow.actor.username, requested_at=uow.context.clock(),
                          copies=copies, status="queued", printer="", printed_by="", error="",
                          reprint=reprint, reprint_reason=reason, qc="", qc_note="")
    uow.session.add(job)
    uow.share("print_job", job, document=doc)
    return job


def _share_job(uow: UnitOfWork, job: PrintQueueEntry) -> None:
    """The outbox record of `job` after its status changed, with its document (0009)."""
    uow.share("print_job", job, document=uow.session.get(IssuedDocument, job.document_id))


def _info(row: IssuedDocument) -> DocumentInfo:
    return DocumentInfo(row.id, row.template, row.number, row.issued_at, row.copies,
                        row.page_count, row.pdf)
