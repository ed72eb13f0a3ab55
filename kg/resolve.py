"""Cross-article identity: one node per person named in several scripts, one node per event."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from sys import intern
from typing import NamedTuple

from .gazetteer import Gazetteer
from .models import ArticleExtraction, Event, EventType, Status
from .translit import phonetic_key

__all__ = ["Corpus", "Report", "Resolution", "cluster_events", "event_signature", "report_of", "unify_people"]

# (key, phonetic key, whether the name is written in ASCII) of a person outside the gazetteer whose name has two
# words or more
PersonName = tuple[str, str, bool]


class Report(NamedTuple):
    """What cross-article event clustering reads of one event report; ``start`` is the date's value."""

    article: str
    type: EventType
    participants: tuple[str, ...]
    visitor: str | None
    location: str | None
    start: str | None
    status: Status
    quote: str | None


def report_of(article_id: str, ev: Event, people: Mapping[str, str] | None = None) -> Report:
    """``ev`` as a ``Report`` of article ``article_id``, its participants re-keyed by ``people`` (which may
    also stand an organisation for its country); keys are interned, as the same few recur across a corpus."""
    people = people or {}
    parties = tuple(dict.fromkeys(intern(people.get(p, p)) for p in ev.participants))
    return Report(intern(article_id), ev.type, parties,
                  _interned(ev.visitor), _interned(ev.location), _interned(ev.start.value if ev.start else None),
                  ev.status, ev.quote)


def _interned(s: str | None) -> str | None:
    return None if s is None else intern(s)


def person_names(ex: ArticleExtraction, gazetteer: Gazetteer) -> tuple[PersonName, ...]:
    """The people of ``ex`` that ``unify_people`` may merge: outside the gazetteer, with a name of two words or
    more (a shared surname alone never merges two people)."""
    out = []
    for key, e in ex.entities.items():
        if e.type.is_person and key not in gazetteer:
            written = e.names[0][0] if e.names else e.label
            pk = phonetic_key(written)
            if len(pk.split()) >= 2:
                out.append((intern(key), intern(pk), written.isascii()))
    return tuple(out)


def unify_people(names: Iterable[PersonName]) -> dict[str, str]:
    """Map keys of people found outside the gazetteer (``person_names`` of each article, in article order) to
    one key per phonetic name: two names meet only when every word's phonetic key is equal."""
    by_key: dict[str, set[str]] = defaultdict(set)
    ascii_label: dict[str, bool] = {}
    for key, pk, is_ascii in names:
        by_key[pk].add(key)
        ascii_label[key] = ascii_label.get(key, False) or is_ascii  # one Latin spelling is enough
    mapping: dict[str, str] = {}
    for keys in by_key.values():
        if len(keys) > 1:
            # prefer a name written in Latin script, then the smallest key: independent of input order
            target = min(keys, key=lambda k: (not ascii_label[k], k))
            mapping.update({k: target for k in keys if k != target})
    return mapping


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


def _compatible(x: Report, y: Report, same_place: Callable[[str | None, str | None], bool]) -> bool:
    if x.type is not y.type or x.type is EventType.STATEMENT or x.article == y.article:
        return False  # one article's reports were already merged within it
    if not _participants_ok(x, y):
        return False
    if x.start is not None and y.start is not None and not (x.start.startswith(y.start)
                                                          or y.start.startswith(x.start)):
        return False
    if x.start is None and y.start is None and set(x.participants) != set(y.participants):
        return False
    if x.type is not EventType.VISIT and x.status != y.status and (x.start is None or y.start is None):
        return False  # an announced visit and the visit are one; "will meet" and "met", undated, need not be
    return same_place(x.location, y.location)


_DATE_PREFIXES = (4, 7, 10)  # lengths of a year, a month and a day: 2023, 2023-04, 2023-04-16
_MAX_SUBSETS = 10  # reports with more participants look their candidates up by participant alone


class _FirstMembers:
    """Clusters by their first member, to find the clusters an undated report can join without scanning every
    cluster of a much-reported party.

    Every member of a cluster the report joins is compatible with it, the first one too. A visit's members
    have its visitor and a compatible place: clusters are looked up by visitor and place, trying each place in
    use. A meeting's or an exercise's members have participants ``R`` that are a subset of the report's ``P``,
    hold all of ``P``, or overlap it by a Jaccard index of at least 0.5 while having a party outside it, which
    takes ``3|P & R| >= |P| + |R| >= |P| + |P & R| + 1``. Subsets are looked up whole; the others hold more
    than ``(|P| - 1) / 2`` parties of ``P``, so one of any ``(|P| - 1) // 2 + 1`` of them: the least-used ones
    are looked up.
    """

    def __init__(self) -> None:
        self.exact: dict[tuple[str, tuple[str, ...]], list[int]] = defaultdict(list)
        self.holding: dict[tuple[str, str], list[int]] = defaultdict(list)
        self.visits: dict[str | None, dict[str | None, list[int]]] = defaultdict(dict)  # visitor -> place -> ...

    def add(self, c: int, r: Report) -> None:
        etype = r.type.value
        if r.type is EventType.VISIT:
            self.visits[r.visitor].setdefault(r.location, []).append(c)
            return
        self.exact[(etype, tuple(sorted(set(r.participants))))].append(c)
        for p in set(r.participants):
            self.holding[(etype, p)].append(c)

    def visit_candidates(self, r: Report, same_place: Callable[[str | None, str | None], bool]) -> set[int]:
        """Clusters whose first member the visit ``r`` may be compatible with; every cluster it is compatible
        with is among them."""
        found: set[int] = set()
        for place, clusters in self.visits.get(r.visitor, {}).items():
            if same_place(r.location, place):
                found.update(clusters)
        return found

    def candidates(self, etype: str, parties: set[str]) -> set[int]:
        """Clusters whose first member a report of ``etype`` with ``parties`` (not empty) may be compatible with;
        every cluster it is compatible with is among them."""
        from itertools import combinations

        ordered = sorted(parties)
        found: set[int] = set()
        for n in range(1, len(ordered) + 1):
            for subset in combinations(ordered, n):
                found.update(self.exact.get((etype, subset), ()))
        rare = sorted(ordered, key=lambda p: len(self.holding.get((etype, p), ())))[:(len(ordered) - 1) // 2 + 1]
        for p in rare:
            found.update(self.holding.get((etype, p), ()))
        return found


def cluster_events(reports: Sequence[Report], same_place: Callable[[str | None, str | None], bool]) -> list[str]:
    """Group event reports that describe one real-world event.

    A report joins the cluster whose participants it overlaps most among those all of whose members it is
    compatible with (same type, overlapping participants, compatible date, status and place, another
    article); reports are visited most informative first (precise date, many participants), then by
    signature, so the same corpus in any order gives the same clusters. Returns, for each report, the name of
    its cluster: its smallest member signature.
    """
    sig_of = [event_signature(r) + "|" + r.article for r in reports]

    def informative_first(k: int) -> tuple[int, int, str]:
        r = reports[k]
        return -len(r.start or ""), -len(r.participants), sig_of[k]

    # Candidate clusters are found through an index by (type, participant, date): a cluster must share a
    # participant and the type, and its dated members form a chain of prefixes (2023, 2023-04, 2023-04-16), so
    # a dated report can only join a cluster whose most precise date is a prefix of the report's date or has
    # it as a prefix. Without it, every report about a much-reported party would scan all its clusters.
    clusters: list[list[int]] = []
    parties: list[set[str]] = []  # each cluster's participants
    precise: list[str | None] = []  # each cluster's most precise member date
    statuses: list[set[str]] = []  # each cluster's member statuses: an undated report must share its one
    index: dict[tuple[str, str, str | None], set[int]] = defaultdict(set)
    date_keys: dict[tuple[str, str], set[str | None]] = defaultdict(set)  # (type, party) -> date keys in use
    # (type, party, year, month or day) -> the date keys in use that start with it
    extending: dict[tuple[str, str, str], set[str]] = defaultdict(set)

    def keys_for(etype: str, party: str, d: str | None) -> Iterable[str | None]:
        in_use = date_keys[(etype, party)]
        if d is None:
            return in_use
        coarser = [d[:n] for n in (4, 7) if n < len(d)]
        if len(d) in _DATE_PREFIXES:
            return [None, *coarser, *extending.get((etype, party, d), ())]
        return [None, *coarser, *(k for k in in_use if k and k.startswith(d))]

    def file(c: int, parties: Iterable[str], etype: str) -> None:
        key = precise[c]
        for p in parties:
            index[(etype, p, key)].add(c)
            in_use = date_keys[(etype, p)]
            if key not in in_use:
                in_use.add(key)
                for n in _DATE_PREFIXES:
                    if key and n <= len(key):
                        extending[(etype, p, key[:n])].add(key)

    by_first = _FirstMembers()
    for i in sorted(range(len(reports)), key=informative_first):
        r = reports[i]
        etype, mine, d = r.type.value, set(r.participants), r.start
        best, best_overlap = -1, -1.0
        if r.type is EventType.STATEMENT:  # statements are never merged across articles
            candidates: set[int] = set()
        elif d is None and r.type is EventType.VISIT and mine:  # an undated report: clusters of any date
            candidates = {c for c in by_first.visit_candidates(r, same_place) if mine & parties[c]}
        elif d is None and 0 < len(mine) <= _MAX_SUBSETS:
            candidates = by_first.candidates(etype, mine)
        else:
            candidates = {c for p in mine for k in keys_for(etype, p, d) for c in index.get((etype, p, k), ())}
        if d is None and r.type is not EventType.VISIT:
            candidates = {c for c in candidates if statuses[c] == {r.status.value}}
        for c in sorted(candidates):
            members = clusters[c]
            if all(_compatible(r, reports[j], same_place) for j in members):
                overlap = len(mine & parties[c]) / len(mine | parties[c])
                if overlap > best_overlap:
                    best, best_overlap = c, overlap
        if best < 0:
            best = len(clusters)
            by_first.add(best, r)
            clusters.append([])
            parties.append(set())
            precise.append(None)
            statuses.append(set())
        before = precise[best]
        clusters[best].append(i)
        statuses[best].add(r.status.value)
        if d is not None and (before is None or len(d) > len(before)):
            precise[best] = d
        if before != precise[best]:  # refile the cluster under its new date key
            for p in parties[best]:
                index[(etype, p, before)].discard(best)
            parties[best] |= mine
            file(best, parties[best], etype)
        else:  # only its new participants need filing
            file(best, mine - parties[best], etype)
            parties[best] |= mine
    names: list[str] = [""] * len(reports)
    for members in clusters:
        name = min(sig_of[j] for j in members)
        for j in members:
            names[j] = name
    return names


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
        self.articles.append((aid, person_names(ex, self.gazetteer),
                              tuple(report_of(aid, ev, states) for ev in ex.events)))

    def resolve(self, same_place: Callable[[str | None, str | None], bool]) -> Resolution:
        """Resolve people and events across the articles added; the result does not depend on their order."""
        self.articles.sort(key=lambda a: a[0])
        people = unify_people(name for _, found, _ in self.articles for name in found)
        for n, (aid, found, rs) in enumerate(self.articles):
            if any(p in people for r in rs for p in r.participants):
                rs = tuple(r._replace(participants=tuple(people.get(p, p) for p in r.participants)) for r in rs)
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
