"""Read articles from .txt files (with optional .json sidecars) and .jsonl files; bad records become errors."""

from __future__ import annotations

import codecs
import datetime as dt
import html
import json
import re
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

from .errors import (
    EmptyTextError,
    EncodingError,
    InputError,
    RecordFormatError,
    TextTooLargeError,
    UnknownLanguageError,
)
from .lang import supported_languages
from .langid import detect_language, normalise_lang
from .models import Article
from .text import clean_text

__all__ = ["DEFAULT_MAX_CHARS", "decode", "make_article", "read_articles"]

DEFAULT_MAX_CHARS = 5_000_000
_HTML_HINT = re.compile(r"<\s*(html|body|p|div|span|br|article|head|script|a)\b", re.I)
_FIELDS = {"id", "text", "url", "lang", "published", "title", "source"}


def decode(data: bytes, record: str) -> str:
    """Decode UTF-8 (with or without BOM) or BOM-marked UTF-16/32; anything else is an ``EncodingError``."""
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as e:
                raise EncodingError(f"invalid {enc} at byte {e.start}", record) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise EncodingError(f"not valid UTF-8 at byte {e.start}; re-encode the file as UTF-8", record) from None


class _TextOnly(HTMLParser):
    _SKIP: ClassVar[set[str]] = {"script", "style", "head", "nav", "footer"}
    _BLOCK: ClassVar[set[str]] = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "article", "section", "tr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self.skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self.skip:
            self.skip -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def _strip_html(text: str) -> str:
    if not _HTML_HINT.search(text[:2000]):
        return text
    parser = _TextOnly()
    parser.feed(text)
    parser.close()
    return html.unescape(re.sub(r"\n\s*\n+", "\n", "".join(parser.parts))).strip()


def _parse_date(value: object, record: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise RecordFormatError(f"'published' must be an ISO date string, got {type(value).__name__}", record)
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise RecordFormatError(f"'published' is not an ISO date (YYYY-MM-DD): {value[:40]!r}", record) from None


def _optional_str(meta: dict[str, object], name: str, record: str) -> str | None:
    v = meta.get(name)
    if v is None:
        return None
    if not isinstance(v, str):
        raise RecordFormatError(f"'{name}' must be a string", record)
    v = clean_text(v).strip()
    return v or None


def make_article(meta: dict[str, object], record: str, max_chars: int = DEFAULT_MAX_CHARS) -> Article:
    """Validate and clean one record (``id``, ``text`` and optional metadata) into an ``Article``."""
    aid, text = meta.get("id"), meta.get("text")
    if not isinstance(aid, (str, int)) or str(aid).strip() == "":
        raise RecordFormatError("missing or empty 'id'", record)
    aid = clean_text(str(aid)).strip()
    record = f"{record} (id {aid})" if record else aid
    if not isinstance(text, str):
        raise RecordFormatError("missing 'text' or it is not a string", record)
    if len(text) > max_chars:
        raise TextTooLargeError(f"text has {len(text):,} characters, over the limit of {max_chars:,} "
                                "(raise it with --max-chars)", record)
    text = _strip_html(clean_text(text)).strip()
    if not text:
        raise EmptyTextError("text is empty", record)
    lang_value = meta.get("lang")
    if lang_value:
        if not isinstance(lang_value, str):
            raise RecordFormatError("'lang' must be a string", record)
        lang = normalise_lang(lang_value)
        if lang not in supported_languages():
            raise UnknownLanguageError(f"language {lang_value!r} is not supported "
                                       f"(supported: {', '.join(supported_languages())})", record)
    else:
        lang = detect_language(text, record)
    return Article(
        id=aid, text=text, lang=lang, url=_optional_str(meta, "url", record),
        published=_parse_date(meta.get("published"), record), title=_optional_str(meta, "title", record),
        source=_optional_str(meta, "source", record), origin=record,
    )


def _read_txt(path: Path, max_chars: int) -> Iterator[Article | InputError]:
    record = str(path)
    try:
        meta: dict[str, object] = {"id": path.stem}
        side = path.with_suffix(".json")
        if side.is_file():
            try:
                extra = json.loads(decode(side.read_bytes(), str(side)))
            except json.JSONDecodeError as e:
                raise RecordFormatError(f"sidecar is not valid JSON: {e.msg} at line {e.lineno}", str(side)) from None
            if not isinstance(extra, dict):
                raise RecordFormatError("sidecar must hold a JSON object", str(side))
            meta.update({k: v for k, v in extra.items() if k in _FIELDS - {"text"}})
        meta["text"] = decode(path.read_bytes(), record)
        yield make_article(meta, record, max_chars)
    except InputError as e:
        yield e
    except OSError as e:
        yield InputError(f"cannot read file: {e.strerror}", record)


def _read_jsonl(path: Path, max_chars: int) -> Iterator[Article | InputError]:
    try:
        fh = path.open("rb")
    except OSError as e:
        yield InputError(f"cannot read file: {e.strerror}", str(path))
        return
    with fh:
        for n, raw in enumerate(fh, 1):
            record = f"{path}:{n}"
            if not raw.strip():
                continue
            try:
                line = decode(raw, record)
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as e:
                    raise RecordFormatError(f"malformed JSON line ({e.msg} at column {e.colno})", record) from None
                if not isinstance(obj, dict):
                    raise RecordFormatError("a line must hold a JSON object", record)
                yield make_article(obj, record, max_chars)
            except InputError as e:
                yield e


def _files(paths: Iterable[Path]) -> Iterator[Path]:
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix in (".txt", ".jsonl"):
                    yield f
        else:
            yield p


def read_articles(paths: Iterable[str | Path], max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Article | InputError]:
    """Yield each article of the inputs, or the ``InputError`` that stopped it; duplicate ids are errors."""
    # a million ids must not cost a gigabyte: keep the id's hash and where it was first seen, packed in ints
    seen: dict[int, int] = {}
    files: list[str] = []
    for f in _files(Path(p) for p in paths):
        if not f.exists():
            yield InputError("no such file or folder", str(f))
            continue
        if f.suffix == ".jsonl":
            items = _read_jsonl(f, max_chars)
        elif f.suffix == ".txt":
            items = _read_txt(f, max_chars)
        else:
            yield InputError("unsupported input; give .txt or .jsonl files or a folder", str(f))
            continue
        files.append(str(f))
        for item in items:
            if isinstance(item, Article):
                key = hash(item.id)
                if key in seen:
                    where, at = divmod(seen[key], 1 << 32)
                    first = f"{files[where]}:{at}" if at else files[where]
                    yield RecordFormatError(f"duplicate id {item.id!r} (first seen at {first})", item.origin)
                    continue
                _, sep, line = item.origin.rpartition(":")
                seen[key] = ((len(files) - 1) << 32) + (int(line) if sep and line.isdigit() else 0)
            yield item
