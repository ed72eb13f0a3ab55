"""Deterministic, always-valid IRIs for articles, entities, posts and events."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote

from rdflib import URIRef

from .errors import ConfigError
from .namespaces import DEFAULT_BASE
from .text import slugify

__all__ = ["IriMinter", "digest"]

_BASE_RE = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*[/#]$")


def digest(*parts: str, size: int = 12) -> str:
    """A short stable hash of ``parts`` (order matters)."""
    h = hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=16).hexdigest()
    return h[:size]


class IriMinter:
    """Mints IRIs under ``base``; the same input always gives the same IRI."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        if not _BASE_RE.match(base):
            raise ConfigError(f"base IRI {base!r} is not an absolute IRI ending in '/' or '#'")
        self.base = base

    def _iri(self, path: str) -> URIRef:
        return URIRef(self.base + quote(path, safe="/-_.~"))

    def entity(self, key: str) -> URIRef:
        """IRI of an entity whose key is its path (``person/li-shangfu``, ``country/CN``)."""
        return self._iri(key)

    def article(self, article_id: str) -> URIRef:
        slug = slugify(article_id, 60)
        if slug == article_id and slug.isascii():
            return self._iri(f"article/{slug}")
        return self._iri(f"article/{slug}-{digest(article_id, size=8)}")

    def post(self, holder: str, role: str, country: str | None) -> URIRef:
        return self._iri(f"post/{digest(holder, role, country or '')}")

    def event(self, signature: str) -> URIRef:
        return self._iri(f"event/{digest(signature, size=16)}")

    def key_of(self, iri: str) -> str | None:
        """The key of an IRI minted under this base, else None."""
        if not iri.startswith(self.base):
            return None
        from urllib.parse import unquote

        return unquote(iri[len(self.base):])
