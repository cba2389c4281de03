"""The simulator's record, the HTTP gateway against a real server on 127.0.0.1, the choice."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from app import config as config_module
from app.messaging.gateway import (
    SENT_LOG,
    TOKEN_SECRET,
    Channel,
    GatewayError,
    OutgoingMessage,
    SimulatedGateway,
    build_gateway,
)
from app.messaging.http_gateway import HttpGateway
from app.secrets import SecretStore

MESSAGE = OutgoingMessage("msg-1", Channel.WHATSAPP, "+6281234567890",
                          "Yth. Siti, paspor Anda siap diambil.")
AT = datetime(2026, 12, 3, 4, 0, tzinfo=UTC)


@dataclass
class Gateway:
    """A stand-in WhatsApp/SMS gateway: records each request, answers `status`."""

    url: str
    status: int = 200
    answer: dict = field(default_factory=lambda: {"id": "gw-42"})
    requests: list[dict] = field(default_factory=list)


@pytest.fixture
def gateway_server() -> Iterator[Gateway]:
    state = Gateway("")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's naming
            body = self.rfile.read(int(self.headers["Content-Length"]))
            state.requests.append({"path": self.path, "json": json.loads(body),
                                   "authorization": self.headers["Authorization"],
                                   "idempotency": self.headers["Idempotency-Key"]})
            data = json.dumps(state.answer).encode()
            self.send_response(state.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/v1/messages"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


def _http(url: str, token: str = "rahasia-token") -> HttpGateway:
    return HttpGateway(url, token=lambda: token, timeout=5, clock=lambda: AT)


def test_http_gateway_posts_json_with_bearer_token_and_returns_the_gateway_id(gateway_server):
    gateway = _http(gateway_server.url)
    try:
        delivery = gateway.send(MESSAGE)
    finally:
        gateway.close()
    assert (delivery.gateway_message_id, delivery.accepted_at) == ("gw-42", AT)
    assert gateway_server.requests == [{
        "path": "/v1/messages",
        "json": {"channel": "whatsapp", "to": "+6281234567890",
                 "text": "Yth. Siti, paspor Anda siap diambil."},
        "authorization": "Bearer rahasia-token", "idempotency": "msg-1"}]


def test_http_gateway_refusal_400_is_not_retryable_and_quotes_the_reason(gateway_server):
    gateway_server.status, gateway_server.answer = 400, {"message": "nomor tidak terdaftar"}
    gateway = _http(gateway_server.url)
    with pytest.raises(GatewayError) as caught:
        gateway.send(MESSAGE)
    gateway.close()
    assert caught.value.retryable is False
    assert caught.value.user_message.startswith(
        "Gateway pesan menolak pesan ke +6281234567890 (kode 400): nomor tidak terdaftar.")


def test_http_gateway_503_is_retryable(gateway_server):
    gateway_server.status, gateway_server.answer = 503, {"error": "maintenance"}
    gateway = _http(gateway_server.url)
    with pytest.raises(GatewayError) as caught:
        gateway.send(MESSAGE)
    gateway.close()
    assert caught.value.retryable is True
    assert "sedang bermasalah (kode 503)" in caught.value.user_message
    assert len(gateway_server.requests) == 1


def test_http_gateway_connection_refused_is_retryable():
    with socket.socket() as closed:  # bound, never listening: connecting is refused
        closed.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{closed.getsockname()[1]}/v1/messages"
        gateway = _http(url)
        with pytest.raises(GatewayError) as caught:
            gateway.send(MESSAGE)
        gateway.close()
    assert caught.value.retryable is True
    assert caught.value.user_message.startswith(f"Gateway pesan tidak dapat dihubungi ({url})")


def test_http_gateway_without_a_token_sends_nothing(gateway_server):
    gateway = _http(gateway_server.url, token="")
    with pytest.raises(GatewayError) as caught:
        gateway.send(MESSAGE)
    gateway.close()
    assert caught.value.retryable is True and "token gateway" in caught.value.user_message
    assert gateway_server.requests == []


def test_simulator_records_each_message_as_a_json_line(tmp_path):
    gateway = SimulatedGateway(tmp_path / SENT_LOG, clock=lambda: AT)
    delivery = gateway.send(MESSAGE)
    assert delivery.accepted_at == AT and delivery.gateway_message_id.startswith("sim-")
    [record] = SimulatedGateway(tmp_path / SENT_LOG).sent()  # readable by a new instance
    assert (record.message_id, record.channel, record.to, record.text) == (
        "msg-1", "whatsapp", "+6281234567890", "Yth. Siti, paspor Anda siap diambil.")
    line = json.loads((tmp_path / SENT_LOG).read_text(encoding="utf-8"))
    assert line["text"] == MESSAGE.text and line["accepted_at"] == AT.isoformat()


@pytest.mark.parametrize("failure, retryable", [("unreachable", True), ("refused", False)])
def test_simulator_fails_as_told_and_records_nothing(tmp_path, failure, retryable):
    gateway = SimulatedGateway(tmp_path / SENT_LOG, failure)
    with pytest.raises(GatewayError) as caught:
        gateway.send(MESSAGE)
    assert caught.value.retryable is retryable
    assert gateway.sent() == []


def test_build_gateway_follows_the_configuration(tmp_path, gateway_server):
    path = tmp_path / "config.toml"
    config_module.write(path, {})
    simulator = build_gateway(config_module.load(path), tmp_path)
    assert isinstance(simulator, SimulatedGateway) and simulator.path == tmp_path / SENT_LOG

    config_module.write(path, {"messaging.gateway": "http", "messaging.url": gateway_server.url,
                               "messaging.timeout_seconds": 3})
    secrets = SecretStore(tmp_path)
    secrets.set(TOKEN_SECRET, b"token-dari-brankas")
    http = build_gateway(config_module.load(path), tmp_path, secrets)
    try:
        assert isinstance(http, HttpGateway)
        assert http.send(MESSAGE).gateway_message_id == "gw-42"
    finally:
        http.close()
    assert gateway_server.requests[0]["authorization"] == "Bearer token-dari-brankas"
