"""Registers for a date range: as a numbered PDF through the print queue, or as CSV.

The registers whose rows this workstation keeps are listed in `KINDS`, each with the permission
that may read it: the documents printed and the passports issued (print station) and the
overstay recap (TPI supervisors). Registers whose rows belong to modules not built yet
(deportations) are templates only; their modules add a kind here. Both exports are audited: a
CSV leaves the application with personal data in it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from app.auth.permissions import Actor, Permission
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.base import ServiceContext, UnitOfWork
from app.services.blanks import BlankService
from app.services.documents import DocumentInfo, actor_signer, issue
from app.services.supervision import SupervisionService
from app.store.counter_models import IssuedDocument
from app.store.document_models import PrintQueueEntry

MAX_DAYS = 366


@dataclass(frozen=True)
class RegisterKind:
    code: str  # the register's template
    title: str
    permission: Permission


KINDS = (
    RegisterKind("register_dokumen", QT_TRANSLATE_NOOP("gapura", "Register Dokumen Tercetak"),
                 Permission.PRINT_OPERATE),
    RegisterKind("register_paspor", QT_TRANSLATE_NOOP("gapura", "Register Penerbitan Paspor"),
                 Permission.PRINT_OPERATE),
    RegisterKind("rekap_overstay",
                 QT_TRANSLATE_NOOP("gapura", "Rekapitulasi Biaya Beban Overstay"),
                 Permission.COUNTER_SUPERVISE),
)


def _kind(code: str) -> RegisterKind:
    for kind in KINDS:
        if kind.code == code:
            return kind
    raise ValidationError(QT_TRANSLATE_NOOP("gapura", "Register \"{code}\" tidak dikenal."),
                          detail=f"no register {code!r}", code=code)


def _check_period(start: date, end: date) -> None:
    if end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("gapura", "Tanggal akhir ({end}) sebelum tanggal awal ({start}). "
                              "Perbaiki periodenya."),
            detail=f"period {start}..{end} reversed", start=start.strftime("%d-%m-%Y"),
            end=end.strftime("%d-%m-%Y"))
    if (end - start).days >= MAX_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("gapura", "Periode register paling lama {days} hari. Bagi menjadi "
                              "beberapa periode."),
            detail=f"period {start}..{end} too long", days=MAX_DAYS)


class RegisterService:
    """Build a register's data for a period and export it as PDF or CSV."""

    def __init__(self, context: ServiceContext, supervision: SupervisionService,
                 blanks: BlankService) -> None:
        self._ctx = context
        # Per register: read its rows for a period (outside the write lock), then make its data
        # inside the change, signed by the actor as its preparer.
        self._builders: dict[str, tuple[Callable[[Actor, date, date], Any],
                                        Callable[[UnitOfWork, Any], dict[str, Any]]]] = {
            "register_dokumen": (self._documents, _prepared_by_actor),
            "register_paspor": (blanks.register_rows, _prepared_by_actor),
            "rekap_overstay": (supervision.overstay_recap, supervision.overstay_recap_data),
        }

    def kinds(self, actor: Actor) -> list[RegisterKind]:
        """The registers `actor` may export."""
        return [kind for kind in KINDS if actor.can(kind.permission)]

    def export_csv(self, actor: Actor, code: str, start: date, end: date) -> str:
        """Register `code` from `start` to `end` (office days, inclusive) as CSV text."""
        from printing.registers import to_csv

        with self._register(actor, code, start, end) as (uow, data):
            text = to_csv(code, data, self._ctx.config.timezone.key)
            uow.audit("register.exported", "register", code,
                      after={"format": "csv", "from": start.isoformat(),
                             "until": end.isoformat(), "rows": len(data["entries"])})
        return text

    def issue_pdf(self, actor: Actor, code: str, start: date, end: date) -> DocumentInfo:
        """Register `code` for the period as a numbered, sealed document in the print queue."""
        with self._register(actor, code, start, end) as (uow, data):
            return issue(uow, code, data, subject_type="register", subject_id=str(uuid.uuid5(
                uuid.NAMESPACE_URL, f"gapura:register:{actor.office_code}:{code}:{start}:{end}")))

    @contextmanager
    def _register(self, actor: Actor, code: str, start: date,
                  end: date) -> Iterator[tuple[UnitOfWork, dict[str, Any]]]:
        """The change in which register `code`'s data for the period is used."""
        kind = _kind(code)
        _check_period(start, end)
        read, make_data = self._builders[code]
        rows = read(actor, start, end)
        with self._ctx.change(actor, kind.permission) as uow:
            yield uow, make_data(uow, rows)

    # -- data ---------------------------------------------------------------------------------

    def _documents(self, actor: Actor, start: date, end: date) -> dict[str, Any]:
        """The period and each document the office issued in it, with its prints, reprints
        and QC."""
        from printing.registry import TEMPLATES
        from printing.seal import read_seal

        tz = self._ctx.config.timezone
        low = datetime.combine(start, datetime.min.time(), tz)
        high = datetime.combine(end + timedelta(days=1), datetime.min.time(), tz)
        with self._ctx.query(actor, Permission.PRINT_OPERATE) as session:
            documents = session.execute(
                select(IssuedDocument.id, IssuedDocument.issued_at, IssuedDocument.number,
                       IssuedDocument.template, IssuedDocument.seal, IssuedDocument.issued_by,
                       IssuedDocument.page_count, IssuedDocument.voided_at,
                       IssuedDocument.void_reason)
                .where(IssuedDocument.office_code == actor.office_code,
                       IssuedDocument.issued_at >= low, IssuedDocument.issued_at < high)
                .order_by(IssuedDocument.issued_at)).all()
            ids = [d.id for d in documents]
            jobs = session.execute(
                select(PrintQueueEntry.document_id, PrintQueueEntry.reprint,
                       PrintQueueEntry.qc, PrintQueueEntry.printed_at)
                .where(PrintQueueEntry.document_id.in_(ids),
                       PrintQueueEntry.status == "printed")
                .order_by(PrintQueueEntry.printed_at)).all() if ids else []
            reprints = dict(session.execute(
                select(PrintQueueEntry.document_id, func.max(PrintQueueEntry.reprint))
                .where(PrintQueueEntry.document_id.in_(ids))
                .group_by(PrintQueueEntry.document_id)).all()) if ids else {}
        prints: dict[str, int] = {}
        qc: dict[str, str] = {}
        for job in jobs:
            prints[job.document_id] = prints.get(job.document_id, 0) + 1
            if job.qc:  # the last checked print tells how the paper came out
                qc[job.document_id] = "Baik" if job.qc == "pass" else "Gagal"
        entries = []
        for d in documents:
            template = TEMPLATES.get(d.template)
            sealed = read_seal(d.seal) if d.seal else None
            entries.append({
                "issued_at": d.issued_at, "number": d.number,
                "title": template.title if template else d.template,
                "holder": sealed[0].holder if sealed else None, "issued_by": d.issued_by,
                "pages": d.page_count, "prints": prints.get(d.id, 0),
                "reprints": reprints.get(d.id) or 0, "qc": qc.get(d.id),
                "voided": d.voided_at is not None, "void_reason": d.void_reason or None})
        return {"day": start, "until": end if end != start else None, "entries": entries}


def _prepared_by_actor(uow: UnitOfWork, data: dict[str, Any]) -> dict[str, Any]:
    return {**data, **actor_signer(uow, "preparer")}
