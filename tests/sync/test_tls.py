"""TLS to the server: verified always, against the system's CAs or the office's own CA file."""

from __future__ import annotations

import ipaddress
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.errors import GapuraError
from app.sync.client import ServerUnreachable, SyncClient
from server.app import create_app
from tests.live_server import Running


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _office_pki(folder: Path) -> tuple[Path, Path, Path]:
    """An office CA and a server certificate for 127.0.0.1 signed by it (PEM files)."""
    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (x509.CertificateBuilder().subject_name(_name("Kanim Uji CA"))
          .issuer_name(_name("Kanim Uji CA")).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number())
          .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder().subject_name(_name("127.0.0.1"))
            .issuer_name(ca.subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .sign(ca_key, hashes.SHA256()))
    files = folder / "ca.pem", folder / "server.pem", folder / "server.key"
    files[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    files[1].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    files[2].write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return files


@pytest.fixture
def tls_server(tmp_path):
    ca, cert, key = _office_pki(tmp_path)
    running = Running(create_app(str(tmp_path / "server.sqlite")), certfile=cert, keyfile=key)
    yield running.url, ca
    running.stop()


def test_the_office_ca_file_lets_the_workstation_verify_the_server(tls_server):
    url, ca = tls_server
    assert url.startswith("https://")
    with SyncClient(url, ca_file=str(ca)) as client:
        assert client.health()["status"] == "ok"


def test_a_server_certificate_nobody_trusts_is_refused(tls_server):
    url, _ca = tls_server
    with SyncClient(url) as client, pytest.raises(ServerUnreachable) as refused:
        client.health()  # the system's CAs do not know the office CA: verification is on
    assert "CERTIFICATE_VERIFY_FAILED" in refused.value.detail


def test_a_missing_ca_file_is_named(tmp_path):
    with pytest.raises(GapuraError) as missing:
        SyncClient("https://127.0.0.1:1", ca_file=str(tmp_path / "kantor-ca.pem"))
    assert "kantor-ca.pem" in missing.value.user_message
    assert "server.ca_file" in missing.value.user_message
