"""Places that military news names, in six languages: the gazetteer's entries and their extraction.

Sentences written for these tests: places named as entities, as where an exercise was held, as a visit's
destination; and words that hold a place's name without naming it (a carrier, a submarine, a Chinese word that
runs across a name's characters).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import SKOS

from kg.gazetteer import load_gazetteer
from kg.models import Article, ArticleExtraction, EventType
from kg.pipeline import Extractor
from kg.text import fold

ROOT = Path(__file__).resolve().parent.parent
KGO = "https://w3id.org/kg/ontology#"
PL = "https://w3id.org/kg/id/place/"
PUB = dt.date(2024, 5, 20)  # a Monday

# the places this gazetteer names for military news (new entries, and curated entries for CLDR time-zone cities)
PLACE_GROUPS = (
    "guangzhou shenzhen zhuhai nanjing wuhan chengdu harbin kunming xiamen fuzhou ningbo zhoushan hangzhou shenyang "
    "lhasa xian jinan yantai weihai lianyungang korla zhurihe inner-mongolia tibet guangdong shandong zhejiang "
    "fujian heilongjiang jilin liaoning",
    "kazan sochi rostov-on-don nizhny-novgorod orenburg chelyabinsk petropavlovsk-kamchatsky vilyuchinsk ussuriysk "
    "nakhodka kursk belgorod kubinka patriot-park alabino luga tiksi severodvinsk arkhangelsk ulan-ude "
    "blagoveshchensk komsomolsk-on-amur mirny chukotka amur-region buryatia zabaykalsky-krai khabarovsk-krai "
    "leningrad-region moscow-region kursk-region belgorod-region kola-peninsula novaya-zemlya sergeyevsky-range "
    "tsugol-range telemba-range donguz-range kapustin-yar plesetsk",
    "barents-sea kara-sea laptev-sea east-siberian-sea chukchi-sea norwegian-sea philippine-sea red-sea caspian-sea "
    "bohai-sea gulf-of-thailand bay-of-bengal gulf-of-guinea arctic-ocean atlantic-ocean miyako-strait "
    "la-perouse-strait bashi-channel strait-of-malacca bab-el-mandeb bosporus kerch-strait sea-of-azov "
    "gulf-of-finland strait-of-gibraltar suez-canal",
    "paracel-islands spratly-islands scarborough-shoal senkaku-islands",
    "hmeimim latakia aleppo cam-ranh gwadar ream sihanoukville kyaukphyu hambantota chittagong port-sudan benghazi "
    "tobruk okinawa yokosuka hawaii pearl-harbor diego-garcia",
    "naypyidaw hanoi arusha doha manama alexandria oran saldanha-bay sahel dushanbe kampala addis-ababa ouagadougou "
    "bangui cairo algiers",
)
PLACES = [key for group in PLACE_GROUPS for key in group.split()]
# kinds that lie inside one country, and kinds that lie between countries
INSIDE = {"city", "capital", "base", "range", "park", "canal"}
BETWEEN = {"sea", "strait"}


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="module")
def ttl() -> Graph:
    g = Graph()
    g.parse(ROOT / "ontology" / "gazetteer.ttl", format="turtle")
    return g


def run(extractor: Extractor, lang: str, text: str) -> ArticleExtraction:
    return extractor.extract(Article(id="t", lang=lang, text=text, published=PUB))


def mentioned(ex: ArticleExtraction) -> set[str]:
    return {m.key for m in ex.mentions}


def locations(ex: ArticleExtraction, etype: EventType) -> list[str | None]:
    return [e.location for e in ex.events if e.type is etype]


# ---------------------------------------------------------------- the entries

def test_every_place_has_an_english_label_a_kind_and_three_languages(ttl: Graph) -> None:
    gaz = load_gazetteer()
    assert len(PLACES) == len(set(PLACES)) >= 120
    bad = []
    for key in PLACES:
        s = URIRef(PL + key)
        english = [o for o in ttl.objects(s, SKOS.prefLabel) if getattr(o, "language", None) == "en"]
        kind = ttl.value(s, URIRef(KGO + "placeKind"))
        e = gaz.get(f"place/{key}")
        langs = {tag.split("-")[0] for _, tag in e.names} if e else set()
        if len(english) != 1 or kind is None or len(langs) < 3:
            bad.append((key, len(english), kind, sorted(langs)))
    assert bad == []


def test_places_lie_in_a_country_unless_they_lie_between_countries() -> None:
    gaz = load_gazetteer()
    bad = []
    for key in PLACES:
        e = gaz[f"place/{key}"]
        if e.located_in is not None and e.located_in not in gaz:
            bad.append((key, "unknown container", e.located_in))
        if e.kind in INSIDE and gaz.country_of(e.key) is None:
            bad.append((key, e.kind, "in no country"))
        if e.kind in BETWEEN and e.located_in is not None:
            bad.append((key, e.kind, e.located_in))
    assert bad == []


def test_no_name_of_these_places_names_another_entity(ttl: Graph) -> None:
    """One IRI per place: none of these places' own names is another entity's, CLDR's countries and time-zone
    cities included (Guam is CLDR's country GU, not a second place)."""
    gaz = load_gazetteer()
    owners: dict[str, set[str]] = {}
    for e in gaz.entities.values():
        for name, _ in e.names:
            owners.setdefault(fold(" ".join(name.split())), set()).add(e.key)
    shared = {}
    for key in PLACES:
        for o in ttl.objects(URIRef(PL + key), None):
            if getattr(o, "language", None):
                others = owners.get(fold(" ".join(str(o).split())), set()) - {f"place/{key}"}
                if others:
                    shared[str(o)] = others
    assert shared == {}


def test_a_cldr_city_name_the_gazetteer_gives_another_place_belongs_to_that_place() -> None:
    gaz = load_gazetteer()
    names = {fold(n) for n, _ in gaz["place/kamchatka"].names}
    assert fold("Петропавловск-Камчатский") not in names
    assert fold("Петропавловск-Камчатский") in {fold(n) for n, _ in gaz["place/petropavlovsk-kamchatsky"].names}


# ---------------------------------------------------------------- places found in text, six languages

MENTIONS = [
    ("en-ports-abroad", "en", "The frigate called at Gwadar and Hambantota before reaching Port Sudan.",
     {"gwadar", "hambantota", "port-sudan"}),
    ("en-bases", "en", "Russian bombers flew from Hmeimim over Latakia while US jets left Okinawa.",
     {"hmeimim", "latakia", "okinawa"}),
    ("en-straits", "en", "The ships passed the Miyako Strait, then the La Perouse Strait and the Strait of Malacca.",
     {"miyako-strait", "la-perouse-strait", "strait-of-malacca"}),
    ("en-chinese-provinces", "en", "Units from Guangdong, Fujian and Inner Mongolia took part.",
     {"guangdong", "fujian", "inner-mongolia"}),
    ("sw-seas", "sw", "Meli hizo zilipita Bahari ya Shamu na Bahari ya Kaspi mwezi uliopita.",
     {"red-sea", "caspian-sea"}),
    ("sw-cities", "sw", "Ujumbe wa kijeshi ulitembelea Arusha na Zanzibar kabla ya kwenda Doha.",
     {"arusha", "zanzibar", "doha"}),
    ("ar-ports", "ar", "رست السفن في ميناء جوادر ثم في بورتسودان واللاذقية.", {"gwadar", "port-sudan", "latakia"}),
    ("ar-chinese-cities", "ar", "زار الوفد مدينتي قوانغتشو وشنتشن ثم هانغتشو.", {"guangzhou", "shenzhen", "hangzhou"}),
    ("ar-egyptian-spelling", "ar", "توجه الوفد إلى جوانجو ثم إلى بانجي.", {"guangzhou", "bangui"}),
    ("ar-straits-with-article", "ar", "عبرت السفن البوسفور ومضيق كيرتش نحو بحر آزوف.",
     {"bosporus", "kerch-strait", "sea-of-azov"}),
    ("ru-oblique-cases", "ru", "Делегация побывала в Ростове-на-Дону, Нижнем Новгороде и Петропавловске-Камчатском.",
     {"rostov-on-don", "nizhny-novgorod", "petropavlovsk-kamchatsky"}),
    ("ru-regions", "ru", "Учения прошли в Курской области, Подмосковье и Хабаровском крае.",
     {"kursk-region", "moscow-region", "khabarovsk-krai"}),
    ("ru-chinese-cities", "ru", "Корабли зашли в Чжаньцзян и Циндао, а самолёты прилетели в Харбин.",
     {"zhanjiang", "qingdao", "harbin"}),
    ("ru-seas", "ru", "Отряд кораблей прошёл Карское море и море Лаптевых.", {"kara-sea", "laptev-sea"}),
    ("fr-cities", "fr", "La délégation s'est rendue à Nankin, à Canton puis au Caire.",
     {"nanjing", "guangzhou", "cairo"}),
    ("fr-seas", "fr", "Les navires ont traversé la mer Rouge et le détroit de Bab el-Mandeb.",
     {"red-sea", "bab-el-mandeb"}),
    ("zh-cities", "zh", "代表团访问了南京、武汉和成都。", {"nanjing", "wuhan", "chengdu"}),
    ("zh-russian-cities", "zh", "俄方在喀山和索契接待了中国代表团。", {"kazan", "sochi"}),
    ("zh-bases-abroad", "zh", "报道提到金兰湾、瓜达尔港和皎漂。", {"cam-ranh", "gwadar", "kyaukphyu"}),
]


@pytest.mark.parametrize("lang, text, places", [m[1:] for m in MENTIONS], ids=[m[0] for m in MENTIONS])
def test_places_are_found(extractor: Extractor, lang: str, text: str, places: set[str]) -> None:
    assert {f"place/{p}" for p in places} <= mentioned(run(extractor, lang, text))


# ---------------------------------------------------------------- where an exercise was held, six languages

EXERCISES = [
    ("en-barents", "en", "Chinese and Russian warships held joint drills in the Barents Sea on Monday.", "barents-sea"),
    ("en-range-over-region", "en", "Russian and Chinese troops held a joint exercise at the Sergeyevsky range in "
     "Primorsky Krai on Friday.", "sergeyevsky-range"),
    ("sw-barents", "sw", "Meli za kivita za China na Urusi zilifanya mazoezi ya pamoja katika Bahari ya Barents "
     "Jumatatu.", "barents-sea"),
    ("ar-red-sea", "ar", "أجرت البحريتان الصينية والروسية تدريبات مشتركة في البحر الأحمر يوم الأحد.", "red-sea"),
    ("ar-barents", "ar", "أجرت سفن حربية صينية وروسية مناورات مشتركة في بحر بارنتس يوم الاثنين.", "barents-sea"),
    ("ru-barents", "ru", "Корабли ВМФ России и ВМС НОАК провели совместные учения в Баренцевом море в понедельник.",
     "barents-sea"),
    ("ru-range", "ru", "Российские и китайские военные провели совместные учения на полигоне Цугол в Забайкальском "
     "крае в пятницу.", "tsugol-range"),
    ("fr-philippine-sea", "fr", "Des navires chinois et russes ont mené des exercices conjoints en mer des Philippines "
     "lundi.", "philippine-sea"),
    ("zh-barents", "zh", "中俄两国军舰周一在巴伦支海举行联合演习。", "barents-sea"),
    ("zh-zhurihe", "zh", "中俄两军周五在朱日和训练基地举行联合演习。", "zhurihe"),
]


@pytest.mark.parametrize("lang, text, place", [e[1:] for e in EXERCISES], ids=[e[0] for e in EXERCISES])
def test_an_exercise_is_held_at_the_place(extractor: Extractor, lang: str, text: str, place: str) -> None:
    assert locations(run(extractor, lang, text), EventType.EXERCISE) == [f"place/{place}"]


# ---------------------------------------------------------------- a country's capital told by its country

CAPITALS = [
    ("en-before", "en", "Chinese Defence Minister Dong Jun arrived in the Russian capital on Sunday.", "moscow"),
    ("en-of", "en", "Chinese Defence Minister Dong Jun arrived in the capital of Saudi Arabia on Sunday.", "riyadh"),
    ("en-possessive", "en", "Chinese Defence Minister Dong Jun arrived in Belarus's capital on Sunday.", "minsk"),
    ("zh-de", "zh", "中国国防部长董军周日抵达俄罗斯的首都。", "moscow"),
    ("fr", "fr", "Le ministre chinois de la Défense Dong Jun est arrivé dimanche dans la capitale russe.", "moscow"),
    ("ru", "ru", "Министр обороны Китая Дун Цзюнь прибыл в воскресенье в российскую столицу.", "moscow"),
    ("ar", "ar", "وصل وزير الدفاع الصيني دونغ جون إلى العاصمة الروسية يوم الأحد في زيارة رسمية.", "moscow"),
    ("sw", "sw", "Waziri wa Ulinzi wa China Dong Jun aliwasili katika mji mkuu wa Kyrgyzstan Jumapili.", "bishkek"),
    ("zh", "zh", "中国国防部长董军周日抵达俄罗斯首都。", "moscow"),
]


@pytest.mark.parametrize("lang, text, place", [c[1:] for c in CAPITALS], ids=[c[0] for c in CAPITALS])
def test_a_trip_to_a_countrys_capital_goes_to_that_city(extractor: Extractor, lang: str, text: str,
                                                         place: str) -> None:
    assert locations(run(extractor, lang, text), EventType.VISIT) == [f"place/{place}"]


def test_an_arrival_the_eve_told_beside_a_second_word_for_the_visit_keeps_its_day(extractor: Extractor) -> None:
    # ('прибывшим накануне в российскую столицу с официальным визитом': the capital stands nearer the second word)
    ex = extractor.extract(Article(id="t", lang="ru", published=dt.date(2026, 11, 10), text=(
        "Министр обороны РФ Андрей Белоусов провел во вторник в Москве переговоры с министром обороны Саудовской "
        "Аравии Халидом бен Сальманом, прибывшим накануне в российскую столицу с официальным визитом.")))
    assert [(e.location, e.start and e.start.value) for e in ex.events if e.type is EventType.VISIT] == [
        ("place/moscow", "2026-11-09")]


# ---------------------------------------------------------------- an exercise held in a country no place names

IN_COUNTRY = [
    ("en-southern", "en", "Chinese and Russian troops began joint drills in southern Russia on Monday.", "RU"),
    ("en-the-south-of", "en", "Chinese and Russian troops began joint drills in the south of Belarus on Monday.",
     "BY"),
    ("en-soil", "en", "Russian and Egyptian paratroopers held their first joint exercise on Egyptian soil on Monday.",
     "EG"),
    ("en-in-country", "en", "China and Tanzania will hold a joint land exercise in Tanzania next year.", "TZ"),
    ("fr-sud-de-la", "fr", "Des troupes russes et chinoises ont entamé lundi des manœuvres conjointes dans le sud de "
     "la Russie.", "RU"),
    ("fr-cotes", "fr", "L'Algérie et la Chine tiendront un exercice naval conjoint au large des côtes algériennes "
     "l'an prochain.", "DZ"),
    ("fr-en-pays", "fr", "La Russie et la Biélorussie ont entamé lundi des manœuvres conjointes en Biélorussie.", "BY"),
    ("ru-yuge", "ru", "Российские и китайские военные начали в понедельник совместные учения на юге России.", "RU"),
    ("ru-vodakh", "ru", "Корабли России и Китая проведут совместные учения в водах России в следующем году.", "RU"),
    ("ru-v-strane", "ru", "Российские и китайские военные начали в понедельник совместные учения в Китае.", "CN"),
    ("ar-aradi", "ar", "تجري روسيا وبيلاروسيا تدريبات مشتركة على الأراضي البيلاروسية العام المقبل.", "BY"),
    ("ar-janub", "ar", "بدأت القوات الصينية والروسية يوم الاثنين مناورات مشتركة في جنوب روسيا.", "RU"),
    ("sw-mashariki-mwa", "sw", "Wanajeshi wa China na Urusi walianza mazoezi ya pamoja mashariki mwa Urusi Jumatatu.",
     "RU"),
    ("sw-nchini", "sw", "China na Tanzania zitafanya mazoezi ya pamoja ya kijeshi nchini Tanzania mwaka ujao.", "TZ"),
    ("zh-yanhai", "zh", "中国和阿尔及利亚同意明年在阿尔及利亚沿海举行海军联合演习。", "DZ"),
    ("zh-nanbu", "zh", "中俄两军周一在俄罗斯南部举行联合演习。", "RU"),
]


@pytest.mark.parametrize("lang, text, country", [e[1:] for e in IN_COUNTRY], ids=[e[0] for e in IN_COUNTRY])
def test_an_exercise_in_a_side_or_the_land_waters_or_coast_of_a_country_is_held_there(
        extractor: Extractor, lang: str, text: str, country: str) -> None:
    assert locations(run(extractor, lang, text), EventType.EXERCISE) == [f"country/{country}"]


AREA_NO_PLACE = [
    ("en-coast", "en", "Russian, Chinese and South African warships began a joint exercise off the Kwazulu-Natal "
     "coast on Wednesday.", "natal"),
    ("zh-haiyu", "zh", "演习结束后，中俄两国海军舰艇将在太平洋相关海域组织联合巡航。", "相关"),
]


@pytest.mark.parametrize("lang, text, word", [e[1:] for e in AREA_NO_PLACE], ids=[e[0] for e in AREA_NO_PLACE])
def test_a_word_beside_a_countrys_side_or_coast_is_no_new_place(extractor: Extractor, lang: str, text: str,
                                                               word: str) -> None:
    ex = run(extractor, lang, text)
    assert not [k for k in mentioned(ex) if k.startswith("place/") and fold(word) in fold(ex.entities[k].label)]


# ---------------------------------------------------------------- where a visit went

VISITS = [
    ("en-naypyidaw", "en", "Russian Defence Minister Andrei Belousov arrived in Naypyidaw on Tuesday.", "naypyidaw"),
    ("ru-kazan", "ru", "Министр обороны Китая Дун Цзюнь прибыл в Казань во вторник.", "kazan"),
    ("ar-doha", "ar", "وصل وزير الدفاع الروسي أندريه بيلوسوف إلى الدوحة يوم الثلاثاء.", "doha"),
    ("fr-hanoi", "fr", "Le ministre russe de la Défense, Andreï Belooussov, est arrivé mardi à Hanoï.", "hanoi"),
]


@pytest.mark.parametrize("lang, text, place", [v[1:] for v in VISITS], ids=[v[0] for v in VISITS])
def test_a_visit_goes_to_the_place(extractor: Extractor, lang: str, text: str, place: str) -> None:
    assert locations(run(extractor, lang, text), EventType.VISIT) == [f"place/{place}"]


# ---------------------------------------------------------------- words that hold a name without naming it

NOT_PLACES = [
    ("en-carrier", "en", "The Shandong aircraft carrier held drills in the Philippine Sea on Sunday.",
     "place/shandong"),
    ("zh-carrier", "zh", "山东舰航母编队周日在菲律宾海进行训练。", "place/shandong"),
    ("ru-submarine", "ru", "Подводная лодка «Казань» вышла в Баренцево море.", "place/kazan"),
    ("ar-carrier", "ar", "أبحرت حاملة الطائرات لياونينغ في بحر الفلبين.", "place/liaoning"),
    ("zh-related-islands", "zh", "中方对南海诸岛及其相关岛礁拥有无可争辩的主权。", "country/GU"),
    ("zh-kilometres", "zh", "舰艇在距离海岸约100公里海域航行。", "place/caspian-sea"),
    ("zh-brazil", "zh", "巴西安全部队参加了会议。", "place/xian"),
    ("zh-authoritative", "zh", "权威海军专家表示。", "place/weihai"),
    ("ru-lower-case-find", "ru", "Это была настоящая находка для разведки.", "place/nakhodka"),
    ("fr-lower-case-canton", "fr", "Le canton a voté dimanche.", "place/guangzhou"),
    ("en-south-africa", "en", "Warships from Russia, China and South Africa began a joint exercise.", "place/africa"),
    ("fr-afrique-du-sud", "fr", "Des navires de Russie et d'Afrique du Sud ont entamé un exercice.", "place/africa"),
]


@pytest.mark.parametrize("lang, text, key", [n[1:] for n in NOT_PLACES], ids=[n[0] for n in NOT_PLACES])
def test_a_word_that_holds_a_name_does_not_name_the_place(extractor: Extractor, lang: str, text: str,
                                                          key: str) -> None:
    assert key not in mentioned(run(extractor, lang, text))


def test_a_carriers_drill_is_held_at_sea_not_in_its_province(extractor: Extractor) -> None:
    ex = run(extractor, "en", "Chinese and Russian ships joined the Shandong aircraft carrier for drills in the "
                              "Philippine Sea on Sunday.")
    assert locations(ex, EventType.EXERCISE) == ["place/philippine-sea"]
