"""The case-file domain model: plain dataclasses, no Qt, no I/O.

A :class:`Case` is what a ``.casefile`` bundle holds and what the library stores.
Every collection item has a string ``id`` unique within its case. Items that point at
the report carry a :class:`Span` (document id, code-point offsets and a W3C-style quote
selector) so a reader can always jump from an item to the words it came from.

``to_dict``/``from_dict`` give the canonical JSON shape documented in
``docs/casefile-format.md`` and validated by ``resources/schema/casefile-1.schema.json``.
Serialising the same case twice gives the same bytes (see :func:`dump_case_json`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar, Literal

FORMAT_VERSION = 1

ENTITY_TYPES = ("PERSON", "ORG", "LOC", "DATE", "NORP")
ORG_SUBTYPES = (
    "armed_group",
    "government",
    "military",
    "political_party",
    "media",
    "international_org",
    "company",
    "other",
)
LOC_SUBTYPES = ("country", "province", "city", "district", "facility", "vessel", "region", "other")
ORIGINS = ("auto", "analyst")
DATE_PRECISIONS = ("day", "month", "year", "approximate")
CLAIM_STANCES = ("assert", "deny", "accuse")
ASSESSMENT_SCALES = ("admiralty-reliability", "admiralty-credibility")
TARGET_KINDS = ("source", "claim", "incident", "entity")

Origin = Literal["auto", "analyst"]


class _Item:
    """Shared JSON conversion for the dataclasses below.

    Nested dataclass fields are listed in ``_nested`` (name -> class) and
    ``_nested_lists`` (name -> item class) so ``from_dict`` can rebuild them.
    """

    _nested: ClassVar[dict[str, type]] = {}
    _nested_lists: ClassVar[dict[str, type]] = {}

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            if isinstance(value, _Item):
                value = value.to_dict()
            elif isinstance(value, list):
                value = [v.to_dict() if isinstance(v, _Item) else v for v in value]
            out[f.name] = value
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        kwargs: dict[str, Any] = {}
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        for key, value in data.items():
            if key not in names:
                continue
            if key in cls._nested and value is not None:
                value = cls._nested[key].from_dict(value)
            elif key in cls._nested_lists and value is not None:
                value = [cls._nested_lists[key].from_dict(v) for v in value]
            elif isinstance(value, list):
                value = list(value)
            kwargs[key] = value
        return cls(**kwargs)


@dataclass
class Span(_Item):
    """Where an item's evidence lies: W3C TextPosition + TextQuote selectors in one.

    Offsets count Unicode code points in the document's Markdown text, start included,
    end excluded. ``exact`` must equal ``text[start:end]``; ``prefix``/``suffix`` hold up
    to 32 characters either side, for re-anchoring after edits.
    """

    document: str
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass
class FuzzyDate(_Item):
    """A date as reports give it: a range with a precision and the words it came from."""

    start: str | None = None  # ISO date YYYY-MM-DD
    end: str | None = None  # ISO date YYYY-MM-DD, == start for a day
    precision: str = "day"  # one of DATE_PRECISIONS
    text: str | None = None  # the words in the report ("On March 27")


@dataclass
class Count(_Item):
    """A casualty figure as a range; ``max`` is None for "many"/"several"."""

    min: int | None = None
    max: int | None = None
    text: str | None = None  # the words ("six", "many", "at least 12")


@dataclass
class ActorRef(_Item):
    """A name as the report gives it, optionally linked to an entity of the case."""

    name: str
    entity: str | None = None


@dataclass
class Hop(_Item):
    """One step of the chain a claim came through ("in an interview with Y")."""

    source: str  # a Source id
    role: str = "outlet"  # outlet | relay | venue | document
    mode: str | None = None  # interview | statement | report | broadcast | ...
    text: str | None = None  # the words that name the hop


@dataclass
class Document(_Item):
    id: str
    title: str
    path: str  # member name inside the bundle, e.g. "documents/d1.md"
    text: str = ""  # not serialised into case.json; lives in its own member
    media_type: str = "text/markdown"
    source_url: str | None = None
    published: str | None = None  # ISO date of the report
    retrieved: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out = super().to_dict()
        out.pop("text")
        return out


@dataclass
class MergeRecord(_Item):
    """Why two entities became one, enough to undo it."""

    merged: dict[str, Any]  # the absorbed entity as it was (to_dict)
    reason: str
    origin: str = "auto"
    mentions: list[str] = field(default_factory=list)  # mention ids moved over


@dataclass
class Entity(_Item):
    _nested_lists: ClassVar[dict[str, type]] = {"merged_from": MergeRecord}

    id: str
    name: str  # canonical name
    type: str  # one of ENTITY_TYPES
    subtype: str | None = None
    aliases: list[str] = field(default_factory=list)
    origin: str = "auto"
    merged_from: list[MergeRecord] = field(default_factory=list)


@dataclass
class Mention(_Item):
    id: str
    entity: str
    document: str
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""
    origin: str = "auto"

    def span(self) -> Span:
        return Span(self.document, self.start, self.end, self.exact, self.prefix, self.suffix)


@dataclass
class Incident(_Item):
    _nested: ClassVar[dict[str, type]] = {
        "date": FuzzyDate,
        "location": ActorRef,
        "killed": Count,
        "wounded": Count,
        "evidence": Span,
    }
    _nested_lists: ClassVar[dict[str, type]] = {"perpetrators": ActorRef, "targets": ActorRef}

    id: str
    type: str  # ACLED event_type
    sub_type: str | None = None  # ACLED sub_event_type
    summary: str = ""
    date: FuzzyDate | None = None
    date_reported: str | None = None  # ISO date the report gives
    location: ActorRef | None = None
    perpetrators: list[ActorRef] = field(default_factory=list)
    targets: list[ActorRef] = field(default_factory=list)
    killed: Count | None = None
    wounded: Count | None = None
    evidence: Span | None = None
    origin: str = "auto"


@dataclass
class Source(_Item):
    """Who a claim comes from, or an outlet it passed through."""

    id: str
    name: str
    kind: str = "person"  # person | organisation | outlet | document | unknown
    entity: str | None = None
    role: str | None = None  # "spokesperson", "foreign minister"
    affiliation: str | None = None  # name of the body they speak for
    origin: str = "auto"


@dataclass
class Claim(_Item):
    _nested: ClassVar[dict[str, type]] = {"date": FuzzyDate, "evidence": Span}
    _nested_lists: ClassVar[dict[str, type]] = {"via": Hop}

    id: str
    source: str  # Source id
    cue: str  # the verb or phrase: "claimed", "according to"
    content: str
    stance: str = "assert"  # one of CLAIM_STANCES
    via: list[Hop] = field(default_factory=list)
    date: FuzzyDate | None = None
    incident: str | None = None  # Incident id the claim is about
    evidence: Span | None = None
    origin: str = "auto"


@dataclass
class Assessment(_Item):
    """One rating, never edited: the current grade is the latest for its target."""

    id: str
    target: str  # id of a source, claim or incident
    target_kind: str  # one of TARGET_KINDS
    scale: str  # one of ASSESSMENT_SCALES
    grade: str  # "A".."F" or "1".."6"
    rationale: str
    analyst: str
    time: str  # ISO 8601 UTC, e.g. 2026-11-20T10:00:00Z


# The author of the notes extraction writes itself: an incident a model added rather than a rule found has one
EXTRACTION_AUTHOR = "automatic extraction"
# ...and of the note on an incident whose place the place model chose over the rules' (desktop/extract/where.py): not
# an incident the model added, so not EXTRACTION_AUTHOR's
PLACE_MODEL_AUTHOR = "automatic extraction, place model"


@dataclass
class Note(_Item):
    id: str
    target: str | None
    text: str
    author: str
    time: str


@dataclass
class CaseInfo(_Item):
    id: str
    title: str
    created: str
    modified: str
    summary: str = ""
    report_date: str | None = None
    language: str = "en"


COLLECTIONS: dict[str, type] = {
    "documents": Document,
    "entities": Entity,
    "mentions": Mention,
    "incidents": Incident,
    "sources": Source,
    "claims": Claim,
    "assessments": Assessment,
    "notes": Note,
}


@dataclass
class Case:
    info: CaseInfo
    documents: list[Document] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    assessments: list[Assessment] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)

    # -- JSON -------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"format_version": FORMAT_VERSION, "case": self.info.to_dict()}
        for name in COLLECTIONS:
            out[name] = [item.to_dict() for item in getattr(self, name)]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any], texts: dict[str, str] | None = None) -> Case:
        """Build a case from its JSON shape; ``texts`` maps document path -> Markdown."""
        case = cls(info=CaseInfo.from_dict(data["case"]))
        for name, klass in COLLECTIONS.items():
            setattr(case, name, [klass.from_dict(d) for d in data.get(name, [])])
        for doc in case.documents:
            doc.text = (texts or {}).get(doc.path, "")
        return case

    # -- look-ups ---------------------------------------------------------------------
    def by_id(self, collection: str) -> dict[str, Any]:
        return {item.id: item for item in getattr(self, collection)}

    def model_added(self) -> set[str]:
        """The incidents extraction added by a model rather than found by a rule: each has a note by
        EXTRACTION_AUTHOR (desktop/extract/likely.py says why)."""
        ids = {i.id for i in self.incidents}
        return {n.target for n in self.notes if n.author == EXTRACTION_AUTHOR and n.target in ids}

    def document(self, doc_id: str) -> Document:
        for doc in self.documents:
            if doc.id == doc_id:
                return doc
        raise KeyError(doc_id)

    def current_grade(self, target: str, scale: str) -> Assessment | None:
        """The latest assessment of ``target`` on ``scale`` (by time, then file order)."""
        latest = None
        for a in self.assessments:
            if a.target == target and a.scale == scale and (latest is None or a.time >= latest.time):
                latest = a
        return latest


def dump_case_json(case: Case) -> bytes:
    """The canonical bytes of ``case.json``: stable key order, UTF-8, newline at end."""
    text = json.dumps(case.to_dict(), ensure_ascii=False, indent=1, sort_keys=True)
    return (text + "\n").encode("utf-8")


def make_span(doc_id: str, text: str, start: int, end: int, context: int = 32) -> Span:
    """A span over ``text[start:end]`` with its quote context filled in."""
    return Span(
        document=doc_id,
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
    )
