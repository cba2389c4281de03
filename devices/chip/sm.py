"""Secure messaging (Doc 9303-11 §9.8): wrap commands and check responses, 3DES or AES.

Every command and every response advances the send-sequence counter (SSC); the MAC covers
the SSC, so a replayed, dropped or reordered APDU fails the next MAC check. Responses whose
MAC does not verify raise `SecureMessagingError`; a response of a bare status word (chips
answer some errors, e.g. 6A82 or 6988, without secure messaging) is passed on as it is.
"""

from __future__ import annotations

import hmac

from devices.chip import crypto, tlv
from devices.chip.apdu import Command, split_response
from devices.chip.crypto import CipherKind
from devices.chip.errors import SecureMessagingError


class SecureMessaging:
    """The session keys and SSC of one secure-messaging session, terminal side or chip side."""

    def __init__(self, kind: CipherKind, ks_enc: bytes, ks_mac: bytes, ssc: int) -> None:
        self.kind = kind
        self.ks_enc = ks_enc
        self.ks_mac = ks_mac
        self.ssc = ssc

    @property
    def block(self) -> int:
        return self.kind.block_size

    # -- primitives -----------------------------------------------------------------------

    def _ssc_bytes(self) -> bytes:
        return self.ssc.to_bytes(self.block, "big")

    def _next_ssc(self) -> bytes:
        self.ssc = (self.ssc + 1) % (1 << (8 * self.block))
        return self._ssc_bytes()

    def mac(self, ssc: bytes, data: bytes) -> bytes:
        """The 8-byte MAC of SSC || data, padded."""
        padded = crypto.pad(ssc + data, self.block)
        if self.kind is CipherKind.TDES:
            return crypto.retail_mac(self.ks_mac, padded)
        return crypto.aes_cmac(self.ks_mac, padded)

    def encrypt(self, ssc: bytes, data: bytes) -> bytes:
        padded = crypto.pad(data, self.block)
        if self.kind is CipherKind.TDES:
            return crypto.tdes_encrypt(self.ks_enc, padded)
        return crypto.aes_encrypt(self.ks_enc, padded, crypto.aes_ecb(self.ks_enc, ssc))

    def decrypt(self, ssc: bytes, data: bytes) -> bytes:
        if not data or len(data) % self.block:
            raise SecureMessagingError(detail=f"encrypted data of {len(data)} bytes")
        if self.kind is CipherKind.TDES:
            plain = crypto.tdes_decrypt(self.ks_enc, data)
        else:
            plain = crypto.aes_decrypt(self.ks_enc, data, crypto.aes_ecb(self.ks_enc, ssc))
        try:
            return crypto.unpad(plain)
        except ValueError as exc:
            raise SecureMessagingError(detail="bad padding in decrypted data") from exc

    def _data_object(self, ssc: bytes, data: bytes, odd: bool) -> bytes:
        """DO87 (padding indicator 01, then the cryptogram), or DO85 for an odd INS."""
        if not data:
            return b""
        if odd:
            return tlv.tlv(0x85, self.encrypt(ssc, data))
        return tlv.tlv(0x87, b"\x01" + self.encrypt(ssc, data))

    def _open_data_object(self, ssc: bytes, found: dict[int, bytes]) -> bytes:
        if 0x85 in found:
            return self.decrypt(ssc, found[0x85])
        if 0x87 not in found:
            return b""
        value = found[0x87]
        if not value or value[0] != 0x01:
            raise SecureMessagingError(detail="DO87 without padding indicator 01")
        return self.decrypt(ssc, value[1:])

    # -- terminal side --------------------------------------------------------------------

    def wrap(self, command: Command) -> bytes:
        """The protected APDU of `command` (advances the SSC)."""
        ssc = self._next_ssc()
        header = bytes([command.cla | 0x0C, command.ins, command.p1, command.p2])
        extended = command.extended or len(command.data) > 223 or (command.le or 0) > 256
        do87 = self._data_object(ssc, command.data, odd=bool(command.ins & 1))
        do97 = b""
        if command.le is not None:
            if extended:
                do97 = tlv.tlv(0x97, (command.le % 65536).to_bytes(2, "big"))
            else:
                do97 = tlv.tlv(0x97, bytes([command.le % 256]))
        mac = self.mac(ssc, crypto.pad(header, self.block) + do87 + do97)
        body = do87 + do97 + tlv.tlv(0x8E, mac)
        return Command(header[0], header[1], header[2], header[3], body, le=0 if not extended
                       else 65536, extended=extended).encode()

    def unwrap(self, answer: bytes) -> tuple[bytes, int]:
        """The plain data and status word of a protected response (advances the SSC).

        Raises:
            SecureMessagingError: the MAC is missing or wrong, or the objects are malformed.
        """
        data, sw = split_response(answer)
        if not data:
            # Errors some chips answer unprotected; the session is usually over after them.
            return b"", sw
        ssc = self._next_ssc()
        try:
            found, covered = _objects(data)
        except ValueError as exc:
            raise SecureMessagingError(detail=f"malformed SM response: {exc}") from exc
        if 0x8E not in found or 0x99 not in found:
            raise SecureMessagingError(detail=f"SM response without DO8E/DO99 (SW {sw:04X})")
        if not hmac.compare_digest(self.mac(ssc, covered), found[0x8E]):
            raise SecureMessagingError(detail=f"response MAC mismatch at SSC {ssc.hex()}")
        inner_sw = int.from_bytes(found[0x99], "big")
        return self._open_data_object(ssc, found), inner_sw

    # -- chip side ------------------------------------------------------------------------

    def unwrap_command(self, apdu: bytes) -> Command:
        """The plain command inside a protected APDU (chip side; advances the SSC).

        Raises:
            SecureMessagingError: no MAC, a wrong MAC, or malformed objects.
        """
        try:
            outer = Command.decode(apdu)
            found, covered = _objects(outer.data)
        except ValueError as exc:
            raise SecureMessagingError(detail=f"malformed SM command: {exc}") from exc
        ssc = self._next_ssc()
        if 0x8E not in found:
            raise SecureMessagingError(detail="SM command without DO8E")
        mac = self.mac(ssc, crypto.pad(outer.header, self.block) + covered)
        if not hmac.compare_digest(mac, found[0x8E]):
            raise SecureMessagingError(detail="command MAC mismatch")
        data = self._open_data_object(ssc, found)
        le = None
        if 0x97 in found:
            raw = int.from_bytes(found[0x97], "big")
            le = raw or (65536 if len(found[0x97]) == 2 else 256)
        return Command(outer.cla & ~0x0C & 0xFF, outer.ins, outer.p1, outer.p2, data, le,
                       extended=outer.extended)

    def wrap_response(self, data: bytes, sw: int, odd: bool = False) -> bytes:
        """The protected response the chip sends (advances the SSC); `odd` for the answer to
        an odd INS (READ BINARY B1), whose data goes in DO85."""
        ssc = self._next_ssc()
        do87 = self._data_object(ssc, data, odd)
        do99 = tlv.tlv(0x99, sw.to_bytes(2, "big"))
        mac = self.mac(ssc, do87 + do99)
        return do87 + do99 + tlv.tlv(0x8E, mac) + sw.to_bytes(2, "big")


def _objects(data: bytes) -> tuple[dict[int, bytes], bytes]:
    """The data objects of a protected APDU by tag, and the bytes the MAC covers: every object
    before DO8E, exactly as sent."""
    found: dict[int, bytes] = {}
    covered = data
    for tag, value, start in tlv.spans(data):
        found.setdefault(tag, value)
        if tag == 0x8E:
            covered = data[:start]
            break
    return found, covered
