"""Map extractions to an RDF dataset: one named graph per article, IRIs from ``IriMinter``."""

from __future__ import annotations

from collections.abc import Callable

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from .gazetteer import Gazetteer
from .iri import IriMinter
from .models import ArticleExtraction, DateValue, Entity, EntityType, Event, EventType
from .namespaces import KGO, ORG, OWL, PROV, RDF, SCHEMA, SKOS, XSD

__all__ = ["ArticleGraphs", "Triple", "bind_prefixes", "date_literal"]

Triple = tuple[Node, Node, Node]

_CLASS = {
    EntityType.PERSON: KGO.Person,
    EntityType.OFFICIAL: KGO.Official,
    EntityType.ORGANIZATION: KGO.Organization,
    EntityType.MINISTRY: KGO.Ministry,
    EntityType.ARMED_FORCE: KGO.ArmedForce,
    EntityType.COUNTRY: KGO.Country,
    EntityType.PLACE: KGO.Place,
}
_EVENT_CLASS = {
    EventType.MEETING: KGO.Meeting,
    EventType.VISIT: KGO.Visit,
    EventType.EXERCISE: KGO.MilitaryExercise,
    EventType.STATEMENT: KGO.Statement,
}
_DATATYPE = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}


def date_literal(d: DateValue) -> Literal:
    """``xsd:date``, ``xsd:gYearMonth`` or ``xsd:gYear`` by granularity."""
    return Literal(d.value, datatype=_DATATYPE[d.granularity])


def bind_prefixes(g: Graph | Dataset, minter: IriMinter) -> None:
    for prefix, ns in (("kgo", str(KGO)), ("schema", str(SCHEMA)), ("org", str(ORG)), ("prov", str(PROV)),
                       ("skos", str(SKOS)), ("owl", str(OWL)), ("xsd", str(XSD)), ("kg", minter.base)):
        g.bind(prefix, ns, override=True)


def _lang_tag(lang: str) -> str:
    return lang or "und"


class _T:
    """The vocabulary's terms, looked up once (a namespace attribute is a Python-level lookup)."""

    type, article, post, country_class = RDF.type, KGO.Article, ORG.Post, KGO.Country
    identifier, in_language, url, published = SCHEMA.identifier, SCHEMA.inLanguage, SCHEMA.url, SCHEMA.datePublished
    headline, publisher, any_uri, date = SCHEMA.headline, SCHEMA.publisher, XSD.anyURI, XSD.date
    pref_label, alt_label, same_as = SKOS.prefLabel, SKOS.altLabel, OWL.sameAs
    country_code, country, mentioned_in = KGO.countryCode, KGO.country, KGO.mentionedIn
    holds, role, post_in, derived = ORG.holds, ORG.role, ORG.postIn, PROV.wasDerivedFrom
    participant, visitor, host, location = KGO.participant, KGO.visitor, KGO.host, SCHEMA.location
    armed_force, series, series_class = KGO.armedForce, KGO.series, KGO.ExerciseSeries
    start, end, date_text, status = SCHEMA.startDate, SCHEMA.endDate, KGO.dateText, KGO.status
    plover, evidence, speaker, quote = KGO.ploverType, KGO.evidence, KGO.speaker, KGO.quote


# terms that recur across articles (entity IRIs, labels, dates, roles) are made once; a bound keeps memory flat
_CACHE_SIZE = 50_000


class ArticleGraphs:
    """Writes each article's assertions into its own named graph of a ``Dataset``."""

    def __init__(self, dataset: Dataset, minter: IriMinter, gazetteer: Gazetteer) -> None:
        self.ds = dataset
        self.minter = minter
        self.gaz = gazetteer
        self._iris: dict[str, URIRef] = {}
        self._literals: dict[tuple[str, str | None, URIRef | None], Literal] = {}
        bind_prefixes(dataset, minter)

    def _entity(self, key: str) -> URIRef:
        found = self._iris.get(key)
        if found is None:
            if len(self._iris) >= _CACHE_SIZE:
                self._iris.clear()
            found = self._iris[key] = self.minter.entity(key)
        return found

    def _literal(self, value: str, lang: str | None = None, datatype: URIRef | None = None) -> Literal:
        key = (value, lang, datatype)
        found = self._literals.get(key)
        if found is None:
            if len(self._literals) >= _CACHE_SIZE:
                self._literals.clear()
            found = self._literals[key] = Literal(value, lang=lang, datatype=datatype)
        return found

    def add(self, ex: ArticleExtraction, event_names: list[str], people: dict[str, str]) -> URIRef:
        """Add one article's graph to the dataset (see ``triples``); returns the graph's name."""
        art, triples = self.triples(ex, event_names, people)
        self.ds.addN((s, p, o, self.ds.graph(art)) for s, p, o in triples)
        return art

    def triples(self, ex: ArticleExtraction, event_names: list[str], people: dict[str, str]
                ) -> tuple[URIRef, list[Triple]]:
        """One article's graph as its name and distinct triples, in a stable order; ``event_names[i]`` names its
        i-th event, ``people`` re-keys unified people."""
        t, lit, entity = _T, self._literal, self._entity
        a = ex.article
        art = self.minter.article(a.id)
        out: list[Triple] = []
        add = out.append
        add((art, t.type, t.article))
        add((art, t.identifier, Literal(a.id)))
        add((art, t.in_language, lit(a.lang)))
        if a.url:
            add((art, t.url, Literal(a.url, datatype=t.any_uri)))
        if a.published:
            add((art, t.published, lit(a.published.isoformat(), datatype=t.date)))
        if a.title:
            add((art, t.headline, Literal(a.title, lang=_lang_tag(a.lang))))
        if a.source:
            add((art, t.publisher, lit(a.source)))

        def iri(key: str) -> URIRef:
            return entity(people.get(key, key))

        mentioned = {m.key for m in ex.mentions}
        described: set[str] = set()

        def describe(key: str, e: Entity | None) -> None:
            """Type, label, country and identity of an entity this graph names, once; from the gazetteer when
            the article only refers to it (the ministry of a post, the country of a ministry)."""
            if key in described:
                return
            described.add(key)
            e = e or self.gaz.get(key)
            node = iri(key)
            if e is None:  # a country code the gazetteer lacks
                if key.startswith("country/"):
                    add((node, t.type, t.country_class))
                    add((node, t.pref_label, lit(key.split("/", 1)[1], "en")))
                    add((node, t.country_code, lit(key.split("/", 1)[1])))
                return
            add((node, t.type, _CLASS[e.type]))
            # a person merged into another article's keeps one preferred label: the other's
            add((node, t.pref_label if people.get(key, key) == key else t.alt_label, lit(e.label, "en")))
            if e.type is EntityType.COUNTRY:
                add((node, t.country_code, lit(key.split("/", 1)[1])))
            elif e.country and e.type.is_org:
                add((node, t.country, entity(f"country/{e.country}")))
                describe(f"country/{e.country}", None)
            if e.same_as:
                add((node, t.same_as, URIRef(e.same_as)))

        for key, e in ex.entities.items():
            describe(key, e)
            if key in mentioned:
                add((iri(key), t.mentioned_in, art))
        for m in ex.mentions:
            if m.text.strip():
                add((iri(m.key), t.alt_label, lit(m.text, _lang_tag(m.lang))))

        for p in ex.posts:
            holder = people.get(p.holder, p.holder)
            post = self.minter.post(holder, p.role, p.country)
            add((iri(p.holder), t.holds, post))
            add((post, t.type, t.post))
            add((post, t.role, KGO[p.role]))
            add((post, t.derived, art))
            org = p.org or (f"country/{p.country}" if p.country else None)
            if org:
                add((post, t.post_in, iri(org)))
                describe(org, ex.entities.get(org))
            if p.country:
                add((post, t.country, entity(f"country/{p.country}")))
                describe(f"country/{p.country}", ex.entities.get(f"country/{p.country}"))

        for ev, name in zip(ex.events, event_names, strict=True):
            for ref in (*ev.participants, *ev.armed_forces, ev.visitor, ev.host, ev.location, ev.speaker):
                if ref:
                    describe(ref, ex.entities.get(ref))
            self._event(add, art, ev, self.minter.event(name), iri, a.lang)
        return art, list(dict.fromkeys(out))

    def _event(self, add: Callable[[Triple], None], art: URIRef, ev: Event, node: URIRef, to: Callable[[str], URIRef],
               lang: str) -> None:
        t, lit = _T, self._literal
        add((node, t.type, _EVENT_CLASS[ev.type]))
        for p in ev.participants:
            add((node, t.participant, to(p)))
        for force in ev.armed_forces:
            add((node, t.armed_force, to(force)))
        series = self.gaz.series.get(ev.series) if ev.series else None
        if series is not None:
            add((node, t.series, to(series.key)))
            add((to(series.key), t.type, t.series_class))
            add((to(series.key), t.pref_label, lit(series.label, "en")))
        if ev.visitor:
            add((node, t.visitor, to(ev.visitor)))
        if ev.host:
            add((node, t.host, to(ev.host)))
        if ev.location:
            add((node, t.location, to(ev.location)))
        if ev.start:
            add((node, t.start, lit(ev.start.value, datatype=_DATATYPE[ev.start.granularity])))
        if ev.end:
            add((node, t.end, lit(ev.end.value, datatype=_DATATYPE[ev.end.granularity])))
        if ev.date_text and not ev.start:
            add((node, t.date_text, lit(ev.date_text, _lang_tag(lang))))
        add((node, t.status, lit(ev.status.value)))
        add((node, t.plover, lit(ev.type.plover)))
        add((node, t.derived, art))
        for sentence in ev.evidence:
            add((node, t.evidence, Literal(sentence, lang=_lang_tag(lang))))
        if ev.speaker:
            add((node, t.speaker, to(ev.speaker)))
        if ev.quote:
            add((node, t.quote, Literal(ev.quote, lang=_lang_tag(lang))))
