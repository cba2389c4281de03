"""A real server on 127.0.0.1 (uvicorn in a thread) over a temporary SQLite database."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
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


@dataclass
class LiveServer:
    url: str
    database: Path
    clock: Clock
    db: Database

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
def live_server(tmp_path: Path) -> Iterator[LiveServer]:
    database = tmp_path / "server.sqlite"
    clock = Clock()
    config = uvicorn.Config(create_app(str(database), clock=clock), log_level="warning",
                            ws="none", lifespan="on")
    server = _ThreadedServer(config)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        assert server.ready.wait(10) and server.started, "server did not start"
        port = sock.getsockname()[1]
        db = open_database(str(database))  # the test's own connection, for admin actions
        try:
            yield LiveServer(f"http://127.0.0.1:{port}", database, clock, db)
        finally:
            db.close()
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()
