"""The camera's live preview: frames checked on a worker thread, shown with the face box and
what is wrong, and the photo taken by itself once the applicant holds still."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QThread, Signal, Slot
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.errors import DeviceError
from devices.camera import FrameAnalyzer, FrameSource, photo_from
from devices.icao import Assessment
from ui.i18n import core_text, error_text

if TYPE_CHECKING:
    import numpy as np

OK_COLOUR = QColor(40, 170, 80)
FAIL_COLOUR = QColor(230, 150, 20)
# Frames are scaled to this width on the worker before they are shown: the GUI thread then
# only paints a small image, whatever the camera's resolution.
DISPLAY_WIDTH = 640


class PreviewThread(QThread):
    """Reads frames from `source`, checks each (`FrameAnalyzer`) and hands them to the GUI.

    A frame is handed over only when the GUI has taken the previous one (`frame_taken`);
    otherwise it is still checked, so the tracking and the photo choice see every frame, but
    not shown (counted in `dropped`). Signals cross to the GUI thread queued.
    """

    frameReady = Signal(QImage, object, float)  # display image, Assessment, display scale
    photoTaken = Signal(object)  # devices.base.Photo
    failed = Signal(object)  # DeviceError

    def __init__(self, source: FrameSource, auto_capture: bool = True,
                 analyzer: FrameAnalyzer | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.source = source
        self.analyzer = analyzer or FrameAnalyzer(armed=auto_capture)
        self.processed = 0
        self.dropped = 0
        self._gui_free = threading.Event()
        self._gui_free.set()

    def frame_taken(self) -> None:
        """Called by the GUI when it has taken the last frame: the next one may be sent."""
        self._gui_free.set()

    def stop(self, timeout_ms: int = 5000) -> bool:
        """Ask the loop to end and wait for it; True when the thread has finished."""
        self.requestInterruption()
        return self.wait(timeout_ms)

    def run(self) -> None:
        while not self.isInterruptionRequested():
            try:
                frame = self.source.read_frame()
            except DeviceError as error:
                self.failed.emit(error)
                return
            analysis = self.analyzer.process(frame)
            self.processed += 1
            if analysis.chosen is not None:  # one photo per arming (`CameraPreview.rearm`)
                self.photoTaken.emit(photo_from(*analysis.chosen))
            if not self._gui_free.is_set():
                self.dropped += 1
                continue
            self._gui_free.clear()
            image, scale = display_image(frame)
            self.frameReady.emit(image, analysis.assessment, scale)


def display_image(frame: np.ndarray, width: int = DISPLAY_WIDTH) -> tuple[QImage, float]:
    """A BGR frame as a QImage at most `width` wide (owning its pixels), and the scale used."""
    import cv2
    import numpy as np

    scale = min(1.0, width / frame.shape[1])
    if scale < 1.0:
        frame = cv2.resize(frame, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    frame = np.ascontiguousarray(frame)
    rows, cols = frame.shape[:2]
    image = QImage(frame.data, cols, rows, frame.strides[0], QImage.Format.Format_BGR888)
    return image.copy(), scale


class CameraPreview(QWidget):
    """Shows a camera's frames with the face box and the checks' verdict.

    `start()` starts the worker; closing the widget (or `stop()`) ends it. `photoCaptured`
    carries the Photo taken once every check passed on a still applicant; `rearm()` asks for
    another. `failed` carries the DeviceError that ended the stream.
    """

    photoCaptured = Signal(object)
    failed = Signal(object)
    frameShown = Signal()

    def __init__(self, source: FrameSource, auto_capture: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 180)
        self._source = source
        self._auto_capture = auto_capture
        self.thread: PreviewThread | None = None
        self.image: QImage | None = None
        self.assessment: Assessment | None = None
        self.frames_shown = 0
        self.error: str | None = None
        self._scale = 1.0

    def sizeHint(self) -> QSize:
        return QSize(DISPLAY_WIDTH, DISPLAY_WIDTH * 3 // 4)

    def start(self) -> None:
        if self.thread is not None and self.thread.isRunning():
            return
        self.error = None
        thread = PreviewThread(self._source, self._auto_capture, parent=self)
        queued = Qt.ConnectionType.QueuedConnection
        thread.frameReady.connect(self._show_frame, queued)
        thread.photoTaken.connect(self.photoCaptured, queued)
        thread.failed.connect(self._show_error, queued)
        # A widget deleted without being closed (its screen torn down) must not destroy a
        # running thread, which aborts the process: `destroyed` comes before the children go.
        self.destroyed.connect(lambda: thread.stop())
        self.thread = thread
        thread.start()

    def stop(self) -> None:
        if self.thread is not None:
            self.thread.stop()

    def rearm(self) -> None:
        """Take another photo once the checks pass again."""
        if self.thread is not None:
            self.thread.analyzer.arm()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        self.stop()
        super().closeEvent(event)

    @Slot(QImage, object, float)
    def _show_frame(self, image: QImage, assessment: Assessment, scale: float) -> None:
        self.image, self.assessment, self._scale = image, assessment, scale
        self.frames_shown += 1
        self.update()
        if self.thread is not None:
            self.thread.frame_taken()
        self.frameShown.emit()

    @Slot(object)
    def _show_error(self, error: DeviceError) -> None:
        self.error = error_text(error)
        self.update()
        self.failed.emit(error)

    def verdict(self) -> str:
        """What the preview tells the officer now (translated)."""
        if self.error:
            return self.error
        if self.assessment is None:
            return self.tr("Menunggu gambar kamera...")
        if self.assessment.ok:
            return self.tr("Foto memenuhi syarat. Minta pemohon tetap diam.")
        return "; ".join(core_text(reason) for reason in self.assessment.quality["reasons"])

    def paintEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(30, 30, 30))
        if self.image is not None:
            target = self._fit(self.image.size())
            painter.drawImage(target, self.image)
            self._draw_face(painter, target)
        ok = self.assessment is not None and self.assessment.ok and not self.error
        painter.setPen(OK_COLOUR if ok else FAIL_COLOUR)
        text_box = self.rect().adjusted(8, 8, -8, -8)
        painter.drawText(text_box, Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap,
                         self.verdict())
        painter.end()

    def _fit(self, size: QSize) -> QRectF:
        """The largest rectangle of `size`'s aspect centred in the widget."""
        factor = min(self.width() / size.width(), self.height() / size.height())
        w, h = size.width() * factor, size.height() * factor
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def _draw_face(self, painter: QPainter, target: QRectF) -> None:
        if self.assessment is None or self.assessment.face is None or self.image is None:
            return
        face = self.assessment.face
        factor = target.width() / self.image.width() * self._scale
        painter.setPen(QPen(OK_COLOUR if self.assessment.ok else FAIL_COLOUR, 2))
        painter.drawRect(QRectF(target.x() + face.x * factor, target.y() + face.y * factor,
                                face.width * factor, face.height * factor))
        for ex, ey in face.eyes or ():
            painter.drawEllipse(QPointF(target.x() + ex * factor, target.y() + ey * factor), 4, 4)
