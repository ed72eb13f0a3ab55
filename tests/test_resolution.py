"""Cross-article resolution, on articles written for these tests: one real-world event is one node."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset

from kg.namespaces import KGO
from kg.pipeline import Extractor
from tests.conftest import build_articles


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def build(extractor: Extractor, tmp_path: Path, articles: dict[str, tuple[str, str]]) -> Dataset:
    """The graph of articles ``{id: (lang, text)}``, read back as one union dataset."""
    return build_articles(extractor, tmp_path, articles, "2023-04-17")


def meetings(ds: Dataset, kind: str = "Meeting") -> dict[str, set[str]]:
    """Each meeting node (or event node of class ``kind``) with the articles it was read from."""
    found: dict[str, set[str]] = {}
    for ev, article in ds.query(f"""PREFIX kgo: <{KGO}> PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT ?e ?a WHERE {{ ?e a kgo:{kind} ; prov:wasDerivedFrom ?a }}"""):  # type: ignore[misc]
        found.setdefault(str(ev), set()).add(str(article).rsplit("/", 1)[-1])
    return found


def test_a_states_armed_forces_and_the_state_are_one_party_across_articles(extractor: Extractor,
                                                                          tmp_path: Path) -> None:
    ds = build(extractor, tmp_path, {
        "en-1": ("en", "Chinese Defence Minister Li Shangfu held talks with the Russian armed forces in Moscow "
                       "on 16 April."),
        "ru-1": ("ru", "Министр обороны Китая Ли Шанфу 16 апреля провел переговоры с Россией в Москве."),
    })
    assert list(meetings(ds).values()) == [{"en-1", "ru-1"}]


def test_announced_talks_and_the_talks_held_the_next_day_are_one_meeting(extractor: Extractor,
                                                                       tmp_path: Path) -> None:
    # published on Tuesday 14 May: the announcement is read as of Monday, the day of the arrival
    ds = build_articles(extractor, tmp_path, {
        "en-1": ("en", "Russian Defence Minister Andrei Belousov arrived in Beijing on Monday for a three-day official "
                       "visit. During the visit he will hold talks with his Chinese counterpart Dong Jun."),
        "zh-1": ("zh", "国防部长董军14日在北京同俄罗斯国防部长别洛乌索夫举行会谈。"),
    }, "2024-05-14")
    assert list(meetings(ds).values()) == [{"en-1", "zh-1"}]


def test_a_visit_dated_by_the_arrival_and_by_a_reception_during_it_is_one_visit(extractor: Extractor,
                                                                               tmp_path: Path) -> None:
    ds = build_articles(extractor, tmp_path, {
        "en-1": ("en", "Russian Defence Minister Andrei Belousov arrived in Minsk on Monday for an official visit."),
        "fr-1": ("fr", "Le président biélorusse Alexandre Loukachenko a reçu mercredi à Minsk le ministre russe de la "
                       "Défense Andreï Belousov, en visite officielle en Biélorussie."),
    }, "2024-05-15")
    assert list(meetings(ds, "Visit").values()) == [{"en-1", "fr-1"}]


def test_meetings_of_one_pair_on_other_days_of_one_month_stay_apart(extractor: Extractor, tmp_path: Path) -> None:
    ds = build_articles(extractor, tmp_path, {
        "en-1": ("en", "Chinese Defence Minister Dong Jun met Russian Defence Minister Andrei Belousov in Beijing on "
                       "3 May."),
        "fr-1": ("fr", "Le ministre chinois de la Défense Dong Jun a rencontré lundi à Pékin son homologue russe "
                       "Andreï Belousov."),
        "en-2": ("en", "Chinese Defence Minister Dong Jun held talks with Russian Defence Minister Andrei Belousov in "
                       "Beijing on Tuesday."),
    }, "2024-05-14")
    assert sorted(map(sorted, meetings(ds).values())) == [["en-1"], ["en-2"], ["fr-1"]]


# sentences written for this test: a Chinese officer outside the gazetteer, named in Arabic (each syllable a
# word, as Arabic writes Chinese names), Russian (Palladius), Chinese and English
CHINESE_NAME = {
    "en": "Chinese Navy political commissar Admiral Yuan Huazhi arrived in Moscow on Sunday.",
    "ar": "وصل الأدميرال يوان هوا تشي المفوض السياسي للبحرية الصينية إلى موسكو يوم الأحد.",
    "ru": "Политкомиссар ВМС НОАК адмирал Юань Хуачжи прибыл в Москву в воскресенье.",
    "zh": "海军政委袁华智上将周日抵达莫斯科。",
}


@pytest.mark.parametrize("lang", ["ar", "ru", "zh"])
def test_a_chinese_name_outside_the_gazetteer_is_one_node_in_every_script(extractor: Extractor, tmp_path: Path,
                                                                          lang: str) -> None:
    ds = build(extractor, tmp_path, {"en-1": ("en", CHINESE_NAME["en"]), f"{lang}-1": (lang, CHINESE_NAME[lang])})
    rows = ds.query(f"""PREFIX kgo: <{KGO}>
        SELECT ?p WHERE {{ ?p kgo:mentionedIn ?a1, ?a2 . ?p a ?t . VALUES ?t {{ kgo:Person kgo:Official }}
                          FILTER(STR(?a1) < STR(?a2)) }}""")
    assert [str(r[0]).rsplit("/", 1)[-1] for r in rows] == ["yuan-huazhi"]  # type: ignore[index]


@pytest.mark.parametrize(
    "a, b",
    [("Wang Yi", "Wang Ying"), ("Li Shangfu", "Li Shangfei"), ("Zhang Youxia", "Zhang Youhua")],
    ids=["wang", "li", "zhang"],
)
def test_two_chinese_names_that_share_a_family_name_stay_two_nodes(extractor: Extractor, tmp_path: Path, a: str,
                                                                   b: str) -> None:
    ds = build(extractor, tmp_path, {"en-1": ("en", f"Chinese Defence Minister {a} arrived in Moscow."),
                                     "en-2": ("en", f"Chinese Deputy Defence Minister {b} arrived in Minsk.")})
    rows = ds.query(f"""PREFIX kgo: <{KGO}>
        SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{ ?p a ?t ; kgo:mentionedIn ?a .
                                                VALUES ?t {{ kgo:Person kgo:Official }} }}""")
    assert [int(r[0]) for r in rows] == [2]  # type: ignore[index]


def test_a_person_merged_across_articles_has_one_preferred_label(extractor: Extractor, tmp_path: Path) -> None:
    ds = build(extractor, tmp_path, {f"{lang}-1": (lang, text) for lang, text in CHINESE_NAME.items()})
    rows = ds.query(f"""PREFIX kgo: <{KGO}> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT DISTINCT ?p ?label WHERE {{ ?p a kgo:Official ; skos:prefLabel ?label }}""")
    assert sorted((str(p).rsplit("/", 1)[-1], str(label)) for p, label in rows) == [  # type: ignore[misc]
        ("yuan-huazhi", "Yuan Huazhi")]


MWANGI_FULL = "Kenyan Defence Minister Joseph Mwangi met Chinese Defence Minister Dong Jun in Beijing on Monday."


def people(ds: Dataset) -> dict[str, set[str]]:
    """Each person node with the articles that mention it."""
    found: dict[str, set[str]] = {}
    for p, a in ds.query(f"""PREFIX kgo: <{KGO}> SELECT ?p ?a WHERE {{ ?p kgo:mentionedIn ?a ; a ?t .
                             VALUES ?t {{ kgo:Person kgo:Official }} }}"""):  # type: ignore[misc]
        found.setdefault(str(p).rsplit("/", 1)[-1], set()).add(str(a).rsplit("/", 1)[-1])
    return found


def test_a_surname_written_in_chinese_is_the_person_of_the_same_post_named_in_full_elsewhere(
        extractor: Extractor, tmp_path: Path) -> None:
    ds = build(extractor, tmp_path, {"en-1": ("en", MWANGI_FULL),
                                     "zh-1": ("zh", "肯尼亚国防部长姆万吉周一在北京会见了中国国防部长董军。")})
    assert people(ds)["joseph-mwangi"] == {"en-1", "zh-1"}
    assert "mu-wanji" not in people(ds)


@pytest.mark.parametrize("articles", [
    {"en-1": ("en", MWANGI_FULL), "zh-1": ("zh", "肯尼亚驻华大使姆万吉周一在北京会见了中国国防部长董军。")},
    {"en-1": ("en", MWANGI_FULL),
     "en-2": ("en", "Kenyan Defence Minister Daniel Mwangi met Chinese Defence Minister Dong Jun in Beijing."),
     "zh-1": ("zh", "肯尼亚国防部长姆万吉周一在北京会见了中国国防部长董军。")},
], ids=["another-post", "two-people-of-that-post"])
def test_a_surname_stays_apart_without_one_person_of_its_post(extractor: Extractor, tmp_path: Path,
                                                              articles: dict[str, tuple[str, str]]) -> None:
    found = people(build(extractor, tmp_path, articles))
    assert found["mu-wanji"] == {"zh-1"}
    assert found["joseph-mwangi"] == {"en-1"}


def test_people_are_unified_the_same_in_any_order(extractor: Extractor) -> None:
    from kg.gazetteer import load_gazetteer
    from kg.models import Article
    from kg.resolve import person_names, unify_people

    texts = [("en", MWANGI_FULL), ("zh", "肯尼亚国防部长姆万吉周一在北京会见了中国国防部长董军。"),
             ("zh", "肯尼亚国防部副部长姆万吉周一抵达北京。"), *((lang, CHINESE_NAME[lang]) for lang in CHINESE_NAME)]
    names = [n for k, (lang, text) in enumerate(texts) for n in person_names(
        extractor.extract(Article(id=f"a{k}", lang=lang, text=text)), load_gazetteer())]
    mapping = unify_people(names)
    assert mapping == unify_people(reversed(names))
    assert mapping["person/mu-wanji"] == "person/joseph-mwangi"


@pytest.mark.parametrize("day, expected", [("22 février", 1), ("3 mars", 2)], ids=["within-a-week", "weeks-apart"])
def test_an_exercise_dated_by_two_of_its_days_is_one_exercise(extractor: Extractor, tmp_path: Path, day: str,
                                                              expected: int) -> None:
    ds = build(extractor, tmp_path, {
        "en-1": ("en", "Chinese, Russian and South African warships began joint naval drills off Durban on "
                       "17 February."),
        "fr-1": ("fr", f"Le {day}, des navires chinois, russes et sud-africains ont mené des exercices navals "
                       "conjoints au large de Durban.")})
    found = meetings(ds, "MilitaryExercise")
    assert len(found) == expected
    assert set().union(*found.values()) == {"en-1", "fr-1"}


@pytest.mark.parametrize("full, alone, key", [
    ("Kenyan Defence Minister Peter Karanja arrived in Beijing on Monday.",
     "肯尼亚国防部长卡兰贾周一抵达北京。", "peter-karanja"),  # r written l, j written g
    ("Kenyan Defence Minister Ruth Nuya met Chinese Defence Minister Dong Jun in Beijing on Monday.",
     "肯尼亚国防部长努亚周一在北京会见了中国国防部长董军。", "ruth-nuya"),  # a surname of one consonant
], ids=["liquids-and-velars", "short-surname"])
def test_a_surname_transliterated_loosely_is_the_person_of_the_same_post(
        extractor: Extractor, tmp_path: Path, full: str, alone: str, key: str) -> None:
    found = people(build(extractor, tmp_path, {"en-1": ("en", full), "zh-1": ("zh", alone)}))
    assert found[key] == {"en-1", "zh-1"}


def test_a_short_surname_of_another_countrys_post_stays_apart(extractor: Extractor, tmp_path: Path) -> None:
    found = people(build(extractor, tmp_path, {
        "en-1": ("en", "Kenyan Defence Minister Ruth Nuya met Chinese Defence Minister Dong Jun in Beijing."),
        "zh-1": ("zh", "乌干达国防部长努亚周一在北京会见了中国国防部长董军。")}))
    assert found["ruth-nuya"] == {"en-1"}


def test_the_visits_of_a_person_unified_by_name_are_one_visit(extractor: Extractor, tmp_path: Path) -> None:
    ds = build(extractor, tmp_path, {
        "en-1": ("en", "Kenyan Defence Minister Peter Karanja arrived in Beijing on Monday."),
        "zh-1": ("zh", "肯尼亚国防部长卡兰贾周一抵达北京。")})
    assert list(meetings(ds, "Visit").values()) == [{"en-1", "zh-1"}]
