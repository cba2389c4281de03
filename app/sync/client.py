"""A small httpx client for the central server's `/v1` API (server/app.py).

Every failure becomes a `SyncError` subclass carrying an Indonesian message for the officer:
the server unreachable, a server fault (5xx), a rejected credential (401) or a refusal (403,
409, ...) with the server's own message. The bearer token lives in this object only (it is
valid 15 minutes); a 401 on push or pull gets a new token once and repeats the request.
"""

from __future__ import annotations

import logging
import ssl
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from app.errors import GapuraError
from app.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

CONNECT_TIMEOUT = 5.0  # seconds to reach the server; reading an answer may take longer


class SyncError(GapuraError):
    """Synchronisation with the central server failed."""


class SyncNotConfigured(SyncError):
    default_message = QT_TRANSLATE_NOOP(
        "gapura", "Alamat server pusat belum diatur (server.url). Minta Admin TIK mengisinya "
                  "di berkas konfigurasi.")


class SyncNotEnrolled(SyncError):
    default_message = QT_TRANSLATE_NOOP(
        "gapura", "Workstation ini belum terdaftar di server pusat. Minta kode pendaftaran "
                  "kepada admin server, lalu jalankan `gapura sync enrol KODE`.")


class ServerUnreachable(SyncError):
    default_message = QT_TRANSLATE_NOOP(
        "gapura", "Server pusat tidak dapat dihubungi ({url}). Data tetap tersimpan di "
                  "workstation ini; kirim lagi saat jaringan pulih.")


class ServerFault(SyncError):
    default_message = QT_TRANSLATE_NOOP(
        "gapura", "Server pusat sedang bermasalah (kode {status}). Data tetap tersimpan di "
                  "workstation ini dan akan dikirim lagi nanti.")


class CredentialRejected(SyncError):
    """401: the workstation credential or its token was not accepted."""

    default_message = QT_TRANSLATE_NOOP(
        "gapura", "Server pusat menolak kredensial workstation ini. Daftarkan ulang workstation "
                  "dengan kode baru dari admin server.")


class ServerRefused(SyncError):
    """403, 409 or another refusal; `message` is the server's own (Indonesian) text."""

    default_message = QT_TRANSLATE_NOOP("gapura", "Server pusat menolak permintaan: {message}")


@dataclass(frozen=True)
class PushConflict:
    """A pushed shared record the server refused: another workstation wrote it first (0009)."""

    record_id: str
    entity_type: str
    entity_id: str
    server_version: int


@dataclass(frozen=True)
class PushAnswer:
    accepted: int  # stored as new
    duplicates: int  # stored before (an earlier push whose answer was lost)
    conflicts: tuple[PushConflict, ...] = ()


# The server answers refusals with a code and an Indonesian message; for the codes a
# workstation can meet, its own translatable text is shown (the English interface too).
REFUSALS: dict[str, str] = {
    "invalid_enrolment_code": QT_TRANSLATE_NOOP(
        "gapura", "Kode pendaftaran tidak dikenal, sudah dipakai, atau kedaluwarsa. Minta kode "
                  "baru kepada admin server."),
    "workstation_in_other_office": QT_TRANSLATE_NOOP(
        "gapura", "Workstation ini sudah terdaftar di kantor lain. Hubungi admin server."),
    "record_id_conflict": QT_TRANSLATE_NOOP(
        "gapura", "Sebagian nomor rekaman sudah dipakai kantor lain; kiriman ditolak seluruhnya. "
                  "Hubungi admin server."),
    "invalid_record": QT_TRANSLATE_NOOP(
        "gapura", "Server pusat menolak sebagian data kiriman sebagai tidak sah; kiriman ditolak "
                  "seluruhnya dan tetap tersimpan di sini. Perbarui aplikasi workstation atau "
                  "hubungi Admin TIK."),
}


@dataclass(frozen=True)
class Credential:
    """What enrolment gives a workstation: its id and its secret credential."""

    workstation_id: str
    credential: str
    office_code: str = ""


def _verify(ca_file: str) -> ssl.SSLContext | bool:
    if not ca_file:
        return True
    if not Path(ca_file).is_file():
        raise SyncError(
            QT_TRANSLATE_NOOP("gapura", "Berkas sertifikat CA server ({path}) tidak ditemukan. "
                                        "Periksa pengaturan server.ca_file."),
            detail=f"server.ca_file {ca_file!r} missing", path=ca_file)
    return ssl.create_default_context(cafile=ca_file)


class SyncClient:
    """One server, optionally one workstation's credential, and its current token."""

    def __init__(self, base_url: str, *, credential: Credential | None = None,
                 ca_file: str = "", timeout: float = 30.0,
                 transport: httpx.BaseTransport | None = None) -> None:
        if not base_url:
            raise SyncNotConfigured(detail="server.url is empty")
        self.base_url = base_url.rstrip("/")
        self.credential = credential
        self._token: str | None = None
        self._http = httpx.Client(base_url=self.base_url,
                                  timeout=httpx.Timeout(timeout,
                                                        connect=min(timeout, CONNECT_TIMEOUT)),
                                  verify=_verify(ca_file), transport=transport)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- the API ---------------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        return self._request("GET", "/v1/health").json()

    def enrol(self, code: str, workstation_id: str) -> Credential:
        """Trade a one-time enrolment code for this workstation's credential (kept here)."""
        body = self._request("POST", "/v1/enrol",
                             json={"code": code, "workstation_id": workstation_id}).json()
        self.credential = Credential(body["workstation_id"], body["credential"],
                                     body["office_code"])
        self._token = None
        return self.credential

    def token(self) -> str:
        """A fresh bearer token for the held credential (kept in memory only)."""
        if self.credential is None:
            raise SyncNotEnrolled(detail="no workstation credential")
        answer = self._request("POST", "/v1/token", auth=(self.credential.workstation_id,
                                                          self.credential.credential))
        self._token = answer.json()["access_token"]
        return self._token

    def push(self, records: Sequence[Mapping[str, Any]]) -> PushAnswer:
        """Send outbox records; what the server counted, and the conflicts it reports."""
        body = self._authorized("POST", "/v1/push", json={"records": list(records)}).json()
        conflicts = tuple(
            PushConflict(str(c["record_id"]), str(c["entity_type"]), str(c["entity_id"]),
                         int(c["server_version"]))
            for c in body.get("conflicts", []))  # a server before 0009 sends none
        return PushAnswer(int(body["accepted"]), int(body["duplicates"]), conflicts)

    def pull(self, cursor: int, limit: int = 500) -> dict[str, Any]:
        """One page of reference changes after `cursor`: `changes`, `cursor`, `more`."""
        return self._authorized("GET", "/v1/pull",
                                params={"cursor": cursor, "limit": limit}).json()

    def verify_document(self, number: str, sha256: str) -> dict[str, Any]:
        """The server's word on a document held in hand: `status` valid, voided or unknown,
        with its template, issuing office and date when known."""
        return self._authorized("POST", "/v1/documents/verify",
                                json={"number": number, "sha256": sha256}).json()

    # -- plumbing --------------------------------------------------------------------------

    def _authorized(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        if self._token is None:
            self.token()
        try:
            return self._request(method, path, token=self._token, **kwargs)
        except CredentialRejected:
            # The token expired (15 min) or the server's key changed: one new token, once.
            log.info("%s %s: token refused, requesting a new one", method, path)
            self.token()
            return self._request(method, path, token=self._token, **kwargs)

    def _request(self, method: str, path: str, *, token: str | None = None,
                 **kwargs: Any) -> httpx.Response:
        headers = {"Authorization": f"Bearer {token}"} if token else None
        try:
            answer = self._http.request(method, path, headers=headers, **kwargs)
        except (httpx.TransportError, ssl.SSLError) as exc:
            # Refused, reset, DNS, TLS failures and timeouts alike: the data waits locally.
            raise ServerUnreachable(detail=f"{method} {self.base_url}{path}: {exc!r}",
                                    url=self.base_url) from exc
        if answer.is_success:
            return answer
        detail = f"{method} {path}: HTTP {answer.status_code} {answer.text[:300]}"
        if answer.status_code >= 500:
            raise ServerFault(detail=detail, status=answer.status_code)
        if answer.status_code == 401:
            raise CredentialRejected(detail=detail)
        code, message = _server_refusal(answer)
        if code in REFUSALS:
            raise ServerRefused(REFUSALS[code], detail=detail)
        if message:
            raise ServerRefused(detail=detail, message=message)
        raise ServerRefused(
            QT_TRANSLATE_NOOP("gapura", "Server pusat menolak permintaan (kode {status}). "
                                        "Hubungi Admin TIK."),
            detail=detail, status=answer.status_code)


def _server_refusal(answer: httpx.Response) -> tuple[str, str]:
    """The `error` code and `message` of a refusal body; "" for what is missing."""
    try:
        body = answer.json()
    except ValueError:
        return "", ""
    if not isinstance(body, dict):
        return "", ""
    code, message = body.get("error"), body.get("message")
    return (code if isinstance(code, str) else "", message if isinstance(message, str) else "")
