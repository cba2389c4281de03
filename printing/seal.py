"""The signed QR payload ("seal") of a document, and its offline verification.

A seal is `GPR2:` followed by the Base45 text (RFC 9285) of its payload and signature. The
payload holds the signing key's id, the document's type, number and holder (each UTF-8 with a
length byte), its issue date (days since 2000-01-01, two bytes) and the first 128 bits of the
SHA-256 of its validated data; the signature is Ed25519 over the payload bytes, with the issuing
office's key. Base45 uses only the QR code's alphanumeric characters, so the code is about a
third smaller than JSON in base64 (`GPR1.<payload>.<signature>`, still read for papers issued
before): a sealed stamp fits a QR code whose modules a 203-dpi label printer can print.

Anyone holding the office's public key checks a seal offline: a forged or altered seal fails the
signature, a seal copied onto another paper fails because that paper's number or holder differ
from the seal's.

See docs/decisions/0006-document-seals.md.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

PREFIX = "GPR2:"
LEGACY_PREFIX = "GPR1"  # JSON in base64url, issued before GPR2; read, no longer written
SIGNATURE_SIZE = 64  # Ed25519
DIGEST_SIZE = 16  # bytes of the data's SHA-256 a seal keeps
EPOCH = date(2000, 1, 1)
BASE45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_BASE45_VALUE = {c: i for i, c in enumerate(BASE45)}


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def base45_encode(data: bytes) -> str:
    """RFC 9285: each two bytes as three characters of the QR alphanumeric set."""
    out = []
    for i in range(0, len(data) - 1, 2):
        n = data[i] * 256 + data[i + 1]
        n, c = divmod(n, 45)
        e, d = divmod(n, 45)
        out += (BASE45[c], BASE45[d], BASE45[e])
    if len(data) % 2:
        e, c = divmod(data[-1], 45)
        out += (BASE45[c], BASE45[e])
    return "".join(out)


def base45_decode(text: str) -> bytes:
    """The bytes of Base45 `text`; ValueError when it is not Base45."""
    try:
        values = [_BASE45_VALUE[c] for c in text]
    except KeyError as error:
        raise ValueError(f"not a Base45 character: {error}") from None
    if len(values) % 3 == 1:
        raise ValueError("Base45 text of a wrong length")
    out = bytearray()
    for i in range(0, len(values), 3):
        chunk = values[i:i + 3]
        n = sum(v * 45 ** k for k, v in enumerate(chunk))
        if len(chunk) == 3:
            if n > 0xFFFF:
                raise ValueError("Base45 triple out of range")
            out += n.to_bytes(2, "big")
        else:
            if n > 0xFF:
                raise ValueError("Base45 pair out of range")
            out.append(n)
    return bytes(out)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return hashlib.sha256(value).hexdigest()  # images: their hash stands for them
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def data_digest(data: Mapping[str, Any]) -> str:
    """SHA-256 of the validated data as canonical JSON (sorted keys, no spaces), cut to 128
    bits: enough to tell two documents' data apart, and it keeps the QR code small."""
    canonical = json.dumps(_plain(data), sort_keys=True, separators=(",", ":"),
                           ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]


class OfficeKey:
    """An office's Ed25519 signing key; `key_id` names its public half in reference data."""

    def __init__(self, private: Ed25519PrivateKey, key_id: str) -> None:
        self._private = private
        self.key_id = key_id

    @classmethod
    def generate(cls, office_code: str) -> OfficeKey:
        private = Ed25519PrivateKey.generate()
        return cls(private, key_id_of(office_code, public_bytes(private.public_key())))

    @classmethod
    def from_private_bytes(cls, office_code: str, raw: bytes) -> OfficeKey:
        private = Ed25519PrivateKey.from_private_bytes(raw)
        return cls(private, key_id_of(office_code, public_bytes(private.public_key())))

    def private_bytes(self) -> bytes:
        return self._private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())

    def public_bytes(self) -> bytes:
        return public_bytes(self._private.public_key())

    def sign(self, payload: bytes) -> bytes:
        return self._private.sign(payload)


def public_bytes(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def key_id_of(office_code: str, public: bytes) -> str:
    """`SOETTA-3f9a1c2b`: the office and the first bytes of the public key's hash."""
    return f"{office_code}-{hashlib.sha256(public).hexdigest()[:8]}"


@dataclass(frozen=True)
class SealFacts:
    """What a seal vouches for."""

    key_id: str
    template: str
    number: str
    holder: str
    issued_on: str  # ISO date
    data_sha256: str


def _field(text: str) -> bytes:
    """`text` as UTF-8 after a length byte; a longer text is cut at a character boundary
    (a holder's name of more than 255 bytes: its start still names them on the paper)."""
    raw = text.encode("utf-8")
    if len(raw) > 255:
        raw = raw[:255].decode("utf-8", errors="ignore").encode("utf-8")
    return bytes([len(raw)]) + raw


def make_seal(key: OfficeKey, *, template: str, number: str, holder: str, issued_on: date,
              data: Mapping[str, Any]) -> str:
    """The seal of a document, as printed in its QR code (see the module's docstring)."""
    payload = b"".join((
        _field(key.key_id), _field(template), _field(number), _field(holder),
        (issued_on - EPOCH).days.to_bytes(2, "big"),
        bytes.fromhex(data_digest(data))[:DIGEST_SIZE],
    ))
    return PREFIX + base45_encode(payload + key.sign(payload))


def looks_like_seal(text: str) -> bool:
    """Whether `text` is meant as a seal (a scanned QR code), not a file name."""
    return text.strip().startswith((PREFIX, LEGACY_PREFIX + "."))


class SealStatus(StrEnum):
    VALID = "valid"
    TAMPERED = "tampered"
    UNKNOWN = "unknown"  # not a seal, or signed by a key this workstation does not know


@dataclass(frozen=True)
class SealCheck:
    status: SealStatus
    reason: str  # English, for the log and the command line
    facts: SealFacts | None = None


def read_seal(seal: str) -> tuple[SealFacts, bytes, bytes] | None:
    """The facts, payload bytes and signature of `seal`; None when it is not a seal."""
    seal = seal.strip()
    try:
        if seal.startswith(PREFIX):
            return _read_binary(base45_decode(seal[len(PREFIX):]))
        if seal.startswith(LEGACY_PREFIX + "."):
            return _read_legacy(seal)
    except (ValueError, KeyError, TypeError, IndexError, UnicodeDecodeError):
        return None
    return None


def _read_binary(raw: bytes) -> tuple[SealFacts, bytes, bytes]:
    payload, signature = raw[:-SIGNATURE_SIZE], raw[-SIGNATURE_SIZE:]
    if len(signature) != SIGNATURE_SIZE:
        raise ValueError("seal too short")
    texts, at = [], 0
    for _ in range(4):
        size = payload[at]
        texts.append(payload[at + 1:at + 1 + size].decode("utf-8"))
        at += 1 + size
    issued_on = date.fromordinal(EPOCH.toordinal() + int.from_bytes(payload[at:at + 2], "big"))
    digest = payload[at + 2:]
    if len(digest) != DIGEST_SIZE:
        raise ValueError("seal payload of a wrong length")
    key_id, template, number, holder = texts
    return (SealFacts(key_id, template, number, holder, issued_on.isoformat(), digest.hex()),
            payload, signature)


def _read_legacy(seal: str) -> tuple[SealFacts, bytes, bytes]:
    parts = seal.split(".")
    if len(parts) != 3:
        raise ValueError("not three parts")
    payload, signature = _unb64(parts[1]), _unb64(parts[2])
    fields = json.loads(payload.decode("utf-8"))
    return (SealFacts(fields["k"], fields["t"], fields["n"], fields["h"], fields["d"],
                      fields["s"]), payload, signature)


def check_seal(seal: str, public_keys: Mapping[str, bytes]) -> SealCheck:
    """Whether `seal` was signed by one of `public_keys` (key id -> raw Ed25519 public key)."""
    read = read_seal(seal)
    if read is None:
        return SealCheck(SealStatus.UNKNOWN, "not a Gapura document seal")
    facts, payload, signature = read
    public = public_keys.get(facts.key_id)
    if public is None:
        return SealCheck(SealStatus.UNKNOWN, f"signed by unknown key {facts.key_id}", facts)
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, payload)
    except InvalidSignature:
        return SealCheck(SealStatus.TAMPERED, "the seal's signature does not match", facts)
    return SealCheck(SealStatus.VALID, "signature valid", facts)
