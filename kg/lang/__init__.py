"""Per-language data (``<code>.toml`` beside this file) and its loader."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field

from ..errors import UnknownLanguageError

__all__ = ["LanguageData", "load_language", "supported_languages"]


class _Data(BaseModel):
    """A table of a language file: an unknown key is a typo or a misplaced entry, and an error."""

    model_config = ConfigDict(extra="forbid")


class Morphology(_Data):
    clitic_prefixes: list[str] = Field(default_factory=list)
    clitic_suffixes: list[str] = Field(default_factory=list)
    stem_suffixes: list[str] = Field(default_factory=list)
    min_stem: int = 3
    # endings removed one after the other, up to this many: a Russian surname's case ending comes after its
    # formant ('Белоусовым' -> 'белоусов' -> 'белоус', the key of 'Белоусов')
    stem_passes: int = 1


class NameCases(_Data):
    """How a name written in an oblique case is put back into the nominative (languages that inflect names)."""

    signal: str = Field(default="", description="regex: a word of the name ending so shows an oblique case")
    rules: list[tuple[str, str]] = Field(
        default_factory=list, description="(regex, replacement) pairs: the first that matches a word rewrites it")


class Modality(_Data):
    planned: list[str] = Field(default_factory=list)
    planned_regex: list[str] = Field(default_factory=list)
    proposed: list[str] = Field(default_factory=list)
    negation: list[str] = Field(default_factory=list)
    # a visit or exercise called off ('cancelled', 'перенесен', 'تأجيل', '推迟'): no event, whether the word comes
    # just before the trigger or after it in its sentence ('the visit ... has been postponed')
    called_off: list[str] = Field(default_factory=list)
    # an invitation turned down ('declined an invitation to visit', 'отклонил приглашение', 'رفض دعوة', '婉拒'): no
    # event, when said before the trigger in its clause
    declined: list[str] = Field(default_factory=list)
    # a postponed event ('a reporté la visite', 'تأجلت زيارة') is still planned, but not at the date it had
    postponed: list[str] = Field(default_factory=list)
    # a completed event ('visited', 'посетил', 'قد زار'): a month named without a year is then the last one,
    # not the nearest ('زار موسكو في مارس' written in October)
    past: list[str] = Field(default_factory=list)
    past_regex: list[str] = Field(default_factory=list, description="regexes over a folded word (verb morphology)")
    # talks held at a distance ('by video link', 'عبر تقنية الفيديو', 'по видеосвязи', '通电话'): held nowhere the
    # story was filed
    remote: list[str] = Field(default_factory=list)
    # an event told as ending ('concluded', 'завершилось', '落幕', 'اختتمت'): the date told with it is its last day
    ended: list[str] = Field(default_factory=list)
    # an event told as beginning ('began', 'начались', 'a débuté', 'انطلقت', 'yalianza', '开幕'): a date told with it
    # when the event is referred back to is its first day ('The drills, which began on Monday, ...')
    began: list[str] = Field(default_factory=list)
    # talks on the sidelines of a gathering ('on the sidelines of', 'на полях', 'en marge de', 'على هامش', '会议期间'):
    # held on the gathering's day, at its place
    sidelines: list[str] = Field(default_factory=list)


class Dates(_Data):
    today: list[str] = Field(default_factory=list)
    yesterday: list[str] = Field(default_factory=list)
    tomorrow: list[str] = Field(default_factory=list)
    last_week: list[str] = Field(default_factory=list)
    next_week: list[str] = Field(default_factory=list)
    last_month: list[str] = Field(default_factory=list)
    next_month: list[str] = Field(default_factory=list)
    this_month: list[str] = Field(default_factory=list)
    day_before: list[str] = Field(
        default_factory=list, description="'the day before', 'накануне', 'la veille': the day before the event told "
                                          "before, else before the story's day")
    eve: list[str] = Field(
        default_factory=list, description="words of ``day_before`` that news uses for the eve of the story's day "
                                          "('накануне', 'la veille'): the day before the story's day when the event "
                                          "told before is earlier")
    same_day: list[str] = Field(
        default_factory=list, description="'the same day', '同日': the day of the event told before in the article")
    # phrases below may hold '{n}', a number (digits or a word of ``numbers``), and end in '=N' for a number the
    # words tell themselves ('بعد يومين=2'); a final '*' lets the last word run on ('{n}дневн*': 'двухдневный')
    day_after: list[str] = Field(
        default_factory=list, description="'the next day', 'le lendemain', '次日': the day after the event told before")
    days_later: list[str] = Field(
        default_factory=list, description="'{n} days later', 'через {n} дня': n days after the event told before")
    days_earlier: list[str] = Field(
        default_factory=list, description="'{n} days earlier': n days before the event told before, else the story's "
                                          "day")
    days_ago: list[str] = Field(
        default_factory=list, description="'{n} days ago', '{n} дня назад', '{n}天前': n days before the story's day")
    months_ago: list[str] = Field(
        default_factory=list, description="'{n} months ago', 'два месяца назад', 'قبل شهرين=2': the month n months "
                                          "before the story's")
    years_ago: list[str] = Field(
        default_factory=list, description="'{n} years ago', 'a year ago=1', '两年前=2': the year n years before the "
                                          "story's")
    days_after: list[str] = Field(
        default_factory=list, description="'a day after [an event]', 'au lendemain de', 'siku moja baada ya': the "
                                          "event named after it was n days before the event told before it in its "
                                          "sentence")
    months_after: list[str] = Field(
        default_factory=list, description="'{n} months after [an event]', 'بعد شهرين من': the event named after it "
                                          "was n months before the event told before it (else the story's day); "
                                          "its month")
    years_after: list[str] = Field(
        default_factory=list, description="'a year after [an event]=1': the event named after it was n years before "
                                          "the event told before it (else the story's day); its year")
    weeks_later: list[str] = Field(default_factory=list, description="'a week later', '{n} weeks later'")
    weeks_earlier: list[str] = Field(default_factory=list, description="'a week earlier'")
    until: list[str] = Field(
        default_factory=list, description="words right before a date that ends an event begun on another "
                                          "('until', 'jusqu'au', 'до', 'حتى', 'hadi', '至')")
    until_fillers: list[str] = Field(
        default_factory=list, description="words between such a word and its date ('until mid-August')")
    lengths: list[str] = Field(
        default_factory=list, description="an event's length in days ('for {n} days', 'a {n}-day visit', '为期{n}天')")
    numbers: list[list[str]] = Field(default_factory=list, description="number words, one first")
    end_of_year: list[str] = Field(
        default_factory=list, description="'by the end of the year': the rest of the year (its December, in December)")
    seasons: list[list[str]] = Field(
        default_factory=list, description="spring, summer, autumn, winter ('au printemps', 'осенью'): the year of the "
                                          "next such season (the last, with a past marker); a list of 4 lists")
    day_words: list[list[str]] = Field(
        default_factory=list, description="days of the month in words, the first first ('السادس من مايو')")
    last_year: list[str] = Field(default_factory=list)
    this_year: list[str] = Field(default_factory=list)
    next_year: list[str] = Field(default_factory=list)
    range: list[str] = Field(default_factory=list)
    day_suffixes: list[str] = Field(default_factory=list)
    past_markers: list[str] = Field(default_factory=list)
    exclusions: list[str] = Field(default_factory=list)
    # 'since 2005', '自2005年以来': the start of a state of things, not the date of an event
    since: list[str] = Field(default_factory=list, description="words right before such a date")
    since_after: list[str] = Field(default_factory=list, description="words right after such a date")
    months: list[list[str]] = Field(default_factory=list)
    weekdays: list[list[str]] = Field(default_factory=list)


class WordList(_Data):
    words: list[str] = Field(default_factory=list)


class Groups(_Data):
    two_countries: list[str] = Field(default_factory=list)
    two_people: list[str] = Field(
        default_factory=list, description="'the two ministers': a meeting's parties are the last two people named")
    two_leaders: list[str] = Field(
        default_factory=list, description="'the two leaders': ... the last two heads of state or government named")
    organisation: list[str] = Field(
        default_factory=list, description="'the organisation', 'jumuiya hiyo', '该组织': the one intergovernmental "
                                          "organisation the story names")
    units: list[str] = Field(
        default_factory=list, description="'warships', 'troops', '舰艇': their arrival, with no person named in its "
                                          "sentence, is no official's visit")
    delegation: list[str] = Field(
        default_factory=list, description="'delegation', 'وفد', '代表团': a visit or reception of one is its head's, "
                                          "else its organisation's")
    led_by: list[str] = Field(
        default_factory=list, description="'led by', 'برئاسة', 'во главе с', '率领': the person named after it (before "
                                          "it in Chinese) heads the delegation named before it (after it in Chinese)")
    companions: list[str] = Field(
        default_factory=list, description="'accompanied by', 'رافقه', 'в сопровождении', '陪同': the people named "
                                          "after it in its sentence travel with the visitor of the trip it tells of")


class LanguageData(_Data):
    """Everything kg knows about one language, as read from its TOML file."""

    code: str
    name: str
    spacy: str
    capitalised_names: bool = True
    dates_precede_events: bool = False
    titles_after_names: bool = Field(
        default=False, description="a title may follow its holder's name with nothing between ('习近平主席')")
    stopwords: list[str] = Field(default_factory=list)
    name_stopwords: list[str] = Field(default_factory=list)
    name_exclude_regex: list[str] = Field(default_factory=list)
    name_last_regex: list[str] = Field(
        default_factory=list, description="regexes of words that ``name_exclude_regex`` drops but that may end a "
                                          "name of two words or more (Arabic family names: 'الغفيلي', al-Ghofaily)")
    name_first_regex: list[str] = Field(
        default_factory=list, description="regexes of words that ``name_exclude_regex`` drops but that may start a "
                                          "name of two words or more ('أندريه', Andrei, though a final ه is mostly "
                                          "a pronoun)")
    definite_regex: list[str] = Field(
        default_factory=list, description="regexes of event words that take no name after them as their complement "
                                          "(Arabic: a noun with the article governs no genitive, 'خلال الزيارة X' is "
                                          "no visit of X's; 'خلال زيارة X' is)")
    name_characters: str = Field(default="", description="characters that spell foreign names (spaceless scripts)")
    surnames: list[str] = Field(default_factory=list, description="family names that start a native name")
    split_prefixes: list[str] = Field(
        default_factory=list, description="first parts of compounds that spaCy's tokenizer keeps whole but kg splits "
                                          "at the hyphen ('sino-russes' like 'russo-chinoises')")
    split_abbreviations: list[str] = Field(
        default_factory=list, description="abbreviations that spaCy's tokenizer keeps whole but that end a name in "
                                          "this news far more often ('Jun.': 'met Dong Jun. The two ...'): their "
                                          "period is a word of its own, which may end a sentence")
    morphology: Morphology = Field(default_factory=Morphology)
    name_cases: NameCases = Field(default_factory=NameCases)
    roles: dict[str, list[str]] = Field(default_factory=dict)
    ranks: list[str] = Field(
        default_factory=list, description="MilitaryCommander titles that an institution after them does not make "
                                          "its head (ranks, political commissars)")
    honorifics: list[str] = Field(
        default_factory=list, description="courtesy titles that may stand between a title and a name and are no post "
                                          "('Waziri wa Ulinzi, Dkt. X', 'Mr', 'M.')")
    counterpart: WordList = Field(default_factory=WordList)
    countries: dict[str, list[str]] = Field(default_factory=dict)
    institutions: dict[str, list[str]] = Field(default_factory=dict)
    connectors: WordList = Field(default_factory=WordList)
    place_links: list[str] = Field(
        default_factory=list, description="single words that may stand between destinations, besides connectors")
    name_country_links: list[str] = Field(
        default_factory=list, description="words that link a person's name to the country after it ('Admirali "
                                          "Yuan Huazhi wa China', 'General X of Pakistan')")
    name_joiners: list[str] = Field(
        default_factory=list, description="words of a name after which any word belongs to the name ('عبد الجواد')")
    apposition_links: list[str] = Field(
        default_factory=list, description="words that may stand between a name and a title after it that is the "
                                          "name's ('X, who became secretary of ...', 'X, который стал секретарём')")
    title_joiners: list[str] = Field(
        default_factory=list, description="words joining two titles of one holder ('国务委员兼国防部长')")
    complement_links: list[str] = Field(
        default_factory=list, description="words that make a title after them the complement of a title before "
                                          "them: the name after both holds the first ('spokesman for the "
                                          "president, X', 'msemaji wa Rais wa Urusi, X'); the second refers to its "
                                          "own holder")
    adjacent_titles_complement: bool = Field(
        default=False, description="a title right after another is its complement, in the genitive "
                                   "('пресс-секретарь президента X': X is the spokesman)")
    official_words: list[str] = Field(
        default_factory=list, description="words for an official or a guest that, with a country word after them "
                                          "(one adjective may stand between), refer to the story's one official of "
                                          "that country, whatever the post ('المسؤول العسكري الصيني', 'الضيف "
                                          "الهندي')")
    field_words: list[str] = Field(
        default_factory=list, description="words after a list of fields of cooperation: an exercise word listed with "
                                          "them names a field, not an exercise ('深化联合训练、人员培训等领域合作')")
    minister_words: list[str] = Field(
        default_factory=list, description="one word for 'minister' that, with a country word beside it, refers to "
                                          "the story's one minister of that country ('the Russian minister')")
    partner_links: list[str] = Field(
        default_factory=list, description="words before the party someone meets ('talks with X', '同X举行会谈')")
    hosting: list[str] = Field(
        default_factory=list, description="regexes over a meeting trigger's folded text that tell a host receiving a "
                                          "guest ('received', 'принял', 'استقبل', '会见', 'alipokelewa'): a host not "
                                          "at the story's last talks receives their guest in a meeting of their own")
    host_links: list[str] = Field(
        default_factory=list, description="words before the country or city where an official is posted "
                                          "('ambassadeur de Chine en Serbie', '中国驻坦桑尼亚大使'): not the title's "
                                          "country")
    relative_markers: list[str] = Field(
        default_factory=list, description="words that close a relative clause told before the noun it describes "
                                          "('会见了来华访问的X': X visited and was met)")
    visit_destinations: dict[str, list[str]] = Field(
        default_factory=dict, description="by country code, words of a visit that name its destination ('访华', "
                                          "'来华': China); under 'here', words for the country the story is filed "
                                          "in ('aliwasili nchini')")
    place_prepositions: list[str] = Field(
        default_factory=list,
        description="words after which a place spelled unlike the gazetteer is looked up by its sound")
    locative_prepositions: list[str] = Field(
        default_factory=list,
        description="words right before a country that place an event in it ('in Russia', 'в Китае', 'nchini "
                    "Tanzania', '在俄罗斯'): where an exercise no place names is held")
    place_nouns: dict[str, list[str]] = Field(
        default_factory=dict,
        description="nouns that name a place by its kind ('port city', 'городе', 'مدينة', 'kituo cha mafunzo', '港'), "
                    "by the place kind they give (city, base, region, island, building): a name the gazetteer lacks "
                    "next to one is a new place of that kind; under 'area', words for a side or the land, waters or "
                    "coast of a country ('the south of', 'на юге', 'على الأراضي', '沿海'), which make no new place")
    datelines: list[str] = Field(
        default_factory=list,
        description="regexes matched at the start of a text: where and when the story was filed ('BEIJING, July 20 "
                    "(Reuters) -', '新华社北京4月26日电'); its place and date are not those of the events")
    not_names: list[str] = Field(
        default_factory=list,
        description="phrases that hold or cut into a known name without naming it: a name match that lies inside one "
                    "('山东舰', 'carrier Shandong': a ship, not the province) or straddles one ('相关岛礁' holds 关岛, "
                    "Guam, across two words) is dropped; a name that covers the whole phrase stays ('巴西' in 巴西)")
    groups: Groups = Field(default_factory=Groups)
    events: dict[str, list[str]] = Field(default_factory=dict)
    event_forms: dict[str, list[str]] = Field(
        default_factory=dict, description="regexes over a folded word that make it a trigger (verb morphology)")
    anaphora: dict[str, list[str]] = Field(default_factory=dict)
    modality: Modality = Field(default_factory=Modality)
    dates: Dates = Field(default_factory=Dates)

    @property
    def spaceless(self) -> bool:
        """Whether words are written without spaces between them (Chinese)."""
        return self.spacy in ("zh", "ja", "th")


@cache
def supported_languages() -> tuple[str, ...]:
    """Codes of the languages that have a data file."""
    files = resources.files(__name__).iterdir()
    return tuple(sorted(f.name[:-5] for f in files if f.name.endswith(".toml")))


@cache
def load_language(code: str) -> LanguageData:
    """Load and validate the data file of language ``code``."""
    if code not in supported_languages():
        raise UnknownLanguageError(
            f"language {code!r} is not supported (supported: {', '.join(supported_languages())})"
        )
    raw = resources.files(__name__).joinpath(f"{code}.toml").read_bytes()
    return LanguageData.model_validate(tomllib.loads(raw.decode("utf-8")))
