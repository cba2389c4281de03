"""Documents: office signing keys, the print queue; seals, voids, endorsements of documents.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 19:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Timestamps are ISO-8601 UTC text (app.store.models.UtcDateTime).
TIMESTAMP = sa.String(32)


def upgrade() -> None:
    op.create_table('office_keys',
    sa.Column('key_id', sa.String(length=48), nullable=False),
    sa.Column('office_code', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('public_key', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', TIMESTAMP, nullable=False),
    sa.Column('revoked', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('key_id', name=op.f('pk_office_keys'))
    )
    with op.batch_alter_table('office_keys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_office_keys_office_code'), ['office_code'], unique=False)

    op.create_table('print_jobs',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('document_id', sa.String(length=36), nullable=False),
    sa.Column('office_code', sa.String(length=32), nullable=False),
    sa.Column('requested_by', sa.String(length=64), nullable=False),
    sa.Column('requested_at', TIMESTAMP, nullable=False),
    sa.Column('copies', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('printer', sa.String(length=200), nullable=False),
    sa.Column('printed_at', TIMESTAMP, nullable=True),
    sa.Column('printed_by', sa.String(length=64), nullable=False),
    sa.Column('error', sa.Text(), nullable=False),
    sa.Column('reprint', sa.Integer(), nullable=False),
    sa.Column('reprint_reason', sa.Text(), nullable=False),
    sa.Column('qc', sa.String(length=8), nullable=False),
    sa.Column('qc_note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['issued_documents.id'], name=op.f('fk_print_jobs_document_id_issued_documents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_print_jobs'))
    )
    with op.batch_alter_table('print_jobs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_print_jobs_document_id'), ['document_id'], unique=False)
        batch_op.create_index('ix_print_jobs_queue', ['office_code', 'requested_at'], unique=False)

    with op.batch_alter_table('issued_documents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('seal', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('voided_at', TIMESTAMP, nullable=True))
        batch_op.add_column(sa.Column('voided_by', sa.String(length=64), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('void_reason', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('endorsed_at', TIMESTAMP, nullable=True))
        batch_op.add_column(sa.Column('endorsed_by', sa.String(length=200), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('issued_documents', schema=None) as batch_op:
        batch_op.drop_column('endorsed_by')
        batch_op.drop_column('endorsed_at')
        batch_op.drop_column('void_reason')
        batch_op.drop_column('voided_by')
        batch_op.drop_column('voided_at')
        batch_op.drop_column('seal')

    with op.batch_alter_table('print_jobs', schema=None) as batch_op:
        batch_op.drop_index('ix_print_jobs_queue')
        batch_op.drop_index(batch_op.f('ix_print_jobs_document_id'))

    op.drop_table('print_jobs')
    with op.batch_alter_table('office_keys', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_office_keys_office_code'))

    op.drop_table('office_keys')
