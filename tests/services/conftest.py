"""Fixtures of the print-queue and register tests: a counter officer, a print operator with a
NIP (registers are signed), and an entry stamp waiting in the queue."""

from __future__ import annotations

import pytest

from app.auth.permissions import Role
from app.domain.counter import Direction
from app.services.counter import Scan
from tests.counter_support import TOURIST, load_watch_lists

OPERATOR_NIP = "199003142015031002"


@pytest.fixture
def officer(services, make_actor):
    load_watch_lists(services)
    return make_actor(Role.COUNTER_OFFICER, username="konter1")


@pytest.fixture
def operator(make_actor):
    return make_actor(Role.PRINT_OPERATOR, username="cetak1", nip=OPERATOR_NIP)


@pytest.fixture
def stamp(services, officer):
    return services.counter.record_crossing(
        officer, services.counter.check(officer, Scan(TOURIST.mrz(), Direction.ARRIVAL))).stamp
