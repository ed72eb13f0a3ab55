"""What the pipeline components learn about one document, kept on ``doc._.kg``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .models import Entity, Event, Mention, Post
from .text import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc

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
    """Each token's text, key (its NORM), folded text and trailing whitespace, and each sentence's token range,
    read from a ``Doc`` once: spaCy makes a new ``Token`` object, and its strings, on every access."""

    def __init__(self, doc: Doc) -> None:
        self.text: str = doc.text
        tokens = list(doc)
        self.texts = [t.text for t in tokens]
        self.norms = [t.norm_ for t in tokens]
        self.folded = [fold(t) for t in self.texts]
        self.spaces = [t.whitespace_ for t in tokens]
        self.idx = [t.idx for t in tokens]
        self.sents = [(s.start, s.end) for s in doc.sents] if doc.has_annotation("SENT_START") else [(0, len(doc))]
        self.sent_of = [0] * len(tokens)
        for k, (a, b) in enumerate(self.sents):
            self.sent_of[a:b] = [k] * (b - a)

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
    tokens: TokenTable | None = None  # set by the lexicon component, once the tokens have their keys

    def add_span(self, span: EntitySpan) -> None:
        self.spans.append(span)
