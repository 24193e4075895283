"""Incidents told as the rows of a table: "| 30 Jan | Shikarpur, Sindh | Suicide bombing of a Shia
imambargah | 61 | Jundallah |".

Periodic reviews list their incidents in a table as often as in prose, one row each, with a date
column and some of place, event, toll and perpetrator columns. A row has no sentence for the
incident reader, so its columns are read by their headings instead: the date column dates it,
the place column places it (the first place named in the cell), the toll columns count it, the
"claimed by" column names who did it, and the event words of the row (or, when it has none, of
the lines just above the table, as in "Journalists killed in 2019:") give its type.

A row whose incident the prose of the report also tells with its day (an incident of its kind, the same
day or month, the same place) is left to the prose: a table that sums up what the text tells in full
adds nothing. Where the prose only mentions it without its day ("the December market bombing was
revenge for ..."), the row tells it and the mention is dropped.
Tables of figures ("| Indicator | Figure | Source |") have no date column and are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from desktop.casefile.model import Count, FuzzyDate
from desktop.extract import events
from desktop.extract.dates import MONTHS, find_dates
from desktop.extract.entities import Ent
from desktop.extract.incidents import VIOLENT
from desktop.extract.places import is_place

DATE_HEAD = re.compile(r"^(?:date|dates|when|day|month|period)\b", re.I)
PLACE_HEAD = re.compile(r"\b(?:place|location|where|town|city|village|district|province|area|site|region|state|"
                        r"county|locality|township|municipality)\b", re.I)
KILLED_HEAD = re.compile(r"\b(?:killed|dead|deaths|fatalities|toll|died)\b", re.I)
WOUNDED_HEAD = re.compile(r"\b(?:wounded|injured|injuries|hurt)\b", re.I)
PERP_HEAD = re.compile(r"\b(?:claimed|claim|perpetrators?|actors?|attributed|responsib\w*|suspected|blamed|by|"
                       r"group|armed\s+group)\b", re.I)
# a cell that names no one: "No claim", "Unclaimed", "Not known", "—", "Unknown attackers", "Not established"
NO_ONE = re.compile(r"^\W*(?:no\s+(?:claims?|one)(?:\s+[\w-]+){0,3}|none(?:\s+known)?|unclaimed|"
                    r"not\s+(?:yet\s+)?(?:claimed|known|clear|established|determined|identified|confirmed|attributed)|"
                    r"(?:unknown|unidentified)(?:\s+[\w-]+){0,2}|unclear|undetermined|n/?a|disputed|unattributed)?\W*$",
                    re.I)
HEDGE = re.compile(r"\s*\((?:claimed|suspected|alleged|disputed|denied|blamed)[^)]*\)|\s*\b(?:suspected|alleged)\b\s*",
                   re.I)
# "March", "Early September", "Mid-November": a month alone, dated as the text's "in March" is
MONTH_ONLY = re.compile(r"^\W*((?:(?:early|late|mid)[-\s]+)?(?:" + "|".join(sorted(MONTHS, key=len, reverse=True))
                        + r"))\.?\W*$", re.I)
LEADING_COUNT = re.compile(r"^\W*(?P<q>at\s+least|about|around|some|nearly|almost|more\s+than|over|up\s+to|"
                           r"an\s+estimated|approximately|roughly)?\s*(?P<n>\d[\d,]*)\b", re.I)
# a table of who said what, one row a source: "| Source | Date of statement | Reported figure |"
STATEMENTS_HEAD = re.compile(r"^\W*(?:sources?|according\s+to|reported\s+by|claimant|who\s+said)\W*$", re.I)
# ("| Date of figure | Source | Killed | Wounded |": when each source gave its toll)
STATEMENT_DATE = re.compile(r"^\W*date\s+of\s+(?:the\s+)?(?:statement|report|announcement|publication|claim|release|"
                            r"figures?|tolls?|counts?|estimates?)", re.I)
EVENT_HEAD = re.compile(r"\b(?:attacks?|incidents?|events?|what\s+happened|description|type)\b", re.I)
ATTACK = ("Violence against civilians", "Attack")
BLAST = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
BLAST_WORDS = re.compile(r"\b(?:bombs?|ieds?|explosives?|blasts?|grenades?|mines?)\b", re.I)  # "Bomb in a market"
LEAD_IN_CHARS = 300  # how far above a table its lead-in may say what its rows are
# the first name of a place cell, after "near", "around", "off", "villages around", before a comma, "and" or "area"
PLACE_CHUNK = re.compile(r"^(?:(?i:near|around|outside|off|villages?\s+(?:around|near)|the)\s+)*"
                         r"(?P<name>[A-Z][\w'’.-]*(?:[ -](?:(?:de|del|da|do|du|la|el|al|ul|e|i)[ -])?[A-Z][\w'’.-]*)*)")
DEATH = re.compile(r"\b(?:killed|dead|death|shot|murdered|hacked|stabbed|executed|assassinated|lynched|beheaded)\b", re.I)


@dataclass
class Cell:
    start: int  # offsets in the report text
    end: int
    text: str


def _cells(markdown: str, start: int, end: int) -> list[Cell]:
    """The cells of one table line, with their offsets; the outer pipes dropped."""
    line = markdown[start:end]
    out = []
    bars = [m.start() for m in re.finditer(r"(?<!\\)\|", line)]
    if not bars:
        return []
    edges = ([-1] if not line.lstrip().startswith("|") else []) + bars + ([len(line)] if not line.rstrip().endswith("|") else [])
    for a, b in zip(edges, edges[1:], strict=False):
        raw = line[a + 1 : b]
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        at = start + a + 1 + lead
        out.append(Cell(at, at + len(text), text))
    return out


def _tables(markdown: str) -> Iterator[tuple[int, list[Cell], list[tuple[int, int, list[Cell]]]]]:
    """(table start, heading cells, [(row start, row end, cells)]) for each Markdown table."""
    lines, at = [], 0
    for line in markdown.split("\n"):
        lines.append((at, at + len(line)))
        at += len(line) + 1
    n = 0
    while n < len(lines):
        s, e = lines[n]
        if markdown.startswith("|", s) and n + 1 < len(lines) and re.fullmatch(
                r"\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*", markdown[lines[n + 1][0] : lines[n + 1][1]]):
            head = _cells(markdown, s, e)
            rows = []
            k = n + 2
            while k < len(lines) and markdown.startswith("|", lines[k][0]):
                rs, re_ = lines[k]
                rows.append((rs, re_, _cells(markdown, rs, re_)))
                k += 1
            yield s, head, rows
            n = k
        else:
            n += 1


def _column(head: list[Cell], pattern: re.Pattern, taken: set[int]) -> int | None:
    for i, cell in enumerate(head):
        if i not in taken and pattern.search(cell.text):
            return i
    return None


def _count(cell: Cell, patterns: list[re.Pattern[str]]) -> Count | None:
    """A toll column's figure: told with its verb ("about 30 killed") or bare ("at least 19", "61")."""
    found = events.find_count(patterns, cell.text)
    if found is None and (m := LEADING_COUNT.match(cell.text)) is not None:
        found = events.parse_count(m)
    return found


def _date(cell: Cell, ref) -> FuzzyDate | None:
    month = MONTH_ONLY.match(cell.text)
    text = f"in {month.group(1)}" if month is not None else cell.text  # dated as the text's own months are
    return next((m.date for m in find_dates(text, ref) if m.date.start), None)


def _within(ents: list[Ent], start: int, end: int, kinds: tuple[str, ...]) -> list[Ent]:
    return [e for e in ents if start <= e.start and e.end <= end and e.type in kinds]


def _same_time(a: FuzzyDate | None, b: FuzzyDate | None) -> bool:
    if a is None or b is None or not a.start or not b.start:
        return False
    if a.precision == "day" and b.precision == "day":
        return a.start == b.start
    return a.start[:7] == b.start[:7]  # "13 May" in the table, "in May" in the text


def _place(ents: list[Ent], cell: Cell) -> Ent | None:
    """The place a cell names first: "Hayatabad" of "Hayatabad, Peshawar", "Bossangoa" of "Around Bossangoa"."""
    first = PLACE_CHUNK.match(cell.text)
    if first is None:
        return next(iter(_within(ents, cell.start, cell.end, ("LOC",))), None)
    start, end = cell.start + first.start("name"), cell.start + first.end("name")
    known = _within(ents, start, end, ("LOC",))
    if known:
        return known[0]
    named = _within(ents, cell.start, cell.end, ("LOC",))
    if named and " " not in first.group("name") and not is_place(first.group("name")) \
            and re.match(r" [a-z]", cell.text[first.end("name") :]):
        return named[0]  # "Power station west of Sirte": a description opening with a capital, then the place it names
    return Ent(start, end, first.group("name"), "LOC", None, "table")


def _same_kind(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return a[0] == b[0] or a[0] in VIOLENT and b[0] in VIOLENT


def _told_in_prose(row_text: str, date: FuzzyDate, kind: tuple[str, str], place: Ent | None,
                   told: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The prose's incidents that tell this row's: of its kind, at the same time and place. ("Hours after the
    church bombings on 15 March, a crowd lynched two men": not the bombings' row, a riot of that day.)"""
    out = []
    for inc in told:
        if not _same_time(inc.get("date"), date) or not _same_kind(inc["kind"], kind):
            continue
        there = inc.get("place")
        if place is None and there is None or there is not None and there.text.lower() in row_text.lower() or \
                place is not None and place.text.lower() in inc["sentence"].lower():
            out.append(inc)
    return out


def table_incidents(markdown: str, ref, ents: list[Ent],
                    told: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The incidents of the report's tables that its prose does not tell in full (``told``: the reader's incidents),
    and those of the reader's incidents that only mention a row's, without its day."""
    out: list[dict[str, Any]] = []
    dropped: list[dict[str, Any]] = []
    if "|" not in markdown:
        return out, dropped
    ordered = sorted(ents, key=lambda e: e.start)
    for table_start, head, rows in _tables(markdown):
        date_col = _column(head, DATE_HEAD, set())
        if date_col is None or STATEMENTS_HEAD.search(head[0].text) or STATEMENT_DATE.search(head[date_col].text):
            continue  # "| Source | Date of statement | Reported figure |": what each side said, not what happened
        taken = {date_col}
        place_col = _column(head, PLACE_HEAD, taken)
        if place_col is None and any(STATEMENTS_HEAD.search(h.text) for h in head):
            continue  # "| Date | Source | Dead | Injured |": the toll each source gave on a day, of one event
        taken |= {place_col} - {None}
        killed_col = _column(head, KILLED_HEAD, taken)
        taken |= {killed_col} - {None}
        wounded_col = _column(head, WOUNDED_HEAD, taken)
        taken |= {wounded_col} - {None}
        perp_col = _column(head, PERP_HEAD, taken)
        event_col = _column(head, EVENT_HEAD, taken | {perp_col} - {None})
        lead_in = markdown[max(0, table_start - LEAD_IN_CHARS) : table_start]
        lead_triggers = events.find_triggers(lead_in.strip().rsplit("\n\n", 1)[-1])
        for row_start, row_end, cells in rows:
            if len(cells) != len(head):
                continue
            date = _date(cells[date_col], ref)
            if date is None:
                continue
            row_text = markdown[row_start:row_end]
            if any(col is not None and LEADING_COUNT.fullmatch(cells[col].text.strip()) for col in (event_col, perp_col)):
                # "| August | 8 | 38 |" under "| Month | Incidents recorded | Killed |": a month's tally (and under
                # "| Month | Incidents recorded by EFSO | Killed |", whose "by" reads as a perpetrator's column)
                continue
            told_cells = [c for i, c in enumerate(cells) if i not in (date_col, place_col, perp_col)]
            words = " ; ".join(c.text for c in told_cells)
            told_ents = [e for c in told_cells for e in _within(ordered, c.start, c.end, ("ORG", "PERSON"))]
            triggers = events.find_triggers(words) or lead_triggers
            if triggers:
                kind, word = events.refine_kind(triggers[0].kind, words), triggers[0].word
            elif event_col is not None or killed_col is not None:
                # "| 13 May | Safoora Goth | Gunmen fire on a bus | at least 45 |": a row of a table of incidents
                kind = BLAST if BLAST_WORDS.search(words) else events.refine_kind(ATTACK, words)
                # the row's own words name it on the timeline ("Gunmen abduct pupils from a school in Kuriga")
                said = cells[event_col].text if event_col is not None else ""
                word = said[:1].lower() + said[1:60] if said else "incident"
            else:
                continue
            place = _place(ordered, cells[place_col]) if place_col is not None else None
            prose = _told_in_prose(row_text, date, kind, place, told)
            if any(inc["date"].precision == "day" or date.precision != "day" for inc in prose):
                continue  # told in full in the text
            # "Lashkar-e-Jhangvi said the December market bombing was revenge ...": the text only mentions the row's
            # incident; the row, with its day, tells it
            dropped.extend(prose)
            perp, perp_name = None, None
            if perp_col is not None:
                cell = cells[perp_col]
                name = HEDGE.sub(" ", cell.text).strip(" .;,")
                if name and not NO_ONE.match(name):
                    perp = next(iter(_within(ordered, cell.start, cell.end, ("ORG", "PERSON"))), None)
                    perp_name = None if perp is not None else name
            else:  # "Magistrate shot dead by Séléka fighters", "Séléka reprisals; villages burned"
                perp = next((e for e in told_ents if e.subtype == "armed_group"), None)
            killed = _count(cells[killed_col], events.KILLED) if killed_col is not None \
                else events.find_count(events.KILLED, words)
            persons = [e for e in told_ents if e.type == "PERSON"]
            if killed is None and killed_col is None and len(persons) == 1 and DEATH.search(words):
                killed = Count(min=1, max=1, text=persons[0].text)  # "Nazimuddin Samad, a law student, hacked and shot"
            out.append({
                "kind": kind, "date": date, "place": place, "perp": perp, "perp_name": perp_name,
                "perp_by_name": False,
                "killed": killed,
                "wounded": _count(cells[wounded_col], events.WOUNDED) if wounded_col is not None
                else events.find_count(events.WOUNDED, words),
                "start": row_start, "end": row_end, "target": None, "trigger": word,
                "sentence": row_text, "extra": []})
    return out, dropped
