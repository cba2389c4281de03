"""Workstation credentials, one-time enrolment codes and HMAC-signed bearer tokens."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

# No 0/O, 1/I/L: the code is read aloud or typed from paper.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 12
TOKEN_PREFIX = "v1"


def hash_secret(value: str) -> str:
    """The sha256 hex digest kept in place of a credential or an enrolment code."""
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def new_credential() -> str:
    """A workstation credential: 32 random bytes, URL-safe base64."""
    return secrets.token_urlsafe(32)


def new_enrolment_code() -> str:
    """A one-time code like `ABCD-EFGH-JKMN` (about 59 bits)."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i:i + 4] for i in range(0, CODE_LENGTH, 4))


def normalize_code(code: str) -> str:
    """The code as issued, whatever the case, spaces or dashes the admin typed."""
    raw = "".join(ch for ch in code.upper() if ch.isalnum())
    return "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))


@dataclass(frozen=True)
class TokenClaims:
    """Who a bearer token speaks for; every request is scoped to `office_code`.

    A workstation token has no `username`; an officer token (`POST /v1/officer-token`) names
    the officer signed in at that workstation and the officer's role codes.
    """

    workstation_id: str
    office_code: str
    expires_at: datetime
    username: str | None = None
    roles: tuple[str, ...] = ()

    @property
    def is_officer(self) -> bool:
        return self.username is not None


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class TokenSigner:
    """Issues and checks `v1.<claims>.<hmac-sha256>` tokens with the server's key."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def _mac(self, body: str) -> str:
        return _b64(hmac.new(self._key, f"{TOKEN_PREFIX}.{body}".encode(), "sha256").digest())

    def issue(self, claims: TokenClaims) -> str:
        data: dict[str, object] = {"ws": claims.workstation_id, "office": claims.office_code,
                                   "exp": int(claims.expires_at.timestamp())}
        if claims.username is not None:
            data["user"] = claims.username
            data["roles"] = list(claims.roles)
        body = _b64(json.dumps(data, separators=(",", ":")).encode())
        return f"{TOKEN_PREFIX}.{body}.{self._mac(body)}"

    def verify(self, token: str, now: datetime) -> TokenClaims | None:
        """The token's claims, or None when it is malformed, forged or expired."""
        parts = token.split(".")
        if len(parts) != 3 or parts[0] != TOKEN_PREFIX:
            return None
        body, mac = parts[1], parts[2]
        if not hmac.compare_digest(mac, self._mac(body)):
            return None
        try:
            data = json.loads(_unb64(body))
            user = data.get("user")
            claims = TokenClaims(str(data["ws"]), str(data["office"]),
                                 datetime.fromtimestamp(int(data["exp"]), UTC),
                                 None if user is None else str(user),
                                 tuple(str(role) for role in data.get("roles", ())))
        except (ValueError, KeyError, TypeError):
            return None
        return claims if now < claims.expires_at else None
