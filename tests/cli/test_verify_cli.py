"""`gapura verify` on a printed PDF, a forged one and a scanned QR payload."""

from __future__ import annotations

import io

from pypdf import PdfReader

from app.auth.permissions import Role
from app.domain.counter import Direction
from app.instance import open_instance
from app.services.base import system_actor
from app.services.counter import Scan
from tests.cli.test_cli import gapura
from tests.conftest import PASSWORD
from tests.counter_support import TOURIST
from tests.services.test_signing import _replace_text


def _issue_stamp(home) -> bytes:
    instance = open_instance(home)
    try:
        services = instance.services
        services.users.create_user(system_actor(instance.config), "konter1", "Konter",
                                   (Role.COUNTER_OFFICER,), password=PASSWORD)
        officer = services.auth.sign_in("konter1", PASSWORD).actor
        crossing = services.counter.record_crossing(
            officer, services.counter.check(officer, Scan(TOURIST.mrz(), Direction.ARRIVAL)))
        return crossing.stamp.pdf
    finally:
        instance.close()


def test_verify_says_valid_tampered_or_unknown_with_exit_codes(tmp_path):
    home = tmp_path / "home"
    pdf = _issue_stamp(home)
    genuine, forged = tmp_path / "cap.pdf", tmp_path / "palsu.pdf"
    genuine.write_bytes(pdf)
    forged.write_bytes(_replace_text(pdf, "L898902C3", "X99999999"))

    ok = gapura(home, "verify", str(genuine))
    assert ok.returncode == 0 and ok.stdout.startswith("valid")
    bad = gapura(home, "verify", str(forged))
    assert bad.returncode == 1 and bad.stdout.startswith("tampered")
    seal = str(PdfReader(io.BytesIO(pdf)).metadata["/Keywords"])
    scanned = gapura(home, "verify", seal, "--json")
    assert scanned.returncode == 0 and '"status": "valid"' in scanned.stdout
    other = gapura(tmp_path / "other-home", "verify", str(genuine))
    assert other.returncode == 3 and other.stdout.startswith("unknown")
