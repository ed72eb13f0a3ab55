"""Cross-article event clustering against its definition, on reports made up for these tests."""

from __future__ import annotations

import random

from kg.models import EventType, Status
from kg.resolve import Report, _compatible, cluster_events, event_signature

PLACES: dict[str, str | None] = {"place/moscow": "country/RU", "place/kazan": "country/RU", "country/RU": None,
                                 "place/beijing": "country/CN", "country/CN": None}


def same_place(a: str | None, b: str | None) -> bool:
    """Unknown, equal, or one inside the other."""
    return a is None or b is None or a == b or PLACES.get(a) == b or PLACES.get(b) == a


def by_definition(reports: list[Report]) -> list[str]:
    """``cluster_events`` as its docstring states it, scanning every cluster for every report."""
    name = [event_signature(r) + "|" + r.article for r in reports]
    order = sorted(range(len(reports)), key=lambda k: (-len(reports[k].start or ""), -len(reports[k].participants),
                                                       name[k]))
    clusters: list[list[int]] = []
    for i in order:
        r, mine = reports[i], set(reports[i].participants)
        best, best_overlap = -1, -1.0
        for c, members in enumerate(clusters):
            if all(_compatible(r, reports[j], same_place) for j in members):
                theirs = {p for j in members for p in reports[j].participants}
                overlap = len(mine & theirs) / len(mine | theirs)
                if overlap > best_overlap:
                    best, best_overlap = c, overlap
        if best < 0:
            best = len(clusters)
            clusters.append([])
        clusters[best].append(i)
    out = [""] * len(reports)
    for members in clusters:
        for j in members:
            out[j] = min(name[k] for k in members)
    return out


def random_reports(rng: random.Random, n: int) -> list[Report]:
    people = [f"person/p{k}" for k in range(rng.choice([3, 6, 14]))]
    out = []
    for _ in range(n):
        etype = rng.choice(list(EventType))
        parties = tuple(rng.sample(people, min(len(people), rng.choice([0, 1, 2, 2, 3, 4, 12]))))
        day = f"2023-0{rng.randint(1, 2)}-{rng.randint(1, 3):02d}"
        start = rng.choice([None, day[:4], day[:7], day, day, day])
        visitor = rng.choice(parties or ("person/p0",)) if etype is EventType.VISIT else None
        status = Status.OCCURRED if rng.random() < 0.7 else rng.choice(list(Status))
        out.append(Report(f"a{rng.randrange(max(1, n // 3))}", etype, parties, visitor,
                          rng.choice([None, *PLACES]), start, status, None))
    return out


def test_clusters_are_those_of_the_definition_on_random_reports() -> None:
    for seed in range(60):
        rng = random.Random(seed)
        reports = random_reports(rng, rng.choice([20, 80, 300]))
        assert cluster_events(reports, same_place) == by_definition(reports), seed


def test_coarse_and_undated_reports_find_their_event_among_a_much_reported_partys_many() -> None:
    # one official meets 40 others once each in April, in Moscow or Beijing; then a report gives only the month, and
    # one no date, of the meeting with p7 in Moscow
    reports = [Report(f"a{k}", EventType.MEETING, ("person/hub", f"person/p{k}"), None,
                      "place/moscow" if k % 2 else "place/beijing", f"2023-04-{k % 28 + 1:02d}", Status.OCCURRED, None)
               for k in range(40)]
    reports += [Report("month", EventType.MEETING, ("person/p7", "person/hub"), None, "country/RU", "2023-04",
                       Status.OCCURRED, None),
                Report("undated", EventType.MEETING, ("person/hub", "person/p7"), None, None, None, Status.OCCURRED,
                       None),
                Report("visit", EventType.VISIT, ("person/hub",), "person/hub", "place/kazan", "2023-04",
                       Status.PLANNED, None)]
    names = cluster_events(reports, same_place)
    assert names[40] == names[41] == names[7]
    assert len(set(names)) == 41  # the visit is to a city where no visit was reported
    assert names == by_definition(reports)
