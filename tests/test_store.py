"""Graph stores: memory, Oxigraph on disk and a real SPARQL server, held to the same answers as a clean build."""

from __future__ import annotations

import importlib.util
import json
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef
from typer.testing import CliRunner

from kg.build import BuildResult, build_graph, build_into_store
from kg.cli import app
from kg.errors import ConfigError, MissingExtraError, QueryError, StoreError
from kg.io import write_dataset
from kg.models import ArticleExtraction
from kg.pipeline import Extractor
from kg.query import competency_queries, load_query, run_query, specialise
from kg.store import (
    FINGERPRINT,
    GraphStore,
    HttpStore,
    MemoryStore,
    OxigraphStore,
    _tokens,
    content_fingerprint,
    inject_values,
    open_store,
    oxigraph_server,
    wait_until_listening,
)

from .conftest import ROOT, SEEDS

ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
KG = [sys.executable, "-m", "kg.cli"]

HOSTILE = [
    'x"} } ; DROP ALL ; SELECT * WHERE { ("',
    "a'b\\\"c",
    "}{)(",
    "back\\slash\\",
    "\\u0022) } #",
    "\\U0001F600 \\u005C",
    "line\nbreak\r\ttab",
    "# not a comment",
    "<http://example.org/x>",
    "?param_person",
    'Li Shangfu" || true || "',
    "'''\"\"\"",
    "VALUES ?x { 1 }",
    "中文 والصين 😀",
    "",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _quads(path: Path) -> set[str]:
    return {str(q) for q in ox.parse(path=str(path), format=ox.RdfFormat.from_extension(path.suffix[1:]))}


def _clean_quads(result: BuildResult, tmp: Path) -> set[str]:
    write_dataset(result.dataset, tmp / "clean.nq")
    return _quads(tmp / "clean.nq")


def _normal(rows: list[list[str | None]]) -> list[list[Any]]:
    """Rows as a sorted multiset, GROUP_CONCAT'ed cells as sorted lists: SPARQL leaves both orders open."""
    return sorted(([sorted(c.split("; ")) if c and "; " in c else c or "" for c in r] for r in rows), key=repr)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real ``oxigraph serve``, started by ``kg serve`` on a free loopback port; its URL."""
    port = _free_port()
    location = tmp_path_factory.mktemp("served")
    proc = subprocess.Popen([*KG, "serve", "--store", f"oxigraph:{location}", "--port", str(port)], env=ENV,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        assert wait_until_listening("127.0.0.1", port, 60, lambda: proc.poll() is None), proc.stderr
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)  # the group this fixture started: kg serve and its oxigraph
            proc.wait()


@pytest.fixture(scope="module")
def seed_stores(extractor: Extractor, server: str, tmp_path_factory: pytest.TempPathFactory
                ) -> Iterator[dict[str, GraphStore]]:
    """The seeds built into each backend."""
    stores: dict[str, GraphStore] = {
        "memory": MemoryStore(),
        "oxigraph": OxigraphStore(tmp_path_factory.mktemp("oxigraph") / "store"),
        "http": HttpStore(server),
    }
    for store in stores.values():
        result = build_into_store([SEEDS], store, extractor=extractor)
        assert result.counts["written"] == 2 and not result.skipped
    yield stores
    for store in stores.values():
        store.close()


# --- ingesting -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("backend", ["memory", "oxigraph", "http"])
def test_every_backend_holds_the_clean_build(backend: str, seed_stores: dict[str, GraphStore],
                                              seeds_build: BuildResult, tmp_path: Path) -> None:
    store = seed_stores[backend]
    clean = _clean_quads(seeds_build, tmp_path)
    assert store.export(tmp_path / "store.nq") == len(clean)
    assert _quads(tmp_path / "store.nq") == clean  # bookkeeping (fingerprints, checkpoints) is not exported
    assert store.quad_count() == len(clean)
    assert set(store.fingerprints()) == {f"https://w3id.org/kg/id/article/{a}" for a in ("seed-ar-003", "seed-sw-000")}


@pytest.mark.parametrize("backend", ["memory", "oxigraph", "http"])
def test_building_twice_changes_nothing(backend: str, seed_stores: dict[str, GraphStore],
                                        extractor: Extractor) -> None:
    store = seed_stores[backend]
    before = store.quad_count()
    heard: list[tuple[str, str]] = []
    result = build_into_store([SEEDS], store, extractor=extractor, on_article=lambda *a: heard.append(a))
    assert result.counts["reused"] == 2 and result.counts["extracted"] == 0
    assert result.counts["unchanged"] == 2 and result.counts["written"] == 0
    assert store.quad_count() == before
    assert sorted(heard) == [("reused", "seed-ar-003"), ("reused", "seed-sw-000"),
                             ("unchanged", "seed-ar-003"), ("unchanged", "seed-sw-000")]


ARTICLES = [
    {"id": "en-1", "lang": "en", "published": "2023-04-16",
     "text": "Russian President Vladimir Putin met Chinese Defence Minister Li Shangfu in Moscow on Sunday."},
    {"id": "en-2", "lang": "en", "published": "2023-07-04",
     "text": "Li Shangfu held talks with Russian Navy commander Nikolai Yevmenov in Beijing on Monday."},
]
NEW_TEXT = "Chinese Defence Minister Li Shangfu visited Minsk on Tuesday and met Belarusian officials."


def _write_corpus(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.mark.parametrize("backend", ["memory", "oxigraph"])
def test_new_text_replaces_the_old_assertions(backend: str, extractor: Extractor, tmp_path: Path) -> None:
    store = MemoryStore() if backend == "memory" else OxigraphStore(tmp_path / "store")
    build_into_store([_write_corpus(tmp_path / "a.jsonl", ARTICLES)], store, extractor=extractor)
    assert store.query(load_query("meetings"), {"person": "Nikolai Yevmenov"}).rows
    changed = [ARTICLES[0], {**ARTICLES[1], "text": NEW_TEXT}]
    corpus = _write_corpus(tmp_path / "b.jsonl", changed)
    result = build_into_store([corpus], store, extractor=extractor)
    assert result.counts["extracted"] == 1 and result.counts["reused"] == 1
    store.export(tmp_path / "store.nq")
    assert _quads(tmp_path / "store.nq") == _clean_quads(build_graph([corpus], extractor=extractor), tmp_path)
    assert not store.query(load_query("meetings"), {"person": "Nikolai Yevmenov"}).rows  # the old text's facts
    assert store.query(load_query("mentions"), {"name": "Minsk"}).rows
    store.close()


@pytest.mark.parametrize("backend", ["memory", "oxigraph", "http"])
def test_replacing_one_article_keeps_what_others_assert(backend: str, server: str, tmp_path: Path) -> None:
    store: GraphStore = (MemoryStore() if backend == "memory" else OxigraphStore(tmp_path / "s")
                         if backend == "oxigraph" else HttpStore(server))
    ex = "http://example.org/"
    a, b = f"{ex}graph/a-{backend}", f"{ex}graph/b-{backend}"
    shared = (URIRef(f"{ex}li"), URIRef(f"{ex}label"), Literal("Li Shangfu", lang="en"))
    own = (URIRef(a), URIRef(f"{ex}says"), Literal('he said "hi" \\ {}'))
    count = f'SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o FILTER(STRSTARTS(STR(?s), "{ex}")) }}'

    def seen() -> int:
        return int(store.query(count).rows[0][0] or 0)

    base = seen()  # the shared server may hold other tests' data
    store.replace_article(a, [shared, own], content_fingerprint([shared, own]))
    store.replace_article(b, [shared], content_fingerprint([shared]))
    assert seen() == base + 2  # the shared triple once, however many graphs assert it
    store.replace_article(a, [own], content_fingerprint([own]))
    assert seen() == base + 2
    assert store.has_article(b, content_fingerprint([shared]))
    store.replace_article(b, [], content_fingerprint([]))
    assert seen() == base + 1
    assert not store.has_article(a, content_fingerprint([shared, own]))
    assert store.has_article(a, content_fingerprint([own]))
    store.replace_article(b, [shared], content_fingerprint([shared]))
    store.remove_article(a)
    assert seen() == base + 1 and set(store.fingerprints()) >= {b} and a not in store.fingerprints()
    store.remove_article(b)
    assert seen() == base and not {a, b} & set(store.fingerprints())
    store.close()


# --- queries ---------------------------------------------------------------------------------------------------

PARAMS: list[dict[str, str]] = [{}, {"person": "Li Shangfu"}, {"person": "لي شانج فو"}, {"country": "CN"},
                                {"role": "DefenceMinister"}, {"article": "seed-ar-003"}, {"name": "China"},
                                {"from": "2023-04-01", "to": "2023-04-30"}, {"type": "Visit"}]


@pytest.mark.parametrize("name", sorted(competency_queries()))
def test_competency_queries_agree_on_every_backend(name: str, seed_stores: dict[str, GraphStore]) -> None:
    text = load_query(name)
    answered = 0
    for params in PARAMS:
        if any(f"?param_{k}" not in text for k in params):
            continue
        answers = {backend: store.query(text, params) for backend, store in seed_stores.items()}
        memory = answers.pop("memory")
        for backend, result in answers.items():
            assert result.columns == memory.columns, (backend, params)
            assert _normal(result.rows) == _normal(memory.rows), (backend, params)
        answered += bool(memory.rows)
    assert answered >= 1  # the comparison is not between empty tables only


@pytest.mark.parametrize("name", ["meetings", "mentions", "sources"])
def test_lines_only_for_a_given_parameter_do_not_change_the_answers(name: str,
                                                                   seed_stores: dict[str, GraphStore]) -> None:
    text = load_query(name)
    param = "name" if name == "mentions" else "person"
    marked = [line for line in text.splitlines() if line.endswith(f"# only with ?param_{param}")]
    assert marked and not any(line in specialise(text, {}) for line in marked)
    assert all(line in specialise(text, {param: "x"}).splitlines() for line in marked)
    always = text.replace("# only with", "# (kept)")  # the same query with every line kept
    store = seed_stores["oxigraph"]
    # in the order the query sets: sources leaves open the order of the sentences one article gives for a fact
    ordered = _in_order if name == "sources" else list
    for params in ({}, {param: "Li Shangfu"}, {param: "لي شانج فو"}, {param: "nobody"}):
        assert ordered(store.query(text, params).rows) == ordered(store.query(always, params).rows), params


def _expected_sources(ds: Any, params: dict[str, str]) -> list[list[str | None]]:
    """The rows of the ``sources`` query, computed from ``ds`` (a union rdflib ``Dataset``) in Python: each fact
    (a subject of ``prov:wasDerivedFrom`` typed by a kg class or ``org:Post``) with each article it was derived
    from, the article's id, url and language, and each sentence that article's graph gives as evidence for it;
    sorted by type, the IRI after ``/id/``, the IRI, the article id (rows equal in those are in any order)."""
    from rdflib import Namespace

    from kg.namespaces import KGO, ORG, PROV, SCHEMA, SKOS

    rdf = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")

    def one(s: Any, p: Any) -> list[str | None]:
        return [str(o) for o in ds.objects(s, p)] or [None]

    def said_by(fact: Any, person: str) -> bool:
        people = {*ds.objects(fact, KGO.participant), *ds.subjects(ORG.holds, fact)}
        labels = {str(o).lower() for who in people for p in (SKOS.prefLabel, SKOS.altLabel) for o in ds.objects(who, p)}
        return person.lower() in labels

    rows: set[tuple[str | None, ...]] = set()
    for fact, article in ds.subject_objects(PROV.wasDerivedFrom):
        for cls in ds.objects(fact, rdf.type):
            if not (str(cls).startswith(str(KGO)) or cls == ORG.Post):
                continue
            kind = "Post" if cls == ORG.Post else str(cls).split("#", 1)[1]
            if ("type" in params and kind != params["type"]) or ("event" in params and str(fact) != params["event"]):
                continue
            if "person" in params and not said_by(fact, params["person"]):
                continue
            sentences = [str(o) for o in ds.graph(article).objects(fact, KGO.evidence)] or [None]
            for article_id in [str(o) for o in ds.objects(article, SCHEMA.identifier)]:
                for url in one(article, SCHEMA.url):
                    for language in one(article, SCHEMA.inLanguage):
                        rows.update((str(fact), kind, article_id, url, language, s) for s in sentences)
    return _in_order(sorted(([*r] for r in rows), key=_sources_key))


def _sources_key(r: list[str | None]) -> tuple[str, ...]:
    """What ``sources`` sorts by: type, the fact's IRI after ``/id/``, the IRI, the article id."""
    return r[1] or "", (r[0] or "").partition("/id/")[2], r[0] or "", r[2] or ""


def _in_order(rows: list[list[str | None]]) -> list[tuple[tuple[str, ...], list[list[str | None]]]]:
    """Runs of rows of the same sort key, in the order given; the rows of a run sorted (their order is open)."""
    runs: list[tuple[tuple[str, ...], list[list[str | None]]]] = []
    for r in rows:
        if not runs or runs[-1][0] != _sources_key(r):
            runs.append((_sources_key(r), []))
        runs[-1][1].append(r)
    return [(k, sorted(run, key=repr)) for k, run in runs]


def _synthetic_stores(tmp_path: Path) -> list[GraphStore]:
    """bench/stores.py's synthetic graph of about 3,000 triples (posts, events reported by several articles,
    each with its sentence) in an rdflib store and an Oxigraph store."""
    spec = importlib.util.spec_from_file_location("bench_stores", ROOT / "bench" / "stores.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    stores: list[GraphStore] = [MemoryStore(), OxigraphStore(tmp_path / "synthetic")]
    for graph, triples in bench.articles(3000):
        terms = [(bench._rdflib(s), bench._rdflib(p), bench._rdflib(o)) for s, p, o in triples]
        for store in stores:
            store.replace_article(graph, terms, content_fingerprint(terms))
    return stores


def test_sources_gives_every_fact_with_each_source_in_order(seed_stores: dict[str, GraphStore],
                                                            tmp_path: Path) -> None:
    text = load_query("sources")
    synthetic = _synthetic_stores(tmp_path)
    for stores in (list(seed_stores.values()), synthetic):
        memory = stores[0]
        assert isinstance(memory, MemoryStore)
        first = memory.query(text).rows[0][0]
        assert first is not None
        expected_all = _expected_sources(memory.dataset, {})
        for params in ({}, {"type": "Visit"}, {"type": "Post"}, {"event": first}, {"person": "Li Shangfu"},
                       {"person": "person 7"}):
            expected = _expected_sources(memory.dataset, params)
            for store in stores:
                assert _in_order(store.query(text, params).rows) == expected, (store, params)
        # the rdflib engine (the benchmark's reference) gives the same rows in the same order
        assert _in_order(run_query(memory.dataset, text, {}, engine="rdflib").rows) == expected_all
    assert len(expected_all) > 30  # the synthetic graph's facts: posts, and events with their sentences
    assert {k[0] for k, _ in _in_order(seed_stores["memory"].query(text).rows)} >= {"Post", "Meeting"}
    for store in synthetic:
        store.close()


PROBE = 'SELECT ?param_x ?marker WHERE { BIND("end" AS ?marker) }'


@pytest.mark.parametrize("value", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_values_stay_one_literal(value: str, seed_stores: dict[str, GraphStore]) -> None:
    for backend, store in seed_stores.items():
        before = store.quad_count()
        assert store.query(PROBE, {"x": value}).rows == [[value, "end"]], backend  # the value, exactly
        assert store.query(load_query("officials"), {"person": value}).rows == [], backend
        assert store.quad_count() == before


@pytest.mark.parametrize("value", HOSTILE, ids=range(len(HOSTILE)))
def test_injected_values_keep_the_query_shape(value: str) -> None:
    for name in competency_queries():
        text = load_query(name)
        injected = inject_values(text, {"param_person": Literal(value)})
        before = [(kind, tok) for kind, tok, _ in _tokens(text)]
        after = [(kind, tok) for kind, tok, _ in _tokens(injected)]
        where = next(i for i, (kind, _) in enumerate(before) if kind == "open") + 1
        added = after[where:where + 9]
        assert [kind for kind, _ in added] == ["word", "lpar", "var", "rpar", "open", "lpar", "str", "rpar", "close"]
        assert added[2][1] == "?param_person"
        assert after[:where] + after[where + 9:] == before


@pytest.mark.parametrize("query", [
    "SELECT ?param_x ?marker WHERE { BIND('}' AS ?marker) } # { a comment",
    "PREFIX ex: <http://example.org/#x> # {\nSELECT ?param_x (EXISTS { ?s ?p ?o } AS ?marker) { }",
    'SELECT ?param_x ?marker WHERE { SELECT ?param_x ("}" AS ?marker) WHERE { } }',
    "SELECT ?param_x ?marker WHERE { FILTER(?param_x = ?param_x) BIND(\"\"\"{'}\"\"\" AS ?marker) }",
])
def test_values_go_into_the_outer_where_group(query: str, seed_stores: dict[str, GraphStore]) -> None:
    rows = seed_stores["oxigraph"].query(query, {"x": "v"}).rows
    assert len(rows) == 1 and rows[0][0] == "v"


def test_queries_that_cannot_take_values_are_refused() -> None:
    with pytest.raises(QueryError):
        inject_values("DESCRIBE <http://example.org/x>", {"x": Literal("v")})
    with pytest.raises(QueryError):
        inject_values("SELECT * WHERE { ?s ?p ?o }", {"bad name": Literal("v")})
    construct = inject_values("CONSTRUCT { ?s ?p ?param_x } WHERE { ?s ?p ?o }", {"param_x": Literal("v")})
    assert construct.startswith("CONSTRUCT { ?s ?p ?param_x } WHERE { VALUES")


# --- failures --------------------------------------------------------------------------------------------------


def test_unreachable_server_gives_a_one_line_store_error() -> None:
    store = open_store(f"http://127.0.0.1:{_free_port()}")
    for call in (lambda: store.query("SELECT * WHERE { ?s ?p ?o }"), store.fingerprints, store.extractions,
                 lambda: store.replace_article("http://example.org/g", [], "x")):
        with pytest.raises(StoreError, match="cannot reach") as err:
            call()
        assert "\n" not in str(err.value)


def test_silent_server_times_out() -> None:
    with socket.socket() as listener:  # accepts connections, never answers
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        store = open_store(f"http://127.0.0.1:{listener.getsockname()[1]}?timeout=0.3")
        t = time.monotonic()
        with pytest.raises(StoreError, match=r"did not answer within 0\.3 s"):
            store.query("SELECT * WHERE { ?s ?p ?o }")
        assert time.monotonic() - t < 5


def test_http_errors_and_bad_queries(server: str) -> None:
    with pytest.raises(StoreError, match="HTTP 404"):
        open_store(f"{server}/nowhere").fingerprints()
    with pytest.raises(QueryError, match="query failed"):
        open_store(server).query("SELECT WHERE {")


def test_store_urls_and_locks(tmp_path: Path) -> None:
    for url in ("postgres://x", "oxigraph:", "memory:x", "http:x", "nothing"):
        with pytest.raises(ConfigError):
            open_store(url)
    with OxigraphStore(tmp_path / "s"), pytest.raises(StoreError, match="another process"):
        OxigraphStore(tmp_path / "s")
    OxigraphStore(tmp_path / "s").close()  # the lock went with the first


def test_missing_server_binary_names_the_extra(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    monkeypatch.setattr("shutil.which", lambda name: None)
    with pytest.raises(MissingExtraError, match=r'pip install -e "\.\[server\]"'):
        oxigraph_server()


def test_another_base_is_refused(seed_stores: dict[str, GraphStore], extractor: Extractor) -> None:
    from kg.build import BuildConfig

    with pytest.raises(StoreError, match="another base IRI"):
        build_into_store([SEEDS], seed_stores["memory"], BuildConfig(base="https://example.org/"),
                         extractor=extractor)


# --- the command line ------------------------------------------------------------------------------------------


def test_cli_query_and_export_with_a_store(server: str, seed_stores: dict[str, GraphStore],
                                           seeds_build: BuildResult, tmp_path: Path) -> None:
    runner = CliRunner()
    out = runner.invoke(app, ["query", "--store", server, "--cq", "officials", "-p", "person=Li Shangfu", "-f", "json"])
    assert out.exit_code == 0, out.output
    expected = seed_stores["memory"].query(load_query("officials"), {"person": "Li Shangfu"}).records()
    assert json.loads(out.output) == expected and expected
    out = runner.invoke(app, ["export", "--store", server, "-o", str(tmp_path / "g.trig")])
    assert out.exit_code == 0, out.output
    assert _quads(tmp_path / "g.trig") == _clean_quads(seeds_build, tmp_path)
    out = runner.invoke(app, ["query", "--store", f"http://127.0.0.1:{_free_port()}", "--cq", "officials"])
    assert out.exit_code == 2 and "E401" in out.output


def test_kg_serve_stops_its_server_on_ctrl_c(tmp_path: Path) -> None:
    port = _free_port()
    proc = subprocess.Popen([*KG, "serve", "--store", f"oxigraph:{tmp_path / 's'}", "--port", str(port)], env=ENV,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
    lines: queue.Queue[str] = queue.Queue()
    assert proc.stderr is not None
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stderr or []], daemon=True).start()
    try:
        assert wait_until_listening("127.0.0.1", port, 60, lambda: proc.poll() is None)
        # kg announces the server once it answers: wait for that line, not only for the port
        while "kg query --store http://127.0.0.1:" not in lines.get(timeout=30):
            pass
        proc.send_signal(signal.SIGINT)  # to kg serve alone, as a supervisor would
        assert proc.wait(15) == 0
        assert not wait_until_listening("127.0.0.1", port, 1.0)  # its oxigraph went with it
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def _bench_corpus(n: int, lang: str) -> list[dict[str, str]]:
    """``n`` synthetic articles in ``lang`` from bench/corpus.py (one language: one pipeline to build)."""
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    records: list[dict[str, str]] = [r for r in module.generate(6 * n) if r["lang"] == lang]
    assert len(records) == n
    return records


def _build_until(store: Path, corpus: Path, outcome: str, count: int) -> tuple[list[tuple[str, str]], int]:
    """Run ``kg build --store`` in a subprocess; SIGKILL it once it reported ``count`` ``outcome`` lines
    (``count=0``: let it finish). Returns the lines it reported and its exit code."""
    proc = subprocess.Popen([*KG, "build", str(corpus), "--store", f"oxigraph:{store}", "-q", "-v"], env=ENV,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    heard: list[tuple[str, str]] = []
    try:
        for line in proc.stderr:
            word, _, rest = line.strip().partition(" ")
            heard.append((word, rest))
            if count and sum(w == outcome for w, _ in heard) == count:
                proc.send_signal(signal.SIGKILL)
                break
        return heard, proc.wait(120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_sigkill_leaves_each_article_complete_or_absent_and_a_rerun_finishes(extractor: Extractor,
                                                                             tmp_path: Path) -> None:
    n = 30
    corpus = _write_corpus(tmp_path / "corpus.jsonl", _bench_corpus(n, "en"))
    clean = build_graph([corpus], extractor=extractor)
    assert len(clean.extractions) == n
    graphs = {str(g.identifier): {(s, p, o) for s, p, o in g} for g in clean.dataset.graphs() if len(g)}
    assert len(graphs) == n
    extracted = {f"https://w3id.org/kg/id/article/{ex.article.id}": ex for ex in clean.extractions}
    store = tmp_path / "store"

    def present() -> tuple[dict[str, set[tuple[Any, ...]]], int]:
        """The article graphs in the store, each checked whole; and the number of checkpoints."""
        from rdflib import Dataset

        with OxigraphStore(store) as s:
            s.export(tmp_path / "now.nq")
            cached = s.extractions()
            union = int(s.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0] or 0)
        for iri, (_, payload) in cached.items():  # every checkpoint is a whole extraction
            got = ArticleExtraction.model_validate_json(payload)
            assert got.model_dump(exclude={"article"}) == extracted[iri].model_dump(exclude={"article"})
        ds = Dataset()
        ds.parse(tmp_path / "now.nq", format="nquads")
        now = {str(g.identifier): {(s, p, o) for s, p, o in g} for g in ds.graphs() if len(g)}
        for iri, triples in now.items():  # each graph present is the clean build's, whole
            assert triples == graphs[iri], iri
        assert union == (len(set().union(*now.values())) if now else 0)  # the default graph: their union
        return now, len(cached)

    # killed while extracting: no article graph yet, every checkpoint whole
    heard, code = _build_until(store, corpus, "extracted", 8)
    assert code == -signal.SIGKILL
    now, cached = present()
    assert now == {} and 8 <= cached < n

    # killed while writing graphs: those written are whole, the rest absent
    heard, code = _build_until(store, corpus, "wrote", 5)
    assert code == -signal.SIGKILL
    assert sum(w == "reused" for w, _ in heard) == cached
    now, cached = present()
    assert 5 <= len(now) < n and cached == n

    # the rerun: nothing extracted again, nothing rewritten, the rest written
    heard, code = _build_until(store, corpus, "", 0)
    assert code == 0
    outcomes = [w for w, _ in heard]
    assert outcomes.count("reused") == n and outcomes.count("extracted") == 0
    assert outcomes.count("unchanged") == len(now) and outcomes.count("wrote") == n - len(now)
    assert present() == (graphs, n)
    with OxigraphStore(store) as s:
        s.export(tmp_path / "final.nq")
        assert FINGERPRINT not in (tmp_path / "final.nq").read_text(encoding="utf-8")
    assert _quads(tmp_path / "final.nq") == _clean_quads(clean, tmp_path)
