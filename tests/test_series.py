"""Named exercise series: an exercise named 'Vostok-2022' is an edition of Vostok, in every language, and two
reports of one edition are one exercise."""

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
    return build_articles(extractor, tmp_path, articles, "2021-10-16")


def series(ds: Dataset) -> dict[str, set[str]]:
    """Each exercise node with the series it is an edition of (local names)."""
    found: dict[str, set[str]] = {}
    for ev, s in ds.query(f"""PREFIX kgo: <{KGO}>
            SELECT ?e ?s WHERE {{ ?e a kgo:MilitaryExercise OPTIONAL {{ ?e kgo:series ?s }} }}"""):  # type: ignore[misc]
        found.setdefault(str(ev), set()).update({str(s).rsplit("/", 1)[-1]} if s else set())
    return found


NAMED = {
    "en": "Chinese and Russian warships began the Joint Sea-2021 naval drills near Vladivostok on Thursday.",
    "fr": "Les marines chinoise et russe ont lancé jeudi l'exercice « Joint Sea 2021 » au large de Vladivostok.",
    "ru": "Корабли ВМФ России и ВМС Китая в четверг начали учения «Морское взаимодействие – 2021» у Владивостока.",
    "zh": "中俄“海上联合-2021”联合军事演习14日在彼得大帝湾开幕。",
    "ar": "بدأت السفن الصينية والروسية الخميس مناورات البحر المشترك-2021 قرب فلاديفوستوك.",
    "sw": "Meli za kivita za China na Urusi zilianza mazoezi ya Joint Sea 2021 karibu na Vladivostok Alhamisi.",
}


@pytest.mark.parametrize("lang", sorted(NAMED))
def test_an_exercise_named_by_its_series_is_an_edition_of_it(extractor: Extractor, tmp_path: Path,
                                                              lang: str) -> None:
    ds = build(extractor, tmp_path, {f"{lang}-1": (lang, NAMED[lang])})
    assert list(series(ds).values()) == [{"joint-sea"}]
    labels = ds.query(f"""PREFIX kgo: <{KGO}> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?label WHERE {{ ?e kgo:series ?s . ?s a kgo:ExerciseSeries ; skos:prefLabel ?label }}""")
    assert [str(r[0]) for r in labels] == ["Joint Sea"]  # type: ignore[index]


@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "Войска России и Китая проведут учения «Запад/Взаимодействие-2021» в Нинся.", "west-interaction"),
    ("ru", "Войска России и Китая проведут учения «Запад-2021» в Белоруссии.", "zapad"),
    ("zh", "中俄两军将于下月举行“北部·联合-2021”演习。", "northern-interaction"),
    ("en", "China and Russia will hold the Northern/Interaction-2021 exercise next month.", "northern-interaction"),
], ids=["ru-longer-name-wins", "ru-one-word-with-year", "zh-name-dot", "en-slash"])
def test_the_longest_series_name_next_to_the_exercise_is_taken(extractor: Extractor, tmp_path: Path, lang: str,
                                                               text: str, expected: str) -> None:
    assert list(series(build(extractor, tmp_path, {"a": (lang, text)})).values()) == [{expected}]


@pytest.mark.parametrize("lang, text", [
    ("ru", "Российские и китайские военные провели совместные учения на Востоке страны."),
    ("en", "China and Russia held joint exercises as part of a peace mission in the region."),
    ("en", "Three years after Vostok-2018, Chinese and Russian troops held another joint exercise in Ningxia."),
], ids=["ru-east-is-a-direction", "en-lower-case-phrase", "en-series-far-from-the-exercise-word"])
def test_words_that_are_no_series_name_none(extractor: Extractor, tmp_path: Path, lang: str, text: str) -> None:
    found = series(build(extractor, tmp_path, {"a": (lang, text)}))
    assert found and all(s == set() for s in found.values())


def test_reports_of_one_edition_placed_in_two_places_are_one_exercise(extractor: Extractor, tmp_path: Path) -> None:
    ds = build(extractor, tmp_path, {"ar-1": ("ar", NAMED["ar"]), "zh-1": ("zh", NAMED["zh"])})
    assert list(series(ds).values()) == [{"joint-sea"}]


def test_two_series_in_one_place_and_month_are_two_exercises(extractor: Extractor, tmp_path: Path) -> None:
    ds = build(extractor, tmp_path, {
        "en-1": ("en", "Chinese and Russian warships began the Joint Sea-2021 drills near Vladivostok in October."),
        "en-2": ("en", "Chinese and Russian warships began the Ocean-2021 drills near Vladivostok in October.")})
    assert sorted(map(sorted, series(ds).values())) == [["joint-sea"], ["ocean"]]


def test_the_exercises_query_names_the_series(extractor: Extractor, tmp_path: Path) -> None:
    from tests.conftest import cq, names

    ds = build(extractor, tmp_path, {"ru-1": ("ru", NAMED["ru"]), "en-1": ("en", NAMED["en"])})
    assert [(r["series"], names(r["sources"])) for r in cq(ds, "exercises")] == [("Joint Sea", {"en-1", "ru-1"})]


@pytest.mark.parametrize("lang, text", [
    ("ru", "Совместное учение вооруженных сил государств — членов Шанхайской организации сотрудничества «Мирная "
           "миссия-2021» с участием России, Китая и Индии началось в понедельник под Оренбургом."),
    ("fr", "Les armées russe, chinoise et indienne ont commencé lundi des manœuvres près d'Orenbourg. Baptisé "
           "« Mission de paix-2021 », l'exercice se déroule jusqu'à samedi."),
    ("ru", "«Мирная миссия-2021» прошла успешно, сообщили в Центральном военном округе. В учении, которое "
           "завершилось в субботу, участвовали около 4 тысяч военнослужащих России, Китая и Индии."),
], ids=["ru-far-in-one-clause", "fr-named-after-its-report", "ru-named-the-sentence-before"])
def test_an_exercise_named_apart_from_its_word_is_an_edition(extractor: Extractor, tmp_path: Path, lang: str,
                                                             text: str) -> None:
    assert list(series(build(extractor, tmp_path, {f"{lang}-1": (lang, text)})).values()) == [{"peace-mission"}]


def test_a_background_exercise_of_another_series_stays_apart(extractor: Extractor, tmp_path: Path) -> None:
    text = ("Оренбург, 25 сентября. /ТАСС/. Учение «Мирная миссия-2021» с участием России, Китая и Индии "
            "завершилось в субботу. В учении, которое началось 20 сентября, участвовали около 4 тысяч военных. "
            "Месяцем ранее российские военнослужащие участвовали в учении «Запад/Взаимодействие-2021» в Китае.")
    found = sorted(sorted(s) for s in series(build(extractor, tmp_path, {"ru-1": ("ru", text)})).values())
    assert found == [["peace-mission"], ["west-interaction"]]


def test_a_sentence_naming_its_own_series_takes_none_from_the_sentence_before(extractor: Extractor,
                                                                             tmp_path: Path) -> None:
    # the second sentence's 'exercise' is Zapad/Interaction's, not the Joint Sea series named the sentence before
    text = ("China and Russia have held the Joint Sea series of naval exercises since 2012. In August, troops of the "
            "two countries took part in the Zapad/Interaction-2021 exercise in Ningxia, the first time Russian "
            "forces joined a large strategic exercise in China.")
    found = [sorted(s) for s in series(build(extractor, tmp_path, {"en-1": ("en", text)})).values()]
    assert ["joint-sea"] not in found
    assert ["west-interaction"] in found
