"""APDU encoding, the PC/SC transport without pyscard, and the link simulator's clock."""

from __future__ import annotations

import sys

import pytest

from devices.chip.apdu import Command, split_response
from devices.chip.errors import PYSCARD_MISSING, ChipError, ReaderUnavailable
from devices.chip.transport import LinkSimulator, PcscTransport


@pytest.mark.parametrize(("command", "encoded"), [
    (Command(0x00, 0xA4, 0x04, 0x0C, bytes.fromhex("A0000002471001")),
     "00A4040C07A0000002471001"),
    (Command(0x00, 0x84, 0x00, 0x00, le=8), "0084000008"),
    (Command(0x00, 0xB0, 0x00, 0x00, le=256), "00B0000000"),
    (Command(0x00, 0xB0, 0x01, 0x00, le=2048, extended=True), "00B00100000800"),
    (Command(0x0C, 0xB0, 0x00, 0x00, bytes(300), le=65536), "0CB0000000012C" + "00" * 300
     + "0000"),
])
def test_commands_encode_and_decode_both_ways(command, encoded):
    assert command.encode().hex().upper() == encoded.upper()
    decoded = Command.decode(bytes.fromhex(encoded))
    assert (decoded.header, decoded.data, decoded.le) == (command.header, command.data,
                                                          command.le)


def test_a_response_needs_its_status_word():
    assert split_response(b"\x01\x02\x90\x00") == (b"\x01\x02", 0x9000)
    with pytest.raises(ValueError):
        split_response(b"\x90")


def test_without_pyscard_the_pcsc_transport_says_so_in_indonesian(monkeypatch):
    monkeypatch.setitem(sys.modules, "smartcard", None)  # as on a machine without pyscard
    monkeypatch.setitem(sys.modules, "smartcard.System", None)
    with pytest.raises(ReaderUnavailable) as caught:
        PcscTransport.open()
    assert caught.value.user_message == PYSCARD_MISSING
    assert "pyscard" in caught.value.detail
    assert isinstance(caught.value, ChipError)


class Echo:
    def transmit(self, apdu: bytes) -> bytes:
        return bytes(len(apdu)) + b"\x90\x00"


def test_the_link_simulator_waits_the_computed_transfer_time():
    waits: list[float] = []
    link = LinkSimulator(Echo(), kbit_s=106, latency_s=0.001, sleep=waits.append)
    link.transmit(bytes(98))  # 98 out, 100 back: 1584 bits
    link.transmit(bytes(10))
    assert waits == pytest.approx([1584 / 106_000 + 0.001, 176 / 106_000 + 0.001])
    assert link.exchanges == 2 and link.bytes_sent == 108 and link.bytes_received == 112


def test_a_faster_link_waits_less():
    slow, fast = [], []
    LinkSimulator(Echo(), kbit_s=106, sleep=slow.append).transmit(bytes(200))
    LinkSimulator(Echo(), kbit_s=848, sleep=fast.append).transmit(bytes(200))
    assert fast[0] < slow[0]
