"""Passive authentication of the software chip's documents, genuine and forged."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from devices.chip.errors import MasterListError
from devices.chip.lds import DG1, DG2, DG11, DG12, SOD
from devices.chip.pa import CSCA_MASTER_LIST, CheckStatus, MasterList, passive_authentication
from devices.chip.reader import read_chip
from devices.chip.testchip import (
    SoftwareChip,
    Variant,
    build_passport,
    rsa_document_signer,
    sign_cms,
)
from tests.chip.conftest import NOW


def _check(passport, master, now=NOW):
    groups = {g.number: passport.files[g.fid] for g in (DG1, DG2, DG11, DG12)}
    return passive_authentication(passport.files[SOD.fid], groups, master, now)


def test_a_genuine_document_passes_every_check(passport, pki):
    result = _check(passport, pki.master_list())
    assert result.passed
    assert result.signature.ok and result.chain.ok and result.validity.ok
    assert all(check.ok for check in result.hashes.values())
    assert result.revocation.status is CheckStatus.NOT_CHECKED  # no CRL held


@pytest.mark.parametrize(("variant", "failed"), [
    (Variant.ALTERED_DG1, ["DG1"]),
    (Variant.BAD_SIGNATURE, ["signature"]),
    (Variant.EXPIRED_DS, ["validity"]),
    (Variant.UNKNOWN_CSCA, ["chain"]),
])
def test_each_forgery_fails_its_own_check(pki, variant, failed):
    passport = build_passport(variant=variant)
    read = read_chip(SoftwareChip(passport), passport.keys, pki.master_list(), NOW)
    assert read.pa.failed == failed
    assert not read.pa.passed
    reason = read.pa.checks[failed[0]].reason_text
    assert reason and "{" not in reason  # an Indonesian sentence with its fields filled


def test_the_altered_dg1_reason_names_the_data_group(pki):
    result = _check(build_passport(variant=Variant.ALTERED_DG1), pki.master_list())
    assert result.hashes[1].reason_text.startswith("Data DG1 pada chip telah diubah")
    assert result.hashes[2].ok


def test_an_unknown_csca_leaves_validity_and_revocation_unchecked(pki):
    result = _check(build_passport(variant=Variant.UNKNOWN_CSCA), pki.master_list())
    assert "tidak ada dalam master list" in result.chain.reason_text
    assert result.validity.status is CheckStatus.NOT_CHECKED
    assert result.revocation.status is CheckStatus.NOT_CHECKED


def test_certificates_are_checked_at_the_given_moment(passport, pki):
    before_ds = datetime(2024, 6, 1, tzinfo=UTC)
    result = _check(passport, pki.master_list(), before_ds)
    assert result.validity.failed and result.failed == ["validity"]
    assert result.validity.params["start"] == "01-01-2025"


def test_a_ds_on_the_csca_crl_is_revoked(passport, pki):
    revoked = _check(passport, pki.master_list(pki.crl((pki.ds.certificate,))))
    assert revoked.revocation.failed and revoked.failed == ["revocation"]
    assert not revoked.passed
    clean = _check(passport, pki.master_list(pki.crl((pki.expired_ds.certificate,))))
    assert clean.revocation.ok and clean.passed


def test_an_outdated_crl_does_not_vouch_for_the_ds(passport, pki):
    stale = pki.crl(last_update=datetime(2025, 1, 1, tzinfo=UTC),
                    next_update=datetime(2025, 2, 1, tzinfo=UTC))
    result = _check(passport, pki.master_list(stale))
    assert result.revocation.status is CheckStatus.NOT_CHECKED
    assert result.passed  # not checked is no failure


def test_a_master_list_folder_of_der_pem_ml_and_crl_files(tmp_path, passport, pki):
    der = pki.csca.certificate.public_bytes(serialization.Encoding.DER)
    pem = pki.rogue_csca.certificate.public_bytes(serialization.Encoding.PEM)
    (tmp_path / "utopia.der").write_bytes(der)
    (tmp_path / "other.pem").write_bytes(pem)
    (tmp_path / "icao.ml").write_bytes(pki.master_list_file())
    (tmp_path / "utopia.crl").write_bytes(
        pki.crl((pki.ds.certificate,)).public_bytes(serialization.Encoding.DER))
    (tmp_path / "README.txt").write_text("ignored")
    master = MasterList.from_folder(tmp_path)
    assert len(master) == 2  # the ML's CSCA is the DER one: held once
    result = _check(passport, master)
    assert result.chain.ok and result.revocation.failed


def test_an_icao_master_list_alone_gives_the_chain(passport, pki):
    master = MasterList()
    master.add_master_list(pki.master_list_file())
    assert _check(passport, master).passed


def test_a_master_list_with_a_bad_signature_is_refused(pki):
    forged = sign_cms(b"\x30\x03\x02\x01\x00", CSCA_MASTER_LIST, pki.list_signer,
                      ec.generate_private_key(ec.SECP256R1()))
    with pytest.raises(MasterListError) as caught:
        MasterList().add_master_list(forged, "forged.ml")
    assert "forged.ml" in caught.value.user_message


def test_an_unreadable_certificate_file_is_named(tmp_path):
    (tmp_path / "broken.der").write_bytes(b"not a certificate")
    with pytest.raises(MasterListError) as caught:
        MasterList.from_folder(tmp_path)
    assert "broken.der" in caught.value.user_message


def test_an_unreadable_sod_fails_the_signature_and_checks_nothing_else(passport, pki):
    groups = {1: passport.files[DG1.fid]}
    result = passive_authentication(b"\x77\x03\x30\x01\x00", groups, pki.master_list(), NOW)
    assert result.failed == ["signature"]
    assert result.chain.status is CheckStatus.NOT_CHECKED
    assert result.hashes[1].status is CheckStatus.NOT_CHECKED


def test_an_rsa_pss_document_signer_is_verified(pki):
    signer = rsa_document_signer()
    genuine = _check(build_passport(signer=signer), pki.master_list())
    assert genuine.passed, genuine.failed
    forged = _check(build_passport(signer=signer, variant=Variant.BAD_SIGNATURE),
                    pki.master_list())
    assert forged.failed == ["signature"]
