"""ISO/IEC 7816-4 command and response APDUs: encode, decode, short and extended length."""

from __future__ import annotations

from dataclasses import dataclass

SW_OK = 0x9000
SW_WRONG_LENGTH = 0x6700
SW_SECURITY_NOT_SATISFIED = 0x6982
SW_AUTH_FAILED = 0x6300
SW_SM_OBJECTS_MISSING = 0x6987
SW_SM_OBJECTS_INCORRECT = 0x6988
SW_FILE_NOT_FOUND = 0x6A82
SW_WRONG_PARAMS = 0x6B00
SW_INS_NOT_SUPPORTED = 0x6D00
SW_CLA_NOT_SUPPORTED = 0x6E00
SW_CONDITIONS_NOT_SATISFIED = 0x6985
SW_WRONG_DATA = 0x6A80
SW_END_OF_FILE = 0x6282

INS_SELECT = 0xA4
INS_READ_BINARY = 0xB0
INS_READ_BINARY_ODD = 0xB1  # offset in DO54: for files over 32 KiB
INS_GET_CHALLENGE = 0x84
INS_MUTUAL_AUTHENTICATE = 0x82  # EXTERNAL AUTHENTICATE in BAC's MUTUAL AUTHENTICATE role
INS_MSE = 0x22
INS_GENERAL_AUTHENTICATE = 0x86


@dataclass(frozen=True)
class Command:
    """A command APDU. `le` is the expected length: None for none, 0 for "all" (256/65536)."""

    cla: int
    ins: int
    p1: int
    p2: int
    data: bytes = b""
    le: int | None = None
    extended: bool = False

    @property
    def header(self) -> bytes:
        return bytes([self.cla, self.ins, self.p1, self.p2])

    def encode(self) -> bytes:
        """The APDU bytes; extended length when asked for or when a field does not fit short."""
        extended = self.extended or len(self.data) > 255 or (self.le or 0) > 256
        out = bytearray(self.header)
        if self.data:
            out += (b"\x00" + len(self.data).to_bytes(2, "big") if extended
                    else bytes([len(self.data)]))
            out += self.data
        if self.le is not None:
            if extended:
                le = self.le if self.le < 65536 else 0
                out += (b"" if self.data else b"\x00") + le.to_bytes(2, "big")
            else:
                out.append(self.le if self.le < 256 else 0)
        return bytes(out)

    @classmethod
    def decode(cls, apdu: bytes) -> Command:
        """Parse an APDU (the chip's side). Raises ValueError when the lengths do not add up."""
        if len(apdu) < 4:
            raise ValueError("APDU shorter than its header")
        cla, ins, p1, p2 = apdu[:4]
        body = apdu[4:]
        if not body:
            return cls(cla, ins, p1, p2)
        if len(body) == 1:
            return cls(cla, ins, p1, p2, le=body[0] or 256)
        if body[0] == 0 and len(body) >= 3:  # extended length
            if len(body) == 3:
                return cls(cla, ins, p1, p2, le=int.from_bytes(body[1:3], "big") or 65536,
                           extended=True)
            lc = int.from_bytes(body[1:3], "big")
            data = body[3:3 + lc]
            rest = body[3 + lc:]
            if len(data) != lc or len(rest) not in (0, 2):
                raise ValueError("extended APDU lengths do not add up")
            le = (int.from_bytes(rest, "big") or 65536) if rest else None
            return cls(cla, ins, p1, p2, data, le, extended=True)
        lc = body[0]
        data = body[1:1 + lc]
        rest = body[1 + lc:]
        if len(data) != lc or len(rest) > 1:
            raise ValueError("short APDU lengths do not add up")
        return cls(cla, ins, p1, p2, data, (rest[0] or 256) if rest else None)


def split_response(response: bytes) -> tuple[bytes, int]:
    """(data, SW1SW2) of a response APDU."""
    if len(response) < 2:
        raise ValueError(f"response of {len(response)} bytes has no status word")
    return response[:-2], int.from_bytes(response[-2:], "big")


def response(data: bytes, sw: int) -> bytes:
    return data + sw.to_bytes(2, "big")
