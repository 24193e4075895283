"""Settings shared by the fuzz tests and bench/fuzz_long.py.

In the suite every fuzz test is derandomised (the same inputs each run) and small enough
to finish in a few seconds. bench/fuzz_long.py sets ``CASEFILE_FUZZ_EXAMPLES`` and
``CASEFILE_FUZZ_RANDOM=1`` before importing the tests, for long random runs.
"""

from __future__ import annotations

import os
import time
from collections import Counter

from hypothesis import HealthCheck, settings

EXAMPLES = int(os.environ.get("CASEFILE_FUZZ_EXAMPLES", "120"))
RANDOM = os.environ.get("CASEFILE_FUZZ_RANDOM") == "1"
HANG_SECONDS = 10.0  # one input taking longer than this is a hang, not a slow machine

TRIED: Counter[str] = Counter()  # inputs tried per property, for bench/fuzz_long.py
OUTCOMES: Counter[str] = Counter()  # accepted / refused per property


def fuzz_settings(examples: int | None = None) -> settings:
    # In the suite a property may ask for fewer inputs (a slow one); a long run scales all.
    count = EXAMPLES if examples is None or RANDOM else examples
    return settings(
        max_examples=count,
        deadline=None,  # timing is checked by timed(); deadlines flake on a busy machine
        derandomize=not RANDOM,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
    )


class timed:
    """Count an input and fail if handling it took longer than HANG_SECONDS."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __enter__(self) -> timed:
        TRIED[self.name] += 1
        self.start = time.monotonic()
        return self

    def __exit__(self, *exc: object) -> None:
        took = time.monotonic() - self.start
        assert took < HANG_SECONDS, f"{self.name}: one input took {took:.1f} s"
