"""Date expressions resolved against the publication date, keeping their granularity."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kg.dates import DateGrammar, DateMatch, end_after, resolve_weekday
from kg.lang import load_language
from kg.models import Article, DateValue, EventType
from kg.namespaces import KGO, SCHEMA
from kg.pipeline import Extractor
from kg.text import fold
from tests.conftest import build_articles

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
        ("en", "on Apr. 14", [("2023-04-14", None)]),
        ("en", "on Sept. 2, 2022", [("2022-09-02", None)]),
        ("en", "from Oct. 31 to Nov. 5, 2022", [("2022-10-31", "2022-11-05")]),
    ],
    ids=["weekday-same-day", "weekday-before", "day-range", "month-day-year", "month", "month-year",
         "last-month", "yesterday", "month-year-past", "iso", "abbreviated-month-and-period", "sept",
         "abbreviated-range"],
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


# ---------------------------------------------------------------- ends, lengths and days told from another event
@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("en", "drills until May 18", [("until", "2024-05-18")]),
        ("en", "for four days", [("days", 4)]),
        ("en", "a three-day visit", [("days", 3)]),
        ("en", "two days later", [("shift", 2)]),
        ("en", "a week earlier", [("shift", -7)]),
        ("fr", "jusqu'au 18 mai", [("until", "2024-05-18")]),
        ("fr", "le lendemain", [("shift", 1)]),
        ("ru", "продлятся до 18 мая", [("until", "2024-05-18")]),
        ("ru", "двухдневный визит", [("days", 2)]),
        ("ru", "через три дня", [("shift", 3)]),
        ("ar", "تستمر حتى 18 مايو", [("until", "2024-05-18")]),
        ("ar", "لمدة أربعة أيام", [("days", 4)]),
        ("ar", "بعد يومين", [("shift", 2)]),
        ("sw", "hadi Ijumaa", [("until", "2024-05-17")]),
        ("sw", "kwa siku tano", [("days", 5)]),
        ("sw", "siku mbili baadaye", [("shift", 2)]),
        ("zh", "至5月18日", [("until", "2024-05-18")]),
        ("zh", "为期五天", [("days", 5)]),
        ("zh", "两天后", [("shift", 2)]),
        ("en", "ten days ago", [("date", DateValue(value="2024-05-10"))]),
        ("ru", "два дня назад", [("date", DateValue(value="2024-05-18"))]),
        ("ar", "قبل يومين", [("date", DateValue(value="2024-05-18"))]),
        ("zh", "三天前", [("date", DateValue(value="2024-05-17"))]),
    ],
    ids=["en-until", "en-for-days", "en-n-day", "en-later", "en-week-earlier", "fr-jusqu-au", "fr-lendemain",
         "ru-do", "ru-adjective", "ru-cherez", "ar-hatta", "ar-length", "ar-dual-later", "sw-hadi-weekday",
         "sw-length", "sw-later", "zh-until", "zh-length", "zh-later", "en-ago-is-from-the-storys-day", "ru-ago",
         "ar-ago", "zh-ago"],
)
def test_ends_lengths_and_shifts(lang: str, text: str, expected: list[tuple[str, object]]) -> None:
    """'until X' is an end, not a start; lengths and days told from another event are no dates of their own."""
    found = DateGrammar(load_language(lang)).find(fold(text), dt.date(2024, 5, 20))

    def what(m: DateMatch) -> tuple[str, object]:
        if m.bound:
            return "until", m.begin.value if m.begin else None
        return ("days", m.days) if m.days else ("shift", m.shift) if m.shift else ("date", m.begin)

    assert [what(m) for m in found] == expected


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("en", "from 14 May to 17 May", [("2023-05-14", "2023-05-17")]),
        ("zh", "5月14日至5月17日", [("2023-05-14", "2023-05-17")]),
        ("ru", "с 14 мая по 17 мая", [("2023-05-14", "2023-05-17")]),
        ("en", "from Tuesday to Thursday", [("2023-04-11", "2023-04-13")]),
    ],
    ids=["en-two-full-dates", "zh-two-full-dates", "ru-two-full-dates", "en-weekdays"],
)
def test_two_days_joined_by_a_range_word_are_one_range(lang: str, text: str,
                                                       expected: list[tuple[str, str | None]]) -> None:
    assert _find(lang, text) == expected


@pytest.mark.parametrize(
    "start, dm, end",
    [
        ("2024-05-14", DateMatch(0, 1, "", None, days=4), "2024-05-17"),
        ("2024-05-14", DateMatch(0, 1, "", None, days=1), None),
        ("2024-05", DateMatch(0, 1, "", None, days=4), None),
        ("2024-05-17", DateMatch(0, 1, "", DateValue(value="2024-05-13"), weekday=True, bound=True), "2024-05-20"),
        ("2024-05-14", DateMatch(0, 1, "", DateValue(value="2024-05-12"), bound=True), None),
        ("2024-05-14", DateMatch(0, 1, "", DateValue(value="2024-08", granularity="month"), bound=True), "2024-08"),
    ],
    ids=["length", "one-day", "month-start", "weekday-after-start", "end-before-start", "month-end"],
)
def test_end_after(start: str, dm: DateMatch, end: str | None) -> None:
    begun = DateValue(value=start, granularity="day" if len(start) == 10 else "month")
    got = end_after(begun, dm)
    assert (got.value if got else None) == end


# ---------------------------------------------------------------- on events
@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


MON = dt.date(2024, 5, 20)  # a Monday


def _events(extractor: Extractor, lang: str, text: str, published: dt.date = MON) -> list[tuple[str, str | None,
                                                                                                 str | None]]:
    ex = extractor.extract(Article(id="t", lang=lang, text=text, published=published))
    return [(e.type.value, e.start.value if e.start else None, e.end.value if e.end else None) for e in ex.events]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("en", "Egypt and China began joint air drills near Cairo on 13 May that will run until May 24.",
         ("2024-05-13", "2024-05-24")),
        ("en", "Iran and Russia began naval drills in the Gulf of Oman on Wednesday, which last through Saturday.",
         ("2024-05-15", "2024-05-18")),
        ("en", "Egypt and China launched joint air drills near Cairo on 13 May. The drills will last for five days.",
         ("2024-05-13", "2024-05-17")),
        ("fr", "L'Égypte et la Chine ont lancé mercredi des manœuvres aériennes conjointes près du Caire, qui "
               "dureront jusqu'au 24 mai.", ("2024-05-15", "2024-05-24")),
        ("ru", "Россия и Иран начали 13 мая совместные военно-морские учения в Оманском заливе. Учения продлятся "
               "до 19 мая.", ("2024-05-13", "2024-05-19")),
        ("ar", "انطلقت يوم الأربعاء مناورات بحرية مشتركة بين إيران وروسيا في خليج عمان تستمر لمدة ثلاثة أيام.",
         ("2024-05-15", "2024-05-17")),
        ("ar", "بدأت إيران وروسيا يوم الثلاثاء مناورات بحرية مشتركة في خليج عمان تستمر حتى الجمعة.",
         ("2024-05-14", "2024-05-17")),
        ("sw", "Iran na Urusi zilianza mazoezi ya pamoja ya kijeshi katika Ghuba ya Oman Jumatano na yataendelea "
               "hadi Jumamosi.", ("2024-05-15", "2024-05-18")),
        ("sw", "Iran na Urusi zilianza mazoezi ya pamoja ya kijeshi katika Ghuba ya Oman Jumatano kwa siku tatu.",
         ("2024-05-15", "2024-05-17")),
        ("zh", "中俄两国海军5月13日在日本海开始举行联合演习，为期十天。", ("2024-05-13", "2024-05-22")),
        ("zh", "中俄两国海军5月13日至5月22日在日本海举行联合演习。", ("2024-05-13", "2024-05-22")),
        ("en", "Egypt and China began joint air drills near Cairo on 13 May. Some 40 aircraft take part until "
               "May 24.", ("2024-05-13", "2024-05-24")),
        ("en", "Egypt and China began joint air drills near Cairo on 13 May, which will end on May 24.",
         ("2024-05-13", "2024-05-24")),
        ("fr", "L'Égypte et la Chine ont lancé le 13 mai des manœuvres aériennes conjointes près du Caire, qui "
               "doivent s'achever fin juin.", ("2024-05-13", "2024-06")),
        ("ru", "Россия и Иран начали 13 мая совместные военно-морские учения в Оманском заливе, которые завершатся "
               "19 мая.", ("2024-05-13", "2024-05-19")),
        ("ar", "بدأت إيران وروسيا يوم الثلاثاء مناورات بحرية مشتركة في خليج عمان وتنتهي يوم السبت.",
         ("2024-05-14", "2024-05-18")),
    ],
    ids=["en-until", "en-through-weekday", "en-length-next-sentence", "fr-jusqu-au", "ru-do-next-sentence",
         "ar-length", "ar-hatta-weekday", "sw-hadi-weekday", "sw-length", "zh-length", "zh-two-full-dates",
         "en-until-in-a-sentence-without-event-word", "en-will-end-on", "fr-s-achever-fin", "ru-zavershatsya",
         "ar-tantahi"],
)
def test_an_exercise_ends_when_the_text_says(extractor: Extractor, lang: str, text: str,
                                             expected: tuple[str, str]) -> None:
    assert [(s, e) for t, s, e in _events(extractor, lang, text) if t == "MilitaryExercise"] == [expected]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Belarusian Defence Minister Viktor Khrenin arrived in Beijing on 13 May for a four-day visit."),
        ("ru", "Министр обороны Белоруссии Виктор Хренин 13 мая прибыл в Пекин с четырёхдневным визитом."),
        ("fr", "Le ministre biélorusse de la Défense, Viktor Khrenin, est arrivé le 13 mai à Pékin pour une visite "
               "de quatre jours."),
    ],
    ids=["en", "ru", "fr"],
)
def test_a_visit_told_with_its_length(extractor: Extractor, lang: str, text: str) -> None:
    assert [(s, e) for t, s, e in _events(extractor, lang, text) if t == "Visit"] == [("2024-05-13", "2024-05-16")]


def test_the_length_of_a_trip_to_several_countries_is_no_legs() -> None:
    ex = Extractor().extract(Article(id="t", lang="en", published=MON, text=(
        "Chinese Defence Minister Li Shangfu left on 13 May for a six-day trip to Russia and Belarus.")))
    assert [e.end for e in ex.events if e.type is EventType.VISIT] == [None, None]


def test_talks_take_no_length(extractor: Extractor) -> None:
    """Talks last hours: a length near them is a gathering's or a trip's."""
    assert [(s, e) for t, s, e in _events(extractor, "en", "Sergei Shoigu met Li Shangfu in Moscow on 13 May, on "
                                                           "the eve of a two-day forum.") if t == "Meeting"] == [
        ("2024-05-13", None)]


@pytest.mark.parametrize(
    "lang, text, day",
    [
        ("en", "Li Shangfu met Sergei Shoigu in Moscow on 13 May. Two days later, Li held talks with Vladimir Putin.",
         "2024-05-15"),
        ("en", "Li Shangfu met Sergei Shoigu in Moscow on 13 May. The next day, Li held talks with Vladimir Putin.",
         "2024-05-14"),
        ("fr", "Li Shangfu a rencontré Sergueï Choïgou le 13 mai à Moscou. Le lendemain, M. Li s'est entretenu avec "
               "Vladimir Poutine.", "2024-05-14"),
        ("fr", "Li Shangfu a rencontré Sergueï Choïgou le 13 mai à Moscou. Deux jours plus tard, M. Li s'est "
               "entretenu avec Vladimir Poutine.", "2024-05-15"),
        ("ru", "Ли Шанфу встретился с Сергеем Шойгу в Москве 13 мая. На следующий день Ли Шанфу провел переговоры "
               "с Владимиром Путиным.", "2024-05-14"),
        ("ru", "Ли Шанфу встретился с Сергеем Шойгу в Москве 13 мая. Через два дня Ли Шанфу провел переговоры "
               "с Владимиром Путиным.", "2024-05-15"),
        ("ar", "التقى لي شانغ فو سيرغي شويغو في موسكو يوم 13 مايو. وبعد يومين، التقى لي شانغ فو الرئيس فلاديمير "
               "بوتين.", "2024-05-15"),
        ("ar", "التقى لي شانغ فو سيرغي شويغو في موسكو يوم 13 مايو. وفي اليوم التالي، التقى لي شانغ فو الرئيس "
               "فلاديمير بوتين.", "2024-05-14"),
        ("sw", "Li Shangfu alikutana na Sergei Shoigu mjini Moscow tarehe 13 Mei. Siku iliyofuata, Li Shangfu "
               "alikutana na Vladimir Putin.", "2024-05-14"),
        ("sw", "Li Shangfu alikutana na Sergei Shoigu mjini Moscow tarehe 13 Mei. Siku mbili baadaye, Li Shangfu "
               "alikutana na Vladimir Putin.", "2024-05-15"),
        ("zh", "李尚福5月13日在莫斯科会见绍伊古。次日，李尚福会见了普京。", "2024-05-14"),
        ("zh", "李尚福5月13日在莫斯科会见绍伊古。两天后，李尚福会见了普京。", "2024-05-15"),
        ("en", "Li Shangfu met Vladimir Putin in Moscow on 13 May. A week earlier, Li held talks with Sergei Shoigu.",
         "2024-05-06"),
    ],
    ids=["en-two-days-later", "en-next-day", "fr-lendemain", "fr-deux-jours", "ru-next-day", "ru-cherez",
         "ar-dual", "ar-next-day", "sw-next-day", "sw-two-days", "zh-next-day", "zh-two-days", "en-week-earlier"],
)
def test_a_day_told_from_the_event_before(extractor: Extractor, lang: str, text: str, day: str) -> None:
    assert sorted(s or "" for t, s, _ in _events(extractor, lang, text) if t == "Meeting") == sorted(
        ["2024-05-13", day])


@pytest.mark.parametrize(
    "lang, text, day",
    [
        ("en", "BEIJING, May 16 (Reuters) - Chinese Defence Minister Li Shangfu met Russian Defence Minister Sergei "
               "Shoigu in Beijing on Tuesday.", "2024-05-14"),
        ("ru", "Пекин, 16 мая. /ТАСС/. Министр обороны Китая Ли Шанфу во вторник встретился в Пекине с министром "
               "обороны России Сергеем Шойгу.", "2024-05-14"),
        ("zh", "新华社北京5月16日电 国防部长李尚福周二在北京会见俄罗斯国防部长绍伊古。", "2024-05-14"),
    ],
    ids=["en", "ru", "zh"],
)
def test_a_weekday_is_told_from_the_datelines_day(extractor: Extractor, lang: str, text: str, day: str) -> None:
    """Published on Monday 20 May, filed on Thursday 16 May: 'Tuesday' is the 14th, not the 14th of the week
    before publication's Tuesday."""
    assert [s for t, s, _ in _events(extractor, lang, text) if t == "Meeting"] == [day]


def test_the_end_in_the_graph(extractor: Extractor, tmp_path: Path) -> None:
    ds = build_articles(extractor, tmp_path, {"a": ("en", "Egypt and China began joint air drills near Cairo on "
                                                          "13 May that will run until May 24.")}, "2024-05-20")
    rows = ds.query("SELECT ?s ?e WHERE { ?x a kgo:MilitaryExercise ; schema:startDate ?s ; schema:endDate ?e }",
                    initNs={"kgo": KGO, "schema": SCHEMA})
    assert [(str(s), str(e)) for s, e in rows] == [("2024-05-13", "2024-05-24")]  # type: ignore[misc]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Li Shangfu met Sergei Shoigu in Moscow on Friday. Li had arrived in Minsk on Wednesday and held talks "
               "with Viktor Khrenin the same day."),
        ("ar", "التقى لي شانغ فو سيرغي شويغو في موسكو يوم الجمعة. وكان لي شانغ فو قد وصل إلى مينسك يوم الأربعاء، "
               "وعقد في اليوم نفسه محادثات مع فيكتور خرينين."),
    ],
    ids=["en", "ar"],
)
def test_the_same_day_is_first_that_of_an_event_told_before_in_its_sentence(extractor: Extractor, lang: str,
                                                                          text: str) -> None:
    """'arrived on Wednesday and held talks the same day': the arrival's day, not that of the meeting before."""
    ex = extractor.extract(Article(id="t", lang=lang, text=text, published=MON))
    assert [e.start.value if e.start else None for e in ex.events
            if e.type is EventType.MEETING and "person/viktor-khrenin" in e.participants] == ["2024-05-15"]


@pytest.mark.parametrize(
    "published, day",
    [(dt.date(2024, 5, 27), "2024-05-14"), (dt.date(2024, 5, 15), "2024-05-14"), (dt.date(2024, 7, 1), "2024-06-25")],
    ids=["published-eleven-days-later", "published-the-day-before", "dateline-too-old-publication-day"],
)
def test_a_datelines_day_is_the_storys_today(extractor: Extractor, published: dt.date, day: str) -> None:
    """The dateline's day is 'today' when the story came out up to a month after it (or, stamped west of where it
    was filed, the day before); further off, the publication day is."""
    text = ("BEIJING, May 16 (Reuters) - Chinese Defence Minister Li Shangfu met Russian Defence Minister Sergei "
            "Shoigu in Beijing on Tuesday.")
    assert [s for t, s, _ in _events(extractor, "en", text, published) if t == "Meeting"] == [day]


def test_an_end_alone_is_no_start(extractor: Extractor) -> None:
    """'will hold drills until 24 May' says when they end, not when they begin: the exercise is undated."""
    got = _events(extractor, "en", "Russia and China will hold joint naval drills in the Sea of Japan until 24 May.")
    assert [(s, e) for t, s, e in got if t == "MilitaryExercise"] == [(None, None)]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("ar", "يستمر حتى السادس من مايو", [("2023-05-06", None)]),
        ("ar", "في الحادي والعشرين من مارس", [("2023-03-21", None)]),
        ("ar", "في اليوم الأول من الزيارة", []),
        ("fr", "le premier mai", [("2023-05-01", None)]),
    ],
    ids=["ar-ordinal", "ar-compound-ordinal", "ar-first-day-of-a-visit-is-no-date", "fr-premier"],
)
def test_a_day_of_the_month_in_words(lang: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _find(lang, text) == expected


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "On Friday, Chinese Defence Minister Li Shangfu called for more joint exercises with Russia."),
        ("en", "Belarusian Defence Minister Viktor Khrenin met Li Shangfu in Beijing on Friday and invited him to "
               "visit Minsk."),
        ("ru", "В пятницу министр обороны Белоруссии Виктор Хренин встретился с Ли Шанфу в Пекине и пригласил его "
               "посетить Минск."),
    ],
    ids=["en-call", "en-invitation", "ru-invitation"],
)
def test_a_proposal_is_not_dated_by_the_day_it_was_made(extractor: Extractor, lang: str, text: str) -> None:
    ex = extractor.extract(Article(id="t", lang=lang, text=text, published=MON))
    assert [e.start for e in ex.events if e.status.value == "proposed"] == [None]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Li Shangfu arrived in Moscow on Friday. Li held talks with Sergei Shoigu shortly after his arrival."),
        ("en", "Li Shangfu arrived in Moscow on Friday. Hours later, Li held talks with Sergei Shoigu."),
        ("ru", "Ли Шанфу прибыл в Москву в пятницу. Вскоре после прибытия Ли Шанфу провел переговоры с Сергеем "
               "Шойгу."),
        ("fr", "Li Shangfu est arrivé vendredi à Moscou. Quelques heures plus tard, M. Li s'est entretenu avec "
               "Sergueï Choïgou."),
    ],
    ids=["en-shortly-after-arrival", "en-hours-later", "ru-vskore-posle-pribytiya", "fr-quelques-heures"],
)
def test_hours_after_an_arrival_is_its_day(extractor: Extractor, lang: str, text: str) -> None:
    ex = extractor.extract(Article(id="t", lang=lang, text=text, published=MON))
    assert [e.start.value if e.start else None for e in ex.events if e.type is EventType.MEETING] == ["2024-05-17"]


@pytest.mark.parametrize(
    "lang, text, published, expected",
    [
        ("ru", "визит состоится осенью", dt.date(2026, 3, 12), [("2026", None)]),
        ("fr", "la visite aura lieu au printemps", dt.date(2026, 1, 20), [("2026", None)]),
        ("en", "talks in the spring", dt.date(2026, 7, 1), [("2027", None)]),
        ("ar", "في الخريف الماضي", dt.date(2026, 3, 1), [("2025", None)]),
        ("zh", "秋季", dt.date(2026, 3, 1), [("2026", None)]),
        ("ru", "до конца года", dt.date(2022, 12, 21), [("2022-12", None)]),
        ("en", "by the end of the year", dt.date(2022, 3, 21), [("2022", None)]),
        ("sw", "kabla ya mwisho wa mwaka", dt.date(2022, 3, 21), [("2022", None)]),
    ],
    ids=["ru-autumn-ahead", "fr-spring-ahead", "en-spring-over-is-next-years", "ar-last-autumn", "zh-autumn",
         "ru-end-of-year-in-december", "en-end-of-year", "sw-end-of-year"],
)
def test_seasons_and_the_rest_of_the_year(lang: str, text: str, published: dt.date,
                                          expected: list[tuple[str, str | None]]) -> None:
    """A season or 'by the end of the year' tells the year; in December, the rest of the year is that month."""
    assert _find(lang, text, published) == expected


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "China and Russia held joint naval drills in the Sea of Japan on 3 May. After the exercise, ships "
               "of the two countries will conduct a joint patrol in the Pacific."),
    ],
    ids=["en"],
)
def test_what_follows_an_exercise_referred_back_to_is_in_its_month(extractor: Extractor, lang: str,
                                                                   text: str) -> None:
    got = _events(extractor, lang, text)
    assert sorted(s or "" for t, s, _ in got if t == "MilitaryExercise") == ["2024-05", "2024-05-03"]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("ru", "Министр обороны Белоруссии Виктор Хренин прилетел в Москву из Пекина, где с 13 по 15 мая находился "
               "с официальным визитом."),
        ("en", "Belarusian Defence Minister Viktor Khrenin flew to Moscow from Beijing, where he had been on an "
               "official visit from 13 to 15 May."),
    ],
    ids=["ru", "en"],
)
def test_a_visit_completed_by_a_later_mention_takes_its_range(extractor: Extractor, lang: str, text: str) -> None:
    got = _events(extractor, lang, text)
    assert ("Visit", "2024-05-13", "2024-05-15") in got


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "the frigates sailed the day before yesterday"),
        ("fr", "les frégates ont appareillé avant-hier"),
        ("ru", "фрегаты вышли в море позавчера"),
        ("ar", "أبحرت الفرقاطات أمس الأول"),
        ("ar", "أبحرت الفرقاطات أول من أمس"),
        ("sw", "meli hizo ziliondoka juzi"),
        ("zh", "两艘护卫舰前天起航"),
    ],
    ids=["en", "fr", "ru", "ar", "ar-before", "sw", "zh"],
)
def test_the_day_before_yesterday_is_two_days_before_the_story(lang: str, text: str) -> None:
    """'avant-hier' holds 'hier' and 'أمس الأول' holds 'أمس': the longer phrase counts two days back, not one."""
    assert _find(lang, text) == [("2023-04-14", None)]


@pytest.mark.parametrize(
    "lang, text",
    [("en", "the talks held last April"), ("fr", "les entretiens d'avril dernier"),
     ("ar", "المحادثات التي جرت في أبريل الماضي"), ("ru", "переговоры в апреле прошлого года")],
    ids=["en", "fr", "ar", "ru"],
)
def test_the_last_month_of_the_name_of_the_story_s_month_is_a_year_before(lang: str, text: str) -> None:
    """'last April' told in April is the April of the year before; 'in April' alone is this one."""
    assert _find(lang, text) == [("2022-04", None)]


def test_last_month_name_before_the_story_s_month_is_this_year() -> None:
    assert _find("en", "talks held last March and in April") == [("2023-03", None), ("2023-04", None)]


def test_the_same_day_in_chinese_is_the_day_told_before_it(extractor: Extractor) -> None:
    """'当天' after a day told in its sentence or the one before is that day, not the story's."""
    text = ("新华社北京4月16日电 俄罗斯国防部长绍伊古14日抵达北京。当天下午，国防部长李尚福会见了绍伊古。")
    got = _events(extractor, "zh", text, PUB)
    assert [s for t, s, _ in got if t == "Meeting"] == ["2023-04-14"]


@pytest.mark.parametrize(
    "lang, text, status",
    [
        ("en", "Dong Jun will fly to Singapore next week, where a meeting with Lloyd Austin is under discussion.",
         "proposed"),
        ("fr", "Les manœuvres navales s'achèvent avant une réunion à Pékin, prévue vendredi, de Li Shangfu et de "
               "Sergueï Choïgou.", "planned"),
        ("ru", "Шойгу прилетел в Пекин, где встреча с Ли Шанфу пока обсуждается.", "proposed"),
        ("zh", "绍伊古抵达北京。双方国防部长会谈的时间正在商讨。", "proposed"),
    ],
    ids=["en", "fr", "ru", "zh"],
)
def test_the_predicate_after_an_events_phrase_tells_its_status(extractor: Extractor, lang: str, text: str,
                                                               status: str) -> None:
    """'a meeting with X is under discussion', 'une réunion ..., prévue vendredi': the predicate stands after the
    event's phrase, past the words that usually qualify it."""
    ex = extractor.extract(Article(id="t", lang=lang, text=text, published=MON))
    assert [e.status.value for e in ex.events if e.type is EventType.MEETING] == [status]


def test_a_planned_meeting_told_by_its_weekday_is_the_next_one(extractor: Extractor) -> None:
    text = ("Les manœuvres navales s'achèvent avant une réunion à Pékin, prévue vendredi, de Li Shangfu et de "
            "Sergueï Choïgou.")
    assert [s for t, s, _ in _events(extractor, "fr", text) if t == "Meeting"] == ["2024-05-24"]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Sergei Shoigu met Li Shangfu on Tuesday and invited him to visit Moscow."),
        ("ar", "انطلقت أمس مناورات بحرية مشتركة بين إيران وروسيا قرب ميناء بندر عباس. وقال قائد البحرية الإيرانية "
               "إن المناورات ستستمر حتى السبت المقبل."),
    ],
    ids=["en-invitation-after", "ar-next-of-a-date"],
)
def test_a_marker_qualifying_another_word_is_no_predicate_of_the_event(extractor: Extractor, lang: str,
                                                                       text: str) -> None:
    """An invitation told after a meeting is the visit's; 'المقبل' of 'السبت المقبل' is the date's."""
    ex = extractor.extract(Article(id="t", lang=lang, text=text, published=MON))
    assert [e.status.value for e in ex.events if e.type in (EventType.MEETING, EventType.EXERCISE)] == ["occurred"]


@pytest.mark.parametrize(
    "lang, text",
    [("fr", "L'Égypte et la Chine prévoient d'organiser à l'automne un exercice naval conjoint."),
     ("fr", "La Russie et la Chine s'engagent à multiplier leurs exercices conjoints."),
     ("en", "Russia and China pledged to hold more joint exercises.")],
    ids=["fr-prevoient", "fr-s-engagent", "en-pledged"],
)
def test_plans_and_pledges_are_planned(extractor: Extractor, lang: str, text: str) -> None:
    ex = extractor.extract(Article(id="t", lang=lang, text=text, published=MON))
    assert [e.status.value for e in ex.events if e.type is EventType.EXERCISE] == ["planned"]


@pytest.mark.parametrize(
    "lang, text",
    [("en", 'the "Northern Shield 2023" drills began on Friday'),
     ("ar", 'بدأت مناورات "درع الشمال 2023" يوم الجمعة'),
     ("fr", "les manœuvres « Bouclier du Nord 2023 » ont commencé vendredi"),
     ("ru", "учения «Северный щит 2023» начались в пятницу")],
    ids=["en", "ar", "fr", "ru"],
)
def test_a_year_closing_a_quoted_name_is_part_of_it(lang: str, text: str) -> None:
    """The year that ends a quoted exercise name names the exercise; the day told with it dates it."""
    assert _find(lang, text) == [("2023-04-14", None)]


def test_a_year_in_quotes_alone_is_still_a_year() -> None:
    assert _find("en", 'drills planned for "2024"') == [("2024", None)]



def _always(items: object, base: Callable[[object, object], bool]) -> bool:
    """Whether every match of a parsed regex (``sre_parse``'s items) goes through an item for which ``base(op, av)``
    holds."""
    import sre_constants as c  # (imported first by the tests, without its deprecation warning)

    def one(op: object, av: object) -> bool:
        if base(op, av):
            return True
        if op is c.SUBPATTERN:
            return _always(av[-1], base)  # type: ignore[index]
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            return av[0] >= 1 and _always(av[2], base)  # type: ignore[index]
        if op is c.BRANCH:
            return all(_always(alt, base) for alt in av[1])  # type: ignore[index]
        return False  # (an assertion consumes nothing)

    return any(one(op, av) for op, av in items)  # type: ignore[attr-defined]


def _digit(op: object, av: object) -> bool:
    """Whether a parsed regex item matches only characters ``\\d`` matches."""
    import sre_constants as c

    if op is c.LITERAL:
        return chr(av).isdecimal()  # type: ignore[arg-type]
    return op is c.IN and all((o is c.CATEGORY and a is c.CATEGORY_DIGIT)
                              or (o is c.RANGE and all(chr(x).isdecimal() for x in range(a[0], a[1] + 1)))
                              or (o is c.LITERAL and chr(a).isdecimal()) for o, a in av)  # type: ignore[attr-defined]


def _sre() -> tuple[Any, Any]:
    """``sre_parse.parse`` and ``sre_constants``, imported without their deprecation warnings."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import sre_constants
        import sre_parse
    return sre_parse.parse, sre_constants


@pytest.mark.parametrize("lang", ["ar", "en", "fr", "ru", "sw", "zh"])
def test_patterns_skipped_without_digits_or_words_need_them(lang: str) -> None:
    """``DateGrammar`` does not run the patterns of ``WITH_DIGITS`` on text without a digit, nor one of
    ``WITH_WORDS`` on text without a word of its group (a month's name, a weekday's ...): each match holds one."""
    from kg.dates import WITH_DIGITS, WITH_WORDS, _alt

    parse, c = _sre()
    grammar = DateGrammar(load_language(lang))
    patterns = dict(grammar.patterns)
    assert set(patterns) >= WITH_DIGITS | set(WITH_WORDS)
    for name in WITH_DIGITS:
        source = patterns[name].pattern
        assert _always(parse(source), _digit) or source == r"(?!x)x", name
    words = grammar.group_words()
    for name, group in WITH_WORDS.items():
        source = patterns[name].pattern
        if source == r"(?!x)x":
            continue
        assert f"(?P<{group}>{_alt(words[group])})" in source, name  # (the words _word_searches looks for)
        number = patterns[name].groupindex[group]

        def holds_group(op: object, av: Any, number: int = number) -> bool:
            return op is c.SUBPATTERN and av[0] == number

        assert _always(parse(source), holds_group), name
    assert not _always(parse(r"(?:\d)?x|\dy"), _digit) and not _always(parse(r"a|[0-3]?\d"), _digit)
    assert _always(parse(r"(?<!\w)(?:a1|[0-3]?\d)b"), _digit) and _always(parse(r"x(?P<y>\d{2,})"), _digit)


@pytest.mark.parametrize(
    "lang, text, expected",
    [("en", "he was in Moscow two months ago", "2023-02"),
     ("en", "a year ago the ships met", "2022"),
     ("fr", "il s'est rendu à Moscou il y a trois mois", "2023-01"),
     ("ru", "он был в Москве два месяца назад", "2023-02"),
     ("ru", "три года назад", "2020"),
     ("ar", "زار موسكو قبل شهرين", "2023-02"),
     ("sw", "alizuru Moscow miezi miwili iliyopita", "2023-02"),
     ("zh", "他两个月前访问了莫斯科", "2023-02"),
     ("zh", "两年前", "2021")],
    ids=["en-months", "en-a-year", "fr-months", "ru-months", "ru-years", "ar-dual-months", "sw-months",
         "zh-months", "zh-years"],
)
def test_months_and_years_ago_keep_their_granularity(lang: str, text: str, expected: str) -> None:
    assert _find(lang, text) == [(expected, None)]


def test_since_the_year_is_no_year_ago() -> None:
    # ('منذ عام' alone is 'a year ago'; before a year it is 'since the year', which dates no event)
    assert _find("ar", "تجرى سنويا منذ عام 2019") == []


@pytest.mark.parametrize(
    "lang, text",
    [("ar", "في زيارة رسمية تستمر حتى اليوم الجمعة"), ("sw", "ziara itakayoendelea hadi leo Ijumaa")],
    ids=["ar-today", "sw-today"],
)
def test_until_today_named_by_its_weekday_is_an_end(lang: str, text: str) -> None:
    grammar = DateGrammar(load_language(lang))
    found = grammar.find(fold(text), dt.date(2023, 8, 18))  # a Friday
    assert [(m.begin.value if m.begin else None, m.bound) for m in found][-1:] == [("2023-08-18", True)]
