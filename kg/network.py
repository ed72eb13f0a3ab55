"""The graph as a ``networkx.MultiDiGraph``: entities as nodes, events and posts as edges.

Nodes are people, organisations, countries and places (keyed by IRI) with ``label``, ``kind``, ``country``,
``sources`` and ``n_events``. Edges: one per event between each pair of its participants (``type`` meeting,
visit, exercise or statement), ``visited`` from a visitor to the country visited, and ``holds`` from a person
to the organisation of a post. ``G.graph["events"]`` lists every event (also those with a single participant
or no date) and ``G.graph["articles"]`` the reporting articles by id. Everything is read with SPARQL over the
public terms of the ontology, so any graph that follows the data contract works.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import combinations
from typing import TYPE_CHECKING, Any

from rdflib import Dataset, Graph

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["EVENT_TYPES", "to_networkx"]

_PREFIXES = """
PREFIX kgo: <https://w3id.org/kg/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""

# class local name -> event type (the ``type`` of edges and events)
EVENT_TYPES = {"Meeting": "meeting", "Visit": "visit", "MilitaryExercise": "exercise", "Statement": "statement"}
# most specific first: an entity typed with several classes takes the first that applies
_KINDS = ("Official", "Person", "Ministry", "ArmedForce", "Organization", "Country", "Place")
_STATUS_RANK = {"occurred": 0, "planned": 1, "proposed": 2}
_ROLE = "kgo:participant|kgo:host|kgo:visitor|kgo:speaker"


def _union(ds: Graph) -> Graph:
    """A view of ``ds`` whose default graph is the union of its graphs (no copy)."""
    if isinstance(ds, Dataset) and not ds.default_union:
        return Dataset(store=ds.store, default_union=True)
    return ds


def _rows(g: Graph, body: str) -> list[tuple[str, ...]]:
    """Rows of a SELECT query as strings ('' for unbound)."""
    return [tuple("" if v is None else str(v) for v in row)  # type: ignore[union-attr]
            for row in g.query(_PREFIXES + body)]


def _multi(g: Graph, body: str) -> dict[str, list[str]]:
    """A two-column query as ``first -> sorted distinct seconds``."""
    out: dict[str, set[str]] = defaultdict(set)
    for a, b in _rows(g, body):
        if b:
            out[a].add(b)
    return {k: sorted(v) for k, v in out.items()}


def _precise(dates: list[str]) -> str:
    """The most precise of several readings of a date (``2023-04-16`` over ``2023-04``)."""
    return max(dates, key=lambda d: (len(d), d), default="")


def _labels(g: Graph) -> dict[str, str]:
    """Best label of each labelled resource: prefLabel @en, any prefLabel, then an altLabel."""
    best: dict[str, tuple[int, str]] = {}
    for node, label, rank in _rows(g, """
        SELECT ?node ?label ?rank WHERE {
          { ?node skos:prefLabel ?label . BIND(IF(LANG(?label) = "en", 0, 1) AS ?rank) }
          UNION { ?node skos:altLabel ?label . BIND(2 AS ?rank) }
        }"""):
        key = (int(rank), label)
        if node not in best or key < best[node]:
            best[node] = key
    return {node: label for node, (_, label) in best.items()}


def _entities(g: Graph, labels: dict[str, str]) -> dict[str, dict[str, Any]]:
    kinds = _multi(g, "SELECT ?node ?kind WHERE { VALUES ?class { " + " ".join(f"kgo:{k}" for k in _KINDS)
                   + ' } ?node a ?class . BIND(STRAFTER(STR(?class), "#") AS ?kind) }')
    # own country, else the country a place lies in, else the country of the posts a person holds
    countries: dict[str, Counter[str]] = defaultdict(Counter)
    for node, code, weight in _rows(g, """
        SELECT ?node ?code ?weight WHERE {
          { ?node kgo:countryCode ?code . BIND(100 AS ?weight) }
          UNION { ?node kgo:country/kgo:countryCode ?code . BIND(50 AS ?weight) }
          UNION { ?node kgo:locatedIn+/kgo:countryCode ?code . BIND(20 AS ?weight) }
          UNION { ?node org:holds ?post . ?post kgo:country/kgo:countryCode ?code . BIND(1 AS ?weight) }
        }"""):
        countries[node][code] += int(weight)
    sources = _multi(g, "SELECT ?node ?id WHERE { ?node kgo:mentionedIn/schema:identifier ?id }")
    out: dict[str, dict[str, Any]] = {}
    for node, ks in kinds.items():
        kind = min(ks, key=_KINDS.index)
        cc = countries.get(node)
        code = sorted(cc.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if cc else ""
        out[node] = {"label": labels.get(node) or _tail(node), "kind": kind, "country": code,
                     "sources": sources.get(node, []), "n_events": 0}
    return out


def _tail(iri: str) -> str:
    from urllib.parse import unquote

    return unquote(iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1])


def _events(g: Graph, labels: dict[str, str]) -> list[dict[str, Any]]:
    types = _multi(g, "SELECT ?e ?type WHERE { VALUES ?class { " + " ".join(f"kgo:{c}" for c in EVENT_TYPES)
                   + ' } ?e a ?class . BIND(STRAFTER(STR(?class), "#") AS ?type) }')
    starts = _multi(g, "SELECT ?e ?d WHERE { ?e schema:startDate ?d }")
    ends = _multi(g, "SELECT ?e ?d WHERE { ?e schema:endDate ?d }")
    statuses = _multi(g, "SELECT ?e ?s WHERE { ?e kgo:status ?s }")
    sources = _multi(g, "SELECT ?e ?id WHERE { ?e prov:wasDerivedFrom/schema:identifier ?id }")
    who = _multi(g, f"SELECT ?e ?who WHERE {{ ?e {_ROLE} ?who }}")
    visitors = _multi(g, "SELECT ?e ?who WHERE { ?e kgo:visitor ?who }")
    hosts = _multi(g, "SELECT ?e ?who WHERE { ?e kgo:host ?who }")
    places = _multi(g, "SELECT ?e ?loc WHERE { ?e schema:location ?loc }")
    countries = set(_multi(g, "SELECT ?c ?x WHERE { ?c a kgo:Country . BIND(1 AS ?x) }"))
    events = []
    for e, ts in sorted(types.items()):
        locs = places.get(e, [])
        # the most specific place: a city or building before the country it lies in
        place = min(locs, key=lambda loc: (loc in countries, labels.get(loc, loc)), default="")
        status = min(statuses.get(e, []), key=lambda s: (_STATUS_RANK.get(s, 9), s), default="")
        events.append({
            "event": e, "type": EVENT_TYPES[min(ts, key=list(EVENT_TYPES).index)],
            "date": _precise(starts.get(e, [])), "end": _precise(ends.get(e, [])),
            "place": labels.get(place, _tail(place)) if place else "", "place_iri": place,
            "locations": locs, "status": status, "sources": sources.get(e, []),
            "participants": who.get(e, []), "visitors": visitors.get(e, []), "hosts": hosts.get(e, []),
        })
    return events


def _articles(g: Graph) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for aid, url, lang, published, title in _rows(g, """
        SELECT ?id (SAMPLE(?u) AS ?url) (SAMPLE(?l) AS ?lang) (SAMPLE(?p) AS ?published) (SAMPLE(?h) AS ?title)
        WHERE {
          ?a a kgo:Article ; schema:identifier ?id .
          OPTIONAL { ?a schema:url ?u } OPTIONAL { ?a schema:inLanguage ?l }
          OPTIONAL { ?a schema:datePublished ?p } OPTIONAL { ?a schema:headline ?h }
        } GROUP BY ?id"""):
        out[aid] = {"url": url, "lang": lang, "published": published, "title": title}
    return out


def to_networkx(ds: Graph) -> nx.MultiDiGraph:
    """The entities of ``ds`` (a Dataset or Graph) and the events and posts that link them.

    Node attributes: ``label``, ``kind`` (class local name), ``country`` (ISO code or ''), ``sources``
    (article ids), ``n_events``. Edge attributes: ``type`` (meeting, visit, exercise, statement, visited,
    holds), ``event``, ``date``, ``end``, ``place``, ``status``, ``sources``; ``holds`` edges carry ``role``
    and ``post`` instead of the event fields.
    """
    import networkx as nx

    g = _union(ds)
    labels = _labels(g)
    nodes = _entities(g, labels)
    events = _events(g, labels)
    by_code = {n["country"]: iri for iri, n in nodes.items() if n["kind"] == "Country" and n["country"]}

    G = nx.MultiDiGraph(events=events, articles=_articles(g))
    for iri, attrs in sorted(nodes.items()):
        G.add_node(iri, **attrs)

    def ensure(iri: str) -> None:
        if iri not in G:
            G.add_node(iri, label=labels.get(iri) or _tail(iri), kind="Entity", country="", sources=[], n_events=0)

    for ev in events:
        data = {k: ev[k] for k in ("event", "date", "end", "place", "status", "sources")}
        for p in ev["participants"]:
            ensure(p)
            G.nodes[p]["n_events"] += 1
        first = set(ev["visitors"])
        for a, b in combinations(ev["participants"], 2):
            if b in first and a not in first:
                a, b = b, a
            G.add_edge(a, b, key=ev["event"], type=ev["type"], **data)
        if ev["type"] == "visit":
            visited = _visited(ev, nodes, by_code)
            for v in ev["visitors"]:
                if visited and visited != v:
                    G.add_edge(v, visited, key=f"{ev['event']} visited", type="visited", **data)

    role_labels = _multi(g, "SELECT ?r ?label WHERE { ?r skos:prefLabel ?label FILTER(LANG(?label) = 'en') }")
    post_sources = _multi(g, "SELECT ?p ?id WHERE { ?p a org:Post ; prov:wasDerivedFrom/schema:identifier ?id }")
    for person, post, role, org_ in _rows(g, """
        SELECT DISTINCT ?person ?post ?role ?org WHERE {
          ?person org:holds ?post . ?post org:postIn ?org . OPTIONAL { ?post org:role ?role }
        }"""):
        ensure(person)
        ensure(org_)
        label = (role_labels.get(role) or [_humanize(_tail(role)) if role else "post"])[0]
        G.add_edge(person, org_, key=f"holds {post}", type="holds", role=label, post=post,
                   sources=post_sources.get(post, []))
    return G


def _humanize(name: str) -> str:
    """``HeadOfState`` -> ``Head of state``."""
    words = re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+", name) or [name]
    return " ".join([words[0], *(w.lower() for w in words[1:])])


def _visited(ev: dict[str, Any], nodes: dict[str, dict[str, Any]], by_code: dict[str, str]) -> str:
    """The country a visit went to: its location if a country, else the location's or the host's country."""
    for loc in ev["locations"]:
        if nodes.get(loc, {}).get("kind") == "Country":
            return str(loc)
    for iri in [ev["place_iri"], *ev["locations"], *ev["hosts"]]:
        code = nodes.get(iri, {}).get("country")
        if code and code in by_code:
            return by_code[code]
    return ""
