"""The simulated camera: a real face through the ICAO checks and the passport crop, and dark
or blurred frames in poor mode."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from devices.base import DeviceStatus, DeviceTimeout, DeviceUnplugged
from devices.camera import MIN_BRIGHTNESS, MIN_SHARPNESS, SimulatedCamera


def _decode(jpeg: bytes) -> np.ndarray:
    image = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR)
    assert image is not None
    return image


def test_ok_photo_is_the_passport_crop_as_jpeg_and_passes_quality():
    photo = SimulatedCamera("ok").capture_photo()
    assert photo.jpeg[:3] == b"\xff\xd8\xff"
    image = _decode(photo.jpeg)
    assert image.shape == (photo.height, photo.width, 3) == (531, 413, 3)  # 35x45 mm, 300 dpi
    assert photo.quality["ok"] and photo.quality["reasons"] == []
    assert photo.quality["faces"] == 1 and len(photo.quality["crop"]) == 4
    assert image.mean() > MIN_BRIGHTNESS


def test_poor_first_frame_is_dark_and_quality_says_so():
    photo = SimulatedCamera("poor").capture_photo()
    image = _decode(photo.jpeg)
    assert cv2.cvtColor(image, cv2.COLOR_BGR2GRAY).mean() < MIN_BRIGHTNESS
    assert photo.quality["dark"] and not photo.quality["ok"]
    assert photo.quality["brightness"] < MIN_BRIGHTNESS
    assert photo.quality["reasons"] == ["terlalu gelap"]


def test_poor_second_frame_is_blurred_and_quality_says_so():
    camera = SimulatedCamera("poor")
    camera.capture_photo()
    photo = camera.capture_photo()
    sharp = SimulatedCamera("ok").capture_photo()
    assert photo.quality["blurred"] and not photo.quality["dark"]
    assert photo.quality["sharpness"] < MIN_SHARPNESS < sharp.quality["sharpness"]
    assert photo.quality["reasons"] == ["buram"]


def test_poor_test_capture_names_the_reason():
    result = SimulatedCamera("poor").test_capture()
    assert not result.ok
    assert result.summary_text.startswith("Foto uji kurang baik (terlalu gelap).")


def test_ok_test_capture_succeeds():
    result = SimulatedCamera().test_capture()
    assert result.ok and "JPEG 413x531" in result.detail and "faces 1" in result.detail


def test_timeout_raises_at_once():
    with pytest.raises(DeviceTimeout) as err:
        SimulatedCamera("timeout").capture_photo()
    assert err.value.user_message.startswith("Kamera tidak merespons.")


def test_unplugged_raises_and_status_says_unplugged():
    camera = SimulatedCamera("unplugged")
    with pytest.raises(DeviceUnplugged) as err:
        camera.capture_photo()
    assert "Kamera tidak terhubung" in err.value.user_message
    assert camera.status().status is DeviceStatus.UNPLUGGED


def test_simulator_face_ships_with_gapura_and_a_missing_one_is_reported(monkeypatch, tmp_path):
    from app.errors import DeviceError
    from devices import camera

    assert camera.SAMPLE_FACE.stat().st_size < 60_000  # a small JPEG in resources/camera
    monkeypatch.setattr(camera, "SAMPLE_FACE", tmp_path / "missing.jpg")
    camera._astronaut.cache_clear()
    try:
        with pytest.raises(DeviceError) as err:
            SimulatedCamera().read_frame()
    finally:
        camera._astronaut.cache_clear()  # the next test reads the real face again
    assert err.value.user_message.startswith("Gambar contoh kamera simulasi tidak ditemukan")
    assert "missing.jpg" in err.value.detail
