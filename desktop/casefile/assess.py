"""Who rated what: each analyst's current grade and where analysts disagree. No Qt, no I/O.

Assessments are append-only history (see ``model.Assessment``): an analyst's *current*
grade for a target is their latest assessment on that scale. Several analysts' current
grades coexist; when they differ, the reader shows a disagreement rather than picking one.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.casefile.model import Assessment, Case


def latest_by_analyst(case: Case, target: str, scale: str) -> dict[str, Assessment]:
    """Each analyst's latest assessment of ``target`` on ``scale``, by analyst name (sorted)."""
    latest: dict[str, Assessment] = {}
    for a in case.assessments:
        if a.target != target or a.scale != scale:
            continue
        # ">=" so that of two ratings with the same timestamp the later in the file wins,
        # as in Case.current_grade.
        if a.analyst not in latest or a.time >= latest[a.analyst].time:
            latest[a.analyst] = a
    return dict(sorted(latest.items()))


def current_grades(case: Case) -> dict[tuple[str, str], dict[str, Assessment]]:
    """``(target, scale) -> {analyst: latest assessment}`` for every rated target, in one pass."""
    out: dict[tuple[str, str], dict[str, Assessment]] = {}
    for a in case.assessments:
        per = out.setdefault((a.target, a.scale), {})
        if a.analyst not in per or a.time >= per[a.analyst].time:
            per[a.analyst] = a
    return {key: dict(sorted(per.items())) for key, per in out.items()}


@dataclass(frozen=True)
class Disagreement:
    """Analysts whose current grades of one target differ."""

    target: str
    target_kind: str
    scale: str
    grades: dict[str, str]  # analyst -> grade code
    assessments: tuple[Assessment, ...]  # the latest assessment of each analyst

    @property
    def spread(self) -> int:
        """Distance between the furthest grades (A..F and 1..6 alike map to 0..5)."""
        ranks = [_rank(g) for g in self.grades.values()]
        return max(ranks) - min(ranks)


def _rank(code: str) -> int:
    code = code.upper()
    return ord(code) - ord("A") if code.isalpha() else int(code) - 1


def disagreements(case: Case) -> list[Disagreement]:
    """Every target whose analysts' current grades differ, in the order targets were first rated."""
    out = []
    for (target, scale), per in current_grades(case).items():
        grades = {analyst: a.grade for analyst, a in per.items()}
        if len(set(grades.values())) > 1:
            first = next(iter(per.values()))
            out.append(Disagreement(target, first.target_kind, scale, grades, tuple(per.values())))
    return out
