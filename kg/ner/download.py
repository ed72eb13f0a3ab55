"""``kg models download``: Stanza's tokenizer and NER models, through ``stanza.download``."""

from __future__ import annotations

from pathlib import Path

from ..errors import ConfigError, StoreError
from .stanza_backend import STANZA_NER_LANGUAGES, InstalledModel, _require_stanza, installed_models

__all__ = ["download_models"]


def download_models(langs: list[str], directory: str | Path) -> list[InstalledModel]:
    """Download the tokenizer (and multi-word-token expander where the language has one) and NER of each language."""
    from ..lang import supported_languages

    if not langs:
        raise ConfigError(f"name the languages to download: {' '.join(STANZA_NER_LANGUAGES)}")
    for lang in langs:
        if lang not in STANZA_NER_LANGUAGES:
            known = "" if lang in supported_languages() else " and is not one of kg's languages"
            raise ConfigError(f"Stanza has no NER model for '{lang}'{known}; it has {', '.join(STANZA_NER_LANGUAGES)}"
                              f" (train one with: kg train-ner --lang {lang} TRAIN DEV -o MODEL)")
    _require_stanza()
    import stanza

    root = Path(directory).expanduser()
    root.mkdir(parents=True, exist_ok=True)
    for lang in langs:
        try:
            stanza.download(lang, model_dir=str(root), processors="tokenize,ner", logging_level="WARN")
        except Exception as e:  # network and file errors come in many types
            raise StoreError(f"cannot download Stanza models for {lang} into {root}: {type(e).__name__}: {e}") from None
    return [m for m in installed_models(root) if m.lang in langs]
