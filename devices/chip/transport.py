"""How APDUs reach a chip: the transport protocol, PC/SC readers and a link simulator.

pyscard (PC/SC) is imported when a PC/SC transport is opened, never at import time: it has no
binary wheel for Linux on PyPI (it builds from source against pcsc-lite), so it is not a
dependency of Gapura; a workstation with a chip reader installs it, and without it opening the
reader raises `ReaderUnavailable` telling the officer to call the IT section.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any, Protocol

from devices.chip.apdu import split_response
from devices.chip.errors import NO_CARD, PYSCARD_MISSING, ChipError, ReaderUnavailable

log = logging.getLogger(__name__)


class ApduTransport(Protocol):
    """Anything that sends one command APDU and returns the response with SW1SW2."""

    def transmit(self, apdu: bytes) -> bytes:
        """Send `apdu`, return the response data followed by the two status bytes."""
        ...


class PcscTransport:
    """A contactless reader through PC/SC (pyscard), with the card on it connected.

    Handles the T=0 leftovers some readers pass through: SW 61xx (fetch the rest with GET
    RESPONSE) and 6Cxx (repeat the command with the right Le).
    """

    def __init__(self, connection: Any) -> None:
        self._connection = connection

    @classmethod
    def open(cls, reader_name: str | None = None) -> PcscTransport:
        """Connect to the card on the first reader (or the reader whose name holds `reader_name`).

        Raises:
            ReaderUnavailable: pyscard missing, no reader, or no card on it.
        """
        try:
            from smartcard.Exceptions import CardConnectionException, NoCardException
            from smartcard.System import readers
        except ImportError as exc:
            raise ReaderUnavailable(PYSCARD_MISSING, detail=f"pyscard not importable: {exc}") \
                from exc
        try:
            found = readers()
        except Exception as exc:  # noqa: BLE001 - pyscard raises bare PC/SC errors here
            raise ReaderUnavailable(detail=f"PC/SC service not reachable: {exc!r}") from exc
        chosen = [r for r in found if reader_name is None or reader_name in str(r)]
        if not chosen:
            raise ReaderUnavailable(detail=f"no PC/SC reader matching {reader_name!r} in {found}")
        connection = chosen[0].createConnection()
        try:
            connection.connect()
        except NoCardException as exc:
            raise ReaderUnavailable(NO_CARD, detail=f"no card on {chosen[0]}") from exc
        except CardConnectionException as exc:
            raise ReaderUnavailable(detail=f"connecting to {chosen[0]} failed: {exc}") from exc
        log.info("connected to the chip on %s", chosen[0])
        return cls(connection)

    def transmit(self, apdu: bytes) -> bytes:
        from smartcard.Exceptions import CardConnectionException

        try:
            data, sw1, sw2 = self._connection.transmit(list(apdu))
            if sw1 == 0x6C:  # wrong Le: repeat with the length the card names
                data, sw1, sw2 = self._connection.transmit(list(apdu[:-1]) + [sw2])
            while sw1 == 0x61:  # more data waiting
                more, sw1, sw2 = self._connection.transmit([0x00, 0xC0, 0x00, 0x00, sw2])
                data = data + more
        except CardConnectionException as exc:
            raise ChipError(detail=f"PC/SC transmit failed: {exc}") from exc
        return bytes(data) + bytes([sw1, sw2])

    def close(self) -> None:
        self._connection.disconnect()


class LinkSimulator:
    """Wraps a transport and makes each exchange take as long as the radio link would.

    The time of one exchange is the bytes both ways at `kbit_s` (ISO/IEC 14443 bit rates:
    106, 212, 424, 848) plus a fixed turnaround `latency_s` (frame delay, reader firmware).
    The wrapped transport's own time (the software chip's crypto) counts as the chip's
    processing time on top. `sleep` does the waiting: `time.sleep` in the benchmark, a
    recording function in tests, which then run at full speed.
    """

    def __init__(self, transport: ApduTransport, kbit_s: float = 424, latency_s: float = 0.002,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        if kbit_s <= 0:
            raise ValueError("kbit_s must be positive")
        self.transport = transport
        self.kbit_s = kbit_s
        self.latency_s = latency_s
        self._sleep = sleep
        self.exchanges = 0
        self.bytes_sent = 0
        self.bytes_received = 0
        self.link_s = 0.0

    def transfer_s(self, sent: int, received: int) -> float:
        """Seconds one exchange of `sent` + `received` bytes takes on the link."""
        return (sent + received) * 8 / (self.kbit_s * 1000) + self.latency_s

    def transmit(self, apdu: bytes) -> bytes:
        answer = self.transport.transmit(apdu)
        split_response(answer)  # a response without a status word is a link fault
        delay = self.transfer_s(len(apdu), len(answer))
        self.exchanges += 1
        self.bytes_sent += len(apdu)
        self.bytes_received += len(answer)
        self.link_s += delay
        self._sleep(delay)
        return answer
