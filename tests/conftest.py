"""Shared fixtures: a temp GAPURA_HOME, a migrated store, services, a clock, an actor per role."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from argon2 import PasswordHasher  # noqa: E402

from app import config as config_module  # noqa: E402
from app.auth import passwords  # noqa: E402
from app.auth.permissions import Actor, Role  # noqa: E402
from app.services import Services  # noqa: E402
from app.services.base import ServiceContext, system_actor  # noqa: E402
from app.store.db import Store, open_store  # noqa: E402
from devices.registry import build_devices  # noqa: E402

PASSWORD = "Rahasia2026"


@dataclass
class FakeClock:
    """A clock tests move forward by hand instead of sleeping."""

    now: datetime = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture(scope="session", autouse=True)
def cheap_password_hashing() -> Iterator[None]:
    """Real Argon2id with small costs; the production costs take ~0.1 s a hash."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(passwords, "_hasher",
                      PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
        yield


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty GAPURA_HOME for this test."""
    root = tmp_path / "home"
    monkeypatch.setenv("GAPURA_HOME", str(root))
    return root


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def config(tmp_path: Path) -> config_module.Config:
    path = tmp_path / "config.toml"
    config_module.write(path, {"office.code": "TEST", "office.name": "Kantor Imigrasi Uji",
                               "workstation.id": "WS-TEST-01"})
    return config_module.load(path)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "gapura.sqlite", tmp_path / "backups")
    yield store
    store.close()


@pytest.fixture
def services(store: Store, config: config_module.Config, clock: FakeClock,
             tmp_path: Path) -> Services:
    services = Services.build(ServiceContext(store=store, config=config, clock=clock),
                              build_devices(config, tmp_path / "spool"))
    services.ensure_reference_data(system_actor(config))
    return services


@pytest.fixture
def make_actor(services: Services) -> Callable[..., Actor]:
    """Create a signed-in user holding `roles` and return its Actor."""

    def make(*roles: Role, username: str | None = None, nip: str = "") -> Actor:
        name = username or "u-" + "-".join(r.value.replace("_", "") for r in roles)
        created = services.users.create_user(system_actor(services.context.config), name,
                                             name.title(), roles, nip=nip, password=PASSWORD)
        return services.auth.sign_in(created.user.username, PASSWORD).actor

    return make


@pytest.fixture
def admin(make_actor: Callable[..., Actor]) -> Actor:
    return make_actor(Role.ADMIN, username="admin")
