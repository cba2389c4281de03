"""First run of a workstation: the setup answers, written to the config, and its enrolment.

The setup wizard (ui/firstrun) gathers a `Setup` and calls `apply`; so can a script. The config
is written through `app.config.write`, so it is validated exactly like a hand-edited file. When a
server URL is given the workstation enrols with the one-time code; if that fails the previous
config (or none) is put back, so the next start asks again instead of half-configured.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import config as config_module
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.paths import instance_paths

log = logging.getLogger(__name__)

Home = str | os.PathLike[str] | Path | None

# The office time zones the wizard offers, with the abbreviation officers know.
TIMEZONES: tuple[tuple[str, str], ...] = (
    ("Asia/Jakarta", "WIB"), ("Asia/Makassar", "WITA"), ("Asia/Jayapura", "WIT"),
)


@dataclass(frozen=True)
class Setup:
    """What the first run asks: the office, this workstation, the server, devices, language."""

    office_code: str
    office_name: str
    timezone: str
    workstation_id: str
    server_url: str = ""
    enrolment_code: str = ""
    language: str = "id"
    devices: Mapping[str, str] = field(default_factory=dict)  # kind -> driver

    def overrides(self) -> dict[str, Any]:
        """The config keys this setup decides."""
        values: dict[str, Any] = {
            "office.code": self.office_code.strip(),
            "office.name": self.office_name.strip(),
            "office.timezone": self.timezone,
            "workstation.id": self.workstation_id.strip(),
            "server.url": self.server_url.strip().rstrip("/"),
            "ui.language": self.language,
        }
        for kind, driver in self.devices.items():
            values[f"devices.{kind}.driver"] = driver
        return values


@dataclass(frozen=True)
class SetupResult:
    config_file: Path
    enrolled_as: str | None  # the workstation id the server knows, None when offline
    office_code: str | None


def needs_setup(home: Home = None) -> bool:
    """True when this instance has no configuration yet: the wizard runs instead of sign-in."""
    return not instance_paths(home).config_file.exists()


def current_setup(home: Home = None) -> Setup:
    """The answers to start from: this instance's config when there is one, else the defaults
    (with the host name as the workstation id)."""
    path = instance_paths(home).config_file
    values = config_module.load(path).values if path.exists() else config_module.defaults()
    return Setup(
        office_code=values["office.code"], office_name=values["office.name"],
        timezone=values["office.timezone"],
        workstation_id=values["workstation.id"] or socket.gethostname(),
        server_url=values["server.url"], language=values["ui.language"],
        devices={kind: values[f"devices.{kind}.driver"] for kind in config_module.DEVICE_KINDS})


def check(setup: Setup, keys: tuple[str, ...] | None = None) -> None:
    """Validate the answers (all, or only the config `keys` a wizard page asks) like the config
    file would be.

    Raises:
        ValidationError: a value is empty or invalid, named as the config names it.
    """
    for key, value in setup.overrides().items():
        if keys is not None and key not in keys:
            continue
        if key in ("office.name", "workstation.id") and not value:
            raise ValidationError.missing(key)
        why = config_module.SETTINGS_BY_KEY[key].validate(value)
        if why:
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Isian {key} tidak valid: {why}."),
                detail=f"setup {key}={value!r}: {why}", key=key, why=why)
    wants_code = keys is None or "server.url" in keys
    if wants_code and setup.server_url.strip() and not setup.enrolment_code.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("gapura", "Isi kode pendaftaran dari admin server pusat, atau "
                              "kosongkan URL server untuk bekerja tanpa server."),
            detail="server url without enrolment code")


def apply(setup: Setup, home: Home = None, *, exclusive: bool = True) -> SetupResult:
    """Write the config and, with a server URL, enrol this workstation with the code.

    `exclusive=False` when Gapura already runs on this instance (re-run from Admin): the running
    program keeps its old settings until it is started again.

    Raises:
        ValidationError, ConfigError: an answer is invalid; nothing was written.
        SyncError: the server is unreachable or refused the code; the previous config is back.
    """
    from app.instance import open_instance
    from app.services.base import system_actor

    check(setup)
    paths = instance_paths(home).ensure()
    path = paths.config_file
    previous = path.read_text(encoding="utf-8") if path.exists() else None
    base = dict(config_module.parse(previous, path).values) if previous is not None else {}
    config_module.write(path, {**base, **setup.overrides()})
    log.info("first run: config written to %s (office %s, workstation %s, server %s)",
             path, setup.office_code, setup.workstation_id, setup.server_url or "-")
    if not setup.server_url.strip():
        return SetupResult(path, None, None)
    try:
        instance = open_instance(home, exclusive=exclusive)
        try:
            sync = instance.services.sync
            try:
                credential = sync.enrol(system_actor(instance.config, "setup"),
                                        setup.enrolment_code)
            finally:
                sync.close()
        finally:
            instance.close()
    except BaseException:
        _put_back(path, previous)
        raise
    return SetupResult(path, credential.workstation_id, credential.office_code)


def _put_back(path: Path, previous: str | None) -> None:
    """Undo the config written by a setup whose enrolment failed."""
    if previous is None:
        path.unlink(missing_ok=True)
    else:
        tmp = path.with_suffix(".toml.tmp")
        tmp.write_text(previous, encoding="utf-8")
        tmp.replace(path)
    log.warning("first run: enrolment failed, config %s put back as it was", path)
