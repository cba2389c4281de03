"""Request and response bodies of the `/v1` API."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, Field

MAX_PUSH_RECORDS = 1000
MAX_PULL_LIMIT = 5000


class ErrorBody(BaseModel):
    error: str = Field(description="machine-readable code, e.g. `invalid_token`")
    message: str = Field(description="Indonesian text for the officer or admin")


class EnrolRequest(BaseModel):
    code: str = Field(min_length=1, max_length=64)
    workstation_id: str = Field(min_length=1, max_length=64)


class EnrolResponse(BaseModel):
    workstation_id: str
    office_code: str
    credential: str = Field(description="keep it secret; the server stores only its hash")


class TokenRequest(BaseModel):
    workstation_id: str = Field(min_length=1, max_length=64)
    credential: str = Field(min_length=1, max_length=200)


class TokenResponse(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_at: datetime


class PushRecord(BaseModel):
    id: str = Field(min_length=1, max_length=64, description="the workstation's outbox id")
    entity_type: str = Field(min_length=1, max_length=64)
    entity_id: str = Field(min_length=1, max_length=64)
    operation: str = Field(min_length=1, max_length=32)
    payload: dict[str, Any]
    created_at: AwareDatetime


class PushRequest(BaseModel):
    records: list[PushRecord] = Field(max_length=MAX_PUSH_RECORDS)


class ConflictOut(BaseModel):
    record_id: str = Field(description="the pushed outbox record that lost")
    entity_type: str
    entity_id: str
    server_version: int = Field(description="the version the server kept")


class PushResponse(BaseModel):
    accepted: int = Field(description="records stored by this request")
    duplicates: int = Field(description="records already stored (or repeated in the batch)")
    conflicts: list[ConflictOut] = Field(
        default_factory=list,
        description="shared records of this request that lost to a newer server version")


class OfficerTokenRequest(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=200)


class OfficerTokenResponse(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_at: datetime
    username: str
    roles: list[str]


class SharedRecordOut(BaseModel):
    entity_type: str
    entity_id: str
    version: int
    workstation_id: str = Field(description="who wrote this version")
    row: dict[str, Any]
    updated_at: datetime


class QueueResponse(BaseModel):
    queue: str
    records: list[SharedRecordOut]


class VerifyRequest(BaseModel):
    number: str = Field(min_length=1, max_length=64)
    sha256: str = Field(min_length=1, max_length=128)


class VerifyResponse(BaseModel):
    status: Literal["valid", "voided", "unknown"]
    template: str | None = None
    office_code: str | None = None
    issued_at: datetime | None = None


class ChangeOut(BaseModel):
    seq: int
    kind: str
    key: str
    office_code: str | None
    payload: dict[str, Any]
    deleted: bool


class PullResponse(BaseModel):
    changes: list[ChangeOut]
    cursor: int = Field(description="pass it back as `cursor` for the next page")
    more: bool


class HealthResponse(BaseModel):
    status: str
    database: str
