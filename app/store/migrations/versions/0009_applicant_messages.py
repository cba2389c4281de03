"""Applicant messages: WhatsApp/SMS notifications queued for the messaging gateway.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 11:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store.models import UtcDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "applicant_messages",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("office_code", sa.String(32), nullable=False),
        sa.Column("case_id", sa.String(36), nullable=True),
        sa.Column("template", sa.String(64), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("recipient", sa.String(16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("next_attempt_at", UtcDateTime(), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("sent_at", UtcDateTime(), nullable=True),
        sa.Column("gateway_message_id", sa.String(128), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_applicant_messages")),
    )
    op.create_index("ix_applicant_messages_due", "applicant_messages",
                    ["status", "next_attempt_at"])
    op.create_index(op.f("ix_applicant_messages_case_id"), "applicant_messages", ["case_id"])
    op.create_index(op.f("ix_applicant_messages_created_at"), "applicant_messages",
                    ["created_at"])


def downgrade() -> None:
    op.drop_table("applicant_messages")
