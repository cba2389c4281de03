"""ePassport chips at the desks: the trusted CSCA certificates and the check of one chip.

The CSCA certificates are reference data (issue 14 point 3, decision 0026): the server's admin
imports certificates or an ICAO master list (`gapura server chip import-masterlist`) and every
workstation receives them by sync into `csca_certificates`; a workstation's admin may also import
a file locally (`gapura chip import-masterlist`). `ChipTrustService.master_list()` builds the
`MasterList` passive authentication needs from that table, once, and again only when the table
changed.

`verify_chip` reads the chip on a reader with the keys of the printed MRZ, runs passive
authentication and compares DG1 with the printed MRZ field by field: the counter and the permit
desk call it in their worker. It imports the chip library (about 0.15 s) on first use, never at
start-up.
"""

from __future__ import annotations

import base64
import hashlib
import io
import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select

from app.auth.permissions import Actor, Permission
from app.domain.mrz import MrzFormatError, MrzResult, parse_mrz
from app.errors import DeviceError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.base import ServiceContext, UnitOfWork
from app.store.chip_models import CscaCertificate

if TYPE_CHECKING:
    from cryptography import x509

    from devices.base import DocumentReader
    from devices.chip.pa import MasterList
    from devices.chip.transport import ApduTransport

log = logging.getLogger(__name__)

SYNC_SOURCE = "sync"
Progress = Callable[[int, int, str], None]

NOT_A_CERTIFICATE = QT_TRANSLATE_NOOP(
    "gapura", "Berkas {file} bukan sertifikat CSCA (DER/PEM) atau master list ICAO yang sah. "
              "Minta berkas master list resmi dari Direktorat Jenderal, lalu impor lagi.")
NOT_A_CA = QT_TRANSLATE_NOOP(
    "gapura", "Sertifikat {subject} dalam berkas {file} bukan sertifikat CSCA (bukan CA). "
              "Impor hanya sertifikat CSCA atau master list.")
EMPTY_FILE = QT_TRANSLATE_NOOP(
    "gapura", "Berkas {file} tidak berisi sertifikat CSCA.")


# -- the trusted certificates ------------------------------------------------------------------


@dataclass(frozen=True)
class TrustedCertificate:
    """One CSCA certificate as the store and the sync carry it."""

    fingerprint: str  # SHA-256 of the DER, hex
    country: str
    subject: str
    not_before: datetime
    not_after: datetime
    der: bytes

    @classmethod
    def of(cls, cert: x509.Certificate) -> TrustedCertificate:
        from cryptography.hazmat.primitives import serialization
        from cryptography.x509.oid import NameOID

        der = cert.public_bytes(serialization.Encoding.DER)
        countries = cert.subject.get_attributes_for_oid(NameOID.COUNTRY_NAME)
        country = str(countries[0].value).upper()[:3] if countries else ""
        return cls(hashlib.sha256(der).hexdigest(), country, cert.subject.rfc4514_string()[:500],
                   cert.not_valid_before_utc, cert.not_valid_after_utc, der)

    def payload(self) -> dict[str, Any]:
        """The `csca_certificate` change of decision 0026 (the DER in base64)."""
        return {"der": base64.b64encode(self.der).decode("ascii"), "country": self.country,
                "subject": self.subject, "not_before": self.not_before.isoformat(),
                "not_after": self.not_after.isoformat()}

    @classmethod
    def from_payload(cls, key: str, payload: Mapping[str, Any]) -> TrustedCertificate:
        """The certificate a pulled change carries; its DER is parsed again, never trusted as
        described.

        Raises:
            ValueError: the DER is not a certificate, or its SHA-256 is not `key`.
        """
        from cryptography import x509

        der = base64.b64decode(str(payload["der"]), validate=True)
        if hashlib.sha256(der).hexdigest() != key:
            raise ValueError(f"csca_certificate {key}: fingerprint does not match its DER")
        return cls.of(x509.load_der_x509_certificate(der))


def _is_ca(cert: x509.Certificate) -> bool:
    from cryptography import x509

    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def read_trust_file(data: bytes, name: str) -> list[TrustedCertificate]:
    """The CSCA certificates of one file: a certificate (DER or PEM, several in a PEM) or an ICAO
    master list (CMS SignedData, whose own signature must verify).

    Raises:
        ValidationError: not a certificate or master list, a certificate that is not a CA, or
            no certificate at all; the message names the file.
    """
    from cryptography import x509

    from devices.chip.errors import MasterListError
    from devices.chip.pa import MasterList

    certs: list[x509.Certificate]
    try:
        if b"-----BEGIN" in data:
            certs = x509.load_pem_x509_certificates(data)
        else:
            try:
                certs = [x509.load_der_x509_certificate(data)]
            except ValueError:
                master = MasterList()
                master.add_master_list(data, name)
                certs = list(master.cscas)
    except (ValueError, MasterListError) as exc:
        raise ValidationError(NOT_A_CERTIFICATE, detail=f"{name}: {getattr(exc, 'detail', exc)}",
                              file=name) from exc
    if not certs:
        raise ValidationError(EMPTY_FILE, detail=f"{name}: no certificate", file=name)
    for cert in certs:
        if not _is_ca(cert):
            raise ValidationError(NOT_A_CA, detail=f"{name}: {cert.subject.rfc4514_string()} "
                                  "has no BasicConstraints CA", file=name,
                                  subject=cert.subject.rfc4514_string())
    unique = {c.fingerprint: c for c in map(TrustedCertificate.of, certs)}
    return list(unique.values())


def store_certificate(uow: UnitOfWork, cert: TrustedCertificate, source: str) -> bool:
    """Add or refresh one trusted CSCA inside `uow`; True when it was not held before."""
    row = uow.session.get(CscaCertificate, cert.fingerprint)
    new = row is None
    if row is None:
        row = CscaCertificate(fingerprint=cert.fingerprint)
        uow.session.add(row)
    row.country, row.subject, row.der = cert.country, cert.subject, cert.der
    row.not_before, row.not_after = cert.not_before, cert.not_after
    row.source, row.imported_at = source[:300], uow.context.clock()
    row.imported_by = uow.actor.username
    return new


def remove_certificate(uow: UnitOfWork, fingerprint: str) -> None:
    uow.session.execute(delete(CscaCertificate).where(
        CscaCertificate.fingerprint == fingerprint))


@dataclass(frozen=True)
class TrustImport:
    source: str
    certificates: int  # in the file
    added: int  # not held before


@dataclass(frozen=True)
class TrustedInfo:
    fingerprint: str
    country: str
    subject: str
    not_before: datetime
    not_after: datetime
    source: str
    imported_at: datetime


class ChipTrustService:
    """The workstation's trusted CSCAs and the `MasterList` built from them."""

    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context
        self._lock = threading.Lock()
        self._master: MasterList | None = None
        self._built_for: tuple[int, datetime | None] | None = None

    def import_file(self, actor: Actor, path: Path) -> TrustImport:
        """Trust the CSCAs of a certificate or master list file on this workstation.

        Raises:
            ValidationError: the file is not a certificate or master list (nothing imported).
        """
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ValidationError(NOT_A_CERTIFICATE, detail=f"{path}: {exc}",
                                  file=path.name) from exc
        certs = read_trust_file(data, path.name)
        with self._ctx.change(actor, Permission.REFERENCE_MANAGE) as uow:
            added = sum(store_certificate(uow, cert, path.name) for cert in certs)
            uow.audit("csca.imported", "csca_import", hashlib.sha256(data).hexdigest(),
                      after={"source": path.name, "certificates": len(certs), "added": added,
                             "fingerprints": [c.fingerprint for c in certs]})
        log.info("CSCA import %s: %d certificates, %d new", path.name, len(certs), added)
        return TrustImport(path.name, len(certs), added)

    def certificates(self, actor: Actor) -> list[TrustedInfo]:
        with self._ctx.query(actor, Permission.REFERENCE_MANAGE) as session:
            rows = session.scalars(select(CscaCertificate).order_by(
                CscaCertificate.country, CscaCertificate.not_before)).all()
            return [TrustedInfo(r.fingerprint, r.country, r.subject, r.not_before, r.not_after,
                                r.source, r.imported_at) for r in rows]

    def master_list(self) -> MasterList:
        """The trusted CSCAs as passive authentication takes them; rebuilt only when the table
        changed (a certificate added, refreshed or removed, by import or sync). Callers check
        their own permission first (the counter's, the permit desk's)."""
        with self._ctx.store.read() as session:
            count, newest = session.execute(select(
                func.count(), func.max(CscaCertificate.imported_at))).one()
            signature = (int(count), newest)
            with self._lock:
                if self._master is not None and self._built_for == signature:
                    return self._master
            ders = session.scalars(select(CscaCertificate.der)).all()
        from cryptography import x509

        from devices.chip.pa import MasterList

        master = MasterList()
        for der in ders:
            try:
                master.add(x509.load_der_x509_certificate(der))
            except ValueError as exc:  # stored by an older version; the rest still count
                log.error("stored CSCA certificate unreadable: %s", exc)
        with self._lock:
            self._master, self._built_for = master, signature
        log.info("master list built: %d CSCA certificates", len(master))
        return master


# -- one chip ---------------------------------------------------------------------------------


class ChipStatus(StrEnum):
    AUTHENTIC = "authentic"  # passive authentication passed
    FAILED = "failed"  # read, but a check of passive authentication failed
    ACCESS_DENIED = "access_denied"  # the chip refused the printed MRZ's keys
    UNREADABLE = "unreadable"  # the read broke off or the data is malformed


@dataclass(frozen=True)
class ChipCheckItem:
    """One check of passive authentication: `reason` Indonesian (marked) with `{fields}`."""

    name: str  # signature | chain | validity | revocation | DG1 | DG2 ...
    status: str  # ok | failed | not_checked
    reason: str
    params: Mapping[str, Any] = field(default_factory=dict)
    detail: str = ""

    @property
    def failed(self) -> bool:
        return self.status == "failed"

    @property
    def text(self) -> str:
        return self.reason.format(**self.params)


@dataclass(frozen=True)
class FieldComparison:
    """One MRZ field as printed and as the chip's DG1 holds it; `label` Indonesian (marked)."""

    field: str
    label: str
    printed: str
    chip: str

    @property
    def matches(self) -> bool:
        return self.printed == self.chip


@dataclass(frozen=True)
class ChipCheck:
    """What the desk shows and keeps of one chip: read, genuine, saying what the page says."""

    status: ChipStatus
    access: str  # PACE | BAC | "" when not opened
    checks: tuple[ChipCheckItem, ...] = ()
    fields: tuple[FieldComparison, ...] = ()
    photo: bytes | None = None  # the DG2 face: JPEG as stored, or PNG (from JPEG 2000)
    problem: str = ""  # Indonesian (marked) when not read: why, and what to do
    problem_params: Mapping[str, Any] = field(default_factory=dict)
    detail: str = ""  # English, for the log and the audit trail
    read_ms: float = 0.0

    @property
    def authentic(self) -> bool:
        return self.status is ChipStatus.AUTHENTIC

    @property
    def failed_checks(self) -> tuple[ChipCheckItem, ...]:
        return tuple(c for c in self.checks if c.failed)

    @property
    def mismatches(self) -> tuple[FieldComparison, ...]:
        return tuple(f for f in self.fields if not f.matches)

    @property
    def passed(self) -> bool:
        """Genuine, and its DG1 says what the printed MRZ says."""
        return self.authentic and not self.mismatches

    @property
    def problem_text(self) -> str:
        return self.problem.format(**self.problem_params) if self.problem else ""

    def audit_data(self) -> dict[str, Any]:
        """What the audit trail and a referral keep of the read (JSON-able, no image)."""
        return {
            "status": self.status.value, "access": self.access,
            "failed": [{"check": c.name, "reason": c.text, "detail": c.detail}
                       for c in self.failed_checks],
            "mismatches": [{"field": f.field, "printed": f.printed, "chip": f.chip}
                           for f in self.mismatches],
            "photo_sha256": hashlib.sha256(self.photo).hexdigest() if self.photo
            else "",
            "problem": self.problem_text,
            "detail": self.detail, "read_ms": round(self.read_ms, 1),
        }


def _displayable(photo: Any) -> bytes | None:
    """The DG2 face as bytes Qt opens without plugins: a JPEG as stored, anything else
    (JPEG 2000) decoded and re-encoded as PNG.

    Raises:
        ChipDataError: the image cannot be decoded.
    """
    from devices.chip.lds import ImageFormat

    if photo is None:
        return None
    if photo.format is ImageFormat.JPEG:
        return photo.data
    out = io.BytesIO()
    photo.decode().save(out, format="PNG")
    return out.getvalue()


def _shown(value: object) -> str:
    if value is None:
        return ""
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _fields(chip_lines: tuple[str, ...], printed: MrzResult) -> tuple[FieldComparison, ...]:
    """Every MRZ field side by side, by the chip library's notion of a mismatch (a chip MRZ
    that does not parse differs in every field)."""
    from devices.chip.reader import FIELD_LABELS, LINES_LABEL, compare_mrz

    differing = {m.field: m for m in compare_mrz(chip_lines, printed).mismatches}
    try:
        chip: MrzResult | None = parse_mrz(chip_lines)
    except MrzFormatError:
        chip = None
    fields = []
    for name, label in FIELD_LABELS.items():
        ours = _shown(getattr(printed, name))
        if name in differing:
            theirs = differing[name].chip
        elif chip is None:
            theirs = ""
        else:
            theirs = _shown(getattr(chip, name))
        if ours or theirs:  # skip fields neither holds (most passports' optional data)
            fields.append(FieldComparison(name, label, ours, theirs))
    if "lines" in differing:
        m = differing["lines"]
        fields.append(FieldComparison("lines", LINES_LABEL, m.printed, m.chip))
    return tuple(fields)


def verify_chip(transport: ApduTransport, printed: MrzResult, master: MasterList,
                now: datetime, progress: Progress | None = None) -> ChipCheck:
    """Read the chip on `transport` with the printed MRZ's keys, authenticate it and compare its
    DG1 with `printed`. Never raises for the chip's own failures: they are the result.

    Args:
        transport: the reader's chip (PC/SC, or the simulator's software chip).
        printed: the MRZ read from (or typed off) the data page.
        master: the trusted CSCAs (`ChipTrustService.master_list()`).
        now: when the certificates must be valid (the check's time).
        progress: `progress(done_bytes, total_bytes, file_name)` while reading.
    """
    from devices.chip.bac import MrzKeys
    from devices.chip.errors import AccessDenied, ChipError
    from devices.chip.reader import read_chip

    started = time.perf_counter()
    try:
        read = read_chip(transport, MrzKeys.from_mrz(printed), master, now.astimezone(UTC),
                         progress, decode_photo=False)
        photo = _displayable(read.photo)
    except ChipError as exc:
        # AccessDenied: the MRZ's keys do not open the chip (misread page, another passport).
        status = (ChipStatus.ACCESS_DENIED if isinstance(exc, AccessDenied)
                  else ChipStatus.UNREADABLE)
        log.warning("chip not read (%s): %s", status.value, exc.detail)
        return ChipCheck(status, "", problem=exc.message_template,
                         problem_params=dict(exc.params), detail=exc.detail,
                         read_ms=(time.perf_counter() - started) * 1000)
    checks = tuple(ChipCheckItem(name, c.status.value, c.reason, dict(c.params), c.detail)
                   for name, c in read.pa.checks.items())
    status = ChipStatus.AUTHENTIC if read.pa.passed else ChipStatus.FAILED
    result = ChipCheck(status, read.access.value, checks, _fields(read.mrz_lines, printed),
                       photo, detail="; ".join(read.notes),
                       read_ms=(time.perf_counter() - started) * 1000)
    log.info("chip read (%s) in %.0f ms: %s, %d field(s) differ", result.access,
             result.read_ms, status.value, len(result.mismatches))
    return result


def read_document_chip(reader: DocumentReader, trust: ChipTrustService, document: MrzResult,
                       now: datetime, progress: Progress | None = None) -> ChipCheck | None:
    """The chip of the passport on `reader` checked against `document` (the printed MRZ), or
    None when the reader offers no chip (the counter's and the permit desk's)."""
    try:
        transport = reader.chip_transport()
    except DeviceError as exc:  # the reader's chip interface (PC/SC) failed
        log.warning("chip interface unavailable: %s", exc.detail)
        return ChipCheck(ChipStatus.UNREADABLE, "", problem=exc.message_template,
                         problem_params=dict(exc.params), detail=exc.detail)
    if transport is None:
        return None
    return verify_chip(transport, document, trust.master_list(), now, progress)
