"""How likely an incident the rules found is one an annotator would list.

The rules in events.py and incidents.py find every sentence that uses an event word as an event.
Many of those are not incidents an analyst would list: a review's summary of the year, a claim that
retells an attack already told, an analyst weighing what could have happened. Read one by one, such
sentences need rules of their own, and each rule fits the reports it was written against.

This module weighs them instead with a logistic model learned from the gold reports
(``bench/train_incident_likelihood.py``): the words of the evidence sentence, which fields the rules
could fill (a day, a place, an actor, a toll), where the sentence stands in the report and how many
incidents the report tells. An incident whose likelihood falls below the model's threshold is left
out of the case file. The weights ship in ``resources/models/incident_likelihood.json``; scoring
is a dictionary look-up per word, with no library and nothing read from the network.

The model learns from what the rules find, so it is retrained whenever the rules change.
"""

from __future__ import annotations

import math
import re

from desktop.casefile.model import Incident
from desktop.resources import load_json

TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+")


def features(inc: Incident, text: str, n_incidents: int, has_report_date: bool) -> dict[str, float]:
    """The features of one incident, as the model was trained on them."""
    evidence = inc.evidence.exact if inc.evidence else ""
    tokens = ["#" if t.isdigit() else t for t in TOKEN.findall(evidence.lower().replace("’", "'"))]
    found: dict[str, float] = {"bias": 1.0}
    for t in tokens:
        found["w:" + t] = 1.0
    for t in tokens[:3]:
        found["s:" + t] = 1.0
    found["date:" + (inc.date.precision if inc.date is not None and inc.date.start else "none")] = 1.0
    found["location:" + ("y" if inc.location is not None else "n")] = 1.0
    found["perpetrator:" + ("y" if inc.perpetrators else "n")] = 1.0
    found["killed:" + ("y" if inc.killed is not None and inc.killed.min is not None else "n")] = 1.0
    found["wounded:" + ("y" if inc.wounded is not None and inc.wounded.min is not None else "n")] = 1.0
    found["type:" + inc.type] = 1.0
    found["len:" + ("s" if len(tokens) < 12 else "m" if len(tokens) < 30 else "l")] = 1.0
    at = inc.evidence.start / max(1, len(text)) if inc.evidence else 0.0
    found["pos:" + str(min(4, int(at * 5)))] = 1.0
    found["rd:" + ("y" if has_report_date else "n")] = 1.0
    found["ninc:" + ("1" if n_incidents <= 2 else "2" if n_incidents <= 6 else "3")] = 1.0
    return found


def model() -> dict:
    return load_json("models", "incident_likelihood.json")  # parsed once per process (load_json caches)


def likelihood(feats: dict[str, float], weights: dict[str, float]) -> float:
    z = sum(weights.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def likely(incidents: list[Incident], text: str, has_report_date: bool) -> list[bool]:
    """For each incident, whether it is likely enough to stay in the case file."""
    m = model()
    return [likelihood(features(inc, text, len(incidents), has_report_date), m["weights"]) >= m["threshold"]
            for inc in incidents]
