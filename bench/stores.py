"""Graph stores: Oxigraph against rdflib on synthetic graphs of kg's shape, up to a million triples.

    python bench/stores.py                      # 10k, 100k and 1M triples
    python bench/stores.py --rdflib-budget 600  # let rdflib's query engine run longer than Oxigraph's budget
    python bench/stores.py --quick              # a tiny run that only checks the benchmark works

For each size it measures, each in a fresh process so that memory figures do not mix:

* load: Oxigraph's bulk loader against rdflib's in-memory ``Graph.parse`` reading the same N-Triples file (the
  quads without their graph names), against ``Dataset.parse`` reading the same N-Quads file, then the same TriG;
  each side timed from its empty store (a new ``Graph`` or ``Dataset``; a new Oxigraph store on disk) to the
  loaded one (Oxigraph's flushed). Creating the empty store is timed apart (about 30 ms for Oxigraph on disk,
  microseconds for rdflib) and a second ratio counts it on each side;
* kg's own write path: one transaction per article into an ``oxigraph:`` store (``OxigraphStore.replace_article``,
  which also keeps the default graph the union of the article graphs);
* the median latency of every competency query (and of ``meetings`` with a bound ``person``) evaluated by
  rdflib's own SPARQL engine on its union ``Dataset`` and by Oxigraph on that ``oxigraph:`` store, checking
  that both give the same number of rows; a query stopped at its budget counts as slower than the budget, and
  a ratio against it is shown as a lower bound (">");
* memory: resident-set growth per triple (rdflib's graph, Oxigraph's process) and Oxigraph's bytes on disk.

The triples are generated directly in the shape ``kg/rdf.py`` writes (articles, entities with labels and
mentions, posts, events reported by several articles), not through the extraction pipeline.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import multiprocessing
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

BASE = "https://w3id.org/kg/id/"
KGO = "https://w3id.org/kg/ontology#"
SCHEMA = "https://schema.org/"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
LANGS = ["en", "fr", "sw", "ar", "ru", "zh"]
EVENTS = [("Meeting", "CONSULT"), ("Visit", "CONSULT"), ("MilitaryExercise", "COOPERATE"), ("Statement", "STATEMENT")]

# a term: ("i", iri) or ("l", lexical form, datatype or "", language or "")
Term = tuple[str, ...]
Triple = tuple[Term, Term, Term]


def _i(iri: str) -> Term:
    return ("i", iri)


def _l(value: str, datatype: str = "", lang: str = "") -> Term:
    return ("l", value, datatype, lang)


def articles(n_triples: int, seed: int = 11) -> Iterator[tuple[str, list[Triple]]]:
    """(graph IRI, triples) of synthetic articles until at least ``n_triples`` triples (~93 an article)."""
    rng = random.Random(seed)
    n = max(2, n_triples // 95)
    people, orgs, places, events = max(10, n // 4), max(5, n // 20), max(5, n // 20), max(4, n)
    countries = [f"C{k:02d}" for k in range(20)]
    a = _i(RDF_TYPE)
    total = 0
    for k in itertools.count():
        art = _i(f"{BASE}article/syn-{k}")
        lang = LANGS[k % len(LANGS)]
        day = f"2023-{1 + k % 12:02d}-{1 + k % 28:02d}"
        g: list[Triple] = [
            (art, a, _i(KGO + "Article")), (art, _i(SCHEMA + "identifier"), _l(f"syn-{k}")),
            (art, _i(SCHEMA + "inLanguage"), _l(lang)),
            (art, _i(SCHEMA + "url"), _l(f"https://news.example/{k}", XSD + "anyURI")),
            (art, _i(SCHEMA + "datePublished"), _l(day, XSD + "date")),
            (art, _i(SCHEMA + "headline"), _l(f"Headline of article {k}", lang=lang)),
        ]
        who = rng.sample(range(people), 6)
        named = [(f"person/p{p}", "Official", f"Person {p}") for p in who]
        named += [(f"org/o{o}", "Ministry", f"Ministry {o}") for o in rng.sample(range(orgs), 2)]
        named += [(f"country/{c}", "Country", f"Country {c}") for c in rng.sample(countries, 2)]
        named += [(f"place/l{rng.randrange(places)}", "Place", "")]
        for key, cls, label in named:
            node = _i(BASE + key)
            label = label or f"Place {key.rsplit('l', 1)[1]}"
            g += [(node, a, _i(KGO + cls)), (node, _i(SKOS + "prefLabel"), _l(label, lang="en")),
                  (node, _i(KGO + "mentionedIn"), art),
                  (node, _i(SKOS + "altLabel"), _l(f"{label} ({lang})", lang=lang))]
            if cls == "Country":
                g.append((node, _i(KGO + "countryCode"), _l(key.split("/")[1])))
            elif cls == "Ministry":
                country = _i(f"{BASE}country/{countries[int(key.rsplit('o', 1)[1]) % len(countries)]}")
                g += [(node, _i(KGO + "country"), country), (country, a, _i(KGO + "Country"))]
        for p in who[:2]:
            c = countries[p % len(countries)]
            post, country = _i(f"{BASE}post/{p}-{c}"), _i(f"{BASE}country/{c}")
            g += [(_i(f"{BASE}person/p{p}"), _i(ORG + "holds"), post), (post, a, _i(ORG + "Post")),
                  (post, _i(ORG + "role"), _i(KGO + "DefenceMinister")), (post, _i(PROV + "wasDerivedFrom"), art),
                  (post, _i(ORG + "postIn"), _i(f"{BASE}org/o{p % orgs}")), (post, _i(KGO + "country"), country),
                  (country, a, _i(KGO + "Country")), (country, _i(KGO + "countryCode"), _l(c)),
                  (country, _i(SKOS + "prefLabel"), _l(f"Country {c}", lang="en"))]
        for e in rng.sample(range(events), 2):  # an event is reported by about two articles
            cls, plover = EVENTS[e % len(EVENTS)]
            ev = _i(f"{BASE}event/e{e}")
            g += [(ev, a, _i(KGO + cls)), (ev, _i(KGO + "status"), _l("occurred")),
                  (ev, _i(KGO + "ploverType"), _l(plover)), (ev, _i(PROV + "wasDerivedFrom"), art),
                  (ev, _i(SCHEMA + "location"), _i(f"{BASE}place/l{e % places}")),
                  (ev, _i(SCHEMA + "startDate"), _l(f"2023-{1 + e % 12:02d}-{1 + e % 28:02d}", XSD + "date")),
                  (ev, _i(KGO + "evidence"), _l(f"Sentence {k}.{e} reporting the event.", lang=lang))]
            g += [(ev, _i(KGO + "participant"), _i(f"{BASE}person/p{p}")) for p in who[2 + e % 2:5 + e % 2]]
        g = list(dict.fromkeys(g))  # a graph is a set
        total += len(g)
        yield art[1], g
        if total >= n_triples:
            return


def _nt(t: Term) -> str:
    if t[0] == "i":
        return f"<{t[1]}>"
    value = t[1].replace("\\", "\\\\").replace('"', '\\"')
    return f'"{value}"' + (f"@{t[3]}" if t[3] else f"^^<{t[2]}>" if t[2] else "")


def _rdflib(t: Term) -> Any:
    from rdflib import Literal, URIRef

    if t[0] == "i":
        return URIRef(t[1])
    return Literal(t[1], lang=t[3] or None, datatype=URIRef(t[2]) if t[2] else None)


def write_data(n_triples: int, folder: Path) -> tuple[Path, Path, Path, int]:
    """The synthetic graph as N-Quads, TriG and N-Triples (the same lines without graph names) files; and its
    number of quads."""
    import pyoxigraph as ox

    nq, trig, nt = folder / "data.nq", folder / "data.trig", folder / "data.nt"
    count = 0
    with nq.open("w", encoding="utf-8") as fh, nt.open("w", encoding="utf-8") as fh_nt:
        for graph, triples in articles(n_triples):
            lines = [f"{_nt(s)} {_nt(p)} {_nt(o)}" for s, p, o in triples]
            fh.writelines(f"{line} <{graph}> .\n" for line in lines)
            fh_nt.writelines(f"{line} .\n" for line in lines)
            count += len(triples)
    ox.serialize(ox.parse(path=str(nq), format=ox.RdfFormat.N_QUADS), str(trig), ox.RdfFormat.TRIG,
                 prefixes={"kg": BASE, "kgo": KGO, "schema": SCHEMA, "skos": SKOS, "org": ORG, "prov": PROV})
    return nq, trig, nt, count


# --- measurements, each run in a fresh process -----------------------------------------------------------------


def _rss() -> int:
    """Resident set size of this process, in bytes."""
    import os

    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _disk(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _queries() -> list[tuple[str, str, dict[str, str]]]:
    from kg.query import competency_queries, load_query

    out: list[tuple[str, str, dict[str, str]]] = [(name, load_query(name), {}) for name in competency_queries()]
    return [*out, ("meetings+person", load_query("meetings"), {"person": "Person 7"})]


def job_rdflib_load(data: str, fmt: str) -> dict[str, Any]:
    """Create an empty in-memory graph (``create_s``), then parse ``data`` into it (``load_s``)."""
    from rdflib import Dataset, Graph

    gc.collect()
    before = _rss()
    t = time.perf_counter()
    g = Graph() if fmt == "nt" else Dataset(default_union=True)  # triples: the in-memory Graph
    created = time.perf_counter()
    g.parse(data, format=fmt)
    out: dict[str, Any] = {"create_s": created - t, "load_s": time.perf_counter() - created}
    gc.collect()
    out["rss"] = _rss() - before
    if isinstance(g, Dataset):
        out["quads"] = sum(1 for _ in g.quads((None, None, None, None)))
    else:
        out["triples"] = len(g)
    return out


def job_oxigraph_bulk(data: str, fmt: str, folder: str) -> dict[str, Any]:
    """Create an empty store on disk (``create_s``), then bulk-load ``data`` into it and flush (``load_s``)."""
    import pyoxigraph as ox

    formats = {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG, "nt": ox.RdfFormat.N_TRIPLES}
    before = _rss()
    t = time.perf_counter()
    store = ox.Store(folder)
    created = time.perf_counter()
    store.bulk_load(path=data, format=formats[fmt])
    store.flush()
    out: dict[str, Any] = {"create_s": created - t, "load_s": time.perf_counter() - created,
                           "rss": _rss() - before, "quads": len(store)}
    del store
    out["disk"] = _disk(Path(folder))
    return out


def job_oxigraph_kg(n_triples: int, folder: str) -> dict[str, Any]:
    from kg.store import OxigraphStore, content_fingerprint

    graphs = [(g, [(_rdflib(s), _rdflib(p), _rdflib(o)) for s, p, o in triples]) for g, triples in articles(n_triples)]
    gc.collect()
    before = _rss()
    store = OxigraphStore(folder)
    t = time.perf_counter()
    for graph, triples in graphs:
        store.replace_article(graph, triples, content_fingerprint(triples))
    took = time.perf_counter() - t
    out: dict[str, Any] = {"load_s": took, "articles": len(graphs), "rss": _rss() - before,
                           "quads": store.quad_count()}
    store.close()
    out["disk"] = _disk(Path(folder))
    return out


def _query_worker(conn: Any, engine: str, source: str, todo: list[int], repeats: int, budget: float) -> None:
    """Open the graph, say so, then send (index, median seconds, rows) for each query in ``todo``."""
    run: Callable[[str, dict[str, str]], int]
    if engine == "rdflib":
        from rdflib import Dataset

        from kg.query import run_query

        ds = Dataset(default_union=True)
        ds.parse(source, format="nquads")
        run = lambda q, p: len(run_query(ds, q, p, engine="rdflib").rows)  # noqa: E731
    else:
        from kg.store import OxigraphStore

        store = OxigraphStore(source)
        run = lambda q, p: len(store.query(q, p).rows)  # noqa: E731
    conn.send("ready")
    queries = _queries()
    for i in todo:
        _, text, params = queries[i]
        times: list[float] = []
        rows = 0
        while not times or (len(times) < repeats and sum(times) < budget / 4):
            t = time.perf_counter()
            rows = run(text, params)
            times.append(time.perf_counter() - t)
        conn.send((i, statistics.median(times), rows))


def measure_queries(engine: str, source: str, repeats: int, budget: float,
                    skip: set[str]) -> tuple[dict[str, tuple[float | None, int | None]], list[str]]:
    """Median latency and rows of each query, None for a query stopped after ``budget`` seconds or skipped
    because it was stopped at a smaller size; and the names of the queries stopped at this size. Each engine
    runs in a process of its own, started again after a query had to be stopped."""
    names = [name for name, _, _ in _queries()]
    out: dict[str, tuple[float | None, int | None]] = {n: (None, None) for n in names}
    stopped: list[str] = []
    todo = [i for i, n in enumerate(names) if n not in skip]
    ctx = multiprocessing.get_context("spawn")
    while todo:
        mine, theirs = ctx.Pipe()
        proc = ctx.Process(target=_query_worker, args=(theirs, engine, source, todo, repeats, budget))
        proc.start()
        try:
            if not mine.poll(3600) or mine.recv() != "ready":
                raise RuntimeError(f"{engine} did not load {source}")
            while todo:
                if not mine.poll(budget * 1.25 + 5):
                    stopped.append(names[todo[0]])  # it counts as over budget
                    todo = todo[1:]
                    break
                i, median, rows = mine.recv()
                out[names[i]] = (median, rows)
                todo = todo[1:]
        finally:
            proc.kill()
            proc.join()
    return out, stopped


def _in_fresh_process(job: Callable[..., dict[str, Any]], *args: Any) -> dict[str, Any]:
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        result: dict[str, Any] = pool.apply(job, args)
        return result


# --- report ----------------------------------------------------------------------------------------------------


def _rate(quads: int, seconds: float) -> str:
    return f"{quads / seconds:>12,.0f}/s"


def run_size(n_triples: int, repeats: int, budgets: dict[str, float],
             stopped: dict[str, set[str]]) -> dict[str, Any]:
    """Every figure for one size; ``stopped`` (engine -> queries over budget at a smaller size) is updated."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        nq, trig, nt, quads = write_data(n_triples, folder)
        r: dict[str, Any] = {
            "quads": quads,
            "budgets": budgets,
            "rdflib_nt": _in_fresh_process(job_rdflib_load, str(nt), "nt"),
            "oxi_nt": _in_fresh_process(job_oxigraph_bulk, str(nt), "nt", str(folder / "bulk-nt")),
            "rdflib_nq": _in_fresh_process(job_rdflib_load, str(nq), "nquads"),
            "rdflib_trig": _in_fresh_process(job_rdflib_load, str(trig), "trig"),
            "oxi_nq": _in_fresh_process(job_oxigraph_bulk, str(nq), "nquads", str(folder / "bulk-nq")),
            "oxi_trig": _in_fresh_process(job_oxigraph_bulk, str(trig), "trig", str(folder / "bulk-trig")),
            "oxi_kg": _in_fresh_process(job_oxigraph_kg, n_triples, str(folder / "kg")),
        }
        r["queries"], r["stopped"] = {}, {}
        for engine, source in (("rdflib", str(nq)), ("oxigraph", str(folder / "kg"))):
            r["queries"][engine], r["stopped"][engine] = measure_queries(engine, source, repeats, budgets[engine],
                                                                         stopped[engine])
            stopped[engine] |= set(r["stopped"][engine])
    return r


def _ms(t: float | None, budget: float, stopped: bool) -> str:
    if t is not None:
        return f"{t * 1000:,.1f}"
    return f"> {budget:,.0f} s" if stopped else "skipped"


def _ratio(t_rdf: float | None, t_ox: float | None, rdf_budget: float, rdf_stopped: bool) -> str:
    if t_ox is None:
        return "-"
    if t_rdf is not None:
        return f"{t_rdf / max(t_ox, 1e-9):,.0f}x"
    return f"> {rdf_budget / max(t_ox, 1e-9):,.0f}x" if rdf_stopped else "-"  # rdflib took longer than its budget


def _with_create(rdf: dict[str, Any], oxi: dict[str, Any]) -> str:
    return f"{(rdf['create_s'] + rdf['load_s']) / (oxi['create_s'] + oxi['load_s']):.1f}x"


def report(r: dict[str, Any]) -> None:
    q = r["quads"]
    rn, on = r["rdflib_nt"], r["oxi_nt"]
    rq, rt, oq, ot, ok = r["rdflib_nq"], r["rdflib_trig"], r["oxi_nq"], r["oxi_trig"], r["oxi_kg"]
    assert rq["quads"] == oq["quads"] == ok["quads"] == q, (rq["quads"], oq["quads"], ok["quads"], q)
    assert rn["triples"] == on["quads"], (rn["triples"], on["quads"])
    print(f"\n== {q:,} quads in {ok['articles']:,} article graphs ({rn['triples']:,} distinct triples) ==")
    print("load into an empty store (ratio with creating the store: the time to create it counted on each side)")
    print("load, statements/s                 rdflib Graph.parse     Oxigraph bulk_load   ratio   with creating")
    print(f"  {'N-Triples (the quads as triples)':<32} {q / rn['load_s']:>20,.0f} {q / on['load_s']:>20,.0f} "
          f"{rn['load_s'] / on['load_s']:>7.1f}x {_with_create(rn, on):>14}")
    print("load, quads/s                      rdflib Dataset.parse   Oxigraph bulk_load   ratio   with creating")
    for label, rd, ox_ in (("N-Quads", rq, oq), ("TriG", rt, ot)):
        print(f"  {label:<32} {q / rd['load_s']:>20,.0f} {q / ox_['load_s']:>20,.0f} "
              f"{rd['load_s'] / ox_['load_s']:>7.1f}x {_with_create(rd, ox_):>14}")
    print(f"  creating the empty store: rdflib {rn['create_s'] * 1000:,.2f} ms, "
          f"Oxigraph on disk {on['create_s'] * 1000:,.1f} ms (N-Triples runs)")
    print(f"  kg's write path, oxigraph:, one transaction per article: {q / ok['load_s']:,.0f} quads/s, "
          f"{ok['articles'] / ok['load_s']:,.0f} articles/s ({rn['load_s'] / ok['load_s']:.2f}x rdflib Graph.parse, "
          f"{rq['load_s'] / ok['load_s']:.2f}x Dataset.parse)")
    print("memory, bytes per quad")
    print(f"  rdflib Graph RSS growth {rn['rss'] / q:,.0f}; rdflib Dataset RSS growth {rq['rss'] / q:,.0f}; "
          f"Oxigraph bulk load RSS growth {oq['rss'] / q:,.0f}, disk {oq['disk'] / q:,.0f}; "
          f"kg's oxigraph: store RSS growth {ok['rss'] / q:,.0f}, disk {ok['disk'] / q:,.0f} "
          f"(no checkpoints; the default-graph union included)")
    print(f"  ratio rdflib Dataset RSS / Oxigraph bulk disk: {rq['rss'] / max(oq['disk'], 1):.1f}x")
    budgets, stopped = r["budgets"], r["stopped"]
    print(f"competency queries, median ms (budget: rdflib {budgets['rdflib']:,.0f} s, "
          f"Oxigraph {budgets['oxigraph']:,.0f} s)")
    print("                                 rdflib engine    oxigraph:      ratio   rows")
    for name, (t_rdf, n_rdf) in r["queries"]["rdflib"].items():
        t_ox, n_ox = r["queries"]["oxigraph"][name]
        ratio = _ratio(t_rdf, t_ox, budgets["rdflib"], name in stopped["rdflib"])
        rows = n_ox if n_ox is not None else n_rdf
        check = "" if n_rdf is None or n_ox is None or n_rdf == n_ox else f"  ROWS DIFFER: rdflib {n_rdf}"
        print(f"  {name:<28} {_ms(t_rdf, budgets['rdflib'], name in stopped['rdflib']):>16} "
              f"{_ms(t_ox, budgets['oxigraph'], name in stopped['oxigraph']):>12} {ratio:>10}   {rows}{check}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="tiny graphs: checks the benchmark runs")
    ap.add_argument("--sizes", type=int, nargs="*", help="numbers of triples (default 10k 100k 1M)")
    ap.add_argument("--budget", type=float, help="seconds a query may take before it is stopped (default 30)")
    ap.add_argument("--rdflib-budget", type=float, help="the same for rdflib's engine (default: --budget)")
    ap.add_argument("--json", type=Path, help="also write the raw figures here")
    a = ap.parse_args()
    sizes = a.sizes or ([1_000, 2_000] if a.quick else [10_000, 100_000, 1_000_000])
    repeats, budget = (3, a.budget or 5.0) if a.quick else (5, a.budget or 30.0)
    budgets = {"oxigraph": budget, "rdflib": a.rdflib_budget or budget}
    stopped: dict[str, set[str]] = {"rdflib": set(), "oxigraph": set()}
    results = []
    for n in sizes:
        t = time.perf_counter()
        r = run_size(n, repeats, budgets, stopped)
        report(r)
        print(f"  (measured in {time.perf_counter() - t:,.0f} s)", flush=True)
        results.append(r)
    if a.json:
        a.json.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
