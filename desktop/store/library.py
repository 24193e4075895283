"""The offline library: one SQLite file holding every case the analyst has opened.

Tables mirror the case-file collections (one row per item, keyed by ``case_id, id``, with
nested values stored as JSON text) so anyone can inspect the file with ``sqlite-utils``
or Datasette. Writes go through :meth:`Library.transaction`: an import is one transaction
and so is every edit, so a crash never leaves half a case or half an edit behind.

sqlite-utils creates the schema and the FTS5 indexes; the rows themselves are written with
plain ``executemany`` inside our own transaction because sqlite-utils' insert helpers
commit on their own, which would split an import into several transactions.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import platformdirs

from desktop.casefile.model import COLLECTIONS, Case, CaseInfo

APP_NAME = "CasefileReader"
LIBRARY_ENV = "CASEFILE_LIBRARY"


class LibraryError(Exception):
    """The library cannot do what was asked; the message says why in the user's words."""


def default_library_path() -> Path:
    """``$CASEFILE_LIBRARY`` if set, else ``library.sqlite`` in the user data folder."""
    env = os.environ.get(LIBRARY_ENV)
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "library.sqlite"


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _json_fields(klass: type) -> set[str]:
    """Fields stored as JSON text: nested objects and lists."""
    out = set(getattr(klass, "_nested", {})) | set(getattr(klass, "_nested_lists", {}))
    for f in fields(klass):
        if f.default_factory is list:  # type: ignore[comparison-overlap]
            out.add(f.name)
    return out


TABLES: dict[str, tuple[type, list[str], set[str]]] = {
    name: (klass, [f.name for f in fields(klass)], _json_fields(klass)) for name, klass in COLLECTIONS.items()
}


def _row_of(case_id: str, seq: int, collection: str, item: Any) -> dict[str, Any]:
    _, names, json_names = TABLES[collection]
    data = item.to_dict()
    row: dict[str, Any] = {"case_id": case_id, "seq": seq}
    for name in names:
        value = data.get(name)
        if name in json_names and value is not None:
            value = json.dumps(value, ensure_ascii=False, sort_keys=True)
        row[name] = value
    if collection == "documents":
        row["text"] = item.text
    return row


def _item_of(collection: str, row: dict[str, Any]) -> Any:
    klass, names, json_names = TABLES[collection]
    data = {}
    for name in names:
        value = row.get(name)
        if name in json_names and value is not None:
            value = json.loads(value)
        data[name] = value
    item = klass.from_dict(data)
    if collection == "documents":
        item.text = row.get("text") or ""
    return item


# -- schema and migrations --------------------------------------------------------------


def _migration_1(db: Any) -> None:
    db["cases"].create(
        {
            "id": str,
            "title": str,
            "summary": str,
            "created": str,
            "modified": str,
            "report_date": str,
            "language": str,
            "imported": str,
        },
        pk="id",
        if_not_exists=True,
    )
    for collection, (_klass, names, _json_names) in TABLES.items():
        columns: dict[str, type] = {"case_id": str, "id": str, "seq": int}
        for name in names:
            if name in ("id",):
                continue
            columns[name] = str
        if collection == "documents":
            columns["text"] = str
        for int_col in ("start", "end"):
            if int_col in columns:
                columns[int_col] = int
        db[collection].create(
            columns, pk=("case_id", "id"), foreign_keys=[("case_id", "cases", "id")], if_not_exists=True
        )
        db[collection].create_index(["case_id", "seq"], if_not_exists=True)
    db["mentions"].create_index(["case_id", "entity"], if_not_exists=True)
    db["claims"].create_index(["case_id", "source"], if_not_exists=True)
    db["assessments"].create_index(["case_id", "target"], if_not_exists=True)
    db["documents"].enable_fts(["title", "text"], create_triggers=True, tokenize="unicode61", replace=True)
    db["claims"].enable_fts(["content", "cue"], create_triggers=True, tokenize="unicode61", replace=True)


# Each function moves the schema from version N-1 to N. sqlite-utils commits as it
# goes, so every step must be safe to run again after a crash half-way through; the
# version number is bumped only once the whole step has run.
def _migration_2(db: Any) -> None:
    """Changes offered by a colleague's export, awaiting the analyst (see store/merge.py)."""
    from desktop.store import merge

    merge.migrate(db.conn)


MIGRATIONS = [_migration_1, _migration_2]
SCHEMA_VERSION = len(MIGRATIONS)


@dataclass
class ImportResult:
    case_id: str
    status: str  # "new" | "unchanged" | "merged"
    added: int = 0  # items the library did not have
    conflicts: list[str] | None = None  # ids whose library version differs and was kept
    offered: int = 0  # changes recorded for review (see pending_changes), not applied


class Library:
    """A connection to one library file. Not shared between threads: open one per thread."""

    def __init__(self, path: str | os.PathLike[str] | None = None, *, timeout: float = 5.0) -> None:
        self.path = Path(path) if path is not None else default_library_path()
        if self.path.is_dir():
            self.path = self.path / "library.sqlite"  # a folder given for the library: the library file inside it
        if str(self.path) != ":memory:":
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise LibraryError(f"cannot create the library folder {self.path.parent}: {exc.strerror}") from None
        deadline = time.monotonic() + timeout
        while True:
            try:
                conn = _connect(self.path, timeout)
                break
            except sqlite3.DatabaseError as exc:
                # Switching a new file to WAL while another instance does the same can answer "locked" at once,
                # without waiting on the busy timeout (two instances started together on a first run): try again
                # until the caller's timeout runs out.
                if _busy(exc) and time.monotonic() < deadline:
                    time.sleep(0.05)
                    continue
                if "unable to open" in str(exc) and not _writable(self.path):
                    # WAL needs to create files beside the library, so a read-only folder or
                    # disk fails at open time with SQLite's vaguest message: say what it means.
                    raise LibraryError(
                        f"the library {self.path} is on a read-only disk or in a read-only folder: "
                        "nothing was changed; copy it somewhere writable or fix the permissions"
                    ) from None
                raise LibraryError(_explain(exc, self.path)) from None
        self.conn = conn
        self._db: Any = None
        self._migrate()

    # -- plumbing -----------------------------------------------------------------------
    @property
    def db(self) -> Any:
        """A ``sqlite_utils.Database`` on this connection, for migrations and inspection.

        Imported on first use: sqlite-utils pulls in numpy when it is installed, about
        200 ms that every start of the app would otherwise pay.
        """
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    def query(self, sql: str, params: Any = ()) -> Iterator[dict[str, Any]]:
        """Rows of ``sql`` as dicts."""
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        for row in cursor:
            yield dict(zip(names, row, strict=True))

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it lands, or none of it."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as exc:
            raise LibraryError(_explain(exc, self.path)) from None
        try:
            yield self.conn
        except BaseException as exc:
            # SQLite may already have rolled back by itself (SQLITE_FULL, SQLITE_IOERR);
            # a second ROLLBACK would then raise and hide the real reason.
            if self.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            if _is_environmental(exc):
                raise LibraryError(_explain(exc, self.path)) from None
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            if self.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            raise LibraryError(_explain(exc, self.path)) from None

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise LibraryError(
                f"the library {self.path} was made by a newer version of Casefile Reader (schema {version})"
            )
        # Two instances opening a new library at once both migrate it. sqlite-utils commits as it goes, so
        # no lock can span a step; each step is safe to run again, so the one that finds the other's table
        # half-made ("already exists"), or dropped while the other remakes it ("no such table": the full-text
        # tables are replaced), waits a moment and starts again from the version now recorded.
        for attempt in range(40):
            try:
                for number in range(self.schema_version(), SCHEMA_VERSION):
                    MIGRATIONS[number](self.db)
                    self.conn.execute(f"PRAGMA user_version = {number + 1}")
                return
            except sqlite3.OperationalError as exc:
                if not (_busy(exc) or "already exists" in str(exc) or "no such table" in str(exc)) or attempt == 39:
                    raise LibraryError(_explain(exc, self.path)) from None
                time.sleep(0.05)
            except sqlite3.DatabaseError as exc:
                raise LibraryError(_explain(exc, self.path)) from None

    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def integrity_ok(self) -> bool:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    def _insert(self, table: str, rows: list[dict[str, Any]], *, replace: bool = False) -> None:
        if not rows:
            return
        cols = list(rows[0])
        verb = "INSERT OR REPLACE" if replace else "INSERT"
        sql = f"{verb} INTO [{table}] ({', '.join(f'[{c}]' for c in cols)}) VALUES ({', '.join('?' for _ in cols)})"
        self.conn.executemany(sql, [tuple(r[c] for c in cols) for r in rows])

    # -- cases --------------------------------------------------------------------------
    def has_case(self, case_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone() is not None

    def list_cases(self) -> list[dict[str, Any]]:
        """Every case with its counts, newest change first."""
        sql = """
            SELECT c.id, c.title, c.report_date, c.modified, c.imported,
              (SELECT count(*) FROM documents d WHERE d.case_id = c.id) AS documents,
              (SELECT count(*) FROM entities e WHERE e.case_id = c.id) AS entities,
              (SELECT count(*) FROM incidents i WHERE i.case_id = c.id) AS incidents,
              (SELECT count(*) FROM claims k WHERE k.case_id = c.id) AS claims,
              (SELECT count(*) FROM assessments a WHERE a.case_id = c.id) AS assessments
            FROM cases c ORDER BY c.modified DESC, c.title
        """
        return [dict(r) for r in self.query(sql)]

    def import_case(self, case: Case) -> ImportResult:
        """Add ``case`` to the library, matched by case id; never duplicates, never overwrites.

        A new case is inserted whole. For a case already here, items the library lacks
        are added (a colleague's assessments, notes, extracted items...), items that are the
        same are left alone, and items that differ keep the library's version and are
        reported as conflicts. Corrections (differing items, new analyst-made items, extracted
        items the colleague deleted) are recorded as pending changes for the analyst to
        accept or reject (see ``desktop/store/merge.py``), never applied silently.
        """
        from desktop.store import merge

        cid = case.info.id
        with self.transaction():
            if not self.has_case(cid):
                self._insert("cases", [self._case_row(case.info)])
                for collection in COLLECTIONS:
                    items = getattr(case, collection)
                    self._insert(collection, [_row_of(cid, i, collection, it) for i, it in enumerate(items)])
                return ImportResult(cid, "new", added=sum(len(getattr(case, c)) for c in COLLECTIONS))
            added = offered = 0
            conflicts: list[str] = []
            now, origin = utc_now(), merge.origin_of(case)
            for collection in COLLECTIONS:
                have = {
                    row["id"]: row
                    for row in self.query(f"SELECT * FROM [{collection}] WHERE case_id = ?", [cid])
                }
                next_seq = max((r["seq"] for r in have.values()), default=-1) + 1
                new_rows = []
                theirs_ids = set()
                for item in getattr(case, collection):
                    theirs_ids.add(item.id)
                    row = _row_of(cid, 0, collection, item)
                    old = have.get(item.id)
                    if old is None and collection in merge.CORRECTABLE and item.origin == "analyst":
                        offered += merge.offer(self, cid, collection, item.id, "added", item, None, origin, now)
                    elif old is None:
                        row["seq"] = next_seq
                        next_seq += 1
                        new_rows.append(row)
                    elif any(old.get(k) != v for k, v in row.items() if k != "seq"):
                        conflicts.append(item.id)
                        ours = _item_of(collection, old)
                        offered += merge.offer(self, cid, collection, item.id, "changed", item, ours, origin, now)
                if collection in merge.CORRECTABLE:
                    # Missing from their copy: deleted by them if it came from extraction;
                    # if one of us made it, it is our own addition, not their deletion.
                    for item_id, old in have.items():
                        if item_id not in theirs_ids and old.get("origin") == "auto":
                            ours = _item_of(collection, old)
                            offered += merge.offer(self, cid, collection, item_id, "deleted", None, ours, origin, now)
                self._insert(collection, new_rows)
                added += len(new_rows)
            if added:
                self.conn.execute("UPDATE cases SET modified = ? WHERE id = ?", (utc_now(), cid))
            status = "merged" if added or offered else "unchanged"
            return ImportResult(cid, status, added=added, conflicts=conflicts, offered=offered)

    def _case_row(self, info: CaseInfo) -> dict[str, Any]:
        row = info.to_dict()
        row["imported"] = utc_now()
        return row

    def load_case(self, case_id: str) -> Case:
        """The whole case as a model object (documents with their text)."""
        rows = list(self.query("SELECT * FROM cases WHERE id = ?", [case_id]))
        if not rows:
            raise LibraryError(f"no case {case_id!r} in the library")
        info = CaseInfo.from_dict(rows[0])
        case = Case(info=info)
        for collection in COLLECTIONS:
            rows = self.query(f"SELECT * FROM [{collection}] WHERE case_id = ? ORDER BY seq", [case_id])
            setattr(case, collection, [_item_of(collection, r) for r in rows])
        return case

    def remove_case(self, case_id: str) -> None:
        with self.transaction():
            for collection in COLLECTIONS:
                self.conn.execute(f"DELETE FROM [{collection}] WHERE case_id = ?", (case_id,))
            self.conn.execute("DELETE FROM pending_changes WHERE case_id = ?", (case_id,))
            self.conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))

    # -- edits: each one transaction ----------------------------------------------------
    def _touch(self, case_id: str) -> None:
        cur = self.conn.execute("UPDATE cases SET modified = ? WHERE id = ?", (utc_now(), case_id))
        if cur.rowcount == 0:
            raise LibraryError(f"no case {case_id!r} in the library")

    def put_item(self, case_id: str, collection: str, item: Any) -> None:
        """Insert or replace one item (keeping its place in the list if it exists)."""
        with self.transaction():
            self._put(case_id, collection, item)
            self._touch(case_id)

    def _put(self, case_id: str, collection: str, item: Any) -> None:
        found = self.conn.execute(
            f"SELECT seq FROM [{collection}] WHERE case_id = ? AND id = ?", (case_id, item.id)
        ).fetchone()
        if found is None:
            seq = self.conn.execute(
                f"SELECT coalesce(max(seq), -1) + 1 FROM [{collection}] WHERE case_id = ?", (case_id,)
            ).fetchone()[0]
        else:
            seq = found[0]
        self._insert(collection, [_row_of(case_id, seq, collection, item)], replace=True)

    def delete_item(self, case_id: str, collection: str, item_id: str) -> None:
        with self.transaction():
            self._delete(case_id, collection, item_id)
            self._touch(case_id)

    def _delete(self, case_id: str, collection: str, item_id: str) -> None:
        self.conn.execute(f"DELETE FROM [{collection}] WHERE case_id = ? AND id = ?", (case_id, item_id))

    def apply(self, case_id: str, puts: list[tuple[str, Any]], deletes: list[tuple[str, str]] = ()) -> None:  # type: ignore[assignment]
        """Several changes as one edit (a merge, an undo of a merge): all or nothing."""
        with self.transaction():
            for collection, item_id in deletes:
                self._delete(case_id, collection, item_id)
            for collection, item in puts:
                self._put(case_id, collection, item)
            self._touch(case_id)

    # -- a colleague's corrections, offered not applied (store/merge.py) ------------------
    def pending_changes(self, case_id: str, *, status: str | None = "pending") -> list[Any]:
        """The changes a colleague's export offered for ``case_id`` (``merge.PendingChange``)."""
        from desktop.store import merge

        return merge.pending_changes(self, case_id, status=status)

    def accept_change(self, case_id: str, change_id: int) -> None:
        """Apply one offered change as one edit; LibraryError if the case would not hold together."""
        from desktop.store import merge

        merge.accept_change(self, case_id, change_id, now=utc_now())

    def reject_change(self, case_id: str, change_id: int) -> None:
        """Keep the library's version; the change is not offered again."""
        from desktop.store import merge

        merge.reject_change(self, case_id, change_id, now=utc_now())

    def get_item(self, case_id: str, collection: str, item_id: str) -> Any | None:
        rows = list(self.query(f"SELECT * FROM [{collection}] WHERE case_id = ? AND id = ?", [case_id, item_id]))
        return _item_of(collection, rows[0]) if rows else None

    # -- search ---------------------------------------------------------------------------
    def search(self, query: str, limit: int = 50) -> list[dict[str, Any]]:
        """Full-text search over report text and claims of every case, best first."""
        if not query.strip():
            return []
        match = _quote_fts(query.strip())
        sql = """
            SELECT * FROM (
              SELECT 'document' AS kind, d.case_id, d.id AS item_id, c.title AS case_title,
                snippet(documents_fts, 1, '[', ']', '…', 12) AS snippet, documents_fts.rank AS rank
              FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
                JOIN cases c ON c.id = d.case_id
              WHERE documents_fts MATCH :q
              UNION ALL
              SELECT 'claim', k.case_id, k.id, c.title,
                snippet(claims_fts, 0, '[', ']', '…', 12), claims_fts.rank
              FROM claims_fts JOIN claims k ON k.rowid = claims_fts.rowid
                JOIN cases c ON c.id = k.case_id
              WHERE claims_fts MATCH :q
            ) ORDER BY rank LIMIT :limit
        """
        try:
            return [dict(r) for r in self.query(sql, {"q": match, "limit": limit})]
        except sqlite3.OperationalError as exc:
            raise LibraryError(f"cannot search for {query!r}: {exc}") from None


def _writable(path: Path) -> bool:
    """Whether the library file (if it exists) and its folder accept writes."""
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(path.parent, os.W_OK)


# SQLite primary result codes that say something about the machine, not about our SQL:
# busy, locked, out of memory, read-only, I/O error, corrupt, full, cannot open, not a database.
_ENVIRONMENTAL_CODES = {5, 6, 7, 8, 10, 11, 13, 14, 26}


def _is_environmental(exc: BaseException) -> bool:
    """True for an SQLite error the user can act on (disk full, read-only, busy...), not a bug."""
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(exc, sqlite3.DatabaseError) and code is not None and (code & 0xFF) in _ENVIRONMENTAL_CODES


def _quote_fts(query: str) -> str:
    """Each word as an FTS5 string, so user input is never read as query syntax."""
    words = [w.replace('"', '""') for w in query.split()]
    return " ".join(f'"{w}"' for w in words if w.strip('"'))


def _connect(path: Path, timeout: float) -> sqlite3.Connection:
    """A connection to the library file in the modes the library needs, closed again if setting them fails."""
    conn = sqlite3.connect(str(path), timeout=timeout, isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        if str(path) != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
        # FULL: an acknowledged edit survives a power cut, not only a killed process.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def _busy(exc: sqlite3.Error) -> bool:
    """Whether SQLite says another connection holds the file ("database is locked", "busy")."""
    return "locked" in str(exc) or "busy" in str(exc)


def _explain(exc: sqlite3.Error, path: Path) -> str:
    """Turn SQLite's error into a sentence an analyst can act on."""
    text = str(exc)
    if _busy(exc):
        return f"the library {path} is busy: another Casefile Reader is writing to it; try again in a moment"
    if "readonly" in text or "read-only" in text:
        return f"the library {path} is read-only: nothing was changed; check the file's permissions"
    if "disk is full" in text or "full" in text:
        return f"the disk holding {path} is full: the last change was not saved; free some space and retry"
    if "not a database" in text or "malformed" in text:
        return f"{path} is not a Casefile library or is damaged ({text})"
    if "unable to open" in text:
        return f"cannot open the library {path} ({text})"
    return f"library error in {path}: {text}"
