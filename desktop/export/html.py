"""The HTML brief: one self-contained file an analyst can mail, print or open offline.

Everything is inline (CSS from ``resources/templates/brief.css``, the timeline as SVG);
there are no scripts, fonts, images or links that a browser would fetch. Every string that
comes from the case is escaped: a case file is untrusted input. The report's Markdown is
rendered with markdown-it-py with raw HTML disabled (it shows as text), links shown as
their text plus the address in brackets (never clickable, never prefetched) and images
replaced by their alt text.

Entity highlights are placed by the mentions' code-point offsets in the Markdown source:
each mention is wrapped in private-use marker characters before rendering and the markers
become ``<mark>`` elements afterwards, so the offsets never have to be mapped through the
Markdown parser.

The same builder serves the PDF (``flavor="qt"``): Qt's rich-text engine knows no
``<mark>``, no CSS variables and no SVG, so that flavour uses inline styles and a table
timeline instead.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Generator
from html import escape
from pathlib import Path

from markdown_it import MarkdownIt

from desktop import __version__, jobs
from desktop.casefile import admiralty
from desktop.casefile.assess import disagreements
from desktop.casefile.model import Case, Document
from desktop.export.common import CaseView, Rating, atomic_write, count_text, date_text
from desktop.resources import resource_path

ENTITY_LABELS = {
    "PERSON": "Person",
    "ORG": "Organisation",
    "LOC": "Place",
    "DATE": "Date",
    "NORP": "Group / nationality",
}
# Same colours as brief.css; the Qt flavour needs them inline.
ENTITY_COLOURS = {"PERSON": "#ffd8a8", "ORG": "#b9d7ff", "LOC": "#c3ecc0", "DATE": "#e8d3ff", "NORP": "#ffc9d4"}
INCIDENT_COLOURS = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#d35400",
    "Violence against civilians": "#8e44ad",
    "Protests": "#2980b9",
    "Riots": "#16a085",
    "Strategic developments": "#7f8c8d",
}

# Private-use code points: U+E000 opens a mention, digits U+E010..E019 give its index,
# U+E001 ends the opening marker and U+E002 closes the mention.
_OPEN, _END_OPEN, _CLOSE, _DIGIT0 = "\ue000", "\ue001", "\ue002", 0xE010
_MARKERS = re.compile("[\ue000-\ue002\ue010-\ue019]")
_OPEN_RE = re.compile("\ue000([\ue010-\ue019]+)\ue001")
_MARKUP = re.compile(r"[*_`\[\]<>\\\n]")  # emphasis, code, links/images, autolinks, escapes, line ends


def _encode_index(i: int) -> str:
    return "".join(chr(_DIGIT0 + int(d)) for d in str(i))


def _decode_index(s: str) -> int:
    return int("".join(str(ord(c) - _DIGIT0) for c in s))


def _markdown() -> MarkdownIt:
    """CommonMark with raw HTML off; links and images defused (see module docstring)."""
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})

    def link_open(renderer, tokens, idx, options, env):
        href = _MARKERS.sub("", tokens[idx].attrGet("href") or "")
        env.setdefault("hrefs", []).append(href)
        return '<span class="link">'

    def link_close(renderer, tokens, idx, options, env):
        href = env["hrefs"].pop() if env.get("hrefs") else ""
        url = f' <span class="url">⟨{escape(href)}⟩</span>' if href else ""
        return "</span>" + url

    def image(renderer, tokens, idx, options, env):
        token = tokens[idx]
        alt = _MARKERS.sub("", "".join(c.content for c in (token.children or [])))
        src = _MARKERS.sub("", token.attrGet("src") or "")
        return f'<span class="image">[image not loaded: {escape(alt or "no description")} ⟨{escape(src)}⟩]</span>'

    def heading(renderer, tokens, idx, options, env):
        token = tokens[idx]
        level = min(6, int(token.tag[1]) + 2)
        return f"<h{level}>" if token.nesting == 1 else f"</h{level}>\n"

    md.add_render_rule("heading_open", heading)
    md.add_render_rule("heading_close", heading)
    md.add_render_rule("link_open", link_open)
    md.add_render_rule("link_close", link_close)
    md.add_render_rule("image", image)
    return md


def render_report(case: Case, doc: Document, *, flavor: str = "browser") -> str:
    """The document's Markdown as HTML with every (non-overlapping) mention highlighted."""
    entities = case.by_id("entities")
    # Markers must be the only private-use characters in the text: replace any the report
    # already has with U+FFFD, one for one, so offsets stay valid.
    text = _MARKERS.sub("\ufffd", doc.text)
    mentions = sorted(
        (m for m in case.mentions if m.document == doc.id and 0 <= m.start < m.end <= len(text)),
        key=lambda m: (m.start, -m.end),
    )
    kept = []
    last_end = -1
    for m in mentions:
        if _MARKUP.search(text[m.start : m.end]):
            # A mention that spans Markdown syntax ("Red **Hand**", "[Radio](...") would
            # give a <mark> that crosses the elements the syntax makes: leave it plain.
            continue
        if m.start >= last_end:  # nested or overlapping mentions: the outer one wins
            kept.append(m)
            last_end = m.end
    parts: list[str] = []
    pos = 0
    for i, m in enumerate(kept):
        parts += [text[pos : m.start], _OPEN, _encode_index(i), _END_OPEN, text[m.start : m.end], _CLOSE]
        pos = m.end
    parts.append(text[pos:])
    rendered = _markdown().render("".join(parts), {})

    def opening(match: re.Match[str]) -> str:
        m = kept[_decode_index(match.group(1))]
        ent = entities.get(m.entity)
        etype = ent.type if ent else "ORG"
        title = f"{ENTITY_LABELS.get(etype, etype)}{' · ' + ent.subtype if ent and ent.subtype else ''}: "
        title += ent.name if ent else m.exact
        if flavor == "qt":
            colour = ENTITY_COLOURS.get(etype, "#eeeeee")
            return f'<span style="background-color:{colour}">'
        return f'<mark class="ent ent-{escape(etype)}" id="{escape(m.id)}" title="{escape(title)}">'

    rendered = _OPEN_RE.sub(opening, rendered)
    rendered = rendered.replace(_CLOSE, "</span>" if flavor == "qt" else "</mark>")
    return _MARKERS.sub("", rendered)  # any marker left inside an attribute value


# -- timeline ------------------------------------------------------------------------------


def _day(iso: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


def timeline_svg(view: CaseView, *, width: int = 1100) -> str:
    """The incidents on a date axis as inline SVG (no script, no external reference)."""
    dated = [(d, inc) for inc in view.case.incidents if (d := _day(inc.date.start if inc.date else None))]
    undated = [inc for inc in view.case.incidents if not (inc.date and _day(inc.date.start))]
    dated.sort(key=lambda pair: (pair[0], pair[1].id))
    left, right, top, lane_h = 40, 40, 22, 32
    if not dated:
        return '<p class="unrated">No dated incidents.</p>'
    first, last = dated[0][0], dated[-1][0]
    span_days = max((last - first).days, 1)
    pad = max(1, span_days // 20)
    first, last = first - dt.timedelta(days=pad), last + dt.timedelta(days=pad)
    span_days = (last - first).days

    def x_of(d: dt.date) -> float:
        return left + (width - left - right) * (d - first).days / span_days

    # Labels go into the first lane where they do not overlap the previous label.
    max_lanes = 10
    lanes: list[float] = []
    placed = []
    for d, inc in dated:
        x = x_of(d)
        # about 8 units per character at font-size 14, plus the id and a gap
        label_w = 8 * min(len(inc.summary or inc.type), 28) + 8 * len(inc.id) + 24
        lane = next((i for i, end in enumerate(lanes) if end < x), None)
        if lane is None and len(lanes) < max_lanes:
            lanes.append(0.0)
            lane = len(lanes) - 1
        if lane is not None:
            lanes[lane] = x + label_w
        placed.append((d, inc, x, lane))
    axis_y = top + lane_h * max(1, len(lanes)) + 10
    height = axis_y + 40
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="Timeline of {len(dated)} dated incidents" font-family="DejaVu Sans, Arial, sans-serif" font-size="14">',
        f'<line x1="{left}" y1="{axis_y}" x2="{width - right}" y2="{axis_y}" stroke="#5b6573" stroke-width="1.5"/>',
    ]
    ticks = 6
    for t in range(ticks + 1):
        d = first + dt.timedelta(days=round(span_days * t / ticks))
        x = x_of(d)
        anchor = "start" if t == 0 else "end" if t == ticks else "middle"
        out.append(f'<line x1="{x:.1f}" y1="{axis_y}" x2="{x:.1f}" y2="{axis_y + 5}" stroke="#5b6573"/>')
        out.append(f'<text x="{x:.1f}" y="{axis_y + 20}" text-anchor="{anchor}" fill="#5b6573">{d.isoformat()}</text>')
    for d, inc, x, lane in placed:
        colour = INCIDENT_COLOURS.get(inc.type, "#34495e")
        title = escape(
            f"{inc.id} · {d.isoformat()} · {inc.type}{' · ' + inc.sub_type if inc.sub_type else ''}: {inc.summary}"
        )
        out.append(f"<g><title>{title}</title>")
        if lane is not None:
            y = top + lane * lane_h + 12
            out.append(
                f'<line x1="{x:.1f}" y1="{y + 4}" x2="{x:.1f}" y2="{axis_y}" stroke="{colour}" stroke-opacity=".45"/>'
            )
            label = inc.summary or inc.type
            label = label if len(label) <= 28 else label[:27] + "…"
            out.append(
                f'<text x="{x + 4:.1f}" y="{y}" fill="#1d232b"><tspan font-weight="bold">{escape(inc.id)}</tspan> '
                f"{escape(label)}</text>"
            )
        out.append(f'<circle cx="{x:.1f}" cy="{axis_y}" r="6" fill="{colour}" stroke="#fff" stroke-width="1.5"/></g>')
    out.append("</svg>")
    legend = " ".join(
        f'<span class="nowrap"><svg width="12" height="12" viewBox="0 0 12 12"><circle cx="6" cy="6" r="5" fill="{c}"/></svg> '
        f"{escape(t)}</span>"
        for t, c in INCIDENT_COLOURS.items()
        if any(inc.type == t for inc in view.case.incidents)
    )
    note = f'<p class="unrated">{len(undated)} undated incident(s) are listed in the table only.</p>' if undated else ""
    return f'<figure class="timeline">{"".join(out)}<figcaption class="legend">{legend}</figcaption></figure>{note}'


def timeline_table(view: CaseView) -> str:
    """The Qt flavour of the timeline: Qt's rich text cannot draw SVG."""
    rows = sorted(view.case.incidents, key=lambda i: (i.date.start if i.date and i.date.start else "9999", i.id))
    body = "".join(
        f"<tr><td>{escape(date_text(i.date))}</td><td>{escape(i.id)}</td><td>{escape(i.type)}</td>"
        f"<td>{escape(i.summary)}</td></tr>"
        for i in rows
    )
    return f'<table width="100%" cellspacing="0" cellpadding="4"><thead><tr><th>Date</th><th>Incident</th><th>Type</th><th>What</th></tr></thead><tbody>{body}</tbody></table>'


# -- tables -------------------------------------------------------------------------------------


def _ratings_html(ratings: list[Rating]) -> str:
    if not ratings:
        return '<span class="unrated">not rated</span>'
    disagree = len({r.grade for r in ratings}) > 1
    out = []
    for r in ratings:
        out.append(
            f'<div class="rating"><span class="grade" title="{escape(r.label)}">{escape(r.grade)}</span> '
            f'{escape(r.label)} <span class="who">— {escape(r.analyst)}, {escape(r.time[:10])}</span>'
            f'<br><span class="rationale">{escape(r.rationale)}</span></div>'
        )
    if disagree:
        out.append('<div class="disagree">Analysts disagree</div>')
    return "".join(out)


def _claims_table(view: CaseView) -> str:
    rows = []
    for c in view.case.claims:
        via = view.via_text(c)
        reliability = view.latest(c.source, admiralty.RELIABILITY_SCALE)
        rel = f' <span class="grade">{escape(reliability.grade)}</span>' if reliability else ""
        incident = f'<br><span class="who">about {escape(c.incident)}</span>' if c.incident else ""
        rows.append(
            f'<tr id="{escape(c.id)}"><td class="id">{escape(c.id)}</td>'
            f"<td>{escape(view.source_label(c.source))}{rel}</td>"
            f"<td><b>{escape(c.cue)}</b>: {escape(c.content)}"
            f"{' (' + escape(c.stance) + ')' if c.stance != 'assert' else ''}{incident}"
            f'<br><span class="quote">“{escape(view.evidence_text(c))}”</span></td>'
            f"<td>{escape(via) if via else '—'}</td>"
            f"<td>{_ratings_html(view.credibility(c))}</td></tr>"
        )
    head = (
        '<tr><th width="8%">Claim</th><th width="15%">Source</th><th width="38%">What was claimed</th>'
        '<th width="14%">Via</th><th width="25%">Credibility (each analyst)</th></tr>'
    )
    return f'<table width="100%" cellspacing="0" cellpadding="4" class="claims"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'


def _incidents_table(view: CaseView) -> str:
    rows = []
    for i in view.case.incidents:
        kind = escape(i.type) + (f'<br><span class="who">{escape(i.sub_type)}</span>' if i.sub_type else "")
        precision = f" ({escape(i.date.precision)})" if i.date and i.date.precision != "day" else ""
        rows.append(
            f'<tr id="{escape(i.id)}"><td class="id">{escape(i.id)}</td>'
            f'<td class="nowrap">{escape(date_text(i.date))}{precision}</td><td>{kind}</td>'
            f"<td>{escape(view.location_name(i)) or '—'}</td>"
            f"<td>{escape(view.actor_names(i, 'perpetrators')) or '—'}</td>"
            f'<td class="num">{escape(count_text(i.killed))}</td><td class="num">{escape(count_text(i.wounded))}</td>'
            f"<td>{escape(i.summary)}<br>{_ratings_html(view.credibility(i)) if view.credibility(i) else ''}</td></tr>"
        )
    head = (
        "<tr><th>Incident</th><th>Date</th><th>Type</th><th>Location</th><th>Perpetrators</th>"
        "<th>Killed</th><th>Wounded</th><th>Summary</th></tr>"
    )
    return f'<table width="100%" cellspacing="0" cellpadding="4" class="incidents"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'


def _sources_table(view: CaseView) -> str:
    claims_per_source: dict[str, int] = {}
    for c in view.case.claims:
        claims_per_source[c.source] = claims_per_source.get(c.source, 0) + 1
        for hop in c.via:
            claims_per_source[hop.source] = claims_per_source.get(hop.source, 0) + 1
    rows = []
    for s in view.case.sources:
        rows.append(
            f'<tr id="{escape(s.id)}"><td class="id">{escape(s.id)}</td><td>{escape(s.name)}</td>'
            f"<td>{escape(s.kind)}</td><td>{escape(', '.join(x for x in (s.role, s.affiliation) if x)) or '—'}</td>"
            f'<td class="num">{claims_per_source.get(s.id, 0)}</td><td>{_ratings_html(view.reliability(s))}</td></tr>'
        )
    head = (
        "<tr><th>Source</th><th>Name</th><th>Kind</th><th>Role</th><th>Claims</th>"
        "<th>Reliability (each analyst)</th></tr>"
    )
    return f'<table width="100%" cellspacing="0" cellpadding="4" class="sources"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'


def _notes_list(view: CaseView) -> str:
    if not view.case.notes:
        return '<p class="unrated">No notes.</p>'
    items = "".join(
        f"<li><b>{escape(n.author)}</b>, {escape(n.time[:10])}"
        f"{' on ' + escape(n.target) if n.target else ''}: {escape(n.text)}</li>"
        for n in view.case.notes
    )
    return f"<ul>{items}</ul>"


def _disagreements(view: CaseView) -> str:
    found = disagreements(view.case)
    if not found:
        return ""
    rows = "".join(
        f"<tr><td>{escape(d.target)} ({escape(d.target_kind)})</td>"
        f"<td>{escape(', '.join(f'{a}: {g}' for a, g in d.grades.items()))}</td></tr>"
        for d in found
    )
    return (
        f'<h3 class="disagree">Analysts disagree on {len(found)} rating(s)</h3>'
        f'<table width="100%" cellspacing="0" cellpadding="4"><thead><tr><th>Item</th><th>Current grades</th></tr></thead><tbody>{rows}</tbody></table>'
    )


# -- the whole brief -----------------------------------------------------------------------


def _legend(case: Case, flavor: str) -> str:
    per_type: dict[str, int] = {}
    for e in case.entities:
        per_type[e.type] = per_type.get(e.type, 0) + 1
    items = []
    for etype, label in ENTITY_LABELS.items():
        if etype not in per_type:
            continue
        if flavor == "qt":
            label = label.replace(" ", "&nbsp;")  # Qt would wrap "Group / nationality"
            items.append(
                f'<span style="background-color:{ENTITY_COLOURS[etype]}">&nbsp;{label}&nbsp;</span> '
                f"({per_type[etype]})&nbsp;&nbsp; "
            )
        else:
            items.append(f'<span class="swatch ent-{etype}">{label}</span> <span>{per_type[etype]}</span>')
    return f'<div class="legend"><b>Highlights:</b> {" ".join(items)}</div>'


def brief_job(case: Case, *, flavor: str = "browser") -> Generator[jobs.Progress, None, str]:
    """Build the brief's HTML text, yielding progress between sections."""
    total = 6 + len(case.documents)
    view = CaseView(case)
    info = case.info
    yield 1, total, "summary"
    counts = [
        ("documents", len(case.documents)),
        ("entities", len(case.entities)),
        ("mentions", len(case.mentions)),
        ("incidents", len(case.incidents)),
        ("sources", len(case.sources)),
        ("claims", len(case.claims)),
        ("assessments", len(case.assessments)),
        ("notes", len(case.notes)),
    ]
    head_meta = " · ".join(
        escape(x) for x in (f"case {info.id}", f"report date {info.report_date or '—'}", f"modified {info.modified}")
    )
    css = _browser_css() if flavor == "browser" else _QT_CSS
    counts_html = "".join(f"<li><b>{n}</b>{escape(name)}</li>" for name, n in counts)
    if flavor == "qt":
        counts_html = " · ".join(f"<b>{n}</b> {escape(name)}" for name, n in counts)
        counts_html = f"<p>{counts_html}</p>"
    else:
        counts_html = f'<ul class="counts">{counts_html}</ul>'
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(info.language or "en")}"><head><meta charset="utf-8">',
        # No network, ever: a strict policy for browsers that honour it, on top of there
        # being nothing external to load in the first place.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        'img-src data:">',
        '<meta name="referrer" content="no-referrer">',
        f'<meta name="generator" content="Casefile Reader {escape(__version__)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(info.title)}</title><style>{css}</style></head><body>",
        f'<header><h1>{escape(info.title)}</h1><p class="meta">{head_meta}</p>',
        f'<p class="summary">{escape(info.summary)}</p>' if info.summary else "",
        counts_html,
        ""
        if flavor == "qt"
        else '<nav class="toc"><a href="#report">Report</a><a href="#timeline">Timeline</a><a href="#incidents">Incidents</a>'
        '<a href="#claims">Claims</a><a href="#sources">Sources</a><a href="#notes">Notes</a></nav>',
        "</header>",
        '<section id="report"><h2>Report</h2>',
        _legend(case, flavor),
    ]
    for n, doc in enumerate(case.documents, start=1):
        yield 1 + n, total, f"report {doc.id}"
        meta = " · ".join(
            x
            for x in (doc.published and f"published {doc.published}", doc.source_url and f"from {doc.source_url}")
            if x
        )
        parts.append(
            # The report usually opens with its own title as a heading: do not say it twice.
            f'<article class="report-doc">{"" if doc.text.lstrip().startswith("# ") else f"<h3>{escape(doc.title)}</h3>"}'
            f'<p class="doc-meta">{escape(meta)}</p><div class="report">{render_report(case, doc, flavor=flavor)}</div></article>'
        )
    parts.append("</section>")
    step = 1 + len(case.documents)
    yield step + 1, total, "timeline"
    parts.append('<section id="timeline" class="page"><h2>Timeline</h2>')
    parts.append(timeline_table(view) if flavor == "qt" else timeline_svg(view))
    parts.append(
        f'</section><section id="incidents"><h2>Incidents ({len(case.incidents)})</h2>{_incidents_table(view)}</section>'
    )
    yield step + 2, total, "claims"
    parts.append(
        f'<section id="claims" class="page"><h2>Claims ({len(case.claims)})</h2>{_claims_table(view)}'
        f"{_disagreements(view)}</section>"
    )
    yield step + 3, total, "sources"
    parts.append(f'<section id="sources"><h2>Sources ({len(case.sources)})</h2>{_sources_table(view)}</section>')
    parts.append(f'<section id="notes"><h2>Notes ({len(case.notes)})</h2>{_notes_list(view)}</section>')
    yield step + 4, total, "footer"
    parts.append(
        "<footer>Credibility and reliability use the NATO Admiralty code (A–F source reliability, 1–6 information "
        "credibility); each analyst's current rating is their latest. Links in the report are shown as text and were "
        f"not followed. Exported by Casefile Reader {escape(__version__)}.</footer></body></html>"
    )
    yield total, total, "done"
    html = "\n".join(p for p in parts if p)
    if flavor == "qt":
        # Qt takes cell padding from the attribute, in device pixels (the PDF's 300 dpi).
        html = html.replace('cellpadding="4"', 'cellpadding="5"')
        # Qt knows no <section>: the page break goes on the heading that starts the page.
        html = html.replace('class="page"><h2>', '><h2 style="page-break-before: always">')
    return html


def brief_html(case: Case, *, flavor: str = "browser") -> str:
    """The brief as one HTML string (see :func:`brief_job`)."""
    return jobs.run(brief_job(case, flavor=flavor))


def html_job(case: Case, path: str | Path) -> Generator[jobs.Progress, None, Path]:
    """Write the HTML brief to ``path`` atomically."""
    text = yield from brief_job(case)
    atomic_write(path, text.encode("utf-8"))
    return Path(path)


def export_html(case: Case, path: str | Path) -> None:
    """``casefile export --format html``."""
    jobs.run(html_job(case, path))


def _browser_css() -> str:
    """The brief's style sheet without its comments (they are for us, not for the reader)."""
    css = resource_path("templates", "brief.css").read_text(encoding="utf-8")
    return re.sub(r"/\*.*?\*/\s*", "", css, flags=re.S)


# Qt's rich-text engine supports a CSS subset: no variables, no flex, no @media.
_QT_CSS = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #1d232b; }
h1 { font-size: 16pt; } h2 { font-size: 13pt; color: #24508f; margin-top: 14pt; }
h3 { font-size: 12pt; } h4 { font-size: 11pt; } h5, h6 { font-size: 10pt; }
table { border-collapse: collapse; margin-top: 4pt; }
th { background-color: #eef1f5; text-align: left; font-weight: bold; }
td { vertical-align: top; border-bottom: 1px solid #d5dae1; }
.meta, .who, .quote, .url, .unrated, .doc-meta { color: #5b6573; }
.quote { font-style: italic; }
.grade { font-weight: bold; }
.disagree { color: #a3261b; font-weight: bold; }
.nowrap, .id { white-space: nowrap; }
.num { text-align: right; }
section.page { page-break-before: always; }
"""
