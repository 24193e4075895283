"""Fine-tune the name recogniser of the installed spaCy model on the gold reports.

    python bench/train_ner.py [--upto N] [--epochs E] [--out-dir resources/models]

The small English model was trained on general news and web text; it reads many of the villages,
districts and groups our reports name ("Sandaré", "Tierralta", "Sidakan") as no name or as the
wrong kind, and it does not know the annotators' conventions (a named junction, hotel or forest
is a place with its kind word). The gold reports say what each name is. For every gold
report numbered up to N, each paragraph the pipeline would read is labelled as follows:

- every occurrence of a name the annotator lists (person, organisation, place; a nationality or
  group when listed) is that name, longest first, also in capitals (a dateline's "YANGON");
- a name the model finds there with one of those kinds, which the annotator does not list, is
  no name (the lesson: "Administrator" is not a person);
- what the model finds of the other kinds (dates, numbers, nationalities the annotator did not
  list) is kept as the model found it, so that the recogniser does not forget them.

Only the recogniser learns (it has its own word layer in this model); the tagger and parser
are left as they are. Training starts from the installed model's own recogniser, with a fixed
seed. The recogniser is written as spaCy's bytes
(``ner.bin``) with its configuration (``ner.json``); ``desktop/extract/pipeline.py`` builds it
from them in place of the model's. Run it again when reports are added to the gold set, then
retrain the incident models (``bench/train_incident_likelihood.py``), which weigh the rules'
output and so the names this finds. To measure it on reports it has not learned from, train with
``--upto`` below them (about 20 minutes for 800 reports on two cores).

Measured with the rules of 2026-12-02 (entities F1, bench/extract_score.py): trained on 1-770 and
scored on the unread 771-810, 0.864 -> 0.905; trained on 1-810, the held-out set 0.878 -> 0.915
and the new round 811-850 0.874 -> 0.913. Twelve epochs instead of eight (1-810, scored on 811-850)
gave 0.914 for half as much time again, so eight stay. Trained on 1-850 (the shipped weights): the
held-out set 0.917 and the unread 851-890 0.900 (0.899 with the weights trained on 1-810). Trained on 1-890
(the weights of the fifteenth session): the held-out set 0.918 and the unread 891-930 0.916 (0.912 with
the weights trained on 1-850). Trained on 1-930 (the weights of the sixteenth session): the held-out set
0.922 and the unread 931-970 0.919 (0.914 with the weights trained on 1-890). Trained on 1-970 (the shipped
weights since the seventeenth session): the held-out set 0.920 and the unread 971-1010 0.915 (0.914 with the
weights trained on 1-930). Trained on 1-1010 (the weights of the eighteenth session): the held-out set
0.920 and the unread 1011-1050 0.913 (0.912 with the weights trained on 1-970). Trained on 1-1050 (the
weights of the nineteenth session): the held-out set 0.921 and the unread 1051-1090 0.920 (0.919 with the weights
trained on 1-1010). Trained on 1-1090 (the weights of the twentieth session): the held-out set 0.922 and the unread
1091-1130 0.906 (0.903 with the weights trained on 1-1050). Trained on 1-1130 (the weights of the
twenty-first session): the held-out set 0.923 and the unread 1131-1170 0.923 (0.923 with the weights trained on
1-1090). Trained on 1-1170 (the weights of the twenty-second session): the held-out set 0.911 (0.923 with
the weights of 1-1130: about five of its names) and the unread 1171-1210 0.902 (0.900 with the session's start code and the weights of 1-1130).
Trained on 1-1250 (the weights of the twenty-third session): the held-out set 0.921 and the unread
1251-1290 0.922 (0.920 with the weights of 1-1170), both with the rules alone.
Trained on 1-1290 (the weights of the twenty-fourth session): the held-out set 0.917 (one name fewer found,
one more wrong, than with the weights of 1-1250) and the unread 1291-1330 0.886 (0.882 with the session's start code
and the weights of 1-1250).
Trained on 1-1330 (the weights of the twenty-fifth session): the held-out set 0.923 and the unread
1331-1370 0.900 (0.903 with the session's start code and the weights of 1-1290).
Trained on 1-1370 (the weights of the twenty-sixth session): the held-out set 0.927 and the unread
1371-1410 0.904 (0.904 with the session's start code and the weights of 1-1330).
Trained on 1-1410 (the weights of the twenty-seventh session): the held-out set 0.922 (0.927 with the
weights of 1-1370: a few of its names) and the unread 1411-1450 0.908 (0.906 with the session's start code and the
weights of 1-1370).
Trained on 1-1450 (the weights of the twenty-eighth session): the held-out set 0.931 (0.922 with the
weights of 1-1410) and the unread 1451-1490 0.897 (0.899 with the session's start code and the weights of 1-1410).
Trained on 1-1490 (the weights of the twenty-ninth session): the held-out set 0.920 (0.931 with the
weights of 1-1450) and the unread 1491-1530 0.901 (0.902 with the session's start code and the weights of 1-1450).
Trained on 1-1530 (the weights of the thirtieth session): the held-out set 0.933 (0.920 with the
weights of 1-1490) and the unread 1531-1570 0.911 (0.910 with the session's start code and the weights of 1-1490).
Trained on 1-1570 (the weights of the thirty-first session): the held-out set 0.919 (0.933 with the
weights of 1-1530) and the unread 1571-1610 0.905 (0.905 with the session's start code and the weights of 1-1530).
Trained on 1-1610 (the weights of the thirty-second and thirty-third sessions): the held-out set 0.921 (0.919 with the
weights of 1-1570) and the unread 1611-1650 0.904 (0.900 with the session's start code and the weights of 1-1570).
Trained on 1-1690 (the shipped weights since the thirty-fourth session; eight epochs, about 35 minutes beside other
work on two cores): the held-out set 0.920 (0.921 with the weights of 1-1610) and the unread 1691-1730 0.907 (0.908
with the session's start code and the weights of 1-1610). It ran two bodies together once ("Amnesty International and
Human Rights Watch") and took two people for places once, which the rules now mend (entities.split_bodies,
coordinated_places).
Trained on 1-1730 (the shipped weights since the thirty-fifth session; eight epochs, about 42 minutes beside other
work on two cores): the held-out set 0.929 (0.920 with the weights of 1-1690) and the unread 1731-1770 0.903 (0.899
with the session's start code and the weights of 1-1690). It ends "Gush Etzion" before a lower-case "road" where the
weights before took the road in, which the item placer now reads (incidents._item_place).
Trained on 1-1770 (the shipped weights since the thirty-sixth session; eight epochs, about 40 minutes beside other
work on two cores): the held-out set 0.923 (0.929 with the weights of 1-1730) and the unread 1771-1810 0.908 (0.903
with the session's start code and the weights of 1-1730). It reads "Panakuach" opening a sentence as a person, which
the rules now mend: a name that "was bombed", "shelled" or "overrun" is a place (entities.PLACE_SUFFERED).
Trained on 1-1810 (the shipped weights since the thirty-seventh session; eight epochs, about 42 minutes beside other
work on two cores): the held-out set 0.923 (0.923 with the weights of 1-1770) and the unread 1811-1850 0.911 (0.904
with the session's start code and the weights of 1-1770). It tags the month of "End of May" as a date of its own, as
the rules read it.
Trained on 1-1850 (the weights of the thirty-eighth session; eight epochs, about 44 minutes beside other
work on two cores): the held-out set 0.928 (0.923 with the weights of 1-1810) and the unread 1851-1890 0.906 (0.899
with the session's start code and the weights of 1-1810). It names the two towns of "the Maiduguri–Damaturu highway"
where the weights before took the road whole, and reads "a white Chevrolet Malibu" as a place; the rules now pass over
the far end of such a road (incidents._modifier) and a car told by its colour (entities.COLOURED_MAKE).
Trained on 1-1890 (the weights of the thirty-ninth session; eight epochs, about 47 minutes beside other
work on two cores): the held-out set 0.929 (0.928 with the weights of 1-1850) and the unread 1891-1930 0.905 (0.897
with the session's start code and the weights of 1-1850). It types "A10" in "the A10 ring motorway" as an organisation
where the weights before took it for a place.
Trained on 1-1930 (the weights of the fortieth session; eight epochs, about 50 minutes beside other work on
two cores): the held-out set 0.926 (0.929 with the weights of 1-1890) and the unread 1931-1970 0.904 (0.902 with the
session's start code and the weights of 1-1890). It reads "the Fon of Nso" as one place, where the weights before read
"Fon" alone; a ruler's title followed by "of" is now no place with its domain either (entities.find_entities).
Trained on 1-1970 (the weights of the forty-first session; eight epochs, about 55 minutes beside other work
on two cores, 7,713,876 bytes): the held-out set 0.929 (0.926 with the weights of 1-1930) and the unread 1971-2010 0.890
(0.889 with the session's start code and the weights of 1-1930; 1,821 of its 2,049 entities found, 2,041 reported,
against 1,823 and 2,051).
Trained on 1-2010 (the shipped weights since the forty-second session; eight epochs, about 54 minutes beside other work
on two cores, 7,725,529 bytes): the held-out set 0.921 (0.929 with the weights of 1-1970: 378 of 409 found against 381)
and the unread 2011-2050 0.909 (0.910 with the session's start code and the weights of 1-1970; 1,880 of its 2,077
entities found, 2,059 reported, against 1,879 and 2,051). It may keep a road's kind in its name ("the A7 motorway").
Trained on 1-2050 (the weights of the forty-third session; eight epochs, about 56 minutes beside other work
on two cores, 7,736,690 bytes): the held-out set 0.932 (0.921 with the weights of 1-2010: 383 of 409 found against 378)
and the unread 2051-2090 0.898 (0.894 with the session's start code and the weights of 1-2010; 2,010 of its 2,260
entities found, 2,218 reported, against 2,007 and 2,230).
Trained on 1-2090 (the weights of the forty-fourth session; eight epochs, about 56 minutes beside other work
on two cores, 7,747,642 bytes): the held-out set 0.934 (0.932 with the weights of 1-2050: 383 of 409 found either way,
411 reported against 413) and the unread 2091-2130 0.900 (0.901 with the session's start code and the weights of
1-2050; 1,996 of its 2,208 entities found, 2,226 reported, against 1,999 and 2,229).
Trained on 1-2130 (the weights of the forty-fifth session; eight epochs, about 56 minutes beside other work
on two cores, 7,760,362 bytes): the held-out set 0.934 (0.934 with the weights of 1-2090: 385 of 409 found, 415
reported, against 383 and 411) and the unread 2131-2170 0.906 (0.904 with the session's start code and the weights of
1-2090; 1,958 of its 2,154 entities found, 2,166 reported, against 1,954 and 2,169).
Trained on 1-2170 (the weights of the forty-sixth session; eight epochs, about 62 minutes beside other work
on two cores, 7,773,823 bytes): the held-out set 0.931 (0.934 with the weights of 1-2130: 382 of 409 found, 412
reported, against 385 and 415) and the unread 2171-2210 0.910 (0.915 with the weights of 1-2130 and either the
session's start or final rules; 1,924 of its 2,102 entities found, 2,127 reported, against 1,939 and 2,135). Lower on
both unseen sets, within what one training run differs from the next; shipped all the same, since choosing between the
two on the sets they are scored on would spend those sets.
Trained on 1-2210 (the weights of the forty-seventh session; eight epochs, about 60 minutes beside other
work on two cores, 7,787,149 bytes): the held-out set 0.930 (0.931 with the weights of 1-2170: 381 of 409 found, 410
reported, against 382 and 412) and the unread 2211-2250 0.903 (0.907 with the weights of 1-2170 and either the
session's start or final rules; 1,872 of its 2,056 entities found, 2,089 reported, against 1,877 and 2,081); over
1-2210, which it learned from, 0.938 against 0.939 with the weights of 1-2170, which learned from all but the last
forty. Lower again on both unseen sets, by a few names, and no higher on the set it learned from: forty more reports
no longer teach the recogniser anything it shows; shipped all the same, for the reason above.
Trained on 1-2250 (the weights of the forty-eighth session; eight epochs, about 68 minutes beside other
work on two cores, 7,797,769 bytes): the held-out set 0.925 (0.930 with the weights of 1-2210: 380 of 409 found, 413
reported, against 381 and 410) and the unread 2251-2290 0.903 (0.906 with the session's start code and the weights of
1-2210; 2,043 of its 2,263 entities found, 2,262 reported, against 2,050 and 2,260); over 1-2250, which it learned
from, 0.938 with the final rules, as with the weights of 1-2210. A few names lower on both unseen sets for the fourth
retraining running; the held-out set has moved by as much before (0.920 to 0.933 and back between the twenty-eighth
and thirtieth sessions), so this may be one run's luck, but it is worth an experiment that spends no scored set:
stopping the epochs on a slice of the training reports held back from it. Shipped all the same, for the reason above.
Trained on 1-2290 (the shipped weights since the forty-ninth session; eight epochs, about 62 minutes beside other
work on two cores, 7,810,946 bytes): the held-out set 0.932 (0.925 with the weights of 1-2250: 382 of 409 found, 411
reported, against 380 and 413) and the unread 2291-2330 0.916 (0.914 with the session's start code and the weights of
1-2250; 1,971 of its 2,145 entities found, 2,160 reported, against 1,968 and 2,161); over 1-2290, which it learned
from, 0.938 with the final rules. Higher on both unseen sets this time, by a few names: the fall of the four
retrainings before was one run's luck as much as anything, and the experiment above is still worth making.
Not retrained in the fiftieth session: the run on 1-2330 shared the two cores with the incident models' training and
the scoring runs, took about half an hour for two of its eight epochs, and was stopped so that the incident models
could be retrained and scored in the session's time. The weights of 1-2290 stay shipped; on the unread 2331-2370 they
score 0.914 (1,860 of its 2,020 entities found, 2,050 reported), and over 1-2330 0.938 with the final rules.
Nor in the fifty-first: the run on 1-2370, started first this time, still shared the two cores with the scoring of
the session's rules, needed more than twenty minutes for the first of its eight epochs, and was stopped so that the incident
models could be retrained and scored in the session's time. On the unread 2371-2410 the weights of 1-2290 score 0.912
(1,815 of its 1,975 entities found, 2,006 reported). Started on an idle machine before anything else, and left alone,
the run should take about an hour.
Retrained in the fifty-second session on 1-2410, started first on an idle machine (eight epochs, 6,348 seconds by its
own log, the second half beside the incident models' training; 7,842,366 bytes) and not shipped: on the unread
2411-2450, with the session's final rules and no incident models, it scores 0.929 against 0.932 for the weights of
1-2290 (1,808 of the 1,932 entities found against 1,815, 1,962 reported against 1,963), and 0.932 on the held-out set
either way, where the rules alone report one incident more with it (0.719 against 0.725). No better on either unseen
set, it would also have left the incident models, trained beside it on what the rules make of the recogniser of
1-2290, weighing features they never learned from. The early-stopping experiment above is what to try next.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOLD = ROOT / "bench" / "gold"
OUT_DIR = ROOT / "resources" / "models"
NAME_KINDS = {"PERSON", "ORG", "GPE", "LOC", "FAC"}
SEED = 7


def number_of(path: Path) -> int:
    head = path.name.split("_", 1)[0]
    return int(head) if head.isdigit() else 0


def paragraphs(raw: bytes, filename: str) -> list[str]:
    """The texts the pipeline gives the model, as it gives them."""
    from desktop.extract.cleanup import to_markdown
    from desktop.extract.pipeline import blocks_of, model_input

    markdown, _title = to_markdown(raw, filename)
    _spans, texts = model_input(markdown, [(s, e) for s, e, heading in blocks_of(markdown) if not heading])
    return list(texts)


def _occurrences(text: str, name: str):
    """Where a listed name occurs: as written, or in capitals ("YANGON, Jan 30 (Agency) -": annotators list
    a dateline's city once, as "Yangon")."""
    seen = set()
    for haystack, needle in ((text, name), (text, name.upper())):
        at = haystack.find(needle)
        while at >= 0:
            if at not in seen:
                seen.add(at)
                yield at
            at = haystack.find(needle, at + 1)


def gold_spans(doc, names: list[tuple[str, str]]):
    """Every token-aligned occurrence of each listed name, longest names first, no overlaps."""
    taken = [False] * len(doc)
    spans = []
    text = doc.text
    for name, kind in sorted(names, key=lambda nk: -len(nk[0])):
        for at in _occurrences(text, name):
            span = doc.char_span(at, at + len(name), label=kind)
            end = at + len(name)
            if span is not None and not any(taken[span.start:span.end]) \
                    and (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                spans.append(span)
                for i in range(span.start, span.end):
                    taken[i] = True
    return spans, taken


def examples(nlp, upto: int, first: int = 1):
    from spacy.tokens import Span
    from spacy.training import Example

    out = []
    for path in sorted(GOLD.glob("*.json"), key=number_of):
        if not first <= number_of(path) <= upto:
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        report = GOLD / gold["meta"]["report"]
        names = {(e["text"], e["type"]) for e in gold["entities"]
                 if e["type"] in NAME_KINDS or e["type"] == "NORP"}
        listed = {n.casefold(): kind for n, kind in names}
        texts = paragraphs(report.read_bytes(), report.name)
        for doc in nlp.pipe(texts, batch_size=32):
            spans, taken = gold_spans(doc, sorted(names))
            for ent in doc.ents:
                if any(taken[ent.start:ent.end]):
                    continue
                kind = listed.get(ent.text.casefold())
                if kind is not None:  # listed, written otherwise ("the OBSERVER")
                    spans.append(Span(doc, ent.start, ent.end, label=kind))
                elif ent.label_ not in NAME_KINDS:  # dates, numbers, unlisted nationalities: as the model has them
                    spans.append(Span(doc, ent.start, ent.end, label=ent.label_))
                # (a name of a listed kind that the annotator does not list: no name)
            reference = nlp.make_doc(doc.text)
            reference.ents = [Span(reference, s.start, s.end, label=s.label_) for s in sorted(spans, key=lambda s: s.start)]
            out.append(Example(nlp.make_doc(doc.text), reference))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--upto", type=int, default=10**9, help="learn from gold reports numbered up to N")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--out-dir", type=Path, default=OUT_DIR)
    args = ap.parse_args()

    import spacy
    from spacy.util import minibatch

    from desktop.extract.reading import load_nlp

    spacy.util.fix_random_seed(SEED)
    nlp = load_nlp(tuned=False)
    started = time.time()
    train = examples(nlp, args.upto)
    print(f"{len(train)} paragraphs in {time.time() - started:.0f} s", flush=True)
    rng = random.Random(SEED)
    with nlp.select_pipes(enable=["ner"]):
        optimizer = nlp.resume_training()
        for epoch in range(args.epochs):
            rng.shuffle(train)
            losses: dict[str, float] = {}
            for batch in minibatch(train, size=16):
                nlp.update(batch, drop=0.2, sgd=optimizer, losses=losses)
            print(f"epoch {epoch + 1}: loss {losses.get('ner', 0):.0f} ({time.time() - started:.0f} s)", flush=True)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    config = dict(nlp.config["components"]["ner"])
    config.pop("factory")
    (args.out_dir / "ner.json").write_text(json.dumps(config, indent=1) + "\n", encoding="utf-8")
    weights = args.out_dir / "ner.bin"
    with nlp.use_params(optimizer.averages):
        weights.write_bytes(nlp.get_pipe("ner").to_bytes())
    print(f"wrote {weights} ({weights.stat().st_size:,} bytes) and ner.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
