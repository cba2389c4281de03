"""A real server on 127.0.0.1 and a workstation store whose `server.url` points at it."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import config as config_module
from app.services import Services
from app.services.base import system_actor
from app.sync.worker import SyncService
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
    service = SyncService(services.context)
    yield service
    service.close()


@pytest.fixture
def system(services: Services):
    return system_actor(services.context.config)
