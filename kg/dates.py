"""Find date expressions in a sentence and resolve them against the publication date."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from .lang import LanguageData
from .models import DateValue
from .text import fold

__all__ = ["DateGrammar", "DateMatch", "resolve_weekday", "shift_month"]

_WIDTHS: tuple[Literal["wide", "abbreviated"], ...] = ("wide", "abbreviated")
_CONTEXTS: tuple[Literal["format", "stand-alone"], ...] = ("format", "stand-alone")


@dataclass(frozen=True)
class DateMatch:
    """A date expression found at characters ``[start, end)`` of the searched text."""

    start: int
    end: int
    text: str
    begin: DateValue | None
    until: DateValue | None = None
    weekday: bool = False  # a weekday alone, resolved to the most recent such day


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    m = year * 12 + (month - 1) + delta
    return m // 12, m % 12 + 1


def resolve_weekday(weekday: int, published: dt.date) -> dt.date:
    """The most recent ``weekday`` (0 = Monday) on or before ``published``."""
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


def _alt(words: Sequence[str]) -> str:
    uniq = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in uniq) or r"(?!x)x"


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
                     "next_month", "this_month", "last_year", "this_year", "next_year"):
            for phrase in getattr(d, kind):
                self.relative.setdefault(fold(phrase), kind)

        b, e = (r"", r"") if lang.spaceless else (r"(?<!\w)", r"(?!\w)")
        sp = r"\s*" if lang.spaceless else r"\s+"
        osp = r"\s*"
        month = f"(?P<m>{_alt(list(self.month_of))})"
        month2 = f"(?P<m2>{_alt(list(self.month_of))})"
        suffix = f"(?:{_alt([fold(s) for s in d.day_suffixes])})"
        rng = f"(?:{_alt([fold(s) for s in d.range])})"
        past = f"(?P<past>{osp}(?:{_alt([fold(s) for s in d.past_markers])}))?"
        year = r"(?:[,\s]*(?P<y>(?:19|20)\d\d)\s*年?)?"
        lead_year = r"(?:(?P<y0>(?:19|20)\d\d)\s*年\s*)?"
        day1 = r"(?P<d1>[0-3]?\d)"
        day2 = r"(?P<d2>[0-3]?\d)"
        self.since = re.compile(f"{b}(?:{_alt([fold(x) for x in d.since])})\\s*$") if d.since else None
        self.since_after = re.compile(f"\\s*(?:{_alt([fold(x) for x in d.since_after])})") \
            if d.since_after else None
        self.same_day = re.compile(f"{b}(?:{_alt([fold(x) for x in d.same_day])}){e}") if d.same_day else None
        self.day_before = re.compile(f"{b}(?:{_alt([fold(x) for x in d.day_before])}){e}") if d.day_before else None
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
            ("dm", re.compile(f"{b}{lead_year}{day1}{osp}{suffix}?{sp}{month}{past}{year}{e}")),
            ("md", re.compile(f"{b}{lead_year}{month}{osp}{day1}{osp}{suffix}{year}{e}" if lang.spaceless
                              else f"{b}{month}{sp}{day1}(?:{suffix})?{year}{e}")),
            ("d_range", re.compile(f"{b}{day1}{osp}{suffix}{osp}{rng}{osp}{day2}{osp}{suffix}{e}")),
            ("my_rel", re.compile(month_rel)),
            ("my", re.compile(f"{b}{lead_year}{month}{past}{year}{e}")),
            ("weekday", re.compile(f"{b}(?P<w>{_alt(list(self.weekday_of))}){e}")),
            ("relative", re.compile(f"{b}(?P<r>{_alt(list(self.relative))}){e}")),
            ("d", re.compile(f"{b}{day1}{osp}{suffix}{e}" if d.day_suffixes and lang.spaceless else r"(?!x)x")),
            # a year hyphened to a name is part of it ('Vostok-2022', '海上联合-2024')
            ("year", re.compile(r"(?<![\d\w][-‐–])(?<!\d)(?P<y>(?:19|20)\d\d)\s*年?(?!\d)")),
        ]

    def find(self, text: str, published: dt.date | None) -> list[DateMatch]:
        """All non-overlapping date expressions in folded ``text``, earliest first, longest on ties."""
        blocked = [(m.start(), m.end()) for m in self.exclusions.finditer(text)] if self.exclusions else []
        found: list[tuple[int, int, str, re.Match[str]]] = []
        for name, pat in self.patterns:
            for m in pat.finditer(text):
                if m.end() > m.start() and not any(a < m.end() and m.start() < b for a, b in blocked):
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

    def tells_day_before(self, text: str) -> bool:
        """Whether folded ``text`` dates what it tells by the day before another ('the day before', 'накануне')."""
        return bool(self.day_before and self.day_before.search(text))

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
        past = bool(g.get("past"))
        begin: DateValue | None = None
        until: DateValue | None = None
        if name in ("iso", "dm", "md"):
            mon = month_num()
            y = self._year_for(mon, int(g["d1"]), published, explicit, past)
            begin = _day(y, mon, int(g["d1"])) if y else None
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
            begin = _month(y, mon) if y else None
        elif name == "weekday" and published:
            begin = _day(*resolve_weekday(self.weekday_of[g["w"]], published).timetuple()[:3])
        elif name == "relative" and published:
            begin = self._relative(self.relative[g["r"]], published)
        elif name == "year":
            begin = _year(int(g["y"]))
        if begin is None and (published is not None or explicit):
            return None  # not a valid calendar date (kept as text only when the year is unknown)
        if until is not None and begin is not None and until.value < begin.value:
            until = None
        return DateMatch(m.start(), m.end(), text, begin, until, weekday=name == "weekday")

    @staticmethod
    def _relative(kind: str, p: dt.date) -> DateValue:
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
