"""What the pipeline components learn about one document, kept on ``doc._.kg``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from .models import Entity, Event, Mention, Post
from .text import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["DocState", "EntitySpan", "TokenTable"]


@dataclass
class EntitySpan:
    """An entity found at tokens ``[start, end)``; ``implicit`` marks title-only or coreferent mentions."""

    key: str
    start: int
    end: int
    sentence: int
    implicit: bool = False


class TokenTable:
    """Each token's text, trailing whitespace, offset, key (its NORM) and folded text, and each sentence's token
    range, read from a ``Doc`` once: spaCy makes a new ``Token`` object, and its strings, on every access.

    The sentence component sets ``sents`` and the lexicon component ``norms`` and ``kg_spans`` as they make them;
    read before, they are taken from the ``Doc``."""

    def __init__(self, doc: Doc) -> None:
        from spacy.attrs import IDX, ORTH, SPACY

        self.doc = doc
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, IDX, SPACY]).tolist() if len(doc) else []
        self.texts: list[str] = [strings[orth] for orth, _, _ in rows]
        self.spaces = [" " if space else "" for _, _, space in rows]
        self.idx: list[int] = [at for _, at, _ in rows]
        self.text = "".join(t + s for t, s in zip(self.texts, self.spaces, strict=True))  # as Doc.text, once
        self._norms: list[str] | None = None
        self._sents: list[tuple[int, int]] | None = None
        self._kg_spans: list[Span] | None = None

    @staticmethod
    def of(doc: Doc) -> TokenTable:
        """The table of ``doc``, kept on its ``DocState`` (``doc._.kg``) when it has one."""
        state: DocState | None = doc._.kg
        if state is None:
            return TokenTable(doc)
        if state.tokens is None:
            state.tokens = TokenTable(doc)
        return state.tokens

    @property
    def norms(self) -> list[str]:
        if self._norms is None:
            self._norms = [t.norm_ for t in self.doc]
        return self._norms

    @norms.setter
    def norms(self, value: list[str]) -> None:
        self._norms = value

    @property
    def sents(self) -> list[tuple[int, int]]:
        if self._sents is None:
            self._sents = [(s.start, s.end) for s in self.doc.sents] if self.doc.has_annotation("SENT_START") \
                else [(0, len(self.doc))]
        return self._sents

    @sents.setter
    def sents(self, value: list[tuple[int, int]]) -> None:
        self._sents = value

    @property
    def kg_spans(self) -> list[Span]:
        """The lexicon's matches, ``doc.spans['kg']``, as one list (a ``SpanGroup`` makes new ``Span`` objects on
        each pass)."""
        if self._kg_spans is None:
            self._kg_spans = list(self.doc.spans["kg"])
        return self._kg_spans

    @kg_spans.setter
    def kg_spans(self, value: list[Span]) -> None:
        self._kg_spans = value

    @cached_property
    def folded(self) -> list[str]:
        return [fold(t) for t in self.texts]

    @cached_property
    def sent_of(self) -> list[int]:
        """The sentence of each token."""
        out = [0] * len(self.texts)
        for k, (a, b) in enumerate(self.sents):
            out[a:b] = [k] * (b - a)
        return out

    def chars(self, start: int, end: int) -> tuple[int, int]:
        """The character offsets of tokens ``[start, end)``."""
        return self.idx[start], self.idx[end - 1] + len(self.texts[end - 1])

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens ``[start, end)``, as ``Span.text`` gives it."""
        a, b = self.chars(start, end)
        return self.text[a:b]


@dataclass
class DocState:
    lang: str
    published: dt.date | None = None
    entities: dict[str, Entity] = field(default_factory=dict)
    spans: list[EntitySpan] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    tokens: TokenTable | None = None  # see TokenTable.of

    def add_span(self, span: EntitySpan) -> None:
        self.spans.append(span)
