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
import hashlib
import re
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any

from desktop.casefile.model import (
    EXTRACTION_AUTHOR,
    PLACE_MODEL_AUTHOR,
    ActorRef,
    Case,
    CaseInfo,
    Claim,
    Document,
    FuzzyDate,
    Hop,
    Incident,
    Note,
    Source,
    make_span,
)
from desktop.extract import aliases, claims, events, where
from desktop.extract.cleanup import LIST_ITEM, to_markdown
from desktop.extract.dates import YearGuess, find_dates, guess_year, in_review_period, report_date_from_text, truncate
from desktop.extract.entities import (
    Ent,
    consistent_types,
    outlets_by_first_word,
    propagate,
)
from desktop.extract.incidents import (
    IncidentReader,
    claimed_later,
    dated_by_section,
    drop_summaries,
    drop_weak,
    heading_place,
    in_year,
    merge_retold,
    named_later,
    place_all,
    story_year_of_heading,
    sums_up_the_account,
)
from desktop.extract.likely import Sentences, likely, missed
from desktop.extract.reading import processes, read_blocks
from desktop.extract.tables import table_incidents

Progress = tuple[int, int, str]
ANONYMOUS = re.compile(r"(?:^|\W)(?:a|an|one)\s+$", re.I)  # "A trader in the market said": someone not named
BOLD_MARKS = re.compile(r"\*\*|__")
MAX_BLOCK_CHARS = 20_000  # spaCy's cost grows with doc length; long paragraphs are split


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


def model_input(markdown: str, content: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], Iterator[str]]:
    """Where the model starts reading each content block, and what it reads (lazily): the model reads
    "**Lakeside Risk Partners | ..." as no name, so a paragraph starts after its bold mark, and the bold marks
    inside it are blanked, offsets kept. bench/train_ner.py trains the recogniser on the same texts."""
    spans = [(s + 2 if markdown.startswith(("**", "__"), s) and e - s > 4 else s, e) for s, e in content]
    return spans, (BOLD_MARKS.sub(lambda m: " " * len(m.group(0)), markdown[s:e]) for s, e in spans)


STAMP_HEADING = re.compile(r"#+\s*(?:first\s+|last\s+)?(?:published|posted|updated|filed|modified)\b", re.I)


def extract(raw: bytes, *, filename: str, report_date: dt.date | None = None, title: str | None = None,
            case_id: str | None = None, weigh_incidents: bool = True,
            find_missed: bool = True, choose_places: bool = True,
            places_weighed: list[dict[str, Any]] | None = None) -> Generator[Progress, None, Case]:
    """Turn a raw report into a Case; yields (done, total, message) between steps.

    ``weigh_incidents=False`` keeps every incident the rules find, however unlikely (likely.py);
    ``find_missed=False`` adds none the rules missed. With both off, the case holds the rules' own
    incidents, which the models are trained on. ``choose_places=False`` keeps the rules' place for every
    incident (where.py); a list given as ``places_weighed`` receives, for each incident kept, its evidence
    sentence, the places of that sentence and which one the rules chose (what ``bench/train_place_chooser.py``
    learns from).
    """
    yield 0, 100, "reading the report"
    markdown, found_title = to_markdown(raw, filename)
    blocks = blocks_of(markdown)
    content = [(s, e) for s, e, heading in blocks if not heading]
    total_chars = max(1, sum(e - s for s, e in content))
    # (started now: on a long report the workers parse while the report's date and sections are read)
    content, texts = model_input(markdown, content)
    reads = read_blocks(markdown, content, list(texts), weigh=weigh_incidents or find_missed,
                        n_processes=processes(total_chars))
    ref = report_date or report_date_from_text(markdown) or guess_year(markdown)
    ref = in_review_period(ref, title or found_title)
    sections: list[int] = []  # for each content block, how many headings come before it
    section_dates: list[FuzzyDate | None] = []  # and the day its heading names ("WED 3 MAY -- IMPHAL"), if any
    section_months: list[FuzzyDate | None] = []  # the month a section's heading names ("### February: the provinces")
    headed_by: list[str | None] = []  # the heading right above each content block, if one is
    dated_heads: list[tuple[int, int] | None] = []  # the section's heading, if it names a day or a month
    heads, heading_date, heading_month, above, dated_head = 0, None, None, None, None
    lead_day: FuzzyDate | None = None  # the day a line leading into a list names: "The night of 13–14 August:"
    for s, e, heading in blocks:
        heads += heading
        if not heading:
            headed_by.append(above)
        above = markdown[s:e] if heading else None
        if heading:
            # (not a page's stamp, "## Published 22 July 2011, 14:05": the day it was put out, not the day of what it tells)
            named = [] if STAMP_HEADING.match(markdown, s) else [d.date for d in find_dates(markdown[s:e], ref)]
            days = [d for d in named if d.precision == "day"]
            heading_date = days[0] if len(days) == 1 else None
            # (a section's heading, not the report's title: "# Kalma, August 2008: ..." names the story, not every
            # sentence's month)
            months = [d for d in named if d.precision == "month"]
            heading_month = months[0] if not days and len(months) == 1 and not markdown.startswith("# ", s) else None
            if (heading_date or heading_month) and (year := story_year_of_heading(markdown, ref, markdown[s:e])):
                heading_date = heading_date and in_year(heading_date, year)
                heading_month = heading_month and in_year(heading_month, year)
            dated_head = (s, e) if (heading_date or heading_month) and not markdown.startswith("# ", s) else None
            lead_day = None
        else:
            dated_heads.append(dated_head)
            sections.append(heads)
            listed = LIST_ITEM.match(markdown[s:e]) is not None
            # (the items under "The night of 13–14 August (times as recorded ...):", a list of times: its day)
            section_dates.append(heading_date or (lead_day if listed else None))
            section_months.append(heading_month)
            if not listed:
                lead = markdown[s:e].rstrip()
                named = [d.date for d in find_dates(lead, ref)] if lead.endswith(":") and len(lead) < 200 else []
                lead_day = named[0] if len(named) == 1 and named[0].precision == "day" else None
    yield 2, 100, "loading the language model"
    all_ents: list[Ent] = []
    incident_reader = IncidentReader(markdown, ref, sections, section_dates)
    found_claims: list[tuple[claims.FoundClaim, int, int]] = []
    last_person: Ent | None = None
    last_org: Ent | None = None
    last_group: Ent | None = None
    last_speaker: Ent | None = None  # "he said" most often continues the last person quoted
    last_role: claims.FoundClaim | None = None  # ... or the last role phrase quoted ("a trader in the market")
    role_at = -10
    last_media: Ent | None = None
    last_body: Ent | None = None  # the body that spoke last: "The organisation attributed ..." right after it
    sentence_no, speaker_at, body_at, self_at = 0, -10, -10, -10
    speakers: dict[str, tuple[str, Ent | None]] = {}  # "SPOKESPERSON" -> the name its first label gave
    people: dict[str, Ent] = {}  # the persons named so far, by surname
    done_chars = 0
    likelihood_at: dict[int, float] = {}  # the sentence classifier's likelihood of each sentence, by its start
    for block_no, ((start, end), block) in enumerate(zip(content, reads, strict=True)):
        doc = block.doc
        # (the persons a speaker label names, from the persons named before)
        block_ents = claims.label_names(markdown[start:end], start, block.ents, people)
        all_ents.extend(block_ents)
        claims.remember_people(people, block_ents)
        block_date: FuzzyDate | None = section_dates[block_no]  # a digest's item dated by its heading
        # a transcript's turn: "ALTER: The Federal Prosecutor General has taken over the case."
        # (a paragraph with no label of its own is left alone: annotators and analysts take from a long
        # answer only what it says outright, and the cue verbs find that)
        speaker = claims.speaker_of(markdown[start:end], people, start, speakers) or \
            claims.poster_of(headed_by[block_no], markdown[start:end], start)
        if speaker is not None:
            last_speaker, speaker_at = speaker[1], sentence_no + 1
        for n, (first, last) in enumerate(block.sentences):
            sent = doc[first:last]
            s_start, s_end = start + sent.start_char, start + sent.end_char
            sentence = sent.text
            if block.likelihoods is not None:
                likelihood_at[s_start] = block.likelihoods[n]
            sent_ents = [e for e in block_ents if s_start <= e.start and e.end <= s_end]
            # (a ship is no place an incident happened: the sea or port named with it is)
            dates = incident_reader.read(sent, start, block_no, [e for e in sent_ents if e.subtype != "vessel"],
                                         block_date, block.triggers[n])
            for d in dates:
                if d.start:
                    block_date = d
            sentence_no += 1
            if sentence_no - speaker_at > 2:
                last_speaker = None  # a quoted person is "he" for a sentence or two, not for ever
            said = claims.find_claims(sent, s_start, block_ents, last_speaker or last_person, last_org, last_group,
                                      last_role if sentence_no - role_at <= 2 else None,
                                      last_body if sentence_no - body_at <= 2 else None)
            if claims.SELF_REFERENCE.match(sentence):
                self_at = sentence_no
            elif self_at == sentence_no - 1 and re.match(r"\W*It\s", sentence):
                # "This review covers north-east Nigeria. It lists 17 incidents ...": the report, still, not the body
                # named last (but "It also looks at the attack ..., which several officials linked to ...": they speak)
                said = [c for c in said if c.source in sentence]
            if not said and speaker is not None:
                said = claims.spoken_claims(sent, s_start, speaker)
            for c in said:
                c.source, c.content = claims.unlisted(c.source), claims.unlisted(c.content)
                claims.answered(c, found_claims[-1][0] if found_claims and found_claims[-1][1] >= start else None)
                claims.cited_source(c, sentence, s_start, sent_ents)
                claims.speaking_for(c, sentence, s_start, sent_ents, all_ents)
                c.last_media = last_media  # for "told the agency": the outlet named before
                found_claims.append((c, s_start, s_end))
                if c.source_ent is not None and c.source_ent.type == "PERSON":
                    last_speaker, speaker_at = c.source_ent, sentence_no
                    last_role = None
                elif c.source_ent is not None and c.source_ent.type == "ORG" and c.source_ent.subtype != "armed_group":
                    last_body, body_at = c.source_ent, sentence_no
                elif c.source_ent is None and ANONYMOUS.search(sentence[: max(0, sentence.find(c.source))]) \
                        and not re.match(r"\w+(?<!s)s\b", c.source):
                    # "A shopkeeper said ...": "he said" next is the shopkeeper (not "the minister", who was named
                    # before, nor "doctors")
                    last_role, role_at = c, sentence_no
            if role_at != sentence_no and any(e.type == "PERSON" for e in sent_ents):
                last_role = None  # a person named since is "he"
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
    outlets_by_first_word(all_ents, markdown)
    # a ship is recognised (so that "Galaxy Leader" is typed as one everywhere, not as a person) but from here on
    # it is no name: annotators list 6 of the 44 ships gold 1-850 names and give none as an incident's place
    all_ents = [e for e in all_ents if e.subtype != "vessel"]
    found_incidents = incident_reader.found
    report_iso = ref.isoformat() if ref and not isinstance(ref, YearGuess) else None
    # what the sentence classifier makes of each sentence the reader read, for both models (likely.py)
    read = sorted(incident_reader.told, key=lambda t: t.start) if weigh_incidents or find_missed else []
    sentences = Sentences([t.start for t in read], [likelihood_at[t.start] for t in read])
    # sentences the rules found nothing in that likely tell an incident (likely.py): taken as they are, not
    # weighed or dropped as the rules' own are below
    added = missed(incident_reader.told, len(markdown), len(found_incidents), report_iso is not None, sentences) \
        if find_missed else []
    # (not an item of a note's closing summary of what it told: see sums_up_the_account)
    added = [m for m in added if not sums_up_the_account(markdown, m.told.text, m.told.start)]
    found_missed = [incident_reader.incident_at(m.told, m.kind) for m in added]
    why_added = {id(inc): m.note() for inc, m in zip(found_missed, added, strict=True)}
    dated_by_section(found_incidents + found_missed, section_months)
    known_places = {e.text for e in all_ents if e.type == "LOC"}
    heads_place = {h: heading_place(markdown, h, known_places) for h in set(dated_heads)}  # (once per heading)
    place_all(found_incidents + found_missed, all_ents, markdown, [heads_place[h] for h in dated_heads],
              choose_places=choose_places)
    claimed_later(found_incidents, all_ents, markdown)
    named_later(found_incidents, all_ents, markdown)
    found_incidents = merge_retold(drop_summaries(found_incidents, markdown))
    if ref is not None and not isinstance(ref, YearGuess):
        # (only where the report's own date lets "on Monday" be dated; in a report without one, many incidents that
        # are told well have no date)
        found_incidents = drop_weak(found_incidents)
    # rows of a table of incidents that the prose does not tell (tables.py): as they are, not weighed
    from_tables, mentioned = table_incidents(markdown, ref, all_ents, found_incidents + found_missed)
    if mentioned:
        gone = {id(inc) for inc in mentioned}
        found_incidents = [inc for inc in found_incidents if id(inc) not in gone]
        found_missed = [inc for inc in found_missed if id(inc) not in gone]
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

    def incident_of(inc: dict) -> Incident:
        event_type, sub_type = inc["kind"]
        place = inc["place"]
        summary = events.EVENT_NOUNS.get(str(inc["trigger"]).lower(), inc["trigger"]) + \
            (f" on {inc['target']}" if inc["target"] else "") + \
            (f" in {place.text}" if place else "")
        return Incident(
            id="", type=event_type, sub_type=sub_type, summary=summary[:200], date=inc["date"],
            date_reported=report_iso, location=ref_to(place),
            # (named otherwise than as written, "Turkey" for "a Turkish drone": its entity if the report names it)
            perpetrators=[r for r in [ref_to(None, inc["perp_name"]) if inc.get("perp_name")
                                      else ref_to(inc["perp"], full=inc["perp_by_name"])] if r],
            targets=[ActorRef(name=inc["target"])] if inc["target"] else [],
            killed=inc["killed"], wounded=inc["wounded"],
            evidence=make_span("d1", markdown, inc["start"], inc["end"]))

    pairs = [(inc, incident_of(inc)) for inc in found_incidents]  # the reader's record of each, its incident
    if weigh_incidents and pairs:
        keep = likely([incident for _, incident in pairs], markdown, report_iso is not None, sentences)
        pairs = [pair for pair, k in zip(pairs, keep, strict=True) if k]
    if found_missed or from_tables:
        pairs = sorted(pairs + [(inc, incident_of(inc)) for inc in found_missed + from_tables],
                       key=lambda pair: pair[0]["start"])
    incidents = [incident for _, incident in pairs]
    if places_weighed is not None:
        for inc, _incident in pairs:
            if "places_weighed" in inc:
                places, rule_i, trigger_at = inc["places_weighed"]
                places_weighed.append({"evidence": markdown[inc["start"] : inc["end"]], "rule": rule_i,
                                       "trigger_at": trigger_at, "places": [
                                           [c.text, c.subtype, c.start, c.end, c.how]
                                           for c in where.candidates(places, inc["start"])]})
    by_sentence: dict[int, str] = {}  # a claim's sentence, to the incident it tells of
    for n, (inc, incident) in enumerate(pairs, start=1):
        incident.id = f"i{n}"
        by_sentence.setdefault(inc["start"], f"i{n}")
    for n, (inc, _incident) in enumerate(pairs, start=1):
        for x_start, _x_end, _x in inc["extra"]:
            by_sentence.setdefault(x_start, f"i{n}")  # (a sentence that tells an incident of its own is its own)
    sources: list[Source] = []
    by_name: dict[str, Source] = {}  # (by name folded to lower case)

    def source_for(name: str, ent: Ent | None, kind: str, role: str | None = None,
                   affiliation: str | None = None) -> str:
        key = name.casefold()  # ("Police said ..." opening one sentence, "..., police said" closing another: one source)
        if (told := by_name.get(key)) is None:
            if ent is not None:
                kind = {"PERSON": "person", "ORG": "organisation"}.get(ent.type, kind)
                if ent.subtype == "media":
                    kind = "outlet"
            told = by_name[key] = Source(id=f"s{len(sources) + 1}", name=name, kind=kind,
                                         entity=form_entity.get(ent.text) if ent is not None else None,
                                         role=role, affiliation=affiliation)
            sources.append(told)
        elif name != name.lower() and told.name.islower():
            told.name = name  # the capitalised form, where one mention gives it ("Police", not "police")
        return told.id

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
                    summary=f"Extracted automatically from {Path(filename).name or 'a report'}." + (
                        f" The report gives no date of its own: dates written without a year are read as"
                        f" {ref.year}, a guess from the years it names." if isinstance(ref, YearGuess) else ""))
    # an incident the model added says so, and why, on a note of its own: the analyst checks it knowing no rule found it;
    # and so does one whose place the place model chose over the rules' (where.py)
    said = [(incident, EXTRACTION_AUTHOR, why_added[id(inc)]) for inc, incident in pairs if id(inc) in why_added]
    said += [(incident, PLACE_MODEL_AUTHOR, f"Place chosen by the place model among the places its sentence names: "
              f"{inc['place'].text}, where the rules had put it at {inc['place_of_rules'].text}. Check it.")
             for inc, incident in pairs if inc.get("place_of_rules") is not None]
    notes = [Note(id=f"n{n}", target=incident.id, text=text, author=author, time=stamp)
             for n, (incident, author, text) in enumerate(said, start=1)]
    case = Case(info=info,
                documents=[Document(id="d1", title=doc_title[:200], path="documents/d1.md", text=markdown,
                                    published=report_iso)],
                entities=entities, mentions=mentions, incidents=incidents, sources=sources, claims=claim_items,
                notes=notes)
    stable_ids(case)
    yield 100, 100, "done"
    return case


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:10]


def stable_ids(case: Case) -> None:
    """Name every extracted item by what it is, not by its place in a list: an entity by its type and name, a
    mention, an incident or a claim by where the report tells it, a source by its name. The same report extracted
    again, by a later version that finds one name more, gives the items it found before the same ids, so a library
    that already holds the case is offered only what really changed, not every item renumbered."""
    renamed: dict[str, dict[str, str]] = {}

    def name(collection: str, items: list[Any], key: Any) -> None:
        ids, taken = renamed.setdefault(collection, {}), set()
        for item in items:
            new, n = key(item), 1
            while new in taken:  # (two incidents told in one sentence: the second in reading order)
                n += 1
                new = f"{key(item)}-{n}"
            taken.add(new)
            ids[item.id] = new
            item.id = new

    def at(item: Any) -> str:
        return f"{item.evidence.start:08d}" if item.evidence is not None else "x"

    name("entities", case.entities, lambda e: "e-" + _digest(e.type, e.name))
    name("mentions", case.mentions, lambda m: f"m-{m.start:08d}")
    name("incidents", case.incidents, lambda i: "i-" + at(i))
    name("sources", case.sources, lambda s: "s-" + _digest(s.name))
    name("claims", case.claims, lambda c: "c-" + at(c))
    entity, mention, incident, source = (renamed[k] for k in ("entities", "mentions", "incidents", "sources"))
    for e in case.entities:
        for record in e.merged_from:
            record.mentions = [mention[m] for m in record.mentions]
            record.merged["id"] = f"{e.id}-{_digest(str(record.merged.get('name', '')))}"
    for m in case.mentions:
        m.entity = entity[m.entity]
    for i in case.incidents:
        for ref in ([i.location] if i.location is not None else []) + i.perpetrators + i.targets:
            ref.entity = entity.get(ref.entity) if ref.entity is not None else None
    for src in case.sources:
        src.entity = entity.get(src.entity) if src.entity is not None else None
    for c in case.claims:
        c.source = source[c.source]
        c.incident = incident.get(c.incident) if c.incident is not None else None
        for hop in c.via:
            hop.source = source[hop.source]
    for note in case.notes:
        note.target = incident.get(note.target, note.target) if note.target is not None else None
    name("notes", case.notes, lambda n: f"n-{n.target or 'case'}")


# what the recogniser calls a date but an analyst would not list among the dates: an age ("32-year-old"), a bare
# figure ("76", a toll), a span of time with no time in it ("eight weeks", "more than an hour")
_NUMBER_WORDS = "|".join([r"\d+", *sorted(events.NUMBER_WORDS, key=len, reverse=True), "a", "an", "several", r"a\s+few",
                          "few", "many"])
NOT_A_DATE = re.compile(r"(?:an?\s+|aged\s+)?\d+(?:-|\s)years?(?:-|\s)old|aged\s+\d+|\d[\d,.]*(?<!\d{4})|\d{5,}|"
                        r"(?:(?:about|some|around|nearly|almost|more\s+than|less\s+than|at\s+least|over|up\s+to|the|"
                        r"another|for|the\s+last|the\s+past)\s+)?(?:" + _NUMBER_WORDS + r")\s+(?:more\s+)?"
                        r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)", re.I)


def _date_entities(ents: list[Ent], text: str, n_entities: int, n_mentions: int):
    from desktop.casefile.model import Entity, Mention

    entities: list[Entity] = []
    mentions: list[Mention] = []
    ids: dict[str, str] = {}
    for e in ents:
        if e.type != "DATE" or NOT_A_DATE.fullmatch(e.text.strip()):
            continue
        if e.text not in ids:
            ids[e.text] = f"e{n_entities + len(entities) + 1}"
            entities.append(Entity(id=ids[e.text], name=e.text, type="DATE"))
        span = make_span("d1", text, e.start, e.end)
        mentions.append(Mention(id=f"m{n_mentions + len(mentions) + 1}", entity=ids[e.text], document="d1",
                                start=e.start, end=e.end, exact=span.exact, prefix=span.prefix, suffix=span.suffix))
    return entities, mentions


EVAL_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "NORP": "NORP", "DATE": "DATE"}


def _words(name: str) -> str:
    return " " + " ".join(re.findall(r"\w+", name.casefold())) + " "


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
    written_as: dict[str, list[str]] = {}  # how the report itself writes each entity, in order
    for m in case.mentions:
        if m.exact not in written_as.setdefault(m.entity, []):
            written_as[m.entity].append(m.exact)

    def actor_name(ref) -> str:
        """The actor as the report names it, with the other name the report gives it, the long form first:
        "Jaish-e-Mohammed (JeM)", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"; never a name only the gazetteer
        knows ("Nusra Front", not "Nusra Front (Hay'at Tahrir al-Sham)", a name the group took years after many
        reports; 9 perpetrators of gold 1811-2250 gained, none lost)."""
        ent = entities.get(ref.entity) if ref.entity else None
        if ent is None:
            return ref.name
        written = _words(ref.name)
        # the acronym first: "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", not the same name spelt otherwise
        in_report = written_as.get(ent.id, [])
        others = [a for a in in_report if a.isupper() and 2 <= len(a) <= 8] + \
            [ent.name] * (ent.name in in_report) + sorted((a for a in in_report if not a.isupper()), key=len, reverse=True)
        other = next((o for o in others if _words(o) and not (_words(o) in written or written in _words(o))), None)
        if other and len(other) > len(ref.name) + 2 and re.fullmatch(r"[A-Z][A-Za-z0-9-]{1,9}", ref.name) \
                and sum(c.isupper() for c in ref.name) >= 2:
            # "Field Force Unit (FFU)", as reports introduce a body and annotators write it (54 of 55 such
            # perpetrators in gold 1-1970 put the long form first), not "FFU (Field Force Unit)"
            return f"{other} ({ref.name})"
        return f"{ref.name} ({other})" if other else ref.name

    def exact(count) -> int | None:
        if count is None or count.min is None:
            return None
        if count.max == count.min:
            return count.min
        words = (count.text or "").lower()
        if re.match(r"(at least|more than|over|between)\s+\d", words) or re.match(r"(at least|more than|over)\s+[a-z]+$", words):
            return count.min if not words.startswith(("more than", "over")) else count.min - 1
        return None

    incidents = [{
        "date": truncate(inc.date),
        "location": inc.location.name if inc.location else None,
        "type": inc.type,
        "perpetrator": actor_name(inc.perpetrators[0]) if inc.perpetrators else None,
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
