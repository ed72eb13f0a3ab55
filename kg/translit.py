"""Romanisation of Arabic, Cyrillic and Chinese names, and a phonetic key that lets scripts meet."""

from __future__ import annotations

import re

from .text import fold

__all__ = ["phonetic_key", "romanize"]

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
    "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
}
_ARABIC = {
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
    "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "g", "ف": "f",
    "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "o", "ي": "i", "ء": "", "پ": "p",
    "چ": "ch", "ڤ": "v", "گ": "g",
}


_HAN = re.compile(r"[\u3400-\u9fff]+")
_NAME_DOTS = re.compile(r"[·•・‧]")


def _pinyin(name: str) -> str:
    """Hanyu pinyin of a Chinese name: 'Surname Given' for a native two- or three-character name, one word
    per part for a foreign name ('利纳尔多维奇' -> 'Linaerduoweiqi', parts split at the name dot)."""
    from pypinyin import lazy_pinyin

    parts = [p for p in _NAME_DOTS.split(name) if p]
    if len(parts) == 1 and 2 <= len(name) <= 3 and _HAN.fullmatch(name):
        syllables = lazy_pinyin(name)
        return f"{syllables[0]} {''.join(syllables[1:])}"
    return " ".join("".join(lazy_pinyin(p)) for p in parts)


_ARABIC_DIGRAPHS = {"تش": "ch"}  # the sound Arabic writes for the ch of foreign names ('تشانغ')


def romanize(name: str) -> str:
    """A readable Latin form of a name written in Arabic, Cyrillic or Chinese script (others unchanged)."""
    out = []
    folded = fold(name)
    for digraph, latin in _ARABIC_DIGRAPHS.items():
        folded = folded.replace(digraph, latin)
    for ch in folded:
        out.append(_CYRILLIC.get(ch, _ARABIC.get(ch, ch)))
    text = "".join(out)
    if _HAN.search(text):
        text = _HAN.sub(lambda m: _pinyin(m.group()), text) if not _NAME_DOTS.search(text) else _pinyin(text)
    return " ".join(w.capitalize() for w in text.split())


_VOWELS = re.compile(r"[aeiouy]+")


def phonetic_key(name: str) -> str:
    """A coarse key equal for spellings of one name across scripts ('Yevmenov', 'Евменов', 'يفمينوف')."""
    s = romanize(name).lower()
    s = re.sub(r"[^a-z ]", "", s)
    for a, b in (("kh", "h"), ("zh", "j"), ("dzh", "j"), ("sh", "s"), ("ch", "c"), ("ts", "s"), ("q", "k"),
                 ("w", "v"), ("v", "f"), ("ph", "f"), ("p", "b"), ("th", "t"), ("dh", "d"), ("g", "j"), ("x", "ks"),
                 ("c", "k")):
        s = s.replace(a, b)
    words = []
    for w in s.split():
        head, tail = w[:1], _VOWELS.sub("", w[1:])
        if head in "aeiouy":
            head = ""
        words.append(re.sub(r"(.)\1+", r"\1", head + tail))
    return " ".join(w for w in words if w)
