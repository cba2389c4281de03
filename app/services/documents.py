"""Issuing numbered official documents inside a change, and printing them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from app.auth.permissions import Actor, Permission
from app.errors import NotFoundError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.base import ServiceContext, UnitOfWork
from app.services.offices import OfficeInfo
from app.store.counter_models import IssuedDocument, NumberSequence
from app.store.models import Office
from devices.base import PrintJob

# Number prefixes per template, as they appear on the paper.
PREFIXES = {
    "stamp": "CAP", "stp": "STP", "laporan_kejadian": "LK", "nota_dinas": "ND",
    "refusal_report": "TOLAK", "bast": "BAST", "billing_slip": "BILL", "bap": "BAP",
    "ba_pendapat": "BAPEN", "rekap_overstay": "REKAP",
    # The draft's reference; the SK's own number is given when the Kakanim signs it.
    "surat_keputusan": "KONSEP-SK",
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


def next_number(uow: UnitOfWork, kind: str, year: int) -> str:
    """The next official number of `kind` for the actor's office this year (gap-free)."""
    office = uow.actor.office_code
    row = uow.session.get(NumberSequence, (office, kind, year))
    if row is None:
        row = NumberSequence(office_code=office, kind=kind, year=year, next_value=1)
        uow.session.add(row)
    value = row.next_value
    row.next_value = value + 1
    return f"{PREFIXES.get(kind, kind.upper())}/{office}/{year}/{value:06d}"


def issue(uow: UnitOfWork, template: str, data: Mapping[str, Any], *, subject_type: str,
          subject_id: str, copies: int = 1) -> DocumentInfo:
    """Render `template` with a new number and store the PDF with the change in `uow`."""
    from printing.registry import render  # reportlab loads on first document, not at start-up

    now = uow.context.clock()
    office_row = uow.session.get(Office, uow.actor.office_code)
    if office_row is None:
        raise NotFoundError(detail=f"office {uow.actor.office_code} missing")
    office = OfficeInfo.of(office_row)
    number = next_number(uow, template, now.astimezone(uow.context.config.timezone).year)
    rendered = render(template, data, office, number=number, issued_at=now, verify_url=None)
    document = IssuedDocument(
        template=template, number=number, office_code=office.code, subject_type=subject_type,
        subject_id=subject_id, issued_at=now, issued_by=uow.actor.username, copies=copies,
        page_count=rendered.page_count, sha256=rendered.sha256, pdf=rendered.pdf)
    uow.session.add(document)
    uow.session.flush()
    uow.audit("document.issued", "document", document.id,
              after={"template": template, "number": number, "sha256": rendered.sha256,
                     "subject": f"{subject_type}:{subject_id}"})
    return DocumentInfo(document.id, template, number, now, copies, rendered.page_count,
                        rendered.pdf)


class DocumentService:
    """Documents already issued: read them back and send them to the printer."""

    def __init__(self, context: ServiceContext, devices: Any) -> None:
        self._ctx = context
        self._devices = devices

    def for_subject(self, actor: Actor, subject_id: str) -> list[DocumentInfo]:
        with self._ctx.query(actor, Permission.DOCUMENTS_PRINT) as session:
            rows = session.execute(select(IssuedDocument).where(
                IssuedDocument.subject_id == subject_id).order_by(
                IssuedDocument.issued_at)).scalars()
            return [_info(r) for r in rows]

    def print_document(self, actor: Actor, document_id: str) -> PrintJob:
        """Send a stored document to the workstation's printer and audit the print.

        Raises:
            DeviceError: the printer failed; the document stays stored for a reprint.
        """
        with self._ctx.query(actor, Permission.DOCUMENTS_PRINT) as session:
            row = session.get(IssuedDocument, document_id)
            if row is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("gapura", "Dokumen {id} tidak ditemukan."),
                    detail=f"no document {document_id}", id=document_id)
            info = _info(row)
        job = self._devices.printer.print_pdf(info.pdf, copies=1, title=info.number)
        with self._ctx.change(actor, Permission.DOCUMENTS_PRINT) as uow:
            uow.audit("document.printed", "document", info.id,
                      after={"number": info.number, "job": job.job_id,
                             "destination": job.destination})
        return job


def _info(row: IssuedDocument) -> DocumentInfo:
    return DocumentInfo(row.id, row.template, row.number, row.issued_at, row.copies,
                        row.page_count, row.pdf)
