"""Applicant notifications (issue 7): queue a text, send it through the messaging gateway.

`queue` renders a template (app.messaging.templates) for a normalised phone number and stores
it with its audit event. `dispatch` sends the due messages: it claims them in one transaction,
talks to the gateway outside any transaction (a slow gateway never holds the database), then
records each outcome with its audit event. A retryable failure is tried again after 1, 5, 15
and 60 minutes; the fifth failed attempt, or a refusal, leaves the message `failed` until an
officer puts it back with `retry`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from app.auth.permissions import Actor, Permission, require
from app.errors import NotFoundError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.messaging.gateway import Channel, GatewayError, MessageGateway, OutgoingMessage
from app.messaging.phone import normalise_phone
from app.messaging.templates import render
from app.services.base import ServiceContext, UnitOfWork
from app.store.messaging_models import ApplicantMessage
from app.store.models import new_id

log = logging.getLogger(__name__)

QUEUED, SENT, FAILED = "queued", "sent", "failed"
STATUSES = (QUEUED, SENT, FAILED)
MAX_ATTEMPTS = 5
BACKOFF = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=15),
           timedelta(minutes=60))  # after the 1st, 2nd, 3rd and 4th failed attempt
# A claimed message is not picked again for this long: should the dispatcher die while it
# talks to the gateway, the message goes out later rather than never (or twice at once).
CLAIM = timedelta(minutes=10)


@dataclass(frozen=True)
class MessageInfo:
    id: str
    case_id: str | None
    template: str
    channel: str
    recipient: str
    text: str
    status: str
    attempts: int
    last_error: str
    next_attempt_at: datetime | None
    created_at: datetime
    created_by: str
    sent_at: datetime | None
    gateway_message_id: str


@dataclass(frozen=True)
class DispatchResult:
    sent: tuple[MessageInfo, ...]
    rescheduled: tuple[MessageInfo, ...]  # a retryable failure: tried again later
    failed: tuple[MessageInfo, ...]  # refused, or out of attempts


def _info(row: ApplicantMessage) -> MessageInfo:
    return MessageInfo(row.id, row.case_id, row.template, row.channel, row.recipient, row.text,
                       row.status, row.attempts, row.last_error, row.next_attempt_at,
                       row.created_at, row.created_by, row.sent_at, row.gateway_message_id)


def _permission(actor: Actor, *options: Permission) -> Permission:
    """The first of `options` the actor holds; PermissionDenied naming the first otherwise."""
    for permission in options:
        if actor.can(permission):
            return permission
    require(actor, options[0])
    raise AssertionError("unreachable")


def _channel(value: str) -> Channel:
    try:
        return Channel(value)
    except ValueError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("gapura", "Saluran pesan {channel} tidak dikenal (whatsapp atau "
                                        "sms)."),
            detail=f"unknown channel {value!r}", channel=value, field="saluran") from exc


class MessagingService:
    def __init__(self, context: ServiceContext, gateway: MessageGateway) -> None:
        self._ctx = context
        self.gateway = gateway

    def queue(self, actor: Actor, template: str, recipient: str, channel: str | Channel,
              fields: Mapping[str, object], case_id: str | None = None) -> MessageInfo:
        """Render `template` with `fields` (the office name is added unless given) for
        `recipient` and queue it for the next dispatch.

        Raises:
            PermissionDenied: the actor may not work on cases.
            ValidationError: a bad number or channel, a missing field, a text too long.
            NotFoundError: no such template.
        """
        require(actor, Permission.CASES_WORK)
        with self._ctx.change(actor, Permission.CASES_WORK) as uow:
            return self.queue_in(uow, template, recipient, channel, fields, case_id)

    def queue_in(self, uow: UnitOfWork, template: str, recipient: str,
                 channel: str | Channel, fields: Mapping[str, object],
                 case_id: str | None = None) -> MessageInfo:
        """`queue` inside the caller's unit of work (a case step that tells the applicant):
        the message is queued only if the caller's change commits."""
        chosen = _channel(str(channel))
        number = normalise_phone(recipient)
        text = render(template, {"office": self._ctx.config["office.name"], **fields})
        now = self._ctx.clock()
        row = ApplicantMessage(
            id=new_id(), office_code=uow.actor.office_code, case_id=case_id or None,
            template=template, channel=str(chosen), recipient=number, text=text,
            status=QUEUED, attempts=0, last_error="", next_attempt_at=now, created_at=now,
            created_by=uow.actor.username, gateway_message_id="")
        uow.session.add(row)
        uow.audit("message.queued", "applicant_message", row.id,
                  after={"template": template, "channel": row.channel, "to": number,
                         "case_id": row.case_id})
        uow.session.flush()
        return _info(row)

    def dispatch(self, actor: Actor, limit: int = 50) -> DispatchResult:
        """Send up to `limit` due messages of the actor's office through the gateway.

        Officers working on cases may send now; the background sender and the admin's
        command line act under the sync permission (sending queued data out).
        """
        permission = _permission(actor, Permission.CASES_WORK, Permission.SYNC_RUN)
        claimed = self._claim(actor, permission, limit)
        sent, rescheduled, failed = [], [], []
        for message in claimed:
            try:
                delivery = self.gateway.send(message)
            except GatewayError as error:
                log.warning("message %s to %s not sent: %s", message.id, message.to,
                            error.detail or error.user_message)
                info = self._failed(actor, permission, message.id, error)
                (rescheduled if info.status == QUEUED else failed).append(info)
                continue
            sent.append(self._sent(actor, permission, message.id, delivery.gateway_message_id,
                                   delivery.accepted_at))
        return DispatchResult(tuple(sent), tuple(rescheduled), tuple(failed))

    def _claim(self, actor: Actor, permission: Permission,
               limit: int) -> list[OutgoingMessage]:
        now = self._ctx.clock()
        with self._ctx.change(actor, permission) as uow:
            rows = uow.session.scalars(
                select(ApplicantMessage)
                .where(ApplicantMessage.office_code == actor.office_code,
                       ApplicantMessage.status == QUEUED,
                       ApplicantMessage.next_attempt_at <= now)
                .order_by(ApplicantMessage.next_attempt_at, ApplicantMessage.created_at)
                .limit(limit)).all()
            for row in rows:
                row.attempts += 1
                row.next_attempt_at = now + CLAIM
            return [OutgoingMessage(r.id, Channel(r.channel), r.recipient, r.text) for r in rows]

    def _sent(self, actor: Actor, permission: Permission, message_id: str,
              gateway_message_id: str, accepted_at: datetime) -> MessageInfo:
        with self._ctx.change(actor, permission) as uow:
            row = uow.session.get_one(ApplicantMessage, message_id)
            # Gapura's clock, like every time in the store; the gateway's own is audited.
            row.status, row.sent_at, row.next_attempt_at = SENT, self._ctx.clock(), None
            row.gateway_message_id, row.last_error = gateway_message_id, ""
            uow.audit("message.sent", "applicant_message", row.id,
                      after={"attempts": row.attempts, "gateway_message_id": gateway_message_id,
                             "accepted_at": accepted_at})
            return _info(row)

    def _failed(self, actor: Actor, permission: Permission, message_id: str,
                error: GatewayError) -> MessageInfo:
        now = self._ctx.clock()
        with self._ctx.change(actor, permission) as uow:
            row = uow.session.get_one(ApplicantMessage, message_id)
            row.last_error = error.user_message
            if error.retryable and row.attempts < MAX_ATTEMPTS:
                row.next_attempt_at = now + BACKOFF[min(row.attempts, len(BACKOFF)) - 1]
                action = "message.rescheduled"
            else:
                row.status, row.next_attempt_at = FAILED, None
                action = "message.failed"
            uow.audit(action, "applicant_message", row.id,
                      after={"attempts": row.attempts, "retryable": error.retryable,
                             "error": error.detail or error.user_message,
                             "next_attempt_at": row.next_attempt_at})
            return _info(row)

    def messages(self, actor: Actor, case_id: str | None = None,
                 status: str | None = None) -> list[MessageInfo]:
        """The office's messages, newest first; of one case and/or in one status."""
        permission = _permission(actor, Permission.CASES_WORK, Permission.AUDIT_VIEW)
        if status is not None and status not in STATUSES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("gapura", "Status pesan {status} tidak dikenal."),
                detail=f"unknown message status {status!r}", status=status)
        query = select(ApplicantMessage).where(
            ApplicantMessage.office_code == actor.office_code)
        if case_id is not None:
            query = query.where(ApplicantMessage.case_id == case_id)
        if status is not None:
            query = query.where(ApplicantMessage.status == status)
        with self._ctx.query(actor, permission) as session:
            rows = session.scalars(query.order_by(ApplicantMessage.created_at.desc(),
                                                  ApplicantMessage.id)).all()
            return [_info(row) for row in rows]

    def retry(self, actor: Actor, message_id: str) -> MessageInfo:
        """Put a failed message back in the queue, due now, with its attempts counted anew."""
        with self._ctx.change(actor, Permission.CASES_WORK) as uow:
            row = uow.session.get(ApplicantMessage, message_id)
            if row is None or row.office_code != actor.office_code:
                raise NotFoundError(QT_TRANSLATE_NOOP("gapura", "Pesan tidak ditemukan."),
                                    detail=f"no applicant message {message_id!r}")
            if row.status != FAILED:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Hanya pesan yang gagal yang dapat dikirim "
                                                "ulang (status pesan ini: {status})."),
                    detail=f"retry of a {row.status} message", status=row.status)
            before = {"status": row.status, "attempts": row.attempts}
            row.status, row.attempts, row.next_attempt_at = QUEUED, 0, self._ctx.clock()
            uow.audit("message.requeued", "applicant_message", row.id, before=before,
                      after={"status": QUEUED})
            return _info(row)

    def close(self) -> None:
        self.gateway.close()


