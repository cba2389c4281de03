"""A software ePassport chip and the test documents it carries, for the demo and the tests.

`SoftwareChip` answers the APDUs a real eMRTD chip answers (SELECT, READ BINARY, GET CHALLENGE,
MUTUAL AUTHENTICATE, MSE:SET AT, GENERAL AUTHENTICATE, all under secure messaging once access
control has run) with BAC and, when offered, PACE (ECDH generic mapping, AES). It implements
`ApduTransport`, so the reader talks to it exactly as to a PC/SC card.

`TestPki` is a test country's PKI made with `cryptography`: a CSCA, a Document Signer, an
expired DS, a CSCA that no master list holds, and a master list signer; it is made once per
process (`test_pki()`), so every test and the demo share it. `build_passport` makes a
document's files from MRZ lines and a face image, with a SOD signed by the DS; its `variant`
makes the forgeries passive authentication must catch.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

from asn1crypto import cms
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import NameOID

from devices.chip import crypto, tlv
from devices.chip.apdu import (
    INS_GENERAL_AUTHENTICATE,
    INS_GET_CHALLENGE,
    INS_MSE,
    INS_MUTUAL_AUTHENTICATE,
    INS_READ_BINARY,
    INS_READ_BINARY_ODD,
    INS_SELECT,
    SW_AUTH_FAILED,
    SW_CONDITIONS_NOT_SATISFIED,
    SW_END_OF_FILE,
    SW_FILE_NOT_FOUND,
    SW_INS_NOT_SUPPORTED,
    SW_OK,
    SW_SECURITY_NOT_SATISFIED,
    SW_SM_OBJECTS_INCORRECT,
    SW_WRONG_DATA,
    SW_WRONG_LENGTH,
    SW_WRONG_PARAMS,
    Command,
    response,
)
from devices.chip.bac import MrzKeys, bac_keys
from devices.chip.crypto import CipherKind
from devices.chip.ec import STANDARD_PARAMETERS
from devices.chip.errors import SecureMessagingError
from devices.chip.lds import (
    CARD_ACCESS_FID,
    COM,
    DG1,
    DG2,
    DG11,
    DG12,
    EMRTD_APPLET,
    SOD,
    ImageFormat,
)
from devices.chip.pa import (
    CSCA_MASTER_LIST,
    LDS_SECURITY_OBJECT,
    CscaMasterList,
    LdsSecurityObject,
    MasterList,
)
from devices.chip.pace import (
    ECDH_GM,
    PACE_ECDH_GM_AES,
    PaceInfo,
    auth_token,
    encode_card_access,
    mapped_generator,
    oid_contents,
)
from devices.chip.sm import SecureMessaging

__test__ = False  # a library module, not a pytest test module despite its name

# The ICAO specimen's data page (Doc 9303-4 appendix), which the demo and the tests use.
SPECIMEN_MRZ = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                "L898902C36UTO7408122F1204159ZE184226B<<<<<10")

PACE_P256_AES128 = PaceInfo(ECDH_GM + ".2", 2, 12)
PACE_BRAINPOOL_AES128 = PaceInfo(ECDH_GM + ".2", 2, 13)


# -- the test country's PKI ------------------------------------------------------------------


def _name(country: str, common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, country),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Gapura Test"),
                      x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _certificate(subject: x509.Name, key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey,
                 issuer: x509.Name,
                 issuer_key: ec.EllipticCurvePrivateKey, start: datetime, end: datetime,
                 ca: bool) -> x509.Certificate:
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(start).not_valid_after(end)
               .add_extension(x509.BasicConstraints(ca=ca, path_length=0 if ca else None),
                              critical=True))
    if ca:
        builder = builder.add_extension(x509.KeyUsage(
            digital_signature=False, content_commitment=False, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
            encipher_only=False, decipher_only=False), critical=True)
    return builder.sign(issuer_key, hashes.SHA256())


@dataclass(frozen=True)
class Signer:
    key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey
    certificate: x509.Certificate


@dataclass(frozen=True)
class TestPki:
    """The test country's CSCA and signers (EC P-256, ECDSA with SHA-256)."""

    __test__ = False

    csca: Signer
    ds: Signer
    expired_ds: Signer
    rogue_csca: Signer
    rogue_ds: Signer
    list_signer: Signer

    def master_list(self, crl: x509.CertificateRevocationList | None = None) -> MasterList:
        """A master list trusting the test CSCA (never the rogue one), with `crl` if given."""
        return MasterList([self.csca.certificate], [crl] if crl is not None else [])

    def crl(self, revoked: tuple[x509.Certificate, ...] = (), *,
            last_update: datetime = datetime(2026, 1, 1, tzinfo=UTC),
            next_update: datetime = datetime(2036, 1, 1, tzinfo=UTC),
            number: int | None = None,
            signing_key: ec.EllipticCurvePrivateKey | None = None,
            ) -> x509.CertificateRevocationList:
        """A CRL of the test CSCA revoking `revoked`, numbered `number` (CRLNumber) if given.

        `signing_key` other than the CSCA's key makes a signature that does not verify.
        """
        builder = (x509.CertificateRevocationListBuilder()
                   .issuer_name(self.csca.certificate.subject)
                   .last_update(last_update).next_update(next_update))
        if number is not None:
            builder = builder.add_extension(x509.CRLNumber(number), critical=False)
        for cert in revoked:
            builder = builder.add_revoked_certificate(
                x509.RevokedCertificateBuilder().serial_number(cert.serial_number)
                .revocation_date(datetime(2026, 6, 1, tzinfo=UTC)).build())
        return builder.sign(signing_key or self.csca.key, hashes.SHA256())

    def master_list_file(self) -> bytes:
        """An ICAO master list (CMS) holding the test CSCA, signed by the list signer."""
        content = CscaMasterList({"version": 0, "cert_list": [
            asn1_x509.Certificate.load(self.csca.certificate.public_bytes(
                serialization.Encoding.DER))]}).dump()
        return sign_cms(content, CSCA_MASTER_LIST, self.list_signer)


@functools.cache
def test_pki() -> TestPki:
    """The process's test PKI (made on first use; EC keys take about a millisecond each)."""
    curve = ec.SECP256R1()
    start, end = datetime(2020, 1, 1, tzinfo=UTC), datetime(2045, 1, 1, tzinfo=UTC)
    csca_key = ec.generate_private_key(curve)
    csca_name = _name("UT", "CSCA Utopia Test")
    csca = Signer(csca_key, _certificate(csca_name, csca_key, csca_name, csca_key, start, end,
                                         True))

    def issued(common_name: str, issuer: Signer, begin: datetime, until: datetime) -> Signer:
        key = ec.generate_private_key(curve)
        return Signer(key, _certificate(_name("UT", common_name), key,
                                        issuer.certificate.subject, issuer.key, begin, until,
                                        False))

    ds = issued("DS Utopia Test", csca, datetime(2025, 1, 1, tzinfo=UTC),
                datetime(2040, 1, 1, tzinfo=UTC))
    expired = issued("DS Utopia Test 2014", csca, datetime(2014, 1, 1, tzinfo=UTC),
                     datetime(2024, 1, 1, tzinfo=UTC))
    rogue_key = ec.generate_private_key(curve)
    rogue_name = _name("UT", "CSCA Utopia Unlisted")
    rogue = Signer(rogue_key, _certificate(rogue_name, rogue_key, rogue_name, rogue_key, start,
                                           end, True))
    rogue_ds = issued("DS Utopia Unlisted", rogue, datetime(2025, 1, 1, tzinfo=UTC),
                      datetime(2040, 1, 1, tzinfo=UTC))
    list_signer = issued("Master List Signer Utopia Test", csca, start, end)
    return TestPki(csca, ds, expired, rogue, rogue_ds, list_signer)


@functools.cache
def rsa_document_signer() -> Signer:
    """A Document Signer with an RSA 2048 key (RSASSA-PSS), issued by the test CSCA."""
    pki = test_pki()
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return Signer(key, _certificate(_name("UT", "DS Utopia Test RSA"), key,
                                    pki.csca.certificate.subject, pki.csca.key,
                                    datetime(2025, 1, 1, tzinfo=UTC),
                                    datetime(2040, 1, 1, tzinfo=UTC), False))


_PSS = {"algorithm": "rsassa_pss", "parameters": {
    "hash_algorithm": {"algorithm": "sha256"},
    "mask_gen_algorithm": {"algorithm": "mgf1", "parameters": {"algorithm": "sha256"}},
    "salt_length": 32, "trailer_field": "trailer_field_bc"}}


def sign_cms(content: bytes, content_type: str, signer: Signer,
             signing_key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey | None = None,
             ) -> bytes:
    """A CMS SignedData (ContentInfo DER) of `content` with signed attributes, as ICAO uses:
    ECDSA with SHA-256, or RSASSA-PSS with SHA-256 for an RSA signer.

    `signing_key` other than the signer's key makes a signature that does not verify.
    """
    is_rsa = isinstance(signer.key, rsa.RSAPrivateKey)
    certificate = asn1_x509.Certificate.load(
        signer.certificate.public_bytes(serialization.Encoding.DER))
    signer_info = cms.SignerInfo({
        "version": "v1",
        "sid": cms.SignerIdentifier({"issuer_and_serial_number": {
            "issuer": certificate.issuer, "serial_number": certificate.serial_number}}),
        "digest_algorithm": {"algorithm": "sha256"},
        "signed_attrs": [
            {"type": "content_type", "values": [content_type]},
            {"type": "message_digest", "values": [hashlib.sha256(content).digest()]},
        ],
        "signature_algorithm": _PSS if is_rsa else {"algorithm": "sha256_ecdsa"},
        "signature": b"",
    })
    to_sign = b"\x31" + signer_info["signed_attrs"].dump()[1:]
    key = signing_key or signer.key
    if isinstance(key, rsa.RSAPrivateKey):
        signer_info["signature"] = key.sign(
            to_sign, padding.PSS(padding.MGF1(hashes.SHA256()), 32), hashes.SHA256())
    else:
        signer_info["signature"] = key.sign(to_sign, ec.ECDSA(hashes.SHA256()))
    signed = cms.SignedData({
        "version": "v3",
        "digest_algorithms": [{"algorithm": "sha256"}],
        "encap_content_info": {"content_type": content_type, "content": content},
        "certificates": [certificate],
        "signer_infos": [signer_info],
    })
    return cms.ContentInfo({"content_type": "signed_data", "content": signed}).dump()


# -- face images ------------------------------------------------------------------------------


@functools.cache
def face_image(image_format: ImageFormat = ImageFormat.JPEG, target_bytes: int = 20_000,
               ) -> tuple[bytes, int, int]:
    """A synthetic face photo (bytes, width, height) of about `target_bytes` (at most).

    360 x 480 pixels; twice that from 25 KB on, so that DG2 can pass 32 KiB (READ BINARY B1).
    """
    from PIL import Image, ImageDraw, ImageFilter

    scale = 2 if target_bytes > 25_000 else 1
    width, height = 360 * scale, 480 * scale
    noise = Image.effect_noise((width, height), 40).convert("RGB")
    base = Image.new("RGB", (360, 480), (196, 206, 220))
    draw = ImageDraw.Draw(base)
    draw.ellipse((90, 90, 270, 330), fill=(224, 182, 150))  # face
    draw.ellipse((130, 180, 160, 200), fill=(60, 40, 30))  # eyes
    draw.ellipse((200, 180, 230, 200), fill=(60, 40, 30))
    draw.arc((140, 240, 220, 290), 20, 160, fill=(150, 60, 60), width=4)
    draw.rectangle((60, 360, 300, 480), fill=(40, 50, 90))  # shoulders
    base = base.resize((width, height))
    image = Image.blend(base, noise, 0.12).filter(ImageFilter.SMOOTH)
    best = b""
    for quality in range(95, 10, -1):
        out = io.BytesIO()
        if image_format is ImageFormat.JPEG:
            image.save(out, "JPEG", quality=quality)
        else:
            image.save(out, "JPEG2000", quality_mode="rates",
                       quality_layers=[max(1.0, (width * height * 3) / target_bytes)])
        best = out.getvalue()
        if len(best) <= target_bytes or image_format is ImageFormat.JPEG2000:
            break
    return best, width, height


# -- data groups ------------------------------------------------------------------------------


def build_com(tags: tuple[int, ...]) -> bytes:
    return tlv.tlv(0x60, tlv.tlv(0x5F01, b"0107") + tlv.tlv(0x5F36, b"040000")
                   + tlv.tlv(0x5C, bytes(tags)))


def build_dg1(lines: tuple[str, ...]) -> bytes:
    return tlv.tlv(0x61, tlv.tlv(0x5F1F, "".join(lines).encode("ascii")))


def build_dg2(image: bytes, image_format: ImageFormat, width: int, height: int) -> bytes:
    """DG2 with one ISO/IEC 19794-5 face record holding `image`."""
    data_type = 0 if image_format is ImageFormat.JPEG else 1
    image_info = (bytes([1, data_type]) + width.to_bytes(2, "big") + height.to_bytes(2, "big")
                  + bytes([1, 2]) + bytes(4))
    facial_info = bytes(2) + bytes([1, 0, 0]) + bytes(3) + bytes(2) + bytes(6)
    block = facial_info + image_info + image
    block = (len(block) + 4).to_bytes(4, "big") + block
    record = b"FAC\x00010\x00" + (14 + len(block)).to_bytes(4, "big") + b"\x00\x01" + block
    header = tlv.tlv(0xA1, tlv.tlv(0x80, b"\x01\x01") + tlv.tlv(0x81, b"\x02")
                     + tlv.tlv(0x87, b"\x01\x01") + tlv.tlv(0x88, b"\x00\x08"))
    template = tlv.tlv(0x7F60, header + tlv.tlv(0x5F2E, record))
    return tlv.tlv(0x75, tlv.tlv(0x7F61, tlv.tlv(0x02, b"\x01") + template))


def _tag_list(values: Mapping[int, bytes]) -> bytes:
    return tlv.tlv(0x5C, b"".join(t.to_bytes(2, "big") for t in values))


def build_dg11(fields: Mapping[int, str]) -> bytes:
    """DG11 of `fields` by tag (0x5F0E full name, 0x5F11 place of birth, 0x5F2B birth date)."""
    values = {tag: text.encode("utf-8") for tag, text in fields.items()}
    return tlv.tlv(0x6B, _tag_list(values) + b"".join(tlv.tlv(t, v) for t, v in values.items()))


def build_dg12(fields: Mapping[int, str]) -> bytes:
    """DG12 of `fields` by tag (0x5F19 issuing authority, 0x5F26 date of issue, ...)."""
    values = {tag: text.encode("utf-8") for tag, text in fields.items()}
    return tlv.tlv(0x6C, _tag_list(values) + b"".join(tlv.tlv(t, v) for t, v in values.items()))


def build_sod(groups: Mapping[int, bytes], signer: Signer,
              signing_key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey | None = None,
              ) -> bytes:
    lso = LdsSecurityObject({
        "version": 0,
        "hash_algorithm": {"algorithm": "sha256"},
        "data_group_hash_values": [
            {"data_group_number": n, "data_group_hash_value": hashlib.sha256(d).digest()}
            for n, d in sorted(groups.items())],
    }).dump()
    return tlv.tlv(0x77, sign_cms(lso, LDS_SECURITY_OBJECT, signer, signing_key))


class Variant(StrEnum):
    """How a test passport is made: genuine, or forged in one way passive authentication
    must catch."""

    VALID = "valid"
    ALTERED_DG1 = "altered_dg1"  # DG1 changed after signing: DG1 hash mismatch
    BAD_SIGNATURE = "bad_signature"  # SOD signed with a key other than its DS's
    EXPIRED_DS = "expired_ds"  # DS certificate no longer valid
    UNKNOWN_CSCA = "unknown_csca"  # DS issued by a CSCA no master list holds


DEFAULT_DG11 = {0x5F0E: "ERIKSSON<<ANNA<MARIA", 0x5F2B: "19740812",
                0x5F11: "ZENITH<UTOPIA", 0x5F42: "JL MERDEKA 1<ZENITH"}
DEFAULT_DG12 = {0x5F19: "KANTOR IMIGRASI ZENITH", 0x5F26: "20220416"}


@dataclass(frozen=True)
class TestPassport:
    """A document's chip contents: files by FID, the MRZ printed on it and the face image."""

    __test__ = False

    mrz_lines: tuple[str, ...]
    files: Mapping[int, bytes]
    face: bytes
    face_format: ImageFormat

    @property
    def keys(self) -> MrzKeys:
        return MrzKeys.from_mrz(self.mrz_lines)


def build_passport(mrz_lines: tuple[str, ...] = SPECIMEN_MRZ, *,
                   image_format: ImageFormat = ImageFormat.JPEG,
                   face_bytes: int = 20_000,
                   dg11: Mapping[int, str] | None = DEFAULT_DG11,
                   dg12: Mapping[int, str] | None = DEFAULT_DG12,
                   variant: Variant = Variant.VALID,
                   pki: TestPki | None = None,
                   signer: Signer | None = None) -> TestPassport:
    """The files of a passport with `mrz_lines` and a face image, its SOD signed by the DS
    (or by `signer`, e.g. `rsa_document_signer()`)."""
    pki = pki or test_pki()
    face, width, height = face_image(image_format, face_bytes)
    groups = {1: build_dg1(mrz_lines), 2: build_dg2(face, image_format, width, height)}
    if dg11 is not None:
        groups[11] = build_dg11(dg11)
    if dg12 is not None:
        groups[12] = build_dg12(dg12)
    signer = signer or {Variant.EXPIRED_DS: pki.expired_ds,
                        Variant.UNKNOWN_CSCA: pki.rogue_ds}.get(variant, pki.ds)
    wrong_key = None
    if variant is Variant.BAD_SIGNATURE:
        wrong_key = (rsa.generate_private_key(public_exponent=65537, key_size=2048)
                     if isinstance(signer.key, rsa.RSAPrivateKey)
                     else ec.generate_private_key(ec.SECP256R1()))
    sod = build_sod(groups, signer, wrong_key)
    if variant is Variant.ALTERED_DG1:
        # A forger's new name on the same chip: the SOD still holds the old DG1's hash.
        altered = (mrz_lines[0][:5] + "FORGED<<NAME").ljust(len(mrz_lines[0]), "<")
        groups[1] = build_dg1((altered,) + tuple(mrz_lines[1:]))
    tags = {1: DG1.tag, 2: DG2.tag, 11: DG11.tag, 12: DG12.tag}
    files = {COM.fid: build_com(tuple(tags[n] for n in sorted(groups))), SOD.fid: sod}
    files.update({{1: DG1, 2: DG2, 11: DG11, 12: DG12}[n].fid: d for n, d in groups.items()})
    return TestPassport(tuple(mrz_lines), files, face, image_format)


# -- the chip ----------------------------------------------------------------------------------


@dataclass
class _PaceState:
    info: PaceInfo
    step: int = 0
    nonce: bytes = b""
    generator: tuple[int, int] | None = None
    private: int = 0
    public: tuple[int, int] | None = None
    terminal_public: tuple[int, int] | None = None
    ks_enc: bytes = b""
    ks_mac: bytes = b""


@dataclass
class ChipStats:
    """What the chip was asked, for tests that check how the reader talks to it."""

    commands: list[tuple[int, int, int, bool]] = field(default_factory=list)  # INS, P1, P2, ext
    refused: int = 0


class SoftwareChip:
    """An eMRTD chip in software, answering command APDUs as a contactless passport does.

    Args:
        passport: the files on the chip and the MRZ its access keys come from.
        pace: the PACEInfo offered in EF.CardAccess; None for a BAC-only chip (no CardAccess).
        extended_length: whether extended-length APDUs are accepted (else SW 6700).
        random: the chip's random source (os.urandom).
    """

    def __init__(self, passport: TestPassport, *, pace: PaceInfo | None = PACE_P256_AES128,
                 extended_length: bool = True,
                 random: Callable[[int], bytes] = os.urandom) -> None:
        self.passport = passport
        self.pace_info = pace
        self.extended_length = extended_length
        self._random = random
        self.files = dict(passport.files)
        if pace is not None:
            self.files[CARD_ACCESS_FID] = encode_card_access([pace])
        self.stats = ChipStats()
        self.reset()

    def reset(self) -> None:
        """As when the chip leaves the field and comes back: no session, nothing selected."""
        self.sm: SecureMessaging | None = None
        self.applet = False
        self.current: int | None = None
        self.challenge: bytes | None = None
        self.pace: _PaceState | None = None
        self.access: str | None = None

    # -- transport ------------------------------------------------------------------------

    def transmit(self, apdu: bytes) -> bytes:
        try:
            command = Command.decode(apdu)
        except ValueError:
            return response(b"", SW_WRONG_LENGTH)
        self.stats.commands.append((command.ins, command.p1, command.p2, command.extended))
        if command.cla & 0x0C:
            if self.sm is None:
                return response(b"", SW_CONDITIONS_NOT_SATISFIED)
            try:
                inner = self.sm.unwrap_command(apdu)
            except SecureMessagingError:
                return self._end_session(SW_SM_OBJECTS_INCORRECT)
            if command.extended and not self.extended_length:
                return self.sm.wrap_response(b"", SW_WRONG_LENGTH)
            data, sw = self._process(inner, protected=True)
            if self.sm is None:  # the command ended the session
                return response(data, sw)
            return self.sm.wrap_response(data, sw, odd=bool(inner.ins & 1))
        if command.extended and not self.extended_length:
            return response(b"", SW_WRONG_LENGTH)
        if self.sm is not None and command.ins != INS_SELECT:
            # A plain command in a secure session ends it (Doc 9303-11 §9.8.4).
            return self._end_session(SW_SM_OBJECTS_INCORRECT)
        if self.sm is not None:
            self.sm = None
            self.access = None
        data, sw = self._process(command, protected=False)
        return response(data, sw)

    def _end_session(self, sw: int) -> bytes:
        self.stats.refused += 1
        self.reset()
        return response(b"", sw)

    # -- commands -------------------------------------------------------------------------

    def _process(self, command: Command, protected: bool) -> tuple[bytes, int]:
        handlers = {
            INS_SELECT: self._select,
            INS_READ_BINARY: self._read_binary,
            INS_READ_BINARY_ODD: self._read_binary_odd,
            INS_GET_CHALLENGE: self._get_challenge,
            INS_MUTUAL_AUTHENTICATE: self._mutual_authenticate,
            INS_MSE: self._mse,
            INS_GENERAL_AUTHENTICATE: self._general_authenticate,
        }
        handler = handlers.get(command.ins)
        if handler is None:
            return b"", SW_INS_NOT_SUPPORTED
        return handler(command, protected)

    def _select(self, command: Command, protected: bool) -> tuple[bytes, int]:
        if command.p1 == 0x04:
            if command.data != EMRTD_APPLET:
                return b"", SW_FILE_NOT_FOUND
            self.applet = True
            self.current = None
            return b"", SW_OK
        if command.p1 not in (0x00, 0x02) or len(command.data) != 2:
            return b"", SW_WRONG_PARAMS
        fid = int.from_bytes(command.data, "big")
        if fid == CARD_ACCESS_FID:
            if fid not in self.files:
                return b"", SW_FILE_NOT_FOUND
            self.current = fid
            return b"", SW_OK
        if not (protected and self.applet):
            return b"", SW_SECURITY_NOT_SATISFIED
        if fid not in self.files:
            return b"", SW_FILE_NOT_FOUND
        self.current = fid
        return b"", SW_OK

    def _read_binary(self, command: Command, protected: bool) -> tuple[bytes, int]:
        if command.p1 & 0x80:  # short file identifier in P1, offset in P2
            sfi = command.p1 & 0x1F
            fid = next((f for f in self.files if f & 0x1F == sfi), None)
            if fid is None:
                return b"", SW_FILE_NOT_FOUND
            if fid != CARD_ACCESS_FID and not (protected and self.applet):
                return b"", SW_SECURITY_NOT_SATISFIED
            self.current, offset = fid, command.p2
        else:
            offset = (command.p1 << 8) | command.p2
        if self.current is None:
            return b"", SW_CONDITIONS_NOT_SATISFIED
        if self.current != CARD_ACCESS_FID and not protected:
            return b"", SW_SECURITY_NOT_SATISFIED
        content = self.files[self.current]
        if offset > len(content):
            return b"", SW_WRONG_PARAMS
        chunk = content[offset:offset + (command.le or 256)]
        return chunk, SW_OK if len(chunk) == (command.le or 256) else SW_END_OF_FILE

    def _read_binary_odd(self, command: Command, protected: bool) -> tuple[bytes, int]:
        """READ BINARY B1 of the current EF: offset in DO54, data returned in DO53."""
        if (command.p1, command.p2) != (0, 0):
            return b"", SW_WRONG_PARAMS
        if self.current is None or (self.current != CARD_ACCESS_FID and not protected):
            return b"", SW_SECURITY_NOT_SATISFIED
        try:
            offset = int.from_bytes(tlv.unwrap(command.data, 0x54), "big")
        except ValueError:
            return b"", SW_WRONG_DATA
        content = self.files[self.current]
        if offset > len(content):
            return b"", SW_WRONG_PARAMS
        room = command.le or 256
        size = room - 2
        while size > 0 and 1 + len(tlv.encode_length(size)) + size > room:
            size -= 1
        chunk = content[offset:offset + size]
        return tlv.tlv(0x53, chunk), SW_OK if len(chunk) == size else SW_END_OF_FILE

    def _get_challenge(self, command: Command, protected: bool) -> tuple[bytes, int]:
        if not self.applet or command.le != 8:
            return b"", SW_CONDITIONS_NOT_SATISFIED
        self.challenge = self._random(8)
        return self.challenge, SW_OK

    def _mutual_authenticate(self, command: Command, protected: bool) -> tuple[bytes, int]:
        if self.challenge is None or len(command.data) != 40:
            return b"", SW_CONDITIONS_NOT_SATISFIED
        rnd_ic, self.challenge = self.challenge, None
        k_enc, k_mac = bac_keys(self.passport.keys)
        e_ifd, m_ifd = command.data[:32], command.data[32:]
        if crypto.retail_mac(k_mac, crypto.pad(e_ifd)) != m_ifd:
            self.stats.refused += 1
            return b"", SW_AUTH_FAILED
        plain = crypto.tdes_decrypt(k_enc, e_ifd)
        rnd_ifd, k_ifd = plain[:8], plain[16:]
        if plain[8:16] != rnd_ic:
            self.stats.refused += 1
            return b"", SW_AUTH_FAILED
        k_ic = self._random(16)
        e_ic = crypto.tdes_encrypt(k_enc, rnd_ic + rnd_ifd + k_ic)
        seed = bytes(a ^ b for a, b in zip(k_ifd, k_ic, strict=True))
        self.sm = SecureMessaging(CipherKind.TDES, crypto.derive_key(seed, crypto.ENC),
                                  crypto.derive_key(seed, crypto.MAC),
                                  int.from_bytes(rnd_ic[4:] + rnd_ifd[4:], "big"))
        self.access = "BAC"
        return e_ic + crypto.retail_mac(k_mac, crypto.pad(e_ic)), SW_OK

    def _mse(self, command: Command, protected: bool) -> tuple[bytes, int]:
        info = self.pace_info
        if info is None or (command.p1, command.p2) != (0xC1, 0xA4):
            return b"", SW_WRONG_PARAMS
        try:
            objects = tlv.parse(command.data)
        except ValueError:
            return b"", SW_WRONG_DATA
        if (objects.get(0x80) != oid_contents(info.protocol) or objects.get(0x83) != b"\x01"
                or objects.get(0x84, bytes([info.parameter_id or 0]))
                != bytes([info.parameter_id or 0])):
            return b"", SW_WRONG_DATA
        self.pace = _PaceState(info)
        return b"", SW_OK

    def _general_authenticate(self, command: Command, protected: bool) -> tuple[bytes, int]:
        state = self.pace
        if state is None:
            return b"", SW_CONDITIONS_NOT_SATISFIED
        try:
            body = tlv.unwrap(command.data, 0x7C)
            objects = tlv.parse(body)
        except ValueError:
            return b"", SW_WRONG_DATA
        kind = PACE_ECDH_GM_AES[state.info.protocol]
        curve = STANDARD_PARAMETERS[state.info.parameter_id or 0]
        try:
            return self._pace_step(state, objects, kind, curve)
        except ValueError:
            self.pace = None
            return b"", SW_WRONG_DATA

    def _pace_step(self, state: _PaceState, objects: dict[int, bytes], kind: CipherKind,
                   curve) -> tuple[bytes, int]:
        if state.step == 0:
            state.nonce = self._random(16)
            k_pi = crypto.derive_key(self.passport.keys.pace_password(), crypto.PI, kind)
            state.step = 1
            return tlv.tlv(0x7C, tlv.tlv(0x80, crypto.aes_encrypt(k_pi, state.nonce))), SW_OK
        if state.step == 1:
            terminal = curve.decode(objects[0x81])
            private = curve.private_key()
            shared = curve.multiply(private, terminal)
            if shared is None:
                raise ValueError("mapping at infinity")
            state.generator = mapped_generator(curve, state.nonce, shared)
            state.step = 2
            public = curve.multiply(private, curve.generator)
            return tlv.tlv(0x7C, tlv.tlv(0x82, curve.encode(public))), SW_OK
        if state.step == 2:
            state.terminal_public = curve.decode(objects[0x83])
            state.private = curve.private_key()
            state.public = curve.multiply(state.private, state.generator)
            secret = curve.multiply(state.private, state.terminal_public)
            if secret is None or state.public == state.terminal_public:
                raise ValueError("bad key agreement")
            shared = secret[0].to_bytes(curve.size, "big")
            state.ks_enc = crypto.derive_key(shared, crypto.ENC, kind)
            state.ks_mac = crypto.derive_key(shared, crypto.MAC, kind)
            state.step = 3
            return tlv.tlv(0x7C, tlv.tlv(0x84, curve.encode(state.public))), SW_OK
        expected = auth_token(kind, state.ks_mac, state.info.protocol, curve, state.public)
        self.pace = None
        if objects.get(0x85) != expected:
            self.stats.refused += 1
            return b"", SW_AUTH_FAILED
        token = auth_token(kind, state.ks_mac, state.info.protocol, curve, state.terminal_public)
        self.sm = SecureMessaging(kind, state.ks_enc, state.ks_mac, 0)
        self.access = "PACE"
        self.applet = False
        return tlv.tlv(0x7C, tlv.tlv(0x86, token)), SW_OK
