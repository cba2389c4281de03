"""ICAO 9303 face photo checks: face detection, pose, exposure, background, and the passport crop.

The face detector is OpenCV's LBP frontal-face cascade (`resources/camera/
lbpcascade_frontalface.xml`, from OpenCV's repository) run by `cv2.CascadeClassifier`, which
opencv-python-headless 4.x has (5.x wheels ship no `CascadeClassifier` and no cascade files:
hence the `<5` pin) and a detector must not be downloaded at run time
(docs/decisions/0022-camera-icao-checks.md). numpy and OpenCV are imported on first use, never
at start-up.

Geometry of a photo (ICAO 9303 part 3 / ISO/IEC 19794-5 token and full frontal image):
- the photo is 35x45 mm; the head (chin to crown) fills 70-80% of its height (32-36 mm).
- the eyes lie 50-70% of the photo height above its bottom edge.
- head roll (the eye line's tilt) at most 8 degrees.
The cascade's box covers eyebrows to mouth, not chin to crown: on faces from the
astronaut image the head measures `HEAD_PER_BOX` times the box, with its crown `CROWN_ABOVE_BOX`
box heights above the box's top. A frame passes when the 35x45 crop that puts the head at 72%
of its height fits in the frame at a usable resolution (`MIN_HEAD_FRACTION`..`MAX_HEAD_FRACTION`
of the frame height) and the face is near the middle (`MAX_OFFSET`).
"""

from __future__ import annotations

import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import DeviceError
from app.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import numpy as np

# -- geometry of the cascade box and the passport photo -----------------------------------------

# Measured with `FaceDetector` on the sample portrait, heads of 40-80% of 720- and 480-row
# frames, 66 frames: head / box 1.56 (sd 0.06, so a single box misjudges the head by about
# 4%), crown 0.50 box heights (sd 0.035) above the box's top.
HEAD_PER_BOX = 1.56  # head height (chin to crown, hair included) / cascade box height
CROWN_ABOVE_BOX = 0.50  # crown above the box top, in box heights
PHOTO_WIDTH_MM = 35
PHOTO_HEIGHT_MM = 45
# 35x45 mm at 300 dpi, the size most passport printers and the chip (DG2) expect.
PHOTO_WIDTH = 413
PHOTO_HEIGHT = 531
HEAD_IN_PHOTO = 0.72  # within ICAO 70-80%, leaving room above the crown (eyes at 56%)
CROWN_MARGIN = 0.05  # crown this far below the top edge (about 2 mm of 45)

# -- thresholds ---------------------------------------------------------------------------------

# The crop may overhang the frame by this share of its size: the overhang is filled by
# repeating the frame's edge, invisible on a plain wall.
CROP_SLACK = 0.03
# Head height / frame height. Above MAX the crop (head at 72% of its height) is taller than
# the frame: the applicant is too close. Below MIN the crop is less than 56% of the frame
# height (400 px of a 720p frame) and is upscaled to 531 rows: the applicant is too far for
# the detail ICAO asks.
MIN_HEAD_FRACTION = 0.40
MAX_HEAD_FRACTION = HEAD_IN_PHOTO * (1 + CROP_SLACK)
# Face centre's horizontal distance from the frame's middle, as a fraction of frame width.
MAX_OFFSET = 0.12
# Eye line tilt, degrees (ISO/IEC 19794-5: roll within +-8).
MAX_ROLL = 8.0
# Mean grey level (0-255) of the face a usable photo lies between.
MIN_BRIGHTNESS = 70.0
MAX_BRIGHTNESS = 220.0
# Left and right cheek: |difference| / mean above which the lighting is uneven (ICAO: no
# shadows across the face; the astronaut's evenly lit face measures about 0.05, a lamp on one
# side only 0.4 and more).
MAX_UNEVEN = 0.25
# Sharpness (see `sharpness`) below which the face counts as blurred: the astronaut's face
# scaled up 2.5 times (as soft as a cheap webcam) measures about 50, the same blurred by a
# Gaussian of 1.5 px about 19.
MIN_SHARPNESS = 30.0
# Background (the crop's margins outside the head): grey standard deviation and the share
# of edge pixels (Canny) above which it is not plain.
MAX_BACKGROUND_STD = 22.0
MAX_BACKGROUND_EDGES = 0.04
# Faces smaller than this share of the main face are not people in the booth (a poster far
# behind); larger ones count as a second person.
SECOND_FACE_SHARE = 0.5
# The detector works on the grey frame scaled to this many rows; the smallest face searched
# is MIN_BOX_FRACTION of the frame height (a head of MIN_HEAD_FRACTION measures about 0.26).
DETECT_ROWS = 180
MIN_BOX_FRACTION = 0.15
# Frames of a preview between two searches of the whole frame (1 s at 15 fps); in between,
# the face is tracked in a window around where it was (about 6 ms a frame at 720p, every check
# included, against 15-25 ms for a whole-frame search alone). A second person stepping in is
# seen at the next full search, and a chosen photo is checked again with one
# (`devices.camera.FrameAnalyzer`).
FULL_SEARCH_EVERY = 15

# -- reasons the officer reads (after "Foto ditolak: " or in the preview) -----------------------

NO_FACE = QT_TRANSLATE_NOOP("gapura", "wajah tidak terdeteksi")
MANY_FACES = QT_TRANSLATE_NOOP("gapura", "lebih dari satu wajah")
FACE_TOO_SMALL = QT_TRANSLATE_NOOP("gapura", "wajah terlalu kecil, pemohon terlalu jauh")
FACE_TOO_LARGE = QT_TRANSLATE_NOOP("gapura", "wajah terlalu besar, pemohon terlalu dekat")
OFF_CENTRE = QT_TRANSLATE_NOOP("gapura", "wajah tidak di tengah")
HEAD_TILTED = QT_TRANSLATE_NOOP("gapura", "kepala miring")
TOO_DARK = QT_TRANSLATE_NOOP("gapura", "terlalu gelap")
TOO_BRIGHT = QT_TRANSLATE_NOOP("gapura", "terlalu terang")
UNEVEN_LIGHT = QT_TRANSLATE_NOOP("gapura", "cahaya pada wajah tidak merata")
BLURRED = QT_TRANSLATE_NOOP("gapura", "buram")
BUSY_BACKGROUND = QT_TRANSLATE_NOOP("gapura", "latar belakang tidak polos")


@dataclass(frozen=True)
class Face:
    """A face in frame pixels: the cascade's box, the eye centres when found, the roll.

    `roll` is the eye line's angle in degrees, positive when the head leans to the
    applicant's left (clockwise on screen).
    """

    x: float
    y: float
    width: float
    height: float
    roll: float = 0.0
    eyes: tuple[tuple[float, float], tuple[float, float]] | None = None

    @property
    def centre(self) -> tuple[float, float]:
        return self.x + self.width / 2, self.y + self.height / 2

    @property
    def head_height(self) -> float:
        return self.height * HEAD_PER_BOX

    @property
    def crown_y(self) -> float:
        return self.y - self.height * CROWN_ABOVE_BOX

    def box(self) -> tuple[int, int, int, int]:
        return round(self.x), round(self.y), round(self.width), round(self.height)


CASCADE_FILE = Path(__file__).resolve().parents[1] / "resources" / "camera" / \
    "lbpcascade_frontalface.xml"
DETECTOR_MISSING = QT_TRANSLATE_NOOP(
    "gapura", "Data pendeteksi wajah tidak ditemukan atau rusak, sehingga foto tidak dapat "
              "diperiksa. Pasang ulang Gapura, lalu coba lagi.")

# One classifier per thread: `detectMultiScale` keeps its scratch buffers in the object, so
# the preview's worker and a capture must not share one. Loading it takes a few milliseconds.
_local = threading.local()


def _cascade() -> Any:
    classifier = getattr(_local, "cascade", None)
    if classifier is None:
        import cv2

        classifier = cv2.CascadeClassifier(str(CASCADE_FILE))
        if classifier.empty():
            raise DeviceError(DETECTOR_MISSING,
                              f"cv2.CascadeClassifier could not load {CASCADE_FILE}")
        _local.cascade = classifier
    return classifier


def _search(grey: np.ndarray, min_size: int, max_size: int) -> list[tuple[int, int, int, int]]:
    """The cascade's faces in `grey` as (x, y, w, h); overlapping hits merged."""
    if min(grey.shape[:2]) < min_size:
        return []
    # windows grow by 15% a step; 3 overlapping hits make a face (OpenCV groups them)
    found = _cascade().detectMultiScale(grey, scaleFactor=1.15, minNeighbors=3,
                                        minSize=(min_size, min_size),
                                        maxSize=(max_size, max_size))
    return [(int(x), int(y), int(w), int(h)) for x, y, w, h in found]


class FaceDetector:
    """Finds faces in BGR or grey frames; keeps tracking state when used on a video stream.

    Args:
        track: search near the last face between full searches (a preview); off for single
            photos, where every call searches the whole frame.
        rotations: tilts (degrees) also searched when no upright face is found, so that a
            rolled head is reported as rolled rather than missing.
    """

    def __init__(self, track: bool = False, rotations: Sequence[float] = (-22.0, 22.0)) -> None:
        self.track = track
        self.rotations = tuple(rotations)
        self._last: list[Face] = []
        self._since_full = 0

    def reset(self) -> None:
        self._last = []
        self._since_full = 0

    def detect(self, frame: np.ndarray) -> list[Face]:
        """Faces in `frame`, largest first, with eyes and roll where found."""
        import cv2

        grey = frame if frame.ndim == 2 else cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
        scale = DETECT_ROWS / grey.shape[0]
        small = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        faces: list[Face] | None = None
        if self.track and self._last and self._since_full < FULL_SEARCH_EVERY:
            faces = self._tracked(grey, small, scale)
        if faces is None:
            faces = self._full(grey, small, scale)
            self._since_full = 0
        else:
            self._since_full += 1
        if self.track:
            self._last = faces
        return faces

    def _full(self, grey: np.ndarray, small: np.ndarray, scale: float) -> list[Face]:
        rows = small.shape[0]
        min_size = max(18, round(rows * MIN_BOX_FRACTION))
        boxes = _search(small, min_size, rows)
        if boxes:
            faces = [_face_from_small(grey, box, scale, 0.0) for box in boxes]
            return _keep_people(faces)
        for angle in self.rotations:
            rotated, inverse = _rotate(small, angle)
            boxes = _search(rotated, min_size, rows)
            if boxes:
                faces = [_face_from_rotated(grey, box, scale, angle, inverse) for box in boxes]
                return _keep_people(faces)
        return []

    def _tracked(self, grey: np.ndarray, small: np.ndarray, scale: float) -> list[Face] | None:
        """The main face searched near its last place and size; None when it was lost."""
        main = self._last[0]
        if abs(main.roll) > MAX_ROLL * 2:
            return None  # found on a rotated frame: search again
        side = main.width * scale
        pad = side * 0.45
        x0 = max(0, int(main.x * scale - pad))
        y0 = max(0, int(main.y * scale - pad))
        x1 = min(small.shape[1], int((main.x + main.width) * scale + pad))
        y1 = min(small.shape[0], int((main.y + main.height) * scale + pad))
        boxes = _search(small[y0:y1, x0:x1], max(12, round(side * 0.8)), round(side * 1.25) + 1)
        if not boxes:
            return None
        # the box of the size nearest the last one: the cascade also fires a scale up or down
        bx, by, bw, bh = min(boxes, key=lambda b: abs(b[2] - side))
        face = _face_from_small(grey, (bx + x0, by + y0, bw, bh), scale, 0.0)
        return [face, *self._last[1:]]


def _keep_people(faces: list[Face]) -> list[Face]:
    """Largest first, without a box mostly inside a larger one (the same face found at two
    scales) or much smaller than the largest (see SECOND_FACE_SHARE)."""
    faces.sort(key=lambda f: f.height, reverse=True)
    kept: list[Face] = []
    for face in faces:
        if face.height < faces[0].height * SECOND_FACE_SHARE:
            continue
        if not any(_overlap(face, bigger) > 0.5 for bigger in kept):
            kept.append(face)
    return kept


def _overlap(small: Face, big: Face) -> float:
    """The share of `small`'s box that lies inside `big`'s."""
    w = min(small.x + small.width, big.x + big.width) - max(small.x, big.x)
    h = min(small.y + small.height, big.y + big.height) - max(small.y, big.y)
    return max(w, 0.0) * max(h, 0.0) / (small.width * small.height)


def _rotate(image: np.ndarray, angle: float) -> tuple[np.ndarray, np.ndarray]:
    """`image` rotated by `angle` degrees about its centre, and the matrix back."""
    import cv2

    h, w = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    rotated = cv2.warpAffine(image, matrix, (w, h), borderMode=cv2.BORDER_REPLICATE)
    return rotated, cv2.invertAffineTransform(matrix)


def _face_from_small(grey: np.ndarray, box: tuple[int, int, int, int], scale: float,
                     angle: float) -> Face:
    x, y, w, h = (v / scale for v in box)
    found = _eyes(grey, x, y, w, h)
    if found is None:
        return Face(x, y, w, h, angle)
    eyes, roll = found
    return Face(x, y, w, h, angle + roll, eyes)


def _face_from_rotated(grey: np.ndarray, box: tuple[int, int, int, int], scale: float,
                       angle: float, inverse: np.ndarray) -> Face:
    """A face found on the frame rotated by `angle`: its box moved back onto the frame.

    The eye line measured on the rotated frame refines the roll; cv2's positive angle turns
    the image anticlockwise, so a face found there leans clockwise by that angle on the frame.
    """
    import cv2

    x, y, w, h = box
    cx, cy = x + w / 2, y + h / 2
    ox = inverse[0, 0] * cx + inverse[0, 1] * cy + inverse[0, 2]
    oy = inverse[1, 0] * cx + inverse[1, 1] * cy + inverse[1, 2]
    side = w / scale
    rows, cols = grey.shape[:2]
    matrix = cv2.getRotationMatrix2D((cols / 2, rows / 2), angle, 1.0)
    upright = cv2.warpAffine(grey, matrix, (cols, rows), borderMode=cv2.BORDER_REPLICATE)
    found = _eyes(upright, x / scale, y / scale, side, h / scale)
    refine = found[1] if found is not None else 0.0
    return Face(ox / scale - side / 2, oy / scale - side / 2, side, h / scale, angle + refine)


# Columns of the left and right eye windows and rows of the brow-and-eye band in the face box
# resampled to 64x64 (cascade boxes put the eyes near row 0.35, columns 0.3 and 0.7).
_EYE_COLUMNS = ((8, 30), (34, 56))
_BAND = (12, 42)
_MAX_SHIFT = 10


def _eyes(grey: np.ndarray, x: float, y: float, w: float, h: float,
          ) -> tuple[tuple[tuple[float, float], tuple[float, float]], float] | None:
    """The eye centres in a face box and the roll of the eye line, in degrees.

    The roll comes from how far the right eye window's row profile (brow and eye, dark
    bands) is shifted against the left one's: matching whole profiles does not mistake a
    brow on one side for the eye on the other, as taking each side's darkest spot would. The
    eyes (for drawing) are the darkest spots of the windows. The box is resampled to 64x64
    first, so the result does not depend on the face's size in pixels.
    """
    import cv2
    import numpy as np

    x0, y0 = max(0, int(x)), max(0, int(y))
    region = grey[y0:int(y + h), x0:int(x + w)]
    if region.size == 0 or min(region.shape) < 16:
        return None
    patch = cv2.GaussianBlur(cv2.resize(region, (64, 64), interpolation=cv2.INTER_AREA),
                             (0, 0), 1.5).astype(np.float32)
    top, bottom = _BAND
    (l0, l1), (r0, r1) = _EYE_COLUMNS
    left = patch[top - _MAX_SHIFT:bottom + _MAX_SHIFT, l0:l1].mean(axis=1)
    right = patch[top:bottom, r0:r1].mean(axis=1)
    right = (right - right.mean()) / (right.std() + 1e-6)
    scores = []
    for shift in range(-_MAX_SHIFT, _MAX_SHIFT + 1):
        part = left[_MAX_SHIFT - shift:_MAX_SHIFT - shift + len(right)]
        part = (part - part.mean()) / (part.std() + 1e-6)
        scores.append(float(np.dot(part, right)) / len(right))
    best = int(np.argmax(scores))
    offset = float(best)
    if 0 < best < len(scores) - 1:  # parabola through the peak for a sub-pixel shift
        a, b, c = scores[best - 1], scores[best], scores[best + 1]
        offset += 0.5 * (a - c) / (a - 2 * b + c) if a - 2 * b + c else 0.0
    shift = offset - _MAX_SHIFT  # right eye this many rows below the left one
    sx, sy = region.shape[1] / 64, region.shape[0] / 64
    roll = math.degrees(math.atan2(shift * sy, ((r0 + r1) - (l0 + l1)) / 2 * sx))
    eyes = []
    for c0, c1 in _EYE_COLUMNS:
        window = patch[top + 6:bottom - 6, c0:c1]
        r, c = np.unravel_index(int(np.argmin(window)), window.shape)
        eyes.append((x0 + (c0 + c + 0.5) * sx, y0 + (top + 6 + r + 0.5) * sy))
    return (eyes[0], eyes[1]), roll


# -- measurements -------------------------------------------------------------------------------


def sharpness(grey: np.ndarray) -> float:
    """Variance of the Laplacian per unit of grey-level variance (x1000) of a 128x128 resample.

    Edges and fine detail raise it, blur lowers it; dividing by the contrast keeps a dark but
    sharp face from counting as blurred, and resampling to one size makes it independent of
    how many pixels the face covers.
    """
    import cv2

    patch = cv2.resize(grey, (128, 128), interpolation=cv2.INTER_AREA)
    contrast = float(patch.var())
    return 1000.0 * float(cv2.Laplacian(patch, cv2.CV_32F).var()) / max(contrast, 1.0)


def passport_crop(face: Face) -> tuple[float, float, float, float]:
    """The 35x45 rectangle (x, y, w, h) that puts `face`'s head at HEAD_IN_PHOTO of its height.

    Horizontally centred on the face, the crown `CROWN_MARGIN` of the height below the top.
    """
    height = face.head_height / HEAD_IN_PHOTO
    width = height * PHOTO_WIDTH_MM / PHOTO_HEIGHT_MM
    cx, _ = face.centre
    return cx - width / 2, face.crown_y - CROWN_MARGIN * height, width, height


def _background(grey: np.ndarray, face: Face) -> tuple[float, float]:
    """Grey std and edge share of the photo's background: the crop's margins above the crown
    and beside the head down to the eyes, clipped to the frame."""
    import cv2
    import numpy as np

    rows, cols = grey.shape[:2]
    x, y, w, h = passport_crop(face)
    head_w = face.width * 1.8  # hair and ears beside the box
    cx, _ = face.centre
    crown = face.crown_y
    eye_line = face.y + 0.35 * face.height  # below it, shoulders and clothes come in
    boxes = ((x, y, w, crown - y - 0.03 * h),  # above the crown
             (x, crown, cx - head_w / 2 - x, eye_line - crown),  # left of the head
             (cx + head_w / 2, crown, x + w - cx - head_w / 2, eye_line - crown))
    values, edge_share, area = [], 0.0, 0
    for bx, by, bw, bh in boxes:
        x0, y0 = max(0, int(bx)), max(0, int(by))
        x1, y1 = min(cols, int(bx + bw)), min(rows, int(by + bh))
        if x1 - x0 < 4 or y1 - y0 < 4:
            continue
        part = grey[y0:y1, x0:x1]
        values.append(part.ravel())
        edges = cv2.Canny(part, 60, 150)
        edge_share += float(np.count_nonzero(edges))
        area += part.size
    if not area:
        return 0.0, 0.0
    return float(np.concatenate(values).std()), edge_share / area


@dataclass
class Assessment:
    """What the checks found on one frame: the faces, the measurements and the verdict."""

    faces: list[Face]
    quality: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return bool(self.quality["ok"])

    @property
    def face(self) -> Face | None:
        return self.faces[0] if self.faces else None


def assess(frame: np.ndarray, faces: Sequence[Face]) -> Assessment:
    """Run every check on a BGR frame whose faces were found already.

    Returns:
        An Assessment whose `quality` holds `ok`, `reasons` (Indonesian, marked for
        translation, in the order an officer fixes them) and the measurements for the log:
        `faces`, `face_box`, `head_fraction`, `offset`, `roll`, `brightness`, `uneven`,
        `sharpness`, `background_std`, `background_edges`, `score`, and the flags `dark`,
        `bright`, `blurred` kept from the first camera check.
    """
    import cv2

    grey = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY) if frame.ndim == 3 else frame
    rows, cols = grey.shape[:2]
    reasons: list[str] = []
    q: dict[str, Any] = {"faces": len(faces)}
    if not faces:
        reasons.append(NO_FACE)
        region = grey
    else:
        if len(faces) > 1:
            reasons.append(MANY_FACES)
        face = faces[0]
        x, y, w, h = face.box()
        region = grey[max(0, y):y + h, max(0, x):x + w]
        head = face.head_height / rows
        offset = (face.centre[0] - cols / 2) / cols
        q |= {"face_box": [x, y, w, h], "head_fraction": round(head, 3),
              "offset": round(offset, 3), "roll": round(face.roll, 1)}
        if head < MIN_HEAD_FRACTION:
            reasons.append(FACE_TOO_SMALL)
        elif head > MAX_HEAD_FRACTION:
            reasons.append(FACE_TOO_LARGE)
        if abs(offset) > MAX_OFFSET or (head <= MAX_HEAD_FRACTION and not _crop_fits(face,
                                                                                  cols, rows)):
            reasons.append(OFF_CENTRE)
        if abs(face.roll) > MAX_ROLL:
            reasons.append(HEAD_TILTED)
    brightness = float(region.mean())
    dark, bright = brightness < MIN_BRIGHTNESS, brightness > MAX_BRIGHTNESS
    reasons += [text for flag, text in ((dark, TOO_DARK), (bright, TOO_BRIGHT)) if flag]
    q |= {"brightness": round(brightness, 1), "dark": dark, "bright": bright}
    if faces:
        left, right = _cheeks(grey, faces[0])
        uneven = abs(left - right) / max((left + right) / 2, 1.0)
        q["uneven"] = round(uneven, 3)
        if uneven > MAX_UNEVEN and not dark:
            reasons.append(UNEVEN_LIGHT)
    sharp = sharpness(region)
    blurred = sharp < MIN_SHARPNESS
    if blurred:
        reasons.append(BLURRED)
    q |= {"sharpness": round(sharp, 1), "blurred": blurred}
    if faces:
        std, edges = _background(grey, faces[0])
        q |= {"background_std": round(std, 1), "background_edges": round(edges, 4)}
        if std > MAX_BACKGROUND_STD or edges > MAX_BACKGROUND_EDGES:
            reasons.append(BUSY_BACKGROUND)
    q["ok"] = not reasons
    q["reasons"] = reasons
    q["score"] = round(_score(q), 3)
    return Assessment(list(faces), q)


def _crop_fits(face: Face, cols: int, rows: int) -> bool:
    """Whether the passport crop lies in the frame (give or take CROP_SLACK)."""
    x, y, w, h = passport_crop(face)
    return (x >= -CROP_SLACK * w and x + w <= cols + CROP_SLACK * w
            and y >= -CROP_SLACK * h and y + h <= rows + CROP_SLACK * h)


def _cheeks(grey: np.ndarray, face: Face) -> tuple[float, float]:
    """Mean grey of the left and right cheek: a patch below each eye (or, without eyes, at
    a quarter and three quarters of the box). Skin only, so hair on one side of the box
    does not count as a shadow."""
    if face.eyes is not None:
        (lx, ly), (rx, ry) = face.eyes
    else:
        lx, rx = face.x + face.width * 0.3, face.x + face.width * 0.7
        ly = ry = face.y + face.height * 0.35
    half_w, top, bottom = face.width * 0.08, face.height * 0.15, face.height * 0.35
    means = []
    for ex, ey in ((lx, ly), (rx, ry)):
        patch = grey[max(0, int(ey + top)):int(ey + bottom),
                     max(0, int(ex - half_w)):int(ex + half_w)]
        means.append(float(patch.mean()) if patch.size else 0.0)
    return means[0], means[1]


def _score(q: dict[str, Any]) -> float:
    """Higher is a better photo: sharp, centred, level, evenly lit. Only compares passing
    frames of one session, so its scale is arbitrary."""
    if not q["faces"]:
        return 0.0
    return (min(q["sharpness"] / MIN_SHARPNESS, 3.0)
            - abs(q["offset"]) / MAX_OFFSET
            - abs(q["roll"]) / MAX_ROLL
            - q.get("uneven", 0.0) / MAX_UNEVEN)


def check_photo(frame: np.ndarray, detector: FaceDetector | None = None) -> Assessment:
    """Detect the faces in a BGR frame and run every check on it."""
    return assess(frame, (detector or FaceDetector()).detect(frame))


# -- the passport photo -------------------------------------------------------------------------


def crop_passport(frame: np.ndarray, face: Face) -> np.ndarray:
    """The 35x45 crop around `face` (head 72% of the height), resized to 413x531.

    Parts of the crop outside the frame (a face a little off-centre) are filled by repeating
    the frame's edge, which on a plain background is invisible.
    """
    import cv2
    import numpy as np

    x, y, w, h = passport_crop(face)
    sx, sy = PHOTO_WIDTH / w, PHOTO_HEIGHT / h
    matrix = np.array([[sx, 0.0, -x * sx], [0.0, sy, -y * sy]])
    return cv2.warpAffine(frame, matrix, (PHOTO_WIDTH, PHOTO_HEIGHT), flags=cv2.INTER_AREA,
                          borderMode=cv2.BORDER_REPLICATE)


@dataclass
class BestFrame:
    """Chooses the photo from a stream: the best passing frame once the applicant holds still.

    Feed every assessed frame; `feed` returns the chosen (frame, assessment) once `stable`
    passing frames in a row showed the face within `max_shift` of the frame width of the
    last one, picking the highest score among them; any failing frame starts over.
    """

    stable: int = 5
    max_shift: float = 0.03
    _run: list[tuple[np.ndarray, Assessment]] = field(default_factory=list)

    def reset(self) -> None:
        self._run.clear()

    def feed(self, frame: np.ndarray, assessment: Assessment,
             ) -> tuple[np.ndarray, Assessment] | None:
        face = assessment.face
        if not assessment.ok or face is None:
            self._run.clear()
            return None
        if self._run:
            last = self._run[-1][1].face
            assert last is not None
            cols = frame.shape[1]
            moved = math.dist(face.centre, last.centre) / cols
            resized = abs(face.height - last.height) / last.height
            if moved > self.max_shift or resized > 0.1:
                self._run.clear()
        self._run.append((frame, assessment))
        if len(self._run) < self.stable:
            return None
        best = max(self._run, key=lambda item: item[1].quality["score"])
        self._run.clear()
        return best

