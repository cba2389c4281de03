"""`gapura chip import-masterlist|list` with a CSCA and its CRL, as an offline desk's admin
would run them."""

from __future__ import annotations

import json

from cryptography.hazmat.primitives import serialization

from devices.document_reader import simulator_pki as pki
from tests.cli.test_cli import gapura


def test_import_of_a_csca_and_its_crl_then_list_shows_both(tmp_path):
    bundle = tmp_path / "utopia.pem"
    bundle.write_bytes(pki().csca.certificate.public_bytes(serialization.Encoding.PEM)
                       + pki().crl((pki().ds.certificate,), number=9).public_bytes(
                           serialization.Encoding.PEM))
    imported = gapura(tmp_path, "chip", "import-masterlist", str(bundle))
    assert imported.returncode == 0, imported.stderr
    assert "imported 1 CSCA certificates from utopia.pem (1 new)" in imported.stdout
    assert "imported 1 CRLs from utopia.pem (1 new)" in imported.stdout

    listed = gapura(tmp_path, "chip", "list")
    assert "1 trusted" in listed.stdout and "1 CRLs" in listed.stdout
    [crl_line] = [line for line in listed.stdout.splitlines() if line.startswith("CRL")]
    assert "2026-01-01  next 2036-01-01  1 revoked" in crl_line
    assert "CSCA Utopia Simulator" in crl_line and "[utopia.pem]" in crl_line

    as_json = json.loads(gapura(tmp_path, "chip", "list", "--json").stdout)
    [crl] = as_json["crls"]
    assert (crl["crl_number"], crl["revoked"], crl["expired"]) == ("9", 1, False)
    assert [c["country"] for c in as_json["certificates"]] == ["UT"]
