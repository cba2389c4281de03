"""Every server test runs twice: on a SQLite file and on a throwaway PostgreSQL cluster.

`server_database` (a SQLite path or a PostgreSQL URL, one fresh database per test) overrides the
SQLite-only one of tests/live_server.py, so `live_server` and the tests that open the database
themselves run on both; the test ids name the backend (`test_push...[postgresql]`). The cluster
(tools/pg_cluster.py) starts once per session, when the first PostgreSQL test needs it. When
PostgreSQL is not installed those tests fail with what to install; they are never skipped.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.live_server import live_server  # noqa: F401
from tools.pg_cluster import ThrowawayCluster

_database_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[ThrowawayCluster]:
    with ThrowawayCluster() as cluster:
        yield cluster


@pytest.fixture(params=["sqlite", "postgresql"])
def server_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "server.sqlite")
        return
    cluster: ThrowawayCluster = request.getfixturevalue("pg_cluster")
    name = f"test_{next(_database_numbers)}"
    url = cluster.create_database(name)
    yield url
    cluster.drop_database(name)
