"""From raw bytes to clean Markdown: decoding, HTML, page boilerplate, headings.

Reports arrive as Markdown, plain text, or web pages saved from a browser (often with the
navigation, cookie banners, share buttons and comment sections still in them). Whatever
comes in, what comes out is Markdown paragraphs separated by blank lines, headings as
``#`` lines, and nothing of the page furniture. Offsets of every later stage count code
points in this text.
"""

from __future__ import annotations

import html
import re
import unicodedata
from html.parser import HTMLParser

from desktop.casefile.errors import InvalidInput

MAX_INPUT_BYTES = 64 * 1024 * 1024

# Elements whose whole content is page furniture, never report text.
SKIP_TAGS = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button",
             "select", "option", "iframe", "svg", "canvas", "figure", "figcaption", "menu", "dialog", "head",
             "object", "embed", "video", "audio", "picture", "input", "textarea", "label"}
BLOCK_TAGS = {"p", "div", "section", "article", "main", "li", "ul", "ol", "blockquote", "table", "tr", "td", "th",
              "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr", "pre", "dd", "dt", "dl", "body"}
TABLE_TAGS = {"table", "tr", "td", "th"}  # read by _HtmlToMarkdown._table_edge, not as plain blocks
# class/id words that mark furniture (cookie notices, share bars, related links, comments...)
FURNITURE = re.compile(
    r"(^|[\s_-])(cookie|consent|gdpr|share|sharing|social|comment|comments|related|recommend|newsletter|subscribe|"
    r"signup|breadcrumb|menu|navbar|nav|sidebar|widget|advert|ads|promo|banner|popup|modal|footer|header|masthead|"
    r"toolbar|pagination|tags|byline-share|print|skip)([\s_-]|$)",
    re.I,
)
# class/id words that mark a page's standfirst or kicker: a heading of the article, not its text
DISPLAY = re.compile(r"(^|[\s_-])(standfirst|dek|deck|subtitle|subhead|subheadline|strapline|kicker|summary|"
                     r"teaser)([\s_-]|$)", re.I)
# Whole lines of scraped-page furniture.
BOILERPLATE_LINE = re.compile(
    r"^\s*(share(?:\s+this(?:\s+(?:article|story|post|page))?)?\s*:?\s*(?:(?:on\s+)?(?:facebook|twitter|x|whatsapp|telegram|linkedin|e-?mail|print|"
    r"reddit|line|copy link)[\s,|·/]*)+|\d+\s+comments?\b.*|search\W*|"
    r"top of page|bottom of page|skip to (main )?content|back to top|comments?|commentaires|kommentare|"
    r"leave a (reply|comment)|share( this( article| post)?)?( on \w+)?|related (articles|posts|stories)|"
    r"read more|subscribe.*|sign up.*|log ?in|sign in|menu|search|home|cookie.*|accept( all)?( cookies)?|"
    r"image (courtesy|credit|source)\b.*|photo( credit)?:.*|advertisement|print|email|tweet|whatsapp|facebook|"
    r"linkedin|telegram|copy link|all rights reserved.*|©.*|\(c\) \d{4}.*|follow us.*|newsletter.*|"
    r"previous( post| article)?|next( post| article)?|tags?:.*|filed under.*|posted in.*|loading\.*|related|"
    r"like this:?|share this:?|more from.*|you may also like.*|trending.*|most read.*|"
    # a wire service's correction notice: "(Corrects day of bombing in paragraph 10)"
    r"\((?:corrects|updates|adds|recasts|refiles|fixes|changes)\b[^)]*\)|"
    r"(?:[\w&'’-]+(?: [\w&'’-]+){0,2}\s*[|·•/>»]\s*){2,}[\w&'’-]+(?: [\w&'’-]+){0,2}|"
    # a menu bar scraped as text: "Home  Surabaya  East Java  National  Business  Sport"
    r"(?:[\w&'’-]+(?: [\w&'’-]+)?\s{2,}){3,}[\w&'’-]+(?: [\w&'’-]+)?)[:.!]?\s*$",
    re.I,
)
# "Read also:", "Related stories": the list of links under it goes too
RELATED_HEAD = re.compile(r"^\s*(?:read also|also read|see also|read more|related(?: stories| articles| posts)?|"
                          r"more stories|more on this|recommended|you may also like|most read|trending)\s*:?\s*$", re.I)


# "Finding 3: Security forces carried out ...", "SUBJECT: Killing of civilians in ...": a labelled line heads
# what follows; it is not one of the report's sentences
LABELLED_HEAD = re.compile(r"^(?:(?:\*\*)?(?:Finding|Recommendation|Key finding|Conclusion|Section|Annex)\s+\d{1,2}[.:]"
                           r"(?:\*\*)?|(?:SUBJECT|Subject|RE|Re|OBJET|Objet|ASUNTO|Asunto)\s*:)\s+\S")


CAPS_HEAD = re.compile(r"^[A-Z][A-Z&'’/-]+(?:\s+[A-Z&'’/-]+){0,3}:?$")  # "SUMMARY", "OUTLOOK", "KEY POINTS" over its text
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# "NIGER | Tillaberi region | 2 January": a dated item's header, not a menu bar
DAY_OF_MONTH = re.compile(r"\b\d{1,2}\s+" + _MONTHS + r"\b|\b" + _MONTHS + r"\s+\d{1,2}\b")
LIST_ITEM = re.compile(r"^(?:[-*•]|\d{1,2}[.)])\s+\S")
RULE_LINE = re.compile(r"^\s*([-=_*~#+·•])(?:\s*\1){2,}\s*$")
# "[A] FACT page — 11/04/2021 19:52 — translated from French", "09:40 | Update": the header of a post or
# of a live-blog entry, on the line above its text
POST_HEAD = re.compile(r"^(?:\[[^\]]{1,12}\]\s*)?[^.!?]{0,80}?(?:\s[—|–]\s|\b\d{1,2}[:.h]\d{2}\b)[^.!?]{0,80}$")


def decode(raw: bytes, filename: str = "") -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252.

    Binary files (images, archives, executables) are refused rather than read as text.
    """
    name = filename or "the report"
    if not raw or not raw.strip():
        raise InvalidInput("the report is empty", path=filename or None)
    if len(raw) > MAX_INPUT_BYTES:
        raise InvalidInput(f"the report is larger than {MAX_INPUT_BYTES // 2**20} MB", path=filename or None)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise InvalidInput(f"{name} claims to be UTF-16 but is not", path=filename or None) from None
    head = raw[:65536]
    if b"\x00" in head or head.startswith((b"PK\x03\x04", b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF")):
        raise InvalidInput("this is a binary file, not a text, Markdown or HTML report", path=filename or None)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Reports saved on Windows are often cp1252; it maps every byte but five, so a
        # failure there means the file is not text at all.
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError:
            raise InvalidInput("the report is neither UTF-8 nor Windows-1252 text", path=filename or None) from None
    controls = sum(1 for ch in text[:65536] if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > max(8, len(text[:65536]) // 100):
        raise InvalidInput("this looks like a binary file, not a text report", path=filename or None)
    return text


def looks_like_html(text: str, filename: str = "") -> bool:
    if filename.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in head)


class _HtmlToMarkdown(HTMLParser):
    """Keeps the text of content elements, as Markdown blocks; drops page furniture."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.skip_depth = 0
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, opened a skip, opened a display heading)
        self.heading: int | None = None
        self.title: str | None = None
        self.in_title = False
        self.list_item = False
        # a table being read: its rows of cells, each cell its paragraphs (None outside a table); tables inside
        # a cell are read as the cell's text
        self.rows: list[list[list[str]]] | None = None
        self.cell: list[str] | None = None
        self.table_depth = 0

    def _flush(self) -> None:
        text = " ".join("".join(self.current).split())
        self.current = []
        if not text:
            return
        if self.cell is not None:
            self.cell.append(text)
            return
        if self.heading:
            text = "#" * min(self.heading, 6) + " " + text.lstrip("#").strip()
        elif self.list_item:
            text = "- " + text
        self.blocks.append(text)

    def _table_edge(self, tag: str, *, opening: bool) -> None:
        """A data table becomes a Markdown table, its first row the heading row, so that the rows of a table of
        incidents are read as the rows of a Markdown report's are; a layout table (one column, one row, or cells
        holding whole paragraphs) gives its cells' text as paragraphs."""
        if tag == "table":
            self.table_depth += 1 if opening else -1
            if opening and self.table_depth == 1:
                self.rows, self.cell = [], None
            elif not opening and self.table_depth == 0 and self.rows is not None:
                self._end_table()
            return
        if self.table_depth != 1 or self.rows is None:
            return  # a table inside a cell: its text is the cell's
        if tag == "tr":
            self._flush()
            self.cell = None
            if opening:
                self.rows.append([])
        elif tag in ("td", "th"):
            self._flush()
            if opening:
                if not self.rows:
                    self.rows.append([])
                self.cell = []
                self.rows[-1].append(self.cell)
            else:
                self.cell = None

    def _end_table(self) -> None:
        self._flush()
        rows = [r for r in self.rows or [] if any(r)]
        self.rows, self.cell = None, None
        self._emit_table(rows)

    def _emit_table(self, rows: list[list[list[str]]]) -> None:
        width = max((len(r) for r in rows), default=0)
        layout = width < 2 or len(rows) < 2 or any(len(" ".join(c).split()) > 60 for r in rows for c in r)
        if layout:
            self.blocks.extend(p for r in rows for c in r for p in c)
            return
        lines = []
        for n, row in enumerate(rows):
            cells = [" ".join(c).replace("|", "/") for c in row] + [""] * (width - len(row))
            lines.append("| " + " | ".join(cells) + " |")
            if n == 0:
                lines.append("|" + "---|" * width)
        self.blocks.append("\n".join(lines))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br",) and not self.skip_depth:
            self._flush()
            return
        if tag in ("meta", "link", "img", "hr", "input", "source", "wbr", "col", "area", "base", "param", "track"):
            return  # void elements never open a scope
        marks = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role", "aria-label"))
        skip = tag in SKIP_TAGS or (marks and FURNITURE.search(marks) is not None and tag not in ("body", "html"))
        if tag == "title":
            self.in_title = True
        display = bool(not skip and not self.skip_depth and tag in BLOCK_TAGS and marks and DISPLAY.search(marks))
        self.stack.append((tag, bool(skip), display))
        if skip:
            self.skip_depth += 1
            return
        if self.skip_depth:
            return
        if tag in TABLE_TAGS:
            self._table_edge(tag, opening=True)
        elif tag in BLOCK_TAGS:
            self._block_edge(tag, opening=True)
        if display:  # "<p class="standfirst">": told as a heading, never as report text
            self.heading = 3

    def _block_edge(self, tag: str, *, opening: bool) -> None:
        """A block starts or ends: close the text so far; headings and list items set a mode."""
        self._flush()
        if re.fullmatch(r"h[1-6]", tag):
            self.heading = int(tag[1]) if opening else None
        if tag == "li":
            self.list_item = opening

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        # close back to the matching tag (browsers' pages are rarely well nested)
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                display = False
                for _t, opened_skip, opened_display in self.stack[i:]:
                    if opened_skip:
                        self.skip_depth -= 1
                    display = display or opened_display
                del self.stack[i:]
                break
        else:
            return
        if self.skip_depth:
            return
        if tag in TABLE_TAGS:
            self._table_edge(tag, opening=False)
        elif tag in BLOCK_TAGS:
            self._block_edge(tag, opening=False)
        if display:
            self._flush()
            self.heading = None

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title = (self.title or "") + data
            return
        if not self.skip_depth:
            self.current.append(data)

    def close(self) -> None:
        super().close()
        self._flush()
        if self.rows is not None:
            self._end_table()  # a page cut off inside a table: its rows are still its text


def html_to_markdown(text: str) -> tuple[str, str | None]:
    """Visible content of a web page as Markdown, and the page title if it has one."""
    parser = _HtmlToMarkdown()
    parser.feed(text)
    parser.close()
    title = " ".join(parser.title.split()) if parser.title else None
    return "\n\n".join(parser.blocks), title


BYLINE = re.compile(r"^(?:By|Par|Por|Written by|Reporting by|Authors?\s*:)\s+(?:[A-Z][\w'’.-]+(?:\s+[\w'’.,-]+){0,10}|"
                    # "By our correspondent", "By a staff reporter": a byline without a name
                    r"(?:our|a|an)\s+(?:[\w-]+\s+){0,2}(?:correspondents?|reporters?|staff|writers?|editors?))$")
# "**Harmattan Risk Partners | Regional Review No. 14 | 8 January 2020**": a masthead's cells, which
# name the publisher, not a section head
MASTHEAD_CELLS = re.compile(r"\s[|·•]\s")
BOLD_LINE = re.compile(r"\*\*([^*\n]+)\*\*|__([^_\n]+)__")
_HEADING_WORD = re.compile(r"^[\w'’.,&:()/;\"“”‘-]+$")


def _looks_like_heading(line: str, prev_blank: bool, next_blank: bool) -> bool:
    """A short title-like line standing alone, as scraped pages carry section heads."""
    words = line.split()
    if not (1 <= len(words) <= 18) or not (prev_blank and next_blank):
        return False
    end = line.rstrip()
    if end[-1:] in "\"”'’":  # 'IRGC says it hit "spy headquarters"': a quotation closes the headline
        end = end[:-1]
    if end[-1:] in ".!?;,:" or line.startswith(("- ", "* ", "“", '"')):
        return False
    if not all(_HEADING_WORD.match(w) for w in words):
        return False
    capitals = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
    small = {"a", "an", "the", "of", "in", "on", "to", "and", "or", "for", "at", "by", "with", "from", "as", "vs"}
    if len(words) <= 10 and capitals >= max(1, len([w for w in words if w.lower() not in small]) - 1):
        return True
    # A sentence-case headline: short, capitalised first word, no final stop.
    return 3 <= len(words) <= 18 and words[0][0].isupper()


def _shouted(line: str) -> bool:
    """A headline in capitals standing alone, whatever its punctuation."""
    letters = [c for c in line if c.isalpha()]
    return 3 <= len(line.split()) <= 30 and len(letters) >= 12 and \
        sum(c.isupper() for c in letters) >= 0.8 * len(letters) and line.rstrip()[-1:] not in ".!?\"”"


def _header_lines(block: list[str]) -> bool:
    """A masthead of short lines, none ending a sentence ("REPORT / Moscow, 25 March 2024").

    A hard-wrapped paragraph also has lines without a stop, but its last line ends one.
    """
    # a masthead that says when it was issued and what it covers may carry a long title line
    # ("Flash Update No. 14 - Air strikes on ...; escalation in ...", then "Issued: 3 September 2019")
    longest = 24 if sum(bool(META_LINE.match(ln)) for ln in block) >= 1 and len(block) > 2 else 14
    return len(block) > 1 and all(len(ln.split()) <= longest and ln.rstrip()[-1:] not in ".!?;\"”'’" and
                                  not ln.startswith(("#", "- ", "* ", "|")) for ln in block)


META_LINE = re.compile(r"^(?:Issued|Date|Dated|Published|Released|Period(?: covered)?|Reporting period|Distribution|"
                       r"Classification|Ref(?:erence)?|Reference number|No\.|Contact|Prepared by|Source)\s*:\s*\S", re.I)


def clean_text(text: str, *, markdown: bool, tables: bool | None = None) -> str:
    """Normalise a plain-text or Markdown report into clean Markdown blocks.

    ``tables``: lines opening with "|" are a Markdown table's (by default in Markdown only; a web page's tables
    are written as such by ``html_to_markdown``)."""
    tables = markdown if tables is None else tables
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    if markdown:
        # Raw HTML inside Markdown is not report text: drop tags, keep their words.
        text = re.sub(r"<(script|style|iframe)\b.*?</\1\s*>", " ", text, flags=re.I | re.S)
        text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
        text = re.sub(r"</?[a-zA-Z][^>\n]{0,500}>", "", text)
        text = html.unescape(text)
        # Images are never fetched; links keep their words only.
        text = re.sub(r"!\[([^\]\n]*)\]\([^)\n]*\)", r"\1", text)
        text = re.sub(r"\[([^\]\n]+)\]\([^)\n]*\)", r"\1", text)
    lines = [ln.strip() for ln in text.split("\n")]
    related = False
    for n, ln in enumerate(lines):
        if RELATED_HEAD.match(ln):
            related, lines[n] = True, ""
        elif related and ln.startswith(("- ", "* ", "• ", "> ")):
            lines[n] = ""
        else:
            related = False
    # a rule of dashes, equals signs or stars ("-----", "====") is a break between blocks, not text
    lines = ["" if BOILERPLATE_LINE.match(ln) and not DAY_OF_MONTH.search(ln) or RULE_LINE.match(ln) else ln
             for ln in lines]
    out: list[str] = []
    blocks: list[list[str]] = [[]]
    for ln in lines:
        if not ln:
            if blocks[-1]:
                blocks.append([])
            continue
        blocks[-1].append(ln)
    split: list[list[str]] = []
    for b in blocks:
        if not markdown and _header_lines(b):  # each line of a masthead is a heading of its own
            split.extend([ln] for ln in b)
            continue
        if not markdown and len(b) > 2 and b[-1].startswith("(") and _header_lines(b[:-1]):
            split.extend([ln] for ln in b)  # a masthead with a note in brackets under it ("(Transcribed from ...)")
            continue
        for n, ln in enumerate(b):  # a heading line is a block of its own; the lines under it the next
            if tables and ln.startswith("|"):
                # a table's lines stay lines, in a block of their own: "| Date | Place |" is its heading row, not a
                # section heading, and its rows are not run together into one paragraph
                if n > 0 and split[-1][0].startswith("|") and b[n - 1].startswith("|"):
                    split[-1].append(ln)
                else:
                    split.append([ln])
                continue
            if n > 0 and tables and b[n - 1].startswith("|"):
                split.append([ln])  # the text under a table
                continue
            if LABELLED_HEAD.match(ln) or (n == 0 and len(b) > 1 and (POST_HEAD.match(ln) or CAPS_HEAD.match(ln)
                                                                       or _shouted(ln))):
                ln = "## " + ln
            # each item of a list is a paragraph of its own ("- 21 June - ...", "- Key point"), so the items
            # of a chronology or of key points are not read, or shown, as one run-on paragraph
            if n == 0 or ln.startswith("#") or split[-1][0].startswith("#") or LIST_ITEM.match(ln):
                split.append([ln])
            else:
                split[-1].append(ln)
    blocks = split
    for i, block in enumerate(b for b in blocks if b):
        joined = block[0] if block[0].startswith("#") else "\n".join(block) if block[0].startswith("|") and tables \
            else " ".join(block)
        if BOILERPLATE_LINE.match(joined):
            continue
        bold = BOLD_LINE.fullmatch(joined) if len(block) == 1 else None
        label = (bold.group(1) or bold.group(2)).strip() if bold is not None else ""
        if label and len(label.split()) <= 18 and label[-1:] not in ".;," and not MASTHEAD_CELLS.search(label):
            joined = "## " + label  # "**Ambulance bombing, central Kabul (27 January)**": a section head
        elif len(block) == 1 and not joined.startswith("#") and _shouted(joined):
            joined = ("## " if i > 0 else "# ") + joined  # "GUNMEN ATTACK CHURCHES IN DERBENT; PRIEST KILLED"
        elif BYLINE.match(joined):
            pass  # "By Moussa Traore and Claire Besson": the writers are named, not a heading
        elif len(block) == 1 and not markdown and _looks_like_heading(joined, True, True) and i > 0:
            joined = "## " + joined
        elif len(block) == 1 and not markdown and i == 0 and (_looks_like_heading(joined, True, True) or (
                joined.endswith("?") and len(joined.split()) <= 18 and joined[:1].isupper()) or (
                # a wire's long headline standing alone on the first line, with no stop ("Gunmen kill at least 20
                # at ... university; Taliban commander claims raid, leadership disowns it")
                len(joined.split()) <= 30 and joined[:1].isupper() and joined.rstrip()[-1:] not in ".!;,:\"”'’")):
            joined = "# " + joined  # the title, even as a question ("Two shootings, one plot?")
        if joined.startswith("#"):
            level = len(joined) - len(joined.lstrip("#"))
            joined = "#" * min(level, 6) + " " + joined.lstrip("#").strip()
            if len(joined.split()) < 2:
                continue
        out.append(" ".join(joined.split()) if not joined.startswith(("- ", "* ", "|")) else joined)
    return "\n\n".join(out) + "\n"


def to_markdown(raw: bytes, filename: str = "") -> tuple[str, str | None]:
    """The report as clean Markdown and its title (page title or first heading)."""
    text = decode(raw, filename)
    title = None
    if looks_like_html(text, filename):
        text, title = html_to_markdown(text)
        markdown = clean_text(text, markdown=False, tables=True)
    else:
        markdown = clean_text(text, markdown=not filename.lower().endswith((".txt", ".text")))
    if not markdown.strip():
        raise InvalidInput("the report holds no readable text", path=filename or None)
    if not title:
        first = next((ln for ln in markdown.split("\n") if ln.strip()), "")
        title = first.lstrip("#").strip()[:200] if first.startswith("#") else None
    return markdown, title
