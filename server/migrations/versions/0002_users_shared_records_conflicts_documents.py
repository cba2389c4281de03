"""Office letterhead columns, users, shared office records, conflicts and issued documents.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# server.models.UtcDateTime stores through this type.
TIMESTAMP = sa.DateTime(timezone=True)

# The letterhead columns of the workstation's `offices` table, with the server's defaults.
OFFICE_COLUMNS = (
    ("timezone", 64, "Asia/Jakarta"),
    ("ministry", 200, "Kementerian Imigrasi dan Pemasyarakatan Republik Indonesia"),
    ("directorate_general", 200, "Direktorat Jenderal Imigrasi"),
    ("regional_office", 200, ""),
    ("address", 300, ""),
    ("city", 100, ""),
    ("phone", 60, ""),
    ("email", 120, ""),
    ("website", 120, ""),
)


def upgrade() -> None:
    with op.batch_alter_table("offices") as batch:
        for name, length, default in OFFICE_COLUMNS:
            batch.add_column(sa.Column(name, sa.String(length), nullable=False,
                                       server_default=default))
    op.create_index("ix_changes_kind_key", "changes", ["kind", "key"])
    op.create_table(
        "users",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("full_name", sa.String(200), nullable=False),
        sa.Column("nip", sa.String(32), nullable=False),
        sa.Column("office_code", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("roles", sa.Text(), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("must_change_password", sa.Boolean(), nullable=False),
        sa.Column("updated_at", TIMESTAMP, nullable=False),
        sa.ForeignKeyConstraint(["office_code"], ["offices.code"],
                                name=op.f("fk_users_office_code_offices")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_index("ix_users_office_code", "users", ["office_code"])
    op.create_table(
        "shared_records",
        sa.Column("entity_type", sa.String(64), nullable=False),
        sa.Column("entity_id", sa.String(64), nullable=False),
        sa.Column("office_code", sa.String(16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("workstation_id", sa.String(64), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("updated_at", TIMESTAMP, nullable=False),
        sa.ForeignKeyConstraint(["office_code"], ["offices.code"],
                                name=op.f("fk_shared_records_office_code_offices")),
        sa.PrimaryKeyConstraint("entity_type", "entity_id", name=op.f("pk_shared_records")),
    )
    op.create_index("ix_shared_records_queue", "shared_records",
                    ["office_code", "entity_type", "status"])
    op.create_table(
        "conflicts",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("office_code", sa.String(16), nullable=False),
        sa.Column("entity_type", sa.String(64), nullable=False),
        sa.Column("entity_id", sa.String(64), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("workstation_id", sa.String(64), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("received_at", TIMESTAMP, nullable=False),
        sa.Column("reviewed_at", TIMESTAMP, nullable=True),
        sa.ForeignKeyConstraint(["office_code"], ["offices.code"],
                                name=op.f("fk_conflicts_office_code_offices")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflicts")),
    )
    op.create_index("ix_conflicts_office_code", "conflicts", ["office_code"])
    op.create_table(
        "documents",
        sa.Column("number", sa.String(64), nullable=False),
        sa.Column("office_code", sa.String(16), nullable=False),
        sa.Column("template", sa.String(64), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("issued_at", TIMESTAMP, nullable=False),
        sa.Column("voided_at", TIMESTAMP, nullable=True),
        sa.ForeignKeyConstraint(["office_code"], ["offices.code"],
                                name=op.f("fk_documents_office_code_offices")),
        sa.PrimaryKeyConstraint("number", name=op.f("pk_documents")),
    )
    op.create_index("ix_documents_office_code", "documents", ["office_code"])


def downgrade() -> None:
    for table in ("documents", "conflicts", "shared_records", "users"):
        op.drop_table(table)
    op.drop_index("ix_changes_kind_key", table_name="changes")
    with op.batch_alter_table("offices") as batch:
        for name, _length, _default in reversed(OFFICE_COLUMNS):
            batch.drop_column(name)
