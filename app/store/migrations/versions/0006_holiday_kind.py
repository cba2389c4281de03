"""Holidays: their kind, a national holiday (nasional) or joint leave (cuti_bersama).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 10:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Rows pulled before this revision are the server's national holidays.
    with op.batch_alter_table('holidays', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=16), nullable=False,
                                      server_default='nasional'))


def downgrade() -> None:
    with op.batch_alter_table('holidays', schema=None) as batch_op:
        batch_op.drop_column('kind')
