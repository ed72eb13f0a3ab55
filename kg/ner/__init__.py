"""Statistical NER that adds to the gazetteer: Stanza models (downloaded or trained by ``kg train-ner``).

Install with ``pip install torch==2.13.0 -e ".[stanza]"`` then ``pip install --no-deps spacy-stanza==1.0.4``;
nothing here imports stanza, spacy_stanza or torch until a model is used.

Merge policy (``kg.entities``): the statistical entities are written to ``doc.spans['kg_stat']`` and merged
after the gazetteer's. A statistical entity that overlaps, even by one token, a gazetteer entity or country, a
described institution ("the Russian defence ministry"), a title, or the name the title patterns take after a
title is dropped: those win. The others are added: PER as a ``kgo:Person`` (matched to a gazetteer person by
the sound of the full name where one fits, and made an official by a title like any other name), ORG as a
``kgo:Organization``, LOC and GPE as the gazetteer's ``kgo:Country`` or ``kgo:Place`` of that name, else a new
``kgo:Place``. Other labels (MISC, DATE, NORP, ...) are ignored.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..errors import ConfigError
from .conll import KG_LABELS, kg_label, read_conll
from .stanza_backend import (
    ENV_DIR,
    STANZA_NER_LANGUAGES,
    NerModel,
    add_statistical_ner,
    default_stanza_dir,
    installed_models,
    ner_model_for,
    ner_model_languages,
)

__all__ = [
    "ENV_DIR",
    "KG_LABELS",
    "STANZA_NER_LANGUAGES",
    "NerModel",
    "add_statistical_ner",
    "default_stanza_dir",
    "installed_models",
    "kg_label",
    "ner_model_for",
    "ner_model_languages",
    "parse_ner_options",
    "read_conll",
]

_BACKENDS = ("stanza", "gazetteer", "none")


def parse_ner_options(ner: Iterable[str] = (), models: Iterable[str | Path] = ()) -> dict[str, str]:
    """``--ner`` values (``BACKEND`` or ``LANG=BACKEND``) and ``--ner-model`` directories as ``PipelineConfig.ner``.

    A backend is ``stanza``, ``gazetteer`` (none) or a model directory; a ``--ner-model`` directory serves
    every language it has a NER model for.
    """
    from ..lang import supported_languages

    out: dict[str, str] = {}
    for item in ner:
        lang, sep, spec = item.partition("=")
        if not sep:
            lang, spec = "*", item
        if lang != "*" and lang not in supported_languages():
            raise ConfigError(f"--ner {item}: unknown language '{lang}' ({', '.join(supported_languages())})")
        if spec not in _BACKENDS and not Path(spec).expanduser().is_dir():
            raise ConfigError(f"--ner {item}: give stanza, gazetteer or a model directory made by kg train-ner")
        out[lang] = spec
    for model in models:
        langs = ner_model_languages(model)
        if not langs:
            raise ConfigError(f"--ner-model {model}: no NER model there (a directory made by kg train-ner "
                              f"or kg models download)")
        out.update({lang: str(model) for lang in langs})
    return out
