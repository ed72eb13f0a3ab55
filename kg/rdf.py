"""Map extractions to an RDF dataset: one named graph per article, IRIs from ``IriMinter``."""

from __future__ import annotations

from collections.abc import Callable

from rdflib import Dataset, Graph, Literal, URIRef

from .gazetteer import Gazetteer
from .iri import IriMinter
from .models import ArticleExtraction, DateValue, EntityType, Event, EventType
from .namespaces import KGO, ORG, OWL, PROV, RDF, SCHEMA, SKOS, XSD

__all__ = ["ArticleGraphs", "bind_prefixes", "date_literal"]

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
        """Add one article; ``event_names[i]`` names its i-th event, ``people`` re-keys unified people."""
        a = ex.article
        art = self.minter.article(a.id)
        g = self.ds.graph(art)
        g.add((art, RDF.type, KGO.Article))
        g.add((art, SCHEMA.identifier, Literal(a.id)))
        g.add((art, SCHEMA.inLanguage, Literal(a.lang)))
        if a.url:
            g.add((art, SCHEMA.url, Literal(a.url, datatype=XSD.anyURI)))
        if a.published:
            g.add((art, SCHEMA.datePublished, Literal(a.published.isoformat(), datatype=XSD.date)))
        if a.title:
            g.add((art, SCHEMA.headline, Literal(a.title, lang=_lang_tag(a.lang))))
        if a.source:
            g.add((art, SCHEMA.publisher, Literal(a.source)))

        def iri(key: str) -> URIRef:
            return self.minter.entity(people.get(key, key))

        mentioned = {m.key for m in ex.mentions}
        for key, e in ex.entities.items():
            node = iri(key)
            g.add((node, RDF.type, _CLASS[e.type]))
            g.add((node, SKOS.prefLabel, Literal(e.label, lang="en")))
            if key in mentioned:
                g.add((node, KGO.mentionedIn, art))
            if e.type is EntityType.COUNTRY:
                g.add((node, KGO.countryCode, Literal(key.split("/", 1)[1])))
            elif e.country and e.type.is_org:
                g.add((node, KGO.country, self.minter.entity(f"country/{e.country}")))
                g.add((self.minter.entity(f"country/{e.country}"), RDF.type, KGO.Country))
            if e.same_as:
                g.add((node, OWL.sameAs, URIRef(e.same_as)))
        for m in ex.mentions:
            if m.text.strip():
                g.add((iri(m.key), SKOS.altLabel, Literal(m.text, lang=_lang_tag(m.lang))))

        labelled: set[URIRef] = set()
        for p in ex.posts:
            holder = people.get(p.holder, p.holder)
            post = self.minter.post(holder, p.role, p.country)
            g.add((iri(p.holder), ORG.holds, post))
            g.add((post, RDF.type, ORG.Post))
            g.add((post, ORG.role, KGO[p.role]))
            g.add((post, PROV.wasDerivedFrom, art))
            org = p.org or (f"country/{p.country}" if p.country else None)
            if org:
                g.add((post, ORG.postIn, iri(org)))
            if p.country:
                country = self.minter.entity(f"country/{p.country}")
                g.add((post, KGO.country, country))
                g.add((country, RDF.type, KGO.Country))
                g.add((country, KGO.countryCode, Literal(p.country)))
                if country not in labelled:
                    label = self.gaz.get(f"country/{p.country}")
                    g.add((country, SKOS.prefLabel, Literal(label.label if label else p.country, lang="en")))
                    labelled.add(country)

        for ev, name in zip(ex.events, event_names, strict=True):
            self._event(g, art, ev, self.minter.event(name), iri, a.lang)
        return art

    def _event(self, g: Graph, art: URIRef, ev: Event, node: URIRef, to: Callable[[str], URIRef],
               lang: str) -> None:
        g.add((node, RDF.type, _EVENT_CLASS[ev.type]))
        for p in ev.participants:
            g.add((node, KGO.participant, to(p)))
        if ev.visitor:
            g.add((node, KGO.visitor, to(ev.visitor)))
        if ev.host:
            g.add((node, KGO.host, to(ev.host)))
        if ev.location:
            g.add((node, SCHEMA.location, to(ev.location)))
        if ev.start:
            g.add((node, SCHEMA.startDate, date_literal(ev.start)))
        if ev.end:
            g.add((node, SCHEMA.endDate, date_literal(ev.end)))
        if ev.date_text and not ev.start:
            g.add((node, KGO.dateText, Literal(ev.date_text, lang=_lang_tag(lang))))
        g.add((node, KGO.status, Literal(ev.status.value)))
        g.add((node, KGO.ploverType, Literal(ev.type.plover)))
        g.add((node, PROV.wasDerivedFrom, art))
        for sentence in ev.evidence:
            g.add((node, KGO.evidence, Literal(sentence, lang=_lang_tag(lang))))
        if ev.speaker:
            g.add((node, KGO.speaker, to(ev.speaker)))
        if ev.quote:
            g.add((node, KGO.quote, Literal(ev.quote, lang=_lang_tag(lang))))

