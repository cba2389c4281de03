"""Indexes on persons' birth date and NIK: the passport desk's duplicate-identity check and the
earlier passports of a NIK read persons by them (they scanned the table).

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-03 17:40:00
"""

from __future__ import annotations

from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_persons_birth_date", "persons", ["birth_date"])
    op.create_index("ix_persons_nik", "persons", ["nik"])


def downgrade() -> None:
    op.drop_index("ix_persons_nik", table_name="persons")
    op.drop_index("ix_persons_birth_date", table_name="persons")
