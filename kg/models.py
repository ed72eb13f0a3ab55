"""Pydantic models for what passes between the stages of a build."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "Article",
    "ArticleExtraction",
    "DateValue",
    "Entity",
    "EntityType",
    "Event",
    "EventType",
    "Mention",
    "Post",
    "Skipped",
    "Status",
]


class Article(BaseModel):
    """One input article, cleaned and with its language known."""

    model_config = ConfigDict(frozen=True)

    id: str
    text: str
    lang: str
    url: str | None = None
    published: dt.date | None = None
    title: str | None = None
    source: str | None = None
    origin: str = Field(default="", description="file and line the record came from")


class EntityType(StrEnum):
    PERSON = "Person"
    OFFICIAL = "Official"
    ORGANIZATION = "Organization"
    MINISTRY = "Ministry"
    ARMED_FORCE = "ArmedForce"
    COUNTRY = "Country"
    PLACE = "Place"

    @property
    def is_person(self) -> bool:
        return self in (EntityType.PERSON, EntityType.OFFICIAL)

    @property
    def is_org(self) -> bool:
        return self in (EntityType.ORGANIZATION, EntityType.MINISTRY, EntityType.ARMED_FORCE)


class Entity(BaseModel):
    """A real-world entity; ``key`` is its IRI path under the base (``person/li-shangfu``)."""

    key: str
    type: EntityType
    label: str
    country: str | None = None
    same_as: str | None = None
    kind: str | None = Field(default=None, description="institution kind, or place kind for places")
    located_in: str | None = None
    known_role: str | None = None
    names: list[tuple[str, str]] = Field(default_factory=list, description="(name, lang) known in advance")


class Mention(BaseModel):
    """A surface form of an entity in one sentence of an article."""

    key: str
    text: str
    lang: str
    sentence: int
    start: int
    end: int


class Post(BaseModel):
    """``holder`` holds ``role`` for ``country`` (ISO code), in ``org`` where known."""

    holder: str
    role: str
    country: str | None = None
    org: str | None = None
    sentence: int = 0


class DateValue(BaseModel):
    """A calendar date at the granularity the text gives: ``2023-04-16``, ``2023-04`` or ``2023``."""

    model_config = ConfigDict(frozen=True)

    value: str
    granularity: str = "day"

    def contains(self, other: DateValue) -> bool:
        return other.value.startswith(self.value)

    def compatible(self, other: DateValue) -> bool:
        return self.contains(other) or other.contains(self)


class EventType(StrEnum):
    MEETING = "Meeting"
    VISIT = "Visit"
    EXERCISE = "MilitaryExercise"
    STATEMENT = "Statement"

    @property
    def plover(self) -> str:
        return {"Meeting": "CONSULT", "Visit": "CONSULT", "MilitaryExercise": "COOPERATE", "Statement": "STATEMENT"}[
            self.value
        ]


class Status(StrEnum):
    OCCURRED = "occurred"
    PLANNED = "planned"
    PROPOSED = "proposed"


class Event(BaseModel):
    """An event as one article reports it."""

    type: EventType
    participants: list[str] = Field(default_factory=list)
    armed_forces: list[str] = Field(default_factory=list, description="an exercise's forces taking part")
    series: str | None = Field(default=None, description="the named series an exercise is an edition of")
    host: str | None = None
    visitor: str | None = None
    location: str | None = None
    start: DateValue | None = None
    end: DateValue | None = None
    date_text: str | None = None
    status: Status = Status.OCCURRED
    speaker: str | None = None
    quote: str | None = None
    evidence: list[str] = Field(default_factory=list)
    sentence: int = 0


class ArticleExtraction(BaseModel):
    """Everything extracted from one article."""

    article: Article
    entities: dict[str, Entity] = Field(default_factory=dict)
    mentions: list[Mention] = Field(default_factory=list)
    posts: list[Post] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)


class Skipped(BaseModel):
    """A record that could not be used, with the reason."""

    record: str
    code: str
    reason: str
