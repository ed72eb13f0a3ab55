"""Read and write RDF datasets by file extension."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from .errors import ConfigError

__all__ = ["FORMATS", "format_for", "prefixes_of", "read_dataset", "read_oxigraph", "to_oxigraph", "union_graph",
           "write_dataset", "write_graphs"]

# extension -> (rdflib format, keeps named graphs)
FORMATS: dict[str, tuple[str, bool]] = {
    ".trig": ("trig", True),
    ".nq": ("nquads", True),
    ".ttl": ("turtle", False),
    ".nt": ("nt", False),
    ".jsonld": ("json-ld", True),
}


def format_for(path: str | Path) -> tuple[str, bool]:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ConfigError(f"cannot tell the RDF format of {str(path)!r}; use one of {', '.join(FORMATS)}")
    return FORMATS[suffix]


def union_graph(ds: Dataset) -> Graph:
    """All triples of every graph of ``ds`` in one graph, with its prefixes."""
    g = Graph()
    for prefix, ns in ds.namespaces():
        g.bind(prefix, ns, override=True)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


_OXIGRAPH_FORMATS = {".trig": "TRIG", ".nq": "N_QUADS", ".ttl": "TURTLE", ".nt": "N_TRIPLES", ".jsonld": "JSON_LD"}


def to_oxigraph(t: object) -> Any:
    """An rdflib term as a pyoxigraph term."""
    import pyoxigraph as ox

    if isinstance(t, URIRef):
        return ox.NamedNode(str(t))
    if isinstance(t, BNode):
        return ox.BlankNode(str(t))
    if isinstance(t, Literal):
        if t.language:
            return ox.Literal(str(t), language=t.language)
        if t.datatype:
            return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
        return ox.Literal(str(t))
    raise TypeError(f"not an RDF term: {t!r}")


class OxigraphTerms:
    """rdflib terms to pyoxigraph terms, each term object converted once while it stays among the last
    ``limit`` converted (a bound, so that memory stays flat over a long stream of graphs).

    Terms are found by identity: hashing an rdflib ``Literal`` costs about as much as converting it, and the
    terms that recur (predicates, classes, entities) are shared objects. Holding each term keeps its id unique.
    """

    def __init__(self, limit: int = 20_000) -> None:
        self.terms: dict[int, tuple[object, Any]] = {}
        self.limit = limit

    def __call__(self, t: object) -> Any:
        found = self.terms.get(id(t))
        if found is not None:
            return found[1]
        if len(self.terms) >= self.limit:
            self.terms.clear()
        term = to_oxigraph(t)
        self.terms[id(t)] = (t, term)
        return term


def _serialize(items: Iterable[Any], path: Path, prefixes: dict[str, str]) -> None:
    """Write ``items`` (consumed as they come) to a temporary file beside ``path``, then put it in place: a
    reader never sees half a graph, and a failed write leaves the old file."""
    import os

    import pyoxigraph as ox

    fmt = getattr(ox.RdfFormat, _OXIGRAPH_FORMATS[path.suffix.lower()])
    with_prefixes = fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.TURTLE)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        ox.serialize(items, tmp, fmt, prefixes=prefixes if with_prefixes else None)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def prefixes_of(ds: Dataset) -> dict[str, str]:
    """The prefixes bound in ``ds``, as ``write_graphs`` takes them."""
    return {str(p): str(ns) for p, ns in ds.namespaces() if p}


def _target(path: str | Path) -> tuple[Path, bool]:
    keeps_graphs = format_for(path)[1]
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path, keeps_graphs


def _quads(graphs: Iterable[tuple[Node, Iterable[tuple[Node, Node, Node]]]], conv: OxigraphTerms) -> Iterator[Any]:
    import pyoxigraph as ox

    quad, known = ox.Quad, conv.terms.get  # (the lookup of ``conv`` inlined: this runs for every triple)
    for name, triples in graphs:
        g = conv(name)
        for s, p, o in triples:
            a, b, c = known(id(s)), known(id(p)), known(id(o))
            yield quad(conv(s) if a is None else a[1], conv(p) if b is None else b[1], conv(o) if c is None else c[1],
                       g)


def write_graphs(graphs: Iterable[tuple[Node, Iterable[tuple[Node, Node, Node]]]], path: str | Path,
                 prefixes: dict[str, str] | None = None) -> None:
    """Write named graphs, given as ``(name, triples)`` in the order wanted, to ``path``; Turtle and N-Triples get
    the union of the graphs, each triple once."""
    import pyoxigraph as ox

    path, keeps_graphs = _target(path)
    conv = OxigraphTerms()
    items: Iterable[Any]
    if keeps_graphs:
        items = _quads(graphs, conv)
    else:
        union = dict.fromkeys(t for _, triples in graphs for t in triples)
        items = [ox.Triple(conv(s), conv(p), conv(o)) for s, p, o in union]
    _serialize(items, path, prefixes or {})


def write_dataset(ds: Dataset, path: str | Path) -> None:
    """Write ``ds`` to ``path`` with Oxigraph's serializers, sorted (an rdflib store has no stable order);
    Turtle and N-Triples get the union of all graphs."""
    import pyoxigraph as ox

    path, keeps_graphs = _target(path)
    conv = OxigraphTerms()
    prefixes = prefixes_of(ds)
    items: list[Any]
    if keeps_graphs:
        items = []
        for s, p, o, g in ds.quads((None, None, None, None)):
            name = getattr(g, "identifier", g)
            graph = ox.DefaultGraph() if name is None or str(name).startswith("urn:x-rdflib:") else conv(name)
            items.append(ox.Quad(conv(s), conv(p), conv(o), graph))
    else:
        items = [ox.Triple(conv(s), conv(p), conv(o)) for s, p, o in union_graph(ds)]
    _serialize(sorted(items, key=str), path, prefixes)


def read_dataset(path: str | Path) -> Dataset:
    """Read a graph file of any supported format into a ``Dataset`` whose default graph is the union."""
    fmt, _ = format_for(path)
    if not Path(path).is_file():
        raise ConfigError(f"no such graph file: {path}")
    ds = Dataset(default_union=True)
    ds.parse(str(path), format=fmt)
    return ds


def read_oxigraph(path: str | Path) -> Any:
    """Read a graph file into an in-memory Oxigraph store whose default graph is the union of its graphs."""
    import pyoxigraph as ox

    format_for(path)
    if not Path(path).is_file():
        raise ConfigError(f"no such graph file: {path}")
    store = ox.Store()
    fmt = getattr(ox.RdfFormat, _OXIGRAPH_FORMATS[Path(path).suffix.lower()])
    try:
        store.bulk_load(path=str(path), format=fmt)
    except SyntaxError as e:
        raise ConfigError(f"{path} is not valid {fmt.name}: {str(e).splitlines()[0][:200]}") from None
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    return store
