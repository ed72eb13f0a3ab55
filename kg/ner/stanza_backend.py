"""The ``stanza`` NER backend: Stanza's tokenizer and NER, run through spacy-stanza inside kg's spaCy pipeline.

A Stanza model directory is laid out like Stanza's own resources directory (``resources.json`` plus
``<lang>/<processor>/<package>.pt``), whether ``kg models download`` filled it or ``kg train-ner`` wrote it; both
are loaded by :func:`load_stanza_pipeline` the same way. A directory with a Stanza tokenizer for the language
tokenizes the raw text with it (multi-word tokens included); one without (every ``kg train-ner`` model: kg trains
no tokenizer) gets kg's own spaCy tokens and sentences, pretokenized, one sentence a line.

The component ``kg_stanza`` stores the entities it finds, with kg labels (PER, ORG, LOC, GPE), in
``doc.spans['kg_stat']``; ``kg_entities`` merges them with the gazetteer's (see
``kg.entities._Resolver.statistical_entities`` for the policy: gazetteer, institution and title-pattern
entities win on overlap, statistical ones add what they miss).
"""

from __future__ import annotations

import json
import os
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError, KgError, MissingExtraError
from .conll import kg_label

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "ENV_DIR",
    "STANZA_NER_LANGUAGES",
    "InstalledModel",
    "NerModel",
    "StanzaNer",
    "add_statistical_ner",
    "default_stanza_dir",
    "installed_models",
    "load_stanza_pipeline",
    "ner_model_for",
    "ner_model_languages",
]

ENV_DIR = "KG_STANZA_DIR"
SPACY_STANZA_PIN = "spacy-stanza==1.0.4"
# kg languages that Stanza publishes NER models for -> the name of Stanza's directory for them.
# Stanza has no Swahili models at all: Swahili NER needs a model trained with `kg train-ner`.
STANZA_NER_LANGUAGES: dict[str, str] = {"ar": "ar", "en": "en", "fr": "fr", "ru": "ru", "zh": "zh-hans"}
_TOKENIZER_VARIANTS = {"spacy", "jieba", "pythainlp", "sudachipy"}  # Stanza tokenizers that need no model file


class MissingSpacyStanzaError(MissingExtraError):
    """spacy-stanza is missing; it is installed apart from the extra because its metadata pins stanza<1.7."""

    def __init__(self) -> None:
        KgError.__init__(self, f"spacy-stanza is not installed; install it with: pip install --no-deps "
                               f"{SPACY_STANZA_PIN} (after pip install -e \".[stanza]\")")
        self.package = "spacy-stanza"
        self.extra = "stanza"


def default_stanza_dir() -> Path:
    """Where Stanza models live: ``$KG_STANZA_DIR``, else ``~/stanza_resources``."""
    env = os.environ.get(ENV_DIR)
    return Path(env).expanduser() if env else Path.home() / "stanza_resources"


def _require_stanza() -> None:
    import importlib.util

    if importlib.util.find_spec("stanza") is None:
        raise MissingExtraError("stanza", "stanza")
    if importlib.util.find_spec("spacy_stanza") is None:
        raise MissingSpacyStanzaError()


@dataclass(frozen=True)
class InstalledModel:
    """The Stanza models of one language in a model directory: processor -> package names."""

    lang: str
    directory: Path
    processors: dict[str, tuple[str, ...]]


def installed_models(directory: str | Path) -> list[InstalledModel]:
    """The languages with Stanza models in ``directory`` (downloaded or trained), by language."""
    root = Path(directory).expanduser()
    out = []
    for lang_dir in sorted(p for p in root.glob("*") if p.is_dir()) if root.is_dir() else []:
        procs = {p.name: tuple(sorted(f.stem for f in p.glob("*.pt")))
                 for p in sorted(lang_dir.iterdir()) if p.is_dir() and any(p.glob("*.pt"))}
        if procs:
            lang = next((k for k, v in STANZA_NER_LANGUAGES.items() if v == lang_dir.name), lang_dir.name)
            out.append(InstalledModel(lang, lang_dir, procs))
    return out


def ner_model_languages(directory: str | Path) -> list[str]:
    """The kg languages that ``directory`` has a Stanza NER model for."""
    root = Path(directory).expanduser()
    if not (root / "resources.json").is_file():
        return []
    return [m.lang for m in installed_models(root) if "ner" in m.processors]


@dataclass(frozen=True)
class NerModel:
    """The statistical NER model of one language: a Stanza model directory, and how text reaches it."""

    lang: str
    directory: str
    pretokenized: bool = False


def _stanza_lang_dir(directory: Path, lang: str) -> Path:
    return directory / STANZA_NER_LANGUAGES.get(lang, lang)


def _model_in(directory: Path, lang: str, fix: str) -> NerModel:
    if lang not in ner_model_languages(directory):
        have = ner_model_languages(directory)
        where = f"{directory} (it has: {', '.join(have)})" if have else str(directory)
        raise ConfigError(f"no Stanza NER model for {lang} in {where}; {fix}")
    return NerModel(lang, str(directory), pretokenized=not _has_tokenizer(directory, lang))


def _has_tokenizer(directory: Path, lang: str) -> bool:
    """Whether Stanza tokenizes ``lang`` from ``directory``: a tokenizer model, or one of Stanza's tokenizer
    variants (spaCy's, jieba, ...) as the default ``tokenize`` package in ``resources.json``."""
    if any((_stanza_lang_dir(directory, lang) / "tokenize").glob("*.pt")):
        return True
    resources = json.loads((directory / "resources.json").read_text(encoding="utf-8"))
    entry = resources.get(lang, {})
    entry = resources.get(entry.get("alias", ""), entry)
    return entry.get("packages", {}).get("default", {}).get("tokenize") in _TOKENIZER_VARIANTS


def ner_model_for(ner: Mapping[str, str], stanza_dir: str | None, lang: str) -> NerModel | None:
    """The statistical NER model that ``ner`` (language or ``*`` -> ``stanza`` | model directory) gives ``lang``.

    ``stanza`` means Stanza's published models in ``stanza_dir`` (default :func:`default_stanza_dir`); they cover
    :data:`STANZA_NER_LANGUAGES` only: naming another language explicitly is a ConfigError, while ``*`` leaves
    the others to the gazetteer. A directory is a model made by ``kg train-ner`` (or any Stanza resources
    directory) and must hold a NER model for ``lang`` when ``lang`` names it.
    """
    explicit = lang in ner
    spec = ner.get(lang, ner.get("*"))
    if spec is None or spec in ("", "none", "gazetteer"):
        return None
    if spec == "stanza":
        if lang not in STANZA_NER_LANGUAGES:
            if not explicit:
                return None
            covered = ", ".join(STANZA_NER_LANGUAGES)
            raise ConfigError(f"Stanza has no NER model for '{lang}' (it covers {covered} of kg's languages); "
                              f"train one with: kg train-ner --lang {lang} TRAIN DEV -o MODEL")
        _require_stanza()
        directory = Path(stanza_dir).expanduser() if stanza_dir else default_stanza_dir()
        return _model_in(directory, lang, f"run: kg models download {lang} --dir {directory}")
    directory = Path(spec).expanduser()
    if not explicit and lang not in ner_model_languages(directory):
        return None
    _require_stanza()
    return _model_in(directory, lang, f"train one with: kg train-ner --lang {lang} TRAIN DEV -o {directory}")


class _Recorder:
    """Keeps the last Stanza document spacy-stanza made, for entities it could not align to its tokens."""

    def __init__(self, snlp: Any) -> None:
        self.snlp = snlp
        self.last: Any = None

    def __call__(self, text: str) -> Any:
        self.last = self.snlp(text)
        return self.last

    def __getattr__(self, name: str) -> Any:
        return getattr(self.snlp, name)


def load_stanza_pipeline(lang: str, directory: str, pretokenized: bool) -> Language:
    """A spaCy pipeline whose tokenizer is the Stanza pipeline (tokenize[,mwt],ner) of ``directory`` for ``lang``.

    Nothing is downloaded; this is the one loader of downloaded and trained models alike. Pipelines are kept
    for the process and reloaded when a model file changes.
    """
    root = Path(directory).expanduser()
    stamp = tuple(sorted((str(p), p.stat().st_mtime_ns) for p in _stanza_lang_dir(root, lang).rglob("*.pt")))
    return _load_stanza_pipeline(lang, str(root), pretokenized, stamp)


@cache
def _load_stanza_pipeline(lang: str, directory: str, pretokenized: bool,
                          stamp: tuple[tuple[str, int], ...]) -> Language:
    _require_stanza()
    import spacy_stanza
    import torch

    from ..lang import load_language

    kwargs: dict[str, Any] = {"tokenize_pretokenized": True} if pretokenized else {}
    try:  # the spaCy side only holds the Doc: kg's blank language ("xx" where spaCy has none)
        nlp: Language = spacy_stanza.load_pipeline(
            load_language(lang).spacy, lang=lang, dir=directory, processors="tokenize,ner", download_method=None,
            logging_level="WARN", use_gpu=torch.cuda.is_available(), **kwargs)
    except Exception as e:  # Stanza raises plain errors of many kinds for a broken directory
        raise ConfigError(f"cannot load the Stanza NER model for {lang} from {directory}: "
                          f"{type(e).__name__}: {e}") from None
    tokenizer: Any = nlp.tokenizer
    tokenizer.snlp = _Recorder(tokenizer.snlp)
    return nlp


class StanzaNer:
    """spaCy component: Stanza's entities on the doc's tokens, as ``doc.spans['kg_stat']`` with kg labels."""

    def __init__(self, model: NerModel) -> None:
        self.model = model
        self.snlp = load_stanza_pipeline(model.lang, model.directory, model.pretokenized)
        tokenizer: Any = self.snlp.tokenizer  # spacy-stanza's StanzaTokenizer, holding the Stanza pipeline
        self._stanza: _Recorder = tokenizer.snlp

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens import Span

        spans = []
        for start, end, label in self.entities(doc):
            kg = kg_label(label)
            if kg is not None and end > start:
                spans.append(Span(doc, start, end, label=kg))
        doc.spans["kg_stat"] = spans
        return doc

    def entities(self, doc: Doc) -> list[tuple[int, int, str]]:
        """Stanza's entities as (start token, end token, Stanza label) on ``doc``'s tokens."""
        if not doc.text.strip():
            return []
        if self.model.pretokenized:
            return self._pretokenized(doc)
        with self.snlp.memory_zone(), warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # spacy-stanza's multi-word-token alignment warning
            sdoc = self.snlp(doc.text)
            found = [(e.start_char, e.end_char, e.label_) for e in sdoc.ents]
            aligned = sdoc.text == doc.text
        if not found and not aligned:  # spacy-stanza could not align multi-word tokens: Stanza's own offsets
            found = [(e.start_char, e.end_char, e.type) for e in self._stanza.last.entities]
        out = []
        for start_char, end_char, label in found:
            span = doc.char_span(start_char, end_char, alignment_mode="expand")
            if span is not None:
                out.append((span.start, span.end, label))
        return out

    def _pretokenized(self, doc: Doc) -> list[tuple[int, int, str]]:
        """kg's tokens, one sentence a line, so that Stanza's tokens are exactly kg's."""
        starts: dict[int, int] = {}
        ends: dict[int, int] = {}
        lines = []
        pos = 0
        sents = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
        for sent in sents:
            words = []
            for tok in sent:
                if tok.is_space:
                    continue
                word = "".join("_" if ch.isspace() else ch for ch in tok.text)
                starts[pos] = tok.i
                ends[pos + len(word)] = tok.i + 1
                words.append(word)
                pos += len(word) + 1
            if words:
                lines.append(" ".join(words))
        text = "\n".join(lines)
        with self.snlp.memory_zone():
            sdoc = self.snlp(text)
            found = [(e.start_char, e.end_char, e.label_) for e in sdoc.ents]
        return [(starts[s], ends[e], label) for s, e, label in found if s in starts and e in ends]


_registered = False


def add_statistical_ner(nlp: Language, model: NerModel) -> None:
    """Add ``kg_stanza`` to ``nlp`` right before ``kg_entities`` (or last)."""
    global _registered
    from spacy.language import Language

    if not _registered:
        @Language.factory("kg_stanza", default_config={"lang": "", "directory": "", "pretokenized": False})
        def make_stanza(nlp: Language, name: str, lang: str, directory: str, pretokenized: bool) -> StanzaNer:
            return StanzaNer(NerModel(lang, directory, pretokenized))

        _registered = True
    where: dict[str, Any] = {"before": "kg_entities"} if "kg_entities" in nlp.pipe_names else {}
    nlp.add_pipe("kg_stanza", config={"lang": model.lang, "directory": model.directory,
                                      "pretokenized": model.pretokenized}, **where)


def write_resources(directory: Path, lang: str, package: str, lang_name: str) -> None:
    """Add a NER ``package`` of ``lang`` to the ``resources.json`` of a trained-model directory."""
    path = directory / "resources.json"
    resources: dict[str, Any] = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    stanza_lang = STANZA_NER_LANGUAGES.get(lang, lang)
    resources[stanza_lang] = {"lang_name": lang_name, "packages": {"default": {"ner": package}},
                              "default_processors": {"ner": package}, "ner": {package: {}}}
    if stanza_lang != lang:
        resources[lang] = {"alias": stanza_lang}
    path.write_text(json.dumps(resources, indent=1, sort_keys=True), encoding="utf-8")
