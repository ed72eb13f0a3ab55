"""Named exercise series ('Joint Sea', 'Vostok', '海上联合'): where a sentence names one, by its tokens."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from .text import NAME_DOTS, fold

__all__ = ["SeriesMention", "SeriesNames"]

_OPENING_QUOTES = "«\"“„「『'‹"
# what may stand between the words of a series' name: 'Northern/Interaction', 'Север. Взаимодействие', '北部·联合'
_JOINER = r"[\s/·•・‧.\-‐‑–—]*"
_YEAR = r"(?:\s*[-‐‑–—]?\s*(?P<year>(?:19|20)\d\d)(?!\d))?"
_HAN = re.compile(r"[\u3400-\u9fff]")


class SeriesMention(NamedTuple):
    """Series ``key`` named at tokens ``[start, end)`` (its edition's year included), ``year`` where given."""

    start: int
    end: int
    key: str
    year: str | None


class SeriesNames:
    """Finds the gazetteer's exercise series in a sentence's tokens. A name counts when its edition's year follows
    it ('Vostok-2022', 'البحر المشترك 2021') or it stands in quotes ('«Морское взаимодействие»'); a name of
    several words also where every word is capitalised ('the Joint Sea drills'), as one word ('Восток', 'east')
    or an uncapitalised phrase ('a peace mission') is often no name."""

    def __init__(self, names: Iterable[tuple[str, str]]) -> None:
        by_key: dict[str, set[str]] = {}
        firsts: dict[str, set[str]] = {}
        for key, name in names:
            words = NAME_DOTS.sub(" ", fold(name)).replace("/", " ").split()
            if words:
                by_key.setdefault(key, set()).add(_JOINER.join(map(re.escape, words)))
                firsts.setdefault(key, set()).add(words[0])
        # each series' names, and the first words of its names: a sentence without one is not searched for it
        self._patterns = [(key, tuple(sorted(firsts[key])), re.compile(
            "|".join(_bounded(p) for p in sorted(alts, key=lambda p: (-len(p), p))))) for key, alts in
            sorted(by_key.items())]
        every_first = sorted(set().union(*firsts.values()), key=lambda w: (-len(w), w))
        self._firsts = re.compile("|".join(map(re.escape, every_first))) if every_first else None
        self._year = re.compile(_YEAR)

    def find(self, folded: Sequence[str], texts: Sequence[str], spaces: Sequence[str]) -> list[SeriesMention]:
        """The series named in the tokens whose folded and written forms are ``folded`` and ``texts``, each
        followed by ``spaces``; where two overlap, the longer."""
        if self._firsts is None:
            return []
        starts: list[int] = []
        parts: list[str] = []
        at = 0
        for word, space in zip(folded, spaces, strict=True):
            starts.append(at)
            parts.append(word + space)
            at += len(word) + len(space)
        line = "".join(parts)
        found: list[tuple[int, int, str, str | None]] = []
        if not self._firsts.search(line):
            return []
        for key, firsts, pattern in self._patterns:
            if not any(w in line for w in firsts):
                continue
            for m in pattern.finditer(line):
                year_m = self._year.match(line, m.end())
                year = year_m.group("year") if year_m else None
                end = year_m.end() if year_m and year else m.end()
                before = line[:m.start()].rstrip()
                quoted = bool(before) and before[-1] in _OPENING_QUOTES
                first, last = _token_at(starts, m.start()), _token_at(starts, end - 1)
                words = [t for t in texts[first:last + 1] if t[:1].isalpha()]
                capitalised = len(words) >= 2 and all(t[:1].isupper() for t in words)
                if year or quoted or capitalised:
                    found.append((first, last + 1, key, year))
        out: list[SeriesMention] = []
        for first, end, key, year in sorted(found, key=lambda f: (f[0] - f[1], f[0])):  # longest first
            if all(end <= o.start or o.end <= first for o in out):
                out.append(SeriesMention(first, end, key, year))
        return sorted(out)


def _bounded(pattern: str) -> str:
    """``pattern`` kept from starting or ending inside a word, where the script spaces words."""
    head = "" if _HAN.match(pattern) else r"(?<!\w)"
    tail = "" if _HAN.search(pattern[-1:]) else r"(?!\w)"
    return f"{head}(?:{pattern}){tail}"


def _token_at(starts: Sequence[int], offset: int) -> int:
    """The token whose text holds character ``offset`` (``starts``: each token's first character)."""
    from bisect import bisect_right

    return max(bisect_right(starts, offset) - 1, 0)
