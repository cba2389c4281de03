"""Passive authentication (Doc 9303-11 §5.1): is the chip's data what the issuing state signed?

Four checks, each reported on its own with an Indonesian reason for the officer:
- signature: the SOD's CMS SignedData verifies with the Document Signer (DS) certificate in it;
- chain: the DS certificate was signed by a CSCA of the `MasterList`;
- hashes: every data group read hashes to the value the SOD lists for it;
- validity: the DS and CSCA certificates are valid at the given time;
- revocation: the DS certificate is not on its CSCA's CRL, when a CRL is held.

`MasterList` holds the trusted CSCA certificates (and CRLs), loaded from a folder of DER/PEM
files and ICAO master lists (CMS SignedData of a CscaMasterList).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from asn1crypto import algos, cms, core
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from app.i18n import QT_TRANSLATE_NOOP
from devices.chip import tlv
from devices.chip.errors import MasterListError

log = logging.getLogger(__name__)

LDS_SECURITY_OBJECT = "2.23.136.1.1.1"
CSCA_MASTER_LIST = "2.23.136.1.1.2"

# -- reasons (Indonesian, for the officer) ---------------------------------------------------

SIGNATURE_OK = QT_TRANSLATE_NOOP("gapura", "Tanda tangan data chip sah.")
SIGNATURE_BAD = QT_TRANSLATE_NOOP(
    "gapura", "Tanda tangan data chip tidak sah: data chip mungkin dipalsukan. Periksa paspor "
              "secara manual dan rujuk ke supervisor.")
SOD_UNREADABLE = QT_TRANSLATE_NOOP(
    "gapura", "Objek keamanan dokumen (SOD) pada chip tidak dapat dibaca. Periksa paspor "
              "secara manual dan rujuk ke supervisor.")
CHAIN_OK = QT_TRANSLATE_NOOP(
    "gapura", "Sertifikat penanda tangan dokumen diterbitkan oleh CSCA yang terdaftar ({issuer}).")
CHAIN_UNKNOWN = QT_TRANSLATE_NOOP(
    "gapura", "CSCA penerbit ({issuer}) tidak ada dalam master list, sehingga keaslian chip "
              "tidak dapat dipastikan. Minta Admin TIK memperbarui master list atau periksa "
              "paspor secara manual.")
CHAIN_BAD = QT_TRANSLATE_NOOP(
    "gapura", "Sertifikat penanda tangan dokumen tidak ditandatangani oleh CSCA {issuer}: "
              "chip mungkin palsu. Rujuk ke supervisor.")
HASH_OK = QT_TRANSLATE_NOOP("gapura", "Data {group} utuh.")
HASH_BAD = QT_TRANSLATE_NOOP(
    "gapura", "Data {group} pada chip telah diubah (tidak cocok dengan SOD). Rujuk ke supervisor.")
HASH_UNLISTED = QT_TRANSLATE_NOOP(
    "gapura", "{group} tidak tercantum dalam SOD, sehingga keutuhannya tidak terjamin. Rujuk ke "
              "supervisor.")
VALIDITY_OK = QT_TRANSLATE_NOOP(
    "gapura", "Sertifikat penanda tangan dokumen dan CSCA berlaku pada {date}.")
VALIDITY_BAD = QT_TRANSLATE_NOOP(
    "gapura", "Sertifikat {certificate} tidak berlaku pada {date} (berlaku {start} s.d. {end}). "
              "Rujuk ke supervisor.")
REVOCATION_OK = QT_TRANSLATE_NOOP(
    "gapura", "Sertifikat penanda tangan dokumen tidak dicabut (CRL {issuer}, {date}).")
REVOKED = QT_TRANSLATE_NOOP(
    "gapura", "Sertifikat penanda tangan dokumen telah dicabut oleh negara penerbit pada "
              "{date}: chip tidak boleh dipercaya. Rujuk ke supervisor.")
NO_CRL = QT_TRANSLATE_NOOP(
    "gapura", "Tidak ada CRL dari CSCA penerbit; status pencabutan tidak diperiksa.")
STALE_CRL = QT_TRANSLATE_NOOP(
    "gapura", "CRL dari CSCA penerbit sudah lewat masa berlakunya ({date}); status pencabutan "
              "tidak diperiksa. Minta Admin TIK memperbarui CRL.")
NO_ISSUER = QT_TRANSLATE_NOOP(
    "gapura", "Tidak diperiksa karena CSCA penerbit tidak dikenal.")
NO_SIGNER = QT_TRANSLATE_NOOP(
    "gapura", "Tidak diperiksa karena SOD tidak dapat diverifikasi.")

DS_CERTIFICATE = QT_TRANSLATE_NOOP("gapura", "penanda tangan dokumen (DS)")
CSCA_CERTIFICATE = QT_TRANSLATE_NOOP("gapura", "CSCA")


class CheckStatus(StrEnum):
    OK = "ok"
    FAILED = "failed"
    NOT_CHECKED = "not_checked"


@dataclass(frozen=True)
class Check:
    """The outcome of one check: Indonesian `reason` (marked for translation, with `{fields}`
    filled from `params`) and English `detail` for the log."""

    status: CheckStatus
    reason: str
    detail: str = ""
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status is CheckStatus.OK

    @property
    def failed(self) -> bool:
        return self.status is CheckStatus.FAILED

    @property
    def reason_text(self) -> str:
        return self.reason.format(**self.params)


def _ok(reason: str, detail: str = "", **params: Any) -> Check:
    return Check(CheckStatus.OK, reason, detail, params)


def _failed(reason: str, detail: str = "", **params: Any) -> Check:
    return Check(CheckStatus.FAILED, reason, detail, params)


def _skipped(reason: str, detail: str = "", **params: Any) -> Check:
    return Check(CheckStatus.NOT_CHECKED, reason, detail, params)


@dataclass(frozen=True)
class PaResult:
    """Passive authentication, check by check; `hashes` is by data group number."""

    signature: Check
    chain: Check
    hashes: Mapping[int, Check]
    validity: Check
    revocation: Check

    @property
    def checks(self) -> dict[str, Check]:
        named = {"signature": self.signature, "chain": self.chain, "validity": self.validity,
                 "revocation": self.revocation}
        named.update({f"DG{n}": check for n, check in sorted(self.hashes.items())})
        return named

    @property
    def failed(self) -> list[str]:
        """Names of the checks that failed ("signature", "chain", "DG1", ...)."""
        return [name for name, check in self.checks.items() if check.failed]

    @property
    def passed(self) -> bool:
        """Signature, chain, every hash and validity are ok, and the DS is not revoked."""
        return (self.signature.ok and self.chain.ok and self.validity.ok
                and bool(self.hashes) and all(c.ok for c in self.hashes.values())
                and not self.revocation.failed)


# -- ASN.1 ------------------------------------------------------------------------------------


class DataGroupHash(core.Sequence):
    _fields = [("data_group_number", core.Integer), ("data_group_hash_value", core.OctetString)]


class DataGroupHashes(core.SequenceOf):
    _child_spec = DataGroupHash


class LdsVersionInfo(core.Sequence):
    _fields = [("lds_version", core.PrintableString), ("unicode_version", core.PrintableString)]


class LdsSecurityObject(core.Sequence):
    _fields = [
        ("version", core.Integer),
        ("hash_algorithm", algos.DigestAlgorithm),
        ("data_group_hash_values", DataGroupHashes),
        ("lds_version_info", LdsVersionInfo, {"optional": True}),
    ]


class CertificateSet(core.SetOf):
    _child_spec = asn1_x509.Certificate


class CscaMasterList(core.Sequence):
    _fields = [("version", core.Integer), ("cert_list", CertificateSet)]


_HASHES = {"sha1": hashes.SHA1, "sha224": hashes.SHA224, "sha256": hashes.SHA256,
           "sha384": hashes.SHA384, "sha512": hashes.SHA512}


def _hash(name: str, data: bytes) -> bytes:
    return hashlib.new(name, data).digest()


# -- CMS signatures -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SignedContent:
    """What a CMS SignedData holds: its content, and whether the signer's signature verified."""

    content_type: str
    content: bytes
    signer: x509.Certificate | None
    verified: bool
    detail: str


def _signature_ok(public_key: Any, signature: bytes, data: bytes, digest: str,
                  algorithm: cms.SignedDigestAlgorithm) -> bool:
    hash_cls = _HASHES[digest]
    try:
        if isinstance(public_key, rsa.RSAPublicKey):
            if algorithm.signature_algo == "rsassa_pss":
                params = algorithm["parameters"]
                pss = padding.PSS(mgf=padding.MGF1(hash_cls()),
                                  salt_length=params["salt_length"].native)
                public_key.verify(signature, data, pss, hash_cls())
            else:
                public_key.verify(signature, data, padding.PKCS1v15(), hash_cls())
        elif isinstance(public_key, ec.EllipticCurvePublicKey):
            if signature[:1] != b"\x30" and len(signature) % 2 == 0:  # plain r || s (BSI)
                half = len(signature) // 2
                signature = encode_dss_signature(int.from_bytes(signature[:half], "big"),
                                                 int.from_bytes(signature[half:], "big"))
            public_key.verify(signature, data, ec.ECDSA(hash_cls()))
        else:
            return False
    except InvalidSignature:
        return False
    return True


def _signer_certificate(signed: cms.SignedData,
                        sid: cms.SignerIdentifier) -> x509.Certificate | None:
    for choice in signed["certificates"] or []:
        if choice.name != "certificate":
            continue
        cert = choice.chosen
        if sid.name == "issuer_and_serial_number":
            match = (cert.issuer == sid.chosen["issuer"]
                     and cert.serial_number == sid.chosen["serial_number"].native)
        else:
            match = cert.key_identifier == sid.chosen.native
        if match:
            return x509.load_der_x509_certificate(cert.dump())
    return None


def open_signed_data(der: bytes) -> SignedContent:
    """The content of a CMS SignedData and whether its first signer's signature verifies.

    Raises:
        ValueError: not a CMS SignedData.
    """
    info = cms.ContentInfo.load(der)
    if info["content_type"].native != "signed_data":
        raise ValueError(f"CMS content type {info['content_type'].dotted}, not signed data")
    signed = info["content"]
    encap = signed["encap_content_info"]
    content_type = encap["content_type"].dotted
    content = encap["content"].native
    if not isinstance(content, bytes):
        raise ValueError(f"CMS encapsulated content of {content_type} is not an octet string")
    signer_infos = signed["signer_infos"]
    if len(signer_infos) == 0:
        return SignedContent(content_type, content, None, False, "no SignerInfo")
    signer_info = signer_infos[0]
    signer = _signer_certificate(signed, signer_info["sid"])
    if signer is None:
        return SignedContent(content_type, content, None, False, "signer certificate not in CMS")
    digest = signer_info["digest_algorithm"]["algorithm"].native
    if digest not in _HASHES:
        return SignedContent(content_type, content, signer, False, f"digest {digest} unsupported")
    attrs = signer_info["signed_attrs"]
    if attrs.native is not None and len(attrs):
        found = {a["type"].native: a["values"][0] for a in attrs}
        message_digest = found.get("message_digest")
        if message_digest is None or not hmac.compare_digest(message_digest.native,
                                                             _hash(digest, content)):
            return SignedContent(content_type, content, signer, False,
                                 "messageDigest attribute does not match the content")
        to_verify = b"\x31" + attrs.dump()[1:]  # signed over as SET OF, not [0]
    else:
        to_verify = content
    try:
        verified = _signature_ok(signer.public_key(), signer_info["signature"].native, to_verify,
                                 digest, signer_info["signature_algorithm"])
    except (UnsupportedAlgorithm, ValueError, TypeError) as exc:
        return SignedContent(content_type, content, signer, False, f"cannot verify: {exc}")
    return SignedContent(content_type, content, signer, verified,
                         "" if verified else "signature does not verify with the signer's key")


# -- master list --------------------------------------------------------------------------------


def _load_certificates(data: bytes) -> list[x509.Certificate]:
    if b"-----BEGIN" in data:
        return x509.load_pem_x509_certificates(data)
    return [x509.load_der_x509_certificate(data)]


def _load_crl(data: bytes) -> x509.CertificateRevocationList:
    if b"-----BEGIN" in data:
        return x509.load_pem_x509_crl(data)
    return x509.load_der_x509_crl(data)


class MasterList:
    """The trusted CSCA certificates and the CRLs of their issuers."""

    def __init__(self, cscas: Iterable[x509.Certificate] = (),
                 crls: Iterable[x509.CertificateRevocationList] = ()) -> None:
        self.cscas: list[x509.Certificate] = []
        self.crls: list[x509.CertificateRevocationList] = list(crls)
        self._seen: set[bytes] = set()
        for cert in cscas:
            self.add(cert)

    def __len__(self) -> int:
        return len(self.cscas)

    def add(self, cert: x509.Certificate) -> None:
        """Trust `cert` as a CSCA (a certificate already held is not added twice)."""
        fingerprint = cert.fingerprint(hashes.SHA256())
        if fingerprint not in self._seen:
            self._seen.add(fingerprint)
            self.cscas.append(cert)

    def add_master_list(self, der: bytes, name: str = "master list") -> None:
        """Add the CSCAs of an ICAO master list (CMS SignedData of a CscaMasterList).

        The list's own signature must verify with its signer certificate.

        Raises:
            MasterListError: not a master list, or its signature does not verify.
        """
        try:
            opened = open_signed_data(der)
            if opened.content_type != CSCA_MASTER_LIST:
                raise ValueError(f"content type {opened.content_type}")
            certs = CscaMasterList.load(opened.content)["cert_list"]
            loaded = [x509.load_der_x509_certificate(c.dump()) for c in certs]
        except ValueError as exc:
            raise MasterListError(detail=f"{name}: not an ICAO master list: {exc}",
                                  file=name) from exc
        if not opened.verified:
            raise MasterListError(detail=f"{name}: master list signature: {opened.detail}",
                                  file=name)
        for cert in loaded:
            self.add(cert)
        log.info("master list %s: %d CSCA certificates", name, len(loaded))

    @classmethod
    def from_folder(cls, folder: Path | str) -> MasterList:
        """Every CSCA certificate (.der/.cer/.crt/.pem), master list (.ml) and CRL (.crl)
        in `folder`.

        Raises:
            MasterListError: a file cannot be read; the message names it.
        """
        master = cls()
        for path in sorted(Path(folder).iterdir()):
            if not path.is_file():
                continue
            suffix = path.suffix.lower()
            data = path.read_bytes()
            try:
                if suffix == ".ml":
                    master.add_master_list(data, path.name)
                elif suffix == ".crl":
                    master.crls.append(_load_crl(data))
                elif suffix in (".der", ".cer", ".crt", ".pem"):
                    for cert in _load_certificates(data):
                        master.add(cert)
            except ValueError as exc:
                raise MasterListError(detail=f"{path}: {exc}", file=path.name) from exc
        return master

    def issuers_of(self, cert: x509.Certificate) -> list[x509.Certificate]:
        return [csca for csca in self.cscas if csca.subject == cert.issuer]

    def crls_of(self, csca: x509.Certificate) -> list[x509.CertificateRevocationList]:
        return [crl for crl in self.crls if crl.issuer == csca.subject
                and crl.is_signature_valid(csca.public_key())]


# -- passive authentication --------------------------------------------------------------------


@dataclass(frozen=True)
class SecurityObject:
    """EF.SOD opened: the data group hashes it lists, and its CMS signature."""

    hash_algorithm: str
    hashes: Mapping[int, bytes]
    signed: SignedContent


def parse_sod(sod: bytes) -> SecurityObject:
    """Open EF.SOD (tag 77 around a CMS SignedData of an LDSSecurityObject).

    Raises:
        ValueError: not an EF.SOD.
    """
    signed = open_signed_data(tlv.unwrap(sod, 0x77))
    if signed.content_type != LDS_SECURITY_OBJECT:
        raise ValueError(f"SOD content type {signed.content_type}")
    lso = LdsSecurityObject.load(signed.content)
    algorithm = lso["hash_algorithm"]["algorithm"].native
    values = {item["data_group_number"].native: item["data_group_hash_value"].native
              for item in lso["data_group_hash_values"]}
    return SecurityObject(algorithm, values, signed)


def _day(moment: datetime) -> str:
    return moment.strftime("%d-%m-%Y")


def _name(cert: x509.Certificate) -> str:
    return cert.issuer.rfc4514_string()


def _check_hashes(sod: SecurityObject, groups: Mapping[int, bytes]) -> dict[int, Check]:
    checks = {}
    for number, data in sorted(groups.items()):
        group = f"DG{number}"
        listed = sod.hashes.get(number)
        if listed is None:
            checks[number] = _failed(HASH_UNLISTED, f"{group} has no hash in the SOD", group=group)
        elif hmac.compare_digest(_hash(sod.hash_algorithm, data), listed):
            checks[number] = _ok(HASH_OK, group=group)
        else:
            checks[number] = _failed(HASH_BAD, f"{group} {sod.hash_algorithm} mismatch",
                                     group=group)
    return checks


def _check_chain(ds: x509.Certificate, master: MasterList) -> tuple[Check, x509.Certificate | None]:
    issuer = _name(ds)
    candidates = master.issuers_of(ds)
    if not candidates:
        return _failed(CHAIN_UNKNOWN, f"no CSCA with subject {issuer}", issuer=issuer), None
    for csca in candidates:
        try:
            ds.verify_directly_issued_by(csca)
        except (InvalidSignature, ValueError, TypeError, UnsupportedAlgorithm) as exc:
            log.debug("CSCA %s does not verify the DS: %r", csca.subject, exc)
            continue
        return _ok(CHAIN_OK, issuer=issuer), csca
    return _failed(CHAIN_BAD, f"no CSCA named {issuer} verifies the DS signature",
                   issuer=issuer), None


def _check_validity(ds: x509.Certificate, csca: x509.Certificate, now: datetime) -> Check:
    for cert, which in ((ds, DS_CERTIFICATE), (csca, CSCA_CERTIFICATE)):
        start, end = cert.not_valid_before_utc, cert.not_valid_after_utc
        if not start <= now <= end:
            return _failed(VALIDITY_BAD, f"{cert.subject.rfc4514_string()} valid {start}..{end}",
                           certificate=which, date=_day(now), start=_day(start), end=_day(end))
    return _ok(VALIDITY_OK, date=_day(now))


def _check_revocation(ds: x509.Certificate, csca: x509.Certificate, master: MasterList,
                      now: datetime) -> Check:
    crls = master.crls_of(csca)
    if not crls:
        return _skipped(NO_CRL, f"no CRL of {csca.subject.rfc4514_string()}")
    crl = max(crls, key=lambda c: c.last_update_utc)
    revoked = crl.get_revoked_certificate_by_serial_number(ds.serial_number)
    if revoked is not None:
        return _failed(REVOKED, f"DS serial {ds.serial_number:X} revoked",
                       date=_day(revoked.revocation_date_utc))
    if crl.next_update_utc is not None and crl.next_update_utc < now:
        return _skipped(STALE_CRL, f"CRL next update {crl.next_update_utc}",
                        date=_day(crl.next_update_utc))
    return _ok(REVOCATION_OK, issuer=_name(ds), date=_day(crl.last_update_utc))


def passive_authentication(sod: bytes, groups: Mapping[int, bytes], master: MasterList,
                           now: datetime) -> PaResult:
    """Check the chip's data against its SOD and the SOD against the master list.

    Args:
        sod: EF.SOD as read.
        groups: the data groups read, whole (tag and length included), by number.
        master: the trusted CSCAs and CRLs.
        now: the moment certificates must be valid at (aware, UTC).

    Raises:
        ValueError: `now` is naive.
    """
    if now.tzinfo is None:
        raise ValueError("passive authentication needs an aware `now` (UTC)")
    try:
        security = parse_sod(sod)
    except ValueError as exc:
        bad = _failed(SOD_UNREADABLE, f"EF.SOD: {exc}")
        skipped = _skipped(NO_SIGNER)
        return PaResult(bad, skipped, {n: skipped for n in groups}, skipped, skipped)
    hashes_checked = _check_hashes(security, groups)
    signed = security.signed
    signature = (_ok(SIGNATURE_OK) if signed.verified
                 else _failed(SIGNATURE_BAD, f"SOD signature: {signed.detail}"))
    ds = signed.signer
    if ds is None:
        skipped = _skipped(NO_SIGNER, signed.detail)
        return PaResult(signature, skipped, hashes_checked, skipped, skipped)
    chain, csca = _check_chain(ds, master)
    if csca is None:
        skipped = _skipped(NO_ISSUER)
        return PaResult(signature, chain, hashes_checked, skipped, skipped)
    return PaResult(signature, chain, hashes_checked, _check_validity(ds, csca, now),
                    _check_revocation(ds, csca, master, now))
