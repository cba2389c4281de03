"""ePassport chips at the desks: the trusted CSCA certificates, their CRLs, and the check of one
chip.

The CSCA certificates are reference data (issue 14 point 3, decision 0026): the server's admin
imports certificates or an ICAO master list (`gapura server chip import-masterlist`) and every
workstation receives them by sync into `csca_certificates`; a workstation's admin may also import
a file locally (`gapura chip import-masterlist`, or Admin → Sertifikat Chip). CRLs travel the same
way into `csca_crls`: a CRL is taken only when its signature verifies with a trusted CSCA of its
issuer's name, and only the newest CRL of each issuer is kept. `ChipTrustService.master_list()`
builds the `MasterList` passive authentication needs from both tables, once, and again only when
they changed.

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
import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping
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
from app.store.chip_models import CscaCertificate, CscaCrl

if TYPE_CHECKING:
    from cryptography import x509

    from devices.base import DocumentReader
    from devices.chip.pa import MasterList
    from devices.chip.transport import ApduTransport

log = logging.getLogger(__name__)

SYNC_SOURCE = "sync"
Progress = Callable[[int, int, str], None]

NOT_A_CERTIFICATE = QT_TRANSLATE_NOOP(
    "gapura", "Berkas {file} bukan sertifikat CSCA (DER/PEM), CRL, atau master list ICAO yang "
              "sah. Minta berkas master list resmi dari Direktorat Jenderal, lalu impor lagi.")
NOT_A_CA = QT_TRANSLATE_NOOP(
    "gapura", "Sertifikat {subject} dalam berkas {file} bukan sertifikat CSCA (bukan CA). "
              "Impor hanya sertifikat CSCA atau master list.")
EMPTY_FILE = QT_TRANSLATE_NOOP(
    "gapura", "Berkas {file} tidak berisi sertifikat CSCA.")
CRL_UNKNOWN_ISSUER = QT_TRANSLATE_NOOP(
    "gapura", "CRL dalam berkas {file} diterbitkan oleh {issuer}, yang bukan CSCA tepercaya. "
              "Impor dulu sertifikat CSCA atau master list negara itu, lalu impor CRL lagi. "
              "Tidak ada yang disimpan.")
CRL_BAD_SIGNATURE = QT_TRANSLATE_NOOP(
    "gapura", "Tanda tangan CRL dalam berkas {file} tidak sah untuk CSCA {issuer}: berkas rusak "
              "atau dipalsukan. Minta CRL resmi dari negara penerbit atau Direktorat Jenderal. "
              "Tidak ada yang disimpan.")


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


# -- the CRLs of the trusted CSCAs ---------------------------------------------------------


def issuer_key(issuer: str) -> str:
    """The key of an issuer's CRL (in `csca_crls` and in sync): SHA-256 of its RFC 4514 name."""
    return hashlib.sha256(issuer.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class TrustedCrl:
    """One CSCA's CRL as the store and the sync carry it."""

    issuer_key: str
    issuer: str  # RFC 4514
    fingerprint: str  # SHA-256 of the DER, hex
    number: int | None  # the CRLNumber extension (RFC 5280 §5.2.3), when present
    this_update: datetime
    next_update: datetime | None
    revoked: int
    der: bytes

    @classmethod
    def of(cls, crl: x509.CertificateRevocationList) -> TrustedCrl:
        from cryptography import x509
        from cryptography.hazmat.primitives import serialization

        der = crl.public_bytes(serialization.Encoding.DER)
        try:
            number: int | None = crl.extensions.get_extension_for_class(
                x509.CRLNumber).value.crl_number
        except x509.ExtensionNotFound:
            number = None
        issuer = crl.issuer.rfc4514_string()
        return cls(issuer_key(issuer), issuer[:500], hashlib.sha256(der).hexdigest(), number,
                   crl.last_update_utc, crl.next_update_utc, len(crl), der)

    def load(self) -> x509.CertificateRevocationList:
        from cryptography import x509

        return x509.load_der_x509_crl(self.der)

    def newer_than(self, other: TrustedCrl) -> bool:
        """Issued after `other` (by thisUpdate, then by CRL number)."""
        return (self.this_update, self.number or -1) > (other.this_update, other.number or -1)

    def payload(self) -> dict[str, Any]:
        """The `csca_crl` change (the DER in base64, and its description for people)."""
        return {"der": base64.b64encode(self.der).decode("ascii"), "issuer": self.issuer,
                "fingerprint": self.fingerprint,
                "crl_number": "" if self.number is None else str(self.number),
                "this_update": self.this_update.isoformat(),
                "next_update": self.next_update.isoformat() if self.next_update else None,
                "revoked": self.revoked}

    @classmethod
    def from_payload(cls, key: str, payload: Mapping[str, Any]) -> TrustedCrl:
        """The CRL a pulled change carries; its DER is parsed again, never trusted as described.

        Raises:
            ValueError: the DER is not a CRL, or its issuer's key is not `key`.
        """
        from cryptography import x509

        der = base64.b64decode(str(payload["der"]), validate=True)
        crl = cls.of(x509.load_der_x509_crl(der))
        if crl.issuer_key != key:
            raise ValueError(f"csca_crl {key}: the DER is a CRL of another issuer "
                             f"({crl.issuer})")
        return crl


def verify_crl(crl: TrustedCrl, cscas: Iterable[x509.Certificate], file: str) -> None:
    """Accept `crl` only when a CSCA among `cscas` bears its issuer's name and verifies its
    signature (Doc 9303-12 §7.1: a CSCA signs its own CRL).

    Raises:
        ValidationError: no such CSCA, or none of that name verifies the signature.
    """
    from cryptography.exceptions import UnsupportedAlgorithm

    loaded = crl.load()
    named = [c for c in cscas if c.subject == loaded.issuer]
    if not named:
        raise ValidationError(CRL_UNKNOWN_ISSUER, detail=f"{file}: no trusted CSCA named "
                              f"{crl.issuer}", file=file, issuer=crl.issuer)
    for csca in named:
        try:
            if loaded.is_signature_valid(csca.public_key()):
                return
        except (TypeError, ValueError, UnsupportedAlgorithm) as exc:
            log.debug("CSCA %s cannot verify the CRL: %r", csca.subject, exc)
    raise ValidationError(CRL_BAD_SIGNATURE, detail=f"{file}: the signature of the CRL of "
                          f"{crl.issuer} does not verify with the {len(named)} CSCA(s) of that "
                          "name", file=file, issuer=crl.issuer)


class CrlOutcome(StrEnum):
    ADDED = "added"  # the first CRL of its issuer
    REPLACED = "replaced"  # newer than the one held, which it replaced
    REFRESHED = "refreshed"  # the CRL held already
    OUTDATED = "outdated"  # older than the one held, which stays

    @property
    def stored(self) -> bool:
        return self in (CrlOutcome.ADDED, CrlOutcome.REPLACED)


def store_crl(uow: UnitOfWork, crl: TrustedCrl, source: str) -> CrlOutcome:
    """Keep `crl` inside `uow` when it is its issuer's newest (one CRL per issuer)."""
    row = uow.session.get(CscaCrl, crl.issuer_key)
    if row is None:
        outcome = CrlOutcome.ADDED
        row = CscaCrl(issuer_key=crl.issuer_key)
        uow.session.add(row)
    elif row.fingerprint == crl.fingerprint:
        outcome = CrlOutcome.REFRESHED
    else:
        held = TrustedCrl(row.issuer_key, row.issuer, row.fingerprint,
                          int(row.crl_number) if row.crl_number else None, row.this_update,
                          row.next_update, row.revoked, row.der)
        if not crl.newer_than(held):
            return CrlOutcome.OUTDATED
        outcome = CrlOutcome.REPLACED
    row.issuer, row.fingerprint, row.der = crl.issuer, crl.fingerprint, crl.der
    row.crl_number = "" if crl.number is None else str(crl.number)
    row.this_update, row.next_update, row.revoked = crl.this_update, crl.next_update, crl.revoked
    row.source, row.imported_at = source[:300], uow.context.clock()
    row.imported_by = uow.actor.username
    return outcome


def remove_crl(uow: UnitOfWork, key: str) -> None:
    uow.session.execute(delete(CscaCrl).where(CscaCrl.issuer_key == key))


# -- files ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TrustFile:
    """What one imported file holds: CSCA certificates, CRLs, or (a PEM bundle) both."""

    certificates: list[TrustedCertificate]
    crls: list[TrustedCrl]


_PEM_CRL = re.compile(rb"-----BEGIN X509 CRL-----.+?-----END X509 CRL-----", re.DOTALL)


def _parse_trust_file(data: bytes, name: str
                      ) -> tuple[list[x509.Certificate], list[x509.CertificateRevocationList]]:
    """Raises ValueError or MasterListError when `data` is none of the kinds."""
    from cryptography import x509

    from devices.chip.pa import MasterList

    if b"-----BEGIN" in data:
        crls = [x509.load_pem_x509_crl(block) for block in _PEM_CRL.findall(data)]
        certs = (x509.load_pem_x509_certificates(data) if b"-----BEGIN CERTIFICATE" in data
                 else [])
        if not crls and not certs:
            raise ValueError("no PEM certificate or CRL")
        return certs, crls
    try:
        return [x509.load_der_x509_certificate(data)], []
    except ValueError:
        pass
    try:
        return [], [x509.load_der_x509_crl(data)]
    except ValueError:
        pass
    master = MasterList()
    master.add_master_list(data, name)
    return list(master.cscas), []


def read_trust_file(data: bytes, name: str) -> TrustFile:
    """The CSCA certificates and CRLs of one file: a certificate (DER or PEM, several in a PEM),
    a CRL (DER or PEM), or an ICAO master list (CMS SignedData, whose own signature must
    verify). A CRL's signature is checked when it is stored (`verify_crl`), not here.

    Raises:
        ValidationError: none of these, a certificate that is not a CA, or no certificate and
            no CRL at all; the message names the file.
    """
    from devices.chip.errors import MasterListError

    try:
        certs, crls = _parse_trust_file(data, name)
    except (ValueError, MasterListError) as exc:
        raise ValidationError(NOT_A_CERTIFICATE, detail=f"{name}: {getattr(exc, 'detail', exc)}",
                              file=name) from exc
    if not certs and not crls:
        raise ValidationError(EMPTY_FILE, detail=f"{name}: no certificate", file=name)
    for cert in certs:
        if not _is_ca(cert):
            raise ValidationError(NOT_A_CA, detail=f"{name}: {cert.subject.rfc4514_string()} "
                                  "has no BasicConstraints CA", file=name,
                                  subject=cert.subject.rfc4514_string())
    unique = {c.fingerprint: c for c in map(TrustedCertificate.of, certs)}
    unique_crls = {c.fingerprint: c for c in map(TrustedCrl.of, crls)}
    return TrustFile(list(unique.values()), list(unique_crls.values()))


# -- the service ----------------------------------------------------------------------------


@dataclass(frozen=True)
class TrustImport:
    source: str
    certificates: int  # in the file
    added: int  # not held before
    crls: int = 0  # in the file
    crls_added: int = 0  # now their issuer's newest (first of the issuer, or replacing one)
    crls_outdated: int = 0  # older than the issuer's CRL held, so not kept


@dataclass(frozen=True)
class TrustedInfo:
    fingerprint: str
    country: str
    subject: str
    not_before: datetime
    not_after: datetime
    source: str
    imported_at: datetime


@dataclass(frozen=True)
class CrlInfo:
    issuer_key: str
    issuer: str
    crl_number: str
    this_update: datetime
    next_update: datetime | None
    revoked: int
    source: str
    imported_at: datetime

    def expired(self, now: datetime) -> bool:
        """Past its next update: passive authentication reads revocation as not checked."""
        return self.next_update is not None and self.next_update < now


class ChipTrustService:
    """The workstation's trusted CSCAs and the `MasterList` built from them."""

    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context
        self._lock = threading.Lock()
        self._master: MasterList | None = None
        self._built_for: tuple[int, datetime | None, tuple[str, ...]] | None = None

    def import_file(self, actor: Actor, path: Path) -> TrustImport:
        """Trust the CSCAs of a certificate or master list file on this workstation, or keep
        the CRL(s) of a CRL file, all or nothing, audited in the same transaction.

        A CRL is kept only when a CSCA trusted here (or in the same file) of its issuer's name
        verifies its signature, and only when it is newer than the CRL held of that issuer.

        Raises:
            ValidationError: the file is none of these, or a CRL's issuer is not trusted or its
                signature does not verify (nothing imported).
        """
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ValidationError(NOT_A_CERTIFICATE, detail=f"{path}: {exc}",
                                  file=path.name) from exc
        found = read_trust_file(data, path.name)
        digest = hashlib.sha256(data).hexdigest()
        with self._ctx.change(actor, Permission.REFERENCE_MANAGE) as uow:
            added = sum(store_certificate(uow, cert, path.name) for cert in found.certificates)
            if found.certificates:
                uow.audit("csca.imported", "csca_import", digest,
                          after={"source": path.name, "certificates": len(found.certificates),
                                 "added": added,
                                 "fingerprints": [c.fingerprint for c in found.certificates]})
            outcomes = self._store_crls(uow, found.crls, path.name)
            if found.crls:
                uow.audit("csca_crl.imported", "csca_import", digest, after={
                    "source": path.name, "crls": [
                        {"issuer": c.issuer, "number": c.number, "fingerprint": c.fingerprint,
                         "this_update": c.this_update.isoformat(), "revoked": c.revoked,
                         "outcome": o.value} for c, o in zip(found.crls, outcomes, strict=True)]})
        result = TrustImport(path.name, len(found.certificates), added, len(found.crls),
                             sum(o.stored for o in outcomes),
                             sum(o is CrlOutcome.OUTDATED for o in outcomes))
        log.info("CSCA import %s: %d certificates (%d new), %d CRLs (%d kept, %d outdated)",
                 path.name, result.certificates, result.added, result.crls, result.crls_added,
                 result.crls_outdated)
        return result

    @staticmethod
    def _store_crls(uow: UnitOfWork, crls: list[TrustedCrl], source: str) -> list[CrlOutcome]:
        if not crls:
            return []
        from cryptography import x509

        # Read inside the transaction, after the file's own certificates were added.
        cscas = [x509.load_der_x509_certificate(der)
                 for der in uow.session.scalars(select(CscaCertificate.der))]
        for crl in crls:
            verify_crl(crl, cscas, source)
        return [store_crl(uow, crl, source) for crl in crls]

    def certificates(self, actor: Actor) -> list[TrustedInfo]:
        with self._ctx.query(actor, Permission.REFERENCE_MANAGE) as session:
            rows = session.scalars(select(CscaCertificate).order_by(
                CscaCertificate.country, CscaCertificate.not_before)).all()
            return [TrustedInfo(r.fingerprint, r.country, r.subject, r.not_before, r.not_after,
                                r.source, r.imported_at) for r in rows]

    def crls(self, actor: Actor) -> list[CrlInfo]:
        """The newest CRL of each issuer held here, by issuer."""
        with self._ctx.query(actor, Permission.REFERENCE_MANAGE) as session:
            rows = session.scalars(select(CscaCrl).order_by(CscaCrl.issuer)).all()
            return [CrlInfo(r.issuer_key, r.issuer, r.crl_number, r.this_update, r.next_update,
                            r.revoked, r.source, r.imported_at) for r in rows]

    def master_list(self) -> MasterList:
        """The trusted CSCAs and their CRLs as passive authentication takes them; rebuilt only
        when the tables changed (a certificate added, refreshed or removed, a CRL replaced, by
        import or sync). Callers check their own permission first (the counter's, the permit
        desk's)."""
        with self._ctx.store.read() as session:
            count, newest = session.execute(select(
                func.count(), func.max(CscaCertificate.imported_at))).one()
            # One CRL per issuer (tens of rows): their fingerprints say exactly which are held.
            crl_prints = tuple(session.scalars(select(CscaCrl.fingerprint)
                                               .order_by(CscaCrl.fingerprint)))
            signature = (int(count), newest, crl_prints)
            with self._lock:
                if self._master is not None and self._built_for == signature:
                    return self._master
            ders = session.scalars(select(CscaCertificate.der)).all()
            crl_ders = session.scalars(select(CscaCrl.der)).all()
        from cryptography import x509

        from devices.chip.pa import MasterList

        master = MasterList()
        for der in ders:
            try:
                master.add(x509.load_der_x509_certificate(der))
            except ValueError as exc:  # stored by an older version; the rest still count
                log.error("stored CSCA certificate unreadable: %s", exc)
        for der in crl_ders:
            try:
                master.crls.append(x509.load_der_x509_crl(der))
            except ValueError as exc:
                log.error("stored CRL unreadable: %s", exc)
        with self._lock:
            self._master, self._built_for = master, signature
        log.info("master list built: %d CSCA certificates, %d CRLs", len(master),
                 len(master.crls))
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
