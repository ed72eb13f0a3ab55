"""Romanisation of Arabic, Cyrillic and Chinese names, and a phonetic key that lets scripts meet."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container
from functools import cache, lru_cache

from .text import NAME_DOTS, fold

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


def _pinyin(name: str) -> str:
    """Hanyu pinyin of a Chinese name: 'Surname Given' for a native two- or three-character name, one word
    per part for a foreign name ('利纳尔多维奇' -> 'Linaerduoweiqi', parts split at the name dot)."""
    from pypinyin import lazy_pinyin

    parts = [p for p in NAME_DOTS.split(name) if p]
    if len(parts) == 1 and 2 <= len(name) <= 3 and _HAN.fullmatch(name):
        syllables = lazy_pinyin(name)
        return f"{syllables[0]} {''.join(syllables[1:])}"
    return " ".join("".join(lazy_pinyin(p)) for p in parts)


# The Palladius system: how Russian writes Chinese syllables ('Чжан Юся' is Zhang Youxia, 'Дун Цзюнь' Dong Jun)
_PALLADIUS_INITIALS = {"zh": "чж", "ch": "ч", "sh": "ш", "b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т",
                       "n": "н", "l": "л", "g": "г", "k": "к", "h": "х", "j": "цз", "q": "ц", "x": "с", "r": "ж",
                       "z": "цз", "c": "ц", "s": "с"}
_PALLADIUS_FINALS = {"a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу", "an": "ань",
                     "en": "энь", "ang": "ан", "eng": "эн", "ong": "ун", "er": "эр", "i": "и", "ia": "я", "ie": "е",
                     "iao": "яо", "iu": "ю", "ian": "янь", "in": "инь", "iang": "ян", "ing": "ин", "iong": "юн",
                     "u": "у", "ua": "уа", "uo": "о", "uai": "уай", "ui": "уй", "uan": "уань", "un": "унь",
                     "uang": "уан", "ü": "юй", "üe": "юэ"}
_PALLADIUS_WHOLE = {"yi": "и", "ya": "я", "ye": "е", "yao": "яо", "you": "ю", "yan": "янь", "yin": "инь",
                    "yang": "ян", "ying": "ин", "yong": "юн", "yu": "юй", "yue": "юэ", "yuan": "юань", "yun": "юнь",
                    "wu": "у", "wa": "ва", "wo": "во", "wai": "вай", "wei": "вэй", "wan": "вань", "wen": "вэнь",
                    "wang": "ван", "weng": "вэн", "hui": "хуэй", "zi": "цзы", "ci": "цы", "si": "сы"}
_PALLADIUS_MAX = 3  # syllables of one word of a Chinese name


_INITIALS = ("zh", "ch", "sh", *"bpmfdtnlgkhjqxrzcs")  # of pinyin, the two-letter ones first


def _initial_final(syllable: str) -> tuple[str, str]:
    """A toneless pinyin syllable's initial ('' if none) and final, ü written ü ('xuan' -> 'x', 'üan')."""
    initial = next((i for i in _INITIALS if syllable.startswith(i)), "")
    final = syllable[len(initial):]
    if initial in ("j", "q", "x") and final.startswith("u"):
        final = "ü" + final[1:]  # ju, xuan, qun are jü, xüan, qün
    return initial, final


@cache
def _toneless_readings() -> Counter[str]:
    """Every reading of pypinyin's characters without its tone (ü kept), with how many characters have it."""
    import unicodedata

    from pypinyin.pinyin_dict import pinyin_dict

    readings: Counter[str] = Counter()
    for value in pinyin_dict.values():
        for reading in value.split(","):
            bare = "".join(c for c in unicodedata.normalize("NFD", reading)
                           if not unicodedata.combining(c) or c == "\u0308")
            readings[unicodedata.normalize("NFC", bare)] += 1
    return readings


def _fewest_pieces(word: str, known: Container[str], longest: int) -> list[str] | None:
    """``word`` cut into the fewest pieces that are all ``known`` (at most ``longest`` letters each), the earlier
    cut on ties; None if it cannot be."""
    best: list[list[str] | None] = [[]] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - longest), end):
            prev, here = best[start], best[end]
            if prev is not None and word[start:end] in known and (here is None or len(prev) + 1 < len(here)):
                best[end] = [*prev, word[start:end]]
    return best[len(word)]


def _palladius(syllable: str) -> str | None:
    """The Palladius spelling of a toneless pinyin syllable, or None if it has no vowel ('ng', 'hm')."""
    if syllable in _PALLADIUS_WHOLE:
        return _PALLADIUS_WHOLE[syllable]
    initial, final = _initial_final(syllable)
    spelled = {"üan": "юань", "ün": "юнь"}.get(final) or _PALLADIUS_FINALS.get(final)
    if spelled is None:
        return None
    return _PALLADIUS_INITIALS.get(initial, "") + spelled


_palladius_table: dict[str, str] | None = None


def _palladius_syllables() -> dict[str, str]:
    """Cyrillic syllable -> pinyin, for every syllable of Mandarin (pypinyin's readings); where two syllables
    share a spelling, the one more characters are read as."""
    global _palladius_table
    if _palladius_table is None:
        table: dict[str, str] = {}
        for syllable, _ in _toneless_readings().most_common():
            cyr = _palladius(syllable)
            if cyr is not None:
                table.setdefault(cyr, syllable.replace("ü", "u" if syllable[0] in "jqxy" else "v"))
        _palladius_table = table
    return _palladius_table


def _from_palladius(word: str) -> str | None:
    """Pinyin of a folded Cyrillic word read as Palladius syllables ('юся' -> 'youxia'), or None if it is not
    one (the fewest syllables, at most ``_PALLADIUS_MAX``)."""
    table = _palladius_syllables()
    found = _fewest_pieces(word, table, max(map(len, table)))
    return "".join(table[p] for p in found) if found and len(found) <= _PALLADIUS_MAX else None


_surnames: set[str] | None = None


def _chinese_surnames() -> set[str]:
    """Pinyin of the Chinese family names kg knows (zh.toml's ``surnames``), every reading of each."""
    global _surnames
    if _surnames is None:
        from pypinyin import Style, pinyin

        from .lang import load_language

        _surnames = {r.replace("ü", "v") for name in load_language("zh").surnames
                     for readings in pinyin(name, style=Style.NORMAL, heteronym=True) for r in readings}
        _surnames |= {n.replace("v", "u") for n in _surnames}
    return _surnames


def _chinese_in_cyrillic(folded: str) -> str | None:
    """A name of two or more words, the first a Chinese family name, that all read as Palladius syllables, in
    pinyin ('чжан юся' -> 'zhang youxia'); None for any other name ('иван петров', 'иван ли')."""
    words = folded.split()
    if len(words) < 2 or not all(re.fullmatch(r"[а-яё]+", w) for w in words):
        return None
    pinyin = [_from_palladius(w) for w in words]
    if not all(pinyin) or pinyin[0] not in _chinese_surnames():
        return None
    return " ".join(p for p in pinyin if p)


_ARABIC_DIGRAPHS = {"تش": "ch"}  # the sound Arabic writes for the ch of foreign names ('تشانغ')


def romanize(name: str) -> str:
    """A readable Latin form of a name written in Arabic, Cyrillic or Chinese script (others unchanged)."""
    out = []
    folded = fold(name)
    chinese = _chinese_in_cyrillic(folded)
    if chinese is not None:
        return " ".join(w.capitalize() for w in chinese.split())
    for digraph, latin in _ARABIC_DIGRAPHS.items():
        folded = folded.replace(digraph, latin)
    for ch in folded:
        out.append(_CYRILLIC.get(ch, _ARABIC.get(ch, ch)))
    text = "".join(out)
    if _HAN.search(text):
        text = _HAN.sub(lambda m: _pinyin(m.group()), text) if not NAME_DOTS.search(text) else _pinyin(text)
    return " ".join(w.capitalize() for w in text.split())


# How Arabic writes Chinese syllables, in kg's romanisation of Arabic ('لي شانغ فو' is 'li shang fo', Li Shangfu)
_ARABIC_INITIALS = {"zh": "ch", "ch": "ch", "sh": "sh", "b": "b", "p": "b", "m": "m", "f": "f", "d": "d", "t": "t",
                    "n": "n", "l": "l", "g": "g", "k": "k", "h": "h", "j": "j", "q": "ch", "x": "sh", "r": "r",
                    "z": "ts", "c": "ts", "s": "s"}
_ARABIC_FINALS = {"a": "a", "o": "o", "e": "", "ai": "ai", "ei": "i", "ao": "ao", "ou": "o", "an": "an", "en": "n",
                  "ang": "ang", "eng": "ng", "ong": "ong", "er": "r", "i": "i", "ia": "ia", "ie": "i", "iao": "iao",
                  "iu": "io", "ian": "ian", "in": "in", "iang": "iang", "ing": "ing", "iong": "iong", "u": "o",
                  "ua": "oa", "uo": "o", "uai": "oai", "ui": "oi", "uan": "oan", "un": "on", "uang": "oang",
                  "ü": "ioi", "üe": "ioi", "ün": "on", "üan": "ioan"}
_ARABIC_WHOLE = {"yi": "i", "ya": "ia", "ye": "i", "yao": "iao", "you": "io", "yan": "ian", "yin": "in",
                 "yang": "iang", "ying": "ing", "yong": "iong", "yu": "ioi", "yue": "ioi", "yuan": "ioan", "yun": "ion",
                 "wu": "o", "wa": "oa", "wo": "o", "wai": "oai", "wei": "oi", "wan": "oan", "wen": "on",
                 "wang": "oang", "weng": "ong", "he": "h", "ge": "g", "zi": "tsi", "ci": "tsi", "si": "si"}
# one letter for sounds Arabic spells of Chinese names in several ways (zh, ch, j, q, z: تش, ج, تس, ز)
# and g, which Egyptian spelling writes ج ('شانج')
_SINO_LETTERS = (("tsh", "j"), ("ch", "j"), ("ts", "j"), ("z", "j"), ("g", "j"), ("sh", "s"), ("kh", "h"),
                 ("q", "k"), ("p", "b"), ("v", "f"), ("e", ""), ("u", "o"), ("y", "i"), ("w", "o"))
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")
# the letters Arabic spells Chinese names with: a name with any other (ع, ح, ص, ...) is no Chinese name
_ARABIC_FOR_CHINESE = frozenset("ابتجخدرزسشغفكلمنهوي ")
_ARABIC_SYLLABLE_LETTERS = 7  # an Arabic word of a Chinese name spells one to three syllables


def _arabic_spelling(syllable: str) -> str:
    """How Arabic spells a toneless pinyin syllable, romanised ('zhang' -> 'chang', 'xu' -> 'shioi')."""
    if syllable in _ARABIC_WHOLE:
        return _ARABIC_WHOLE[syllable]
    initial, final = _initial_final(syllable.replace("v", "ü"))  # (the syllables of names write ü as v)
    if not initial:
        return syllable
    return _ARABIC_INITIALS[initial] + _ARABIC_FINALS.get(final, final)


_pinyin_syllables: frozenset[str] | None = None


def _syllables() -> frozenset[str]:
    """Every toneless pinyin syllable (pypinyin's readings), ü written v and, after l and n, also u."""
    global _pinyin_syllables
    if _pinyin_syllables is None:
        found = {r.replace("ü", "v") for r in _toneless_readings()}
        found = {r for r in found if r.isalpha() and r.isascii()}
        _pinyin_syllables = frozenset(found | {s.replace("v", "u") for s in found})
    return _pinyin_syllables


def _split_pinyin(word: str) -> list[str] | None:
    """``word`` as the fewest pinyin syllables (at most ``_PALLADIUS_MAX``), or None if it is no pinyin."""
    found = _fewest_pieces(word, _syllables(), 6)  # 'zhuang', 'shuang': no syllable is longer
    return found if found and len(found) <= _PALLADIUS_MAX else None


def _sino(spelled: str) -> str:
    """The letters of an Arabic-style spelling of Chinese syllables that every spelling of them shares."""
    for a, b in _SINO_LETTERS:
        spelled = spelled.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", spelled)


_arabic_surnames: frozenset[str] | None = None


def _sino_surnames() -> frozenset[str]:
    """``_sino`` of the Chinese family names kg knows, as Arabic spells them."""
    global _arabic_surnames
    if _arabic_surnames is None:
        _arabic_surnames = frozenset(_sino(_arabic_spelling(s)) for s in _chinese_surnames())
    return _arabic_surnames


def _chinese_name_key(name: str) -> str | None:
    """A sound key for a Chinese name in any script: family name, then the given name's syllables run together
    (Arabic writes each syllable apart: 'لي شانغ فو', 'شي جين بينغ'), in letters every script's spelling
    shares; None if ``name`` is not a Chinese name (its first word a Chinese family name, every word a few
    syllables)."""
    if _ARABIC_SCRIPT.search(name):
        words = fold(name).split()
        if len(words) < 2 or any(len(w) > _ARABIC_SYLLABLE_LETTERS for w in words) or not set(
                " ".join(words)) <= _ARABIC_FOR_CHINESE:
            return None
        spelled = _ARABIC_FINAL_VOWEL.sub("", romanize(" ".join(words)).lower()).split()
        if _sino(spelled[0]) not in _sino_surnames():
            return None
    else:
        words = romanize(name).lower().replace("-", "").replace("'", "").split()
        if len(words) < 2 or words[0] not in _chinese_surnames():
            return None
        split = [_split_pinyin(w) for w in words]
        if not all(split):
            return None
        spelled = ["".join(_arabic_spelling(s) for s in syllables or ()) for syllables in split]
    family, given = _sino(spelled[0]), _sino("".join(spelled[1:]))
    return f"{family or spelled[0][:1]} {given or spelled[1][:1]}"


_VOWELS = re.compile(r"[aeiouy]+")
_ARABIC_FINAL_VOWEL = re.compile(r"(?<=[aio])h\b")  # final ه after a long vowel writes a vowel ('أندريه' Andrei)


@lru_cache(maxsize=1 << 16)  # the same names recur across a corpus; bounded, as a long run meets new ones
def phonetic_key(name: str) -> str:
    """A coarse key equal for spellings of one name across scripts ('Yevmenov', 'Евменов', 'يفمينوف'; a
    Chinese name by its syllables: 'Li Shangfu', 'لي شانغ فو', 'Ли Шанфу', '李尚福')."""
    chinese = _chinese_name_key(name)
    return chinese if chinese is not None else _letters_key(name)


@lru_cache(maxsize=1 << 14)
def family_name_first(name: str) -> bool:
    """Whether ``name`` is a Chinese name, its family name first ('Dong Jun', '董军', 'Дун Цзюнь')."""
    return _chinese_name_key(name) is not None


@lru_cache(maxsize=1 << 14)
def consonants(word: str) -> str:
    """The consonants of ``word`` as its Latin spelling sounds, in any script and in one piece ('Tax', 'تاكس',
    'Такс' and '塔克斯', Chinese as foreign names are written in it, give 'tks')."""
    return _letters_key(word).replace(" ", "")


# the consonant classes that transliterations of one surname confuse: liquids ('Chanegriha', '沙恩格里哈' Shaengeliha),
# sibilants, affricates and velars ('ch' is sh in French, tch in English, k in Italian; Arabic ق, Chinese q)
_SOUND_CLASSES = str.maketrans({"r": "l", "s": "k", "c": "k", "j": "k", "z": "k", "d": "t", "m": "n", "b": "f"})


@lru_cache(maxsize=1 << 14)
def surname_sound(word: str) -> str:
    """``consonants`` of ``word`` by class, coarse enough for one surname in any script ('Chanegriha',
    'شنقريحة' and '沙恩格里哈' give 'knklh'): only for comparing people who also hold one post."""
    return consonants(word).translate(_SOUND_CLASSES)


@lru_cache(maxsize=1 << 16)
def _letters_key(name: str) -> str:
    """``phonetic_key`` of a name read letter by letter, not as a Chinese name."""
    s = romanize(name).lower()
    if _ARABIC_SCRIPT.search(name):
        s = _ARABIC_FINAL_VOWEL.sub("", s)
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
