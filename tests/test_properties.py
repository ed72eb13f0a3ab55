"""Property-based tests: IRI minting, text normalisation, date resolution, and the model-to-RDF mapping."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

import pyoxigraph
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Literal, URIRef

from kg.dates import DateGrammar, resolve_weekday
from kg.gazetteer import load_gazetteer
from kg.iri import IriMinter
from kg.lang import load_language
from kg.models import (
    Article,
    ArticleExtraction,
    DateValue,
    Entity,
    EntityType,
    Event,
    EventType,
    Mention,
    Post,
    Status,
)
from kg.namespaces import KGO, ORG, RDF, SCHEMA, SKOS
from kg.rdf import ArticleGraphs
from kg.text import INVISIBLE, clean_text, fold, slugify

# RFC 3987 forbids these in IRIs; bidi formatting characters are excluded by §4.1
_NOT_IN_IRI = re.compile("[\x00-\x20\x7f-\x9f<>\"{}|\\\\^`\u200e\u200f\u202a-\u202e\u2066-\u2069]")

hostile_text = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
        st.sampled_from(list("<>\"{}|\\^` \t\n\u202e\u202c\u200b\u200f\ufeff\u0640إأ")),
    ),
    max_size=60,
)


def _valid_iri(iri: str) -> None:
    assert not _NOT_IN_IRI.search(iri), iri
    pyoxigraph.NamedNode(iri)  # raises on an invalid IRI


@given(hostile_text)
def test_article_iris_are_valid_deterministic_and_injective(article_id: str) -> None:
    minter = IriMinter()
    iri = minter.article(article_id)
    _valid_iri(str(iri))
    assert minter.article(article_id) == iri
    assert minter.article(article_id + "x") != iri


@given(hostile_text, hostile_text, st.sampled_from(["DefenceMinister", "HeadOfState"]), st.none() | st.just("CN"))
def test_entity_post_and_event_iris_are_valid(key: str, other: str, role: str, country: str | None) -> None:
    minter = IriMinter()
    for iri in (minter.entity(f"person/{slugify(key)}"), minter.entity(key), minter.post(key, role, country),
                minter.event(key + other)):
        _valid_iri(str(iri))
    assert minter.key_of(str(minter.entity(key))) == key


@given(hostile_text)
def test_clean_text_removes_invisible_and_control_characters_and_is_idempotent(text: str) -> None:
    cleaned = clean_text(text)
    assert not INVISIBLE.search(cleaned)
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\r]", cleaned)
    assert clean_text(cleaned) == cleaned


@given(hostile_text)
def test_fold_is_idempotent_and_slugs_are_iri_safe(text: str) -> None:
    assert fold(fold(text)) == fold(text)
    slug = slugify(text)
    assert slug and slug == slugify(slug)
    _valid_iri("https://w3id.org/kg/id/x/" + slug)


def _strip_latin_marks_char_by_char(s: str) -> str:
    """``kg.text._strip_latin_marks`` as it was before its shortcut, for reference."""
    import unicodedata

    out: list[str] = []
    for ch in unicodedata.normalize("NFD", s):
        if unicodedata.combining(ch) and out and "LATIN" in unicodedata.name(out[-1], ""):
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


@given(st.one_of(hostile_text, st.text(alphabet="aeAÉé\u0301\u0308\u0327\u064b\u0651йёЙ\u0306\u05b7ệ中 ")))
def test_latin_marks_are_stripped_as_char_by_char(text: str) -> None:
    from kg.text import _strip_latin_marks

    assert _strip_latin_marks(text) == _strip_latin_marks_char_by_char(text)


@given(st.text(alphabet="أإآٱىةؤئکی٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹ёЁ’‘`ʼaЖ中"))
def test_the_fold_table_is_its_three_tables_in_turn(text: str) -> None:
    from kg.text import _ARABIC_FOLD, _DIGITS, _FOLD_TABLE, _MISC

    assert text.translate(_FOLD_TABLE) == text.translate(_ARABIC_FOLD).translate(_DIGITS).translate(_MISC)


@given(st.text(alphabet="ابتثجحخدذرسشصضطظعغفقكلمنهوي", min_size=1, max_size=12))
def test_arabic_diacritics_tatweel_and_alef_variants_fold_away(word: str) -> None:
    decorated = "\u0640".join(word) + "\u064e"  # tatweel between letters, a fatha at the end
    assert fold(decorated) == fold(word)
    assert fold("أ" + word) == fold("ا" + word) == fold("إ" + word)


@given(st.integers(0, 6), st.dates(dt.date(1990, 1, 1), dt.date(2060, 12, 31)))
def test_a_weekday_resolves_to_the_most_recent_such_day(weekday: int, published: dt.date) -> None:
    day = resolve_weekday(weekday, published)
    assert day.weekday() == weekday
    assert dt.timedelta(0) <= published - day < dt.timedelta(days=7)


@cache
def _grammar(lang: str) -> DateGrammar:
    return DateGrammar(load_language(lang))


# CLDR's long date format in each language is a date the grammar must read back exactly
@given(st.sampled_from(["en", "fr", "ru", "ar", "sw", "zh"]), st.dates(dt.date(1995, 1, 1), dt.date(2040, 12, 31)))
@settings(deadline=None)
def test_cldr_long_dates_resolve_to_the_same_day(lang: str, day: dt.date) -> None:
    from babel.dates import format_date

    text = format_date(day, format="long", locale=lang)
    found = _grammar(lang).find(fold(text), dt.date(2041, 1, 1))
    assert [m.begin.value for m in found if m.begin] == [day.isoformat()], text


# ------------------------------------------------------------------ model to RDF

_names = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=20)
_keys = st.builds(lambda kind, s: f"{kind}/{slugify(s)}", st.sampled_from(["person", "org", "place"]), _names)
_dates = st.builds(lambda d, g: DateValue(value=d.isoformat()[: {"day": 10, "month": 7, "year": 4}[g]],
                                          granularity=g),
                   st.dates(dt.date(1950, 1, 1), dt.date(2100, 1, 1)), st.sampled_from(["day", "month", "year"]))


@st.composite
def extractions(draw: st.DrawFn) -> ArticleExtraction:
    keys = draw(st.lists(_keys, min_size=2, max_size=5, unique=True))
    types = {"person": EntityType.OFFICIAL, "org": EntityType.MINISTRY, "place": EntityType.PLACE}
    entities = {k: Entity(key=k, type=types[k.split("/")[0]], label=draw(_names),
                          country=draw(st.none() | st.just("RU"))) for k in keys}
    article = Article(id=draw(hostile_text.filter(str.strip)), text="x", lang=draw(st.sampled_from(["ar", "sw", "zh"])),
                      published=draw(st.none() | st.dates()), title=draw(st.none() | _names))
    mentions = [Mention(key=k, text=draw(_names), lang=article.lang, sentence=0, start=0, end=1) for k in keys]
    people = [k for k in keys if k.startswith("person/")]
    posts = [Post(holder=p, role="DefenceMinister", country="CN") for p in people]
    events = [Event(type=draw(st.sampled_from(list(EventType))), participants=keys[:2], start=draw(st.none() | _dates),
                    status=draw(st.sampled_from(list(Status))), evidence=[draw(_names)])]
    return ArticleExtraction(article=article, entities=entities, mentions=mentions, posts=posts, events=events)


@given(extractions())
@settings(deadline=None, max_examples=60)
def test_every_extracted_fact_is_in_the_article_graph_and_survives_a_strict_round_trip(ex: ArticleExtraction) -> None:
    minter = IriMinter()
    ds = Dataset()
    art = ArticleGraphs(ds, minter, load_gazetteer()).add(ex, ["event-signature"], {})
    g = ds.graph(art)
    assert (art, SCHEMA.identifier, Literal(ex.article.id)) in g
    for key, e in ex.entities.items():
        node = minter.entity(key)
        assert (node, RDF.type, KGO[e.type.value]) in g
        assert (node, SKOS.prefLabel, Literal(e.label, lang="en")) in g
        assert (node, KGO.mentionedIn, art) in g
    for m in ex.mentions:  # blank surface forms are not labels
        assert not m.text.strip() or (minter.entity(m.key), SKOS.altLabel, Literal(m.text, lang=m.lang)) in g
    for p in ex.posts:
        assert next(g.objects(minter.entity(p.holder), ORG.holds), None) is not None
    ev = ex.events[0]
    node = minter.event("event-signature")
    assert (node, RDF.type, KGO[ev.type.value]) in g
    assert set(g.objects(node, KGO.participant)) == {minter.entity(k) for k in ev.participants}
    if ev.start:
        start = next(g.objects(node, SCHEMA.startDate))
        assert isinstance(start, Literal) and str(start) == ev.start.value
    # the strict parser reads back exactly the quads that were written
    nquads = ds.serialize(format="nquads")
    back = list(pyoxigraph.parse(nquads, format=pyoxigraph.RdfFormat.N_QUADS))
    assert len(back) == len(list(ds.quads((None, None, None, None))))
    assert all(isinstance(q.graph_name, pyoxigraph.NamedNode) and q.graph_name.value == str(art) for q in back)
    assert all(isinstance(t, URIRef) for t in g.subjects())
