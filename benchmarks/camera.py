"""The camera preview with its ICAO face checks on a 1280x720 stream, and the GUI thread beside it.

The source stands in for a 720p webcam: the astronaut's head on a plain wall
(`devices.camera.sample_portrait`), moving a few pixels from frame to frame, with sensor noise;
eight such frames are made up front and handed out in turn as fast as the worker asks, so the
figure is the pipeline's, not the source's. The frames go through the preview's own worker
(`ui.widgets.camera_preview.PreviewThread`: face tracking and detection on a 180-row grey
frame, every check, best-frame choice, scaling for display) into a `CameraPreview` shown
offscreen, while a 5 ms QTimer in the GUI thread's event loop records how long the loop was
ever kept from it.

Prints one JSON object: fps (frames checked per second by the worker), shown_fps (frames the
GUI painted), dropped_frames, gui_max_stall_ms and gui_p99_stall_ms (longest and 99th
percentile gap between timer ticks, 5 ms when free), photos and photo_after_ms (the automatic
capture, armed once at the start: how many, and when the first came), and for reference
analyze_ms (one frame through `FrameAnalyzer` alone, tracking, not armed; mean) and
full_search_ms (a whole-frame face search, the frame before tracking starts).

    python -m benchmarks.camera [--seconds S]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time

import numpy as np

from devices import icao
from devices.camera import FrameAnalyzer, sample_portrait

WIDTH, HEIGHT = 1280, 720
TARGET_FPS = 15.0
TICK_MS = 5


class SyntheticWebcam:
    """A 720p applicant holding nearly still, as a `FrameSource`."""

    def __init__(self, frames: int = 8, seed: int = 9303) -> None:
        rng = np.random.default_rng(seed)
        self.frames = []
        for i in range(frames):
            base = sample_portrait(WIDTH, HEIGHT, head=0.6, shift=0.002 * (i % 3)).astype(np.int16)
            noise = rng.normal(0.0, 2.0, base.shape).astype(np.int16)
            self.frames.append(np.clip(base + noise, 0, 255).astype(np.uint8))
        self.reads = 0

    def read_frame(self) -> np.ndarray:
        frame = self.frames[self.reads % len(self.frames)]
        self.reads += 1
        return frame


def _analyze_ms(source: SyntheticWebcam, frames: int = 60) -> float:
    analyzer = FrameAnalyzer(armed=False)
    analyzer.process(source.read_frame())  # the first frame searches the whole frame
    start = time.perf_counter()
    for _ in range(frames):
        analyzer.process(source.read_frame())
    return (time.perf_counter() - start) / frames * 1000


def _full_search_ms(source: SyntheticWebcam, repeats: int = 5) -> float:
    detector = icao.FaceDetector(track=False)
    frame = source.read_frame()
    detector.detect(frame)
    start = time.perf_counter()
    for _ in range(repeats):
        detector.detect(frame)
    return (time.perf_counter() - start) / repeats * 1000


def _preview_run(source: SyntheticWebcam, seconds: float) -> dict[str, float]:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.widgets.camera_preview import CameraPreview

    app = QApplication.instance() or QApplication([])
    preview = CameraPreview(source, auto_capture=True)
    photos: list[object] = []

    preview.photoCaptured.connect(lambda photo: photos.append((clock.elapsed(), photo)))
    preview.resize(800, 480)
    preview.show()
    gaps: list[float] = []
    clock = QElapsedTimer()
    last = [0.0]

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer()
    ticker.setTimerType(ticker.timerType().PreciseTimer)
    ticker.timeout.connect(tick)
    app.processEvents()
    clock.start()
    ticker.start(TICK_MS)
    preview.start()
    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()
    ticker.stop()
    elapsed = clock.nsecsElapsed() / 1e9
    preview.stop()
    thread = preview.thread
    assert thread is not None
    result = {
        "fps": round(thread.processed / elapsed, 1),
        "shown_fps": round(preview.frames_shown / elapsed, 1),
        "dropped_frames": thread.dropped,
        "gui_max_stall_ms": round(max(gaps), 1),
        "gui_p99_stall_ms": round(statistics.quantiles(gaps, n=100)[98], 1),
        "photos": len(photos),
        "photo_after_ms": photos[0][0] if photos else None,
        "last_check_ok": bool(preview.assessment is not None and preview.assessment.ok),
    }
    preview.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=8.0)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    source = SyntheticWebcam()
    analyze_ms = _analyze_ms(source)
    full_ms = _full_search_ms(source)
    result = _preview_run(source, args.seconds)
    print(json.dumps({**result, "analyze_ms": round(analyze_ms, 1),
                      "full_search_ms": round(full_ms, 1), "frame": f"{WIDTH}x{HEIGHT}",
                      "seconds": args.seconds, "target_fps": TARGET_FPS}))


if __name__ == "__main__":
    main()
