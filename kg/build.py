"""Build a knowledge graph from articles: read, extract, resolve across articles, map to RDF."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Dataset

from .errors import InputError, KgError, StoreError
from .iri import IriMinter
from .models import Article, ArticleExtraction, Skipped
from .namespaces import DEFAULT_BASE
from .pipeline import Extractor, PipelineConfig
from .reader import DEFAULT_MAX_CHARS, read_articles
from .resolve import Corpus, Resolution

if TYPE_CHECKING:
    from rdflib import URIRef
    from rdflib.term import Node

    from .gazetteer import Gazetteer
    from .store import GraphStore, Triple

__all__ = ["BuildConfig", "BuildResult", "FileBuildResult", "Resolution", "StoreBuildResult", "article_graphs",
           "build_file", "build_graph", "build_into_store", "extract_articles", "extraction_key",
           "graph_from_extractions", "iter_extractions", "resolve_corpus"]


@dataclass
class BuildConfig:
    base: str = DEFAULT_BASE
    max_chars: int = DEFAULT_MAX_CHARS
    pipeline: PipelineConfig = field(default_factory=PipelineConfig)
    jobs: int = 1


@dataclass
class BuildResult:
    """A built graph: each article's named graph as a list of triples, the extractions, and the skipped records.

    ``dataset`` gives the graph as an rdflib ``Dataset`` (made on first use); ``write`` serializes it without one.
    """

    graphs: list[tuple[URIRef, list[Triple]]]
    extractions: list[ArticleExtraction]
    skipped: list[Skipped]
    prefixes: dict[str, str] = field(default_factory=dict)

    @cached_property
    def dataset(self) -> Dataset:
        ds = Dataset()
        for prefix, ns in self.prefixes.items():
            ds.bind(prefix, ns, override=True)
        for name, triples in self.graphs:
            g = ds.graph(name)
            ds.addN((s, p, o, g) for s, p, o in triples)
        return ds

    def write(self, path: str | Path) -> None:
        """Write the graph to ``path`` in the format its extension names (.trig .nq .ttl .nt .jsonld)."""
        from .io import write_graphs

        write_graphs(self.graphs, path, self.prefixes)

    def summary(self) -> dict[str, Counter[str]]:
        """Counts of articles, entities by type and events by type."""
        tally = _Tally()
        for ex in self.extractions:
            tally.extraction(ex)
        for _, triples in self.graphs:
            tally.triples(triples)
        return tally.summary(len(self.extractions), len(self.skipped))


@dataclass
class FileBuildResult:
    """What ``build_file`` wrote: the file, the records it could not use, and the summary's counts."""

    path: Path
    skipped: list[Skipped]
    counts: dict[str, Counter[str]]

    def summary(self) -> dict[str, Counter[str]]:
        """Counts of articles, entities by type and events by type."""
        return self.counts


class _Tally:
    """The summary's counts, gathered an article at a time."""

    EVENT_CLASSES = ("Meeting", "Visit", "MilitaryExercise", "Statement")

    def __init__(self) -> None:
        from .namespaces import KGO

        self.classes: dict[Node, str] = {KGO[c]: c for c in self.EVENT_CLASSES}
        self.entities: dict[str, str] = {}
        self.events: set[tuple[Node, str]] = set()

    def extraction(self, ex: ArticleExtraction) -> None:
        mentioned = {m.key for m in ex.mentions}
        self.entities.update({k: e.type.value for k, e in ex.entities.items() if k in mentioned})

    def triples(self, triples: Iterable[Triple]) -> None:
        from .namespaces import RDF

        classes = self.classes
        self.events.update((s, classes[o]) for s, p, o in triples if p == RDF.type and o in classes)

    def summary(self, read: int, skipped: int, events: Counter[str] | None = None) -> dict[str, Counter[str]]:
        """The counts; ``events`` (distinct events by class) replaces those of the triples seen."""
        if events is None:
            events = Counter(k for _, k in self.events)
        return {
            "articles": Counter({"read": read, "skipped": skipped}),
            "entities": Counter(self.entities.values()),
            "events": Counter({c: events[c] for c in self.EVENT_CLASSES}),
        }


def _extract_one(extractor: Extractor, article: Article) -> ArticleExtraction | Skipped:
    try:
        return extractor.extract(article)
    except RecursionError:
        return Skipped(record=article.origin, code="E106", reason="text too deeply nested to process")
    except KgError:
        raise  # a bad configuration (a missing model) stops the build with its own message
    except Exception as e:  # a bug met on one article must not cost the rest of the batch
        return Skipped(record=article.origin, code="E107",
                       reason=f"extraction failed ({type(e).__name__}: {e}); please report this record")


_WORKER: Extractor | None = None


def _init_worker(source: Extractor | PipelineConfig) -> None:
    global _WORKER
    _WORKER = source if isinstance(source, Extractor) else Extractor(source)


def _work(article: Article) -> ArticleExtraction | Skipped:
    assert _WORKER is not None, "worker not initialised"
    return _extract_one(_WORKER, article)


def _batches(items: Iterable[Article | InputError], size: int) -> Iterator[list[Article | InputError]]:
    batch: list[Article | InputError] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def iter_extractions(
    articles: Iterable[Article | InputError],
    extractor: Extractor,
    on_item: Callable[[Article | InputError], None] | None = None,
    jobs: int = 1,
) -> Iterator[ArticleExtraction | Skipped]:
    """Each article's extraction, or a ``Skipped`` for a bad record, in the input order, made in ``jobs``
    processes; ``on_item`` hears of each input item once it is done."""

    def done(item: Article | InputError, result: ArticleExtraction | Skipped | None) -> ArticleExtraction | Skipped:
        if on_item:
            on_item(item)
        if isinstance(item, InputError):
            return Skipped(record=item.record, code=item.code, reason=item.reason)
        assert result is not None
        return result

    if jobs <= 1:
        for item in articles:
            yield done(item, None if isinstance(item, InputError) else _extract_one(extractor, item))
        return

    import multiprocessing

    # fork shares the parent's loaded gazetteer and built pipelines; spawn where fork does not exist
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    # batches bound memory: the pool never holds more than one batch of texts
    batches = _batches(articles, 64 * jobs)
    first = next(batches, [])
    if method == "fork":  # pipelines built before the fork are shared by every worker
        for lang in sorted({a.lang for a in first if isinstance(a, Article)}):
            extractor.nlp(lang)
    source = extractor if method == "fork" else extractor.config  # a forked worker needs no pickling
    with multiprocessing.get_context(method).Pool(jobs, _init_worker, (source,)) as pool:
        for batch in itertools.chain([first], batches):
            good = [a for a in batch if isinstance(a, Article)]
            results = iter(pool.map(_work, good, chunksize=8))
            for item in batch:
                yield done(item, None if isinstance(item, InputError) else next(results))


def extract_articles(
    articles: Iterable[Article | InputError],
    extractor: Extractor,
    on_item: Callable[[Article | InputError], None] | None = None,
    jobs: int = 1,
) -> tuple[list[ArticleExtraction], list[Skipped]]:
    """Run the extractor over articles, in ``jobs`` processes; bad records are collected, not raised.

    Results keep the input order whatever the number of jobs, so the graph does not depend on it.
    """
    done: list[ArticleExtraction] = []
    skipped: list[Skipped] = []
    for result in iter_extractions(articles, extractor, on_item, jobs):
        if isinstance(result, Skipped):
            skipped.append(result)
        else:
            done.append(result)
    return done, skipped


def graph_from_extractions(extractions: list[ArticleExtraction], extractor: Extractor,
                           base: str = DEFAULT_BASE) -> Dataset:
    """Resolve people and events across articles and write one named graph per article."""
    graphs, prefixes = _graphs(extractions, extractor.gazetteer, base)
    return BuildResult(graphs, [], [], prefixes).dataset


def _graphs(extractions: list[ArticleExtraction], gaz: Gazetteer, base: str
            ) -> tuple[list[tuple[URIRef, list[Triple]]], dict[str, str]]:
    """Each article's graph (by article id), resolved across ``extractions``, and the prefixes to write them."""
    from .io import prefixes_of
    from .rdf import ArticleGraphs

    minter = IriMinter(base)
    writer = ArticleGraphs(Dataset(), minter, gaz)
    graphs = [writer.triples(ex, names, people) for ex, names, people in _resolved(extractions, gaz)]
    return graphs, prefixes_of(writer.ds)


def _same_place(gaz: Gazetteer) -> Callable[[str | None, str | None], bool]:
    """``compatible_places`` on ``gaz``, remembered: clustering asks about the same few places again and again
    (a bound of 16,384 pairs, about 3 MB)."""
    from functools import lru_cache

    from .events import compatible_places

    @lru_cache(maxsize=1 << 14)
    def same_place(a: str | None, b: str | None) -> bool:
        return compatible_places(gaz, a, b)

    return same_place


def resolve_corpus(extractions: list[ArticleExtraction], gaz: Gazetteer) -> Resolution:
    """Resolve people and events across ``extractions``; the result does not depend on their order."""
    corpus = Corpus(gaz)
    for ex in extractions:
        corpus.add(ex)
    return corpus.resolve(_same_place(gaz))


def _resolved(extractions: list[ArticleExtraction], gaz: Gazetteer
              ) -> Iterator[tuple[ArticleExtraction, list[str], dict[str, str]]]:
    """Each extraction (by article id) with its events' cluster names and the people mapping of the corpus."""
    r = resolve_corpus(extractions, gaz)
    for ex in sorted(extractions, key=lambda ex: ex.article.id):
        yield ex, r.event_names[ex.article.id], r.people


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
    extractions, skipped = extract_articles(read_articles(inputs, config.max_chars), extractor, on_item,
                                           config.jobs)
    graphs, prefixes = _graphs(extractions, extractor.gazetteer, config.base)
    return BuildResult(graphs, extractions, skipped, prefixes)


def build_file(
    inputs: Iterable[str | Path],
    output: str | Path,
    config: BuildConfig | None = None,
    on_item: Callable[[Article | InputError], None] | None = None,
    extractor: Extractor | None = None,
) -> FileBuildResult:
    """Build the graph of the articles in ``inputs`` and write it to ``output``, holding little in memory.

    The same graph as ``build_graph(...).write(output)``: extractions wait in a temporary file, only what
    cross-article resolution needs stays in memory, and each article's graph is written as it is made.
    """
    import tempfile

    from .io import format_for, prefixes_of, write_graphs
    from .rdf import ArticleGraphs

    config = config or BuildConfig()
    format_for(output)
    minter = IriMinter(config.base)
    extractor = extractor or Extractor(config.pipeline)
    gaz = extractor.gazetteer
    tally = _Tally()
    skipped: list[Skipped] = []
    offsets: dict[str, int] = {}
    corpus = Corpus(gaz)
    with tempfile.TemporaryFile() as spool:
        for result in iter_extractions(read_articles(inputs, config.max_chars), extractor, on_item, config.jobs):
            if isinstance(result, Skipped):
                skipped.append(result)
                continue
            offsets[result.article.id] = spool.tell()
            spool.write(result.model_dump_json().encode("utf-8", "surrogatepass") + b"\n")
            tally.extraction(result)
            corpus.add(result)
        resolution = corpus.resolve(_same_place(gaz))
        del corpus
        writer = ArticleGraphs(Dataset(), minter, gaz)
        prefixes = prefixes_of(writer.ds)

        def graphs() -> Iterator[tuple[URIRef, list[Triple]]]:
            for article_id in sorted(offsets):
                spool.seek(offsets[article_id])
                ex = ArticleExtraction.model_validate_json(spool.readline().decode("utf-8", "surrogatepass"))
                yield writer.triples(ex, resolution.event_names[article_id], resolution.people)

        write_graphs(graphs(), output, prefixes)
    return FileBuildResult(Path(output), skipped, tally.summary(len(offsets), len(skipped), resolution.events))


def article_graphs(extractions: list[ArticleExtraction], gazetteer: Gazetteer, base: str = DEFAULT_BASE
                   ) -> Iterator[tuple[ArticleExtraction, URIRef, list[Triple]]]:
    """Each article's graph, resolved across ``extractions`` as ``graph_from_extractions`` does, one at a time."""
    from .rdf import ArticleGraphs

    writer = ArticleGraphs(Dataset(), IriMinter(base), gazetteer)
    for ex, event_names, people in _resolved(extractions, gazetteer):
        art, triples = writer.triples(ex, event_names, people)
        yield ex, art, triples


def extraction_key(config: PipelineConfig) -> str:
    """A digest of what an extraction depends on besides its article: kg's code and language data, the
    gazetteers, the pipeline's configuration and the versions of the libraries it calls (read once a process,
    as the code is loaded once)."""
    return _extraction_key(config.model_dump_json())


@cache
def _extraction_key(config_json: str) -> str:
    import hashlib
    from contextlib import suppress
    from importlib.metadata import PackageNotFoundError, version

    from .errors import ConfigError
    from .resources import ontology_file

    config = PipelineConfig.model_validate_json(config_json)
    h = hashlib.blake2b(config_json.encode("utf-8"), digest_size=16)
    package = Path(__file__).resolve().parent
    files = sorted(f for f in package.rglob("*") if f.suffix in (".py", ".toml") and f.is_file())
    for f in [*files, ontology_file("gazetteer.ttl"), *map(Path, config.gazetteers)]:
        try:
            h.update(f.name.encode("utf-8") + b"\0" + f.read_bytes())
        except OSError as e:
            raise ConfigError(f"cannot read {f}: {e.strerror}") from None
    for lib in ("spacy", "babel", "dateparser", "hanziconv", "pydantic"):
        with suppress(PackageNotFoundError):
            h.update(f"{lib}=={version(lib)}".encode())
    return h.hexdigest()


def _input_digest(key: str, article: Article) -> str:
    import hashlib

    text = key + article.model_dump_json(exclude={"origin"})
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _extract_all(extractor: Extractor, articles: list[Article], jobs: int) -> Iterator[ArticleExtraction | Skipped]:
    """Extractions of ``articles`` in their order, each as soon as it is made."""
    if jobs <= 1 or len(articles) < 2:
        for article in articles:
            yield _extract_one(extractor, article)
        return
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(jobs, _init_worker, (extractor.config,)) as pool:
        yield from pool.imap(_work, articles, chunksize=4)


@dataclass
class StoreBuildResult:
    """What ``build_into_store`` did: counts by outcome, and the records it could not use."""

    store: str
    counts: Counter[str] = field(default_factory=Counter)
    skipped: list[Skipped] = field(default_factory=list)

    def summary(self) -> dict[str, Counter[str]]:
        """Articles read, extracted, reused, kept from earlier builds and skipped; graphs written; quads."""
        c = self.counts
        return {
            "articles": Counter({k: c[k] for k in ("read", "extracted", "reused", "kept", "skipped")}),
            "graphs": Counter({k: c[k] for k in ("written", "unchanged")}),
            "store": Counter({"quads": c["quads"]}),
        }


def build_into_store(
    inputs: Iterable[str | Path],
    store: GraphStore,
    config: BuildConfig | None = None,
    on_item: Callable[[Article | InputError], None] | None = None,
    extractor: Extractor | None = None,
    on_article: Callable[[str, str], None] | None = None,
) -> StoreBuildResult:
    """Add the articles in ``inputs`` to ``store``, one transaction per article, skipping unchanged work.

    First each article is extracted, unless the store holds an extraction of the same input made by the same
    code, and the extraction is checkpointed in the store at once. Then people and events are resolved across
    every article of the store (those of earlier builds too, so that identities match), and each article's
    graph is replaced in its own transaction unless its content fingerprint is unchanged. A build killed at
    any point leaves each article graph complete or absent, and running it again finishes the rest.
    ``on_article(outcome, article_id)`` hears of each article: extracted, reused, wrote or unchanged.
    """
    from pydantic import ValidationError

    from .store import content_fingerprint

    config = config or BuildConfig()
    minter = IriMinter(config.base)
    extractor = extractor or Extractor(config.pipeline)
    result = StoreBuildResult(store.url)
    counts = result.counts

    def tell(outcome: str, article_id: str) -> None:
        if on_article:
            on_article(outcome, article_id)

    def parse(payload: str) -> ArticleExtraction | None:
        try:
            return ArticleExtraction.model_validate_json(payload)
        except ValidationError:
            return None

    cached = store.extractions()
    prefix = config.base + "article/"
    foreign = next((iri for iri in cached if not iri.startswith(prefix)), None)
    if foreign:
        raise StoreError(f"{store.url} holds articles minted under another base IRI ({foreign}); "
                         f"build with the same --base, or into a new store")
    key = extraction_key(config.pipeline)
    extractions: dict[str, ArticleExtraction] = {}
    todo: list[tuple[str, str, Article]] = []
    for item in read_articles(inputs, config.max_chars):
        if isinstance(item, InputError):
            result.skipped.append(Skipped(record=item.record, code=item.code, reason=item.reason))
            if on_item:
                on_item(item)
            continue
        counts["read"] += 1
        iri, digest = str(minter.article(item.id)), _input_digest(key, item)
        hit = cached.get(iri)
        ex = parse(hit[1]) if hit and hit[0] == digest else None
        if ex is None:
            todo.append((iri, digest, item))
            continue
        extractions[iri] = ex.model_copy(update={"article": item})
        counts["reused"] += 1
        tell("reused", item.id)
        if on_item:
            on_item(item)
    for (iri, digest, article), done in zip(todo, _extract_all(extractor, [a for *_, a in todo], config.jobs),
                                            strict=True):
        if isinstance(done, Skipped):
            result.skipped.append(done)
        else:
            store.save_extraction(iri, digest, done.model_dump_json())
            extractions[iri] = done
            counts["extracted"] += 1
            tell("extracted", article.id)
        if on_item:
            on_item(article)
    for iri, (_, payload) in cached.items():
        if iri not in extractions and (ex := parse(payload)) is not None:
            extractions[iri] = ex
            counts["kept"] += 1
    counts["skipped"] = len(result.skipped)

    fingerprints = store.fingerprints()
    for ex, art, triples in article_graphs(list(extractions.values()), extractor.gazetteer, config.base):
        fingerprint = content_fingerprint(triples)
        if fingerprints.get(str(art)) == fingerprint:
            counts["unchanged"] += 1
            tell("unchanged", ex.article.id)
        else:
            store.replace_article(str(art), triples, fingerprint)
            counts["written"] += 1
            tell("wrote", ex.article.id)
    counts["quads"] = store.quad_count()
    return result
