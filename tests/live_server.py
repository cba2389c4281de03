"""A real server on 127.0.0.1 (uvicorn in a thread) over a temporary database.

Shared by tests/server and tests/sync: their conftest files import the `live_server` fixture.
It serves the database that the `server_database` fixture names: a temporary SQLite file here;
tests/server/conftest.py overrides it to run every server test on SQLite and on PostgreSQL.
`serve(app)` runs any ASGI app the same way (e.g. a stub that always answers 500).
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
import uvicorn

from server.admin import issue_enrolment_code, publish_change
from server.app import create_app
from server.db import Database, open_database


@dataclass
class Clock:
    """A settable time source shared by the server and the test."""

    now: datetime = field(default_factory=lambda: datetime(2026, 12, 1, 8, 0, tzinfo=UTC))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


class _ThreadedServer(uvicorn.Server):
    """uvicorn that says when it has started (lifespan done, socket served)."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = threading.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        try:
            await super().startup(sockets=sockets)
        finally:
            self.ready.set()


class Running:
    """One ASGI app served by uvicorn in a daemon thread on a 127.0.0.1 port."""

    def __init__(self, app: object, port: int = 0, *, certfile: Path | None = None,
                 keyfile: Path | None = None) -> None:
        self.scheme = "https" if certfile else "http"
        self._server = _ThreadedServer(uvicorn.Config(
            app, log_level="warning", ws="none", lifespan="on",
            ssl_certfile=str(certfile) if certfile else None,
            ssl_keyfile=str(keyfile) if keyfile else None))
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        # A restart binds the same port again at once (it may still be in TIME_WAIT).
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", port))
        self.port = self._sock.getsockname()[1]
        self._thread = threading.Thread(target=self._server.run,
                                        kwargs={"sockets": [self._sock]}, daemon=True)
        self._thread.start()
        if not (self._server.ready.wait(10) and self._server.started):
            self.stop()
            raise AssertionError("server did not start")

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(10)
        self._sock.close()


@contextmanager
def serve(app: object) -> Iterator[str]:
    """Serve `app` on a free 127.0.0.1 port for the block; yields its base URL."""
    running = Running(app)
    try:
        yield running.url
    finally:
        running.stop()


@dataclass
class LiveServer:
    url: str
    database: str  # a SQLite file path or a SQLAlchemy URL
    clock: Clock
    db: Database
    _running: Running | None = field(default=None, repr=False)

    def stop(self) -> None:
        """Stop serving: the port then refuses connections (the data stays)."""
        if self._running is not None:
            self._running.stop()
            self._running = None

    def start(self) -> None:
        """Serve again on the same port, over the same database and clock."""
        if self._running is None:
            port = int(self.url.rsplit(":", 1)[1])
            self._running = Running(create_app(self.database, clock=self.clock), port)

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=10)

    def enrolment_code(self, office: str) -> str:
        return issue_enrolment_code(self.db, office, self.clock(), office_name=f"Kanim {office}",
                                    hours=24).code

    def publish(self, key: str, *, office: str | None = None, **payload: object) -> int:
        with self.db.write() as session:
            return publish_change(session, "reference_value", key, dict(payload), self.clock(),
                                  office_code=office)

    def enrol(self, office: str, workstation_id: str) -> Workstation:
        with self.client() as http:
            answer = http.post("/v1/enrol", json={"code": self.enrolment_code(office),
                                                  "workstation_id": workstation_id})
            assert answer.status_code == 200, answer.text
            credential = answer.json()["credential"]
            token = http.post("/v1/token", auth=(workstation_id, credential))
            assert token.status_code == 200, token.text
        return Workstation(self, workstation_id, credential, token.json()["access_token"])


@dataclass
class Workstation:
    """An enrolled workstation holding a bearer token."""

    server: LiveServer
    id: str
    credential: str
    token: str

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.server.url, timeout=10,
                            headers={"Authorization": f"Bearer {self.token}"})


@pytest.fixture
def server_database(tmp_path: Path) -> str:
    """The database `live_server` serves: a SQLite file path or a SQLAlchemy URL."""
    return str(tmp_path / "server.sqlite")


@pytest.fixture
def live_server(server_database: str) -> Iterator[LiveServer]:
    database = server_database
    clock = Clock()
    running = Running(create_app(database, clock=clock))
    try:
        db = open_database(database)  # the test's own connection, for admin actions
        server = LiveServer(running.url, database, clock, db, running)
        try:
            yield server
        finally:
            server.stop()
            db.close()
    finally:
        running.stop()
