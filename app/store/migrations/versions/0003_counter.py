"""Border counter: reference values, stay permits, crossings, referrals, issued documents,
watch lists.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 11:21:56.178738
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Timestamps are ISO-8601 UTC text (app.store.models.UtcDateTime).
TIMESTAMP = sa.String(32)


def upgrade() -> None:
    op.create_table('watch_imports',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('imported_at', TIMESTAMP, nullable=False),
    sa.Column('source', sa.String(length=300), nullable=False),
    sa.Column('entries', sa.Integer(), nullable=False),
    sa.Column('imported_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_watch_imports'))
    )
    with op.batch_alter_table('watch_imports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_watch_imports_imported_at'), ['imported_at'], unique=False)

    op.create_table('watch_entries',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('list_name', sa.String(length=16), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('aliases', sa.Text(), nullable=False),
    sa.Column('birth_date', sa.String(length=10), nullable=False),
    sa.Column('nationality', sa.String(length=3), nullable=False),
    sa.Column('document_numbers', sa.String(length=200), nullable=False),
    sa.Column('reference', sa.String(length=120), nullable=False),
    sa.Column('legal_basis', sa.String(length=200), nullable=False),
    sa.Column('requesting_agency', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=24), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('import_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_watch_entries'))
    )
    with op.batch_alter_table('watch_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_watch_entries_import_id'), ['import_id'], unique=False)

    op.create_table('issued_documents',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('template', sa.String(length=32), nullable=False),
    sa.Column('number', sa.String(length=64), nullable=False),
    sa.Column('office_code', sa.String(length=32), nullable=False),
    sa.Column('subject_type', sa.String(length=32), nullable=False),
    sa.Column('subject_id', sa.String(length=36), nullable=False),
    sa.Column('issued_at', TIMESTAMP, nullable=False),
    sa.Column('issued_by', sa.String(length=64), nullable=False),
    sa.Column('copies', sa.Integer(), nullable=False),
    sa.Column('page_count', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('pdf', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issued_documents')),
    sa.UniqueConstraint('number', name=op.f('uq_issued_documents_number'))
    )
    with op.batch_alter_table('issued_documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_issued_documents_subject_id'), ['subject_id'], unique=False)

    op.create_table('number_sequences',
    sa.Column('office_code', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('next_value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('office_code', 'kind', 'year', name=op.f('pk_number_sequences'))
    )
    op.create_table('reference_values',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('value', sa.String(length=200), nullable=False),
    sa.Column('unit', sa.String(length=32), nullable=False),
    sa.Column('legal_basis', sa.String(length=300), nullable=False),
    sa.Column('needs_confirmation', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', 'effective_from', name=op.f('pk_reference_values'))
    )
    op.create_table('referrals',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('office_code', sa.String(length=32), nullable=False),
    sa.Column('workstation_id', sa.String(length=64), nullable=False),
    sa.Column('direction', sa.String(length=10), nullable=False),
    sa.Column('lane', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.String(length=32), nullable=False),
    sa.Column('reason_text', sa.Text(), nullable=False),
    sa.Column('traveller', sa.Text(), nullable=False),
    sa.Column('referred_by', sa.String(length=64), nullable=False),
    sa.Column('referred_at', TIMESTAMP, nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('supervisor', sa.String(length=64), nullable=False),
    sa.Column('resolution', sa.String(length=32), nullable=False),
    sa.Column('resolution_data', sa.Text(), nullable=False),
    sa.Column('resolved_at', TIMESTAMP, nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referrals'))
    )
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.create_index('ix_referrals_queue', ['office_code', 'status', 'referred_at'], unique=False)

    op.create_table('stay_permits',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('permit_number', sa.String(length=40), nullable=False),
    sa.Column('permit_type', sa.String(length=16), nullable=False),
    sa.Column('index_code', sa.String(length=16), nullable=False),
    sa.Column('holder_name', sa.String(length=200), nullable=False),
    sa.Column('nationality', sa.String(length=3), nullable=False),
    sa.Column('document_number', sa.String(length=20), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=False),
    sa.Column('sponsor', sa.String(length=200), nullable=False),
    sa.Column('office_code', sa.String(length=32), nullable=False),
    sa.Column('revoked', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stay_permits')),
    sa.UniqueConstraint('permit_number', name=op.f('uq_stay_permits_permit_number'))
    )
    with op.batch_alter_table('stay_permits', schema=None) as batch_op:
        batch_op.create_index('ix_stay_permits_document', ['document_number', 'nationality'], unique=False)

    op.create_table('crossings',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('office_code', sa.String(length=32), nullable=False),
    sa.Column('workstation_id', sa.String(length=64), nullable=False),
    sa.Column('officer_user_id', sa.String(length=36), nullable=True),
    sa.Column('officer_username', sa.String(length=64), nullable=False),
    sa.Column('direction', sa.String(length=10), nullable=False),
    sa.Column('lane', sa.String(length=16), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('document_type', sa.String(length=2), nullable=False),
    sa.Column('document_number', sa.String(length=20), nullable=False),
    sa.Column('issuing_state', sa.String(length=3), nullable=False),
    sa.Column('nationality', sa.String(length=3), nullable=False),
    sa.Column('surname', sa.String(length=120), nullable=False),
    sa.Column('given_names', sa.String(length=200), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('sex', sa.String(length=1), nullable=False),
    sa.Column('document_expiry', sa.Date(), nullable=True),
    sa.Column('flight_code', sa.String(length=12), nullable=False),
    sa.Column('permit_id', sa.String(length=36), nullable=True),
    sa.Column('overstay_days', sa.Integer(), nullable=False),
    sa.Column('stamp_number', sa.String(length=40), nullable=False),
    sa.Column('referral_id', sa.String(length=36), nullable=True),
    sa.Column('details', sa.Text(), nullable=False),
    sa.Column('decided_at', TIMESTAMP, nullable=False),
    sa.ForeignKeyConstraint(['permit_id'], ['stay_permits.id'], name=op.f('fk_crossings_permit_id_stay_permits')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crossings'))
    )
    with op.batch_alter_table('crossings', schema=None) as batch_op:
        batch_op.create_index('ix_crossings_decided_at', ['decided_at'], unique=False)
        batch_op.create_index('ix_crossings_document', ['document_number', 'issuing_state', 'decided_at'], unique=False)

    op.create_table('overstay_payments',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('referral_id', sa.String(length=36), nullable=False),
    sa.Column('days', sa.Integer(), nullable=False),
    sa.Column('daily_rate', sa.Integer(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('billing_code', sa.String(length=40), nullable=False),
    sa.Column('billed_at', TIMESTAMP, nullable=False),
    sa.Column('paid_at', TIMESTAMP, nullable=True),
    sa.Column('payment_reference', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['referral_id'], ['referrals.id'], name=op.f('fk_overstay_payments_referral_id_referrals')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_overstay_payments'))
    )
    with op.batch_alter_table('overstay_payments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_overstay_payments_referral_id'), ['referral_id'], unique=False)

    op.create_table('referral_notes',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('referral_id', sa.String(length=36), nullable=False),
    sa.Column('author', sa.String(length=64), nullable=False),
    sa.Column('written_at', TIMESTAMP, nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('attachment_sha256', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['referral_id'], ['referrals.id'], name=op.f('fk_referral_notes_referral_id_referrals')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referral_notes'))
    )
    with op.batch_alter_table('referral_notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referral_notes_referral_id'), ['referral_id'], unique=False)



    op.create_table('carrier_charges',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('referral_id', sa.String(length=36), nullable=False),
    sa.Column('office_code', sa.String(length=32), nullable=False),
    sa.Column('carrier_name', sa.String(length=120), nullable=False),
    sa.Column('responsible_party', sa.String(length=200), nullable=False),
    sa.Column('carrier_address', sa.String(length=250), nullable=False),
    sa.Column('flight_code', sa.String(length=12), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('drafted_at', TIMESTAMP, nullable=False),
    sa.Column('drafted_by', sa.String(length=64), nullable=False),
    sa.Column('sk_number', sa.String(length=80), nullable=False),
    sa.Column('sk_signed_by', sa.String(length=120), nullable=False),
    sa.Column('sk_signed_on', sa.Date(), nullable=True),
    sa.Column('billing_code', sa.String(length=40), nullable=False),
    sa.Column('billed_at', TIMESTAMP, nullable=True),
    sa.Column('paid_at', TIMESTAMP, nullable=True),
    sa.Column('payment_reference', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['referral_id'], ['referrals.id'], name=op.f('fk_carrier_charges_referral_id_referrals')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_carrier_charges'))
    )
    with op.batch_alter_table('carrier_charges', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_carrier_charges_referral_id'), ['referral_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('carrier_charges', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_carrier_charges_referral_id'))

    op.drop_table('carrier_charges')
    with op.batch_alter_table('referral_notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referral_notes_referral_id'))

    op.drop_table('referral_notes')
    with op.batch_alter_table('overstay_payments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_overstay_payments_referral_id'))

    op.drop_table('overstay_payments')
    with op.batch_alter_table('crossings', schema=None) as batch_op:
        batch_op.drop_index('ix_crossings_document')
        batch_op.drop_index('ix_crossings_decided_at')

    op.drop_table('crossings')
    with op.batch_alter_table('stay_permits', schema=None) as batch_op:
        batch_op.drop_index('ix_stay_permits_document')

    op.drop_table('stay_permits')
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.drop_index('ix_referrals_queue')

    op.drop_table('referrals')
    op.drop_table('reference_values')
    op.drop_table('number_sequences')
    with op.batch_alter_table('issued_documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_issued_documents_subject_id'))

    op.drop_table('issued_documents')
    with op.batch_alter_table('watch_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_watch_entries_import_id'))

    op.drop_table('watch_entries')
    with op.batch_alter_table('watch_imports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_watch_imports_imported_at'))

    op.drop_table('watch_imports')
