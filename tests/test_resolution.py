"""Cross-article resolution, on articles written for these tests: one real-world event is one node."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Dataset

from kg.build import build_graph
from kg.namespaces import KGO
from kg.pipeline import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def build(extractor: Extractor, tmp_path: Path, articles: dict[str, tuple[str, str]]) -> Dataset:
    """The graph of articles ``{id: (lang, text)}``, read back as one union dataset."""
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps({"id": i, "lang": lang, "text": text, "published": "2023-04-17"},
                                       ensure_ascii=False) + "\n" for i, (lang, text) in articles.items()),
                    encoding="utf-8")
    ds = Dataset(default_union=True)
    for q in build_graph([path], extractor=extractor).dataset.quads((None, None, None, None)):
        ds.add(q)
    return ds


def meetings(ds: Dataset) -> dict[str, set[str]]:
    """Each meeting node with the articles it was read from."""
    found: dict[str, set[str]] = {}
    for ev, article in ds.query(f"""PREFIX kgo: <{KGO}> PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT ?e ?a WHERE {{ ?e a kgo:Meeting ; prov:wasDerivedFrom ?a }}"""):  # type: ignore[misc]
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
