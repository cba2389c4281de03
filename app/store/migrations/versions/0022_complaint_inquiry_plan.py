"""The Rencana Kegiatan of a C5 intelligence inquiry on its complaint: the paper's id and
number, and the plan (officers, period, location...) the Kakanim's Surat Perintah is issued on.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-03 18:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.add_column(sa.Column("plan_id", sa.String(length=36), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("plan_number", sa.String(length=80), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("plan", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.drop_column("plan")
        batch_op.drop_column("plan_number")
        batch_op.drop_column("plan_id")
