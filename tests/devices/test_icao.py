"""ICAO photo checks on a real face (the astronaut, NASA) and failures made from it, the
passport crop, the best-frame choice, and the OpenCV camera reading a video file."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import cv2
import numpy as np
import pytest
from skimage import data

from app.errors import ConfigError, DeviceError
from devices import icao
from devices.base import DeviceStatus, DeviceTimeout, DeviceUnplugged, DriverSettings
from devices.camera import (
    FrameAnalyzer,
    OpenCvCamera,
    assess_frame,
    sample_portrait,
    write_video,
)
from devices.registry import DRIVERS


@pytest.fixture(scope="module")
def portrait() -> np.ndarray:
    """A booth frame: the astronaut's head on a plain wall, 720p."""
    return sample_portrait(1280, 720)


def _rotate(frame: np.ndarray, degrees: float) -> np.ndarray:
    rows, cols = frame.shape[:2]
    matrix = cv2.getRotationMatrix2D((cols / 2, rows / 2), degrees, 1.0)
    return cv2.warpAffine(frame, matrix, (cols, rows), borderMode=cv2.BORDER_REPLICATE)


def _reasons(frame: np.ndarray) -> list[str]:
    return icao.check_photo(frame).quality["reasons"]


def test_plain_portrait_passes_every_check(portrait):
    result = icao.check_photo(portrait)
    q = result.quality
    assert q["ok"] and q["reasons"] == [] and q["faces"] == 1
    assert icao.MIN_HEAD_FRACTION < q["head_fraction"] < icao.MAX_HEAD_FRACTION
    assert abs(q["offset"]) < icao.MAX_OFFSET and abs(q["roll"]) < icao.MAX_ROLL
    assert q["sharpness"] > icao.MIN_SHARPNESS
    assert q["background_std"] < icao.MAX_BACKGROUND_STD
    # the box lies on the face: between the eyes and the chin of the pasted head
    x, y, w, h = q["face_box"]
    assert abs(x + w / 2 - 640) < 40 and 0.25 * 720 < y < 0.5 * 720


def test_assess_frame_keeps_the_fields_biometrics_and_the_counter_read(portrait):
    quality = assess_frame(portrait)
    assert {"ok", "reasons", "brightness", "sharpness", "dark", "bright", "blurred"} <= set(quality)
    assert quality["ok"] is True


def test_blurred_face_is_refused_as_blurred(portrait):
    q = icao.check_photo(cv2.GaussianBlur(portrait, (0, 0), 3)).quality
    assert icao.BLURRED in q["reasons"] and q["blurred"]
    assert q["sharpness"] < icao.MIN_SHARPNESS


def test_dark_frame_is_refused_as_too_dark(portrait):
    q = icao.check_photo((portrait * 0.3).astype(np.uint8)).quality
    assert icao.TOO_DARK in q["reasons"] and q["brightness"] < icao.MIN_BRIGHTNESS


def test_overexposed_frame_is_refused_as_too_bright(portrait):
    q = icao.check_photo(np.clip(portrait * 1.9, 0, 255).astype(np.uint8)).quality
    assert icao.TOO_BRIGHT in q["reasons"]


def test_light_from_one_side_is_refused_as_uneven(portrait):
    # a lamp on the applicant's left only: the other half of the face in shade
    x = np.arange(portrait.shape[1], dtype=np.float32)
    shade = (0.5 + 0.5 / (1 + np.exp(-(x - 640) / 40)))[None, :, None]
    q = icao.check_photo(np.clip(portrait * shade, 0, 255).astype(np.uint8)).quality
    assert icao.UNEVEN_LIGHT in q["reasons"] and q["uneven"] > icao.MAX_UNEVEN


def test_two_faces_side_by_side_are_refused(portrait):
    pair = np.hstack([portrait, portrait])
    q = icao.check_photo(pair).quality
    assert q["faces"] == 2 and icao.MANY_FACES in q["reasons"]


@pytest.mark.parametrize("kind", ["plain wall", "noise"])
def test_no_face_is_refused(kind):
    rng = np.random.default_rng(7)
    frame = (np.full((720, 1280, 3), 230, np.uint8) if kind == "plain wall"
             else rng.integers(0, 256, (720, 1280, 3), dtype=np.uint8))
    q = icao.check_photo(frame).quality
    assert q["faces"] == 0 and q["reasons"][0] == icao.NO_FACE and not q["ok"]


@pytest.mark.parametrize("degrees", [20, -20])
def test_rolled_head_is_refused_with_its_angle(portrait, degrees):
    q = icao.check_photo(_rotate(portrait, degrees)).quality
    assert icao.HEAD_TILTED in q["reasons"]
    # cv2 turns the image anticlockwise for a positive angle: the right eye rises, roll < 0
    assert q["roll"] == pytest.approx(-degrees, abs=6)


def test_slightly_rolled_head_passes(portrait):
    q = icao.check_photo(_rotate(portrait, 3)).quality
    assert icao.HEAD_TILTED not in q["reasons"] and abs(q["roll"]) < icao.MAX_ROLL


def test_off_centre_face_is_refused():
    q = icao.check_photo(sample_portrait(1280, 720, shift=0.25)).quality
    assert icao.OFF_CENTRE in q["reasons"] and q["offset"] > icao.MAX_OFFSET


def test_far_and_near_applicants_are_refused():
    far = icao.check_photo(sample_portrait(1280, 720, head=0.3)).quality
    near = icao.check_photo(sample_portrait(1280, 720, head=0.85, crown=0.04)).quality
    assert icao.FACE_TOO_SMALL in far["reasons"] and far["head_fraction"] < 0.4
    assert icao.FACE_TOO_LARGE in near["reasons"]
    assert near["head_fraction"] > icao.MAX_HEAD_FRACTION and icao.OFF_CENTRE not in near["reasons"]


def test_busy_background_is_refused(portrait):
    scene = cv2.resize(cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR), (1280, 720))
    wall = np.all(np.abs(portrait.astype(int) - (236, 232, 228)) < 4, axis=2)[..., None]
    q = icao.check_photo(np.where(wall, scene, portrait).astype(np.uint8)).quality
    assert icao.BUSY_BACKGROUND in q["reasons"]
    assert q["background_std"] > icao.MAX_BACKGROUND_STD or \
        q["background_edges"] > icao.MAX_BACKGROUND_EDGES


def test_passport_crop_is_35x45_with_the_head_at_icao_height(portrait):
    face = icao.check_photo(portrait).face
    assert face is not None
    photo = icao.crop_passport(portrait, face)
    assert photo.shape == (icao.PHOTO_HEIGHT, icao.PHOTO_WIDTH, 3)
    again = icao.check_photo(photo)
    assert again.quality["faces"] == 1
    head = again.quality["head_fraction"]
    assert 0.65 <= head <= 0.85  # ICAO's 70-80%, within the head estimate's spread
    eyes = again.face.eyes
    assert eyes is not None
    eye_height = 1 - (eyes[0][1] + eyes[1][1]) / 2 / icao.PHOTO_HEIGHT
    assert 0.5 <= eye_height <= 0.7  # eyes 50-70% of the height above the bottom edge


def test_best_frame_waits_for_stable_passing_frames_and_picks_the_best(portrait):
    chooser = icao.BestFrame(stable=3)
    good = icao.check_photo(portrait)
    blurred_frame = cv2.GaussianBlur(portrait, (0, 0), 3)
    assert chooser.feed(portrait, good) is None
    assert chooser.feed(blurred_frame, icao.check_photo(blurred_frame)) is None  # starts over
    sharper = icao.Assessment(good.faces, {**good.quality, "score": good.quality["score"] + 1})
    assert chooser.feed(portrait, good) is None
    marked = portrait.copy()
    assert chooser.feed(marked, sharper) is None
    chosen = chooser.feed(portrait, good)
    assert chosen is not None and chosen[0] is marked and chosen[1] is sharper


def test_best_frame_starts_over_when_the_face_moves(portrait):
    chooser = icao.BestFrame(stable=2)
    moved = sample_portrait(1280, 720, shift=0.08)
    assert chooser.feed(portrait, icao.check_photo(portrait)) is None
    assert chooser.feed(moved, icao.check_photo(moved)) is None  # a new run of one
    assert chooser.feed(moved, icao.check_photo(moved)) is not None


def test_tracking_follows_the_face_and_finds_it_again_after_a_jump(portrait):
    analyzer = FrameAnalyzer()
    boxes = [analyzer.process(sample_portrait(1280, 720, shift=s)).assessment.face
             for s in (0.0, 0.01, 0.02, 0.03)]
    assert all(face is not None for face in boxes)
    assert boxes[3].centre[0] - boxes[0].centre[0] == pytest.approx(0.03 * 1280, abs=20)
    jumped = analyzer.process(sample_portrait(1280, 720, shift=-0.3)).assessment
    assert jumped.face is not None and jumped.face.centre[0] < 640 - 0.2 * 1280


def test_photo_checks_need_neither_scikit_image_nor_scipy():
    """The detector and the simulator's face ship with Gapura (resources/camera): the first
    photo check loads OpenCV's cascade, not scikit-image and SciPy (decision 0022)."""
    code = ("import sys\n"
            "from devices import icao\n"
            "from devices.camera import sample_portrait\n"
            "q = icao.check_photo(sample_portrait(1280, 720)).quality\n"
            "print(q['ok'], q['faces'], sorted({m.split('.')[0] for m in sys.modules}"
            " & {'skimage', 'scipy'}))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=Path(__file__).resolve().parents[2], timeout=60, check=True)
    assert result.stdout.split("\n")[0] == "True 1 []"


def test_a_missing_face_cascade_is_reported_to_the_officer(monkeypatch, tmp_path, portrait):
    monkeypatch.setattr(icao, "CASCADE_FILE", tmp_path / "missing.xml")
    monkeypatch.setattr(icao, "_local", threading.local())  # no classifier loaded yet
    with pytest.raises(DeviceError) as err:
        icao.check_photo(portrait)
    assert err.value.user_message.startswith("Data pendeteksi wajah tidak ditemukan")
    assert "missing.xml" in err.value.detail


def test_detectors_in_two_threads_find_the_same_face(portrait):
    """The preview's worker and a capture search at once, each with its own classifier."""
    expected = icao.FaceDetector().detect(portrait)[0].box()
    found: list[list[tuple[int, int, int, int]]] = [[], []]

    def search(slot: int) -> None:
        detector = icao.FaceDetector()
        found[slot] = [detector.detect(portrait)[0].box() for _ in range(6)]

    threads = [threading.Thread(target=search, args=(slot,)) for slot in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert found[0] == found[1] == [expected] * 6


# -- the OpenCV camera, a video file standing in for the device ---------------------------------


def _settings(tmp_path: Path, source: str) -> DriverSettings:
    return DriverSettings("ok", tmp_path, {"source": source})


def test_opencv_camera_is_registered_by_its_driver_name():
    assert DRIVERS[OpenCvCamera.kind]["opencv"] is OpenCvCamera


def test_opencv_camera_captures_the_passport_photo_once_the_face_is_still(tmp_path):
    wall = np.full((480, 640, 3), (236, 232, 228), np.uint8)
    still = [sample_portrait(640, 480, head=0.55, shift=s) for s in (0, 0.002, 0, 0.002, 0, 0)]
    video = write_video(tmp_path / "booth.avi", [wall, wall, *still])
    camera = OpenCvCamera.from_settings(_settings(tmp_path, str(video)))
    assert camera.status().status is DeviceStatus.READY
    photo = camera.capture_photo()
    assert photo.quality["ok"], photo.quality
    assert (photo.width, photo.height) == (icao.PHOTO_WIDTH, icao.PHOTO_HEIGHT)
    image = cv2.imdecode(np.frombuffer(photo.jpeg, np.uint8), cv2.IMREAD_COLOR)
    assert image.shape == (531, 413, 3)
    assert icao.check_photo(image).quality["faces"] == 1
    camera.close()


def test_opencv_camera_returns_the_last_frame_with_reasons_when_no_photo_passes(tmp_path):
    dark = [(sample_portrait(640, 480) * 0.2).astype(np.uint8) for _ in range(8)]
    camera = OpenCvCamera(str(write_video(tmp_path / "dark.avi", dark)))
    from devices.camera import capture_from

    photo = capture_from(camera, max_frames=6)
    assert not photo.quality["ok"] and icao.TOO_DARK in photo.quality["reasons"]


def test_opencv_camera_times_out_when_the_stream_ends(tmp_path):
    camera = OpenCvCamera(str(write_video(tmp_path / "short.avi", [sample_portrait(640, 480)] * 2)))
    camera.read_frame()
    camera.read_frame()
    with pytest.raises(DeviceTimeout) as err:
        camera.read_frame()
    assert err.value.user_message.startswith("Kamera tidak merespons.")
    assert "short.avi" in err.value.detail


def test_opencv_camera_that_cannot_open_reports_unplugged(tmp_path):
    camera = OpenCvCamera.from_settings(_settings(tmp_path, str(tmp_path / "missing.avi")))
    assert camera.status().status is DeviceStatus.UNPLUGGED
    with pytest.raises(DeviceUnplugged) as err:
        camera.capture_photo()
    assert "Kamera tidak terhubung" in err.value.user_message


def test_opencv_camera_takes_a_device_index_from_its_options(tmp_path):
    camera = OpenCvCamera.from_settings(_settings(tmp_path, "2"))
    assert camera.source == 2
    assert OpenCvCamera.from_settings(DriverSettings("ok", tmp_path)).source == 0


def test_opencv_camera_refuses_a_size_that_is_not_in_pixels(tmp_path):
    from app import config as config_module

    path = tmp_path / "config.toml"
    path.write_text('[devices.camera]\ndriver = "opencv"\nwidth = "HD"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        config_module.load(path)
    assert "devices.camera.width" in err.value.user_message
