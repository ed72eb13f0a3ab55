"""The phrase lexicon of one language: gazetteer names, titles, triggers, modality, matched on word keys."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property
from typing import TYPE_CHECKING

from .gazetteer import Gazetteer
from .lang import LanguageData
from .models import EntityType
from .morphology import NameCaser, WordKeyer
from .series import SeriesNames
from .text import NAME_DOTS, fold

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

__all__ = ["ANA", "AREA", "CPART", "CTRY", "ENT", "EVT", "GROUP", "INST", "MOD", "NOT", "PLN", "ROLE", "Lexicon"]

ENT, CTRY, INST, ROLE, CPART, GROUP, EVT, MOD = "ENT", "CTRY", "INST", "ROLE", "CPART", "GROUP", "EVT", "MOD"
ANA = "ANA"  # a phrase that refers back to an event already reported ("that trip")
NOT = "NOT"  # a phrase that holds or cuts into a name without naming it ('山东舰', the carrier Shandong)
PLN = "PLN"  # a noun that names a place by its kind ('the port city of', 'مدينة', '港')
AREA = "area"  # the kind of a PLN that tells a side or the land, waters or coast of a country ('на юге', '沿海')


COUNTRY_SLOT = "{country}"


def _expand(phrase: str, adjectives: list[tuple[str, str]]) -> list[str]:
    """A phrase with a ``{country}`` slot stands for itself without the slot and with each country word in it
    ('ministre {country} de la Défense' -> 'ministre de la Défense', 'ministre chinois de la Défense', ...)."""
    if COUNTRY_SLOT not in phrase:
        return [phrase]
    bare = " ".join(phrase.replace(COUNTRY_SLOT, " ").split())
    return [bare] + [phrase.replace(COUNTRY_SLOT, w) for _, w in adjectives]


class Lexicon:
    """Patterns of one language, compiled into a spaCy ``PhraseMatcher`` on the NORM attribute."""

    def __init__(self, nlp: Language, lang: LanguageData, gazetteer: Gazetteer) -> None:
        from spacy.matcher import PhraseMatcher

        self.lang = lang
        self.gazetteer = gazetteer
        self.keyer = WordKeyer(lang)
        self._name_parts: dict[str, tuple[str, ...]] = {}
        self.names = NameCaser(lang)
        phrases: list[tuple[str, str, str]] = []  # (category, id, phrase)
        for e in gazetteer.entities.values():
            cat = CTRY if e.type is EntityType.COUNTRY else ENT
            for name, _tag in e.names:
                phrases.append((cat, e.key, name))
        if lang.spaceless:
            phrases += [(ENT, key, short) for key, short in _family_names(gazetteer)]
        for code, words in lang.countries.items():
            phrases += [(CTRY, f"country/{code}", w) for w in words]
        adjectives = [(code, w) for code, words in lang.countries.items() for w in words]
        for role, words in lang.roles.items():
            phrases += [(ROLE, role, p) for w in words for p in _expand(w, adjectives)]
        phrases += [(ROLE, "MilitaryCommander", w) for w in lang.ranks]
        phrases += [(CPART, "counterpart", w) for w in lang.counterpart.words]
        phrases += [(GROUP, "two_countries", w) for w in lang.groups.two_countries]
        phrases += [(GROUP, "two_people", w) for w in lang.groups.two_people]
        phrases += [(GROUP, "two_leaders", w) for w in lang.groups.two_leaders]
        phrases += [(GROUP, "organisation", w) for w in lang.groups.organisation]
        phrases += [(GROUP, "delegation", w) for w in lang.groups.delegation]
        phrases += [(GROUP, "units", w) for w in lang.groups.units]
        phrases += [(GROUP, "led_by", w) for w in lang.groups.led_by]
        phrases += [(GROUP, "companions", w) for w in lang.groups.companions]
        for kind, words in lang.institutions.items():
            phrases += [(INST, kind, p) for w in words for p in _expand(w, adjectives)]
        for kind, words in lang.place_nouns.items():
            phrases += [(PLN, kind, w) for w in words]
        for etype, words in lang.events.items():
            phrases += [(EVT, etype, w) for w in words]
        for etype, words in lang.anaphora.items():
            phrases += [(ANA, etype, w) for w in words]
        for mod in ("planned", "proposed", "negation", "called_off", "declined", "postponed", "past", "ended",
                    "remote", "sidelines", "began"):
            phrases += [(MOD, mod, w) for w in getattr(lang.modality, mod)]

        docs = [(cat, ident, nlp.make_doc(p)) for cat, ident, p in phrases if p.strip()]
        # one-word acronyms ('UN', 'US', 'AP') match only in capitals, unless a lower-case name says otherwise
        upper: set[tuple[str, str]] = set()
        lower: set[tuple[str, str]] = set()
        for cat, ident, d in docs:
            if len(d) == 1 and cat in (ENT, CTRY):
                (upper if d[0].text.isupper() and len(d[0].text) <= 5 else lower).add((ident, fold(d[0].text)))
        self.acronyms = upper - lower
        self.keyer.learn((t.text for _, _, d in docs for t in d),
                         (t.text for cat, ident, d in docs if cat == ENT and ident.startswith("person/") for t in d))
        self.rank_keys = {tuple(self.keyer.key(t.text) for t in nlp.make_doc(w)) for w in lang.ranks}
        # where names are capitalised, a name written all in lower case is ordinary words ('la réunion' is no
        # Réunion, 'turkey' no Turkey), unless the lexicon writes it so ('russe', 'chinois', 'российские')
        self.lowercase_names = {(ident, tuple(self.keyer.key(t.text) for t in d)) for cat, ident, d in docs
                                if cat in (ENT, CTRY) and not any(c.isupper() for c in d.text)}
        # keys of the words of titles, triggers and country words: never part of an unknown name
        key = self.keyer.key
        self.function_keys = {key(t.text) for cat, _, d in docs if cat not in (ENT,) for t in d}
        self.function_keys |= {key(w) for w in lang.stopwords}
        self.connectors = {key(w) for w in lang.connectors.words}
        self.place_links = self.connectors | {key(w) for w in lang.place_links}
        self.name_country_links = {key(w) for w in lang.name_country_links}
        self.host_links = {key(w) for w in lang.host_links}
        self.partner_links = {key(w) for w in lang.partner_links}
        self.relative_markers = {key(w) for w in lang.relative_markers}
        self.eve = {fold(w) for w in lang.dates.eve}
        self.visit_destinations = {fold(w): code for code, words in lang.visit_destinations.items() for w in words}
        self.minister_words = {key(w) for w in lang.minister_words}
        self.official_words = {key(w) for w in lang.official_words}
        # the written forms of 'the two ministers', 'the two leaders' (see _Events)
        self.pair_forms = {fold(w) for w in (*lang.groups.two_people, *lang.groups.two_leaders)}
        self.title_joiners = {key(w) for w in lang.title_joiners}
        self.complement_links = {key(w) for w in lang.complement_links}
        self.apposition_links = {fold(w) for w in lang.apposition_links}
        self.name_joiners = {fold(w) for w in lang.name_joiners}
        self.honorifics = {fold(w) for w in lang.honorifics}
        self.place_prepositions = {fold(w) for w in lang.place_prepositions}
        self.locative_prepositions = {fold(w) for w in lang.locative_prepositions}
        self.name_stopwords = {fold(w) for w in lang.name_stopwords}
        self.stopword_forms = {fold(w) for w in lang.stopwords}
        # names of months and weekdays: never a place's
        self.date_words = {fold(w) for names in (*lang.dates.months, *lang.dates.weekdays) for n in names
                           for w in n.split()}
        self.planned_regex = [re.compile(r) for r in lang.modality.planned_regex]
        self.past_regex = [re.compile(r) for r in lang.modality.past_regex]
        self.hosting = re.compile("|".join(f"(?:{r})" for r in lang.hosting)) if lang.hosting else None
        self.event_forms = [(etype, re.compile("|".join(f"(?:{r})" for r in regexes)))
                            for etype, regexes in sorted(lang.event_forms.items()) if regexes]
        self.name_exclude = [re.compile(r) for r in lang.name_exclude_regex]
        self.field_words = [fold(w) for w in lang.field_words]
        self.definite = re.compile("|".join(f"(?:{r})" for r in lang.definite_regex)) if lang.definite_regex else None
        self.name_first = [re.compile(r) for r in lang.name_first_regex]
        self.name_last = [re.compile(r) for r in lang.name_last_regex]
        self.datelines = [re.compile(r) for r in lang.datelines]
        self.matcher: PhraseMatcher = PhraseMatcher(nlp.vocab, attr="NORM")
        grouped: dict[str, list[Doc]] = {}
        for cat, ident, d in docs:
            for t in d:
                t.norm_ = key(t.text)
            grouped.setdefault(f"{cat}|{ident}", []).append(d)
        for label, ds in sorted(grouped.items()):
            self.matcher.add(label, ds)
        # phrases that hold or cut into a name without naming it; not lexicon words (see LanguageData.not_names)
        not_names = [nlp.make_doc(p) for p in lang.not_names if p.strip()]
        for d in not_names:
            for t in d:
                t.norm_ = key(t.text)
        if not_names:
            self.matcher.add(f"{NOT}|-", not_names)

    @cached_property
    def series(self) -> SeriesNames:
        """The gazetteer's exercise series, in every language's names."""
        return SeriesNames((s.key, name) for s in self.gazetteer.series.values() for name, _ in s.names)

    def dateline_end(self, text: str) -> int:
        """The character offset where the dateline at the start of ``text`` ends (0 if it has none)."""
        start = len(text) - len(text.lstrip())
        return max((m.end() for r in self.datelines for m in [r.match(text, start)] if m), default=0)

    def known(self, key: str) -> bool:
        """Whether a word key belongs to some lexicon phrase."""
        return key in self.keyer.known

    def is_function_word(self, key: str) -> bool:
        """Whether a word key belongs to a title, trigger, country word or stopword (not a name)."""
        return key in self.function_keys

    def keys(self, words: Iterable[str]) -> list[str]:
        return [self.keyer.key(w) for w in words]

    def name_parts(self, name: str) -> tuple[str, ...]:
        """The keys of the words of a name of two words or more by which the name's bearer may be named alone (not
        function words, stopwords or single letters); none for a one-word name. Remembered per name."""
        parts = self._name_parts.get(name)
        if parts is None:
            words = name.replace(".", " ").split()
            keys = [(self.keyer.key(w), w) for w in words] if len(words) >= 2 else []
            parts = tuple(k for k, w in keys if len(k) >= 2 and not self.is_function_word(k)
                          and fold(w) not in self.name_stopwords and fold(w) not in self.name_joiners)
            if len(self._name_parts) >= 50_000:
                self._name_parts.clear()
            self._name_parts[name] = parts
        return parts


def _family_names(gazetteer: Gazetteer) -> list[tuple[str, str]]:
    """(person, family name) for foreign names written with a name dot ('拉杰纳特·辛格' is also '辛格', as Chinese
    news names foreigners), when no other person or name shares it."""
    found: dict[str, set[str]] = {}
    for e in gazetteer.entities.values():
        if e.type.is_person:
            for name, _ in e.names:
                parts = [p for p in NAME_DOTS.split(name) if p]
                if len(parts) > 1 and len(parts[-1]) >= 2:
                    found.setdefault(parts[-1], set()).add(e.key)
    known = {n for e in gazetteer.entities.values() for n, _ in e.names}
    return sorted((next(iter(keys)), short) for short, keys in found.items() if len(keys) == 1 and short not in known)
