"""The FastAPI application of the reference central server (`/v1`)."""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Annotated, Literal

from fastapi import Depends, FastAPI, Path, Query, Request
from fastapi.responses import JSONResponse, Response
from fastapi.security import (
    HTTPAuthorizationCredentials,
    HTTPBasic,
    HTTPBasicCredentials,
    HTTPBearer,
)
from sqlalchemy import Row, func, select, text, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from app.auth.passwords import hash_password, verify_password
from app.auth.permissions import Role
from app.store.rows import within_bytes
from server.admin import token_key
from server.auth import (
    TokenClaims,
    TokenSigner,
    hash_secret,
    new_credential,
    normalize_code,
)
from server.db import Database, open_database
from server.errors import ApiError, record_id_conflict
from server.models import (
    Change,
    Document,
    EnrolmentCode,
    ReceivedRecord,
    SharedRecord,
    User,
    Workstation,
)
from server.records import apply_records
from server.schemas import (
    MAX_PULL_LIMIT,
    ConflictOut,
    EnrolRequest,
    EnrolResponse,
    ErrorBody,
    HealthResponse,
    OfficerTokenRequest,
    OfficerTokenResponse,
    PullResponse,
    PushRecord,
    PushRequest,
    PushResponse,
    QueueResponse,
    SharedRecordOut,
    TokenRequest,
    TokenResponse,
    VerifyRequest,
    VerifyResponse,
)

__all__ = ["ApiError", "create_app"]

log = logging.getLogger(__name__)

API_VERSION = "1"
TOKEN_TTL = timedelta(minutes=15)
PULL_PAGE_BYTES = 16 * 1024 * 1024  # fewer changes per page when payloads are large
Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _errors(*statuses: int) -> dict[int | str, dict]:
    return {status: {"model": ErrorBody} for status in statuses}


def _unauthorized(message: str) -> ApiError:
    return ApiError(401, "invalid_token", message, {"WWW-Authenticate": "Bearer"})


_bearer = HTTPBearer(auto_error=False)
_basic = HTTPBasic(auto_error=False)


def _database(request: Request) -> Database:
    return request.app.state.db


def _workstation(request: Request,
                 credentials: Annotated[HTTPAuthorizationCredentials | None,
                                        Depends(_bearer)]) -> TokenClaims:
    """The claims of the caller's bearer token; every query below is scoped by its office."""
    if credentials is None:
        raise _unauthorized("Permintaan tanpa token. Minta token baru lalu ulangi.")
    claims = request.app.state.signer.verify(credentials.credentials, request.app.state.clock())
    if claims is None:
        raise _unauthorized("Token tidak sah atau kedaluwarsa. Minta token baru lalu ulangi.")
    return claims


def _workstation_only(caller: Annotated[TokenClaims, Depends(_workstation)]) -> TokenClaims:
    """The caller's claims when it is a workstation token (not an officer's)."""
    if caller.is_officer:
        raise ApiError(403, "workstation_token_required",
                       "Permintaan ini memerlukan token workstation, bukan token petugas.")
    return caller


def _officer(caller: Annotated[TokenClaims, Depends(_workstation)]) -> TokenClaims:
    """The caller's claims when it is an officer token (`POST /v1/officer-token`)."""
    if not caller.is_officer:
        raise ApiError(403, "officer_token_required",
                       "Permintaan ini memerlukan token petugas. Masuk sebagai petugas lalu "
                       "ulangi.")
    return caller


Db = Annotated[Database, Depends(_database)]
Caller = Annotated[TokenClaims, Depends(_workstation)]
WorkstationCaller = Annotated[TokenClaims, Depends(_workstation_only)]
Officer = Annotated[TokenClaims, Depends(_officer)]

QueueName = Literal["referrals", "approvals", "print_jobs"]


@dataclass(frozen=True)
class QueueRule:
    """Which shared records a queue lists, and which roles work it."""

    entity_type: str
    statuses: frozenset[str]
    roles: frozenset[str]


QUEUES: dict[str, QueueRule] = {
    "referrals": QueueRule("referral", frozenset({"open", "in_progress"}),
                           frozenset({Role.SUPERVISOR.value})),
    "approvals": QueueRule("case", frozenset({"waiting_approval"}),
                           frozenset({Role.SECTION_HEAD.value, Role.OFFICE_HEAD.value})),
    "print_jobs": QueueRule("print_job", frozenset({"queued", "failed"}),
                            frozenset({Role.PRINT_OPERATOR.value})),
}
_BAD_OFFICER = "Nama pengguna atau kata sandi salah, atau akun tidak aktif di kantor ini."
BasicAuth = Annotated[HTTPBasicCredentials | None, Depends(_basic)]


def create_app(database_url: str | None = None, *, clock: Clock | None = None,
               token_ttl: timedelta = TOKEN_TTL) -> FastAPI:
    """The server application. The database opens (and is migrated) when the server starts,
    so building the app alone (for the OpenAPI document) touches nothing.

    Args:
        database_url: a SQLAlchemy URL or a SQLite file path; None means `DATABASE_URL`, else
            the instance's `gapura-server.sqlite`.
        clock: the aware-UTC time source (tests move it forward to expire tokens).
        token_ttl: how long a bearer token is valid.
    """
    now = clock or _utc_now

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        db = open_database(database_url)
        app.state.db = db
        app.state.signer = TokenSigner(token_key(db))
        try:
            yield
        finally:
            db.close()

    app = FastAPI(title="Gapura central server", version=API_VERSION, lifespan=lifespan)
    app.state.clock = now

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse({"error": exc.code, "message": exc.message},
                            status_code=exc.status, headers=exc.headers)

    @app.get("/v1/health", response_model=HealthResponse,
             responses={503: {"model": HealthResponse}})
    def health(db: Db) -> HealthResponse | JSONResponse:
        try:
            with db.read() as session:
                session.execute(text("SELECT 1"))
        except SQLAlchemyError as exc:
            log.error("health check: database unreachable: %s", exc)
            return JSONResponse({"status": "error", "database": "error"}, status_code=503)
        return HealthResponse(status="ok", database="ok")

    @app.post("/v1/enrol", response_model=EnrolResponse, responses=_errors(403, 409))
    def enrol(body: EnrolRequest, db: Db) -> EnrolResponse:
        """Trade a one-time enrolment code for this workstation's credential."""
        at = now()
        credential = new_credential()
        with db.write() as session:
            code = session.get(EnrolmentCode, hash_secret(normalize_code(body.code)))
            if code is None or code.used_at is not None or code.expires_at <= at:
                raise ApiError(403, "invalid_enrolment_code",
                               "Kode pendaftaran tidak dikenal, sudah dipakai, atau kedaluwarsa. "
                               "Minta kode baru kepada admin server.")
            # Mark it used only if nobody else did meanwhile: a code enrols one workstation.
            claimed = session.execute(
                update(EnrolmentCode)
                .where(EnrolmentCode.code_hash == code.code_hash,
                       EnrolmentCode.used_at.is_(None))
                .values(used_at=at, workstation_id=body.workstation_id)).rowcount
            if claimed != 1:
                raise ApiError(403, "invalid_enrolment_code",
                               "Kode pendaftaran sudah dipakai. Minta kode baru kepada admin "
                               "server.")
            existing = session.get(Workstation, body.workstation_id)
            if existing is not None and existing.office_code != code.office_code:
                raise ApiError(409, "workstation_in_other_office",
                               "Workstation ini sudah terdaftar di kantor lain. Hubungi admin "
                               "server.")
            if existing is None:
                session.add(Workstation(id=body.workstation_id, office_code=code.office_code,
                                        credential_hash=hash_secret(credential),
                                        enrolled_at=at))
            else:  # re-enrolment in the same office replaces a lost credential
                existing.credential_hash = hash_secret(credential)
                existing.enrolled_at = at
            office_code = code.office_code
        log.info("workstation %s enrolled in office %s", body.workstation_id, office_code)
        return EnrolResponse(workstation_id=body.workstation_id, office_code=office_code,
                             credential=credential)

    @app.post("/v1/token", response_model=TokenResponse, responses=_errors(401))
    def token(request: Request, db: Db,
              basic_auth: BasicAuth,
              body: TokenRequest | None = None) -> TokenResponse:
        """A short-lived bearer token for an enrolled workstation (HTTP Basic or JSON body)."""
        if basic_auth is not None:
            workstation_id, credential = basic_auth.username, basic_auth.password
        elif body is not None:
            workstation_id, credential = body.workstation_id, body.credential
        else:
            raise ApiError(401, "invalid_credential",
                           "Kredensial workstation tidak dikirim.",
                           {"WWW-Authenticate": "Basic"})
        with db.read() as session:
            found = session.get(Workstation, workstation_id)
            office_code = found.office_code if found else ""
            stored = found.credential_hash if found else ""
        if not found or not hmac.compare_digest(stored, hash_secret(credential)):
            raise ApiError(401, "invalid_credential",
                           "Kredensial workstation salah atau workstation belum terdaftar. "
                           "Daftarkan ulang workstation dengan kode dari admin server.",
                           {"WWW-Authenticate": "Basic"})
        expires_at = now() + token_ttl
        access = request.app.state.signer.issue(
            TokenClaims(workstation_id, office_code, expires_at))
        return TokenResponse(access_token=access, expires_at=expires_at)

    @app.post("/v1/push", response_model=PushResponse, responses=_errors(401, 409))
    def push(batch: PushRequest, caller: Caller, db: Db) -> PushResponse:
        """Store outbox records once each (idempotent by record id) for the caller's office."""
        unique: dict[str, PushRecord] = {}
        for record in batch.records:  # the first of a repeated id wins; batch order is kept
            unique.setdefault(record.id, record)
        repeated = len(batch.records) - len(unique)
        for attempt in (1, 2):
            try:
                stored, conflicts = _store_records(db, caller, unique, now())
            except IntegrityError:
                # Another request stored some of these ids between our read and insert;
                # the second attempt sees them as duplicates.
                if attempt == 2:
                    raise
                continue
            return PushResponse(accepted=stored, duplicates=len(unique) - stored + repeated,
                                conflicts=conflicts)
        raise AssertionError("unreachable")

    @app.get("/v1/pull", response_model=PullResponse, responses=_errors(401))
    def pull(caller: Caller, db: Db, cursor: Annotated[int, Query(ge=0)] = 0,
             limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = 500) -> Response:
        """Reference changes after `cursor` for every office or the caller's, oldest first."""
        with db.read() as session:
            rows = session.execute(
                select(Change.seq, Change.kind, Change.key, Change.office_code, Change.payload,
                       Change.deleted)
                # coalesce(): no index on office_code fits this filter, so the database walks
                # the primary key from the cursor and stops after one page. With `IS NULL OR
                # =`, SQLite gathered every later change through that index and sorted them:
                # each page cost the whole rest of the feed.
                .where(Change.seq > cursor,
                       func.coalesce(Change.office_code, "").in_(("", caller.office_code)))
                .order_by(Change.seq).limit(limit + 1)).all()
        page = within_bytes(rows[:limit], PULL_PAGE_BYTES)
        more = len(rows) > len(page)
        return Response(pull_body(page, page[-1].seq if page else cursor, more),
                        media_type="application/json")

    @app.post("/v1/officer-token", response_model=OfficerTokenResponse,
              responses=_errors(401, 403))
    def officer_token(request: Request, body: OfficerTokenRequest, caller: WorkstationCaller,
                      db: Db) -> OfficerTokenResponse:
        """A short-lived token for an officer of the caller's office, for endpoints that act
        as a person; the same answer for an unknown user, a wrong password, a disabled
        account and another office's user."""
        with db.read() as session:
            user = session.scalar(select(User).where(User.username == body.username))
        if user is not None and (user.disabled or user.office_code != caller.office_code):
            user = None
        # Verify even without a usable account, so timing does not tell which case it was.
        matches = verify_password(user.password_hash if user else _dummy_hash(), body.password)
        if user is None or not matches:
            log.info("officer token refused for %r at %s", body.username, caller.workstation_id)
            raise ApiError(401, "invalid_officer_credentials", _BAD_OFFICER)
        roles = tuple(user.role_codes)
        expires_at = now() + token_ttl
        access = request.app.state.signer.issue(TokenClaims(
            caller.workstation_id, caller.office_code, expires_at, user.username, roles))
        return OfficerTokenResponse(access_token=access, expires_at=expires_at,
                                    username=user.username, roles=list(roles))

    @app.get("/v1/queues/{queue}", response_model=QueueResponse,
             responses=_errors(401, 403))
    def queue(queue: Annotated[QueueName, Path()], caller: Officer, db: Db) -> QueueResponse:
        """The office's open shared records of one queue, oldest change first (officer token
        with a role that works the queue)."""
        rule = QUEUES[queue]
        if not rule.roles & set(caller.roles):
            raise ApiError(403, "forbidden",
                           f"Peran Anda tidak menangani antrean ini ({queue}).")
        with db.read() as session:
            rows = session.scalars(
                select(SharedRecord)
                .where(SharedRecord.office_code == caller.office_code,
                       SharedRecord.entity_type == rule.entity_type,
                       SharedRecord.status.in_(sorted(rule.statuses)))
                .order_by(SharedRecord.updated_at, SharedRecord.entity_id)).all()
        return QueueResponse(queue=queue, records=[
            SharedRecordOut(entity_type=r.entity_type, entity_id=r.entity_id, version=r.version,
                            workstation_id=r.workstation_id, row=json.loads(r.payload),
                            updated_at=r.updated_at) for r in rows])

    @app.post("/v1/documents/verify", response_model=VerifyResponse, responses=_errors(401))
    def verify_document(body: VerifyRequest, _caller: Caller, db: Db) -> VerifyResponse:
        """Whether a document is genuine: `valid`, `voided`, or `unknown` (also when the hash
        does not match, so that nothing is revealed without the document itself)."""
        with db.read() as session:
            document = session.get(Document, body.number)
        if document is None or not hmac.compare_digest(document.sha256,
                                                       body.sha256.strip().lower()):
            return VerifyResponse(status="unknown")
        return VerifyResponse(status="voided" if document.voided_at else "valid",
                              template=document.template, office_code=document.office_code,
                              issued_at=document.issued_at)

    return app


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return hash_password(new_credential())


def pull_body(rows: Sequence[Row], cursor: int, more: bool) -> str:
    """The `PullResponse` JSON of `rows`, written directly: each stored payload is already
    compact JSON (publish_change wrote it), so it is spliced in, not parsed and dumped again.
    A page of 5000 watch-list entries costs milliseconds instead of a pydantic round trip."""
    dumps = json.dumps
    changes = ",".join(
        f'{{"seq":{seq},"kind":{dumps(kind)},"key":{dumps(key)},'
        f'"office_code":{dumps(office)},"payload":{payload},'
        f'"deleted":{"true" if deleted else "false"}}}'
        for seq, kind, key, office, payload, deleted in rows)
    return f'{{"changes":[{changes}],"cursor":{cursor},"more":{"true" if more else "false"}}}'


def _store_records(db: Database, caller: TokenClaims, records: dict[str, PushRecord],
                   at: datetime) -> tuple[int, list[ConflictOut]]:
    """Insert the records not stored yet and apply them (shared records, documents); how many
    were new and which shared records of them lost to a newer server version.

    Raises:
        ApiError: 409 when an id is already stored for another office (its content is not
            revealed, and nothing of the batch is stored); 422 for a malformed shared or
            document record.
    """
    with db.write() as session:
        existing = dict(session.execute(
            select(ReceivedRecord.id, ReceivedRecord.office_code)
            .where(ReceivedRecord.id.in_(list(records)))).all())
        foreign = sorted(rid for rid, office in existing.items() if office != caller.office_code)
        if foreign:
            log.warning("workstation %s (office %s) pushed %d record id(s) of another office",
                        caller.workstation_id, caller.office_code, len(foreign))
            raise record_id_conflict()
        new = [record for rid, record in records.items() if rid not in existing]
        session.add_all(
            ReceivedRecord(id=r.id, office_code=caller.office_code,
                           workstation_id=caller.workstation_id, entity_type=r.entity_type,
                           entity_id=r.entity_id, operation=r.operation,
                           payload=json.dumps(r.payload, ensure_ascii=False, sort_keys=True,
                                              separators=(",", ":")),
                           created_at=r.created_at, received_at=at)
            for r in new)
        session.flush()
        conflicts = apply_records(session, caller, new, at)
    return len(new), conflicts
