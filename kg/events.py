"""Events (meetings, visits, exercises, statements) from triggers, entities and dates in a ``Doc``."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from .dates import DateGrammar, DateMatch, Unit, end_after, shift_date
from .gazetteer import Gazetteer
from .lexicon import ANA, CPART, EVT, GROUP, INST, MOD, PLN, ROLE, Lexicon
from .models import DateValue, EntityType, Event, EventType, Status
from .resolve import VISIT_DAYS
from .state import DocState, EntitySpan, TokenTable
from .text import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .series import SeriesMention

__all__ = ["compatible_places", "extract_events", "merge_events"]

_YEAR = re.compile(r"(?:19|20)\d\d")
_NAMED_YEAR = re.compile(r"(?<=[^\W\d_])[-‐–](?P<y>(?:19|20)\d\d)(?!\d)")  # 'Vostok-2022', '海上联合-2024'
_QUOTE = re.compile(r"[\"“«„「『](.{8,}?)[\"”»“」』]", re.S)
# the narrower a place, the likelier it is where an event was held: a base or range over its region
_CITY_KINDS = {"city", "capital"}
_PLACE_RANK = {"building": 0, "base": 0, "range": 0, "park": 0, "city": 1, "capital": 1, "island": 2, "region": 2,
               "sea": 2, "strait": 2, "canal": 2, "continent": 4}
_BEFORE, _AFTER, _NEG_BEFORE = 8, 3, 4
_PREDICATE_AFTER = 7  # words after an event's phrase its predicate may stand, in its clause with no event between
_SAME_MENTION = 4
_EDITIONS_BACK = 5  # years back an exercise referred to may be an earlier edition of ('last year, the exercise ...')
_SERIES_GAP = 4  # words at most between an exercise's word and the series it is named by ('drills, dubbed X-2022')
_TOPIC_GAP = 4  # words after a verb of discussing and its parties beyond which a place is a topic, not a venue
_SERIES_REACH = 10  # ... when the sentence has no other exercise word nor series, and they are in one clause
_CLAUSE_BREAKS = {",", "،", ";", "؛", "，", "；", "、"}
# verbs of discussing or signing ('بحث', 'обсудил', 'discussed', 'signed'): a meeting when two people do it
DISCUSSION = "Discussion"
PATROL = "JointPatrol"  # warplanes or warships of two states named together: their joint patrol, an exercise
_PATROL_REACH = 8  # words at most between warplanes or warships and the states they belong to ('two Russian and two
# Chinese bombers', 'des bombardiers chinois et russes')
_IGO = "IntergovernmentalOrganization"  # the institution kind of the SCO, the CSTO, NATO, the UN
_TRIGGER_TYPES = {**{t.value: t for t in EventType}, DISCUSSION: EventType.MEETING, PATROL: EventType.EXERCISE}


def compatible_places(g: Gazetteer, a: str | None, b: str | None) -> bool:
    """Whether two locations can describe one event (same, unknown, or one inside the other; a place the gazetteer
    lacks, found by its kind, may lie anywhere)."""
    if a is None or b is None or a == b:
        return True
    if (a.startswith("place/") and a not in g) or (b.startswith("place/") and b not in g):
        return True
    return g.within(a, b) or g.within(b, a) or (
        a.startswith("country/") and g.country_of(b) == a[8:]) or (
        b.startswith("country/") and g.country_of(a) == b[8:])


_FILED_BEFORE = 31  # days a story may be published after the day its dateline names


def _compatible_dates(a: DateValue | None, b: DateValue | None) -> bool:
    return a is None or b is None or a.compatible(b)


class _Events:
    def __init__(self, doc: Doc, lex: Lexicon, grammar: DateGrammar, state: DocState) -> None:
        self.doc, self.lex, self.grammar, self.state = doc, lex, grammar, state
        from spacy.util import filter_spans

        table = self.table = TokenTable.of(doc)
        self.sents = [doc[a:b] for a, b in table.sents]
        self.sent_texts = [table.span_text(a, b) for a, b in table.sents]
        spans = self.kg_spans = table.kg_spans
        self.texts, self.norms = table.texts, table.norms
        self.triggers = sorted(filter_spans([s for s in spans if s.label_ in (EVT, ANA)]), key=lambda s: s.start)
        # an exercise named in a title is no report of it ('المتحدث باسم المناورات', the drills' spokesman)
        title_ends = {b for _, b in (doc._.kg_roles or [])}
        self.triggers = [t for t in self.triggers if t.kb_id_ != EventType.EXERCISE.value or not any(
            k in title_ends and all(self.norms[i] in lex.connectors for i in range(k, t.start))
            for k in range(t.start - 2, t.start + 1))]
        # a marker inside a title or a name is not one ('将' in '上将', a general)
        self.role_tokens = {t for a, b in (doc._.kg_roles or []) for t in range(a, b)}
        self.named = {t for sp in state.spans for t in range(sp.start, sp.end)}  # the tokens of names found
        inside = self.named | self.role_tokens
        self.mods = [s for s in spans if s.label_ == MOD and not any(t in inside for t in range(s.start, s.end))]
        # event words that name the gathering on whose sidelines an event is told ('на полях заседания', '会议期间')
        sides = [m for m in self.mods if m.kb_id_ == "sidelines"]
        self.gatherings = {t.start for t in self.triggers for m in sides if m.start <= t.start <= m.end + 2}
        # (what is looked up for each trigger, by sentence or by position: a long text makes no quadratic work)
        self.trigger_starts = [t.start for t in self.triggers]
        self.mods_in: dict[int, list[Span]] = {}  # the markers of each sentence
        for m in self.mods:
            self.mods_in.setdefault(table.sent_of[m.start], []).append(m)
        self.spans_in: dict[int, list[EntitySpan]] = {}  # the entities of each sentence
        for sp in state.spans:
            self.spans_in.setdefault(sp.sentence, []).append(sp)
        self.counterparts = sorted(s.start for s in spans if s.label_ == CPART)
        self.groups = [s for s in spans if s.label_ == GROUP and s.kb_id_ == "two_countries"]
        self.pairs = [s for s in spans if s.label_ == GROUP and s.kb_id_ in ("two_people", "two_leaders")]
        if lex.lang.morphology.stem_suffixes:
            # where endings are stripped, 'министры' (ministers) and 'министром' (a minister) share a key: the
            # plural is told by its written form
            self.pairs = [s for s in self.pairs if fold(table.span_text(s.start, s.end)) in lex.pair_forms]
        # the dateline's place and date say where and when the story was filed, not where the events were
        end = lex.dateline_end(table.text)
        self.dateline = next((i for i, at in enumerate(table.idx) if at >= end), len(doc)) if end else 0
        # ... but its date is the day the story calls 'today' ('بكين 3 يوليو (شينخوا) ... اليوم (الاثنين)')
        self.today = self._dateline_day(fold(table.text[:end])) if end else state.published
        # ... and its city is where a meeting in the lead is held, unless the lead says otherwise
        self.dateline_place = next((sp.key for sp in state.spans if sp.start < self.dateline
                                    and sp.key.startswith("place/")), None)
        self.lead = next((k for k, s in enumerate(self.sents) if s.start <= self.dateline < s.end), -1) \
            if self.dateline_place else -1
        # the lead: the first two sentences after the dateline
        first = next((k for k, s in enumerate(self.sents) if s.end > self.dateline), 0)
        self.lead_end = first + 1
        self.spokespeople = {p.holder for p in state.posts if p.role == "Spokesperson"}
        self.metonyms = self._capital_pairs() | self._posting_places()
        self.rep: dict[int, Span] = {}  # the trigger that stands for each trigger's mention, in this sentence
        self.attributive: set[int] = set()  # visit words of this sentence told in a relative clause about a person
        self.remote: set[int] = set()  # ids of meetings held by video or phone
        self.closed: set[int] = set()  # ids of visits told by the day they ended
        self.assumed: set[int] = set()  # ids of events dated by the story's day, not by the text
        self.dated_back = False  # whether the last reference back dated the event it refers to
        self.referred: Event | None = None  # the event the last reference back completed
        self.open_ends: list[tuple[Event, DateMatch]] = []  # ends told of events not yet dated
        self.series_found: dict[int, list[SeriesMention]] = {}  # the exercise series each sentence names
        self.ended: set[int] = set()  # ids of exercises dated by the day they ended ('concluded on Sunday')
        self.begun: set[int] = set()  # ids of exercises dated by the day they began ('which began on Monday')
        self.scale = 3 if lex.lang.spaceless else 1  # words to tokens: a token is a character in spaceless scripts
        self.country_count = Counter(sp.key for sp in state.spans if sp.key.startswith("country/"))
        self.qualifiers = self._qualifier_countries()
        named = {t for sp in state.spans if not sp.key.startswith(("country/", "place/"))
                 for t in (sp.start, sp.end - 1)}
        named |= {t for a, b in (doc._.kg_roles or []) for t in (a, b - 1)}
        # positions in words where a name or a title counts as one ('يزور الرئيس الصيني شي جين بينغ كازاخستان':
        # the destination is as near the verb as in 'visits Xi Kazakhstan')
        inner: set[int] = set()
        if not lex.lang.spaceless:  # (distances in characters are weighed otherwise)
            inner = {t for sp in state.spans for t in range(sp.start + 1, sp.end)}
            inner |= {t for a, b in (doc._.kg_roles or []) for t in range(a + 1, b)}
            # ... and a compound split at its hyphen is one word ('sino-russes', 'Russian-Chinese')
            glued = {i for i in range(1, len(doc) - 1) if self.texts[i] in ("-", "‐") and not table.spaces[i]
                     and not table.spaces[i - 1]}
            inner |= glued | {i + 1 for i in glued}
        self.unit = list(itertools.accumulate((k not in inner for k in range(len(doc))), initial=-1))[1:]
        breaks = [k for k, text in enumerate(self.texts) if text in _CLAUSE_BREAKS]
        # (a name or title after an article counts: 'son homologue chinois, l'amiral Dong Jun')
        self.soft_commas = {k for k in breaks if k + 1 in named or k - 1 in named or (
            k + 2 in named and k + 1 < len(doc) and self.norms[k + 1] in lex.connectors
            and self.texts[k + 1][:1].isalpha())}
        # ... and those of a list of parties ('Iran, China and Russia began drills')
        party_end = {sp.start: sp.end for sp in state.spans if sp.key.startswith(("country/", "org/"))}
        ends = {e - 1 for e in party_end.values()}

        def party_after(i: int) -> int | None:
            """The end of a party named at token ``i``, after at most two words such as 'and', 'the', 'la'."""
            for k in range(i, min(i + 3, len(doc))):
                if k in party_end:
                    return party_end[k]
                if not (self.norms[k] in lex.connectors and self.texts[k][:1].isalpha()):
                    return None
            return None

        listed = -1  # the end of the last party of a list whose commas are soft ('中国、坦桑尼亚、莫桑比克三国')
        for k in breaks:
            j = party_after(k + 1)
            if k - 1 in ends and j is not None and j < len(doc) and (k == listed or (
                    (self.texts[j] in _CLAUSE_BREAKS or self.texts[j][:1].isalpha())
                    and party_after(j + 1) is not None)):
                self.soft_commas.add(k)
                listed = j
        # dates of the sentences with triggers; a date between commas is an aside ('met, on Tuesday, his ...')
        starts = [sent.start for sent in self.sents]
        self.inside_names = {t for sp in state.spans if not sp.implicit and sp.key.startswith("person/")
                             for t in range(sp.start, sp.end)}
        with_triggers = {bisect.bisect_right(starts, t.start) - 1 for t in self.triggers}
        # (and of the sentences after them, which may tell when their events end)
        found = {si: self.dates_in(sent) if si in with_triggers or si - 1 in with_triggers else []
                 for si, sent in enumerate(self.sents)}
        # the days events run until and their lengths ('until September 7', 'for four days') date no event's start,
        # nor do days told from another event ('two days later')
        self.sent_dates = {si: [d for d in ds if not (d[2].bound or d[2].days or d[2].shift)] if si in with_triggers
                           else [] for si, ds in found.items()}
        self.sent_ends = {si: [(first, m) for first, _, m in ds if m.bound or m.days] for si, ds in found.items()}
        self.sent_shifts = {si: [(first, m) for first, _, m in ds if m.shift] for si, ds in found.items()}
        self.in_dates = {k for ds in found.values() for first, last, _ in ds for k in range(first, last + 1)}
        self.shift = 0  # days the event being built is told after the event told before it
        self.shift_unit: Unit = "day"  # ... or months, or years
        self.framed = False  # the sentence opens with a date ('Last year, ...')
        self.shift_back = False  # ... told by a phrase before it ('a day after the talks'), from an event told before
        self.shift_from: DateValue | None = None  # ... the day told before that phrase in its sentence
        self.eve = False  # ... told as the eve of the story's day ('накануне', 'la veille')
        break_set = set(breaks)
        for dates in self.sent_dates.values():
            for first, last, _ in dates:
                before = next((k for k in (first - 1, first - 2) if k in break_set), None)
                if before is not None and last + 1 in break_set and not any(
                        k in break_set for k in range(before + 1, first)):
                    self.soft_commas |= {before, last + 1}
        # prefix sums: clause breaks (and hard ones, not soft commas) before each token
        self.n_breaks = list(itertools.accumulate((t in _CLAUSE_BREAKS for t in self.texts), initial=0))
        self.n_hard = list(itertools.accumulate(
            (t in _CLAUSE_BREAKS and k not in self.soft_commas for k, t in enumerate(self.texts)), initial=0))
        self.described = self._described_places()
        folded, locative = self.table.folded, lex.locative_prepositions
        # countries an event may be held in: right after a word that places it there ('drills in Russia')
        self.located = {sp.start for sp in state.spans if sp.key.startswith("country/") and sp.start > 0
                        and folded[sp.start - 1] in locative}
        self.units = [s for s in spans if s.label_ == GROUP and s.kb_id_ == "units"]
        self.companion_marks = [s for s in spans if s.label_ == GROUP and s.kb_id_ == "companions"]
        self.delegations = self._delegations([s for s in spans if s.label_ == GROUP and s.kb_id_ == "delegation"],
                                             [s for s in spans if s.label_ == GROUP and s.kb_id_ == "led_by"])

    def companions(self, events: list[Event]) -> list[Event]:
        """The trips of the people who travel with a visitor ('Putin is accompanied by Belousov and Lavrov',
        '陪同普京访华的有别洛乌索夫、拉夫罗夫'): the people named after a companions' word in its sentence, on the
        trip told in that sentence or, else, on the last trip of a visitor named there."""
        out: list[Event] = []
        for mark in self.companion_marks:
            si = self.table.sent_of[mark.start]
            named = [sp for sp in self.spans_in.get(si, []) if self.etype(sp.key).is_person]
            text = self.sent_texts[si].strip()
            trips = [e for e in events if e.type is EventType.VISIT and e.visitor and e.location
                     and e.status is not Status.PROPOSED and e.sentence <= si]
            told_before = self.sent_texts[si - 1].strip() if si else None  # ('He is accompanied by ...')
            trip = next((e for e in reversed(trips) if text in e.evidence), None) or next(
                (e for e in reversed(trips) if any(sp.key == e.visitor for sp in named)), None) or next(
                (e for e in reversed(trips) if told_before in e.evidence), None)
            if trip is None:
                continue
            host = self.lex.gazetteer.country_of(trip.location or "")
            for key in _unique(sp.key for sp in named if sp.start > mark.start):
                # (not the hosts: 'accompanied by Belousov, Putin was received by Xi')
                if key == trip.visitor or key in self.spokespeople or (host and self.own_country(key) == host) or any(
                        e.type is EventType.VISIT and e.visitor == key for e in (*events, *out)):
                    continue
                out.append(trip.model_copy(update={"participants": [key], "visitor": key, "evidence": [text],
                                                   "sentence": si, "host": None}))
        return out

    def _described_places(self) -> set[int]:
        """Starts of country words that describe a place by its kind, with no name ('une base aérienne égyptienne',
        'بإحدى القواعد الجوية المصرية', 'an Egyptian air base'): the country is where an event there is held."""
        nouns = [s for s in self.kg_spans if s.label_ == PLN]
        if not nouns:
            return set()
        taken = {t for sp in self.state.spans if not sp.key.startswith("country/") for t in range(sp.start, sp.end)}
        # (the words between are the place's: not an event word, a marker or a stopword, 'in the region said China')
        taken |= {t for s in self.kg_spans if s.label_ in (EVT, ANA, MOD, ROLE) for t in range(s.start, s.end)}
        named = set(taken)
        taken |= {k for k, w in enumerate(self.table.folded) if w in self.lex.stopword_forms}
        out: set[int] = set()
        for sp in self.state.spans:
            if not sp.key.startswith("country/"):
                continue
            for n in nouns:
                if any(t in named for t in range(n.start, n.end)):
                    continue  # a named place ('the port of Zarubino')
                # (after the noun across up to two words, 'base aérienne égyptienne'; before it, right by it)
                gap = range(n.end, sp.start) if n.end <= sp.start else range(sp.end, n.start) if sp.end == n.start \
                    else range(3)
                if len(gap) <= 2 and all(k not in taken and self.texts[k].isalpha() for k in gap) \
                        and self.table.sent_of[n.start] == sp.sentence:
                    out.add(sp.start)
        return out

    def _delegations(self, words: list[Span], links: list[Span]) -> dict[int, tuple[int, str]]:
        """The delegations named, by the start of their word: its end and who it stands for, its head named by a
        link ('a delegation led by X', 'وفدا ... برئاسة X', '由X率领的代表团'), else the organisation named right
        with it ('وفد من القوات الجوية المصرية', 'a delegation of the Egyptian Air Force')."""
        out: dict[int, tuple[int, str]] = {}
        if not words:
            return out
        spans = self.state.spans
        skip = self.role_tokens | {t for sp in spans if sp.key.startswith("country/") for t in range(sp.start, sp.end)}

        def person_from(i: int, step: int) -> str | None:
            """The person named from token ``i`` on (``step`` 1) or ending right before it (-1), across titles."""
            k = i if step == 1 else i - 1
            for _ in range(8):
                if not 0 <= k < len(self.texts):
                    return None
                hit = next((sp for sp in spans if (sp.start if step == 1 else sp.end - 1) == k
                            and self.etype(sp.key).is_person), None)
                if hit is not None:
                    return hit.key
                if not (k in skip or self.norms[k] in self.lex.connectors):
                    return None
                k += step
            return None

        sent_of = self.table.sent_of
        for w in words:
            head = None
            for link in links:
                if sent_of[link.start] != sent_of[w.start]:
                    continue
                if w.end <= link.start and self.unit[link.start] - self.unit[w.end - 1] <= 10 * self.scale:
                    head = person_from(link.end, 1) or head  # 'a delegation ... led by X'
                elif link.end <= w.start and w.start - link.end <= 2:
                    head = person_from(link.start, -1) or head  # '由X率领的代表团'
                if head:
                    break
            if head is None:  # ... or the body it comes from ('وفد من القوات الجوية المصرية'; not a country alone)
                head = next((sp.key for sp in spans if sent_of[sp.start] == sent_of[w.start] and self.etype(
                    sp.key).is_org and (0 <= sp.start - w.end <= 3 or 0 <= w.start - sp.end <= 1)), None)
            if head is not None:
                out[w.start] = (w.end, head)
        return out

    def delegation_at(self, trig: Span) -> str | None:
        """Who the delegation told as making or receiving the visit or meeting of ``trig`` stands for: named right
        before it ('a Chinese delegation arrived', 'وفدا صينيا وصل') or right after it ('the visit of a delegation',
        'يزور وفد من ...', 'received a delegation')."""
        u = self.unit
        for start, (end, who) in self.delegations.items():
            if not self.same_clause(start, trig):
                continue
            if (end <= trig.start and u[trig.start] - u[end - 1] <= 6 * self.scale) or (
                    trig.end <= start and u[start] - u[trig.end - 1] <= 6 * self.scale):
                return who
        return None

    def _capital_pairs(self) -> set[int]:
        """Starts of capitals named in pairs for their states ('ties between Moscow and Beijing', 'بين طهران
        وواشنطن'): no event's place."""
        g = self.lex.gazetteer
        caps = [sp for sp in self.state.spans if (e := g.get(sp.key)) is not None and e.kind == "capital"]
        out: set[int] = set()
        for a, b in itertools.pairwise(caps):
            if b.start - a.end <= 2 and g.country_of(a.key) != g.country_of(b.key) and all(
                    self.norms[i] in self.lex.connectors for i in range(a.end, b.start)):
                out |= {a.start, b.start}
        return out

    def _posting_places(self) -> set[int]:
        """Starts of the places where an ambassador is posted ('السفير الصيني لدى القاهرة', 'ambassador to
        Egypt'): part of the title, not where the ambassador's meeting was."""
        ends = {s.end for s in self.kg_spans if s.label_ == ROLE and s.kb_id_ == "Ambassador"}
        countries = {t for sp in self.state.spans if sp.key.startswith("country/") for t in range(sp.start, sp.end)}
        out: set[int] = set()
        for sp in self.state.spans:
            if not sp.key.startswith(("place/", "country/")):
                continue
            k = sp.start - 1
            while k >= 0 and self.norms[k] in self.lex.connectors and self.norms[k] not in self.lex.host_links:
                k -= 1
            if k < 0 or self.norms[k] not in self.lex.host_links:
                continue
            while k > 0 and (k - 1 in countries or self.norms[k - 1] in self.lex.connectors):
                k -= 1
            if k in ends:
                out.add(sp.start)
        return out

    def _qualifier_countries(self) -> set[int]:
        """Starts of country words that qualify a title, an institution or a name ('the Chinese president')."""
        anchors: list[tuple[int, int]] = list(self.doc._.kg_roles or [])
        anchors += [(s.start, s.end) for s in self.kg_spans if s.label_ == INST
                    or (s.label_ == GROUP and s.kb_id_ == "delegation")]  # ('a Chinese delegation')
        anchors += [(sp.start, sp.end) for sp in self.state.spans if not sp.key.startswith(("country/", "place/"))
                    or (sp.implicit and sp.key.startswith("place/"))]  # (and 'the Russian capital')
        # a country right after a person's name is the object of a verb before it ("زار لي شانغ فو روسيا")
        names_end = {sp.end for sp in self.state.spans if self.etype(sp.key).is_person and not sp.implicit}
        out = set()
        # (an anchor near enough starts at most ``longest`` + 2 tokens before the country or 2 after it: those are
        # found by their starts, and a long text makes no quadratic work)
        anchors.sort()
        firsts, longest = [a for a, _ in anchors], max((b - a for a, b in anchors), default=0)
        for sp in self.state.spans:
            if not sp.key.startswith("country/"):
                continue
            near = anchors[bisect.bisect_left(firsts, sp.start - 2 - longest):bisect.bisect_right(firsts, sp.end + 2)]
            for a, b in near:
                if b == sp.start and b in names_end:
                    continue
                gap = range(b, sp.start) if b <= sp.start else range(sp.end, a)
                if len(gap) <= 2 and all(self.norms[i] in self.lex.connectors for i in gap):
                    out.add(sp.start)
                    break
        return out

    def etype(self, key: str) -> EntityType:
        """The type of entity ``key``: of this article, else of the gazetteer (a party's country may be named
        nowhere in the text)."""
        e = self.state.entities.get(key) or self.lex.gazetteer.get(key)
        if e is not None:
            return e.type
        return EntityType.COUNTRY if key.startswith("country/") else EntityType.ORGANIZATION

    def met_with(self, key: str, people: list[EntitySpan], sent: Span) -> bool:
        """Whether person ``key`` is named right after a partner link ('with', 'с', '同'), with no one named
        before it in the sentence."""
        span = next((sp for sp in people if sp.key == key), None)
        if span is None or any(sp.start < span.start for sp in people):
            return False
        return self.after_partner_link(span, sent.start)

    def after_partner_link(self, span: EntitySpan, first: int) -> bool:
        """Whether ``span`` is named right after a partner link ('with', 'с', '同'), across titles and country words,
        from token ``first`` on."""
        k = span.start - 1
        while k >= first and (k in self.role_tokens or (
                self.norms[k] in self.lex.connectors and self.norms[k] not in self.lex.partner_links) or any(
                sp.start <= k < sp.end for sp in self.sent_ents if sp.key.startswith("country/"))):
            k -= 1
        return k >= first and self.norms[k] in self.lex.partner_links

    def organisations_meeting(self, trig: Span, ents: list[EntitySpan]) -> list[str]:
        """The intergovernmental organisations whose meeting ``trig`` names: named right by it in its clause,
        with no two people meeting there."""
        clause = [sp for sp in ents if self.same_clause(sp.start, trig)]
        if sum(self.etype(sp.key).is_person for sp in clause) >= 2:
            return []
        near = [sp for sp in clause if (e := self.lex.gazetteer.get(sp.key)) is not None and e.kind == _IGO]
        # ('a joint meeting of the defence ministers of the SCO, ...': a dozen words at most)
        if not any(min(self.distance(sp.start, trig), self.distance(sp.end - 1, trig)) <= 12 * self.scale
                   for sp in near):
            return []
        return _unique(sp.key for sp in near)

    def counterpart_of(self, sp: EntitySpan, earlier: list[EntitySpan]) -> str | None:
        """The person whose counterpart ``sp`` is named as, right before it ('X and his counterpart Y',
        'X ونظيره الصيني Y'), if any."""
        cparts = [s for s in self.kg_spans if s.label_ == CPART and s.end <= sp.start]
        if not cparts or not earlier:
            return None
        c = cparts[-1]
        between = range(c.end, sp.start)
        if not all(k in self.qualifiers or self.norms[k] in self.lex.connectors
                   or any(e.start <= k < e.end and e.key.startswith("country/") for e in self.state.spans)
                   for k in between):
            return None
        k = c.start - 1
        while k >= 0 and self.norms[k] in self.lex.connectors:
            k -= 1
        last = earlier[-1]
        return last.key if last.end - 1 == k or last.end == c.start else None

    def hosting(self, trig: Span) -> bool:
        """Whether meeting trigger ``trig`` tells of a host receiving a guest ('received', 'استقبل', '会见')."""
        r = self.lex.hosting
        return r is not None and trig.kb_id_ == EventType.MEETING.value and bool(
            r.search(fold(self.table.span_text(trig.start, trig.end))))

    def received_by_other(self, sp: EntitySpan, trig: Span, trigs: list[Span]) -> bool:
        """Whether person ``sp`` is nearer another meeting of the sentence than ``trig``, one of them a reception
        ('after the talks, President Xi received him': Xi was not at the talks; 'the day Shoigu met him, Kim received
        Li')."""
        # (the party met 'with' belongs to the talks before it: 'held talks with X and was received by Y')
        def linked(t: Span) -> bool:
            return t.end <= sp.start and self.after_partner_link(sp, t.end)

        # (not a summit of organisations the person came to: 'arrived for the SCO summit, before being received by
        # Xi')
        return any(t is not trig and self.rep.get(t.start) is t and t.label_ == EVT and t.kb_id_ == trig.kb_id_
                   and (self.hosting(t) or self.hosting(trig)) and not (linked(trig) and sp.start < t.start)
                   and not self.organisations_meeting(t, self.sent_ents) and (
                       self.distance(sp.start, t) < self.distance(sp.start, trig)
                       or (linked(t) and sp.start < trig.start)) for t in trigs)

    def guest_of(self, host: str, talks: Event, previous: list[Event]) -> str | None:
        """The guest a host receives after ``talks``: the traveller of the story's trip among their parties, else
        the first of them from another country than the host's."""
        people = [p for p in talks.participants if self.etype(p).is_person and p != host]
        travellers = {v.visitor for v in previous if v.type is EventType.VISIT and v.visitor}
        home = self.own_country(host)
        foreign = [p for p in people if home is None or self.own_country(p) != home]
        return next((p for p in foreign if p in travellers), None) or next(iter(foreign), None)

    def organisations_only(self, ev: Event) -> bool:
        return _organisations_only(ev, self.lex.gazetteer)

    @staticmethod
    def told_trip(t: Span | None) -> bool:
        """Whether ``t`` tells of a trip, not referring back to one ('his visit')."""
        return t is not None and t.kb_id_ == EventType.VISIT.value and t.label_ != ANA

    def names_field(self, trig: Span, sent: Span) -> bool:
        """Whether exercise words ``trig`` name a field of cooperation, listed before a word for fields in their
        clause ('深化联合训练、人员培训等领域合作'), not an exercise."""
        if trig.kb_id_ != EventType.EXERCISE.value or not self.lex.field_words:
            return False
        after = fold(self.table.span_text(trig.end, min(sent.end, trig.end + 8 * self.scale)))
        after = re.split(r"[,，.。;；:：!！?？]", after, maxsplit=1)[0]
        return any(w in after for w in self.lex.field_words)

    def days_told(self, dm: DateMatch, status: Status) -> tuple[DateValue | None, DateValue | None]:
        """The first and last day date ``dm`` gives an event of ``status``: a weekday gone by, of an event still
        planned, is the coming one ('will arrive on Wednesday')."""
        if dm.begin is not None and dm.weekday and status is Status.PLANNED and self.state.published \
                and dm.begin.value < self.state.published.isoformat():
            return _week_later(dm.begin), _week_later(dm.until) if dm.until is not None else None
        return dm.begin, dm.until

    def bilateral(self, ev: Event, ents: list[EntitySpan], dates: list[tuple[int, DateMatch]]) -> list[Event]:
        """A meeting of one official with several of another country ('will meet Dong Jun, Zhang Youxia and Xi
        Jinping') as one meeting with each of them: a visitor's talks with each host are reported apart. When each
        host is named with a date of his own ('met Saqr on Thursday and al-Sisi on Friday'), each meeting has it."""
        if ev.type is not EventType.MEETING or len(ev.participants) < 3 \
                or not all(self.etype(p).is_person for p in ev.participants):
            return [ev]
        home = [self.own_country(p) for p in ev.participants]
        first, others = home[0], set(home[1:])
        if first is None or len(others) != 1 or None in others or first in others:
            return [ev]
        meetings = [ev.model_copy(update={"participants": [ev.participants[0], p]}) for p in ev.participants[1:]]
        named = sorted(((min(sp.start for sp in ents if sp.key == m.participants[1]), m) for m in meetings
                        if any(sp.key == m.participants[1] for sp in ents)), key=lambda pair: pair[0])
        if len(dates) < 2 or len(named) != len(meetings):
            return meetings
        at = [-1] + [a for a, _ in named] + [len(self.doc)]
        # each host's date stands after him ('Saqr on Thursday and al-Sisi on Friday') or before him ('jeudi le
        # ministre ... et vendredi le président')
        for lo, hi in ((1, 2), (0, 1)):
            own = [[dm for first_token, dm in dates if at[k + lo] < first_token < at[k + hi] and dm.begin is not None]
                   for k in range(len(named))]
            if all(len(d) == 1 for d in own) and len({d[0].begin for d in own}) == len(own):
                for (_, m), (dm,) in zip(named, own, strict=True):
                    m.start, m.end = self.days_told(dm, m.status)
                break
        return meetings

    def states_of(self, keys: Iterable[str]) -> tuple[list[str], list[str]]:
        """The states of parties ``keys`` (a country, or the state an armed force belongs to; a force whose
        state is unknown stands for itself), and the armed forces among them."""
        states: list[str] = []
        forces: list[str] = []
        for key in keys:
            state = key
            if self.etype(key) is EntityType.ARMED_FORCE:
                forces.append(key)
                e = self.state.entities.get(key)
                code = (e.country if e is not None else None) or self.lex.gazetteer.country_of(key)
                state = f"country/{code}" if code else key
            states.append(state)
        return _unique(states), _unique(forces)

    def own_country(self, key: str) -> str | None:
        for p in self.state.posts:
            if p.holder == key and p.country:
                return p.country
        return self.lex.gazetteer.country_of(key) if key in self.state.entities else None

    def _dateline_day(self, text: str) -> dt.date | None:
        """The day a dateline names, when it names one in the month up to publication or the day after (a story
        filed east of where it was stamped); else the publication day."""
        pub = self.state.published
        for m in self.grammar.find(text, pub):
            if m.begin is not None and m.begin.granularity == "day" and m.until is None:
                day = dt.date.fromisoformat(m.begin.value)
                if pub is None or dt.timedelta(days=-1) <= pub - day <= dt.timedelta(days=_FILED_BEFORE):
                    return day
        return pub

    def dates_in(self, sent: Span) -> list[tuple[int, int, DateMatch]]:
        """Date expressions of a sentence, each with its first and last token."""
        pieces: list[str] = []
        starts: list[int] = []
        pos = 0
        table = self.table
        for i in range(sent.start, sent.end):
            starts.append(pos)
            text = table.texts[i]
            word = "_" * len(text) if i in self.inside_names else table.folded[i]
            piece = word + (" " if table.spaces[i] or text.isspace() else "")
            pieces.append(piece)
            pos += len(piece)
        text = "".join(pieces).replace("\n", " ")
        out: list[tuple[int, int, DateMatch]] = []
        for m in self.grammar.find(text, self.today):
            first = max(bisect.bisect_right(starts, m.start) - 1, 0)
            last = max(bisect.bisect_right(starts, m.end - 1) - 1, first)
            out.append((sent.start + first, sent.start + last, m))
        return out

    def window(self, trig: Span, sent: Span) -> tuple[int, int]:
        """The tokens around ``trig`` whose markers qualify it: ``_BEFORE`` words before, ``_AFTER`` after (a name
        or a title counts as one word; a character is a token in spaceless scripts)."""
        u = self.unit
        lo = bisect.bisect_left(u, u[trig.start] - _BEFORE * self.scale, sent.start, trig.start)
        hi = bisect.bisect_right(u, u[trig.end - 1] + _AFTER * self.scale, trig.end, sent.end)
        return lo, hi

    def tells_of(self, m: Span, kind: str, trig: Span, sent: Span) -> bool:
        """Whether marker ``m`` of ``kind`` ('called_off', 'postponed') qualifies ``trig``: just before it (names
        and titles one word each) or after it in its sentence, before the next event is told."""
        return m.kb_id_ == kind and sent.start <= m.start < sent.end and (
            (m.start < trig.start and self.unit[trig.start] - self.unit[m.start] <= _NEG_BEFORE * self.scale)
            or (trig.end <= m.start and not self.trigger_between(trig.end, m.start)))

    def trigger_between(self, a: int, b: int) -> bool:
        """Whether a trigger starts at a token of ``[a, b)``."""
        k = bisect.bisect_left(self.trigger_starts, a)
        return k < len(self.trigger_starts) and self.trigger_starts[k] < b

    def sent_triggers(self, sent: Span) -> list[Span]:
        """The triggers that start in ``sent``, in order."""
        return self.triggers[bisect.bisect_left(self.trigger_starts, sent.start):
                             bisect.bisect_left(self.trigger_starts, sent.end)]

    def sent_mods(self, sent: Span) -> list[Span]:
        """The markers (``MOD``) that start in ``sent``: the only ones that qualify its triggers."""
        return self.mods_in.get(self.table.sent_of[sent.start], [])

    def postponed(self, trig: Span, sent: Span) -> bool:
        """Whether the event of ``trig`` is told as postponed: still planned, not at the date named with it."""
        return any(self.tells_of(m, "postponed", trig, sent) for m in self.sent_mods(sent))

    def opens_clause(self, trig: Span, sent: Span) -> bool:
        """Whether ``trig`` is the first word of its sentence, the subject its predicate tells of ('Talks with X
        are scheduled for Friday', 'Переговоры с X запланированы на пятницу')."""
        return all(self.norms[i] in self.lex.connectors or not self.texts[i][:1].isalnum()
                   for i in range(sent.start, trig.start))

    def status(self, trig: Span, sent: Span) -> Status | None:
        lo, hi = self.window(trig, sent)
        if self.opens_clause(trig, sent):  # ... its predicate, in its clause before the next event is told
            k = bisect.bisect_left(self.trigger_starts, trig.end)
            nxt = self.trigger_starts[k] if k < len(self.trigger_starts) else sent.end
            hi = max(hi, max((k + 1 for k in range(trig.end, min(nxt, sent.end)) if self.same_clause(k, trig)),
                             default=hi))
        kinds, after = set(), set()
        mods = self.sent_mods(sent)  # (each case below wants a marker in the sentence; the result is any order's)
        for m in mods:
            if self.tells_of(m, "called_off", trig, sent):
                return None  # called off before the next event of the sentence is told
            if m.kb_id_ == "declined" and sent.start <= m.start < trig.start and self.same_clause(m.start, trig) \
                    and self.unit[trig.start] - self.unit[m.end - 1] <= _BEFORE * self.scale and (
                        len(m) > 1 or any(p.kb_id_ == "proposed" and m.end <= p.start < trig.start
                                          for p in mods)):
                # an invitation turned down ('declined an invitation from X to visit Beijing'; a one-word verb of
                # refusal with the invitation after it, 'رفض الوزير دعوة لزيارة بكين', not 'رفض التعليق على الزيارة')
                return None
            if m.kb_id_ in ("planned", "proposed") and trig.end <= m.start < sent.end and m.start >= hi \
                    and not {m.start, m.start - 1} & self.in_dates \
                    and self.unit[m.start] - self.unit[trig.end - 1] <= _PREDICATE_AFTER * self.scale \
                    and self.same_clause(m.start, trig) and not any(
                        trig.end <= t.start < sent.end and (t.start < m.start or self.same_clause(t.start, trig))
                        for t in self.sent_triggers(sent)):
                # the predicate told after the event's phrase in its clause ('where a meeting with X is under
                # discussion', 'une réunion à Pékin, prévue vendredi'); not a word of a date ('السبت المقبل')
                after.add(m.kb_id_)
            if m.start >= lo and m.end <= hi and m.kb_id_ != "postponed":
                if m.kb_id_ == "negation":
                    if trig.start - _NEG_BEFORE * self.scale <= m.start < trig.start:
                        kinds.add("negation")
                else:
                    kinds.add(m.kb_id_)
        if after and not self.told_as_past(trig, sent):  # (not when a verb near it tells it done: 'began ... and
            kinds |= after                                  # will go on until Saturday')
        if "negation" in kinds:
            return None
        if "proposed" in kinds:
            return Status.PROPOSED
        if "planned" in kinds:
            return Status.PLANNED
        if self.lex.planned_regex:  # (a name is no verb: 'Narendra' is no future tense)
            for k in range(lo, hi):
                if k not in self.named and any(r.search(self.table.folded[k]) for r in self.lex.planned_regex):
                    return Status.PLANNED
        return Status.OCCURRED

    def told_ended(self, trig: Span, sent: Span) -> bool:
        """Whether the words before ``trig``, or after it in its clause, tell the event ending ('concluded the
        exercise', '演习23日在日本海圆满落幕')."""
        lo = self.window(trig, sent)[0]
        return any(m.kb_id_ == "ended" and sent.start <= m.start < sent.end and (
            lo <= m.start < trig.start or (trig.end <= m.start and self.same_clause(m.start, trig)
                                           and not self.trigger_between(trig.end, m.start)))
                   for m in self.sent_mods(sent))

    def on_sidelines(self, ev: Event, sent: Span, previous: list[Event], dated: bool) -> None:
        """A meeting told on the sidelines of a gathering ('на полях заседания встретился', '会议期间，董军会见了',
        's'est entretenu en marge de la réunion') with no day of its own is held on the day, and where no place is
        told at the place, of the last gathering of organisations' members or of three parties or more told with
        a day and its status (a month told with it (``dated``) must hold that day; a date taken from a trip need
        not)."""
        if not any(m.kb_id_ == "sidelines" for m in self.sent_mods(sent)):
            return
        g = self.lex.gazetteer
        gathering = next((p for p in reversed(previous) if p.type is EventType.MEETING and p.start is not None
                          and p.start.granularity == "day" and p.status is ev.status
                          and (not dated or _compatible_dates(p.start, ev.start))
                          and (_organisations_only(p, g) or len(p.participants) >= 3)), None)
        if gathering is not None:
            ev.start, ev.end = gathering.start, None
            ev.location = ev.location or gathering.location

    def told_beginning(self, trig: Span, at: int) -> bool:
        """Whether the date at token ``at`` is told with a word of beginning just before it, or just after it where
        dates precede events, in the sentence of ``trig`` ('the drills, which began on Monday', '演习于20日开幕')."""
        sent = self.sents[self.table.sent_of[trig.start]]
        after = self.lex.lang.dates_precede_events
        return any(m.kb_id_ == "began" and (m.end <= at <= m.end + 3 or (after and at < m.start <= at + 6))
                   for m in self.sent_mods(sent))

    def told_as_past(self, trig: Span, sent: Span) -> bool:
        """Whether the words around ``trig`` tell a completed event (a past tense, 'قد', '了')."""
        lo, hi = self.window(trig, sent)
        if any(m.kb_id_ == "past" and m.start >= lo and m.end <= hi for m in self.sent_mods(sent)):
            return True
        return any(r.search(w) for w in self.table.folded[lo:hi] for r in self.lex.past_regex)

    def run(self) -> None:
        events: list[Event] = []
        for si, sent in enumerate(self.sents):
            trigs = self.sent_triggers(sent)
            if any(t.kb_id_ == EventType.EXERCISE.value for t in trigs):
                # warplanes or warships named beside an exercise word are that exercise's ('bombers ... flew a joint
                # patrol', 'the exercise ... involved some 240 warplanes')
                trigs = [t for t in trigs if t.kb_id_ != PATROL]
            if not trigs:
                # the day the exercise or visit told just before runs until, told without an event word ('Some
                # 5,000 troops are mobilised until 21 September')
                until = [(first, m) for first, m in self.sent_ends[si] if m.bound]
                told = [p for p in events if p.sentence == si - 1 and p.type in (EventType.EXERCISE, EventType.VISIT)]
                if until and len(told) == 1:
                    self.extend(told[0], until[:1], None, events)
                continue
            ents = [sp for sp in self.spans_in.get(si, []) if sp.start not in self.metonyms
                    and not (sp.start < self.dateline and sp.key.startswith(("place/", "country/")))]
            dates = [(first, m) for first, _, m in self.sent_dates[si] if first >= self.dateline]
            # a date that opens the sentence, set off by a comma, frames all it tells ('In May 2022, bombers flew
            # near Japan while Tokyo hosted the Quad summit'): the date of what happened without a date of its own
            framing = [(first, m) for first, last, m in self.sent_dates[si] if first >= self.dateline
                       and first - max(sent.start, self.dateline) <= 1 and last + 1 < sent.end
                       and self.texts[last + 1] in (",", "،", "，") and not m.weekday]
            ends = [(first, m) for first, m in self.sent_ends[si] if first >= self.dateline]
            # ('The day after the talks, Li flew to Minsk': opening its sentence, the phrase tells of what followed
            # the event told before; after one, of an event before that one, 'said on Tuesday, a day after talks')
            shifts = [(first, replace(m, shift=-m.shift, names_next=False) if m.names_next and m.unit == "day"
                       and not any(t.start < first for t in trigs) else m)
                      for first, m in self.sent_shifts[si] if first >= self.dateline]
            # "talks ... held talks" close together are one mention; "will go to Russia and visit Belarus" two
            rep: dict[int, Span] = {}  # trigger start -> the trigger that stands for its mention
            last_of: dict[tuple[str, str], Span] = {}
            for trig in trigs:
                # ('وتأتي الزيارة بعد أشهر من زيارة بوتين': the story's visit told again, then another one)
                kind = (trig.label_, trig.kb_id_)
                kept = last_of.get(kind)
                # (but 'after the talks, X received him': a host's reception is its own)
                # (nor is 'وعلى هامش الاجتماع، التقى': the gathering on whose sidelines they met, then the talks)
                if kept is not None and trig.start - kept.end <= _SAME_MENTION and kept.start not in self.gatherings \
                        and not (self.hosting(trig) and not self.hosting(kept)):
                    rep[trig.start] = kept
                else:
                    rep[trig.start] = last_of[kind] = trig

            self.rep = rep
            self.framed = bool(framing)
            self.attributive = {t.start for t in trigs if t.kb_id_ == EventType.VISIT.value
                                and self.describes_person(t, ents)} if self.lex.relative_markers else set()
            def owner(t: Span | None, rep: dict[int, Span] = rep) -> Span | None:
                return None if t is None else rep[t.start]

            unused: dict[str, list[EntitySpan]] = {}
            told_planned = False  # an event of this sentence was told as planned
            # the dates of a mention that made no event ('10日在八一大楼同来华进行正式访问的...举行会谈': the date
            # stood nearer the visit in the relative clause) go to the next mention without a date of its own
            orphans: list[tuple[int, DateMatch]] = []
            orphan_shifts: list[tuple[int, DateMatch]] = []  # ... and so do its days told from another event
            self.referred_here: list[Event] = []  # the events this sentence refers back to ('after the exercise')

            for trig in trigs:
                if trig.kb_id_ not in _TRIGGER_TYPES or rep[trig.start] is not trig or self.names_field(trig, sent):
                    continue
                status = self.status(trig, sent)
                if status is None:
                    continue
                postponed = self.postponed(trig, sent)
                status = Status.PLANNED if postponed else status
                if trig.kb_id_ == EventType.STATEMENT.value:
                    status = Status.OCCURRED  # what was said was said; "will" inside the quote is the quote's
                elif status is Status.PLANNED:
                    told_planned = True
                elif status is Status.OCCURRED and told_planned and not self.told_as_past(trig, sent):
                    # a verb joined to a planned one shares its modality ('will hold drills in the Sea of Japan
                    # and organise a joint air patrol', '将举行演习，并组织联合巡航')
                    status = Status.PLANNED
                # a date or a place belongs to the trigger it stands nearest to
                rivals = [t for t in trigs if t.kb_id_ != EventType.STATEMENT.value] or trigs
                # (a date or place next to the second word of one mention, 'посетит ... с визитом 25 апреля')
                mine = [d for d in dates if owner(self.nearest_in_clause(d[0], trigs)) is trig]
                if trig.start in self.attributive and not mine:
                    # (the visit told in a relative clause is under way on the day of the sentence's news)
                    mine = [d for d in dates if d[0] < trig.start and self.same_clause(d[0], trig)]
                mine, orphans = (mine or orphans), ([] if not mine else orphans)
                if not mine and framing and status is Status.OCCURRED:
                    mine = framing
                elif framing:
                    mine = [(i, _in_year_of(m, framing[0][1])) for i, m in mine]
                mine = [] if postponed else mine  # ('a reporté la visite prévue la semaine prochaine')
                my_ends = [d for d in ends if owner(self.nearest_in_clause(d[0], rivals)) is trig]
                # (months or years after an event are that event's, named after them: 'came two months after
                # Putin's visit')
                my_shifts = [d for d in shifts if owner(self.next_in_clause(d[0], rivals) if d[1].names_next
                                                        else self.nearest_in_clause(d[0], rivals)) is trig] or (
                    orphan_shifts if not mine else [])
                shift_dated = self.nearest_dated(my_shifts, trig)
                shift_dm = shift_dated[1] if shift_dated else None
                self.shift = shift_dm.shift if shift_dm else 0
                self.shift_unit = shift_dm.unit if shift_dm else "day"
                self.shift_back = shift_dm is not None and shift_dm.names_next
                # (the day told before the phrase in its sentence, which the event told there has: 'said on
                # Tuesday, a day after talks')
                self.shift_from = None if shift_dated is None else next(
                    (m.begin for first, m in reversed(dates) if first < shift_dated[0] and m.begin is not None
                     and m.begin.granularity == "day" and m.until is None), None)
                if shift_dated is not None and self.shift_back:
                    # (a date before 'a year after' is the other event's: "Wednesday's flight came a year after")
                    mine = [d for d in mine if d[0] > shift_dated[0]]
                self.eve = shift_dm is not None and fold(shift_dm.text) in self.lex.eve
                near = [sp for sp in ents if owner(self.nearest_in_clause(sp.start, rivals)) is trig
                        or not sp.key.startswith(("place/", "country/"))]
                if trig.kb_id_ == EventType.VISIT.value:
                    # a trip's destination is named after it, though nearer the talks it is for ('doit se rendre
                    # samedi à Téhéran pour s'entretenir avec ...')
                    # (not one nearer another mention of a trip: 'est arrivé le 13 mai à Pékin pour une visite de
                    # quatre jours' is one visit, told by its second word; but one nearer a trip referred back to
                    # is this one's: 'kutembelea kambi mjini Qingdao kabla ya kumaliza ziara yake')
                    nxt = next((t.start for t in trigs if t.start >= trig.end and owner(t) is not trig
                                and t.label_ != ANA), sent.end)
                    near += [sp for sp in ents if trig.end <= sp.start < nxt and sp not in near
                             and self.same_clause(sp.start, trig) and not self.told_trip(owner(
                                 self.nearest_in_clause(sp.start, rivals)))]
                # the places of an earlier mention of this kind that made no event ('the summit in Astana,
                # where Xi held talks with ...')
                near += [sp for sp in unused.get(trig.kb_id_, []) if sp not in near]
                self.pending_extra: list[Event] = []
                self.sent_ents = ents
                etype = _TRIGGER_TYPES[trig.kb_id_]
                self.dated_back = False
                if trig.label_ == ANA and self.refer_back(etype, trig, trigs, mine, near, events):
                    # its date also goes to the next meeting told without one ('before the opening of the meeting
                    # on Wednesday, X met Y': on Wednesday), or, unused, to the next mention
                    orphans = mine if not self.dated_back or etype is EventType.MEETING else []
                    self.extend(self.referred, my_ends, trig, events)  # ('The drills began on Friday, for four days')
                    self.referred_here += [self.referred] if self.referred is not None else []
                    continue
                ev = self.build(etype, trig, sent, si, near, mine, status, events, trigs)
                if ev is not None and trig.kb_id_ == DISCUSSION and sum(
                        self.etype(p).is_person for p in ev.participants) < 2:
                    ev = None  # 'X discussed the situation in Ukraine' is no meeting; 'X discussed ... with Y' is
                if ev is not None and ev.status is Status.PROPOSED and ev.start is not None and self.state.published \
                        and ev.start.value <= self.state.published.isoformat():
                    ev.start = ev.end = None  # the day one side called for it, not the day of the drills or the visit
                if ev is not None and trig.kb_id_ == DISCUSSION and any(
                        sent.start <= g.start < sent.end for g in self.pairs):
                    # 'the two ministers discussed ...' after their talks are told: those talks, not new ones
                    talked = next((p for p in reversed(events) if p.type is EventType.MEETING
                                   and set(p.participants) == set(ev.participants)), None)
                    if talked is not None and talked.sentence >= si - 2:
                        talked.evidence = _unique([*talked.evidence, *ev.evidence])
                        continue
                # its end ('until September 7', 'a three-day visit'); one told of no new event is the last one's
                # of its kind ('The exercise will last until 27 December')
                lasting = next((p for p in reversed(events) if p.type is etype and p.type in (
                    EventType.EXERCISE, EventType.VISIT)), None)
                self.extend(ev or lasting, my_ends, trig, [*events, *self.pending_extra])
                if ev is not None:
                    events.extend(self.bilateral(ev, near, mine))
                    events.extend(self.pending_extra)
                    orphans, orphan_shifts = [], []
                    if self.organisations_only(ev):  # talks held at the summit are where it is
                        unused.setdefault(trig.kb_id_, []).extend(
                            sp for sp in near if self.etype(sp.key) is EntityType.PLACE)
                else:
                    orphans, orphan_shifts = mine, my_shifts
                    unused.setdefault(trig.kb_id_, []).extend(
                        sp for sp in near if self.etype(sp.key) is EntityType.PLACE)
        for ev in events:
            if self.organisations_only(ev) and (ev.start is None or ev.location is None):
                # talks 'on the sidelines of' a summit told in one sentence: the summit is where and when they were
                talks = next((e for e in events if e.type is EventType.MEETING and e.sentence == ev.sentence
                              and e is not ev and not self.organisations_only(e) and e.status is ev.status), None)
                if talks is not None:
                    ev.start, ev.end = ev.start or talks.start, ev.end or (talks.end if ev.start is None else None)
                    ev.location = ev.location or talks.location
        events = _during_visits(merge_events(events, self.lex, self.ended, self.begun), self.lex.gazetteer,
                                self.state.published)
        events += self.companions(events)
        if self.today is not None:
            # the meeting the lead reports as done, without a date, is the news of the day it was filed
            for ev in events:
                if ev.type is EventType.MEETING and ev.status is Status.OCCURRED and ev.start is None \
                        and ev.sentence <= self.lead_end:
                    ev.start = DateValue(value=self.today.isoformat())
        for ev, dm in self.open_ends:  # ('have begun a two-day meeting', dated by the story's day)
            if ev.start is not None and ev.end is None:
                ev.end = end_after(ev.start, dm)
        events = _at_summits(events, self.lex.gazetteer, self.remote)
        self.state.events = _visits_seen_under_way(events, self.lex.gazetteer, self.state.published, self.lead_end)

    def build(self, etype: EventType, trig: Span, sent: Span, si: int, ents: list[EntitySpan],
              dates: list[tuple[int, DateMatch]], status: Status, previous: list[Event],
              trigs: list[Span]) -> Event | None:
        persons = _unique(sp.key for sp in ents if self.etype(sp.key).is_person)
        # (what people discussed, told well after the verb and its parties, is no place they met at: 'walijadili
        # mafunzo ... na usalama wa baharini katika pwani ya Afrika Mashariki'; but 'signed the agreement in Moscow',
        # 'بحث في طهران مع X')
        topic = max([trig.end, *(sp.end for sp in ents if self.etype(sp.key).is_person)]) + _TOPIC_GAP * self.scale \
            if trig.kb_id_ == DISCUSSION else len(self.doc)
        places = [sp for sp in ents if self.etype(sp.key) in (EntityType.PLACE, EntityType.COUNTRY)
                  and sp.start < topic]
        text = self.sent_texts[si]
        evidence = [text.strip()]
        ev = Event(type=etype, status=status, evidence=evidence, sentence=si)
        date_text = ""
        dated = self.nearest_dated(dates, trig)
        dm = dated[1] if dated else None
        if dm is not None:
            date_text = dm.text
            ev.start, ev.end = self.days_told(dm, status)
            if dm.begin is None:
                ev.date_text = dm.text
        shift = self.shift if ev.start is None else 0
        if shift:
            # 'the day before', 'two days later', 'le lendemain': from the day of the event told last; the eve from
            # the story's day when that is later ('Zhang arrived on Monday. Накануне he held talks', filed on
            # Wednesday: on Tuesday)
            told = [p for p in reversed(previous) if p.start is not None and p.start.granularity == "day"]
            if shift > 0:  # (what follows is told from the event told just before, when that has its day)
                told = [p for p in reversed(previous) if p.type is not EventType.STATEMENT][:1]
            base = dt.date.fromisoformat(told[0].start.value) if told and told[0].start \
                and told[0].start.granularity == "day" else self.today if shift < 0 else None
            if self.shift_back and self.shift_unit == "day":
                # ('said on Tuesday, a day after talks with X': from an event told before in its sentence; a
                # sentence opening with it tells what followed those talks, not when they were)
                told = [p for p in told if p.sentence == si][:1]
                since = self.shift_from or (told[0].start if told else None)
                base = dt.date.fromisoformat(since.value) if since is not None else None
            if self.eve and self.today is not None and (base is None or base < self.today) and not (
                    told and told[0].sentence == si):
                base = self.today  # (but 'received on Sunday X, who had arrived the day before': before Sunday)
            if base is not None:
                ev.start = shift_date(base, shift, self.shift_unit)
        if (ev.start is None or ev.start.granularity != "day") and self.grammar.tells_same_day(fold(text)):
            # 'the same day', '同日': the day of the event told last, one told before in its sentence first
            # ('arrived on Tuesday and held talks the same day'), else one of its kind
            told = [p for p in reversed(previous) if p.start is not None and p.start.granularity == "day"
                    and p.status is status and _compatible_dates(p.start, ev.start)]
            same = next((p.start for p in sorted(told, key=lambda p: (p.sentence != si, p.type is not etype))), None)
            ev.start, ev.end = (same, None) if same else (ev.start, ev.end)
        if etype is EventType.EXERCISE:
            ev.series = self.series_of(trig, si, trigs) or self.series_told_before(si, dm)
        named_year = _NAMED_YEAR.search(text) if etype is EventType.EXERCISE else None
        if named_year and not _YEAR.search(date_text) and (
                ev.start is None or abs(int(ev.start.value[:4]) - int(named_year.group("y"))) == 1):
            # 'Kavkaz-2020, du 21 au 26 septembre': the exercise's name tells its year when the month alone was
            # taken for the nearest one on the wrong side of the new year (further off, it names another)
            year = named_year.group("y")
            ev.start = DateValue(value=year + ev.start.value[4:], granularity=ev.start.granularity) if ev.start \
                else DateValue(value=year, granularity="year")
            ev.end = ev.end and DateValue(value=year + ev.end.value[4:], granularity=ev.end.granularity)
        if ev.start and self.state.published and status is Status.OCCURRED \
                and ev.start.value > self.state.published.isoformat():
            # (a month named alone, with no word of the future, is the last such month: 'after a joint flight in
            # May', written in November)
            if not _YEAR.search(date_text) and (self.told_as_past(trig, sent) or ev.start.granularity == "month"):
                ev.start, ev.end = _year_before(ev.start), _year_before(ev.end)
            else:
                ev.status = Status.PLANNED
        elif status is Status.PLANNED and self.state.published and _under_way(ev, self.state.published):
            ev.status = Status.OCCURRED

        if etype is EventType.MEETING and (members := self.organisations_meeting(trig, ents)):
            # 'a meeting of SCO defence ministers', '上海合作组织成员国国防部长会议': the organisations meet
            ev.participants = members
            ev.location = self.best_place(places, trig)
            return ev
        if etype is EventType.MEETING:
            # the people of the trigger's clause, and the subject named before it in the sentence
            people = [sp for sp in ents if self.etype(sp.key).is_person]
            if any(t.kb_id_ == EventType.STATEMENT.value for t in trigs):  # the spokesman tells, he does not meet
                people = [sp for sp in people if sp.key not in self.spokespeople] or people
            # ... but not those named inside a visit's clause, after it and nearer to it ("after Xi's visit")
            # (but 'during the visit of the Russian minister, Lukashenko will receive him': the visitor is received)
            # (nor one with the article, in a language whose definite nouns govern no name: 'خلال الزيارة X')
            definite = self.lex.definite
            visits = [t for t in trigs if t is not trig and t.kb_id_ == EventType.VISIT.value and t.label_ != ANA
                      and not (definite is not None and definite.match(self.table.folded[t.start]))]
            # (and the head of a delegation received is received: 'received a delegation that arrived ... led by X')
            received = self.delegation_at(trig)
            # (nor those named after a relative clause the visit closes: '会见了来华访问的X' meets X)
            people = [sp for sp in people if sp.key == received or not any(
                sp.start > v.start and self.distance(sp.start, v) < self.distance(sp.start, trig)
                and not self.told_of(v, sp.start) for v in visits)]
            people = [sp for sp in people if not self.received_by_other(sp, trig, trigs)]
            parts = _unique(sp.key for sp in people if self.same_clause(sp.start, trig))
            if received is not None and received not in parts and any(sp.key == received for sp in people):
                parts.append(received)  # ('received a Chinese delegation, which arrived on Saturday, led by X')
            if not any(sp.start < trig.start and self.same_clause(sp.start, trig) for sp in people):
                named_before = [sp for sp in people if sp.start < trig.start]
                if named_before and named_before[-1].key not in parts:
                    parts.insert(0, named_before[-1].key)
                    # ... with the one whose counterpart that is ('X and his counterpart Y signed ..., during talks')
                    partner = self.counterpart_of(named_before[-1], named_before[:-1])
                    if partner and partner not in parts:
                        parts.insert(0, partner)
            pair = next((g for g in self.pairs if sent.start <= g.start < sent.end), None)
            if len(parts) < 2 and pair is not None:
                # 'the two leaders talked face to face': the last two people (heads of state) named
                lead_roles = ("HeadOfState", "HeadOfGovernment")
                heads = {p.holder for p in self.state.posts if p.role in lead_roles}
                heads |= {k for k in self.state.entities if (e := self.lex.gazetteer.get(k)) is not None
                          and e.known_role in lead_roles}
                named = _unique(sp.key for sp in reversed(self.state.spans) if sp.start < trig.start
                                and sp.sentence >= si - 2 and self.etype(sp.key).is_person)
                if len(named) < 2:  # ... named further back: the two the story is about
                    named = _unique(sp.key for sp in reversed(self.state.spans) if sp.start < trig.start
                                    and self.etype(sp.key).is_person and sp.key not in self.spokespeople)
                if pair.kb_id_ == "two_leaders":
                    leaders = [k for k in named if k in heads]
                    if len(leaders) < 2:  # (the two leaders named further back, not the ministers named since)
                        leaders = [k for k in _unique(sp.key for sp in reversed(self.state.spans)
                                                      if sp.start < trig.start) if k in heads]
                    named = leaders if len(leaders) >= 2 else named
                if len(named) >= 2:
                    parts = list(reversed(named[:2]))
            k = bisect.bisect_left(self.counterparts, sent.start)
            counterpart = k < len(self.counterparts) and self.counterparts[k] < sent.end
            # (a country named here that the last meeting was not in makes this another: '... avec des
            # dirigeants bélarusses' after talks in Russia)
            where = self.best_place([sp for sp in places if self.etype(sp.key) in (EntityType.PLACE,
                                                                                   EntityType.COUNTRY)], trig)
            # ... or the trip this sentence tells of ('au cours de sa visite au Bélarus, il aura des réunions')
            where = where or self.best_place([sp for sp in self.sent_ents if sp.start not in self.qualifiers
                                              and self.etype(sp.key) in (EntityType.PLACE, EntityType.COUNTRY)], trig)
            probe = ev.model_copy(update={"location": where})
            target = next((p for p in reversed(previous) if self._fits(p, probe) and not self.organisations_only(p)),
                          None)
            elsewhere = target is not None and where is not None and any(
                k.startswith("country/") and self.lex.gazetteer.country_of(where) != k[8:] for k in target.participants)
            hosted_at: str | None = None  # where a host received the guest of the last talks
            # ('访问期间，他还同印度国防部长辛格举行会谈', 'he also held talks with X': a new party after the verb, none
            # before it, is the story's subject's talks with that party, not one more at the last meeting)
            subject = self.last_person_before(sent.start)
            last_talks = next((p for p in reversed(previous) if p.type is EventType.MEETING and p.participants
                               and self.etype(p.participants[0]).is_person), None)
            named_since = subject is not None and last_talks is not None and any(
                sp.key == subject and last_talks.sentence < sp.sentence < si for sp in self.state.spans)
            if last_talks is not None and len(parts) == 1 and self.met_with(parts[0], people, sent) \
                    and not named_since:
                # ('he' is who the last meeting's report is about, unless someone was named after it: 'Putin received
                # Zhang. General Zhang arrived on Monday. He had held talks with Belousov the day before')
                subject = last_talks.participants[0]
            trip_here = next((p for p in reversed(previous) if p.type is EventType.VISIT and p.sentence == si
                              and p.visitor and p.status is not Status.PROPOSED), None)
            if trip_here is not None and len(parts) == 1 and parts[0] != trip_here.visitor \
                    and self.met_with(parts[0], people, sent):
                subject = trip_here.visitor  # ('Putin's visit to Pyongyang, where he signed with Kim ...')
            with_new = len(parts) == 1 and subject is not None and subject != parts[0] \
                and self.met_with(parts[0], people, sent)
            new_party = with_new and target is not None and parts[0] not in target.participants
            talks = target or last_talks
            if talks is not None and self.hosting(trig):
                # ('later that day he was received by President Xi', 'واستقبل الرئيس شي الوزير',
                # '会谈后，习近平会见了X'): a host who was not at the story's last talks receives their guest in a
                # meeting of its own, where and when the talks were unless told otherwise
                hosts = [p for p in parts if p not in talks.participants]
                guest = self.guest_of(parts[0], talks, previous) if len(parts) == 1 and hosts else None
                parts += [guest] if guest is not None else []
                if len(hosts) == 1 and len(parts) == 2:
                    hosted_at = talks.location
                    ev.start = ev.start or talks.start
                    parts = [p for p in parts if p not in hosts] + hosts  # the guest is whom the story follows
            if len(parts) < 2 and not counterpart and target is not None and not elsewhere and not new_party:
                # "X attended the meeting" adds X; "X said the talks will ..." names a speaker, not a party
                speaking = any(t.kb_id_ == EventType.STATEMENT.value for t in trigs)
                ev.participants = [] if speaking else parts
                ev.location = self.best_place([sp for sp in places if self.etype(sp.key) is EntityType.PLACE], trig)
                return self.attach(ev, previous)
            # "intends to hold talks with his counterpart": the article's subject is the other party
            if len(parts) < 2 and subject and subject not in parts and (with_new or not any(
                    sp.start < trig.start for sp in ents if self.etype(sp.key).is_person)):
                parts.insert(0, subject)
            trip: Event | None = None
            if len(parts) < 2:
                own = {self.own_country(p) for p in parts}
                orgs = _unique(sp.key for sp in ents if self.etype(sp.key) in (
                    EntityType.ARMED_FORCE, EntityType.MINISTRY) and self.own_country(sp.key) not in own)
                parts += orgs
                if len(parts) < 2 and parts:
                    parts += _unique(sp.key for sp in places if self.etype(sp.key) is EntityType.COUNTRY
                                     and sp.key[8:] not in own and sp.key not in parts)[:1]
                trip = self.trip_of(parts[0], si, previous, [sp.key for sp in places]) if parts else None
                if trip is not None and len(parts) == 1:  # 'on his visit to Moscow he will meet officials': hosts
                    host = self.lex.gazetteer.country_of(trip.location or "")
                    if host and host not in own:
                        parts.append(f"country/{host}")
            ev.participants = parts
            ev.location = self.best_place([sp for sp in places if self.etype(sp.key) is EntityType.PLACE], trig) \
                or hosted_at
            if trip is not None and trip.location and (ev.location is None or not self.lex.gazetteer.within(
                    ev.location, trip.location)):
                ev.location = trip.location  # the trip's destination, not 'the Kremlin said'
                ev.start = ev.start or trip.start
            remote = any(m.kb_id_ == "remote" for m in self.sent_mods(sent))
            if remote:
                self.remote.add(id(ev))
            elif not dates or ev.start is None or ev.start.granularity != "day":
                # (a day of its own is kept; one taken from the trip it is told with is not: 'Belousov, arrived on
                # Tuesday, held talks on the sidelines of the meeting')
                self.on_sidelines(ev, sent, previous, bool(dates))
            if ev.location is None and si == self.lead and status is Status.OCCURRED and not remote:
                ev.location = self.dateline_place
            if len(parts) < 2:
                return self.attach(ev, previous)
        elif etype is EventType.VISIT:
            if not persons and self.delegation_at(trig) is None and any(
                    (u.start < trig.start and sent.start <= u.start) or trig.end <= u.start <= trig.end + self.scale
                    for u in self.units):
                # 'the warships arrived in Dar es Salaam', '参演舰艇已抵达': no official's visit; nor is touring them
                # ('kutembelea meli hizo', 'visit the ships')
                return None
            people_before = [sp for sp in ents if sp.start < trig.start and self.etype(sp.key).is_person]
            before = [sp.key for sp in people_before]
            # the subject set off by commas before the verb, not a person named in its apposition ('Dong, appointed
            # after his predecessor Li Shangfu was removed, arrived in Astana')
            head = people_before[0] if people_before else None
            commas = (",", "،", "，")
            opener = head.key if head is not None and head.start == sent.start and head.end < len(self.doc) \
                and self.texts[head.end] in commas \
                and any(self.texts[k] in commas for k in range(people_before[-1].end, trig.start)) else None
            candidates = _unique([k for k in (self.delegation_at(trig), self.person_right_after(trig, ents), opener,
                                              *reversed(before), *persons, self.last_person_before(trig.start)) if k])
            # a spokesperson tells of the trip ('..., a précisé le porte-parole'); he does not make it
            candidates = [k for k in candidates if k not in self.spokespeople] or candidates
            if not candidates:
                return None
            destinations = [sp for sp in places if sp.start not in self.qualifiers]
            # the visitor is the first candidate for whom some place named here is abroad
            visitor, pick = candidates[0], []
            for cand in candidates:
                home = self.own_country(cand)
                dest = [sp for sp in destinations if self.lex.gazetteer.country_of(sp.key) != home]
                if dest:
                    # the nearest destination, after the trigger on a tie, and the legs named after it
                    nearest = min(dest, key=lambda sp: (self.distance(sp.start, trig), sp.start < trig.start))
                    visitor, pick = cand, [sp for sp in dest if sp.start >= nearest.start]
                    break
            if not pick and (country := self.destination_told(trig)) is not None:
                # ('来华访问的X': China; the visitor is the one the relative clause describes)
                visitor = next((k for k in candidates if self.own_country(k) != country), visitor)
                pick = [EntitySpan(f"country/{country}", trig.start, trig.end, si)]
            ev.visitor = visitor
            ev.participants = [visitor]
            ev.location = pick[0].key if pick else None
            for leg, sp in itertools.pairwise(pick):
                # ('赴山东青岛', 'Qingdao, Shandong'): of a place and one right beside it, the one inside the other, or
                # of a finer kind in the same country
                if ev.location == leg.key and sp.start - leg.end <= 1 and self.finer_place(sp.key, leg.key):
                    ev.location = sp.key
            if ev.location is None:
                return self.attach(ev, previous)
            if ev.start is not None and ev.start.granularity == "day" and ev.end is None \
                    and self.told_ended(trig, sent):
                self.closed.add(id(ev))  # 'concluded a two-day visit today': its length runs back from today
            # "visits Russia and Belarus": one visit to each country named as a destination
            g = self.lex.gazetteer
            run = [pick[0]]
            for sp in pick[1:]:
                gap = range(run[-1].end, sp.start)
                if len(gap) > 4 or not all(self.norms[i] in self.lex.place_links for i in gap):
                    break
                run.append(sp)
            more = _unique(sp.key for sp in run[1:] if sp.key.startswith("country/")
                           and not g.within(ev.location, sp.key) and g.country_of(sp.key) != g.country_of(ev.location))
            # the later legs start some time in the trip, not on its first day
            month = DateValue(value=ev.start.value[:7], granularity="month") if ev.start and len(ev.start.value) > 7 \
                else ev.start
            self.pending_extra = [ev.model_copy(update={"location": key, "participants": [visitor], "start": month,
                                                        "end": None}) for key in more]
        elif etype is EventType.EXERCISE:
            # a force named in a speaker's title ('начальник Генерального штаба ВС РФ') is not taking part
            titled = {t for a, b in (self.doc._.kg_roles or []) for t in range(a, b + 2)}
            def parties(spans: list[EntitySpan]) -> list[EntitySpan]:
                return [sp for sp in spans if not sp.implicit and (
                    self.etype(sp.key) is EntityType.COUNTRY
                    or (self.etype(sp.key) is EntityType.ARMED_FORCE and sp.start not in titled))]

            taking = parties(ents)
            # ... taking part in its clause, not 'prompting Japan and South Korea to scramble jets' (though nearer
            # another event word: "Shoigu's trip comes days after the Russian and Chinese navies held an exercise")
            in_clause = [sp for sp in parties(self.sent_ents) if self.same_clause(sp.start, trig)]
            taking = in_clause if len(self.states_of(sp.key for sp in in_clause)[0]) >= 2 else taking
            if trig.kb_id_ == PATROL:
                # aircraft are a joint flight only with two states' names beside them, on one side first ('two
                # Russian and two Chinese bombers flew near Alaska, NORAD said': not the United States)
                lead, trail = self.beside(trig, in_clause, -1, 2), self.beside(trig, in_clause, 1, 1)
                taking = next((side for side in (lead, trail, lead + trail)
                               if len(self.states_of(sp.key for sp in side)[0]) >= 2), [])
                if not taking:
                    return None
            # the states take part; their forces named as taking part are kept apart ('the PLA Navy and the
            # Russian Navy held drills': China and Russia)
            parts, forces = self.states_of(sp.key for sp in taking)
            if len(parts) > 2:
                # a state named only to place a place of its own is no party when two others are ('Russian and
                # Chinese bombers patrolled near the U.S. state of Alaska', 'jimbo la Alaska la Marekani')
                placing = self.placing_countries(taking, ents)
                if len([p for p in parts if p not in placing]) >= 2:
                    parts = [p for p in parts if p not in placing]
            ev.armed_forces = forces
            group = any(sent.start <= g.start < sent.end for g in self.groups)
            earlier = [p for p in previous if p.type is EventType.EXERCISE and p.sentence < si]
            new = ev.status is Status.PROPOSED or (ev.status is Status.OCCURRED and ev.start is not None and not any(
                _compatible_dates(p.start, ev.start) for p in earlier))
            if not parts and not group and earlier and not new:
                # "the drills will last until ...": the exercise already reported (but a call for more drills,
                # or drills held on another day, are others), which may be named here ('Baptisé « Mission de
                # paix-2021 », l'exercice se déroule jusqu'à samedi')
                last = earlier[-1]
                if last.series is None and ev.series is not None and (
                        last.start is None or ev.start is None or _compatible_dates(last.start, ev.start)):
                    last.series = ev.series
                return None
            if len(parts) < 2:  # 'Putin called for more joint exercises with China': Putin's country
                for person in persons:
                    home = self.own_country(person)
                    if home and f"country/{home}" not in parts and len(parts) < 2:
                        parts.append(f"country/{home}")
            if group or len(parts) < 2:
                for key, _ in self.country_count.most_common(2):
                    if key not in parts and len(parts) < 2:
                        parts.append(key)
            if len(parts) < 2 and ev.status is not Status.OCCURRED:
                # ('Putin held talks with Xi ... the joint statement pledged more joint exercises'): the states of the
                # last talks' parties, when the story names no state
                talks = next((p for p in reversed(previous) if p.type is EventType.MEETING
                              and len(p.participants) >= 2), None)
                for key in talks.participants if talks is not None else []:
                    home = key if key.startswith("country/") else self.own_country(key)
                    if home and (state := home if home.startswith("country/") else f"country/{home}") not in parts:
                        parts.append(state)
            if ev.status is Status.OCCURRED and ev.start is None and si <= self.lead_end and self.today \
                    and not any(t.kb_id_ == EventType.STATEMENT.value for t in trigs) \
                    and self.told_as_past(trig, sent) and not self.grammar.tells_since(fold(text)):
                ev.start = DateValue(value=self.today.isoformat())  # the lead's news: 'began joint drills'
                self.assumed.add(id(ev))
            told_with = next((p.start for p in reversed(previous) if p.type is EventType.EXERCISE
                              and (p.sentence == si or any(p is r for r in self.referred_here))
                              and p.start is not None), None)
            if ev.start is None and told_with is not None:
                # 'held drills in October, after which their ships patrolled', 'After the exercise, the ships will
                # patrol': in that month
                ev.start = DateValue(value=told_with.value[:7], granularity="month" if len(
                    told_with.value) > 4 else "year")
            if len(parts) < 2 or (ev.status is Status.OCCURRED and ev.start is None):
                return None  # a lone or undated past exercise is background, not an event report
            if ev.start is not None and ev.start.granularity == "day" and ev.end is None \
                    and self.told_ended(trig, sent):
                self.ended.add(id(ev))
            elif ev.start is not None and ev.start.granularity == "day" and dated is not None \
                    and self.told_beginning(trig, dated[0]):
                self.begun.add(id(ev))
            ev.participants = parts
            ev.location = self.best_place([sp for sp in places if self.etype(sp.key) is EntityType.PLACE], trig) \
                or self.best_place([sp for sp in places if sp.start in self.described], trig) \
                or self.best_place([sp for sp in places if sp.start in self.located
                                    and self.same_clause(sp.start, trig)], trig)
        elif etype is EventType.STATEMENT:
            m = _QUOTE.search(text)
            if not persons or m is None:
                return None
            ev.speaker = persons[0]
            ev.participants = [persons[0]]
            ev.quote = m.group(1).strip().rstrip(",،，").rstrip()  # the comma before "he said" is not said
        return ev

    def beside(self, trig: Span, spans: list[EntitySpan], step: int, gap: int) -> list[EntitySpan]:
        """The ``spans`` that modify ``trig`` from one side (``step`` -1: before it, 1: after it), read word by word
        up to ``_PATROL_REACH`` words away: each within ``gap`` words of the last, not counting connectors, stop
        words and type codes ('two Russian and two Chinese bombers', 'bombardiers chinois H-6 et russes')."""
        at = {k: sp for sp in spans for k in range(sp.start, sp.end)}
        found: list[EntitySpan] = []
        i, missed = (trig.start - 1 if step < 0 else trig.end), 0
        for _ in range(_PATROL_REACH * self.scale):
            if not 0 <= i < len(self.doc):
                break
            sp = at.get(i)
            if sp is not None:
                found += [sp] if sp not in found else []
                missed = 0
            elif not (self.norms[i] in self.lex.connectors or self.table.folded[i] in self.lex.stopword_forms
                      or any(c.isdigit() or c == "-" for c in self.texts[i])):
                missed += 1
                if missed > gap:
                    break
            i += step
        return found

    def finer_place(self, a: str, b: str) -> bool:
        """Whether place ``a`` lies inside place ``b``, or is of a finer kind in the same country ('Qingdao' and
        'Shandong')."""
        g = self.lex.gazetteer
        if g.within(a, b):
            return True
        ea, eb = g.get(a), g.get(b)
        return ea is not None and eb is not None and not b.startswith("country/") \
            and g.country_of(a) == g.country_of(b) is not None \
            and _PLACE_RANK.get(ea.kind or "", 3) < _PLACE_RANK.get(eb.kind or "", 3)

    def best_place(self, spans: list[EntitySpan], trig: Span) -> str | None:
        """The place of an event: one in the trigger's clause ('..., сообщили в Москве' is where it was said),
        the most precise kind, the first named."""
        if not spans:
            return None
        g = self.lex.gazetteer

        def rank(sp: EntitySpan) -> tuple[bool, int, int]:
            e = g.get(sp.key) or self.state.entities.get(sp.key)
            return not self.same_clause(sp.start, trig), _PLACE_RANK.get(e.kind or "" if e else "", 3), sp.start

        return min(spans, key=rank).key

    def same_clause(self, i: int, t: Span) -> bool:
        """No clause break between token ``i`` and trigger ``t`` (commas around a name or title don't count)."""
        lo, hi = sorted((i, t.start))
        return self.n_hard[hi] == self.n_hard[lo]

    def distance(self, i: int, t: Span) -> int:
        """Tokens between ``i`` and trigger ``t``; a comma or semicolon between them counts as far."""
        lo, hi = sorted((i, t.start))
        commas = self.n_breaks[hi] - self.n_breaks[lo]
        wrong_side = self.lex.lang.dates_precede_events and i > t.start
        u = self.unit
        return min(abs(u[i] - u[t.start]), abs(u[i] - u[t.end - 1])) + 20 * commas + 10 * wrong_side

    def series_of(self, trig: Span, si: int, trigs: list[Span]) -> str | None:
        """The exercise series named next to exercise word ``trig`` of sentence ``si`` ('the Vostok-2022 drills',
        'учения «Восток-2022»', '“东方-2022”演习'), unless another of the sentence's exercise words ``trigs`` is
        nearer to it."""
        a = self.table.sents[si][0]
        u = self.unit

        def gap(lo: int, hi: int, w: Span) -> int:
            return u[w.start] - u[hi] if hi < w.start else u[lo] - u[w.end - 1] if lo >= w.end else 0

        words = [w for w in trigs if w.kb_id_ == EventType.EXERCISE.value]
        found = self.series_in(si)
        best: tuple[int, str] | None = None
        for m in found:
            lo, hi = a + m.start, a + m.end - 1
            mine = gap(lo, hi, trig)
            # (further, the one series of a sentence with one exercise word, in its clause: 'учение вооруженных
            # сил государств — членов ШОС «Мирная миссия-2021»')
            reach = _SERIES_GAP if len(words) > 1 or len(found) > 1 else _SERIES_REACH
            near = mine <= reach * self.scale and all(gap(lo, hi, w) >= mine for w in words) and (
                mine <= _SERIES_GAP * self.scale or self.same_clause(lo, trig))
            if near and (best is None or mine < best[0]):
                best = (mine, m.key)
        return best[1] if best else None

    def series_in(self, si: int) -> list[SeriesMention]:
        """The exercise series sentence ``si`` names (searched once a sentence)."""
        found = self.series_found.get(si)
        if found is None:
            a, b = self.table.sents[si]
            t = self.table
            found = self.series_found[si] = self.lex.series.find(t.folded[a:b], t.texts[a:b], t.spaces[a:b])
        return found

    def series_told_before(self, si: int, dm: DateMatch | None) -> str | None:
        """The one exercise series the sentence before ``si`` names, for an exercise word that names none ('«Мирная
        миссия-2021» завершилось в субботу. В учении, которое началось 20 сентября, ...'), unless the edition's year
        differs from the date ``dm`` told here or this sentence names a series of its own (then the word is not of
        the series before: 'took part in Zapad-2021 ..., the first large exercise on Chinese soil')."""
        if si == 0 or self.series_in(si):
            return None
        keys = {(m.key, m.year) for m in self.series_in(si - 1)}
        if len(keys) != 1:
            return None
        key, year = next(iter(keys))
        begin = dm.begin if dm is not None else None
        return key if year is None or begin is None or begin.value.startswith(year) else None

    def nearest_dated(self, dates: list[tuple[int, DateMatch]], trig: Span) -> tuple[int, DateMatch] | None:
        """The date of ``dates`` (each with its first token) nearest to ``trig``, with its first token; None if
        there is none."""
        return min(dates, key=lambda d: self.distance(d[0], trig)) if dates else None

    def nearest_date(self, dates: list[tuple[int, DateMatch]], trig: Span) -> DateMatch | None:
        """The date of ``dates`` (each with its first token) nearest to ``trig``; None if there is none."""
        nearest = self.nearest_dated(dates, trig)
        return nearest[1] if nearest else None

    def extend(self, ev: Event | None, ends: list[tuple[int, DateMatch]], trig: Span | None,
               previous: list[Event]) -> None:
        """Give ``ev`` the end or length told nearest to ``trig`` ('until September 7', 'for four days', '为期五天')
        when its start is known and its end is not (an exercise told by the day it ended has its own; the length of
        a trip to several places is no leg's)."""
        dm = self.nearest_date(ends, trig) if trig is not None else ends[0][1] if ends else None
        if dm is not None and ev is not None and id(ev) in self.closed and dm.days and dm.days >= 2 \
                and ev.start is not None and ev.end is None:
            last = dt.date.fromisoformat(ev.start.value)
            ev.start, ev.end = DateValue(value=(last - dt.timedelta(days=dm.days - 1)).isoformat()), ev.start
            return
        if dm is None or ev is None or ev.end is not None or id(ev) in self.ended or (
                dm.days and ev.type is EventType.VISIT and any(
                    p is not ev and p.type is EventType.VISIT and p.visitor == ev.visitor
                    and not compatible_places(self.lex.gazetteer, p.location, ev.location)
                    and _compatible_dates(p.start, ev.start) for p in previous)):
            return
        if dm.days and ev.type is EventType.MEETING and not self.organisations_only(ev):
            return  # talks last hours; a length told near them is that of a gathering or a trip
        if ev.start is None:
            self.open_ends.append((ev, dm))
        else:
            ev.end = end_after(ev.start, dm)

    def nearest_in_clause(self, i: int, trigs: list[Span]) -> Span | None:
        """The trigger nearest to token ``i`` within its clause (the earlier one on ties); a visit told in a relative
        clause owns nothing named before it ('10日在八一大楼同来华访问的X举行会谈': the talks' day and place), nor does
        a verb of saying in a clause of its own after it ('..., from August 1 to 13, officials said')."""
        statement = EventType.STATEMENT.value

        def tag(t: Span) -> bool:
            return t.kb_id_ == statement and i < t.start and not self.same_clause(i, t)

        return min(trigs, key=lambda t: (i < t.start and t.start in self.attributive, tag(t), self.distance(i, t),
                                         t.start), default=None)

    def placing_countries(self, spans: list[EntitySpan], ents: list[EntitySpan]) -> set[str]:
        """The countries of ``spans`` named only beside a place of their own, within three words ('the U.S. state
        of Alaska', "l'État américain de l'Alaska")."""
        g = self.lex.gazetteer
        places = [sp for sp in ents if self.etype(sp.key) is EntityType.PLACE]

        def placing(c: EntitySpan) -> bool:
            return any(g.country_of(p.key) == c.key[8:] and (0 <= p.start - c.end <= 3 or 0 <= c.start - p.end <= 3)
                       for p in places)

        found = [(sp.key, placing(sp)) for sp in spans if sp.key.startswith("country/")]
        return {key for key, p in found if p} - {key for key, p in found if not p}

    def next_in_clause(self, i: int, trigs: list[Span]) -> Span | None:
        """The first trigger after token ``i`` in its clause."""
        return next((t for t in trigs if t.start > i and self.same_clause(i, t)), None)

    def describes_person(self, trig: Span, ents: list[EntitySpan]) -> bool:
        """Whether visit word ``trig`` stands in a relative clause that describes a person named right after it
        ('来华出席论坛的肯尼亚国防部长图亚')."""
        reach = min(trig.end + 12 * self.scale, self.table.sents[self.table.sent_of[trig.start]][1])
        k = next((k for k in range(trig.end, reach) if self.norms[k] in self.lex.relative_markers), None)
        return k is not None and self.same_clause(k, trig) and any(
            k < sp.start <= k + 6 * self.scale and self.etype(sp.key).is_person for sp in ents)

    def told_of(self, trig: Span, i: int) -> bool:
        """Whether the relative clause that ``trig`` stands in closes before token ``i`` and describes what is
        named there ('来华访问的巴基斯坦陆军参谋长穆尼尔': 穆尼尔 made the visit)."""
        return any(self.norms[k] in self.lex.relative_markers for k in range(trig.end, i)) \
            and self.same_clause(i, trig)

    def destination_told(self, trig: Span) -> str | None:
        """The country a visit word names as its destination, with the word before it ('访华', '来华访问'), or that a
        word beside it names as the one the story is filed in ('aliwasili nchini'): its code."""
        lo = max(trig.start - 2 * self.scale, 0)
        before = fold(self.table.span_text(lo, trig.end))
        # (across the trip's length: 'ziara ya siku tatu nchini')
        beside = set(self.table.folded[lo:min(trig.end + 4 * self.scale, len(self.doc))])
        for form, code in self.lex.visit_destinations.items():
            if code != "here" and form in before:
                return code
            if code == "here" and form in beside and self.dateline_place is not None:
                return self.lex.gazetteer.country_of(self.dateline_place)
        return None

    def person_right_after(self, trig: Span, ents: list[EntitySpan]) -> str | None:
        """The person a trigger governs when it comes right after it ('visit of X', 'زيارة الرئيس شي', 'ziara ya X')."""
        country = {t for sp in ents if sp.key.startswith("country/") for t in range(sp.start, sp.end)}
        i = trig.end
        while i < min(len(self.doc), trig.end + 6 * self.scale):
            for sp in ents:
                if sp.start == i and self.etype(sp.key).is_person:
                    return sp.key
            if not (self.norms[i] in self.lex.connectors or i in self.role_tokens or i in country):
                return None
            i += 1
        return None

    def refer_back(self, etype: EventType, trig: Span, trigs: list[Span], dates: list[tuple[int, DateMatch]],
                   ents: list[EntitySpan], previous: list[Event]) -> bool:
        """'That trip', 'the meeting': complete the article's event of that type; False when there is none."""
        same = [p for p in previous if p.type is etype]
        if not same:
            return False
        prev = self.referred = same[0] if etype is EventType.VISIT else same[-1]
        if etype is EventType.EXERCISE:
            # ('lors de l'exercice « Zapad/Interaction-2021 »': the words name another exercise than the one told)
            series = self.series_of(trig, self.table.sent_of[trig.start], trigs)
            if series is not None and series != prev.series:
                return False
        if etype is EventType.VISIT:
            # ('sa visite au Bélarus' after his trip to Russia: the trip to the place named with it)
            g = self.lex.gazetteer
            named = [sp.key for sp in ents if sp.key.startswith(("place/", "country/"))
                     and trig.end <= sp.start <= trig.end + 2 * self.scale]
            prev = self.referred = next((p for p in same if p.location and any(
                g.within(k, p.location) or g.within(p.location, k) for k in named)), prev)
        dated = self.nearest_dated(dates, trig)
        dm = dated[1] if dated else None
        if etype is EventType.EXERCISE and dm is not None and dm.begin is not None and prev.start is not None \
                and dated is not None and (dated[0] < trig.start or self.framed) \
                and 0 < int(prev.start.value[:4]) - int(dm.begin.value[:4]) <= _EDITIONS_BACK:
            # ('L'an dernier, l'exercice s'était tenu en mars dans la même zone': an edition of a year before, of
            # the same parties and, unless the sentence names another place, in the same waters; told by a date
            # before the words or opening the sentence, not one after them, which may be another thing's: 'the
            # drills come amid tensions since the US withdrawal last year')
            places = [sp.key for sp in ents if sp.start not in self.qualifiers
                      and self.etype(sp.key) is EntityType.PLACE]
            previous.append(prev.model_copy(update={
                "start": dm.begin, "end": dm.until, "status": Status.OCCURRED,
                "location": places[0] if places else prev.location, "series": None, "sentence": self.table.sent_of[
                    trig.start], "evidence": [self.sent_texts[self.table.sent_of[trig.start]].strip()]}))
            return True
        closer = dm is not None and prev.start is not None and dm.begin is not None and dm.until is None \
            and prev.start.contains(dm.begin) and len(dm.begin.value) > len(prev.start.value)
        if dm is not None and (prev.start is None or id(prev) in self.assumed or closer):
            # ('Iran, Russia and China have begun drills ... The drills began on Friday': on Friday, not today; a
            # 'Vostok-2022' exercise that 'began on Thursday': that Thursday)
            if dm.begin is not None or prev.start is None:
                prev.start, prev.end = dm.begin, dm.until
                self.dated_back = True
                self.assumed.discard(id(prev))
        elif dm is not None and dm.begin is not None and dm.until is None and prev.start is not None \
                and dm.begin.granularity == prev.start.granularity == "day" and prev.end is None \
                and id(prev) not in self.ended \
                and 0 < (dt.date.fromisoformat(prev.start.value) - dt.date.fromisoformat(dm.begin.value)).days <= 31 \
                and dated is not None and self.told_beginning(trig, dated[0]):
            # ('..., as the exercise entered its decisive phase on Thursday. The drills, which began on Monday, ...':
            # from Monday)
            prev.start = dm.begin
            self.dated_back = True
        elif dm is not None and id(prev) in self.ended and prev.start is not None:
            # ('... concluded on Sunday. The exercise began on Wednesday': it ran from Wednesday to Sunday)
            probe = Event(type=etype, participants=prev.participants, start=dm.begin, status=prev.status)
            span = _begun_and_ended(probe, prev, {id(prev)}, self.lex)
            if span is not None:
                prev.start, prev.end = span
                self.ended.discard(id(prev))
                self.dated_back = True
        places = [sp.key for sp in ents if sp.start not in self.qualifiers and self.etype(sp.key) is EntityType.PLACE]
        if places and compatible_places(self.lex.gazetteer, prev.location, places[0]):
            prev.location = prev.location or places[0]
        speaking = any(t.kb_id_ == EventType.STATEMENT.value for t in trigs)
        if etype is EventType.EXERCISE:
            # the states listed as taking part ('troops from Russia, China, India and Pakistan are taking part in the
            # drills'): the exercise's too
            states, _ = self.states_of(sp.key for sp in ents if not sp.implicit and sp.start not in self.qualifiers
                                       and self.etype(sp.key) is EntityType.COUNTRY
                                       and self.same_clause(sp.start, trig))
            if len(states) >= 2:
                prev.participants = _unique([*prev.participants, *states])
        if etype is EventType.MEETING and not speaking and not self.organisations_only(prev):
            prev.participants = _unique([*prev.participants, *(
                sp.key for sp in ents if self.etype(sp.key).is_person and self.same_clause(sp.start, trig)
                and not self.received_by_other(sp, trig, trigs))])
        prev.evidence = _unique([*prev.evidence, self.sent_texts[self.table.sent_of[trig.start]].strip()])
        return True

    def attachable(self, ev: Event, previous: list[Event]) -> bool:
        return any(self._fits(prev, ev) for prev in previous)

    def _fits(self, prev: Event, ev: Event) -> bool:
        return (prev.type is ev.type and prev.status is ev.status
                and (ev.type is not EventType.VISIT or prev.visitor == ev.visitor)
                and compatible_places(self.lex.gazetteer, prev.location, ev.location)
                and _compatible_dates(prev.start, ev.start))

    def trip_of(self, person: str, si: int, previous: list[Event], named: list[str]) -> Event | None:
        """The visit abroad of ``person`` reported in this sentence or the two before it, or referred back to in
        this one ('Au cours de sa visite au Bélarus, il aura des entretiens'), to the places ``named`` here if any
        are ('M. Li aura également en Russie des entretiens' after his trip to Belarus)."""
        g = self.lex.gazetteer
        trips = [v for v in self.referred_here if v.type is EventType.VISIT and v.visitor == person and v.location]
        trips += [v for v in reversed(previous) if v.type is EventType.VISIT and v.visitor == person
                  and si - 2 <= v.sentence <= si and v.location and v not in trips]
        if named:
            return next((v for v in trips if any(g.within(k, v.location or "") or g.within(v.location or "", k)
                                                 for k in named)), None)
        return trips[0] if trips else None

    def last_person_before(self, i: int) -> str | None:
        """The last person named before token ``i`` who is not a spokesperson (the one the story is about)."""
        for sp in reversed(self.state.spans):
            if sp.start < i and self.etype(sp.key).is_person and sp.key not in self.spokespeople:
                return sp.key
        return None

    def attach(self, ev: Event, previous: list[Event]) -> Event | None:
        """An event mention without enough participants refers back to the last event of its type."""
        order = previous if ev.type is EventType.VISIT else list(reversed(previous))
        for prev in order:
            if self._fits(prev, ev) and not (self.organisations_only(prev) and any(
                    self.etype(p).is_person for p in ev.participants)):
                prev.participants = _unique([*prev.participants, *ev.participants])
                prev.armed_forces = _unique([*prev.armed_forces, *ev.armed_forces])
                prev.series = prev.series or ev.series
                prev.location = prev.location or ev.location
                if prev.start is None:  # with its end ('where he stayed from 9 to 11 March on a visit')
                    prev.start, prev.end = ev.start, ev.end
                prev.evidence = _unique([*prev.evidence, *ev.evidence])
                return None
        return None


def _week_later(d: DateValue) -> DateValue:
    return DateValue(value=(dt.date.fromisoformat(d.value) + dt.timedelta(days=7)).isoformat())


def _in_year_of(m: DateMatch, frame: DateMatch) -> DateMatch:
    """Date ``m``, a month or day written without its year, in the year the sentence opens with ('Last year, the
    exercise was held in March': March of last year); any other date as it is."""
    year = frame.begin
    if year is None or year.granularity != "year" or m.begin is None or m.until is not None \
            or m.begin.granularity not in ("month", "day") or _YEAR.search(m.text) or m.weekday:
        return m
    return replace(m, begin=DateValue(value=year.value + m.begin.value[4:], granularity=m.begin.granularity))


def _nearest(i: int, trigs: list[Span]) -> Span | None:
    """The trigger nearest to token ``i`` (the earlier one on ties)."""
    return min(trigs, key=lambda t: (min(abs(i - t.start), abs(i - (t.end - 1))), t.start), default=None)


def _unique(items: object) -> list[str]:
    out: list[str] = []
    for x in items:  # type: ignore[attr-defined]
        if x not in out:
            out.append(x)
    return out


def _organisations_only(ev: Event, g: Gazetteer) -> bool:
    """Whether ``ev`` is a meeting of intergovernmental organisations (people who attend are not added)."""
    return ev.type is EventType.MEETING and bool(ev.participants) and all(
        (e := g.get(p)) is not None and e.kind == _IGO for p in ev.participants)


def _during_visits(events: list[Event], g: Gazetteer, published: dt.date | None = None) -> list[Event]:
    """An undated event of a traveller takes place during that traveller's dated trip in the article:
    it gets the trip's month and, when it has none, the trip's destination. An undated leg of the trip
    (another destination named with it) gets the trip's month. A planned event is on no trip of a month before
    the story's ('will go to Belarus' ... 'had chosen Moscow for his first trip, in April')."""
    month = published.isoformat()[:7] if published is not None else ""
    # (a trip one side only proposes ('invited him to visit Minsk') is no trip the traveller is on)
    trips = [e for e in events if e.type is EventType.VISIT and e.start and e.visitor
             and e.status is not Status.PROPOSED]
    for ev in events:
        if ev.start is not None or ev.type is EventType.STATEMENT:
            continue
        own = None
        if ev.type is not EventType.VISIT and ev.location is None:
            # ('will travel to Minsk, where he will meet Lukashenko': at the trip told with it, not the dated one; in
            # the month of that one, a leg of the same journey)
            own = next((t.location for t in events if t.type is EventType.VISIT and t.visitor
                        and t.visitor in ev.participants and t.status is not Status.PROPOSED
                        and set(t.evidence) & set(ev.evidence)), None)
            ev.location = own
        for trip in trips:
            if trip is ev or trip.visitor not in ev.participants or trip.start is None \
                    or (ev.status is Status.PLANNED and len(trip.start.value) >= 7 and trip.start.value[:7] < month):
                continue
            # legs of one journey are named in one sentence ("went to Russia and Belarus")
            leg = (ev.type is EventType.VISIT and bool(set(ev.evidence) & set(trip.evidence))) or own is not None
            if not leg and not compatible_places(g, ev.location, trip.location):
                continue
            ev.start = DateValue(value=trip.start.value[:7], granularity="month")
            if ev.type is EventType.VISIT and leg and trip.end is not None and trip.end.granularity == "day" \
                    and ev.sentence == trip.sentence:
                ev.start = trip.end  # ('concluded a three-day visit on Wednesday and headed to Egypt': that day)
            if ev.type is not EventType.VISIT:
                ev.location = ev.location or trip.location
                if set(ev.evidence) & set(trip.evidence):
                    ev.start = trip.start  # 'arrived on Friday and held talks with ...': that day
            break
    # an undated trip told with a dated event of the traveller there ('will visit Kazakhstan in July to attend the
    # summit') is at that event's time (but one side's invitation is not made during the trip it proposes)
    for trip in events:
        if trip.type is EventType.VISIT and trip.start is None and trip.visitor and trip.status is not Status.PROPOSED:
            trip.start = next((e.start for e in events if e is not trip and e.start is not None
                               and e.type is not EventType.STATEMENT
                               and (trip.visitor in e.participants or _organisations_only(e, g))
                               and set(e.evidence) & set(trip.evidence)
                               and compatible_places(g, e.location, trip.location)), None)
    # a meeting of a traveller without a place, at a time the trip may cover, is held at the trip's destination (the
    # trip told in its sentence first: 'will travel to Minsk, where he will meet ...')
    for ev in events:
        if ev.location is None and ev.type is EventType.MEETING:
            ev.location = next((t.location for t in sorted(events, key=lambda t: not set(t.evidence) & set(
                                    ev.evidence)) if t.type is EventType.VISIT
                                and t.status is not Status.PROPOSED
                                and t.visitor in ev.participants and t.location
                                and (_compatible_dates(t.start, ev.start) or _during_stay(t, ev))), None)
    return events


def _at_summits(events: list[Event], g: Gazetteer, remote: set[int]) -> list[Event]:
    """A meeting told without a place, on a day of a meeting of organisations' members the article places (or the day
    before or after it), is held where they meet: talks on its sidelines ('Dong met Belousov hours before the SCO
    gathering opened'); not talks by video or phone."""
    summits = [e for e in events if _organisations_only(e, g) and e.location and e.start is not None
               and e.start.granularity == "day"]
    for ev in events:
        if ev.type is not EventType.MEETING or ev.location is not None or id(ev) in remote or ev.start is None \
                or ev.start.granularity != "day" or _organisations_only(ev, g):
            continue
        day = dt.date.fromisoformat(ev.start.value)
        for summit in summits:
            assert summit.start is not None
            first = dt.date.fromisoformat(summit.start.value)
            last = dt.date.fromisoformat(summit.end.value) if summit.end is not None and len(
                summit.end.value) == 10 else first
            if first - dt.timedelta(days=1) <= day <= last + dt.timedelta(days=1):
                ev.location = summit.location
                break
    return events


def _during_stay(trip: Event, ev: Event) -> bool:
    """Whether ``ev``'s day falls in ``trip``'s days, or in the three days from an arrival dated by its day alone."""
    if trip.start is None or ev.start is None or trip.start.granularity != "day" or ev.start.granularity != "day":
        return False
    last = trip.end.value if trip.end is not None else (
        dt.date.fromisoformat(trip.start.value) + dt.timedelta(days=3)).isoformat()
    return trip.start.value <= ev.start.value <= last


def _visits_seen_under_way(events: list[Event], g: Gazetteer, published: dt.date | None,
                           lead_end: int) -> list[Event]:
    """A visit announced in the article, by a traveller who is then reported meeting someone at the destination
    (or, both in the lead, anywhere) on a day up to publication, took place: it has occurred, and begins no
    later than that day ('Li will visit Moscow this month' ... 'Putin met Li in Moscow on Sunday')."""
    if published is None:
        return events
    pub = published.isoformat()
    for visit in events:
        if visit.type is not EventType.VISIT or not visit.visitor or visit.location is None \
                or visit.status is Status.PROPOSED:
            continue
        if visit.status is Status.OCCURRED and visit.start is not None and len(visit.start.value) == 10:
            continue
        seen = sorted(e.start.value for e in events if e.type is EventType.MEETING and e.status is Status.OCCURRED
                      and visit.visitor in e.participants and e.start is not None and len(e.start.value) == 10
                      and e.start.value <= pub
                      and (g.within(e.location, visit.location) if e.location is not None
                           else max(e.sentence, visit.sentence) <= lead_end)
                      and (visit.start is None or e.start.value.startswith(visit.start.value)
                           or (visit.end is not None and visit.start.value <= e.start.value <= visit.end.value)))
        if not seen:
            continue
        visit.status = Status.OCCURRED
        if visit.start is None or len(visit.start.value) < 10:
            visit.start = DateValue(value=seen[0])
    return events


def _within_range(a: Event, b: Event) -> bool:
    """Whether ``b``'s day lies within ``a``'s range of days (a drill told on a day of the exercise)."""
    return (a.start is not None and a.end is not None and b.start is not None and b.end is None
            and b.start.granularity == "day" and a.start.value <= b.start.value <= a.end.value)


def _parties_meet(a: Event, b: Event) -> bool:
    pa, pb = set(a.participants), set(b.participants)
    return bool(pa and pb) and (pa <= pb or pb <= pa or len(pa & pb) / len(pa | pb) >= 0.5)


def _begun_and_ended(a: Event, b: Event, ended: set[int], lex: Lexicon) -> tuple[DateValue, DateValue] | None:
    """The first and last days of one exercise that ``a`` and ``b`` report, one by the day it began and the other
    by the day it ended, a month at most later ('concluded on Sunday, after drills that began on Thursday')."""
    if (id(a) in ended) == (id(b) in ended) or not (a.type is b.type is EventType.EXERCISE) \
            or not (a.status is b.status is Status.OCCURRED):
        return None
    first, last = (b, a) if id(a) in ended else (a, b)
    if first.start is None or last.start is None or first.start.granularity != "day" \
            or first.end not in (None, last.start):  # ('after four days of drills that began on Thursday')
        return None
    begin, end = dt.date.fromisoformat(first.start.value), dt.date.fromisoformat(last.start.value)
    if not dt.timedelta(days=1) <= end - begin <= dt.timedelta(days=31) or not _parties_meet(a, b) \
            or not compatible_places(lex.gazetteer, a.location, b.location):
        return None
    return first.start, last.start


def _begun_and_seen(a: Event, b: Event, begun: set[int], lex: Lexicon) -> DateValue | None:
    """The first day of one exercise that ``a`` and ``b`` report, one by the day it began and the other by a later
    day it was under way, a month at most later ('the drills, which began on Monday' and 'stormed a camp on
    Thursday in the exercise')."""
    if (id(a) in begun) == (id(b) in begun) or not (a.type is b.type is EventType.EXERCISE) \
            or not (a.status is b.status is Status.OCCURRED):
        return None
    first, later = (a, b) if id(a) in begun else (b, a)
    if first.start is None or later.start is None or first.start.granularity != "day" \
            or later.start.granularity != "day" or later.end is not None:
        return None
    days = (dt.date.fromisoformat(later.start.value) - dt.date.fromisoformat(first.start.value)).days
    if not 0 < days <= 31 or not _parties_meet(a, b) or not compatible_places(lex.gazetteer, a.location, b.location) \
            or (a.series and b.series and a.series != b.series):
        return None
    return first.start


def _days_of(ev: Event) -> tuple[dt.date, dt.date] | None:
    """The first and last day of an event dated to the day (its start's, when it has no end to the day)."""
    if ev.start is None or ev.start.granularity != "day":
        return None
    first = dt.date.fromisoformat(ev.start.value)
    last = dt.date.fromisoformat(ev.end.value) if ev.end is not None and ev.end.granularity == "day" else first
    return first, max(first, last)


def _stay_told_twice(a: Event, b: Event) -> bool:
    """Whether two visits to one place (or one unplaced) are dated to days at most ``VISIT_DAYS`` apart: one stay,
    told by its arrival and by a day of it ('arrived on Wednesday' ... 'the visit, which began on Tuesday'). A stop
    in a city of the country visited is a visit of its own."""
    da, db = _days_of(a), _days_of(b)
    return (a.type is b.type is EventType.VISIT and da is not None and db is not None
            and (a.location == b.location or a.location is None or b.location is None)
            and max((da[0] - db[1]).days, (db[0] - da[1]).days) <= VISIT_DAYS)


def _later_leg(trip: Event, stop: Event, g: Gazetteer) -> bool:
    """Whether ``stop`` is a visit to a city of the country ``trip`` visits, on a day after the trip's first, or
    still to come on a trip under way: a leg of its own ('ended a two-day state visit to China, during which he
    visited Harbin today', 'arrived in China on Monday ... is expected to visit a naval base in Qingdao'), where a
    stop on its first day is where it began."""
    if trip.location is None or not trip.location.startswith("country/") or stop.location is None \
            or getattr(g.get(stop.location), "kind", None) not in _CITY_KINDS:
        return False  # (a base or a training ground toured is no visit of its own)
    if stop.status is Status.PLANNED and trip.status is Status.OCCURRED:
        return True
    return (trip.start is not None and stop.start is not None
            and trip.start.granularity == stop.start.granularity == "day" and stop.start.value > trip.start.value)


def _same_day_drill(a: Event, b: Event) -> bool:
    """Whether two exercises that took place are of the same parties and begun on the same day: one patrol or
    drill, whichever sea or region each sentence names."""
    return (a.type is b.type is EventType.EXERCISE and a.status is b.status is Status.OCCURRED
            and a.start is not None and b.start is not None and a.start.granularity == "day"
            and a.start.value == b.start.value and set(a.participants) == set(b.participants))


def _same_event(a: Event, b: Event, lex: Lexicon) -> bool:
    if a.type is not b.type or not (_compatible_dates(a.start, b.start) or _within_range(a, b)
                                    or _within_range(b, a) or _stay_told_twice(a, b)):
        return False
    if a.type is not EventType.VISIT and a.status is not b.status and (a.start is None or b.start is None):
        return False  # "will hold talks" and "held talks", undated, are two events
    if not compatible_places(lex.gazetteer, a.location, b.location) and not _same_day_drill(a, b):
        return False
    if a.type is EventType.VISIT:
        return a.visitor == b.visitor and not _later_leg(a, b, lex.gazetteer) and not _later_leg(b, a, lex.gazetteer)
    if a.type is EventType.STATEMENT:
        return False
    if a.type is EventType.EXERCISE and a.series and b.series and a.series != b.series:
        return False  # two named exercises
    if a.type is EventType.EXERCISE and a.sentence == b.sentence and not (
            a.status is b.status is not Status.OCCURRED and a.start is None and b.start is None):
        # two mentions in one sentence tell two ('the exercise, after which the ships patrolled'); but one pledge
        # names one plan ('pledged to expand joint exercises and joint patrols')
        return False
    return _parties_meet(a, b)


def merge_events(events: list[Event], lex: Lexicon, ended: set[int] | None = None,
                 begun: set[int] | None = None) -> list[Event]:
    """Merge the reports of one event within an article (same type, compatible participants, date, place); an
    exercise told by the day it began and by the day it ended (``ended``: ids of the latter) spans both, and one told
    by the day it began (``begun``) and by a later day it was under way starts on the first."""
    out: list[Event] = []
    for ev in events:
        for prev in out:
            span = _begun_and_ended(prev, ev, ended or set(), lex)
            if span is not None:
                prev.start, prev.end = span
                ev.start = ev.end = None
            first = None if span is not None else _begun_and_seen(prev, ev, begun or set(), lex)
            if first is not None:
                prev.start, ev.start = first, None
            if span is not None or first is not None or _same_event(prev, ev, lex):
                prev.participants = _unique([*prev.participants, *ev.participants])
                prev.armed_forces = _unique([*prev.armed_forces, *ev.armed_forces])
                g = lex.gazetteer
                if prev.location is None:
                    prev.location = ev.location
                elif ev.location and prev.type is EventType.VISIT:
                    if ev.location.startswith("country/") and (
                            g.within(prev.location, ev.location) or g.country_of(prev.location) == ev.location[8:]):
                        prev.location = ev.location
                elif ev.location and g.within(ev.location, prev.location):
                    prev.location = ev.location
                if ev.start and (prev.start is None or len(ev.start.value) > len(prev.start.value)):
                    prev.start = ev.start
                prev.end = prev.end or ev.end
                prev.series = prev.series or ev.series
                prev.evidence = _unique([*prev.evidence, *ev.evidence])
                break
        else:
            out.append(ev)
    return out


def extract_events(doc: Doc, lex: Lexicon, grammar: DateGrammar, state: DocState) -> None:
    """Find the events ``doc`` reports and record them in ``state``."""
    _Events(doc, lex, grammar, state).run()


def _year_before(d: DateValue | None) -> DateValue | None:
    """``d`` a year earlier (a date whose year was inferred)."""
    if d is None:
        return None
    y, rest = d.value[:4], d.value[4:]
    return d.model_copy(update={"value": f"{int(y) - 1}{'-02-28' if rest == '-02-29' else rest}"})


def _under_way(ev: Event, published: dt.date) -> bool:
    """Whether an announced event had begun by publication: a day-precise start before it, or a range spanning it."""
    if ev.start is None or ev.start.granularity != "day":
        return False
    pub = published.isoformat()
    if ev.start.value < pub:
        return True
    return ev.end is not None and ev.end.granularity == "day" and ev.start.value <= pub <= ev.end.value
