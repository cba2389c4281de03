"""The camera preview: frames checked on a worker, the GUI thread free, frames dropped when it is
busy, the photo taken by itself, the worker stopped on close."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np
import pytest
import shiboken6
from PySide6.QtCore import QTimer

from devices.camera import OpenCvCamera, SimulatedCamera, sample_portrait, write_video
from devices.icao import PHOTO_HEIGHT, PHOTO_WIDTH
from ui.widgets.camera_preview import OK_COLOUR, CameraPreview


class CountingSource:
    """The simulated camera, counting its frames; `reached` is set at the `at`-th frame."""

    def __init__(self, camera: SimulatedCamera, at: int = 0) -> None:
        self.camera = camera
        self.reads = 0
        self.at = at
        self.reached = threading.Event()

    def read_frame(self) -> np.ndarray:
        frame = self.camera.read_frame()
        self.reads += 1
        if self.reads >= self.at:
            self.reached.set()
        return frame


@pytest.fixture
def booth_video(tmp_path: Path) -> Path:
    """40 frames of an applicant holding still, as a camera file the OpenCV driver opens."""
    return write_video(tmp_path / "booth.avi",
                       [sample_portrait(640, 480, head=0.55, shift=0.002 * (i % 2))
                        for i in range(40)])


def _preview(qtbot, source, auto_capture: bool = False) -> CameraPreview:
    preview = CameraPreview(source, auto_capture=auto_capture)
    qtbot.addWidget(preview)
    preview.resize(640, 480)
    preview.show()
    return preview


def test_frames_flow_with_the_face_box_while_the_gui_thread_keeps_ticking(qtbot, booth_video):
    camera = OpenCvCamera(str(booth_video))
    preview = _preview(qtbot, camera)
    ticks: list[float] = []
    shown: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(5)
    preview.frameShown.connect(lambda: shown.append(time.perf_counter()))
    with qtbot.waitSignal(preview.failed, timeout=20_000):  # the file ends: DeviceTimeout
        preview.start()
    timer.stop()
    assert preview.thread is not None and preview.thread.processed == 40
    assert len(shown) >= 5
    # the event loop ran between the frames: timer ticks fell inside the stream's span
    assert sum(shown[0] < tick < shown[-1] for tick in ticks) >= 5
    assert preview.assessment is not None and preview.assessment.ok
    assert preview.error is not None and preview.error.startswith("Kamera tidak merespons.")
    preview.error = None  # the last good frame, as the officer saw it before the file ended
    image = preview.grab().toImage()
    face = preview.assessment.face
    assert face is not None
    # the face box is drawn in green at its place on the scaled frame
    x = int(face.x + face.width / 2)
    y = int(face.y)
    colours = {image.pixelColor(x, y + dy).name() for dy in range(-3, 4)}
    assert OK_COLOUR.name() in colours


def test_frames_are_dropped_while_the_gui_thread_is_busy(qtbot):
    source = CountingSource(SimulatedCamera(), at=12)
    preview = _preview(qtbot, source)
    preview.start()
    # the GUI thread blocks (as a slow slot would) while the worker reads 12 frames
    assert source.reached.wait(timeout=20)
    qtbot.waitUntil(lambda: preview.frames_shown >= 1, timeout=10_000)
    preview.stop()
    thread = preview.thread
    assert thread is not None
    assert thread.dropped >= 8  # checked but never queued: the GUI had not taken the first
    assert preview.frames_shown + thread.dropped <= thread.processed


def test_the_photo_is_taken_once_the_applicant_holds_still(qtbot):
    preview = _preview(qtbot, SimulatedCamera(), auto_capture=True)
    with qtbot.waitSignal(preview.photoCaptured, timeout=20_000) as taken:
        preview.start()
    photo = taken.args[0]
    assert photo.quality["ok"] and (photo.width, photo.height) == (PHOTO_WIDTH, PHOTO_HEIGHT)
    assert photo.jpeg[:3] == b"\xff\xd8\xff"


def test_closing_the_preview_stops_its_worker(qtbot):
    source = CountingSource(SimulatedCamera())
    preview = _preview(qtbot, source)
    preview.start()
    qtbot.waitUntil(lambda: preview.frames_shown >= 2, timeout=10_000)
    thread = preview.thread
    assert thread is not None and thread.isRunning()
    preview.close()
    assert thread.isFinished() and not thread.isRunning()


def test_a_dark_booth_says_what_is_wrong(qtbot):
    preview = _preview(qtbot, SimulatedCamera("poor"))
    preview.start()
    qtbot.waitUntil(lambda: preview.frames_shown >= 1, timeout=10_000)
    preview.stop()
    assert not preview.assessment.ok
    assert "terlalu gelap" in preview.verdict()


def test_an_unplugged_camera_tells_the_officer(qtbot):
    preview = _preview(qtbot, SimulatedCamera("unplugged"))
    with qtbot.waitSignal(preview.failed, timeout=10_000):
        preview.start()
    assert preview.verdict().startswith("Kamera tidak terhubung")
    assert preview.thread is not None
    qtbot.waitUntil(preview.thread.isFinished, timeout=5_000)


def test_a_preview_deleted_while_running_stops_its_worker_first(qtbot):
    """Deleting a running QThread aborts the process; the preview stops it on `destroyed`."""
    source = CountingSource(SimulatedCamera())
    preview = CameraPreview(source)
    preview.start()
    qtbot.waitUntil(lambda: source.reads >= 2, timeout=10_000)
    preview.deleteLater()
    # without the stop on `destroyed`, Qt aborts the whole run here ("QThread: Destroyed
    # while thread is still running")
    qtbot.waitUntil(lambda: not shiboken6.isValid(preview), timeout=5_000)
