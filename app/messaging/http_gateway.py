"""A generic JSON-over-HTTP WhatsApp/SMS gateway client (httpx).

POST `{"channel": "whatsapp"|"sms", "to": "+62...", "text": ...}` to the configured URL with
the bearer token from the secret store and Gapura's message id as `Idempotency-Key`. The
gateway answers 2xx with `{"id": ...}` (or `message_id`). 4xx is a refusal that sending again
will not cure, except 408 and 429 (try later); 5xx, timeouts and connection errors are
retryable.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

import httpx

from app.messaging.gateway import (
    Delivery,
    GatewayNotConfigured,
    GatewayRefused,
    GatewayUnavailable,
    GatewayUnreachable,
    OutgoingMessage,
)

log = logging.getLogger(__name__)

CONNECT_TIMEOUT = 5.0
RETRY_LATER = frozenset({408, 429})


def _utc_now() -> datetime:
    return datetime.now(UTC)


class HttpGateway:
    """One gateway URL; the token is read at each send (an admin may set it at any time)."""

    def __init__(self, url: str, *, token: Callable[[], str], timeout: float = 10.0,
                 clock: Callable[[], datetime] = _utc_now,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.url = url
        self._token = token
        self._clock = clock
        self._http = httpx.Client(
            timeout=httpx.Timeout(timeout, connect=min(timeout, CONNECT_TIMEOUT)),
            transport=transport)

    def send(self, message: OutgoingMessage) -> Delivery:
        if not self.url:
            raise GatewayNotConfigured(detail="messaging.url is empty", retryable=True,
                                       what="messaging.url")
        token = self._token()
        if not token:
            raise GatewayNotConfigured(detail="no messaging gateway token in the secret store",
                                       retryable=True, what="token gateway")
        try:
            answer = self._http.post(
                self.url,
                json={"channel": str(message.channel), "to": message.to, "text": message.text},
                headers={"Authorization": f"Bearer {token}", "Idempotency-Key": message.id})
        except httpx.HTTPError as exc:  # connection refused, DNS, timeout, broken answer
            raise GatewayUnreachable(detail=f"POST {self.url} failed: {exc!r}", retryable=True,
                                     where=self.url) from exc
        status = answer.status_code
        if status >= 500 or status in RETRY_LATER:
            raise GatewayUnavailable(detail=f"gateway answered {status}: {answer.text[:200]}",
                                     retryable=True, status=status)
        if status >= 400:
            raise GatewayRefused(detail=f"gateway refused {message.to} with {status}: "
                                        f"{answer.text[:200]}",
                                 retryable=False, to=message.to, status=status,
                                 reason=_reason(answer))
        return Delivery(_message_id(answer, message), self._clock())

    def close(self) -> None:
        self._http.close()


def _json(answer: httpx.Response) -> dict:
    try:
        data = answer.json()
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _reason(answer: httpx.Response) -> str:
    data = _json(answer)
    for key in ("message", "error", "detail"):
        if isinstance(data.get(key), str) and data[key].strip():
            return data[key].strip()[:200]
    return answer.reason_phrase or "-"


def _message_id(answer: httpx.Response, message: OutgoingMessage) -> str:
    data = _json(answer)
    for key in ("id", "message_id"):
        if data.get(key):
            return str(data[key])
    log.warning("gateway accepted message %s without an id", message.id)
    return ""
