"""The HTML brief: self-contained, escaped, with highlights, timeline, claims and ratings."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from desktop.casefile import admiralty
from desktop.export import EXPORT_JOBS, EXPORTERS
from desktop.export.common import CaseView

from .export_helpers import hostile_case


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def _parse(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    return parser


def test_brief_of_the_sample_has_counts_highlights_claims_and_timeline(sample_case, tmp_path):
    out = tmp_path / "brief.html"
    EXPORTERS["html"](sample_case, out)
    html = out.read_text(encoding="utf-8")
    parsed = _parse(html)
    text = " ".join(parsed.text)
    assert f"<title>{sample_case.info.title}</title>" in html
    assert f"<b>{len(sample_case.claims)}</b>claims" in html and f"<b>{len(sample_case.mentions)}</b>mentions" in html
    # Every mention is highlighted with its entity's type; "Moscow" is a place.
    marks = [(tag, attrs) for tag, attrs in parsed.tags if tag == "mark"]
    assert len(marks) == len(sample_case.mentions)
    moscow = next(e for e in sample_case.entities if e.name == "Moscow")
    assert re.search(r'<mark class="ent ent-LOC" id="m\d+" title="Place · city: Moscow">Moscow</mark>', html)
    assert sum(1 for m in sample_case.mentions if m.entity == moscow.id) == html.count("Place · city: Moscow")
    assert 'class="swatch ent-LOC"' in html  # the legend
    # A known claim with each analyst's current rating and rationale.
    view = CaseView(sample_case)
    claim = next(c for c in sample_case.claims if len(view.credibility(c)) == 2)
    row = re.search(rf'<tr id="{claim.id}">.*?</tr>', html, re.S).group(0)
    for rating in view.credibility(claim):
        assert f">{rating.grade}</span> {admiralty.grade(admiralty.CREDIBILITY_SCALE, rating.grade).label}" in row
        assert rating.analyst in row and rating.rationale.replace("'", "&#x27;") in row
    assert "Analysts disagree" in row
    assert view.via_text(claim) in text if claim.via else True
    # The timeline: one dot per dated incident, inline SVG.
    svg = re.search(r"<svg xmlns[^>]*>.*?</svg>", html, re.S).group(0)
    assert svg.count("<circle") == sum(1 for i in sample_case.incidents if i.date and i.date.start)
    # Incidents with their ranges, sources with reliability.
    for inc in sample_case.incidents:
        assert f'<tr id="{inc.id}">' in html
    assert "@media print" in html and "break-before: page" in html


def test_brief_is_self_contained_and_escapes_everything():
    case, ids = hostile_case()
    from desktop.export.html import brief_html

    html = brief_html(case)
    parsed = _parse(html)
    tags = {tag for tag, _ in parsed.tags}
    assert "script" not in tags and "img" not in tags and "link" not in tags and "iframe" not in tags
    # Raw HTML in the report and the summary is shown as text.
    assert "<b>Hill</b>" not in html and "&lt;b&gt;Hill&lt;/b&gt;" in html
    assert "<i>tags" not in html and "&lt;i&gt;tags&lt;/i&gt;" in html
    for tag, attrs in parsed.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            if name in ("href", "src", "xlink:href", "action", "poster", "data"):
                assert value and value.startswith("#"), (tag, name, value)  # only in-page anchors
    # Nothing a browser would fetch from CSS either.
    assert "url(" not in html and "@import" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # the title, escaped
    assert "&lt;img src=&quot;http://tracker.invalid/p.png&quot;&gt;" in html
    # Links and images become text; the address is shown, never followed.
    assert (
        '<span class="link"><mark class="ent ent-ORG"' in html
        and "⟨http://radio-dawn.invalid/story?a=1&amp;b=2⟩" in html
    )
    assert "[image not loaded: map of Hilltown ⟨http://tiles.invalid/map.png⟩]" in html
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    # No private-use marker survives.
    assert not re.search("[\ue000-\ue0ff]", html)


def test_html_job_reports_progress(sample_case, tmp_path):
    job = EXPORT_JOBS["html"](sample_case, tmp_path / "b.html")
    steps = []
    try:
        while True:
            steps.append(next(job))
    except StopIteration as stop:
        assert stop.value == tmp_path / "b.html"
    assert steps[-1][0] == steps[-1][1] and len(steps) >= 5
    assert (tmp_path / "b.html").exists()


def test_an_interrupted_html_export_leaves_the_old_file(sample_case, tmp_path):
    out = tmp_path / "brief.html"
    out.write_text("old")
    job = EXPORT_JOBS["html"](sample_case, out)
    next(job)
    next(job)
    job.close()  # cancelled between steps
    assert out.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.html"]


def test_a_mention_across_markdown_syntax_stays_plain_and_tags_stay_nested():
    from desktop.casefile.builder import CaseBuilder
    from desktop.export.html import brief_html

    b = CaseBuilder("case-nest", "Nesting", created="2030-01-01T00:00:00Z")
    b.document("The Red **Hand Brigade** met *Omar* in Hilltown.\n", title="t")
    b.entity("Red **Hand", "ORG")  # a bad extraction that spans the emphasis marker
    b.entity("Omar", "PERSON")
    b.entity("Hilltown", "LOC")
    html = brief_html(b.case)
    report = html[html.index('<div class="report">') :]
    assert "The Red <strong>Hand Brigade</strong> met" in report
    assert '<em><mark class="ent ent-PERSON"' in report and "Omar</mark></em>" in report
    assert report.count("<mark") == report.count("</mark>") == 2  # the one across ** is left plain
