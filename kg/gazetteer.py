"""Known entities: countries from CLDR (Babel) and the curated ``ontology/gazetteer.ttl``."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from .models import Entity, EntityType
from .namespaces import DEFAULT_BASE, KGO, OWL, RDF, SKOS
from .resources import ontology_file
from .text import fold, slugify

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = ["CLDR_LOCALES", "Gazetteer", "Series", "load_gazetteer", "read_gazetteer_file", "read_series_file"]

# kg language code -> CLDR locales whose country names are read
CLDR_LOCALES: dict[str, tuple[str, ...]] = {
    "en": ("en",),
    "sw": ("sw",),
    "ar": ("ar",),
    "ru": ("ru",),
    "fr": ("fr",),
    "zh": ("zh_Hans", "zh_Hant"),
}
# CLDR territory codes that are not countries
_MIN_PLACE_KEY = 5  # letters of a place's sound key below which it names too many words
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AQ", "BV", "HM", "CP", "DG", "EA", "IC", "TA", "UM"}


class Series(NamedTuple):
    """A named exercise series (``kgo:ExerciseSeries``): its key (``series/vostok``), English name and names."""

    key: str
    label: str
    names: tuple[tuple[str, str], ...]


class Gazetteer:
    """An index of known entities by key, with lookups the extractor needs."""

    def __init__(self, entities: list[Entity], series: Iterable[Series] = ()) -> None:
        self.entities: dict[str, Entity] = {e.key: e for e in entities}
        self.series: dict[str, Series] = {s.key: s for s in series}
        self._by_kind: dict[tuple[str, str], str] = {}
        self._sounds: dict[str, set[str]] | None = None
        self._place_sounds: dict[str, set[str]] | None = None
        self._capitals: dict[str, str] | None = None
        for e in entities:
            if e.kind and e.country:
                self._by_kind.setdefault((e.kind, e.country), e.key)

    def person_by_sound(self, name: str) -> str | None:
        """The one known person whose full name sounds like ``name`` across scripts, if any."""
        from .translit import phonetic_key

        if self._sounds is None:
            index: dict[str, set[str]] = {}
            for e in self.entities.values():
                if e.type.is_person:
                    for n, _ in e.names:
                        pk = phonetic_key(n)
                        if len(pk.split()) >= 2:
                            index.setdefault(pk, set()).add(e.key)
            self._sounds = index
        pk = phonetic_key(name)
        hits = self._sounds.get(pk, set()) if len(pk.split()) >= 2 else set()
        return next(iter(hits)) if len(hits) == 1 else None

    def place_by_sound(self, word: str) -> str | None:
        """The one known place (not a country) with a one-word name that sounds like ``word`` in some script
        ('فلاديفوستوك' and 'Vladivostock' for Vladivostok); short keys are too ambiguous to count."""
        from .translit import phonetic_key

        if self._place_sounds is None:
            index: dict[str, set[str]] = {}
            for e in self.entities.values():
                if e.type is EntityType.PLACE:
                    for n, _ in e.names:
                        pk = phonetic_key(n)
                        if " " not in pk and len(pk) >= _MIN_PLACE_KEY:
                            index.setdefault(pk, set()).add(e.key)
            self._place_sounds = index
        pk = phonetic_key(word)
        hits = self._place_sounds.get(pk, set()) if len(pk) >= _MIN_PLACE_KEY else set()
        return next(iter(hits)) if len(hits) == 1 else None

    def __contains__(self, key: object) -> bool:
        return key in self.entities

    def __getitem__(self, key: str) -> Entity:
        return self.entities[key]

    def get(self, key: str) -> Entity | None:
        return self.entities.get(key)

    def capital_of(self, country: str) -> str | None:
        """Key of the capital of ``country`` (an ISO code), if the gazetteer knows it."""
        if self._capitals is None:
            capitals: dict[str, str] = {}
            for key in sorted(self.entities):
                e = self.entities[key]
                if e.type is EntityType.PLACE and e.kind == "capital" and (cc := self.country_of(key)):
                    capitals.setdefault(cc, key)
            self._capitals = capitals
        return self._capitals.get(country)

    def institution(self, kind: str, country: str) -> str | None:
        """Key of the institution of ``kind`` (e.g. ``DefenceMinistry``) of ``country``."""
        return self._by_kind.get((kind, country))

    def country_of(self, key: str) -> str | None:
        """ISO code of the country an entity is or belongs to."""
        e = self.entities.get(key)
        if e is None:
            return key[8:] if key.startswith("country/") else None
        if e.type is EntityType.COUNTRY:
            return key[8:]
        if e.country:
            return e.country
        if e.located_in:
            return self.country_of(e.located_in)
        return None

    def within(self, inner: str, outer: str) -> bool:
        """Whether place ``inner`` is ``outer`` or lies inside it."""
        seen = set()
        cur: str | None = inner
        while cur and cur not in seen:
            if cur == outer:
                return True
            seen.add(cur)
            e = self.entities.get(cur)
            cur = e.located_in if e else None
        return False


def _cldr_countries() -> list[Entity]:
    from babel import Locale

    names: dict[str, list[tuple[str, str]]] = {}
    english = Locale.parse("en").territories
    for lang, locales in CLDR_LOCALES.items():
        for loc in locales:
            tag = "zh-Hant" if loc == "zh_Hant" else lang
            for code, name in Locale.parse(loc).territories.items():
                if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES:
                    names.setdefault(code, []).append((name, tag))
    return [
        Entity(key=f"country/{code}", type=EntityType.COUNTRY, label=english[code], names=ns)
        for code, ns in sorted(names.items())
    ]


# time-zone exemplar cities that are also common words or exercise names
_CITY_STOP = {"Vostok", "Casey", "Davis", "Palmer", "Mawson", "Troll", "Wake", "Midway", "Phoenix", "Regina",
              "Norfolk", "Christmas", "Easter", "Chatham", "Eucla", "Center", "Beulah", "Monticello", "Marengo",
              "Vincennes", "Winamac", "Petersburg", "Tell City", "Knox", "Vevay", "Salem", "New Salem", "Metlakatla",
              "Nome", "Sitka", "Yakutat", "Juneau", "Boise", "Denver", "Detroit", "Louisville", "Adak", "Thule",
              "Hebron", "Nipigon", "Rainy River", "Swift Current", "Fort Nelson", "Creston", "Dawson", "Atikokan",
              "Resolute", "Cambridge Bay", "Inuvik", "Iqaluit", "Pangnirtung", "Danmarkshavn", "Santa Isabel",
              "Matamoros", "Merida", "Bahia", "Belem", "Recife", "Maceio", "Araguaina", "Fortaleza", "Cuiaba",
              "Porto Velho", "Boa Vista", "Manaus", "Eirunepe", "Rio Branco", "Santarem", "Noronha", "Paris"}


# CLDR's cities that are their country's capital (the curated gazetteer marks its own): 'the Saudi capital' is Riyadh
_CLDR_CAPITALS = {"Riyadh", "Bishkek", "London", "Berlin", "Tashkent", "Ashgabat", "Baku", "Yerevan", "Tbilisi",
                  "Havana", "Caracas", "Nairobi", "Muscat", "Baghdad", "Damascus", "Beirut", "Amman", "Kabul",
                  "Vientiane", "Phnom Penh", "Bangkok", "Jakarta", "Manila", "Mexico City", "Khartoum", "Tripoli",
                  "Tunis", "Bamako", "Niamey", "Luanda", "Harare", "Maputo", "Windhoek", "Lusaka", "Kinshasa", "Accra",
                  "Dakar", "Conakry", "Madrid", "Rome", "Warsaw", "Vienna", "Budapest", "Prague", "Belgrade", "Athens",
                  "Helsinki", "Stockholm", "Oslo", "Copenhagen", "Lisbon", "Dublin", "Brussels", "Amsterdam",
                  "Bucharest", "Sofia", "Vilnius", "Riga", "Tallinn", "Chisinau", "Kathmandu", "Dhaka", "Colombo",
                  "Singapore", "Kuala Lumpur", "Santiago", "Lima", "Bogota", "Montevideo", "Asuncion", "La Paz",
                  "Managua", "Panama", "Kampala", "Mogadishu", "Asmara", "Juba", "Nouakchott", "Algiers", "Cairo",
                  "Djibouti", "Dushanbe", "Pyongyang", "Seoul", "Tokyo", "Ulaanbaatar", "Tehran"}


def _cldr_cities() -> list[Entity]:
    """Cities named in CLDR's time-zone data, with their names in kg's languages and their country."""
    from babel.core import get_global
    from babel.dates import get_timezone_location

    out = []
    for zone, cc in sorted(get_global("zone_territories").items()):
        if zone.split("/")[0] not in ("Europe", "Asia", "Africa", "America", "Australia") or len(cc) != 2:
            continue
        english = get_timezone_location(zone, locale="en", return_city=True)
        if english in _CITY_STOP or len(english) < 4 or not english.replace(" ", "").isalpha():
            continue
        names = [(english, "en")]
        for lang, locales in CLDR_LOCALES.items():
            for loc in locales:
                tag = "zh-Hant" if loc == "zh_Hant" else lang
                names.append((get_timezone_location(zone, locale=loc, return_city=True), tag))
        key = f"place/{slugify(english)}"
        out.append(Entity(key=key, type=EntityType.PLACE, label=english,
                          kind="capital" if english in _CLDR_CAPITALS else "city",
                          located_in=f"country/{cc}", names=sorted(set(names))))
    return out


_TYPES = {
    KGO.Official: EntityType.OFFICIAL,
    KGO.Person: EntityType.PERSON,
    KGO.Ministry: EntityType.MINISTRY,
    KGO.ArmedForce: EntityType.ARMED_FORCE,
    KGO.Organization: EntityType.ORGANIZATION,
    KGO.Place: EntityType.PLACE,
    KGO.Country: EntityType.COUNTRY,
}


def _local(iri: object) -> str:
    s = str(iri)
    return s[len(DEFAULT_BASE):] if s.startswith(DEFAULT_BASE) else s.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _turtle(path: Path) -> Graph:
    from rdflib import Graph

    g = Graph()
    g.parse(path, format="turtle")
    return g


def read_gazetteer_file(path: Path) -> list[Entity]:
    """Read curated individuals from a Turtle file in the gazetteer format."""
    return _entities_of(_turtle(path))


def read_series_file(path: Path) -> list[Series]:
    """Read the exercise series (``kgo:ExerciseSeries``) of a Turtle file in the gazetteer format."""
    return _series_of(_turtle(path))


def _entities_of(g: Graph) -> list[Entity]:
    out = []
    for s, cls in g.subject_objects(RDF.type):
        etype = _TYPES.get(cls)  # type: ignore[call-overload]
        if etype is None:
            continue
        pref = g.value(s, SKOS.prefLabel)
        if pref is None:
            continue
        names = [(str(o), getattr(o, "language", None) or "") for o in g.objects(s, SKOS.altLabel)]
        names.append((str(pref), getattr(pref, "language", None) or "en"))
        country = g.value(s, KGO.country)
        kind = g.value(s, KGO.institutionKind) or g.value(s, KGO.placeKind)
        located = g.value(s, KGO.locatedIn)
        role = g.value(s, KGO.knownRole)
        same = g.value(s, OWL.sameAs)
        out.append(
            Entity(
                key=_local(s),
                type=etype,
                label=str(pref),
                country=_local(country)[8:] if country is not None else None,
                kind=_local(kind) if kind is not None else None,
                located_in=_local(located) if located is not None else None,
                known_role=_local(role) if role is not None else None,
                same_as=str(same) if same is not None else None,
                names=sorted(set(names)),
            )
        )
    return sorted(out, key=lambda e: e.key)


def _series_of(g: Graph) -> list[Series]:
    out = []
    for s in g.subjects(RDF.type, KGO.ExerciseSeries):
        pref = g.value(s, SKOS.prefLabel)
        if pref is None:
            continue
        names = {(str(o), getattr(o, "language", None) or "") for o in g.objects(s, SKOS.altLabel)}
        names.add((str(pref), getattr(pref, "language", None) or "en"))
        out.append(Series(_local(s), str(pref), tuple(sorted(names))))
    return sorted(out)


@cache
def load_gazetteer(extra: tuple[str, ...] = ()) -> Gazetteer:
    """CLDR countries plus the shipped gazetteer plus any ``extra`` Turtle files."""
    curated: list[Entity] = []
    series: list[Series] = []
    for path in (ontology_file("gazetteer.ttl"), *map(Path, extra)):
        g = _turtle(path)
        curated.extend(_entities_of(g))
        series.extend(_series_of(g))
    by_key = {e.key: e for e in _cldr_countries()}
    for e in curated:  # curated entries win; they also gain CLDR's names for the same key
        old = by_key.get(e.key)
        by_key[e.key] = e if old is None else e.model_copy(update={"names": sorted(set(e.names) | set(old.names))})
    # a city name CLDR gives one time zone that the curated file gives another place belongs to that place
    # (CLDR's Russian name of the Kamchatka zone is Петропавловск-Камчатский, a city of its own here)
    owner = {fold(n): e.key for e in curated for n, _ in e.names}
    for city in _cldr_cities():
        city = city.model_copy(update={"names": [(n, t) for n, t in city.names
                                                 if owner.get(fold(n), city.key) == city.key]})
        old = by_key.get(city.key)
        if old is None:
            by_key[city.key] = city
        elif old.type is EntityType.PLACE:
            by_key[city.key] = old.model_copy(update={"names": sorted(set(old.names) | set(city.names))})
    return Gazetteer(sorted(by_key.values(), key=lambda e: e.key), series)
