"""The simulated fingerprint scanner: real PNG ridge images and quality scores."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from devices.base import DeviceStatus, DeviceTimeout, DeviceUnplugged, Finger, PoorQuality
from devices.fingerprint import SimulatedFingerprintScanner


def test_ok_captures_each_finger_as_a_png_with_good_quality():
    fingers = [Finger.RIGHT_INDEX, Finger.LEFT_INDEX, Finger.RIGHT_THUMB]
    result = SimulatedFingerprintScanner("ok").capture(fingers, min_quality=50)
    assert [i.finger for i in result.impressions] == fingers
    for impression in result.impressions:
        assert impression.png.startswith(b"\x89PNG\r\n\x1a\n")
        image = cv2.imdecode(np.frombuffer(impression.png, np.uint8), cv2.IMREAD_UNCHANGED)
        assert image.shape == (impression.height, impression.width)
        assert image.std() > 40  # ridges, not a blank frame
        assert 50 <= impression.quality <= 100
    assert result.of(Finger.LEFT_INDEX).finger is Finger.LEFT_INDEX
    assert result.impressions[0].png != result.impressions[1].png


def test_poor_quality_below_minimum_raises_with_the_captured_set():
    with pytest.raises(PoorQuality) as err:
        SimulatedFingerprintScanner("poor").capture([2, 7], min_quality=40)
    captured = err.value.result
    assert captured.lowest_quality < 40
    assert err.value.user_message.startswith(
        "Kualitas sidik jari terlalu rendah: telunjuk kanan, telunjuk kiri (nilai ")
    assert "minimal 40" in err.value.user_message


def test_poor_capture_is_returned_when_minimum_allows_it():
    result = SimulatedFingerprintScanner("poor").capture([Finger.RIGHT_THUMB], min_quality=0)
    assert result.lowest_quality < 30


def test_ok_capture_raises_when_minimum_is_above_what_it_scores():
    with pytest.raises(PoorQuality):
        SimulatedFingerprintScanner("ok").capture([Finger.RIGHT_THUMB], min_quality=100)


def test_unknown_or_repeated_finger_codes_are_refused():
    scanner = SimulatedFingerprintScanner()
    with pytest.raises(ValueError):
        scanner.capture([11], min_quality=40)
    with pytest.raises(ValueError):
        scanner.capture([2, 2], min_quality=40)


def test_timeout_and_unplugged():
    with pytest.raises(DeviceTimeout):
        SimulatedFingerprintScanner("timeout").capture([2], min_quality=40)
    scanner = SimulatedFingerprintScanner("unplugged")
    with pytest.raises(DeviceUnplugged) as err:
        scanner.capture([2], min_quality=40)
    assert "Pemindai sidik jari tidak terhubung" in err.value.user_message
    assert scanner.status().status is DeviceStatus.UNPLUGGED


def test_test_capture_reports_quality():
    result = SimulatedFingerprintScanner().test_capture()
    assert result.ok
    assert result.summary_text.startswith("Pemindai sidik jari berfungsi: kualitas telunjuk kanan")
    with pytest.raises(PoorQuality):
        SimulatedFingerprintScanner("poor").test_capture()
