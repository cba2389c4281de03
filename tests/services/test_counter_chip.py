"""The ePassport chip at the counter (issue 14 point 4): the simulated reader's software chip is
read in the check, authenticated against the trusted CSCAs, compared with the printed MRZ, and a
failure refers the traveller with its reason; the result is kept with the crossing or referral."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from sqlalchemy import select

from app.auth.permissions import Role
from app.domain.counter import Direction, ReferralReason, Severity
from app.errors import PermissionDenied, ValidationError
from app.services.base import system_actor
from app.services.chip import ChipStatus
from app.services.counter import Scan
from app.store.counter_models import Crossing
from app.store.models import AuditEvent
from devices.chip.pa import CHAIN_UNKNOWN, HASH_BAD, SIGNATURE_BAD, VALIDITY_BAD
from devices.document_reader import SPECIMENS, ChipSimulation
from devices.document_reader import simulator_pki as pki
from tests.counter_support import TOURIST

SANTOSO = 1  # the specimen an Indonesian arriving with nothing against him


def _pem_file(tmp_path: Path, cert, name: str = "csca.pem") -> Path:
    path = tmp_path / name
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path


@pytest.fixture
def trusted(services, tmp_path):
    """The test country's CSCA imported as an ICAO master list file."""
    path = tmp_path / "utopia.ml"
    path.write_bytes(pki().master_list_file())
    return services.chip_trust.import_file(system_actor(services.context.config), path)


@pytest.fixture
def officer(make_actor):
    return make_actor(Role.COUNTER_OFFICER, username="konter1")


def _read_and_check(services, officer, chip: ChipSimulation, specimen: int = SANTOSO,
                    progress=None):
    reader = services.device_set.document_reader
    reader.chip = chip
    for _ in range(specimen):
        reader.read()  # the reader reads its specimens in turn
    mrz = services.counter.read_document(officer)
    assert mrz == "\n".join(SPECIMENS[specimen].td3())
    return services.counter.check(officer, Scan(mrz, Direction.ARRIVAL), progress=progress)


def test_master_list_import_trusts_its_csca(trusted, services):
    assert (trusted.certificates, trusted.added) == (1, 1)
    [info] = services.chip_trust.certificates(system_actor(services.context.config))
    assert info.country == "UT" and "CSCA Utopia Simulator" in info.subject
    master = services.chip_trust.master_list()
    assert [c.subject for c in master.cscas] == [pki().csca.certificate.subject]


def test_genuine_chip_passes_and_is_kept_with_the_crossing(trusted, services, officer):
    seen = []
    check = _read_and_check(services, officer, ChipSimulation.GENUINE,
                            progress=lambda done, total, name: seen.append((done, total)))
    chip = check.chip
    assert chip is not None and chip.status is ChipStatus.AUTHENTIC and chip.passed
    assert chip.access == "PACE" and chip.photo and chip.photo[:2] == b"\xff\xd8"  # JPEG
    assert {f.field for f in chip.fields} >= {"surname", "document_number", "birth_date"}
    assert check.verdict.may_pass
    [info] = [f for f in check.verdict.findings if f.code == "chip_authentic"]
    assert info.severity is Severity.INFO and info.text.startswith("Chip: terbaca dan asli (PACE)")
    assert seen and seen[-1][0] == seen[-1][1] > 10_000  # the face image was read in chunks

    crossing = services.counter.record_crossing(officer, check)
    with services.context.store.read() as session:
        row = session.get(Crossing, crossing.id)
        assert json.loads(row.details)["chip"]["status"] == "authentic"
        event = session.scalars(select(AuditEvent).where(
            AuditEvent.action == "crossing.recorded")).one()
        assert json.loads(event.summary)["after"]["chip"]["access"] == "PACE"


@pytest.mark.parametrize(("variant", "check_name", "reason"), [
    (ChipSimulation.ALTERED_DG1, "DG1", HASH_BAD),
    (ChipSimulation.BAD_SIGNATURE, "signature", SIGNATURE_BAD),
    (ChipSimulation.EXPIRED_DS, "validity", VALIDITY_BAD),
    (ChipSimulation.UNKNOWN_CSCA, "chain", CHAIN_UNKNOWN),
], ids=["altered_dg1", "bad_signature", "expired_ds", "unknown_csca"])
def test_forged_chip_refers_with_the_failed_check(trusted, services, officer, variant,
                                                   check_name, reason):
    check = _read_and_check(services, officer, variant)
    chip = check.chip
    assert chip.status is ChipStatus.FAILED
    [failed] = [c for c in chip.failed_checks if c.name == check_name]
    assert failed.reason == reason
    assert not check.verdict.may_pass
    assert check.verdict.referral_reason is ReferralReason.CHIP
    [finding] = [f for f in check.verdict.findings if f.code == "chip_not_authentic"]
    assert failed.text in finding.text
    with pytest.raises(ValidationError):
        services.counter.record_crossing(officer, check)

    referral = services.counter.refer(officer, check, None)
    assert referral.reason is ReferralReason.CHIP
    kept = referral.traveller["chip"]
    assert kept["status"] == "failed" and check_name in [f["check"] for f in kept["failed"]]
    with services.context.store.read() as session:
        event = session.scalars(select(AuditEvent).where(
            AuditEvent.action == "referral.created")).one()
        assert json.loads(event.summary)["after"]["chip"]["failed"][0]["check"] == check_name


def test_altered_page_is_caught_by_dg1_against_the_printed_mrz(trusted, services, officer):
    check = _read_and_check(services, officer, ChipSimulation.PAGE_ALTERED)
    chip = check.chip
    assert chip.status is ChipStatus.AUTHENTIC  # the chip itself is genuine
    assert [(m.field, m.printed, m.chip) for m in chip.mismatches] == [
        ("surname", "SANTOSO", "WIBOWO"), ("given_names", "BUDI HARTONO", "DEWI")]
    assert check.verdict.referral_reason is ReferralReason.CHIP
    [finding] = [f for f in check.verdict.findings if f.code == "chip_mrz_mismatch"]
    assert "Nama keluarga" in finding.text and finding.severity is Severity.REFER
    referral = services.counter.refer(officer, check, None)
    assert [m["field"] for m in referral.traveller["chip"]["mismatches"]] == [
        "surname", "given_names"]


def test_without_the_issuers_csca_the_chain_fails(services, officer):
    check = _read_and_check(services, officer, ChipSimulation.GENUINE)
    [failed] = check.chip.failed_checks
    assert failed.name == "chain" and "tidak ada dalam master list" in failed.text
    assert check.verdict.referral_reason is ReferralReason.CHIP


def test_csca_imported_later_is_trusted_from_the_next_check(trusted, services, officer,
                                                            tmp_path):
    before = services.chip_trust.master_list()
    assert services.chip_trust.master_list() is before  # unchanged table: same list
    first = _read_and_check(services, officer, ChipSimulation.UNKNOWN_CSCA)
    assert [c.name for c in first.chip.failed_checks] == ["chain"]
    services.chip_trust.import_file(system_actor(services.context.config),
                                    _pem_file(tmp_path, pki().rogue_csca.certificate))
    assert len(services.chip_trust.master_list()) == 2
    again = services.counter.check(officer, first.scan)  # the passport is still on the reader
    assert again.chip.passed and again.verdict.may_pass


def test_typed_mrz_of_another_passport_cannot_open_the_chip(trusted, services, officer):
    reader = services.device_set.document_reader
    reader.read()  # a passport stays on the reader
    check = services.counter.check(officer, Scan(TOURIST.mrz(), Direction.ARRIVAL))
    assert check.chip.status is ChipStatus.ACCESS_DENIED
    [finding] = [f for f in check.verdict.findings if f.code == "chip_unread"]
    assert finding.severity is Severity.WARNING and "Pindai ulang" in finding.text
    assert check.verdict.referral_reason is not ReferralReason.CHIP


def test_no_chip_on_the_reader_means_no_chip_result(trusted, services, officer):
    assert services.counter.check(officer, Scan(TOURIST.mrz(), Direction.ARRIVAL)).chip is None
    assert _read_and_check(services, officer, ChipSimulation.NONE).chip is None


def test_not_a_certificate_is_refused_whole(services, tmp_path):
    path = tmp_path / "bukan.ml"
    path.write_bytes(b"not a master list")
    with pytest.raises(ValidationError) as refused:
        services.chip_trust.import_file(system_actor(services.context.config), path)
    assert "bukan sertifikat CSCA" in refused.value.user_message
    ds = _pem_file(tmp_path, pki().ds.certificate, "ds.pem")
    with pytest.raises(ValidationError) as not_ca:
        services.chip_trust.import_file(system_actor(services.context.config), ds)
    assert "bukan CA" in not_ca.value.user_message
    assert services.chip_trust.certificates(system_actor(services.context.config)) == []


def test_counter_officer_cannot_import_cscas(services, officer, tmp_path):
    with pytest.raises(PermissionDenied):
        services.chip_trust.import_file(officer, _pem_file(tmp_path, pki().csca.certificate))


def test_permit_desk_reads_the_chip_and_audits_it(trusted, services, make_actor):
    permit_officer = make_actor(Role.PERMIT_OFFICER, username="izin1")
    services.device_set.document_reader.chip = ChipSimulation.EXPIRED_DS
    mrz = services.permits.read_passport(permit_officer)
    chip = services.permits.check_passport_chip(permit_officer, mrz)
    assert chip.status is ChipStatus.FAILED
    assert [c.name for c in chip.failed_checks] == ["validity"]
    with services.context.store.read() as session:
        event = session.scalars(select(AuditEvent).where(
            AuditEvent.action == "passport_chip.read")).one()
        assert json.loads(event.summary)["after"]["status"] == "failed"
        assert event.entity_id == SPECIMENS[0].number
