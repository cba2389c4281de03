"""The case search index: an SQLite FTS5 table with the trigram tokenizer, kept by triggers
(revision 0011), outside the ORM's metadata.

`LIKE '%abc%'` on it uses the index for three characters or more, so finding a case by a part
of its number, a subject's name or a document number reads a few index pages instead of every
case and subject.
"""

from __future__ import annotations

from sqlalchemy import Select, column, select, table

CASE_SEARCH = table("case_search", column("case_id"), column("text"))
SEARCH_TABLE_PREFIX = "case_search"  # the FTS table and its shadow tables
MIN_INDEXED = 3  # characters: a shorter text cannot use a trigram index


def in_metadata(name: str | None, type_: str, _parent: object) -> bool:
    """For Alembic's comparisons: the search index and its shadow tables are not models."""
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLE_PREFIX))


def case_ids_matching(text: str) -> Select:
    """Ids of the cases whose number, subject name or document number contains `text`
    (ASCII case folded); LIKE wildcards typed by the officer are taken literally out."""
    cleaned = text.replace("%", "").replace("_", "").strip()
    return select(CASE_SEARCH.c.case_id).where(CASE_SEARCH.c.text.like(f"%{cleaned}%"))
