"""PACE (Doc 9303-11 §4.4): EF.CardAccess, ECDH generic mapping with AES, and AES SM.

Supported: id-PACE-ECDH-GM-AES-CBC-CMAC-128/-192/-256 on the standardized domain parameters
NIST P-256 (12) and brainpoolP256r1 (13), with the MRZ as password. Other PACE variants
(DH, integrated or chip-authentication mapping, 3DES) are recognised and refused with
`PaceUnsupported`, after which the reader falls back to BAC.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Iterator
from dataclasses import dataclass

from asn1crypto import core

from devices.chip import crypto, tlv
from devices.chip.apdu import INS_GENERAL_AUTHENTICATE, INS_MSE, SW_OK, Command
from devices.chip.bac import REFUSED, MrzKeys
from devices.chip.channel import ChipChannel
from devices.chip.crypto import CipherKind
from devices.chip.ec import STANDARD_PARAMETERS, Curve
from devices.chip.errors import AccessDenied, ChipError, ChipStatusError, SecureMessagingError
from devices.chip.sm import SecureMessaging

log = logging.getLogger(__name__)

ID_PACE = "0.4.0.127.0.7.2.2.4"
ECDH_GM = ID_PACE + ".2"
PACE_ECDH_GM_AES: dict[str, CipherKind] = {
    ECDH_GM + ".2": CipherKind.AES128,
    ECDH_GM + ".3": CipherKind.AES192,
    ECDH_GM + ".4": CipherKind.AES256,
}
PASSWORD_MRZ = 0x01


class PaceUnsupported(ChipError):
    """The chip offers only PACE variants Gapura does not implement (BAC is used instead)."""


class SecurityInfo(core.Sequence):
    _fields = [
        ("protocol", core.ObjectIdentifier),
        ("required_data", core.Any),
        ("optional_data", core.Any, {"optional": True}),
    ]


class SecurityInfos(core.SetOf):
    _child_spec = SecurityInfo


@dataclass(frozen=True)
class PaceInfo:
    """One PACEInfo of EF.CardAccess: protocol OID, version and domain parameter id."""

    protocol: str
    version: int
    parameter_id: int | None

    @property
    def supported(self) -> bool:
        return (self.protocol in PACE_ECDH_GM_AES and self.version == 2
                and self.parameter_id in STANDARD_PARAMETERS)


def parse_card_access(data: bytes) -> list[PaceInfo]:
    """The PACEInfos in EF.CardAccess (other SecurityInfos are skipped).

    Raises:
        ValueError: the file is not a SET OF SecurityInfo.
    """
    infos = []
    for info in SecurityInfos.load(data):
        oid = info["protocol"].dotted
        if not oid.startswith(ID_PACE + ".") or oid.count(".") != ID_PACE.count(".") + 2:
            continue  # not a PACEInfo (PACEDomainParameterInfo, ChipAuthenticationInfo, ...)
        version = core.Integer.load(info["required_data"].dump()).native
        optional = info["optional_data"]
        parameter = None
        if optional.native is not None:
            parameter = core.Integer.load(optional.dump()).native
        infos.append(PaceInfo(oid, version, parameter))
    return infos


def encode_card_access(infos: list[PaceInfo]) -> bytes:
    """EF.CardAccess holding `infos` (for the software chip)."""
    items = []
    for info in infos:
        item = {"protocol": info.protocol, "required_data": core.Integer(info.version)}
        if info.parameter_id is not None:
            item["optional_data"] = core.Integer(info.parameter_id)
        items.append(item)
    return SecurityInfos(items).dump()


def choose(infos: list[PaceInfo]) -> PaceInfo:
    """The strongest supported PACEInfo.

    Raises:
        PaceUnsupported: none is supported.
    """
    usable = [info for info in infos if info.supported]
    if not usable:
        raise PaceUnsupported(detail=f"no supported PACEInfo in {infos}")
    return max(usable, key=lambda info: PACE_ECDH_GM_AES[info.protocol].key_size)


def oid_contents(dotted: str) -> bytes:
    return core.ObjectIdentifier(dotted).contents


def public_key_object(protocol: str, curve: Curve, point: tuple[int, int]) -> bytes:
    """The public key data object the authentication tokens are MACs of (§4.4.3.4)."""
    return tlv.tlv(0x7F49, tlv.tlv(0x06, oid_contents(protocol))
                   + tlv.tlv(0x86, curve.encode(point)))


def auth_token(kind: CipherKind, ks_mac: bytes, protocol: str, curve: Curve,
               point: tuple[int, int]) -> bytes:
    return crypto.aes_cmac(ks_mac, public_key_object(protocol, curve, point))


def mapped_generator(curve: Curve, nonce: bytes, shared: tuple[int, int]) -> tuple[int, int]:
    """Generic mapping: G' = s*G + H."""
    point = curve.add(curve.multiply(int.from_bytes(nonce, "big"), curve.generator), shared)
    if point is None:
        raise SecureMessagingError(detail="PACE mapping gave the point at infinity")
    return point


def _general_authenticate(channel: ChipChannel, tag: int, value: bytes, last: bool,
                          step: str) -> bytes:
    body = tlv.tlv(0x7C, tlv.tlv(tag, value) if tag else b"")
    cla = 0x00 if last else 0x10  # command chaining until the last step
    data, sw = channel.send(Command(cla, INS_GENERAL_AUTHENTICATE, 0, 0, body, le=256))
    if sw in REFUSED and last:
        raise AccessDenied(detail=f"PACE {step} refused with SW {sw:04X}")
    if sw != SW_OK:
        raise ChipStatusError(sw, f"GENERAL AUTHENTICATE ({step})")
    try:
        return tlv.unwrap(data, 0x7C)
    except ValueError as exc:
        raise SecureMessagingError(detail=f"PACE {step}: {exc}") from exc


def _point(curve: Curve, data: bytes, tag: int, step: str) -> tuple[int, int]:
    try:
        return curve.decode(tlv.unwrap(data, tag))
    except ValueError as exc:
        raise SecureMessagingError(detail=f"PACE {step}: {exc}") from exc


def perform_pace(channel: ChipChannel, keys: MrzKeys, info: PaceInfo,
                 scalars: Iterator[int] | None = None) -> SecureMessaging:
    """Run PACE with the MRZ password and start AES secure messaging on `channel`.

    `scalars` gives the terminal's ephemeral private keys (mapping, then key agreement);
    random when None. Only the Doc 9303-11 worked example fixes them.

    Raises:
        AccessDenied: the chip refused the terminal's token (the MRZ was misread).
        SecureMessagingError: the chip's answers are malformed or its token is wrong.
        ChipStatusError: the chip refused a step for another reason.
    """
    kind = PACE_ECDH_GM_AES[info.protocol]
    curve = STANDARD_PARAMETERS[info.parameter_id or 0]
    mse = (tlv.tlv(0x80, oid_contents(info.protocol)) + tlv.tlv(0x83, bytes([PASSWORD_MRZ]))
           + tlv.tlv(0x84, bytes([info.parameter_id or 0])))
    channel.call(Command(0x00, INS_MSE, 0xC1, 0xA4, mse), "MSE:SET AT")

    # 1. The chip's nonce, encrypted with K_pi from the MRZ.
    encrypted = tlv.unwrap(_general_authenticate(channel, 0, b"", False, "nonce"), 0x80)
    k_pi = crypto.derive_key(keys.pace_password(), crypto.PI, kind)
    nonce = crypto.aes_decrypt(k_pi, encrypted)

    # 2. Mapping: an ephemeral ECDH on the standard generator gives H.
    map_private = next(scalars) if scalars is not None else curve.private_key()
    map_public = curve.multiply(map_private, curve.generator)
    answer = _general_authenticate(channel, 0x81, curve.encode(map_public), False, "mapping")
    chip_map_public = _point(curve, answer, 0x82, "mapping")
    shared = curve.multiply(map_private, chip_map_public)
    if shared is None:
        raise SecureMessagingError(detail="PACE mapping: shared point at infinity")
    generator = mapped_generator(curve, nonce, shared)

    # 3. Key agreement on the mapped generator.
    private = next(scalars) if scalars is not None else curve.private_key()
    public = curve.multiply(private, generator)
    answer = _general_authenticate(channel, 0x83, curve.encode(public), False, "key agreement")
    chip_public = _point(curve, answer, 0x84, "key agreement")
    if chip_public == public:
        raise SecureMessagingError(detail="PACE: the chip echoed the terminal's public key")
    secret_point = curve.multiply(private, chip_public)
    if secret_point is None:
        raise SecureMessagingError(detail="PACE key agreement: shared point at infinity")
    secret = secret_point[0].to_bytes(curve.size, "big")
    ks_enc = crypto.derive_key(secret, crypto.ENC, kind)
    ks_mac = crypto.derive_key(secret, crypto.MAC, kind)

    # 4. Mutual authentication: each side MACs the other's public key.
    token = auth_token(kind, ks_mac, info.protocol, curve, chip_public)
    answer = _general_authenticate(channel, 0x85, token, True, "mutual authentication")
    try:
        chip_token = tlv.unwrap(answer, 0x86)
    except ValueError as exc:
        raise SecureMessagingError(detail=f"PACE token: {exc}") from exc
    expected = auth_token(kind, ks_mac, info.protocol, curve, public)
    if not hmac.compare_digest(chip_token, expected):
        raise SecureMessagingError(detail="PACE: the chip's authentication token is wrong")
    sm = SecureMessaging(kind, ks_enc, ks_mac, 0)
    channel.sm = sm
    log.debug("PACE done: %s on %s", info.protocol, curve.name)
    return sm
