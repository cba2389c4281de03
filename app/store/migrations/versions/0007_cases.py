"""Case work: cases following an SOP, their subjects, history and attachments.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 10:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store.models import UtcDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("number", sa.String(64), nullable=False),
        sa.Column("office_code", sa.String(32), nullable=False),
        sa.Column("sop_code", sa.String(32), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("step_id", sa.String(64), nullable=False),
        sa.Column("step_role", sa.String(32), nullable=False),
        sa.Column("assignee", sa.String(64), nullable=False),
        sa.Column("step_started_at", UtcDateTime(), nullable=False),
        sa.Column("due_at", UtcDateTime(), nullable=True),
        sa.Column("opened_at", UtcDateTime(), nullable=False),
        sa.Column("opened_by", sa.String(64), nullable=False),
        sa.Column("closed_at", UtcDateTime(), nullable=True),
        sa.Column("outcome", sa.String(64), nullable=False),
        sa.Column("prepared_by", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("number", name=op.f("uq_cases_number")),
    )
    op.create_index("ix_cases_queue", "cases", ["office_code", "status", "due_at"])
    op.create_index(op.f("ix_cases_sop_code"), "cases", ["sop_code"])
    op.create_index(op.f("ix_cases_opened_at"), "cases", ["opened_at"])
    op.create_table(
        "case_subjects",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("case_id", sa.String(36), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("full_name", sa.String(200), nullable=False),
        sa.Column("document_number", sa.String(20), nullable=False),
        sa.Column("nationality", sa.String(3), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"],
                                name=op.f("fk_case_subjects_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_subjects")),
    )
    for column in ("case_id", "full_name", "document_number"):
        op.create_index(op.f(f"ix_case_subjects_{column}"), "case_subjects", [column])
    op.create_table(
        "case_events",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("case_id", sa.String(36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("on_behalf_of", sa.String(64), nullable=False),
        sa.Column("step_id", sa.String(64), nullable=False),
        sa.Column("action", sa.String(24), nullable=False),
        sa.Column("answer", sa.String(64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"],
                                name=op.f("fk_case_events_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_events")),
    )
    op.create_index(op.f("ix_case_events_case_id"), "case_events", ["case_id"])
    op.create_table(
        "case_attachments",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("case_id", sa.String(36), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("content_type", sa.String(80), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", UtcDateTime(), nullable=False),
        sa.Column("added_by", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"],
                                name=op.f("fk_case_attachments_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_attachments")),
    )
    op.create_index(op.f("ix_case_attachments_case_id"), "case_attachments", ["case_id"])


def downgrade() -> None:
    for table in ("case_attachments", "case_events", "case_subjects", "cases"):
        op.drop_table(table)
