"""Build a knowledge graph from articles: read, extract, resolve across articles, map to RDF."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset

from .errors import InputError
from .iri import IriMinter
from .models import Article, ArticleExtraction, Skipped
from .namespaces import DEFAULT_BASE
from .pipeline import Extractor, PipelineConfig
from .reader import DEFAULT_MAX_CHARS, read_articles

__all__ = ["BuildConfig", "BuildResult", "build_graph", "extract_articles", "graph_from_extractions"]


@dataclass
class BuildConfig:
    base: str = DEFAULT_BASE
    max_chars: int = DEFAULT_MAX_CHARS
    pipeline: PipelineConfig = field(default_factory=PipelineConfig)


@dataclass
class BuildResult:
    dataset: Dataset
    extractions: list[ArticleExtraction]
    skipped: list[Skipped]

    def summary(self) -> dict[str, Counter[str]]:
        """Counts of articles, entities by type and events by type."""
        entities: dict[str, str] = {}
        events: Counter[str] = Counter()
        for ex in self.extractions:
            mentioned = {m.key for m in ex.mentions}
            entities.update({k: e.type.value for k, e in ex.entities.items() if k in mentioned})
        from .namespaces import KGO, RDF

        for cls in ("Meeting", "Visit", "MilitaryExercise", "Statement"):
            events[cls] = len({s for s, _, _, _ in self.dataset.quads((None, RDF.type, KGO[cls], None))})
        return {
            "articles": Counter({"read": len(self.extractions), "skipped": len(self.skipped)}),
            "entities": Counter(entities.values()),
            "events": events,
        }


def extract_articles(
    articles: Iterable[Article | InputError],
    extractor: Extractor,
    on_item: Callable[[Article | InputError], None] | None = None,
) -> tuple[list[ArticleExtraction], list[Skipped]]:
    """Run the extractor over articles; input errors and failing articles are collected, not raised."""
    done: list[ArticleExtraction] = []
    skipped: list[Skipped] = []
    for item in articles:
        if isinstance(item, InputError):
            skipped.append(Skipped(record=item.record, code=item.code, reason=item.reason))
        else:
            try:
                done.append(extractor.extract(item))
            except RecursionError:
                skipped.append(Skipped(record=item.origin, code="E106", reason="text too deeply nested to process"))
        if on_item:
            on_item(item)
    return done, skipped


def graph_from_extractions(extractions: list[ArticleExtraction], extractor: Extractor,
                           base: str = DEFAULT_BASE) -> Dataset:
    """Resolve people and events across articles and write one named graph per article."""
    from .events import compatible_places
    from .rdf import ArticleGraphs
    from .resolve import cluster_events, unify_people

    minter = IriMinter(base)
    gaz = extractor.gazetteer
    extractions = sorted(extractions, key=lambda ex: ex.article.id)
    people = unify_people(extractions, gaz)
    reports = []
    for ex in extractions:
        for ev in ex.events:
            ev = ev.model_copy(update={"participants": [people.get(p, p) for p in ev.participants]})
            reports.append((ex.article.id, ev))
    names = cluster_events(reports, lambda a, b: compatible_places(gaz, a, b))
    ds = Dataset()
    writer = ArticleGraphs(ds, minter, gaz)
    i = 0
    for ex in extractions:
        writer.add(ex, [names[i + k] for k in range(len(ex.events))], people)
        i += len(ex.events)
    return ds


def build_graph(
    inputs: Iterable[str | Path],
    config: BuildConfig | None = None,
    on_item: Callable[[Article | InputError], None] | None = None,
    extractor: Extractor | None = None,
) -> BuildResult:
    """Build the graph of the articles in ``inputs`` (files or folders); ``extractor`` reuses built pipelines."""
    config = config or BuildConfig()
    IriMinter(config.base)  # fail early on a bad base
    extractor = extractor or Extractor(config.pipeline)
    extractions, skipped = extract_articles(read_articles(inputs, config.max_chars), extractor, on_item)
    ds = graph_from_extractions(extractions, extractor, config.base)
    return BuildResult(ds, extractions, skipped)
