"""The passport office's queue (issue 9 point 1): M-Paspor bookings and queue tickets.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store.models import UtcDateTime

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "queue_bookings",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("office_code", sa.String(32), nullable=False),
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("service_date", sa.Date(), nullable=False),
        sa.Column("applicant_name", sa.String(200), nullable=False),
        sa.Column("nik", sa.String(16), nullable=False),
        sa.Column("service", sa.String(32), nullable=False),
        sa.Column("slot", sa.String(16), nullable=False),
        sa.Column("added_at", UtcDateTime(), nullable=False),
        sa.Column("added_by", sa.String(64), nullable=False),
        sa.Column("checked_in_at", UtcDateTime(), nullable=True),
        sa.Column("ticket_id", sa.String(36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_queue_bookings")),
        sa.UniqueConstraint("office_code", "code", name=op.f("uq_queue_bookings_office_code")),
    )
    op.create_index("ix_queue_bookings_day", "queue_bookings", ["office_code", "service_date"])
    op.create_table(
        "queue_tickets",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("office_code", sa.String(32), nullable=False),
        sa.Column("service_day", sa.Date(), nullable=False),
        sa.Column("number", sa.String(16), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(16), nullable=False),
        sa.Column("booking_code", sa.String(32), nullable=False),
        sa.Column("walk_in_reason", sa.String(32), nullable=False),
        sa.Column("applicant_name", sa.String(200), nullable=False),
        sa.Column("nik", sa.String(16), nullable=False),
        sa.Column("service", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("issued_at", UtcDateTime(), nullable=False),
        sa.Column("issued_by", sa.String(64), nullable=False),
        sa.Column("called_at", UtcDateTime(), nullable=True),
        sa.Column("call_count", sa.Integer(), nullable=False),
        sa.Column("desk", sa.String(32), nullable=False),
        sa.Column("called_by", sa.String(64), nullable=False),
        sa.Column("served_at", UtcDateTime(), nullable=True),
        sa.Column("ended_at", UtcDateTime(), nullable=True),
        sa.Column("ended_by", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_queue_tickets")),
    )
    op.create_index("ix_queue_tickets_day", "queue_tickets",
                    ["office_code", "service_day", "status"])


def downgrade() -> None:
    op.drop_index("ix_queue_tickets_day", table_name="queue_tickets")
    op.drop_table("queue_tickets")
    op.drop_index("ix_queue_bookings_day", table_name="queue_bookings")
    op.drop_table("queue_bookings")
