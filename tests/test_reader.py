"""Reading articles: formats, metadata, and bad records that are reported without losing the rest."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kg.errors import (
    EmptyTextError,
    EncodingError,
    InputError,
    RecordFormatError,
    TextTooLargeError,
    UnknownLanguageError,
)
from kg.models import Article
from kg.reader import read_articles

GOOD = "Russian President Vladimir Putin met the Chinese defence minister in Moscow on Sunday."


def _split(items: list[Article | InputError]) -> tuple[list[Article], list[InputError]]:
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, InputError)]


def test_txt_with_sidecar(tmp_path: Path) -> None:
    (tmp_path / "a1.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a1.json").write_text(json.dumps({"lang": "en", "published": "2023-04-16", "url": "http://x.test/1"}))
    (arts, errs) = _split(list(read_articles([tmp_path])))
    assert errs == []
    assert arts[0].id == "a1" and arts[0].lang == "en" and arts[0].published == dt.date(2023, 4, 16)
    assert arts[0].url == "http://x.test/1"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Waziri wa Ulinzi wa China alikutana na mkuu wa jeshi la Urusi huko Beijing.", "sw"),
        ("التقى وزير الدفاع الصيني بالرئيس الروسي في موسكو.", "ar"),
        ("Министр обороны Китая встретился с президентом России.", "ru"),
        ("Le ministre chinois de la Défense a rencontré le président russe à Moscou.", "fr"),
        ("俄罗斯总统在莫斯科会见中国国防部长。", "zh"),
        (GOOD, "en"),
    ],
    ids=["sw", "ar", "ru", "fr", "zh", "en"],
)
def test_language_is_detected_when_missing(tmp_path: Path, text: str, lang: str) -> None:
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "x", "text": text}, ensure_ascii=False) + "\n")
    (arts, errs) = _split(list(read_articles([tmp_path / "a.jsonl"])))
    assert errs == [] and arts[0].lang == lang


def test_bad_records_are_reported_and_good_ones_kept(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "good-1", "text": GOOD, "lang": "en"}),
        '{"id": "cut", "text": "Putin met',
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps({"id": "nolang", "text": "12345 67890", }),
        json.dumps({"id": "xx", "text": GOOD, "lang": "tlh"}),
        json.dumps({"id": "bigone", "text": "a" * 200}),
        json.dumps({"id": "baddate", "text": GOOD, "published": "yesterday-ish"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "good-1", "text": GOOD}),
        json.dumps({"id": "good-2", "text": GOOD, "lang": "en"}),
    ]
    path = tmp_path / "mix.jsonl"
    path.write_bytes("\n".join(lines).encode() + b"\n" + b'{"id": "latin1", "text": "caf\xe9"}\n')
    (arts, errs) = _split(list(read_articles([path], max_chars=100)))
    assert [a.id for a in arts] == ["good-1", "good-2"]
    kinds = {type(e) for e in errs}
    assert {RecordFormatError, EmptyTextError, UnknownLanguageError, TextTooLargeError, EncodingError} <= kinds
    assert len(errs) == 9
    assert all(str(path) in e.record for e in errs)
    assert any(":2" in e.record and "malformed JSON" in e.reason for e in errs)
    assert any("duplicate id" in e.reason for e in errs)


def test_utf16_with_bom_and_invisible_characters(tmp_path: Path) -> None:
    text = "\u202eRussian\u200b President Vladimir Putin met the officials of the ministry."
    (tmp_path / "u16.txt").write_bytes(text.encode("utf-16"))  # Python writes a BOM
    (arts, errs) = _split(list(read_articles([tmp_path / "u16.txt"])))
    assert errs == []
    assert arts[0].text.startswith("Russian President")


def test_html_is_reduced_to_text(tmp_path: Path) -> None:
    html = "<html><head><script>var x=1;</script></head><body><p>" + GOOD + "</p></body></html>"
    (tmp_path / "h.jsonl").write_text(json.dumps({"id": "h", "text": html, "lang": "en"}) + "\n")
    (arts, _) = _split(list(read_articles([tmp_path / "h.jsonl"])))
    assert arts[0].text == GOOD
