"""The edits an analyst makes in the reader, as plain functions. No Qt, no I/O.

Each function looks at a :class:`~desktop.casefile.model.Case` and returns the change as
``(puts, deletes)``: ``puts`` is a list of ``(collection, item)`` to insert or replace,
``deletes`` a list of ``(collection, item_id)``. The reader hands both to
``Library.apply`` so every edit is one transaction, and to :func:`apply_to_case` so the
open case in memory follows without a reload. Functions never mutate the case they are
given: items that change are copied first, so an undo command can keep the old ones.

Items an analyst makes carry ``origin="analyst"``; ids are random (a prefix and twelve hex
digits) so two analysts editing copies of one case never mint the same id.
"""

from __future__ import annotations

import copy
import uuid
from datetime import UTC, datetime
from typing import Any

from desktop.casefile import admiralty
from desktop.casefile.model import (
    ENTITY_TYPES,
    ActorRef,
    Assessment,
    Case,
    Claim,
    Entity,
    FuzzyDate,
    Incident,
    Mention,
    MergeRecord,
    Source,
    make_span,
)

Puts = list[tuple[str, Any]]
Deletes = list[tuple[str, str]]
Change = tuple[Puts, Deletes]

# ACLED event types (STANDARDS.md): what a new incident may be.
INCIDENT_TYPES = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
)

UNATTRIBUTED = "Unattributed"


class EditError(ValueError):
    """An edit that cannot be made; the message says why in the analyst's words."""


def new_id(prefix: str) -> str:
    """A fresh item id (random, so copies of a case edited apart never collide)."""
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def now_utc() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _find(case: Case, collection: str, item_id: str) -> Any:
    for item in getattr(case, collection):
        if item.id == item_id:
            return item
    raise EditError(f"no {collection[:-1]} {item_id!r} in this case")


def _text(case: Case, doc_id: str) -> str:
    try:
        return case.document(doc_id).text
    except KeyError:
        raise EditError(f"no document {doc_id!r} in this case") from None


def _check_range(text: str, start: int, end: int) -> None:
    if not (0 <= start < end <= len(text)):
        raise EditError("select some text of the report first")


# -- ratings -------------------------------------------------------------------------------


def add_assessment(
    case: Case,
    target: str,
    target_kind: str,
    scale: str,
    grade: str,
    rationale: str,
    analyst: str,
    *,
    time: str | None = None,
) -> Change:
    """A new rating of ``target``; earlier ones stay (assessments are append-only history)."""
    if not analyst.strip():
        raise EditError("a rating needs the analyst's name (Edit > Preferences)")
    if not admiralty.is_valid(scale, grade):
        raise EditError(f"{grade!r} is not a grade of the {scale} scale")
    kinds = {"source": "sources", "claim": "claims", "incident": "incidents", "entity": "entities"}
    if target_kind not in kinds:
        raise EditError(f"cannot rate a {target_kind}")
    _find(case, kinds[target_kind], target)
    a = Assessment(
        id=new_id("a"),
        target=target,
        target_kind=target_kind,
        scale=scale,
        grade=grade.upper(),
        rationale=rationale,
        analyst=analyst.strip(),
        time=time or now_utc(),
    )
    return [("assessments", a)], []


# -- marking text --------------------------------------------------------------------------


def mark_entity(
    case: Case, doc_id: str, start: int, end: int, type_: str, *, entity_id: str | None = None, name: str | None = None
) -> Change:
    """Mark ``text[start:end]`` as a mention: of ``entity_id``, or of a new entity of ``type_``."""
    text = _text(case, doc_id)
    _check_range(text, start, end)
    # Whitespace at the edges of a selection is the mouse's, not the analyst's intent.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    _check_range(text, start, end)
    for m in case.mentions:
        if m.document == doc_id and m.start < end and start < m.end:
            raise EditError(f"“{text[start:end]}” overlaps the mention “{m.exact}”; delete or retype that one")
    puts: Puts = []
    if entity_id is None:
        if type_ not in ENTITY_TYPES:
            raise EditError(f"{type_!r} is not an entity type")
        entity = Entity(id=new_id("e"), name=name or text[start:end], type=type_, origin="analyst")
        puts.append(("entities", entity))
        entity_id = entity.id
    else:
        _find(case, "entities", entity_id)
    span = make_span(doc_id, text, start, end)
    mention = Mention(
        id=new_id("m"),
        entity=entity_id,
        document=doc_id,
        start=span.start,
        end=span.end,
        exact=span.exact,
        prefix=span.prefix,
        suffix=span.suffix,
        origin="analyst",
    )
    puts.append(("mentions", mention))
    return puts, []


def _unattributed_source(case: Case) -> tuple[Source, bool]:
    for s in case.sources:
        if s.name == UNATTRIBUTED and s.kind == "unknown":
            return s, False
    return Source(id=new_id("s"), name=UNATTRIBUTED, kind="unknown", origin="analyst"), True


def new_claim(
    case: Case,
    doc_id: str,
    start: int,
    end: int,
    *,
    source_id: str | None = None,
    cue: str = "",
    content: str | None = None,
) -> Change:
    """A claim whose evidence is the selection; its source is ``source_id`` or "Unattributed"."""
    text = _text(case, doc_id)
    _check_range(text, start, end)
    puts: Puts = []
    if source_id is None:
        source, is_new = _unattributed_source(case)
        if is_new:
            puts.append(("sources", source))
        source_id = source.id
    else:
        _find(case, "sources", source_id)
    claim = Claim(
        id=new_id("c"),
        source=source_id,
        cue=cue,
        content=content or text[start:end].strip(),
        evidence=make_span(doc_id, text, start, end),
        origin="analyst",
    )
    puts.append(("claims", claim))
    return puts, []


def new_incident(
    case: Case,
    doc_id: str,
    start: int,
    end: int,
    *,
    type_: str = "Strategic developments",
    summary: str | None = None,
    date: FuzzyDate | None = None,
) -> Change:
    """An incident whose evidence is the selection."""
    text = _text(case, doc_id)
    _check_range(text, start, end)
    if type_ not in INCIDENT_TYPES:
        raise EditError(f"{type_!r} is not an ACLED event type")
    incident = Incident(
        id=new_id("i"),
        type=type_,
        summary=summary or text[start:end].strip()[:200],
        date=date,
        date_reported=case.info.report_date,
        evidence=make_span(doc_id, text, start, end),
        origin="analyst",
    )
    return [("incidents", incident)], []


# -- entities ------------------------------------------------------------------------------


def retype_entity(case: Case, entity_id: str, type_: str, subtype: str | None = None) -> Change:
    if type_ not in ENTITY_TYPES:
        raise EditError(f"{type_!r} is not an entity type")
    entity = copy.deepcopy(_find(case, "entities", entity_id))
    entity.type, entity.subtype = type_, subtype
    return [("entities", entity)], []


def rename_entity(case: Case, entity_id: str, name: str) -> Change:
    """A new canonical name; the old one stays as an alias so its mentions still read right."""
    name = name.strip()
    if not name:
        raise EditError("an entity needs a name")
    entity = copy.deepcopy(_find(case, "entities", entity_id))
    if entity.name != name:
        if entity.name not in entity.aliases:
            entity.aliases.append(entity.name)
        if name in entity.aliases:
            entity.aliases.remove(name)
        entity.name = name
    return [("entities", entity)], []


def _repoint(case: Case, old: str, new: str | None, names: set[str] | None = None) -> Puts:
    """Sources and incident actor references to entity ``old`` pointed at ``new`` instead.

    With ``names``, only the references whose words are one of ``names`` move (used when a
    merge is undone: the references that named the absorbed entity go back to it).
    """
    puts: Puts = []
    for src in case.sources:
        if src.entity == old and (names is None or src.name in names):
            src2 = copy.deepcopy(src)
            src2.entity = new
            puts.append(("sources", src2))
    for inc in case.incidents:
        refs = [r for r in [inc.location, *inc.perpetrators, *inc.targets] if r is not None]
        if any(r.entity == old and (names is None or r.name in names) for r in refs):
            inc2 = copy.deepcopy(inc)
            for r in [inc2.location, *inc2.perpetrators, *inc2.targets]:
                if isinstance(r, ActorRef) and r.entity == old and (names is None or r.name in names):
                    r.entity = new
            puts.append(("incidents", inc2))
    return puts


def delete_entity(case: Case, entity_id: str) -> Change:
    """The entity, its mentions and ratings/notes about it; references to it become plain names."""
    _find(case, "entities", entity_id)
    deletes: Deletes = [("entities", entity_id)]
    deletes += [("mentions", m.id) for m in case.mentions if m.entity == entity_id]
    deletes += [("assessments", a.id) for a in case.assessments if a.target == entity_id]
    deletes += [("notes", n.id) for n in case.notes if n.target == entity_id]
    return _repoint(case, entity_id, None), deletes


def delete_mention(case: Case, mention_id: str) -> Change:
    _find(case, "mentions", mention_id)
    return [], [("mentions", mention_id)]


def merge_entities(case: Case, keep_id: str, absorb_id: str, reason: str) -> Change:
    """``absorb_id`` becomes part of ``keep_id``, with a MergeRecord saying why (see unmerge_entity)."""
    if keep_id == absorb_id:
        raise EditError("an entity cannot be merged with itself")
    if not reason.strip():
        raise EditError("say why the two are one (the reason is kept with the merge)")
    keep = copy.deepcopy(_find(case, "entities", keep_id))
    absorbed = _find(case, "entities", absorb_id)
    moved = [m for m in case.mentions if m.entity == absorb_id]
    keep.merged_from.append(
        MergeRecord(merged=absorbed.to_dict(), reason=reason.strip(), origin="analyst", mentions=[m.id for m in moved])
    )
    for alias in [absorbed.name, *absorbed.aliases]:
        if alias != keep.name and alias not in keep.aliases:
            keep.aliases.append(alias)
    puts: Puts = [("entities", keep)]
    for m in moved:
        m2 = copy.deepcopy(m)
        m2.entity = keep_id
        puts.append(("mentions", m2))
    puts += _repoint(case, absorb_id, keep_id)
    deletes: Deletes = [("entities", absorb_id)]
    # Ratings and notes about the absorbed entity now speak of the one it joined.
    for a in case.assessments:
        if a.target == absorb_id:
            a2 = copy.deepcopy(a)
            a2.target = keep_id
            puts.append(("assessments", a2))
    return puts, deletes


def unmerge_entity(case: Case, entity_id: str, index: int = -1) -> Change:
    """Undo the merge recorded in ``entity.merged_from[index]`` (an automatic one too).

    The absorbed entity comes back as it was, its mentions go back to it, and the aliases
    the merge brought are dropped unless one of the remaining mentions still uses them.
    References (sources, incident actors) that name the absorbed entity point back at it.
    """
    keep = copy.deepcopy(_find(case, "entities", entity_id))
    if not keep.merged_from:
        raise EditError(f"{keep.name} records no merge to undo")
    try:
        record = keep.merged_from.pop(index)
    except IndexError:
        raise EditError(f"{keep.name} has no merge number {index}") from None
    restored = Entity.from_dict(copy.deepcopy(record.merged))
    if any(e.id == restored.id for e in case.entities):
        raise EditError(f"an entity with id {restored.id} exists already; cannot restore {restored.name}")
    moved = set(record.mentions)
    names = {restored.name, *restored.aliases}
    still_used = {m.exact for m in case.mentions if m.entity == entity_id and m.id not in moved}
    keep.aliases = [a for a in keep.aliases if a not in names or a in still_used]
    puts: Puts = [("entities", keep), ("entities", restored)]
    for m in case.mentions:
        if m.id in moved:
            m2 = copy.deepcopy(m)
            m2.entity = restored.id
            puts.append(("mentions", m2))
    puts += _repoint(case, entity_id, restored.id, names)
    return puts, []


# -- claims and incidents ---------------------------------------------------------------------

CLAIM_FIELDS = ("cue", "content", "stance", "source", "incident", "date")
INCIDENT_FIELDS = ("type", "sub_type", "summary", "date", "killed", "wounded", "location")


def edit_claim(case: Case, claim_id: str, **values: Any) -> Change:
    """Change fields of a claim (cue, content, stance, source, incident, date)."""
    bad = set(values) - set(CLAIM_FIELDS)
    if bad:
        raise EditError(f"a claim has no field {sorted(bad)[0]!r} to edit")
    claim = copy.deepcopy(_find(case, "claims", claim_id))
    if "stance" in values and values["stance"] not in ("assert", "deny", "accuse"):
        raise EditError(f"{values['stance']!r} is not a stance (assert, deny, accuse)")
    if values.get("source") is not None:
        _find(case, "sources", values["source"])
    if values.get("incident") is not None:
        _find(case, "incidents", values["incident"])
    for key, value in values.items():
        setattr(claim, key, value)
    return [("claims", claim)], []


def edit_incident(case: Case, incident_id: str, **values: Any) -> Change:
    """Change fields of an incident (type, sub_type, summary, date, killed, wounded, location)."""
    bad = set(values) - set(INCIDENT_FIELDS)
    if bad:
        raise EditError(f"an incident has no field {sorted(bad)[0]!r} to edit")
    if "type" in values and values["type"] not in INCIDENT_TYPES:
        raise EditError(f"{values['type']!r} is not an ACLED event type")
    incident = copy.deepcopy(_find(case, "incidents", incident_id))
    date = values.get("date")
    if isinstance(date, FuzzyDate) and date.start and date.end and date.end < date.start:
        raise EditError("an incident cannot end before it starts")
    for key, value in values.items():
        setattr(incident, key, value)
    return [("incidents", incident)], []


def edit_source(case: Case, source_id: str, **values: Any) -> Change:
    source = copy.deepcopy(_find(case, "sources", source_id))
    for key, value in values.items():
        if key not in ("name", "kind", "role", "affiliation", "entity"):
            raise EditError(f"a source has no field {key!r} to edit")
        setattr(source, key, value)
    return [("sources", source)], []


# -- keeping the open case in step ---------------------------------------------------------------


def inverse(case: Case, puts: Puts, deletes: Deletes) -> Change:
    """The change that undoes ``(puts, deletes)`` on ``case`` as it is *before* the change."""
    undo_puts: Puts = []
    undo_deletes: Deletes = []
    index = {name: {item.id: item for item in getattr(case, name)} for name in {c for c, _ in [*puts, *deletes]}}
    for collection, item_id in deletes:
        old = index[collection].get(item_id)
        if old is not None:
            undo_puts.append((collection, copy.deepcopy(old)))
    for collection, item in puts:
        old = index[collection].get(item.id)
        if old is None:
            undo_deletes.append((collection, item.id))
        else:
            undo_puts.append((collection, copy.deepcopy(old)))
    return undo_puts, undo_deletes


def apply_to_case(case: Case, puts: Puts, deletes: Deletes) -> None:
    """Apply a change to the case in memory as ``Library.apply`` does to the library.

    Replaced items keep their place; new items go at the end, as in the library.
    """
    for collection, item_id in deletes:
        items = getattr(case, collection)
        setattr(case, collection, [it for it in items if it.id != item_id])
    for collection, item in puts:
        items = getattr(case, collection)
        for i, old in enumerate(items):
            if old.id == item.id:
                items[i] = item
                break
        else:
            items.append(item)
