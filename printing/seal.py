"""The signed QR payload ("seal") of a document, and its offline verification.

A seal is `GPR1.<payload>.<signature>`, both parts base64url without padding. The payload is
compact JSON: the signing key's id (`k`), the document's type (`t`), number (`n`), holder
(`h`), issue date (`d`) and the SHA-256 of its validated data (`s`, 128 bits). The signature
is Ed25519 over the payload bytes, with the issuing office's key. Anyone holding the office's
public key checks a seal offline: a forged or altered seal fails the signature, a seal copied onto
another paper fails because that paper's number or holder differ from the seal's.

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

PREFIX = "GPR1"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


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


def make_seal(key: OfficeKey, *, template: str, number: str, holder: str, issued_on: date,
              data: Mapping[str, Any]) -> str:
    payload = json.dumps({"k": key.key_id, "t": template, "n": number, "h": holder,
                          "d": issued_on.isoformat(), "s": data_digest(data)},
                         separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return f"{PREFIX}.{_b64(payload)}.{_b64(key.sign(payload))}"


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
    parts = seal.strip().split(".")
    if len(parts) != 3 or parts[0] != PREFIX:
        return None
    try:
        payload, signature = _unb64(parts[1]), _unb64(parts[2])
        fields = json.loads(payload.decode("utf-8"))
        facts = SealFacts(fields["k"], fields["t"], fields["n"], fields["h"], fields["d"],
                          fields["s"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None
    return facts, payload, signature


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
