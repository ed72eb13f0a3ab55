"""Throughput of the default pipeline (read JSONL, extract, write TriG) against spaCy's bare tokenizer.

    python bench/throughput.py            # 5,000 articles
    python bench/throughput.py --quick    # a tiny run that only checks the benchmark works

Both are measured in the same run on the same texts; the figure to read is the ratio.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate


def tokenizer_baseline(records: list[dict[str, str]]) -> float:
    import spacy

    from kg.lang import load_language

    by_lang: dict[str, list[str]] = defaultdict(list)
    for r in records:
        by_lang[r["lang"]].append(r["text"])
    nlps = {lang: spacy.blank(load_language(lang).spacy) for lang in by_lang}
    for lang, nlp in nlps.items():  # warm-up outside the clock, as the pipeline's own build is below
        list(nlp.pipe(by_lang[lang][:5]))
    t = time.perf_counter()
    for lang, texts in by_lang.items():
        for _ in nlps[lang].pipe(texts, batch_size=256):
            pass
    return time.perf_counter() - t


def warm_extractor() -> Any:
    from kg.lang import supported_languages
    from kg.pipeline import Extractor

    warm = Extractor()
    for lang in supported_languages():  # build the pipelines once: start-up is not throughput
        warm.nlp(lang)
    return warm


def strings(extractor: Any) -> int:
    """Strings held by the spaCy vocabularies of the built pipelines."""
    from kg.lang import supported_languages

    return sum(len(extractor.nlp(lang).vocab.strings) for lang in supported_languages())


def pipeline_run(path: Path, out: Path, extractor: Any) -> float:
    """Seconds that ``kg build`` takes for ``path`` once its pipelines are built."""
    from kg.build import build_file

    t = time.perf_counter()
    build_file([path], out, extractor=extractor)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--quick", action="store_true", help="tiny corpus: checks the benchmark runs")
    ap.add_argument("--profile", action="store_true", help="then profile a second run: the top stages by time")
    a = ap.parse_args()
    n = 60 if a.quick else a.articles
    records = generate(n)
    words = sum(len(r["text"].split()) if r["lang"] != "zh" else len(r["text"]) for r in records)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        base = tokenizer_baseline(records)
        extractor = warm_extractor()
        before = strings(extractor)
        took = pipeline_run(path, Path(tmp) / "out.trig", extractor)
        after = strings(extractor)
        print(f"articles: {n}  words: {words}")
        print(f"spaCy blank tokenizer: {words / base:,.0f} words/s")
        print(f"kg pipeline (read, extract, write TriG): {words / took:,.0f} words/s, {n / took:,.1f} articles/s")
        print(f"ratio pipeline / tokenizer: {base / took:.3f}")
        print(f"spaCy string stores: {before:,} strings before the run, {after:,} after it (a language's pipeline "
              f"is built afresh past {extractor.max_new_strings:,} new strings)")
        if a.profile:  # a run of its own: the profiler's overhead must not touch the figures above
            prof = cProfile.Profile()
            prof.enable()
            pipeline_run(path, Path(tmp) / "out.trig", extractor)
            prof.disable()
            buf = io.StringIO()
            pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(30)
            print(buf.getvalue())


if __name__ == "__main__":
    main()
