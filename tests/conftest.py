"""Shared fixtures: the seeds' graph, built once per test session."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from rdflib import Dataset

from kg import build_graph, run_query
from kg.build import BuildResult
from kg.query import load_query

if TYPE_CHECKING:
    from kg.pipeline import Extractor

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds_build() -> BuildResult:
    return build_graph([SEEDS])


@pytest.fixture(scope="session")
def seeds_graph(seeds_build: BuildResult) -> Dataset:
    """The seeds' graph, read back as a union dataset like the CLI reads files."""
    return union(seeds_build.dataset)


def union(dataset: Dataset) -> Dataset:
    """``dataset`` read back as one union dataset, as the CLI reads files."""
    ds = Dataset(default_union=True)
    for q in dataset.quads((None, None, None, None)):
        ds.add(q)
    return ds


def build_articles(extractor: Extractor, tmp_path: Path, articles: dict[str, tuple[str, str]],
                   published: str) -> Dataset:
    """The union graph of articles ``{id: (lang, text)}`` published on ``published``, built as from a file."""
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps({"id": i, "lang": lang, "text": text, "published": published},
                                       ensure_ascii=False) + "\n" for i, (lang, text) in articles.items()),
                    encoding="utf-8")
    return union(build_graph([path], extractor=extractor).dataset)


def cq(ds: Dataset, query: str, **params: str) -> list[dict[str, str | None]]:
    """Rows of a shipped competency query as dicts."""
    return run_query(ds, load_query(query), params).records()


def names(value: str | None) -> set[str]:
    """Split a GROUP_CONCAT'ed column into a set."""
    return {v.strip() for v in (value or "").split(";") if v.strip()}
