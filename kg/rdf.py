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


class ArticleGraphs:
    """Writes each article's assertions into its own named graph of a ``Dataset``."""

    def __init__(self, dataset: Dataset, minter: IriMinter, gazetteer: Gazetteer) -> None:
        self.ds = dataset
        self.minter = minter
        self.gaz = gazetteer
        bind_prefixes(dataset, minter)

    def add(self, ex: ArticleExtraction, event_names: list[str], people: dict[str, str]) -> URIRef:
        """Add one article's graph to the dataset (see ``triples``); returns the graph's name."""
        art, triples = self.triples(ex, event_names, people)
        self.ds.addN((s, p, o, self.ds.graph(art)) for s, p, o in triples)
        return art

    def triples(self, ex: ArticleExtraction, event_names: list[str], people: dict[str, str]
                ) -> tuple[URIRef, list[Triple]]:
        """One article's graph as its name and distinct triples, in a stable order; ``event_names[i]`` names its
        i-th event, ``people`` re-keys unified people."""
        a = ex.article
        art = self.minter.article(a.id)
        out: list[Triple] = []
        add = out.append
        add((art, RDF.type, KGO.Article))
        add((art, SCHEMA.identifier, Literal(a.id)))
        add((art, SCHEMA.inLanguage, Literal(a.lang)))
        if a.url:
            add((art, SCHEMA.url, Literal(a.url, datatype=XSD.anyURI)))
        if a.published:
            add((art, SCHEMA.datePublished, Literal(a.published.isoformat(), datatype=XSD.date)))
        if a.title:
            add((art, SCHEMA.headline, Literal(a.title, lang=_lang_tag(a.lang))))
        if a.source:
            add((art, SCHEMA.publisher, Literal(a.source)))

        def iri(key: str) -> URIRef:
            return self.minter.entity(people.get(key, key))

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
                    add((node, RDF.type, KGO.Country))
                    add((node, SKOS.prefLabel, Literal(key.split("/", 1)[1], lang="en")))
                    add((node, KGO.countryCode, Literal(key.split("/", 1)[1])))
                return
            add((node, RDF.type, _CLASS[e.type]))
            add((node, SKOS.prefLabel, Literal(e.label, lang="en")))
            if e.type is EntityType.COUNTRY:
                add((node, KGO.countryCode, Literal(key.split("/", 1)[1])))
            elif e.country and e.type.is_org:
                add((node, KGO.country, self.minter.entity(f"country/{e.country}")))
                describe(f"country/{e.country}", None)
            if e.same_as:
                add((node, OWL.sameAs, URIRef(e.same_as)))

        for key, e in ex.entities.items():
            describe(key, e)
            if key in mentioned:
                add((iri(key), KGO.mentionedIn, art))
        for m in ex.mentions:
            if m.text.strip():
                add((iri(m.key), SKOS.altLabel, Literal(m.text, lang=_lang_tag(m.lang))))

        for p in ex.posts:
            holder = people.get(p.holder, p.holder)
            post = self.minter.post(holder, p.role, p.country)
            add((iri(p.holder), ORG.holds, post))
            add((post, RDF.type, ORG.Post))
            add((post, ORG.role, KGO[p.role]))
            add((post, PROV.wasDerivedFrom, art))
            org = p.org or (f"country/{p.country}" if p.country else None)
            if org:
                add((post, ORG.postIn, iri(org)))
                describe(org, ex.entities.get(org))
            if p.country:
                add((post, KGO.country, self.minter.entity(f"country/{p.country}")))
                describe(f"country/{p.country}", ex.entities.get(f"country/{p.country}"))

        for ev, name in zip(ex.events, event_names, strict=True):
            for ref in (*ev.participants, ev.visitor, ev.host, ev.location, ev.speaker):
                if ref:
                    describe(ref, ex.entities.get(ref))
            self._event(add, art, ev, self.minter.event(name), iri, a.lang)
        return art, list(dict.fromkeys(out))

    def _event(self, add: Callable[[Triple], None], art: URIRef, ev: Event, node: URIRef, to: Callable[[str], URIRef],
               lang: str) -> None:
        add((node, RDF.type, _EVENT_CLASS[ev.type]))
        for p in ev.participants:
            add((node, KGO.participant, to(p)))
        if ev.visitor:
            add((node, KGO.visitor, to(ev.visitor)))
        if ev.host:
            add((node, KGO.host, to(ev.host)))
        if ev.location:
            add((node, SCHEMA.location, to(ev.location)))
        if ev.start:
            add((node, SCHEMA.startDate, date_literal(ev.start)))
        if ev.end:
            add((node, SCHEMA.endDate, date_literal(ev.end)))
        if ev.date_text and not ev.start:
            add((node, KGO.dateText, Literal(ev.date_text, lang=_lang_tag(lang))))
        add((node, KGO.status, Literal(ev.status.value)))
        add((node, KGO.ploverType, Literal(ev.type.plover)))
        add((node, PROV.wasDerivedFrom, art))
        for sentence in ev.evidence:
            add((node, KGO.evidence, Literal(sentence, lang=_lang_tag(lang))))
        if ev.speaker:
            add((node, KGO.speaker, to(ev.speaker)))
        if ev.quote:
            add((node, KGO.quote, Literal(ev.quote, lang=_lang_tag(lang))))

