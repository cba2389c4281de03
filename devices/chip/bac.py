"""Basic Access Control (Doc 9303-11 §4.3): keys from the MRZ, mutual authentication, 3DES SM."""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Callable
from dataclasses import dataclass

from app.domain.mrz import MrzFormat, MrzResult, check_digit, parse_mrz
from devices.chip import crypto
from devices.chip.apdu import (
    INS_GET_CHALLENGE,
    INS_MUTUAL_AUTHENTICATE,
    SW_AUTH_FAILED,
    SW_OK,
    SW_SECURITY_NOT_SATISFIED,
    Command,
)
from devices.chip.channel import ChipChannel
from devices.chip.crypto import CipherKind
from devices.chip.errors import AccessDenied, ChipStatusError, SecureMessagingError
from devices.chip.sm import SecureMessaging

# What a chip answers when the terminal's cryptogram was made with the wrong keys.
REFUSED = (SW_AUTH_FAILED, SW_SECURITY_NOT_SATISFIED)


@dataclass(frozen=True)
class MrzKeys:
    """The MRZ fields the chip's access keys come from, as printed (YYMMDD dates).

    `document_number` is without trailing fillers; numbers longer than 9 characters (TD1)
    are used whole, as Doc 9303-11 §9.7.2 says.
    """

    document_number: str
    birth_date: str
    expiry_date: str

    def __post_init__(self) -> None:
        for name in ("birth_date", "expiry_date"):
            value = getattr(self, name)
            if len(value) != 6:
                raise ValueError(f"{name} must be YYMMDD, got {value!r}")

    @classmethod
    def from_mrz(cls, mrz: MrzResult | tuple[str, ...] | list[str]) -> MrzKeys:
        """The keys of a parsed MRZ (or of its lines)."""
        result = mrz if isinstance(mrz, MrzResult) else parse_mrz(mrz)
        lines = result.lines
        if result.format is MrzFormat.TD1:
            birth, expiry = lines[1][0:6], lines[1][8:14]
        else:
            birth, expiry = lines[1][13:19], lines[1][21:27]
        return cls(result.document_number, birth, expiry)

    def information(self) -> bytes:
        """MRZ_information: number, birth date and expiry date, each with its check digit."""
        number = self.document_number.ljust(9, "<")
        text = (number + check_digit(number) + self.birth_date + check_digit(self.birth_date)
                + self.expiry_date + check_digit(self.expiry_date))
        return text.encode("ascii")

    def seed(self) -> bytes:
        """K_seed: the first 16 bytes of SHA-1(MRZ_information)."""
        return hashlib.sha1(self.information()).digest()[:16]

    def pace_password(self) -> bytes:
        """PACE's MRZ password: the whole SHA-1(MRZ_information) (Doc 9303-11 §9.7.3)."""
        return hashlib.sha1(self.information()).digest()


def bac_keys(keys: MrzKeys) -> tuple[bytes, bytes]:
    """(K_enc, K_mac), the document's basic access keys."""
    seed = keys.seed()
    return crypto.derive_key(seed, crypto.ENC), crypto.derive_key(seed, crypto.MAC)


def _xor(a: bytes, b: bytes) -> bytes:
    return bytes(x ^ y for x, y in zip(a, b, strict=True))


def perform_bac(channel: ChipChannel, keys: MrzKeys,
                random: Callable[[int], bytes] = os.urandom) -> SecureMessaging:
    """Run BAC on the selected eMRTD applet and start 3DES secure messaging on `channel`.

    Raises:
        AccessDenied: the chip refused the cryptogram (the MRZ was misread).
        SecureMessagingError: the chip's answer does not authenticate.
    """
    k_enc, k_mac = bac_keys(keys)
    rnd_ic = channel.call(Command(0x00, INS_GET_CHALLENGE, 0, 0, le=8), "GET CHALLENGE")
    if len(rnd_ic) != 8:
        raise SecureMessagingError(detail=f"GET CHALLENGE returned {len(rnd_ic)} bytes")
    rnd_ifd, k_ifd = random(8), random(16)
    e_ifd = crypto.tdes_encrypt(k_enc, rnd_ifd + rnd_ic + k_ifd)
    m_ifd = crypto.retail_mac(k_mac, crypto.pad(e_ifd))
    answer, sw = channel.send(Command(0x00, INS_MUTUAL_AUTHENTICATE, 0, 0, e_ifd + m_ifd, le=40))
    if sw in REFUSED:
        raise AccessDenied(detail=f"BAC MUTUAL AUTHENTICATE refused with SW {sw:04X}")
    if sw != SW_OK:
        raise ChipStatusError(sw, "MUTUAL AUTHENTICATE")
    if len(answer) != 40:
        raise SecureMessagingError(detail=f"MUTUAL AUTHENTICATE returned {len(answer)} bytes")
    e_ic, m_ic = answer[:32], answer[32:]
    if not hmac.compare_digest(crypto.retail_mac(k_mac, crypto.pad(e_ic)), m_ic):
        raise SecureMessagingError(detail="BAC: the chip's cryptogram MAC does not verify")
    plain = crypto.tdes_decrypt(k_enc, e_ic)
    if plain[:8] != rnd_ic or plain[8:16] != rnd_ifd:
        raise SecureMessagingError(detail="BAC: the chip did not return our nonces")
    seed = _xor(k_ifd, plain[16:32])
    sm = SecureMessaging(CipherKind.TDES, crypto.derive_key(seed, crypto.ENC),
                         crypto.derive_key(seed, crypto.MAC),
                         int.from_bytes(rnd_ic[4:] + rnd_ifd[4:], "big"))
    channel.sm = sm
    return sm
