"""Date expressions resolved against the publication date, keeping their granularity."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.dates import DateGrammar, resolve_weekday
from kg.lang import load_language
from kg.text import fold

PUB = dt.date(2023, 4, 16)  # a Sunday


def _find(lang: str, text: str, published: dt.date | None = PUB) -> list[tuple[str | None, str | None]]:
    grammar = DateGrammar(load_language(lang))
    return [(m.begin.value if m.begin else None, m.until.value if m.until else None)
            for m in grammar.find(fold(text), published)]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("en", "Putin met Li on Sunday", [("2023-04-16", None)]),
        ("en", "the talks on Friday", [("2023-04-14", None)]),
        ("en", "from 16 to 18 April", [("2023-04-16", "2023-04-18")]),
        ("en", "on April 14, 2023", [("2023-04-14", None)]),
        ("en", "in March", [("2023-03", None)]),
        ("en", "in October 2024", [("2024-10", None)]),
        ("en", "last month", [("2023-03", None)]),
        ("en", "yesterday", [("2023-04-15", None)]),
        ("en", "in February 2022", [("2022-02", None)]),
        ("en", "on 2023-04-18", [("2023-04-18", None)]),
    ],
    ids=["weekday-same-day", "weekday-before", "day-range", "month-day-year", "month", "month-year",
         "last-month", "yesterday", "month-year-past", "iso"],
)
def test_english_dates(lang: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _find(lang, text) == expected


def test_relative_dates_stay_unresolved_without_publication_date() -> None:
    assert _find("en", "on Sunday", published=None) == [(None, None)]
    assert _find("en", "on 16 April 2023", published=None) == [("2023-04-16", None)]


def test_invalid_day_falls_back_to_the_month() -> None:
    assert _find("en", "on 31 April 2023") == [("2023-04", None)]


@pytest.mark.parametrize("weekday", range(7))
def test_resolve_weekday_is_on_or_before(weekday: int) -> None:
    d = resolve_weekday(weekday, PUB)
    assert d.weekday() == weekday and dt.timedelta(0) <= PUB - d < dt.timedelta(days=7)


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("sw", "huko Beijing Jumatatu", [("2023-04-10", None)]),
        ("sw", "ziara yake nchini Urusi mwezi Aprili", [("2023-04", None)]),
        ("sw", "tarehe 14 Agosti 2023", [("2023-08-14", None)]),
        ("ar", "اليوم الأحد", [("2023-04-16", None), ("2023-04-16", None)]),  # "today, Sunday": two words, one day
        ("ar", "في الفترة من 16 إلى 18 أبريل", [("2023-04-16", "2023-04-18")]),
        ("ar", "يومي 20 و 22 مارس", [("2023-03-20", "2023-03-22")]),
        ("ar", "في مارس الماضي", [("2023-03", None)]),
        ("ar", "في اليوم الأول من الزيارة", []),
        ("ar", "بكين 3 يوليو 2023", [("2023-07-03", None)]),
        ("ru", "в воскресенье", [("2023-04-16", None)]),
        ("ru", "16 апреля", [("2023-04-16", None)]),
        ("ru", "в марте", [("2023-03", None)]),
        ("fr", "du 14 au 19 août", [("2023-08-14", "2023-08-19")]),
        ("fr", "en octobre", [("2023-10", None)]),
        ("fr", "le mois dernier", [("2023-03", None)]),
        ("zh", "16日至19日", [("2023-04-16", "2023-04-19")]),
        ("zh", "2023年7月3日", [("2023-07-03", None)]),
        ("zh", "上個月", [("2023-03", None)]),
    ],
    ids=["sw-weekday", "sw-month", "sw-day-month-year", "ar-today-weekday", "ar-range", "ar-dual-days",
         "ar-last-march", "ar-first-day-is-no-date", "ar-dateline", "ru-weekday-accusative", "ru-genitive-month",
         "ru-prepositional-month", "fr-range", "fr-month", "fr-last-month", "zh-day-range", "zh-full-date",
         "zh-traditional-last-month"],
)
def test_dates_in_each_language(lang: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _find(lang, text) == expected


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "joint exercises held since 2005"),
        ("fr", "des exercices conjoints depuis 2005"),
        ("ru", "совместные учения с 2005 года"),
        ("ar", "مناورات مشتركة منذ عام 2005"),
        ("sw", "mazoezi ya pamoja tangu mwaka 2005"),
        ("zh", "自2005年以来的联合演习"),
    ],
    ids=["en", "fr", "ru", "ar", "sw", "zh"],
)
def test_a_year_things_date_from_is_no_event_date(lang: str, text: str) -> None:
    """'since 2005' starts a state of things; the grammar tells it apart, and it dates no event."""
    assert _find(lang, text) == []
    assert DateGrammar(load_language(lang)).tells_since(fold(text))


def test_a_range_starting_with_a_preposition_like_since_is_still_a_range() -> None:
    assert _find("ru", "учения пройдут с 14 по 19 августа") == [("2023-08-14", "2023-08-19")]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("en", "the talks in October last year", [("2022-10", None)]),
        ("en", "drills in July next year", [("2024-07", None)]),
        ("ar", "جرت المحادثات في أكتوبر من العام الماضي", [("2022-10", None)]),
        ("ar", "في يوليو من العام الجاري", [("2023-07", None)]),
        ("ru", "переговоры в октябре прошлого года", [("2022-10", None)]),
        ("ru", "в июле этого года", [("2023-07", None)]),
        ("fr", "en octobre de l'année dernière", [("2022-10", None)]),
        ("sw", "mwezi Oktoba mwaka jana", [("2022-10", None)]),
        ("zh", "去年10月", [("2022-10", None)]),
        ("zh", "去年10月5日在北京", [("2022-10-05", None)]),
        ("en", "last year", [("2022", None)]),
    ],
    ids=["en-last-year", "en-next-year", "ar-last-year", "ar-this-year", "ru-last-year", "ru-this-year",
         "fr-last-year", "sw-last-year", "zh-last-year", "zh-last-year-day", "en-year-alone"],
)
def test_a_month_of_a_relative_year(lang: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _find(lang, text) == expected
