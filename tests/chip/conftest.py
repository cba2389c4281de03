"""Shared fixtures of the chip tests: the process's test PKI and a fixed moment of checking."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from devices.chip.testchip import TestPassport, TestPki, build_passport, test_pki

# When the certificates are checked: inside the test DS's validity (2025-2040).
NOW = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="session")
def pki() -> TestPki:
    return test_pki()


@pytest.fixture(scope="session")
def passport() -> TestPassport:
    return build_passport()
