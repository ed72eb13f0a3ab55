"""The command line, end to end with CliRunner: build, query, validate, stats."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Dataset
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg.cli import app
from kg.io import union_graph

runner = CliRunner()

ARTICLES = [
    {"id": "en-1", "lang": "en", "published": "2023-04-16",
     "text": "Russian President Vladimir Putin met Chinese Defence Minister Li Shangfu in Moscow on Sunday. "
             "Russian Defence Minister Sergei Shoigu also attended the meeting at the Kremlin."},
    {"id": "en-2", "lang": "en", "published": "2023-07-04",
     "text": "Li Shangfu held talks with Russian Navy commander Nikolai Yevmenov in Beijing on Monday. "
             "The two countries will hold joint naval exercises, Yevmenov said."},
]


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    lines = [json.dumps(a) for a in ARTICLES] + ['{"id": "broken", "text": ']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _build(corpus: Path, out: Path) -> str:
    result = runner.invoke(app, ["build", str(corpus), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return result.output


_OXI = {".trig": pyoxigraph.RdfFormat.TRIG, ".nq": pyoxigraph.RdfFormat.N_QUADS,
        ".ttl": pyoxigraph.RdfFormat.TURTLE, ".nt": pyoxigraph.RdfFormat.N_TRIPLES,
        ".jsonld": pyoxigraph.RdfFormat.JSON_LD}


@pytest.mark.parametrize("ext", list(_OXI), ids=[e[1:] for e in _OXI])
def test_build_writes_every_format_that_strict_parsers_read(corpus: Path, tmp_path: Path, ext: str) -> None:
    out = tmp_path / f"g{ext}"
    output = _build(corpus, out)
    assert "skipped" in output and "Meeting" in output
    quads = list(pyoxigraph.parse(path=str(out), format=_OXI[ext]))
    assert len(quads) > 50
    if ext in (".trig", ".nq", ".jsonld"):
        assert len({q.graph_name for q in quads}) == 2  # one named graph per good article


def test_build_reports_bad_record_and_keeps_good(corpus: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", str(corpus), "-o", str(tmp_path / "g.trig"), "--quiet"])
    assert result.exit_code == 0
    assert "in.jsonl:3" in result.output and "E102" in result.output
    stats = runner.invoke(app, ["stats", str(tmp_path / "g.trig")])
    assert "articles" in stats.output and " 2 " in stats.output


def test_building_twice_gives_an_isomorphic_graph(corpus: Path, tmp_path: Path) -> None:
    _build(corpus, tmp_path / "a.trig")
    _build(corpus, tmp_path / "b.trig")
    ga, gb = Dataset(), Dataset()
    ga.parse(tmp_path / "a.trig", format="trig")
    gb.parse(tmp_path / "b.trig", format="trig")
    assert isomorphic(union_graph(ga), union_graph(gb))
    assert sorted(ga.quads()) == sorted(gb.quads())  # deterministic IRIs: even the quads are equal


@pytest.mark.parametrize("ext", [".nq", ".ttl"], ids=["quads", "union"])
def test_the_streaming_build_writes_the_same_graph_as_the_library(corpus: Path, tmp_path: Path, ext: str) -> None:
    from kg import build_graph

    _build(corpus, tmp_path / f"cli{ext}")
    build_graph([corpus]).write(tmp_path / f"lib{ext}")
    cli, lib = (set(pyoxigraph.parse(path=str(tmp_path / f"{n}{ext}"), format=_OXI[ext])) for n in ("cli", "lib"))
    assert cli == lib and len(cli) > 50  # no blank nodes: equal sets of quads are isomorphic graphs


def test_a_failed_write_leaves_no_partial_file(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "g.nq"
    out.write_text("old\n", encoding="utf-8")
    from kg.io import write_graphs

    def graphs():  # type: ignore[no-untyped-def]
        from rdflib import URIRef

        yield URIRef("https://example.org/g"), [(URIRef("https://example.org/s"), URIRef("https://example.org/p"),
                                                  URIRef("https://example.org/o"))]
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_graphs(graphs(), out)
    assert out.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir() if p.name != "in.jsonl"] == ["g.nq"]


def test_validate_conforms(corpus: Path, tmp_path: Path) -> None:
    _build(corpus, tmp_path / "g.ttl")
    result = runner.invoke(app, ["validate", str(tmp_path / "g.ttl")])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


@pytest.mark.parametrize("fmt", ["csv", "json", "table"])
def test_query_competency_with_parameter(corpus: Path, tmp_path: Path, fmt: str) -> None:
    _build(corpus, tmp_path / "g.trig")
    result = runner.invoke(app, ["query", str(tmp_path / "g.trig"), "--cq", "officials", "--param",
                                 "person=Sergei Shoigu", "--format", fmt])
    assert result.exit_code == 0, result.output
    assert "Sergei Shoigu" in result.output and "DefenceMinister" in result.output
    assert "Li Shangfu" not in result.output
    if fmt == "json":
        rows = json.loads(result.output)
        assert {(r["name"], r["role"], r["countryCode"]) for r in rows} == {("Sergei Shoigu", "DefenceMinister", "RU")}


def test_query_file_and_errors(corpus: Path, tmp_path: Path) -> None:
    _build(corpus, tmp_path / "g.trig")
    rq = tmp_path / "q.rq"
    rq.write_text("PREFIX kgo: <https://w3id.org/kg/ontology#> SELECT (COUNT(?m) AS ?n) WHERE { ?m a kgo:Meeting }")
    ok = runner.invoke(app, ["query", str(tmp_path / "g.trig"), str(rq), "-f", "csv"])
    assert ok.exit_code == 0 and ok.output.splitlines()[1] == "2"
    bad = runner.invoke(app, ["query", str(tmp_path / "g.trig"), "--cq", "nope"])
    assert bad.exit_code == 2 and "E301" in bad.output
    missing = runner.invoke(app, ["build", str(corpus), "-o", str(tmp_path / "g.xyz")])
    assert missing.exit_code == 2 and "E201" in missing.output


def test_hostile_parameter_values_do_not_change_the_query(corpus: Path, tmp_path: Path) -> None:
    _build(corpus, tmp_path / "g.trig")
    for value in ['x" ) } UNION { ?s ?p ?o } #', "\\u0022", "}{", "Li Shangfu'"]:
        result = runner.invoke(app, ["query", str(tmp_path / "g.trig"), "--cq", "officials", "-p",
                                     f"person={value}", "-f", "json"])
        assert result.exit_code == 0, result.output
        assert json.loads(result.output) == []


@pytest.mark.parametrize("command", [["build"], ["query"], ["validate"], ["stats"], ["viz"], ["serve"], ["export"],
                                     ["models", "list"], ["models", "download"], ["train-ner"]],
                         ids=lambda c: "-".join(c))
def test_every_command_has_help(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output


def test_skipped_records_are_shown_as_written(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a[b]/[red]", "lang": "en", "text": ""}) + "\n"
                   + json.dumps(ARTICLES[0]) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["build", str(src), "-o", str(tmp_path / "g.trig")])
    assert result.exit_code == 0, result.output
    assert "[E103]" in result.output and "a[b]/[red]" in result.output
