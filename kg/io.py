"""Read and write RDF datasets by file extension."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph

from .errors import ConfigError

__all__ = ["FORMATS", "format_for", "read_dataset", "read_oxigraph", "to_oxigraph", "union_graph", "write_dataset"]

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
    from rdflib import BNode, Literal, URIRef

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


def write_dataset(ds: Dataset, path: str | Path) -> None:
    """Write ``ds`` to ``path`` with Oxigraph's serializers; Turtle and N-Triples get the union of all graphs."""
    import pyoxigraph as ox

    format_for(path)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fmt = getattr(ox.RdfFormat, _OXIGRAPH_FORMATS[path.suffix.lower()])
    prefixes = {str(p): str(ns) for p, ns in ds.namespaces() if p}
    if fmt.supports_datasets:
        items: list[Any] = []
        for s, p, o, g in ds.quads((None, None, None, None)):
            name = getattr(g, "identifier", g)
            graph = ox.DefaultGraph() if name is None or str(name).startswith("urn:x-rdflib:") else to_oxigraph(name)
            items.append(ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), graph))
    else:
        items = [ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o))
                 for s, p, o in union_graph(ds)]
    with_prefixes = fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.TURTLE)
    ox.serialize(sorted(items, key=str), str(path), fmt, prefixes=prefixes if with_prefixes else None)


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
