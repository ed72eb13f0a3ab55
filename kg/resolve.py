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


def cluster_events(
    reports: list[tuple[str, Event]], same_place: Callable[[str | None, str | None], bool]
) -> dict[int, str]:
    """Group event reports ``(article_id, event)`` that describe one real-world event.

    Returns, for each report index, the signature of its cluster (the smallest member
    signature), so that the same corpus in any order names its events the same way.
    ``same_place(a, b)`` says whether two locations can describe one event.
    """
    n = len(reports)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    blocks: dict[str, list[int]] = defaultdict(list)
    for i, (_, ev) in enumerate(reports):
        if ev.type is not EventType.STATEMENT:
            blocks[ev.type.value].append(i)
    for members in blocks.values():
        for x, i in enumerate(members):
            a = reports[i][1]
            for j in members[x + 1:]:
                b = reports[j][1]
                if reports[i][0] == reports[j][0] and a is not b:
                    continue  # one article's reports were already merged within it
                if not _participants_ok(a, b) or not _dates_ok(a.start, b.start):
                    continue
                if a.start is None and b.start is None and set(a.participants) != set(b.participants):
                    continue
                if a.status != b.status and (a.start is None or b.start is None):
                    continue
                if not same_place(a.location, b.location):
                    continue
                parent[find(i)] = find(j)
    sig_of = [event_signature(ev) + "|" + aid for aid, ev in reports]
    best: dict[int, str] = {}
    for i in range(n):
        r = find(i)
        best[r] = min(best.get(r, sig_of[i]), sig_of[i])
    return {i: best[find(i)] for i in range(n)}
