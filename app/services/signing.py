"""The office's document-signing key, and verification of printed documents and their seals.

The private key is made on first use and kept in the instance's secret store (app.secrets);
its public half goes into `office_keys`, the reference data that verification reads (and that
sync will distribute, so any office can check another's papers offline).
"""

from __future__ import annotations

import hashlib
import io
import logging
import threading
from dataclasses import dataclass

from sqlalchemy import select

from app.auth.permissions import Actor, require_any_role
from app.services.base import ServiceContext, UnitOfWork
from app.store.counter_models import IssuedDocument
from app.store.document_models import OfficeKey as OfficeKeyRow

log = logging.getLogger(__name__)
_LOCK = threading.Lock()


@dataclass(frozen=True)
class Verification:
    """The answer of `gapura verify`: status valid | tampered | unknown, and why."""

    status: str
    reason: str
    number: str = ""
    template: str = ""
    holder: str = ""
    issued_on: str = ""
    stored_copy: bool | None = None  # None: this workstation holds no copy to compare


def _secret_name(office_code: str) -> str:
    return f"office-key-{office_code}"


def _text_of(pdf: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def _signed(pdf: bytes) -> bool:
    return b"/ByteRange" in pdf


def _seal_of(pdf: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        metadata = PdfReader(io.BytesIO(pdf)).metadata
    except (PdfReadError, ValueError, OSError) as error:
        log.info("not a readable PDF: %r", error)
        return ""
    return str((metadata or {}).get("/Keywords") or "")


def office_key(uow: UnitOfWork):  # noqa: ANN201 - printing.seal.OfficeKey
    """The actor's office signing key, made (and its public half stored) inside `uow` if new.

    Kept on the service context after the first use, so the secret store is read once.
    """
    from printing.seal import OfficeKey

    ctx = uow.context
    office = uow.actor.office_code
    with _LOCK:
        cached = ctx.cache.get(("office_key", office))
        if cached is not None:
            return cached
        raw = ctx.secrets.get(_secret_name(office))
        if raw is None:
            key = OfficeKey.generate(office)
            ctx.secrets.set(_secret_name(office), key.private_bytes())
            log.info("office signing key %s made, kept in %s", key.key_id, ctx.secrets.where)
        else:
            key = OfficeKey.from_private_bytes(office, raw)
        if uow.session.get(OfficeKeyRow, key.key_id) is None:
            uow.session.add(OfficeKeyRow(key_id=key.key_id, office_code=office, kind="seal",
                                         public_key=key.public_bytes(),
                                         created_at=ctx.clock(), revoked=False))
            uow.audit("office_key.published", "office_key", key.key_id,
                      after={"office": office})
        ctx.cache[("office_key", office)] = key
        return key


def office_certificate(uow: UnitOfWork) -> tuple[bytes, bytes]:
    """The actor's office PDF-signing key and certificate (PEM), made inside `uow` if new
    (self-signed: a real office imports its CA-issued one)."""
    from printing.pdfsign import new_office_certificate

    ctx = uow.context
    office = uow.actor.office_code
    with _LOCK:
        key = ctx.secrets.get(f"office-pdf-key-{office}")
        certificate = ctx.secrets.get(f"office-pdf-certificate-{office}")
        if key is None or certificate is None:
            key, certificate = new_office_certificate(office, ctx.config["office.name"])
            ctx.secrets.set(f"office-pdf-key-{office}", key)
            ctx.secrets.set(f"office-pdf-certificate-{office}", certificate)
        key_id = f"{office}-pdf-{hashlib.sha256(certificate).hexdigest()[:8]}"
        if uow.session.get(OfficeKeyRow, key_id) is None:
            uow.session.add(OfficeKeyRow(key_id=key_id, office_code=office, kind="pdf",
                                         public_key=certificate, created_at=ctx.clock(),
                                         revoked=False))
            uow.audit("office_key.published", "office_key", key_id,
                      after={"office": office, "kind": "pdf"})
        return key, certificate


class SigningService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def _pdf_signature_intact(self, pdf: bytes) -> bool:
        from printing.pdfsign import signature_intact

        with self._ctx.store.read() as session:
            certificates = session.execute(select(OfficeKeyRow.public_key).where(
                OfficeKeyRow.kind == "pdf", OfficeKeyRow.revoked.is_(False))).scalars().all()
        return any(signature_intact(pdf, certificate) for certificate in certificates)

    def public_keys(self) -> dict[str, bytes]:
        with self._ctx.store.read() as session:
            rows = session.execute(select(OfficeKeyRow).where(
                OfficeKeyRow.revoked.is_(False), OfficeKeyRow.kind == "seal")).scalars()
            return {r.key_id: r.public_key for r in rows}

    def verify_seal(self, actor: Actor, seal: str) -> Verification:
        """A QR payload as scanned: is it one of ours, unaltered?"""
        from printing.seal import check_seal

        require_any_role(actor)
        check = check_seal(seal, self.public_keys())
        facts = check.facts
        return Verification(check.status.value, check.reason,
                            *((facts.number, facts.template, facts.holder, facts.issued_on)
                              if facts else ()))

    def verify_pdf(self, actor: Actor, pdf: bytes) -> Verification:
        """A PDF file: its seal, the paper's own number and holder against the seal's, and the
        file against the office's stored copy where this workstation has one."""
        require_any_role(actor)
        seal = _seal_of(pdf)
        if not seal:
            return Verification("unknown", "the file carries no Gapura seal")
        found = self.verify_seal(actor, seal)
        if found.status != "valid":
            return found
        text = _text_of(pdf)
        for label, value in (("number", found.number), ("holder", found.holder)):
            if value and " ".join(value.split()) not in text:
                return Verification("tampered", f"the {label} on the paper is not the seal's "
                                    f"({value!r})", found.number, found.template, found.holder,
                                    found.issued_on)
        if _signed(pdf) and not self._pdf_signature_intact(pdf):
            return Verification("tampered", "the head of office's PDF signature does not hold",
                                found.number, found.template, found.holder, found.issued_on)
        with self._ctx.store.read() as session:
            stored = session.execute(select(IssuedDocument.sha256, IssuedDocument.voided_at)
                                     .where(IssuedDocument.number == found.number)).first()
        if stored is None:
            return found
        if stored.voided_at is not None:
            return Verification("tampered", "the document was voided", found.number,
                                found.template, found.holder, found.issued_on, True)
        same = hashlib.sha256(pdf).hexdigest() == stored.sha256
        if not same:
            return Verification("tampered", "the file differs from the office's stored copy",
                                found.number, found.template, found.holder, found.issued_on,
                                False)
        return Verification("valid", "seal valid; identical to the office's stored copy",
                            found.number, found.template, found.holder, found.issued_on, True)
