"""The simulated barcode scanner."""

from __future__ import annotations

import pytest

from devices.barcode import DEFAULT_TEXT, SimulatedBarcodeScanner
from devices.base import Barcode, DeviceStatus, DeviceTimeout, DeviceUnplugged, PoorQuality


def test_ok_reads_the_default_boarding_pass():
    code = SimulatedBarcodeScanner().scan()
    assert code == Barcode(DEFAULT_TEXT, "PDF417")
    assert code.text.startswith("M1ERIKSSON/ANNA MARIA") and len(code.text) == 60


def test_reads_a_configured_code():
    scanner = SimulatedBarcodeScanner("ok", text="GAPURA:STP:2026/0001", symbology="QR")
    assert scanner.scan() == Barcode("GAPURA:STP:2026/0001", "QR")
    assert scanner.test_capture().summary_text == (
        "Pemindai barcode berfungsi: kode QR terbaca.")


def test_poor_cannot_decode():
    with pytest.raises(PoorQuality) as err:
        SimulatedBarcodeScanner("poor").scan()
    assert err.value.user_message.startswith("Barcode tidak terbaca.")


def test_timeout_and_unplugged():
    with pytest.raises(DeviceTimeout):
        SimulatedBarcodeScanner("timeout").scan()
    scanner = SimulatedBarcodeScanner("unplugged")
    with pytest.raises(DeviceUnplugged):
        scanner.scan()
    assert scanner.status().status is DeviceStatus.UNPLUGGED
