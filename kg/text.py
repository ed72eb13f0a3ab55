"""Text normalisation: invisible characters, Unicode forms, per-script folding."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

__all__ = ["INVISIBLE", "NAME_DOTS", "clean_text", "fold", "han_to_simplified", "slugify"]

# bidi embeddings/overrides/isolates, zero-width characters, BOM, soft hyphen
INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# the dots between the parts of a foreign name written in Chinese characters ("谢尔盖·绍伊古")
NAME_DOTS = re.compile(r"[·•・‧]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي", "ک": "ك", "ی": "ي"}
)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_MISC = str.maketrans({"ё": "е", "Ё": "Е", "’": "'", "‘": "'", "`": "'", "ʼ": "'"})
# the three in one pass: each maps a character alone, so what they make of it in turn is what one table makes
_FOLD_TABLE = {c: chr(c).translate(_ARABIC_FOLD).translate(_DIGITS).translate(_MISC)
               for c in {*_ARABIC_FOLD, *_DIGITS, *_MISC}}


def clean_text(text: str) -> str:
    """Remove bidi controls, zero-width and control characters; NFC; unify line ends."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    return unicodedata.normalize("NFC", text)


@cache
def _combining() -> re.Pattern[str]:
    """A character with a combining class (``unicodedata.combining``), the only kind ``_strip_latin_marks`` drops."""
    return re.compile("[" + "".join(re.escape(chr(c)) for c in range(0x110000) if unicodedata.combining(chr(c))) + "]")


def _strip_latin_marks(s: str) -> str:
    decomposed = unicodedata.normalize("NFD", s)
    if not _combining().search(decomposed):  # (most text of non-Latin scripts: nothing to drop, no loop)
        return unicodedata.normalize("NFC", decomposed)
    out: list[str] = []
    for ch in decomposed:
        if unicodedata.combining(ch) and out and "LATIN" in unicodedata.name(out[-1], ""):
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@cache
def _hanzi_table() -> dict[int, str]:
    from hanziconv import HanziConv

    trad = HanziConv._HanziConv__traditional_charmap
    simp = HanziConv._HanziConv__simplified_charmap
    return {ord(t): s for t, s in zip(trad, simp, strict=False) if t != s}


def han_to_simplified(s: str) -> str:
    """Map traditional Chinese characters to simplified ones."""
    return s.translate(_hanzi_table()) if _HAN.search(s) else s


@lru_cache(maxsize=200_000)
def fold(s: str) -> str:
    """Fold a word for matching: NFKC, case, Latin diacritics, Arabic marks and letter variants, digits,
    traditional Chinese characters to simplified."""
    s = han_to_simplified(unicodedata.normalize("NFKC", s))
    s = INVISIBLE.sub("", s)
    s = _ARABIC_MARKS.sub("", s).translate(_FOLD_TABLE)
    if not s.isascii():
        s = _strip_latin_marks(s)
    return s.casefold()


_SLUG_DROP = re.compile(r"[^\w]+", re.UNICODE)


def slugify(s: str, max_len: int = 80) -> str:
    """A lowercase, hyphenated, IRI-safe slug; non-Latin letters are kept (IRIs allow them)."""
    s = fold(s)
    s = _SLUG_DROP.sub("-", s).strip("-_")
    s = re.sub(r"-{2,}", "-", s)
    return s[:max_len].strip("-") or "x"
