"""Local store: SQLAlchemy models, the SQLite engine, Alembic migrations."""
