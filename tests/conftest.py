"""Shared fixtures: the seeds' graph, built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset

from kg import build_graph, run_query
from kg.build import BuildResult
from kg.query import load_query

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds_build() -> BuildResult:
    return build_graph([SEEDS])


@pytest.fixture(scope="session")
def seeds_graph(seeds_build: BuildResult) -> Dataset:
    """The seeds' graph, read back as a union dataset like the CLI reads files."""
    ds = Dataset(default_union=True)
    for q in seeds_build.dataset.quads((None, None, None, None)):
        ds.add(q)
    return ds


def cq(ds: Dataset, query: str, **params: str) -> list[dict[str, str | None]]:
    """Rows of a shipped competency query as dicts."""
    return run_query(ds, load_query(query), params).records()


def names(value: str | None) -> set[str]:
    """Split a GROUP_CONCAT'ed column into a set."""
    return {v.strip() for v in (value or "").split(";") if v.strip()}
