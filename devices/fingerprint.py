"""Fingerprint scanners: a simulator that draws ridge patterns and scores them.

Real scanners (MOSIP SBI over localhost HTTP) report an NFIQ-style score per finger; the
simulator estimates one from ridge contrast, so a faint, noisy impression really scores low.
numpy and OpenCV are imported on first capture, not at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.i18n import QT_TRANSLATE_NOOP
from devices.base import (
    FINGER_NAMES,
    Finger,
    FingerprintImage,
    FingerprintScanner,
    FingerprintSet,
    PoorQuality,
    SimulationMode,
    TestCapture,
)
from devices.simulation import Simulator

if TYPE_CHECKING:
    import numpy as np

IMAGE_WIDTH = 256
IMAGE_HEIGHT = 320
# Blurred ridge contrast (standard deviation of grey levels) that scores 100.
_FULL_CONTRAST = 80.0
# The quality the admin's test capture asks for; counters take theirs from reference data.
TEST_MIN_QUALITY = 40


def ridge_quality(image: np.ndarray, mask: np.ndarray) -> int:
    """Score 0-100 of a grey-scale impression: the contrast of its ridges inside `mask` after a
    light blur, which keeps the ridge pattern and removes most pixel noise."""
    import cv2

    smooth = cv2.GaussianBlur(image.astype("float32"), (0, 0), sigmaX=1.0)
    contrast = float(smooth[mask].std())
    return max(0, min(100, round(100 * contrast / _FULL_CONTRAST)))


def _impression(finger: Finger, strength: float, noise: float, seed: int
                ) -> tuple[np.ndarray, np.ndarray]:
    """A synthetic whorl-like pattern: dark ridges on white inside an oval fingertip.

    Args:
        strength: ridge contrast (1.0 a clean, well-pressed finger; low for dry or smudged).
        noise: standard deviation of the grey-level noise.

    Returns:
        The grey image and the mask of the fingertip.
    """
    import numpy as np

    rng = np.random.default_rng(seed * 31 + int(finger))
    y, x = np.mgrid[0:IMAGE_HEIGHT, 0:IMAGE_WIDTH].astype(np.float32)
    core_x = IMAGE_WIDTH / 2 + rng.uniform(-20, 20)
    core_y = IMAGE_HEIGHT * 0.45 + rng.uniform(-20, 20)
    period = rng.uniform(8.0, 10.5)  # pixels between ridges at 500 dpi
    dx, dy = x - core_x, (y - core_y) * 0.8
    radius = np.hypot(dx, dy)
    # The angle term twists the rings differently for each finger.
    phase = 2 * np.pi * radius / period + 1.6 * np.sin(np.arctan2(dy, dx) + finger)
    ridges = 0.5 + 0.5 * np.cos(phase)
    mask = (((x - IMAGE_WIDTH / 2) / (IMAGE_WIDTH * 0.42)) ** 2
            + ((y - IMAGE_HEIGHT / 2) / (IMAGE_HEIGHT * 0.46)) ** 2) <= 1.0
    image = np.full(ridges.shape, 255.0, np.float32)
    pressure = rng.uniform(0.8, 1.0)  # no two impressions are pressed alike
    image[mask] = 245.0 - 220.0 * strength * pressure * ridges[mask]
    image += rng.normal(0.0, noise, image.shape)
    return np.clip(image, 0, 255).astype(np.uint8), mask


def _encode_png(image: np.ndarray) -> bytes:
    import cv2

    ok, buffer = cv2.imencode(".png", image)
    if not ok:
        raise ValueError("OpenCV could not encode the fingerprint as PNG")
    return buffer.tobytes()


class SimulatedFingerprintScanner(Simulator, FingerprintScanner):
    """Captures synthetic ridge patterns. Poor mode gives faint, noisy impressions (a dry or
    smudged finger) that score about 15-20, below any sensible minimum; ok mode scores
    about 65-85."""

    def __init__(self, mode: SimulationMode | str = SimulationMode.OK) -> None:
        super().__init__(mode)
        self._captures = 0

    def capture(self, fingers: Sequence[Finger | int], min_quality: int) -> FingerprintSet:
        wanted = [Finger(code) for code in fingers]
        if not wanted or len(set(wanted)) != len(wanted):
            raise ValueError(f"fingers must be distinct and not empty, got {list(fingers)}")
        if not 0 <= min_quality <= 100:
            raise ValueError(f"min_quality must be 0-100, got {min_quality}")
        self._respond("capture")
        poor = self.mode is SimulationMode.POOR
        strength, noise = (0.22, 30.0) if poor else (1.0, 6.0)
        impressions = []
        for finger in wanted:
            image, mask = _impression(finger, strength, noise, seed=self._captures)
            impressions.append(FingerprintImage(finger, _encode_png(image), IMAGE_WIDTH,
                                                IMAGE_HEIGHT, ridge_quality(image, mask)))
        self._captures += 1
        result = FingerprintSet(tuple(impressions))
        weak = [i for i in impressions if i.quality < min_quality]
        if weak:
            raise PoorQuality(
                self.kind,
                detail=f"fingerprint quality {[(int(i.finger), i.quality) for i in weak]} "
                       f"below {min_quality}",
                result=result,
                fingers=", ".join(FINGER_NAMES[i.finger] for i in weak),
                quality=min(i.quality for i in weak), minimum=min_quality)
        return result

    def test_capture(self) -> TestCapture:
        result = self.capture([Finger.RIGHT_INDEX], TEST_MIN_QUALITY)
        return TestCapture(
            True, QT_TRANSLATE_NOOP(
                "gapura", "Pemindai sidik jari berfungsi: kualitas telunjuk kanan {quality}."),
            f"PNG {IMAGE_WIDTH}x{IMAGE_HEIGHT}, quality {result.lowest_quality}",
            {"quality": result.lowest_quality})
