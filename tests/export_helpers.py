"""A small hostile case for the export tests: markup, links, images and formulas in its text."""

from __future__ import annotations

from desktop.casefile.builder import CaseBuilder
from desktop.casefile.model import Count, FuzzyDate

REPORT = (
    "# Attack on <b>Hill</b> town\n\n"
    "On 3 May, the Red Hand Brigade attacked a checkpoint in Hilltown, killing six soldiers. "
    "<script>alert('x')</script> <img src=\"http://tracker.invalid/p.png\">\n\n"
    "A spokesman, Omar Ali, told [Radio Dawn](http://radio-dawn.invalid/story?a=1&b=2) that the group "
    "was responsible. ![map of Hilltown](http://tiles.invalid/map.png)\n\n"
    "Officials in Freedonia said =1+2 casualties were civilians.\n"
)


def hostile_case():
    b = CaseBuilder(
        "case-hostile-1",
        'Hilltown <script>alert(1)</script> & "checkpoint"',
        created="2030-05-04T08:00:00Z",
        report_date="2030-05-04",
        summary="A summary with <i>tags</i>.",
    )
    b.document(REPORT, title="Hilltown report", published="2030-05-04", source_url="http://radio-dawn.invalid/x")
    b.entity("Red Hand Brigade", "ORG", subtype="armed_group")
    b.entity("Hilltown", "LOC", subtype="city")
    b.entity("Omar Ali", "PERSON")
    b.entity("Radio Dawn", "ORG", subtype="media")
    b.entity("Freedonia", "LOC", subtype="country")
    b.entity("France", "LOC", subtype="country")  # in no sentence: no mentions
    i1 = b.incident(
        "attacked a checkpoint in Hilltown",
        "Battles",
        sub_type="Armed clash",
        summary='=HYPERLINK("http://evil.invalid") attack',
        date=FuzzyDate("2030-05-03", "2030-05-03", "day", "On 3 May"),
        location="Hilltown",
        perpetrators=("Red Hand Brigade",),
        targets=("Freedonia",),
        killed=Count(6, 6, "six soldiers"),
        wounded=Count(3, None, "several"),
    )
    s1 = b.source("Omar Ali", role="spokesman", affiliation="Red Hand Brigade")
    s2 = b.source("Radio Dawn", kind="outlet")
    s3 = b.source("Officials in Freedonia", kind="organisation")
    c1 = b.claim(
        "told [Radio Dawn]",
        s1,
        "told",
        "The Red Hand Brigade was responsible for the attack",
        via=((s2, "interview"),),
        incident=i1,
    )
    c2 = b.claim("Officials in Freedonia said", s3, "said", "-1 casualties @civilians", incident=i1)
    c3 = b.claim("A spokesman, Omar Ali", s1, "told", "Cannot be judged claim", incident=i1)
    b.assess(s1, "C", "Party to the conflict.", analyst="Analyst A", time="2030-05-04T09:00:00Z")
    b.assess(c1, "2", "Consistent with the group's pattern <script>.", analyst="Analyst A", time="2030-05-04T09:01:00Z")
    b.assess(c1, "4", "Unconfirmed.", analyst="Analyst B", time="2030-05-04T10:00:00Z")
    b.assess(c3, "6", "No basis.", analyst="Analyst A", time="2030-05-04T09:02:00Z")
    b.note(c1, "Ask Radio Dawn for the recording.", author="Analyst A", time="2030-05-04T09:05:00Z")
    return b.case, {"incident": i1, "claims": (c1, c2, c3), "sources": (s1, s2, s3)}
