"""Merging a colleague's export of a case the library already holds: offer, never overwrite.

When the same case comes back from a colleague (``Library.import_case``):

- assessments and notes are append-only by id: the ones the library lacks are added, so
  both analysts' ratings and notes are kept side by side;
- items the library lacks that came from extraction (origin ``auto``) and new documents are
  added, as before;
- everything that would *change* what the analyst already has is recorded as a **pending
  change** instead of being applied: an item whose content differs ("changed"), a new item
  a person made (origin ``analyst``: "added"), and an extracted item the colleague no longer
  has ("deleted"; items missing from their copy that *we* made are our own additions, not
  their deletions). The reader lists them (:func:`pending_changes`) and the analyst accepts
  or rejects each one (:func:`accept_change`, :func:`reject_change`).

An offered change is recorded once: importing the same file again, or a change already
rejected, does not bring it back. Accepting a change applies it in one transaction and
checks the case is still consistent (no mention of a deleted entity, no claim of an unknown
source): if not, nothing is applied and the message says what to accept first.

Stored in the ``pending_changes`` table (schema migration 2 in ``library.py``). No Qt here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.casefile.errors import InvalidInput
from desktop.casefile.model import COLLECTIONS, Case

if TYPE_CHECKING:  # pragma: no cover
    from desktop.store.library import Library

# Collections whose items an analyst corrects; assessments and notes are append-only and
# documents are the report itself.
CORRECTABLE = ("entities", "mentions", "incidents", "sources", "claims")
KINDS = ("changed", "added", "deleted")
STATUSES = ("pending", "accepted", "rejected")

CREATE_SQL = """
CREATE TABLE IF NOT EXISTS pending_changes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id TEXT NOT NULL,
    collection TEXT NOT NULL,
    item_id TEXT NOT NULL,
    kind TEXT NOT NULL,          -- changed | added | deleted
    theirs TEXT,                 -- the colleague's item as JSON (NULL for deleted)
    ours TEXT,                   -- our item when the change was offered (NULL for added)
    origin TEXT NOT NULL,        -- which export it came from, in words
    created TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',  -- pending | accepted | rejected
    resolved TEXT
)
"""
INDEX_SQL = "CREATE INDEX IF NOT EXISTS pending_changes_case ON pending_changes (case_id, status)"


def migrate(conn: Any) -> None:
    """Schema step 2: the pending-changes table. Safe to run twice (IF NOT EXISTS)."""
    conn.execute(CREATE_SQL)
    conn.execute(INDEX_SQL)


@dataclass(frozen=True)
class PendingChange:
    """One correction a colleague made that the analyst has not accepted or rejected yet."""

    id: int
    case_id: str
    collection: str
    item_id: str
    kind: str  # changed | added | deleted
    theirs: Any | None  # model item (Claim, Entity...) or None for a deletion
    ours: Any | None  # the library's item now, or None
    origin: str
    created: str
    status: str

    def differences(self) -> list[tuple[str, Any, Any]]:
        """``(field, ours, theirs)`` for each field that differs (top-level, JSON values)."""
        a = self.ours.to_dict() if self.ours is not None else {}
        b = self.theirs.to_dict() if self.theirs is not None else {}
        return [(k, a.get(k), b.get(k)) for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)]

    def describe(self) -> str:
        """One line for a list: "claims c2 changed (content)"."""
        if self.kind == "changed":
            return f"{self.collection} {self.item_id} changed ({', '.join(f for f, _, _ in self.differences())})"
        return f"{self.collection} {self.item_id} {self.kind} by a colleague"


def _dump(collection: str, item: Any) -> str:
    data = item.to_dict()
    if collection == "documents":
        data["text"] = item.text
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _load(collection: str, text: str | None) -> Any | None:
    if text is None:
        return None
    data = json.loads(text)
    item = COLLECTIONS[collection].from_dict(data)
    if collection == "documents":
        item.text = data.get("text", "")
    return item


def origin_of(case: Case) -> str:
    return f"{case.info.title} (modified {case.info.modified})"


def offer(
    lib: Library,
    case_id: str,
    collection: str,
    item_id: str,
    kind: str,
    theirs: Any | None,
    ours: Any | None,
    origin: str,
    now: str,
) -> bool:
    """Record one change unless the same one was offered before; True if recorded.

    Runs inside the caller's transaction (the import).
    """
    theirs_json = _dump(collection, theirs) if theirs is not None else None
    seen = lib.conn.execute(
        "SELECT 1 FROM pending_changes WHERE case_id = ? AND collection = ? AND item_id = ? AND kind = ? "
        "AND theirs IS ?",
        (case_id, collection, item_id, kind, theirs_json),
    ).fetchone()
    if seen:
        return False
    lib.conn.execute(
        "INSERT INTO pending_changes (case_id, collection, item_id, kind, theirs, ours, origin, created, status) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending')",
        (
            case_id,
            collection,
            item_id,
            kind,
            theirs_json,
            _dump(collection, ours) if ours is not None else None,
            origin,
            now,
        ),
    )
    return True


def pending_changes(lib: Library, case_id: str, *, status: str | None = "pending") -> list[PendingChange]:
    """The case's offered changes (only pending ones by default; ``status=None`` for all)."""
    sql = "SELECT * FROM pending_changes WHERE case_id = ?"
    params: list[Any] = [case_id]
    if status is not None:
        if status not in STATUSES:
            raise ValueError(f"status must be one of {STATUSES}")
        sql += " AND status = ?"
        params.append(status)
    out = []
    for row in lib.query(sql + " ORDER BY id", params):
        out.append(
            PendingChange(
                id=row["id"],
                case_id=row["case_id"],
                collection=row["collection"],
                item_id=row["item_id"],
                kind=row["kind"],
                theirs=_load(row["collection"], row["theirs"]),
                ours=lib.get_item(case_id, row["collection"], row["item_id"]),
                origin=row["origin"],
                created=row["created"],
                status=row["status"],
            )
        )
    return out


def _row(lib: Library, case_id: str, change_id: int) -> dict[str, Any]:
    from desktop.store.library import LibraryError

    rows = list(lib.query("SELECT * FROM pending_changes WHERE case_id = ? AND id = ?", (case_id, change_id)))
    if not rows:
        raise LibraryError(f"no offered change {change_id} for case {case_id!r}")
    if rows[0]["status"] != "pending":
        raise LibraryError(f"change {change_id} was already {rows[0]['status']}")
    return rows[0]


def accept_change(lib: Library, case_id: str, change_id: int, *, now: str) -> None:
    """Apply a colleague's change, as one edit, if the case stays consistent."""
    from desktop.casefile.validate import check_case
    from desktop.store.library import LibraryError

    with lib.transaction():
        row = _row(lib, case_id, change_id)
        collection, item_id = row["collection"], row["item_id"]
        if row["kind"] == "deleted":
            lib._delete(case_id, collection, item_id)
        else:
            lib._put(case_id, collection, _load(collection, row["theirs"]))
        try:
            check_case(lib.load_case(case_id))
        except InvalidInput as exc:
            # Raising rolls the whole edit back.
            raise LibraryError(f"cannot accept {collection} {item_id} {row['kind']} on its own: {exc}") from None
        lib.conn.execute("UPDATE pending_changes SET status = 'accepted', resolved = ? WHERE id = ?", (now, change_id))
        lib._touch(case_id)


def reject_change(lib: Library, case_id: str, change_id: int, *, now: str) -> None:
    """Keep our version; the change is not offered again."""
    with lib.transaction():
        _row(lib, case_id, change_id)
        lib.conn.execute("UPDATE pending_changes SET status = 'rejected', resolved = ? WHERE id = ?", (now, change_id))
