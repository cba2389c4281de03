"""`gapura devices`: the SBI simulator as a process, and the system printers as JSON."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys

from devices.base import Finger
from devices.sbi import SbiFingerprintScanner
from tests.cli.test_cli import gapura


def test_sbi_simulator_command_serves_captures_until_stopped(tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "GAPURA_HOME": str(tmp_path)}
    process = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "devices", "sbi-simulator", "--port", str(port),
         "--mode", "poor"], env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert f"127.0.0.1:{port}" in process.stdout.readline()  # listening from here on
        scanner = SbiFingerprintScanner("http://127.0.0.1", [port], 10)
        result = scanner.capture([Finger.LEFT_THUMB], 0)
        assert result.lowest_quality < 40  # poor mode: faint, noisy impressions
    finally:
        process.terminate()
        process.wait(10)
        process.stdout.close()


def test_printers_command_lists_cups_printers_as_json(tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "lpstat").write_text(
        "#!/bin/sh\necho 'printer Zebra_GK420 is idle.  enabled since today'\n"
        "echo 'system default destination: Zebra_GK420'\n")
    (bin_dir / "lpstat").chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:{os.environ['PATH']}")
    result = gapura(tmp_path, "devices", "printers")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        {"name": "Zebra_GK420", "state": "idle", "enabled": True, "default": True}]
