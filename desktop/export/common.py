"""What every exporter needs: atomic output, and the case seen as an analyst reads it.

The view helpers turn ids into names (a claim's source, its via chain, each analyst's
current rating) once, so the HTML brief, the PDF, the CSV tables and STIX all say the
same thing about the same claim.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.casefile import admiralty
from desktop.casefile.assess import current_grades
from desktop.casefile.bundle import UMASK, atomic_write
from desktop.casefile.model import Assessment, Case, Claim, Count, FuzzyDate, Incident, Source

__all__ = ["atomic_write", "atomic_folder", "CaseView"]


@contextlib.contextmanager
def atomic_folder(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Build a folder in a hidden temporary sibling; it appears under ``path`` only if all went well.

    An existing folder at ``path`` is swapped out and removed only after the new one is in
    place, so an interrupted export leaves either the old folder or the new one, never half.
    """
    target = Path(path)
    parent = target.parent if str(target.parent) else Path(".")
    parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".part", dir=parent))
    os.chmod(tmp, 0o777 & ~UMASK)
    try:
        yield tmp
        for child in tmp.iterdir():
            fd = os.open(child, os.O_RDONLY)
            try:
                os.fsync(fd)  # the files' bytes reach the disk before the folder gets its name
            finally:
                os.close(fd)
        old = None
        if target.exists():
            if not target.is_dir():
                raise FileExistsError(f"{target} exists and is not a folder")
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=parent))
            os.replace(target, old / "previous")
        os.replace(tmp, target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def count_text(count: Count | None) -> str:
    """ "12", "12–15", "at least 12", "many" — the figure as a range, or "—"."""
    if count is None or (count.min is None and count.max is None):
        return "—" if count is None or not count.text else count.text
    if count.max is None:
        return f"at least {count.min}"
    if count.min is None:
        return f"up to {count.max}"
    return str(count.min) if count.min == count.max else f"{count.min}–{count.max}"


def date_text(date: FuzzyDate | None) -> str:
    """An ISO date, a range "start/end" (ISO 8601 interval) or "—"."""
    if date is None or not date.start:
        return "—"
    if date.end and date.end != date.start:
        return f"{date.start}/{date.end}"
    return date.start


@dataclass(frozen=True)
class Rating:
    """One analyst's current grade of a target."""

    analyst: str
    grade: str
    label: str
    rationale: str
    time: str

    @classmethod
    def of(cls, a: Assessment) -> Rating:
        try:
            label = admiralty.grade(a.scale, a.grade).label
        except KeyError:
            label = "unknown grade"
        return cls(a.analyst, a.grade, label, a.rationale, a.time)


class CaseView:
    """Read-only look-ups over a case for exporters (built once per export)."""

    def __init__(self, case: Case) -> None:
        self.case = case
        self.sources = case.by_id("sources")
        self.entities = case.by_id("entities")
        self.incidents = case.by_id("incidents")
        self.claims = case.by_id("claims")
        self._grades = current_grades(case)

    def ratings(self, target: str, scale: str) -> list[Rating]:
        """Each analyst's current rating of ``target`` (sorted by analyst)."""
        return [Rating.of(a) for a in self._grades.get((target, scale), {}).values()]

    def latest(self, target: str, scale: str) -> Assessment | None:
        """The case's current grade of ``target``: the most recent of any analyst."""
        per = self._grades.get((target, scale), {})
        return max(per.values(), key=lambda a: a.time) if per else None

    def credibility(self, claim: Claim | Incident) -> list[Rating]:
        return self.ratings(claim.id, admiralty.CREDIBILITY_SCALE)

    def reliability(self, source: Source) -> list[Rating]:
        return self.ratings(source.id, admiralty.RELIABILITY_SCALE)

    def source_name(self, source_id: str | None) -> str:
        src = self.sources.get(source_id or "")
        return src.name if src else (source_id or "—")

    def source_label(self, source_id: str) -> str:
        """ "Kenneth McKenzie (commander, United States Central Command)"."""
        src = self.sources.get(source_id)
        if src is None:
            return source_id
        extra = ", ".join(x for x in (src.role, src.affiliation) if x)
        return f"{src.name} ({extra})" if extra else src.name

    def via_text(self, claim: Claim) -> str:
        """The chain a claim came through, nearest hop first: "Amaq (statement) → Reuters"."""
        hops = []
        for hop in claim.via:
            name = self.source_name(hop.source)
            hops.append(f"{name} ({hop.mode})" if hop.mode else name)
        return " → ".join(hops)

    def actor_names(self, incident: Incident, field: str) -> str:
        return "; ".join(ref.name for ref in getattr(incident, field))

    def location_name(self, incident: Incident) -> str:
        return incident.location.name if incident.location else ""

    def evidence_text(self, item: Claim | Incident) -> str:
        return item.evidence.exact if item.evidence else ""
