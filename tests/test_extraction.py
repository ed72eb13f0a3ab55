"""Extraction per language, on sentences written for these tests: entities, posts, events, identity."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg.models import Article, ArticleExtraction, EventType
from kg.namespaces import KGO
from kg.pipeline import Extractor
from tests.conftest import build_articles

PUB = dt.date(2024, 5, 20)  # a Monday


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def run(extractor: Extractor, lang: str, text: str, published: dt.date | None = PUB) -> ArticleExtraction:
    return extractor.extract(Article(id="t", lang=lang, text=text, published=published))


def posts(ex: ArticleExtraction) -> set[tuple[str, str, str | None]]:
    return {(p.holder, p.role, p.country) for p in ex.posts}


def events(ex: ArticleExtraction, etype: EventType) -> list[tuple[set[str], str | None, str | None, str]]:
    return [(set(e.participants), e.location, e.start.value if e.start else None, e.status.value)
            for e in ex.events if e.type is etype]


PUTIN, LI, SHOIGU, XI = "person/vladimir-putin", "person/li-shangfu", "person/sergei-shoigu", "person/xi-jinping"
EVMENOV, LAVROV = "person/nikolai-yevmenov", "person/sergei-lavrov"
CN, RU, BY = "country/CN", "country/RU", "country/BY"
MOSCOW, BEIJING = "place/moscow", "place/beijing"


# ---------------------------------------------------------------- titles and posts, every language
@pytest.mark.parametrize(
    "lang, text, post",
    [
        ("en", "Chinese Defence Minister Li Shangfu arrived on Sunday.", (LI, "DefenceMinister", "CN")),
        ("en", "Li Shangfu, China's defence minister, arrived on Sunday.", (LI, "DefenceMinister", "CN")),
        ("sw", "Waziri wa Ulinzi wa China Li Shangfu aliwasili Jumapili.", (LI, "DefenceMinister", "CN")),
        ("ar", "وصل وزير الدفاع الصيني لي شانغ فو يوم الأحد.", (LI, "DefenceMinister", "CN")),
        ("ru", "Министр обороны Китая Ли Шанфу прибыл в воскресенье.", (LI, "DefenceMinister", "CN")),
        ("fr", "Le ministre chinois de la Défense, Li Shangfu, est arrivé dimanche.", (LI, "DefenceMinister", "CN")),
        ("zh", "中国国防部长李尚福周日抵达。", (LI, "DefenceMinister", "CN")),
        ("en", "Russian President Vladimir Putin spoke.", (PUTIN, "HeadOfState", "RU")),
        ("ar", "قال الرئيس الروسي فلاديمير بوتين.", (PUTIN, "HeadOfState", "RU")),
        ("ru", "Президент России Владимир Путин заявил.", (PUTIN, "HeadOfState", "RU")),
        ("zh", "俄羅斯總統蒲亭表示。", (PUTIN, "HeadOfState", "RU")),
        ("sw", "Mkuu wa Jeshi la Wanamaji la Urusi Nikolai Yevmenov alisema.", (EVMENOV, "NavyCommander", "RU")),
        ("ar", "قال قائد البحرية الروسية نيكولاي يفمينوف.", (EVMENOV, "NavyCommander", "RU")),
        ("sw", "Waziri wa mambo ya nje wa Urusi Sergei Lavrov alisema.", (LAVROV, "ForeignMinister", "RU")),
    ],
    ids=["en-title-name", "en-apposition", "sw", "ar", "ru-genitive", "fr-adjective-inside", "zh-simplified",
         "en-president", "ar-president", "ru-president", "zh-traditional-taiwan", "sw-navy", "ar-navy",
         "sw-foreign-minister"],
)
def test_posts_from_titles(extractor: Extractor, lang: str, text: str, post: tuple[str, str, str]) -> None:
    assert post in posts(run(extractor, lang, text))


def test_unknown_official_from_title(extractor: Extractor) -> None:
    ex = run(extractor, "fr", "Le porte-parole du ministère chinois de la Défense, Zhang Weiming, a indiqué.")
    minted = [k for k, e in ex.entities.items() if e.type.value == "Official" and "zhang" in k]
    assert minted, ex.entities.keys()
    assert (minted[0], "Spokesperson", "CN") in posts(ex)


@pytest.mark.parametrize(
    "text, name, pinyin, role, country",
    [
        ("俄罗斯海军总司令卡拉涅夫斯基抵达北京。", "卡拉涅夫斯基", "Kalaniefusiji", "NavyCommander", "RU"),
        ("中国国防部长谭建国7月30日在北京会见外宾。", "谭建国", "Tan Jianguo", "DefenceMinister", "CN"),
        ("中国国防部长谭军会见了俄罗斯客人。", "谭军", "Tan Jun", "DefenceMinister", "CN"),
    ],
    ids=["zh-transcribed-foreign-name", "zh-native-name-before-date", "zh-native-name-before-verb"],
)
def test_unknown_chinese_names_after_titles(extractor: Extractor, text: str, name: str, pinyin: str, role: str,
                                            country: str) -> None:
    ex = run(extractor, "zh", text)
    holders = [p.holder for p in ex.posts if p.role == role and p.country == country]
    assert [ex.entities[h].label for h in holders] == [pinyin]  # the label is romanised ...
    assert {m.text for m in ex.mentions if m.key == holders[0]} == {name}  # ... the name kept as written


def test_counterpart_takes_the_role_of_the_official_named_before(extractor: Extractor) -> None:
    ex = run(extractor, "en", "Chinese Defence Minister Li Shangfu arrived in Moscow. "
                              "He held talks with his Russian counterpart Sergei Shoigu.")
    assert (SHOIGU, "DefenceMinister", "RU") in posts(ex)


# ---------------------------------------------------------------- morphology
@pytest.mark.parametrize(
    "lang, text, key",
    [
        ("ar", "وصل الوفد لروسيا أمس.", RU),
        ("ar", "عاد الوزير وبكين تراقب.", BEIJING),
        ("ar", "قالت وزارة الدفاع الروسية إن التدريبات انتهت.", "org/mod-ru"),
        ("ru", "Делегация прибыла в Москве и затем в Пекин.", MOSCOW),
        ("ru", "Делегация вернулась из России.", RU),
        ("ru", "Он встретился с Владимиром Путиным.", PUTIN),
        ("fr", "Il est arrivé à Pékin après l'Ukraine.", BEIJING),
        ("zh", "他抵達莫斯科。", MOSCOW),
        ("sw", "Ujumbe uliwasili Uchina jana.", CN),
    ],
    ids=["ar-proclitic-li", "ar-proclitic-wa", "ar-ministry-adjective", "ru-locative", "ru-genitive",
         "ru-instrumental-name", "fr-accent", "zh-traditional", "sw-cldr-name"],
)
def test_morphology_finds_the_entity(extractor: Extractor, lang: str, text: str, key: str) -> None:
    assert key in {m.key for m in run(extractor, lang, text).mentions}


def test_surname_alone_refers_to_the_person_named_in_full(extractor: Extractor) -> None:
    ex = run(extractor, "en", "Chinese Defence Minister Li Shangfu arrived. Li said the talks went well.")
    assert [m.text for m in ex.mentions if m.key == LI] == ["Li Shangfu", "Li"]


def test_a_shared_surname_is_not_merged_with_a_stranger(extractor: Extractor) -> None:
    ex = run(extractor, "en", "Chinese Premier Li Qiang spoke. Li said trade grew. Defence Minister Li Shangfu "
                              "listened.")
    li_alone = [m for m in ex.mentions if m.text == "Li"]
    assert li_alone == []  # ambiguous between two people named Li: left alone


# ---------------------------------------------------------------- events
def test_meeting_with_weekday_place_and_attendee(extractor: Extractor) -> None:
    ex = run(extractor, "en", "Russian President Vladimir Putin met Chinese Defence Minister Li Shangfu in Moscow "
                              "on Sunday. Russian Defence Minister Sergei Shoigu attended the meeting.")
    assert events(ex, EventType.MEETING) == [({PUTIN, LI, SHOIGU}, MOSCOW, "2024-05-19", "occurred")]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("sw", "Waziri wa Ulinzi wa China Li Shangfu atazuru Urusi kuanzia tarehe 16 hadi 18 Juni.",
         ({LI}, RU, "2024-06-16", "planned")),
        ("ar", "سيقوم وزير الدفاع الصيني لي شانغ فو بزيارة لروسيا في الفترة من 16 إلى 18 يونيو.",
         ({LI}, RU, "2024-06-16", "planned")),
        ("fr", "Li Shangfu se rendra en Russie du 14 au 19 août.", ({LI}, RU, "2024-08-14", "planned")),
        ("ru", "Министр обороны Китая Ли Шанфу посетил Россию в апреле.", ({LI}, RU, "2024-04", "occurred")),
        ("zh", "中国国防部长李尚福于16日至19日对俄罗斯进行正式访问。", ({LI}, RU, "2024-05-16", "occurred")),
        ("en", "Chinese President Xi Jinping visited Moscow in March.", ({XI}, MOSCOW, "2024-03", "occurred")),
    ],
    ids=["sw-future", "ar-future-range", "fr-future", "ru-month", "zh-day-range", "en-month"],
)
def test_visits(extractor: Extractor, lang: str, text: str, expected: tuple[set[str], str, str, str]) -> None:
    assert expected in events(run(extractor, lang, text), EventType.VISIT)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Russian Defence Minister Sergei Shoigu held a phone conversation with Chinese Defence Minister "
               "Li Shangfu on Monday."),
        ("fr", "Le ministre russe de la Défense Sergueï Choïgou et le ministre chinois de la Défense Li Shangfu se "
               "sont entretenus lundi par visioconférence."),
        ("ru", "Министр обороны России Сергей Шойгу встречался с министром обороны Китая Ли Шанфу в понедельник."),
        ("sw", "Waziri wa Ulinzi wa Urusi Sergei Shoigu alifanya mazungumzo na Waziri wa Ulinzi wa China "
               "Li Shangfu Jumatatu."),
        ("zh", "俄罗斯国防部长绍伊古周一与中国国防部长李尚福视频通话。"),
        ("ar", "التقى وزير الدفاع الروسي سيرغي شويغو ووزير الدفاع الصيني لي شانغ فو يوم الاثنين."),
    ],
    ids=["en-phone-conversation", "fr-se-sont-entretenus", "ru-vstrechalsya", "sw-alifanya-mazungumzo",
         "zh-video-call", "ar-iltaqa"],
)
def test_talks_between_two_ministers(extractor: Extractor, lang: str, text: str) -> None:
    assert events(run(extractor, lang, text), EventType.MEETING) == [({SHOIGU, LI}, None, "2024-05-20", "occurred")]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Chinese Defence Minister Li Shangfu will travel to Russia and then to Belarus on 3 June."),
        ("fr", "Le ministre chinois de la Défense Li Shangfu entamera le 3 juin une visite en Russie et au Bélarus."),
        ("ru", "Министр обороны Китая Ли Шанфу 3 июня совершит визит в Россию, а затем в Белоруссию."),
        ("zh", "中国国防部长李尚福将于6月3日访问俄罗斯和白俄罗斯。"),
        ("ar", "يزور وزير الدفاع الصيني لي شانغ فو روسيا وبيلاروسيا في 3 يونيو."),
    ],
    ids=["en-and-then-to", "fr-en-et-au", "ru-a-zatem-v", "zh-he", "ar-verb-first-proclitic-wa"],
)
def test_one_trip_to_two_countries_is_a_visit_to_each(extractor: Extractor, lang: str, text: str) -> None:
    # the first leg starts on the day given; the next one some time that month
    assert sorted(events(run(extractor, lang, text), EventType.VISIT)) == sorted(
        [({LI}, RU, "2024-06-03", "planned"), ({LI}, BY, "2024-06", "planned")])


@pytest.mark.parametrize(("lang", "text"), [
    pytest.param("en", "Russian President Vladimir Putin on Friday ended a two-day state visit to China, during which "
                       "he visited Harbin on Friday.", id="en"),
    pytest.param("fr", "Le président russe Vladimir Poutine a achevé vendredi une visite d'État de deux jours en "
                       "Chine, au cours de laquelle il s'est rendu vendredi à Harbin.", id="fr"),
])
def test_a_city_visited_on_a_later_day_of_a_trip_is_a_leg_of_its_own(extractor: Extractor, lang: str,
                                                                       text: str) -> None:
    ex = run(extractor, lang, text, dt.date(2024, 5, 17))
    assert sorted(events(ex, EventType.VISIT), key=str) == sorted(
        [({PUTIN}, CN, "2024-05-16", "occurred"), ({PUTIN}, "place/harbin", "2024-05-17", "occurred")], key=str)
    # the city a trip begins in, on its first day, is where it began: one visit
    ex = run(extractor, "en", "Russian President Vladimir Putin arrived in Beijing on Thursday for a two-day state "
                              "visit to China.", dt.date(2024, 5, 17))
    assert events(ex, EventType.VISIT) == [({PUTIN}, CN, "2024-05-16", "occurred")]


@pytest.mark.parametrize(("lang", "text"), [
    pytest.param("en", "Algerian army chief Said Chanegriha arrived in China on Monday for a six-day visit. "
                       "Chanegriha is expected to visit a naval base in Qingdao before the end of his visit.", id="en"),
    pytest.param("sw", "Mkuu wa Majeshi ya Algeria, Jenerali Said Chanegriha, aliwasili nchini China Jumatatu kwa "
                       "ziara ya siku sita. Jenerali Chanegriha anatarajiwa kutembelea kambi ya jeshi la wanamaji "
                       "mjini Qingdao kabla ya kumaliza ziara yake.", id="sw"),
])
def test_a_city_still_to_come_on_a_trip_under_way_is_a_leg_of_its_own(extractor: Extractor, lang: str,
                                                                        text: str) -> None:
    # (the city named before 'his visit' is the destination of the trip told first in its clause)
    ex = run(extractor, lang, text, dt.date(2026, 11, 18))
    assert sorted(events(ex, EventType.VISIT), key=str) == sorted(
        [({"person/said-chanegriha"}, CN, "2026-11-16", "occurred"),
         ({"person/said-chanegriha"}, "place/qingdao", "2026-11", "planned")], key=str)


@pytest.mark.parametrize(("lang", "text"), [
    pytest.param("en", "Chinese Defence Minister Li Shangfu will visit Russia and Belarus next week. Li Shangfu will "
                       "speak at a security conference in Moscow. He will also tour military units in Russia. During "
                       "his visit to Belarus, he will hold talks with Belarusian leaders.", id="en"),
    pytest.param("fr", "Le ministre chinois de la Défense Li Shangfu se rendra en Russie et au Bélarus la semaine "
                       "prochaine. Il prononcera un discours à Moscou. Il visitera aussi des unités militaires en "
                       "Russie. Au cours de sa visite au Bélarus, il aura des entretiens avec des dirigeants "
                       "bélarusses.", id="fr"),
])
def test_talks_during_the_trip_named_are_held_at_its_destination(extractor: Extractor, lang: str, text: str) -> None:
    # 'his visit to Belarus' refers back to the trip to Belarus, not to the first trip the story told
    ex = run(extractor, lang, text, dt.date(2023, 8, 10))
    assert events(ex, EventType.MEETING) == [({LI, BY}, BY, "2023-08", "planned")]


def test_a_name_after_an_arabic_event_word_with_the_article_is_not_its_complement(extractor: Extractor) -> None:
    # 'met, during the visit, President Xi': Xi is met; a definite noun governs no name after it
    ex = run(extractor, "ar", "وكان الرئيس الروسي فلاديمير بوتين قد زار بكين في مايو والتقى خلال الزيارة الرئيس "
                              "الصيني شي جين بينغ.", dt.date(2024, 6, 10))
    assert events(ex, EventType.MEETING) == [({PUTIN, XI}, BEIJING, "2024-05", "occurred")]


def test_a_city_named_after_its_province_is_the_destination_and_a_fleet_visits_for_no_official(
        extractor: Extractor) -> None:
    ex = run(extractor, "zh", "俄罗斯国防部长别洛乌索夫16日抵达北京，开始对中国进行正式访问。"
                              "访问期间，他还将赴山东青岛参观海军部队。中国海军第46批护航编队本月访问了阿尔及尔。",
             dt.date(2026, 11, 17))
    assert sorted(events(ex, EventType.VISIT), key=str) == sorted(
        [({"person/andrei-belousov"}, CN, "2026-11-16", "occurred"),
         ({"person/andrei-belousov"}, "place/qingdao", "2026-11", "planned")], key=str)


def test_swahili_a_visit_concluded_in_the_country_and_the_next_leg_from_that_day(extractor: Extractor) -> None:
    # 'kuhitimisha ziara ya siku tatu nchini Jumatano, na kuelekea Misri': three days in the country the story is
    # filed in, ended on Wednesday, then Egypt from that day; touring the ships is no official's visit
    ex = run(extractor, "sw", "DAR ES SALAAM: Meli mbili za kivita za Urusi ziliwasili jana. Ziara hiyo inakuja siku "
                              "chache baada ya Waziri wa Ulinzi wa China, Dong Jun, kuhitimisha ziara ya siku tatu "
                              "nchini Jumatano, na kuelekea Misri. Wananchi wataruhusiwa kutembelea meli hizo leo.",
             dt.date(2026, 4, 25))
    assert sorted(events(ex, EventType.VISIT), key=str) == sorted(
        [({"person/dong-jun"}, "country/TZ", "2026-04-20", "occurred"),
         ({"person/dong-jun"}, "country/EG", "2026-04-22", "occurred")], key=str)


def test_a_planned_trip_is_no_leg_of_a_trip_made_months_before(extractor: Extractor) -> None:
    ex = run(extractor, "en", "Chinese Defence Minister Li Shangfu will travel to Belarus, where he will meet "
                              "President Alexander Lukashenko. Li Shangfu visited Moscow in April on his first trip "
                              "abroad as minister.", dt.date(2023, 8, 16))
    assert sorted(events(ex, EventType.VISIT), key=str) == sorted(
        [({LI}, BY, None, "planned"), ({LI}, MOSCOW, "2023-04", "occurred")], key=str)
    assert events(ex, EventType.MEETING) == [({LI, "person/alexander-lukashenko"}, BY, None, "planned")]


@pytest.mark.parametrize(("lang", "text"), [
    pytest.param("en", "Chinese Defence Minister Dong Jun met Egyptian Defence Minister Abdel Mageed Saqr on Thursday "
                       "and President Abdel Fattah al-Sisi on Friday.", id="en-date-after-each-host"),
    pytest.param("fr", "Le ministre chinois de la Défense Dong Jun a rencontré jeudi le ministre égyptien de la "
                       "Défense Abdel Mageed Saqr et vendredi le président Abdel Fattah al-Sissi.",
                 id="fr-date-before-each-host"),
    pytest.param("ru", "Министр обороны Китая Дун Цзюнь встретился с министром обороны Египта Абдель Маджидом Сакром "
                       "в четверг и с президентом Абдель Фаттахом ас-Сиси в пятницу.", id="ru-date-after-each-host"),
])
def test_each_host_met_on_a_day_of_his_own_is_met_that_day(extractor: Extractor, lang: str, text: str) -> None:
    ex = run(extractor, lang, text, dt.date(2026, 4, 25))  # a Saturday
    dated = {(frozenset(p), d) for p, _, d, _ in events(ex, EventType.MEETING)}
    assert dated == {(frozenset({"person/dong-jun", "person/abdel-mageed-saqr"}), "2026-04-23"),
                     (frozenset({"person/dong-jun", "person/abdel-fattah-el-sisi"}), "2026-04-24")}


def test_one_stay_told_twice_a_few_days_apart_is_one_visit(extractor: Extractor) -> None:
    # the second mention takes Tuesday, the day of a speech told with it: still the stay of 16 to 18 August
    ex = run(extractor, "en", "Chinese Defence Minister Li Shangfu visited Belarus from 16 to 18 August. Li Shangfu's "
                              "visit to Belarus came after his speech on Tuesday at the conference in Moscow.",
             dt.date(2023, 8, 19))
    assert events(ex, EventType.VISIT) == [({LI}, BY, "2023-08-16", "occurred")]


def test_one_days_patrol_over_two_seas_is_one_exercise(extractor: Extractor) -> None:
    patrol = "Chinese and Russian bombers conducted a joint air patrol over the Bering Sea on 24 July. "
    again = "The ministry said Chinese and Russian bombers flew a joint patrol over the Pacific Ocean on 24 July."
    ex = run(extractor, "en", patrol + again, dt.date(2024, 7, 26))
    assert len(events(ex, EventType.EXERCISE)) == 1
    # on two days, over two seas: two
    ex = run(extractor, "en", patrol + again.replace("24 July", "20 July"), dt.date(2024, 7, 26))
    assert len(events(ex, EventType.EXERCISE)) == 2


def test_an_undated_leg_of_a_dated_trip_gets_its_month(extractor: Extractor) -> None:
    ex = run(extractor, "sw", "Waziri wa Ulinzi wa China Li Shangfu aliwasili Urusi Jumatatu. "
                              "Li Shangfu amekwenda nchini Urusi na Belarus.")
    assert sorted(events(ex, EventType.VISIT)) == [({LI}, BY, "2024-05", "occurred"),
                                                   ({LI}, RU, "2024-05-20", "occurred")]


@pytest.mark.parametrize(
    "days, status",
    [("12 to 15 May", "occurred"), ("19 to 22 May", "occurred"), ("22 to 25 May", "planned")],
    ids=["over-before-publication", "under-way-at-publication", "still-ahead"],
)
def test_an_announced_visit_has_happened_once_its_dates_have_come(extractor: Extractor, days: str,
                                                                   status: str) -> None:
    text = f"Beijing said last week that Defence Minister Li Shangfu would visit Russia from {days}."
    assert [st for _, _, _, st in events(run(extractor, "en", text), EventType.VISIT)] == [status]


@pytest.mark.parametrize(
    "lang, text, status",
    [
        ("en", "China and Russia will hold joint naval exercises in July.", "planned"),
        ("en", "Li called for more joint exercises between China and Russia.", "proposed"),
        ("sw", "China na Urusi zinapaswa kufanya mazoezi zaidi ya pamoja.", "proposed"),
        ("ar", "ستجري الصين وروسيا مناورات بحرية مشتركة الشهر المقبل.", "planned"),
    ],
    ids=["en-planned", "en-proposed", "sw-proposed", "ar-planned"],
)
def test_exercise_status(extractor: Extractor, lang: str, text: str, status: str) -> None:
    found = events(run(extractor, lang, text), EventType.EXERCISE)
    assert [(parts, st) for parts, _, _, st in found] == [({CN, RU}, status)]


@pytest.mark.parametrize(
    "lang, text, speaker, quote",
    [
        ("en", '"China and Russia will hold more joint exercises next year," Russian Defence Minister Sergei Shoigu '
               'said.', SHOIGU, "China and Russia will hold more joint exercises next year"),
        ("fr", "« La Chine et la Russie organiseront davantage d'exercices conjoints », a déclaré Li Shangfu.", LI,
         "La Chine et la Russie organiseront davantage d'exercices conjoints"),
        ("ar", 'وقال وزير الدفاع الصيني لي شانغ فو: "ستجري الصين وروسيا مزيدا من المناورات المشتركة".', LI,
         "ستجري الصين وروسيا مزيدا من المناورات المشتركة"),
        ("ru", "«Россия и Китай проведут новые совместные учения», — заявил Сергей Шойгу.", SHOIGU,
         "Россия и Китай проведут новые совместные учения"),
    ],
    ids=["en", "fr-guillemets", "ar", "ru-dash"],
)
def test_a_statement_about_the_future_was_made(extractor: Extractor, lang: str, text: str, speaker: str,
                                               quote: str) -> None:
    ex = run(extractor, lang, text)
    said = [(e.speaker, e.quote, e.status.value) for e in ex.events if e.type is EventType.STATEMENT]
    assert said == [(speaker, quote, "occurred")]
    assert [st for _, _, _, st in events(ex, EventType.EXERCISE)] == ["planned"]  # what it announces is planned


@pytest.mark.parametrize(
    "lang, text, people",
    [
        ("ru", "Заместитель министра обороны России Юнус-Бек Евкуров встретился с Мяо Хуа в Пекине.",
         {"person/yunus-bek-yevkurov", "person/miao-hua"}),
        ("zh", "韩正在北京会见帕特鲁舍夫。", {"person/han-zheng", "person/nikolai-patrushev"}),
        ("ar", "التقى نيكولاي باتروشيف مع هان تشنغ في بكين.", {"person/han-zheng", "person/nikolai-patrushev"}),
    ],
    ids=["ru", "zh", "ar"],
)
def test_officials_of_the_gazetteer_meet_in_any_script(extractor: Extractor, lang: str, text: str,
                                                       people: set[str]) -> None:
    # undated, the meeting a story leads with is the news of its day
    assert events(run(extractor, lang, text), EventType.MEETING) == [(people, BEIJING, "2024-05-20", "occurred")]


# one story told in each language: talks on Wednesday, a visit since Tuesday, exercises agreed for later
STORY = {
    "en": ('Chinese Defence Minister Dong Jun held talks with his Russian counterpart Andrei Belousov in '
           'Qingdao on Wednesday, the Chinese defence ministry said. The two sides agreed to hold joint '
           'naval drills in the Sea of Japan later this year. Belousov arrived in China on Tuesday for a '
           'three-day official visit, his first trip abroad since taking office.'),
    "fr": ("Le ministre russe de la Défense, Andreï Belooussov, s'est entretenu mercredi à Qingdao avec son "
           "homologue chinois Dong Jun. Les deux parties sont convenues d'organiser des manœuvres navales "
           'conjointes en mer du Japon. M. Belooussov est arrivé mardi en Chine pour une visite officielle '
           'de trois jours.'),
    "ru": ('Министр обороны России Андрей Белоусов в среду провел переговоры с министром обороны Китая Дун '
           'Цзюнем в Циндао. Стороны договорились провести совместные военно-морские учения в Японском '
           'море. Белоусов прибыл в Китай во вторник с официальным визитом.'),
    "sw": ('Waziri wa Ulinzi wa Urusi Andrei Belousov amefanya mazungumzo na mwenzake wa China Dong Jun '
           'mjini Qingdao siku ya Jumatano. Pande zote mbili zilikubaliana kufanya mazoezi ya pamoja ya '
           'kijeshi katika Bahari ya Japan. Belousov aliwasili China siku ya Jumanne kwa ziara rasmi ya '
           'siku tatu.'),
    "ar": ('أجرى وزير الدفاع الروسي أندريه بيلوسوف محادثات مع نظيره الصيني دونغ جون في تشينغداو يوم '
           'الأربعاء. واتفق الجانبان على إجراء مناورات بحرية مشتركة في بحر اليابان. ووصل بيلوسوف إلى الصين '
           'يوم الثلاثاء في زيارة رسمية تستغرق ثلاثة أيام.'),
    "zh": ('俄罗斯国防部长别洛乌索夫周三在青岛与中国国防部长董军举行会谈。双方同意在日本海举行联合海上'
           '演习。别洛乌索夫周二抵达中国，进行为期三天的正式访问。'),
}


@pytest.mark.parametrize("lang", sorted(STORY))
def test_one_story_in_six_languages(extractor: Extractor, lang: str) -> None:
    ex = run(extractor, lang, STORY[lang], published=dt.date(2024, 5, 22))
    belousov, dong = "person/andrei-belousov", "person/dong-jun"
    assert events(ex, EventType.MEETING) == [({belousov, dong}, "place/qingdao", "2024-05-22", "occurred")]
    assert events(ex, EventType.VISIT) == [({belousov}, CN, "2024-05-21", "occurred")]
    assert [(p, loc, st) for p, loc, _, st in events(ex, EventType.EXERCISE)] == [
        ({CN, RU}, "place/sea-of-japan", "planned")]
    assert {(belousov, "DefenceMinister", "RU"), (dong, "DefenceMinister", "CN")} <= posts(ex)


def test_an_unknown_chinese_name_gets_a_pinyin_label(extractor: Extractor) -> None:
    ex = run(extractor, "zh", "中国海军司令员胡中明周一在符拉迪沃斯托克会见俄罗斯太平洋舰队司令员利纳尔多维奇。")
    assert ex.entities["person/linaerduoweiqi"].label == "Linaerduoweiqi"
    assert events(ex, EventType.MEETING) == [({"person/hu-zhongming", "person/linaerduoweiqi"}, "place/vladivostok",
                                              "2024-05-20", "occurred")]


def test_negated_meeting_is_not_an_event(extractor: Extractor) -> None:
    ex = run(extractor, "en", "Chinese Defence Minister Li Shangfu did not meet Russian President Vladimir Putin.")
    assert events(ex, EventType.MEETING) == []


def test_undated_routine_exercises_are_background(extractor: Extractor) -> None:
    ex = run(extractor, "en", "China and Russia regularly conduct joint exercises.")
    assert events(ex, EventType.EXERCISE) == []


def test_country_word_inside_a_place_name_is_not_a_country(extractor: Extractor) -> None:
    ex = run(extractor, "en", "Chinese and Russian warships began joint naval exercises in the Sea of Japan "
                              "on Thursday.")
    assert "country/JP" not in {m.key for m in ex.mentions}
    assert events(ex, EventType.EXERCISE) == [({CN, RU}, "place/sea-of-japan", "2024-05-16", "occurred")]


def test_a_month_abbreviation_inside_a_name_is_no_date(extractor: Extractor) -> None:
    ex = run(extractor, "en", "Russian Defence Minister Andrei Belousov met Chinese Defence Minister Dong Jun "
                              "in Beijing.")
    assert events(ex, EventType.MEETING) == [({"person/andrei-belousov", "person/dong-jun"}, BEIJING,
                                              "2024-05-20", "occurred")]  # the news of the day, not June


def test_title_country_from_the_institution_named_in_it(extractor: Extractor) -> None:
    ex = run(extractor, "sw", "Msemaji wa Kremlin Dmitry Peskov alisema mazungumzo yatafanyika.")
    assert ("person/dmitry-peskov", "Spokesperson", "RU") in posts(ex)
    assert [k for k in ex.entities if k.startswith("person/")] == ["person/dmitry-peskov"]


def test_the_drills_refer_back_to_the_exercise_already_reported(extractor: Extractor) -> None:
    ex = run(extractor, "en", "China and Russia began joint naval exercises on Thursday. The drills will last a week.")
    assert len(events(ex, EventType.EXERCISE)) == 1


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The commander of the Russian air force Alexander Fomin met Li Qiang in Chicago."),
        ("sw", "Mkuu wa jeshi la anga la Urusi Alexander Fomin alikutana na Li Qiang mjini Chicago."),
    ],
    ids=["en", "sw"],
)
def test_a_posts_institution_is_an_entity_of_the_article(extractor: Extractor, lang: str, text: str) -> None:
    ex = run(extractor, lang, text)
    orgs = {p.org for p in ex.posts if p.org}
    assert orgs and orgs <= set(ex.entities), (ex.posts, list(ex.entities))


# ---------------------------------------------------------------- inflected names, titles after institutions
BELOUSOV = "person/andrei-belousov"


@pytest.mark.parametrize(
    "text",
    [
        "Сергей Шойгу встретился с Андреем Белоусовым в Пекине.",
        "Сергей Шойгу провел переговоры с министром обороны Андреем Белоусовым в Пекине.",
    ],
    ids=["ru-surname-formant-and-ending", "ru-after-instrumental-title"],
)
def test_a_known_name_in_the_instrumental_is_found(extractor: Extractor, text: str) -> None:
    assert events(run(extractor, "ru", text), EventType.MEETING) == [
        ({SHOIGU, BELOUSOV}, BEIJING, "2024-05-20", "occurred")]


@pytest.mark.parametrize(
    "text, key, label",
    [
        ("Министр обороны России Андрей Белоусов провел переговоры с министром обороны Ирана Азизом Хамидзаде.",
         "person/aziz-khamidzade", "Aziz Khamidzade"),
        ("Министр обороны Белоруссии Виктор Хренин встретился с командующим ВМФ России Андреем Ивановым.",
         "person/andrey-ivanov", "Andrey Ivanov"),
        ("Министр обороны Китая встретился с генералом Игорем Вишневским.",
         "person/igor-vishnevskiy", "Igor Vishnevskiy"),
    ],
    ids=["ru-indeclinable-surname", "ru-surname-in-ov", "ru-soft-stem-and-adjectival-surname"],
)
def test_an_unknown_name_in_the_instrumental_is_named_in_the_nominative(extractor: Extractor, text: str, key: str,
                                                                        label: str) -> None:
    ex = run(extractor, "ru", text)
    assert key in ex.entities, ex.entities.keys()
    assert ex.entities[key].label == label


def test_one_unknown_person_in_two_cases_is_one_entity(extractor: Extractor) -> None:
    ex = run(extractor, "ru", "Командующий Тихоокеанским флотом Андрей Иванов прибыл в Пекин. "
                              "Министр обороны Китая встретился с командующим Тихоокеанским флотом Андреем Ивановым.")
    people = [k for k, e in ex.entities.items() if e.type.is_person]
    assert people == ["person/andrey-ivanov"]
    assert {m.text for m in ex.mentions if m.key == people[0]} == {"Андрей Иванов", "Андреем Ивановым"}


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Pacific Fleet commander Viktor Liina visited Qingdao."),
        ("en", "The commander of Russia's Pacific Fleet, Admiral Viktor Liina, visited Qingdao."),
        ("zh", "太平洋舰队司令利纳上将访问了青岛。"),
    ],
    ids=["en-fleet-before-title", "en-fleet-in-title-then-rank", "zh-fleet-before-title"],
)
def test_a_commander_serves_the_country_of_his_force(extractor: Extractor, lang: str, text: str) -> None:
    ex = run(extractor, lang, text)
    commanders = [(p.role, p.country) for p in ex.posts if p.role in ("MilitaryCommander", "NavyCommander")]
    # one post, with its country, not a second one without; a fleet's commander is a navy commander
    assert commanders == [("NavyCommander", "RU")]


def test_a_rank_is_no_future_marker(extractor: Extractor) -> None:
    # '将' means 'will', but inside '上将' (general) it is part of a rank
    ex = run(extractor, "zh", "俄罗斯海军总司令叶夫梅诺夫上将访问了青岛。")
    assert [e.status.value for e in ex.events if e.type is EventType.VISIT] == ["occurred"]


def test_the_leaders_of_an_army_are_not_its_head_of_state(extractor: Extractor) -> None:
    ex = run(extractor, "zh", "俄罗斯总统普京会见了李尚福。李尚福将与俄军队领导人举行会谈。")
    talks = [e for e in ex.events if e.type is EventType.MEETING and e.status.value == "planned"]
    assert talks and all(PUTIN not in e.participants for e in talks)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Zhang Youxia, vice chairman of China's Central Military Commission, met Andrei Belousov in Moscow."),
        ("fr", "Le vice-président de la Commission militaire centrale chinoise Zhang Youxia est arrivé à Moscou."),
        ("sw", "Makamu Mwenyekiti wa Tume Kuu ya Kijeshi ya China Zhang Youxia aliwasili Moscow."),
        ("ar", "وصل نائب رئيس اللجنة العسكرية المركزية الصينية تشانغ يوشيا إلى موسكو."),
    ],
    ids=["en-apposition", "fr-adjective", "sw-tume", "ar"],
)
def test_vice_chairman_of_the_central_military_commission(extractor: Extractor, lang: str, text: str) -> None:
    assert ("person/zhang-youxia", "MilitaryCommander", "CN") in posts(run(extractor, lang, text))


@pytest.mark.parametrize(
    "lang, text",
    [
        ("ar", "وصل وزير الدفاع الصيني دونغ جون إلى فلاديفوستوك أمس."),
        ("ar", "وصل وزير الدفاع الصيني دونغ جون بفلاديفوستوك أمس."),
        ("en", "Chinese Defence Minister Dong Jun arrived in Vladivostock yesterday."),
        ("ru", "Министр обороны Китая Дун Цзюнь прибыл во Владивосток вчера."),
    ],
    ids=["ar-long-vowel-spelled-out", "ar-proclitic-preposition", "en-variant-spelling", "ru-gazetteer-spelling"],
)
def test_a_place_spelled_unlike_the_gazetteer_is_found_by_its_sound(extractor: Extractor, lang: str,
                                                                     text: str) -> None:
    visits = events(run(extractor, lang, text), EventType.VISIT)
    assert visits == [({"person/dong-jun"}, "place/vladivostok", "2024-05-19", "occurred")]


def test_an_ordinary_word_after_a_preposition_is_no_place(extractor: Extractor) -> None:
    ex = run(extractor, "ar", "وصل الوفد في زيارة رسمية إلى العاصمة لإجراء محادثات.")
    assert not [k for k in ex.entities if k.startswith("place/")]


@pytest.mark.parametrize(
    "text, etype, participants, status",
    [
        ("Rais Vladimir Putin alimpokea Waziri wa Ulinzi wa China Dong Jun mjini Moscow.", EventType.MEETING,
         {PUTIN, "person/dong-jun"}, "occurred"),
        ("Dong Jun na Andrei Belousov walipokutana mjini Moscow walijadili ushirikiano.", EventType.MEETING,
         {BELOUSOV, "person/dong-jun"}, "occurred"),
        ("Waziri wa Ulinzi wa China Dong Jun yuko ziarani mjini Moscow.", EventType.VISIT, {"person/dong-jun"},
         "occurred"),
        ("Waziri wa Ulinzi wa China Dong Jun atafika mjini Moscow kesho.", EventType.VISIT, {"person/dong-jun"},
         "planned"),
    ],
    ids=["sw-object-marker", "sw-relative-form", "sw-locative-noun", "sw-future-arrival"],
)
def test_swahili_verb_forms_by_their_morphology(extractor: Extractor, text: str, etype: EventType,
                                                participants: set[str], status: str) -> None:
    found = events(run(extractor, "sw", text), etype)
    assert [(p, loc, s) for p, loc, _, s in found] == [(participants, MOSCOW, status)]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("ru", "Министр обороны Китая Дун Цзюнь посетит Россию с официальным визитом 3-5 июня."),
        ("ru", "Министр обороны Китая Дун Цзюнь посетит Россию с визитом с 3 по 5 июня."),
        ("en", "Chinese Defence Minister Dong Jun will visit Russia on an official visit on 3-5 June."),
    ],
    ids=["ru-two-words-one-visit", "ru-s-po-range", "en-visit-visit"],
)
def test_a_date_next_to_the_second_word_of_one_mention_dates_the_event(extractor: Extractor, lang: str,
                                                                       text: str) -> None:
    ex = run(extractor, lang, text)
    assert [(e.start.value if e.start else None, e.end.value if e.end else None)
            for e in ex.events if e.type is EventType.VISIT] == [("2024-06-03", "2024-06-05")]


@pytest.mark.parametrize(
    "lang, text, date",
    [
        ("zh", "中俄两国海军将于7月在日本海举行“海上联合-2024”联合演习。", "2024-07"),
        ("ru", "ВМФ России и ВМС Китая проведут учения «Морское взаимодействие-2024» в июле.", "2024-07"),
        ("en", "The Russian and Chinese navies will hold the Vostok-2024 drills in July.", "2024-07"),
    ],
    ids=["zh", "ru", "en"],
)
def test_the_year_in_an_exercise_name_is_not_its_date(extractor: Extractor, lang: str, text: str,
                                                      date: str) -> None:
    ex = run(extractor, lang, text)
    assert [e.start.value if e.start else None for e in ex.events if e.type is EventType.EXERCISE] == [date]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("ru", "Россия продала золото и песок, а медведь спал. Золотой запас вырос."),
        ("en", "The defence tax rises, and the esper was modest."),
    ],
    ids=["ru-gold-sand-bear", "en-lower-case"],
)
def test_a_common_word_that_looks_like_a_surname_is_nobody(extractor: Extractor, lang: str, text: str) -> None:
    assert not [k for k, e in run(extractor, lang, text).entities.items() if e.type.is_person]


def test_an_inflected_surname_alone_is_the_person(extractor: Extractor) -> None:
    ex = run(extractor, "ru", "Пескова спросили о Медведеве и Захаровой.")
    assert {"person/dmitry-peskov", "person/dmitry-medvedev", "person/maria-zakharova"} <= set(ex.entities)


# ---------------------------------------------------------------- datelines
DONG, BELOUSOV = "person/dong-jun", "person/andrei-belousov"


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "BEIJING, May 20 (Reuters) - Chinese and Russian warships began joint naval drills in the Sea of "
               "Japan on Monday."),
        ("fr", "MOSCOU, 18 mai (AFP) - Les marines chinoise et russe ont commencé des manœuvres conjointes en mer "
               "du Japon samedi."),
        ("zh", "新华社北京5月19日电 中俄两国海军19日在日本海举行联合演习。"),
    ],
    ids=["en-reuters", "fr-afp", "zh-xinhua"],
)
def test_the_dateline_city_is_not_where_the_exercise_is(extractor: Extractor, lang: str, text: str) -> None:
    (exercise,) = events(run(extractor, lang, text), EventType.EXERCISE)
    assert exercise[1] == "place/sea-of-japan"


@pytest.mark.parametrize(
    "lang, text, place, day",
    [
        ("ar", "بكين 17 مايو (شينخوا) التقى وزير الدفاع الصيني دونغ جون نظيره الروسي أندريه بيلوسوف في بكين اليوم.",
         BEIJING, "2024-05-17"),
        ("ru", "МОСКВА, 18 мая. /ТАСС/. Министр обороны России Андрей Белоусов провел переговоры с Дун Цзюнем сегодня.",
         MOSCOW, "2024-05-18"),
        ("zh", "新华社北京5月19日电 国防部长董军今天会见俄罗斯国防部长别洛乌索夫。", BEIJING, "2024-05-19"),
    ],
    ids=["ar-xinhua", "ru-tass", "zh-xinhua"],
)
def test_the_dateline_is_the_leads_today_and_its_city(extractor: Extractor, lang: str, text: str, place: str,
                                                        day: str) -> None:
    """'Today' in a story filed on the 17th and published on the 20th is the 17th; a meeting the lead reports
    without a place was held in the city the story was filed from."""
    assert events(run(extractor, lang, text), EventType.MEETING) == [({DONG, BELOUSOV}, place, day, "occurred")]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Moscow hosted talks between Chinese Defence Minister Dong Jun and Andrei Belousov on Sunday."),
        ("ar", "موسكو تستضيف محادثات بين وزير الدفاع الصيني دونغ جون وأندريه بيلوسوف يوم الأحد."),
    ],
    ids=["en", "ar"],
)
def test_a_text_that_starts_with_a_city_has_no_dateline(extractor: Extractor, lang: str, text: str) -> None:
    assert events(run(extractor, lang, text), EventType.MEETING) == [({DONG, BELOUSOV}, MOSCOW, "2024-05-19",
                                                                      "occurred")]


# ---------------------------------------------------------------- a month without a year
@pytest.mark.parametrize(
    "lang, text, date, status",
    [
        ("en", "Xi Jinping visited Moscow in August.", "2023-08", "occurred"),
        ("en", "Xi Jinping will visit Moscow in August.", "2024-08", "planned"),
        ("ar", "زار الرئيس الصيني شي جين بينغ موسكو في أغسطس.", "2023-08", "occurred"),
        ("ar", "وكان الرئيس الصيني شي جين بينغ قد زار موسكو في أغسطس.", "2023-08", "occurred"),
        ("ru", "Си Цзиньпин посетил Москву в августе.", "2023-08", "occurred"),
        ("ru", "Си Цзиньпин посетит Москву в августе.", "2024-08", "planned"),
        ("fr", "Xi Jinping s'est rendu à Moscou en août.", "2023-08", "occurred"),
        ("sw", "Rais wa China Xi Jinping alizuru Moscow mwezi Agosti.", "2023-08", "occurred"),
        ("zh", "习近平8月访问了莫斯科。", "2023-08", "occurred"),
        ("zh", "习近平将于8月访问莫斯科。", "2024-08", "planned"),
    ],
    ids=["en-past", "en-future", "ar-past", "ar-pluperfect", "ru-past", "ru-perfective-future", "fr-past",
         "sw-li-past", "zh-le", "zh-future"],
)
def test_a_month_told_in_the_past_is_the_last_such_month(extractor: Extractor, lang: str, text: str, date: str,
                                                          status: str) -> None:
    """Published in May 2024: the nearest August is ahead, but a visit told in the past was last August's."""
    assert events(run(extractor, lang, text), EventType.VISIT) == [({XI}, MOSCOW, date, status)]


# ---------------------------------------------------------------- titles, asides and speakers
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "NATO Secretary General Mark Rutte criticised the visit."),
        ("fr", "Le secrétaire général de l'OTAN Mark Rutte a critiqué la visite."),
    ],
    ids=["en", "fr"],
)
def test_a_secretary_general_is_no_general(extractor: Extractor, lang: str, text: str) -> None:
    assert posts(run(extractor, lang, text)) == {("person/mark-rutte", "OtherOfficial", None)}


@pytest.mark.parametrize(
    "lang, text, post",
    [
        ("ru", "Секретарь Совбеза Сергей Шойгу прибыл в Пекин.", (SHOIGU, "OtherOfficial", "RU")),
        ("zh", "朝鲜国防相姜纯男将于下月访问莫斯科。", ("person/kang-sun-nam", "DefenceMinister", "KP")),
    ],
    ids=["ru-security-council-secretary", "zh-north-korean-defence-minister"],
)
def test_more_titles(extractor: Extractor, lang: str, text: str, post: tuple[str, str, str]) -> None:
    assert post in posts(run(extractor, lang, text))


def test_a_name_in_lower_case_is_an_ordinary_word(extractor: Extractor) -> None:
    """'la réunion' is a meeting, not the island of Réunion; 'La Réunion' still is."""
    keys = {m.key for m in run(extractor, "fr", "En marge de la réunion des ministres, Dong Jun a parlé.").mentions}
    assert "country/RE" not in keys
    assert "country/RE" in {m.key for m in run(extractor, "fr", "Il est arrivé à La Réunion.").mentions}


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Chinese Defence Minister Dong Jun met, on Sunday, his Russian counterpart Andrei Belousov in Beijing."),
        ("ar", "التقى وزير الدفاع الصيني دونغ جون، يوم الأحد، نظيره الروسي أندريه بيلوسوف في بكين."),
    ],
    ids=["en", "ar"],
)
def test_a_date_between_commas_does_not_cut_the_clause(extractor: Extractor, lang: str, text: str) -> None:
    assert events(run(extractor, lang, text), EventType.MEETING) == [({DONG, BELOUSOV}, BEIJING, "2024-05-19",
                                                                      "occurred")]


def test_the_force_in_a_speakers_title_is_not_taking_part(extractor: Extractor) -> None:
    ex = run(extractor, "ru", "Начальник Генерального штаба ВС РФ Валерий Герасимов заявил, что российско-китайские "
                              "учения пройдут в сентябре в Японском море.")
    assert events(ex, EventType.EXERCISE) == [({RU, CN}, "place/sea-of-japan", "2024-09", "planned")]


# ---------------------------------------------------------------- one story's events inform each other
def test_a_meeting_on_a_trip_is_with_the_hosts(extractor: Extractor) -> None:
    """Named with a visit, 'he would meet defence officials' is a meeting with the host country, there."""
    ex = run(extractor, "en", "Beijing announced Li Shangfu's visit to Moscow next week, saying he would meet "
                              "defence officials.")
    assert events(ex, EventType.MEETING) == [({LI, RU}, MOSCOW, "2024-05", "planned")]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Li Shangfu will visit Moscow this month, the ministry said. Vladimir Putin met Li Shangfu in "
               "Moscow on Sunday."),
        ("ru", "Ли Шанфу посетит Москву в этом месяце. Владимир Путин встретился с Ли Шанфу в Москве в воскресенье."),
    ],
    ids=["en", "ru"],
)
def test_an_announced_visit_seen_under_way_has_occurred(extractor: Extractor, lang: str, text: str) -> None:
    assert events(run(extractor, lang, text), EventType.VISIT) == [({LI}, MOSCOW, "2024-05-19", "occurred")]


def test_the_undated_meeting_of_the_lead_is_the_news_of_the_day(extractor: Extractor) -> None:
    text = ("Li Shangfu chose Russia for his first visit abroad. He said so at a meeting with Vladimir Putin. "
            "The two countries held joint drills in the Sea of Japan in 2023. Li later met Sergei Shoigu.")
    ex = run(extractor, "en", text)
    assert events(ex, EventType.VISIT) == [({LI}, RU, "2024-05-20", "occurred")]
    met = sorted(events(ex, EventType.MEETING), key=lambda e: sorted(e[0]))
    # the meeting of the lead is dated the day of the news and held on the visit; the later one is not dated
    assert met == [({LI, SHOIGU}, RU, None, "occurred"), ({LI, PUTIN}, RU, "2024-05-20", "occurred")]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Chinese and Russian warships began joint drills in the Sea of Japan."),
        ("ru", "Корабли России и Китая приступили к совместным учениям в Японском море."),
        ("ar", "بدأت القوات البحرية الصينية والروسية مناورات مشتركة في بحر اليابان."),
        ("fr", "Les marines chinoise et russe ont débuté des exercices conjoints en mer du Japon."),
        ("sw", "Majeshi ya China na Urusi yameanza mazoezi ya pamoja katika Bahari ya Japan."),
        ("zh", "中俄联合演习在日本海拉开帷幕。"),
    ],
    ids=["en", "ru", "ar", "fr", "sw", "zh"],
)
def test_an_exercise_the_lead_says_has_begun_is_the_news_of_the_day(extractor: Extractor, lang: str,
                                                                      text: str) -> None:
    (exercise,) = events(run(extractor, lang, text), EventType.EXERCISE)
    assert exercise[1:] == ("place/sea-of-japan", "2024-05-20", "occurred") and {CN, RU} <= exercise[0]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "China and Russia regularly conduct joint exercises."),
        ("ru", "Россия и Китай с 2005 года проводят совместные учения."),
        ("ar", "تجري الصين وروسيا مناورات مشتركة منذ عام 2005."),
        ("zh", "中俄自2005年以来举行了多次联合演习。"),
    ],
    ids=["en-regularly", "ru-since", "ar-since", "zh-since"],
)
def test_habitual_exercises_in_the_lead_are_background(extractor: Extractor, lang: str, text: str) -> None:
    assert events(run(extractor, lang, text), EventType.EXERCISE) == []


@pytest.mark.parametrize(
    "lang, text",
    [
        ("ru", "Российские и китайские корабли проведут учения с 14 по 19 августа в Японском море, сообщили в Москве."),
        ("en", "Chinese and Russian warships will hold drills on 14-19 August in the Sea of Japan, officials in "
               "Moscow said."),
    ],
    ids=["ru", "en"],
)
def test_where_it_was_said_is_not_where_it_happens(extractor: Extractor, lang: str, text: str) -> None:
    (exercise,) = events(run(extractor, lang, text), EventType.EXERCISE)
    assert exercise == ({CN, RU}, "place/sea-of-japan", "2024-08-14", "planned")


def test_bystanders_after_the_clause_are_not_taking_part(extractor: Extractor) -> None:
    ex = run(extractor, "en", "Chinese and Russian bombers conducted a joint patrol over the Sea of Japan on Sunday, "
                              "prompting Japan and South Korea to scramble fighter jets.")
    assert events(ex, EventType.EXERCISE) == [({CN, RU}, "place/sea-of-japan", "2024-05-19", "occurred")]


def test_talks_on_a_trip_are_at_its_destination_not_where_it_was_said(extractor: Extractor) -> None:
    ex = run(extractor, "en", "Andrei Belousov will travel to China next week for talks with Chinese officials, "
                              "the Kremlin said.")
    assert events(ex, EventType.MEETING) == [({BELOUSOV, CN}, CN, "2024-05", "planned")]


# ---------------------------------------------------------------- ranks
MOISEYEV = "person/alexander-moiseyev"


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Russian Navy commander Admiral Alexander Moiseyev arrived."),
        ("en", "Admiral Alexander Moiseyev, commander of the Russian Navy, arrived."),
        ("ru", "Главнокомандующий ВМФ России адмирал Александр Моисеев прибыл."),
        ("ar", "وصل قائد البحرية الروسية الأميرال ألكسندر مويسييف."),
        ("fr", "Le commandant de la marine russe, l'amiral Alexandre Moïsseïev, est arrivé."),
        ("sw", "Kamanda wa Jeshi la Wanamaji la Urusi Admirali Alexander Moiseyev aliwasili."),
    ],
    ids=["en-rank-after-title", "en-rank-before-title", "ru", "ar", "fr", "sw"],
)
def test_a_rank_beside_a_title_is_no_post_of_its_own(extractor: Extractor, lang: str, text: str) -> None:
    assert posts(run(extractor, lang, text)) == {(MOISEYEV, "NavyCommander", "RU")}


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Chinese Navy political commissar Admiral Yuan Huazhi arrived in Moscow."),
        ("fr", "L'amiral Yuan Huazhi, commissaire politique de la marine chinoise, est arrivé à Moscou."),
    ],
    ids=["en", "fr"],
)
def test_an_admiral_of_the_navy_is_not_its_commander(extractor: Extractor, lang: str, text: str) -> None:
    assert posts(run(extractor, lang, text)) == {("person/yuan-huazhi", "MilitaryCommander", "CN")}


def test_an_unknown_chinese_name_in_russian_meets_its_pinyin_spelling(extractor: Extractor) -> None:
    ru = run(extractor, "ru", "Политкомиссар ВМС НОАК адмирал Юань Хуачжи прибыл в Москву.")
    en = run(extractor, "en", "Chinese Navy political commissar Admiral Yuan Huazhi arrived in Moscow.")
    zh = run(extractor, "zh", "海军政委袁华智上将抵达莫斯科。")
    key = "person/yuan-huazhi"
    assert all(key in {m.key for m in ex.mentions} for ex in (ru, en, zh))
    assert ru.entities[key].label == "Yuan Huazhi"


@pytest.mark.parametrize(
    "lang, text, post",
    [
        ("sw", "Admirali Yuan Huazhi wa China aliwasili Moscow.", ("person/yuan-huazhi", "MilitaryCommander", "CN")),
        ("sw", "Waziri wa Ulinzi Juma Mwinyi wa Tanzania aliwasili Beijing.",
         ("person/juma-mwinyi", "DefenceMinister", "TZ")),
        ("en", "Admiral Yuan Huazhi of China arrived in Moscow.", ("person/yuan-huazhi", "MilitaryCommander", "CN")),
    ],
    ids=["sw-rank", "sw-minister", "en"],
)
def test_a_country_linked_after_an_unknown_name_is_the_posts(extractor: Extractor, lang: str, text: str,
                                                             post: tuple[str, str, str]) -> None:
    assert posts(run(extractor, lang, text)) == {post}


def test_a_destination_after_a_named_subject_belongs_to_the_visit(extractor: Extractor) -> None:
    """Verb-first Arabic puts the visitor's title and name between the verb and the destination; a name counts
    as one word, so Kazakhstan is the visit's, not the summit's."""
    ex = run(extractor, "ar", "ومن المتوقع أن يزور الرئيس الصيني شي جين بينغ كازاخستان في يوليو لحضور قمة منظمة شنغهاي "
                              "للتعاون.")
    assert [(e[0], e[1], e[3]) for e in events(ex, EventType.VISIT)] == [({XI}, "country/KZ", "planned")]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("ar", "دعا الرئيس الروسي فلاديمير بوتين إلى إجراء المزيد من المناورات البحرية المشتركة مع الصين."),
        ("fr", "Vladimir Poutine a appelé à davantage d'exercices navals conjoints avec la Chine. Dong Jun était à "
               "Singapour."),
        ("ru", "Владимир Путин призвал к проведению новых совместных военно-морских учений с Китаем. Дун Цзюнь был в "
               "Сингапуре."),
    ],
    ids=["ar-title-and-name-count-as-one-word", "fr-the-callers-country", "ru-the-callers-country"],
)
def test_exercises_called_for_are_proposed_between_the_caller_and_the_other(extractor: Extractor, lang: str,
                                                                            text: str) -> None:
    assert events(run(extractor, lang, text), EventType.EXERCISE) == [({RU, CN}, None, None, "proposed")]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Xi Jinping se rendra au Kazakhstan en juillet pour le sommet de l'OCS."),
        ("sw", "Rais Xi Jinping atazuru Kazakhstan mwezi Julai kuhudhuria mkutano wa kilele wa SCO."),
    ],
    ids=["fr", "sw"],
)
def test_a_trip_to_a_dated_summit_is_at_its_time(extractor: Extractor, lang: str, text: str) -> None:
    assert events(run(extractor, lang, text), EventType.VISIT) == [({XI}, "country/KZ", "2024-07", "planned")]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The SCO summit was held in Astana, where Xi Jinping held talks with Vladimir Putin."),
        ("fr", "Le sommet de l'OCS s'est tenu à Astana, où Xi Jinping s'est entretenu avec Vladimir Poutine."),
        ("ru", "Саммит ШОС прошел в Астане, где Си Цзиньпин провел переговоры с Владимиром Путиным."),
    ],
    ids=["en", "fr", "ru"],
)
def test_talks_where_the_summit_was_are_there(extractor: Extractor, lang: str, text: str) -> None:
    """(The summit itself is a meeting of the SCO, there too.)"""
    assert sorted((sorted(e[0]), e[1]) for e in events(run(extractor, lang, text), EventType.MEETING)) == [
        (["org/sco"], "place/astana"), (sorted([XI, PUTIN]), "place/astana")]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Xi Jinping arrived in Moscow on Monday. Vladimir Putin welcomed him. The two leaders held talks for "
               "four hours."),
        ("ar", "وصل الرئيس الصيني شي جين بينغ إلى موسكو يوم الاثنين. واستقبله الرئيس الروسي فلاديمير بوتين. وأجرى "
               "الزعيمان محادثات لمدة أربع ساعات."),
        ("fr", "Xi Jinping est arrivé à Moscou lundi. Vladimir Poutine l'a accueilli. Les deux dirigeants ont eu des "
               "entretiens pendant quatre heures."),
    ],
    ids=["en", "ar", "fr"],
)
def test_the_two_leaders_are_the_last_two_people_named(extractor: Extractor, lang: str, text: str) -> None:
    met = events(run(extractor, lang, text), EventType.MEETING)
    assert [(e[0], e[1]) for e in met] == [({XI, PUTIN}, MOSCOW)]


def test_the_two_leaders_are_heads_of_state_before_other_people(extractor: Extractor) -> None:
    text = ("Vladimir Putin met the Chinese defence minister Li Shangfu soon after the visit of Chinese President Xi "
            "Jinping to Moscow in March. On the first day of the visit, the two leaders held talks for four hours.")
    met = [e[0] for e in events(run(extractor, "en", text), EventType.MEETING)]
    assert {PUTIN, XI} in met and {LI, XI} not in met


def test_a_spokesman_tells_of_a_trip_he_does_not_make(extractor: Extractor) -> None:
    text = ("Li Shangfu will visit Russia next week. \"During the visit he will meet Russian officials and visit "
            "Belarus,\" spokesman Wu Qian said.")
    ex = run(extractor, "en", text)
    assert {e[0] == {LI} for e in events(ex, EventType.VISIT)} == {True}


def test_talks_named_in_another_country_are_not_the_last_talks(extractor: Extractor) -> None:
    text = ("Li Shangfu will hold talks with defence officials in Russia next week. He will also have meetings "
            "in Belarus.")
    met = events(run(extractor, "en", text), EventType.MEETING)
    assert sorted(sorted(e[0]) for e in met) == [sorted({LI, BY}), sorted({LI, RU})]
    assert all(e[1] != BY for e in met if RU in e[0])  # Belarus is not where the talks in Russia are


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Russian Defence Minister Andrei Belousov flew to Beijing on Sunday."),
        ("ru", "Министр обороны России Андрей Белоусов вылетел в Пекин в воскресенье."),
        ("zh", "俄罗斯国防部长别洛乌索夫19日飞抵北京。"),
        ("fr", "Le ministre russe de la Défense Andreï Belooussov s'est envolé pour Pékin dimanche."),
        ("sw", "Waziri wa Ulinzi wa Urusi Andrei Belousov alielekea Beijing Jumapili."),
    ],
    ids=["en", "ru", "zh", "fr", "sw"],
)
def test_a_flight_to_a_capital_is_a_visit(extractor: Extractor, lang: str, text: str) -> None:
    assert events(run(extractor, lang, text), EventType.VISIT) == [({BELOUSOV}, BEIJING, "2024-05-19", "occurred")]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Chinese Defence Minister Li Shangfu cancelled his visit to Moscow, planned for next week."),
        ("en", "Russia and China called off their joint naval drills in the Sea of Japan."),
        ("fr", "La visite à Moscou du ministre chinois de la Défense Li Shangfu a été annulée."),
        ("ru", "Министр обороны Китая Ли Шанфу отменил визит в Москву."),
        ("ar", "ألغى وزير الدفاع الصيني لي شانغ فو زيارته إلى موسكو."),
        ("sw", "Ziara ya Waziri wa Ulinzi wa China Li Shangfu mjini Moscow imefutwa."),
        ("zh", "中国国防部长李尚福取消了对莫斯科的访问。"),
    ],
    ids=["en-cancelled-before", "en-called-off", "fr-annulee", "ru-otmenil", "ar-alghaa", "sw-imefutwa",
         "zh-quxiao"],
)
def test_an_event_called_off_is_no_event(extractor: Extractor, lang: str, text: str) -> None:
    assert run(extractor, lang, text).events == []


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The visit of Chinese Defence Minister Li Shangfu to Moscow, planned for next week, has been "
               "postponed."),
        ("fr", "La visite à Moscou du ministre chinois de la Défense Li Shangfu, prévue lundi, a été reportée."),
        ("ru", "Визит министра обороны Китая Ли Шанфу в Москву, намеченный на следующую неделю, перенесен."),
        ("ar", "تأجلت زيارة وزير الدفاع الصيني لي شانغ فو إلى موسكو التي كانت مقررة الأسبوع المقبل."),
        ("sw", "Ziara ya Waziri wa Ulinzi wa China Li Shangfu mjini Moscow imeahirishwa."),
        ("zh", "中国国防部长李尚福推迟了下周对莫斯科的访问。"),
    ],
    ids=["en", "fr", "ru", "ar", "sw", "zh"],
)
def test_a_postponed_event_is_planned_at_no_date(extractor: Extractor, lang: str, text: str) -> None:
    assert events(run(extractor, lang, text), EventType.VISIT) == [({LI}, MOSCOW, None, "planned")]


def test_calling_off_one_event_leaves_the_events_told_before_it(extractor: Extractor) -> None:
    ex = run(extractor, "en", "Li Shangfu visited Moscow on Monday and met Sergei Shoigu; a planned trip to "
                              "Minsk was cancelled.")
    assert [e.type for e in ex.events] == [EventType.VISIT, EventType.MEETING]
    assert ex.events[0].location == MOSCOW


@pytest.mark.parametrize(
    "text",
    ["بحث وزير الدفاع الصيني لي شانغ فو مع نظيره الروسي سيرغي شويغو في موسكو سبل تعزيز التعاون.",
     "ناقش وزير الدفاع الصيني لي شانغ فو ونظيره الروسي سيرغي شويغو في موسكو التعاون العسكري."],
    ids=["bahatha-ma", "naqasha-wa"],
)
def test_arabic_discussed_with_is_a_meeting(extractor: Extractor, text: str) -> None:
    assert events(run(extractor, "ar", text), EventType.MEETING) == [({LI, SHOIGU}, MOSCOW, "2024-05-20",
                                                                      "occurred")]


@pytest.mark.parametrize(
    "lang, text, parties",
    [("en", "Putin discussed military cooperation with Xi Jinping on Monday.", {PUTIN, XI}),
     ("ru", "Министр обороны России Сергей Шойгу обсудил с министром обороны Китая Ли Шанфу военное "
            "сотрудничество.", {SHOIGU, LI}),
     ("fr", "Le ministre chinois de la Défense Li Shangfu a discuté avec son homologue russe Sergueï Choïgou de la "
            "coopération militaire.", {LI, SHOIGU}),
     ("sw", "Waziri wa Ulinzi wa China Li Shangfu alijadili na mwenzake wa Urusi Sergei Shoigu ushirikiano wa "
            "kijeshi.", {LI, SHOIGU}),
     ("zh", "中国国防部长李尚福与俄罗斯国防部长绍伊古讨论了两军合作。", {LI, SHOIGU})],
    ids=["en", "ru", "fr", "sw", "zh"],
)
def test_two_people_discussing_is_a_meeting(extractor: Extractor, lang: str, text: str, parties: set[str]) -> None:
    assert [set(e.participants) for e in run(extractor, lang, text).events if e.type is EventType.MEETING] == [
        parties]


@pytest.mark.parametrize(
    "lang, text",
    [("ar", "بحث الرئيس الروسي فلاديمير بوتين الوضع في أوكرانيا."),
     ("en", "Putin discussed the situation in Ukraine on Monday."),
     ("ru", "Путин обсудил ситуацию на Украине.")],
    ids=["ar", "en", "ru"],
)
def test_one_person_discussing_a_country_is_no_meeting(extractor: Extractor, lang: str, text: str) -> None:
    assert run(extractor, lang, text).events == []


@pytest.mark.parametrize(
    "lang, text",
    [("en", "Iran, China and Russia began their annual naval drills in the Gulf of Oman on Monday."),
     ("ru", "Иран, Китай и Россия начали в понедельник ежегодные военно-морские учения в Оманском заливе."),
     ("fr", "L'Iran, la Chine et la Russie ont entamé lundi leurs manœuvres navales annuelles dans le golfe "
            "d'Oman."),
     ("sw", "Iran, China na Urusi zilianza Jumatatu mazoezi ya kila mwaka ya wanamaji katika Ghuba ya Oman.")],
    ids=["en", "ru", "fr", "sw"],
)
def test_a_list_of_countries_takes_part_in_the_exercise_as_a_whole(extractor: Extractor, lang: str,
                                                                   text: str) -> None:
    """The commas of a list of parties do not cut the clause (the first party was lost); 'ont entamé' tells an
    exercise begun, not planned."""
    assert events(run(extractor, lang, text), EventType.EXERCISE) == [
        ({"country/IR", CN, RU}, "place/gulf-of-oman", "2024-05-20", "occurred")]


def test_a_weekday_of_a_planned_event_is_the_coming_one(extractor: Extractor) -> None:
    ex = run(extractor, "en", "Chinese Defence Minister Li Shangfu is due to arrive in Moscow on Wednesday.")
    assert events(ex, EventType.VISIT) == [({LI}, MOSCOW, "2024-05-22", "planned")]  # published Monday 20 May


@pytest.mark.parametrize(
    "lang, text",
    [("en", "Russian media said Shoigu was expected to be received by Chinese President Xi Jinping."),
     ("fr", "Les manœuvres sino-russes prévues en mer du Japon réuniront une dizaine de navires."),
     ("fr", "Les manœuvres sino-russes auront lieu en mer du Japon."),
     ("ru", "Министр обороны России Сергей Шойгу должен посетить Пекин.")],
    ids=["en-was-expected", "fr-prevues", "fr-auront", "ru-dolzhen"],
)
def test_more_markers_of_planned_events(extractor: Extractor, lang: str, text: str) -> None:
    assert [e.status.value for e in run(extractor, lang, text).events] == ["planned"]


def test_a_surname_that_starts_another_name_is_not_the_known_persons(extractor: Extractor) -> None:
    ex = run(extractor, "en", "Chinese Defence Minister Li Shangfu met Sergei Shoigu. A delegation led by Li "
                              "Hongzhong arrived in Pyongyang on Wednesday.")
    assert [m.sentence for m in ex.mentions if m.key == LI] == [0]


@pytest.mark.parametrize(
    "lang, text, published, date",
    [("fr", "Le général Wei a confirmé que la Chine enverrait des troupes aux manœuvres Kavkaz-2020, prévues du "
            "21 au 26 septembre en Russie.", dt.date(2020, 9, 5), "2020-09-21"),
     ("en", "The Vostok-2022 exercise involved troops from China and Russia.", PUB, "2022"),
     ("zh", "中俄两军举行了“海上联合-2021”联合演习。", dt.date(2021, 10, 20), "2021")],
    ids=["fr-month-told-in-the-past", "en-year-only", "zh"],
)
def test_an_exercise_named_with_a_year_is_in_that_year(extractor: Extractor, lang: str, text: str,
                                                       published: dt.date, date: str) -> None:
    ex = run(extractor, lang, text, published)
    assert [e.start.value if e.start else None for e in ex.events if e.type is EventType.EXERCISE] == [date]


@pytest.mark.parametrize(
    "lang, text",
    [("en", "Sino-Russian naval drills began in the Sea of Japan on Monday."),
     ("en", "Russo-Chinese naval drills began in the Sea of Japan on Monday."),
     ("fr", "Les manœuvres navales sino-russes ont commencé lundi en mer du Japon."),
     ("fr", "Les manœuvres navales russo-chinoises ont commencé lundi en mer du Japon.")],
    ids=["en-sino", "en-russo", "fr-sino", "fr-russo"],
)
def test_compound_country_adjectives_name_both_countries(extractor: Extractor, lang: str, text: str) -> None:
    assert events(run(extractor, lang, text), EventType.EXERCISE) == [
        ({CN, RU}, "place/sea-of-japan", "2024-05-20", "occurred")]


def test_a_visitor_meeting_several_hosts_meets_each_of_them(extractor: Extractor) -> None:
    ex = run(extractor, "en", "Russian Defence Minister Sergei Shoigu will meet Chinese Defence Minister Li Shangfu "
                              "and President Xi Jinping in Beijing next week.")
    assert sorted(sorted(e.participants) for e in ex.events if e.type is EventType.MEETING) == [
        sorted([SHOIGU, LI]), sorted([SHOIGU, XI])]


def test_leaders_of_three_countries_meet_together(extractor: Extractor) -> None:
    ex = run(extractor, "en", "Xi Jinping, Vladimir Putin and Alexander Lukashenko met in Minsk on Tuesday.")
    assert [len(e.participants) for e in ex.events if e.type is EventType.MEETING] == [3]


@pytest.mark.parametrize(
    "lang, text",
    [("en", "Vladimir Putin and Xi Jinping signed the agreement in Moscow on Monday."),
     ("ru", "Владимир Путин и Си Цзиньпин подписали соглашение в Москве в понедельник."),
     ("ar", "وقع الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ الاتفاقية في موسكو يوم الاثنين.")],
    ids=["en", "ru", "ar"],
)
def test_two_leaders_signing_is_a_meeting(extractor: Extractor, lang: str, text: str) -> None:
    assert events(run(extractor, lang, text), EventType.MEETING) == [({PUTIN, XI}, MOSCOW, "2024-05-20",
                                                                      "occurred")]


def test_one_person_signing_is_no_meeting(extractor: Extractor) -> None:
    assert run(extractor, "en", "Vladimir Putin signed a decree on Monday.").events == []


def test_arabic_singular_training_is_an_exercise(extractor: Extractor) -> None:
    ex = run(extractor, "ar", "انطلق أمس الأحد التدريب الجوي المشترك بين القوات الجوية المصرية ونظيرتها الصينية.")
    assert events(ex, EventType.EXERCISE) == [({"country/EG", CN}, None, "2024-05-19", "occurred")]


def test_talks_told_with_an_arrival_are_on_its_day(extractor: Extractor) -> None:
    ex = run(extractor, "en", "Chinese Defence Minister Li Shangfu arrived in Moscow on Sunday and the two ministers "
                              "later held talks with Sergei Shoigu.")
    assert events(ex, EventType.MEETING) == [({LI, SHOIGU}, MOSCOW, "2024-05-19", "occurred")]


@pytest.mark.parametrize(
    "lang, text",
    [("en", "Li Shangfu met Sergei Shoigu in Moscow on Sunday. The same day, Li held talks with Vladimir Putin."),
     ("fr", "Li Shangfu a rencontré Sergueï Choïgou dimanche à Moscou. Dans la soirée, M. Li s'est entretenu avec "
            "Vladimir Poutine."),
     ("ru", "Ли Шанфу встретился с Сергеем Шойгу в Москве в воскресенье. В тот же день Ли Шанфу провел "
            "переговоры с Владимиром Путиным."),
     ("zh", "李尚福周日在莫斯科会见绍伊古。同日，李尚福会见了普京。")],
    ids=["en", "fr", "ru", "zh"],
)
def test_the_same_day_is_the_day_of_the_event_told_before(extractor: Extractor, lang: str, text: str) -> None:
    assert sorted((sorted(p), d) for p, _, d, _ in events(run(extractor, lang, text), EventType.MEETING)) == [
        (sorted([LI, SHOIGU]), "2024-05-19"), (sorted([LI, PUTIN]), "2024-05-19")]


@pytest.mark.parametrize(
    "lang, text",
    [("fr", "Vladimir Poutine est arrivé jeudi à Pékin. Les deux dirigeants ont ensuite mené des entretiens au Grand "
            "Palais du Peuple avec Xi Jinping."),
     ("ru", "Владимир Путин прибыл в Пекин в четверг. Затем Путин провел переговоры с Си Цзиньпином."),
     ("sw", "Rais Vladimir Putin aliwasili Beijing Alhamisi. Kisha Putin alifanya mazungumzo na Xi Jinping."),
     ("zh", "普京周四抵达北京。随后，习近平与普京举行会谈。")],
    ids=["fr", "ru", "sw", "zh"],
)
def test_talks_told_as_held_then_are_on_the_day_of_the_event_before(extractor: Extractor, lang: str,
                                                                    text: str) -> None:
    assert [d for _, _, d, _ in events(run(extractor, lang, text), EventType.MEETING)] == ["2024-05-16"]


@pytest.mark.parametrize("lang, text", [
    ("ar", "اختتم الرئيس الروسي فلاديمير بوتين اليوم الجمعة زيارة دولة إلى الصين استمرت يومين."),
    ("en", "Russian President Vladimir Putin on Friday concluded a two-day state visit to China."),
    ("fr", "Le président russe Vladimir Poutine a achevé vendredi une visite d'État de deux jours en Chine."),
    ("ru", "Президент России Владимир Путин в пятницу завершил двухдневный государственный визит в Китай."),
    ("sw", "Rais wa Urusi Vladimir Putin amehitimisha leo Ijumaa ziara ya kitaifa ya siku mbili nchini China."),
    ("zh", "俄罗斯总统普京17日结束对中国为期两天的国事访问。"),
], ids=["ar", "en", "fr", "ru", "sw", "zh"])
def test_a_visit_told_by_the_day_it_ended_runs_back_its_length(extractor: Extractor, lang: str, text: str) -> None:
    ex = run(extractor, lang, text, published=dt.date(2024, 5, 17))
    assert [(e.start and e.start.value, e.end and e.end.value) for e in ex.events
            if e.type is EventType.VISIT] == [("2024-05-16", "2024-05-17")]


def test_a_name_ending_like_a_months_abbreviation_ends_its_sentence(extractor: Extractor) -> None:
    ex = run(extractor, "en", "Russian Defence Minister Andrei Belousov did not meet his Chinese counterpart Dong "
                              "Jun. The two defence ministers last met in Qingdao in June last year.")
    assert events(ex, EventType.MEETING) == [({"person/andrei-belousov", "person/dong-jun"}, "place/qingdao",
                                               "2023-06", "occurred")]
    assert len({e.sentence for e in ex.events}) == 1 and ex.events[0].sentence == 1


@pytest.mark.parametrize("lang, text", [
    ("ar", "أجرى الرئيس الروسي فلاديمير بوتين محادثات مع الرئيس الصيني شي جين بينغ في بكين. ولم يلتق وزير الدفاع "
           "الروسي أندريه بيلاوسوف نظيره الصيني دونغ جون. وكان الزعيمان قد التقيا آخر مرة في أكتوبر الماضي في "
           "بكين."),
    ("en", "Russian President Vladimir Putin held talks with Chinese President Xi Jinping in Beijing. Russian Defence "
           "Minister Andrei Belousov did not meet his Chinese counterpart Dong Jun. The two leaders last met in "
           "Beijing in October last year."),
], ids=["ar", "en"])
def test_the_two_leaders_are_the_heads_of_state_named_before_the_ministers(extractor: Extractor, lang: str,
                                                                          text: str) -> None:
    met = {(frozenset(p), d) for p, _, d, _ in events(run(extractor, lang, text), EventType.MEETING)}
    assert (frozenset({PUTIN, XI}), "2023-10") in met
    assert not any("person/dong-jun" in p for p, _ in met)


def test_french_a_guest_who_came_to_the_city_visited_it(extractor: Extractor) -> None:
    ex = run(extractor, "fr", "Mardi, Dong Jun a reçu le vice-ministre russe de la Défense Alexandre Fomine, venu à "
                              "Pékin à la tête d'une délégation.")
    assert events(ex, EventType.VISIT) == [({"person/alexander-fomin"}, BEIJING, "2024-05-14", "occurred")]


@pytest.mark.parametrize("lang, text", [
    ("en", "On Thursday, Dong Jun held talks with Kenyan Defence Minister Soipan Tuya. Vladimir Putin attended the "
           "parade. The Russian president had arrived in China on August 31 for the SCO summit in Tianjin, before "
           "being received by Xi Jinping on September 2 in Beijing."),
    ("fr", "Jeudi, Dong Jun s'est entretenu avec la ministre kényane de la Défense, Soipan Tuya. Le défilé s'est tenu "
           "en présence de Vladimir Poutine. Le président russe était arrivé en Chine le 31 août pour le sommet de "
           "l'OCS à Tianjin, avant d'être reçu par Xi Jinping le 2 septembre à Pékin."),
], ids=["en", "fr"])
def test_a_guest_who_came_for_a_summit_is_received_by_the_host(extractor: Extractor, lang: str, text: str) -> None:
    ex = run(extractor, lang, text, published=dt.date(2025, 9, 20))
    assert ({PUTIN, XI}, BEIJING, "2025-09-02", "occurred") in events(ex, EventType.MEETING)


def test_swahili_heading_to_a_country_is_a_visit(extractor: Extractor) -> None:
    ex = run(extractor, "sw", "Waziri wa Ulinzi wa China Dong Jun aliwasili Dar es Salaam Jumatatu. Baada ya Tanzania, "
                              "Waziri Dong ataelekea Misri kesho Jumatano.", published=dt.date(2026, 4, 21))
    assert ({"person/dong-jun"}, "country/EG", "2026-04-22", "planned") in events(ex, EventType.VISIT)


def test_swahili_one_joint_exercise_is_an_exercise(extractor: Extractor) -> None:
    ex = run(extractor, "sw", "Jenerali Mkunda alikumbusha zoezi la pamoja la kijeshi lililofanyika mwaka 2024 "
                              "likizishirikisha Tanzania, China na Msumbiji.", published=dt.date(2026, 4, 21))
    assert [(p, d) for p, _, d, _ in events(ex, EventType.EXERCISE)] == [({"country/TZ", CN, "country/MZ"}, "2024")]


def test_french_leaders_who_saw_each_other_again_met(extractor: Extractor) -> None:
    ex = run(extractor, "fr", "Xi Jinping et Vladimir Poutine se sont revus en octobre à Pékin.")
    assert events(ex, EventType.MEETING) == [({"person/xi-jinping", PUTIN}, BEIJING, "2023-10", "occurred")]


@pytest.mark.parametrize(
    "lang, text",
    [("en", "Vladimir Putin arrived in Beijing on Thursday. He is accompanied by Defence Minister Andrei Belousov. "
            "On Friday, the Russian president will travel to Harbin."),
     ("fr", "Vladimir Poutine est arrivé jeudi à Pékin. Il est accompagné du ministre de la Défense Andreï "
            "Belooussov. Vendredi, le président russe se rendra à Harbin.")],
    ids=["en", "fr"],
)
def test_a_title_refers_to_the_person_named_without_it_who_is_known_to_hold_it(extractor: Extractor, lang: str,
                                                                               text: str) -> None:
    trips = {(frozenset(p), loc) for p, loc, _, _ in events(run(extractor, lang, text), EventType.VISIT)}
    assert (frozenset({PUTIN}), "place/harbin") in trips
    assert (frozenset({"person/andrei-belousov"}), "place/harbin") not in trips


def test_a_date_and_place_before_a_visit_in_a_relative_clause_are_the_talks(extractor: Extractor) -> None:
    ex = run(extractor, "zh", "新华社北京5月16日电 国防部长李尚福16日在八一大楼同来华进行正式访问的"
                              "俄罗斯国防部长绍伊古举行会谈。")
    assert events(ex, EventType.MEETING) == [({LI, SHOIGU}, "place/bayi-building", "2024-05-16", "occurred")]
    assert events(ex, EventType.VISIT) == [({SHOIGU}, CN, "2024-05-16", "occurred")]


@pytest.mark.parametrize(
    "lang, text",
    [("en", "Defence ministers of the SCO member states met in Qingdao on Sunday."),
     ("ru", "В воскресенье в Циндао прошло совещание министров обороны государств - членов ШОС."),
     ("fr", "Une réunion des ministres de la Défense de l'OCS s'est tenue dimanche à Qingdao."),
     ("ar", "عقد اجتماع وزراء دفاع الدول الأعضاء في منظمة شنغهاي للتعاون في تشينغداو يوم الأحد."),
     ("sw", "Mkutano wa mawaziri wa ulinzi wa Jumuiya ya Ushirikiano ya Shanghai ulifanyika Qingdao Jumapili."),
     ("zh", "上海合作组织成员国国防部长会议周日在青岛举行。")],
    ids=["en", "ru", "fr", "ar", "sw", "zh"],
)
def test_a_meeting_of_an_organisations_members_is_the_organisations(extractor: Extractor, lang: str,
                                                                     text: str) -> None:
    assert events(run(extractor, lang, text), EventType.MEETING) == [({"org/sco"}, "place/qingdao", "2024-05-19",
                                                                      "occurred")]


@pytest.mark.parametrize("lang, text", [
    ("en", "Defence ministers of the Collective Security Treaty Organization met in Bishkek on Wednesday, a day before "
           "a summit of the alliance on Thursday."),
    ("fr", "Les ministres de la Défense de l'Organisation du traité de sécurité collective se sont réunis mercredi à "
           "Bichkek, à la veille du sommet de l'alliance prévu jeudi."),
    ("ru", "Министры обороны стран Организации Договора о коллективной безопасности провели заседание в Бишкеке в "
           "среду, накануне саммита альянса в четверг."),
], ids=["en", "fr", "ru"])
def test_the_alliance_is_the_one_organisation_the_story_names(extractor: Extractor, lang: str, text: str) -> None:
    ex = run(extractor, lang, text, published=dt.date(2025, 11, 27))
    assert sorted((p, day) for p, _, day, _ in events(ex, EventType.MEETING)) == [
        ({"org/csto"}, "2025-11-26"), ({"org/csto"}, "2025-11-27")]


def test_who_attends_an_organisations_meeting_is_not_added_to_it(extractor: Extractor) -> None:
    ex = run(extractor, "en", "A joint meeting of the defence ministers of the SCO and the CSTO was held in Moscow "
                              "on Sunday. Li Shangfu attended the meeting. On its sidelines, he met Sergei "
                              "Shoigu.")
    assert sorted(sorted(p) for p, _, _, _ in events(ex, EventType.MEETING)) == [
        ["org/csto", "org/sco"], sorted([LI, SHOIGU])]


@pytest.mark.parametrize("lang, text", [
    ("en", "Chinese and Russian troops stormed a mock camp at the Donguz range on Thursday as the joint exercise "
           "entered its final phase. About 4,000 troops from Russia, China, India and Pakistan are taking part in the "
           "drills, which began on Monday."),
    ("fr", "Des troupes chinoises et russes ont pris d'assaut jeudi un camp fictif sur le polygone de Donguz, lors de "
           "la phase finale de l'exercice conjoint. Quelque 4 000 militaires de Russie, de Chine, d'Inde et du "
           "Pakistan participent à ces manœuvres, qui ont débuté lundi."),
    ("ru", "В четверг российские и китайские военные штурмовали условный лагерь на полигоне Донгуз в ходе "
           "совместного учения. В учениях, которые начались в понедельник, участвуют около 4 тысяч военнослужащих "
           "России, Китая, Индии и Пакистана."),
], ids=["en", "fr", "ru"])
def test_an_exercise_takes_the_states_listed_later_and_the_day_it_began(extractor: Extractor, lang: str,
                                                                        text: str) -> None:
    ex = run(extractor, lang, text, published=dt.date(2021, 9, 23))
    assert [(set(e.participants), e.start and e.start.value) for e in ex.events
            if e.type is EventType.EXERCISE] == [({CN, RU, "country/IN", "country/PK"}, "2021-09-20")]


@pytest.mark.parametrize("lang, text", [
    ("en", "Vladimir Putin held talks with Xi Jinping in Beijing on Thursday. In a joint statement, the two countries "
           "pledged to expand joint exercises and joint air and sea patrols."),
    ("ar", "أجرى الرئيس الروسي فلاديمير بوتين محادثات مع الرئيس الصيني شي جين بينغ في بكين أمس الخميس. وتضمن البيان "
           "المشترك الصادر عن الزعيمين تعهدا بتوسيع نطاق التدريبات المشتركة والدوريات الجوية والبحرية."),
], ids=["en", "ar"])
def test_exercises_pledged_after_talks_are_the_talking_states_plan(extractor: Extractor, lang: str,
                                                                    text: str) -> None:
    ex = run(extractor, lang, text, published=dt.date(2024, 5, 17))
    assert [(set(p), st) for p, _, _, st in events(ex, EventType.EXERCISE)] == [({CN, RU}, "planned")]


def test_an_exercise_and_the_patrol_after_it_are_two(extractor: Extractor) -> None:
    ex = run(extractor, "en", "In October the Russian and Chinese navies held joint drills in the Sea of Japan, after "
                              "which their ships conducted a joint patrol in the Pacific Ocean.")
    assert len(events(ex, EventType.EXERCISE)) == 2


def test_drills_of_another_day_and_a_call_for_more_are_new_exercises(extractor: Extractor) -> None:
    ex = run(extractor, "ru", "В октябре флоты России и Китая провели совместные учения в Японском море. В прошлую "
                              "пятницу бомбардировщики выполнили совместное воздушное патрулирование. Министр обороны "
                              "Китая Вэй Фэнхэ предложил расширить масштаб совместных учений.")
    assert [(d, s) for _, _, d, s in events(ex, EventType.EXERCISE)] == [
        ("2023-10", "occurred"), ("2024-05-17", "occurred"), (None, "proposed")]


def test_the_ministers_agreeing_to_meet_is_a_planned_meeting(extractor: Extractor) -> None:
    ex = run(extractor, "ru", "Министр обороны России Сергей Шойгу и министр обороны КНР Вэй Фэнхэ провели переговоры "
                              "во вторник. Министры договорились провести очную встречу в следующем году.")
    assert [(d, s) for _, _, d, s in events(ex, EventType.MEETING)] == [("2024-05-14", "occurred"),
                                                                        ("2025", "planned")]


def test_an_invitation_to_visit_is_a_proposed_visit_and_no_trip(extractor: Extractor) -> None:
    ex = run(extractor, "en", "Chinese Defence Minister Li Shangfu arrived in Moscow on Sunday. Belarusian Defence "
                              "Minister Viktor Khrenin met Li on Monday and invited him to visit Minsk.")
    assert [(e.type.value, e.location, e.status.value) for e in ex.events] == [
        ("Visit", MOSCOW, "occurred"), ("Meeting", MOSCOW, "occurred"), ("Visit", "place/minsk", "proposed")]


def test_a_foreigner_is_named_by_family_name_in_chinese(extractor: Extractor) -> None:
    ex = run(extractor, "zh", "魏凤和同印度国防部长辛格举行会谈。")
    assert posts(ex) == {("person/rajnath-singh", "DefenceMinister", "IN")}


@pytest.mark.parametrize(
    "lang, text",
    [("en", "Iran, Russia and China have begun joint naval drills in the Gulf of Oman. The drills began on Friday "
            "and will last four days."),
     ("sw", "Iran, Urusi na China zimeanza mazoezi ya pamoja katika Ghuba ya Oman. Mazoezi hayo yalianza Ijumaa.")],
    ids=["en", "sw"],
)
def test_the_day_told_later_dates_the_lead_exercise(extractor: Extractor, lang: str, text: str) -> None:
    """The lead's exercise, begun but undated, is the story's day only until the text names its day."""
    assert [d for _, _, d, _ in events(run(extractor, lang, text), EventType.EXERCISE)] == ["2024-05-17"]


def test_a_subject_and_his_counterpart_in_another_clause_are_the_talks_parties(extractor: Extractor) -> None:
    ex = run(extractor, "ar", "أعلن وزير الدفاع الروسي سيرغي شويغو ونظيره الصيني لي شانغ فو، أمس الأحد، خطة للتعاون "
                              "العسكري، وذلك خلال محادثات عبر الفيديو.")
    assert [set(p) for p, _, _, _ in events(ex, EventType.MEETING)] == [{SHOIGU, LI}]


@pytest.mark.parametrize(
    "lang, text",
    [("ar", "التقى وزير الدفاع الصيني لي شانغ فو نظيره الروسي سيرغي شويغو في موسكو. وأشار شويغو خلال المحادثات إلى "
            "أن القاذفات الأمريكية كثفت طلعاتها."),
     ("en", "Li Shangfu met Sergei Shoigu in Moscow. Shoigu said during the talks that American bombers had flown "
            "more often."),
     ("ru", "Ли Шанфу встретился с Сергеем Шойгу в Москве. В ходе переговоров Шойгу отметил активность "
            "американской авиации.")],
    ids=["ar", "en", "ru"],
)
def test_during_the_talks_refers_back(extractor: Extractor, lang: str, text: str) -> None:
    assert [set(p) for p, _, _, _ in events(run(extractor, lang, text), EventType.MEETING)] == [{LI, SHOIGU}]


def test_the_same_day_is_that_of_an_event_of_its_kind_told_as_done(extractor: Extractor) -> None:
    ex = run(extractor, "fr", "Li Shangfu a rencontré Sergueï Choïgou vendredi à Moscou. Arrivé jeudi, il a confirmé "
                              "que la Chine participerait aux manœuvres russo-chinoises prévues du 21 au 26 septembre. "
                              "Dans la soirée, M. Li s'est entretenu avec Vladimir Poutine.")
    assert [d for p, _, d, _ in events(ex, EventType.MEETING) if PUTIN in p] == ["2024-05-17"]


NAVY_RU, NAVY_CN, PLA = "org/navy-ru", "org/navy-cn", "org/pla"


@pytest.mark.parametrize(
    "lang, text, forces",
    [
        ("en", "The PLA Navy and the Russian Navy held joint drills in the Sea of Japan on 16 May.",
         {NAVY_CN, NAVY_RU}),
        ("ru", "ВМС НОАК и ВМФ России 16 мая провели совместное учение в Японском море.", {NAVY_CN, NAVY_RU}),
        ("fr", "La Marine chinoise et la Marine russe ont mené le 16 mai un exercice conjoint en mer du Japon.",
         {NAVY_CN, NAVY_RU}),
        ("zh", "中国海军和俄罗斯海军5月16日在日本海举行联合演习。", {NAVY_CN, NAVY_RU}),
        ("en", "The Chinese military and Russia held joint drills in the Sea of Japan on 16 May.", {PLA}),
        ("en", "China and Russia held joint drills in the Sea of Japan on 16 May.", set()),
    ],
    ids=["en-two-navies", "ru-two-navies", "fr-two-navies", "zh-two-navies", "en-force-and-state", "en-states"],
)
def test_an_exercise_is_between_states_and_keeps_its_forces_apart(extractor: Extractor, lang: str, text: str,
                                                                  forces: set[str]) -> None:
    """Each force stands for its state among the participants (deduplicated); the forces are kept apart."""
    ex = run(extractor, lang, text)
    (exercise,) = [e for e in ex.events if e.type is EventType.EXERCISE]
    assert set(exercise.participants) == {CN, RU} and len(exercise.participants) == 2
    assert set(exercise.armed_forces) == forces


def test_an_exercises_forces_are_kgo_armed_force_in_the_graph(extractor: Extractor, tmp_path: Path) -> None:
    ds = build_articles(extractor, tmp_path, {
        "en-1": ("en", "The PLA Navy and the Russian Navy held joint drills in the Sea of Japan on 16 May."),
    }, "2024-05-20")
    rows = ds.query(f"""PREFIX kgo: <{KGO}>
        SELECT ?who ?kind WHERE {{ ?e a kgo:MilitaryExercise .
            {{ ?e kgo:participant ?x . ?x kgo:countryCode ?who BIND("participant" AS ?kind) }} UNION
            {{ ?e kgo:armedForce ?f . ?f a kgo:ArmedForce BIND(STR(?f) AS ?who) BIND("force" AS ?kind) }} }}""")
    found = {(str(kind), str(who).rsplit("/", 1)[-1]) for who, kind in rows}  # type: ignore[misc]
    assert found == {("participant", "CN"), ("participant", "RU"), ("force", "navy-cn"), ("force", "navy-ru")}


@pytest.mark.parametrize(
    "lang, text, published",
    [
        ("en", "Chinese and Russian warships concluded joint drills in the Sea of Japan on Sunday. The exercise "
               "began on Wednesday with a parade of ships.", PUB),
        ("zh", "中俄海上联合演习19日在日本海圆满落幕。本次演习于15日开始，双方共派出舰艇12艘。", PUB),
        ("ru", "Совместное российско-китайское учение завершилось в воскресенье в Японском море. Учение началось "
               "в среду.", PUB),
    ],
    ids=["en", "zh", "ru"],
)
def test_an_exercise_told_by_its_last_and_first_days_is_one(extractor: Extractor, lang: str, text: str,
                                                            published: dt.date) -> None:
    ex = run(extractor, lang, text, published)
    found = [(set(e.participants), e.start and e.start.value, e.end and e.end.value) for e in ex.events
             if e.type is EventType.EXERCISE]
    assert found == [({CN, RU}, "2024-05-15", "2024-05-19")]


def test_two_exercises_a_week_apart_without_an_ending_stay_two(extractor: Extractor) -> None:
    ex = run(extractor, "en", "China and Russia held naval drills on 6 May. China and Russia held air drills on "
                              "13 May.")
    assert sorted(d for _, _, d, _ in events(ex, EventType.EXERCISE)) == ["2024-05-06", "2024-05-13"]


@pytest.mark.parametrize(
    "lang, text",
    [("ar", "أجرت الصين وروسيا أمس مناورات بحرية مشتركة في بحر اليابان. وقال المتحدث باسم المناورات العقيد أحمد "
            "سالم إن السفن عادت إلى موانئها."),
     ("en", "China and Russia held joint naval drills in the Sea of Japan yesterday. The spokesman for the "
            "exercise, Colonel Ivan Petrov, said the ships had returned.")],
    ids=["ar", "en"],
)
def test_an_exercise_named_in_a_title_is_no_second_report(extractor: Extractor, lang: str, text: str) -> None:
    assert events(run(extractor, lang, text), EventType.EXERCISE) == [
        ({CN, RU}, "place/sea-of-japan", "2024-05-19", "occurred")]


def test_arabic_the_event_comes_amid_refers_back_and_another_visit_is_told_after(extractor: Extractor) -> None:
    ex = run(extractor, "ar", "وصل وزير الدفاع الصيني لي شانغ فو إلى موسكو أمس. وتأتي الزيارة بعد شهرين من زيارة "
                              "الرئيس الروسي فلاديمير بوتين إلى بكين في مارس الماضي.")
    assert sorted((p, loc) for p, loc, _, _ in [(frozenset(a), b, c, d) for a, b, c, d in
                                                 events(ex, EventType.VISIT)]) == sorted(
        [(frozenset({LI}), MOSCOW), (frozenset({PUTIN}), BEIJING)])
    ex = run(extractor, "ar", "انطلقت أمس مناورات بحرية مشتركة بين الصين وروسيا في بحر اليابان. وتأتي المناورات "
                              "في ظل توتر بين طهران وواشنطن منذ العام الماضي.")
    assert events(ex, EventType.EXERCISE) == [({CN, RU}, "place/sea-of-japan", "2024-05-19", "occurred")]


def test_chinese_willing_to_hold_exercises_is_a_proposal(extractor: Extractor) -> None:
    ex = run(extractor, "zh", "中国国防部长李尚福表示，中方愿同俄方定期组织联合演习。")
    assert [(p, st) for p, _, _, st in events(ex, EventType.EXERCISE)] == [({CN, RU}, "proposed")]


@pytest.mark.parametrize(
    "lang, text, place",
    [
        ("ru", "Россия и Китай 16 мая провели совместное учение в заливе Петра Великого.",
         "place/peter-the-great-gulf"),
        ("en", "China and Russia held joint drills in Ningxia on 16 May.", "place/ningxia"),
        ("sw", "China na Urusi zilifanya mazoezi ya pamoja katika Mashariki ya Mbali tarehe 16 Mei.", "place/far-east"),
        ("ar", "أجرت الصين وروسيا مناورات مشتركة في أقصى الشرق الروسي يوم 16 مايو.", "place/far-east"),
    ],
    ids=["ru-gulf", "en-ningxia", "sw-far-east", "ar-far-east"],
)
def test_exercise_grounds_from_the_gazetteer(extractor: Extractor, lang: str, text: str, place: str) -> None:
    assert [loc for _, loc, _, _ in events(run(extractor, lang, text), EventType.EXERCISE)] == [place]


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        ("ru", "Министр обороны Китая Ли Шанфу посетит Москву в июне.", EventType.VISIT),
        ("ru", "Ли Шанфу встретится с Сергеем Шойгу в Москве.", EventType.MEETING),
        ("ru", "Сергей Шойгу проведёт переговоры с Ли Шанфу в Москве.", EventType.MEETING),
        ("ru", "В Москве Ли Шанфу примет Сергей Шойгу.", EventType.MEETING),
        ("ru", "Переговоры Ли Шанфу с Сергеем Шойгу в Москве запланированы на пятницу.", EventType.MEETING),
        ("en", "Talks between Li Shangfu and Sergei Shoigu in Moscow are scheduled for Friday.", EventType.MEETING),
    ],
    ids=["ru-posetit", "ru-vstretitsya", "ru-provedyot", "ru-primet", "ru-talks-are-scheduled",
         "en-talks-are-scheduled"],
)
def test_future_perfective_and_a_subjects_predicate_plan_the_event(extractor: Extractor, lang: str, text: str,
                                                                   etype: EventType) -> None:
    assert [st for _, _, _, st in events(run(extractor, lang, text), etype)] == ["planned"]


def test_a_talks_subject_scheduled_for_a_weekday_is_the_coming_one(extractor: Extractor) -> None:
    ex = run(extractor, "ru", "Переговоры Ли Шанфу с Сергеем Шойгу запланированы на пятницу.")
    assert [d for _, _, d, _ in events(ex, EventType.MEETING)] == ["2024-05-24"]


def test_russian_during_the_visit_refers_back(extractor: Extractor) -> None:
    ex = run(extractor, "ru", "Министр обороны Китая Ли Шанфу прибыл в Москву в воскресенье. В ходе визита он "
                              "проведёт переговоры с Сергеем Шойгу.")
    assert [(p, loc) for p, loc, _, _ in events(ex, EventType.VISIT)] == [({LI}, MOSCOW)]


def test_arabic_their_talks_of_the_two_ministers_named_sentences_before(extractor: Extractor) -> None:
    """'محادثاتهما' (their talks) is a trigger; 'the two ministers' are the two the story named, however far back;
    the meeting of the organisations 'on the sidelines of' which they talked is where and when the talks were."""
    ex = run(extractor, "ar", "التقى وزير الدفاع الروسي سيرغي شويغو نظيره الصيني لي شانغ فو أمس الأحد في بكين. "
                              "وبحث الجانبان التعاون العسكري. وأكدت بكين أهمية العلاقات. وقال محللون إن العلاقات "
                              "قوية. وكان الوزيران قد عقدا آخر محادثاتهما في موسكو في أكتوبر من العام الماضي، على هامش "
                              "اجتماع لوزراء دفاع منظمة شنغهاي للتعاون.")
    meetings = {(frozenset(p), loc, d) for p, loc, d, _ in events(ex, EventType.MEETING)}
    assert (frozenset({SHOIGU, LI}), MOSCOW, "2023-10") in meetings
    assert (frozenset({"org/sco"}), MOSCOW, "2023-10") in meetings


@pytest.mark.parametrize(
    "lang, text",
    [("en", "MOSCOW, May 20 (Reuters) - Russian Defence Minister Sergei Shoigu and Chinese Defence Minister Li "
            "Shangfu held talks by video link on Monday."),
     ("ar", "موسكو - أجرى وزير الدفاع الروسي سيرغي شويغو ونظيره الصيني لي شانغ فو، اليوم الاثنين، محادثات عبر "
            "تقنية الفيديو.")],
    ids=["en", "ar"],
)
def test_talks_by_video_are_not_where_the_story_was_filed(extractor: Extractor, lang: str, text: str) -> None:
    assert [loc for _, loc, _, _ in events(run(extractor, lang, text), EventType.MEETING)] == [None]


@pytest.mark.parametrize(
    "lang, text",
    [("en", "Li Shangfu met Sergei Shoigu on Sunday. During the talks, Shoigu called for closer ties between "
            "Moscow and Beijing."),
     ("ar", "التقى لي شانغ فو سيرغي شويغو الأحد. وأشار شويغو خلال المحادثات إلى تنسيق أوثق بين موسكو وبكين.")],
    ids=["en", "ar"],
)
def test_two_capitals_named_for_their_states_are_no_place(extractor: Extractor, lang: str, text: str) -> None:
    assert [loc for _, loc, _, _ in events(run(extractor, lang, text), EventType.MEETING)] == [None]


def test_arabic_air_patrol_is_an_exercise(extractor: Extractor) -> None:
    ex = run(extractor, "ar", "نفذت قاذفات روسية وصينية دورية جوية مشتركة فوق بحر اليابان يوم الجمعة الماضي.")
    assert events(ex, EventType.EXERCISE) == [({RU, CN}, "place/sea-of-japan", "2024-05-17", "occurred")]


def test_arabic_a_known_name_ending_a_longer_unknown_name_after_a_title_is_not_that_person(
        extractor: Extractor) -> None:
    """'تشاو لي شانغ فو' after 'ambassador to Moscow' is an unknown ambassador, not Li Shangfu (a name known to
    the gazetteer that an unknown word runs on from)."""
    ex = run(extractor, "ar", "استقبل وزير الدفاع الروسي سيرغي شويغو أمس الأحد السفير الصيني لدى موسكو تشاو لي شانغ "
                              "فو، وبحث الجانبان التعاون العسكري.")
    assert LI not in ex.entities
    ambassadors = [p.holder for p in ex.posts if p.role == "Ambassador"]
    assert len(ambassadors) == 1 and ambassadors[0] != LI
    (meeting,) = events(ex, EventType.MEETING)
    assert meeting[0] == {SHOIGU, ambassadors[0]}
    assert meeting[1] is None  # the ambassador's posting is no place of the meeting


def test_a_known_name_after_a_title_and_its_country_stays_known(extractor: Extractor) -> None:
    ex = run(extractor, "ar", "استقبل الرئيس الروسي فلاديمير بوتين وزير الدفاع الصيني لي شانغ فو أمس.")
    assert LI in ex.entities


def test_arabic_the_exercise_coincides_with_refers_back(extractor: Extractor) -> None:
    ex = run(extractor, "ar", "انطلقت أمس مناورات جوية مشتركة بين مصر والصين. ويتزامن التدريب مع الذكرى السبعين "
                              "لإقامة العلاقات بين البلدين عام 1956.")
    assert [(p, d) for p, _, d, _ in events(ex, EventType.EXERCISE)] == [({"country/EG", CN}, "2024-05-19")]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "China and Russia will hold joint drills in the Sea of Japan in July and organise a joint air patrol."),
        ("zh", "根据计划，中俄两国将于今年7月在日本海举行联合演习，并组织联合空中巡航。"),
        ("ru", "План предусматривает проведение летом совместного учения России и Китая и совместного "
               "патрулирования."),
        ("sw", "China na Urusi zilijadili mazoezi ya pamoja yaliyopangwa kufanyika mwaka huu."),
    ],
    ids=["en-joined-verbs", "zh-joined-verbs", "ru-provides-for", "sw-scheduled"],
)
def test_exercises_told_as_planned_together(extractor: Extractor, lang: str, text: str) -> None:
    found = events(run(extractor, lang, text), EventType.EXERCISE)
    assert found and all(st == "planned" for _, _, _, st in found)


def test_a_planned_event_does_not_make_a_later_told_past_one_planned(extractor: Extractor) -> None:
    ex = run(extractor, "en", "China and Russia will hold joint drills in July, after they held joint drills in "
                              "the Sea of Japan in March.")
    assert sorted(st for _, _, _, st in events(ex, EventType.EXERCISE)) == ["occurred", "planned"]


@pytest.mark.parametrize(
    "lang, text",
    [("ru", "Андрей Белоусов прибыл с визитом в Корейскую Народно-Демократическую Республику."),
     ("en", "Andrei Belousov arrived in the Democratic People's Republic of Korea."),
     ("fr", "Andreï Belooussov est arrivé en République populaire démocratique de Corée.")],
    ids=["ru", "en", "fr"],
)
def test_the_long_name_of_north_korea(extractor: Extractor, lang: str, text: str) -> None:
    assert [loc for _, loc, _, _ in events(run(extractor, lang, text), EventType.VISIT)] == ["country/KP"]


@pytest.mark.parametrize(
    "text", ["Андрей Белоусов встретится с Ким Чен Ыном.", "Андрей Белоусов провёл переговоры с Ли Шанфу."],
    ids=["kim-instrumental", "li-unchanged"],
)
def test_russian_short_last_name_part_in_an_oblique_case(extractor: Extractor, text: str) -> None:
    ex = run(extractor, "ru", text)
    assert len([e for e in ex.events if e.type is EventType.MEETING and len(e.participants) == 2
                and all(p.startswith("person/") for p in e.participants)]) == 1


def test_a_more_precise_day_told_later_dates_an_exercise_named_with_its_year(extractor: Extractor) -> None:
    ex = run(extractor, "sw", "Urusi na China zimeanza mazoezi ya kijeshi yanayojulikana kama Vostok-2024. Mazoezi "
                              "hayo yalianza Alhamisi katika Bahari ya Japan.")
    assert [d for _, _, d, _ in events(ex, EventType.EXERCISE)] == ["2024-05-16"]


@pytest.mark.parametrize(
    "lang, text, day",
    [
        ("ru", "Москва, 20 мая. /ТАСС/. Совместное учение России и Китая стартовало в понедельник в Японском море. "
               "Накануне Сергей Шойгу провёл телефонный разговор с Ли Шанфу.", "2024-05-19"),
        ("fr", "PÉKIN, 20 mai — La visite de Li Shangfu en Russie a été reportée. La veille, Vladimir Poutine avait "
               "reçu Xi Jinping.", "2024-05-19"),
        ("en", "China and Russia began joint drills in the Sea of Japan on 16 May. The day before, Sergei Shoigu "
               "held talks with Li Shangfu.", "2024-05-15"),
    ],
    ids=["ru-nakanune-story-event", "fr-la-veille-story-day", "en-the-day-before-event"],
)
def test_the_day_before(extractor: Extractor, lang: str, text: str, day: str) -> None:
    assert [d for _, _, d, _ in events(run(extractor, lang, text), EventType.MEETING)] == [day]


def test_a_meetings_date_told_with_a_reference_to_the_summit_dates_the_next_meeting(extractor: Extractor) -> None:
    ex = run(extractor, "sw", "Mawaziri wa ulinzi wa nchi wanachama wa SCO wameanza mkutano wa siku mbili mjini "
                              "Qingdao. Kabla ya ufunguzi wa mkutano huo Jumatano, Waziri wa Ulinzi wa China, Dong "
                              "Jun, alikutana na mwenzake wa Urusi, Andrei Belousov.", dt.date(2025, 6, 26))
    assert [d for p, _, d, _ in events(ex, EventType.MEETING) if "person/dong-jun" in p] == ["2025-06-25"]


def test_a_meeting_in_the_days_after_an_arrival_is_at_the_destination(extractor: Extractor) -> None:
    ex = run(extractor, "en", "Sergei Shoigu arrived in Beijing on Friday. He met Li Shangfu on Sunday.")
    assert [(loc, d) for p, loc, d, _ in events(ex, EventType.MEETING)] == [(BEIJING, "2024-05-19")]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("zh", "中国国防部长李尚福16日在莫斯科会见俄罗斯国防部长绍伊古。"
               "访问期间，他还同白俄罗斯国防部长赫列宁举行会谈。"),
        ("en", "Chinese Defence Minister Li Shangfu met Russian Defence Minister Sergei Shoigu in Moscow on 16 May. "
               "During the visit, he also held talks with Belarusian Defence Minister Viktor Khrenin."),
        ("ru", "Министр обороны Китая Ли Шанфу 16 мая встретился в Москве с министром обороны России Сергеем "
               "Шойгу. Кроме того, он провёл переговоры с министром обороны Белоруссии Виктором Хрениным."),
    ],
    ids=["zh", "en", "ru"],
)
def test_talks_with_a_new_party_are_the_subjects_own_meeting(extractor: Extractor, lang: str, text: str) -> None:
    """Two meetings told one after the other stay two: 'he also held talks with X' is not a third party of the
    first one."""
    found = sorted(sorted(p) for p, _, _, _ in events(run(extractor, lang, text), EventType.MEETING))
    assert found == sorted([sorted({LI, SHOIGU}), sorted({LI, "person/viktor-khrenin"})])


def test_someone_attending_the_meeting_still_joins_it(extractor: Extractor) -> None:
    ex = run(extractor, "en", "Li Shangfu met Sergei Shoigu in Moscow on 16 May. Vladimir Putin attended the meeting.")
    assert [p for p, _, _, _ in events(ex, EventType.MEETING)] == [{LI, SHOIGU, PUTIN}]


@pytest.mark.parametrize(
    "lang, text",
    [("ru", "Министр обороны России Андрей Белоусов прибыл в Минск. Президент Белоруссии Александр Лукашенко примет "
            "российского министра в пятницу."),
     ("en", "Russian Defence Minister Andrei Belousov arrived in Minsk. Belarusian President Alexander Lukashenko "
            "will receive the Russian minister on Friday.")],
    ids=["ru", "en"],
)
def test_the_russian_minister_is_the_storys_russian_minister(extractor: Extractor, lang: str, text: str) -> None:
    assert [p for p, _, _, _ in events(run(extractor, lang, text), EventType.MEETING)] == [
        {"person/alexander-lukashenko", "person/andrei-belousov"}]


def test_russian_a_minister_with_a_name_is_no_pair_of_ministers(extractor: Extractor) -> None:
    """'министром' (a minister) and 'министры' (the ministers) share a key; only the plural names two people."""
    ex = run(extractor, "ru", "Ли Шанфу встретился с Сергеем Шойгу 16 мая. Кроме того, он провёл переговоры с "
                              "министром обороны Белоруссии Виктором Хрениным.")
    assert sorted(sorted(p) for p, _, _, _ in events(ex, EventType.MEETING)) == sorted(
        [sorted({LI, SHOIGU}), sorted({LI, "person/viktor-khrenin"})])


def test_the_trip_comes_after_refers_back(extractor: Extractor) -> None:
    ex = run(extractor, "en", "Russian Defence Minister Sergei Shoigu arrived in Pyongyang on Monday. Shoigu's trip "
                              "comes days after Chinese and Russian warships held joint drills in the Sea of Japan.")
    assert [(p, loc) for p, loc, _, _ in events(ex, EventType.VISIT)] == [({SHOIGU}, "place/pyongyang")]


# ---------------------------------------------------------------- places given by their kind
@pytest.mark.parametrize(
    "lang, text, name",
    [
        ("en", "Chinese and Russian warships began joint drills on Sunday near the port city of Zarubino.", "Zarubino"),
        ("en", "China and Russia began joint drills on Sunday at the Far Eastern port of Slavyanka.", "Slavyanka"),
        ("en", "China and Tanzania began joint drills on Sunday at the Kigamboni training base.", "Kigamboni"),
        ("ru", "Совместные учения России и Китая начались в воскресенье в приморском городе Славянка.", "Славянка"),
        ("fr", "Les exercices conjoints de la Chine et de la Russie ont commencé dimanche dans la ville portuaire de "
               "Slavianka.", "Slavianka"),
        ("ar", "بدأت الصين وروسيا يوم الأحد مناورات بحرية مشتركة في مدينة سلافيانكا الساحلية.", "سلافيانكا"),
        ("sw", "China na Tanzania zilianza mazoezi ya pamoja ya kijeshi Jumapili katika Kituo cha Mafunzo cha "
               "Kigamboni.", "Kigamboni"),
        ("zh", "中俄两国海军5月19日在斯拉维扬卡港举行联合演习。", "斯拉维扬卡港"),
        ("zh", "中坦两军5月19日在坦桑尼亚基甘博尼综合训练中心举行联合演习。", "基甘博尼综合训练中心"),
    ],
    ids=["en-port-city-of", "en-far-eastern-port-of", "en-name-before-base", "ru-coastal-city", "fr-ville-portuaire",
         "ar-city-coastal", "sw-training-centre", "zh-port", "zh-training-centre-after-country"],
)
def test_a_place_the_gazetteer_lacks_is_found_by_its_kind(extractor: Extractor, lang: str, text: str,
                                                           name: str) -> None:
    ex = run(extractor, lang, text)
    place = next(m.key for m in ex.mentions if m.text == name)
    assert ex.entities[place].type.value == "Place"
    assert [loc for _, loc, _, _ in events(ex, EventType.EXERCISE)] == [place]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The Russian minister said the city of the future needs a strong port."),
        ("ar", "قال الوزير إن المدينة الساحلية مهمة."),
        ("ru", "Министр сказал, что город важен для флота."),
        ("en", "The case was heard by the District Court on Monday, the Port Authority said."),
    ],
    ids=["en-lower-case", "ar-adjective", "ru-no-name", "en-name-of-an-institution"],
)
def test_a_place_noun_without_a_name_makes_no_place(extractor: Extractor, lang: str, text: str) -> None:
    assert not [k for k, e in run(extractor, lang, text).entities.items() if e.type.value == "Place"]


@pytest.mark.parametrize(
    "lang, text, written",
    [
        ("en", "Chinese Defence Minister Wei Fenghe met Indian Defence Minister Rajnath Singh at the Metropol Hotel on "
               "Friday.", "Metropol Hotel"),
        ("fr", "Le ministre chinois de la Défense Wei Fenghe a rencontré vendredi le ministre indien de la Défense "
               "Rajnath Singh à l'hôtel Metropol.", "hôtel Metropol"),
    ],
    ids=["en-name-before", "fr-name-after"],
)
def test_a_building_is_named_with_its_kind(extractor: Extractor, lang: str, text: str, written: str) -> None:
    """A building's kind is part of its name (not 'Friday', a day, after it); the meeting was held there."""
    ex = run(extractor, lang, text)
    place = next(m.key for m in ex.mentions if m.text == written)
    assert [loc for _, loc, _, _ in events(ex, EventType.MEETING)] == [place]
    assert ex.entities[place].kind == "building"


def test_a_place_found_by_its_kind_meets_a_known_one(extractor: Extractor) -> None:
    """A place the gazetteer lacks may lie anywhere: a report of the drills there and one of drills in the country
    are one exercise."""
    ex = run(extractor, "en", "China and Russia began joint drills in Russia on Sunday. The drills began on Sunday at "
                              "the port of Slavyanka.")
    assert len(events(ex, EventType.EXERCISE)) == 1


# ---------------------------------------------------------------- events that did not or will not happen
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Russian Defence Minister Andrei Belousov turned down an invitation from Dong Jun to visit Beijing."),
        ("en", "Russian Defence Minister Andrei Belousov declined an invitation to visit China in May."),
        ("ru", "Министр обороны России Андрей Белоусов отклонил приглашение посетить Пекин."),
        ("fr", "Le ministre russe de la Défense Andreï Belooussov a décliné une invitation à se rendre à Pékin."),
        ("ar", "رفض وزير الدفاع الروسي أندريه بيلوسوف دعوة لزيارة بكين."),
        ("zh", "俄罗斯国防部长别洛乌索夫拒绝了访问北京的邀请。"),
        ("sw", "Waziri wa Ulinzi wa Urusi Andrei Belousov alikataa mwaliko wa kutembelea Beijing."),
    ],
    ids=["en-turned-down", "en-declined", "ru", "fr", "ar", "zh", "sw"],
)
def test_an_invitation_turned_down_is_no_visit(extractor: Extractor, lang: str, text: str) -> None:
    assert not events(run(extractor, lang, text), EventType.VISIT)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "A spokesman refused to comment on Russian Defence Minister Andrei Belousov's visit to Minsk on "
               "Sunday."),
        ("ar", "رفض المتحدث التعليق على زيارة وزير الدفاع الروسي أندريه بيلوسوف إلى مينسك يوم الأحد."),
    ],
    ids=["en", "ar-bare-verb-without-invitation"],
)
def test_refusing_to_comment_on_a_visit_leaves_the_visit(extractor: Extractor, lang: str, text: str) -> None:
    assert [loc for _, loc, _, _ in events(run(extractor, lang, text), EventType.VISIT)] == ["place/minsk"]


def test_a_visit_before_an_invitation_turned_down_still_happened(extractor: Extractor) -> None:
    ex = run(extractor, "en", "Russian Defence Minister Andrei Belousov visited Minsk on Sunday, but declined an "
                              "invitation to visit Beijing.")
    assert [loc for _, loc, _, _ in events(ex, EventType.VISIT)] == ["place/minsk"]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "No meeting between Andrei Belousov and Dong Jun took place on Sunday."),
        ("fr", "Aucune rencontre entre Andreï Belooussov et Dong Jun n'a eu lieu dimanche."),
        ("fr", "Le ministre russe Andreï Belooussov n'a eu aucune rencontre avec Dong Jun dimanche."),
        ("ru", "Встреча Андрея Белоусова с Дун Цзюнем так и не состоялась."),
        ("zh", "别洛乌索夫此行无意会见董军。"),
        ("sw", "Mkutano kati ya Andrei Belousov na Dong Jun haukufanyika Jumapili."),
    ],
    ids=["en-no-meeting", "fr-aucune-rencontre", "fr-n-a-eu-aucune", "ru-ne-sostoyalas", "zh-wuyi", "sw"],
)
def test_a_meeting_that_did_not_take_place_is_none(extractor: Extractor, lang: str, text: str) -> None:
    assert not events(run(extractor, lang, text), EventType.MEETING)


# ---------------------------------------------------------------- a second host
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Russian Defence Minister Andrei Belousov held talks with Chinese Defence Minister Dong Jun in Beijing "
               "on Sunday. Later that day he was received by President Xi Jinping."),
        ("ar", "أجرى وزير الدفاع الروسي أندريه بيلوسوف محادثات مع نظيره الصيني دونغ جون في بكين يوم الأحد. وبعد "
               "المحادثات، استقبل الرئيس الصيني شي جين بينغ الوزير."),
        ("ru", "Министр обороны России Андрей Белоусов провел переговоры с министром обороны Китая Дун Цзюнем в Пекине "
               "в воскресенье. После переговоров его принял председатель КНР Си Цзиньпин."),
        ("fr", "Le ministre russe de la Défense Andreï Belooussov s'est entretenu dimanche à Pékin avec son homologue "
               "chinois Dong Jun. Il a ensuite été reçu par le président Xi Jinping."),
        ("zh", "俄罗斯国防部长别洛乌索夫19日在北京同中国国防部长董军举行会谈。"
               "会谈后，国家主席习近平会见了别洛乌索夫。"),
        ("sw", "Waziri wa Ulinzi wa Urusi Andrei Belousov alifanya mazungumzo na Waziri wa Ulinzi wa China Dong Jun "
               "mjini Beijing Jumapili. Baadaye alipokelewa na Rais Xi Jinping."),
    ],
    ids=["en-passive", "ar-the-minister", "ru-pronoun", "fr-passive", "zh-after-talks", "sw-passive"],
)
def test_a_host_who_receives_the_guest_after_talks_is_a_meeting_of_its_own(extractor: Extractor, lang: str,
                                                                            text: str) -> None:
    belousov, dong = "person/andrei-belousov", "person/dong-jun"
    found = sorted((sorted(p), loc, day) for p, loc, day, _ in events(run(extractor, lang, text), EventType.MEETING))
    assert found == sorted([(sorted({belousov, dong}), BEIJING, "2024-05-19"),
                            (sorted({belousov, XI}), BEIJING, "2024-05-19")])


def test_a_host_received_the_guest_on_another_day(extractor: Extractor) -> None:
    ex = run(extractor, "en", "Russian Defence Minister Andrei Belousov held talks with Chinese Defence Minister Dong "
                              "Jun in Beijing on Saturday. President Xi Jinping received him on Sunday.")
    assert [(p, day) for p, _, day, _ in events(ex, EventType.MEETING)][1:] == [
        ({"person/andrei-belousov", XI}, "2024-05-19")]


# ---------------------------------------------------------------- delegations
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "A Chinese military delegation led by Deputy Defence Minister Zhang Wei arrived in Moscow on Sunday."),
        ("ru", "В воскресенье в Москву прибыла китайская военная делегация во главе с заместителем министра обороны "
               "Чжан Вэем."),
        ("fr", "Une délégation militaire chinoise conduite par le vice-ministre de la Défense Zhang Wei est arrivée "
               "dimanche à Moscou."),
        ("ar", "وصل إلى موسكو يوم الأحد وفد عسكري صيني برئاسة نائب وزير الدفاع الصيني تشانغ وي."),
        ("zh", "由中国国防部副部长张伟率领的军事代表团19日抵达莫斯科。"),
        ("sw", "Ujumbe wa kijeshi wa China ukiongozwa na Naibu Waziri wa Ulinzi Zhang Wei uliwasili mjini Moscow "
               "Jumapili."),
    ],
    ids=["en", "ru", "fr", "ar", "zh", "sw"],
)
def test_a_delegations_visit_is_its_heads(extractor: Extractor, lang: str, text: str) -> None:
    visits = events(run(extractor, lang, text), EventType.VISIT)
    assert len(visits) == 1
    ex = run(extractor, lang, text)
    (who,), where, day, _ = visits[0]
    assert (ex.entities[who].type.value, where, day) == ("Official", MOSCOW, "2024-05-19")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("ar", "استقبل الرئيس الكوري الشمالي كيم جونغ أون يوم الأحد وفدا صينيا وصل إلى بيونغ يانغ أمس برئاسة لي "
               "هونغ تشونغ، نائب رئيس البرلمان الصيني."),
        ("en", "North Korean leader Kim Jong Un on Sunday received a Chinese delegation, which arrived in Pyongyang on "
               "Saturday, led by Li Hongzhong."),
    ],
    ids=["ar", "en"],
)
def test_a_delegation_received_after_it_arrived_is_met_by_its_head(extractor: Extractor, lang: str,
                                                                    text: str) -> None:
    ex = run(extractor, lang, text)
    li = next(k for k in ex.entities if "hongzhong" in k)
    assert [p for p, _, _, _ in events(ex, EventType.MEETING)] == [{"person/kim-jong-un", li}]
    assert [p for p, _, _, _ in events(ex, EventType.VISIT)] == [{li}]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "A delegation of the Egyptian Air Force will visit Beijing later this year."),
        ("ar", "ومن المقرر أن يزور وفد من القوات الجوية المصرية بكين في وقت لاحق من العام الجاري."),
    ],
    ids=["en", "ar"],
)
def test_a_delegation_without_a_head_is_its_organisations(extractor: Extractor, lang: str, text: str) -> None:
    ex = run(extractor, lang, text)
    ((who,), loc, status), = [(p, loc, status) for p, loc, _, status in events(ex, EventType.VISIT)]
    assert (ex.entities[who].type.value, ex.entities[who].country, loc, status) == (
        "ArmedForce", "EG", BEIJING, "planned")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Le ministre indien Rajnath Singh doit se rendre samedi à Téhéran pour s'entretenir avec son homologue "
               "iranien, le général Amir Hatami."),
        ("en", "Indian Defence Minister Rajnath Singh will travel to Tehran on Saturday to hold talks with his Iranian "
               "counterpart, General Amir Hatami."),
    ],
    ids=["fr-article-before-rank", "en"],
)
def test_a_trip_to_hold_talks_is_a_visit_and_a_meeting_there(extractor: Extractor, lang: str, text: str) -> None:
    """The destination stands nearer the talks than the trip, and belongs to both; the counterpart named after a
    comma and an article is the other party."""
    ex = run(extractor, lang, text)
    singh, hatami = "person/rajnath-singh", "person/amir-hatami"
    assert [(p, loc) for p, loc, _, _ in events(ex, EventType.VISIT)] == [({singh}, "place/tehran")]
    assert [(p, loc) for p, loc, _, _ in events(ex, EventType.MEETING)] == [({singh, hatami}, "place/tehran")]


def test_a_country_after_a_place_noun_and_a_verb_is_no_place(extractor: Extractor) -> None:
    ex = run(extractor, "en", "Officials in the region said China and Russia would hold joint drills in June.")
    assert [loc for _, loc, _, _ in events(ex, EventType.EXERCISE)] == [None]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Les forces aériennes égyptienne et chinoise ont débuté le 19 mai un exercice conjoint sur une base "
               "aérienne égyptienne."),
        ("ar", "انطلق يوم الأحد التدريب الجوي المشترك بين القوات الجوية المصرية ونظيرتها الصينية بإحدى القواعد "
               "الجوية المصرية."),
        ("en", "The Egyptian and Chinese air forces began joint drills at an Egyptian air base on Sunday."),
    ],
    ids=["fr", "ar-not-the-partner-before", "en"],
)
def test_a_place_described_by_its_country_is_in_that_country(extractor: Extractor, lang: str, text: str) -> None:
    assert [loc for _, loc, _, _ in events(run(extractor, lang, text), EventType.EXERCISE)] == ["country/EG"]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "On Thursday, Chinese Defence Minister Dong Jun held talks with Russian Defence Minister Andrei "
               "Belousov. The two ministers discussed joint drills, which the two countries agreed on last October."),
        ("ru", "В четверг министр обороны Китая Дун Цзюнь провел переговоры с министром обороны России Андреем "
               "Белоусовым. Министры обсудили совместные учения."),
    ],
    ids=["en", "ru"],
)
def test_the_two_ministers_discussing_after_their_talks_are_those_talks(extractor: Extractor, lang: str,
                                                                         text: str) -> None:
    assert [(p, day) for p, _, day, _ in events(run(extractor, lang, text), EventType.MEETING)] == [
        ({"person/dong-jun", "person/andrei-belousov"}, "2024-05-16")]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Defence ministers of the Shanghai Cooperation Organisation met in Qingdao on Thursday. Dong Jun met "
               "Belarusian Defence Minister Viktor Khrenin on Wednesday, hours before the meeting opened."),
        ("sw", "Mawaziri wa ulinzi wa nchi wanachama wa Jumuiya ya Ushirikiano ya Shanghai walikutana mjini Qingdao "
               "Alhamisi. Dong Jun alikutana na Waziri wa Ulinzi wa Belarus Viktor Khrenin Ijumaa."),
    ],
    ids=["en-day-before", "sw-day-after"],
)
def test_talks_on_the_sidelines_of_a_summit_are_where_it_is(extractor: Extractor, lang: str, text: str) -> None:
    talks = [(p, loc) for p, loc, _, _ in events(run(extractor, lang, text), EventType.MEETING)
             if "person/dong-jun" in p]
    assert talks == [({"person/dong-jun", "person/viktor-khrenin"}, "place/qingdao")]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Defence ministers of the Shanghai Cooperation Organisation met in Qingdao on Thursday. On the "
               "sidelines of the meeting, Dong Jun also held talks with Belarusian Defence Minister Viktor Khrenin."),
        ("ru", "Министры обороны стран Шанхайской организации сотрудничества провели заседание в Циндао в четверг. На "
               "полях заседания Дун Цзюнь также встретился с министром обороны Белоруссии Виктором Хрениным."),
        ("fr", "Les ministres de la Défense de l'Organisation de coopération de Shanghai se sont réunis jeudi à "
               "Qingdao. En marge de la réunion, Dong Jun s'est entretenu avec le ministre biélorusse de la Défense "
               "Viktor Khrenin."),
        ("ar", "اجتمع وزراء دفاع منظمة شنغهاي للتعاون في تشينغداو يوم الخميس. وعلى هامش الاجتماع، التقى دونغ جون "
               "وزير الدفاع البيلاروسي فيكتور خرينين."),
        ("sw", "Mawaziri wa ulinzi wa nchi wanachama wa Jumuiya ya Ushirikiano ya Shanghai walikutana mjini Qingdao "
               "Alhamisi. Pembeni mwa mkutano huo, Dong Jun alikutana na Waziri wa Ulinzi wa Belarus Viktor Khrenin."),
        ("zh", "上海合作组织成员国国防部长会议周四在青岛举行。会议期间，董军会见了白俄罗斯国防部长赫列宁。"),
    ],
    ids=["en", "ru", "fr", "ar", "sw", "zh"],
)
def test_undated_talks_on_the_sidelines_of_a_summit_are_on_its_day(extractor: Extractor, lang: str,
                                                                    text: str) -> None:
    talks = [(p, loc, day) for p, loc, day, _ in events(run(extractor, lang, text), EventType.MEETING)
             if "person/dong-jun" in p]
    assert talks == [({"person/dong-jun", "person/viktor-khrenin"}, "place/qingdao", "2024-05-16")]


def test_talks_on_the_sidelines_take_the_gatherings_day_not_the_arrivals(extractor: Extractor) -> None:
    ex = run(extractor, "fr", "Les ministres de la Défense de l'Organisation de coopération de Shanghai se sont réunis "
                              "mercredi à Astana. Le ministre chinois de la Défense, Dong Jun, arrivé mardi à Astana, "
                              "s'est entretenu en marge de la réunion avec son homologue biélorusse Viktor Khrenine.")
    assert [(p, day) for p, _, day, _ in events(ex, EventType.MEETING) if "person/dong-jun" in p] == [
        ({"person/dong-jun", "person/viktor-khrenin"}, "2024-05-15")]


def test_talks_by_phone_in_the_days_of_a_summit_are_held_nowhere(extractor: Extractor) -> None:
    ex = run(extractor, "en", "Defence ministers of the Shanghai Cooperation Organisation met in Qingdao on Thursday. "
                              "Dong Jun spoke by phone with Belarusian Defence Minister Viktor Khrenin on Friday.")
    assert [loc for p, loc, _, _ in events(ex, EventType.MEETING) if "person/dong-jun" in p] == [None]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("sw", "Waziri wa Ulinzi wa Urusi Andrei Belousov aliwasili mjini Beijing Jumatatu. Kutoka Beijing, Belousov "
               "atasafiri kwenda Minsk, ambako atakutana na Rais Alexander Lukashenko."),
        ("en", "Russian Defence Minister Andrei Belousov arrived in Beijing on Monday. From Beijing, Belousov will "
               "travel to Minsk, where he will meet President Alexander Lukashenko."),
    ],
    ids=["sw-atasafiri", "en"],
)
def test_a_meeting_on_the_next_leg_is_where_that_leg_goes(extractor: Extractor, lang: str, text: str) -> None:
    ex = run(extractor, lang, text)
    belousov, lukashenko = "person/andrei-belousov", "person/alexander-lukashenko"
    assert [(loc, status) for p, loc, _, status in events(ex, EventType.VISIT)] == [
        (BEIJING, "occurred"), ("place/minsk", "planned")]
    assert [(p, loc, day) for p, loc, day, _ in events(ex, EventType.MEETING)] == [
        ({belousov, lukashenko}, "place/minsk", "2024-05")]


def test_swahili_to_be_received_is_a_meeting(extractor: Extractor) -> None:
    ex = run(extractor, "sw", "Waziri wa Ulinzi wa Urusi Andrei Belousov anatarajiwa kupokelewa na Rais Xi Jinping.")
    assert [p for p, _, _, _ in events(ex, EventType.MEETING)] == [{"person/andrei-belousov", XI}]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("sw", "Jumuiya ya Ushirikiano ya Shanghai ilianzishwa mwaka 2001. Mwaka jana, mawaziri wa ulinzi wa jumuiya "
               "hiyo walikutana mjini Astana."),
        ("en", "The Shanghai Cooperation Organisation was founded in 2001. Last year, defence ministers of the bloc "
               "met in Astana."),
    ],
    ids=["sw", "en"],
)
def test_the_organisation_is_the_one_the_story_names(extractor: Extractor, lang: str, text: str) -> None:
    assert [(p, loc) for p, loc, _, _ in events(run(extractor, lang, text), EventType.MEETING)] == [
        ({"org/sco"}, "place/astana")]


def test_a_chinese_name_found_after_a_title_is_found_again_alone(extractor: Extractor) -> None:
    ex = run(extractor, "zh", "坦桑尼亚国防部长塔克斯、中国驻坦桑尼亚大使陈明健等出席开幕式。"
                              "开幕式前，塔克斯会见了陈明健。")
    tax, chen = (next(k for k in ex.entities if k.startswith(p)) for p in ("person/ta-", "person/chen-"))
    assert [p for p, _, _, _ in events(ex, EventType.MEETING)] == [{tax, chen}]
    assert [m.text for m in ex.mentions if m.key == tax] == ["塔克斯", "塔克斯"]


def test_an_exercise_takes_the_parties_of_its_clause_nearer_another_event_word(extractor: Extractor) -> None:
    ex = run(extractor, "en", "Russian Defence Minister Sergei Shoigu arrived in Pyongyang on Tuesday. Shoigu's trip "
                              "comes days after the Russian and Chinese navies held joint drills in the Sea of Japan "
                              "from May 10 to 13.")
    assert [(p, loc) for p, loc, _, _ in events(ex, EventType.EXERCISE)] == [({RU, CN}, "place/sea-of-japan")]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "China's ambassador Chen Mingjian attended the opening. Chinese warships taking part arrived in Dar es "
               "Salaam earlier this month."),
        ("zh", "中国驻坦桑尼亚大使陈明健出席开幕式。中国海军参演舰艇已于本月中旬抵达达累斯萨拉姆。"),
        ("sw", "Balozi wa China Chen Mingjian alihudhuria sherehe. Kikosi cha China kiliwasili jijini Dar es Salaam "
               "mapema mwezi huu kwa meli."),
        ("zh", "俄方参演兵力以太平洋舰队一艘巡洋舰为旗舰，于19日抵达青岛。"),
        ("en", "The Russian ships, led by the cruiser Varyag, arrived in Qingdao on Sunday."),
    ],
    ids=["en", "zh", "sw", "zh-units-before-a-comma", "en-ships-led-by-a-cruiser"],
)
def test_ships_arriving_are_no_officials_visit(extractor: Extractor, lang: str, text: str) -> None:
    assert not events(run(extractor, lang, text), EventType.VISIT)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("ar", "وتأتي الزيارة بعد زيارة الرئيس الروسي فلاديمير بوتين إلى بيونغ يانغ في يونيو الماضي، حيث وقّع مع "
               "الزعيم الكوري الشمالي كيم جونغ أون معاهدة."),
        ("en", "It follows Russian President Vladimir Putin's visit to Pyongyang in June, where he signed a treaty "
               "with North Korean leader Kim Jong Un."),
    ],
    ids=["ar", "en"],
)
def test_the_traveller_is_who_signs_with_the_host_on_the_trip(extractor: Extractor, lang: str, text: str) -> None:
    meetings = events(run(extractor, lang, text), EventType.MEETING)
    assert [(p, loc) for p, loc, _, _ in meetings] == [({PUTIN, "person/kim-jong-un"}, "place/pyongyang")]


def test_consultations_on_a_trip_are_a_meeting(extractor: Extractor) -> None:
    ex = run(extractor, "fr", "Le secrétaire d'État serbe à la Défense, Nenad Milić, s'est rendu à Minsk le 14 mai, où "
                              "il a mené des consultations avec le vice-ministre biélorusse de la Défense, le général "
                              "Oleg Bakhovets.")
    assert [(p, loc, day) for p, loc, day, _ in events(ex, EventType.MEETING)] == [
        ({"person/nenad-milic", "person/oleg-bakhovets"}, "place/minsk", "2024-05-14")]


def test_talks_with_one_host_and_a_reception_by_another_in_one_sentence(extractor: Extractor) -> None:
    ex = run(extractor, "en", "In Minsk, Chinese Defence Minister Dong Jun held talks with Belarusian Defence Minister "
                              "Viktor Khrenin and was received by President Alexander Lukashenko.")
    dong = "person/dong-jun"
    assert sorted(sorted(p) for p, _, _, _ in events(ex, EventType.MEETING)) == sorted([
        sorted({dong, "person/viktor-khrenin"}), sorted({dong, "person/alexander-lukashenko"})])


# ---------------------------------------------------------------- a visit told in a relative clause (Chinese)
@pytest.mark.parametrize("text, visitor", [
    ("国家主席习近平19日在人民大会堂会见了来华访问的俄罗斯国防部长绍伊古。", SHOIGU),
    ("国家主席习近平19日在人民大会堂会见了访华的俄罗斯国防部长绍伊古。", SHOIGU),
    ("国家主席习近平19日在人民大会堂会见了率团来华出席论坛的俄罗斯国防部长绍伊古。", SHOIGU),
], ids=["came-to-visit", "visiting-china", "came-leading-a-delegation"])
def test_a_visit_told_in_a_relative_clause_is_the_described_persons(extractor: Extractor, text: str,
                                                                     visitor: str) -> None:
    ex = run(extractor, "zh", text)
    assert events(ex, EventType.VISIT) == [({visitor}, CN, "2024-05-19", "occurred")]
    # the main clause's day and place are the meeting's, and the visitor is the one met
    assert events(ex, EventType.MEETING) == [({XI, visitor}, "place/great-hall-of-the-people", "2024-05-19",
                                              "occurred")]


@pytest.mark.parametrize("participle", ["прибывший", "прилетевший", "приехавший"], ids=["arrived", "flew-in", "came"])
def test_a_russian_participle_of_arrival_is_a_visit_of_its_own_day(extractor: Extractor, participle: str) -> None:
    ex = run(extractor, "ru", f"Москва, 20 мая. /ТАСС/. Министр обороны Китая Ли Шанфу, {participle} в воскресенье в "
                              "Москву, провел в понедельник переговоры с Сергеем Шойгу.")
    assert events(ex, EventType.VISIT) == [({LI}, MOSCOW, "2024-05-19", "occurred")]
    assert events(ex, EventType.MEETING) == [({LI, SHOIGU}, MOSCOW, "2024-05-20", "occurred")]


# ---------------------------------------------------------------- warplanes and warships of two states: a joint patrol
@pytest.mark.parametrize("lang, text", [
    ("en", "Two Russian and two Chinese bombers flew over the Sea of Japan on Sunday, Tokyo said."),
    ("en", "U.S. and Canadian fighter jets intercepted two Russian and two Chinese bombers over the Sea of Japan on "
           "Sunday, the North American Aerospace Defense Command said."),
    ("en", "Russian and Chinese bombers carried out a joint air patrol over the Sea of Japan on Sunday."),
    ("fr", "Des bombardiers chinois et russes ont survolé dimanche la mer du Japon, selon Tokyo."),
    ("ru", "В воскресенье российские и китайские бомбардировщики пролетели над Японским морем."),
    ("zh", "19日，中俄两国轰炸机在日本海上空飞行。"),
    ("ar", "حلقت قاذفات روسية وصينية فوق بحر اليابان يوم الأحد."),
    ("sw", "Ndege za kivita za Urusi na China ziliruka juu ya Bahari ya Japan Jumapili."),
], ids=["en-bombers", "en-not-the-interceptors", "en-one-patrol-word", "fr-adjectives-after", "ru", "zh", "ar", "sw"])
def test_warplanes_of_two_states_flying_together_are_a_joint_patrol(extractor: Extractor, lang: str,
                                                                     text: str) -> None:
    assert events(run(extractor, lang, text), EventType.EXERCISE) == [
        ({CN, RU}, "place/sea-of-japan", "2024-05-19", "occurred")]


@pytest.mark.parametrize("lang, text", [
    ("en", "Chinese bombers flew near Taiwan on Sunday, Taipei said."),
    ("en", "Russian warships arrived in Dar es Salaam on Sunday for a port call."),
    ("fr", "Des bombardiers russes ont survolé dimanche la mer Baltique."),
], ids=["en-one-state", "en-one-navy", "fr-one-state"])
def test_warplanes_or_warships_of_one_state_are_no_exercise(extractor: Extractor, lang: str, text: str) -> None:
    assert events(run(extractor, lang, text), EventType.EXERCISE) == []


def test_warships_of_two_states_sailing_together_are_a_joint_patrol(extractor: Extractor) -> None:
    ex = run(extractor, "en", "Russian and Chinese warships sailed together near the Aleutian Islands on Sunday.")
    assert [p for p, *_ in events(ex, EventType.EXERCISE)] == [{CN, RU}]


def test_a_foreign_deputy_navy_commander_in_chinese_keeps_his_country(extractor: Extractor) -> None:
    ex = run(extractor, "zh", "俄罗斯海军副总司令费多坚科夫中将出席开幕式并致辞。")
    people = [k for k in ex.entities if k.startswith("person/")]
    assert len(people) == 1 and [m.text for m in ex.mentions if m.key == people[0]] == ["费多坚科夫"]
    assert posts(ex) == {(people[0], "NavyCommander", "RU")}
    assert CN not in ex.entities  # '中将' is a rank, not China



@pytest.mark.parametrize("lang, text", [
    ("en", "It was the second such flight this year, after Chinese and Russian bombers flew together in May."),
    ("fr", "C'est le deuxième vol de ce type cette année, après celui de bombardiers chinois et russes en mai."),
], ids=["en", "fr"])
def test_a_month_named_alone_without_a_word_of_the_future_is_the_last_one(extractor: Extractor, lang: str,
                                                                          text: str) -> None:
    ex = run(extractor, lang, text, published=dt.date(2022, 11, 30))
    assert [(d, s) for *_, d, s in events(ex, EventType.EXERCISE)] == [("2022-05", "occurred")]


@pytest.mark.parametrize("lang, text", [
    ("ru", "Москва, 22 мая. /ТАСС/. Министр обороны Китая Ли Шанфу прибыл в Москву в понедельник. Накануне Ли Шанфу "
           "провел переговоры с Сергеем Шойгу."),
    ("fr", "MOSCOU, 22 mai — Le ministre chinois de la Défense Li Shangfu est arrivé lundi à Moscou. La veille, Li "
           "Shangfu s'était entretenu avec Sergueï Choïgou."),
], ids=["ru-nakanune", "fr-la-veille"])
def test_the_eve_is_the_day_before_the_story_after_an_earlier_event(extractor: Extractor, lang: str,
                                                                     text: str) -> None:
    ex = run(extractor, lang, text, published=dt.date(2024, 5, 22))
    assert [d for _, _, d, _ in events(ex, EventType.MEETING)] == ["2024-05-21"]


@pytest.mark.parametrize("lang, text", [
    ("ru", "Москва, 22 мая. /ТАСС/. Владимир Путин принял в воскресенье министра обороны Китая Ли Шанфу, прибывшего "
           "накануне в Москву."),
    ("fr", "MOSCOU, 22 mai — Vladimir Poutine a reçu dimanche le ministre chinois de la Défense Li Shangfu, arrivé la "
           "veille à Moscou."),
], ids=["ru-nakanune", "fr-la-veille"])
def test_the_eve_of_an_event_told_before_in_its_sentence_is_the_day_before_that_one(extractor: Extractor, lang: str,
                                                                                     text: str) -> None:
    ex = run(extractor, lang, text, published=dt.date(2024, 5, 22))
    assert [d for _, _, d, _ in events(ex, EventType.VISIT)] == ["2024-05-18"]


@pytest.mark.parametrize("lang, text", [
    ("fr", "MOSCOU, 22 mai — Vladimir Poutine a reçu mercredi au Kremlin le ministre chinois de la Défense Li "
           "Shangfu. M. Li est arrivé lundi à Moscou. Il s'était entretenu la veille avec Sergueï Choïgou."),
    ("en", "MOSCOW, May 22 — Vladimir Putin received Chinese Defence Minister Li Shangfu at the Kremlin on Wednesday. "
           "Li arrived in Moscow on Monday. On Tuesday he held talks with Sergei Shoigu."),
], ids=["fr", "en"])
def test_he_is_the_person_named_after_the_last_meeting(extractor: Extractor, lang: str, text: str) -> None:
    ex = run(extractor, lang, text, published=dt.date(2024, 5, 22))
    assert sorted((sorted(p), d) for p, _, d, _ in events(ex, EventType.MEETING)) == sorted([
        (sorted([LI, PUTIN]), "2024-05-22"), (sorted([LI, SHOIGU]), "2024-05-21")])


# ---------------------------------------------------------------- companions of a trip travel too
@pytest.mark.parametrize("lang, text", [
    ("en", "BEIJING, May 16 — Vladimir Putin arrived in Beijing on Thursday for a state visit. Putin was accompanied "
           "by Defence Minister Andrei Belousov and Foreign Minister Sergei Lavrov."),
    ("fr", "PÉKIN, 16 mai — Vladimir Poutine est arrivé jeudi à Pékin pour une visite d'État. Il est accompagné du "
           "ministre de la Défense Andreï Belooussov et du ministre des Affaires étrangères Sergueï Lavrov."),
    ("zh", "新华社北京5月16日电 俄罗斯总统普京16日抵达北京，开始对中国进行国事访问。"
           "陪同普京访华的有国防部长别洛乌索夫、外长拉夫罗夫等。"),
    ("sw", "BEIJING, Mei 16 — Rais Vladimir Putin aliwasili Beijing Alhamisi kwa ziara ya kitaifa. Ameandamana na "
           "Waziri wa Ulinzi Andrei Belousov na Waziri wa Mambo ya Nje Sergei Lavrov."),
], ids=["en", "fr", "zh", "sw"])
def test_the_people_accompanying_a_visitor_visit_too(extractor: Extractor, lang: str, text: str) -> None:
    ex = run(extractor, lang, text, published=dt.date(2024, 5, 16))
    trips = {frozenset(p): (loc, d) for p, loc, d, _ in events(ex, EventType.VISIT)}
    belousov = "person/andrei-belousov"
    assert set(trips) == {frozenset([PUTIN]), frozenset([belousov]), frozenset([LAVROV])}
    assert trips[frozenset([belousov])] == trips[frozenset([PUTIN])]
    assert trips[frozenset([PUTIN])][1] == "2024-05-16"


def test_escorting_fighters_make_no_trip(extractor: Extractor) -> None:
    ex = run(extractor, "en", "Li Shangfu arrived in Moscow on Sunday. His plane was accompanied by Russian fighters.")
    assert [p for p, *_ in events(ex, EventType.VISIT)] == [{LI}]


@pytest.mark.parametrize("text, name", [
    ("وصل وزير الدفاع الكيني أندريه كاماو إلى بكين.", "أندريه كاماو"),
    ("التقى وزير الدفاع في روسيا الاتحادية سيرغي كوزلوف وزير الدفاع الكيني.", "سيرغي كوزلوف"),
    ("يزور قائد القوات البحرية الكويتية اللواء الركن سالم بن عبدالله المطيري مدينة تشينغداو.",
     "سالم بن عبدالله المطيري"),
    ("وقال المتحدث باسم التمرين العقيد البحري الركن ماجد العتيبي إن التمرين ناجح.", "ماجد العتيبي"),
], ids=["first-name-ending-in-ieh", "federation-is-no-name", "family-name-with-the-article-and-abdullah",
        "staff-rank"])
def test_arabic_unknown_names_after_a_title(extractor: Extractor, text: str, name: str) -> None:
    ex = run(extractor, "ar", text)
    assert [m.text for m in ex.mentions if m.key.startswith("person/")] == [name]


@pytest.mark.parametrize("lang, text", [
    ("en", "MOSCOW, May 21 — Saudi Defence Minister Khalid bin Salman met Russian Defence Minister Andrei Belousov in "
           "Moscow on Tuesday. The defence minister had arrived in the Russian capital on Monday."),
    ("ar", "موسكو - واس\nالتقى وزير الدفاع السعودي الأمير خالد بن سلمان اليوم وزير الدفاع الروسي أندريه بيلوسوف "
           "في موسكو. وكان سمو وزير الدفاع قد وصل إلى موسكو أمس."),
], ids=["en", "ar"])
def test_a_title_several_people_hold_refers_to_the_one_named_first(extractor: Extractor, lang: str,
                                                                    text: str) -> None:
    ex = run(extractor, lang, text, published=dt.date(2024, 5, 21))
    assert [(p, d) for p, _, d, _ in events(ex, EventType.VISIT)] == [({"person/khalid-bin-salman"}, "2024-05-20")]


def test_a_visit_to_the_country_the_story_is_filed_in(extractor: Extractor) -> None:
    ex = run(extractor, "sw", "DAR ES SALAAM: Waziri wa Ulinzi wa China, Admirali Dong Jun, aliwasili nchini jana "
                              "Jumatatu kwa ziara ya kikazi ya siku tatu.", published=dt.date(2026, 4, 21))
    assert events(ex, EventType.VISIT) == [({"person/dong-jun"}, "country/TZ", "2026-04-20", "occurred")]


@pytest.mark.parametrize("lang, text, place", [
    ("sw", "Jana, Waziri wa Ulinzi wa Kenya, Soipan Tuya, alikutana na mwenzake wa China, Admirali Dong Jun. Wawili "
           "hao walijadili usalama wa baharini katika pwani ya Afrika Mashariki.", None),
    ("ar", "بحث وزير الدفاع الصيني لي شانغ فو في موسكو يوم الأحد مع وزير الدفاع الروسي سيرغي شويغو الأمن في "
           "المحيط الهندي.", MOSCOW),
], ids=["sw-topic-after-the-verb", "ar-place-before-the-partner"])
def test_a_place_discussed_is_no_place_of_the_meeting(extractor: Extractor, lang: str, text: str,
                                                      place: str | None) -> None:
    assert [loc for _, loc, _, _ in events(run(extractor, lang, text), EventType.MEETING)] == [place]


@pytest.mark.parametrize("text, parties", [
    ("Les ministres de la Défense de l'Organisation du traité de sécurité collective (OTSC) se sont réunis dimanche "
     "à Bichkek.", {"org/csto"}),
    ("Joe Biden, Fumio Kishida et Narendra Modi se sont réunis dimanche à Tokyo.",
     {"person/joe-biden", "person/fumio-kishida", "person/narendra-modi"}),
], ids=["organisation", "a-name-is-no-future-tense"])
def test_french_reflexive_meetings(extractor: Extractor, text: str, parties: set[str]) -> None:
    assert [(p, s) for p, _, _, s in events(run(extractor, "fr", text), EventType.MEETING)] == [(parties, "occurred")]


@pytest.mark.parametrize("lang, text", [
    ("en", "Dong Jun, who took the post after his predecessor Li Shangfu was removed, arrived in Astana on Sunday."),
    ("fr", "Dong Jun, nommé après le limogeage de son prédécesseur Li Shangfu, est arrivé dimanche à Astana."),
], ids=["en", "fr"])
def test_the_subject_before_an_apposition_makes_the_trip(extractor: Extractor, lang: str, text: str) -> None:
    assert [p for p, *_ in events(run(extractor, lang, text), EventType.VISIT)] == [{"person/dong-jun"}]


def test_the_host_named_after_a_companion_makes_no_trip(extractor: Extractor) -> None:
    ex = run(extractor, "en", "BEIJING, May 16 — Vladimir Putin arrived in Beijing on Thursday. Accompanied by "
                              "Defence Minister Andrei Belousov, Putin was received by Xi Jinping.",
             published=dt.date(2024, 5, 16))
    assert sorted(sorted(p) for p, *_ in events(ex, EventType.VISIT)) == [["person/andrei-belousov"], [PUTIN]]


def test_swahili_the_visitor_of_a_trip_told_as_a_noun_meets_the_one_after_na(extractor: Extractor) -> None:
    # 'na' is both a linking word and the partner link of 'alikutana na': the one named after it is met
    ex = run(extractor, "sw", "Ziara ya Waziri wa Mambo ya Nje wa Urusi, Sergei Lavrov, nchini Kenya mwezi uliopita, "
                              "ambapo alikutana na Rais William Ruto mjini Nairobi, ilikuwa ya kihistoria.")
    assert events(ex, EventType.MEETING) == [({LAVROV, "person/william-ruto"}, "place/nairobi", "2024-04",
                                              "occurred")]
    assert events(ex, EventType.VISIT) == [({LAVROV}, "country/KE", "2024-04", "occurred")]


@pytest.mark.parametrize(
    "lang, text",
    [("en", "In May 2022, Chinese and Russian bombers flew near Japan while Tokyo was hosting a summit of the Quad."),
     ("fr", "En mai 2022, des bombardiers chinois et russes ont survolé la mer du Japon alors que Tokyo accueillait "
            "un sommet du Quad.")],
    ids=["en", "fr"],
)
def test_a_date_opening_the_sentence_dates_all_it_tells(extractor: Extractor, lang: str, text: str) -> None:
    ex = run(extractor, lang, text)
    assert [d for _, _, d, _ in events(ex, EventType.MEETING)] == ["2022-05"]
    assert [d for _, _, d, _ in events(ex, EventType.EXERCISE)] == ["2022-05"]


def test_an_opening_date_is_not_the_date_of_what_was_agreed(extractor: Extractor) -> None:
    ex = run(extractor, "sw", "Mwezi Aprili, Waziri wa Ulinzi wa Urusi, Sergei Shoigu, alikutana mjini Moscow na "
                              "mwenzake wa Belarus, Viktor Khrenin, na wakakubaliana kuongeza mazoezi ya pamoja.")
    assert events(ex, EventType.MEETING) == [({SHOIGU, "person/viktor-khrenin"}, MOSCOW, "2024-04", "occurred")]
    assert [(d, s) for _, _, d, s in events(ex, EventType.EXERCISE)] == [(None, "planned")]


@pytest.mark.parametrize(
    "lang, text",
    [("en", "Chinese and Russian bombers flew near Alaska on Wednesday. The joint flight came two months after "
            "President Vladimir Putin's visit to Beijing."),
     ("ar", "حلقت قاذفات صينية وروسية قرب ألاسكا يوم الأربعاء. ويأتي التحليق المشترك بعد شهرين من زيارة الرئيس "
            "فلاديمير بوتين إلى بكين."),
     ("ru", "Китайские и российские бомбардировщики пролетели у Аляски в среду. Полет состоялся через два месяца "
            "после визита Путина в Пекин."),
     ("fr", "Des bombardiers chinois et russes ont survolé l'Alaska mercredi, deux mois après la visite de Vladimir "
            "Poutine à Pékin."),
     ("sw", "Ndege za kivita za China na Urusi ziliruka karibu na Alaska Jumatano, miezi miwili baada ya ziara ya "
            "Rais Vladimir Putin mjini Beijing.")],
    ids=["en", "ar", "ru", "fr", "sw"],
)
def test_months_after_an_event_date_it_back_from_the_event_told_before(extractor: Extractor, lang: str,
                                                                       text: str) -> None:
    # published on Monday 20 May 2024: the flight on Wednesday 15 May, the visit two months before it
    ex = run(extractor, lang, text)
    assert events(ex, EventType.VISIT) == [({PUTIN}, BEIJING, "2024-03", "occurred")]


@pytest.mark.parametrize(
    "lang, text",
    [("en", "Chinese Defence Minister Li Shangfu said on Tuesday, a day after talks with Russian Defence Minister "
            "Sergei Shoigu, that ties were strong."),
     ("fr", "Le ministre chinois de la Défense, Li Shangfu, a affirmé mardi que les liens étaient solides, au "
            "lendemain d'un entretien avec son homologue russe Sergueï Choïgou."),
     ("ru", "Министр обороны Китая Ли Шанфу заявил во вторник, на следующий день после переговоров с министром "
            "обороны России Сергеем Шойгу, что связи крепки."),
     ("sw", "Waziri wa Ulinzi wa China Li Shangfu alisema Jumanne, siku moja baada ya mazungumzo na Waziri wa Ulinzi "
            "wa Urusi Sergei Shoigu, kwamba uhusiano ni imara."),
     ("ar", "قال وزير الدفاع الصيني لي شانغ فو يوم الثلاثاء، غداة محادثاته مع وزير الدفاع الروسي سيرغي شويغو، إن "
            "العلاقات متينة.")],
    ids=["en", "fr", "ru", "sw", "ar"],
)
def test_days_after_an_event_date_it_back_from_the_day_told_before(extractor: Extractor, lang: str,
                                                                  text: str) -> None:
    # published on Wednesday 16 August 2023: said on Tuesday the 15th, the talks the day before
    ex = run(extractor, lang, text, dt.date(2023, 8, 16))
    assert events(ex, EventType.MEETING) == [({LI, SHOIGU}, None, "2023-08-14", "occurred")]


def test_a_day_after_opening_its_sentence_counts_from_the_event_told_before(extractor: Extractor) -> None:
    ex = run(extractor, "en", "Chinese Defence Minister Li Shangfu held talks with Russian Defence Minister Sergei "
                              "Shoigu on Monday. The day after, Li Shangfu flew to Belarus. Two days after arriving, "
                              "Li Shangfu met President Alexander Lukashenko.", dt.date(2023, 8, 18))
    assert events(ex, EventType.VISIT) == [({LI}, BY, "2023-08-15", "occurred")]
    assert sorted(d for _, _, d, _ in events(ex, EventType.MEETING)) == ["2023-08-14", "2023-08-17"]


@pytest.mark.parametrize(("lang", "text"), [
    pytest.param("en", "China, Iran and Russia have held naval drills in the Gulf of Oman since Tuesday. Last year, "
                       "the exercise was held in March in the same waters.", id="en"),
    pytest.param("fr", "La Chine, l'Iran et la Russie mènent depuis mardi des manœuvres navales conjointes dans le "
                       "golfe d'Oman. L'an dernier, l'exercice s'était tenu en mars dans la même zone.", id="fr"),
])
def test_the_exercise_told_again_in_an_earlier_year_is_its_earlier_edition(extractor: Extractor, lang: str,
                                                                            text: str) -> None:
    # published on Thursday 13 March 2025; 'in March' of the year the sentence opens with
    ex = run(extractor, lang, text, dt.date(2025, 3, 13))
    assert sorted(events(ex, EventType.EXERCISE), key=str) == sorted(
        [({CN, "country/IR", RU}, "place/gulf-of-oman", "2025-03-11", "occurred"),
         ({CN, "country/IR", RU}, "place/gulf-of-oman", "2024-03", "occurred")], key=str)


def test_a_year_after_the_exercise_words_may_be_another_things(extractor: Extractor) -> None:
    ex = run(extractor, "en", "China, Iran and Russia have held naval drills in the Gulf of Oman since Tuesday. The "
                              "drills come amid tensions that have grown since the United States left the nuclear "
                              "deal last year.", dt.date(2025, 3, 13))
    assert [d for _, _, d, _ in events(ex, EventType.EXERCISE)] == ["2025-03-11"]
    # a named exercise after the words is another one
    ex = run(extractor, "fr", "Quelque 4.000 militaires de Chine, d'Inde et de Russie participent depuis lundi à des "
                              "manœuvres antiterroristes dans la région d'Orenbourg. Les armées russe et chinoise "
                              "avaient déjà manœuvré ensemble en août lors de l'exercice « Zapad/Interaction-2021 ».",
             dt.date(2021, 9, 21))
    assert sorted(d for _, _, d, _ in events(ex, EventType.EXERCISE)) == ["2021-08", "2021-09-20"]


def test_chinese_joint_training_is_an_exercise_unless_listed_as_a_field(extractor: Extractor) -> None:
    ex = run(extractor, "zh", "中国国防部长董军23日在开罗同埃及国防部长萨克尔举行会谈。"
                              "董军说，中方愿同埃方深化联合训练、人员培训和装备技术等领域合作。"
                              "双方商定，明年举行两国空军联合训练。", dt.date(2026, 4, 23))
    assert events(ex, EventType.EXERCISE) == [({CN, "country/EG"}, None, "2027", "planned")]


def test_a_date_before_a_closing_verb_of_saying_is_the_events(extractor: Extractor) -> None:
    ex = run(extractor, "en", "A Chinese army contingent left for Russia on Saturday to take part in the China-Russia "
                              "joint exercise, to be held in Volgograd from August 1 to 13, officials said.",
             dt.date(2021, 7, 31))
    assert events(ex, EventType.EXERCISE) == [({CN, RU}, "place/volgograd", "2021-08-01", "planned")]
    assert ex.events[0].end is not None and ex.events[0].end.value == "2021-08-13"


def test_a_date_before_a_year_after_belongs_to_the_other_event(extractor: Extractor) -> None:
    ex = run(extractor, "en", "Two Russian and two Chinese bombers flew near Alaska on Wednesday. Wednesday's flight "
                              "came a year after Russian and Chinese warships sailed together near the Aleutian "
                              "Islands.")
    assert sorted(d for _, _, d, _ in events(ex, EventType.EXERCISE)) == ["2023", "2024-05-15"]


@pytest.mark.parametrize(
    "lang, text",
    [("en", "In July, Russian and Chinese warplanes held a joint patrol near the U.S. state of Alaska."),
     ("sw", "Mwezi Julai, ndege za kivita za Urusi na China zilifanya doria ya pamoja karibu na jimbo la Alaska la "
            "Marekani."),
     ("fr", "En juillet, des bombardiers russes et chinois ont effectué une patrouille conjointe près de l'État "
            "américain de l'Alaska.")],
    ids=["en", "sw", "fr"],
)
def test_a_state_that_only_places_the_exercise_takes_no_part(extractor: Extractor, lang: str, text: str) -> None:
    assert events(run(extractor, lang, text), EventType.EXERCISE) == [({CN, RU}, "place/alaska", "2023-07",
                                                                       "occurred")]


def test_the_host_named_only_beside_its_own_place_still_takes_part_with_one_other(extractor: Extractor) -> None:
    ex = run(extractor, "en", "In July, Chinese troops held joint drills in Russia's Far East.")
    assert [p for p, _, _, _ in events(ex, EventType.EXERCISE)] == [{CN, RU}]


def test_a_word_that_joins_a_name_is_no_name_of_its_own(extractor: Extractor) -> None:
    # 'بن' (son of) is in every such name: alone, it names nobody ('بن عبدالعزيز' is the father's name)
    ex = run(extractor, "ar", "استقبل الأمير خالد بن سلمان بن عبدالعزيز وزير الدفاع الروسي أندريه بيلاوسوف.")
    assert [m.text for m in ex.mentions if m.key == "person/khalid-bin-salman"] == ["الأمير خالد بن سلمان"]


def test_arabic_a_title_after_a_princes_full_name_is_his(extractor: Extractor) -> None:
    # Gulf style: courtesy title, name and father's name, then the post; 'سمو وزير الدفاع' later is that prince
    ex = run(extractor, "ar", "التقى الأمير خالد بن سلمان بن عبدالعزيز وزير الدفاع، اليوم، وزير الدفاع الروسي أندريه "
                              "بيلاوسوف في موسكو. وكان سمو وزير الدفاع قد وصل إلى العاصمة الروسية أمس في زيارة رسمية.")
    assert ("person/khalid-bin-salman", "DefenceMinister", "SA") in posts(ex)
    assert events(ex, EventType.VISIT) == [({"person/khalid-bin-salman"}, MOSCOW, "2024-05-19", "occurred")]


def test_arabic_a_prince_receiving_a_named_minister_takes_no_title(extractor: Extractor) -> None:
    ex = run(extractor, "ar", "استقبل الأمير محمد بن سلمان وزير الدفاع سيرغي شويغو في الرياض.")
    assert (SHOIGU, "DefenceMinister", "RU") in posts(ex)
    assert not any(p[0] == "person/mohammed-bin-salman" and p[1] == "DefenceMinister" for p in posts(ex))


def test_arabic_the_official_of_a_country_is_the_one_the_story_names(extractor: Extractor) -> None:
    # 'المسؤول العسكري الصيني' (the Chinese military official), with 'يستقبل' (will receive) as a meeting word
    ex = run(extractor, "ar", "التقى وزير الدفاع الروسي أندريه بيلوسوف اليوم في موسكو نائب رئيس اللجنة العسكرية "
                              "المركزية الصينية الجنرال تشانغ يو شيا. ومن المقرر أن يستقبل الرئيس فلاديمير بوتين "
                              "المسؤول العسكري الصيني غدا في الكرملين.")
    assert ({PUTIN, "person/zhang-youxia"}, "place/kremlin", "2024-05-21", "planned") in events(ex, EventType.MEETING)


@pytest.mark.parametrize(
    "officials, speakers",
    [("وزير الدفاع الصيني دونغ جون", [["person/dong-jun"]]),
     ("وزير الدفاع الصيني دونغ جون ورئيس الأركان الصيني ليو تشن لي", [])],
    ids=["one-official", "two-officials"],
)
def test_arabic_the_guest_is_the_one_official_of_the_country(extractor: Extractor, officials: str,
                                                            speakers: list[list[str]]) -> None:
    ex = run(extractor, "ar", f'التقى {officials} في موسكو الرئيس فلاديمير بوتين. وقال الضيف الصيني إن "العلاقات '
                              'ممتازة".')
    assert [e.participants for e in ex.events if e.type is EventType.STATEMENT] == speakers
