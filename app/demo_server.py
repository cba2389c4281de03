"""The demo's local reference server: `gapura server run` in its own process beside the GUI.

`ServerProcess` runs it over any database (the demo's, and fault tests that kill it).

`gapura demo` starts it on 127.0.0.1 over a SQLite file in the demo workspace, points the demo
workstation's `server.url` at it, enrols the workstation on first use (the credential goes to the
instance's secret store, like a real enrolment) and stops it when the GUI closes. The server's
data stays in the workspace, so the next demo finds the same server state.
"""

from __future__ import annotations

import logging
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

import httpx

from app import config as config_module
from app.errors import GapuraError
from app.i18n import QT_TRANSLATE_NOOP
from app.paths import instance_paths

log = logging.getLogger(__name__)

SERVER_FILE = "gapura-server.sqlite"
DEFAULT_PORT = 8765
START_TIMEOUT_S = 30.0


class ServerStartError(GapuraError):
    default_message = QT_TRANSLATE_NOOP(
        "gapura", "Server pusat demo tidak dapat dijalankan ({reason}). Demo tetap bisa dipakai "
                  "luring; lihat log {log}.")


def _free_port(preferred: int) -> int:
    """`preferred` when it is free on 127.0.0.1, else any free port."""
    for port in (preferred, 0):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return sock.getsockname()[1]
    raise OSError("no free port on 127.0.0.1")


def wait_healthy(url: str, process: subprocess.Popen[bytes],
                 timeout: float = START_TIMEOUT_S) -> str | None:
    """Wait until the server `process` answers `/v1/health` at `url`; None when it does, else
    why not (it exited, or no answer within `timeout` seconds)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return f"exited with status {process.returncode}"
        try:
            if httpx.get(f"{url}/v1/health", timeout=1.0).status_code == 200:
                return None
        except httpx.TransportError:
            pass
        time.sleep(0.1)  # waiting for a process to come up, not for a result
    return f"no answer within {timeout:.0f} s"


class ServerProcess:
    """`gapura server run` over one database, in its own process (a context manager)."""

    def __init__(self, database: Path, log_file: Path, port: int = DEFAULT_PORT) -> None:
        self.database = database
        self.log_file = log_file
        self._preferred = port
        self.port = 0  # once started; a restart serves on the same port again
        self.url = ""
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def start(self) -> str:
        """Start the server and wait until it answers; its base URL.

        Raises:
            ServerStartError: it exited or did not answer within `START_TIMEOUT_S`.
        """
        port = self.port = self.port or _free_port(self._preferred)
        self.url = f"http://127.0.0.1:{port}"
        self.log_file.parent.mkdir(parents=True, exist_ok=True)
        with self.log_file.open("ab") as output:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "app.cli", "server", "run", "--host", "127.0.0.1",
                 "--port", str(port), "--database", str(self.database)],
                stdout=output, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        failure = wait_healthy(self.url, self._process)
        if failure is None:
            log.info("demo server ready at %s (database %s)", self.url, self.database)
            return self.url
        self.stop()
        raise self._error(failure)

    def _error(self, reason: str) -> ServerStartError:
        return ServerStartError(detail=f"demo server at {self.url}: {reason}", reason=reason,
                               log=str(self.log_file))

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
        log.info("demo server stopped")

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def __enter__(self) -> ServerProcess:
        self.start()
        return self

    def __exit__(self, _type: type[BaseException] | None, _value: BaseException | None,
                 _tb: TracebackType | None) -> None:
        self.stop()


def DemoServer(home: Path, port: int = DEFAULT_PORT) -> ServerProcess:  # noqa: N802
    """The server process of the demo workspace under `home`."""
    paths = instance_paths(home)
    return ServerProcess(paths.data_dir / SERVER_FILE, paths.log_dir / "demo-server.log", port)


def connect(home: Path, url: str) -> str:
    """Point the demo workstation at `url` and enrol it there when the server does not know it.

    Returns:
        The workstation id as enrolled.
    """
    from app.instance import open_instance
    from app.services.base import system_actor
    from app.sync.client import CredentialRejected, SyncClient
    from server.admin import issue_enrolment_code
    from server.db import open_database

    config_file = instance_paths(home).config_file
    current = config_module.load(config_file)
    if current["server.url"] != url:
        config_module.write(config_file, {**current.values, "server.url": url})
    instance = open_instance(home)
    try:
        context = instance.services.context
        actor = system_actor(context.config, "demo")
        sync = instance.services.sync
        credential = sync.enrolled()
        if credential is not None:
            with SyncClient(url, credential=credential) as client:
                try:
                    client.token()
                    return credential.workstation_id
                except CredentialRejected:
                    log.info("demo server does not know %s: enrolling again",
                             credential.workstation_id)
        db = open_database(str(DemoServer(home).database))
        try:
            code = issue_enrolment_code(db, context.config.office_code, datetime.now(UTC),
                                        office_name=context.config["office.name"], hours=1)
        finally:
            db.close()
        return sync.enrol(actor, code.code).workstation_id
    finally:
        instance.close()


def disconnect(home: Path) -> None:
    """Clear the demo workstation's `server.url`: the demo then works offline."""
    config_file = instance_paths(home).config_file
    current = config_module.load(config_file)
    if current["server.url"]:
        config_module.write(config_file, {**current.values, "server.url": ""})
