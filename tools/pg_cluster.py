"""A throwaway PostgreSQL cluster (Debian's `postgresql` package) in a temp dir on 127.0.0.1.

The server tests (tests/server/conftest.py) and `benchmarks.sync` start one to run the central
server on PostgreSQL as offices do. The cluster trusts local connections, skips fsync (its data
is thrown away) and listens on 127.0.0.1 only, on a free port, with its socket in the temp dir.
initdb and postgres refuse to run as root: as root they run as the `postgres` system user that
the Debian package creates.

    python -m tools.pg_cluster    # start one, print its URL, stop it on Enter or Ctrl+C
"""

from __future__ import annotations

import contextlib
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

DEBIAN_ROOT = Path("/usr/lib/postgresql")
SUPERUSER = "postgres"
SYSTEM_USER = "postgres"  # the Debian package's system user; servers run as it under root
START_TIMEOUT_S = 60
# Durability off: nothing here outlives the run, and the tests create a database per test.
SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "200",  # the sync benchmark's server pools, two workers
}
_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class PostgresUnavailable(RuntimeError):
    """The cluster cannot be set up; the message says what to install or read."""


def find_bin_dir(root: Path = DEBIAN_ROOT) -> Path:
    """The newest `/usr/lib/postgresql/<version>/bin` holding initdb and pg_ctl.

    Raises:
        PostgresUnavailable: no PostgreSQL server is installed there.
    """
    found = []
    for bin_dir in root.glob("*/bin"):
        version = bin_dir.parent.name
        if version.isdigit() and all((bin_dir / tool).is_file()
                                     for tool in ("initdb", "pg_ctl", "postgres")):
            found.append((int(version), bin_dir))
    if not found:
        raise PostgresUnavailable(
            f"PostgreSQL server binaries not found in {root}/*/bin: "
            "apt-get install postgresql (./dev.sh setup installs it)")
    return max(found)[1]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ThrowawayCluster:
    """One cluster: `start()`, `create_database(name)` → SQLAlchemy URL, `stop()` removes it.

    Use it as a context manager.
    """

    def __init__(self, bin_dir: Path | None = None) -> None:
        self.bin_dir = bin_dir or find_bin_dir()
        self.root: Path | None = None
        self.port = 0
        self._as_root = os.geteuid() == 0

    # -- life ------------------------------------------------------------------------------

    def __enter__(self) -> ThrowawayCluster:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    @property
    def data_dir(self) -> Path:
        assert self.root is not None, "cluster not started"
        return self.root / "data"

    @property
    def log_file(self) -> Path:
        assert self.root is not None, "cluster not started"
        return self.root / "postgres.log"

    def start(self) -> None:
        """initdb in a new temp dir, then start the server and wait until it accepts connections.

        Raises:
            PostgresUnavailable: initdb or the server failed (the message carries its log).
        """
        self.root = Path(tempfile.mkdtemp(prefix="gapura-pg-"))
        if self._as_root:
            try:
                account = pwd.getpwnam(SYSTEM_USER)
            except KeyError:
                self._remove()
                raise PostgresUnavailable(
                    f"running as root, but there is no {SYSTEM_USER!r} system user to run "
                    "PostgreSQL as: apt-get install postgresql creates it") from None
            os.chown(self.root, account.pw_uid, account.pw_gid)
        try:
            self._run("initdb", "--pgdata", str(self.data_dir), "--username", SUPERUSER,
                      "--auth", "trust", "--encoding", "UTF8", "--no-locale", "--no-sync")
            self.port = _free_port()
            settings = {**SETTINGS, "port": str(self.port),
                        "unix_socket_directories": f"'{self.root}'"}
            with (self.data_dir / "postgresql.conf").open("a", encoding="utf-8") as conf:
                conf.write("\n# tools/pg_cluster.py\n")
                conf.writelines(f"{key} = {value}\n" for key, value in settings.items())
            self._run("pg_ctl", "start", "--pgdata", str(self.data_dir), "--wait",
                      "--timeout", str(START_TIMEOUT_S), "--log", str(self.log_file))
        except PostgresUnavailable:
            self.stop()
            raise

    def stop(self) -> None:
        """Stop the server (immediately: nothing here is kept) and remove the temp dir."""
        if self.root is None:
            return
        if (self.data_dir / "postmaster.pid").exists():
            with contextlib.suppress(PostgresUnavailable):
                self._run("pg_ctl", "stop", "--pgdata", str(self.data_dir), "--mode",
                          "immediate", "--wait")
        self._remove()

    def _remove(self) -> None:
        if self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)
            self.root = None

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bin_dir / tool), *args]
        if self._as_root:
            command = ["runuser", "-u", SYSTEM_USER, "--", *command]
        # The server's own output goes to its log file, so pg_ctl's pipes close when it exits.
        result = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True,
                                text=True, timeout=START_TIMEOUT_S + 30, check=False)
        if result.returncode != 0:
            log = ""
            if self.root is not None and self.log_file.exists():
                log = self.log_file.read_text(encoding="utf-8", errors="replace")[-3000:]
            raise PostgresUnavailable(
                f"{' '.join(command)} failed ({result.returncode}):\n{result.stdout}"
                f"{result.stderr}{log}")

    # -- databases -------------------------------------------------------------------------

    def url(self, database: str = "postgres") -> str:
        """The SQLAlchemy URL (psycopg 3) of `database` in this cluster."""
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def _admin(self, statement: str) -> None:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER,
                             dbname="postgres", autocommit=True) as conn:
            conn.execute(statement)

    def create_database(self, name: str) -> str:
        """A new empty database; its SQLAlchemy URL."""
        if not _NAME.match(name):
            raise ValueError(f"not a plain database name: {name!r}")
        self._admin(f"CREATE DATABASE {name}")
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """Drop `name`, closing the connections still open on it."""
        if not _NAME.match(name):
            raise ValueError(f"not a plain database name: {name!r}")
        self._admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def main() -> int:
    with ThrowawayCluster() as cluster:
        print(cluster.url(), flush=True)
        print(f"data in {cluster.root}; press Enter to stop and remove it", flush=True)
        with contextlib.suppress(KeyboardInterrupt, EOFError):
            input()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
