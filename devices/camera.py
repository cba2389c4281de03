"""Cameras: face photos checked against ICAO 9303 (`devices.icao`), from OpenCV or a simulator.

A capture watches the stream until the applicant holds still with every check passing, takes
the best of those frames and crops it to the 35x45 passport photo (`FrameAnalyzer`); the live
preview (`ui.widgets.camera_preview`) runs the same analyzer on a worker thread.

numpy and OpenCV are imported on first use: together they cost about 0.2 s, which start-up
(budget 1 s to the sign-in window) should not pay before anyone takes a photo.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, Self

from app.errors import DeviceError
from app.i18n import QT_TRANSLATE_NOOP
from devices import icao
from devices.base import (
    Camera,
    DeviceKind,
    DeviceState,
    DeviceStatus,
    DeviceTimeout,
    DeviceUnplugged,
    DriverOption,
    DriverSettings,
    Photo,
    SimulationMode,
    TestCapture,
)
from devices.icao import BLURRED, MIN_BRIGHTNESS, MIN_SHARPNESS, TOO_BRIGHT, TOO_DARK
from devices.simulation import Simulator

if TYPE_CHECKING:
    import numpy as np

__all__ = ["BLURRED", "MIN_BRIGHTNESS", "MIN_SHARPNESS", "TOO_BRIGHT", "TOO_DARK",
           "FrameAnalyzer", "FrameSource", "OpenCvCamera", "SimulatedCamera", "assess_frame",
           "encode_photo", "photo_from", "sample_portrait"]

log = logging.getLogger(__name__)

FRAME_WIDTH = 480
FRAME_HEIGHT = 640
JPEG_QUALITY = 92
# A capture gives up after this many frames without the applicant holding still with every
# check passing (4 s at 15 fps) and returns the last frame with its reasons.
MAX_CAPTURE_FRAMES = 60
# Passing frames in a row, the face not moving, before the photo is taken.
STABLE_FRAMES = 5

READY = QT_TRANSLATE_NOOP("gapura", "Kamera siap digunakan.")
TEST_OK = QT_TRANSLATE_NOOP(
    "gapura", "Kamera berfungsi: foto memenuhi syarat (wajah, cahaya, ketajaman, latar).")
TEST_POOR = QT_TRANSLATE_NOOP(
    "gapura", "Foto uji kurang baik ({reasons}). Periksa lampu, fokus dan posisi kamera, lalu "
              "uji lagi.")


def assess_frame(frame: np.ndarray) -> dict[str, Any]:
    """Every ICAO check (`devices.icao.assess`) on one BGR frame, as a Photo's `quality`.

    Returns:
        {"ok": bool, "reasons": Indonesian texts (marked for translation) of what is wrong,
         and the measurements: "faces", "face_box", "head_fraction", "offset", "roll",
         "brightness", "uneven", "sharpness", "background_std", "background_edges",
         "score", and the flags "dark", "bright", "blurred"}.
    """
    return icao.check_photo(frame).quality


def encode_photo(frame: np.ndarray, quality: Mapping[str, Any] | None = None) -> Photo:
    """JPEG-encode a BGR frame with its quality measurements (measured here when not given)."""
    import cv2

    ok, buffer = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, JPEG_QUALITY])
    if not ok:
        raise ValueError("OpenCV could not encode the frame as JPEG")
    height, width = frame.shape[:2]
    return Photo(jpeg=buffer.tobytes(), width=width, height=height,
                 quality=dict(quality) if quality is not None else assess_frame(frame))


def photo_from(frame: np.ndarray, assessment: icao.Assessment) -> Photo:
    """The photo a capture keeps: the 35x45 crop around the face at 413x531 when there is a
    face, the whole frame otherwise (so the officer sees what went wrong), with the frame's
    measurements and the crop rectangle in `quality`."""
    face = assessment.face
    if face is None:
        return encode_photo(frame, assessment.quality)
    crop = [round(v) for v in icao.passport_crop(face)]
    return encode_photo(icao.crop_passport(frame, face), {**assessment.quality, "crop": crop})


class FrameSource(Protocol):
    """What the preview and captures read frames from: both camera drivers."""

    def read_frame(self) -> np.ndarray:
        """The next BGR frame.

        Raises:
            DeviceTimeout, DeviceUnplugged: no frame came.
        """
        ...


@dataclass(frozen=True)
class Analysis:
    """One analysed frame of a stream; `chosen` is set on the frame that completes a capture."""

    frame: np.ndarray
    assessment: icao.Assessment
    chosen: tuple[np.ndarray, icao.Assessment] | None = None


class FrameAnalyzer:
    """The per-frame pipeline of a preview and a capture: track the face, check, choose.

    Detection runs on a grey frame scaled to 180 rows and follows the face between full
    searches (`devices.icao.FaceDetector`), which keeps a 1280x720 stream above 15 fps.
    """

    def __init__(self, stable: int = STABLE_FRAMES, armed: bool = True) -> None:
        self.detector = icao.FaceDetector(track=True)
        self.best = icao.BestFrame(stable=stable)
        self.armed = armed

    def arm(self) -> None:
        """Choose a photo again (one per arming)."""
        self.best.reset()
        self.armed = True

    def process(self, frame: np.ndarray) -> Analysis:
        assessment = icao.assess(frame, self.detector.detect(frame))
        if not self.armed:
            return Analysis(frame, assessment)
        chosen = self.best.feed(frame, assessment)
        if chosen is not None:
            # Tracking only looks near the face: the photo gets a search of the whole frame
            # (a second person who stepped in since the last one refuses it).
            final = icao.check_photo(chosen[0])
            chosen = (chosen[0], final) if final.ok else None
            self.armed = chosen is None
        return Analysis(frame, assessment, chosen)


def capture_from(source: FrameSource, max_frames: int = MAX_CAPTURE_FRAMES,
                 stable: int = STABLE_FRAMES) -> Photo:
    """Watch `source` until a photo is chosen; after `max_frames` the last frame, failing.

    Raises:
        DeviceTimeout, DeviceUnplugged: the source stopped giving frames.
    """
    analyzer = FrameAnalyzer(stable)
    last: Analysis | None = None
    for _ in range(max_frames):
        last = analyzer.process(source.read_frame())
        if last.chosen is not None:
            return photo_from(*last.chosen)
    assert last is not None
    log.info("no stable passing frame in %d frames: %s", max_frames, last.assessment.quality)
    return photo_from(last.frame, last.assessment)


def _test_result(photo: Photo) -> TestCapture:
    quality = photo.quality
    detail = (f"JPEG {photo.width}x{photo.height}, {len(photo.jpeg)} bytes, faces "
              f"{quality.get('faces')}, brightness {quality['brightness']}, sharpness "
              f"{quality['sharpness']}, head {quality.get('head_fraction')}, roll "
              f"{quality.get('roll')}, background std {quality.get('background_std')}")
    if quality["ok"]:
        return TestCapture(True, TEST_OK, detail)
    return TestCapture(False, TEST_POOR, detail, {"reasons": ", ".join(quality["reasons"])})


# -- a face to show when there is no camera ----------------------------------------------------


SAMPLE_FACE = Path(__file__).resolve().parents[1] / "resources" / "camera" / "astronaut_head.jpg"
SAMPLE_FACE_MISSING = QT_TRANSLATE_NOOP(
    "gapura", "Gambar contoh kamera simulasi tidak ditemukan atau rusak. Pasang ulang Gapura, "
              "lalu coba lagi.")


@cache
def _astronaut() -> tuple[np.ndarray, np.ndarray]:
    """The astronaut's head (Eileen Collins, NASA, public domain; resources/camera/README.txt)
    in BGR, and a soft mask of her head and neck, which the samples paste onto a plain
    background."""
    import cv2
    import numpy as np

    image = cv2.imread(str(SAMPLE_FACE), cv2.IMREAD_COLOR)
    if image is None:
        raise DeviceError(SAMPLE_FACE_MISSING, f"OpenCV could not read {SAMPLE_FACE}")
    mask = np.zeros(image.shape[:2], np.float32)
    cv2.ellipse(mask, (92, 95), (76, 88), 0, 0, 360, 1.0, -1)  # hair and face
    cv2.rectangle(mask, (60, 150), (127, 200), 1.0, -1)  # chin and neck
    return image, cv2.GaussianBlur(mask, (0, 0), 3)


# In the sample face: the crown's row, the head's height (crown to chin) and its middle.
_CROWN_ROW, _HEAD_ROWS, _HEAD_COLUMN = 15, 157, 92


def sample_portrait(width: int = FRAME_WIDTH, height: int = FRAME_HEIGHT, *, head: float = 0.6,
                    shift: float = 0.0, crown: float = 0.16,
                    background: tuple[int, int, int] = (236, 232, 228)) -> np.ndarray:
    """A real face on a plain background, as a booth camera sees it: the astronaut's head
    scaled to `head` of the frame height, `shift` of the frame width right of the middle,
    its crown `crown` of the height below the top, over dark shoulders.

    The simulator's frames and the tests' and benchmark's sources are made from it: the face
    detector needs a real face, which a drawn one is not.
    """
    import cv2
    import numpy as np

    image, mask = _astronaut()
    frame = np.full((height, width, 3), background, np.uint8)
    scale = head * height / _HEAD_ROWS
    cx = width / 2 + shift * width
    crown *= height
    shoulders = (int(cx), int(crown + 1.3 * head * height))
    cv2.ellipse(frame, shoulders, (int(0.85 * head * height), int(0.4 * head * height)), 0, 180,
                360, (70, 62, 58), -1)
    matrix = np.array([[scale, 0.0, cx - _HEAD_COLUMN * scale],
                       [0.0, scale, crown - _CROWN_ROW * scale]])
    face = cv2.warpAffine(image, matrix, (width, height), flags=cv2.INTER_LINEAR)
    alpha = cv2.warpAffine(mask, matrix, (width, height))[..., None]
    return (face * alpha + frame * (1.0 - alpha)).astype(np.uint8)


def write_video(path: Path, frames: Sequence[np.ndarray], fps: int = 15) -> Path:
    """Record BGR `frames` as a Motion-JPEG .avi, which `OpenCvCamera` opens as its source:
    a booth recorded once, for testing the camera path end to end without the device. OpenCV's
    own MJPEG codec writes and reads it (no FFmpeg needed)."""
    import cv2

    rows, cols = frames[0].shape[:2]
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, (cols, rows))
    if not writer.isOpened():
        raise OSError(f"OpenCV cannot write an MJPEG video to {path}")
    for frame in frames:
        writer.write(frame)
    writer.release()
    return path


def _simulated_frame(seed: int, exposure: float = 1.0, blur: float = 0.0) -> np.ndarray:
    """A sample portrait as a sensor gives it: a little movement between frames, noise.

    Args:
        seed: varies the position a little from frame to frame.
        exposure: light reaching the sensor (1.0 well lit, lower is darker).
        blur: standard deviation in pixels of the optical blur (0 in focus).
    """
    import cv2
    import numpy as np

    rng = np.random.default_rng(seed)
    scene = sample_portrait(shift=float(rng.uniform(-0.01, 0.01))).astype(np.float32) * exposure
    if blur:
        scene = cv2.GaussianBlur(scene, (0, 0), sigmaX=blur)
    noise = rng.normal(0.0, 2.0, scene.shape)  # the sensor's, whatever the scene
    return np.clip(scene + noise, 0, 255).astype(np.uint8)


class SimulatedCamera(Simulator, Camera):
    """Captures the sample portrait, through the same checks and crop as a real camera.

    Poor mode alternates a dark frame (under-exposed, as in a badly lit booth) and a blurred
    one (subject moved or lens out of focus); each capture then judges that one frame.
    """

    def __init__(self, mode: SimulationMode | str = SimulationMode.OK) -> None:
        super().__init__(mode)
        self._frames = 0
        self._captures = 0

    def read_frame(self) -> np.ndarray:
        """The next preview frame, as the mode makes it."""
        self._respond("read_frame")
        count = self._frames
        self._frames += 1
        if self.mode is not SimulationMode.POOR:
            return _simulated_frame(count)
        if self._captures % 2 == 0:
            return _simulated_frame(count, exposure=0.18)
        return _simulated_frame(count, blur=6.0)

    def capture_photo(self) -> Photo:
        self._respond("capture_photo")
        try:
            if self.mode is SimulationMode.POOR:  # one bad frame says it all
                frame = self.read_frame()
                return photo_from(frame, icao.check_photo(frame))
            return capture_from(self, max_frames=STABLE_FRAMES * 3, stable=2)
        finally:
            self._captures += 1

    def test_capture(self) -> TestCapture:
        return _test_result(self.capture_photo())


class OpenCvCamera(Camera):
    """A camera OpenCV opens: a device index ("0" the first webcam) or a URL / file path
    (an IP camera's RTSP or MJPEG stream, or a recorded video).

    The source comes from the device's `options["source"]`; `width`/`height` ask a device for
    that resolution. The capture is opened on first use and kept open; reads are serialised,
    so the preview and a capture may share the camera.
    """

    driver = "opencv"

    def __init__(self, source: int | str = 0, width: int = 1280, height: int = 720) -> None:
        self.source = source
        self.width = width
        self.height = height
        self._capture: Any = None
        self._lock = threading.Lock()

    OPTIONS = (
        DriverOption("source", str, "0",
                     "Camera to open: a device index (0 = the first webcam), a stream URL "
                     "(rtsp://..., http://...) or a video file",
                     label=QT_TRANSLATE_NOOP("gapura", "Sumber kamera (nomor atau URL)")),
        DriverOption("width", int, 1280, "Frame width asked of the camera, in pixels",
                     minimum=320, maximum=4096,
                     label=QT_TRANSLATE_NOOP("gapura", "Lebar gambar (piksel)")),
        DriverOption("height", int, 720, "Frame height asked of the camera, in pixels",
                     minimum=240, maximum=4096,
                     label=QT_TRANSLATE_NOOP("gapura", "Tinggi gambar (piksel)")),
    )

    @classmethod
    def from_settings(cls, settings: DriverSettings) -> Self:
        source = str(settings.option("source", "0")).strip() or "0"
        return cls(int(source) if source.isdigit() else source,
                   int(settings.option("width", 1280)), int(settings.option("height", 720)))

    def _open(self) -> Any:
        import cv2

        if self._capture is not None:
            return self._capture
        capture = cv2.VideoCapture(self.source)
        if not capture.isOpened():
            capture.release()
            raise DeviceUnplugged(DeviceKind.CAMERA,
                                  detail=f"OpenCV could not open camera source {self.source!r}")
        if isinstance(self.source, int):
            capture.set(cv2.CAP_PROP_FRAME_WIDTH, self.width)
            capture.set(cv2.CAP_PROP_FRAME_HEIGHT, self.height)
        self._capture = capture
        return capture

    def read_frame(self) -> np.ndarray:
        with self._lock:
            capture = self._open()
            ok, frame = capture.read()
            if not ok or frame is None:
                # A device that stops answering, a stream that dropped, a file at its end:
                # closed so that the next read opens it again.
                capture.release()
                self._capture = None
                raise DeviceTimeout(DeviceKind.CAMERA,
                                    detail=f"no frame from camera source {self.source!r}")
            return frame

    def capture_photo(self) -> Photo:
        return capture_from(self)

    def close(self) -> None:
        with self._lock:
            if self._capture is not None:
                self._capture.release()
                self._capture = None

    def status(self) -> DeviceState:
        try:
            with self._lock:
                self._open()
        except DeviceUnplugged as error:
            return DeviceState(self.kind, self.driver, DeviceStatus.UNPLUGGED,
                               error.message_template)
        return DeviceState(self.kind, self.driver, DeviceStatus.READY, READY)

    def test_capture(self) -> TestCapture:
        return _test_result(self.capture_photo())
