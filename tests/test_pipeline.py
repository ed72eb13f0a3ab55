"""The pipelines: their tokenizers, and over a long run memory stays bounded and the output does not depend on it."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.models import Article
from kg.pipeline import Extractor


def _articles(n: int) -> list[Article]:
    """Articles that each bring words no earlier one used (as a long run of news does: new names, new places)."""
    return [Article(id=f"a{i}", lang="en", published=dt.date(2024, 5, 20), text=(
        f"Chinese Defence Minister Dong Jun met Russian Defence Minister Andrei Belousov in Moscow on Tuesday. "
        f"They discussed Zarvik{i}, Quellon{i} and the Morvath{i} plan with Colonel Tibbet{i}."))
        for i in range(n)]


def test_each_vocabulary_stays_bounded_and_the_extractions_stay_the_same() -> None:
    arts = _articles(16)
    free, bounded = Extractor(), Extractor()
    bounded.max_new_strings = 60
    start_free, start_bounded = len(free.nlp("en").vocab.strings), len(bounded.nlp("en").vocab.strings)
    pipelines, most = set(), 0
    for art in arts:
        assert bounded.extract(art) == free.extract(art)
        nlp = bounded.nlp("en")
        pipelines.add(id(nlp))
        most = max(most, len(nlp.vocab.strings) - start_bounded)
    grown = len(free.nlp("en").vocab.strings) - start_free
    assert grown > 150  # the run keeps bringing new strings ...
    assert len(pipelines) >= 3  # ... so the bounded extractor built its pipeline afresh several times
    assert most < 60 + 40  # and never held more than its bound and an article's worth


@pytest.mark.parametrize("lang, text", [
    ("ru", "Москва, 25 июля. /ТАСС/. Министр обороны России провёл переговоры."),
    ("en", "MOSCOW, July 25 /TASS/. Russia's defence minister held talks."),
    ("fr", "MOSCOU, 25 juillet /TASS/. Le ministre russe de la Défense a tenu des pourparlers."),
    ("ar", "موسكو، 25 يوليو /تاس/. أجرى وزير الدفاع الروسي محادثات."),
], ids=["ru", "en", "fr", "ar"])
def test_a_wire_named_between_slashes_is_found(lang: str, text: str) -> None:
    ex = Extractor().extract(Article(id="a", lang=lang, text=text, published=dt.date(2024, 7, 26)))
    assert "org/tass" in ex.entities
