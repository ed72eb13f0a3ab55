"""Language identification by script, and by function words within the Latin script."""

from __future__ import annotations

import re
from collections import Counter

from .errors import UnknownLanguageError
from .lang import load_language, supported_languages

__all__ = ["detect_language", "normalise_lang"]

_SCRIPTS = {
    "ar": re.compile(r"[\u0600-\u06ff\u0750-\u077f]"),
    "ru": re.compile(r"[\u0400-\u04ff]"),
    "zh": re.compile(r"[\u4e00-\u9fff]"),
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f]"),
}
_WORD = re.compile(r"[^\W\d_]+")


def normalise_lang(code: str) -> str:
    """'zh-Hant' -> 'zh', 'EN' -> 'en'."""
    return code.strip().replace("_", "-").split("-")[0].lower()


def detect_language(text: str, record: str = "") -> str:
    """The kg language code of ``text``; raises ``UnknownLanguageError`` when none fits."""
    sample = text[:5000]
    counts = {name: len(p.findall(sample)) for name, p in _SCRIPTS.items()}
    script, n = max(counts.items(), key=lambda kv: kv[1])
    if n == 0:
        raise UnknownLanguageError("cannot detect the language: no letters; give 'lang'", record)
    if script != "latin":
        return script
    words = Counter(w.lower() for w in _WORD.findall(sample))
    scores = {}
    for code in supported_languages():
        lang = load_language(code)
        if lang.spacy in ("ar", "ru", "zh"):
            continue
        scores[code] = sum(words[w.lower()] for w in lang.stopwords)
    best = max(scores.items(), key=lambda kv: kv[1], default=("", 0))
    if best[1] == 0:
        raise UnknownLanguageError("cannot detect the language of this Latin-script text; give 'lang'", record)
    return best[0]
