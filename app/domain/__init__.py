"""Pure domain rules: no Qt, no SQLAlchemy sessions, no network."""
