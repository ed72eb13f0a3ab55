"""The network view of a graph and its pictures: to_networkx, kg viz (PNG, SVG, HTML), missing extras."""

from __future__ import annotations

import json
import re
import sys
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from rdflib import Dataset, Literal, Namespace
from typer.testing import CliRunner

from kg import ConfigError, MissingExtraError, to_networkx, write_dataset
from kg.build import BuildResult
from kg.cli import app
from kg.namespaces import KGO, PROV, RDF, SCHEMA, SKOS, XSD

pytest.importorskip("matplotlib")

runner = CliRunner()
ID = Namespace("https://w3id.org/kg/id/")


def _node(G: Any, label: str) -> str:
    found = [n for n, d in G.nodes(data=True) if d["label"] == label]
    assert len(found) == 1, f"{label!r}: {found}"
    return found[0]


def _edges(G: Any, a: str, b: str) -> list[dict[str, Any]]:
    """Edges between two nodes, either way."""
    return [d for u, v, d in G.edges(data=True) if {u, v} == {a, b}]


@pytest.fixture(scope="module")
def seeds_file(seeds_graph: Dataset, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("viz") / "seeds.trig"
    write_dataset(seeds_graph, path)
    return path


def test_network_has_the_kremlin_meeting_of_li_shangfu_and_putin(seeds_graph: Dataset) -> None:
    G = to_networkx(seeds_graph)
    li, putin = _node(G, "Li Shangfu"), _node(G, "Vladimir Putin")
    assert G.nodes[li]["kind"] == "Official" and G.nodes[li]["country"] == "CN"
    assert G.nodes[putin]["kind"] == "Official" and G.nodes[putin]["country"] == "RU"
    assert G.nodes[li]["n_events"] >= 2 and "seed-ar-003" in G.nodes[li]["sources"]
    meetings = [d for d in _edges(G, li, putin) if d["type"] == "meeting"]
    assert len(meetings) == 1
    meeting = meetings[0]
    assert meeting["date"] == "2023-04-16" and meeting["place"] == "Kremlin" and meeting["status"] == "occurred"
    assert meeting["sources"] == ["seed-ar-003"]
    # the same meeting links every pair of its participants
    shoigu = _node(G, "Sergei Shoigu")
    assert any(d["event"] == meeting["event"] for d in _edges(G, putin, shoigu))


def test_network_has_visits_posts_and_exercises(seeds_graph: Dataset) -> None:
    G = to_networkx(seeds_graph)
    li, russia, china = _node(G, "Li Shangfu"), _node(G, "Russia"), _node(G, "China")
    visited = [d for u, v, d in G.edges(data=True) if (u, v) == (li, russia) and d["type"] == "visited"]
    assert [v["date"][:7] for v in visited] == ["2023-04"]
    assert sorted(visited[0]["sources"]) == ["seed-ar-003", "seed-sw-000"]
    holds = [d for u, v, d in G.edges(li, data=True) if d["type"] == "holds"]
    assert [(G.nodes[v]["label"], d["role"]) for _, v, d in G.edges(li, data=True) if d["type"] == "holds"] == [
        ("Ministry of National Defense of China", "Defence minister")]
    assert holds[0]["sources"]
    assert {d["status"] for d in _edges(G, china, russia) if d["type"] == "exercise"} == {"planned", "proposed"}
    assert {e["type"] for e in G.graph["events"]} == {"meeting", "visit", "exercise", "statement"}


def test_network_of_a_freshly_built_dataset(seeds_build: BuildResult, seeds_graph: Dataset) -> None:
    """build_graph's Dataset (no union default graph) gives the same network as the file read back."""
    built, read = to_networkx(seeds_build.dataset), to_networkx(seeds_graph)
    assert dict(built.nodes(data=True)) == dict(read.nodes(data=True))
    assert sorted(map(str, built.edges(keys=True))) == sorted(map(str, read.edges(keys=True)))


def _viz(graph: Path, out: Path, *args: str) -> None:
    result = runner.invoke(app, ["viz", str(graph), "-o", str(out), *args])
    assert result.exit_code == 0, result.output
    assert out.is_file()


@pytest.mark.parametrize("kind", ["network", "timeline"])
def test_kg_viz_png(seeds_file: Path, tmp_path: Path, kind: str) -> None:
    out = tmp_path / f"{kind}.png"
    _viz(seeds_file, out, "--kind", kind)
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 20_000


@pytest.mark.parametrize("kind", ["network", "timeline"])
def test_kg_viz_svg_keeps_text(seeds_file: Path, tmp_path: Path, kind: str) -> None:
    out = tmp_path / f"{kind}.svg"
    _viz(seeds_file, out, "--kind", kind)
    root = ET.parse(out).getroot()
    assert root.tag.endswith("svg")
    texts = " ".join("".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text"))
    assert "Li Shangfu" in texts
    assert ("Vladimir Putin" if kind == "network" else "Kremlin") in texts


def test_kg_viz_html_is_self_contained(seeds_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "network.html"
    _viz(seeds_file, out)
    page = out.read_text(encoding="utf-8")
    for label in ("Li Shangfu", "Vladimir Putin", "Sergei Shoigu", "Russia", "Kremlin"):
        assert label in page
    assert not re.search(r"<script[^>]*\bsrc\s*=", page, re.I)
    assert not re.search(r"""<link[^>]*href\s*=\s*["']?https?:""", page, re.I)
    assert "<svg" in page and "addEventListener(\"wheel\"" in page
    data = json.loads(re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S)[1])
    li = next(n for n in data["nodes"] if n["label"] == "Li Shangfu")
    assert li["country"] == "CN" and "seed-sw-000" in li["sources"]
    assert data["articles"]["seed-sw-000"]["lang"] == "sw"


def test_kg_viz_timeline_html(seeds_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "timeline.html"
    _viz(seeds_file, out, "--kind", "timeline")
    page = out.read_text(encoding="utf-8")
    assert "<svg" in page and "Li Shangfu" in page and "<script" not in page


@pytest.mark.parametrize(("name", "args"), [("out.pdf", []), ("out.png", ["--kind", "pie"])])
def test_kg_viz_rejects_unknown_formats_and_kinds(seeds_file: Path, tmp_path: Path, name: str,
                                                  args: list[str]) -> None:
    result = runner.invoke(app, ["viz", str(seeds_file), "-o", str(tmp_path / name), *args])
    assert result.exit_code == 2
    assert "E201" in result.output
    assert not (tmp_path / name).exists()


def _arabic_graph() -> Dataset:
    """A meeting of two people known only by Arabic names, and a label that tries to close the script tag."""
    ds = Dataset(default_union=True)
    art = ID["article/ar-1"]
    g = ds.graph(art)
    g.add((art, RDF.type, KGO.Article))
    g.add((art, SCHEMA.identifier, Literal("ar-1")))
    g.add((art, SCHEMA.inLanguage, Literal("ar")))
    ev = ID["event/1"]
    g.add((ev, RDF.type, KGO.Meeting))
    g.add((ev, SCHEMA.startDate, Literal("2023-05-10", datatype=XSD.date)))
    g.add((ev, PROV.wasDerivedFrom, art))
    for key, label in (("a", "عبد الكريم فرحات"), ("b", "محمد بن سلمان"), ("c", "</script><script>alert(1)</script>")):
        person = ID[f"person/{key}"]
        g.add((person, RDF.type, KGO.Official))
        g.add((person, SKOS.prefLabel, Literal(label, lang="en")))
        g.add((person, KGO.mentionedIn, art))
        g.add((ev, KGO.participant, person))
    return ds


def test_arabic_labels_draw_without_missing_glyphs(tmp_path: Path) -> None:
    import logging

    from kg.viz import draw_network, draw_timeline

    G = to_networkx(_arabic_graph())
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    logging.getLogger("matplotlib").addHandler(handler)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # a missing glyph is a warning
            draw_network(G, tmp_path / "n.png")
            draw_timeline(G, tmp_path / "t.png")
            draw_network(G, tmp_path / "n.svg")
    finally:
        logging.getLogger("matplotlib").removeHandler(handler)
    assert not [r for r in records if "missing" in r.getMessage().lower()]
    # SVG keeps the text in logical order for the viewer to shape
    texts = ["".join(t.itertext()) for t in ET.parse(tmp_path / "n.svg").getroot().iter("{http://www.w3.org/2000/svg}text")]
    assert "عبد الكريم فرحات" in texts


def test_html_escapes_labels_that_close_the_script(tmp_path: Path) -> None:
    from kg.viz import write_html

    page = write_html(_arabic_graph(), tmp_path / "x.html").read_text(encoding="utf-8")
    assert page.count("</script>") == 2  # the data block and the code, nothing from the data
    assert "عبد الكريم فرحات" in page


def test_missing_viz_extra_names_the_pip_extra(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from kg.viz import draw_network

    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib now raises ImportError
    with pytest.raises(MissingExtraError, match=re.escape('pip install -e ".[viz]"')):
        draw_network(_arabic_graph(), tmp_path / "n.png")


def test_render_rejects_other_suffixes(tmp_path: Path) -> None:
    from kg.viz import render

    with pytest.raises(ConfigError):
        render(_arabic_graph(), tmp_path / "n.jpg")


def test_a_line_of_names_reads_left_to_right_in_list_order() -> None:
    """Two Arabic names then a Latin one: the line must not turn right to left because its first name is."""
    import unicodedata

    from kg.viz import _join, _lays_out_complex_text

    line = _join(["عبد الكريم فرحات", "محمد بن سلمان", "Li Shangfu"])
    strong = [unicodedata.bidirectional(c) for c in line if unicodedata.bidirectional(c) in ("L", "R", "AL")]
    if _lays_out_complex_text():  # matplotlib lays out logical text: the paragraph takes its first strong char
        assert strong[0] == "L"
        assert line.index("عبد") < line.index("محمد") < line.index("Li Shangfu")
    else:  # names are given already in visual order; the line is drawn as written
        assert line.index("Li Shangfu") > 0
