"""Where one Gapura instance keeps its config, data, logs and backups."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Gapura"
HOME_ENV = "GAPURA_HOME"


@dataclass(frozen=True)
class InstancePaths:
    """The directories of one instance. `GAPURA_HOME` puts all of them under one dir."""

    config_dir: Path
    data_dir: Path
    log_dir: Path

    @property
    def config_file(self) -> Path:
        return self.config_dir / "config.toml"

    @property
    def database(self) -> Path:
        return self.data_dir / "gapura.sqlite"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "gapura.lock"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "gapura.log"

    @property
    def spool_dir(self) -> Path:
        return self.data_dir / "spool"

    def ensure(self) -> InstancePaths:
        for directory in (self.config_dir, self.data_dir, self.log_dir, self.backup_dir):
            directory.mkdir(parents=True, exist_ok=True)
        return self


def instance_paths(home: str | os.PathLike[str] | None = None) -> InstancePaths:
    """Paths from an explicit home, else `GAPURA_HOME`, else the platform's standard dirs."""
    home = home or os.environ.get(HOME_ENV)
    if home:
        root = Path(home).expanduser().resolve()
        return InstancePaths(root / "config", root / "data", root / "logs")
    return InstancePaths(
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )
