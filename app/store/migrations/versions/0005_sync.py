"""Sync: pull state, shared-record versions, conflicts; holidays, reference items, number ranges.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 09:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Timestamps are ISO-8601 UTC text (app.store.models.UtcDateTime).
TIMESTAMP = sa.String(32)


def upgrade() -> None:
    op.create_table('holidays',
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('date', name=op.f('pk_holidays'))
    )
    op.create_table('number_ranges',
    sa.Column('workstation_id', sa.String(length=64), nullable=False),
    sa.Column('first', sa.Integer(), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.Column('leased_at', TIMESTAMP, nullable=False),
    sa.PrimaryKeyConstraint('workstation_id', name=op.f('pk_number_ranges'))
    )
    op.create_table('reference_items',
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'key', name=op.f('pk_reference_items'))
    )
    op.create_table('sync_conflicts',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('entity_type', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('local_payload', sa.Text(), nullable=False),
    sa.Column('detected_at', TIMESTAMP, nullable=False),
    sa.Column('reviewed_at', TIMESTAMP, nullable=True),
    sa.Column('reviewed_by', sa.String(length=64), nullable=False),
    sa.Column('review_note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts'))
    )
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflicts_detected_at'), ['detected_at'], unique=False)

    op.create_table('sync_state',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('pull_cursor', sa.Integer(), nullable=False),
    sa.Column('last_pull_at', TIMESTAMP, nullable=True),
    sa.Column('last_pull_error', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_state'))
    )
    op.create_table('sync_versions',
    sa.Column('entity_type', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('entity_type', 'entity_id', name=op.f('pk_sync_versions'))
    )


def downgrade() -> None:
    op.drop_table('sync_versions')
    op.drop_table('sync_state')
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflicts_detected_at'))

    op.drop_table('sync_conflicts')
    op.drop_table('reference_items')
    op.drop_table('number_ranges')
    op.drop_table('holidays')
