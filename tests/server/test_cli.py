"""`gapura server enrol-code` and `gapura server run` as real processes."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys

import httpx

from tests.cli.test_cli import gapura

CODE = re.compile(r"\b([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})\b")


def test_enrol_code_creates_the_office_and_its_code_enrols_once(tmp_path, live_server):
    made = gapura(tmp_path, "server", "enrol-code", "--office", "MKS1", "--name",
                  "Kanim Makassar", "--database", str(live_server.database))
    assert made.returncode == 0, made.stderr
    assert "office MKS1 (Kanim Makassar)" in made.stdout and "usable once" in made.stdout
    code = CODE.search(made.stdout).group(1)
    with live_server.client() as http:
        enrolled = http.post("/v1/enrol", json={"code": code, "workstation_id": "ws-9"})
    assert enrolled.status_code == 200
    assert enrolled.json()["office_code"] == "MKS1"


def test_enrol_code_refuses_a_bad_office_code(tmp_path):
    result = gapura(tmp_path, "server", "enrol-code", "--office", "bukan kode",
                    "--database", str(tmp_path / "s.sqlite"))
    assert result.returncode == 2
    assert "Kode kantor bukan kode tidak sah" in result.stderr


def test_server_run_serves_health(tmp_path, server_database):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "GAPURA_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "server", "run", "--port", str(port),
         "--database", server_database],
        env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        for line in process.stderr:  # uvicorn logs to stderr; this line means it is listening
            if "Uvicorn running on" in line:
                break
        answer = httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=10)
        assert answer.json() == {"status": "ok", "database": "ok"}
    finally:
        process.terminate()
        process.wait(10)
        process.stderr.close()
