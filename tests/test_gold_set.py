"""The extraction gold sets stay usable: every annotation is findable in its report."""

from __future__ import annotations

import importlib.util

import pytest

from .conftest import ROOT

SPEC = importlib.util.spec_from_file_location("check_gold", ROOT / "bench" / "gold" / "check_gold.py")
check_gold = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(check_gold)
GOLD = sorted((ROOT / "bench" / "gold").glob("*.json")) + sorted((ROOT / "bench" / "heldout").glob("*.json"))


def test_there_are_enough_reports():
    assert len(GOLD) >= 40


@pytest.mark.parametrize("gold", GOLD, ids=lambda p: p.stem)
def test_annotations_are_found_in_the_report(gold):
    assert check_gold.check(gold) == []


SECOND = sorted((ROOT / "bench" / "agreement").glob("*.json"))


@pytest.mark.parametrize("second", SECOND, ids=lambda p: p.stem)
def test_a_second_annotation_is_of_a_gold_report_and_found_in_it(second):
    assert (ROOT / "bench" / "gold" / second.name).is_file()
    assert check_gold.check(second, reports=ROOT / "bench" / "gold") == []
