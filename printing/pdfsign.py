"""PDF signatures (PAdES, with pyHanko) on letters the head of office endorses.

The seal in the QR code (printing.seal) proves the paper's number and holder; a PDF signature
proves every byte of the file. The office's signing certificate is self-signed in the demo; a
real office imports the one its certification authority issues (installer/first-run issue).
"""

from __future__ import annotations

import io
import logging
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

CERTIFICATE_YEARS = 5


def new_office_certificate(office_code: str, office_name: str,
                           now: datetime | None = None) -> tuple[bytes, bytes]:
    """A new P-256 key and its self-signed certificate, both PEM."""
    now = now or datetime.now(UTC)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "ID"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Direktorat Jenderal Imigrasi"),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, office_code),
        x509.NameAttribute(NameOID.COMMON_NAME, office_name[:64]),
    ])
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365 * CERTIFICATE_YEARS))
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                     key_encipherment=False, data_encipherment=False,
                                     key_agreement=False, key_cert_sign=False,
                                     crl_sign=False, encipher_only=False,
                                     decipher_only=False), critical=True)
        .sign(key, hashes.SHA256()))
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return key_pem, certificate.public_bytes(serialization.Encoding.PEM)


def _refresh_oid_names() -> None:
    """pyHanko names more OIDs in asn1crypto's maps when it is imported, but asn1crypto builds
    each map's reverse (name -> OID) once, on first use: if the chip reader (devices/chip) used
    asn1crypto before pyHanko was imported, "signing_certificate_v2" stays unknown and signing
    fails. Rebuilt here when it was built already."""
    from asn1crypto import cms, x509

    for spec in (cms.CMSAttributeType, cms.ContentType, x509.ExtensionId):
        if spec._reverse_map is not None:
            spec._reverse_map = {name: oid for oid, name in spec._map.items()}


def sign_pdf(pdf: bytes, key_pem: bytes, certificate_pem: bytes, *, signer_name: str,
             reason: str, location: str) -> bytes:
    """`pdf` with an incremental PAdES signature of `signer_name` for `reason`."""
    from asn1crypto import keys
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    _refresh_oid_names()

    certificate = asn1_x509.Certificate.load(x509.load_pem_x509_certificate(
        certificate_pem).public_bytes(serialization.Encoding.DER))
    private = serialization.load_pem_private_key(key_pem, password=None)
    key_info = keys.PrivateKeyInfo.load(private.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    signer = signers.SimpleSigner(signing_cert=certificate, signing_key=key_info,
                                  cert_registry=SimpleCertificateStore.from_certs([certificate]))
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    meta = signers.PdfSignatureMetadata(field_name="PengesahanKepalaKantor", name=signer_name,
                                        reason=reason, location=location,
                                        md_algorithm="sha256")
    fields.append_signature_field(writer, fields.SigFieldSpec("PengesahanKepalaKantor"))
    out = io.BytesIO()
    signers.PdfSigner(meta, signer=signer).sign_pdf(writer, output=out)
    return out.getvalue()


def signature_intact(pdf: bytes, certificate_pem: bytes) -> bool:
    """Whether the PDF's last signature covers the whole file unaltered and was made with the
    office certificate `certificate_pem` (pinned: the demo's is self-signed, so no chain is
    built to a certification authority)."""
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    reader = PdfFileReader(io.BytesIO(pdf))
    if not reader.embedded_signatures:
        return False
    expected = asn1_x509.Certificate.load(x509.load_pem_x509_certificate(
        certificate_pem).public_bytes(serialization.Encoding.DER))
    signature = reader.embedded_signatures[-1]
    # pyHanko logs the chain it cannot build to a public CA; the pin below is the check.
    quiet = logging.getLogger("pyhanko")
    level, quiet.level = quiet.level, logging.CRITICAL
    try:
        status = validate_pdf_signature(signature, ValidationContext(trust_roots=[expected]))
    finally:
        quiet.setLevel(level)
    return bool(status.intact and status.valid
                and status.coverage.name == "ENTIRE_FILE"
                and status.signing_cert.dump() == expected.dump())
