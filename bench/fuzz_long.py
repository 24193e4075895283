"""Long fuzzing runs of the same properties the suite checks briefly.

    .venv/bin/python bench/fuzz_long.py --examples 3000          # every fuzz property
    .venv/bin/python bench/fuzz_long.py --examples 500 --only bundle

Runs each property in tests/test_fuzz_*.py with random (not derandomised) inputs and
``--examples`` inputs each, then prints inputs tried, accepted/refused and time per
property. Any exception other than InvalidInput, or one input taking over 10 s, stops
the run with hypothesis' shrunk example.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROPERTIES = {
    "bundle": (
        "tests.test_fuzz_bundle",
        [
            "test_mutated_bytes_of_a_valid_bundle",
            "test_archives_of_random_members",
            "test_random_json_members_with_valid_checksums",
            "test_one_value_of_case_json_replaced",
            "test_offsets_and_ids_shuffled",
        ],
    ),
    "render": (
        "tests.test_fuzz_render",
        [
            "test_html_brief_renders_any_report_without_active_content",
            "test_qt_set_markdown_survives_any_report",
        ],
    ),
    "extract": ("tests.test_fuzz_extract", ["test_extract_any_bytes"]),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=int, default=2000, help="inputs per property")
    parser.add_argument("--only", choices=sorted(PROPERTIES), action="append")
    args = parser.parse_args(argv)
    # Before the test modules are imported: they read these at import time.
    os.environ["CASEFILE_FUZZ_EXAMPLES"] = str(args.examples)
    os.environ["CASEFILE_FUZZ_RANDOM"] = "1"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.text.font.db=false;qt.qpa.*=false")
    sys.path.insert(0, str(ROOT))
    import pytest

    from tests import fuzz_support

    failures = 0
    started = time.monotonic()
    print(f"{'property':58} {'inputs':>8} {'accepted':>9} {'refused':>8} {'seconds':>8}")
    for group in args.only or PROPERTIES:
        module_name, names = PROPERTIES[group]
        try:
            module = importlib.import_module(module_name)
        except pytest.skip.Exception as why:
            print(f"{group}: skipped ({why})")
            continue
        for name in names:
            t0 = time.monotonic()
            label = f"{group}.{name.removeprefix('test_')}"
            before = sum(fuzz_support.TRIED.values())
            before_out = dict(fuzz_support.OUTCOMES)
            try:
                getattr(module, name)()
            except pytest.skip.Exception as why:
                print(f"{label:58} skipped: {str(why)[:60]}")
                continue
            except Exception as exc:  # report and carry on with the next property
                failures += 1
                print(f"{label:58} FAILED: {type(exc).__name__}: {str(exc)[:300]}")
                continue
            tried = sum(fuzz_support.TRIED.values()) - before
            gained = {k: v - before_out.get(k, 0) for k, v in fuzz_support.OUTCOMES.items()}
            accepted = sum(v for k, v in gained.items() if k.endswith("accepted"))
            refused = sum(v for k, v in gained.items() if k.endswith("refused"))
            print(f"{label:58} {tried:8} {accepted:9} {refused:8} {time.monotonic() - t0:8.1f}", flush=True)
    total = sum(fuzz_support.TRIED.values())
    print(f"total: {total} inputs in {time.monotonic() - started:.0f} s, {failures} properties failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
