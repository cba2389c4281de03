"""The local watch lists (cekal and Interpol): import, status and screening of travellers.

The lists live in the store (so they survive restarts and work offline) and in one in-memory
`ScreeningIndex` built from it on first use and updated incrementally on every import. An import
is all or nothing: every row is checked first, and one bad row refuses the whole file with the
line numbers of every bad row.
"""

from __future__ import annotations

import csv
import io
import logging
import threading
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, insert, select

from app.auth.permissions import Actor, Permission, require, require_any_role
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.base import ServiceContext, UnitOfWork
from app.services.reference import ReferenceService
from app.store.counter_models import WatchListEntry, WatchListImport
from app.store.models import new_id

if TYPE_CHECKING:
    from app.domain.screening import Hit, ScreeningIndex, Traveller, WatchEntry

# app.domain.screening (numpy, rapidfuzz) is imported where it is used, not at start-up: the
# sign-in window must not wait for it (benchmarks/startup.py).

log = logging.getLogger(__name__)

CSV_COLUMNS = ("list", "full_name", "birth_date", "nationality", "document_number",
               "reference", "valid_until")
# Columns a file may add; `aliases` and `document_number` hold several values split by '|'.
OPTIONAL_COLUMNS = ("aliases", "action", "legal_basis", "requesting_agency", "valid_from")
MAX_LINE_ERRORS = 50
WATCH_KIND = "watch_entry"  # a listed entry pushed for the server to publish (decision 0025)
_ID_NAMESPACE = uuid.UUID("6f1d2c8e-33a4-4d0c-9a51-7b3f4e2a9c10")
_INSERT_CHUNK = 5000


@dataclass(frozen=True)
class LineError:
    line: int
    message: str


@dataclass(frozen=True)
class ImportResult:
    import_id: str
    entries: int
    source: str


@dataclass(frozen=True)
class ListStatus:
    """How many entries the lists hold and how old they are (None: never updated)."""

    counts: dict[str, int]
    updated_at: datetime | None
    max_age: timedelta

    def age(self, now: datetime) -> timedelta | None:
        return None if self.updated_at is None else now - self.updated_at

    def stale(self, now: datetime) -> bool:
        age = self.age(now)
        return age is None or age > self.max_age


class WatchListImportError(ValidationError):
    """A watch-list file with bad rows; `errors` names each by line."""

    def __init__(self, errors: list[LineError], source: str) -> None:
        shown = "; ".join(f"baris {e.line}: {e.message}" for e in errors[:5])
        more = len(errors) - 5
        super().__init__(
            QT_TRANSLATE_NOOP("gapura", "Berkas daftar {source} tidak diimpor karena ada "
                              "{count} baris salah ({shown}{more}). Perbaiki berkasnya lalu "
                              "impor ulang; tidak ada data yang berubah."),
            detail=f"watch-list import of {source} refused: {errors[:MAX_LINE_ERRORS]}",
            source=source, count=len(errors), shown=shown,
            more=f"; dan {more} lainnya" if more > 0 else "")
        self.errors = errors


def entry_id(list_name: str, reference: str, full_name: str, birth_date: str,
             document_number: str) -> str:
    """A stable id, so that importing the same row again replaces it instead of doubling it."""
    from app.domain.screening import normalise_document_number

    key = "|".join((list_name, reference.strip().upper(), " ".join(full_name.upper().split()),
                    birth_date, normalise_document_number(document_number)))
    return str(uuid.uuid5(_ID_NAMESPACE, key))


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split("|") if part.strip())


def _date(text: str, column: str, errors: list[str]) -> date | None:
    if not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        errors.append(f"{column} '{text}' bukan tanggal YYYY-MM-DD")
        return None


def parse_row(row: dict[str, str]) -> tuple[WatchEntry | None, list[str]]:
    """One CSV row as an entry, or the reasons it is refused (in Indonesian)."""
    from app.domain.screening import WatchAction, WatchEntry, WatchList, parse_birth_date

    errors: list[str] = []
    value = {k: (row.get(k) or "").strip() for k in (*CSV_COLUMNS, *OPTIONAL_COLUMNS)}
    list_name = value["list"].lower()
    if list_name not in {w.value for w in WatchList}:
        errors.append(f"list '{value['list']}' bukan pencegahan, penangkalan atau interpol")
    if not value["full_name"]:
        errors.append("full_name kosong")
    birth = value["birth_date"]
    if birth:
        try:
            parse_birth_date(birth)
        except ValueError:
            errors.append(f"birth_date '{birth}' bukan YYYY-MM-DD atau YYYY")
    nationality = value["nationality"].upper()
    if nationality and not (len(nationality) in (1, 3) and nationality.replace("<", "").isalpha()):
        errors.append(f"nationality '{value['nationality']}' bukan kode negara ICAO")
    action = value["action"].lower()
    if action and action not in {a.value for a in WatchAction}:
        errors.append(f"action '{value['action']}' tidak dikenal")
    valid_from = _date(value["valid_from"], "valid_from", errors)
    valid_until = _date(value["valid_until"], "valid_until", errors)
    if valid_from and valid_until and valid_until < valid_from:
        errors.append("valid_until sebelum valid_from")
    if errors:
        return None, errors
    documents = _split(value["document_number"])
    return WatchEntry(
        id=entry_id(list_name, value["reference"], value["full_name"], birth,
                    documents[0] if documents else ""),
        list_name=list_name, full_name=" ".join(value["full_name"].split()), birth_date=birth,
        nationality=nationality, document_numbers=documents, reference=value["reference"],
        action=action, valid_from=valid_from, valid_until=valid_until,
        aliases=_split(value["aliases"]), legal_basis=value["legal_basis"],
        requesting_agency=value["requesting_agency"]), []


def parse_csv(text: str, source: str) -> list[WatchEntry]:
    """Every row of a watch-list CSV, or WatchListImportError naming each bad line."""
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in reader.fieldnames or ()]
    missing = [c for c in CSV_COLUMNS if c not in header]
    if missing:
        raise WatchListImportError([LineError(1, "kolom tidak ada: " + ", ".join(missing))],
                                   source)
    reader.fieldnames = header
    entries: list[WatchEntry] = []
    errors: list[LineError] = []
    for row in reader:
        entry, problems = parse_row(row)
        line = reader.line_num
        if None in row:  # more cells than the header has
            problems.append("jumlah kolom lebih banyak dari header")
        errors.extend(LineError(line, p) for p in problems)
        if entry is not None and not problems:
            entries.append(entry)
    if errors:
        raise WatchListImportError(errors, source)
    return entries


def read_csv(path: Path) -> list[WatchEntry]:
    """Every entry of a watch-list CSV file (the workstation's import and the server's).

    Raises:
        WatchListImportError: the file has bad rows, each named by line.
        ValidationError: the file cannot be read or is not UTF-8 text.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("gapura", "Berkas {path} tidak dapat dibaca: {reason}"),
            detail=f"cannot read {path}: {exc!r}", path=str(path),
            reason=getattr(exc, "strerror", None) or "bukan teks UTF-8") from exc
    return parse_csv(text, path.name)


def _chunks(items: Iterable[WatchEntry], size: int) -> Iterator[list[WatchEntry]]:
    chunk: list[WatchEntry] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def watch_row(entry: WatchEntry, import_id: str) -> dict[str, object]:
    """The `watch_entries` row of `entry` (for bulk inserts)."""
    return {"id": entry.id, "list_name": entry.list_name, "full_name": entry.full_name,
            "aliases": "|".join(entry.aliases), "birth_date": entry.birth_date,
            "nationality": entry.nationality,
            "document_numbers": "|".join(entry.document_numbers), "reference": entry.reference,
            "legal_basis": entry.legal_basis, "requesting_agency": entry.requesting_agency,
            "action": entry.action, "valid_from": entry.valid_from,
            "valid_until": entry.valid_until, "import_id": import_id}


def _entry_of(row: WatchListEntry) -> WatchEntry:
    from app.domain.screening import WatchEntry

    return WatchEntry(
        id=row.id, list_name=row.list_name, full_name=row.full_name,
        birth_date=row.birth_date, nationality=row.nationality,
        document_numbers=_split(row.document_numbers), reference=row.reference,
        action=row.action, valid_from=row.valid_from, valid_until=row.valid_until,
        aliases=_split(row.aliases), legal_basis=row.legal_basis,
        requesting_agency=row.requesting_agency)


class ScreeningService:
    """Screens travellers against the local lists; one index per instance, shared by threads."""

    def __init__(self, context: ServiceContext, reference: ReferenceService) -> None:
        self._ctx = context
        self._reference = reference
        self._index: ScreeningIndex | None = None
        self._lock = threading.Lock()

    # -- the index ----------------------------------------------------------------------------

    def _entries(self) -> Iterator[WatchEntry]:
        with self._ctx.store.read() as session:
            for row in session.execute(select(WatchListEntry).execution_options(
                    yield_per=_INSERT_CHUNK)).scalars():
                yield _entry_of(row)

    def _ready_index(self) -> ScreeningIndex:
        """The index, built from the store the first time (caller holds the lock)."""
        if self._index is None:
            from app.domain.screening import ScreeningIndex

            started = self._ctx.clock()
            self._index = ScreeningIndex.build(self._entries())
            log.info("screening index built: %d entries in %s", len(self._index),
                     self._ctx.clock() - started)
        return self._index

    def warm_up(self) -> int:
        """Build the index now (at start-up, off the GUI thread); returns the entry count."""
        with self._lock:
            return len(self._ready_index())

    # -- use cases ----------------------------------------------------------------------------

    def screen(self, actor: Actor, traveller: Traveller, *, today: date | None = None,
               limit: int = 3) -> list[Hit]:
        """The list entries most likely to be `traveller`, best first (SOP A1 step 5)."""
        require(actor, Permission.WATCHLIST_SCREEN)
        day = today or self._ctx.clock().astimezone(self._ctx.config.timezone).date()
        with self._lock:
            return self._ready_index().screen(traveller, day, limit)

    def import_csv(self, actor: Actor, path: Path) -> ImportResult:
        """Add or replace the entries of a watch-list CSV file, all of them or none.

        Raises:
            WatchListImportError: the file has bad rows (each named by line); nothing changed.
            ValidationError: the file cannot be read.
        """
        require(actor, Permission.WATCHLIST_MANAGE)
        return self.import_entries(actor, read_csv(path), source=path.name)

    def import_entries(self, actor: Actor, entries: Iterable[WatchEntry], *,
                       source: str) -> ImportResult:
        """Add or replace `entries` in one transaction, with the import's audit event.

        Streams in chunks, so a full list of millions of entries never sits in memory twice.
        """
        import_id = new_id()
        seen: set[str] = set()
        counts: dict[str, int] = {}
        indexed = self._index is not None
        for_index: list[WatchEntry] = []
        with self._ctx.change(actor, Permission.WATCHLIST_MANAGE) as uow:
            for chunk in _chunks(entries, _INSERT_CHUNK):
                chunk = [e for e in chunk if e.id not in seen]  # a row twice counts once
                seen.update(e.id for e in chunk)
                uow.session.execute(WatchListEntry.__table__.delete().where(
                    WatchListEntry.id.in_([e.id for e in chunk])))
                uow.session.execute(insert(WatchListEntry),
                                    [watch_row(e, import_id) for e in chunk])
                for e in chunk:
                    counts[e.list_name] = counts.get(e.list_name, 0) + 1
                if indexed:
                    for_index.extend(chunk)
            uow.session.add(WatchListImport(id=import_id, imported_at=self._ctx.clock(),
                                            source=source, entries=len(seen),
                                            imported_by=actor.username))
            uow.audit("watchlist.imported", "watch_import", import_id,
                      after={"source": source, "entries": len(seen), "lists": counts})
        with self._lock:
            if self._index is not None:
                self._index.add_many(for_index)
        log.info("watch-list import %s: %d entries from %s", import_id, len(seen), source)
        return ImportResult(import_id, len(seen), source)

    def list_in(self, uow: UnitOfWork, entry: WatchEntry, *, source: str) -> None:
        """Put one entry on a list within a module's change (a passport reported lost, by the
        passport office): written and audited with that change, and pushed for the server to
        publish to every workstation; `apply_synced([entry], [])` after the commit lets this
        one's screening index know it at once."""
        import_id = new_id()
        uow.session.execute(WatchListEntry.__table__.delete().where(
            WatchListEntry.id == entry.id))
        uow.session.execute(insert(WatchListEntry), [watch_row(entry, import_id)])
        uow.session.add(WatchListImport(id=import_id, imported_at=self._ctx.clock(),
                                        source=source, entries=1,
                                        imported_by=uow.actor.username))
        uow.audit("watchlist.listed", "watch_entry", entry.id,
                  after={"list": entry.list_name, "source": source,
                         "documents": list(entry.document_numbers)})
        # To the server, which publishes it to every workstation's lists (decision 0025).
        uow.outbox(WATCH_KIND, entry.id, "list", entry.payload())

    def apply_synced(self, added: Iterable[WatchEntry], removed: Iterable[str]) -> None:
        """Bring the in-memory index up to date with entries sync just committed to the store
        (added or replaced, and removed); nothing to do while the index is not built yet, as
        it is built from the store."""
        with self._lock:
            if self._index is None:
                return
            for entry_id in removed:
                self._index.remove(entry_id)
            self._index.add_many(added)

    def status(self, actor: Actor) -> ListStatus:
        """Entries per list and the time of the last update, for the status bar (any role)."""
        from app.domain.screening import WatchList

        require_any_role(actor)
        today = self._ctx.clock().astimezone(self._ctx.config.timezone).date()
        max_age = timedelta(hours=self._reference.integer("watchlist.max_age_hours", today))
        with self._ctx.store.read() as session:
            updated = session.execute(select(func.max(WatchListImport.imported_at))).scalar()
            counts = dict(session.execute(select(
                WatchListEntry.list_name, func.count()).group_by(WatchListEntry.list_name)).all())
        return ListStatus({w.value: counts.get(w.value, 0) for w in WatchList}, updated, max_age)
