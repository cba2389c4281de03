"""The messaging gateway interface (WhatsApp/SMS), its simulator and the choice from config.

A gateway takes one `OutgoingMessage` and either accepts it (a `Delivery` with the gateway's
message id) or raises `GatewayError`, whose `retryable` flag says whether sending the same
message later may succeed (gateway down, unreachable) or never will (number refused).
The simulator is what the demo and the tests use, selected by `messaging.gateway`; like the
device simulators it can be told to fail.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from app.errors import GapuraError
from app.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.config import Config
    from app.secrets import SecretStore

SENT_LOG = "messages-sent.jsonl"  # the simulator's record, under the instance's data dir
TOKEN_SECRET = "messaging-gateway-token"  # the HTTP gateway's bearer token (app.secrets)


class Channel(StrEnum):
    WHATSAPP = "whatsapp"
    SMS = "sms"


@dataclass(frozen=True)
class OutgoingMessage:
    """One text to one recipient; `id` is Gapura's own, sent along so a gateway can drop a
    message it already accepted (an answer lost on the way back)."""

    id: str
    channel: Channel
    to: str  # E.164, "+6281234567890"
    text: str


@dataclass(frozen=True)
class Delivery:
    """The gateway accepted the message (it may still deliver it later)."""

    gateway_message_id: str
    accepted_at: datetime


class GatewayError(GapuraError):
    """The gateway did not accept a message. `retryable`: sending it again later may work."""

    default_message = QT_TRANSLATE_NOOP("gapura", "Gateway pesan tidak menerima pesan.")

    def __init__(self, message: str | None = None, detail: str = "", *, retryable: bool,
                 **params: Any) -> None:
        self.retryable = retryable
        super().__init__(message, detail, **params)


class GatewayUnreachable(GatewayError):
    default_message = QT_TRANSLATE_NOOP(
        "gapura", "Gateway pesan tidak dapat dihubungi ({where}). Pesan tetap dalam antrean dan "
                  "akan dikirim lagi.")


class GatewayUnavailable(GatewayError):
    default_message = QT_TRANSLATE_NOOP(
        "gapura", "Gateway pesan sedang bermasalah (kode {status}). Pesan tetap dalam antrean dan "
                  "akan dikirim lagi.")


class GatewayRefused(GatewayError):
    default_message = QT_TRANSLATE_NOOP(
        "gapura", "Gateway pesan menolak pesan ke {to} (kode {status}): {reason}. Periksa nomor "
                  "tujuan; pesan ini tidak akan dikirim lagi otomatis.")


class GatewayNotConfigured(GatewayError):
    default_message = QT_TRANSLATE_NOOP(
        "gapura", "Gateway pesan belum diatur lengkap ({what}). Minta Admin TIK mengisinya; pesan "
                  "tetap dalam antrean.")


class MessageGateway(Protocol):
    """What every gateway offers (simulator, HTTP)."""

    def send(self, message: OutgoingMessage) -> Delivery:
        """Hand `message` to the gateway.

        Raises:
            GatewayError: not accepted; `retryable` says whether trying again may help.
        """
        ...

    def close(self) -> None:
        """Release connections."""
        ...


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class SentRecord:
    """One line of the simulator's record: what would have gone out."""

    message_id: str
    gateway_message_id: str
    accepted_at: datetime
    channel: str
    to: str
    text: str


class SimulationFailure(StrEnum):
    """What the simulator does with a message: accept it, act unreachable or refuse it."""

    OK = "ok"
    UNREACHABLE = "unreachable"  # retryable
    REFUSED = "refused"  # not retryable


class SimulatedGateway:
    """Sends nothing: appends each accepted message as a JSON line to `path` (readable with
    `sent()`), so an officer or a test sees the exact text an applicant would receive."""

    def __init__(self, path: Path, failure: SimulationFailure | str = SimulationFailure.OK,
                 clock: Callable[[], datetime] = _utc_now) -> None:
        self.path = Path(path)
        self.failure = SimulationFailure(failure)
        self._clock = clock
        self._lock = threading.Lock()

    def send(self, message: OutgoingMessage) -> Delivery:
        if self.failure is SimulationFailure.UNREACHABLE:
            raise GatewayUnreachable(detail="simulated gateway unreachable", retryable=True,
                                     where="simulator")
        if self.failure is SimulationFailure.REFUSED:
            raise GatewayRefused(detail=f"simulated refusal of {message.to}", retryable=False,
                                 to=message.to, status=400, reason="nomor ditolak (simulasi)")
        record = SentRecord(message.id, f"sim-{uuid.uuid4()}", self._clock(),
                            str(message.channel), message.to, message.text)
        line = json.dumps({**asdict(record), "accepted_at": record.accepted_at.isoformat()},
                          ensure_ascii=False)
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as handle:
                handle.write(line + "\n")
        return Delivery(record.gateway_message_id, record.accepted_at)

    def sent(self) -> list[SentRecord]:
        """Every message accepted so far, oldest first (also those of earlier runs)."""
        if not self.path.exists():
            return []
        records = []
        for line in self.path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                data = json.loads(line)
                data["accepted_at"] = datetime.fromisoformat(data["accepted_at"])
                records.append(SentRecord(**data))
        return records

    def close(self) -> None:
        return None


def build_gateway(config: Config, data_dir: Path,
                  secrets: SecretStore | None = None) -> MessageGateway:
    """The gateway that `messaging.gateway` names: the simulator (default) or the HTTP one."""
    if config["messaging.gateway"] == "http":
        from app.messaging.http_gateway import HttpGateway  # httpx only where it is used
        from app.secrets import SecretStore

        store = secrets or SecretStore(data_dir)
        return HttpGateway(config["messaging.url"],
                           token=lambda: _token(store),
                           timeout=float(config["messaging.timeout_seconds"]))
    return SimulatedGateway(Path(data_dir) / SENT_LOG, config["messaging.simulate"])


def _token(secrets: SecretStore) -> str:
    raw = secrets.get(TOKEN_SECRET)
    return raw.decode("utf-8") if raw else ""
