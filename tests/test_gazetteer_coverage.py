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
