"""Decisions from beyond the office: the Kanwil's disposisi and the Ditjen's keputusan on a case
step (shared kind `approval`, decision 0015).

A workstation whose case reaches a step of the Kanwil or the Ditjen pushes an `approval` record
(`status` "pending", the step, its question and answers). The decision is recorded here, as a
new version of that record published to the office; the workstation that asked pulls it and
moves the case on (`CaseService.resolve_upstream`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from app.errors import NotFoundError, ValidationError
from server.admin import lock_changes, publish_change
from server.db import Database
from server.models import SharedRecord

KIND = "approval"
SERVER = "server"  # the writer of a version made on the server


@dataclass(frozen=True)
class UpstreamItem:
    id: str
    office_code: str
    version: int
    row: dict[str, Any]

    @property
    def answers(self) -> tuple[str, ...]:
        text = str(self.row.get("answers") or "")
        return tuple(text.split("|")) if text else ()


def pending(db: Database, *, office_code: str | None = None,
            party: str | None = None) -> list[UpstreamItem]:
    """Requests waiting for a decision, oldest first (by office and party when given)."""
    with db.read() as session:
        query = select(SharedRecord).where(SharedRecord.entity_type == KIND,
                                           SharedRecord.status == "pending")
        if office_code:
            query = query.where(SharedRecord.office_code == office_code)
        items = [_item(r) for r in session.scalars(query.order_by(SharedRecord.updated_at))]
    return [i for i in items if party in (None, i.row.get("party"))]


def decide(db: Database, now: datetime, request_id: str, *, answer: str, decided_by: str,
           reference: str, note: str = "") -> UpstreamItem:
    """Record the Kanwil's or the Ditjen's decision and publish it to the office.

    Raises:
        NotFoundError: no such request.
        ValidationError: already decided, an answer the step does not ask for (or one where it
            asks none), or no name of the deciding official or letter number.
    """
    if not decided_by.strip() or not reference.strip():
        raise ValidationError("Nama pejabat yang memutus dan nomor surat wajib diisi.",
                              detail="decided_by or reference empty")
    with db.write() as session:
        lock_changes(session)
        record = session.get(SharedRecord, (KIND, request_id))
        if record is None:
            raise NotFoundError("Permintaan {id} tidak ditemukan.",
                                detail=f"no approval {request_id}", id=request_id)
        item = _item(record)
        if record.status != "pending":
            raise ValidationError("Permintaan {id} sudah diputus.",
                                  detail=f"approval {request_id} is {record.status}",
                                  id=request_id)
        answer = answer.strip()
        if item.answers and answer not in item.answers:
            raise ValidationError("Jawaban untuk “{question}” harus salah satu dari: {answers}.",
                                  detail=f"answer {answer!r} not in {item.answers}",
                                  question=item.row.get("question", ""),
                                  answers=", ".join(item.answers))
        if not item.answers and answer:
            raise ValidationError("Langkah ini tidak menanyakan jawaban; cukup catat pejabat "
                                  "dan nomor surat.", detail=f"answer {answer!r} to no question")
        row = {**item.row, "status": "decided", "answer": answer,
               "decided_by": " ".join(decided_by.split()), "reference": reference.strip(),
               "note": note.strip(), "decided_at": now.isoformat()}
        record.version += 1
        record.workstation_id = SERVER
        record.status = "decided"
        record.payload = json.dumps(row, ensure_ascii=False, sort_keys=True,
                                    separators=(",", ":"))
        record.updated_at = now
        session.flush()
        publish_change(session, KIND, request_id,
                       {"version": record.version, "workstation_id": SERVER, "row": row}, now,
                       office_code=record.office_code)
        return _item(record)


def _item(record: SharedRecord) -> UpstreamItem:
    return UpstreamItem(record.entity_id, record.office_code, record.version,
                        json.loads(record.payload))
