"""Stay-permit applications and their requirement checklists (issue 8); a trigram search index
over case numbers, subjects' names and document numbers, and case events by time (the SLA
report), so that case search stays within the 100 ms budget at hundreds of thousands of cases.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 12:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store.models import UtcDateTime

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "permit_applications",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("office_code", sa.String(32), nullable=False),
        sa.Column("case_id", sa.String(36), nullable=False),
        sa.Column("type_code", sa.String(32), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("received_at", UtcDateTime(), nullable=False),
        sa.Column("received_by", sa.String(64), nullable=False),
        sa.Column("applicant_name", sa.String(200), nullable=False),
        sa.Column("nationality", sa.String(3), nullable=False),
        sa.Column("passport_number", sa.String(20), nullable=False),
        sa.Column("passport_expiry", sa.Date(), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("sex", sa.String(1), nullable=False),
        sa.Column("phone", sa.String(20), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("current_permit_number", sa.String(40), nullable=False),
        sa.Column("current_kind", sa.String(8), nullable=False),
        sa.Column("current_index", sa.String(16), nullable=False),
        sa.Column("current_from", sa.Date(), nullable=True),
        sa.Column("current_until", sa.Date(), nullable=True),
        sa.Column("current_extensions", sa.Integer(), nullable=False),
        sa.Column("current_total_days", sa.Integer(), nullable=False),
        sa.Column("requested_index", sa.String(16), nullable=False),
        sa.Column("requested_days", sa.Integer(), nullable=True),
        sa.Column("itas_years", sa.Float(), nullable=False),
        sa.Column("married_years", sa.Float(), nullable=False),
        sa.Column("child_abg", sa.Boolean(), nullable=False),
        sa.Column("granted_index", sa.String(16), nullable=False),
        sa.Column("granted_from", sa.Date(), nullable=True),
        sa.Column("granted_until", sa.Date(), nullable=True),
        sa.Column("granted_days", sa.Integer(), nullable=False),
        sa.Column("fee_key", sa.String(40), nullable=False),
        sa.Column("fee_amount", sa.Integer(), nullable=False),
        sa.Column("sponsor_kind", sa.String(16), nullable=False),
        sa.Column("sponsor_name", sa.String(200), nullable=False),
        sa.Column("sponsor_identity", sa.String(40), nullable=False),
        sa.Column("sponsor_address", sa.Text(), nullable=False),
        sa.Column("sponsor_phone", sa.String(20), nullable=False),
        sa.Column("sponsor_checked_at", UtcDateTime(), nullable=True),
        sa.Column("sponsor_valid", sa.Boolean(), nullable=True),
        sa.Column("sponsor_note", sa.Text(), nullable=False),
        sa.Column("screened_at", UtcDateTime(), nullable=True),
        sa.Column("screening_hit", sa.Boolean(), nullable=False),
        sa.Column("screening_detail", sa.Text(), nullable=False),
        sa.Column("receipt_document_id", sa.String(36), nullable=False),
        sa.Column("billing_code", sa.String(32), nullable=False),
        sa.Column("paid_amount", sa.Integer(), nullable=True),
        sa.Column("paid_at", UtcDateTime(), nullable=True),
        sa.Column("payment_proof", sa.String(100), nullable=False),
        sa.Column("payment_recorded_by", sa.String(64), nullable=False),
        sa.Column("photo_attachment_id", sa.String(36), nullable=False),
        sa.Column("fingerprints", sa.Integer(), nullable=False),
        sa.Column("biometrics_at", UtcDateTime(), nullable=True),
        sa.Column("register_number", sa.String(40), nullable=False),
        sa.Column("permit_id", sa.String(36), nullable=False),
        sa.Column("sticker_document_id", sa.String(36), nullable=False),
        sa.Column("card_document_id", sa.String(36), nullable=False),
        sa.Column("handed_over_at", UtcDateTime(), nullable=True),
        sa.Column("handed_over_to", sa.String(200), nullable=False),
        sa.Column("handed_over_by", sa.String(64), nullable=False),
        sa.Column("archive_attachment_id", sa.String(36), nullable=False),
        sa.Column("rejection_reasons", sa.Text(), nullable=False),
        sa.Column("rejection_document_id", sa.String(36), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"],
                                name=op.f("fk_permit_applications_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_permit_applications")),
        sa.UniqueConstraint("case_id", name=op.f("uq_permit_applications_case_id")),
    )
    op.create_index("ix_permit_applications_day", "permit_applications", ["office_code", "received_at"])
    op.create_index("ix_permit_applications_passport", "permit_applications", ["passport_number", "nationality"])
    op.create_table(
        "permit_requirements",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("application_id", sa.String(36), nullable=False),
        sa.Column("requirement_id", sa.String(40), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.Column("attachment_id", sa.String(36), nullable=False),
        sa.Column("checked_by", sa.String(64), nullable=False),
        sa.Column("checked_at", UtcDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["application_id"], ["permit_applications.id"],
                                name=op.f("fk_permit_requirements_application_id_permit_applications")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_permit_requirements")),
    )
    op.create_index(op.f("ix_permit_requirements_application_id"), "permit_requirements", ["application_id"])
    for statement in SEARCH_UP:
        op.execute(statement)
    op.create_index("ix_case_events_at", "case_events", ["at"])


# `case_search` (FTS5, trigram: LIKE '%...%' of 3 characters or more uses the index) holds one
# row per case number (rowid 2n+1 of the case's rowid n) and one per subject (rowid 2n): the
# triggers keep it in step with the tables. Outside the ORM's metadata (app.store.search).
SEARCH_UP = (
    "CREATE VIRTUAL TABLE case_search USING fts5(case_id UNINDEXED, text, tokenize='trigram')",
    "INSERT INTO case_search(rowid, case_id, text) SELECT rowid * 2 + 1, id, number FROM cases",
    "INSERT INTO case_search(rowid, case_id, text) "
    "SELECT rowid * 2, case_id, full_name || ' ' || document_number FROM case_subjects",
    "CREATE TRIGGER case_search_case AFTER INSERT ON cases BEGIN "
    "INSERT INTO case_search(rowid, case_id, text) VALUES (new.rowid * 2 + 1, new.id, "
    "new.number); END",
    "CREATE TRIGGER case_search_subject_added AFTER INSERT ON case_subjects BEGIN "
    "INSERT INTO case_search(rowid, case_id, text) VALUES (new.rowid * 2, new.case_id, "
    "new.full_name || ' ' || new.document_number); END",
    "CREATE TRIGGER case_search_subject_changed AFTER UPDATE ON case_subjects BEGIN "
    "DELETE FROM case_search WHERE rowid = old.rowid * 2; "
    "INSERT INTO case_search(rowid, case_id, text) VALUES (new.rowid * 2, new.case_id, "
    "new.full_name || ' ' || new.document_number); END",
    "CREATE TRIGGER case_search_subject_removed AFTER DELETE ON case_subjects BEGIN "
    "DELETE FROM case_search WHERE rowid = old.rowid * 2; END",
)
SEARCH_DOWN = (
    "DROP TRIGGER case_search_subject_removed", "DROP TRIGGER case_search_subject_changed",
    "DROP TRIGGER case_search_subject_added", "DROP TRIGGER case_search_case",
    "DROP TABLE case_search",
)


def downgrade() -> None:
    op.drop_index("ix_case_events_at", table_name="case_events")
    for statement in SEARCH_DOWN:
        op.execute(statement)
    op.drop_table("permit_requirements")
    op.drop_table("permit_applications")
