"""Detention: rooms, detainees on their cases, belongings and cash, placements, the register's log.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03 14:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store.models import UtcDateTime

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('detention_rooms',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('office_code', sa.String(length=32), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('category', sa.String(length=16), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_detention_rooms'))
    )
    op.create_index('ix_detention_rooms_office', 'detention_rooms', ['office_code', 'code'], unique=True)
    op.create_table('detainees',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('office_code', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('received_at', UtcDateTime(), nullable=False),
    sa.Column('received_by', sa.String(length=64), nullable=False),
    sa.Column('referral_kind', sa.String(length=16), nullable=False),
    sa.Column('referral_number', sa.String(length=80), nullable=False),
    sa.Column('referring_unit', sa.String(length=150), nullable=False),
    sa.Column('full_name', sa.String(length=100), nullable=False),
    sa.Column('birth_place', sa.String(length=60), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=False),
    sa.Column('nationality', sa.String(length=3), nullable=False),
    sa.Column('passport_number', sa.String(length=20), nullable=False),
    sa.Column('address', sa.String(length=250), nullable=False),
    sa.Column('with_family', sa.Boolean(), nullable=False),
    sa.Column('category', sa.String(length=16), nullable=False),
    sa.Column('ground', sa.String(length=32), nullable=False),
    sa.Column('violation', sa.Text(), nullable=False),
    sa.Column('decision_number', sa.String(length=80), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('detained_at', UtcDateTime(), nullable=True),
    sa.Column('order_document_id', sa.String(length=36), nullable=False),
    sa.Column('record_document_id', sa.String(length=36), nullable=False),
    sa.Column('searched_at', UtcDateTime(), nullable=True),
    sa.Column('search_document_id', sa.String(length=36), nullable=False),
    sa.Column('cash_seal_number', sa.String(length=40), nullable=False),
    sa.Column('health_at', UtcDateTime(), nullable=True),
    sa.Column('health_doctor', sa.String(length=100), nullable=False),
    sa.Column('health_statement', sa.Text(), nullable=False),
    sa.Column('health_attachment_id', sa.String(length=36), nullable=False),
    sa.Column('receipt_document_id', sa.String(length=36), nullable=False),
    sa.Column('photo_attachment_id', sa.String(length=36), nullable=False),
    sa.Column('fingerprints', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.String(length=36), nullable=False),
    sa.Column('last_review_on', sa.Date(), nullable=True),
    sa.Column('release_case_id', sa.String(length=36), nullable=False),
    sa.Column('release_reason', sa.String(length=16), nullable=False),
    sa.Column('release_destination', sa.String(length=200), nullable=False),
    sa.Column('release_decision_number', sa.String(length=80), nullable=False),
    sa.Column('release_decision_document_id', sa.String(length=36), nullable=False),
    sa.Column('release_order_document_id', sa.String(length=36), nullable=False),
    sa.Column('release_document_id', sa.String(length=36), nullable=False),
    sa.Column('release_photo_attachment_id', sa.String(length=36), nullable=False),
    sa.Column('released_at', UtcDateTime(), nullable=True),
    sa.Column('deportation_case_id', sa.String(length=36), nullable=False),
    sa.Column('escorts', sa.Text(), nullable=False),
    sa.Column('carrier_name', sa.String(length=120), nullable=False),
    sa.Column('flight_number', sa.String(length=12), nullable=False),
    sa.Column('departure_at', UtcDateTime(), nullable=True),
    sa.Column('checkpoint', sa.String(length=150), nullable=False),
    sa.Column('destination', sa.String(length=100), nullable=False),
    sa.Column('escort_document_id', sa.String(length=36), nullable=False),
    sa.Column('supervision_document_id', sa.String(length=36), nullable=False),
    sa.Column('passport_marked_at', UtcDateTime(), nullable=True),
    sa.Column('deported_at', UtcDateTime(), nullable=True),
    sa.Column('report_document_id', sa.String(length=36), nullable=False),
    sa.Column('ban_proposed', sa.Boolean(), nullable=False),
    sa.Column('ban_years', sa.Integer(), nullable=False),
    sa.Column('ban_case_id', sa.String(length=36), nullable=False),
    sa.Column('ban_listed', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_detainees_case_id_cases')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_detainees')),
    sa.UniqueConstraint('case_id', name=op.f('uq_detainees_case_id'))
    )
    op.create_index('ix_detainees_state', 'detainees', ['office_code', 'state'], unique=False)
    op.create_table('detention_cash',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('detainee_id', sa.String(length=36), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('denomination', sa.Integer(), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('returned_count', sa.Integer(), nullable=True),
    sa.Column('return_note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['detainee_id'], ['detainees.id'], name=op.f('fk_detention_cash_detainee_id_detainees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_detention_cash'))
    )
    op.create_index('ix_detention_cash_detainee', 'detention_cash', ['detainee_id'], unique=False)
    op.create_table('detention_events',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('detainee_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('at', UtcDateTime(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['detainee_id'], ['detainees.id'], name=op.f('fk_detention_events_detainee_id_detainees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_detention_events'))
    )
    op.create_index('ix_detention_events_detainee', 'detention_events', ['detainee_id', 'at'], unique=False)
    op.create_table('detention_items',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('detainee_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('description', sa.String(length=200), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('condition', sa.String(length=100), nullable=False),
    sa.Column('seal_number', sa.String(length=40), nullable=False),
    sa.Column('carried', sa.Boolean(), nullable=False),
    sa.Column('photo_attachment_id', sa.String(length=36), nullable=False),
    sa.Column('recorded_at', UtcDateTime(), nullable=False),
    sa.Column('recorded_by', sa.String(length=64), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('returned_quantity', sa.Integer(), nullable=False),
    sa.Column('return_note', sa.Text(), nullable=False),
    sa.Column('returned_at', UtcDateTime(), nullable=True),
    sa.Column('returned_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['detainee_id'], ['detainees.id'], name=op.f('fk_detention_items_detainee_id_detainees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_detention_items'))
    )
    op.create_index('ix_detention_items_detainee', 'detention_items', ['detainee_id', 'seq'], unique=False)
    op.create_table('detention_placements',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('detainee_id', sa.String(length=36), nullable=False),
    sa.Column('room_id', sa.String(length=36), nullable=False),
    sa.Column('placed_at', UtcDateTime(), nullable=False),
    sa.Column('placed_by', sa.String(length=64), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('left_at', UtcDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['detainee_id'], ['detainees.id'], name=op.f('fk_detention_placements_detainee_id_detainees')),
    sa.ForeignKeyConstraint(['room_id'], ['detention_rooms.id'], name=op.f('fk_detention_placements_room_id_detention_rooms')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_detention_placements'))
    )
    op.create_index('ix_detention_placements_room', 'detention_placements', ['room_id', 'left_at'], unique=False)


def downgrade() -> None:
    for table in ("detention_placements", "detention_items", "detention_events",
                  "detention_cash", "detainees", "detention_rooms"):
        op.drop_table(table)
