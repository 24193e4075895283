"""Which of the places a sentence names is where its incident happened: a learned second look at the rules' choice.

The rules in incidents.py (``place_all``) choose an incident's place from the names of its sentence with many
cues: "in X", "near X", a town before its province, not where the victims came from nor whose forces struck. When the
sentence names several places they sometimes choose another than annotators do ("insurgents attacked soldiers who
had left Camp Speicher, near Tikrit": the rules give the town, annotators the camp). This module weighs each recognised place of the sentence with a logistic model over what is around it (the
words before and after it, its kind, where it stands from the event word, whether the rules chose it) and keeps the
likeliest when it outscores the rules' choice by ``MARGIN``. Learned from the gold reports by
``bench/train_place_chooser.py``; the weights ship in ``resources/models/incident_place.json`` (37 KB gzipped). It only
ever chooses among the sentence's own places, only when the rules chose one of them (a place the rules took from
elsewhere, a heading or the sentence before, stays theirs), never for one of several incidents told in one sentence,
and never a place the rules have a reason to pass over (incidents.py: ``_second_look``). An incident whose place it
chose carries a note that says so and names the rules' place (pipeline.py, author ``PLACE_MODEL_AUTHOR``).

Trained on 1-2530 (the sixtieth session; 10,827 incidents whose sentence names two places or more, one of them the
annotator's), with the session's rules: locations right of the incidents found on 2611-2650 241 -> 244, on 2651-2690
222 -> 226, on 2691-2730 263 -> 270; nothing else changes. What it learned most is what annotators do with a site
named with its town ("Camp Speicher, near Tikrit", "the Beit Furik checkpoint east of Nablus": the site) and with a
part of a town ("In Zapopan, on Guadalajara's western edge": the part).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.extract.entities import FAC_HEADS
from desktop.resources import load_json

WORD = re.compile(r"[\w'’-]+|[^\w\s]")
# how far another place must outscore the rules' to be taken instead (trained on 1-2530, on 2611-2730, before the
# rules' reasons were kept: of the 38 places moved, 4 of the 5 moved wrongly and 3 of the 19 moved rightly were moved
# by less)
MARGIN = 0.2


@dataclass(frozen=True, slots=True)
class Candidate:
    """One recognised place of a sentence: its text, its kind and where it stands (offsets into the sentence)."""

    text: str
    subtype: str | None
    start: int
    end: int
    how: str


def candidates(places: list, base: int) -> list[Candidate]:
    """The recognised places (entities.Ent) of a sentence that starts at ``base``, as the model weighs them."""
    return [Candidate(e.text, e.subtype, e.start - base, e.end - base, e.how) for e in places]


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return "more"


def features(sentence: str, cands: list[Candidate], i: int, rule_i: int | None, trigger_at: int) -> dict[str, float]:
    """What the model weighs of ``cands[i]``: ``rule_i`` is the one the rules chose, ``trigger_at`` where the
    sentence's event word stands."""
    c = cands[i]
    before = WORD.findall(sentence[max(0, c.start - 40) : c.start].lower())
    after = WORD.findall(sentence[c.end : c.end + 30].lower())
    f: dict[str, float] = {"bias": 1.0}
    f["rule"] = 1.0 if i == rule_i else 0.0
    f["rule_same_text"] = 1.0 if rule_i is not None and i != rule_i and cands[rule_i].text == c.text else 0.0
    kind = c.subtype or "none"
    f["kind:" + kind] = 1.0
    f["how:" + c.how] = 1.0
    b1 = before[-1] if before else "^"
    f["b1:" + b1] = 1.0
    f["b2:" + " ".join(before[-2:]) if len(before) >= 2 else "b2:^"] = 1.0
    f["a1:" + (after[0] if after else "$")] = 1.0
    f["a2:" + " ".join(after[:2]) if len(after) >= 2 else "a2:$"] = 1.0
    f["kind_b1:" + kind + ":" + b1] = 1.0
    gap = len(WORD.findall(sentence[min(c.end, trigger_at) : max(c.start, trigger_at)]))
    f["side:" + ("after" if c.start >= trigger_at else "before")] = 1.0
    f["gap:" + ("after" if c.start >= trigger_at else "before") + _bucket(gap, (2, 5, 10, 20))] = 1.0
    others = [d for d in cands if d.text != c.text]
    f["n:" + _bucket(len({d.text for d in cands}), (1, 2, 3, 5))] = 1.0
    f["order:" + ("first" if all(d.start >= c.start for d in others) else
                  "last" if all(d.start <= c.start for d in others) else "middle")] = 1.0
    f["words:" + _bucket(len(c.text.split()), (1, 2, 3))] = 1.0
    head = c.text.split()[-1].lower() if c.text.split() else ""
    if head in FAC_HEADS or c.subtype == "facility":
        f["head:" + head] = 1.0  # ("the consulate in Port Amal": annotators put a mission in its town, a market is where)
    # a place named right after another, as the one it lies in ("Ouallam, in Tillabéri region"), or before one
    prev = max((d for d in others if d.end <= c.start), key=lambda d: d.end, default=None)
    nxt = min((d for d in others if d.start >= c.end), key=lambda d: d.start, default=None)
    if prev is not None and c.start - prev.end <= 12:
        f["after_place:" + re.sub(r"\s+", " ", sentence[prev.end : c.start].strip().lower())[:12]] = 1.0
    if nxt is not None and nxt.start - c.end <= 12:
        f["before_place:" + re.sub(r"\s+", " ", sentence[c.end : nxt.start].strip().lower())[:12]] = 1.0
    if rule_i is not None and i != rule_i:
        r = cands[rule_i]
        f["vs_rule:" + ("before" if c.start < r.start else "after") + ":" + (r.subtype or "none") + ">" + kind] = 1.0
        if c.text in r.text or r.text in c.text:
            f["vs_rule:nested"] = 1.0
    return f


def model() -> dict:
    return load_json("models", "incident_place.json")


def score(feats: dict[str, float], weights: dict[str, float]) -> float:
    return sum(weights.get(k, 0.0) * v for k, v in feats.items())


def choose(sentence: str, cands: list[Candidate], rule_i: int, trigger_at: int,
           weights: dict[str, float] | None = None) -> int:
    """The index of the likeliest place among ``cands``: the rules' ``rule_i`` unless another beats it by
    ``MARGIN``."""
    if len({c.text for c in cands}) < 2:
        return rule_i
    if weights is None:
        weights = model()["weights"]
    scores = [score(features(sentence, cands, i, rule_i, trigger_at), weights) for i in range(len(cands))]
    best = max(range(len(cands)), key=lambda i: (scores[i], i == rule_i))
    return best if scores[best] - scores[rule_i] >= MARGIN else rule_i
