"""The start and stop of the GUI as the installed program runs them (ui/app.py), in a child
process: the Qt event loop runs and quits once per process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app import config
from app.paths import instance_paths

REPO = Path(__file__).resolve().parents[2]

# The sign-in window's first background call (are there accounts?) is still running when the
# window closes at once, as the smoke test closes it; the child reports how many background
# calls were still running when the instance closed.
CHILD = """
import sys, threading
from PySide6.QtCore import QThreadPool, QTimer
from app.instance import Instance
from app.services.auth import AuthService
from ui.app import run_gui

closing = threading.Event()
real_has_accounts, real_close = AuthService.has_accounts, Instance.close

def slow_has_accounts(self):
    closing.wait(1.0)  # still running at the quit, unless the instance already closes
    return real_has_accounts(self)

def close(self):
    print("BUSY AT CLOSE", QThreadPool.globalInstance().activeThreadCount(), flush=True)
    closing.set()
    real_close(self)

AuthService.has_accounts = slow_has_accounts
Instance.close = close

def shown(dialog):
    print("SHOWN", flush=True)
    QTimer.singleShot(0, dialog.reject)

sys.exit(run_gui(on_sign_in_shown=shown))
"""


def test_quitting_at_once_lets_background_calls_end_before_the_instance_closes(tmp_path):
    config.write(instance_paths(tmp_path).config_file, {})
    env = {**os.environ, "GAPURA_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", CHILD], env=env, text=True, cwd=REPO,
                            capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["SHOWN", "BUSY AT CLOSE 0"]


def test_ready_hook_prints_the_first_window_and_closes_it(tmp_path):
    """GAPURA_EXIT_WHEN_READY, which build.py --smoke uses on the installed program."""
    env = {**os.environ, "GAPURA_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
           "GAPURA_EXIT_WHEN_READY": "1"}
    code = "import sys; from app.cli import main; sys.exit(main([]))"
    first = subprocess.run([sys.executable, "-c", code], env=env, text=True, cwd=REPO,
                           capture_output=True, timeout=120)
    assert (first.returncode, first.stdout) == (0, "GAPURA-READY first-run\n"), first.stderr
    assert not instance_paths(tmp_path).config_file.exists()  # cancelled: asks again

    config.write(instance_paths(tmp_path).config_file, {})
    second = subprocess.run([sys.executable, "-c", code], env=env, text=True, cwd=REPO,
                            capture_output=True, timeout=120)
    assert (second.returncode, second.stdout) == (0, "GAPURA-READY sign-in\n"), second.stderr
