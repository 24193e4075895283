"""Group the mentions of one actor under one entity, and say why.

Reports name the same actor many ways: a long form and its acronym ("Collective Security
Treaty Organization (CSTO)"), "X or Y", "X, also known as Y", "commonly known as", a full
name then the surname alone, spelling variants (Organisation/Organization, hyphens,
diacritics) and transliterations the gazetteer knows (ISKP / IS-K / ISIS-K). Every merge
is recorded on the surviving entity (MergeRecord) with its reason, so it can be undone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from difflib import SequenceMatcher

from desktop.casefile.model import Entity, Mention, MergeRecord, make_span
from desktop.extract.entities import Ent, acronym_of, norm_key

SPELT = re.compile(r"\s*\(\s*((?:also\s+)?(?:spelt|spelled|written|transliterated)\s+)?")
LINKERS = re.compile(r"\s*(?:,\s*)?(?:\bor\b|\balso known as\b|\baka\b|\ba\.k\.a\.\b|\bcommonly known as\b|"
                     r"\bknown as\b|\botherwise known as\b|\bformerly\b|\bcalled\b|\bshortened to\b|"
                     r"\busually shortened to\b|\bdubbed\b)\s*(?:the\s+)?", re.I)

# "either the LNA or the Government of National Accord", "in Khost or Paktika", "Justin Trudeau called Ridsdel":
# with no comma before it, "or" offers another actor or place, and "called" is a verb; only a spelling
# ("Kanem or Kanim") is the same name
BARE_LINK = re.compile(r"\s+(?:or|called|dubbed)\s+(?:the\s+)?", re.I)


class _Groups:
    """Union-find over surface forms, remembering the reason of each union."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.reason: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str, reason: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra
            self.reason.setdefault(b, reason)
            self.reason.setdefault(a, reason)  # whichever form ends up absorbed keeps why


def group(ents: list[Ent], text: str, doc_id: str) -> tuple[list[Entity], list[Mention]]:
    """Entities with aliases and merge records, and their mentions."""
    named = [e for e in ents if e.type in ("PERSON", "ORG", "LOC", "NORP")]
    forms: dict[str, Ent] = {}
    counts: dict[str, int] = defaultdict(int)
    for e in named:
        forms.setdefault(e.text, e)
        counts[e.text] += 1
    g = _Groups()
    for form in forms:
        g.find(form)
    by_type: dict[str, list[str]] = defaultdict(list)
    for form, e in forms.items():
        by_type[e.type].append(form)
    # 1. spelling variants, and forms the gazetteer knows as one actor
    seen: dict[tuple[str, str], str] = {}
    for form, e in forms.items():
        key = (e.type, e.key or norm_key(form))
        if key in seen:
            why = f"the gazetteer lists both as {e.key}" if e.key else f"spelling variant of '{seen[key]}'"
            g.union(seen[key], form, why)
        else:
            seen[key] = form
    # 2. "Long Form (ACR)" and other acronyms of a long form in the same document
    for m in re.finditer(r"([A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|the|and|for|in|de|al|wal|&)){1,12})\s*\(([A-Z][A-Za-z.-]{1,9})\)",
                         text):
        long, short = m.group(1), m.group(2)
        if short not in forms:
            continue
        ends = sorted((f for f in forms if long.endswith(f) and len(f) > len(short)), key=len, reverse=True)
        long_form = next((f for f in ends if acronym_of(short, f)), None)
        if long_form:
            g.union(long_form, short, f"'{short}' is given in brackets as the acronym of '{long_form}'")
        elif ends and forms[ends[0]].type == forms[short].type == "ORG" and short.isupper() \
                and (len(ends[0].split()) >= 3 and len(short) >= 3
                     # "the Red Brigades (BR)": a short name defined where the report first uses it
                     or len(ends[0].split()) >= 2 and text.find(short) == m.start(2)) \
                and (not (forms[ends[0]].key and forms[short].key and forms[ends[0]].key != forms[short].key)
                     # "Reporters Without Borders (RSF)": the report defines the acronym where it first uses it,
                     # whatever else the gazetteer knows by it (the Rapid Support Forces)
                     or text.find(short) == m.start(2)):
            # "... Stabilization Mission in the Central African Republic (MINUSCA)": an acronym from another
            # language, given in brackets right after the body's name
            g.union(ends[0], short, f"'{short}' is given in brackets right after '{ends[0]}'")
    orgs = by_type.get("ORG", [])
    for short in orgs:
        if short.replace("-", "").isupper() and len(short) <= 8:
            for long in orgs:
                if long != short and len(long) > len(short) + 3 and acronym_of(short, long):
                    g.union(long, short, f"'{short}' is the acronym of '{long}'")
                    break
    # 3. "X or Y", "X, also known as Y", "commonly known as"
    spans = sorted(named, key=lambda e: e.start)
    for a, b in zip(spans, spans[1:], strict=False):
        gap = text[a.end : b.start]
        if a.key and b.key and a.key != b.key:
            continue  # "the Taliban or the Tehreek Taliban Pakistan": two actors the gazetteer knows apart
        if (a.type == b.type or {a.type, b.type} <= {"ORG", "NORP"}) and len(gap) < 40 and LINKERS.fullmatch(gap) \
                and not (BARE_LINK.fullmatch(gap) and SequenceMatcher(None, a.text.lower(), b.text.lower()).ratio() < 0.75):
            g.union(a.text, b.text, f"the report says '{a.text}{gap}{b.text}'")
        elif a.type == b.type and a.type in ("LOC", "PERSON") and (m := SPELT.fullmatch(gap)) and text[b.end : b.end + 1] == ")" \
                and (m.group(1) or SequenceMatcher(None, a.text.lower(), b.text.lower()).ratio() >= 0.6):
            # "Khorog (Khorugh)", "Tokayev (also spelt Tokaev)": one place or person spelt two ways
            g.union(a.text, b.text, f"the report gives '{b.text}' in brackets as another spelling of '{a.text}'")
    # 4. a surname (or given name) alone after the full name of one person
    persons = by_type.get("PERSON", [])
    for short in persons:
        if " " in short:
            continue
        fulls = [f for f in persons if " " in f and short in f.replace("-", " ").split()]
        if len({g.find(f) for f in fulls}) == 1 and fulls:
            g.union(fulls[0], short, f"'{short}' is part of the full name '{fulls[0]}'")
    # Build entities: the canonical name is the longest form (ties: the most frequent).
    members: dict[str, list[str]] = defaultdict(list)
    for form in forms:
        members[g.find(form)].append(form)
    entities: list[Entity] = []
    form_entity: dict[str, str] = {}
    ordered = sorted(members.values(), key=lambda fs: min(forms[f].start for f in fs))
    for i, group_forms in enumerate(ordered, start=1):
        # ties: a form in its own case before a dateline's capitals ("Mogadishu", not "MOGADISHU"), then the
        # most frequent, then as first written
        shouted = {f for f in group_forms if f.isupper() and any(o != f and o.upper() == f for o in group_forms)}
        group_forms.sort(key=lambda f: (-len(f.split()), f in shouted, -counts[f], forms[f].start))
        canonical = group_forms[0]
        proto = forms[canonical]
        subtype = proto.subtype or next((forms[f].subtype for f in group_forms if forms[f].subtype), None)
        ent_id = f"e{i}"
        # named as the report names it: the gazetteer's name may be one the report never uses, or one the group
        # took years later (a 2014 review that says "Nusra Front" must not show "Hay'at Tahrir al-Sham")
        entities.append(Entity(id=ent_id, name=canonical, type=proto.type, subtype=subtype,
                               aliases=group_forms[1:]))
        for f in group_forms:
            form_entity[f] = ent_id
    mentions: list[Mention] = []
    for n, e in enumerate(named, start=1):
        span = make_span(doc_id, text, e.start, e.end)
        mention_id = f"m{n}"
        mentions.append(Mention(id=mention_id, entity=form_entity[e.text], document=doc_id, start=e.start,
                                end=e.end, exact=span.exact, prefix=span.prefix, suffix=span.suffix))
    # Merge records: each absorbed form, as the entity it would have been, with its mentions.
    by_id = {ent.id: ent for ent in entities}
    for form, reason in g.reason.items():
        ent = by_id[form_entity[form]]
        if form == ent.name:
            continue
        moved = [m.id for m in mentions if m.exact == form and m.entity == ent.id]
        absorbed = Entity(id=f"{ent.id}-{norm_key(form)[:20] or 'x'}", name=form, type=ent.type,
                          subtype=forms[form].subtype)
        ent.merged_from.append(MergeRecord(merged=absorbed.to_dict(), reason=reason, origin="auto", mentions=moved))
    return entities, mentions
