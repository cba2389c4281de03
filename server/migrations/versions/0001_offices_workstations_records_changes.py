"""Offices, enrolment codes, workstations, received records and reference changes.

Revision ID: 0001
Revises:
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# server.models.UtcDateTime stores through this type.
TIMESTAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "offices",
        sa.Column("code", sa.String(16), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_offices")),
    )
    op.create_table(
        "server_secrets",
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("value", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_server_secrets")),
    )
    op.create_table(
        "changes",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("office_code", sa.String(16), nullable=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.ForeignKeyConstraint(["office_code"], ["offices.code"],
                                name=op.f("fk_changes_office_code_offices")),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_changes")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_changes_office_code", "changes", ["office_code"])
    op.create_table(
        "enrolment_codes",
        sa.Column("code_hash", sa.String(64), nullable=False),
        sa.Column("office_code", sa.String(16), nullable=False),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.Column("expires_at", TIMESTAMP, nullable=False),
        sa.Column("used_at", TIMESTAMP, nullable=True),
        sa.Column("workstation_id", sa.String(64), nullable=True),
        sa.ForeignKeyConstraint(["office_code"], ["offices.code"],
                                name=op.f("fk_enrolment_codes_office_code_offices")),
        sa.PrimaryKeyConstraint("code_hash", name=op.f("pk_enrolment_codes")),
    )
    op.create_index("ix_enrolment_codes_office_code", "enrolment_codes", ["office_code"])
    op.create_table(
        "received_records",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("office_code", sa.String(16), nullable=False),
        sa.Column("workstation_id", sa.String(64), nullable=False),
        sa.Column("entity_type", sa.String(64), nullable=False),
        sa.Column("entity_id", sa.String(64), nullable=False),
        sa.Column("operation", sa.String(32), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.Column("received_at", TIMESTAMP, nullable=False),
        sa.ForeignKeyConstraint(["office_code"], ["offices.code"],
                                name=op.f("fk_received_records_office_code_offices")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_records")),
    )
    op.create_index("ix_received_records_office_code", "received_records", ["office_code"])
    op.create_index("ix_received_records_received_at", "received_records", ["received_at"])
    op.create_table(
        "workstations",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("office_code", sa.String(16), nullable=False),
        sa.Column("credential_hash", sa.String(64), nullable=False),
        sa.Column("enrolled_at", TIMESTAMP, nullable=False),
        sa.ForeignKeyConstraint(["office_code"], ["offices.code"],
                                name=op.f("fk_workstations_office_code_offices")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workstations")),
    )
    op.create_index("ix_workstations_office_code", "workstations", ["office_code"])


def downgrade() -> None:
    for table in ("workstations", "received_records", "enrolment_codes", "changes"):
        op.drop_table(table)
    op.drop_table("server_secrets")
    op.drop_table("offices")
