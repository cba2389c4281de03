"""Passport applications: Perdim 11 data, central checks, billing and the blank allocated.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 13:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store.models import UtcDateTime

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "passport_applications",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("office_code", sa.String(32), nullable=False),
        sa.Column("case_id", sa.String(36), nullable=False),
        sa.Column("reason", sa.String(24), nullable=False),
        sa.Column("passport_type", sa.String(16), nullable=False),
        sa.Column("service", sa.String(16), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("received_at", UtcDateTime(), nullable=False),
        sa.Column("received_by", sa.String(64), nullable=False),
        sa.Column("queue_ticket", sa.String(16), nullable=False),
        sa.Column("full_name", sa.String(200), nullable=False),
        sa.Column("nik", sa.String(16), nullable=False),
        sa.Column("birth_place", sa.String(100), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("sex", sa.String(1), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("phone", sa.String(20), nullable=False),
        sa.Column("old_passport_number", sa.String(20), nullable=False),
        sa.Column("screened_at", UtcDateTime(), nullable=True),
        sa.Column("screening_hit", sa.Boolean(), nullable=False),
        sa.Column("screening_detail", sa.Text(), nullable=False),
        sa.Column("duplicates", sa.Text(), nullable=False),
        sa.Column("duplicate_resolved_by", sa.String(64), nullable=False),
        sa.Column("duplicate_resolved_at", UtcDateTime(), nullable=True),
        sa.Column("duplicate_resolution", sa.String(16), nullable=False),
        sa.Column("duplicate_note", sa.Text(), nullable=False),
        sa.Column("fee_amount", sa.Integer(), nullable=False),
        sa.Column("billing_code", sa.String(32), nullable=False),
        sa.Column("billed_at", UtcDateTime(), nullable=True),
        sa.Column("billing_expires_at", UtcDateTime(), nullable=True),
        sa.Column("paid_at", UtcDateTime(), nullable=True),
        sa.Column("payment_proof", sa.String(100), nullable=False),
        sa.Column("blank_serial", sa.String(16), nullable=False),
        sa.Column("allocated_at", UtcDateTime(), nullable=True),
        sa.Column("compensation_due", sa.Boolean(), nullable=False),
        sa.Column("compensation_days", sa.Integer(), nullable=False),
        sa.Column("compensation_deadline", sa.Date(), nullable=True),
        sa.Column("excluded_days", sa.Text(), nullable=False),
        sa.Column("interview_note", sa.Text(), nullable=False),
        sa.Column("interviewed_by", sa.String(64), nullable=False),
        sa.Column("photo_attachment_id", sa.String(36), nullable=False),
        sa.Column("fingerprints", sa.Integer(), nullable=False),
        sa.Column("passport_number", sa.String(20), nullable=False),
        sa.Column("issued_at", UtcDateTime(), nullable=True),
        sa.Column("handover_mode", sa.String(16), nullable=False),
        sa.Column("pickup_slot", sa.String(16), nullable=False),
        sa.Column("handed_over_at", UtcDateTime(), nullable=True),
        sa.Column("handed_over_to", sa.String(200), nullable=False),
        sa.Column("handed_over_by", sa.String(64), nullable=False),
        sa.Column("tracking_number", sa.String(40), nullable=False),
        sa.Column("delivery_fee", sa.Integer(), nullable=False),
        sa.Column("compensation_document_id", sa.String(36), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"],
                                name=op.f("fk_passport_applications_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_passport_applications")),
        sa.UniqueConstraint("case_id", name=op.f("uq_passport_applications_case_id")),
    )
    op.create_index("ix_passport_applications_nik", "passport_applications", ["nik"])
    op.create_index("ix_passport_applications_state", "passport_applications", ["office_code", "state", "billing_expires_at"])


def downgrade() -> None:
    op.drop_table("passport_applications")
