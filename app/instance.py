"""Opening one Gapura instance: paths, config, logging, the single-instance lock, the store."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from app import config as config_module
from app import logs
from app.config import Config
from app.paths import InstancePaths, instance_paths
from app.services import Services
from app.services.base import ServiceContext, system_actor
from app.store.db import Store, open_store
from app.store.lock import InstanceLock
from devices.registry import build_devices

log = logging.getLogger(__name__)


@dataclass
class Instance:
    paths: InstancePaths
    config: Config
    store: Store
    services: Services
    lock: InstanceLock | None = field(default=None)

    def close(self) -> None:
        self.services.close()
        self.store.close()
        if self.lock is not None:
            self.lock.release()


def open_instance(home: str | os.PathLike[str] | Path | None = None, *,
                  exclusive: bool = True) -> Instance:
    """Read config, take the instance lock (when `exclusive`), upgrade and open the store.

    Raises:
        ConfigError, InstanceLockedError, StoreError: each with a message for the officer.
    """
    paths = instance_paths(home).ensure()
    logs.setup(paths.log_file)
    cfg = config_module.load(paths.config_file)
    lock = InstanceLock(paths.lock_file).acquire() if exclusive else None
    try:
        store = open_store(paths.database, paths.backup_dir)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    services = Services.build(ServiceContext(store=store, config=cfg),
                              build_devices(cfg, paths.spool_dir))
    services.ensure_reference_data(system_actor(cfg))
    log.info("instance opened: home=%s office=%s workstation=%s",
             paths.data_dir.parent, cfg.office_code, cfg.workstation_id)
    return Instance(paths, cfg, store, services, lock)
