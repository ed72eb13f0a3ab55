"""``kg models download|list`` and ``kg train-ner``: statistical NER models for ``kg build --ner``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, NoReturn

import typer

from .errors import KgError

__all__ = ["models_app", "register", "train_ner"]

models_app = typer.Typer(help="Stanza NER models for kg build --ner stanza (needs the stanza extra).",
                         no_args_is_help=True, add_completion=False)

_DIR_HELP = "Stanza models directory (default: $KG_STANZA_DIR, else ~/stanza_resources)"


def _fail(e: KgError) -> NoReturn:
    typer.echo(f"error: {e}", err=True)
    raise typer.Exit(2)


def _directory(directory: Path | None) -> Path:
    from .ner import default_stanza_dir

    return directory.expanduser() if directory else default_stanza_dir()


def _describe(processors: dict[str, tuple[str, ...]]) -> str:
    return "; ".join(f"{proc}: {', '.join(packages)}" for proc, packages in sorted(processors.items()))


@models_app.command("download")
def download(
    langs: Annotated[list[str], typer.Argument(help="languages: ar en fr ru zh (Stanza has no Swahili)")],
    directory: Annotated[Path | None, typer.Option("--dir", help=_DIR_HELP)] = None,
) -> None:
    """Download Stanza's tokenizer and NER models of LANG... (one-time; needs the network)."""
    from .ner.download import download_models

    root = _directory(directory)
    try:
        got = download_models(langs, root)
    except KgError as e:
        _fail(e)
    for m in got:
        typer.echo(f"{m.lang}  {_describe(m.processors)}  ({m.directory})")


@models_app.command("list")
def list_models(directory: Annotated[Path | None, typer.Option("--dir", help=_DIR_HELP)] = None) -> None:
    """List the Stanza models in the models directory, and which of kg's languages Stanza covers."""
    from .lang import supported_languages
    from .ner import STANZA_NER_LANGUAGES, installed_models

    root = _directory(directory)
    models = installed_models(root)
    if models:
        typer.echo(f"Stanza models in {root}:")
        for m in models:
            typer.echo(f"  {m.lang:<4} {_describe(m.processors)}")
    else:
        typer.echo(f"no Stanza models in {root}; download some with: kg models download LANG... --dir {root}")
    uncovered = [lang for lang in supported_languages() if lang not in STANZA_NER_LANGUAGES]
    typer.echo(f"Stanza NER covers {', '.join(STANZA_NER_LANGUAGES)} of kg's languages"
               + (f" (not {', '.join(uncovered)}: train a model with kg train-ner)" if uncovered else ""))


def train_ner(
    train: Annotated[Path, typer.Argument(help="training file: 'token tag' a line, blank line between sentences")],
    dev: Annotated[Path, typer.Argument(help="development file, same format (model selection)")],
    lang: Annotated[str, typer.Option("--lang", help="language of the text (kg code: sw ar en ru fr zh)")],
    output: Annotated[Path, typer.Option("-o", "--output", help="model directory (created; other languages kept)")],
    max_steps: Annotated[int, typer.Option(help="training steps (batches)")] = 3000,
    eval_interval: Annotated[int, typer.Option(help="score the dev set every this many steps; keep the best")] = 100,
    batch_size: Annotated[int, typer.Option(help="sentences a batch")] = 32,
    word_dim: Annotated[int, typer.Option(help="word embedding size")] = 64,
    char_dim: Annotated[int, typer.Option(help="character embedding and LSTM size")] = 32,
    hidden_dim: Annotated[int, typer.Option(help="tagger LSTM size")] = 128,
    seed: Annotated[int, typer.Option(help="random seed")] = 1234,
    threads: Annotated[int, typer.Option(help="CPU threads for torch")] = 1,
) -> None:
    """Train a Stanza NER model from CoNLL/IOB files (MasakhaNER, ANERcorp style) for kg build --ner-model."""
    from .ner.train import TrainOptions
    from .ner.train import train_ner as run

    opts = TrainOptions(max_steps=max_steps, eval_interval=eval_interval, batch_size=batch_size, word_dim=word_dim,
                        char_dim=char_dim, hidden_dim=hidden_dim, seed=seed, threads=threads)
    try:
        r = run(lang, train, dev, output, opts)
    except KgError as e:
        _fail(e)
    typer.echo(f"{r.lang} NER ({', '.join(r.labels)}) trained on {r.train_sentences} sentences in {r.seconds:.1f} s; "
               f"dev P {r.dev_precision:.2f} R {r.dev_recall:.2f} F1 {r.dev_f1:.2f} on {r.dev_sentences} sentences "
               f"→ {r.model_file}")
    typer.echo(f"use it with: kg build ARTICLES -o GRAPH --ner-model {r.directory}")


def register(app: typer.Typer) -> None:
    """Add ``models`` and ``train-ner`` to the ``kg`` command."""
    app.add_typer(models_app, name="models")
    app.command("train-ner")(train_ner)
