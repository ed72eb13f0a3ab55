"""What the pipeline components learn about one document, kept on ``doc._.kg``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .models import Entity, Event, Mention, Post

__all__ = ["DocState", "EntitySpan"]


@dataclass
class EntitySpan:
    """An entity found at tokens ``[start, end)``; ``implicit`` marks title-only or coreferent mentions."""

    key: str
    start: int
    end: int
    sentence: int
    implicit: bool = False


@dataclass
class DocState:
    lang: str
    published: dt.date | None = None
    entities: dict[str, Entity] = field(default_factory=dict)
    spans: list[EntitySpan] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def add_span(self, span: EntitySpan) -> None:
        self.spans.append(span)
