"""`gapura messages list|dispatch|token` as a real process."""

from __future__ import annotations

import json

from app import config as config_module
from app.auth.permissions import Role
from app.instance import open_instance
from app.messaging.gateway import SENT_LOG, TOKEN_SECRET
from app.secrets import SecretStore
from app.services.base import system_actor
from tests.cli.test_cli import gapura
from tests.conftest import PASSWORD

FIELDS = {"name": "Budi Santoso", "number": "PAS-1", "place": "Loket 2",
          "hours": "Senin-Jumat 13.00-15.00 WIB"}


def _queue(home, number: str) -> str:
    instance = open_instance(home)
    try:
        services = instance.services
        services.users.create_user(system_actor(instance.config), "paspor1", "Paspor",
                                   (Role.PASSPORT_OFFICER,), password=PASSWORD)
        officer = services.auth.sign_in("paspor1", PASSWORD).actor
        return services.messaging.queue(officer, "passport_ready", number, "whatsapp",
                                        FIELDS).id
    finally:
        instance.close()


def test_queued_message_is_listed_dispatched_to_the_simulator_and_listed_as_sent(tmp_path):
    empty = gapura(tmp_path, "messages", "list")
    assert empty.returncode == 0 and empty.stdout == ""
    message_id = _queue(tmp_path, "0812 3456 7890")

    queued = gapura(tmp_path, "messages", "list", "--status", "queued")
    assert queued.returncode == 0, queued.stderr
    [line] = queued.stdout.splitlines()
    assert line.split("\t")[1:7] == ["queued", "whatsapp", "+6281234567890", "passport_ready",
                                     "0", message_id]

    dispatched = gapura(tmp_path, "messages", "dispatch")
    assert dispatched.returncode == 0, dispatched.stderr
    assert dispatched.stdout.strip() == "sent 1, rescheduled 0, failed 0"
    [record] = [json.loads(x) for x in
                (tmp_path / "data" / SENT_LOG).read_text(encoding="utf-8").splitlines()]
    assert record["message_id"] == message_id and record["to"] == "+6281234567890"
    assert record["text"].startswith("Yth. Budi Santoso, paspor Anda untuk permohonan nomor PAS-1")
    assert gapura(tmp_path, "messages", "list", "--status", "queued").stdout == ""
    assert message_id in gapura(tmp_path, "messages", "list", "--status", "sent").stdout


def test_a_refusing_gateway_fails_the_message_with_exit_code_1(tmp_path):
    _queue(tmp_path, "+61 412 345 678")
    path = tmp_path / "config" / "config.toml"
    config_module.write(path, {"messaging.simulate": "refused"})
    dispatched = gapura(tmp_path, "messages", "dispatch")
    assert dispatched.returncode == 1
    assert dispatched.stdout.strip() == "sent 0, rescheduled 0, failed 1"
    assert "Gateway pesan menolak pesan ke +61412345678" in dispatched.stderr
    failed = gapura(tmp_path, "messages", "list", "--status", "failed")
    assert "\tfailed\twhatsapp\t+61412345678\t" in failed.stdout


def test_token_is_kept_in_the_secret_store(tmp_path):
    stored = gapura(tmp_path, "messages", "token", stdin="token-gateway-123\n")
    assert stored.returncode == 0, stored.stderr
    assert SecretStore(tmp_path / "data").get(TOKEN_SECRET) == b"token-gateway-123"
    assert gapura(tmp_path, "messages", "token", stdin="\n").returncode == 2
