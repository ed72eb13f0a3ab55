"""Cross-article event clustering against its definition, on reports made up for these tests."""

from __future__ import annotations

import datetime as dt
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
        # days around the end of a month, so that days a few apart may fall in two months
        day = dt.date(2023, 1, 27) + dt.timedelta(days=rng.randint(0, 9))
        iso = day.isoformat()
        start = rng.choice([None, iso[:4], iso[:7], iso, iso, iso])
        end = (day + dt.timedelta(days=rng.randint(1, 4))).isoformat() if start and rng.random() < 0.2 else None
        published = rng.choice([None, "2023-02-05", "2023-06-20", "2024-03-01"])
        visitor = rng.choice(parties or ("person/p0",)) if etype is EventType.VISIT else None
        status = Status.OCCURRED if rng.random() < 0.7 else rng.choice(list(Status))
        out.append(Report(f"a{rng.randrange(max(1, n // 3))}", etype, parties, visitor,
                          rng.choice([None, *PLACES]), start, status, None, end, published))
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


def one_event(*reports: Report) -> bool:
    """Whether ``cluster_events`` makes ``reports`` one event (and agrees with its definition)."""
    names = cluster_events(list(reports), same_place)
    assert names == by_definition(list(reports))
    return len(set(names)) == 1


def meeting(article: str, start: str | None, status: Status = Status.OCCURRED, place: str | None = "place/beijing",
            end: str | None = None, published: str | None = "2026-03-20") -> Report:
    return Report(article, EventType.MEETING, ("person/dong", "person/belousov"), None, place, start, status, None, end,
                  published)


def visit(article: str, start: str | None, place: str | None = "place/moscow", status: Status = Status.OCCURRED,
          published: str | None = "2026-03-20") -> Report:
    return Report(article, EventType.VISIT, ("person/dong",), "person/dong", place, start, status, None, None,
                  published)


def exercise(article: str, start: str | None, end: str | None = None) -> Report:
    return Report(article, EventType.EXERCISE, ("country/CN", "country/RU"), None, None, start, Status.OCCURRED, None,
                  end, "2026-08-01")


def test_reports_of_one_visit_dated_by_its_arrival_and_by_a_day_of_the_stay_are_one_event() -> None:
    assert one_event(visit("a", "2026-03-09", "country/RU"), visit("b", "2026-03-10"), visit("c", "2026-03-11"))
    assert one_event(visit("a", "2026-03-31"), visit("b", "2026-04-02"))  # a stay across two months
    assert not one_event(visit("a", "2026-03-09"), visit("b", "2026-03-16"))  # two trips a week apart
    assert not one_event(visit("a", "2026-03-09"), visit("b", "2026-03-10", "place/beijing"))


def test_a_visit_told_by_its_days_and_by_a_day_just_before_them_is_one_event() -> None:
    stay = Report("a", EventType.VISIT, ("person/dong",), "person/dong", "place/moscow", "2026-03-10", Status.OCCURRED,
                  None, "2026-03-12", "2026-03-20")
    assert one_event(stay, visit("b", "2026-03-08", "country/RU", Status.PLANNED))
    assert one_event(stay, visit("b", "2026-03-15"))
    assert not one_event(stay, visit("b", "2026-03-16"))  # four days after its last: another trip


def test_a_patrol_of_one_day_is_one_event_whichever_sea_each_report_names() -> None:
    def patrol(article: str, start: str, place: str, parties: tuple[str, ...] = ("country/CN", "country/RU")) -> Report:
        return Report(article, EventType.EXERCISE, parties, None, place, start, Status.OCCURRED, None, None,
                      "2024-07-26")

    assert one_event(patrol("a", "2024-07-24", "place/bering-sea"), patrol("b", "2024-07-24", "place/chukchi-sea"))
    assert not one_event(patrol("a", "2024-07-24", "place/bering-sea"), patrol("b", "2024-07-23", "place/chukchi-sea"))
    assert not one_event(patrol("a", "2024-07-24", "place/bering-sea"), patrol("b", "2024-07", "place/chukchi-sea"))
    assert not one_event(patrol("a", "2024-07-24", "place/bering-sea"),
                         patrol("b", "2024-07-24", "place/chukchi-sea", ("country/CN", "country/RU", "country/IR")))


def test_an_announced_meeting_and_the_meeting_held_a_day_later_are_one_event() -> None:
    assert one_event(meeting("a", "2026-03-09", Status.PLANNED, "country/CN"), meeting("b", "2026-03-10"))
    assert one_event(meeting("a", "2026-03-31", Status.PLANNED), meeting("b", "2026-04-01"))
    # held before the day announced, or long after it: another meeting
    assert not one_event(meeting("a", "2026-03-09", Status.PLANNED), meeting("b", "2026-03-08"))
    assert not one_event(meeting("a", "2026-03-09", Status.PLANNED), meeting("b", "2026-03-20"))


def test_a_meeting_announced_without_a_date_and_held_weeks_later_is_one_event() -> None:
    announced = meeting("a", None, Status.PLANNED, "country/CN", published="2026-03-08")
    assert one_event(announced, meeting("b", "2026-03-10"))
    assert not one_event(announced, meeting("b", "2026-05-20"))  # months after: another meeting
    assert not one_event(announced, meeting("b", "2026-03-06"))  # held before it was announced
    # told held, undated, in a story filed days after the day another planned it for
    assert one_event(meeting("a", "2026-03-10", Status.PLANNED), meeting("b", None, published="2026-03-12"))
    # neither dated: two
    assert not one_event(announced, meeting("b", None, published="2026-03-12"))


def test_two_meetings_of_one_pair_on_two_days_of_one_month_stay_two() -> None:
    assert not one_event(meeting("a", "2026-03-09"), meeting("b", "2026-03-10"))
    assert not one_event(meeting("a", "2026-03-09", Status.PLANNED), meeting("b", "2026-03-10", Status.PLANNED))
    # one announcement: it joins the meeting held on the day it gives, the other one stays apart
    names = cluster_events([meeting("a", "2026-03-09"), meeting("b", "2026-03-09", Status.PLANNED),
                            meeting("c", "2026-03-11")], same_place)
    assert names[0] == names[1] != names[2]
    # a report dated to the month joins one of them, never both
    reports = [meeting("a", "2026-03-09"), meeting("b", "2026-03-20"), meeting("c", "2026-03")]
    names = cluster_events(reports, same_place)
    assert len(set(names)) == 2 and names == by_definition(reports)


def test_a_day_within_an_exercises_days_is_the_exercise() -> None:
    assert one_event(exercise("a", "2026-07-20", "2026-07-23"), exercise("b", "2026-07-23"))
    assert one_event(exercise("a", "2026-07-29", "2026-08-02"), exercise("b", "2026-08"))
    assert not one_event(exercise("a", "2026-07-20", "2026-07-23"), exercise("b", "2026-07-25"))
    # two days of an exercise held, told by two reports without its range: up to a week apart, one exercise
    assert one_event(exercise("a", "2026-07-20"), exercise("b", "2026-07-23"))
    assert not one_event(exercise("a", "2026-07-20"), exercise("b", "2026-07-30"))


def test_undated_reports_of_articles_published_years_apart_are_two_events() -> None:
    assert not one_event(meeting("a", None, published="2021-10-18"), meeting("b", None, published="2023-07-24"))
    assert one_event(meeting("a", None, published="2023-06-20"), meeting("b", None, published="2023-07-24"))
    assert not one_event(meeting("a", None, published="2023-07-24"), meeting("b", "2021-10-17"))
    assert one_event(meeting("a", None, published="2023-07-24"), meeting("b", "2023-07-17"))
    assert one_event(meeting("a", None, published=None), meeting("b", "2021-10-17"))  # no date to go by


def test_the_order_of_the_reports_does_not_change_the_events() -> None:
    rng = random.Random(7)
    reports = random_reports(rng, 200)
    names = cluster_events(reports, same_place)
    for _ in range(3):
        order = list(range(len(reports)))
        rng.shuffle(order)
        shuffled = cluster_events([reports[k] for k in order], same_place)
        assert [shuffled[order.index(k)] for k in range(len(reports))] == names
