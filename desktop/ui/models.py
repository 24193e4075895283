"""Qt item models: thin adapters over the Qt-free case (claims, entities, cases, pending changes).

Rows are computed once per case load (``set_case``: one model reset); a rating or a note
changes only the affected cells (``refresh_ratings``: dataChanged). Raw sort keys are
served under ``SORT_ROLE`` so the proxy sorts dates and grades correctly.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from desktop.casefile import admiralty
from desktop.casefile.assess import current_grades
from desktop.casefile.model import ENTITY_TYPES, Case
from desktop.ui.theme import TYPE_LABELS

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
HAYSTACK_ROLE = Qt.ItemDataRole.UserRole + 3
KIND_ROLE = Qt.ItemDataRole.UserRole + 4
# after an entity that absorbed others; a sign the common fonts draw (DejaVu, Arial, Segoe UI all have it): the
# earlier sign, U+29C9 (two joined squares), came out as an empty box on a Linux desktop with only the usual fonts
MERGED_MARK = "≡"

Index = QModelIndex | QPersistentModelIndex

COL_SOURCE, COL_ROLE, COL_CUE, COL_CLAIM, COL_VIA, COL_DATE, COL_REL, COL_CRED, COL_DISAGREE, COL_NOTE = range(10)
CLAIM_HEADERS = ("Source", "Role", "Cue", "Claim", "Via", "Date", "Rel.", "Cred.", "≠", "Note")
CLAIM_HEADER_TIPS = (
    "Who the claim comes from",
    "The source's role or affiliation",
    "The words that introduce the claim (claimed, said, according to…)",
    "What is claimed",
    "Outlets or documents the claim came through, nearest first",
    "When the claim was made",
    "Admiralty reliability of the source (A–F), current rating",
    "Admiralty credibility of the claim (1–6), current rating",
    "Analysts disagree on the reliability or credibility",
    "Latest note on the claim",
)


def _grade_text(scale: str, code: str | None) -> str:
    return code or ""


_CLAIM_ROLES = frozenset(
    int(r)
    for r in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        SORT_ROLE,
        ID_ROLE,
        HAYSTACK_ROLE,
    )
)


class ClaimsModel(QAbstractTableModel):
    """One row per claim of the open case."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._case: Case | None = None
        self._rows: list[list[Any]] = []
        self._ids: list[str] = []
        self._row_of: dict[str, int] = {}
        self._tips: list[dict[int, str]] = []
        self._haystacks: list[str] = []

    # -- data in -----------------------------------------------------------------------------
    def set_case(self, case: Case | None) -> None:
        self.beginResetModel()
        self._case = case
        self._ids = [c.id for c in case.claims] if case else []
        self._row_of = {cid: i for i, cid in enumerate(self._ids)}
        self._rows, self._tips, self._haystacks = [], [], []
        if case is not None:
            self._compute_all()
        self.endResetModel()

    def _compute_all(self) -> None:
        case = self._case
        assert case is not None
        sources = case.by_id("sources")
        grades = current_grades(case)
        notes: dict[str, str] = {}
        for n in case.notes:
            if n.target:
                notes[n.target] = n.text
        self._rows, self._tips, self._haystacks = [], [], []
        for c in case.claims:
            src = sources.get(c.source)
            role = ", ".join(x for x in ((src.role if src else None), (src.affiliation if src else None)) if x)
            via = " ← ".join(sources[h.source].name if h.source in sources else h.source for h in c.via)
            date_text = (c.date.text or c.date.start or "") if c.date else ""
            date_key = (c.date.start or "") if c.date else ""
            rel = grades.get((c.source, admiralty.RELIABILITY_SCALE), {})
            cred = grades.get((c.id, admiralty.CREDIBILITY_SCALE), {})
            rel_now = case.current_grade(c.source, admiralty.RELIABILITY_SCALE)
            cred_now = case.current_grade(c.id, admiralty.CREDIBILITY_SCALE)
            disagree = len({a.grade for a in rel.values()}) > 1 or len({a.grade for a in cred.values()}) > 1
            row = [
                src.name if src else c.source,
                role,
                c.cue,
                c.content,
                via,
                date_text,
                rel_now.grade if rel_now else "",
                cred_now.grade if cred_now else "",
                "≠" if disagree else "",
                notes.get(c.id, ""),
            ]
            tips = {}
            if rel:
                tips[COL_REL] = "<br>".join(
                    f"{n}: {a.grade} — {admiralty.grade(a.scale, a.grade).label}" for n, a in rel.items()
                )
            if cred:
                tips[COL_CRED] = "<br>".join(
                    f"{n}: {a.grade} — {admiralty.grade(a.scale, a.grade).label}" for n, a in cred.items()
                )
            if disagree:
                tips[COL_DISAGREE] = "Analysts disagree:<br>" + "<br>".join(
                    f"{n}: {a.grade}" for n, a in [*rel.items(), *cred.items()]
                )
            tips[COL_CLAIM] = c.content
            self._rows.append(row + [date_key])
            self._tips.append(tips)
            self._haystacks.append(" ".join(str(v) for v in row).casefold())

    def refresh_ratings(self) -> None:
        """Claims, sources, ratings or notes changed: recompute the cells in place.

        The model is reset only when claims were added or removed.
        """
        if self._case is None or not self._ids:
            return
        if [c.id for c in self._case.claims] != self._ids:
            self.set_case(self._case)
            return
        self._compute_all()
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(CLAIM_HEADERS) - 1))

    # -- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(CLAIM_HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks a dozen roles per cell on every paint: answer the ones we never
        # serve before touching the index (this keeps a repaint of the table near 5 ms).
        if role not in _CLAIM_ROLES or not index.isValid():
            return None
        r = index.row()
        if not 0 <= r < len(self._rows):
            return None
        row, col = self._rows[r], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = row[col]
            if col == COL_CLAIM and len(value) > 160:
                return value[:157] + "…"
            return value
        if role == SORT_ROLE:
            return row[-1] if col == COL_DATE else (row[col] or "~")  # unrated sorts last
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role == HAYSTACK_ROLE:
            return self._haystacks[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[index.row()].get(col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_REL, COL_CRED, COL_DISAGREE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < len(CLAIM_HEADERS)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return CLAIM_HEADERS[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return CLAIM_HEADER_TIPS[section]
        return None

    def row_of(self, claim_id: str) -> int:
        return self._row_of.get(claim_id, -1)

    def claim_id(self, row: int) -> str:
        return self._ids[row]


class ClaimsProxy(QSortFilterProxyModel):
    """Sorts on raw keys; filters by free text (any column) and by a set of claim ids."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._words: list[str] = []
        self._ids: set[str] | None = None

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_ids(self, ids: set[str] | None) -> None:
        self.beginFilterChange()
        self._ids = ids
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802 (Qt override)
        model = self.sourceModel()
        index = model.index(row, 0, parent)
        if self._ids is not None and model.data(index, ID_ROLE) not in self._ids:
            return False
        if self._words:
            hay = model.data(index, HAYSTACK_ROLE) or ""
            return all(w in hay for w in self._words)
        return True


class EntityModel(QStandardItemModel):
    """Entities grouped by type, each with its mention count; ``ID_ROLE`` holds the entity id."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels(["Entity", "Mentions"])

    def set_case(self, case: Case | None) -> None:
        self.clear()
        self.setHorizontalHeaderLabels(["Entity", "Mentions"])
        if case is None:
            return
        counts: dict[str, int] = {}
        for m in case.mentions:
            counts[m.entity] = counts.get(m.entity, 0) + 1
        by_type: dict[str, list] = {t: [] for t in ENTITY_TYPES}
        for e in case.entities:
            by_type.setdefault(e.type, []).append(e)
        root = self.invisibleRootItem()
        for t, ents in by_type.items():
            if not ents:
                continue
            total = sum(counts.get(e.id, 0) for e in ents)
            group = QStandardItem(f"{TYPE_LABELS.get(t, t)} ({len(ents)})")
            group.setData(t, KIND_ROLE)
            group.setEditable(False)
            gcount = QStandardItem(str(total))
            gcount.setData(total, SORT_ROLE)
            gcount.setEditable(False)
            for e in sorted(ents, key=lambda e: (-counts.get(e.id, 0), e.name.casefold())):
                name = QStandardItem(e.name + (f" {MERGED_MARK}" if e.merged_from else ""))
                name.setData(e.id, ID_ROLE)
                name.setData("entity", KIND_ROLE)
                name.setEditable(False)
                tip = f"{e.name} — {TYPE_LABELS.get(e.type, e.type)}" + (f" ({e.subtype})" if e.subtype else "")
                if e.aliases:
                    tip += "<br>also: " + ", ".join(e.aliases)
                if e.merged_from:
                    tip += "<br>merged from: " + "; ".join(
                        f"{r.merged.get('name', '?')} ({r.reason})" for r in e.merged_from
                    )
                if e.origin == "analyst":
                    tip += "<br><i>marked by an analyst</i>"
                name.setToolTip(tip)
                count = QStandardItem(str(counts.get(e.id, 0)))
                count.setData(counts.get(e.id, 0), SORT_ROLE)
                count.setData(e.id, ID_ROLE)
                count.setEditable(False)
                count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                group.appendRow([name, count])
            root.appendRow([group, gcount])

    def index_of(self, entity_id: str) -> QModelIndex:
        for r in range(self.rowCount()):
            group = self.item(r, 0)
            for c in range(group.rowCount()):
                if group.child(c, 0).data(ID_ROLE) == entity_id:
                    return group.child(c, 0).index()
        return QModelIndex()


CASE_HEADERS = ("Title", "Report date", "Claims", "Incidents", "Modified")
CASE_KEYS = ("title", "report_date", "claims", "incidents", "modified")
HIT_HEADERS = ("Case", "Found in", "Match")
HIT_KEYS = ("case_title", "kind", "snippet")


class CasesModel(QAbstractTableModel):
    """The library's cases (``Library.list_cases`` rows), or search hits (``Library.search``)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._hits = False

    def set_rows(self, rows: list[dict[str, Any]], *, hits: bool = False) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._hits = hits
        self.endResetModel()

    @property
    def showing_hits(self) -> bool:
        return self._hits

    def row(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HIT_HEADERS if self._hits else CASE_HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        keys = HIT_KEYS if self._hits else CASE_KEYS
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            value = row.get(keys[index.column()])
            if keys[index.column()] == "modified" and value:
                value = str(value)[:16].replace("T", " ")
            return value if value is not None else ""
        if role == ID_ROLE:
            return row.get("case_id") if self._hits else row.get("id")
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.get("snippet") if self._hits else row.get("title")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        headers = HIT_HEADERS if self._hits else CASE_HEADERS
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(headers)
        ):
            return headers[section]
        return None
