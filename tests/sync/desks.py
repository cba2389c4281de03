"""Workstations of one office sharing one live server, for tests of work that crosses desks."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app import config as config_module
from app.auth.permissions import Actor, Role
from app.services import Services
from app.services.base import ServiceContext, system_actor
from app.store.counter_models import Referral
from app.store.db import open_store
from devices.registry import build_devices
from tests.conftest import PASSWORD
from tests.live_server import LiveServer


@dataclass
class Desk:
    """One workstation: its own store, config, services and enrolment."""

    services: Services
    system: Actor

    def officer(self, username: str, *roles: Role) -> Actor:
        users = self.services.users
        users.create_user(self.system, username, username.title(), list(roles),
                          nip="198001012005011001", password=PASSWORD)
        return self.services.auth.sign_in(username, PASSWORD).actor

    def sync(self):
        return self.services.sync.sync_once(self.system)

    def referral(self, referral_id: str) -> Referral | None:
        with self.services.context.store.read() as session:
            return session.get(Referral, referral_id)

    def close(self) -> None:
        self.services.close()
        self.services.context.store.close()


def make_desk(root: Path, workstation: str, server: LiveServer, clock) -> Desk:
    root.mkdir()
    config_module.write(root / "config.toml", {
        "office.code": "TEST", "office.name": "Kantor Imigrasi Uji", "workstation.id": workstation,
        "server.url": server.url})
    config = config_module.load(root / "config.toml")
    store = open_store(root / "gapura.sqlite", root / "backups")
    services = Services.build(ServiceContext(store=store, config=config, clock=clock),
                              build_devices(config, root / "spool"))
    system = system_actor(config)
    services.ensure_reference_data(system)
    services.sync.enrol(system, server.enrolment_code("TEST"))
    return Desk(services, system)
