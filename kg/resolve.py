"""Cross-article identity: one node per person named in several scripts, one node per event."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

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

    clusters: list[list[int]] = []
    by_party: dict[str, list[int]] = defaultdict(list)  # participant -> clusters it appears in
    for i in sorted(range(len(reports)), key=informative_first):
        mine = set(reports[i][1].participants)
        best, best_overlap = -1, -1.0
        for c in sorted({c for p in mine for c in by_party[p]}):  # compatible clusters share a participant
            members = clusters[c]
            if all(_compatible(reports[i], reports[j], same_place) for j in members):
                theirs = set().union(*(reports[j][1].participants for j in members))
                overlap = len(mine & theirs) / len(mine | theirs)
                if overlap > best_overlap:
                    best, best_overlap = c, overlap
        if best < 0:
            best = len(clusters)
            clusters.append([])
        clusters[best].append(i)
        for p in mine:
            if best not in by_party[p]:
                by_party[p].append(best)
    names: dict[int, str] = {}
    for members in clusters:
        name = min(sig_of[j] for j in members)
        names.update({j: name for j in members})
    return names
