"""Reports (issue 11 point 5): a covering index for the Laporan's crossing counts by hour, lane
and outcome over a period.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03 15:40:00
"""

from __future__ import annotations

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_crossings_report", "crossings",
                    ["decided_at", "office_code", "direction", "lane", "outcome"])


def downgrade() -> None:
    op.drop_index("ix_crossings_report", table_name="crossings")
