"""Find date expressions in a sentence and resolve them against the publication date."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Literal

from .lang import LanguageData
from .models import DateValue
from .text import fold

__all__ = ["DateGrammar", "DateMatch", "Unit", "end_after", "resolve_weekday", "shift_date", "shift_month"]

_DIGIT = re.compile(r"\d")
# the patterns each of whose matches holds a digit (a day or a year, not optional): not run on text without one
# (tests/test_dates.py checks this of every language's patterns)
WITH_DIGITS = frozenset({"iso", "dmy_range", "mdy_range", "dm", "md", "d_range", "d", "year"})
# ... and those each of whose matches holds a word of one group of theirs (``m`` a month's name, ``w`` a weekday's,
# ``r`` a relative day's, ``s`` a season's): not run on text without such a word
WITH_WORDS = {"dmy_range": "m", "mdy_range": "m", "dwm": "m", "dm": "m", "md": "m", "my_rel": "m", "my": "m",
              "weekday": "w", "relative": "r", "season": "s"}
_WIDTHS: tuple[Literal["wide", "abbreviated"], ...] = ("wide", "abbreviated")
_CONTEXTS: tuple[Literal["format", "stand-alone"], ...] = ("format", "stand-alone")


Unit = Literal["day", "month", "year"]


@dataclass(frozen=True)
class DateMatch:
    """A date expression found at characters ``[start, end)`` of the searched text."""

    start: int
    end: int
    text: str
    begin: DateValue | None
    until: DateValue | None = None
    weekday: bool = False  # a weekday alone, resolved to the most recent such day
    bound: bool = False  # the day an event runs until ('until September 7', 'jusqu'au 7', 'hadi Jumapili')
    days: int = 0  # an event's length in days ('for four days', '为期五天'); ``begin`` is then None
    shift: int = 0  # days after (before, if negative) the event told before ('two days later'); ``begin`` is None
    unit: Unit = "day"  # what ``shift`` counts ("two months after the visit")
    names_next: bool = False  # ``shift`` dates the event named after the phrase, from the one told before it


_DIGIT_NEXT = re.compile(r"\s*\d")
_WORD_NEXT = re.compile(r"\s*[^\W\d_]")  # ('a day after the talks', not 'a day after, ...')


def shift_date(base: dt.date, n: int, unit: Unit = "day") -> DateValue:
    """The day, month or year ``n`` units after (before, if negative) ``base``, at that granularity."""
    if unit == "month":
        return _month(*shift_month(base.year, base.month, n))
    if unit == "year":
        return _year(base.year + n)
    return DateValue(value=(base + dt.timedelta(days=n)).isoformat())


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    m = year * 12 + (month - 1) + delta
    return m // 12, m % 12 + 1


def resolve_weekday(weekday: int, published: dt.date) -> dt.date:
    """The most recent ``weekday`` (0 = Monday) on or before ``published``."""
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


def end_after(start: DateValue, dm: DateMatch) -> DateValue | None:
    """The last day of an event begun on ``start`` that ``dm`` tells the end or length of, if it falls after it
    (a weekday is the first such day after the start: 'began on Friday ... until Monday'); else None."""
    if dm.days:
        if start.granularity != "day" or dm.days < 2:
            return None
        last = dt.date.fromisoformat(start.value) + dt.timedelta(days=dm.days - 1)
        return DateValue(value=last.isoformat())
    if dm.begin is None or dm.until is not None:
        return None
    if dm.weekday:
        if start.granularity != "day":
            return None
        first = dt.date.fromisoformat(start.value)
        ahead = (dt.date.fromisoformat(dm.begin.value).weekday() - first.weekday()) % 7 or 7
        return DateValue(value=(first + dt.timedelta(days=ahead)).isoformat())
    if dm.begin.value <= start.value:
        return None
    if start.granularity == "day" and dm.begin.granularity == "day" and (
            dt.date.fromisoformat(dm.begin.value) - dt.date.fromisoformat(start.value)).days > _LONGEST:
        return None  # no exercise or visit lasts so long: another date
    return dm.begin


_LONGEST = 92  # days an event told with an end may last


def _alt(words: Sequence[str]) -> str:
    uniq = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in uniq) or r"(?!x)x"


_CLOSING_QUOTES = "\"”»」』"


def _in_quoted_name(text: str, start: int, end: int) -> bool:
    """Whether the year at ``[start, end)`` closes a quoted name after a word ('"Maritime Security Belt 2025"')."""
    return text[end:end + 1] in tuple(_CLOSING_QUOTES) and start >= 2 and text[start - 1] == " " \
        and text[start - 2].isalpha()


def _day(y: int, m: int, d: int) -> DateValue | None:
    if not 1 <= d <= calendar.monthrange(y, m)[1]:
        return None
    return DateValue(value=f"{y:04d}-{m:02d}-{d:02d}", granularity="day")


def _month(y: int, m: int) -> DateValue:
    return DateValue(value=f"{y:04d}-{m:02d}", granularity="month")


def _year(y: int) -> DateValue:
    return DateValue(value=f"{y:04d}", granularity="year")


class DateGrammar:
    """Date patterns of one language, built from CLDR month and weekday names plus its data file."""

    def __init__(self, lang: LanguageData) -> None:
        from babel.dates import get_day_names, get_month_names

        self.lang = lang
        self._anchors: dict[re.Pattern[str], str] = {}  # a word each match of a phrase holds (see ``_phrases_in``)
        d = lang.dates
        self.month_of: dict[str, int] = {}
        locale = {"zh": "zh_Hans"}.get(lang.code, lang.code)
        for width in _WIDTHS:
            for context in _CONTEXTS:
                for num, name in get_month_names(width, context=context, locale=locale).items():
                    self.month_of.setdefault(fold(name).rstrip("."), num)
        for i, names in enumerate(d.months):
            for name in names:
                self.month_of.setdefault(fold(name), i + 1)
        self.weekday_of: dict[str, int] = {}
        for context in _CONTEXTS:
            for num, name in get_day_names("wide", context=context, locale=locale).items():
                self.weekday_of.setdefault(fold(name), num)
        for i, names in enumerate(d.weekdays):
            for name in names:
                self.weekday_of.setdefault(fold(name), i)
        self.relative: dict[str, str] = {}
        for kind in ("today", "yesterday", "tomorrow", "last_week", "next_week", "last_month",
                     "next_month", "this_month", "last_year", "this_year", "next_year", "end_of_year"):
            for phrase in getattr(d, kind):
                self.relative.setdefault(fold(phrase), kind)

        b, e = (r"", r"") if lang.spaceless else (r"(?<!\w)", r"(?!\w)")
        sp = r"\s*" if lang.spaceless else r"\s+"
        osp = r"\s*"
        # (an abbreviated month may keep its period: 'Aug. 31', 'Sept. 2')
        month = f"(?P<m>{_alt(list(self.month_of))})\\.?"
        month2 = f"(?P<m2>{_alt(list(self.month_of))})\\.?"
        suffix = f"(?:{_alt([fold(s) for s in d.day_suffixes])})"
        rng = f"(?:{_alt([fold(s) for s in d.range])})"
        past = f"(?P<past>{osp}(?:{_alt([fold(s) for s in d.past_markers])}))?"
        # ... or before it ('last April')
        past_before = f"(?:(?P<pre>{_alt([fold(s) for s in d.past_markers])}){sp})?" if d.past_markers else ""
        year = r"(?:[,\s]*(?P<y>(?:19|20)\d\d)\s*年?)?"
        lead_year = r"(?:(?P<y0>(?:19|20)\d\d)\s*年\s*)?"
        day1 = r"(?P<d1>[0-3]?\d)"
        day2 = r"(?P<d2>[0-3]?\d)"
        self.since = re.compile(f"{b}(?:{_alt([fold(x) for x in d.since])})\\s*$") if d.since else None
        self.since_after = re.compile(f"\\s*(?:{_alt([fold(x) for x in d.since_after])})") \
            if d.since_after else None
        self.same_day = re.compile(f"{b}(?:{_alt([fold(x) for x in d.same_day])}){e}") if d.same_day else None
        numbers = {fold(w): i + 1 for i, ws in enumerate(d.numbers) for w in ws}
        self.number_of = numbers
        number = f"(?P<n>\\d{{1,2}}|{_alt(list(numbers))})"
        self.lengths = [self._phrase(t, number, b, e) for t in d.lengths]
        self.ago = [self._phrase(t, number, b, e) for t in d.days_ago]
        ago: tuple[tuple[list[str], Unit], ...] = ((d.months_ago, "month"), (d.years_ago, "year"))
        self.ago_longer = [(self._phrase(t, number, b, e), unit) for ts, unit in ago for t in ts]
        after: tuple[tuple[list[str], Unit], ...] = ((d.days_after, "day"), (d.months_after, "month"),
                                                     (d.years_after, "year"))
        self.after_longer = [(self._phrase(t, number, b, e), unit) for ts, unit in after for t in ts]
        self.shifts = [(self._phrase(t, number, b, e), sign * unit) for ts, sign, unit in (
            (d.day_before, -1, 1), (d.day_after, 1, 1), (d.days_later, 1, 1), (d.days_earlier, -1, 1),
            (d.weeks_later, 1, 7), (d.weeks_earlier, -1, 7)) for t in ts]
        fillers = f"(?:(?:{_alt([fold(x) for x in d.until_fillers])}){osp})?"
        self.until = re.compile(f"{b}(?:{_alt([fold(x) for x in d.until])}){osp}{fillers}$") if d.until else None
        self.range_words = {fold(x) for x in d.range}
        self.season_of = {fold(w): i for i, ws in enumerate(d.seasons) for w in ws}
        season = f"{b}(?P<s>{_alt(list(self.season_of))}){past}{year}{e}" if self.season_of else r"(?!x)x"
        self.day_word_of = {fold(w): i + 1 for i, ws in enumerate(d.day_words) for w in ws}
        # a day in words, one short word (of, من) before its month: 'السادس من مايو', 'le premier mai'
        day_word = (f"{b}(?P<dw>{_alt(list(self.day_word_of))}){sp}(?:[^\\W\\d]{{1,3}}{sp})?{month}{past}{year}{e}"
                    if self.day_word_of else r"(?!x)x")
        self.exclusions = re.compile(f"{b}(?:{_alt([fold(x) for x in d.exclusions])}){e}") if d.exclusions else None
        days = f"{day1}{osp}{suffix}?{osp}{rng}{osp}{day2}{osp}{suffix}?"  # "16 to 18", "16日至19日"
        years = {kind: [fold(x) for x in getattr(d, kind)] for kind in ("last_year", "this_year", "next_year")}
        self.year_shift = {w: k for k, ws in zip((-1, 0, 1), years.values(), strict=True) for w in ws}
        rel_year = f"(?P<ry>{_alt(list(self.year_shift))})"
        # a month of a year told relative to publication: 'September last year', 'سبتمبر من العام الماضي',
        # 'в сентябре прошлого года', 'septembre de l'année dernière', '去年9月' (one short word may link them)
        month_rel = (f"{b}{rel_year}{osp}{month}(?:{osp}{day1}{osp}{suffix})?{e}" if lang.spaceless
                     else f"{b}{month}(?:{sp}[^\\W\\d]{{1,3}}'?)?{sp}{rel_year}{e}")
        self.patterns: list[tuple[str, re.Pattern[str]]] = [
            ("iso", re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d1>[0-3]\d)(?!\d)")),
            ("dmy_range", re.compile(f"{b}{lead_year}(?:{month2}{osp})?{days}{osp}{month}{year}{e}")),
            ("mdy_range", re.compile(f"{b}{lead_year}{month}{osp}{days}{year}{e}")),
            ("dwm", re.compile(day_word)),
            ("dm", re.compile(f"{b}{lead_year}{day1}{osp}{suffix}?{sp}{month}{past}{year}{e}")),
            ("md", re.compile(f"{b}{lead_year}{month}{osp}{day1}{osp}{suffix}{year}{e}" if lang.spaceless
                              else f"{b}{month}{sp}{day1}(?:{suffix})?{year}{e}")),
            ("d_range", re.compile(f"{b}{day1}{osp}{suffix}{osp}{rng}{osp}{day2}{osp}{suffix}{e}")),
            ("my_rel", re.compile(month_rel)),
            ("my", re.compile(f"{b}{lead_year}{past_before}{month}{past}{year}{e}")),
            ("season", re.compile(season)),
            ("weekday", re.compile(f"{b}(?P<w>{_alt(list(self.weekday_of))}){e}")),
            ("relative", re.compile(f"{b}(?P<r>{_alt(list(self.relative))}){e}")),
            ("d", re.compile(f"{b}{day1}{osp}{suffix}{e}" if d.day_suffixes and lang.spaceless else r"(?!x)x")),
            # a year hyphened to a name is part of it ('Vostok-2022', '海上联合-2024')
            ("year", re.compile(r"(?<![\d\w][-‐–])(?<!\d)(?P<y>(?:19|20)\d\d)\s*年?(?!\d)")),
        ]

    def _phrase(self, template: str, number: str, b: str, e: str) -> tuple[re.Pattern[str], int]:
        """A phrase of the data file as a regex over folded text, with the number it tells when it holds no
        '{n}' ('بعد يومين=2'; one by default)."""
        m = re.fullmatch(r"(?P<t>.*?)(?:=(?P<k>\d+))?", template.strip())
        assert m is not None
        words, runs_on = (m["t"][:-1], True) if m["t"].endswith("*") else (m["t"], False)
        sp = r"\s*" if self.lang.spaceless else r"\s+"
        parts = [(sp if piece[:1].isspace() else "") + sp.join(re.escape(w) for w in fold(piece).split())
                 + (sp if piece[-1:].isspace() else "") for piece in words.split("{n}")]
        body = number.join(parts)
        pat = re.compile(f"{b}{body}{'' if runs_on else e}")
        words_held = [w for piece in words.split("{n}") for w in fold(piece).split()]
        self._anchors[pat] = max(words_held, key=len, default="")
        return pat, int(m["k"] or 1)

    def group_words(self) -> dict[str, list[str]]:
        """The words of each group of ``WITH_WORDS``, as the patterns' groups find them (``_alt`` of them)."""
        return {"m": list(self.month_of), "w": list(self.weekday_of), "r": list(self.relative),
                "s": list(self.season_of)}

    @cached_property
    def _word_searches(self) -> dict[str, re.Pattern[str]]:
        """A search for any word of each group of ``WITH_WORDS``."""
        return {group: re.compile(_alt(words)) for group, words in self.group_words().items()}

    @cached_property
    def _any_anchor(self) -> re.Pattern[str] | None:
        """A search for any phrase's longest word (None if some phrase has no word)."""
        words = set(self._anchors.values())
        return None if "" in words else re.compile(_alt(list(words)))

    def _phrases_in(self, text: str) -> set[re.Pattern[str]]:
        """The phrase patterns (days ago, shifts, lengths) that may match ``text``: those whose longest word it
        holds (a phrase without a word always)."""
        if self._any_anchor is not None and self._any_anchor.search(text) is None:
            return set()
        return {pat for pat, word in self._anchors.items() if word in text}

    def _count(self, m: re.Match[str], fixed: int) -> int:
        n = m.groupdict().get("n")
        return fixed if n is None else int(n) if n.isdigit() else self.number_of.get(n, 0)

    def find(self, text: str, published: dt.date | None) -> list[DateMatch]:
        """All non-overlapping date expressions in folded ``text``, earliest first, longest on ties: dates, the
        days events run until (``bound``), their lengths (``days``) and days told from another event (``shift``)."""
        # a day counted back from the story's covers the shorter date inside it ('avant-hier', 'أمس الأول')
        may = self._phrases_in(text)
        agos = [(m, self._count(m, k)) for pat, k in self.ago if pat in may for m in pat.finditer(text)]
        out = [dm for dm in self._merge_ranges(text, self._dates(text, published))
               if not any(n and m.start() <= dm.start and dm.end <= m.end() and m.end() - m.start() > dm.end - dm.start
                          for m, n in agos)]
        if self.until is not None:
            out = [replace(dm, bound=True) if dm.begin is not None and dm.until is None
                   and self.until.search(text, max(0, dm.start - 40), dm.start) else dm for dm in out]
        taken = [(dm.start, dm.end) for dm in out]

        def free(m: re.Match[str], n: int) -> bool:
            """Whether phrase ``m`` counts ``n`` days and overlaps no expression found before it; if so, taken."""
            if not n or any(a < m.end() and m.start() < z for a, z in taken):
                return False
            taken.append(m.span())
            return True

        for m, n in agos:  # ('three days ago': a day told from the story's, not from another event)
            if free(m, n):
                out.append(DateMatch(m.start(), m.end(), m.group(0), shift_date(published, -n) if published else None))
        for (pat, k), unit in self.ago_longer:  # ('two months ago', 'il y a un an'): that month, that year
            for m in pat.finditer(text) if pat in may else ():
                if _DIGIT_NEXT.match(text, m.end()):
                    continue  # ('منذ عام 2019': since the year 2019, not a year ago)
                if free(m, n := self._count(m, k)) and published is not None:
                    out.append(DateMatch(m.start(), m.end(), m.group(0), shift_date(published, -n, unit)))
        for (pat, k), unit in self.after_longer:  # ('two months after the visit': the visit, two months before)
            for m in pat.finditer(text) if pat in may else ():
                if _WORD_NEXT.match(text, m.end()) and free(m, n := self._count(m, k)):
                    out.append(DateMatch(m.start(), m.end(), m.group(0), None, shift=-n, unit=unit, names_next=True))
        for (pat, k), sign in self.shifts:  # ('two days later', 'на следующий день', 'the day before')
            for m in pat.finditer(text) if pat in may else ():
                if free(m, n := self._count(m, k)):
                    out.append(DateMatch(m.start(), m.end(), m.group(0), None, shift=sign * n))
        for pat, k in self.lengths:
            for m in pat.finditer(text) if pat in may else ():
                if free(m, n := self._count(m, k)):
                    out.append(DateMatch(m.start(), m.end(), m.group(0), None, days=n))
        return sorted(out, key=lambda dm: dm.start)

    def _merge_ranges(self, text: str, found: list[DateMatch]) -> list[DateMatch]:
        """Two days joined by a range word are one range ('14 May to 17 May', '5月14日至5月17日', 'from Tuesday
        to Friday': the Friday after)."""
        out: list[DateMatch] = []
        for dm in found:
            prev = out[-1] if out else None
            if prev is not None and prev.begin is not None and prev.until is None and dm.until is None \
                    and dm.begin is not None and prev.begin.granularity == dm.begin.granularity == "day" \
                    and text[prev.end:dm.start].strip() in self.range_words:
                last = end_after(prev.begin, dm)
                if last is not None:
                    out[-1] = DateMatch(prev.start, dm.end, text[prev.start:dm.end], prev.begin, last)
                    continue
            out.append(dm)
        return out

    def _dates(self, text: str, published: dt.date | None) -> list[DateMatch]:
        """The date expressions of folded ``text``, earliest first, longest on ties."""
        blocked = [(m.start(), m.end()) for m in self.exclusions.finditer(text)] if self.exclusions else []
        found: list[tuple[int, int, str, re.Match[str]]] = []
        digits = _DIGIT.search(text) is not None
        held = {group for group, words in self._word_searches.items() if words.search(text)}
        for name, pat in self.patterns:
            if (not digits and name in WITH_DIGITS) or (name in WITH_WORDS and WITH_WORDS[name] not in held):
                continue
            for m in pat.finditer(text):
                if m.end() > m.start() and not any(a < m.end() and m.start() < b for a, b in blocked) \
                        and not (name == "year" and _in_quoted_name(text, m.start(), m.end())):
                    found.append((m.start(), -m.end(), name, m))
        found.sort(key=lambda t: (t[0], t[1]))
        out: list[DateMatch] = []
        last_end = -1
        for start, neg_end, name, m in found:
            if start < last_end:
                continue
            if self._since(name, text, start, -neg_end):
                last_end = -neg_end
                continue
            dm = self._resolve(name, m, published)
            if dm is not None:
                out.append(dm)
                last_end = -neg_end
        return out

    def _since(self, name: str, text: str, start: int, end: int) -> bool:
        return name in ("year", "my") and bool(
            (self.since and self.since.search(text, max(0, start - 20), start))
            or (self.since_after and self.since_after.match(text, end)))

    def tells_since(self, text: str) -> bool:
        """Whether folded ``text`` dates a state of things from a year or month ('since 2005'): what it tells
        is habitual, not one event."""
        return any(self._since(name, text, m.start(), m.end()) for name, pat in self.patterns
                   if name in ("year", "my") for m in pat.finditer(text))

    def tells_same_day(self, text: str) -> bool:
        """Whether folded ``text`` dates what it tells by the event told before it ('the same day', '同日')."""
        return bool(self.same_day and self.same_day.search(text))

    # ---------------------------------------------------------------- resolution
    def _year_for(self, month: int, day: int, published: dt.date | None, explicit: str | None,
                  past: bool) -> int | None:
        if explicit:
            return int(explicit)
        if published is None:
            return None
        best = None
        for y in (published.year - 1, published.year, published.year + 1):
            try:
                cand = dt.date(y, month, min(day, calendar.monthrange(y, month)[1]))
            except ValueError:
                continue
            if past and cand > published:
                continue
            dist = abs((cand - published).days)
            if best is None or dist < best[0]:
                best = (dist, y)
        return best[1] if best else None

    def _resolve(self, name: str, m: re.Match[str], published: dt.date | None) -> DateMatch | None:
        g = m.groupdict()
        text = m.group(0)

        def month_num(key: str = "m") -> int:
            return self.month_of.get(g.get(key) or "", 0) or int(g.get(key) or 0)

        explicit = g.get("y") or g.get("y0")
        past = bool(g.get("past") or g.get("pre"))
        begin: DateValue | None = None
        until: DateValue | None = None
        if name in ("iso", "dm", "md", "dwm"):
            mon = month_num()
            day = self.day_word_of[g["dw"]] if name == "dwm" else int(g["d1"])
            y = self._year_for(mon, day, published, explicit, past)
            begin = _day(y, mon, day) if y else None
        elif name in ("dmy_range", "mdy_range"):
            mon = month_num()
            first_mon = month_num("m2") if g.get("m2") else mon
            y = self._year_for(mon, int(g["d2"]), published, explicit, past)
            if y:
                begin, until = _day(y, first_mon, int(g["d1"])), _day(y, mon, int(g["d2"]))
        elif name == "d_range" and published:
            begin = _day(published.year, published.month, int(g["d1"]))
            until = _day(published.year, published.month, int(g["d2"]))
        elif name == "d" and published:
            begin = _day(published.year, published.month, int(g["d1"]))
        elif name == "my_rel" and published:
            y, mon = published.year + self.year_shift[g["ry"]], month_num()
            begin = _day(y, mon, int(g["d1"])) if g.get("d1") else _month(y, mon)
        elif name == "my":
            mon = month_num()
            y = self._year_for(mon, 1, published, explicit, past)
            if y and past and not explicit and published and (y, mon) == (published.year, published.month):
                y -= 1  # the last April told in April is a year before
            begin = _month(y, mon) if y else None
        elif name == "season" and (published or explicit):
            begin = _year(int(explicit) if explicit else self._season_year(self.season_of[g["s"]], published, past))
        elif name == "weekday" and published:
            begin = _day(*resolve_weekday(self.weekday_of[g["w"]], published).timetuple()[:3])
        elif name == "relative" and published:
            begin = self._relative(self.relative[g["r"]], published)
        elif name == "year":
            begin = _year(int(g["y"]))
        if begin is None and (published is not None or explicit):
            return None  # not a valid calendar date (kept as text only when the year is unknown)
        if until is not None and begin is not None and until.value < begin.value:
            return None  # no range ('5月14日至5' of '5月14日至5月17日'): the shorter dates are read instead
        return DateMatch(m.start(), m.end(), text, begin, until, weekday=name == "weekday")

    @staticmethod
    def _season_year(season: int, p: dt.date | None, past: bool) -> int:
        """The year of the next spring, summer, autumn or winter (0-3) not yet over at ``p``, or with ``past`` the
        last one begun by then (a winter is the year of its December)."""
        assert p is not None
        begins, ends = (3, 6, 9, 12)[season], (5, 8, 11, 12)[season]
        if past:
            return p.year if p.month >= begins else p.year - 1
        return p.year if p.month <= ends else p.year + 1

    @staticmethod
    def _relative(kind: str, p: dt.date) -> DateValue:
        if kind == "end_of_year":  # the rest of the year: in December, that month
            return _month(p.year, 12) if p.month == 12 else _year(p.year)
        if kind == "today":
            return _day(p.year, p.month, p.day)  # type: ignore[return-value]
        if kind in ("yesterday", "tomorrow"):
            q = p + dt.timedelta(days=-1 if kind == "yesterday" else 1)
            return _day(q.year, q.month, q.day)  # type: ignore[return-value]
        if kind in ("last_week", "next_week"):
            q = p + dt.timedelta(days=-7 if kind == "last_week" else 7)
            return _month(q.year, q.month)
        if kind in ("last_month", "next_month", "this_month"):
            return _month(*shift_month(p.year, p.month, {"last_month": -1, "next_month": 1}.get(kind, 0)))
        return _year(p.year + {"last_year": -1, "next_year": 1}.get(kind, 0))
