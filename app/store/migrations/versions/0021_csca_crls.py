"""The newest CRL of each trusted CSCA, for the revocation check of passive authentication
(decision 0026).

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-04 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store.models import UtcDateTime

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "csca_crls",
        sa.Column("issuer_key", sa.String(64), nullable=False),
        sa.Column("issuer", sa.String(500), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("crl_number", sa.String(50), nullable=False),
        sa.Column("this_update", UtcDateTime(), nullable=False),
        sa.Column("next_update", UtcDateTime(), nullable=True),
        sa.Column("revoked", sa.Integer(), nullable=False),
        sa.Column("der", sa.LargeBinary(), nullable=False),
        sa.Column("source", sa.String(300), nullable=False),
        sa.Column("imported_at", UtcDateTime(), nullable=False),
        sa.Column("imported_by", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("issuer_key", name=op.f("pk_csca_crls")),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_csca_crls_fingerprint")))


def downgrade() -> None:
    op.drop_table("csca_crls")
