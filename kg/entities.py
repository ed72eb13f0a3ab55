"""Entities, posts and within-article coreference from lexicon matches on a ``Doc``."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from .lexicon import AREA, CPART, CTRY, ENT, EVT, GROUP, INST, MOD, PLN, ROLE, Lexicon
from .models import Entity, EntityType, Mention, Post
from .state import DocState, EntitySpan, TokenTable
from .text import fold, slugify
from .translit import romanize

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .gazetteer import Gazetteer

__all__ = ["INSTITUTION_TYPES", "ROLE_BY_KIND", "resolve_entities"]

MILITARY_KINDS = {"ArmedForces", "Navy", "Army", "AirForce", "Fleet", "MilitaryDistrict", "GeneralStaff"}
INSTITUTION_TYPES = {k: EntityType.ARMED_FORCE for k in MILITARY_KINDS}
# a generic title followed by an institution of this kind names this role ("head of the navy")
# (a fleet's commander is a navy commander, as its deputies are)
ROLE_BY_KIND = {"Navy": "NavyCommander", "Fleet": "NavyCommander", "DefenceMinistry": "DefenceMinister",
                "ForeignMinistry": "ForeignMinister",
                **{kind: "MilitaryCommander"
                   for kind in ("ArmedForces", "Army", "AirForce", "MilitaryDistrict", "GeneralStaff")}}
# the institution in which a role is held, by default
KIND_BY_ROLE = {"DefenceMinister": "DefenceMinistry", "DeputyDefenceMinister": "DefenceMinistry",
                "ForeignMinister": "ForeignMinistry", "NavyCommander": "Navy", "MilitaryCommander": "ArmedForces"}
_GENERIC_ROLES = {"MilitaryCommander", "OtherOfficial"}
# titles that an institution right after them turns into that institution's head ("глава Минобороны")
_UPGRADABLE_ROLES = _GENERIC_ROLES | {"HeadOfState"}
_KIND_LABEL = {"DefenceMinistry": "Ministry of Defence", "ForeignMinistry": "Ministry of Foreign Affairs",
               "ArmedForces": "Armed Forces", "Navy": "Navy", "Army": "Army", "AirForce": "Air Force",
               "Fleet": "Fleet", "MilitaryDistrict": "Military District", "GeneralStaff": "General Staff",
               "Government": "Government", "PresidentialOffice": "Presidential Office"}
_MAX_NAME = 4
_MINISTRIES = {"DefenceMinistry", "ForeignMinistry"}
_HAN = re.compile(r"[\u3400-\u9fff]")
_VOWELS = set("aeiouyаеёиоуыэюя")
_COMMAS = {",", "،", "、", "，"}
_NAME_DOTS = {"·", "・", "•", "‧"}


def _is_punct(tok: Token) -> bool:
    return _is_punct_text(tok.text)


def _is_punct_text(text: str) -> bool:
    """Whether a token of ``text`` is punctuation or space: it has no letter or digit."""
    return not any(ch.isalnum() for ch in text)


def _name_excluded(text: str, lex: Lexicon, first: bool = False) -> bool:
    """Whether a word is never part of an unknown name (``name_exclude_regex`` on its folded form), or never its
    first word (``first``: unless ``name_first_regex`` lets it start one); a final Arabic ta marbuta is kept apart
    from the pronoun ending its folding writes alike ('خليفة' is a name)."""
    folded = fold(text[:-1] + "ت" if text.endswith("ة") else text)
    return any(r.search(folded) for r in lex.name_exclude) and not (
        first and any(r.search(folded) for r in lex.name_first))


def _looks_like_name(tok: Token, lex: Lexicon, first: bool = False) -> bool:
    """Whether a token can be part of a person's name that the lexicon does not know (``first``: its first word)."""
    text = tok.text
    if not text or _is_punct(tok) or tok.like_num or fold(text) in lex.name_stopwords:
        return False
    if lex.is_function_word(tok.norm_) or len(text) < 2 or _name_excluded(text, lex, first):
        return False
    if lex.lang.capitalised_names:
        return text[0].isupper() and all(ch.isalpha() or ch in "-'’." for ch in text)
    if lex.lang.spaceless:
        return False
    return all(unicodedata.category(ch).startswith("L") for ch in text)


class _Resolver:
    def __init__(self, doc: Doc, lex: Lexicon, state: DocState) -> None:
        self.doc = doc
        self.lex = lex
        self.state = state
        self.gaz = lex.gazetteer
        table = self.table = TokenTable.of(doc)
        self.texts, self.norms, self.sent_of = table.texts, table.norms, table.sent_of
        self.by_cat: dict[str, list[Span]] = {}
        self._edges: tuple[list[Span], int, dict[int, list[Span]], dict[int, list[Span]]] | None = None
        from spacy.util import filter_spans

        raw: dict[str, list[Span]] = {}
        for span in table.kg_spans:
            raw.setdefault(span.label_, []).append(span)
        for cat, spans in raw.items():
            self.by_cat[cat] = sorted(filter_spans(spans), key=lambda s: s.start)
        # a one-word title written as a stopword is that word ('После', after, shares the key of 'посла', ambassador's)
        self.by_cat[ROLE] = [r for r in self.by_cat.get(ROLE, []) if len(r) > 1
                             or table.folded[r.start] not in lex.stopword_forms]
        # a title word inside a longer word group is none ('главе' in 'во главе с', led by)
        groups = self.by_cat.get(GROUP, [])
        self.by_cat[ROLE] = [r for r in self.by_cat[ROLE] if not any(
            g.start <= r.start and r.end <= g.end and len(g) > len(r) for g in groups)]
        # an organisation's name that a title runs on from ('中国国防部' in '中国国防部长') is part of the title
        roles = self.by_cat.get(ROLE, [])
        self.by_cat[ENT] = [e for e in self.by_cat.get(ENT, []) if not (
            state.entities.get(e.kb_id_) is None and lex.gazetteer[e.kb_id_].type.is_org
            and any(r.start < e.end <= r.end - 1 and r.end > e.end for r in roles) and not self._titled_body(e))]
        self.by_cat[ENT] = [e for e in self.by_cat.get(ENT, []) if self._plausible_name(e)]
        if not lex.lang.capitalised_names and not lex.lang.spaceless:
            self.by_cat[ENT] = self._outside_longer_names(self.by_cat[ENT], raw)
        # entity names and institutions compete for the same words; the longest wins
        named = filter_spans(self.by_cat.get(ENT, []) + self.by_cat.get(INST, []))
        self.by_cat[ENT] = [s for s in named if s.label_ == ENT]
        self.by_cat[INST] = [s for s in named if s.label_ == INST]
        # a country word inside another entity's name counts only if it is that entity's country
        # ('Russian Navy' mentions Russia; 中央社 does not mention China)
        covering: dict[int, list[Span]] = {}  # the names over each token (one holding a country word: over its first)
        for e in self.by_cat[ENT]:
            for t in range(e.start, e.end):
                covering.setdefault(t, []).append(e)
        self.by_cat[CTRY] = [c for c in self.by_cat.get(CTRY, []) if not any(
            e.start <= c.start and c.end <= e.end and (e.end - e.start) > (c.end - c.start)
            and self.gaz.country_of(e.kb_id_) != c.kb_id_[8:] for e in covering.get(c.start, []))]
        # ... nor one inside a noun of a place's kind ('中' in '训练中心', a training centre)
        nouns = {t for s in self.by_cat.get(PLN, []) for t in range(s.start, s.end)}
        self.by_cat[CTRY] = [c for c in self.by_cat[CTRY] if not (c.start in nouns and c.end - 1 in nouns)]
        # and a name inside a longer country word names nothing ('Africa' in 'South Africa')
        longer = {t: c for c in self.by_cat[CTRY] if c.end - c.start > 1 for t in range(c.start, c.end)}
        self.by_cat[ENT] = [e for e in self.by_cat[ENT] if not (
            (c := longer.get(e.start)) is not None and c.start <= e.start and e.end <= c.end
            and c.end - c.start > e.end - e.start)]
        self.country_at: dict[int, str] = {}
        for s in self.by_cat.get(CTRY, []):
            for t in range(s.start, s.end):
                self.country_at[t] = s.kb_id_
        self.host_tokens = self._host_tokens()
        self.dateline_country = self._dateline_country()
        self.inst_tokens = {t for s in self.by_cat.get(INST, []) for t in range(s.start, s.end)}
        # the inner words of a name, title or description: a phrase counts as one step between a title and a name
        self.inner_tokens = {t for cat in (ENT, INST, CTRY, ROLE) for s in self.by_cat.get(cat, [])
                             for t in range(s.start + 1, s.end)}

    def _dateline_country(self) -> str | None:
        """The country of the place a dateline names ('BELGRADE, 20 janvier —', 'القاهرة -')."""
        end = self.lex.dateline_end(self.table.text)
        for s in sorted(self.by_cat.get(CTRY, []) + self.by_cat.get(ENT, []), key=lambda s: s.start):
            if s.end_char > end:
                break
            known = self.gaz.get(s.kb_id_)
            if known is not None and (known.type is EntityType.PLACE or known.type is EntityType.COUNTRY):
                return self.gaz.country_of(s.kb_id_)
        return None

    def _host_tokens(self) -> set[int]:
        """The tokens of each host link and the country or city after it ('en Serbie', '驻坦桑尼亚', 'لدى القاهرة'):
        where an official serves, passed over between a title and its holder and never the title's country."""
        places = [(s.start, s.end) for s in self.by_cat.get(CTRY, [])] + [
            (s.start, s.end) for s in self.by_cat.get(ENT, []) if self.gaz[s.kb_id_].type is EntityType.PLACE]
        starts = dict(places)
        out: set[int] = set()
        norms = self.norms
        for i, norm in enumerate(norms):
            if norm not in self.lex.host_links:
                continue
            j = i + 1
            while j < len(norms) and j not in starts and norms[j] in self.lex.connectors:
                j += 1
            if j in starts:
                out.update(range(i, starts[j]))
        return out

    def _plausible_name(self, span: Span) -> bool:
        """Whether a matched person's name is written as a name: capitalised where the script has capitals, and a
        one-word match that starts with the name, less a final vowel that inflects ('Пескова' and 'Захаровой' are
        Peskov and Zakharova; 'песка', sand, and 'Золотой', golden, are nobody)."""
        known = self.gaz.get(span.kb_id_)
        if known is None or not known.type.is_person or not self.lex.lang.capitalised_names:
            return True
        first = self.texts[span.start]
        if not first[:1].isupper():
            return False
        if len(span) > 1:
            return True
        word = fold(first)
        names = [fold(n) for n, _ in known.names if " " not in n.strip()]
        return any(word.startswith(n[:-1] if n[-1:] in _VOWELS else n) for n in names) if names else True

    def _outside_longer_names(self, ents: list[Span], raw: dict[str, list[Span]]) -> list[Span]:
        """Without capitals, a known person's name that an unknown word runs on from, right after a title, its
        country or its post's place, is the end of a longer unknown name ('السفير الصيني لدى القاهرة لياو لي
        تشيانغ' names an ambassador, not Li Qiang): it is dropped, and the title patterns take the whole."""
        covered = {t for spans in raw.values() for s in spans for t in range(s.start, s.end)}
        anchors = {s.end for cat in (ROLE, CTRY, INST) for s in raw.get(cat, [])}
        anchors |= {s.end for s in ents if (g := self.gaz.get(s.kb_id_)) is not None and not g.type.is_person}
        out = []
        for e in ents:
            k = e.start - 1
            known = self.gaz.get(e.kb_id_)
            if k > 0 and k not in covered and k in anchors and known is not None and known.type.is_person \
                    and _looks_like_name(self.doc[k], self.lex) and not self.lex.is_function_word(self.norms[k]):
                continue
            out.append(e)
        return out

    # ---------------------------------------------------------------- helpers
    def entity(self, key: str) -> Entity:
        e = self.state.entities.get(key)
        if e is None:
            known = self.gaz.get(key)
            e = known.model_copy(update={"names": []}) if known else None
            if e is None:
                raise KeyError(key)
            self.state.entities[key] = e
        return e

    def mention(self, key: str, start: int, end: int, implicit: bool = False) -> None:
        sent = self.sent_of[start]
        self.state.add_span(EntitySpan(key, start, end, sent, implicit))
        if not implicit:
            a, b = self.table.chars(start, end)
            self.state.mentions.append(Mention(key=key, text=self.table.text[a:b], lang=self.state.lang,
                                               sentence=sent, start=a, end=b))

    def skippable(self, i: int) -> bool:
        text = self.texts[i]
        return self.norms[i] in self.lex.connectors or text in {",", "،", ":", "-", "—", "–"} or text.isspace()

    def country_near(self, start: int, end: int, before: int = 3, after: int = 4) -> str | None:
        """A country named next to tokens ``[start, end)``, across connectors and where the holder serves only;
        ``before`` and ``after`` count words and phrases."""
        i, steps = end, 0
        while i < len(self.doc) and steps < after:
            if i in self.country_at and i not in self.host_tokens:
                return self.country_at[i][8:]
            if not (self.skippable(i) or i in self.host_tokens):
                break
            steps += i not in self.inner_tokens and i not in self.host_tokens
            i += 1
        i, steps = start - 1, 0
        while i >= 0 and steps < before:
            if i in self.country_at and i not in self.host_tokens:
                return self.country_at[i][8:]
            if not (self.skippable(i) or i in self.host_tokens):
                break
            steps += i + 1 not in self.inner_tokens and i not in self.host_tokens
            i -= 1
        for t in range(start, end):  # a country inside the phrase ("Russian Navy")
            if t in self.country_at:
                return self.country_at[t][8:]
        return None

    # ---------------------------------------------------------------- passes
    def named_entities(self) -> None:
        for s in self.by_cat.get(ENT, []):
            self.entity(s.kb_id_)
            self.mention(s.kb_id_, s.start, s.end)
        for s in self.by_cat.get(CTRY, []):
            self.entity(s.kb_id_)
            self.mention(s.kb_id_, s.start, s.end)

    def places_by_sound(self) -> None:
        """A place the gazetteer spells otherwise ('فلاديفوستوك', 'Vladivostock'), after a word that introduces
        places ('إلى', 'in') or a proclitic one ('بفلاديفوستوك'), found by its sound (``Gazetteer.place_by_sound``)."""
        preps = self.lex.place_prepositions
        if not preps:
            return
        covered = {t for spans in self.by_cat.values() for s in spans for t in range(s.start, s.end)}
        folded = self.table.folded
        for i, text in enumerate(self.texts):
            if i in covered or not text.isalpha() or len(text) < 4 or self.lex.known(self.norms[i]) \
                    or (self.lex.lang.capitalised_names and not text[:1].isupper()):
                continue
            word = folded[i]
            after_prep = i > 0 and folded[i - 1] in preps
            candidates = [word] if after_prep else []
            candidates += [word[len(p):] for p in self.lex.keyer.prefixes if word.startswith(p) and p in preps]
            key = next((k for w in candidates for k in [self.gaz.place_by_sound(w)] if k), None)
            if key is not None:
                self.entity(key)
                self._name_span(key, i, i + 1)

    def places_by_kind(self) -> None:
        """A place the gazetteer lacks, named beside a noun of its kind: after it, across at most two lower-case words
        where names are capitalised ('the port city of X', 'la ville portuaire de X', 'в приморском городе X', 'Kituo
        cha Mafunzo cha X', 'في مدينة X الساحلية'), or right before it ('the X training base', 'X港'): a new place of
        that kind."""
        nouns = self.by_cat.get(PLN, [])
        if not nouns:
            return
        covered = {t for cat, spans in self.by_cat.items() if cat != PLN for s in spans for t in range(s.start, s.end)}
        covered |= {t for sp in self.state.spans for t in range(sp.start, sp.end)}
        for s in nouns:
            if s.kb_id_ == AREA or s.start in covered or s.end - 1 in covered:
                continue  # a side of a country ('KwaZulu-Natal coast'); a noun inside a name ('Port Sudan')
            after = self._place_name_after(s.end, covered)
            # a name right after the noun or its links ('the port of X'), else right before it ('the X Hotel'), else
            # after other words ('la ville portuaire de X'); a capitalised noun amid a sentence with a name right
            # after it is a word of that name ('the District Court')
            if after is not None and after[0] == s.end and self.lex.lang.capitalised_names \
                    and self.texts[s.start][:1].isupper() and not self.doc[s.start].is_sent_start:
                after = None
            linked = after is not None and all(self.norms[k] in self.lex.connectors for k in range(s.end, after[0]))
            found = after if linked else (self._place_name_before(s.start, covered) or after)
            if found is None or any(fold(w) in self.lex.date_words for w in self.texts[found[0]:found[1]]):
                continue
            a, b = found
            text = self.table.span_text(a, b)
            latin = romanize(text)
            key = f"place/{slugify(latin)}"
            if key not in self.gaz and key not in self.state.entities:
                self.state.entities[key] = Entity(key=key, type=EntityType.PLACE, label=latin if latin.isascii()
                                                  else text, kind=s.kb_id_, names=[(text, self.lex.lang.code)])
            elif key in self.gaz:
                self.entity(key)
            if self.lex.lang.spaceless and b == s.start:
                b = s.end  # Chinese writes the kind as part of the name ('马平加综合训练中心')
            elif s.kb_id_ == "building" and (b == s.start or a == s.end):
                a, b = min(a, s.start), max(b, s.end)  # ... as a building's name does ('hôtel Metropol')
            self._name_span(key, a, b)
            covered.update(range(a, b))

    def _place_name_after(self, i: int, covered: set[int]) -> tuple[int, int] | None:
        """The tokens of an unknown place name from token ``i`` on, past up to two lower-case words and a quote mark
        where names are capitalised."""
        lang, texts = self.lex.lang, self.texts
        if lang.spaceless:
            return None
        if lang.capitalised_names:
            # (lower-case words that are not stopwords, or links: 'portuaire de', 'Far Eastern port of'; not 'on')
            skipped = 0
            while i < len(texts) and skipped < 3 and i not in covered and (
                    (texts[i].islower() and (self.norms[i] in self.lex.connectors
                                             or self.table.folded[i] not in self.lex.stopword_forms))
                    or texts[i] in ("«", "\"", "“", "„", "'")):
                i, skipped = i + 1, skipped + 1
        j = i
        while j < len(texts) and j - i < 3 and j not in covered and self.sent_of[j] == self.sent_of[i] \
                and _looks_like_name(self.doc[j], self.lex):
            j += 1
        if j == i:
            return None
        if not lang.capitalised_names and j < len(texts) and self.sent_of[j] == self.sent_of[i]:
            # without capitals, a name must end where the clause visibly does, or an adjective of the place follows
            folded = self.table.folded[j]
            if not (_is_punct_text(texts[j]) or self.lex.is_function_word(self.norms[j])
                    or folded in self.lex.name_stopwords or _name_excluded(texts[j], self.lex)):
                return None
        return i, j

    def _place_name_before(self, i: int, covered: set[int]) -> tuple[int, int] | None:
        """The tokens of an unknown place name right before token ``i``: capitalised words, or in a script without
        spaces two characters or more of those that spell foreign names."""
        lang, texts = self.lex.lang, self.texts
        j = i
        if lang.spaceless:
            # ... or the characters between a country, a place or a locative word and the noun
            # ('在坦桑尼亚马平加综合训练中心')
            while j > 0 and i - j < 6 and j - 1 not in covered and _HAN.fullmatch(texts[j - 1]) \
                    and texts[j - 1] not in self.lex.place_links and texts[j - 1] not in self.lex.place_prepositions:
                j -= 1
            anchored = j > 0 and (j - 1 in self.country_at or texts[j - 1] in self.lex.place_prepositions or any(
                s.end == j and self.gaz[s.kb_id_].type is EntityType.PLACE for s in self.by_cat.get(ENT, [])))
            if 2 <= i - j <= 5 and anchored:
                return j, i
            j = i
            while j > 0 and i - j < 8 and j - 1 not in covered and texts[j - 1] in lang.name_characters:
                j -= 1
            return (j, i) if i - j >= 2 else None
        if not lang.capitalised_names:
            return None
        while j > 0 and i - j < 3 and j - 1 not in covered and not self.doc[j - 1].is_sent_start \
                and _looks_like_name(self.doc[j - 1], self.lex):
            j -= 1
        return (j, i) if j < i else None

    def statistical_entities(self) -> None:
        """Merge a statistical NER's entities (``doc.spans['kg_stat']``, labels PER ORG LOC GPE; see kg.ner).

        Known entities win on overlap: a statistical span touching a token of a gazetteer entity or country,
        an institution, a title, or the name the title patterns take after a title is dropped. The others are
        added: PER as a person (see ``_mint_person``), ORG as an organisation, LOC and GPE as the gazetteer's
        country or place of that name, else a new place.
        """
        if "kg_stat" not in self.doc.spans:
            return
        taken = {t for sp in self.state.spans for t in range(sp.start, sp.end)}
        for cat in (INST, ROLE, CPART):
            taken |= {t for s in self.by_cat.get(cat, []) for t in range(s.start, s.end)}
        self._index_titles()
        for s in self.by_cat.get(ROLE, []):
            found = self._after_title(s)
            if found is not None and found[0] is None:
                taken.update(range(found[1], found[2]))
        for s in self.doc.spans["kg_stat"]:
            if any(t in taken for t in range(s.start, s.end)) or not s.text.strip():
                continue
            label = s.label_
            if label == "PER":
                self._mint_person(s.start, s.end, EntityType.PERSON)
                taken.update(range(s.start, s.end))
                continue
            if label not in ("ORG", "LOC", "GPE"):
                continue
            etype = EntityType.ORGANIZATION if label == "ORG" else EntityType.PLACE
            key = self._known_name(s.text, org=label == "ORG")
            if key is not None:
                self.entity(key)
            else:
                key = f"{'org' if label == 'ORG' else 'place'}/{slugify(romanize(s.text))}"
                if key in self.gaz:
                    self.entity(key)
                elif key not in self.state.entities:
                    self.state.entities[key] = Entity(key=key, type=etype, label=romanize(s.text))
            self.mention(key, s.start, s.end)
            taken.update(range(s.start, s.end))

    def _known_name(self, text: str, org: bool) -> str | None:
        """The one gazetteer organisation (``org``), or country or place, with this name in any language."""
        wanted = {k for k in _names_index(self.gaz).get(fold(" ".join(text.split())), ()) if
                  self.gaz[k].type.is_org == org and not self.gaz[k].type.is_person}
        return next(iter(wanted)) if len(wanted) == 1 else None

    def institutions(self) -> None:
        self.inst_at: dict[int, tuple[str, str]] = {}
        for s in self.by_cat.get(ENT, []):  # named institutions qualify titles like described ones
            e = self.state.entities[s.kb_id_]
            if e.type.is_org and e.country:
                self.inst_at.update({t: (e.kind or "", s.kb_id_) for t in range(s.start, s.end)})
        in_title = {t for r in self.by_cat.get(ROLE, []) for t in range(r.start, r.end)}
        for s in self.by_cat.get(INST, []):
            kind = s.kb_id_
            # a ministry named without a country, in a story filed from a country's city, is that country's
            # ('MOSCOW ... the Defence Ministry said'), as its officials are (see unplaced_posts)
            countries = self.countries_near(s.start, s.end)
            if not countries and self.dateline_country and kind in _MINISTRIES and s.start not in in_title:
                countries = [self.dateline_country]
            for n, cc in enumerate(countries):
                key = self.gaz.institution(kind, cc) or self._mint_institution(kind, cc)
                if s.start in in_title and s.end - 1 in in_title and not self._titled_body(s):
                    # '国防部长' (defence minister) contains '国防部' (defence ministry) but names no ministry
                    if n == 0:
                        self.inst_at.update({t: (kind, key) for t in range(s.start, s.end)})
                    continue
                self.entity(key)
                self.mention(key, s.start, s.end)
                if n == 0:
                    for t in range(s.start, s.end):
                        self.inst_at[t] = (kind, key)

    def _titled_body(self, s: Span) -> bool:
        """Whether an institution or organisation inside a title is named by it: the rest of the title is a title
        of its own ('中央军委' in '中央军委副主席', 'ВМФ' in 'главнокомандующий ВМФ'), not a word that runs on from
        the institution's ('国防部长' names no ministry)."""
        for r in self.by_cat.get(ROLE, []):
            if r.start <= s.start and s.end <= r.end and (r.start, r.end) != (s.start, s.end):
                rest = [fold(self.table.span_text(a, b)) for a, b in ((r.start, s.start), (s.end, r.end)) if a < b]
                return len(rest) == 1 and rest[0] in _title_words(self.lex)
        return False

    def countries_near(self, start: int, end: int) -> list[str]:
        """The country next to a phrase, or each of a coordinated run ('the Russian and Chinese ministries')."""
        first = self.country_near(start, end)
        if first is None:
            return []
        out = [first]
        for direction in (1, -1):
            i = end if direction == 1 else start - 1
            seen_country = False
            while 0 <= i < len(self.doc) and abs(i - (end if direction == 1 else start)) < 8:
                if i in self.country_at:
                    cc = self.country_at[i][8:]
                    if cc not in out:
                        out.append(cc)
                    seen_country = True
                elif not self.skippable(i):
                    break
                i += direction
            if seen_country:
                break
        return out

    def _mint_institution(self, kind: str, cc: str) -> str:
        key = f"org/{slugify(kind)}-{cc.lower()}"
        if key not in self.state.entities:
            country = self.gaz.get(f"country/{cc}")
            label = f"{_KIND_LABEL.get(kind, kind)} of {country.label if country else cc}"
            etype = INSTITUTION_TYPES.get(kind, EntityType.MINISTRY)
            self.state.entities[key] = Entity(key=key, type=etype, label=label, country=cc, kind=kind)
        return key

    def _names_by_edge(self) -> tuple[dict[int, list[Span]], dict[int, list[Span]]]:
        """The names (``by_cat[ENT]``) by their first token and by their end, in order; made again whenever that
        list is replaced or grows."""
        ents = self.by_cat.get(ENT, [])
        if self._edges is None or self._edges[0] is not ents or self._edges[1] != len(ents):
            starts: dict[int, list[Span]] = {}
            ends: dict[int, list[Span]] = {}
            for s in ents:
                starts.setdefault(s.start, []).append(s)
                ends.setdefault(s.end, []).append(s)
            self._edges = (ents, len(ents), starts, ends)
        return self._edges[2], self._edges[3]

    def person_at(self, i: int) -> tuple[str, int, int] | None:
        for s in self._names_by_edge()[0].get(i, []):
            if self.state.entities[s.kb_id_].type.is_person:
                return s.kb_id_, s.start, s.end
        return None

    def person_ending_at(self, i: int) -> tuple[str, int, int] | None:
        for s in self._names_by_edge()[1].get(i, []):
            if self.state.entities[s.kb_id_].type.is_person:
                return s.kb_id_, s.start, s.end
        return None

    def unknown_name_at(self, i: int) -> tuple[int, int] | None:
        known = {t for s in self.by_cat.get(ENT, []) for t in range(s.start, s.end)}
        if self.lex.lang.spaceless:
            return self._unspaced_name_at(i, known)
        j = i
        while j < len(self.doc) and j - i < _MAX_NAME and j not in self.country_at and j not in known and (
                _looks_like_name(self.doc[j], self.lex, first=j == i)
                or (j > i and self.table.folded[j - 1] in self.lex.name_joiners and self.texts[j].isalpha())):
            j += 1
        if i < j < len(self.doc) and j - i < _MAX_NAME and j not in self.country_at and j not in known \
                and any(r.search(self.table.folded[j]) for r in self.lex.name_last) \
                and not self.lex.is_function_word(self.norms[j]):
            j += 1  # ... and may end with a word the others may not ('فهد بن عبدالله الغفيلي')
        if j - i < 2:
            return None
        if not self.lex.lang.capitalised_names and j < len(self.doc):
            # without capitals, a name must end where the clause visibly does: punctuation or a function word
            nxt = self.doc[j]
            if not (_is_punct(nxt) or self.lex.is_function_word(nxt.norm_) or fold(nxt.text) in self.lex.name_stopwords
                    or self.sent_of[j] != self.sent_of[i]):
                return None
        return i, j

    def _unspaced_name_at(self, i: int, known: set[int]) -> tuple[int, int] | None:
        """A name in a script without spaces, where a token is a character: a run of the characters that
        transcribe foreign names ('莫伊谢耶夫'), else a native family name and one or two given characters."""
        lang, doc = self.lex.lang, self.doc

        def free(k: int) -> bool:
            return k < len(doc) and k not in known and k not in self.country_at and k not in self.role_tokens

        j = i
        while free(j) and j - i < 16 and (doc[j].text in lang.name_characters or (
                j > i and doc[j].text in _NAME_DOTS and free(j + 1) and doc[j + 1].text in lang.name_characters)):
            j += 1  # ... across the dots between a foreign name's parts ('萨利姆·巴卡里')
        if j - i >= 3:
            return i, j
        if free(i) and doc[i].text in lang.surnames:
            given = i + 1
            while given < i + 3 and free(given) and _HAN.fullmatch(doc[given].text) \
                    and doc[given].text not in lang.name_stopwords:
                given += 1
            if given > i + 1:
                return i, given
        return (i, j) if j - i == 2 else None

    def _index_titles(self) -> None:
        self.role_tokens = {t for s in self.by_cat.get(ROLE, []) for t in range(s.start, s.end)}
        # a rank between a title and the name is the same person's ('commander Admiral X')
        self.rank_tokens = {t for s in self.by_cat.get(ROLE, []) if tuple(t.norm_ for t in s) in self.lex.rank_keys
                            for t in range(s.start, s.end)}
        self.org_tokens = {t for s in self.by_cat.get(ENT, []) if not self.state.entities[s.kb_id_].type.is_person
                           for t in range(s.start, s.end)}
        self.complement_tokens: set[int] = set()  # the complement titles and the words that link them
        self.complement_country: dict[int, str] = {}  # by the start of a title, its complement's country
        self.complements = self._complement_titles()

    def _complement_titles(self) -> set[tuple[int, int]]:
        """The titles that complement the title before them: the one its holder serves ('spokesman for the
        president, X', 'пресс-секретарь главы государства X', 'المتحدث باسم الرئيس الروسي X'). The name after both
        holds the first title, where a comma sets it apart or the gazetteer knows it by the first; else it is the
        second's ('conseiller du président russe Vladimir Poutine'). Not a rank ('minister, General X')."""
        found: set[tuple[int, int]] = set()
        titles = self.by_cat.get(ROLE, [])
        for a, b in pairwise(titles):
            if b.start in self.rank_tokens or a.start in self.rank_tokens \
                    or self.sent_of[a.start] != self.sent_of[b.start]:
                continue
            between = range(a.end, b.start)
            if not all(self.norms[k] in self.lex.complement_links or k in self.country_at for k in between):
                continue
            if not (any(self.norms[k] in self.lex.complement_links for k in between)
                    or self.norms[a.end - 1] in self.lex.complement_links or self.lex.lang.adjacent_titles_complement):
                continue
            j = b.end
            while j < len(self.doc) and j < b.end + 4 and (j in self.country_at or (
                    self.norms[j] in self.lex.connectors and self.texts[j] not in _COMMAS)):
                j += 1
            comma = j < len(self.doc) and self.texts[j] in _COMMAS
            k = j + comma
            hit = self.person_at(k) if k < len(self.doc) else None
            known = self.gaz.get(hit[0]) if hit else None
            named = hit is not None or (k < len(self.doc) and self.unknown_name_at(k) is not None)
            if (comma and named) or (known is not None and known.known_role == a.kb_id_ != b.kb_id_):
                found.add((b.start, b.end))
                self.complement_tokens.update(range(a.end, b.end))
                # the one served is of the holder's country ('spokesman for the Russian president, X')
                cc = next((self.country_at[t] for t in range(a.end, j) if t in self.country_at), None)
                if cc is not None:
                    self.complement_country[a.start] = cc[8:]
        return found

    def roles(self) -> None:
        self._index_titles()
        self.pending: list[tuple[str, str | None, int, int]] = []  # title-only references
        self.by_rank: list[tuple[str, str]] = []  # (holder, role) of the posts that a rank gave
        self.by_title: set[tuple[str, str]] = set()  # (holder, role) of the posts that a title gave
        self.by_counterpart: set[tuple[str, str]] = set()  # (holder, role) of the posts 'his counterpart' gave
        self._posts_from(self.by_cat.get(ROLE, []))

    def counterparts(self) -> None:
        """Titles given as 'his counterpart', once every other post and short name is known; and titles whose
        holder is named by a short name only ('Dong, a former navy commander')."""
        self.counterpart_guessed = False
        self._posts_from(self.by_cat.get(CPART, []))
        pending = {(start, end) for _, _, start, end in self.pending}
        again = [r for r in self.by_cat.get(ROLE, []) if (r.start, r.end) in pending
                 and self._holder(r)[0] is not None]
        if again:
            self.pending = [p for p in self.pending if not any((r.start, r.end) == p[2:] for r in again)]
            self._posts_from(again)

    def _posts_from(self, titles: list[Span]) -> None:
        for s in sorted(titles, key=lambda s: s.start):
            role: str | None = s.kb_id_
            if s.label_ == CPART:
                role = self._counterpart_role(s.start)
            if role is None:
                continue
            org_key = None
            # upgrade a generic title by the institution that follows it ("head of the navy")
            j = s.end
            while j < len(self.doc) and j < s.end + 4 and (self.skippable(j) or j in self.country_at):
                j += 1
            # or by the institution right before it, in languages that put it first ('俄军队领导人')
            inst = self.inst_at.get(j) or self.inst_at.get(s.end - 1) or self.inst_at.get(self._back_over(s.start) - 1)
            rank = s.start in self.rank_tokens
            if inst:
                kind, org_key = inst
                if role in _UPGRADABLE_ROLES and kind in ROLE_BY_KIND and not rank:
                    role = ROLE_BY_KIND[kind]
            if role == "HeadOfState" and not inst and self._heads_group(s.end):
                continue  # the head of a delegation or contingent ('руководитель китайского контингента')
            cc = self.country_near(s.start, s.end) or self.complement_country.get(s.start)
            if cc is None and rank:
                cc = self._group_country_before(s.start)
            if cc is None and org_key:
                cc = (self.state.entities.get(org_key) or self.gaz[org_key]).country
            if cc is None:
                cc = self._country_of_body_before(s.start)
            holder, h_start, h_end = (None, 0, 0) if (s.start, s.end) in self.complements else self._holder(s)
            if cc is None and holder is not None and h_start > s.end:
                cc = next((c for sp in self.by_cat.get(ENT, []) if s.end <= sp.start < h_start
                           for c in [self.gaz.country_of(sp.kb_id_)] if c), None)
            if cc is None and holder is not None and h_start >= s.end:
                cc = self._country_after_name(h_end)
            if holder is None:
                self.pending.append((role, cc, s.start, s.end))
                continue
            known = self.gaz.get(holder)
            if cc is None and known is not None:
                cc = known.country
            if s.label_ == CPART and self.counterpart_guessed and known is not None and known.known_role:
                role = known.known_role  # the role 'his' had to be guessed for: the one the holder is known by
            if s.label_ == CPART:
                self.by_counterpart.add((holder, role))
            if rank:
                self.by_rank.append((holder, role))
            else:
                self.by_title.add((holder, role))
            self._add_post(holder, role, cc, org_key, self.sent_of[s.start])
            if h_start >= s.end and s.label_ != CPART and not rank:
                self._listed_holders(role, h_end, self.sent_of[s.start])
        # a rank is no post of its own beside the post a title gives ('Navy commander Admiral X'), also
        # when the title is 'his counterpart' ('son homologue chinois, l'amiral X')
        for holder, role in self.by_rank:
            if (holder, role) in self.by_title:
                continue
            if any(p.holder == holder and p.role != role for p in self.state.posts):
                self.state.posts[:] = [p for p in self.state.posts if (p.holder, p.role) != (holder, role)]

    def _group_country_before(self, i: int) -> str | None:
        """The country of the delegation or contingent that the officer ranked at token ``i`` leads ('the Pakistani
        delegation led by General X', 'руководитель китайского контингента генерал-майор X')."""
        groups = [g for g in self.by_cat.get(GROUP, []) if g.kb_id_ in ("delegation", "units", "led_by")
                  and i - 4 <= g.end <= i and self.sent_of[g.start] == self.sent_of[i]]
        for g in reversed(groups):
            if g.kb_id_ != "led_by":
                return self.country_near(g.start, g.end, before=2, after=2) or self._country_of_body_before(g.start)
        return None

    def _heads_group(self, i: int) -> bool:
        """Whether a delegation or a body of troops is named from token ``i``, across connectors and country words:
        the title before it heads that group ('head of the Chinese delegation'), not a state."""
        j = i
        while j < len(self.doc) and j < i + 4 and (self.skippable(j) or j in self.country_at):
            j += 1
        return any(g.start == j and g.kb_id_ in ("delegation", "units") for g in self.by_cat.get(GROUP, []))

    def _listed_holders(self, role: str, end: int, sent: int) -> None:
        """The further holders of a title shared by a list, each named after its country word ('the deputy foreign
        ministers, Chinese X, Russian Y and Iranian Z')."""
        k = end
        while k < len(self.doc) and self.sent_of[k] == sent:
            j = k
            while j < len(self.doc) and j < k + 2 and self.skippable(j):
                j += 1
            if j == k or j not in self.country_at:
                return
            country = self.country_at[j]
            while j < len(self.doc) and self.country_at.get(j) == country:
                j += 1
            hit = self.person_at(j)
            unknown = None if hit else self.unknown_name_at(j)
            if hit is None and unknown is None:
                return
            if hit is not None:
                holder, k = hit[0], hit[2]
            else:
                assert unknown is not None
                holder, k = self._mint_person(*unknown), unknown[1]
            self._add_post(holder, role, country[8:], None, sent)

    def unplaced_posts(self) -> None:
        """A post still without a country takes that of the holder's other posts, else the country of the dateline:
        an official named without one in a story filed from a country's city is, in the way of news writing, that
        country's ('BELGRADE — ... the state secretary for defence, X'); not 'his counterpart', of the other side."""
        posts = self.state.posts
        for n, p in enumerate(posts):
            if p.country is not None:
                continue
            others = {q.country for q in posts if q.holder == p.holder and q.country}
            cc = others.pop() if len(others) == 1 else None
            if cc is None and not others and (p.holder, p.role) not in self.by_counterpart:
                cc = self.dateline_country
            if cc is None:
                continue
            org = p.org or (self.gaz.institution(KIND_BY_ROLE[p.role], cc) if p.role in KIND_BY_ROLE else None)
            if org:
                self.entity(org)
            posts[n] = p.model_copy(update={"country": cc, "org": org})
        unique = {(p.holder, p.role, p.country): p for p in reversed(posts)}
        posts[:] = [p for p in posts if unique.get((p.holder, p.role, p.country)) is p]

    def _country_after_name(self, end: int) -> str | None:
        """The country a name ending at token ``end`` is linked to by a word such as 'wa' ('Admirali Yuan Huazhi
        wa China'); a country right after a name, unlinked, is a verb's object ('زار لي شانغ فو روسيا')."""
        if end < len(self.doc) - 1 and self.norms[end] in self.lex.name_country_links:
            found = self.country_at.get(end + 1)
            return found[8:] if found else None
        return None

    def _back_over(self, i: int) -> int:
        """The start of the connectors and punctuation (at most three) right before token ``i``."""
        j = i
        while j > 0 and j > i - 3 and self.skippable(j - 1):
            j -= 1
        return j

    def _country_of_body_before(self, i: int) -> str | None:
        """The country of the institution or force named just before token ``i`` ('Pacific Fleet commander',
        '太平洋舰队司令')."""
        j = self._back_over(i)
        for sp in self.by_cat.get(ENT, []):
            if sp.end == j:
                e = self.state.entities.get(sp.kb_id_)
                if e is not None and not e.type.is_person and e.type is not EntityType.PLACE:
                    return self.gaz.country_of(sp.kb_id_) or e.country
        return None

    def _add_post(self, holder: str, role: str, cc: str | None, org_key: str | None, sent: int) -> None:
        same = [p for p in self.state.posts if (p.holder, p.role) == (holder, role)]
        if cc is None and any(p.country for p in same):
            return  # 'Admiral' after 'commander of Russia's Pacific Fleet': the post is already known
        if cc is not None:
            self.state.posts[:] = [p for p in self.state.posts
                                   if not ((p.holder, p.role) == (holder, role) and p.country is None)]
        if org_key is None and cc and role in KIND_BY_ROLE:
            org_key = self.gaz.institution(KIND_BY_ROLE[role], cc)
        if org_key:
            self.entity(org_key)  # the post's institution is described even where no sentence names it
        post = Post(holder=holder, role=role, country=cc, org=org_key, sentence=sent)
        if not any((p.holder, p.role, p.country) == (holder, role, cc) for p in self.state.posts):
            self.state.posts.append(post)
        h = self.state.entities.get(holder)
        if h is not None and h.type is EntityType.PERSON:
            self.state.entities[holder] = h.model_copy(update={"type": EntityType.OFFICIAL})

    def _counterpart_role(self, i: int) -> str | None:
        """'his counterpart' holds the role of the nearest official named before it in its sentence, else of the
        first official named in the last sentence that names one: 'his' is the subject's, which leads its sentence
        ('X handed the leader a letter from President Y. ... talks with his counterpart Z': X's counterpart)."""
        def role_of(key: str) -> str | None:
            roles = [p.role for p in self.state.posts if p.holder == key]
            specific = [r for r in roles if r not in _GENERIC_ROLES]
            return (specific or roles)[-1] if roles else None

        here = self.sent_of[i]
        before = sorted((sp for sp in self.state.spans if sp.start < i and role_of(sp.key)), key=lambda sp: -sp.start)
        # a title without a name ('the Chinese minister ... held talks with his Tanzanian counterpart X') that
        # stands nearer in the sentence
        named_at = before[0].start if before and before[0].sentence == here else -1
        untitled = [(start, role) for role, _, start, _ in self.pending if named_at < start < i
                    and self.sent_of[start] == here]
        ministers = {"DefenceMinister", "ForeignMinister", "DeputyDefenceMinister"}
        for k in range(max(named_at + 1, 0), i):
            cc = self.country_at.get(k + 1) or self.country_at.get(k - 1)
            if self.norms[k] in self.lex.minister_words and self.sent_of[k] == here and cc:
                roles = {p.role for p in self.state.posts if p.role in ministers and p.country == cc[8:]}
                if len(roles) == 1:
                    untitled.append((k, roles.pop()))
        self.counterpart_guessed = False
        if untitled:
            return max(untitled)[1]
        if not before:
            return None
        if before[0].sentence == here:
            return role_of(before[0].key)
        last = before[0].sentence
        self.counterpart_guessed = True  # (the subject of its sentence may be a name not recognised)
        return role_of(min((sp for sp in before if sp.sentence == last), key=lambda sp: sp.start).key)

    def _holder(self, s: Span) -> tuple[str | None, int, int]:
        found = self._after_title(s)
        if found is not None:
            key, start, end = found
            return (key if key is not None else self._mint_person(start, end)), start, end
        # backward apposition: NAME, title; also across the titles before it ('NAME, commander-in-chief of the
        # armed forces and defence minister'), each with its institution
        j, steps = s.start, 0
        while j > 0 and steps < 6 and (self.skippable(j - 1) or j - 1 in self.country_at or j - 1 in self.inst_tokens
                                       or j - 1 in self.role_tokens or j - 1 in self.org_tokens
                                       or self.norms[j - 1] in self.lex.title_joiners
                                       or self.table.folded[j - 1] in self.lex.apposition_links):
            j -= 1
            steps += j + 1 not in self.inner_tokens
            hit = self.person_ending_at(j)
            if hit and any(self.skippable(k) or self.norms[k] in self.lex.title_joiners for k in range(j, s.start)):
                return hit
        k = s.start  # (across the father's names that follow a name: 'خالد بن سلمان بن عبدالعزيز وزير الدفاع')
        hit = self.person_ending_at(k)
        while hit is None and k >= 2 and self.table.folded[k - 2] in self.lex.name_joiners \
                and self.texts[k - 1].isalpha():
            k -= 2
            hit = self.person_ending_at(k)
        if hit and (self.lex.lang.titles_after_names or self._ranked_apposition(hit, s)):
            return hit
        return None, 0, 0

    def _ranked_apposition(self, hit: tuple[str, int, int], s: Span) -> bool:
        """Without capitals, a name between a rank or a courtesy title and a title is the title's holder too
        ('الأدميرال دونغ جون وزير الدفاع الوطني الصيني', 'الأمير خالد بن سلمان وزير الدفاع'), unless the title
        names another country than the holder's: a verb's object may follow its subject ('استقبل الفريق أول X وزير
        الدفاع الروسي')."""
        honoured = self.table.folded[hit[1]].rstrip(".") in self.lex.honorifics  # ('الأمير خالد بن سلمان')
        if self.lex.lang.capitalised_names or self.lex.lang.spaceless or not (
                hit[1] - 1 in self.rank_tokens or honoured
                or (hit[1] > 0 and self.table.folded[hit[1] - 1].rstrip(".") in self.lex.honorifics)):
            return False
        known = self.gaz.get(hit[0])
        cc = self.country_near(s.start, s.end)
        return known is None or known.country is None or cc is None or cc == known.country

    def _after_title(self, s: Span) -> tuple[str | None, int, int] | None:
        """The person named after title ``s`` (title [country] [connectors] NAME): a known person's
        (key, start, end), or (None, start, end) for a name the lexicon does not know."""
        j = s.end
        steps = 0
        while j < len(self.doc) and steps < 8:
            hit = self.person_at(j)
            if hit:
                return hit
            crossing_title = j in self.role_tokens and (j - 1 in self.role_tokens or self.texts[j - 1] in _COMMAS
                                                        or self.norms[j - 1] in self.lex.title_joiners)
            joiner = self.norms[j] in self.lex.title_joiners and j + 1 in self.role_tokens
            honorific = self.table.folded[j].rstrip(".") in self.lex.honorifics or (
                self.texts[j] == "." and j > 0 and self.table.folded[j - 1] in self.lex.honorifics)
            # brackets around an organisation's short name ('Msemaji wa Jeshi (JWTZ), Kanali X')
            bracket = self.texts[j] in ("(", ")") and (j + 1 in self.org_tokens or j - 1 in self.org_tokens)
            if not (self.skippable(j) or j in self.country_at or j in self.inst_at or crossing_title or joiner
                    or j in self.complement_tokens
                    or honorific or bracket or j in self.org_tokens or j in self.rank_tokens
                    or j in self.host_tokens):
                break
            steps += j not in self.inner_tokens
            j += 1
        if j < len(self.doc):
            unknown = self.unknown_name_at(j)
            if unknown and not self._after_genitive_link(unknown[0]):
                return None, unknown[0], unknown[1]
            if s.start not in self.rank_tokens:
                return self._ranked_name_after(j)
        return None

    def _after_genitive_link(self, i: int) -> bool:
        """Whether the words from token ``i`` follow a genitive link across articles only ('vice-chairman of the
        Standing Committee'): an unknown name there is the title's body, not its holder."""
        k = i - 1
        while k >= 0 and self.norms[k] in self.lex.connectors:
            if self.norms[k] in self.lex.name_country_links:
                return True
            k -= 1
        return False

    def _ranked_name_after(self, j: int) -> tuple[str | None, int, int] | None:
        """The name after a rank a few words on from a title, whose complement those words are ('spokesman for
        the drills, Admiral X', 'commander of U.S. Indo-Pacific Command, Admiral X'); no verb, statement or
        other title or person between."""
        blocked = {t for cat in (EVT, MOD) for sp in self.by_cat.get(cat, []) if sp.kb_id_ != "MilitaryExercise"
                   for t in range(sp.start, sp.end)}
        k, steps = j, 0
        while k < len(self.doc) and steps < 6 and self.sent_of[k] == self.sent_of[j]:
            if k in self.rank_tokens:
                end = next(r.end for r in self.by_cat.get(ROLE, []) if r.start <= k < r.end)
                hit = self.person_at(end)
                if hit:
                    return hit
                unknown = self.unknown_name_at(end) if end < len(self.doc) else None
                return (None, unknown[0], unknown[1]) if unknown else None
            tok = self.doc[k]
            if k in self.role_tokens or k in blocked or self.person_ending_at(k + 1) \
                    or (_is_punct(tok) and tok.text not in _COMMAS and tok.text not in "-–"):
                return None
            steps += k not in self.inner_tokens
            k += 1
        return None

    def _mint_person(self, start: int, end: int, etype: EntityType = EntityType.OFFICIAL) -> str:
        span = self.doc[start:end]
        name = self.lex.names.nominative(span.text)
        latin = romanize(name)
        key = self.gaz.person_by_sound(name) or f"person/{slugify(latin)}"
        if key in self.gaz:
            self.entity(key)
        elif key not in self.state.entities:
            label = latin if latin.isascii() else name
            # the name as written is kept: its script tells how to hear it ('يوان هوا تشي' is a Chinese name)
            self.state.entities[key] = Entity(key=key, type=etype, label=label, names=[(name, self.lex.lang.code)])
        self._name_span(key, start, end)
        return key

    def _name_span(self, key: str, start: int, end: int) -> None:
        """Record tokens ``[start, end)`` as a name of entity ``key`` found after the matcher's pass."""
        from spacy.tokens import Span

        self.by_cat[ENT] = sorted([*self.by_cat.get(ENT, []), Span(self.doc, start, end, label=ENT, kb_id=key)],
                                  key=lambda s: s.start)
        self.mention(key, start, end)

    def title_references(self) -> None:
        """A title without a name ('the Chinese defence minister') refers to that post's holder here."""
        first_named: dict[str, int] = {}
        for sp in self.state.spans:
            first_named.setdefault(sp.key, sp.start)
        for role, cc, start, end in self.pending:
            holders = {p.holder for p in self.state.posts if p.role == role and (cc is None or p.country == cc)}
            if not holders and cc is not None:
                # (no title named the holder: the one person named here known to hold the post, 'Vladimir Poutine
                # est arrivé ... le président russe se rendra à Harbin')
                holders = {sp.key for sp in self.state.spans if sp.start < start and (e := self.gaz.get(sp.key))
                           is not None and e.known_role == role and e.country == cc}
            if len(holders) == 1:
                self.mention(holders.pop(), start, end, implicit=True)
            elif holders and cc is None and not self.lex.lang.spaceless:
                # (a title of several holders, without a country: the story's own, named first ('Khalid bin Salman,
                # defence minister, met Defence Minister Belousov ... the defence minister had arrived'); not
                # where words run together, as a title inside a compound is no reference: '国防部长联合会议')
                self.mention(min(holders, key=lambda h: (first_named.get(h, len(self.doc)), h)), start, end,
                             implicit=True)

    def capital_references(self) -> None:
        """'The Russian capital', 'العاصمة الروسية', 'столица России', 'mji mkuu wa Urusi', '俄罗斯首都': a word for a
        capital with a country word right before it, or after it across linking words, refers to that country's
        capital."""
        nouns = [s for s in self.by_cat.get(PLN, []) if s.kb_id_ == "capital"]
        if not nouns:
            return
        named = {t for sp in self.state.spans if not sp.key.startswith("country/") for t in range(sp.start, sp.end)}
        for n in nouns:
            if n.start in named or n.end - 1 in named:
                continue  # a word of a name ('Beijing Capital International Airport')
            k = n.start - 1
            if k > 0 and self.norms[k] in self.lex.connectors and any(ch.isalpha() for ch in self.texts[k]):
                k -= 1  # ("Russia's capital", '俄罗斯的首都')
            cc = self.country_at.get(k) if k >= 0 else None
            if cc is None:
                k = n.end
                while k < len(self.texts) and k - n.end < 2 and self.norms[k] in self.lex.connectors \
                        and self.texts[k].isalpha():
                    k += 1
                cc = self.country_at.get(k)
            capital = self.gaz.capital_of(cc[8:]) if cc else None
            if capital is not None:
                self.mention(capital, n.start, n.end, implicit=True)

    def minister_references(self) -> None:
        """'The Russian minister', 'الوزير الروسي': a word for minister with a country word beside it (and no name
        after it) refers to the one minister of that country the story names."""
        words = self.lex.minister_words
        if not words:
            return
        taken = {t for sp in self.state.spans for t in range(sp.start, sp.end)} | self.role_tokens
        ministers = ("DefenceMinister", "ForeignMinister", "DeputyDefenceMinister")
        for i, norm in enumerate(self.norms):
            if norm not in words or i in taken:
                continue
            cc = self.country_at.get(i + 1) or self.country_at.get(i - 1)
            if cc is None or (i + 2 < len(self.norms) and self.person_at(i + 2)):
                continue
            holders = {p.holder for p in self.state.posts if p.role in ministers and p.country == cc[8:]}
            if len(holders) == 1:
                self.mention(holders.pop(), i, i + 1, implicit=True)

    def official_references(self) -> None:
        """'المسؤول العسكري الصيني', 'الضيف الهندي': a word for an official or a guest with a country word after it
        refers to the one official of that country the story names, whatever the post."""
        words = self.lex.official_words
        for i, norm in enumerate(self.norms):
            if norm not in words or any(sp.start <= i < sp.end for sp in self.state.spans):
                continue
            k = i + 1 if i + 1 in self.country_at else i + 2 if i + 2 in self.country_at \
                and self.texts[i + 1].isalpha() and not self.person_at(i + 1) else None
            if k is None or (k + 1 < len(self.norms) and self.person_at(k + 1)):
                continue
            cc = self.country_at[k][8:]
            holders = {p.holder for p in self.state.posts if p.country == cc}
            if len(holders) == 1:
                self.mention(holders.pop(), i, i + 1, implicit=True)

    def organisation_references(self) -> None:
        """'The organisation', 'jumuiya hiyo', '该组织': the one intergovernmental organisation the story names."""
        words = [s for s in self.by_cat.get(GROUP, []) if s.kb_id_ == "organisation"]
        if not words:
            return
        named = {sp.key for sp in self.state.spans if not sp.implicit
                 and (e := self.gaz.get(sp.key)) is not None and e.kind == "IntergovernmentalOrganization"}
        if len(named) != 1:
            return
        key = named.pop()
        taken = {t for sp in self.state.spans for t in range(sp.start, sp.end)}
        for s in words:
            if not any(t in taken for t in range(s.start, s.end)):
                self.mention(key, s.start, s.end, implicit=True)

    def _names_again(self) -> None:
        """In a script without spaces, a person the gazetteer lacks, found after a title, named again by the same
        characters elsewhere ('坦桑尼亚国防部长塔克斯 ... 塔克斯会见了陈明健')."""
        written = {m.text: m.key for m in self.state.mentions if len(m.text) >= 2 and m.key not in self.gaz
                   and self.state.entities[m.key].type.is_person}
        if not written:
            return
        covered = {t for sp in self.state.spans for t in range(sp.start, sp.end)} | self.role_tokens
        text, at_token = self.table.text, {at: i for i, at in enumerate(self.table.idx)}
        at_token[len(text)] = len(self.texts)
        for name, key in sorted(written.items()):
            at = text.find(name)
            while at >= 0:
                i, j = at_token.get(at), at_token.get(at + len(name))
                if i is not None and j is not None and not any(t in covered for t in range(i, j)):
                    self.mention(key, i, j)
                    covered.update(range(i, j))
                at = text.find(name, at + len(name))

    def short_names(self) -> None:
        """A lone surname or given name refers to the one person of this article it belongs to."""
        if self.lex.lang.spaceless:
            self._names_again()
            return
        parts: dict[str, set[str]] = {}
        written: dict[str, list[str]] = {}
        for m in self.state.mentions:
            written.setdefault(m.key, []).append(m.text)
        for key, e in self.state.entities.items():
            if not e.type.is_person:
                continue
            known = self.gaz.get(key)
            names = [n for n, _ in (known.names if known else [])] + [e.label] + written.get(key, [])
            for name in names:
                for k in self.lex.name_parts(name):
                    parts.setdefault(k, set()).add(key)
        covered = {t for sp in self.state.spans for t in range(sp.start, sp.end)}

        def unknown_name_word(i: int) -> bool:
            """A word of a name no entity covers: with it, the part is a word of another person's name."""
            return 0 <= i < len(self.doc) and i not in covered and not self.doc[i].is_sent_start \
                and _looks_like_name(self.doc[i], self.lex)
        for i, text in enumerate(self.texts):
            owners = parts.get(self.norms[i])  # (first: most words are no part of a name)
            if not owners or len(owners) != 1 or i in covered or _is_punct_text(text):
                continue
            if self.lex.lang.capitalised_names and (not text[:1].isupper() or unknown_name_word(i + 1)):
                continue  # ('Li Hongzhong' is not Li Shangfu named by his surname)
            self._name_span(next(iter(owners)), i, i + 1)  # (a holder for the titles still without one)


@cache
def _title_words(lex: Lexicon) -> frozenset[str]:
    """The folded titles of a language, as written in its data (without country slots)."""
    return frozenset(fold(w) for words in lex.lang.roles.values() for w in words if "{" not in w)


@cache
def _names_index(gaz: Gazetteer) -> dict[str, frozenset[str]]:
    """Gazetteer keys by folded name, across languages (for statistical entities the matcher did not see)."""
    index: dict[str, set[str]] = {}
    for e in gaz.entities.values():
        for name in {e.label, *(n for n, _ in e.names)}:
            index.setdefault(fold(" ".join(name.split())), set()).add(e.key)
    return {k: frozenset(v) for k, v in index.items()}


def resolve_entities(doc: Doc, lex: Lexicon, state: DocState) -> None:
    """Find entities, posts and coreferent mentions in ``doc`` and record them in ``state``."""
    r = _Resolver(doc, lex, state)
    r.named_entities()
    r.places_by_sound()
    r.places_by_kind()
    r.institutions()
    r.statistical_entities()
    r.roles()
    r.short_names()
    r.counterparts()
    r.unplaced_posts()
    r.title_references()
    r.capital_references()
    r.minister_references()
    r.official_references()
    r.organisation_references()
    state.spans.sort(key=lambda s: (s.start, s.end))
    doc._.kg_roles = [(s.start, s.end) for s in r.by_cat.get(ROLE, [])]
