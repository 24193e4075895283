"""The details panel: what the selected claim, incident or entity is, and the credibility editor.

The panel never writes anything itself: it emits requests (``rating_requested``,
``claim_edit_requested``…) that the main window turns into undoable commands.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.casefile import admiralty
from desktop.casefile.assess import latest_by_analyst
from desktop.casefile.edits import INCIDENT_TYPES
from desktop.casefile.model import Case, Count, FuzzyDate
from desktop.ui.theme import TYPE_LABELS


def _esc(text: object) -> str:
    return html.escape(str(text)) if text is not None else ""


class GradeCombo(QComboBox):
    """A grade chooser: each item shows code and label, its tooltip the full definition."""

    def __init__(self, scale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = scale
        self.addItem("— not rated —", None)
        for g in admiralty.SCALES[scale]:
            self.addItem(f"{g.code} — {g.label}", g.code)
            self.setItemData(self.count() - 1, g.definition, Qt.ItemDataRole.ToolTipRole)
        self.setObjectName(f"grade_{scale}")

    def set_code(self, code: str | None) -> None:
        i = self.findData(code)
        self.setCurrentIndex(i if i >= 0 else 0)

    def code(self) -> str | None:
        return self.currentData()


class DetailsPanel(QScrollArea):
    """Shows one item; ``show_claim``/``show_incident``/``show_entity``/``clear``."""

    rating_requested = Signal(str, str, str, str, str)  # target, target kind, scale, grade, rationale
    claim_edit_requested = Signal(str, dict)
    incident_edit_requested = Signal(str, dict)
    unmerge_requested = Signal(str, int)  # entity id, merge record index
    invalid_input = Signal(str)  # a field the analyst typed cannot be read

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("details")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.kind: str | None = None
        self.item_id: str | None = None
        self._body: QWidget | None = None
        self.clear()

    # -- common -----------------------------------------------------------------------------
    def _new_body(self) -> QVBoxLayout:
        """A fresh body; returns its left column (facts). ``self._right`` is the editor column."""
        body = QWidget()
        outer = QHBoxLayout(body)
        outer.setContentsMargins(10, 6, 10, 6)
        outer.setSpacing(18)
        layout = QVBoxLayout()
        self._right = QVBoxLayout()
        outer.addLayout(layout, 5)
        outer.addLayout(self._right, 4)
        self.setWidget(body)
        self._body = body
        return layout

    def _title(self, layout: QVBoxLayout, text: str) -> None:
        label = QLabel(text)
        label.setObjectName("details_title")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
        layout.addWidget(label)

    def _para(self, layout: QVBoxLayout, text: str, name: str = "") -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setOpenExternalLinks(False)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if name:
            label.setObjectName(name)
        layout.addWidget(label)
        return label

    def _notes(self, layout: QVBoxLayout, case: Case, item_id: str) -> None:
        """The notes on an item, with who wrote them: an incident the model added says so here."""
        for n in case.notes:
            if n.target == item_id:
                self._para(layout, f"<i>Note ({_esc(n.author)}):</i> {_esc(n.text)}", "details_note")

    def clear(self, message: str = "Select a claim, an incident or an entity to see it here.") -> None:
        self.kind = self.item_id = None
        layout = self._new_body()
        self._para(layout, f"<i>{_esc(message)}</i>")
        layout.addStretch(1)
        self._right.addStretch(1)

    # -- ratings ------------------------------------------------------------------------------
    def _ratings(self, layout: QVBoxLayout, case: Case, analyst: str, targets: list[tuple[str, str, str, str]]) -> None:
        """The credibility editor for ``(target, kind, scale, what)`` rows."""
        box = QFrame()
        box.setObjectName("rating_box")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        form = QFormLayout(box)
        form.setVerticalSpacing(4)
        form.setContentsMargins(8, 6, 8, 6)
        combos: list[tuple[str, str, GradeCombo, QLabel]] = []
        for target, kind, scale, what in targets:
            combo = GradeCombo(scale)
            mine = latest_by_analyst(case, target, scale).get(analyst) if analyst else None
            now = case.current_grade(target, scale)
            combo.set_code(mine.grade if mine else (now.grade if now else None))
            per = latest_by_analyst(case, target, scale)
            who = ""
            if per:
                grades = {a.grade for a in per.values()}
                mark = " <b style='color:#d9534f'>≠ analysts disagree</b>" if len(grades) > 1 else ""
                who = "<br>" + ", ".join(f"{_esc(n)}: <b>{_esc(a.grade)}</b>" for n, a in per.items()) + mark
            definition = QLabel()
            definition.setWordWrap(True)
            definition.setObjectName(f"definition_{scale}")

            # One label under the combo: the chosen grade's definition, then who rated what.
            def show_definition(_=0, combo=combo, definition=definition, who=who) -> None:
                code = combo.code()
                text = _esc(admiralty.grade(combo.scale, code).definition) if code else "Not rated yet."
                definition.setText(f"<small>{text}{who}</small>")

            combo.currentIndexChanged.connect(show_definition)
            show_definition()
            form.addRow(f"{what}:", combo)
            form.addRow("", definition)
            combos.append((target, kind, combo, definition))
        rationale = QLineEdit()
        rationale.setObjectName("rationale")
        rationale.setPlaceholderText("Why this rating (sources checked, corroboration…)")
        form.addRow("Rationale:", rationale)
        save = QPushButton("Save rating")
        save.setObjectName("save_rating")
        save.setToolTip("Record the chosen grades as your current rating (keyboard: A–F, 1–6 with a claim selected)")
        form.addRow("", save)

        def on_save() -> None:
            for target, kind, combo, _ in combos:
                code = combo.code()
                mine = latest_by_analyst(case, target, combo.scale).get(analyst) if analyst else None
                if code and (mine is None or mine.grade != code or rationale.text().strip()):
                    self.rating_requested.emit(target, kind, combo.scale, code, rationale.text().strip())

        save.clicked.connect(on_save)
        self._right.addWidget(box)
        rated = {t for t, *_ in targets}
        history = [a for a in case.assessments if a.target in rated]
        if history:
            history.sort(key=lambda a: a.time, reverse=True)
            rows = "".join(
                f"<tr><td>{_esc(a.time[:16].replace('T', ' '))}</td><td><b>{_esc(a.grade)}</b></td>"
                f"<td>{_esc(a.analyst)}</td><td>{_esc(a.rationale)}</td></tr>"
                for a in history[:40]
            )
            self._para(layout, f"<b>History</b><table cellspacing=4>{rows}</table>", "history")

    # -- claim ----------------------------------------------------------------------------------
    def show_claim(self, case: Case, claim_id: str, analyst: str) -> None:
        claim = case.by_id("claims").get(claim_id)
        if claim is None:
            self.clear()
            return
        self.kind, self.item_id = "claim", claim_id
        sources = case.by_id("sources")
        src = sources.get(claim.source)
        layout = self._new_body()
        origin = " · <i>added by an analyst</i>" if claim.origin == "analyst" else ""
        self._title(layout, f"<b>Claim</b> by {_esc(src.name if src else claim.source)}{origin}")
        facts = []
        if src and (src.role or src.affiliation):
            facts.append(_esc(", ".join(x for x in (src.role, src.affiliation) if x)))
        if claim.via:
            facts.append(
                "via "
                + " ← ".join(
                    _esc(sources[h.source].name if h.source in sources else h.source)
                    + (f" ({_esc(h.mode)})" if h.mode else "")
                    for h in claim.via
                )
            )
        if claim.date:
            facts.append(_esc(claim.date.text or claim.date.start or ""))
        if facts:
            self._para(layout, " · ".join(facts))
        if claim.evidence:
            self._para(layout, f"<blockquote>“{_esc(claim.evidence.exact[:600])}”</blockquote>")
        self._notes(layout, case, claim.id)
        self._ratings(
            layout,
            case,
            analyst,
            [
                (claim.source, "source", admiralty.RELIABILITY_SCALE, "Source reliability"),
                (claim.id, "claim", admiralty.CREDIBILITY_SCALE, "Claim credibility"),
            ],
        )
        form = QFormLayout()
        cue = QLineEdit(claim.cue)
        cue.setObjectName("claim_cue")
        content = QPlainTextEdit(claim.content)
        content.setObjectName("claim_content")
        content.setFixedHeight(64)
        stance = QComboBox()
        stance.setObjectName("claim_stance")
        stance.addItems(["assert", "deny", "accuse"])
        stance.setCurrentText(claim.stance)
        form.addRow("Cue:", cue)
        form.addRow("Claim:", content)
        form.addRow("Stance:", stance)
        apply = QPushButton("Apply changes")
        apply.setObjectName("apply_claim")
        apply.clicked.connect(
            lambda: self.claim_edit_requested.emit(
                claim_id,
                {"cue": cue.text().strip(), "content": content.toPlainText().strip(), "stance": stance.currentText()},
            )
        )
        form.addRow("", apply)
        self._right.addLayout(form)
        self._right.addStretch(1)
        layout.addStretch(1)

    # -- incident ----------------------------------------------------------------------------------
    def show_incident(self, case: Case, incident_id: str, analyst: str) -> None:
        inc = case.by_id("incidents").get(incident_id)
        if inc is None:
            self.clear()
            return
        self.kind, self.item_id = "incident", incident_id
        layout = self._new_body()
        origin = " · <i>added by an analyst</i>" if inc.origin == "analyst" else ""
        self._title(layout, f"<b>Incident</b>: {_esc(inc.summary or inc.type)}{origin}")
        facts = [_esc(inc.type + (f" / {inc.sub_type}" if inc.sub_type else ""))]
        if inc.date:
            when = inc.date.start or "?"
            if inc.date.end and inc.date.end != inc.date.start:
                when += f" – {inc.date.end}"
            facts.append(
                f"event: {_esc(when)} ({_esc(inc.date.precision)}"
                + (f", “{_esc(inc.date.text)}”" if inc.date.text else "")
                + ")"
            )
        if inc.date_reported:
            facts.append(f"reported: {_esc(inc.date_reported)}")
        if inc.location:
            facts.append(f"where: {_esc(inc.location.name)}")
        if inc.perpetrators:
            facts.append("by: " + ", ".join(_esc(r.name) for r in inc.perpetrators))
        if inc.targets:
            facts.append("against: " + ", ".join(_esc(r.name) for r in inc.targets))
        for label, count in (("killed", inc.killed), ("wounded", inc.wounded)):
            if count:
                facts.append(f"{label}: {_esc(_count_text(count))}")
        self._para(layout, "<br>".join(facts))
        self._notes(layout, case, inc.id)
        self._ratings(layout, case, analyst, [(inc.id, "incident", admiralty.CREDIBILITY_SCALE, "Credibility")])
        form = QFormLayout()
        type_ = QComboBox()
        type_.setObjectName("incident_type")
        type_.addItems(list(INCIDENT_TYPES))
        if inc.type not in INCIDENT_TYPES:
            type_.addItem(inc.type)
        type_.setCurrentText(inc.type)
        sub = QLineEdit(inc.sub_type or "")
        summary = QLineEdit(inc.summary)
        summary.setObjectName("incident_summary")
        start = QLineEdit(inc.date.start or "" if inc.date else "")
        start.setPlaceholderText("YYYY-MM-DD")
        start.setObjectName("incident_start")
        end = QLineEdit(inc.date.end or "" if inc.date else "")
        end.setPlaceholderText("YYYY-MM-DD (same as start for one day)")
        end.setObjectName("incident_end")
        form.addRow("Type:", type_)
        form.addRow("Sub-type:", sub)
        form.addRow("Summary:", summary)
        form.addRow("From:", start)
        form.addRow("To:", end)
        killed = QLineEdit(_count_field(inc.killed))
        killed.setObjectName("incident_killed")
        wounded = QLineEdit(_count_field(inc.wounded))
        wounded.setObjectName("incident_wounded")
        for field in (killed, wounded):
            field.setPlaceholderText("e.g. 13, 10-15, 170+ (empty: not given)")
        form.addRow("Killed:", killed)
        form.addRow("Wounded:", wounded)
        apply = QPushButton("Apply changes")
        apply.setObjectName("apply_incident")

        def on_apply() -> None:
            values = {
                "type": type_.currentText(),
                "sub_type": sub.text().strip() or None,
                "summary": summary.text().strip(),
            }
            s, e = start.text().strip(), end.text().strip()
            if s or e:
                old = inc.date or FuzzyDate()
                precision = (
                    old.precision
                    if (s, e or s) == (old.start, old.end)
                    else ("day" if (e or s) == s else "approximate")
                )
                values["date"] = FuzzyDate(start=s or e, end=e or s, precision=precision, text=old.text)
            else:
                values["date"] = None
            try:
                values["killed"] = _parse_count(killed.text(), inc.killed)
                values["wounded"] = _parse_count(wounded.text(), inc.wounded)
            except ValueError as exc:
                self.invalid_input.emit(str(exc))
                return
            self.incident_edit_requested.emit(incident_id, values)

        apply.clicked.connect(on_apply)
        form.addRow("", apply)
        self._right.addLayout(form)
        self._right.addStretch(1)
        layout.addStretch(1)

    # -- entity ---------------------------------------------------------------------------------------
    def show_entity(
        self, case: Case, entity_id: str, *, claims: int | None = None, incidents: int | None = None
    ) -> None:
        ent = case.by_id("entities").get(entity_id)
        if ent is None:
            self.clear()
            return
        self.kind, self.item_id = "entity", entity_id
        layout = self._new_body()
        count = sum(1 for m in case.mentions if m.entity == entity_id)
        sub = f" ({_esc(ent.subtype)})" if ent.subtype else ""
        self._title(layout, f"<b>{_esc(ent.name)}</b> — {_esc(TYPE_LABELS.get(ent.type, ent.type))}{sub}")
        facts = [f"{count} mention{'s' if count != 1 else ''}"]
        if claims is not None and incidents is not None:
            facts.append(
                f"involved in {claims} claim{'s' if claims != 1 else ''} and "
                f"{incidents} incident{'s' if incidents != 1 else ''} (the table and timeline show them)"
            )
        if ent.aliases:
            facts.append("also: " + ", ".join(_esc(a) for a in ent.aliases))
        if ent.origin == "analyst":
            facts.append("<i>marked by an analyst</i>")
        self._para(layout, "<br>".join(facts))
        for i, record in enumerate(ent.merged_from):
            row = QHBoxLayout()
            who = "automatically" if record.origin == "auto" else "by an analyst"
            label = QLabel(
                f"Merged {who} from <b>{_esc(record.merged.get('name', '?'))}</b>: "
                f"{_esc(record.reason)} ({len(record.mentions)} mentions)"
            )
            label.setWordWrap(True)
            button = QPushButton("Undo merge")
            button.setObjectName(f"undo_merge_{i}")
            button.clicked.connect(lambda _=False, i=i: self.unmerge_requested.emit(entity_id, i))
            row.addWidget(label, 1)
            row.addWidget(button)
            layout.addLayout(row)
        self._para(layout, "<small>Right-click the entity in the list to rename, retype, merge or delete it.</small>")
        layout.addStretch(1)
        self._right.addStretch(1)


def _count_text(count: Count) -> str:
    if count.min is not None and count.max is not None and count.min != count.max:
        core = f"{count.min}–{count.max}"
    elif count.min is not None:
        core = f"{count.min}" + ("+" if count.max is None else "")
    else:
        core = "?"
    return core + (f" (“{count.text}”)" if count.text else "")


def _count_field(count: Count | None) -> str:
    """A count as the analyst types it: "13", "10-15", "170+"."""
    if count is None or (count.min is None and count.max is None):
        return ""
    if count.min is not None and count.max is None:
        return f"{count.min}+"
    if count.min is None:
        return f"0-{count.max}"
    return str(count.min) if count.min == count.max else f"{count.min}-{count.max}"


def _parse_count(text: str, old: Count | None) -> Count | None:
    """Read "13", "10-15" or "170+" back into a Count, keeping the report's words."""
    text = text.strip().replace("–", "-").replace(" ", "")
    if not text:
        return None
    words = old.text if old else None
    try:
        if text.endswith("+"):
            return Count(min=int(text[:-1]), max=None, text=words)
        if "-" in text:
            lo, hi = (int(v) for v in text.split("-", 1))
            if hi < lo:
                raise ValueError
            return Count(min=lo, max=hi, text=words)
        n = int(text)
    except ValueError:
        raise ValueError(f"“{text}” is not a count: write 13, 10-15 or 170+") from None
    if n < 0:
        raise ValueError("a count cannot be negative")
    return Count(min=n, max=n, text=words)
