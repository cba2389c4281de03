"""`publish_change` is serialised on PostgreSQL by one advisory lock per transaction."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace

from server.admin import CHANGES_LOCK, publish_changes

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


class _RecordingSession:
    """Just enough of a Session to see what `publish_changes` executes on a given dialect."""

    def __init__(self, dialect: str) -> None:
        self.info: dict = {}
        self.executed: list[tuple[str, object]] = []
        self.transaction = object()
        self._bind = SimpleNamespace(dialect=SimpleNamespace(name=dialect))

    def get_bind(self):
        return self._bind

    def get_transaction(self):
        return self.transaction

    def execute(self, statement, params=None):
        self.executed.append((str(statement), params))


def _items(n: int):
    return ((str(i), {"full_name": f"X {i}"}) for i in range(n))


def test_postgresql_takes_the_advisory_lock_once_per_transaction_before_inserting():
    session = _RecordingSession("postgresql")
    assert publish_changes(session, "watch_entry", _items(12_001), NOW) == 12_001
    assert publish_changes(session, "watch_entry", _items(1), NOW) == 1
    statements = [sql for sql, _ in session.executed]
    assert statements[0] == "SELECT pg_advisory_xact_lock(:key)"
    assert session.executed[0][1] == {"key": CHANGES_LOCK}
    assert statements.count(statements[0]) == 1
    inserts = [params for sql, params in session.executed if sql.startswith("INSERT")]
    assert [len(chunk) for chunk in inserts] == [5000, 5000, 2001, 1]  # bulk, in chunks

    session.transaction = object()  # the next transaction locks again
    publish_changes(session, "watch_entry", _items(1), NOW)
    assert [sql for sql, _ in session.executed].count(statements[0]) == 2


def test_sqlite_needs_no_lock():
    session = _RecordingSession("sqlite")
    publish_changes(session, "holiday", _items(3), NOW)
    assert all(sql.startswith("INSERT") for sql, _ in session.executed)
