"""The streaming build (`kg build -o`): cross-article resolution and the summary, read back from the file."""

from __future__ import annotations

import json
from pathlib import Path

from kg import build_file, read_dataset, run_query
from kg.build import build_graph
from tests.conftest import cq, names

LI = "Chinese Defence Minister Li Shangfu"
ARTICLES = [
    {"id": "a1", "lang": "en", "published": "2023-04-16",
     "text": f"{LI} met Russian Defence Minister Sergei Shoigu in Moscow on Sunday."},
    {"id": "a2", "lang": "en",  # no publication date: the report is undated
     "text": f"{LI} met Russian Defence Minister Sergei Shoigu in Moscow."},
    {"id": "a3", "lang": "en", "published": "2023-05-20",
     "text": f"{LI} met Russian President Vladimir Putin in Moscow on Friday."},
    {"id": "a4", "lang": "en", "published": "2023-06-03",
     "text": f"{LI} met Russian Navy commander Nikolai Yevmenov in Beijing on Saturday."},
    {"id": "a5", "lang": "en", "published": "2023-06-10",
     "text": f"{LI} met Russian President Vladimir Putin in Moscow on Saturday."},
]


def _build(tmp_path: Path, articles: list[dict[str, str]]) -> tuple[Path, dict[str, int]]:
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    out = tmp_path / "out.trig"
    result = build_file([corpus], out)
    return out, dict(result.summary()["events"])


def test_an_undated_report_joins_the_dated_meeting_of_a_much_reported_official(tmp_path: Path) -> None:
    out, _ = _build(tmp_path, ARTICLES)
    ds = read_dataset(out)
    with_shoigu = cq(ds, "meetings", person="Sergei Shoigu")
    assert len(with_shoigu) == 1
    assert names(with_shoigu[0]["sources"]) == {"a1", "a2"}
    with_putin = cq(ds, "meetings", person="Vladimir Putin")
    assert sorted(names(r["sources"]) for r in with_putin) == [{"a3"}, {"a5"}]  # two dates, two meetings


def test_the_summary_counts_the_events_the_file_holds(tmp_path: Path) -> None:
    out, counts = _build(tmp_path, ARTICLES)
    rows = run_query(read_dataset(out), """
        PREFIX kgo: <https://w3id.org/kg/ontology#>
        SELECT ?class (COUNT(DISTINCT ?e) AS ?n) WHERE {
          VALUES ?class { kgo:Meeting kgo:Visit kgo:MilitaryExercise kgo:Statement } ?e a ?class }
        GROUP BY ?class""").records()
    in_file = {str(r["class"]).rsplit("#", 1)[1]: int(str(r["n"])) for r in rows}
    assert {k: v for k, v in counts.items() if v} == in_file
    assert in_file["Meeting"] == 4


def test_a_bug_met_on_one_article_skips_it_and_keeps_the_others(tmp_path: Path) -> None:
    """An unexpected error while extracting one article is reported with code E107 and the record's id."""
    from kg.models import Article
    from kg.pipeline import Extractor

    class Failing(Extractor):
        def extract(self, article: Article):  # type: ignore[no-untyped-def]
            if article.id == "bad":
                raise ValueError("boom")
            return super().extract(article)

    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"id": i, "lang": "en", "text": "Putin met Xi in Moscow."}) + "\n"
                            for i in ("a", "bad", "c")), encoding="utf-8")
    result = build_graph([path], extractor=Failing())
    assert [e.article.id for e in result.extractions] == ["a", "c"]
    assert [(s.code, "bad" in s.record, "ValueError: boom" in s.reason) for s in result.skipped] == [
        ("E107", True, True)]
