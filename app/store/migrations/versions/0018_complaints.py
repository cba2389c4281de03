"""Complaints and Lada Tunggu reports (issue 11), and the duty roster of the weekend team.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03 15:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store.models import UtcDateTime

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "complaints",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("office_code", sa.String(32), nullable=False),
        sa.Column("case_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("channel_reference", sa.String(100), nullable=False),
        sa.Column("received_at", UtcDateTime(), nullable=False),
        sa.Column("received_by", sa.String(64), nullable=False),
        sa.Column("lada_tunggu", sa.Boolean(), nullable=False),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("reporter_name", sa.String(200), nullable=False),
        sa.Column("reporter_phone", sa.String(20), nullable=False),
        sa.Column("reporter_email", sa.String(200), nullable=False),
        sa.Column("reporter_address", sa.Text(), nullable=False),
        sa.Column("subject_kind", sa.String(16), nullable=False),
        sa.Column("subject_name", sa.String(200), nullable=False),
        sa.Column("subject_nationality", sa.String(60), nullable=False),
        sa.Column("subject_detail", sa.Text(), nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("duplicates", sa.Text(), nullable=False),
        sa.Column("duplicate_of", sa.String(36), nullable=False),
        sa.Column("incident_report_id", sa.String(36), nullable=False),
        sa.Column("incident_report_number", sa.String(80), nullable=False),
        sa.Column("order_id", sa.String(36), nullable=False),
        sa.Column("order_number", sa.String(80), nullable=False),
        sa.Column("order_officers", sa.Text(), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("checked_at", UtcDateTime(), nullable=True),
        sa.Column("violation", sa.Boolean(), nullable=False),
        sa.Column("activity_reports", sa.Text(), nullable=False),
        sa.Column("follow_up", sa.String(24), nullable=False),
        sa.Column("follow_up_note", sa.Text(), nullable=False),
        sa.Column("founded", sa.Boolean(), nullable=True),
        sa.Column("assessment", sa.Text(), nullable=False),
        sa.Column("section_concerned", sa.String(150), nullable=False),
        sa.Column("bap_number", sa.String(80), nullable=False),
        sa.Column("outcome", sa.String(24), nullable=False),
        sa.Column("outcome_note", sa.Text(), nullable=False),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("reply_id", sa.String(36), nullable=False),
        sa.Column("reply_number", sa.String(80), nullable=False),
        sa.Column("reply_text", sa.Text(), nullable=False),
        sa.Column("answered_at", UtcDateTime(), nullable=True),
        sa.Column("answered_via", sa.String(16), nullable=False),
        sa.Column("kanwil_reference", sa.String(150), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"],
                                name=op.f("fk_complaints_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaints")),
        sa.UniqueConstraint("case_id", name=op.f("uq_complaints_case_id")),
    )
    op.create_index("ix_complaints_received", "complaints", ["office_code", "received_at"])
    op.create_table(
        "duty_roster",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("office_code", sa.String(32), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("note", sa.String(200), nullable=False),
        sa.Column("assigned_by", sa.String(64), nullable=False),
        sa.Column("assigned_at", UtcDateTime(), nullable=False),
        sa.Column("removed_at", UtcDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duty_roster")),
        sa.UniqueConstraint("office_code", "day", "role", "username",
                            name=op.f("uq_duty_roster_office_code")),
    )
    op.create_index(op.f("ix_duty_roster_day"), "duty_roster", ["day"])


def downgrade() -> None:
    op.drop_table("duty_roster")
    op.drop_table("complaints")
