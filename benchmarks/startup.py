"""Cold start to the sign-in window shown (offscreen), against a bare PySide6 window.

Each run is a fresh Python process. The parent notes the time before starting it; the child
prints a line the moment its window has been shown and painted, then exits. Prints one JSON
object: median_s, max_s (Gapura) and peer_median_s, peer_max_s (bare window), runs, ratio.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = 5
READY = "READY"

GAPURA_CHILD = f"""
import sys
from PySide6.QtCore import QTimer
from ui.app import run_gui, application

def shown(dialog):
    def done():
        print("{READY}", flush=True)
        application().quit()
    QTimer.singleShot(0, done)

sys.exit(run_gui(on_sign_in_shown=shown))
"""

PEER_CHILD = f"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget
app = QApplication(sys.argv[:1])
window = QWidget()
layout = QVBoxLayout(window)
layout.addWidget(QLabel("Masuk"))
layout.addWidget(QLineEdit())
window.show()
def done():
    print("{READY}", flush=True)
    app.quit()
QTimer.singleShot(0, done)
sys.exit(app.exec())
"""


def _time_child(code: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == READY:
            elapsed = time.perf_counter() - start
            break
    else:
        errors = proc.stderr.read() if proc.stderr else ""
        raise RuntimeError(f"child never showed its window: {errors}")
    proc.wait(timeout=60)
    return elapsed


def main() -> None:
    home = tempfile.mkdtemp(prefix="gapura-bench-startup-")
    env = {**os.environ, "GAPURA_HOME": home, "QT_QPA_PLATFORM": "offscreen"}
    from app import config
    from app.paths import instance_paths

    config.write(instance_paths(home).config_file, {})  # configured: no first-run wizard
    _time_child(GAPURA_CHILD, env)  # first run creates and migrates the database
    gapura, peer = [], []
    for _ in range(RUNS):  # interleaved so machine noise hits both alike
        gapura.append(_time_child(GAPURA_CHILD, env))
        peer.append(_time_child(PEER_CHILD, env))
    result = {
        "runs": RUNS,
        "median_s": round(statistics.median(gapura), 3),
        "max_s": round(max(gapura), 3),
        "peer_median_s": round(statistics.median(peer), 3),
        "peer_max_s": round(max(peer), 3),
        "ratio_to_peer": round(statistics.median(gapura) / statistics.median(peer), 2),
        "budget_s": 1.0,
        "budget_ratio": 6.0,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
