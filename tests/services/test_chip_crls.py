"""The CRLs of the trusted CSCAs (decision 0026): a CRL is kept only when a trusted CSCA of its
issuer's name verifies it, one per issuer (the newest), and the counter's passive
authentication uses it, so a revoked Document Signer refers the traveller."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from sqlalchemy import func, select

from app.auth.permissions import Role
from app.domain.counter import Direction, ReferralReason
from app.errors import PermissionDenied, ValidationError
from app.services.base import system_actor
from app.services.chip import ChipStatus
from app.services.counter import Scan
from app.store.chip_models import CscaCertificate, CscaCrl
from app.store.models import AuditEvent
from devices.chip.pa import NO_CRL, REVOCATION_OK, REVOKED
from devices.document_reader import ChipSimulation
from devices.document_reader import simulator_pki as pki


def _crl_file(tmp_path: Path, crl: x509.CertificateRevocationList, name: str = "ut.crl",
              pem: bool = False) -> Path:
    path = tmp_path / name
    path.write_bytes(crl.public_bytes(serialization.Encoding.PEM if pem
                                      else serialization.Encoding.DER))
    return path


@pytest.fixture
def system(services):
    return system_actor(services.context.config)


@pytest.fixture
def trusted(services, system, tmp_path):
    """The simulator's CSCA imported as an ICAO master list file."""
    path = tmp_path / "utopia.ml"
    path.write_bytes(pki().master_list_file())
    return services.chip_trust.import_file(system, path)


@pytest.fixture
def officer(make_actor):
    return make_actor(Role.COUNTER_OFFICER, username="konter1")


def _check(services, officer, scan: Scan | None = None):
    """The counter's check of the genuine chip on the simulated reader."""
    if scan is None:
        reader = services.device_set.document_reader
        reader.chip = ChipSimulation.GENUINE
        scan = Scan(services.counter.read_document(officer), Direction.ARRIVAL)
    return services.counter.check(officer, scan)


def _revocation(check):
    [item] = [c for c in check.chip.checks if c.name == "revocation"]
    return item


def _stored(services) -> list[tuple[str, int]]:
    with services.context.store.read() as session:
        return [(r.crl_number, r.revoked) for r in session.scalars(select(CscaCrl))]


def _audited(services, action: str) -> list[dict]:
    with services.context.store.read() as session:
        return [json.loads(e.summary)["after"] for e in session.scalars(
            select(AuditEvent).where(AuditEvent.action == action))]


def test_crl_revoking_the_ds_makes_the_genuine_chip_fail_at_the_counter(
        trusted, services, system, officer, tmp_path):
    before = _check(services, officer)
    assert before.chip.passed and _revocation(before).reason == NO_CRL  # not checked yet

    imported = services.chip_trust.import_file(
        system, _crl_file(tmp_path, pki().crl((pki().ds.certificate,), number=7)))
    assert (imported.crls, imported.crls_added, imported.certificates) == (1, 1, 0)
    [info] = services.chip_trust.crls(system)
    assert (info.crl_number, info.revoked, info.source) == ("7", 1, "ut.crl")
    assert "CSCA Utopia Simulator" in info.issuer and not info.expired(services.context.clock())
    [event] = _audited(services, "csca_crl.imported")
    assert event["crls"][0]["outcome"] == "added" and event["crls"][0]["number"] == 7

    after = _check(services, officer, before.scan)  # the master list is rebuilt with the CRL
    assert after.chip.status is ChipStatus.FAILED
    assert [c.name for c in after.chip.failed_checks] == ["revocation"]
    assert _revocation(after).reason == REVOKED and "01-06-2026" in _revocation(after).text
    assert after.verdict.referral_reason is ReferralReason.CHIP


def test_a_newer_crl_replaces_the_older_and_an_older_one_is_not_kept(
        trusted, services, system, officer, tmp_path, clock):
    first = pki().crl(number=1, last_update=datetime(2026, 3, 1, tzinfo=UTC))
    services.chip_trust.import_file(system, _crl_file(tmp_path, first, "ut-1.crl", pem=True))
    check = _check(services, officer)
    assert check.chip.passed and _revocation(check).reason == REVOCATION_OK

    newer = pki().crl((pki().ds.certificate,), number=2,
                      last_update=datetime(2026, 9, 1, tzinfo=UTC))
    replaced = services.chip_trust.import_file(system, _crl_file(tmp_path, newer, "ut-2.crl"))
    assert replaced.crls_added == 1 and _stored(services) == [("2", 1)]
    assert [c.name for c in _check(services, officer, check.scan).chip.failed_checks] == [
        "revocation"]

    clock.advance(minutes=5)
    outdated = services.chip_trust.import_file(system, _crl_file(tmp_path, first, "ut-1.crl"))
    assert (outdated.crls, outdated.crls_added, outdated.crls_outdated) == (1, 0, 1)
    assert _stored(services) == [("2", 1)]
    [info] = services.chip_trust.crls(system)
    assert info.source == "ut-2.crl"
    assert [e["crls"][0]["outcome"] for e in _audited(services, "csca_crl.imported")] == [
        "added", "replaced", "outdated"]


def test_crl_of_an_issuer_not_trusted_is_refused_with_nothing_written(
        trusted, services, system, tmp_path):
    rogue = dataclasses.replace(pki(), csca=pki().rogue_csca)  # a CSCA this desk does not trust
    with pytest.raises(ValidationError) as refused:
        services.chip_trust.import_file(system, _crl_file(tmp_path, rogue.crl(), "lain.crl"))
    assert "bukan CSCA tepercaya" in refused.value.user_message
    assert "lain.crl" in refused.value.user_message
    assert "CSCA Utopia Unlisted Simulator" in refused.value.user_message
    assert _stored(services) == [] and _audited(services, "csca_crl.imported") == []


def test_crl_with_a_bad_signature_is_refused_with_nothing_written(
        trusted, services, system, tmp_path):
    forged = pki().crl((pki().ds.certificate,), signing_key=pki().rogue_csca.key)
    with pytest.raises(ValidationError) as refused:
        services.chip_trust.import_file(system, _crl_file(tmp_path, forged))
    assert "Tanda tangan CRL" in refused.value.user_message
    assert _stored(services) == [] and _audited(services, "csca_crl.imported") == []


def test_a_pem_bundle_of_a_csca_and_its_crl_is_imported_at_once(services, system, tmp_path):
    bundle = tmp_path / "utopia.pem"
    bundle.write_bytes(pki().csca.certificate.public_bytes(serialization.Encoding.PEM)
                       + pki().crl(number=3).public_bytes(serialization.Encoding.PEM))
    imported = services.chip_trust.import_file(system, bundle)
    assert (imported.certificates, imported.added, imported.crls, imported.crls_added) == (
        1, 1, 1, 1)
    master = services.chip_trust.master_list()
    assert len(master) == 1 and master.crls_of(pki().csca.certificate)


def test_counter_officer_cannot_import_a_crl(trusted, services, officer, tmp_path):
    with pytest.raises(PermissionDenied):
        services.chip_trust.import_file(officer, _crl_file(tmp_path, pki().crl()))
    with services.context.store.read() as session:
        assert session.scalar(select(func.count()).select_from(CscaCrl)) == 0
        assert session.scalar(select(func.count()).select_from(CscaCertificate)) == 1
