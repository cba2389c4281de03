"""BER-TLV as ICAO 9303 data groups and APDUs use it: read, write and find tags."""

from __future__ import annotations

from collections.abc import Iterator


def encode_length(length: int) -> bytes:
    """The BER length octets of `length` (short form below 128, else 81/82/83 form)."""
    if length < 0x80:
        return bytes([length])
    body = length.to_bytes((length.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(body)]) + body


def tlv(tag: int, value: bytes) -> bytes:
    """One TLV object; `tag` is the tag as an integer (0x5F1F, 0x7F61, 0x87, ...)."""
    return tag.to_bytes((tag.bit_length() + 7) // 8 or 1, "big") + encode_length(len(value)) + value


def read_tag(data: bytes, at: int) -> tuple[int, int]:
    """The tag starting at `at` and the offset after it."""
    if at >= len(data):
        raise ValueError("TLV truncated in its tag")
    first = data[at]
    tag, at = first, at + 1
    if first & 0x1F == 0x1F:  # multi-byte tag: more bytes while bit 8 is set
        while True:
            if at >= len(data):
                raise ValueError("TLV truncated in its tag")
            tag = (tag << 8) | data[at]
            at += 1
            if not data[at - 1] & 0x80:
                break
    return tag, at


def read_length(data: bytes, at: int) -> tuple[int, int]:
    """The length starting at `at` and the offset after it."""
    if at >= len(data):
        raise ValueError("TLV truncated in its length")
    first = data[at]
    if first < 0x80:
        return first, at + 1
    count = first & 0x7F
    if count == 0 or count > 4 or at + 1 + count > len(data):
        raise ValueError(f"unsupported or truncated TLV length at {at}")
    return int.from_bytes(data[at + 1:at + 1 + count], "big"), at + 1 + count


def header_size(data: bytes) -> tuple[int, int, int]:
    """(tag, header bytes, value bytes) of the TLV object at the start of `data`."""
    tag, at = read_tag(data, 0)
    length, at = read_length(data, at)
    return tag, at, length


def spans(data: bytes) -> Iterator[tuple[int, bytes, int]]:
    """(tag, value, offset of the object's first byte) one object after the other."""
    at = 0
    while at < len(data):
        if data[at] in (0x00, 0xFF) and at > 0:  # padding between objects
            at += 1
            continue
        start = at
        tag, at = read_tag(data, at)
        length, at = read_length(data, at)
        if at + length > len(data):
            raise ValueError(f"TLV {tag:X} runs past the end ({length} bytes at {at})")
        yield tag, data[at:at + length], start
        at += length


def iterate(data: bytes) -> Iterator[tuple[int, bytes]]:
    """The (tag, value) pairs one after the other in `data`."""
    for tag, value, _ in spans(data):
        yield tag, value


def parse(data: bytes) -> dict[int, bytes]:
    """The objects of `data` by tag (a repeated tag keeps its first value)."""
    found: dict[int, bytes] = {}
    for tag, value in iterate(data):
        found.setdefault(tag, value)
    return found


def unwrap(data: bytes, tag: int) -> bytes:
    """The value of the single object `tag` that `data` must start with."""
    found, at = read_tag(data, 0)
    if found != tag:
        raise ValueError(f"expected tag {tag:X}, found {found:X}")
    length, at = read_length(data, at)
    if at + length > len(data):
        raise ValueError(f"TLV {tag:X} truncated: {length} bytes announced, {len(data) - at} left")
    return data[at:at + length]
