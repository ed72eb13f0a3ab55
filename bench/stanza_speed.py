"""Words per second of the stanza NER backend against the default pipeline, on the same articles in one run.

    python bench/stanza_speed.py                  # Stanza's downloaded models if any, else a tiny trained one
    python bench/stanza_speed.py --model DIR      # a model directory (kg train-ner or kg models download)
    python bench/stanza_speed.py --quick          # a tiny run that only checks the benchmark works

Articles: the seed articles and synthetic ones (bench/corpus.py), in the languages the model covers. Without
a downloaded model (``kg models download``) the figures are those of a tiny model trained here on synthetic
sentences (English and Swahili); a downloaded model is larger and slower. Both pipelines are built and warmed
up before the clock starts: start-up is not throughput.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate

ROOT = Path(__file__).resolve().parents[1]

_FIRST = ["Arkady", "Temir", "Baraka", "Zhora", "Olek", "Farid", "Neema", "Kwame", "Danil", "Rustam", "Imani"]
_LAST = ["Voronin", "Kasymov", "Mwakyusa", "Belov", "Ochieng", "Zaitsev", "Gromov", "Sadikov", "Mbwana", "Orlov"]
_PLACES = ["Vladivostok", "Zanzibar", "Tianjin", "Mombasa", "Sevastopol", "Arusha", "Qingdao", "Murmansk"]
_TEMPLATES = {"en": ["{P} arrived in {L} on Monday .", "Officials said {P} met {P} in {L} .",
                     "According to {P} , the talks in {L} went well ."],
              "sw": ["{P} aliwasili {L} Jumatatu .", "Maafisa walisema {P} alikutana na {P} mjini {L} .",
                     "Kwa mujibu wa {P} , mazungumzo mjini {L} yalikwenda vizuri ."]}


def _iob(lang: str, n: int, seed: int) -> str:
    rng = random.Random(seed)
    lines = []
    for i in range(n):
        for w in _TEMPLATES[lang][i % len(_TEMPLATES[lang])].split():
            if w == "{P}":
                lines += [f"{rng.choice(_FIRST)} B-PER", f"{rng.choice(_LAST)} I-PER"]
            else:
                lines.append(f"{rng.choice(_PLACES)} B-LOC" if w == "{L}" else f"{w} O")
        lines.append("")
    return "\n".join(lines) + "\n"


def tiny_model(tmp: Path) -> Path:
    """Train a tiny English and Swahili model on synthetic sentences."""
    from kg.ner.train import TrainOptions, train_ner

    out = tmp / "tiny-model"
    for lang in ("en", "sw"):
        (tmp / "train.iob").write_text(_iob(lang, 60, 1), encoding="utf-8")
        (tmp / "dev.iob").write_text(_iob(lang, 10, 2), encoding="utf-8")
        train_ner(lang, tmp / "train.iob", tmp / "dev.iob", out,
                  TrainOptions(max_steps=60, eval_interval=30, batch_size=16, word_dim=16, char_dim=16, hidden_dim=32))
    return out


def articles(langs: list[str], n: int) -> list[dict[str, str]]:
    """The seed articles and ``n`` synthetic ones in ``langs``."""
    out = []
    for txt in sorted((ROOT / "seeds").glob("*.txt")):
        meta = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        if meta.get("lang") in langs:
            out.append({"id": txt.stem, "lang": meta["lang"], "text": txt.read_text(encoding="utf-8")})
    synthetic = [r for r in generate(n * 6) if r["lang"] in langs][:n]
    return out + synthetic


def words(records: list[dict[str, str]]) -> int:
    return sum(len(r["text"]) if r["lang"] == "zh" else len(r["text"].split()) for r in records)


def run(records: list[dict[str, str]], config: object) -> float:
    """Seconds to extract every record with a warmed-up extractor."""
    from kg.models import Article
    from kg.pipeline import Extractor, PipelineConfig

    assert isinstance(config, PipelineConfig)
    ex = Extractor(config)
    docs = [Article(id=r["id"], text=r["text"], lang=r["lang"]) for r in records]
    for lang in sorted({d.lang for d in docs}):  # build and warm up each language's pipeline
        ex.extract(next(d for d in docs if d.lang == lang))
    t = time.perf_counter()
    for d in docs:
        ex.extract(d)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", type=Path, help="a Stanza model directory (default: downloaded models, else tiny)")
    ap.add_argument("--articles", type=int, default=200, help="synthetic articles besides the seeds")
    ap.add_argument("--threads", type=int, default=0, help="torch CPU threads (default: torch's own)")
    ap.add_argument("--quick", action="store_true", help="a few articles: checks the benchmark runs")
    a = ap.parse_args()

    import torch

    from kg.ner import default_stanza_dir, ner_model_languages
    from kg.pipeline import PipelineConfig

    if a.threads:
        torch.set_num_threads(a.threads)
    with tempfile.TemporaryDirectory() as tmp:
        model = a.model
        if model is None:
            model = default_stanza_dir() if ner_model_languages(default_stanza_dir()) else tiny_model(Path(tmp))
        trained = any(model.glob("*/ner/kg.pt"))  # what kg train-ner writes
        langs = ner_model_languages(model)
        records = articles(langs, 6 if a.quick else a.articles)
        n = words(records)
        base = run(records, PipelineConfig())
        stat = run(records, PipelineConfig(ner={lang: str(model) for lang in langs}))
    kind = "trained model (kg train-ner)" if trained else "downloaded Stanza models"
    print(f"languages: {' '.join(langs)}  articles: {len(records)}  words: {n}  "
          f"torch threads: {torch.get_num_threads()}")
    print(f"default pipeline: {n / base:,.0f} words/s")
    print(f"stanza backend ({kind}, {model}): {n / stat:,.0f} words/s")
    print(f"ratio stanza / default: {base / stat:.3f}")


if __name__ == "__main__":
    main()
