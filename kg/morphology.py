"""Word keys: the folded, stemmed, clitic-free form under which words are matched."""

from __future__ import annotations

from collections.abc import Iterable

from .lang import LanguageData
from .text import fold

__all__ = ["NameCaser", "WordKeyer"]


class NameCaser:
    """Puts a name found in an oblique case back into the nominative ('Андреем Ивановым' -> 'Андрей Иванов').

    Only when one of its words shows the case (``NameCases.signal``): nominative names and names that do not
    inflect ('Шойгу', 'Насирзаде') are left as written.
    """

    def __init__(self, lang: LanguageData) -> None:
        import re

        cases = lang.name_cases
        self.signal = re.compile(cases.signal) if cases.signal else None
        self.rules = [(re.compile(pattern), replacement) for pattern, replacement in cases.rules]

    def nominative(self, name: str) -> str:
        """``name`` with each word in the nominative, if the name is in an oblique case."""
        words = name.split(" ")
        if self.signal is None or not any(self.signal.search(w) for w in words):
            return name
        out = []
        for w in words:
            for pattern, replacement in self.rules:
                new = pattern.sub(replacement, w, count=1)
                if new != w:
                    w = new
                    break
            out.append(w)
        return " ".join(out)

class WordKeyer:
    """Turns a word into its matching key for one language.

    Every word is folded (``kg.text.fold``) and has its inflectional ``stem_suffixes``
    removed; ``clitic_prefixes``/``clitic_suffixes`` are removed only when what is
    left is a known key, so that 'لروسيا' meets 'روسيا' but 'بوتين' stays whole.
    """

    def __init__(self, lang: LanguageData, cache_size: int = 100_000) -> None:
        m = lang.morphology
        self.prefixes = sorted((fold(p) for p in m.clitic_prefixes), key=len, reverse=True)
        self.clitic_suffixes = sorted((fold(s) for s in m.clitic_suffixes), key=len, reverse=True)
        self.stem_suffixes = sorted((fold(s) for s in m.stem_suffixes), key=len, reverse=True)
        self.min_stem = m.min_stem
        self.passes = m.stem_passes
        self.known: set[str] = set()
        self.names: set[str] = set()  # folded words of known names, never read as a clitic and a word
        self._cache: dict[str, str] = {}
        self._cache_size = cache_size

    def stem(self, word: str) -> str:
        """Fold ``word`` and remove its inflectional ending."""
        w = fold(word)
        if self.stem_suffixes and w.isalpha():
            for _ in range(self.passes):
                suf = next((s for s in self.stem_suffixes if w.endswith(s) and len(w) - len(s) >= self.min_stem),
                           None)
                if suf is None:
                    break
                w = w[: -len(suf)]
        return w

    def learn(self, words: Iterable[str], names: Iterable[str] = ()) -> None:
        """Add lexicon words to the known keys that guide clitic stripping, and the words of known ``names``,
        which keep their first letters ('فيصل', Faisal, is no 'ف' + 'يصل', arrives)."""
        self.known.update(self.stem(w) for w in words)
        self.names.update(fold(w) for w in names)
        self._cache.clear()

    def key(self, word: str) -> str:
        """The matching key of a word of running text."""
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        k = self._key(word)
        if len(self._cache) >= self._cache_size:
            self._cache.clear()
        self._cache[word] = k
        return k

    def keys(self, words: Iterable[str]) -> list[str]:
        """``key`` of each word (the cache looked up inline: this runs for every token)."""
        known = self._cache.get
        return [k if (k := known(w)) is not None else self.key(w) for w in words]

    def _key(self, word: str) -> str:
        # a clitic is stripped whenever the rest is known, in lexicon entries and running text alike,
        # so that 'الصيني' (with the article) and 'صيني' share one key
        s = self.stem(word)
        if self.stem_suffixes and s not in self.known and len(s) <= self.min_stem + 1:
            # a short word keeps its ending by ``min_stem`` unless what is left is a known word: the last part of a
            # name ('Ким Чен Ыном' is 'Ким Чен Ын')
            w = fold(word)
            short = next((w[: -len(suf)] for suf in self.stem_suffixes if w.endswith(suf) and len(w) > len(suf) + 1
                          and w[: -len(suf)] in self.known), None)
            if short is not None:
                return short
        if not (self.prefixes or self.clitic_suffixes):
            return s
        w = fold(word)
        for p in self.prefixes if w not in self.names else ():
            if w.startswith(p) and len(w) - len(p) >= 2:
                rest = self.stem(w[len(p):])
                if rest in self.known:
                    return rest
        if s in self.known:
            return s
        for suf in self.clitic_suffixes:
            if w.endswith(suf) and len(w) - len(suf) >= 2:
                rest = self.stem(w[: -len(suf)])
                if rest in self.known:
                    return rest
        return s
