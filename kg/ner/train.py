"""``kg train-ner``: train a Stanza NER model from CoNLL/IOB files into a Stanza-style model directory.

Training is Stanza's own NER trainer (``stanza.models.ner_tagger``: a BiLSTM-CRF over word and character
embeddings), run in-process with ``--no_pretrain`` (no pretrained word vectors) and no character language
model, so that it needs nothing from the network. The result is ``OUT/resources.json`` plus
``OUT/<lang>/ner/kg.pt`` (and ``kg.json``, what it was trained from), which ``kg build --ner-model OUT`` loads
through spacy-stanza exactly like a downloaded model. kg trains no Stanza tokenizer: such a model is given kg's
own tokens and sentences (see :mod:`kg.ner.stanza_backend`). Training on the same files with the same options
and seed gives the same model (CPU, one thread by default).
"""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..errors import ConfigError
from .conll import Sentence, read_conll, write_stanza_json
from .stanza_backend import STANZA_NER_LANGUAGES, _require_stanza, load_stanza_pipeline, write_resources

__all__ = ["PACKAGE", "TrainOptions", "TrainResult", "score_spans", "train_ner"]

PACKAGE = "kg"  # the Stanza package name of trained models: OUT/<lang>/ner/kg.pt


@dataclass
class TrainOptions:
    """Hyper-parameters handed to Stanza's NER trainer (small defaults: kg's corpora are small)."""

    max_steps: int = 3000
    eval_interval: int = 100
    batch_size: int = 32
    word_dim: int = 64
    char_dim: int = 32
    hidden_dim: int = 128
    learning_rate: float = 0.01
    dropout: float = 0.3
    seed: int = 1234
    threads: int = 1


@dataclass
class TrainResult:
    lang: str
    directory: Path
    model_file: Path
    train_sentences: int
    dev_sentences: int
    labels: list[str]
    seconds: float
    dev_precision: float
    dev_recall: float
    dev_f1: float
    options: TrainOptions = field(default_factory=TrainOptions)


def _spans(sentences: list[Sentence]) -> set[tuple[int, int, str]]:
    """Gold entity spans (start, end, label) over the tokens of all sentences, numbered across sentences."""
    out = set()
    offset = 0
    for s in sentences:
        start = None
        for i, tag in enumerate([*s.tags, "O"]):
            if start is not None and not tag.startswith("I-"):
                out.add((offset + start, offset + i, s.tags[start][2:]))
                start = None
            if tag.startswith("B-"):
                start = i
        offset += len(s.tokens)
    return out


def score_spans(gold: set[tuple[int, int, str]], pred: set[tuple[int, int, str]]) -> tuple[float, float, float]:
    """Exact-match entity precision, recall and F1."""
    hit = len(gold & pred)
    p = hit / len(pred) if pred else 0.0
    r = hit / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _predict(lang: str, directory: Path, sentences: list[Sentence]) -> set[tuple[int, int, str]]:
    """Entity spans the model in ``directory`` finds in ``sentences``, loaded as ``kg build`` loads it."""
    nlp = load_stanza_pipeline(lang, str(directory), True)
    text = "\n".join(" ".join("".join("_" if c.isspace() else c for c in t) for t in s.tokens) for s in sentences)
    doc = nlp(text)
    position = {t.i: k for k, t in enumerate(t for t in doc if not t.is_space)}
    return {(position[e.start], position[e.end - 1] + 1, e.label_) for e in doc.ents}


def train_ner(lang: str, train: str | Path, dev: str | Path, output: str | Path,
              options: TrainOptions | None = None) -> TrainResult:
    """Train a NER model for ``lang`` on CoNLL/IOB ``train`` (model selection on ``dev``) into ``output``."""
    from ..lang import load_language, supported_languages

    if lang not in supported_languages():
        raise ConfigError(f"unknown language '{lang}'; kg's languages are {', '.join(supported_languages())}")
    opts = options or TrainOptions()
    if opts.max_steps < 1 or opts.eval_interval < 1 or opts.batch_size < 1 or opts.threads < 1:
        raise ConfigError("--max-steps, --eval-interval, --batch-size and --threads must be positive")
    train_sents, dev_sents = read_conll(train), read_conll(dev)
    _require_stanza()
    import stanza
    import torch

    stanza_log = logging.getLogger("stanza")
    old_level, old_threads = stanza_log.level, torch.get_num_threads()
    from stanza.models import ner_tagger  # sets Stanza's logger to DEBUG: restored below

    out = Path(output).expanduser()
    target = out / STANZA_NER_LANGUAGES.get(lang, lang) / "ner"
    target.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kg-train-ner-") as tmp:
        work = Path(tmp)
        write_stanza_json(train_sents, work / "train.json")
        write_stanza_json(dev_sents, work / "dev.json")
        args = ["--mode", "train", "--train_file", str(work / "train.json"), "--eval_file", str(work / "dev.json"),
                "--shorthand", f"{lang}_{PACKAGE}", "--no_pretrain", "--word_emb_dim", str(opts.word_dim),
                "--char_emb_dim", str(opts.char_dim), "--char_hidden_dim", str(opts.char_dim),
                "--hidden_dim", str(opts.hidden_dim), "--max_steps", str(opts.max_steps),
                "--eval_interval", str(opts.eval_interval), "--batch_size", str(opts.batch_size),
                "--optim", "adam", "--lr", str(opts.learning_rate), "--dropout", str(opts.dropout),
                "--word_dropout", "0.01", "--seed", str(opts.seed), "--save_dir", str(work),
                "--save_name", f"{PACKAGE}.pt", "--log_step", str(max(opts.max_steps, 1))]
        try:
            stanza_log.setLevel(logging.WARNING)
            torch.set_num_threads(opts.threads)  # tiny LSTMs: one thread is much faster than two contending
            ner_tagger.main(args)
        except (ValueError, RuntimeError, KeyError, AssertionError) as e:
            raise ConfigError(f"Stanza's NER trainer failed: {type(e).__name__}: {e}") from None
        finally:
            stanza_log.setLevel(old_level)
            torch.set_num_threads(old_threads)
        shutil.copyfile(work / f"{PACKAGE}.pt", target / f"{PACKAGE}.pt")
    seconds = time.perf_counter() - started
    write_resources(out, lang, PACKAGE, load_language(lang).name)
    p, r, f1 = score_spans(_spans(dev_sents), _predict(lang, out, dev_sents))
    labels = sorted({t[2:] for s in train_sents for t in s.tags if t != "O"})
    result = TrainResult(lang=lang, directory=out, model_file=target / f"{PACKAGE}.pt",
                         train_sentences=len(train_sents), dev_sentences=len(dev_sents), labels=labels,
                         seconds=seconds, dev_precision=p, dev_recall=r, dev_f1=f1, options=opts)
    meta = {"lang": lang, "train": str(train), "dev": str(dev), "labels": labels, "stanza": stanza.__version__,
            "torch": torch.__version__, "train_sentences": len(train_sents), "dev_sentences": len(dev_sents),
            "dev_precision": p, "dev_recall": r, "dev_f1": f1, "options": asdict(opts)}
    (target / f"{PACKAGE}.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False), encoding="utf-8")
    return result
