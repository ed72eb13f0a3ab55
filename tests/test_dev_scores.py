"""Regression floors for extraction quality, scored by ../shared/eval/score.py (see README).

Five sets: the development set in ../shared/eval/dev (real articles) and eval/written, eval/written2, eval/written3
and eval/written4 (articles the team wrote, with gold annotated without looking at kg's output). The floors sit a
little under the figures measured when they were last raised; raise them when quality rises, never lower them to
make a change pass.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

from kg import build_graph, write_dataset

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"


class EvalSet(NamedTuple):
    articles: Path
    gold: Path
    entities: Path
    floors: dict[str, float]
    language_floors: dict[str, tuple[float, float]]  # language: (entity F1, event F1)


SETS = {
    "dev": EvalSet(
        EVAL / "dev" / "articles.jsonl", EVAL / "dev" / "gold", EVAL / "entities.json",
        {"entity_f1": 0.96, "entity_type_acc": 0.97, "post_f1": 0.95, "event_f1": 0.98, "event_location_acc": 0.92,
         "event_date_acc": 0.97, "event_status_acc": 0.97, "entity_merge": 0.95, "event_merge": 0.95},
        {"ar": (0.97, 0.95), "en": (0.97, 0.95), "fr": (0.97, 0.88), "ru": (0.92, 0.95), "sw": (0.95, 0.95),
         "zh": (0.97, 0.95)},
    ),
    # (the scorer breaks ties between equally good matches in set order: event_merge moves between runs here)
    "written": EvalSet(
        ROOT / "eval" / "written" / "articles.jsonl", ROOT / "eval" / "written" / "gold",
        ROOT / "eval" / "written" / "entities.json",
        {"entity_f1": 0.96, "entity_type_acc": 0.97, "post_f1": 0.97, "event_f1": 0.89, "event_location_acc": 0.94,
         "event_date_acc": 0.91, "event_status_acc": 0.97, "entity_merge": 0.96, "event_merge": 0.70},
        {"ar": (0.96, 0.89), "en": (0.95, 0.88), "fr": (0.97, 0.86), "ru": (0.96, 0.86), "sw": (0.96, 0.89),
         "zh": (0.94, 0.92)},
    ),
    "written2": EvalSet(
        ROOT / "eval" / "written2" / "articles.jsonl", ROOT / "eval" / "written2" / "gold",
        ROOT / "eval" / "written2" / "entities.json",
        {"entity_f1": 0.94, "entity_type_acc": 0.97, "post_f1": 0.94, "event_f1": 0.84, "event_location_acc": 0.87,
         "event_date_acc": 0.86, "event_status_acc": 0.93, "entity_merge": 0.95, "event_merge": 0.44},
        {"ar": (0.92, 0.90), "en": (0.92, 0.84), "fr": (0.94, 0.80), "ru": (0.93, 0.82), "sw": (0.93, 0.80),
         "zh": (0.92, 0.82)},
    ),
    # (written at the end of session 9 and kept unseen until session 10, which worked from its errors)
    "written3": EvalSet(
        ROOT / "eval" / "written3" / "articles.jsonl", ROOT / "eval" / "written3" / "gold",
        ROOT / "eval" / "written3" / "entities.json",
        {"entity_f1": 0.93, "entity_type_acc": 0.97, "post_f1": 0.85, "event_f1": 0.85, "event_location_acc": 0.90,
         "event_date_acc": 0.90, "event_status_acc": 0.95, "entity_merge": 0.95, "event_merge": 0.62},
        {"ar": (0.93, 0.84), "en": (0.90, 0.81), "fr": (0.92, 0.87), "ru": (0.94, 0.82), "sw": (0.92, 0.77),
         "zh": (0.95, 0.83)},
    ),
    # (written in session 10 by an annotator who never saw kg, and scored on its start and end without looking at
    # its errors: the honest estimate of quality on unseen articles; keep it so, and tune on the other sets)
    "written4": EvalSet(
        ROOT / "eval" / "written4" / "articles.jsonl", ROOT / "eval" / "written4" / "gold",
        ROOT / "eval" / "written4" / "entities.json",
        {"entity_f1": 0.92, "entity_type_acc": 0.97, "post_f1": 0.83, "event_f1": 0.81, "event_location_acc": 0.79,
         "event_date_acc": 0.79, "event_status_acc": 0.94, "entity_merge": 0.90, "event_merge": 0.25},
        {"ar": (0.93, 0.74), "en": (0.88, 0.75), "fr": (0.95, 0.85), "ru": (0.91, 0.86), "sw": (0.89, 0.77),
         "zh": (0.94, 0.82)},
    ),
}

pytestmark = pytest.mark.skipif(not (EVAL / "score.py").is_file(), reason=f"no scorer at {EVAL}")


@pytest.fixture(scope="module", params=sorted(SETS))
def scored(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[EvalSet, dict]:  # type: ignore[type-arg]
    s = SETS[request.param]
    out = tmp_path_factory.mktemp(request.param)
    result = build_graph([s.articles])
    assert result.skipped == []
    write_dataset(result.dataset, out / "graph.trig")
    subprocess.run(
        [sys.executable, str(EVAL / "score.py"), str(out / "graph.trig"), "--gold", str(s.gold),
         "--entities", str(s.entities), "--ontology", str(ROOT / "ontology" / "kg.ttl"),
         "--articles", str(s.articles), "--json", str(out / "report.json")],
        check=True, capture_output=True,
    )
    return s, json.loads((out / "report.json").read_text())


def test_overall_floors(scored: tuple[EvalSet, dict]) -> None:  # type: ignore[type-arg]
    s, report = scored
    below = {m: (report["summary"][m], floor) for m, floor in s.floors.items() if report["summary"][m] < floor}
    assert below == {}, below


def test_language_floors(scored: tuple[EvalSet, dict]) -> None:  # type: ignore[type-arg]
    s, report = scored
    below = {lang: (report["by_language"][lang]["entity_f1"], report["by_language"][lang]["event_f1"], floors)
             for lang, floors in s.language_floors.items()
             if report["by_language"][lang]["entity_f1"] < floors[0]
             or report["by_language"][lang]["event_f1"] < floors[1]}
    assert below == {}, below
