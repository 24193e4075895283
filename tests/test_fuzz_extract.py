"""Fuzz the extraction entry point: any bytes in, a valid case or InvalidInput out, no hang.

Skips cleanly until ``desktop.extract.pipeline.extract`` exists.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop import jobs
from desktop.casefile import validate
from desktop.casefile.bundle import bundle_bytes
from desktop.casefile.errors import InvalidInput

from .fuzz_support import OUTCOMES, fuzz_settings, timed
from .test_fuzz_render import FRAGMENTS

WORDS = [
    "On March 27,",
    "a suicide bomber",
    "killed",
    "six",
    "many",
    "people",
    "in Kabul",
    "the Taliban",
    "said",
    "claimed",
    "according to",
    "spokesman Zabihullah Mujahid",
    "Islamic State",
    ".",
    ",",
    '"',
    "\n\n",
]
texts = st.lists(st.sampled_from(WORDS + FRAGMENTS) | st.text(max_size=15), max_size=60).map(" ".join)
raws = texts.map(lambda t: t.encode("utf-8", "surrogatepass")) | st.binary(max_size=400)


@fuzz_settings(40)
@given(raws, st.sampled_from(["report.md", "report.txt", "report.html", "report.htm", "REPORT.MD"]))
def test_extract_any_bytes(raw, filename):
    pipeline = pytest.importorskip("desktop.extract.pipeline")
    with timed("extract"):
        try:
            case = jobs.run(pipeline.extract(raw, filename=filename))
        except InvalidInput as exc:
            assert str(exc)
            OUTCOMES["extract: refused"] += 1
            return
    OUTCOMES["extract: accepted"] += 1
    validate.check_case(case)  # every span holds its quote, every reference resolves
    bundle_bytes(case)
