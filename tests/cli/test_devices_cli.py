"""`gapura devices`: the SBI simulator as a process, and the system printers as JSON."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys

from devices.base import Finger
from devices.camera import sample_portrait, write_video
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


def test_camera_test_takes_the_photo_from_a_video_source_and_writes_it(tmp_path):
    frames = [sample_portrait(640, 480, head=0.55, shift=0.002 * (i % 2)) for i in range(12)]
    video = write_video(tmp_path / "booth.avi", frames)
    photo = tmp_path / "photo.jpg"
    result = gapura(tmp_path, "devices", "camera-test", "--source", str(video), "--out",
                    str(photo))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True and report["quality"]["faces"] == 1
    assert (report["width"], report["height"]) == (413, 531)  # the 35x45 crop
    assert photo.read_bytes()[:2] == b"\xff\xd8" and len(photo.read_bytes()) == report["jpeg_bytes"]


def test_camera_test_refuses_a_dark_booth_and_names_the_reason(tmp_path):
    dark = [(sample_portrait(640, 480, head=0.55) * 0.15).astype("uint8") for _ in range(6)]
    result = gapura(tmp_path, "devices", "camera-test", "--frames", "5", "--source",
                    str(write_video(tmp_path / "dark.avi", dark)))
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is False and "terlalu gelap" in report["quality"]["reasons"]


def test_camera_test_says_in_indonesian_when_the_camera_cannot_be_opened(tmp_path):
    result = gapura(tmp_path, "devices", "camera-test", "--source", str(tmp_path / "none.avi"))
    assert result.returncode == 2
    assert result.stdout == ""
    assert "gapura: Kamera tidak terhubung" in result.stderr  # and the detail for the log
