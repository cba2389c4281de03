"""A real server on 127.0.0.1 and a workstation store whose `server.url` points at it."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import config as config_module
from app.auth.permissions import Role
from app.services import Services
from app.services.base import system_actor
from app.sync.worker import SyncService
from tests.counter_support import load_watch_lists
from tests.live_server import LiveServer, live_server, server_database  # noqa: F401


@pytest.fixture
def config(tmp_path: Path, live_server: LiveServer) -> config_module.Config:  # noqa: F811
    """The shared `config` fixture's settings plus the test server's URL."""
    path = tmp_path / "config.toml"
    config_module.write(path, {"office.code": "TEST", "office.name": "Kantor Imigrasi Uji",
                               "workstation.id": "WS-TEST-01",
                               "server.url": live_server.url})
    return config_module.load(path)


@pytest.fixture
def sync(services: Services) -> SyncService:
    service = services.sync
    yield service
    service.close()


@pytest.fixture
def system(services: Services):
    return system_actor(services.context.config)


@pytest.fixture
def enrolled(sync: SyncService, system, live_server: LiveServer) -> SyncService:  # noqa: F811
    """`sync`, enrolled in office TEST of the live server."""
    sync.enrol(system, live_server.enrolment_code("TEST"))
    return sync


@pytest.fixture
def officer(services: Services, make_actor):
    load_watch_lists(services)
    return make_actor(Role.COUNTER_OFFICER, username="konter1")


@pytest.fixture
def supervisor(make_actor):
    return make_actor(Role.SUPERVISOR, username="spv1", nip="198001012005011001")


@pytest.fixture
def operator(make_actor):
    return make_actor(Role.PRINT_OPERATOR, username="cetak1", nip="199003142015031002")
