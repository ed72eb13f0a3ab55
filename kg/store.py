"""Graph stores: where article graphs live between a build and the queries on it.

One interface, :class:`GraphStore`, and three backends chosen by URL with :func:`open_store`:

* ``memory:``: an rdflib ``Dataset`` in this process (what ``kg build -o FILE`` uses);
* ``oxigraph:PATH``: an Oxigraph store on disk;
* ``http(s)://HOST[:PORT][/PATH]``: any SPARQL 1.1 server, such as ``kg serve``, through the SPARQL 1.1
  Protocol (queries, and one update request per article) and the Graph Store HTTP Protocol (PUT of
  checkpoints). Endpoints default to Oxigraph's ``/query``, ``/update`` and ``/store`` under the URL;
  ``?query=…&update=…&store=…`` name others (``?store=data`` for Fuseki) and ``?timeout=SECONDS`` bounds each
  request (default 30).

Each article's assertions live in its own named graph, named by the article's IRI, together with one
bookkeeping triple ``<article> kgs:fingerprint "…"`` (a digest of the graph's content) written in the same
transaction: a graph is either wholly the one its fingerprint describes, or absent. The same transaction
keeps the default graph equal to the set union of the article graphs, so queries see each triple once however
many articles assert it, as rdflib's union does (Oxigraph's own union default graph would repeat it once per
graph), and no server needs a union-default-graph setting. Extractions are checkpointed in graphs named
``urn:kg:extraction:…`` so that a build need not extract unchanged articles again. Neither bookkeeping nor
the default graph is data of its own: exports and quad counts take the article graphs only.
"""

from __future__ import annotations

import hashlib
import json
import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from .errors import ConfigError, MissingExtraError, QueryError, StoreError

if TYPE_CHECKING:
    from rdflib import Dataset
    from rdflib.term import Identifier, Node

    from .query import QueryResult

__all__ = [
    "EXTRACTION_GRAPH",
    "FINGERPRINT",
    "GraphStore",
    "HttpStore",
    "MemoryStore",
    "OxigraphStore",
    "Triple",
    "content_fingerprint",
    "inject_values",
    "open_store",
    "oxigraph_server",
    "serve",
    "sparql_term",
]

KGS = "https://w3id.org/kg/store#"
FINGERPRINT = KGS + "fingerprint"
INPUT_DIGEST = KGS + "inputDigest"
EXTRACTION = KGS + "extraction"
EXTRACTION_GRAPH = "urn:kg:extraction:"
_BOOKKEEPING_GRAPHS = "urn:kg:"

Triple = tuple["Node", "Node", "Node"]


# ---------------------------------------------------------------------------------------------------------------
# RDF terms and SPARQL text


def sparql_term(term: Identifier) -> str:
    """``term`` in SPARQL/N-Triples syntax, with every quote, backslash and control character escaped."""
    from .io import to_oxigraph

    try:
        return str(to_oxigraph(term))
    except (TypeError, ValueError) as e:
        raise QueryError(f"cannot write {str(term)[:40]!r} as an RDF term: {e}") from None


def content_fingerprint(triples: Iterable[Triple]) -> str:
    """A digest of a graph's content, independent of the order of its triples (no blank nodes expected)."""
    lines = sorted(f"{s.n3()} {p.n3()} {o.n3()}" for s, p, o in triples)
    return hashlib.blake2b("\n".join(lines).encode("utf-8"), digest_size=16).hexdigest()


_TOKEN = re.compile(
    r'''(?P<str>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'
                |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
       |(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
       |(?P<comment>\#[^\n\r]*)
       |(?P<var>[?$]\w+)
       |(?P<pname>(?:[^\W\d][\w.-]*)?:[\w.%:\\-]*)
       |(?P<word>[^\W\d]\w*)
       |(?P<open>\{)|(?P<close>\})|(?P<lpar>\()|(?P<rpar>\))
       |(?P<space>\s+)
       |(?P<other>.)''',
    re.X | re.S,
)


def _tokens(query: str, start: int = 0) -> Iterator[tuple[str, str, int]]:
    """(kind, text, end offset) of each token of ``query`` from ``start``, skipping spaces and comments."""
    pos = start
    while pos < len(query):
        m = _TOKEN.match(query, pos)
        assert m is not None and m.lastgroup is not None  # every character matches some alternative
        pos = m.end()
        if m.lastgroup not in ("space", "comment"):
            yield m.lastgroup, m.group(), pos


def _group_end(query: str, start: int) -> int:
    """Offset just after the ``}`` that closes the group whose ``{`` ends at ``start``."""
    depth = 1
    for kind, _, end in _tokens(query, start):
        depth += {"open": 1, "close": -1}.get(kind, 0)
        if depth == 0:
            return end
    raise QueryError("the query's braces are not balanced")


def _where_group(query: str) -> int:
    """Offset just after the ``{`` that opens the outermost query's WHERE clause."""
    form = None
    parens = 0
    previous = ""
    tokens = _tokens(query)
    while (token := next(tokens, None)) is not None:
        kind, text, end = token
        if kind == "word" and form is None and text.upper() in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
            form = text.upper()
        parens += {"lpar": 1, "rpar": -1}.get(kind, 0)
        if kind == "open" and parens == 0:
            if form == "CONSTRUCT" and previous.upper() != "WHERE":
                tokens = _tokens(query, _group_end(query, end))  # skip the template
                previous = "}"
                continue
            return end
        previous = text
    raise QueryError("cannot bind parameters: the query has no WHERE clause")


def inject_values(query: str, bindings: dict[str, Identifier]) -> str:
    """``query`` with ``bindings`` (variable name -> RDF term) bound by a ``VALUES`` block.

    The block opens the outermost WHERE group, so the group's filters see the values as rdflib's
    ``initBindings`` would. Values are written as escaped RDF terms, never pasted as text: whatever they hold,
    they stay one term each and the rest of the query keeps its shape.
    """
    if not bindings:
        return query
    names = []
    for name in bindings:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"bad variable name {name!r}")
        names.append(f"?{name}")
    block = f"VALUES ({' '.join(names)}) {{ ({' '.join(sparql_term(t) for t in bindings.values())}) }}"
    start = _where_group(query)
    first = next(_tokens(query, start), ("", "", 0))
    if first[0] == "word" and first[1].upper() == "SELECT":  # a lone sub-select: bind around it
        end = _group_end(query, start) - 1
        return f"{query[:start]} {block} {{{query[start:end]}}} {query[end:]}"
    return f"{query[:start]} {block}\n{query[start:]}"


def _kg_prefixes(graph_names: Iterable[str]) -> dict[str, str]:
    """The kg prefixes, with ``kg:`` for the base under which the articles were minted."""
    from .namespaces import KGO, ORG, OWL, PROV, SCHEMA, SKOS, XSD

    prefixes = {"kgo": str(KGO), "schema": str(SCHEMA), "org": str(ORG), "prov": str(PROV), "skos": str(SKOS),
                "owl": str(OWL), "xsd": str(XSD)}
    for name in graph_names:
        cut = name.rfind("article/")
        if cut > 0 and name[cut - 1] in "/#":
            prefixes["kg"] = name[:cut]
            break
    return prefixes


def _is_bookkeeping(quad: Any) -> bool:
    graph = quad.graph_name
    return (getattr(graph, "value", "").startswith(_BOOKKEEPING_GRAPHS)
            or quad.predicate.value == FINGERPRINT)


def _write_quads(quads: list[Any], path: str | Path) -> int:
    """Write pyoxigraph quads sorted, by the file's extension; triple formats get the union. Returns the count."""
    import pyoxigraph as ox

    from .io import format_for

    format_for(path)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fmt = ox.RdfFormat.from_extension(path.suffix[1:].lower())
    assert fmt is not None
    prefixes = _kg_prefixes(q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode))
    items: list[Any]
    if fmt.supports_datasets:
        items = quads
    else:
        items = list({str(t): t for t in (ox.Triple(q.subject, q.predicate, q.object) for q in quads)}.values())
    items.sort(key=str)
    with_prefixes = fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.TURTLE)
    ox.serialize(items, str(path), fmt, prefixes=prefixes if with_prefixes else None)
    return len(items)


# ---------------------------------------------------------------------------------------------------------------
# The interface


class GraphStore(ABC):
    """Article graphs, replaced one article per transaction, and SPARQL over their (set) union."""

    url: str

    @abstractmethod
    def replace_article(self, graph: str, triples: Iterable[Triple], fingerprint: str) -> None:
        """Atomically drop the named graph ``graph`` and write ``triples`` and their ``fingerprint`` into it."""

    @abstractmethod
    def remove_article(self, graph: str) -> None:
        """Atomically drop the article graph ``graph`` and its checkpointed extraction."""

    @abstractmethod
    def fingerprints(self) -> dict[str, str]:
        """Article graph -> fingerprint, for every article graph in the store."""

    def has_article(self, graph: str, fingerprint: str) -> bool:
        """Whether ``graph`` is in the store with exactly this content fingerprint."""
        return self.fingerprints().get(graph) == fingerprint

    @abstractmethod
    def save_extraction(self, article: str, input_digest: str, payload: str) -> None:
        """Checkpoint one article's extraction (JSON) with the digest of the input it came from."""

    @abstractmethod
    def extractions(self) -> dict[str, tuple[str, str]]:
        """Article IRI -> (input digest, extraction JSON) of every checkpointed extraction."""

    @abstractmethod
    def query(self, sparql: str, params: dict[str, str] | None = None) -> QueryResult:
        """Run a SELECT query on the union of the article graphs; ``params`` bind ``?param_NAME`` as literals."""

    @abstractmethod
    def export(self, path: str | Path) -> int:
        """Write the article graphs to ``path`` (format by extension); returns the number of quads or triples."""

    @abstractmethod
    def quad_count(self) -> int:
        """Number of quads of data (bookkeeping left out)."""

    @abstractmethod
    def close(self) -> None:
        """Release the store."""

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.url!r})"


def open_store(url: str) -> GraphStore:
    """The store at ``url``: ``memory:``, ``oxigraph:PATH`` or ``http(s)://HOST[:PORT][/PATH]``."""
    scheme, _, rest = url.partition(":")
    if scheme == "memory" and not rest:
        return MemoryStore()
    if scheme == "oxigraph" and rest:
        return OxigraphStore(rest)
    if scheme in ("http", "https") and rest.startswith("//"):
        return HttpStore(url)
    raise ConfigError(f"unknown store {url!r}: use memory:, oxigraph:PATH or http(s)://HOST[:PORT][/PATH]")


# ---------------------------------------------------------------------------------------------------------------
# memory:


class MemoryStore(GraphStore):
    """An rdflib ``Dataset`` in this process; fingerprints and checkpoints are kept beside it."""

    def __init__(self, dataset: Dataset | None = None) -> None:
        from rdflib import Dataset

        self.url = "memory:"
        self.dataset = dataset if dataset is not None else Dataset(default_union=True)
        self._fingerprints: dict[str, str] = {}
        self._extractions: dict[str, tuple[str, str]] = {}

    def replace_article(self, graph: str, triples: Iterable[Triple], fingerprint: str) -> None:
        from rdflib import URIRef

        triples = list(triples)  # all computed before the graph goes
        self.dataset.remove_graph(URIRef(graph))
        g = self.dataset.graph(URIRef(graph))
        for t in triples:
            g.add(t)
        self._fingerprints[graph] = fingerprint

    def remove_article(self, graph: str) -> None:
        from rdflib import URIRef

        self.dataset.remove_graph(URIRef(graph))
        self._fingerprints.pop(graph, None)
        self._extractions.pop(graph, None)

    def fingerprints(self) -> dict[str, str]:
        return dict(self._fingerprints)

    def save_extraction(self, article: str, input_digest: str, payload: str) -> None:
        self._extractions[article] = (input_digest, payload)

    def extractions(self) -> dict[str, tuple[str, str]]:
        return dict(self._extractions)

    def query(self, sparql: str, params: dict[str, str] | None = None) -> QueryResult:
        from .query import run_query

        return run_query(self.dataset, sparql, params)

    def export(self, path: str | Path) -> int:
        from .io import format_for, write_dataset

        write_dataset(self.dataset, path)
        if format_for(path)[1]:
            return self.quad_count()
        return len({(s, p, o) for s, p, o, _ in self.dataset.quads((None, None, None, None))})

    def quad_count(self) -> int:
        return sum(1 for _ in self.dataset.quads((None, None, None, None)))

    def close(self) -> None:
        """Nothing to release: the dataset lives as long as this object."""


# ---------------------------------------------------------------------------------------------------------------
# SPARQL backends


def _value(term: Any) -> str:
    return str(getattr(term, "value", term))


class _SparqlStore(GraphStore):
    """What Oxigraph and SPARQL servers share: bookkeeping read by SPARQL, parameters bound by VALUES."""

    @abstractmethod
    def _select(self, sparql: str) -> QueryResult:
        """Rows of a SELECT query run on the store's default graph (the union of the article graphs)."""

    def query(self, sparql: str, params: dict[str, str] | None = None) -> QueryResult:
        from .query import bindings_for, specialise

        return self._select(inject_values(specialise(sparql, params or {}), bindings_for(params or {})))

    def fingerprints(self) -> dict[str, str]:
        rows = self._select(f"SELECT ?g ?f WHERE {{ GRAPH ?g {{ ?g <{FINGERPRINT}> ?f }} }}").rows
        return {str(g): str(f) for g, f in rows}

    def has_article(self, graph: str, fingerprint: str) -> bool:
        from rdflib import Literal, URIRef

        g, f = sparql_term(URIRef(graph)), sparql_term(Literal(fingerprint))
        return bool(self._select(f"SELECT ?g WHERE {{ GRAPH {g} {{ {g} <{FINGERPRINT}> {f} }} }}").rows)

    def extractions(self) -> dict[str, tuple[str, str]]:
        rows = self._select(f"SELECT ?a ?d ?x WHERE {{ GRAPH ?g {{ ?a <{INPUT_DIGEST}> ?d ; <{EXTRACTION}> ?x }} }}")
        return {str(a): (str(d), str(x)) for a, d, x in rows.rows}

    def quad_count(self) -> int:
        rows = self._select(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
            f'FILTER(?p != <{FINGERPRINT}> && !STRSTARTS(STR(?g), "{_BOOKKEEPING_GRAPHS}")) }}').rows
        return int(rows[0][0] or 0)

    @staticmethod
    def _removal(graph: str) -> str:
        """SPARQL update operations that drop an article graph and what only it gave the default graph."""
        import pyoxigraph as ox

        g = ox.NamedNode(graph)
        return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
                f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {g}) }} }} ;\n"
                f"DROP SILENT GRAPH {g} ;\n")

    @staticmethod
    def _replacement(graph: str, triples: Iterable[Triple], fingerprint: str) -> str:
        """One SPARQL update that replaces an article graph and keeps the default graph their set union."""
        import pyoxigraph as ox

        from .io import OxigraphTerms

        g = ox.NamedNode(graph)
        conv = OxigraphTerms()
        body = _SparqlStore._ntriples((conv(s), conv(p), conv(o)) for s, p, o in triples)
        return (_SparqlStore._removal(graph)
                + f"INSERT DATA {{\nGRAPH {g} {{\n{body}{g} <{FINGERPRINT}> {ox.Literal(fingerprint)} .\n}}\n{body}}}")

    def _full_removal(self, graph: str) -> str:
        import pyoxigraph as ox

        return self._removal(graph) + f"DROP SILENT GRAPH {ox.NamedNode(self._extraction_graph(graph))}"

    @staticmethod
    def _extraction_graph(article: str) -> str:
        return EXTRACTION_GRAPH + hashlib.blake2b(article.encode("utf-8"), digest_size=16).hexdigest()

    @staticmethod
    def _ntriples(triples: Iterable[Any]) -> str:
        return "".join(f"{s} {p} {o} .\n" for s, p, o in triples)


class OxigraphStore(_SparqlStore):
    """An Oxigraph store on disk; each write is one Oxigraph transaction."""

    def __init__(self, path: str | Path) -> None:
        import pyoxigraph as ox

        self.url = f"oxigraph:{path}"
        self.path = Path(path).expanduser()
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            self._store: Any = ox.Store(str(self.path))
        except OSError as e:
            hint = " (is another process, such as kg serve, using it?)" if "lock" in str(e).lower() else ""
            raise StoreError(f"cannot open the Oxigraph store at {self.path}: {_first_line(e)}{hint}") from None

    def _update(self, sparql: str) -> None:
        try:
            self._store.update(sparql)
        except OSError as e:
            raise StoreError(f"cannot write to the Oxigraph store at {self.path}: {_first_line(e)}") from None

    def replace_article(self, graph: str, triples: Iterable[Triple], fingerprint: str) -> None:
        import pyoxigraph as ox

        from .io import OxigraphTerms

        g = ox.NamedNode(graph)
        try:
            new = not self._store.contains_named_graph(g)
        except OSError as e:
            raise StoreError(f"cannot read the Oxigraph store at {self.path}: {_first_line(e)}") from None
        if not new:
            self._update(self._replacement(graph, triples, fingerprint))
            return
        # nothing to remove (this process holds the store's lock, so no one adds the graph meanwhile): the quads
        # go in by one transactional extend, without writing and parsing SPARQL text
        conv, default = OxigraphTerms(), ox.DefaultGraph()
        quads = [ox.Quad(g, ox.NamedNode(FINGERPRINT), ox.Literal(fingerprint), g)]
        for s, p, o in triples:
            triple = (conv(s), conv(p), conv(o))
            quads += (ox.Quad(*triple, g), ox.Quad(*triple, default))
        try:
            self._store.extend(quads)
        except OSError as e:
            raise StoreError(f"cannot write to the Oxigraph store at {self.path}: {_first_line(e)}") from None

    def remove_article(self, graph: str) -> None:
        self._update(self._full_removal(graph))

    def save_extraction(self, article: str, input_digest: str, payload: str) -> None:
        import pyoxigraph as ox

        g, a = ox.NamedNode(self._extraction_graph(article)), ox.NamedNode(article)
        self._update(f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{ {a} <{INPUT_DIGEST}> "
                     f"{ox.Literal(input_digest)} ; <{EXTRACTION}> {ox.Literal(payload)} }} }}")

    def _select(self, sparql: str) -> QueryResult:
        import pyoxigraph as ox

        from .query import QueryResult

        try:
            result = self._store.query(sparql)
            if not isinstance(result, ox.QuerySolutions):
                raise QueryError("only SELECT queries can be shown as tables")
            variables = result.variables
            indices = range(len(variables))  # by position: a lookup by Variable costs more than the query itself
            rows = [[None if (t := s[i]) is None else _value(t) for i in indices] for s in result]
        except (QueryError, StoreError):
            raise
        except OSError as e:
            raise StoreError(f"cannot read the Oxigraph store at {self.path}: {_first_line(e)}") from None
        except Exception as e:  # SyntaxError and evaluation errors
            raise QueryError(f"query failed: {type(e).__name__}: {_first_line(e)}") from None
        return QueryResult([v.value for v in variables], rows)

    def export(self, path: str | Path) -> int:
        import pyoxigraph as ox

        quads = [q for q in self._store.quads_for_pattern(None, None, None, None)
                 if isinstance(q.graph_name, ox.NamedNode) and not _is_bookkeeping(q)]
        return _write_quads(quads, path)

    def close(self) -> None:
        if getattr(self, "_store", None) is not None:
            self._store.flush()
            self._store = None  # the last reference: Oxigraph closes the store and releases its lock


class HttpStore(_SparqlStore):
    """A SPARQL 1.1 server: queries and article updates by the SPARQL Protocol, checkpoints by Graph Store PUT.

    An article is replaced by one update request, which SPARQL servers run as one transaction (Oxigraph,
    Jena Fuseki, RDF4J and GraphDB do); a Graph Store PUT could not also keep the default graph the union.
    """

    def __init__(self, url: str, timeout: float = 30.0) -> None:
        from urllib.parse import parse_qs, urljoin, urlsplit

        self.url = url
        parts = urlsplit(url)
        options = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        base = parts._replace(query="", fragment="").geturl().rstrip("/") + "/"
        self.endpoints = {name: urljoin(base, options.get(name, name)) for name in ("query", "update", "store")}
        try:
            self.timeout = float(options.get("timeout", timeout))
        except ValueError:
            raise ConfigError(f"timeout in {url!r} must be a number of seconds") from None

    def _request(self, method: str, endpoint: str, body: bytes | None, content_type: str | None,
                 accept: str | None = None, params: dict[str, str] | None = None) -> bytes:
        import http.client
        import urllib.error
        import urllib.request
        from urllib.parse import urlencode

        target = self.endpoints[endpoint] + ("?" + urlencode(params) if params else "")
        headers = {k: v for k, v in (("Content-Type", content_type), ("Accept", accept)) if v}
        request = urllib.request.Request(target, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                data: bytes = response.read()
                return data
        except urllib.error.HTTPError as e:
            detail = _first_line(e.read(400).decode("utf-8", "replace")) or e.reason
            if e.code == 400 and endpoint == "query":
                raise QueryError(f"query failed: the server at {self.url} said: {detail}") from None
            raise StoreError(f"{method} {self.endpoints[endpoint]} failed: HTTP {e.code}: {detail}") from None
        except urllib.error.URLError as e:
            if isinstance(e.reason, TimeoutError):
                raise StoreError(f"the SPARQL server at {self.url} did not answer within {self.timeout:g} s") from None
            raise StoreError(f"cannot reach the SPARQL server at {self.url}: {_first_line(e.reason)}") from None
        except TimeoutError:
            raise StoreError(f"the SPARQL server at {self.url} did not answer within {self.timeout:g} s") from None
        except (OSError, http.client.HTTPException) as e:  # connection reset, not an HTTP server, ...
            raise StoreError(f"lost the connection to the SPARQL server at {self.url}: "
                             f"{type(e).__name__} {_first_line(e)}") from None

    def _put_graph(self, graph: str, ntriples: str) -> None:
        self._request("PUT", "store", ntriples.encode("utf-8"), "application/n-triples", params={"graph": graph})

    def replace_article(self, graph: str, triples: Iterable[Triple], fingerprint: str) -> None:
        self._update(self._replacement(graph, triples, fingerprint))

    def remove_article(self, graph: str) -> None:
        self._update(self._full_removal(graph))

    def _update(self, sparql: str) -> None:
        self._request("POST", "update", sparql.encode("utf-8"), "application/sparql-update")

    def save_extraction(self, article: str, input_digest: str, payload: str) -> None:
        import pyoxigraph as ox

        a = ox.NamedNode(article)
        self._put_graph(self._extraction_graph(article),
                        f"{a} <{INPUT_DIGEST}> {ox.Literal(input_digest)} .\n"
                        f"{a} <{EXTRACTION}> {ox.Literal(payload)} .\n")

    def _select_json(self, sparql: str) -> dict[str, Any]:
        raw = self._request("POST", "query", sparql.encode("utf-8"), "application/sparql-query",
                            "application/sparql-results+json")
        try:
            data = json.loads(raw)
        except ValueError:
            data = None
        if isinstance(data, dict) and "boolean" in data:
            raise QueryError("only SELECT queries can be shown as tables")
        if not (isinstance(data, dict) and isinstance(data.get("head"), dict)
                and isinstance(data.get("results"), dict)):
            raise StoreError(f"the server at {self.url} did not answer with SPARQL JSON results")
        data["head"].setdefault("vars", [])
        data["results"].setdefault("bindings", [])
        return data

    def _select(self, sparql: str) -> QueryResult:
        from .query import QueryResult

        data = self._select_json(sparql)
        columns: list[str] = data["head"]["vars"]
        rows: list[list[str | None]] = [[b[c]["value"] if c in b else None for c in columns]
                                        for b in data["results"]["bindings"]]
        return QueryResult(columns, rows)

    def export(self, path: str | Path) -> int:
        import pyoxigraph as ox

        data = self._select_json(
            f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
            f'FILTER(?p != <{FINGERPRINT}> && !STRSTARTS(STR(?g), "{_BOOKKEEPING_GRAPHS}")) }}')
        quads = [ox.Quad(_json_term(b["s"]), _json_term(b["p"]), _json_term(b["o"]), _json_term(b["g"]))
                 for b in data["results"]["bindings"]]
        return _write_quads(quads, path)

    def close(self) -> None:
        """Nothing to release: every request has its own connection."""


def _json_term(b: dict[str, Any]) -> Any:
    """A term of SPARQL JSON results as a pyoxigraph term."""
    import pyoxigraph as ox

    kind = b.get("type")
    if kind == "uri":
        return ox.NamedNode(b["value"])
    if kind == "bnode":
        return ox.BlankNode(b["value"])
    if kind in ("literal", "typed-literal"):
        if "xml:lang" in b:
            return ox.Literal(b["value"], language=b["xml:lang"])
        if "datatype" in b:
            return ox.Literal(b["value"], datatype=ox.NamedNode(b["datatype"]))
        return ox.Literal(b["value"])
    raise StoreError(f"cannot export a term of type {kind!r}")


def _first_line(e: object) -> str:
    text = str(e).strip()
    return text.splitlines()[0][:300] if text else ""


# ---------------------------------------------------------------------------------------------------------------
# kg serve


def oxigraph_server() -> str:
    """Path of the ``oxigraph`` server binary (PyPI package ``oxigraph``, kg's ``server`` extra)."""
    import shutil
    import sys

    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if not found:
        raise MissingExtraError("the oxigraph server (PyPI package oxigraph)", "server")
    return found


def serve_command(location: str | Path, host: str = "127.0.0.1", port: int = 7878) -> list[str]:
    """The command line that serves the Oxigraph store at ``location`` over SPARQL."""
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    return [oxigraph_server(), "serve", "--location", str(location), "--bind", bind]


def wait_until_listening(host: str, port: int, timeout: float, alive: Any = None) -> bool:
    """Whether ``host:port`` accepts connections within ``timeout`` seconds (stops early if ``alive()`` fails)."""
    import socket
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if alive is not None and not alive():
            return False
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.05)
    return False


def serve(url: str, host: str = "127.0.0.1", port: int = 7878, announce: Any = print) -> int:
    """Serve the ``oxigraph:PATH`` store at ``url`` over SPARQL until Ctrl-C (or SIGTERM); returns the exit code."""
    import signal
    import subprocess

    scheme, _, location = url.partition(":")
    if scheme != "oxigraph" or not location:
        raise ConfigError(f"kg serve needs an oxigraph:PATH store, not {url!r}")
    Path(location).expanduser().mkdir(parents=True, exist_ok=True)
    command = serve_command(Path(location).expanduser(), host, port)

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    # SIGINT too: a shell may start a background job with it ignored, and Python then leaves it so
    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    proc = subprocess.Popen(command)
    try:
        if wait_until_listening(host, port, 30.0, lambda: proc.poll() is None):
            shown = f"[{host}]" if ":" in host else host
            announce(f"serving {url} at http://{shown}:{port}/ (SPARQL /query and /update, graph store /store); "
                     f"query it with: kg query --store http://{shown}:{port} --cq officials; stop with Ctrl-C")
        return proc.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
