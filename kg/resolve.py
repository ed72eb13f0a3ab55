"""Cross-article identity: one node per person named in several scripts, one node per event."""

from __future__ import annotations

import datetime as dt
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from sys import intern
from typing import NamedTuple

from .gazetteer import Gazetteer
from .models import ArticleExtraction, Event, EventType, Status
from .text import NAME_DOTS
from .translit import family_name_first, phonetic_key, surname_sound

__all__ = ["VISIT_DAYS", "Corpus", "PersonName", "Report", "Resolution", "cluster_events", "event_signature",
           "report_of", "unify_people"]


class PersonName(NamedTuple):
    """A person as cross-article identity compares them: the key, the phonetic key of the whole name (none for
    the gazetteer's people, who are one already), whether it is written in Latin script, the consonant classes
    (``surname_sound``) of its family name when written in several words (``surname``) or of the one word it is
    written in (``alone``), and the posts held ('role|country')."""

    key: str
    sound: str
    latin: bool
    surname: str = ""
    alone: str = ""
    posts: tuple[str, ...] = ()


class Report(NamedTuple):
    """What cross-article event clustering reads of one event report; ``start`` and ``end`` are the dates'
    values, ``published`` the article's publication date (ISO)."""

    article: str
    type: EventType
    participants: tuple[str, ...]
    visitor: str | None
    location: str | None
    start: str | None
    status: Status
    quote: str | None
    end: str | None = None
    published: str | None = None
    series: str | None = None


def report_of(article_id: str, ev: Event, people: Mapping[str, str] | None = None,
              published: str | None = None) -> Report:
    """``ev`` as a ``Report`` of article ``article_id`` published on ``published``, its participants re-keyed by
    ``people`` (which may also stand an organisation for its country); keys are interned, as the same few recur
    across a corpus."""
    people = people or {}
    parties = tuple(dict.fromkeys(intern(people.get(p, p)) for p in ev.participants))
    return Report(intern(article_id), ev.type, parties,
                  _interned(ev.visitor), _interned(ev.location), _interned(ev.start.value if ev.start else None),
                  ev.status, ev.quote, _interned(ev.end.value if ev.end else None), _interned(published),
                  _interned(ev.series))


def _interned(s: str | None) -> str | None:
    return None if s is None else intern(s)


def person_names(ex: ArticleExtraction, gazetteer: Gazetteer) -> tuple[PersonName, ...]:
    """The people of ``ex`` that ``unify_people`` may merge: outside the gazetteer, with a name of two words or
    more, or written in one word by a person holding a post; and the gazetteer's people holding a post, whom a
    name in one word may be (a surname alone never merges two people; a surname and a post may)."""
    posts: dict[str, list[str]] = defaultdict(list)
    for p in ex.posts:
        posts[p.holder].append(intern(f"{p.role}|{p.country or ''}"))
    out = []
    for key, e in ex.entities.items():
        if not e.type.is_person:
            continue
        found = posts.get(key)
        held = tuple(sorted(set(found))) if found else ()
        if key in gazetteer:
            if held and " " in e.label and not family_name_first(e.label):
                out.append(PersonName(intern(key), "", True, intern(surname_sound(e.label.split()[-1])), "", held))
            continue
        written = e.names[0][0] if e.names else e.label
        pk = phonetic_key(written)
        surname = alone = ""
        if held:
            words = NAME_DOTS.sub(" ", written).split()
            surname = surname_sound(words[-1]) if len(words) >= 2 and not family_name_first(written) else ""
            alone = surname_sound(words[0]) if len(words) == 1 else ""
        if len(pk.split()) >= 2 or alone:
            out.append(PersonName(intern(key), intern(pk), written.isascii(), intern(surname), intern(alone), held))
    return tuple(out)


def unify_people(names: Iterable[PersonName]) -> dict[str, str]:
    """Map keys of people found outside the gazetteer (``person_names`` of each article, in article order) to
    one key per person. Two names meet when every word's phonetic key is equal; a name written in one word
    ('塔克斯', a surname) meets the one person written in full whose last word sounds the same and who holds one
    of its posts ('Stergomena Tax', defence minister of Tanzania in both)."""
    names = list(names)
    by_key: dict[str, set[str]] = defaultdict(set)
    ascii_label: dict[str, bool] = {}
    for n in names:
        if len(n.sound.split()) >= 2:
            by_key[n.sound].add(n.key)
        ascii_label[n.key] = ascii_label.get(n.key, False) or n.latin  # one Latin spelling is enough
    mapping: dict[str, str] = {}
    for keys in by_key.values():
        if len(keys) > 1:
            # prefer a name written in Latin script, then the smallest key: independent of input order
            target = min(keys, key=lambda k: (not ascii_label[k], k))
            mapping.update({k: target for k in keys if k != target})
    full: dict[str, list[PersonName]] = defaultdict(list)
    for n in names:
        for v in _sound_variants(n.surname):
            full[v].append(n)
    found: dict[str, set[str]] = defaultdict(set)  # a one-word name's group -> the people it may be
    for n in names:
        if n.alone:
            group = mapping.get(n.key, n.key)
            fits = {m for v in _sound_variants(n.alone) for m in full.get(v, ())}
            # (a short surname, 'Tuya' / '图亚', needs a post of a named country in common)
            found[group] |= {mapping.get(m.key, m.key) for m in fits if any(
                len(n.alone) >= 2 or not p.endswith("|") for p in set(m.posts) & set(n.posts))} - {group}
    moved = {group: next(iter(hits)) for group, hits in found.items() if len(hits) == 1}
    moved = {group: t for group, t in moved.items() if t not in moved}  # no chains
    for group, t in moved.items():
        mapping.update({k: t for k, v in mapping.items() if v == group})
        mapping[group] = t
    return mapping


def _sound_variants(sound: str) -> set[str]:
    """``sound`` and, when it is long enough to tell people apart, each of its forms with one consonant left out:
    two surnames meet when their variants do, one consonant heard differently ('Fedotenkov', '费多坚科夫')."""
    if len(sound) < 5:
        return {sound} if sound else set()
    return {sound} | {sound[:i] + sound[i + 1:] for i in range(len(sound))}


def _participants_ok(a: Report, b: Report) -> bool:
    pa, pb = set(a.participants), set(b.participants)
    if not pa or not pb:
        return False
    if a.type is EventType.VISIT:
        return a.visitor == b.visitor
    return pa <= pb or pb <= pa or len(pa & pb) / len(pa | pb) >= 0.5


def event_signature(r: Report) -> str:
    """A stable description of an event report, used to name clusters deterministically."""
    return "|".join([r.type.value, r.start or "", ",".join(sorted(r.participants)), r.location or "",
                     r.status.value, r.quote or ""])


# how far apart, in days, the dates of two reports of one event written to the day may be: a visit's reports date
# it by the arrival, a day of the stay or the departure; an announced event is held on the day its announcement
# gives (often the day of the announcement or of the trip's start) or a few days later, never before
VISIT_DAYS = 3
_SLIP_DAYS = 3
# an event one story announces without a date is held within this many days of it, if another tells it held then
_ANNOUNCED_DAYS = 31
# an exercise lasts days to weeks: its reports date it by its first day or by any day they saw of it
_EXERCISE_DAYS = 7
# an undated report speaks of the months around its article's publication: this many days either side
_UNDATED_DAYS = 183
_SLACK = max(VISIT_DAYS, _SLIP_DAYS, _EXERCISE_DAYS)


@lru_cache(maxsize=1 << 12)
def _days(d: str) -> tuple[int, int] | None:
    """The first and last day (as ordinals) of a date written to the day, the month or the year; None if it is
    not one."""
    try:
        if len(d) == 10:
            day = dt.date.fromisoformat(d).toordinal()
            return day, day
        if len(d) == 7:
            first = dt.date(int(d[:4]), int(d[5:]), 1)
            following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first.toordinal(), following.toordinal() - 1
        if len(d) == 4:
            return dt.date(int(d), 1, 1).toordinal(), dt.date(int(d), 12, 31).toordinal()
    except ValueError:
        pass
    return None


@lru_cache(maxsize=1 << 14)
def _span(start: str, end: str | None) -> tuple[int, int] | None:
    """The days from ``start``'s first to ``end``'s last (``start``'s when there is no later end)."""
    s = _days(start)
    e = _days(end) if end else None
    return s if s is None or e is None else (s[0], max(s[1], e[1]))


def _period(r: Report) -> tuple[int, int] | None:
    """The days report ``r`` speaks of: its dates', else the months around its publication, else unknown."""
    if r.start is not None:
        return _span(r.start, r.end)
    p = _days(r.published) if r.published else None
    return None if p is None else (p[0] - _UNDATED_DAYS, p[1] + _UNDATED_DAYS)


def _dates_ok(x: Report, y: Report) -> bool:
    """Whether the dates of ``x`` and ``y`` can be those of one event: one within the other ('April' and 16
    April), two days ``_days_apart_ok``, a date that meets the other's range, or, for an undated report, the
    months around its article's publication that meet the other's (any date if it has none)."""
    xs, ys = x.start, y.start
    if xs is not None and ys is not None:
        if xs.startswith(ys) or ys.startswith(xs):
            return True
        if len(xs) == len(ys) == 10 and _days_apart_ok(x, y):
            return True
        if x.end is None and y.end is None:
            return False
    elif (xs is None and x.published is None) or (ys is None and y.published is None):
        return True
    a, b = _period(x), _period(y)
    if a is None or b is None:
        return xs is None or ys is None
    return a[0] <= b[1] and b[0] <= a[1]


def _days_apart_ok(x: Report, y: Report) -> bool:
    """Whether two reports dated to the day can be one event: one visit's (the arrival and a day of the stay, or
    two accounts of the stay a few days apart), one exercise's (its first day and a day of it), an announced day
    and a day a little later that the event was held on. Reports with a range of days must meet, a visit's but by a
    few days."""
    a, b = _span(x.start or "", x.end), _span(y.start or "", y.end)
    if a is None or b is None:
        return False
    gap = max(a[0] - b[1], b[0] - a[1], 0)  # days between the two spans; 0 when they meet
    if x.type is EventType.VISIT:
        return gap <= VISIT_DAYS
    if x.end is not None or y.end is not None:
        return gap == 0
    if x.type is EventType.EXERCISE and x.status is y.status is Status.OCCURRED:
        return gap <= _EXERCISE_DAYS
    if {x.status, y.status} != {Status.PLANNED, Status.OCCURRED}:
        return False
    announced, held = (a[0], b[0]) if x.status is Status.PLANNED else (b[0], a[0])
    return 0 <= held - announced <= _SLIP_DAYS


def _announced_then_held(x: Report, y: Report) -> bool:
    """Whether, of two reports one undated, one tells of an event as planned and the other of it held within
    ``_ANNOUNCED_DAYS`` after that story was filed (or as held, in a story filed within that many days after the
    day the other planned it for): 'will be received by Lukashenko' on 16 August, 'Lukashenko received him' on 17
    August."""
    if {x.status, y.status} != {Status.PLANNED, Status.OCCURRED}:
        return False
    planned, held = (x, y) if x.status is Status.PLANNED else (y, x)
    if planned.start is None and held.start is not None:
        announced, day = _days(planned.published or ""), _days(held.start)
    elif held.start is None and planned.start is not None:
        announced, day = _days(planned.start), _days(held.published or "")
    else:
        return False
    return announced is not None and day is not None and 0 <= day[0] - announced[0] <= _ANNOUNCED_DAYS


def _compatible(x: Report, y: Report, same_place: Callable[[str | None, str | None], bool]) -> bool:
    if x.type is not y.type or x.type is EventType.STATEMENT or x.article == y.article:
        return False  # one article's reports were already merged within it
    if not _participants_ok(x, y):
        return False
    xs, ys = x.start, y.start
    if xs is None or ys is None:
        if x.type is not EventType.VISIT and x.status != y.status and not _announced_then_held(x, y):
            return False  # an announced visit and the visit are one; "will meet" and "met", undated, need not be
        if xs is None and ys is None and set(x.participants) != set(y.participants):
            return False
    # (_dates_ok's first test inline: most pairs pass it)
    if not (xs is not None and ys is not None and (xs.startswith(ys) or ys.startswith(xs))) and not _dates_ok(x, y):
        return False
    if x.series and y.series:
        # one edition of a named exercise, wherever each report places it (a port, a gulf, a sea); two series never
        return x.series == y.series
    if x.type is EventType.EXERCISE and xs == ys and xs is not None and len(xs) == 10 \
            and x.status is y.status is Status.OCCURRED and set(x.participants) == set(y.participants):
        return True  # one patrol or drill of the same forces begun that day, whichever sea each report names
    return same_place(x.location, y.location)


_MAX_SUBSETS = 10  # reports with more participants look their candidates up by each participant
_STATUS_BITS = {s: 1 << n for n, s in enumerate(Status)}
_TOLD_AND_DONE = _STATUS_BITS[Status.PLANNED] | _STATUS_BITS[Status.OCCURRED]


# a key of _FirstMembers' indexes: (type, participants) or (type, participant) or (visitor, place), then a bucket;
# a bucket of one cluster holds its number, not a list of one (most clusters are alone in theirs)
_Key = tuple[str | tuple[str, ...] | None, ...]
_Index = dict[_Key, int | list[int]]
_NEAR_LIMIT = 4096  # (visitor, place) pairs whose compatible places are remembered


@lru_cache(maxsize=1 << 14)
def _months(start: str | None, end: str | None, slack: int) -> tuple[str | None, ...]:
    """The buckets of a report dated from ``start`` to ``end``: the months its days touch, ``slack`` days more
    either side of a date written to the day; every date's alone (None) for one undated or dated to the year."""
    if start is None or len(start) < 7:
        return (None,)
    span = _span(start, end)
    if span is None:
        return (intern(start[:7]),)
    first, last = span
    if len(start) == 10:
        first, last = first - slack, last + slack
    months: list[str | None] = []
    day, last_day = dt.date.fromordinal(first).replace(day=1), dt.date.fromordinal(last)
    while day <= last_day:
        months.append(intern(day.isoformat()[:7]))
        day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return tuple(months)


@lru_cache(maxsize=1 << 14)
def _reach(start: str, end: str | None) -> tuple[int, int] | None:
    """The days a cluster whose first member is dated from ``start`` to ``end`` may meet reports on: its span,
    and the slack of a date written to the day."""
    span = _span(start, end)
    slack = _SLACK if len(start) == 10 else 0
    return None if span is None else (span[0] - slack, span[1] + slack)


def _file(index: _Index, key: _Key, months: tuple[str | None, ...], c: int) -> None:
    """File cluster ``c`` under ``key`` in the bucket of every date and in those of ``months``."""
    for m in (None, *months) if months[0] is not None else months:
        k = (*key, m)
        found = index.get(k)
        if found is None:
            index[k] = c
        elif isinstance(found, int):
            index[k] = [found, c]
        else:
            found.append(c)


def _filed(index: _Index, key: _Key) -> Sequence[int]:
    """The clusters filed under ``key``."""
    found = index.get(key, ())
    return (found,) if isinstance(found, int) else found


def _name(r: Report) -> str:
    """What names a report's cluster when it is the cluster's smallest: its signature and its article."""
    return event_signature(r) + "|" + r.article


class _FirstMembers:
    """Clusters filed by their first member, to find those a report can join without scanning every cluster of a
    much-reported party.

    A report joins a cluster only if it is compatible with every member, the first one too. Reports are visited
    most precise date first, so a cluster's first member holds its most precise date, and a dated report can only
    meet clusters whose first member's days, a few more either side of a date to the day (``_reach``), meet its
    own; an undated one meets any date. Each cluster is filed by its first member's key (below) in the bucket of
    every date and in those of the months its first member reaches; a report dated to the month or the day looks
    in the buckets of its months, one undated or dated to the year in that of every date.

    A visit's members have its visitor and a compatible place: visits are looked up by visitor and each place in
    use that is compatible with the report's. A meeting's or an exercise's members have participants ``R`` that
    are a subset of the report's ``P``, hold all of ``P``, or overlap it by a Jaccard index of at least 0.5 while
    having a party outside it, which takes ``3|P & R| >= |P| + |R| >= |P| + |P & R| + 1``. Subsets are looked up
    whole; the others hold more than ``(|P| - 1) / 2`` parties of ``P``, so one of any ``(|P| - 1) // 2 + 1`` of
    them: the least-used ones are looked up. A report with many parties looks up each of them, as any ``R`` shares
    one.
    """

    def __init__(self, reports: Sequence[Report], first: array[int],
                 same_place: Callable[[str | None, str | None], bool]) -> None:
        self.reports, self.first, self.same_place = reports, first, same_place  # first: each cluster's first report
        self.exact: _Index = {}
        self.holding: _Index = {}
        self.visits: _Index = {}
        self.places: dict[str | None, list[str | None]] = {}  # visitor -> places of first visits, as first used
        # (visitor, place) -> how many of the visitor's places were compared with it, and those compatible
        self.near: dict[tuple[str | None, str | None], tuple[int, tuple[str | None, ...]]] = {}

    def add(self, i: int) -> int:
        """Make a cluster whose first member is report ``i``; returns its number."""
        c = len(self.first)
        self.first.append(i)
        r = self.reports[i]
        if r.type is EventType.STATEMENT or not r.participants:
            return c  # never looked up: statements are not merged, and a report needs a party to join
        months = _months(r.start, r.end, _SLACK)
        if r.type is EventType.VISIT:
            places = self.places.setdefault(r.visitor, [])
            if (r.visitor, r.location, None) not in self.visits:  # a place new to this visitor
                places.append(r.location)
            _file(self.visits, (r.visitor, r.location), months, c)
            return c
        etype = r.type.value
        _file(self.exact, (etype, tuple(sorted(set(r.participants)))), months, c)
        for p in set(r.participants):
            _file(self.holding, (etype, p), months, c)
        return c

    def _dated(self, found: Sequence[int], r: Report) -> Sequence[int]:
        """The clusters of ``found`` (from a bucket of ``r``'s) whose first member ``r`` may meet by date: for ``r``
        dated to the day or with a range, those whose first member's reach meets its days; else all of them (a
        month's bucket holds few others)."""
        d = r.start
        span = None if d is None or (len(d) == 7 and r.end is None) else _span(d, r.end)
        if span is None:
            return found
        lo, hi = span
        reports, first = self.reports, self.first
        out = []
        for c in found:
            f = reports[first[c]]
            reach = None if f.start is None else _reach(f.start, f.end)
            if reach is None or (reach[0] <= hi and lo <= reach[1]):
                out.append(c)
        return out

    def _near(self, visitor: str | None, place: str | None) -> tuple[str | None, ...]:
        """The places of ``visitor``'s first visits compatible with ``place``."""
        places = self.places.get(visitor, [])
        checked, near = self.near.get((visitor, place), (0, ()))
        if checked < len(places):
            near = (*near, *(p for p in places[checked:] if self.same_place(place, p)))
            if len(self.near) >= _NEAR_LIMIT:
                self.near.clear()
            self.near[(visitor, place)] = (len(places), near)
        return near

    def visit_candidates(self, r: Report) -> set[int]:
        """Clusters whose first member the visit ``r`` may be compatible with; every cluster it is compatible
        with is among them."""
        found: set[int] = set()
        buckets = _months(r.start, r.end, 0)
        for place in self._near(r.visitor, r.location):
            for bucket in buckets:
                found.update(self._dated(_filed(self.visits, (r.visitor, place, bucket)), r))
        return found

    def candidates(self, r: Report, parties: set[str]) -> set[int]:
        """Clusters whose first member the meeting or exercise ``r``, with ``parties`` (not empty), may be
        compatible with; every cluster it is compatible with is among them."""
        from itertools import combinations

        etype = r.type.value
        ordered = sorted(parties)
        buckets = _months(r.start, r.end, 0)
        found: set[int] = set()
        if len(ordered) <= _MAX_SUBSETS:
            for n in range(1, len(ordered) + 1):
                for subset in combinations(ordered, n):
                    for bucket in buckets:
                        found.update(self._dated(_filed(self.exact, (etype, subset, bucket)), r))
            ordered = sorted(ordered, key=lambda p: len(_filed(self.holding, (etype, p, None))))
            ordered = ordered[:(len(ordered) - 1) // 2 + 1]
        for p in ordered:
            for bucket in buckets:
                found.update(self._dated(_filed(self.holding, (etype, p, bucket)), r))
        return found


def cluster_events(reports: Sequence[Report], same_place: Callable[[str | None, str | None], bool]) -> list[str]:
    """Group event reports that describe one real-world event.

    A report joins the cluster whose participants it overlaps most among those all of whose members it is
    compatible with (same type, overlapping participants, compatible date (``_dates_ok``), status and place,
    another article); reports are visited most informative first (precise date, many participants), then by
    signature, so the same corpus in any order gives the same clusters. Returns, for each report, the name of
    its cluster: its smallest member signature.
    """
    n = len(reports)
    order = array("i", sorted(range(n), key=lambda k: (-len(reports[k].start or ""), -len(reports[k].participants),
                                                        _name(reports[k]))))
    # clusters as chains of members through arrays: a list or a set per cluster costs far more than its members
    first, last = array("i"), array("i")  # each cluster's first and last member
    firsts = _FirstMembers(reports, first, same_place)
    following = array("i", [-1]) * n  # the next member of a report's cluster
    cluster_of = array("i", [0]) * n
    parties: list[Collection[str]] = []  # each cluster's participants: its first member's, until others join
    statuses = bytearray()  # each cluster's member statuses, as bits: an undated report must share its one, or
    # be planned or held where the cluster holds both or the other (``_announced_then_held``)
    for i in order:
        r = reports[i]
        mine, d, bit = set(r.participants), r.start, _STATUS_BITS[r.status]
        candidates: set[int]
        if r.type is EventType.STATEMENT or not mine:  # statements are never merged across articles
            candidates = set()
        elif r.type is EventType.VISIT:
            candidates = {c for c in firsts.visit_candidates(r) if not mine.isdisjoint(parties[c])}
        else:
            candidates = firsts.candidates(r, mine)
            if d is None:  # (or one planned or held, of an event another tells held or planned)
                candidates = {c for c in candidates if statuses[c] == bit or statuses[c] | bit == _TOLD_AND_DONE}
        best, best_overlap = -1, -1.0
        for c in sorted(candidates):
            j = first[c]
            while j >= 0 and _compatible(r, reports[j], same_place):
                j = following[j]
            if j < 0:  # compatible with every member
                overlap = len(mine.intersection(parties[c])) / len(mine.union(parties[c]))
                if overlap > best_overlap:
                    best, best_overlap = c, overlap
        if best < 0:
            best = firsts.add(i)
            last.append(i)
            parties.append(r.participants)
            statuses.append(bit)
        else:
            following[last[best]] = i
            last[best] = i
            if not mine.issubset(parties[best]):
                parties[best] = frozenset(mine.union(parties[best]))
            statuses[best] |= bit
        cluster_of[i] = best
    del order, last, parties, statuses, firsts
    names: list[str] = []
    for j in first:
        name = _name(reports[j])
        while (j := following[j]) >= 0:
            name = min(name, _name(reports[j]))
        names.append(name)
    return [names[c] for c in cluster_of]


@dataclass
class Resolution:
    """Identity across a corpus: people found outside the gazetteer re-keyed to one key per person, each
    article's events named by the cluster of reports they belong to (by article id, in the article's order),
    and the number of distinct events by class (``Meeting``, ``Visit``, ...)."""

    people: dict[str, str]
    event_names: dict[str, list[str]]
    events: Counter[str]


class Corpus:
    """What cross-article resolution reads of each article, kept small: the people ``unify_people`` may merge
    and the event reports as ``Report`` tuples (no text but quotes, no mentions, posts or evidence)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.articles: list[tuple[str, tuple[PersonName, ...], tuple[Report, ...]]] = []

    def add(self, ex: ArticleExtraction) -> None:
        """Keep what resolution needs of ``ex``."""
        aid = intern(ex.article.id)
        # an article's party 'the Russian armed forces' is another's 'Russia': a state's organisation stands for
        # the state when reports are compared (the graph keeps each article's own participants)
        states = {k: f"country/{c}" for k, e in ex.entities.items() if k.startswith("org/")
                  for c in [e.country or self.gazetteer.country_of(k)] if c}
        published = ex.article.published.isoformat() if ex.article.published else None
        self.articles.append((aid, person_names(ex, self.gazetteer),
                              tuple(report_of(aid, ev, states, published) for ev in ex.events)))

    def resolve(self, same_place: Callable[[str | None, str | None], bool]) -> Resolution:
        """Resolve people and events across the articles added; the result does not depend on their order."""
        self.articles.sort(key=lambda a: a[0])
        people = unify_people(name for _, found, _ in self.articles for name in found)
        for n, (aid, found, rs) in enumerate(self.articles):
            if any(p in people for r in rs for p in r.participants):
                # (a visit's visitor is one of its participants: re-keyed with them, or its visits never meet)
                rs = tuple(r._replace(participants=tuple(people.get(p, p) for p in r.participants),
                                      visitor=people.get(r.visitor, r.visitor) if r.visitor else None) for r in rs)
                self.articles[n] = (aid, found, rs)
        reports = [r for _, _, rs in self.articles for r in rs]
        names = cluster_events(reports, same_place)
        kinds = {name: r.type.value for name, r in zip(names, reports, strict=True)}
        event_names: dict[str, list[str]] = {}
        k = 0
        for aid, _, rs in self.articles:
            event_names[aid] = names[k:k + len(rs)]
            k += len(rs)
        return Resolution(people, event_names, Counter(kinds.values()))
