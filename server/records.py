"""What a push does beyond storing the records: shared office records and issued documents.

Shared records (referrals, print jobs, cases, approvals) are versioned, "server wins, loser kept for
review" (decision 0009); `document` records (`issue`, `void`) feed document verification.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from server.admin import lock_changes, publish_change
from server.auth import TokenClaims
from server.errors import ApiError, record_id_conflict
from server.models import Conflict, Document, SharedRecord
from server.schemas import ConflictOut, PushRecord

log = logging.getLogger(__name__)

# A case travels with its subjects and history; attachments once each; `approval` is a case
# step waiting for the Kanwil or the Ditjen (server/upstream.py).
SHARED_TYPES = frozenset({"referral", "print_job", "case", "case_attachment", "delegation",
                          "approval", "permit_application", "passport_application",
                          "queue_booking", "queue_ticket", "blank_batch", "passport_blank",
                          "detention_room", "detainee",
                          "complaint", "duty_roster"})
DOCUMENT_TYPE = "document"
# An entry a workstation put on a watch list within one of its changes (a passport reported
# lost or revoked, an approved penangkalan): published to every office's counters.
WATCH_TYPE = "watch_entry"
WATCH_FIELDS = ("list_name", "full_name", "action")
STATUS_LENGTH = 32


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _invalid(record: PushRecord, what: str) -> ApiError:
    log.warning("push refused: record %s (%s) %s", record.id, record.entity_type, what)
    return ApiError(422, "invalid_record",
                    f"Rekaman {record.id} ({record.entity_type}) tidak sah: {what}. Kiriman "
                    "ditolak seluruhnya; perbarui aplikasi workstation.")


def _check(record: PushRecord) -> None:
    """Refuse (422, whole batch) a shared or document record not shaped per decision 0009."""
    payload = record.payload
    if record.entity_type in SHARED_TYPES:
        base = payload.get("base_version")
        if not isinstance(payload.get("row"), dict):
            raise _invalid(record, "payload tanpa objek 'row'")
        if not isinstance(base, int) or isinstance(base, bool) or base < 0:
            raise _invalid(record, "'base_version' bukan bilangan bulat >= 0")
    elif record.entity_type == WATCH_TYPE:
        from app.domain.screening import WatchAction, WatchList

        missing = [f for f in WATCH_FIELDS if not isinstance(payload.get(f), str)
                   or not payload[f]]
        if missing or not isinstance(payload.get("document_numbers", []), list):
            raise _invalid(record, "kolom kosong atau bukan teks: " + ", ".join(missing))
        if payload["list_name"] not in set(WatchList) or payload["action"] not in set(
                WatchAction):
            raise _invalid(record, f"daftar {payload['list_name']!r} atau tindakan "
                                   f"{payload['action']!r} tidak dikenal")
    elif record.entity_type == DOCUMENT_TYPE:
        if record.operation not in ("issue", "void"):
            return  # other document operations are stored only
        fields = ("number", "template", "sha256", "issued_at") if record.operation == "issue" \
            else ("number",)
        missing = [f for f in fields if not isinstance(payload.get(f), str) or not payload[f]]
        if missing:
            raise _invalid(record, "kolom kosong atau bukan teks: " + ", ".join(missing))
        if record.operation == "issue" and _datetime(payload["issued_at"]) is None:
            raise _invalid(record, "'issued_at' bukan waktu ISO 8601 dengan zona")


def _datetime(text: str) -> datetime | None:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    return value if value.tzinfo is not None else None


def apply_records(session: Session, caller: TokenClaims, records: Sequence[PushRecord],
                  at: datetime) -> list[ConflictOut]:
    """Apply the records newly stored by a push, in batch order; the conflicts it lost.

    Raises:
        ApiError: 422 for a malformed shared or document record, 409 for an entity of another
            office; the caller's transaction then stores nothing of the batch.
    """
    for record in records:
        _check(record)
    conflicts: list[ConflictOut] = []
    if any(r.entity_type in SHARED_TYPES for r in records):
        lock_changes(session)  # versions are read and bumped by one writer at a time
    for record in records:
        if record.entity_type in SHARED_TYPES:
            lost = _apply_shared(session, caller, record, at)
            if lost is not None:
                conflicts.append(lost)
        elif record.entity_type == DOCUMENT_TYPE:
            _apply_document(session, caller, record)
        elif record.entity_type == WATCH_TYPE:
            log.info("watch entry %s listed by %s (%s)", record.entity_id,
                     caller.workstation_id, record.payload.get("reference", ""))
            publish_change(session, WATCH_TYPE, record.entity_id, record.payload, at)
    return conflicts


def _apply_shared(session: Session, caller: TokenClaims, record: PushRecord,
                  at: datetime) -> ConflictOut | None:
    row: dict[str, Any] = record.payload["row"]
    base: int = record.payload["base_version"]
    current = session.get(SharedRecord, (record.entity_type, record.entity_id))
    if current is not None and current.office_code != caller.office_code:
        raise record_id_conflict()
    if current is None:
        current = SharedRecord(entity_type=record.entity_type, entity_id=record.entity_id,
                               office_code=caller.office_code, version=1)
        session.add(current)
    elif base == current.version or current.workstation_id == caller.workstation_id:
        # Based on the newest version, or the writer's own edits arriving in order.
        current.version += 1
    else:
        session.add(Conflict(id=record.id, office_code=caller.office_code,
                             entity_type=record.entity_type, entity_id=record.entity_id,
                             server_version=current.version,
                             workstation_id=caller.workstation_id, payload=_json(row),
                             received_at=at))
        log.info("conflict: %s %s from %s based on v%d, server has v%d", record.entity_type,
                 record.entity_id, caller.workstation_id, base, current.version)
        return ConflictOut(record_id=record.id, entity_type=record.entity_type,
                           entity_id=record.entity_id, server_version=current.version)
    current.workstation_id = caller.workstation_id
    current.status = str(row.get("status") or "")[:STATUS_LENGTH]
    current.payload = _json(row)
    current.updated_at = at
    session.flush()
    publish_change(session, record.entity_type, record.entity_id,
                   {"version": current.version, "workstation_id": caller.workstation_id,
                    "row": row}, at, office_code=caller.office_code)
    return None


def _apply_document(session: Session, caller: TokenClaims, record: PushRecord) -> None:
    payload = record.payload
    if record.operation not in ("issue", "void"):
        return
    document = session.get(Document, payload["number"])
    if document is not None and document.office_code != caller.office_code:
        raise record_id_conflict()
    if record.operation == "issue":
        if document is None:
            document = Document(number=payload["number"], office_code=caller.office_code)
            session.add(document)
        document.template = payload["template"]
        document.sha256 = payload["sha256"].lower()
        document.issued_at = _datetime(payload["issued_at"])
    elif document is None:
        log.warning("void of unknown document %s from %s", payload["number"],
                    caller.workstation_id)
        return
    elif document.voided_at is None:
        document.voided_at = record.created_at
    session.flush()
