"""Build a case in code by quoting the report rather than counting characters.

Used by ``casefiles/build_samples.py`` (the shipped sample cases), by tests and by the
benchmarks' data generator. Offsets are computed from the quotes, so a sample stays
valid when its text is edited and the builder re-run.
"""

from __future__ import annotations

import hashlib
import re

from desktop.casefile.model import (
    ActorRef,
    Assessment,
    Case,
    CaseInfo,
    Claim,
    Count,
    Document,
    Entity,
    FuzzyDate,
    Hop,
    Incident,
    Mention,
    Note,
    Source,
    Span,
    make_span,
)


class CaseBuilder:
    """Accumulates a case; every ``add_*`` returns the new item's id."""

    def __init__(self, case_id: str, title: str, *, created: str, modified: str | None = None,
                 report_date: str | None = None, summary: str = "") -> None:
        self.case = Case(CaseInfo(id=case_id, title=title, created=created, modified=modified or created,
                                  summary=summary, report_date=report_date))
        self._counters: dict[str, int] = {}

    def _next(self, prefix: str) -> str:
        self._counters[prefix] = self._counters.get(prefix, 0) + 1
        return f"{prefix}{self._counters[prefix]}"

    # -- documents -----------------------------------------------------------------------
    def document(self, text: str, *, title: str, published: str | None = None, source_url: str | None = None) -> str:
        doc_id = self._next("d")
        self.case.documents.append(Document(id=doc_id, title=title, path=f"documents/{doc_id}.md", text=text,
                                            published=published, source_url=source_url))
        return doc_id

    def span(self, quote: str, *, doc: str = "d1", nth: int = 0) -> Span:
        """The ``nth`` occurrence of ``quote`` in document ``doc``."""
        text = self.case.document(doc).text
        start = -1
        for _ in range(nth + 1):
            start = text.find(quote, start + 1)
            if start < 0:
                raise ValueError(f"quote not found in {doc}: {quote!r}")
        return make_span(doc, text, start, start + len(quote))

    def sentence(self, quote: str, *, doc: str = "d1") -> Span:
        """The whole sentence (or heading-free line) that contains ``quote``."""
        text = self.case.document(doc).text
        at = text.find(quote)
        if at < 0:
            raise ValueError(f"quote not found in {doc}: {quote!r}")
        start = max(text.rfind("\n", 0, at) + 1, _last_sentence_end(text, at))
        end_match = re.compile(r"[.!?][\"”’)]?(?=\s|$)|\n").search(text, at + len(quote))
        end = end_match.end() if end_match else len(text)
        if text[end - 1 : end] == "\n":
            end -= 1
        return make_span(doc, text, start, end)

    # -- entities ------------------------------------------------------------------------
    def entity(self, name: str, type_: str, *, subtype: str | None = None, aliases: tuple[str, ...] = (),
               doc: str = "d1", origin: str = "auto") -> str:
        """An entity and a mention for every whole-word occurrence of its name and aliases."""
        ent_id = self._next("e")
        self.case.entities.append(Entity(id=ent_id, name=name, type=type_, subtype=subtype,
                                         aliases=list(aliases), origin=origin))
        text = self.case.document(doc).text
        taken = {(m.start, m.end) for m in self.case.mentions if m.document == doc}
        for form in sorted({name, *aliases}, key=len, reverse=True):
            for match in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
                if any(s < match.end() and match.start() < e for s, e in taken):
                    continue
                if _inside_heading(text, match.start()):
                    continue
                taken.add((match.start(), match.end()))
                span = make_span(doc, text, match.start(), match.end())
                self.case.mentions.append(Mention(id=self._next("m"), entity=ent_id, document=doc, start=span.start,
                                                  end=span.end, exact=span.exact, prefix=span.prefix,
                                                  suffix=span.suffix, origin=origin))
        self.case.mentions.sort(key=lambda m: (m.document, m.start))
        return ent_id

    def ref(self, name: str) -> ActorRef:
        """An ActorRef to the entity whose name or alias is ``name`` (or an unlinked one)."""
        for ent in self.case.entities:
            if name == ent.name or name in ent.aliases:
                return ActorRef(name=name, entity=ent.id)
        return ActorRef(name=name)

    # -- incidents, sources, claims ------------------------------------------------------------
    def incident(self, evidence: str, type_: str, *, sub_type: str | None = None, summary: str = "",
                 date: FuzzyDate | None = None, location: str | None = None, perpetrators: tuple[str, ...] = (),
                 targets: tuple[str, ...] = (), killed: Count | None = None, wounded: Count | None = None,
                 doc: str = "d1", origin: str = "auto") -> str:
        inc_id = self._next("i")
        self.case.incidents.append(Incident(
            id=inc_id, type=type_, sub_type=sub_type, summary=summary, date=date,
            date_reported=self.case.info.report_date,
            location=self.ref(location) if location else None,
            perpetrators=[self.ref(p) for p in perpetrators], targets=[self.ref(t) for t in targets],
            killed=killed, wounded=wounded, evidence=self.sentence(evidence, doc=doc), origin=origin))
        return inc_id

    def source(self, name: str, *, kind: str = "person", role: str | None = None,
               affiliation: str | None = None, origin: str = "auto") -> str:
        src_id = self._next("s")
        ref = self.ref(name)
        self.case.sources.append(Source(id=src_id, name=name, kind=kind, entity=ref.entity, role=role,
                                        affiliation=affiliation, origin=origin))
        return src_id

    def claim(self, evidence: str, source: str, cue: str, content: str, *, stance: str = "assert",
              via: tuple[tuple[str, str | None], ...] = (), incident: str | None = None,
              date: FuzzyDate | None = None, doc: str = "d1", origin: str = "auto") -> str:
        """``via`` is a chain of (source id, mode) pairs, nearest hop first."""
        claim_id = self._next("c")
        hops = [Hop(source=s, role="outlet", mode=mode) for s, mode in via]
        self.case.claims.append(Claim(id=claim_id, source=source, cue=cue, content=content, stance=stance,
                                      via=hops, date=date, incident=incident,
                                      evidence=self.sentence(evidence, doc=doc), origin=origin))
        return claim_id

    def assess(self, target: str, grade: str, rationale: str, *, analyst: str, time: str) -> str:
        kinds = {"s": "source", "c": "claim", "i": "incident", "e": "entity"}
        scale = "admiralty-reliability" if grade.isalpha() else "admiralty-credibility"
        a_id = self._next("a")
        self.case.assessments.append(Assessment(id=a_id, target=target, target_kind=kinds[target[0]], scale=scale,
                                                grade=grade, rationale=rationale, analyst=analyst, time=time))
        return a_id

    def note(self, target: str | None, text: str, *, author: str, time: str) -> str:
        n_id = self._next("n")
        self.case.notes.append(Note(id=n_id, target=target, text=text, author=author, time=time))
        return n_id


def _last_sentence_end(text: str, at: int) -> int:
    best = 0
    for match in re.finditer(r"[.!?][\"”’)]?\s+", text[:at]):
        best = match.end()
    return best


def _inside_heading(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    return text.startswith("#", line_start)


def stable_case_id(*parts: str) -> str:
    """A short id that is the same every time for the same inputs."""
    return "case-" + hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]
