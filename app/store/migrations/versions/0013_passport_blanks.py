"""Passport blank inventory (issue 9 point 6): batches of blanks received and one row a blank,
its allocation to an application, production steps, spoilage and issue as a passport.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store.models import UtcDateTime

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "blank_batches",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("office_code", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("prefix", sa.String(1), nullable=False),
        sa.Column("first_number", sa.Integer(), nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.Column("received_at", UtcDateTime(), nullable=False),
        sa.Column("received_by", sa.String(64), nullable=False),
        sa.Column("delivery_note", sa.String(100), nullable=False),
        sa.Column("received_from", sa.String(200), nullable=False),
        sa.Column("document_id", sa.String(36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_blank_batches")),
    )
    op.create_index("ix_blank_batches_fifo", "blank_batches",
                    ["office_code", "kind", "received_at"])
    op.create_table(
        "passport_blanks",
        sa.Column("serial", sa.String(8), nullable=False),
        sa.Column("batch_id", sa.String(36), nullable=False),
        sa.Column("office_code", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("application_id", sa.String(36), nullable=True),
        sa.Column("allocated_at", UtcDateTime(), nullable=True),
        sa.Column("allocated_by", sa.String(64), nullable=False),
        sa.Column("printed", sa.Boolean(), nullable=False),
        sa.Column("printed_at", UtcDateTime(), nullable=True),
        sa.Column("printed_by", sa.String(64), nullable=False),
        sa.Column("qc_passed", sa.Boolean(), nullable=False),
        sa.Column("qc_at", UtcDateTime(), nullable=True),
        sa.Column("qc_by", sa.String(64), nullable=False),
        sa.Column("laminated", sa.Boolean(), nullable=False),
        sa.Column("laminated_at", UtcDateTime(), nullable=True),
        sa.Column("laminated_by", sa.String(64), nullable=False),
        sa.Column("production_note", sa.Text(), nullable=False),
        sa.Column("spoiled_at", UtcDateTime(), nullable=True),
        sa.Column("spoiled_by", sa.String(64), nullable=False),
        sa.Column("spoiled_reason", sa.Text(), nullable=False),
        sa.Column("spoiled_document_id", sa.String(36), nullable=False),
        sa.Column("passport_number", sa.String(20), nullable=False),
        sa.Column("issued_at", UtcDateTime(), nullable=True),
        sa.Column("issued_by", sa.String(64), nullable=False),
        sa.Column("register_facts", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["batch_id"], ["blank_batches.id"],
                                name=op.f("fk_passport_blanks_batch_id_blank_batches")),
        sa.PrimaryKeyConstraint("serial", name=op.f("pk_passport_blanks")),
    )
    op.create_index("ix_passport_blanks_batch", "passport_blanks",
                    ["batch_id", "status", "serial"])
    op.create_index("ix_passport_blanks_stock", "passport_blanks",
                    ["office_code", "kind", "status"])
    op.create_index("ix_passport_blanks_issued", "passport_blanks", ["office_code", "issued_at"])
    op.create_index("uq_passport_blanks_application", "passport_blanks", ["application_id"],
                    unique=True, sqlite_where=sa.text("status IN ('allocated', 'issued')"))


def downgrade() -> None:
    op.drop_table("passport_blanks")
    op.drop_table("blank_batches")
