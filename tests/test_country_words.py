"""Country adjectives, demonyms and short names of the [countries] tables, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.gazetteer import load_gazetteer
from kg.lang import load_language
from kg.models import Article, ArticleExtraction
from kg.pipeline import Extractor

PUB = dt.date(2024, 5, 20)
LANGS = ["en", "fr", "ru", "ar", "sw", "zh"]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def run(extractor: Extractor, lang: str, text: str) -> ArticleExtraction:
    return extractor.extract(Article(id="t", lang=lang, text=text, published=PUB))


def countries(ex: ArticleExtraction) -> set[str]:
    return {k[8:] for k in ex.entities if k.startswith("country/")}


# ---------------------------------------------------------------- a country named by its adjective or demonym
ADJECTIVES = [
    # English
    ("en", "The Kenyan president met his Tanzanian counterpart in Nairobi on Monday.", {"KE", "TZ"}),
    ("en", "Uzbek and Tajik troops held joint drills near the border.", {"UZ", "TJ"}),
    ("en", "The Kyrgyz and Turkmen delegations arrived in Astana.", {"KG", "TM"}),
    ("en", "Egyptian, Qatari and Emirati mediators met Israeli and Palestinian officials.",
     {"EG", "QA", "AE", "IL", "PS"}),
    ("en", "Nigerian and Nigerien officers discussed security in the Sahel.", {"NG", "NE"}),
    ("en", "A Burkinabe delegation and a Malian minister visited Niamey.", {"BF", "ML"}),
    ("en", "The Cuban ambassador met Venezuelan and Nicaraguan diplomats.", {"CU", "VE", "NI"}),
    ("en", "Myanmar's junta leader met Lao and Cambodian officials.", {"MM", "LA", "KH"}),
    ("en", "The Polish defence minister met his Italian and Canadian counterparts.", {"PL", "IT", "CA"}),
    ("en", "Thai, Filipino and Singaporean sailors joined Australian ships.", {"TH", "PH", "SG", "AU"}),
    ("en", "Moroccan, Algerian, Tunisian and Libyan officers met in Cairo.", {"MA", "DZ", "TN", "LY"}),
    ("en", "Armenian, Azerbaijani and Georgian diplomats met in Turkey.", {"AM", "AZ", "GE", "TR"}),
    # French: every gender and number, and the demonym capitalised
    ("fr", "Le chef de la diplomatie algérienne a rencontré le président kényan.", {"DZ", "KE"}),
    ("fr", "La ministre sud-africaine de la Défense a reçu son homologue mozambicaine.", {"ZA", "MZ"}),
    ("fr", "Le président kazakh a reçu les dirigeants ouzbeks et tadjiks.", {"KZ", "UZ", "TJ"}),
    ("fr", "Les forces armées maliennes, burkinabè et nigériennes ont mené des exercices.", {"ML", "BF", "NE"}),
    ("fr", "Les Marocains et les Tunisiens ont participé aux manœuvres.", {"MA", "TN"}),
    ("fr", "Le président vietnamien et le Premier ministre thaïlandais se sont entretenus.", {"VN", "TH"}),
    ("fr", "Le ministre ougandais de la Défense a rencontré son homologue éthiopien.", {"UG", "ET"}),
    ("fr", "La marine indonésienne et la marine philippine ont tenu des patrouilles conjointes.", {"ID", "PH"}),
    ("fr", "Les diplomates irakiens et syriennes ont rencontré l'émissaire qatari.", {"IQ", "SY", "QA"}),
    ("fr", "Le ministre polonais a reçu ses homologues italienne et canadien.", {"PL", "IT", "CA"}),
    # Russian: the masculine nominative in the lexicon finds every case and gender
    ("ru", "Казахстанский министр обороны встретился с президентом Кении.", {"KZ", "KE"}),
    ("ru", "Президент Узбекистана принял туркменского министра обороны.", {"UZ", "TM"}),
    ("ru", "Иранская делегация прибыла в Эмираты.", {"IR", "AE"}),
    ("ru", "Египетские и алжирские военные провели совместные учения.", {"EG", "DZ"}),
    ("ru", "Министр обороны Таджикистана встретился с киргизским коллегой.", {"TJ", "KG"}),
    ("ru", "Вьетнамский премьер-министр посетил Лаос.", {"VN", "LA"}),
    ("ru", "Военные корабли ЮАР и Бразилии прибыли в Кейптаун.", {"ZA", "BR"}),
    ("ru", "Армянский и азербайджанский министры иностранных дел встретились.", {"AM", "AZ"}),
    ("ru", "Посол Кубы встретился с венесуэльским послом.", {"CU", "VE"}),
    ("ru", "Представитель сербского министерства обороны сделал заявление.", {"RS"}),
    # Arabic: the article and proclitics stripped, feminine and plural forms
    ("ar", "التقى الرئيس الكيني وزير الدفاع الجزائري.", {"KE", "DZ"}),
    ("ar", "وصل وزير الخارجية الإماراتي إلى الدوحة للقاء نظيره القطري.", {"AE", "QA"}),
    ("ar", "قال وزير الدفاع العراقي إن القوات السورية والتركية ستشارك.", {"IQ", "SY", "TR"}),
    ("ar", "استقبل الرئيس الكازاخستاني نظيره الأوزبكي في أستانا.", {"KZ", "UZ"}),
    ("ar", "أجرت البحرية الإندونيسية والماليزية مناورات مشتركة.", {"ID", "MY"}),
    ("ar", "التقى وزير الخارجية المغربي بنظيره التونسي.", {"MA", "TN"}),
    ("ar", "زار رئيس الأركان الإثيوبي العاصمة الكينية.", {"ET", "KE"}),
    ("ar", "شارك ضباط فلسطينيون وإسرائيليون في الاجتماع.", {"PS", "IL"}),
    ("ar", "التقى السفير الجنوب أفريقي بالمسؤولين النيجيريين.", {"ZA", "NG"}),
    ("ar", "أعلن وزير الدفاع الفنزويلي أن البحرية الكوبية ستزور كراكاس.", {"VE", "CU"}),
    # Swahili: names, and demonyms M- (a person) and Wa- (the people)
    ("sw", "Rais wa Kenya alikutana na Rais wa Tanzania.", {"KE", "TZ"}),
    ("sw", "Wakenya na Watanzania walishiriki mazoezi ya pamoja.", {"KE", "TZ"}),
    ("sw", "Waziri wa Ulinzi wa Uganda alikutana na mwenzake wa Ethiopia.", {"UG", "ET"}),
    ("sw", "Mkenya mmoja na Mganda walikamatwa.", {"KE", "UG"}),
    ("sw", "Wanigeria na Wamisri walihudhuria mkutano huo.", {"NG", "EG"}),
    ("sw", "Rais wa Msumbiji alizuru Zimbabwe.", {"MZ", "ZW"}),
    ("sw", "Waisraeli na Wapalestina walikutana mjini Cairo.", {"IL", "PS"}),
    ("sw", "Waziri wa mambo ya nje wa Myanmar alizuru Uturuki.", {"MM", "TR"}),
    # Chinese: the name is the adjective; short forms news uses
    ("zh", "哈萨克斯坦总统会见沙特外长。", {"KZ", "SA"}),
    ("zh", "菲方表示，英方和阿联酋将参加演习。", {"PH", "GB", "AE"}),
    ("zh", "肯尼亚国防部长会见坦桑尼亚总统。", {"KE", "TZ"}),
    ("zh", "越南国防部长访问老挝和柬埔寨。", {"VN", "LA", "KH"}),
    ("zh", "蒙古国总统会见巴勒斯坦驻华大使。", {"MN", "PS"}),
    ("zh", "乌兹别克斯坦和塔吉克斯坦举行联合演习。", {"UZ", "TJ"}),
    ("zh", "阿尔及利亚和摩洛哥举行会谈。", {"DZ", "MA"}),
    ("zh", "缅甸和泰国军方在边境会晤。", {"MM", "TH"}),
]


@pytest.mark.parametrize("lang, text, codes", ADJECTIVES,
                         ids=[f"{lang}-{'-'.join(sorted(codes))}" for lang, _, codes in ADJECTIVES])
def test_a_country_named_by_its_adjective(extractor: Extractor, lang: str, text: str, codes: set[str]) -> None:
    assert codes <= countries(run(extractor, lang, text))


# ---------------------------------------------------------------- the adjective gives a title its country
@pytest.mark.parametrize(
    "lang, text, role, code",
    [
        ("en", "Kenyan Defence Minister John Mwangi arrived in Beijing.", "DefenceMinister", "KE"),
        ("en", "The Uzbek defence minister, Bakhodir Kurbanov, met Sergei Shoigu.", "DefenceMinister", "UZ"),
        ("en", "Indonesian President Prabowo Subianto received the Malaysian prime minister.", "HeadOfState", "ID"),
        ("fr", "Le chef de la diplomatie algérienne, Ahmed Attaf, a déclaré que la visite aura lieu.",
         "ForeignMinister", "DZ"),
        ("fr", "Le ministre algérien de la Défense Karim Benali est arrivé à Moscou.", "DefenceMinister", "DZ"),
        ("fr", "Le président kényan William Ruto a reçu le ministre turc de la Défense.", "HeadOfState", "KE"),
        ("ru", "Казахстанский министр обороны Руслан Жаксылыков заявил о визите.", "DefenceMinister", "KZ"),
        ("ru", "Президент Казахстана Касым-Жомарт Токаев встретился с Сергеем Шойгу.", "HeadOfState", "KZ"),
        ("ar", "قال وزير الخارجية الجزائري أحمد عطاف إن الزيارة ستتم.", "ForeignMinister", "DZ"),
        ("ar", "التقى الرئيس الكيني وليام روتو الرئيس الأوغندي.", "HeadOfState", "KE"),
        ("sw", "Waziri wa Ulinzi wa Kenya Soipan Tuya alikutana na Mtanzania.", "DefenceMinister", "KE"),
        ("sw", "Rais wa Uzbekistan Shavkat Mirziyoyev alizuru Kenya.", "HeadOfState", "UZ"),
        ("zh", "哈萨克斯坦总统托卡耶夫会见乌兹别克斯坦总统米尔济约耶夫。", "HeadOfState", "KZ"),
        ("zh", "肯尼亚总统鲁托会见坦桑尼亚国防部长。", "HeadOfState", "KE"),
    ],
    ids=["en-kenyan-defence-minister", "en-uzbek-apposition", "en-indonesian-president",
         "fr-chef-diplomatie-algerienne", "fr-ministre-algerien-defense", "fr-president-kenyan",
         "ru-kazakhstanskiy-ministr", "ru-prezident-kazakhstana", "ar-foreign-minister-algerian",
         "ar-president-kenyan", "sw-waziri-wa-ulinzi-wa-kenya", "sw-rais-wa-uzbekistan", "zh-kazakhstan-president",
         "zh-kenya-president"],
)
def test_the_adjective_gives_the_title_its_country(extractor: Extractor, lang: str, text: str, role: str,
                                                   code: str) -> None:
    assert (role, code) in {(p.role, p.country) for p in run(extractor, lang, text).posts}


# ---------------------------------------------------------------- words that look like a country word
@pytest.mark.parametrize(
    "lang, text, absent",
    [
        ("en", "He bought turkey and polish for the holidays.", {"TR", "PL"}),
        ("en", "South Sudanese officers met in Juba.", {"SD"}),
        ("en", "Nigerien officers met in Niamey.", {"NG"}),
        ("fr", "Les officiers sud-soudanais se sont réunis à Juba.", {"SD"}),
        ("fr", "Les officiers nigérians se sont réunis à Abuja.", {"NE"}),
        ("ru", "Тайная встреча состоялась в порту.", {"TH"}),
        ("ru", "Южносуданские военные провели учения.", {"SD"}),
        ("ar", "قال وزير المالية إن وزارة المالية ستدفع.", {"ML"}),
        ("ar", "تحدث الخبير عن السلاح الذري.", {"AZ"}),
        ("sw", "Serikali ilitumia mali ya umma vizuri.", {"ML"}),
        ("zh", "双方加强执法方面的合作。", {"FR"}),
        ("zh", "参加方讨论了道德方面的问题。", {"CA", "DE"}),
        ("zh", "中非合作论坛在北京举行。", {"CF"}),
    ],
    ids=["en-lowercase-turkey-polish", "en-south-sudanese", "en-nigerien-not-nigerian",
         "fr-sud-soudanais", "fr-nigerian-not-nigerien", "ru-taynaya-secret", "ru-yuzhnosudanskiy",
         "ar-ministry-of-finance", "ar-atomic", "sw-mali-wealth", "zh-law-enforcement", "zh-participant-morals",
         "zh-china-africa"],
)
def test_a_word_that_looks_like_a_country_word_is_no_country(extractor: Extractor, lang: str, text: str,
                                                              absent: set[str]) -> None:
    assert not absent & countries(run(extractor, lang, text))


# ---------------------------------------------------------------- the tables themselves
@pytest.mark.parametrize("lang", LANGS)
def test_every_country_code_is_a_gazetteer_country(lang: str) -> None:
    gazetteer = load_gazetteer()
    unknown = [code for code in load_language(lang).countries if f"country/{code}" not in gazetteer]
    assert not unknown, unknown


@pytest.mark.parametrize("lang", LANGS)
def test_no_word_is_listed_for_two_countries(lang: str) -> None:
    seen: dict[str, str] = {}
    clashes = []
    for code, words in load_language(lang).countries.items():
        for word in words:
            if seen.setdefault(word.casefold(), code) != code:
                clashes.append((word, seen[word.casefold()], code))
    assert not clashes, clashes


# the countries the [countries] tables were extended to cover
REQUIRED = [
    "CN", "RU", "US", "BY", "UA", "IR", "KP", "KR", "JP", "IN", "PK", "KZ", "KG", "TJ", "UZ", "TM", "MN", "VN",
    "LA", "KH", "TH", "MM", "ID", "MY", "SG", "PH", "SY", "IQ", "IL", "PS", "EG", "SA", "AE", "QA", "OM", "TR",
    "AZ", "AM", "GE", "RS", "CU", "VE", "NI", "BR", "ZA", "KE", "TZ", "UG", "ET", "NG", "DZ", "MA", "TN", "LY",
    "SD", "ML", "NE", "BF", "CF", "MZ", "ZW", "AO", "ER", "DE", "FR", "GB", "PL", "IT", "CA", "AU",
]


@pytest.mark.parametrize("lang", ["en", "fr", "ru"])
def test_languages_with_adjectives_have_one_for_each_country_of_the_list(lang: str) -> None:
    assert [c for c in REQUIRED if c not in load_language(lang).countries] == []


# ---------------------------------------------------------------- every country of the list, one article a language
# the word as news writes it before 'government' ('the Kenyan government', 'la délégation kényane', 'الحكومة الكينية',
# 'кенийской делегации'; Swahili and Chinese name the country)
EVERY = {
    "en": "Chinese Russian American Belarusian Ukrainian Iranian North_Korean South_Korean Japanese Indian Pakistani "
          "Kazakh Kyrgyz Tajik Uzbek Turkmen Mongolian Vietnamese Lao Cambodian Thai Myanmar Indonesian Malaysian "
          "Singaporean Philippine Syrian Iraqi Israeli Palestinian Egyptian Saudi Emirati Qatari Omani Turkish "
          "Azerbaijani Armenian Georgian Serbian Cuban Venezuelan Nicaraguan Brazilian South_African Kenyan Tanzanian "
          "Ugandan Ethiopian Nigerian Algerian Moroccan Tunisian Libyan Sudanese Malian Nigerien Burkinabe "
          "Central_African Mozambican Zimbabwean Angolan Eritrean German French British Polish Italian Canadian "
          "Australian",
    "fr": "chinoise russe américaine biélorusse ukrainienne iranienne nord-coréenne sud-coréenne japonaise indienne "
          "pakistanaise kazakhe kirghize tadjike ouzbèke turkmène mongole vietnamienne laotienne cambodgienne "
          "thaïlandaise birmane indonésienne malaisienne singapourienne philippine syrienne irakienne israélienne "
          "palestinienne égyptienne saoudienne émiratie qatarie omanaise turque azerbaïdjanaise arménienne géorgienne "
          "serbe cubaine vénézuélienne nicaraguayenne brésilienne sud-africaine kényane tanzanienne ougandaise "
          "éthiopienne nigériane algérienne marocaine tunisienne libyenne soudanaise malienne nigérienne burkinabè "
          "centrafricaine mozambicaine zimbabwéenne angolaise érythréenne allemande française britannique polonaise "
          "italienne canadienne australienne",
    "ru": "китайской российской американской белорусской украинской иранской северокорейской южнокорейской японской "
          "индийской пакистанской казахстанской киргизской таджикской узбекской туркменской монгольской вьетнамской "
          "лаосской камбоджийской таиландской мьянманской индонезийской малайзийской сингапурской филиппинской "
          "сирийской иракской израильской палестинской египетской саудовской эмиратской катарской оманской турецкой "
          "азербайджанской армянской грузинской сербской кубинской венесуэльской никарагуанской бразильской "
          "южноафриканской кенийской танзанийской угандийской эфиопской нигерийской алжирской марокканской тунисской "
          "ливийской суданской малийской нигерской буркинийской центральноафриканской мозамбикской зимбабвийской "
          "ангольской эритрейской немецкой французской британской польской итальянской канадской австралийской",
    "ar": "الصينية الروسية الأمريكية البيلاروسية الأوكرانية الإيرانية الكورية_الشمالية الكورية_الجنوبية اليابانية "
          "الهندية الباكستانية الكازاخستانية القيرغيزية الطاجيكية الأوزبكية التركمانستانية المنغولية الفيتنامية "
          "اللاوسية الكمبودية التايلاندية الميانمارية الإندونيسية الماليزية السنغافورية الفلبينية السورية العراقية "
          "الإسرائيلية الفلسطينية المصرية السعودية الإماراتية القطرية العمانية التركية الأذربيجانية الأرمينية "
          "الجورجية الصربية الكوبية الفنزويلية النيكاراغوية البرازيلية الجنوب_أفريقية الكينية التنزانية الأوغندية "
          "الإثيوبية النيجيرية الجزائرية المغربية التونسية الليبية السودانية مالي النيجرية بوركينا_فاسو "
          "أفريقيا_الوسطى الموزمبيقية الزيمبابوية الأنغولية الإريترية الألمانية الفرنسية البريطانية البولندية "
          "الإيطالية الكندية الأسترالية",
    "sw": "China Urusi Marekani Belarus Ukraine Iran Korea_Kaskazini Korea_Kusini Japani India Pakistan Kazakhstan "
          "Kyrgyzstan Tajikistan Uzbekistan Turkmenistan Mongolia Vietnam Laos Kambodia Thailand Myanmar Indonesia "
          "Malaysia Singapore Ufilipino Syria Iraq Israel Palestina Misri Saudi_Arabia Falme_za_Kiarabu Qatar Oman "
          "Uturuki Azerbaijan Armenia Georgia Serbia Cuba Venezuela Nicaragua Brazil Afrika_Kusini Kenya Tanzania "
          "Uganda Ethiopia Nigeria Algeria Morocco Tunisia Libya Sudan Mali Niger Burkina_Faso "
          "Jamhuri_ya_Afrika_ya_Kati Msumbiji Zimbabwe Angola Eritrea Ujerumani Ufaransa Uingereza Poland Italia "
          "Kanada Australia",
    "zh": "中国 俄罗斯 美国 白俄罗斯 乌克兰 伊朗 朝鲜 韩国 日本 印度 巴基斯坦 哈萨克斯坦 "
          "吉尔吉斯斯坦 塔吉克斯坦 乌兹别克斯坦 土库曼斯坦 蒙古国 越南 老挝 柬埔寨 泰国 缅甸 印度尼西亚 马来西亚 "
          "新加坡 菲律宾 叙利亚 伊拉克 以色列 巴勒斯坦 埃及 沙特 阿联酋 卡塔尔 阿曼 土耳其 "
          "阿塞拜疆 亚美尼亚 格鲁吉亚 塞尔维亚 古巴 委内瑞拉 尼加拉瓜 巴西 南非 肯尼亚 坦桑尼亚 乌干达 "
          "埃塞俄比亚 尼日利亚 阿尔及利亚 摩洛哥 突尼斯 利比亚 苏丹 马里 尼日尔 布基纳法索 中非共和国 莫桑比克 "
          "津巴布韦 安哥拉 厄立特里亚 德国 法国 英国 波兰 意大利 加拿大 澳大利亚",
}
SENTENCE = {
    "en": "The {} government said on Monday that talks went well.",
    "fr": "La délégation {} est arrivée lundi.",
    "ru": "Представитель {} делегации сделал заявление.",
    "ar": "قال المتحدث باسم الحكومة {} إن المحادثات كانت مثمرة.",
    "sw": "Serikali ya {} ilisema mazungumzo yalikwenda vizuri.",
    "zh": "{}政府发言人表示。",
}


@pytest.mark.parametrize("lang", LANGS)
def test_every_country_of_the_list_by_its_usual_word(extractor: Extractor, lang: str) -> None:
    words = [w.replace("_", " ") for w in EVERY[lang].split()]
    assert len(words) == len(REQUIRED)
    text = "\n".join(SENTENCE[lang].format(w) for w in words)
    found = countries(run(extractor, lang, text))
    assert [f"{code} {word}" for code, word in zip(REQUIRED, words, strict=True) if code not in found] == []
