"""Dates as reports write them, resolved against the report's own date.

"On March 27" in a report of April 2023 is 2023-03-27; in a report of February 2023 it is
2022-03-27 (reports speak of the past). "in March 2022" has month precision, "in 2015" year
precision, "last week" or "in the past months" are approximate ranges. A small grammar
covers the forms the genre uses; it is fast (regular expressions over one sentence) and
predictable, which dateparser's guessing on fragments is not.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from desktop.casefile.model import FuzzyDate

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
MONTHS |= {"sept": 9}


def names_month(text: str) -> bool:
    """Whether the words name a month ("Late November, Garmsir", "15 July"; "Mar" too), not only a weekday or none."""
    return any(w in MONTHS for w in re.findall(r"[a-z]+", text.lower()))
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_M = r"(?P<month>" + "|".join(sorted((m for m in MONTHS), key=len, reverse=True)) + r")\.?"
_D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR_DIGITS = r"(?:18|19|20)\d\d"  # a year of the genre's accounts, 1800 to 2099
_Y = rf"(?P<year>{YEAR_DIGITS})"
# (not "the Treaty of 1851", "the Act of 1871", the "1851 Treaty" camp: a document named by its year, no date of
# anything told; the first goes before a year's digits, the second after them)
DOCUMENT_WORDS = ("Treaty", "Convention", "Agreement", "Accords", "Accord", "Act", "Constitution", "Charter", "Protocol",
                  "Declaration")
NOT_A_DOCUMENT = "".join(f"(?<!{word} of )" for word in DOCUMENT_WORDS)
NOT_BEFORE_A_DOCUMENT = r"(?!\s+(?:" + "|".join(DOCUMENT_WORDS) + r")\b)"

_D2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
_M2 = _M.replace("(?P<month>", "(?P<month2>")
_TO = r"\s*(?:-|–|—|to|and|until|through)\s*"

# counts written as words: "three soldiers", "Thirty years ago today" (events.py counts the dead with them too)
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
}
# ... and the tens with their units, for "Twenty-five years ago this month" (longest first, as the pattern tries them)
_COUNTS = {f"{tens}-{unit}": NUMBER_WORDS[tens] + NUMBER_WORDS[unit]
           for tens in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
           for unit in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")} | NUMBER_WORDS

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "in June last year", "on 28 September last year": a year counted from the report's
    ("dmrel", re.compile(rf"\b{_D}\s+(?:of\s+)?{_M}\s+(?P<rel>last|this|next)\s+year\b", re.I)),
    ("mrel", re.compile(rf"\b{_M}\s+(?:{_D}\s+)?(?:of\s+)?(?P<rel>last|this|next)\s+year\b", re.I)),
    # a span of days: "between 27 and 31 March 2022", "on 15 and 16 January", "March 27-31"
    # ("on the night of 31 October to 1 November": a span across two months, dated from its first day)
    ("dm-dm", re.compile(rf"\b{_D}\s+{_M}{_TO}{_D2}\s+{_M2}(?:,?\s+{_Y})?\b", re.I)),
    ("dd-m", re.compile(rf"\b{_D}{_TO}{_D2}\s+(?:of\s+)?{_M}(?:,?\s+{_Y})?\b", re.I)),
    ("m-dd", re.compile(rf"\b{_M}\s+{_D}{_TO}{_D2}\b(?:,?\s+{_Y}\b)?(?!\s*(?:per ?cent|%))", re.I)),
    ("iso", re.compile(rf"\b{_Y}-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("mdy", re.compile(rf"\b{_M}\s+{_D}(?:,)?\s+{_Y}\b", re.I)),
    ("dmy", re.compile(rf"\b{_D}\s+(?:of\s+)?{_M},?\s+{_Y}\b", re.I)),
    ("md", re.compile(rf"\b{_M}\s+{_D}\b(?!\s*(?:,\s*)?{YEAR_DIGITS})(?!\s*(?:per ?cent|%))", re.I)),
    ("dm", re.compile(rf"\b{_D}\s+(?:of\s+)?{_M}\b(?!,?\s+{YEAR_DIGITS})", re.I)),
    # "In May and June 2007", "from October to December 2020": the year is both months'; dated by the first
    ("my", re.compile(rf"\b{_M}\s*(?:-|–|—|to|and|or|until|through)\s*(?:" + "|".join(sorted(MONTHS, key=len, reverse=True))
                      + rf")\.?,?\s+{_Y}\b", re.I)),
    ("my", re.compile(rf"\b{_M},?\s+{_Y}\b", re.I)),
    ("y", re.compile(r"\b(?:in|since|during|of|early|late|mid-?)\s+" + NOT_A_DOCUMENT + _Y + r"\b", re.I)),
    # ("at the beginning of April", "by the middle of May")
    ("m", re.compile(rf"\b(?:(?:in|since|during|through|throughout|early|late|mid|this|last|earlier this|end of|"
                     rf"(?:the\s+)?(?:beginning|start|middle|end)\s+of|(?:the\s+)?"
                     rf"(?:first|second|third|fourth|last|latter|early|closing|opening|final)\s+(?:days?|weeks?|hours|half)\s+of)\s+|mid-){_M}\b"
                     # (not "in Mar Mikhael", "in Jan Kowalski's case": a month written short is no month before a name)
                     rf"(?!\s+[0-3]?\d\b)(?!(?<=\b(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec))\s+(?-i:[A-Z][a-z]))", re.I)),
    # "on Christmas Day 2021", "on New Year's Eve", "the May Day march", "came on Christmas night"
    ("feast", re.compile(r"\b(?P<feast>Christmas (?:Day|Eve|night|morning)|New Year['’]s Day|New Year['’]s Eve|Boxing Day|May Day)"
                         r"(?:,?\s+" + _Y + r")?\b")),
    ("weekday", re.compile(r"\b(?:on|last|this|late on|early on|of|since)\s+(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)),
    ("weekday", re.compile(r"\b(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s\b", re.I)),
    # "Gunmen killed five people Friday in Kano", "Friday was marked by violence": a weekday named bare, as wires
    # and reports do, unless it names a feast, a newspaper or a day to come ("Good Friday", "the Sunday Times",
    # "until Monday")
    # (nor "leading a Sunday service", "the weekly Friday prayers": any such day)
    ("weekday", re.compile("".join(rf"(?<!\b(?i:{w}) )" for w in (
                               "good", "black", "bloody", "ash", "palm", "easter", "holy", "super", "next", "until", "by",
                               "coming", "before", "every", "through", "till", "a", "an", "weekly", "usual", "regular",
                               "traditional", "each"))
                           + r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’-])"
                           r"(?!\s+(?:Times|Telegraph|Mail|Observer|Tribune|Express|Herald|Standard|Nation|Independent|Post|"
                           r"Star|Mirror|World|Monitor|Guardian|Vision|Sun|Business|Journal|Sport|Magazine|Edition|Agreement|"
                           r"Accord|school|schools)\b)")),
    # "a week ago", "three days ago", "two years ago", "Thirty years ago today": counted back from the report's date
    # (before "today" alone, which in an anniversary's "ten years ago today" is not the report's day)
    ("ago", re.compile(rf"\b(?P<n>a|an|{'|'.join(_COUNTS)}|\d{{1,3}})\s+"
                       r"(?P<unit>days?|weeks?|months?|years?|decades?)\s+ago(?P<on>\s+today|\s+this\s+(?:week|month))?\b",
                       re.I)),
    ("relday", re.compile(r"\b(?P<rel>yesterday|today|the previous day|the day before|last night|this morning|overnight)\b", re.I)),
    # "**Narayanpur, October.** Two personnel were killed ...": the month of a review item's bold label
    ("mlabel", re.compile(rf"^\W*[A-Z][^,.\n]{{0,60}},\s+\**{_M}(?=\s*\*\*|\s*$)", re.I)),
    # "December: gunmen attacked ...", "- August - ...": a month as the label of a review's item
    ("m", re.compile(rf"^\W*{_M}\s*(?::|\s[-–—])\s", re.I)),
    # "- **March.** Fazal Bari, a college principal, was shot dead ...": a month alone as the bold label of an item
    # (as the reader sees it, bold marks blanked: the label a sentence of its own, "March.")
    ("m", re.compile(rf"^[ \t]*(?:[-*•][ \t]+)?(?:\*\*)?\s*{_M}\s*[.:]?\s*(?:\*\*|$)", re.I)),
    # "**November, Taiz:** Fighting ...", "- December, Dagestan: ...": the month of an item's label of a month and a place
    ("m", re.compile(rf"^\W*(?i:{_M})(?=,\s+(?:[a-z]{{1,3}}-)?[A-Z][^:.\n]{{0,60}}?\s*\**\s*[:.]\**\s)")),
    ("relspan", re.compile(r"\b(?P<span>last week|this week|earlier this week|last month|this month|earlier this month|last year|this year|earlier this year|(?:in |over |during )?the past (?:few |several )?(?:days|weeks|months|years)|recent (?:days|weeks|months)|recently)\b", re.I)),
]


FEASTS = {"christmas day": (12, 25), "christmas night": (12, 25), "christmas morning": (12, 25), "christmas eve": (12, 24),
          "new year's day": (1, 1), "new year's eve": (12, 31),
          "boxing day": (12, 26), "may day": (5, 1)}


@dataclass
class DateMention:
    start: int  # offsets within the string searched
    end: int
    text: str
    date: FuzzyDate


def _iso(d: dt.date) -> str:
    return d.isoformat()


def month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


class YearGuess(dt.date):
    """A reference of which only the year is known, guessed from the report's own dates
    (see guess_year): "On March 27" takes that year; "last Friday" stays unresolved."""


class ReviewDate(dt.date):
    """The date a review of the year before was issued ("Security Review, January–December 2014", issued on
    10 January 2015): its bare days and months ("9 January", "in March") are of the year it reviews, though
    "9 January" is also a day just before its issue. Days told relative to it ("on Monday") are counted from
    it as from any report date."""

    period_year: int


_MONTH_WORD = "|".join(calendar.month_name[1:])
PERIOD_TITLE = re.compile(r"\b(?:review|annual|yearly|year|quarter(?:ly)?|half-year|[QH][1-4])\b|"
                          rf"\b(?:{_MONTH_WORD})\s*(?:–|—|-|to)\s*(?:{_MONTH_WORD})\b", re.I)


def in_review_period(ref: dt.date | None, title: str | None) -> dt.date | None:
    """``ref`` as a ReviewDate when ``title`` names a period of the year before it, the one year it names
    ("Mali: Security Review, January to December 2021" issued in January 2022); else ``ref`` itself."""
    if ref is None or isinstance(ref, YearGuess) or not title or not PERIOD_TITLE.search(title):
        return ref
    years = set(re.findall(rf"\b{YEAR_DIGITS}\b", title))
    if len(years) != 1 or int(next(iter(years))) != ref.year - 1:
        return ref
    out = ReviewDate(ref.year, ref.month, ref.day)
    out.period_year = ref.year - 1
    # "July–December 2007", "H2 2007", "Q4 2007": the months reviewed; a bare month outside them and before the
    # issue ("On 11 January" in a review of July–December 2007 issued on 15 January 2008) is of the year
    months = re.search(rf"\b({_MONTH_WORD})\s*(?:–|—|-|to)\s*({_MONTH_WORD})\b", title, re.I)
    half = re.search(r"\b(?:([HQ])([1-4])|(second|first)\s+half)\b", title, re.I)
    if months is not None:
        out.period_months = (MONTHS[months.group(1).lower()], MONTHS[months.group(2).lower()])
    elif half is not None and half.group(1):
        n = int(half.group(2))
        out.period_months = ((n - 1) * 6 + 1, n * 6) if half.group(1).upper() == "H" else ((n - 1) * 3 + 1, n * 3)
    elif half is not None:
        out.period_months = (7, 12) if half.group(3).lower() == "second" else (1, 6)
    return out


def _period_year(ref: dt.date | None, month: int | None = None) -> int | None:
    year = getattr(ref, "period_year", None)  # (arithmetic on a ReviewDate gives one without its period)
    span = getattr(ref, "period_months", None)
    if year is not None and span is not None and month is not None and not span[0] <= month <= span[1] \
            and month <= ref.month:
        return None  # a month after the period, before the review was issued: the year
    return year


def _past_year(month: int, day: int, ref: dt.date | None) -> int | None:
    """Reports speak of the past: a month-day after the report date is last year's."""
    if ref is None:
        return None
    if isinstance(ref, YearGuess):
        return ref.year
    if (year := _period_year(ref, month)) is not None:
        return year
    try:
        candidate = dt.date(ref.year, month, day)
    except ValueError:
        return ref.year
    return ref.year - 1 if candidate > ref + dt.timedelta(days=1) else ref.year


def resolve(kind: str, m: re.Match[str], ref: dt.date | None) -> FuzzyDate | None:
    text = m.group("month") if kind == "mlabel" else m.group(0)  # the label's month, not the place before it
    kind = "m" if kind == "mlabel" else kind
    g = m.groupdict()
    try:
        if kind == "iso":
            d = dt.date(int(g["year"]), int(g["mnum"]), int(g["day"]))
            return FuzzyDate(_iso(d), _iso(d), "day", text)
        if kind in ("mdy", "dmy"):
            d = dt.date(int(g["year"]), MONTHS[g["month"].lower()], int(g["day"]))
            return FuzzyDate(_iso(d), _iso(d), "day", text)
        if kind == "dm-dm":
            month, month2 = MONTHS[g["month"].lower()], MONTHS[g["month2"].lower()]
            first, last = int(g["day"]), int(g["day2"])
            if not (1 <= first <= 31 and 1 <= last <= 31) or month == month2:
                return None
            # (the year told is the last day's: "30 December to 2 January 2020" began in 2019)
            year2 = int(g["year"]) if g.get("year") else _past_year(month2, last, ref)
            if year2 is None:
                return FuzzyDate(None, None, "day", text)
            year = year2 - 1 if month > month2 else year2
            a = dt.date(year, month, min(first, calendar.monthrange(year, month)[1]))
            b = dt.date(year2, month2, min(last, calendar.monthrange(year2, month2)[1]))
            return FuzzyDate(_iso(a), _iso(b), "day", text)
        if kind in ("dd-m", "m-dd"):
            month, first, last = MONTHS[g["month"].lower()], int(g["day"]), int(g["day2"])
            if not 1 <= first < last <= 31:
                return None
            year = int(g["year"]) if g.get("year") else _past_year(month, first, ref)
            if year is None:
                return FuzzyDate(None, None, "day", text)
            days = calendar.monthrange(year, month)[1]
            a, b = dt.date(year, month, min(first, days)), dt.date(year, month, min(last, days))
            return FuzzyDate(_iso(a), _iso(b), "day", text)
        if kind in ("md", "dm"):
            month, day = MONTHS[g["month"].lower()], int(g["day"])
            if not 1 <= day <= 31:
                return None
            year = _past_year(month, day, ref)
            if year is None:
                return FuzzyDate(None, None, "day", text)
            d = dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))
            return FuzzyDate(_iso(d), _iso(d), "day", text)
        if kind == "feast":
            month, day = FEASTS[g["feast"].lower().replace("’", "'")]
            year = int(g["year"]) if g.get("year") else _past_year(month, day, ref)
            if year is None:
                return FuzzyDate(None, None, "day", text)
            d = dt.date(year, month, day)
            return FuzzyDate(_iso(d), _iso(d), "day", text)
        if kind == "my":
            a, b = month_range(int(g["year"]), MONTHS[g["month"].lower()])
            return FuzzyDate(_iso(a), _iso(b), "month", text)
        if kind == "y":
            y = int(g["year"])
            return FuzzyDate(f"{y}-01-01", f"{y}-12-31", "year", text)
        if kind in ("mrel", "dmrel"):
            if ref is None or isinstance(ref, YearGuess):
                return FuzzyDate(None, None, "month", text)
            year = ref.year + {"last": -1, "this": 0, "next": 1}[g["rel"].lower()]
            month = MONTHS[g["month"].lower()]
            if g["day"]:  # "on 28 September last year"
                try:
                    d = dt.date(year, month, int(g["day"]))
                except ValueError:
                    return None
                return FuzzyDate(_iso(d), _iso(d), "day", text)
            a, b = month_range(year, month)
            return FuzzyDate(_iso(a), _iso(b), "month", text)
        if kind == "m":
            month = MONTHS[g["month"].lower()]
            if ref is None:
                return FuzzyDate(None, None, "month", text)
            if isinstance(ref, YearGuess):
                a, b = month_range(ref.year, month)
                return FuzzyDate(_iso(a), _iso(b), "month", text)
            year = ref.year if month <= ref.month else ref.year - 1
            if text.lower().startswith("last") and month >= ref.month:
                year = ref.year - 1
            if (period := _period_year(ref, month)) is not None and not text.lower().startswith(("last", "this", "next")):
                year = period  # "in January" of a review of 2014 issued in January 2015
            a, b = month_range(year, month)
            return FuzzyDate(_iso(a), _iso(b), "month", text)
        if ref is None or isinstance(ref, YearGuess):
            return FuzzyDate(None, None, "approximate", text)
        if kind == "weekday":
            target = WEEKDAYS[g["weekday"].lower()]
            back = (ref.weekday() - target) % 7
            if back == 0 and not text.lower().startswith("this"):
                back = 7 if text.lower().startswith("last") else 0
            d = ref - dt.timedelta(days=back)
            return FuzzyDate(_iso(d), _iso(d), "day", text)
        if kind == "ago":
            if ref is None or isinstance(ref, YearGuess):
                return None
            n = g["n"].lower()
            count = int(n) if n.isdigit() else 1 if n in ("a", "an") else _COUNTS[n]
            unit = g["unit"].lower()
            if unit.startswith(("year", "decade")):
                years = count * (10 if unit.startswith("decade") else 1)
                on = (g["on"] or "").lower()
                # the report's day so many years back (the 28th for a 29 February)
                day = dt.date(ref.year - years, ref.month, min(ref.day, 28) if ref.month == 2 else ref.day)
                if "today" in on:  # an anniversary: that very day
                    return FuzzyDate(_iso(day), _iso(day), "day", text)
                if "week" in on:  # "A year ago this week": that week, about
                    return FuzzyDate(_iso(day - dt.timedelta(days=6)), _iso(day), "approximate", text)
                if "month" in on:
                    a, b = month_range(day.year, day.month)
                    return FuzzyDate(_iso(a), _iso(b), "month", text)
                if unit.startswith("decade"):  # "a decade ago": about then
                    return FuzzyDate(f"{ref.year - years - 2}-01-01", f"{ref.year - years + 2}-12-31", "approximate", text)
                return FuzzyDate(f"{ref.year - years}-01-01", f"{ref.year - years}-12-31", "year", text)
            if unit.startswith("month"):
                index = ref.year * 12 + ref.month - 1 - count
                a, b = month_range(index // 12, index % 12 + 1)
                return FuzzyDate(_iso(a), _iso(b), "month", text)
            d = ref - dt.timedelta(days=count * (7 if unit.startswith("week") else 1))
            return FuzzyDate(_iso(d), _iso(d), "day", text)
        if kind == "relday":
            rel = g["rel"].lower()
            # ("Ukrainian drones struck ... overnight", in a wire of the morning after: the night that ended on its day,
            # as annotators date it)
            days = 0 if rel in ("today", "this morning", "overnight") else 1
            d = ref - dt.timedelta(days=days)
            return FuzzyDate(_iso(d), _iso(d), "day", text)
        if kind == "relspan":
            span = g["span"].lower()
            if "week" in span:
                a = ref - dt.timedelta(days=ref.weekday() + (7 if "last" in span else 0))
                return FuzzyDate(_iso(a), _iso(min(ref, a + dt.timedelta(days=6))), "approximate", text)
            if span in ("last month",):
                first = ref.replace(day=1) - dt.timedelta(days=1)
                a, b = month_range(first.year, first.month)
                return FuzzyDate(_iso(a), _iso(b), "month", text)
            if span in ("this month", "earlier this month"):
                return FuzzyDate(_iso(ref.replace(day=1)), _iso(ref), "month", text)
            if span == "last year":
                return FuzzyDate(f"{ref.year - 1}-01-01", f"{ref.year - 1}-12-31", "year", text)
            if "year" in span and "past" not in span:
                return FuzzyDate(f"{ref.year}-01-01", _iso(ref), "year", text)
            days = {"days": 10, "weeks": 45, "months": 180, "years": 3 * 365}
            unit = next((u for u in days if u in span), "weeks")
            if span == "recently" or span.startswith("recent"):
                unit = "weeks" if span == "recently" else unit
            return FuzzyDate(_iso(ref - dt.timedelta(days=days[unit])), _iso(ref), "approximate", text)
    except (ValueError, KeyError):
        return None
    return None


_ANY_MONTH = re.compile(r"\b(?:" + "|".join(MONTHS) + r")", re.I)
_DIGIT = re.compile(r"\d")


def _can_match(text: str) -> list[bool]:
    """For each of PATTERNS, whether ``text`` holds what it cannot match without (a digit, a month's name, a
    word such as "day" or "ago"): most sentences hold no date, and these look-ups are cheaper than the patterns."""
    low = text.lower()
    digit = _DIGIT.search(text) is not None
    month = _ANY_MONTH.search(text) is not None
    day = "day" in low
    needs = {"dmrel": month and "year" in low, "mrel": month and "year" in low, "iso": digit, "y": digit,
             "m": month, "mlabel": month, "feast": "christmas" in low or "new year" in low or "boxing" in low or "may day" in low, "weekday": day,
             "relday": day or "night" in low or "morning" in low, "ago": "ago" in low,
             "relspan": "week" in low or "month" in low or "year" in low or "past" in low or "recent" in low}
    return [needs.get(kind, digit and month) for kind, _ in PATTERNS]


# the kind of place named after a day ("the 22 May hospital" in Hodeidah, "26 September Street" in Sanaa, "the 6th of
# October Bridge" in Cairo)
NAMED_AFTER_DAY = re.compile(r"\s+(?:hospital|street|square|bridge|stadium|university|school|road|avenue|camp|hall|park|"
                             r"roundabout|institute|clinic|barracks|neighbourhood|district|city|town|market|airport|port)\b",
                             re.I)


# a paragraph of a longer text: no date runs across a blank line
PARAGRAPH = re.compile(r"(?:(?!\n\s*\n).)+", re.S)


def find_dates(text: str, ref: dt.date | None) -> list[DateMention]:
    """Every date expression in ``text``, longest and most precise first where they overlap. Read paragraph by
    paragraph, each pattern only where the paragraph holds what it cannot match without: a whole report (the year a
    report without a date of its own tells, guess_year) in half the time of running every pattern over all of it.
    Over the gold reports read whole, the dates found differ only where one ran across a blank line, which was no
    date ("the end of June.\n\n1.3 Figures" read as 1 June)."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    paragraphs = [(m.start(), m.end(), _can_match(m.group(0))) for m in PARAGRAPH.finditer(text)] \
        if "\n" in text else [(0, len(text), _can_match(text))]
    for n, (kind, pattern) in enumerate(PATTERNS):
        for m in (m for start, end, can in paragraphs if can[n] for m in pattern.finditer(text, start, end)):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            date = resolve(kind, m, ref)
            if date is None:
                continue
            taken.append((m.start(), m.end()))
            if date.precision == "day" and (named := NAMED_AFTER_DAY.match(text, m.end())) is not None and (
                    named.group(0).strip()[0].isupper() or re.search(r"\bthe\s+$", text[max(0, m.start() - 5) : m.start()])):
                continue  # "the 22 May hospital", "26 September Street": a place named after a day, not a date
            at, end = m.span("month") if kind == "mlabel" else m.span()
            found.append(DateMention(at, end, date.text, date))
    found.sort(key=lambda d: d.start)
    # "at the May Day march on 1 May 2012": the feast named without its year is the day told with one
    found = [d for d in found if not (
        d.text.lower().replace("’", "'") in FEASTS and d.date.start and any(
            o is not d and o.date.precision == "day" and o.date.start and o.date.start[5:] == d.date.start[5:]
            and re.search(r"\d{4}", o.text) for o in found))]
    found = _day_before_told(text, found)
    # "on Tuesday 2 July", "on Sunday, 15 January", "On Saturday night, Oct. 19": the weekday only names the date
    # that follows
    return [d for n, d in enumerate(found) if not (
        d.date.precision == "day" and re.search(r"day$", d.text, re.I) and n + 1 < len(found)
        and WEEKDAY_GAP.fullmatch(text, d.end, found[n + 1].start) and found[n + 1].date.precision == "day")]


# "the previous day", "the day before" told alone (not "the day before the Paris attacks", "the day before she was
# elected": a day named by its event)
DAY_BEFORE = re.compile(r"(?i:the\s+(?:previous\s+day|day\s+before))(?!\s+(?:the|a|an|his|her|its|their|he|she|it|they|we|I|[A-Z])\b)")


def _day_before_told(text: str, found: list[DateMention]) -> list[DateMention]:
    """"The previous day" after a day the sentence tells is the day before that one, not before the report ("On 27
    September, the government said it had foiled a coup attempt the previous day"); and "the previous day's protest"
    names another event's day, not this one's ("5 January. Police ... detained at least 17 people accused of taking
    part in the previous day's protest"). Before a day the sentence gives, it is not the sentence's day: "The
    previous day, on 1 November, a mob attacked ...", "The bus had left Nairobi the previous day and was attacked ...
    on 21 December" are of that day, not of the day before the report."""
    out: list[DateMention] = []
    for n, d in enumerate(found):
        alone = (m := DAY_BEFORE.match(text, d.start)) is not None and m.end() == d.end
        if alone and text[d.end : d.end + 2] in ("'s", "’s"):
            continue
        told = [o for o in out if o.date.precision == "day" and o.date.start] if alone else []
        if alone and not told and any(o.date.precision == "day" and o.date.start and re.search(r"\d", o.text)
                                      for o in found[n + 1 :]):
            continue
        if told:
            day = dt.date.fromisoformat(told[-1].date.start) - dt.timedelta(days=1)
            d = DateMention(d.start, d.end, d.text, FuzzyDate(_iso(day), _iso(day), "day", d.text))
        out.append(d)
    return out


WEEKDAY_GAP = re.compile(r",?\s?|\s+(?:morning|afternoon|evening|night),?\s+", re.I)


_DATELINE = [
    re.compile(r"(?:published|posted|updated|dated|date)\s*(?:on|:)?\s*(?P<d>[^\n|]{6,40})", re.I),
    re.compile(r"^[A-Z][A-Z .'-]{2,40},?\s*(?P<d>[^\n(]{5,30})\s*[(\-–—]", re.M),
]


def report_date_from_text(text: str) -> dt.date | None:
    """The report's date when the text states it: a 'Published ...' line, a dateline, or
    the first full date (with a year) near the top."""
    head = text[:3000]
    for pattern in _DATELINE:
        for m in pattern.finditer(head):
            for dm in find_dates(m.group("d"), None):
                if dm.date.precision == "day" and dm.date.start:
                    return dt.date.fromisoformat(dm.date.start)
    for dm in find_dates(head[:1500], None):
        if dm.date.precision == "day" and dm.date.start:
            # a date on a line of its own or a short stamp ("3 May 2023", "Kabul, 3 May 2023 | Analysis"), not one
            # a sentence of the story gives ("Before dawn on 4 September 2015, armed men attacked ..."): an event's
            line_start = head.rfind("\n", 0, dm.start) + 1
            line_end = head.find("\n", dm.start)
            line = head[line_start : line_end if line_end >= 0 else len(head)]
            if len(line) > 120 and not re.match(r"\W*(?:date|dated|issued|published|updated|posted|as\s+of|period|"
                                                  r"covering|reporting\s+period)\b", line, re.I):
                continue
            return dt.date.fromisoformat(dm.date.start)
    return None


def guess_year(text: str, today: dt.date | None = None) -> YearGuess | None:
    """The year a report's bare dates ("On March 27") most likely belong to, when the
    report states no date of its own (None when it names no year at all).

    A year in the title ("the security year 2022 in review") or a date at the top
    ("Covering 21 to 31 August 2023") names the period the report tells. Otherwise
    writers leave out the year of the events they are telling and spell it out for
    other years: the latest year given with a full date ("on 9 January 2024") is the
    narrative's year, unless a later year is named in passing ("in March 2022",
    "since 2019"), which names the background, so the narrative is the year after.
    A month named both bare ("On March 27") and with that year ("in March 2022")
    cannot be the same month, which also points to the year after. Never later than
    today's year. Measured on the gold reports with their dates taken out
    (`bench/extract_score.py --no-date`)."""
    found = find_dates(text, None)
    dated = [d for d in found if d.date.start and d.date.end]
    bare = [d for d in found if not d.date.start and d.date.precision in ("day", "month")]
    title = text.lstrip().split("\n", 1)[0].strip()
    in_title = re.findall(rf"\b{YEAR_DIGITS}\b", title) if len(title) <= 100 and not title.endswith(".") else []
    if not dated and not in_title:
        return None
    this_year = (today or dt.date.today()).year
    lead = min(dated, key=lambda d: d.start) if dated else None
    if in_title:
        year = int(in_title[-1])
    elif lead.start < 400 and not lead.text.lower().startswith("since") and not (bare and bare[0].start < lead.start):
        year = int(lead.date.end[:4])
    else:
        full = [int(d.date.start[:4]) for d in dated if d.date.precision == "day"]
        passing = [int(d.date.start[:4]) for d in dated if d.date.precision != "day"]
        background = max(passing) + 1 if passing else 0
        year = max(full) if full and max(full) >= background - 1 else background
        months = {MONTHS[w] for d in bare if d.date.precision == "day"
                  for w in re.findall(r"[a-z]+", d.text.lower()) if w in MONTHS}  # the bare days' months
        if any(d.date.precision == "month" and int(d.date.start[:4]) == year and int(d.date.start[5:7]) in months
               for d in dated):
            year += 1
    return YearGuess(min(year, this_year), 12, 31)


def truncate(date: FuzzyDate | None) -> str | None:
    """ISO text at the date's precision: 2023-03-27, 2023-03 or 2023 (None if unknown)."""
    if date is None or not date.start:
        return None
    if date.precision == "day":
        return date.start
    if date.precision == "month":
        return date.start[:7]
    if date.precision == "year":
        return date.start[:4]
    if date.start[:7] == (date.end or "")[:7]:
        return date.start[:7]
    return date.start[:4] if date.start[:4] == (date.end or "")[:4] else None

