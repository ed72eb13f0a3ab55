"""The extraction pipeline: named spaCy components that take and return a ``Doc``."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from pydantic import BaseModel, Field

from .gazetteer import Gazetteer, load_gazetteer
from .lang import load_language
from .lexicon import CTRY, ENT, EVT, NOT
from .models import Article, ArticleExtraction
from .state import DocState, TokenTable

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer
    from spacy.tokens import Doc

    from .lexicon import Lexicon

__all__ = ["DEFAULT_COMPONENTS", "Extractor", "PipelineConfig"]

DEFAULT_COMPONENTS = ("kg_sentences", "kg_lexicon", "kg_entities", "kg_events")
_TERMINAL = {".", "!", "?", "。", "！", "？", "؟", "…", ";", "؛"}
_CLOSERS = {'"', "'", "”", "’", "»", ")", "」", "』"}


class PipelineConfig(BaseModel):
    """What the pipeline is built from."""

    components: tuple[str, ...] = DEFAULT_COMPONENTS
    gazetteers: tuple[str, ...] = Field(default=(), description="extra gazetteer Turtle files")
    ner: dict[str, str] = Field(default_factory=dict, description=(
        "statistical NER by language ('*': every language it covers): 'stanza' (Stanza's models in stanza_dir) "
        "or a model directory made by `kg train-ner`; see kg.ner"))
    stanza_dir: str | None = Field(default=None, description="Stanza models (default $KG_STANZA_DIR or "
                                                             "~/stanza_resources)")


_registered = False


def _register() -> None:
    """Register kg's components with spaCy (once, when a pipeline is first built)."""
    global _registered
    if _registered:
        return
    from spacy.language import Language
    from spacy.tokens import Doc

    if not Doc.has_extension("kg"):
        Doc.set_extension("kg", default=None)
    if not Doc.has_extension("kg_roles"):
        Doc.set_extension("kg_roles", default=None)

    @Language.factory("kg_sentences")
    def make_sentences(nlp: Language, name: str) -> Any:
        return split_sentences

    @Language.factory("kg_lexicon", default_config={"lang": "", "gazetteers": []})
    def make_lexicon(nlp: Language, name: str, lang: str, gazetteers: list[str]) -> Any:
        return LexiconComponent(nlp, lang, load_gazetteer(tuple(gazetteers)))

    @Language.factory("kg_entities")
    def make_entities(nlp: Language, name: str) -> Any:
        lexicon = _lexicon_of(nlp)

        def entities(doc: Doc) -> Doc:
            from .entities import resolve_entities

            resolve_entities(doc, lexicon, doc._.kg)
            return doc

        return entities

    @Language.factory("kg_events")
    def make_events(nlp: Language, name: str) -> Any:
        from .dates import DateGrammar
        from .events import extract_events

        lexicon = _lexicon_of(nlp)
        grammar = DateGrammar(lexicon.lang)

        def events(doc: Doc) -> Doc:
            extract_events(doc, lexicon, grammar, doc._.kg)
            return doc

        return events

    _registered = True


def _lexicon_of(nlp: Language) -> Lexicon:
    pipe = nlp.get_pipe("kg_lexicon")
    assert isinstance(pipe, LexiconComponent), "kg_lexicon must come before kg_entities and kg_events"
    return pipe.lexicon


def split_sentences(doc: Doc) -> Doc:
    """Sentence boundaries after terminal punctuation (and closing quotes) and at line breaks."""
    import numpy
    from spacy.attrs import SENT_START

    table = TokenTable.of(doc)
    texts, spaces = table.texts, table.spaces
    starts = [1] * len(texts)
    for i in range(1, len(texts)):
        prev = texts[i - 1]
        boundary = "\n" in spaces[i - 1] or (not prev.strip() and "\n" in prev)
        if prev in _TERMINAL or (prev in _CLOSERS and i >= 2 and texts[i - 2] in _TERMINAL):
            boundary = boundary or texts[i] not in _CLOSERS
        starts[i] = 1 if boundary and texts[i].strip() else -1
    if texts:  # one array assignment instead of a Python setter call per token
        column = numpy.array(starts, dtype="int32").astype("uint64").reshape(-1, 1)
        doc.from_array([SENT_START], column)  # type: ignore[arg-type]
    firsts = [i for i, s in enumerate(starts) if s == 1]
    table.sents = list(zip(firsts, [*firsts[1:], len(texts)], strict=True))
    return doc


class LexiconComponent:
    """Sets each token's NORM to its word key and stores lexicon matches in ``doc.spans['kg']``."""

    def __init__(self, nlp: Language, lang: str, gazetteer: Gazetteer) -> None:
        from .lexicon import Lexicon

        self.lexicon = Lexicon(nlp, load_language(lang), gazetteer)
        self._forms: dict[str, str | None] = {}
        self._labels: dict[int, tuple[str, str]] = {}  # the category and id of each matcher label

    def __call__(self, doc: Doc) -> Doc:
        import numpy
        from spacy.attrs import NORM
        from spacy.tokens import Span

        table = TokenTable.of(doc)
        table.norms = self.lexicon.keyer.keys(table.texts)
        strings = doc.vocab.strings
        if table.norms:  # one array assignment instead of a Python setter call per token
            hashes = numpy.array([strings.add(k) for k in table.norms], dtype="uint64").reshape(-1, 1)
            doc.from_array([NORM], hashes)  # type: ignore[arg-type]
        spans = []
        acronyms, lowercase = self.lexicon.acronyms, self.lexicon.lowercase_names
        capitalised = self.lexicon.lang.capitalised_names
        matches: list[tuple[str, str, int, int]] = []
        labels = self._labels
        for match_id, start, end in self.lexicon.matcher(doc):
            label = labels.get(match_id)
            if label is None:  # (one entry per label of the matcher: bounded)
                cat, ident = strings[match_id].split("|", 1)
                label = labels[match_id] = (cat, ident)
            matches.append((*label, start, end))
        # a name inside a phrase that is no name ('山东舰') or cutting into one ('相关岛礁' around 关岛) is none
        not_names = sorted((start, end) for cat, _, start, end in matches if cat == NOT)
        # (those that may overlap a match are found by their starts: a text with many is no quadratic work)
        firsts, longest = [a for a, _ in not_names], max((b - a for a, b in not_names), default=0)
        for cat, ident, start, end in matches:
            if cat == NOT:
                continue
            if cat in (CTRY, ENT):
                near = not_names[bisect.bisect_right(firsts, start - longest):bisect.bisect_left(firsts, end)]
                if any(start < b and a < end and not (start <= a and b <= end) for a, b in near):
                    continue
                word = table.texts[start]
                if end - start == 1 and (ident, table.folded[start]) in acronyms and not word.isupper():
                    continue
                if capitalised and not any(t[:1].isupper() for t in table.texts[start:end]) \
                        and (ident, tuple(table.norms[start:end])) not in lowercase:
                    continue
            spans.append(Span(doc, start, end, label=cat, kb_id=ident))
        if self.lexicon.event_forms:
            taken = {t for s in spans for t in range(s.start, s.end)}
            for i, word in enumerate(table.folded):
                if i not in taken and table.texts[i].isalpha():
                    etype = self._event_form(word)
                    if etype is not None:
                        spans.append(Span(doc, i, i + 1, label=EVT, kb_id=etype))
        doc.spans["kg"] = spans
        table.kg_spans = spans
        return doc

    def _event_form(self, word: str) -> str | None:
        """The event type whose word forms (``event_forms``) folded ``word`` matches, if any."""
        if word not in self._forms:
            if len(self._forms) >= 100_000:
                self._forms.clear()
            self._forms[word] = next((e for e, form in self.lexicon.event_forms if form.search(word)), None)
        return self._forms[word]


def _import_spacy_without_torch() -> None:
    """Import spaCy, unless it is imported already, without letting thinc import PyTorch when it is installed:
    kg's own pipelines never use it, and it takes about 180 MB of memory. Statistical NER (Stanza) imports torch
    itself when it runs, which still works after this."""
    import sys

    if "spacy" in sys.modules or "torch" in sys.modules:
        return
    sys.modules["torch"] = None  # type: ignore[assignment]  # thinc's `import torch` fails as if it were absent
    try:
        import spacy  # noqa: F401
    finally:
        del sys.modules["torch"]


class Extractor:
    """Runs the pipeline of each language over articles; one pipeline per language, built lazily."""

    #: strings a language's pipeline may add to its vocabulary (new words, mostly) before it is built afresh:
    #: this bounds memory over a long run. (spaCy's memory zones bound it too, but they turn off the tokenizer's
    #: cache: a zone per article made tokenizing some 20 times slower.)
    max_new_strings = 30_000

    def __init__(self, config: PipelineConfig | None = None) -> None:
        self.config = config or PipelineConfig()
        self._nlp: dict[str, Language] = {}
        self._strings_at_start: dict[str, int] = {}
        if self.config.ner:  # fail before any article on a language named explicitly without a model
            from .ner import ner_model_for

            for lang in self.config.ner:
                if lang != "*":
                    ner_model_for(self.config.ner, self.config.stanza_dir, lang)

    @cached_property
    def gazetteer(self) -> Gazetteer:
        return load_gazetteer(self.config.gazetteers)

    def nlp(self, lang: str) -> Language:
        """The pipeline of language ``lang``."""
        if lang not in self._nlp:
            if not self.config.ner:
                _import_spacy_without_torch()
            import spacy

            _register()
            data = load_language(lang)
            nlp = spacy.blank(data.spacy)
            tokenizer = cast("Tokenizer", nlp.tokenizer)
            if data.split_prefixes and tokenizer.token_match is not None:
                tokenizer.token_match = _SplitPrefixes(data.split_prefixes, tokenizer.token_match)
            if data.split_abbreviations:
                tokenizer.rules = {k: v for k, v in (tokenizer.rules or {}).items()
                                   if k not in data.split_abbreviations}
            _split_slashes(nlp)
            for name in self.config.components:
                cfg = {"lang": lang, "gazetteers": list(self.config.gazetteers)} if name == "kg_lexicon" else {}
                nlp.add_pipe(name, config=cfg)
            if self.config.ner:
                from .ner import add_statistical_ner, ner_model_for

                model = ner_model_for(self.config.ner, self.config.stanza_dir, lang)
                if model is not None:
                    add_statistical_ner(nlp, model)
            self._nlp[lang] = nlp
            self._strings_at_start[lang] = len(nlp.vocab.strings)
        return self._nlp[lang]

    def extract(self, article: Article) -> ArticleExtraction:
        """Extract entities, posts and events from one article."""
        nlp = self.nlp(article.lang)
        try:
            doc = nlp.make_doc(article.text)
            state = DocState(lang=article.lang, published=article.published)
            doc._.kg = state
            for _, proc in nlp.pipeline:
                doc = proc(doc)
            state.tokens = None  # (the table refers to the Doc, which refers to the state: no cycle left to collect)
        finally:
            if len(nlp.vocab.strings) - self._strings_at_start[article.lang] > self.max_new_strings:
                del self._nlp[article.lang]  # the next article of this language builds it again
        return ArticleExtraction(article=article, entities=dict(sorted(state.entities.items())),
                                 mentions=state.mentions, posts=state.posts, events=state.events)


def _split_slashes(nlp: Language) -> None:
    """Split slashes off the ends of words, as wires set their names between them ('/ТАСС/.', '/Синьхуа/')."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_prefix_regex, compile_suffix_regex

    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):  # (Chinese is split by its own segmenter, character by character)
        tokenizer.prefix_search = compile_prefix_regex([*(nlp.Defaults.prefixes or []), "/"]).search
        tokenizer.suffix_search = compile_suffix_regex([*(nlp.Defaults.suffixes or []), "/", r"(?<=/)\."]).search


class _SplitPrefixes:
    """A tokenizer ``token_match`` that no longer keeps words starting with one of ``prefixes`` and a hyphen whole."""

    def __init__(self, prefixes: list[str], keep: Callable[[str], object]) -> None:
        import re

        self.prefixes = re.compile("(?i)(?:" + "|".join(map(re.escape, prefixes)) + ")-")
        self.keep = keep

    def __call__(self, text: str) -> object:
        return None if self.prefixes.match(text) else self.keep(text)
