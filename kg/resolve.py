"""Cross-article identity: one node per person named in several scripts, one node per event."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from .gazetteer import Gazetteer
from .models import ArticleExtraction, DateValue, Event, EventType
from .translit import phonetic_key

__all__ = ["cluster_events", "event_signature", "unify_people"]


def unify_people(extractions: list[ArticleExtraction], gazetteer: Gazetteer) -> dict[str, str]:
    """Map keys of people found outside the gazetteer to one key per phonetic name.

    Two names meet only when every word's phonetic key is equal and the name has at
    least two words, so a shared surname alone never merges two people.
    """
    by_key: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, str] = {}
    for ex in extractions:
        for key, e in ex.entities.items():
            if e.type.is_person and key not in gazetteer:
                pk = phonetic_key(e.label)
                if len(pk.split()) >= 2:
                    by_key[pk].add(key)
                    labels[key] = e.label
    mapping: dict[str, str] = {}
    for keys in by_key.values():
        if len(keys) > 1:
            # prefer a Latin-script label, then the smallest key: independent of input order
            target = min(keys, key=lambda k: (not labels[k].isascii(), k))
            mapping.update({k: target for k in keys if k != target})
    return mapping


def _dates_ok(a: DateValue | None, b: DateValue | None) -> bool:
    return a is None or b is None or a.compatible(b)


def _participants_ok(a: Event, b: Event) -> bool:
    pa, pb = set(a.participants), set(b.participants)
    if not pa or not pb:
        return False
    if a.type is EventType.VISIT:
        return a.visitor == b.visitor
    return pa <= pb or pb <= pa or len(pa & pb) / len(pa | pb) >= 0.5


def event_signature(ev: Event) -> str:
    """A stable description of an event report, used to name clusters deterministically."""
    return "|".join([ev.type.value, ev.start.value if ev.start else "", ",".join(sorted(ev.participants)),
                     ev.location or "", ev.status.value, ev.quote or ""])


def _compatible(a: tuple[str, Event], b: tuple[str, Event],
                same_place: Callable[[str | None, str | None], bool]) -> bool:
    (aid, x), (bid, y) = a, b
    if x.type is not y.type or x.type is EventType.STATEMENT or aid == bid:
        return False  # one article's reports were already merged within it
    if not _participants_ok(x, y) or not _dates_ok(x.start, y.start):
        return False
    if x.start is None and y.start is None and set(x.participants) != set(y.participants):
        return False
    if x.type is not EventType.VISIT and x.status != y.status and (x.start is None or y.start is None):
        return False  # an announced visit and the visit are one; "will meet" and "met", undated, need not be
    return same_place(x.location, y.location)


def cluster_events(
    reports: list[tuple[str, Event]], same_place: Callable[[str | None, str | None], bool]
) -> dict[int, str]:
    """Group event reports ``(article_id, event)`` that describe one real-world event.

    A report joins the cluster whose participants it overlaps most among those all of whose members it is
    compatible with (same type, overlapping participants, compatible date, status and place, another
    article); reports are visited most informative first (precise date, many participants), then by
    signature, so the same corpus in any order gives the same clusters. Returns, for each report
    index, the cluster's name: its smallest member signature.
    """
    sig_of = [event_signature(ev) + "|" + aid for aid, ev in reports]

    def informative_first(k: int) -> tuple[int, int, str]:
        ev = reports[k][1]
        return -len(ev.start.value if ev.start else ""), -len(ev.participants), sig_of[k]

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

    def keys_for(etype: str, party: str, d: str | None) -> Iterable[str | None]:
        in_use = date_keys[(etype, party)]
        if d is None:
            return in_use
        coarser = [d[:n] for n in (4, 7) if n < len(d)]
        return [None, *coarser, *(k for k in in_use if k and k.startswith(d))]

    def file(c: int, parties: Iterable[str], etype: str) -> None:
        key = precise[c]
        for p in parties:
            index[(etype, p, key)].add(c)
            date_keys[(etype, p)].add(key)

    for i in sorted(range(len(reports)), key=informative_first):
        ev = reports[i][1]
        etype, mine = ev.type.value, set(ev.participants)
        d = ev.start.value if ev.start else None
        best, best_overlap = -1, -1.0
        if ev.type is EventType.STATEMENT:  # statements are never merged across articles
            candidates: set[int] = set()
        else:
            candidates = {c for p in mine for k in keys_for(etype, p, d) for c in index.get((etype, p, k), ())}
        if d is None and ev.type is not EventType.VISIT:
            candidates = {c for c in candidates if statuses[c] == {ev.status.value}}
        for c in sorted(candidates):
            members = clusters[c]
            if all(_compatible(reports[i], reports[j], same_place) for j in members):
                overlap = len(mine & parties[c]) / len(mine | parties[c])
                if overlap > best_overlap:
                    best, best_overlap = c, overlap
        if best < 0:
            best = len(clusters)
            clusters.append([])
            parties.append(set())
            precise.append(None)
            statuses.append(set())
        before = precise[best]
        clusters[best].append(i)
        statuses[best].add(ev.status.value)
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
    names: dict[int, str] = {}
    for members in clusters:
        name = min(sig_of[j] for j in members)
        names.update({j: name for j in members})
    return names
