"""Synthetic but realistic data for the benchmarks: big reports and big libraries.

The text is assembled from sentence templates of the genre (attacks, claims, denials,
casualty figures, outlet chains) over pools of names from several regions, so word lengths,
punctuation and mention density look like real monitoring reports. Mentions, incidents
and claims are recorded while the text is written, so no searching is needed and the
generator itself stays fast (a 150,000-word case in about a second).

    python bench/generate.py --words 150000 -o big.casefile
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.casefile.model import (  # noqa: E402
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
    Source,
    make_span,
)

GROUPS = ["Northern Liberation Front", "Sahel Unity Brigade", "Eastern Shield Movement", "Coastal Defence Army",
          "Mountain Lions Battalion", "Popular Resistance Committees", "Free Highlands Army", "Southern Vanguard"]
ACRONYMS = ["NLF", "SUB", "ESM", "CDA", "MLB", "PRC", "FHA", "SV"]
PEOPLE = ["Abdul Qadir Rahimi", "Fatima Ouedraogo", "Sergei Volkov", "Maria Fernanda Ortiz", "Ahmad Shah Noori",
          "Ibrahim Maiga", "Olena Kovalenko", "Juan Carlos Restrepo", "Hassan Abdi Farah", "Aung Ko Win",
          "Mohammed al-Hashimi", "Amadou Diallo", "Dmitri Sokolov", "Zainab Yusuf", "Gul Agha Sherzai",
          "Luis Alberto Mendoza", "Yusuf Garaad", "Nadia Karimi", "Oumar Traore", "Khalid bin Salem"]
ROLES = ["spokesman", "spokeswoman", "commander", "governor", "police chief", "defence minister", "deputy minister"]
PLACES = ["Kandahar", "Timbuktu", "Mariupol", "Cauca", "Jalalabad", "Gao", "Kharkiv", "Mogadishu", "Sittwe",
          "Mosul", "Menaka", "Herat", "Arauca", "Kismayo", "Maiduguri", "Cabo Delgado", "Idlib", "Peshawar",
          "Djibo", "Lashkar Gah"]
OUTLETS = ["Radio Horizon", "Frontier Post", "Sahel Daily", "Eastern Monitor", "Channel Seven", "Voice of the Valley",
           "Andes Wire", "Delta Times"]
BODIES = ["Ministry of Interior", "Ministry of Defence", "National Security Council", "Joint Operations Command",
          "United Nations Assistance Mission", "International Committee of the Red Cross"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "15", "21", "dozens of",
           "several", "many"]
VERBS = [("claimed", "assert"), ("said", "assert"), ("denied", "deny"), ("accused", "accuse"), ("told", "assert"),
         ("warned", "assert"), ("stated", "assert")]
FILLER = [
    "Residents described a tense night as patrols moved through the district and shops stayed closed until midday.",
    "Humanitarian agencies reported that access to the area remained restricted, delaying the delivery of aid.",
    "The road linking the provincial capital to the border crossing was closed for most of the week.",
    "Local elders met with officials to discuss the return of displaced families to their villages.",
    "Prices of fuel and flour rose sharply in the weeks that followed, according to traders in the market.",
    "Schools in the area suspended classes, and several clinics reported shortages of basic medicines.",
    "Observers noted that the pattern of attacks had shifted from rural checkpoints towards urban targets.",
    "Mobile phone coverage was cut for two days, making it difficult to verify accounts from the scene.",
]


class _Writer:
    """Appends text while recording entity mentions at the offsets they land on."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.parts: list[str] = []
        self.length = 0
        self.pending: list[tuple[str, int, int]] = []  # (entity id, start, end)
        self.words = 0

    def add(self, text: str) -> tuple[int, int]:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        self.words += len(text.split())
        return start, self.length

    def name(self, entity_id: str, text: str) -> None:
        start, end = self.add(text)
        self.pending.append((entity_id, start, end))

    def text(self) -> str:
        return "".join(self.parts)


def make_large_case(words: int = 150_000, mentions: int = 20_000, claims: int = 1_000, incidents: int = 500,
                    seed: int = 1, case_id: str | None = None, title: str | None = None) -> Case:
    """A multi-section report of about ``words`` words with the given item counts."""
    rng = random.Random(seed)
    ents: list[Entity] = []

    def entity(name: str, type_: str, subtype: str | None, aliases: list[str] | None = None) -> str:
        ents.append(Entity(id=f"e{len(ents) + 1}", name=name, type=type_, subtype=subtype, aliases=aliases or []))
        return ents[-1].id

    group_ids = [entity(g, "ORG", "armed_group", [a]) for g, a in zip(GROUPS, ACRONYMS, strict=True)]
    person_ids = [entity(p, "PERSON", None, [p.split()[-1]]) for p in PEOPLE]
    place_ids = [entity(p, "LOC", "city") for p in PLACES]
    outlet_ids = [entity(o, "ORG", "media") for o in OUTLETS]
    body_ids = [entity(b, "ORG", "government") for b in BODIES]
    by_id = {e.id: e for e in ents}
    year = 2023
    w = _Writer(rng)
    sources: list[Source] = []
    source_of: dict[str, str] = {}
    incident_list: list[Incident] = []
    claim_list: list[Claim] = []

    def source_for(ent_id: str, kind: str) -> str:
        if ent_id not in source_of:
            src = Source(id=f"s{len(sources) + 1}", name=by_id[ent_id].name, kind=kind, entity=ent_id,
                         role=rng.choice(ROLES) if kind == "person" else None)
            sources.append(src)
            source_of[ent_id] = src.id
        return source_of[ent_id]

    # How often each sentence kind appears, so the counts land near the targets.
    sentence_words = 22
    n_sentences = max(1, words // sentence_words)
    p_incident = incidents / n_sentences
    p_claim = claims / n_sentences
    section = 0
    evidence_spans: list[tuple[str, int, int, dict]] = []
    made = {"incident": 0, "claim": 0}
    # Fragments split mid-sentence ("the " + name) overcount words a little; aim slightly high.
    while w.words < words * 1.045:
        if w.words >= section * 3000:
            section += 1
            w.add(f"\n\n## Section {section}: developments in {rng.choice(PLACES)}\n\n")
        r = rng.random()
        month = rng.randrange(12)
        day = rng.randrange(1, 28)
        if r < p_incident and made["incident"] < incidents:
            made["incident"] += 1
            g, p = rng.randrange(len(GROUPS)), rng.randrange(len(PLACES))
            n = rng.choice(NUMBERS)
            start = w.length
            w.add(f"On {MONTHS[month]} {day}, fighters of the ")
            w.name(group_ids[g], GROUPS[g])
            w.add(" attacked a checkpoint near ")
            w.name(place_ids[p], PLACES[p])
            w.add(f", killing {n} people and wounding others. ")
            exact = n.isdigit() or n in ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve")
            evidence_spans.append(("incident", start, w.length - 1, {
                "g": g, "p": p, "month": month, "day": day, "n": n, "exact": exact}))
        elif r < p_incident + p_claim and made["claim"] < claims:
            made["claim"] += 1
            who, outlet = rng.randrange(len(PEOPLE)), rng.randrange(len(OUTLETS))
            verb, stance = rng.choice(VERBS)
            g = rng.randrange(len(GROUPS))
            start = w.length
            w.name(person_ids[who], PEOPLE[who])
            w.add(f", the {rng.choice(ROLES)}, {verb} in an interview with ")
            w.name(outlet_ids[outlet], OUTLETS[outlet])
            w.add(" that the ")
            w.name(group_ids[g], ACRONYMS[g])
            w.add(f" had moved fighters towards {rng.choice(PLACES)} in {MONTHS[month]}. ")
            evidence_spans.append(("claim", start, w.length - 1, {"who": who, "outlet": outlet, "verb": verb,
                                                                  "stance": stance, "g": g}))
        elif r < 0.85:
            b, p, q = rng.randrange(len(BODIES)), rng.randrange(len(PLACES)), rng.randrange(len(PEOPLE))
            w.add("The ")
            w.name(body_ids[b], BODIES[b])
            w.add(f" reported new displacement from {rng.choice(['villages', 'districts', 'camps'])} around ")
            w.name(place_ids[p], PLACES[p])
            w.add(", and ")
            w.name(person_ids[q], PEOPLE[q].split()[-1])
            w.add(" asked for access. ")
        else:
            w.add(rng.choice(FILLER) + " ")
        if rng.random() < 0.12:
            w.add("\n\n")
    text = w.text()
    doc_id = "d1"
    # Keep the requested number of mentions (spread evenly), always keeping evidence names.
    pending = w.pending
    if len(pending) > mentions:
        step = len(pending) / mentions
        pending = [pending[int(i * step)] for i in range(mentions)]
    mention_list = []
    for i, (ent_id, start, end) in enumerate(pending):
        span = make_span(doc_id, text, start, end)
        mention_list.append(Mention(id=f"m{i + 1}", entity=ent_id, document=doc_id, start=start, end=end,
                                    exact=span.exact, prefix=span.prefix, suffix=span.suffix))
    for kind, start, end, info in evidence_spans:
        span = make_span(doc_id, text, start, end)
        if kind == "incident":
            iso = f"{year}-{info['month'] + 1:02d}-{info['day']:02d}"
            n = info["n"]
            value = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                     "ten": 10, "twelve": 12}.get(n) or (int(n) if n.isdigit() else None)
            count = Count(min=value, max=value, text=n) if value else Count(min=3, max=None, text=n)
            incident_list.append(Incident(
                id=f"i{len(incident_list) + 1}", type="Battles", sub_type="Armed clash",
                summary=f"Attack near {PLACES[info['p']]}", date=FuzzyDate(iso, iso, "day", f"On {MONTHS[info['month']]} {info['day']}"),
                date_reported=f"{year}-12-31", location=ActorRef(PLACES[info["p"]], place_ids[info["p"]]),
                perpetrators=[ActorRef(GROUPS[info["g"]], group_ids[info["g"]])], killed=count, evidence=span))
        else:
            src = source_for(person_ids[info["who"]], "person")
            via = source_for(outlet_ids[info["outlet"]], "outlet")
            claim_list.append(Claim(
                id=f"c{len(claim_list) + 1}", source=src, cue=info["verb"], stance=info["stance"],
                content=f"{ACRONYMS[info['g']]} moved fighters", via=[Hop(source=via, mode="interview")],
                evidence=span))
    assessments = []
    for i, claim in enumerate(claim_list[: len(claim_list) // 3]):
        assessments.append(Assessment(id=f"a{i + 1}", target=claim.id, target_kind="claim",
                                      scale="admiralty-credibility", grade=str(1 + i % 6), rationale="bench",
                                      analyst="Bench Analyst", time="2024-01-01T00:00:00Z"))
    cid = case_id or f"bench-{words}-{seed}"
    info = CaseInfo(id=cid, title=title or f"Synthetic monitoring report ({words} words)",
                    created="2024-01-01T00:00:00Z", modified="2024-01-01T00:00:00Z", report_date=f"{year}-12-31")
    return Case(info=info, documents=[Document(id=doc_id, title=info.title, path="documents/d1.md", text=text)],
                entities=ents, mentions=mention_list, incidents=incident_list, sources=sources,
                claims=claim_list, assessments=assessments)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=150_000)
    ap.add_argument("--mentions", type=int, default=20_000)
    ap.add_argument("--claims", type=int, default=1_000)
    ap.add_argument("--incidents", type=int, default=500)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-o", "--output", required=True)
    args = ap.parse_args()
    from desktop.casefile.bundle import write_bundle

    case = make_large_case(args.words, args.mentions, args.claims, args.incidents, args.seed)
    write_bundle(case, args.output)
    print(f"wrote {args.output}: {len(case.documents[0].text.split())} words, {len(case.mentions)} mentions, "
          f"{len(case.claims)} claims, {len(case.incidents)} incidents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
