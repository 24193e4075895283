"""Train the two models of ``desktop/extract/likely.py``: the one that weighs how likely each incident the
rules find is one an annotator lists, and the one that finds the incidents the rules missed.

    python bench/train_incident_likelihood.py --scorer PATH/score_extraction.py [--upto N]

For every gold report numbered up to N (all of them by default), the pipeline runs with both models
switched off and keeps every incident its rules find.

- Likelihood: an incident is a positive example when the scorer pairs it with one of the
  annotator's incidents (by the overlap of their evidence sentences), a negative one when it pairs
  with none.
- Missed incidents: with the freshly fitted likelihood model applied, every sentence in which the
  rules told no incident of their own is a positive example when its overlap with the evidence of
  an annotator's incident that no kept incident pairs with reaches the scorer's threshold.
  The type of such an incident, when the sentence has no event word the rules know, comes from a
  multinomial model of the annotators' types over the words of their evidence sentences.

Each is a logistic regression fitted by gradient descent (numpy, which spaCy brings); the weights
are written as JSON to ``resources/models/incident_likelihood.json`` and ``missed_incident.json``
(or ``--out-dir``).

Both weigh a third model's reading of the sentence: a spaCy text classifier trained here on every
sentence of those reports, labelled by whether it is an annotator's incident evidence. It is an ensemble
(``--members``, three by default): the same classifier trained from different random starts, its
likelihoods averaged, since one classifier's moved the logistic models' figures by 0.01-0.02 from one
training to the next. It is trained twice on half of the reports, so that the logistic models learn from
its likelihoods for reports it did not see, then once on all of them; that one is written to
``sentences.bin``, ``sentences-2.bin``, ... (spaCy's bytes, one file per member) with its configuration in
``sentences.json``. About 11 minutes for 1,250 reports on two cores with three members.

Run it again whenever a rule changes what incidents are found: the models weigh the rules' output.
To measure them on reports they have not learned from, train with ``--upto`` below them and score
them with ``bench/extract_score.py``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
if TYPE_CHECKING:
    from desktop.extract.likely import Sentences

GOLD = ROOT / "bench" / "gold"
OUT_DIR = ROOT / "resources" / "models"
MIN_COUNT = 3  # a feature seen in fewer training examples is left out
MIN_COUNT_TYPES = 10  # in the type model: 5,000 weights, not 15,000, and as right (73% on gold 451-490 from 1-450)
L2 = 1.0
STEPS = 400
RATE = 0.5
SEED = 0
MEMBERS = 3  # sentence classifiers trained from different random starts (SEED, SEED + 1, ...), their likelihoods averaged
SENTENCE_EPOCHS = 4  # passes of the sentence classifier over the gold sentences
SENTENCE_FOLDS = 2  # the logistic models learn from its likelihoods for reports it did not learn from
THRESHOLD = 0.5  # likelihood below which a rules' incident is left out
MISSED_THRESHOLD = 0.3  # likelihood from which a sentence without one becomes an incident
# (both chosen on gold 371-450 with the models trained on 1-370. 0.4 was tried in the nineteenth session: trained on
# 1-970 and scored on 971-1010, incidents 0.847 -> 0.849; trained on 1-1010 with the same rules and scored on
# 1011-1050, 0.874 -> 0.870; so 0.3 stays)


@dataclass
class Report:
    """What one gold report gives the models to learn from. The features are those without the sentence
    classifier's, which are added once it has read the report (out of fold)."""

    gold: list[dict]  # the annotator's incidents
    found: list[tuple[dict[str, float], dict, int]]  # each rules' incident: its features, as scored, where it is
    told: list[tuple[dict[str, float], str, int]]  # each sentence with no incident of the rules' own: features, text,
    # where it starts
    sentences: list[tuple[int, str]]  # every sentence the reader read: where it starts, its text (in order)
    weighed: Sentences | None = None  # the sentence classifier's likelihoods for them, out of fold

    def sentence(self, at: int) -> dict[str, float]:
        """The sentence classifier's feature for the sentence that holds offset ``at``."""
        from desktop.extract.likely import sentence_feature

        return sentence_feature(self.weighed.at(at) if self.weighed is not None else None)


def reports(gold_dir: Path, upto: int | None) -> list[Report]:
    from desktop import jobs
    from desktop.extract import pipeline
    from desktop.extract.likely import features, told_features, without_incident

    readers = []

    class Reader(pipeline.IncidentReader):  # keeps the sentences the pipeline's reader took
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            readers.append(self)

    pipeline.IncidentReader = Reader
    out = []
    for path in sorted(gold_dir.glob("*.json")):
        number = re.match(r"(\d+)_", path.name)
        if upto is not None and (number is None or int(number.group(1)) > upto):
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        meta = gold["meta"]
        date = dt.date.fromisoformat(meta["report_date"]) if meta.get("report_date") else None
        case = jobs.run(pipeline.extract((gold_dir / meta["report"]).read_bytes(), filename=meta["report"],
                                         report_date=date, title=meta.get("title"), weigh_incidents=False,
                                         find_missed=False))
        reader = readers.pop()
        text, dated = case.documents[0].text, case.info.report_date is not None
        told = [(told_features(t, before, len(text), len(reader.found), dated), t.text, t.start)
                for t, before in without_incident(reader.told)]
        out.append(Report(gold["incidents"], [
            (features(inc, text, len(case.incidents), dated), scored, inc.evidence.start if inc.evidence else 0)
            for inc, scored in zip(case.incidents, pipeline.to_eval_json(case)["incidents"], strict=True)], told,
            sorted((t.start, t.text) for t in reader.told)))
    return out


def train_sentences(items: list[tuple[str, bool]], members: int = MEMBERS):
    """The sentence classifier (a blank English pipeline with one text classifier per member, each trained from its
    own random start) trained on (sentence, is an incident's evidence)."""
    import random

    import spacy
    from spacy.training import Example

    from desktop.extract.likely import SENTENCE_LABEL, sentence_classifier_config

    ensemble = spacy.blank("en")
    for n in range(1, members + 1):
        seed = SEED + n - 1
        spacy.util.fix_random_seed(seed)
        nlp = spacy.blank("en")
        classifier = nlp.add_pipe("textcat", config=sentence_classifier_config())
        classifier.add_label(SENTENCE_LABEL)
        classifier.add_label("OTHER")
        examples = [Example.from_dict(nlp.make_doc(text), {"cats": {SENTENCE_LABEL: float(label), "OTHER": 1.0 - label}})
                    for text, label in items]
        rng = random.Random(seed)
        optimizer = nlp.initialize(lambda examples=examples: examples[:500])
        for _ in range(SENTENCE_EPOCHS):
            rng.shuffle(examples)
            for i in range(0, len(examples), 64):
                nlp.update(examples[i : i + 64], sgd=optimizer, drop=0.2, losses={})
        ensemble.add_pipe("textcat", name="textcat" if n == 1 else f"textcat_{n}", config=sentence_classifier_config())
        ensemble.get_pipe(ensemble.pipe_names[-1]).from_bytes(classifier.to_bytes())
    return ensemble


def _matrix(rows: list[tuple[dict[str, float], object]], min_count: int):
    import numpy as np

    counts = Counter(k for f, _ in rows for k in f)
    names = sorted(k for k, c in counts.items() if c >= min_count)
    index = {k: i for i, k in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for i, (f, _) in enumerate(rows):
        for k, v in f.items():
            if k in index:
                x[i, index[k]] = v
    return names, x


def fit(rows: list[tuple[dict[str, float], float]]) -> dict[str, float]:
    import numpy as np

    names, x = _matrix(rows, MIN_COUNT)
    y = np.array([float(label) for _, label in rows])
    w = np.zeros(len(names))
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        w -= RATE * (x.T @ (p - y) + L2 * w) / len(y)
    return {k: round(float(v), 4) for k, v in zip(names, w, strict=True) if abs(v) >= 1e-4}


def fit_types(rows: list[tuple[dict[str, float], str]]) -> dict[str, dict[str, float]]:
    """One weight vector per type (a multinomial logistic regression)."""
    import numpy as np

    types = sorted({t for _, t in rows})
    names, x = _matrix(rows, MIN_COUNT_TYPES)
    y = np.zeros((len(rows), len(types)))
    for i, (_, t) in enumerate(rows):
        y[i, types.index(t)] = 1.0
    w = np.zeros((len(names), len(types)))
    for _ in range(STEPS):
        z = x @ w
        p = np.exp(z - z.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        w -= RATE * (x.T @ (p - y) + L2 * w) / len(rows)
    return {t: {k: round(float(v), 3) for k, v in zip(names, w[:, j], strict=True) if abs(v) >= 0.01}
            for j, t in enumerate(types)}


def main() -> int:
    from desktop.extract.likely import (
        Sentences,
        likelihood,
        member_file,
        sentence_classifier_config,
        sentence_likelihoods,
        type_features,
    )

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scorer", required=True, help="path of score_extraction.py (its pairing of incidents)")
    ap.add_argument("--gold", default=str(GOLD), help="folder of gold JSON files (default bench/gold)")
    ap.add_argument("--upto", type=int, default=None, help="learn only from gold reports numbered up to this")
    ap.add_argument("--out-dir", default=str(OUT_DIR), help="where to write the two weight files")
    ap.add_argument("--members", type=int, default=MEMBERS, help=f"sentence classifiers averaged (default {MEMBERS})")
    args = ap.parse_args()
    from bench.extract_score import load_scorer

    scorer = load_scorer(args.scorer)
    learned = reports(Path(args.gold), args.upto)
    upto = f" numbered up to {args.upto}" if args.upto else ""

    # the sentence classifier: for each report, trained on the other fold's sentences; then on all of them, to ship
    def labelled(rs: list[Report]) -> list[tuple[str, bool]]:
        return [(text, any(scorer.overlap(g["evidence"], text) >= 0.6 for g in r.gold)) for r in rs
                for _start, text in r.sentences]

    for fold in range(SENTENCE_FOLDS):
        classifier = train_sentences(labelled([r for n, r in enumerate(learned) if n % SENTENCE_FOLDS != fold]),
                                     args.members)
        for r in learned[fold::SENTENCE_FOLDS]:
            r.weighed = Sentences([start for start, _text in r.sentences],
                                  sentence_likelihoods([text for _start, text in r.sentences], classifier))
    items = labelled(learned)
    classifier = train_sentences(items, args.members)

    rows = []
    for r in learned:
        paired = {id(p) for _g, p in scorer.pair_by_evidence(r.gold, [p for _, p, _at in r.found])}
        rows += [({**f, **r.sentence(at)}, id(p) in paired) for f, p, at in r.found]
    weights = fit(rows)
    right = sum(label for _, label in rows)
    likely = {
        "about": "Logistic weights of desktop/extract/likely.py, written by bench/train_incident_likelihood.py",
        "trained_on": f"{len(rows)} incidents found by the rules in the gold reports{upto}, {right} of them an annotator's",
        "threshold": THRESHOLD,
        "weights": weights,
    }

    rows = []
    for r in learned:
        kept = [p for f, p, at in r.found if likelihood({**f, **r.sentence(at)}, weights) >= THRESHOLD]
        paired = {id(g) for g, _p in scorer.pair_by_evidence(r.gold, kept)}
        free = [g for g in r.gold if id(g) not in paired]
        rows += [({**f, **r.sentence(at)}, any(scorer.overlap(g["evidence"], text) >= 0.6 for g in free))
                 for f, text, at in r.told]
    missed_weights = fit(rows)
    right = sum(label for _, label in rows)
    typed = [(type_features(g["evidence"]), g["type"]) for r in learned for g in r.gold]
    missed = {
        "about": "Logistic weights of likely.missed and the type model, written by bench/train_incident_likelihood.py",
        "trained_on": f"{len(rows)} sentences without an incident of the rules' own in the gold reports{upto}, {right} "
                      f"telling an annotator's incident no kept one pairs with; types from {len(typed)} gold incidents",
        "threshold": MISSED_THRESHOLD,
        "weights": missed_weights,
        "types": fit_types(typed),
    }
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    sentences = {
        "about": "The sentence classifier of desktop/extract/likely.py (spaCy textcat), written by "
                 "bench/train_incident_likelihood.py; its weights are sentences.bin",
        "trained_on": f"{len(items)} sentences of the gold reports{upto}, {sum(label for _, label in items)} of them "
                      "an annotator's incident evidence",
        "component": sentence_classifier_config(),
        "members": args.members,
    }
    for n, name in enumerate(classifier.pipe_names, start=1):
        (out / member_file(n)).write_bytes(classifier.get_pipe(name).to_bytes())
    for name, model in (("sentences.json", sentences), ("incident_likelihood.json", likely),
                        ("missed_incident.json", missed)):
        (out / name).write_text(json.dumps(model, indent=0, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{model['trained_on']}; -> {out / name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
