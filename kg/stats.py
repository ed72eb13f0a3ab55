"""Counts that summarise a graph: articles, entities and events by class, posts, triples."""

from __future__ import annotations

from collections import Counter

from rdflib import Dataset

from .namespaces import KGO, ORG, RDF

__all__ = ["graph_stats"]

_ENTITY = ("Official", "Person", "Ministry", "ArmedForce", "Organization", "Country", "Place")
_EVENT = ("Meeting", "Visit", "MilitaryExercise", "Statement")


def graph_stats(ds: Dataset) -> dict[str, Counter[str]]:
    """Counts by section: ``articles``, ``entities`` (by class), ``events`` (by class), ``graph``."""
    def count(cls: object) -> int:
        return len(set(ds.subjects(RDF.type, cls)))  # type: ignore[arg-type]

    return {
        "articles": Counter({"articles": count(KGO.Article)}),
        "entities": Counter({name: count(KGO[name]) for name in _ENTITY}),
        "events": Counter({name: count(KGO[name]) for name in _EVENT}),
        "graph": Counter({"posts": count(ORG.Post), "triples": len(set(ds.triples((None, None, None)))),
                          "named graphs": sum(1 for _ in ds.graphs()) - 1}),
    }
