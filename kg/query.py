"""Run SPARQL (shipped competency queries or a user's file) with safely bound parameters."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import Dataset, Literal
from rdflib.term import Identifier

from .errors import QueryError
from .resources import query_dir

__all__ = ["QueryResult", "competency_queries", "load_query", "parse_params", "run_query", "specialise"]

_PARAM = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_ONLY_WITH = re.compile(r"#\s*only with \?param_([A-Za-z_][A-Za-z0-9_]*)\s*$")


def competency_queries() -> dict[str, Path]:
    """Name -> path of each shipped competency query."""
    return {p.stem: p for p in sorted(query_dir().glob("*.rq"))}


def load_query(name_or_path: str) -> str:
    """Text of a shipped query by name, or of a ``.rq`` file by path."""
    cqs = competency_queries()
    if name_or_path in cqs:
        return cqs[name_or_path].read_text(encoding="utf-8")
    p = Path(name_or_path)
    if p.is_file():
        return p.read_text(encoding="utf-8")
    raise QueryError(f"no competency query or file named {name_or_path!r} (shipped: {', '.join(cqs)})")


def parse_params(pairs: list[str]) -> dict[str, str]:
    """``["person=Li Shangfu"]`` -> ``{"person": "Li Shangfu"}``."""
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not _PARAM.match(name):
            raise QueryError(f"parameter {pair!r} must look like NAME=VALUE with NAME a plain identifier")
        out[name] = value
    return out


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[list[str | None]]

    def to_csv(self) -> str:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(self.columns)
        w.writerows([["" if v is None else v for v in r] for r in self.rows])
        return buf.getvalue()

    def to_json(self) -> str:
        return json.dumps([dict(zip(self.columns, r, strict=True)) for r in self.rows], ensure_ascii=False, indent=1)

    def records(self) -> list[dict[str, str | None]]:
        return [dict(zip(self.columns, r, strict=True)) for r in self.rows]


def specialise(query: str, params: Iterable[str]) -> str:
    """``query`` without the lines marked ``# only with ?param_NAME`` whose parameter is not given.

    Such lines test a parameter that, unbound, would only cost time (a pattern every row is matched against
    to find nothing); the query means the same with or without them. Which lines stay depends on which
    parameters are given, never on their values.
    """
    given = set(params)
    lines = query.splitlines(keepends=True)
    return "".join(line for line in lines if (m := _ONLY_WITH.search(line)) is None or m.group(1) in given)


def bindings_for(params: dict[str, str]) -> dict[str, Identifier]:
    """Parameters as initial bindings of ``?param_<name>``; values are terms, never query text."""
    out: dict[str, Identifier] = {}
    for name, value in params.items():
        if not _PARAM.match(name):
            raise QueryError(f"bad parameter name {name!r}")
        out[f"param_{name}"] = Literal(value)
    return out


def oxigraph_copy(ds: Dataset) -> Any:
    """An in-memory Oxigraph store holding ``ds``'s named graphs, with their union as the default graph."""
    import pyoxigraph as ox

    from .io import OxigraphTerms

    store = ox.Store()
    default = ox.DefaultGraph()
    conv = OxigraphTerms()  # the same few thousand terms recur in every article
    quads = []
    for s, p, o, g in ds.quads((None, None, None, None)):
        triple = (conv(s), conv(p), conv(o))
        name = getattr(g, "identifier", g)
        if name is not None and not str(name).startswith("urn:x-rdflib:"):
            quads.append(ox.Quad(*triple, conv(name)))
        quads.append(ox.Quad(*triple, default))
    store.bulk_extend(quads)
    return store


def _rows(store: Any, query: str) -> QueryResult:
    import pyoxigraph as ox

    try:
        result = store.query(query)
    except Exception as e:  # Oxigraph raises SyntaxError and evaluation errors
        raise QueryError(f"query failed: {type(e).__name__}: {str(e).splitlines()[0][:200]}") from None
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError("only SELECT queries can be shown as tables")
    columns = [v.value for v in result.variables]
    indices = range(len(columns))  # by position: a lookup by Variable costs more than the query itself
    rows = [[None if (t := sol[i]) is None else t.value for i in indices] for sol in result]
    return QueryResult(columns, rows)


def run_query(ds: Dataset | Any, query: str, params: dict[str, str] | None = None,
              engine: str = "oxigraph") -> QueryResult:
    """Run a SELECT query on the union of the graphs of ``ds`` (an rdflib ``Dataset`` or a pyoxigraph
    ``Store`` whose default graph is that union); ``params`` bind ``?param_NAME`` as literals.

    The default engine copies an rdflib dataset into Oxigraph, whose query planner is orders of magnitude
    faster than rdflib's on anything but tiny graphs; ``engine="rdflib"`` evaluates with rdflib itself.
    """
    bindings = bindings_for(params or {})
    query = specialise(query, params or {})
    if engine == "rdflib":
        return _rdflib_rows(ds, query, bindings)
    if engine != "oxigraph":
        raise QueryError(f"unknown query engine {engine!r} (use oxigraph or rdflib)")
    from .store import inject_values

    store = oxigraph_copy(ds) if isinstance(ds, Dataset) else ds
    return _rows(store, inject_values(query, dict(bindings)))


def _rdflib_rows(ds: Dataset, query: str, bindings: dict[str, Identifier]) -> QueryResult:
    try:
        result = ds.query(query, initBindings=bindings)
    except QueryError:
        raise
    except Exception as e:  # rdflib raises parser errors of several types
        raise QueryError(f"query failed: {type(e).__name__}: {str(e).splitlines()[0][:200]}") from None
    if result.type != "SELECT":
        raise QueryError("only SELECT queries can be shown as tables")
    columns = [str(v) for v in result.vars or []]
    rows = []
    for row in result:
        rows.append([None if v is None else str(v) for v in row])  # type: ignore[union-attr]
    return QueryResult(columns, rows)
