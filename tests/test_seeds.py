"""The facts the two seed articles must yield, asserted through the shipped competency queries."""

from __future__ import annotations

import pytest
from rdflib import Dataset

from kg import validate_dataset
from kg.build import BuildResult

from .conftest import cq, names

AR, SW = "seed-ar-003", "seed-sw-000"


def _posts(ds: Dataset) -> set[tuple[str, str, str | None]]:
    return {(r["name"], r["role"], r["countryCode"]) for r in cq(ds, "officials")}  # type: ignore[misc]


@pytest.mark.parametrize(
    "person, role, country",
    [
        ("Vladimir Putin", "HeadOfState", "RU"),
        ("Li Shangfu", "DefenceMinister", "CN"),
        ("Sergei Shoigu", "DefenceMinister", "RU"),
        ("Xi Jinping", "HeadOfState", "CN"),
        ("Nikolai Yevmenov", "NavyCommander", "RU"),
    ],
    ids=["putin-head-of-state", "li-defence-minister", "shoigu-defence-minister", "xi-head-of-state",
         "evmenov-navy-commander"],
)
def test_posts(seeds_graph: Dataset, person: str, role: str, country: str) -> None:
    assert (person, role, country) in _posts(seeds_graph)


def _mentioned(ds: Dataset, article: str) -> dict[str, str]:
    return {r["name"]: r["type"] for r in cq(ds, "mentions", article=article)}  # type: ignore[misc]


@pytest.mark.parametrize(
    "article, name, etype",
    [
        (AR, "Vladimir Putin", "Official"), (AR, "Li Shangfu", "Official"), (AR, "Sergei Shoigu", "Official"),
        (AR, "Xi Jinping", "Official"), (AR, "Ministry of Defence of the Russian Federation", "Ministry"),
        (AR, "Ministry of National Defense of China", "Ministry"), (AR, "TASS", "Organization"),
        (AR, "Kremlin", "Place"), (AR, "Moscow", "Place"), (AR, "Russia", "Country"), (AR, "China", "Country"),
        (SW, "Li Shangfu", "Official"), (SW, "Nikolai Yevmenov", "Official"), (SW, "Sergei Shoigu", "Official"),
        (SW, "Russian Navy", "ArmedForce"), (SW, "Ministry of National Defense of China", "Ministry"),
        (SW, "China", "Country"), (SW, "Russia", "Country"), (SW, "Ukraine", "Country"),
        (SW, "United States", "Country"), (SW, "NATO", "Organization"), (SW, "Beijing", "Place"),
        (SW, "Moscow", "Place"),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_entities(seeds_graph: Dataset, article: str, name: str, etype: str) -> None:
    assert _mentioned(seeds_graph, article).get(name) == etype


def _events(ds: Dataset, query: str) -> list[dict[str, str | None]]:
    return cq(ds, query)


def test_putin_meets_li_at_the_kremlin(seeds_graph: Dataset) -> None:
    rows = [r for r in _events(seeds_graph, "meetings")
            if {"Vladimir Putin", "Li Shangfu"} <= names(r["participants"]) and AR in names(r["sources"])]
    assert len(rows) == 1
    (row,) = rows
    assert row["date"] == "2023-04-16"
    assert names(row["place"]) & {"Kremlin", "Moscow"}
    assert "Sergei Shoigu" in names(row["participants"])
    assert names(row["status"]) == {"occurred"}


def test_li_meets_evmenov_in_beijing(seeds_graph: Dataset) -> None:
    rows = [r for r in _events(seeds_graph, "meetings")
            if {"Li Shangfu", "Nikolai Yevmenov"} <= names(r["participants"])]
    assert len(rows) == 1
    assert rows[0]["date"] == "2023-07-03"
    assert names(rows[0]["place"]) == {"Beijing"}
    assert SW in names(rows[0]["sources"])


def test_li_visits_russia_16_to_18_april(seeds_graph: Dataset) -> None:
    rows = [r for r in _events(seeds_graph, "visits")
            if names(r["participants"]) == {"Li Shangfu"} and AR in names(r["sources"])
            and (r["date"] or "").startswith("2023-04")]
    assert rows, "no April visit of Li Shangfu from the Arabic seed"
    assert any(r["date"] == "2023-04-16" and r["endDate"] == "2023-04-18" and names(r["place"]) & {"Russia", "Moscow"}
               for r in rows)


def test_li_first_visit_to_russia_in_april_from_swahili(seeds_graph: Dataset) -> None:
    rows = [r for r in _events(seeds_graph, "visits")
            if names(r["participants"]) == {"Li Shangfu"} and SW in names(r["sources"])]
    assert any((r["date"] or "").startswith("2023-04") and names(r["place"]) & {"Russia", "Moscow"} for r in rows)


def test_xi_visits_moscow_in_march(seeds_graph: Dataset) -> None:
    rows = [r for r in _events(seeds_graph, "visits") if names(r["participants"]) == {"Xi Jinping"}]
    assert any((r["date"] or "").startswith("2023-03") and names(r["place"]) & {"Moscow", "Russia"} for r in rows)
    assert any(r["date"] == "2023-03-20" and r["endDate"] == "2023-03-22" for r in rows)


def test_planned_joint_naval_exercises(seeds_graph: Dataset) -> None:
    rows = [r for r in _events(seeds_graph, "exercises") if SW in names(r["sources"])]
    assert any(names(r["status"]) == {"planned"} and {"China", "Russia"} <= names(r["participants"]) for r in rows)


def test_every_event_has_evidence_and_source(seeds_graph: Dataset) -> None:
    rows = cq(seeds_graph, "sources")
    events = [r for r in rows if r["type"] in {"Meeting", "Visit", "MilitaryExercise"}]
    assert events
    assert all(r["sentence"] and r["articleId"] in {AR, SW} for r in events)


@pytest.mark.parametrize(
    "forms",
    [
        ("Li Shangfu", "لي شانج فو"),
        ("Sergey Shoigu", "سيرجي شويجو"),
        ("Uchina", "الصين", "الصينية", "China"),
        ("Urusi", "روسيا", "Russia"),
    ],
    ids=["li-shangfu", "shoigu", "china", "russia"],
)
def test_one_node_across_languages(seeds_graph: Dataset, forms: tuple[str, ...]) -> None:
    nodes = set()
    for form in forms:
        nodes |= {r["entity"] for r in cq(seeds_graph, "mentions", name=form)}
    assert len(nodes) == 1, nodes


@pytest.mark.parametrize("noise", ["mteulethebest", "Maoni"])
def test_site_noise_yields_nothing(seeds_graph: Dataset, noise: str) -> None:
    assert cq(seeds_graph, "mentions", name=noise) == []


def test_every_entity_the_graph_refers_to_is_described(seeds_graph: Dataset) -> None:
    """A post's ministry or a ministry's country that no sentence names still gets a type and a label."""
    rows = seeds_graph.query("""
        PREFIX kgo: <https://w3id.org/kg/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
        PREFIX schema: <https://schema.org/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?ref (COUNT(?ref) AS ?n) WHERE {
          ?x org:postIn|kgo:country|kgo:participant|kgo:host|kgo:visitor|kgo:speaker|schema:location ?ref .
          FILTER NOT EXISTS { ?ref a ?type ; skos:prefLabel ?label }
        } GROUP BY ?ref""")
    assert list(rows) == []
    refs = seeds_graph.query("PREFIX org: <http://www.w3.org/ns/org#> SELECT ?o WHERE { ?p org:postIn ?o }")
    assert len(refs) > 3


def test_seed_graph_conforms_to_the_shapes(seeds_build: BuildResult) -> None:
    report = validate_dataset(seeds_build.dataset)
    assert report.conforms, report.text
