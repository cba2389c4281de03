"""Passport applications' papers: the application receipt (its sealed QR is the pickup code),
the police report of a lost passport, the BAP and BAPEN of seed 002 C1, the PT Pos label.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03 14:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

COLUMNS = (("documents", sa.Text()), ("receipt_document_id", sa.String(36)),
           ("receipt_number", sa.String(80)), ("loss_report", sa.String(200)),
           ("bap_number", sa.String(80)), ("bapen_number", sa.String(80)),
           ("label_document_id", sa.String(36)))


def upgrade() -> None:
    with op.batch_alter_table("passport_applications") as batch:
        for name, kind in COLUMNS:
            batch.add_column(sa.Column(name, kind, nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("passport_applications") as batch:
        for name, _kind in reversed(COLUMNS):
            batch.drop_column(name)
