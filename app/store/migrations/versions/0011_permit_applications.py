"""Stay-permit applications and their requirement checklists (issue 8).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 12:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store.models import UtcDateTime

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "permit_applications",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("office_code", sa.String(32), nullable=False),
        sa.Column("case_id", sa.String(36), nullable=False),
        sa.Column("type_code", sa.String(32), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("received_at", UtcDateTime(), nullable=False),
        sa.Column("received_by", sa.String(64), nullable=False),
        sa.Column("applicant_name", sa.String(200), nullable=False),
        sa.Column("nationality", sa.String(3), nullable=False),
        sa.Column("passport_number", sa.String(20), nullable=False),
        sa.Column("passport_expiry", sa.Date(), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("sex", sa.String(1), nullable=False),
        sa.Column("phone", sa.String(20), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("current_permit_number", sa.String(40), nullable=False),
        sa.Column("current_kind", sa.String(8), nullable=False),
        sa.Column("current_index", sa.String(16), nullable=False),
        sa.Column("current_from", sa.Date(), nullable=True),
        sa.Column("current_until", sa.Date(), nullable=True),
        sa.Column("current_extensions", sa.Integer(), nullable=False),
        sa.Column("current_total_days", sa.Integer(), nullable=False),
        sa.Column("requested_index", sa.String(16), nullable=False),
        sa.Column("requested_days", sa.Integer(), nullable=True),
        sa.Column("itas_years", sa.Float(), nullable=False),
        sa.Column("married_years", sa.Float(), nullable=False),
        sa.Column("child_abg", sa.Boolean(), nullable=False),
        sa.Column("granted_index", sa.String(16), nullable=False),
        sa.Column("granted_from", sa.Date(), nullable=True),
        sa.Column("granted_until", sa.Date(), nullable=True),
        sa.Column("granted_days", sa.Integer(), nullable=False),
        sa.Column("fee_key", sa.String(40), nullable=False),
        sa.Column("fee_amount", sa.Integer(), nullable=False),
        sa.Column("sponsor_kind", sa.String(16), nullable=False),
        sa.Column("sponsor_name", sa.String(200), nullable=False),
        sa.Column("sponsor_identity", sa.String(40), nullable=False),
        sa.Column("sponsor_address", sa.Text(), nullable=False),
        sa.Column("sponsor_phone", sa.String(20), nullable=False),
        sa.Column("sponsor_checked_at", UtcDateTime(), nullable=True),
        sa.Column("sponsor_valid", sa.Boolean(), nullable=True),
        sa.Column("sponsor_note", sa.Text(), nullable=False),
        sa.Column("screened_at", UtcDateTime(), nullable=True),
        sa.Column("screening_hit", sa.Boolean(), nullable=False),
        sa.Column("screening_detail", sa.Text(), nullable=False),
        sa.Column("receipt_document_id", sa.String(36), nullable=False),
        sa.Column("billing_code", sa.String(32), nullable=False),
        sa.Column("paid_amount", sa.Integer(), nullable=True),
        sa.Column("paid_at", UtcDateTime(), nullable=True),
        sa.Column("payment_proof", sa.String(100), nullable=False),
        sa.Column("payment_recorded_by", sa.String(64), nullable=False),
        sa.Column("photo_attachment_id", sa.String(36), nullable=False),
        sa.Column("fingerprints", sa.Integer(), nullable=False),
        sa.Column("biometrics_at", UtcDateTime(), nullable=True),
        sa.Column("register_number", sa.String(40), nullable=False),
        sa.Column("permit_id", sa.String(36), nullable=False),
        sa.Column("sticker_document_id", sa.String(36), nullable=False),
        sa.Column("card_document_id", sa.String(36), nullable=False),
        sa.Column("handed_over_at", UtcDateTime(), nullable=True),
        sa.Column("handed_over_to", sa.String(200), nullable=False),
        sa.Column("handed_over_by", sa.String(64), nullable=False),
        sa.Column("archive_attachment_id", sa.String(36), nullable=False),
        sa.Column("rejection_reasons", sa.Text(), nullable=False),
        sa.Column("rejection_document_id", sa.String(36), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"],
                                name=op.f("fk_permit_applications_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_permit_applications")),
        sa.UniqueConstraint("case_id", name=op.f("uq_permit_applications_case_id")),
    )
    op.create_index("ix_permit_applications_day", "permit_applications", ["office_code", "received_at"])
    op.create_index("ix_permit_applications_passport", "permit_applications", ["passport_number", "nationality"])
    op.create_table(
        "permit_requirements",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("application_id", sa.String(36), nullable=False),
        sa.Column("requirement_id", sa.String(40), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.Column("attachment_id", sa.String(36), nullable=False),
        sa.Column("checked_by", sa.String(64), nullable=False),
        sa.Column("checked_at", UtcDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["application_id"], ["permit_applications.id"],
                                name=op.f("fk_permit_requirements_application_id_permit_applications")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_permit_requirements")),
    )
    op.create_index(op.f("ix_permit_requirements_application_id"), "permit_requirements", ["application_id"])


def downgrade() -> None:
    op.drop_table("permit_requirements")
    op.drop_table("permit_applications")
