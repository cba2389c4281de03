"""Upstream requests: case steps that wait for the Kanwil or the Ditjen (shared kind `approval`);
a delegation can be revoked; when each officer last looked at their new work; a case subject's
phone number for notifications; each case event keeps its step's start and due time (SLA).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store.models import UtcDateTime

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "upstream_requests",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("office_code", sa.String(32), nullable=False),
        sa.Column("workstation_id", sa.String(64), nullable=False),
        sa.Column("case_id", sa.String(36), nullable=False),
        sa.Column("case_number", sa.String(64), nullable=False),
        sa.Column("sop_code", sa.String(32), nullable=False),
        sa.Column("step_id", sa.String(64), nullable=False),
        sa.Column("party", sa.String(32), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("question", sa.String(300), nullable=False),
        sa.Column("answers", sa.String(300), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("requested_at", UtcDateTime(), nullable=False),
        sa.Column("requested_by", sa.String(64), nullable=False),
        sa.Column("answer", sa.String(64), nullable=False),
        sa.Column("decided_by", sa.String(200), nullable=False),
        sa.Column("reference", sa.String(200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("decided_at", UtcDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_upstream_requests")),
    )
    op.create_index("ix_upstream_requests_case", "upstream_requests", ["case_id", "step_id"])
    op.create_table(
        "work_seen",
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("seen_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("username", name=op.f("pk_work_seen")),
    )
    with op.batch_alter_table("delegations") as batch:
        batch.add_column(sa.Column("revoked_at", UtcDateTime(), nullable=True))
    with op.batch_alter_table("case_subjects") as batch:
        batch.add_column(sa.Column("phone", sa.String(20), nullable=False, server_default=""))
    with op.batch_alter_table("case_events") as batch:
        batch.add_column(sa.Column("step_started_at", UtcDateTime(), nullable=True))
        batch.add_column(sa.Column("due_at", UtcDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("case_events") as batch:
        batch.drop_column("due_at")
        batch.drop_column("step_started_at")
    with op.batch_alter_table("case_subjects") as batch:
        batch.drop_column("phone")
    with op.batch_alter_table("delegations") as batch:
        batch.drop_column("revoked_at")
    op.drop_table("work_seen")
    op.drop_index("ix_upstream_requests_case", table_name="upstream_requests")
    op.drop_table("upstream_requests")
