"""The CSCA certificates as reference data (issue 14 point 3, decision 0026): the admin publishes
a master list or a certificate with `gapura server chip ...` (a real process on the server's
database), and each workstation trusts it once it syncs; a removal takes the trust away. The
CSCAs' CRLs travel the same way."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from app.auth.permissions import Role
from app.domain.counter import Direction, ReferralReason
from app.services.chip import ChipStatus
from app.services.counter import Scan
from devices.document_reader import ChipSimulation
from devices.document_reader import simulator_pki as pki
from tests.cli.test_cli import gapura
from tests.sync.desks import make_desk


@pytest.fixture
def office(tmp_path, live_server, clock):
    first = make_desk(tmp_path / "konter1", "WS-KONTER-01", live_server, clock)
    second = make_desk(tmp_path / "konter2", "WS-KONTER-02", live_server, clock)
    yield first, second
    first.close()
    second.close()


def _server_cli(tmp_path, live_server, *args: str):
    result = gapura(tmp_path / "admin", "server", "chip", *args, "--database",
                    live_server.database)
    assert result.returncode == 0, result.stderr
    return result


def _check(desk, officer, chip: ChipSimulation):
    reader = desk.services.device_set.document_reader
    reader.chip = chip
    mrz = desk.services.counter.read_document(officer)
    return desk.services.counter.check(officer, Scan(mrz, Direction.ARRIVAL))


def test_csca_published_by_the_cli_reaches_every_desk_by_sync(tmp_path, live_server, office):
    first, second = office
    officer1 = first.officer("konter1", Role.COUNTER_OFFICER)
    officer2 = second.officer("konter2", Role.COUNTER_OFFICER)
    master_list = tmp_path / "utopia.ml"
    master_list.write_bytes(pki().master_list_file())
    published = _server_cli(tmp_path, live_server, "import-masterlist", str(master_list))
    assert "published 1 CSCA certificates" in published.stdout

    # Before its sync the desk trusts nothing; after it the genuine chip passes.
    assert _check(first, officer1, ChipSimulation.GENUINE).chip.failed_checks[0].name == "chain"
    first.sync()
    assert _check(first, officer1, ChipSimulation.GENUINE).chip.passed

    # A chip whose DS another CSCA signed fails the chain at the second desk ...
    second.sync()
    refused = _check(second, officer2, ChipSimulation.UNKNOWN_CSCA)
    assert [c.name for c in refused.chip.failed_checks] == ["chain"]
    assert refused.verdict.referral_reason is ReferralReason.CHIP
    # ... until the admin publishes that CSCA and the desk syncs.
    rogue = pki().rogue_csca.certificate
    pem = tmp_path / "unlisted.pem"
    pem.write_bytes(rogue.public_bytes(serialization.Encoding.PEM))
    _server_cli(tmp_path, live_server, "import-masterlist", str(pem))
    second.sync()
    passed = second.services.counter.check(officer2, refused.scan)
    assert passed.chip.status is ChipStatus.AUTHENTIC and passed.chip.passed
    assert "chip_authentic" in [f.code for f in passed.verdict.findings]

    # The removal travels the same way.
    fingerprint = hashlib.sha256(rogue.public_bytes(serialization.Encoding.DER)).hexdigest()
    _server_cli(tmp_path, live_server, "remove", fingerprint)
    second.sync()
    again = second.services.counter.check(officer2, refused.scan)
    assert [c.name for c in again.chip.failed_checks] == ["chain"]
    sources = {c.source for c in second.services.chip_trust.certificates(second.system)}
    assert sources == {"sync"}


def test_cli_refuses_a_file_that_is_no_certificate(tmp_path, live_server):
    bad = tmp_path / "daftar.ml"
    bad.write_bytes(b"bukan master list")
    result = gapura(tmp_path / "admin", "server", "chip", "import-masterlist", str(bad),
                    "--database", live_server.database)
    assert result.returncode == 2
    assert "bukan sertifikat CSCA" in result.stderr and "daftar.ml" in result.stderr


def test_crl_published_by_the_cli_reaches_a_desk_and_revokes_its_ds(tmp_path, live_server,
                                                                     office):
    desk, _second = office
    officer = desk.officer("konter1", Role.COUNTER_OFFICER)
    crl = tmp_path / "utopia.crl"
    crl.write_bytes(pki().crl((pki().ds.certificate,), number=5).public_bytes(
        serialization.Encoding.DER))
    # No CSCA of its issuer is published yet: refused, nothing published.
    refused = gapura(tmp_path / "admin", "server", "chip", "import-masterlist", str(crl),
                     "--database", live_server.database)
    assert refused.returncode == 2 and "bukan CSCA tepercaya" in refused.stderr

    # A PEM bundle of the CSCA and its CRL: both published in one transaction.
    bundle = tmp_path / "utopia.pem"
    bundle.write_bytes(pki().csca.certificate.public_bytes(serialization.Encoding.PEM)
                       + x509.load_der_x509_crl(crl.read_bytes()).public_bytes(
                           serialization.Encoding.PEM))
    published = _server_cli(tmp_path, live_server, "import-masterlist", str(bundle))
    assert "published 1 CSCA certificates" in published.stdout
    assert "published 1 CRLs from utopia.pem" in published.stdout
    again = _server_cli(tmp_path, live_server, "import-masterlist", str(crl))
    assert "published 0 CRLs" in again.stdout and "1 not newer" in again.stdout

    desk.sync()
    [info] = desk.services.chip_trust.crls(desk.system)
    assert (info.crl_number, info.revoked, info.source) == ("5", 1, "sync")
    check = _check(desk, officer, ChipSimulation.GENUINE)
    assert check.chip.status is ChipStatus.FAILED
    assert [c.name for c in check.chip.failed_checks] == ["revocation"]
    assert check.verdict.referral_reason is ReferralReason.CHIP

    # The issuer's next CRL, no longer revoking the DS, replaces it at the next sync.
    crl.write_bytes(pki().crl(number=6, last_update=datetime(2026, 10, 1, tzinfo=UTC))
                    .public_bytes(serialization.Encoding.PEM))
    _server_cli(tmp_path, live_server, "import-masterlist", str(crl))
    desk.sync()
    assert [(c.crl_number, c.revoked) for c in desk.services.chip_trust.crls(desk.system)] == [
        ("6", 0)]
    assert desk.services.counter.check(officer, check.scan).chip.passed
