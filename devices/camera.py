"""Cameras: face photo capture with a brightness and sharpness check, and a simulator.

numpy and OpenCV are imported on first use: together they cost about 0.25 s, which start-up
(budget 1 s to the sign-in window) should not pay before anyone takes a photo.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.i18n import QT_TRANSLATE_NOOP
from devices.base import Camera, Photo, SimulationMode, TestCapture
from devices.simulation import Simulator

if TYPE_CHECKING:
    import numpy as np

FRAME_WIDTH = 480
FRAME_HEIGHT = 640
JPEG_QUALITY = 92

# Mean grey level (0-255) a usable face photo lies between.
MIN_BRIGHTNESS = 70.0
MAX_BRIGHTNESS = 220.0
# Sharpness (see `assess_frame`) below which the photo counts as blurred.
MIN_SHARPNESS = 60.0

TOO_DARK = QT_TRANSLATE_NOOP("gapura", "terlalu gelap")
TOO_BRIGHT = QT_TRANSLATE_NOOP("gapura", "terlalu terang")
BLURRED = QT_TRANSLATE_NOOP("gapura", "buram")


def assess_frame(frame: np.ndarray) -> dict[str, Any]:
    """Measure a BGR frame: mean brightness and sharpness.

    Sharpness is the variance of the Laplacian per unit of grey-level variance (x1000): edges
    and fine detail raise it, blur lowers it, and dividing by the contrast keeps a dark but
    sharp frame from counting as blurred.

    Returns:
        {"brightness", "sharpness": float, "dark", "bright", "blurred", "ok": bool,
         "reasons": Indonesian texts (marked for translation) of what is wrong}.
    """
    import cv2

    grey = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    brightness = float(grey.mean())
    contrast = float(grey.var())
    sharpness = 1000.0 * float(cv2.Laplacian(grey, cv2.CV_64F).var()) / max(contrast, 1.0)
    dark = brightness < MIN_BRIGHTNESS
    bright = brightness > MAX_BRIGHTNESS
    blurred = sharpness < MIN_SHARPNESS
    reasons = [text for flag, text in ((dark, TOO_DARK), (bright, TOO_BRIGHT), (blurred, BLURRED))
               if flag]
    return {"brightness": round(brightness, 1), "sharpness": round(sharpness, 1), "dark": dark,
            "bright": bright, "blurred": blurred, "ok": not reasons, "reasons": reasons}


def encode_photo(frame: np.ndarray) -> Photo:
    """JPEG-encode a BGR frame and attach its quality measurements."""
    import cv2

    ok, buffer = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, JPEG_QUALITY])
    if not ok:
        raise ValueError("OpenCV could not encode the frame as JPEG")
    height, width = frame.shape[:2]
    return Photo(jpeg=buffer.tobytes(), width=width, height=height, quality=assess_frame(frame))


def _portrait(seed: int, exposure: float = 1.0, blur: float = 0.0) -> np.ndarray:
    """A synthetic passport-style portrait: plain light background, head and shoulders.

    Args:
        seed: varies the position and skin tone a little from frame to frame.
        exposure: light reaching the sensor (1.0 well lit, lower is darker).
        blur: standard deviation in pixels of the optical blur (0 in focus).
    """
    import cv2
    import numpy as np

    rng = np.random.default_rng(seed)
    frame = np.full((FRAME_HEIGHT, FRAME_WIDTH, 3), (236, 232, 228), np.uint8)
    cx = FRAME_WIDTH // 2 + int(rng.integers(-12, 13))
    cv2.ellipse(frame, (cx, FRAME_HEIGHT + 40), (230, 190), 0, 180, 360, (70, 62, 58), -1)
    shade = int(rng.integers(-30, 31))
    skin = (105 + shade, 150 + shade, 205 + shade // 2)
    cv2.rectangle(frame, (cx - 42, 380), (cx + 42, 500), skin, -1)  # neck
    cv2.ellipse(frame, (cx, 250), (118, 150), 0, 0, 360, (30, 32, 38), -1)  # hair
    cv2.ellipse(frame, (cx, 285), (100, 132), 0, 0, 360, skin, -1)
    for dx in (-40, 40):
        cv2.ellipse(frame, (cx + dx, 262), (18, 9), 0, 0, 360, (250, 250, 250), -1)
        cv2.circle(frame, (cx + dx, 262), 7, (40, 30, 25), -1)
        cv2.line(frame, (cx + dx - 24, 238), (cx + dx + 24, 236), (35, 35, 40), 4)
    cv2.line(frame, (cx, 270), (cx - 8, 320), (90, 110, 150), 3)
    cv2.ellipse(frame, (cx, 350), (34, 12), 0, 0, 180, (80, 80, 150), 4)
    scene = frame.astype(np.float32) * exposure
    if blur:
        scene = cv2.GaussianBlur(scene, (0, 0), sigmaX=blur)
    noise = rng.normal(0.0, 2.0, frame.shape)  # the sensor's, whatever the scene
    return np.clip(scene + noise, 0, 255).astype(np.uint8)


class SimulatedCamera(Simulator, Camera):
    """Captures a synthetic portrait. Poor mode alternates a dark frame (under-exposed, as in a
    badly lit booth) and a blurred one (subject moved or lens out of focus)."""

    def __init__(self, mode: SimulationMode | str = SimulationMode.OK) -> None:
        super().__init__(mode)
        self._captures = 0

    def capture_photo(self) -> Photo:
        self._respond("capture_photo")
        count = self._captures
        self._captures += 1
        if self.mode is not SimulationMode.POOR:
            return encode_photo(_portrait(count))
        if count % 2 == 0:
            return encode_photo(_portrait(count, exposure=0.18))
        return encode_photo(_portrait(count, blur=6.0))

    def test_capture(self) -> TestCapture:
        photo = self.capture_photo()
        quality = photo.quality
        detail = (f"JPEG {photo.width}x{photo.height}, {len(photo.jpeg)} bytes, brightness "
                  f"{quality['brightness']}, sharpness {quality['sharpness']}")
        if quality["ok"]:
            return TestCapture(True, QT_TRANSLATE_NOOP(
                "gapura", "Kamera berfungsi: foto cukup terang dan tajam."), detail)
        return TestCapture(False, QT_TRANSLATE_NOOP(
            "gapura", "Foto uji kurang baik ({reasons}). Periksa lampu dan fokus kamera, lalu "
                      "uji lagi."), detail, {"reasons": ", ".join(quality["reasons"])})
