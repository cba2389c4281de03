"""The simulated passport reader: genuine TD3 lines when ok, failing check digits when poor."""

from __future__ import annotations

import pytest

from devices.base import DeviceStatus, DeviceTimeout, DeviceUnplugged, MrzRead
from devices.document_reader import SPECIMENS, SimulatedDocumentReader

ERIKSSON = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10")


def _digit(field: str) -> int:
    """ICAO 9303 check digit, written here independently of the code under test."""
    values = {c: i for i, c in enumerate("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")}
    values["<"] = 0
    return sum(values[c] * (7, 3, 1)[i % 3] for i, c in enumerate(field)) % 10


def _failing_checks(line2: str) -> list[str]:
    failing = [name for name, start, end in (("number", 0, 9), ("birth", 13, 19),
                                             ("expiry", 21, 27), ("optional", 28, 42))
               if line2[end] != str(_digit(line2[start:end]))
               and not (name == "optional" and line2[start:end + 1] == "<" * 15)]
    composite = line2[0:10] + line2[13:20] + line2[21:43]
    if line2[43] != str(_digit(composite)):
        failing.append("composite")
    return failing


def test_first_read_is_the_icao_specimen_eriksson():
    assert SimulatedDocumentReader().read() == MrzRead(lines=ERIKSSON)


def test_ok_reads_rotate_through_specimens_with_valid_check_digits():
    reader = SimulatedDocumentReader("ok")
    reads = [reader.read() for _ in range(len(SPECIMENS) + 1)]
    assert len({r.lines for r in reads}) == len(SPECIMENS)
    assert reads[-1] == reads[0]
    for read in reads:
        assert [len(line) for line in read.lines] == [44, 44]
        assert read.lines[0].startswith("P<")
        assert _failing_checks(read.lines[1]) == []
        assert read.chip is None


def test_german_specimen_matches_the_real_one():
    reader = SimulatedDocumentReader()
    lines = [reader.read().lines for _ in SPECIMENS]
    assert ("P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<",
            "C01X00T478D<<6408125F2702283<<<<<<<<<<<<<<<4") in lines


def test_poor_reads_fail_a_check_digit_every_time():
    reader = SimulatedDocumentReader("poor")
    for _ in range(2 * len(SPECIMENS)):
        line1, line2 = reader.read().lines
        assert len(line2) == 44
        assert _failing_checks(line2) != []


def test_poor_read_confuses_a_letter_and_digit_in_the_document_number():
    line2 = SimulatedDocumentReader("poor").read().lines[1]
    assert line2 == "LB98902C36UTO7408122F1204159ZE184226B<<<<<10"
    assert _failing_checks(line2) == ["number", "composite"]


def test_timeout_raises_at_once_and_status_is_error():
    reader = SimulatedDocumentReader("timeout")
    with pytest.raises(DeviceTimeout) as err:
        reader.read()
    assert err.value.user_message.startswith("Pembaca paspor tidak merespons.")
    assert reader.status().status is DeviceStatus.ERROR


def test_unplugged_raises_and_status_says_unplugged():
    reader = SimulatedDocumentReader("unplugged")
    with pytest.raises(DeviceUnplugged) as err:
        reader.read()
    assert err.value.user_message == (
        "Pembaca paspor tidak terhubung. Periksa kabel USB lalu coba lagi.")
    state = reader.status()
    assert state.status is DeviceStatus.UNPLUGGED and not state.ready
    assert state.message == err.value.user_message
    with pytest.raises(DeviceUnplugged):
        reader.test_capture()


def test_test_capture_judges_check_digits():
    assert SimulatedDocumentReader("ok").test_capture().ok
    result = SimulatedDocumentReader("poor").test_capture()
    assert not result.ok
    assert "digit pemeriksa" in result.summary_text
    assert "LB98902C3" in result.detail


def test_ok_status_is_ready_with_title():
    state = SimulatedDocumentReader().status()
    assert state.ready and state.title == "Pembaca paspor" and state.driver == "simulator"
