"""The curated gazetteer: its shape, and its officials found by title in the six languages as one IRI each."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, SKOS

from kg.pipeline import Extractor
from kg.text import fold
from tests.conftest import build_articles

ROOT = Path(__file__).resolve().parent.parent
KGO = "https://w3id.org/kg/ontology#"
PREFIXES = f"""PREFIX kgo: <{KGO}>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""


@pytest.fixture(scope="module")
def gazetteer() -> Graph:
    g = Graph()
    g.parse(ROOT / "ontology" / "gazetteer.ttl", format="turtle")
    return g


@pytest.fixture(scope="module")
def ontology() -> Graph:
    g = Graph()
    g.parse(ROOT / "ontology" / "kg.ttl", format="turtle")
    return g


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def individual(gazetteer: Graph, label: str) -> URIRef:
    """The gazetteer's IRI for the individual with this English prefLabel."""
    found = list(gazetteer.subjects(SKOS.prefLabel, Literal(label, lang="en")))
    assert len(found) == 1, (label, found)
    return URIRef(str(found[0]))


def build(extractor: Extractor, tmp_path: Path, articles: dict[str, tuple[str, str]]) -> Dataset:
    """The graph of articles ``{id: (lang, text)}``, read back as one union dataset."""
    return build_articles(extractor, tmp_path, articles, "2025-06-12")


def holders(ds: Dataset, role: str, country: str) -> set[str]:
    """Officials holding ``role`` for the country with ISO code ``country``."""
    rows = ds.query(PREFIXES + f"""SELECT DISTINCT ?p WHERE {{
        ?p a kgo:Official ; org:holds ?post .
        ?post org:role kgo:{role} ; kgo:country ?c .
        ?c kgo:countryCode "{country}" .
    }}""")
    return {str(r[0]) for r in rows}  # type: ignore[index]


# ---------------------------------------------------------------- the file's shape

def test_every_individual_has_one_english_preflabel_and_a_kgo_class(gazetteer: Graph, ontology: Graph) -> None:
    classes = {c for c in ontology.subjects(RDF.type, OWL.Class) if str(c).startswith(KGO)}
    assert classes
    subjects = set(gazetteer.subjects())
    assert subjects
    bad = []
    for s in subjects:
        english = [o for o in gazetteer.objects(s, SKOS.prefLabel) if getattr(o, "language", None) == "en"]
        types = set(gazetteer.objects(s, RDF.type))
        if len(english) != 1 or len(list(gazetteer.objects(s, SKOS.prefLabel))) != 1 or not types & classes:
            bad.append(str(s))
    assert bad == []


def test_roles_and_institution_kinds_are_the_ontologys_concepts(gazetteer: Graph, ontology: Graph) -> None:
    concepts = set(ontology.subjects(RDF.type, SKOS.Concept))
    used = set(gazetteer.objects(None, URIRef(KGO + "knownRole"))) | set(
        gazetteer.objects(None, URIRef(KGO + "institutionKind")))
    assert used and used <= concepts, used - concepts


def test_no_name_belongs_to_two_individuals(gazetteer: Graph) -> None:
    owners: dict[str, set[str]] = {}
    for s, p, o in gazetteer.triples((None, None, None)):
        if p in (SKOS.prefLabel, SKOS.altLabel):
            owners.setdefault(fold(" ".join(str(o).split())), set()).add(str(s))
    assert {n: o for n, o in owners.items() if len(o) > 1} == {}


def test_wikidata_links_are_entity_iris(gazetteer: Graph) -> None:
    links = [str(o) for o in gazetteer.objects(None, OWL.sameAs)]
    assert links and all(o.startswith("http://www.wikidata.org/entity/Q") and o[32:].isdigit() for o in links)


# ---------------------------------------------------------------- one IRI per official across scripts

# sentences written for this test: an official of the gazetteer named after a title, one per language
OFFICIALS = {
    ("Aziz Nasirzadeh", "DefenceMinister", "IR"): {
        "en": "Iranian Defence Minister Aziz Nasirzadeh arrived in Beijing on Sunday for talks.",
        "sw": "Waziri wa Ulinzi wa Iran Aziz Nasirzadeh aliwasili Beijing Jumapili kwa mazungumzo.",
        "ar": "وصل وزير الدفاع الإيراني عزيز نصير زاده إلى بكين يوم الأحد لإجراء محادثات.",
        "ru": "Министр обороны Ирана Азиз Насирзаде прибыл в Пекин в воскресенье для переговоров.",
        "fr": "Le ministre iranien de la Défense, Aziz Nasirzadeh, est arrivé dimanche à Pékin pour des entretiens.",
        "zh": "伊朗国防部长纳西尔扎德周日抵达北京举行会谈。",
    },
    ("Jiang Bin", "Spokesperson", "CN"): {
        "en": "Chinese Defence Ministry spokesperson Jiang Bin said on Thursday that the two navies would patrol "
              "together.",
        "sw": "Msemaji wa Wizara ya Ulinzi ya China Jiang Bin alisema Alhamisi kwamba majeshi hayo mawili "
              "yatafanya doria.",
        "ar": "قال المتحدث باسم وزارة الدفاع الصينية جيانغ بين يوم الخميس إن البحريتين ستنفذان دورية مشتركة.",
        "ru": "Официальный представитель Минобороны КНР Цзян Бинь заявил в четверг, что флоты проведут "
              "совместное патрулирование.",
        "fr": "Le porte-parole du ministère chinois de la Défense, Jiang Bin, a déclaré jeudi que les deux "
              "marines patrouilleraient ensemble.",
        "zh": "中国国防部新闻发言人蒋斌周四表示，两国海军将举行联合巡航。",
    },
    ("Viktor Afzalov", "MilitaryCommander", "RU"): {
        "en": "The commander of the Russian Aerospace Forces, Viktor Afzalov, visited Zhuhai on Tuesday.",
        "sw": "Kamanda wa Jeshi la Anga la Urusi Viktor Afzalov alitembelea Zhuhai Jumanne.",
        "ar": "زار قائد القوات الجوية الفضائية الروسية فيكتور أفزالوف مدينة تشوهاي يوم الثلاثاء.",
        "ru": "Главнокомандующий ВКС России Виктор Афзалов во вторник посетил Чжухай.",
        "fr": "Le commandant des forces aérospatiales russes, Viktor Afzalov, s'est rendu mardi à Zhuhai.",
        "zh": "俄罗斯空天军司令阿夫扎洛夫周二访问珠海。",
    },
}
CASES = [(who, lang) for who, texts in OFFICIALS.items() for lang in sorted(texts)]


@pytest.mark.parametrize("who, lang", CASES, ids=[f"{who[0].split()[-1].lower()}-{lang}" for who, lang in CASES])
def test_an_official_named_by_title_is_the_gazetteers_individual(extractor: Extractor, gazetteer: Graph,
                                                                  tmp_path: Path, who: tuple[str, str, str],
                                                                  lang: str) -> None:
    label, role, country = who
    ds = build(extractor, tmp_path, {f"{lang}-1": (lang, OFFICIALS[who][lang])})
    assert holders(ds, role, country) == {str(individual(gazetteer, label))}


@pytest.mark.parametrize("who", list(OFFICIALS), ids=[who[0].split()[-1].lower() for who in OFFICIALS])
def test_six_languages_give_one_node(extractor: Extractor, gazetteer: Graph, tmp_path: Path,
                                     who: tuple[str, str, str]) -> None:
    label, role, country = who
    ds = build(extractor, tmp_path, {f"{lang}-1": (lang, text) for lang, text in OFFICIALS[who].items()})
    node = individual(gazetteer, label)
    assert holders(ds, role, country) == {str(node)}
    rows = ds.query(PREFIXES + "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?p kgo:mentionedIn ?a }",
                    initBindings={"p": node})
    assert [int(r[0]) for r in rows] == [6]  # type: ignore[index]


# ---------------------------------------------------------------- partner countries' entities: one IRI in six languages

# sentences written for this test: an entity of the gazetteer named in each language (the ministry described by
# its kind and country, as the press refers to it)
NAMED = {
    "Korean Central News Agency": {
        "en": "North Korea's official KCNA news agency said on Friday that the Russian delegation had arrived.",
        "sw": "Shirika la habari la Korea Kaskazini KCNA liliripoti Ijumaa kwamba ujumbe wa Urusi uliwasili.",
        "ar": "ذكرت وكالة الأنباء المركزية الكورية يوم الجمعة أن الوفد الروسي وصل إلى بيونغ يانغ.",
        "ru": "Как сообщило Центральное телеграфное агентство Кореи, российская делегация прибыла в пятницу.",
        "fr": "Selon l'agence officielle KCNA, la délégation russe est arrivée vendredi.",
        "zh": "据朝中社报道，俄罗斯代表团周五抵达平壤。",
    },
    "Japan Maritime Self-Defense Force": {
        "en": "The Japan Maritime Self-Defense Force said it had tracked the ships through the strait.",
        "sw": "Jeshi la Wanamaji la Japan lilisema lilifuatilia meli hizo zilipopita mlangobahari.",
        "ar": "قالت قوة الدفاع الذاتي البحرية اليابانية إنها رصدت السفن أثناء عبورها المضيق.",
        "ru": "Морские силы самообороны Японии сообщили, что отслеживали корабли в проливе.",
        "fr": "La Force maritime d'autodéfense japonaise a indiqué avoir suivi les navires dans le détroit.",
        "zh": "日本海上自卫队表示，已对通过海峡的舰艇进行跟踪。",
    },
    "Ministry of Defence of Pakistan": {
        "en": "The Pakistani Defence Ministry said the talks had covered training and equipment.",
        "sw": "Wizara ya Ulinzi ya Pakistan ilisema mazungumzo hayo yalihusu mafunzo na vifaa.",
        "ar": "قالت وزارة الدفاع الباكستانية إن المحادثات تناولت التدريب والمعدات.",
        "ru": "В Минобороны Пакистана заявили, что переговоры касались подготовки и техники.",
        "fr": "Le ministère pakistanais de la Défense a déclaré que les entretiens avaient porté sur la formation.",
        "zh": "巴基斯坦国防部表示，会谈涉及培训和装备。",
    },
    "Western Pacific": {
        "en": "The two navies will hold a joint patrol in the western Pacific next month.",
        "sw": "Majeshi hayo mawili ya wanamaji yatafanya doria ya pamoja Magharibi mwa Pasifiki mwezi ujao.",
        "ar": "ستجري البحريتان دورية مشتركة في غرب المحيط الهادئ الشهر المقبل.",
        "ru": "В следующем месяце флоты двух стран проведут совместное патрулирование в западной части Тихого океана.",
        "fr": "Les deux marines mèneront le mois prochain une patrouille conjointe dans le Pacifique occidental.",
        "zh": "两国海军下月将在西太平洋举行联合巡航。",
    },
    "Korean Peninsula": {
        "en": "The minister spoke about the situation on the Korean Peninsula.",
        "sw": "Waziri alizungumzia hali ya Rasi ya Korea.",
        "ar": "تحدث الوزير عن الوضع في شبه الجزيرة الكورية.",
        "ru": "Министр рассказал о ситуации на Корейском полуострове.",
        "fr": "Le ministre a évoqué la situation dans la péninsule coréenne.",
        "zh": "部长谈到了朝鲜半岛局势。",
    },
    "Emmanuel Macron": {
        "en": "French President Emmanuel Macron is due to travel to Beijing in December.",
        "sw": "Rais wa Ufaransa Emmanuel Macron anatarajiwa kusafiri kwenda Beijing mwezi Desemba.",
        "ar": "من المقرر أن يتوجه الرئيس الفرنسي إيمانويل ماكرون إلى بكين في ديسمبر.",
        "ru": "Президент Франции Эммануэль Макрон в декабре посетит Пекин.",
        "fr": "Le président français Emmanuel Macron doit se rendre à Pékin en décembre.",
        "zh": "法国总统马克龙将于12月访问北京。",
    },
}
NAMED_CASES = [(label, lang) for label, texts in NAMED.items() for lang in sorted(texts)]


def mentioned(ds: Dataset) -> set[str]:
    """IRIs of the entities an article of ``ds`` mentions."""
    return {str(s) for s in ds.subjects(URIRef(KGO + "mentionedIn"), None)}


def slug(label: str) -> str:
    return "-".join(w.lower() for w in label.split() if w.isalpha())


@pytest.mark.parametrize("label, lang", NAMED_CASES, ids=[f"{slug(label)}-{lang}" for label, lang in NAMED_CASES])
def test_a_partner_countrys_entity_is_found_in_each_language(extractor: Extractor, gazetteer: Graph,
                                                             tmp_path: Path, label: str, lang: str) -> None:
    ds = build(extractor, tmp_path, {f"{lang}-1": (lang, NAMED[label][lang])})
    assert str(individual(gazetteer, label)) in mentioned(ds)


@pytest.mark.parametrize("label", list(NAMED), ids=[slug(label) for label in NAMED])
def test_a_partner_countrys_entity_is_one_node_across_languages(extractor: Extractor, gazetteer: Graph,
                                                                tmp_path: Path, label: str) -> None:
    ds = build(extractor, tmp_path, {f"{lang}-1": (lang, text) for lang, text in NAMED[label].items()})
    rows = ds.query(PREFIXES + "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?p kgo:mentionedIn ?a }",
                    initBindings={"p": individual(gazetteer, label)})
    assert [int(r[0]) for r in rows] == [6]  # type: ignore[index]


# ---------------------------------------------------------------- names that are also ordinary words

# sentences written for this test: (language, text, entities it must not name, entities it must name)
ORDINARY = {
    "zh-sino-us-military": ("zh", "中美军事关系近期有所改善，相关消息报道称双方将恢复对话。",
                            {"United States Armed Forces", "Izvestia"}, set()),
    "zh-by-military-means": ("zh", "两国表示，以军事手段解决问题不可取，非法军事活动必须停止。",
                             {"Israel Defense Forces", "French Armed Forces"}, set()),
    "ar-peninsula": ("ar", "وأجرت الأطراف مناورات في شبه الجزيرة العربية وفي شبه الجزيرة الكورية.",
                     {"Al Jazeera"}, {"Korean Peninsula"}),
    "ar-lawla-arabic": ("ar", "لولا الدعم لما صمد الجيش، حسب ما نقلت وسائل الإعلام العربية.",
                        {"Luiz Inácio Lula da Silva", "Al Arabiya"}, set()),
    "ar-pyramids": ("ar", "زار الوفد الأهرام ثم التقى وزير الدفاع المصري.", {"Al-Ahram"}, set()),
    "sw-citizen-coast": ("sw", "Mwananchi mmoja alisema walinzi wa pwani wanafanya kazi nzuri sana. Pwani kuna joto.",
                         {"Mwananchi newspaper", "Pwani Region", "Syrian Arab News Agency"}, set()),
    "sw-newspaper": ("sw", "Kwa mujibu wa gazeti la Mwananchi, mazoezi hayo yalifanyika mkoani Pwani.",
                     set(), {"Mwananchi newspaper", "Pwani Region"}),
    "en-mena-spa": ("en", "A spa in the MENA region closed, and the daily news briefings went on.",
                    {"Middle East News Agency", "Saudi Press Agency", "Daily News (Tanzania)"}, set()),
    "ru-common-words": ("ru", "Известия о переговорах пришли вечером. Коммерсант из Казани купил завод.",
                        {"Izvestia", "Kommersant", "Zvezda TV"}, set()),
    "ru-quoted-titles": ("ru", "Как пишут «Известия» и газета «Коммерсантъ», переговоры прошли в Москве.",
                         set(), {"Izvestia", "Kommersant"}),
    "fr-marine-nationale": ("fr", "La marine nationale algérienne a participé à l'exercice.", {"French Navy"}, set()),
    "en-to-lam": ("en", "To learn more, the minister visited the Pacific Fleet base.", {"To Lam"}, set()),
    # an Arabic proclitic before a name: new names must not make a name's first letter a proclitic ('بكين' is no
    # 'ب' + 'كين', Caine)
    "ar-proclitics": ("ar", "وصل الوفد لبيونغ يانغ، وبكين وسيول تتابعان الزيارة كما تتابعها طوكيو.", set(),
                      {"Pyongyang", "Beijing", "Seoul", "Tokyo"}),
}


@pytest.mark.parametrize("case", list(ORDINARY))
def test_names_that_are_ordinary_words_do_not_fire(extractor: Extractor, gazetteer: Graph, tmp_path: Path,
                                                   case: str) -> None:
    lang, text, absent, present = ORDINARY[case]
    found = mentioned(build(extractor, tmp_path, {f"{lang}-1": (lang, text)}))
    assert not {label for label in absent if str(individual(gazetteer, label)) in found}
    assert {label for label in present if str(individual(gazetteer, label)) not in found} == set()


# ---------------------------------------------------------------- described institutions, places inside others

def test_a_description_finds_one_institution_per_kind_and_country(gazetteer: Graph) -> None:
    described = {URIRef(KGO + k) for k in ("DefenceMinistry", "ForeignMinistry", "ArmedForces", "Navy", "AirForce",
                                           "Army", "GeneralStaff")}
    seen: dict[tuple[str, str], list[str]] = {}
    for s, kind in gazetteer.subject_objects(URIRef(KGO + "institutionKind")):
        if kind in described:
            country = gazetteer.value(s, URIRef(KGO + "country"))
            assert country is not None, s
            seen.setdefault((str(kind), str(country)), []).append(str(s))
    assert {k: v for k, v in seen.items() if len(v) > 1} == {}


def test_the_seas_of_east_asia_lie_in_the_western_pacific_and_the_asia_pacific() -> None:
    from kg.gazetteer import load_gazetteer

    g = load_gazetteer()
    for sea in ("sea-of-japan", "east-china-sea", "south-china-sea", "yellow-sea", "sea-of-okhotsk"):
        assert g.within(f"place/{sea}", "place/western-pacific"), sea
        assert g.within(f"place/{sea}", "place/asia-pacific"), sea
    assert g.country_of("org/mod-jp") == "JP" and g.institution("DefenceMinistry", "JP") == "org/mod-jp"


@pytest.mark.parametrize("text", [
    "التقى وزير الخارجية السعودي الأمير فيصل بن فرحان نظيره الصيني وانغ يي في بكين.",
    "استقبل وزير الخارجية الصيني وانغ يي في بكين الأمير فيصل بن فرحان وزير الخارجية السعودي.",
], ids=["met", "received"])
def test_a_known_name_word_is_not_read_as_a_proclitic_and_a_word(extractor: Extractor, text: str) -> None:
    """'فيصل' (Faisal) is no 'ف' + 'يصل' (arrives): the talks are a meeting, and nobody arrives."""
    from kg.models import Article

    ex = extractor.extract(Article(id="a", lang="ar", text=text, published="2024-05-01"))
    assert "person/faisal-bin-farhan" in ex.entities
    assert [e.type.value for e in ex.events] == ["Meeting"]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Les deux dirigeants ont mené des entretiens au Grand Palais du Peuple."),
    ("sw", "Rais Putin alipokelewa katika Ukumbi Mkuu wa Umma jijini Beijing."),
    ("zh", "两国元首在人民大会堂举行会谈。"),
], ids=["fr", "sw", "zh"])
def test_the_great_hall_of_the_people_in_every_language(extractor: Extractor, lang: str, text: str) -> None:
    from kg.models import Article

    ex = extractor.extract(Article(id="a", lang=lang, text=text, published="2024-05-16"))
    assert "place/great-hall-of-the-people" in ex.entities
