"""The serial passport reader driven through a pseudo-terminal that plays the reader."""

from __future__ import annotations

import os
import threading
import tty
from pathlib import Path

import pytest

from devices.base import DeviceStatus, DeviceTimeout, DeviceUnplugged, PoorQuality
from devices.document_reader import SPECIMENS, SerialDocumentReader, split_frame

TD3 = SPECIMENS[1].td3()  # SANTOSO, IDN
TD1 = ("I<UTOD231458907<<<<<<<<<<<<<<<",
       "7408122F1204159UTO<<<<<<<<<<<6",
       "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")


class FakeReader:
    """The reader's end of a pty pair; the driver opens the slave through a stable symlink,
    as it would open /dev/serial/by-id/..."""

    def __init__(self, link: Path) -> None:
        self.master, slave = os.openpty()
        tty.setraw(slave)  # bytes pass as sent: no CR/LF translation, no echo
        self.slave_path = os.ttyname(slave)
        os.close(slave)
        if link.is_symlink():
            link.unlink()
        link.symlink_to(self.slave_path)

    def send(self, data: bytes) -> None:
        os.write(self.master, data)

    def unplug(self) -> None:
        os.close(self.master)


@pytest.fixture
def port(tmp_path: Path) -> Path:
    return tmp_path / "usb-Passport_Reader-if00"


@pytest.fixture
def reader(port: Path):
    plugged = FakeReader(port)
    driver = SerialDocumentReader(str(port), 9600, "8N1", timeout_s=3)
    # The port is opened (as the device panel's status does) before the reader sends: a tty
    # keeps nothing that arrived while nobody had it open.
    assert driver.status().status is DeviceStatus.READY
    yield driver, plugged
    driver.close()


def _lines(*lines: str, end: bytes = b"\r") -> bytes:
    return b"".join(line.encode() + end for line in lines)


def test_reads_td3_lines_ended_by_cr(reader):
    driver, plugged = reader
    plugged.send(_lines(*TD3))
    assert driver.read().lines == TD3


def test_reads_td1_in_stx_etx_frame_with_crlf(reader):
    driver, plugged = reader
    plugged.send(b"\x02" + _lines(*TD1, end=b"\r\n") + b"\x03")
    assert driver.read().lines == TD1


def test_lines_arriving_in_pieces_make_one_read_and_the_next_document_waits(reader):
    driver, plugged = reader
    data = _lines(*TD3, end=b"\n")
    done: list = []
    worker = threading.Thread(target=lambda: done.append(driver.read()))
    worker.start()
    plugged.send(data[:30])
    plugged.send(data[30:70])
    plugged.send(data[70:] + _lines(*SPECIMENS[0].td3(), end=b"\n"))
    worker.join(5)
    assert done[0].lines == TD3
    assert driver.read().lines == SPECIMENS[0].td3()  # kept, not lost


def test_garbled_line_is_poor_quality_and_the_reader_carries_on(reader):
    driver, plugged = reader
    garbled = TD3[1][:20] + "\xa7\xff" + TD3[1][22:]
    plugged.send(TD3[0].encode() + b"\r" + garbled.encode("latin-1") + b"\r")
    with pytest.raises(PoorQuality) as err:
        driver.read()
    assert "MRZ paspor tidak terbaca" in err.value.user_message
    plugged.send(_lines(*TD3))
    assert driver.read().lines == TD3


def test_a_line_cut_short_is_poor_quality_once_the_reader_goes_quiet(reader):
    driver, plugged = reader
    plugged.send(_lines(TD3[0], TD3[1][:40]))
    with pytest.raises(PoorQuality):
        driver.read()


def test_nothing_sent_is_a_timeout(port):
    FakeReaderKeep = FakeReader(port)  # noqa: N806 - kept open, silent
    driver = SerialDocumentReader(str(port), timeout_s=0.3)
    try:
        with pytest.raises(DeviceTimeout):
            driver.read()
    finally:
        driver.close()
        FakeReaderKeep.unplug()


def test_unplugging_reports_unplugged_and_the_same_path_coming_back_reconnects(reader, port):
    driver, plugged = reader
    plugged.send(_lines(*TD3))
    assert driver.read().lines == TD3
    plugged.unplug()
    with pytest.raises(DeviceUnplugged) as err:
        driver.read()
    assert "tidak terhubung" in err.value.user_message
    assert driver.status().status is DeviceStatus.UNPLUGGED  # the by-id link points nowhere
    again = FakeReader(port)  # plugged back in: the stable name points at the new tty
    try:
        assert driver.status().status is DeviceStatus.READY
        again.send(_lines(*SPECIMENS[2].td3()))
        assert driver.read().lines == SPECIMENS[2].td3()
    finally:
        again.unplug()


def test_no_port_configured_is_unplugged_with_what_to_do():
    state = SerialDocumentReader("").status()
    assert state.status is DeviceStatus.UNPLUGGED and "Admin" in state.message


def test_split_frame_waits_for_the_whole_zone():
    assert split_frame(_lines(TD3[0]), quiet=False) is None
    assert split_frame(b"\x02" + _lines(*TD3), quiet=True) is None  # no ETX yet
    lines, rest = split_frame(_lines(*TD3) + b"P<", quiet=False)
    assert tuple(lines) == TD3 and rest == b"P<"
