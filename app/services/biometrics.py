"""An applicant's biometrics at a counter (stay permits, passports): one face photo through the
camera's quality checks and four fingerprints through the scanner."""

from __future__ import annotations

from typing import Any

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from devices.base import Finger, FingerprintSet, Photo

FINGERS = (Finger.RIGHT_THUMB, Finger.RIGHT_INDEX, Finger.LEFT_THUMB, Finger.LEFT_INDEX)
MIN_FINGER_QUALITY = 40


def capture_applicant(devices: Any) -> tuple[Photo, FingerprintSet]:
    """The photo and the fingerprints, outside any transaction (a device may take seconds).

    Raises:
        ValidationError: the photo failed its checks; the message says why (the officer sees
            it and takes it again). DeviceError: a device is unplugged, timed out, or a finger
            read too poorly.
    """
    photo = devices.camera.capture_photo()
    if not photo.quality.get("ok", False):
        raise ValidationError(
            QT_TRANSLATE_NOOP("gapura", "Foto ditolak: {reasons}. Ulangi pengambilan foto."),
            detail=f"photo quality {dict(photo.quality)!r}",
            reasons="; ".join(photo.quality.get("reasons", ())))
    return photo, devices.fingerprint.capture(FINGERS, MIN_FINGER_QUALITY)
