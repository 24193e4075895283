"""Each module of the application names each of its constants, functions and classes once.

A second top-level ``NAME = ...`` silently replaces the first for every function of the module, including those
written above it: in the extraction rules that once turned the pattern of attacks on armed targets into a pattern
of armed men, and "gunmen ambushed a convoy of state police" was typed an attack on civilians. Linters do not
flag a constant assigned twice, so this test does.
"""

from __future__ import annotations

import ast
from collections import Counter

import pytest

from .conftest import ROOT

MODULES = sorted((ROOT / "desktop").rglob("*.py"))


def _top_level_names(tree: ast.Module) -> Counter:
    names: Counter = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


def test_there_are_modules_to_check():
    assert len(MODULES) > 20


@pytest.mark.parametrize("module", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_a_module_names_each_constant_function_and_class_once(module):
    names = _top_level_names(ast.parse(module.read_text(encoding="utf-8")))
    assert [name for name, n in names.items() if n > 1] == []


def test_the_check_sees_a_name_given_twice():
    tree = ast.parse("PATTERN = 1\n\ndef f():\n    return PATTERN\n\nPATTERN = 2\n")
    assert _top_level_names(tree)["PATTERN"] == 2
