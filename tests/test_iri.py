"""IRIs are deterministic and valid whatever the input text contains."""

from __future__ import annotations

import pytest

from kg.errors import ConfigError
from kg.iri import IriMinter
from kg.translit import phonetic_key, romanize

FORBIDDEN = set('<>"{}|\\^` \u202e\u200b\n\t')


@pytest.mark.parametrize(
    "article_id",
    ["plain", "with space", 'quote"and<angle>', "{braces}|pipe^", "\u202ebidi\u200bzero", "عربي", "中文/路径",
     "a" * 500],
    ids=["plain", "space", "quotes", "braces", "bidi", "arabic", "chinese", "long"],
)
def test_article_iris_are_valid_and_stable(article_id: str) -> None:
    m = IriMinter()
    iri = str(m.article(article_id))
    assert iri == str(IriMinter().article(article_id))
    assert not FORBIDDEN & set(iri)
    assert iri.isascii()
    assert iri.startswith("https://w3id.org/kg/id/article/")


def test_distinct_ids_with_the_same_slug_get_distinct_iris() -> None:
    m = IriMinter()
    assert m.article("a b") != m.article("a-b") != m.article("A B")


@pytest.mark.parametrize(
    "base", ["not a base", "http://x.test/no-slash", "ftp://x test/"], ids=["words", "noslash", "space"]
)
def test_bad_base_is_a_config_error(base: str) -> None:
    with pytest.raises(ConfigError, match="E201"):
        IriMinter(base)


def test_custom_base() -> None:
    assert str(IriMinter("urn:example:kg/").entity("country/CN")) == "urn:example:kg/country/CN"


@pytest.mark.parametrize(
    "name, latin",
    [("Андрей Белоусов", "Andrey Belousov"), ("لي شانغ فو", "Li Shang Fo"),
     ("李尚福", "Li Shangfu"), ("董军", "Dong Jun"),
     ("利纳尔多维奇", "Linaerduoweiqi"), ("谢尔盖·绍伊古", "Xieergai Shaoyigu"), ("習近平", "Xi Jinping"),
     ("تشانغ", "Chang")],
    ids=["cyrillic", "arabic", "chinese-native", "chinese-two-characters", "chinese-foreign", "chinese-name-dot",
         "traditional", "arabic-ch"],
)
def test_names_are_romanised_from_every_script(name: str, latin: str) -> None:
    assert romanize(name) == latin


@pytest.mark.parametrize(
    "a, b",
    [("Vladivostok", "فلاديفوستوك"), ("Vladivostok", "Владивосток"), ("Sevastopol", "سيفاستوبول"),
     ("Qingdao", "تشينغداو"), ("Yevmenov", "يفمينوف"), ("Andrei Belousov", "أندريه بيلوسوف")],
    ids=["ar-long-vowels", "cyrillic", "ar-has-no-p", "ar-ch", "ar-person", "ar-final-h-is-a-vowel"],
)
def test_spellings_in_two_scripts_share_a_sound_key(a: str, b: str) -> None:
    assert phonetic_key(a) == phonetic_key(b)


@pytest.mark.parametrize(
    "russian, pinyin",
    [("Ли Шанфу", "Li Shangfu"), ("Чжан Юся", "Zhang Youxia"), ("Дун Цзюнь", "Dong Jun"),
     ("Си Цзиньпин", "Xi Jinping"), ("Хэ Вэйдун", "He Weidong"), ("Сюй Цилян", "Xu Qiliang"),
     ("Юань Хуачжи", "Yuan Huazhi"), ("Ван И", "Wang Yi")],
    ids=["li-shangfu", "zhang-youxia", "dong-jun", "xi-jinping", "he-weidong", "xu-qiliang", "yuan-huazhi",
         "wang-yi"],
)
def test_a_chinese_name_in_russian_is_read_back_into_pinyin(russian: str, pinyin: str) -> None:
    """Russian writes Chinese names by the Palladius system; read back, they meet the pinyin spelling."""
    assert romanize(russian) == pinyin
    assert phonetic_key(russian) == phonetic_key(pinyin)


@pytest.mark.parametrize(
    "arabic, pinyin",
    [("لي شانغ فو", "Li Shangfu"), ("لي شانج فو", "Li Shangfu"), ("شي جين بينغ", "Xi Jinping"),
     ("تشانغ يو شيا", "Zhang Youxia"), ("هه وي دونغ", "He Weidong"), ("خه وي دونغ", "He Weidong"),
     ("وي فنغ خه", "Wei Fenghe"), ("يانغ جيه تشي", "Yang Jiechi"), ("ما تشاو شيوي", "Ma Zhaoxu"),
     ("يوان هواتشي", "Yuan Huazhi"), ("وانغ يي", "Wang Yi")],
    ids=["li-shangfu", "egyptian-g", "xi-jinping", "zhang-youxia", "he", "he-kha", "wei-fenghe", "yang-jiechi",
         "ma-zhaoxu", "given-name-joined", "wang-yi"],
)
def test_a_chinese_name_in_arabic_meets_its_pinyin_spelling(arabic: str, pinyin: str) -> None:
    """Arabic writes a Chinese name syllable by syllable, mostly without short vowels; the sound key hears the
    syllables as Arabic spells them, and so does it for the pinyin, Russian and Chinese spellings."""
    assert phonetic_key(arabic) == phonetic_key(pinyin)


@pytest.mark.parametrize(
    "a, b",
    [("Wang Yi", "Wang Ying"), ("Wang Yi", "Wang Yu"), ("Li Shangfu", "Li Shangfei"), ("علي حسن", "Li Hesen"),
     ("Zhang Youxia", "Zhang Yuxia")],
    ids=["wang-yi-ying", "wang-yi-yu", "li-shangfu-fei", "arabic-name-is-no-chinese-name", "you-yu"],
)
def test_different_names_keep_different_sound_keys(a: str, b: str) -> None:
    assert phonetic_key(a) != phonetic_key(b)


def test_an_arabic_name_keeps_its_sound_key_with_latin_spelling() -> None:
    assert phonetic_key("علي حسن") == phonetic_key("Ali Hassan")


@pytest.mark.parametrize(
    "name, latin",
    [("Иван Петров", "Ivan Petrov"), ("Андрей Белоусов", "Andrey Belousov"), ("Ким Чен Ын", "Kim Chen Yn"),
     ("Иван Ли", "Ivan Li")],
    ids=["russian", "russian-2", "korean", "one-word-not-chinese"],
)
def test_other_names_in_cyrillic_are_romanised_letter_by_letter(name: str, latin: str) -> None:
    assert romanize(name) == latin
