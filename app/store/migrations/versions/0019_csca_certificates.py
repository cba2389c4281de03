"""The CSCA certificates trusted for passive authentication of ePassport chips (decision 0026).

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-03 15:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store.models import UtcDateTime

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "csca_certificates",
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("country", sa.String(3), nullable=False),
        sa.Column("subject", sa.String(500), nullable=False),
        sa.Column("not_before", UtcDateTime(), nullable=False),
        sa.Column("not_after", UtcDateTime(), nullable=False),
        sa.Column("der", sa.LargeBinary(), nullable=False),
        sa.Column("source", sa.String(300), nullable=False),
        sa.Column("imported_at", UtcDateTime(), nullable=False),
        sa.Column("imported_by", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("fingerprint", name=op.f("pk_csca_certificates")))
    with op.batch_alter_table("csca_certificates") as batch:
        batch.create_index(batch.f("ix_csca_certificates_country"), ["country"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("csca_certificates") as batch:
        batch.drop_index(batch.f("ix_csca_certificates_country"))
    op.drop_table("csca_certificates")
