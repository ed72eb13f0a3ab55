"""Read and write RDF datasets by file extension."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from .errors import ConfigError

__all__ = ["FORMATS", "format_for", "read_dataset", "union_graph", "write_dataset"]

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


def write_dataset(ds: Dataset, path: str | Path) -> None:
    """Write ``ds`` to ``path``; Turtle and N-Triples get the union of all graphs."""
    fmt, quads = format_for(path)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    target = ds if quads else union_graph(ds)
    target.serialize(destination=str(path), format=fmt, encoding="utf-8")


def read_dataset(path: str | Path) -> Dataset:
    """Read a graph file of any supported format into a ``Dataset`` whose default graph is the union."""
    fmt, _ = format_for(path)
    if not Path(path).is_file():
        raise ConfigError(f"no such graph file: {path}")
    ds = Dataset(default_union=True)
    ds.parse(str(path), format=fmt)
    return ds
