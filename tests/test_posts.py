"""Posts (holder, role, country) from titles, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.models import Article, ArticleExtraction
from kg.pipeline import Extractor

PUB = dt.date(2025, 3, 14)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def run(extractor: Extractor, lang: str, text: str) -> ArticleExtraction:
    return extractor.extract(Article(id="t", lang=lang, text=text, published=PUB))


def posts(ex: ArticleExtraction) -> set[tuple[str, str, str | None]]:
    """Posts with the holder given by the label of the entity."""
    return {(ex.entities[p.holder].label, p.role, p.country) for p in ex.posts}


# ---------------------------------------------------------------- a fleet's commander commands a navy
@pytest.mark.parametrize(
    "lang, text, post",
    [
        ("en", "The commander of Russia's Northern Fleet, Admiral Pavel Orlov, inspected the base.",
         ("Pavel Orlov", "NavyCommander", "RU")),
        ("fr", "Le commandant de la flotte de la mer Noire, l'amiral Pavel Orlov, a inspecté la base.",
         ("Pavel Orlov", "NavyCommander", "RU")),
        ("ru", "Командующий Балтийским флотом адмирал Павел Орлов осмотрел базу.",
         ("Pavel Orlov", "NavyCommander", "RU")),
        ("zh", "俄罗斯北方舰队司令奥尔洛夫视察了基地。", ("Aoerluofu", "NavyCommander", "RU")),
        ("en", "Russian Navy commander-in-chief Admiral Pavel Orlov inspected the base.",
         ("Pavel Orlov", "NavyCommander", "RU")),
    ],
    ids=["en", "fr", "ru-instrumental", "zh-force-before-title", "en-commander-in-chief"],
)
def test_fleet_commander_is_navy_commander(extractor: Extractor, lang: str, text: str,
                                           post: tuple[str, str, str]) -> None:
    found = posts(run(extractor, lang, text))
    assert post in found
    assert (post[0], "MilitaryCommander", post[2]) not in found


# ---------------------------------------------------------------- a long description between title and name
@pytest.mark.parametrize(
    "lang, text, post",
    [
        ("fr", "Le porte-parole du ministère vietnamien de la Défense nationale, le colonel Tran Van Hoa, a démenti.",
         ("Tran Van Hoa", "Spokesperson", "VN")),
        ("en", "The spokesman of the Chinese Ministry of National Defense, Senior Colonel Zhou Mingde, denied it.",
         ("Zhou Mingde", "Spokesperson", "CN")),
    ],
    ids=["fr", "en"],
)
def test_title_reaches_name_across_institution_and_rank(extractor: Extractor, lang: str, text: str,
                                                         post: tuple[str, str, str]) -> None:
    found = posts(run(extractor, lang, text))
    assert post in found
    assert (post[0], "MilitaryCommander", post[2]) not in found


# ---------------------------------------------------------------- a rank beside 'his counterpart'
def test_rank_after_counterpart_is_no_post(extractor: Extractor) -> None:
    found = posts(run(extractor, "fr", "Le ministre algérien de la Défense, Karim Haddad, a reçu son homologue "
                                       "égyptien, le général Samir Fawzi, au Caire."))
    assert ("Samir Fawzi", "DefenceMinister", "EG") in found
    assert ("Samir Fawzi", "MilitaryCommander", "EG") not in found


# ---------------------------------------------------------------- envoys: the country they serve in is not theirs
@pytest.mark.parametrize(
    "lang, text, post",
    [
        ("fr", "Le ministre a reçu l'ambassadeur de Russie au Mali, Ilia Sokolov, mardi.",
         ("Ilia Sokolov", "Ambassador", "RU")),
        ("sw", "Waziri alikutana na Balozi wa Urusi nchini Kenya, Ilya Sokolov, jana.",
         ("Ilya Sokolov", "Ambassador", "RU")),
        ("zh", "俄罗斯驻肯尼亚大使索科洛夫出席了仪式。", ("Suokeluofu", "Ambassador", "RU")),
        ("en", "The Russian ambassador to Kenya, Ilya Sokolov, attended the ceremony.",
         ("Ilya Sokolov", "Ambassador", "RU")),
        ("ru", "Посол России в Кении Илья Соколов присутствовал на церемонии.", ("Ilya Sokolov", "Ambassador", "RU")),
    ],
    ids=["fr-au", "sw-nchini", "zh-zhu", "en-to", "ru-v"],
)
def test_ambassador_of_sending_country(extractor: Extractor, lang: str, text: str,
                                       post: tuple[str, str, str]) -> None:
    found = posts(run(extractor, lang, text))
    assert post in found
    assert not any(p[1] == "Ambassador" and p[2] == "KE" for p in found)


# ---------------------------------------------------------------- a name before a chain of titles
@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("ar", "وقال الفريق أول عبد المجيد صقر، القائد العام للقوات المسلحة وزير الدفاع المصري، إن التعاون مهم.",
         {("Abdel Mageed Saqr", "DefenceMinister", "EG"), ("Abdel Mageed Saqr", "MilitaryCommander", "EG")}),
        ("zh", "会谈后，王毅国务委员兼外长会见了记者。", {("Wang Yi", "ForeignMinister", "CN"),
                                                  ("Wang Yi", "OtherOfficial", "CN")}),
        ("zh", "国务委员兼国防部长魏凤和昨天离开北京。", {("Wei Fenghe", "DefenceMinister", "CN"),
                                                 ("Wei Fenghe", "OtherOfficial", "CN")}),
        ("zh", "习近平主席和普京总统通了电话。", {("Xi Jinping", "HeadOfState", "CN"),
                                              ("Vladimir Putin", "HeadOfState", "RU")}),
    ],
    ids=["ar-commander-and-minister", "zh-concurrent-titles-after-name", "zh-concurrent-titles-before-name",
         "zh-title-after-name"],
)
def test_titles_after_their_holder(extractor: Extractor, lang: str, text: str,
                                   expected: set[tuple[str, str, str]]) -> None:
    assert expected <= posts(run(extractor, lang, text))


def test_title_after_name_without_comma_is_not_apposition_in_russian(extractor: Extractor) -> None:
    # free word order: the object stands first ('Shoigu was received by the Chinese defence minister')
    found = posts(run(extractor, "ru", "Шойгу принял министр обороны Китая в понедельник."))
    assert not any(h == "Sergei Shoigu" and c == "CN" for h, _, c in found)


# ---------------------------------------------------------------- courtesy titles and ranks between title and name
@pytest.mark.parametrize(
    "lang, text, post",
    [
        ("sw", "Waziri wa Mambo ya Nje wa Kenya, Dkt. Amina Wanjiru, alisema jana.",
         ("Amina Wanjiru", "ForeignMinister", "KE")),
        ("en", "Kenya's foreign minister, Dr. Amina Wanjiru, said on Monday.",
         ("Amina Wanjiru", "ForeignMinister", "KE")),
        ("sw", "Msemaji wa Jeshi la Kenya, Kanali Mwandamizi Peter Otieno, alisema jana.",
         ("Peter Otieno", "Spokesperson", "KE")),
        ("fr", "Il a rencontré son homologue nigérian, le général de brigade Musa Bello.",
         ("Musa Bello", "DefenceMinister", "NG")),
        ("ar", "وقال المتحدث باسم الجيش الكيني العميد سامي حداد إن التدريب انتهى.",
         ("سامي حداد", "Spokesperson", "KE")),
    ],
    ids=["sw-dkt", "en-dr", "sw-senior-colonel", "fr-general-de-brigade", "ar-brigadier"],
)
def test_courtesy_titles_and_ranks_lead_to_the_name(extractor: Extractor, lang: str, text: str,
                                                    post: tuple[str, str, str]) -> None:
    ex = run(extractor, lang, text)
    if lang == "fr":  # 'son homologue' needs an official before it
        ex = run(extractor, lang, "Le ministre kényan de la Défense, Kofi Mensah, était à Abuja. " + text)
    found = {(ex.entities[p.holder].names[0][0] if ex.entities[p.holder].names else ex.entities[p.holder].label,
              p.role, p.country) for p in ex.posts}
    assert post in found | posts(ex)
    assert not any(r == "MilitaryCommander" and h == post[0] for h, r, _ in found | posts(ex))


# ---------------------------------------------------------------- Chinese: a force and a deputy's title before a name
@pytest.mark.parametrize(
    "text, post",
    [
        ("肯尼亚国防军司令奥蒂诺出席了仪式。", ("Ao Dinuo", "MilitaryCommander", "KE")),
        ("东部战区副司令员王建明出席了仪式。", ("Wang Jianming", "MilitaryCommander", "CN")),
        ("中国海军副司令员王建明出席了仪式。", ("Wang Jianming", "NavyCommander", "CN")),
    ],
    ids=["defence-force", "theatre-deputy-commander", "navy-deputy-commander"],
)
def test_chinese_commanders(extractor: Extractor, text: str, post: tuple[str, str, str]) -> None:
    assert post in posts(run(extractor, "zh", text))


# ---------------------------------------------------------------- leaders; 'the republic' for the country named before
@pytest.mark.parametrize(
    "lang, text, post",
    [
        ("en", "The talks were followed by a dinner with North Korean leader Kim Jong Un.",
         ("Kim Jong Un", "HeadOfState", "KP")),
        ("ru", "В Минске он провёл переговоры с министром обороны республики генерал-майором Иваном Соколом.",
         ("Ivan Sokol", "DefenceMinister", None)),
    ],
    ids=["en-leader", "ru-minister-of-the-republic"],
)
def test_leaders_and_the_republic(extractor: Extractor, lang: str, text: str,
                                  post: tuple[str, str, str | None]) -> None:
    found = posts(run(extractor, lang, text))
    assert post in found
    assert not any(h == post[0] and r == "MilitaryCommander" for h, r, _ in found)


def test_opposition_leader_is_no_head_of_state(extractor: Extractor) -> None:
    found = posts(run(extractor, "en", "Kenyan opposition leader Amina Odhiambo criticised the drills."))
    assert not any(r == "HeadOfState" for _, r, _ in found)


# ---------------------------------------------------------------- a post without a country: the dateline's
@pytest.mark.parametrize(
    "lang, text, post",
    [
        ("fr", "NAIROBI, 3 mars — Le secrétaire d'État à la Défense, Peter Kamau, a inauguré la base.",
         ("Peter Kamau", "DeputyDefenceMinister", "KE")),
        ("ru", "Каир, 3 марта. /ТАСС/. Командующий ВВС генерал Ахмед Саид заявил журналистам о начале учений.",
         ("Akhmed Said", "MilitaryCommander", "EG")),
        ("ar", "القاهرة - قال قائد القوات الجوية الفريق أحمد عبد الرحيم إن التدريب بدأ.",
         ("أحمد عبد الرحيم", "MilitaryCommander", "EG")),
    ],
    ids=["fr-secretaire-d-etat", "ru-tass-dateline", "ar-dateline-and-compound-name"],
)
def test_dateline_country(extractor: Extractor, lang: str, text: str, post: tuple[str, str, str]) -> None:
    ex = run(extractor, lang, text)
    found = posts(ex) | {(e.names[0][0], p.role, p.country) for p in ex.posts for e in [ex.entities[p.holder]]
                         if e.names}
    assert post in found


def test_no_dateline_country_for_a_counterpart_or_a_qualified_official(extractor: Extractor) -> None:
    ex = run(extractor, "en", "NAIROBI, March 3 — Kenyan Defence Minister Peter Kamau met his counterpart John Okello. "
                              "The commander of U.S. Africa Command, General Mark Hill, also attended.")
    found = posts(ex)
    assert ("John Okello", "DefenceMinister", "KE") not in found
    assert ("Mark Hill", "MilitaryCommander", "US") in found
    assert not any(h == "Mark Hill" and c != "US" for h, _, c in found)


# ---------------------------------------------------------------- a title's complement, then a rank and the name
@pytest.mark.parametrize(
    "lang, text, post",
    [
        ("en", "The spokesman for the drills, Rear Admiral Musa Juma, said the ships had left.",
         ("Musa Juma", "Spokesperson", None)),
        ("ar", "وقال المتحدث باسم المناورات الأدميرال موسى حداد إن السفن غادرت.",
         ("Mosi Hdad", "Spokesperson", None)),
    ],
    ids=["en", "ar"],
)
def test_rank_and_name_after_a_titles_complement(extractor: Extractor, lang: str, text: str,
                                                  post: tuple[str, str, None]) -> None:
    found = posts(run(extractor, lang, text))
    assert post in found
    assert not any(r == "MilitaryCommander" for _, r, _ in found)


def test_no_rank_across_a_verb(extractor: Extractor) -> None:
    found = posts(run(extractor, "en", "The spokesman said on Monday that General Musa Juma had left."))
    assert not any(r == "Spokesperson" for _, r, _ in found)


# ---------------------------------------------------------------- whose counterpart
@pytest.mark.parametrize(
    "lang, text, post",
    [
        ("en", "Russian Defence Minister Sergei Shoigu handed over a letter from President Vladimir Putin. "
               "He then held talks with his North Korean counterpart, Pak Yong Il.",
         ("Pak Yong Il", "DefenceMinister", "KP")),
        ("en", "President Vladimir Putin sent a letter. Defence Minister Sergei Shoigu held talks with his North "
               "Korean counterpart Pak Yong Il.", ("Pak Yong Il", "DefenceMinister", "KP")),
    ],
    ids=["subject-of-the-last-sentence", "nearest-in-the-same-sentence"],
)
def test_counterpart_of_the_subject(extractor: Extractor, lang: str, text: str, post: tuple[str, str, str]) -> None:
    found = posts(run(extractor, lang, text))
    assert post in found
    assert (post[0], "HeadOfState", post[2]) not in found


# ---------------------------------------------------------------- deputies of a chair or a president; 'of the Body'
@pytest.mark.parametrize(
    "lang, text, post",
    [
        ("en", "Li Hongzhong, vice-chairman of the Standing Committee of the National People's Congress, will travel "
               "to Hanoi.", ("Li Hongzhong", "OtherOfficial")),
        ("zh", "全国人大常委会副委员长王晨抵达。", ("Wang Chen", "OtherOfficial")),
        ("ar", "وصل نائب رئيس الوزراء الصيني دينغ شيوي شيانغ إلى موسكو.", ("Ding Xuexiang", "OtherOfficial")),
        ("fr", "Le vice-président iranien, Mohammad Reza Aref, est arrivé.", ("Mohammad Reza Aref", "OtherOfficial")),
    ],
    ids=["en-apposition", "zh", "ar-deputy-premier-no-premier", "fr"],
)
def test_vice_chairs_are_other_officials(extractor: Extractor, lang: str, text: str, post: tuple[str, str]) -> None:
    found = posts(run(extractor, lang, text))
    assert post in {(h, r) for h, r, _ in found}
    assert not any(r in ("HeadOfGovernment", "HeadOfState") for _, r, _ in found)


def test_no_holder_named_after_of_the(extractor: Extractor) -> None:
    ex = run(extractor, "en", "He met the vice-chairman of the Standing Committee on Monday.")
    assert not ex.posts
    assert not any(e.type.is_person for e in ex.entities.values())


@pytest.mark.parametrize(
    "lang, text, post",
    [
        ("en", "President Aleksandar Vucic received the delegation.",
         ("Aleksandar Vučić", "HeadOfState", "RS")),
        ("ru", "«Полёт прошёл по плану», — сказал командующий Дальней авиацией генерал-лейтенант Иван Петров.",
         ("Ivan Petrov", "MilitaryCommander", "RU")),
    ],
    ids=["vucic-by-gazetteer", "long-range-aviation"],
)
def test_new_gazetteer_entries_give_the_country(extractor: Extractor, lang: str, text: str,
                                                post: tuple[str, str, str]) -> None:
    assert post in posts(run(extractor, lang, text))


# ---------------------------------------------------------------- 'X, who became TITLE'
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Belousov replaced Sergei Shoigu, who became secretary of the Security Council in May."),
        ("ru", "Белоусов сменил Сергея Шойгу, который стал секретарём Совета безопасности в мае."),
        ("fr", "Belousov a remplacé Sergueï Choïgou, devenu secrétaire du Conseil de sécurité en mai."),
    ],
    ids=["en", "ru", "fr"],
)
def test_title_in_a_relative_clause(extractor: Extractor, lang: str, text: str) -> None:
    assert ("Sergei Shoigu", "OtherOfficial", "RU") in posts(run(extractor, lang, text))


def test_no_title_across_another_verb(extractor: Extractor) -> None:
    found = posts(run(extractor, "en", "Sergei Shoigu, who met Foreign Minister Wang Yi, left."))
    assert not any(h == "Sergei Shoigu" and r == "ForeignMinister" for h, r, _ in found)


# ---------------------------------------------------------------- deputies, brackets, counterparts (written2 classes)
@pytest.mark.parametrize(
    "lang, text, post",
    [
        ("fr", "Selon le commandant adjoint de la marine indienne, l'amiral Ravi Menon, les manœuvres dureront.",
         ("Ravi Menon", "NavyCommander", "IN")),
        ("sw", "Meli hizo zinaongozwa na Naibu Kamanda wa Kikosi cha Pasifiki, Admirali Pavel Orlov.",
         ("Pavel Orlov", "NavyCommander", "RU")),
        ("sw", "Kwa mujibu wa Msemaji wa Jeshi la Wananchi wa Tanzania (JWTZ), Kanali Amani Mushi, zoezi limekamilika.",
         ("Amani Mushi", "Spokesperson", "TZ")),
        ("en", "Beijing hosted the Russian deputy foreign minister Pavel Orlov on Monday.",
         ("Pavel Orlov", "OtherOfficial", "RU")),
        ("fr", "Le vice-ministre russe des Affaires étrangères Pavel Orlov est arrivé lundi.",
         ("Pavel Orlov", "OtherOfficial", "RU")),
        ("ar", "حضر الاجتماع الفريق سمير عطية رئيس أركان حرب القوات المسلحة المصرية.",
         ("Smir Tih", "MilitaryCommander", "EG")),
        ("ar", "وصل الأدميرال دونغ جون وزير الدفاع الوطني الصيني إلى نيروبي أمس.",
         ("Dong Jun", "DefenceMinister", "CN")),
    ],
    ids=["fr-deputy-navy", "sw-deputy-fleet", "sw-bracketed-short-name", "en-deputy-fm", "fr-deputy-fm",
         "ar-chief-of-staff-ta-marbuta", "ar-rank-name-title"],
)
def test_deputies_brackets_and_appositions(extractor: Extractor, lang: str, text: str,
                                           post: tuple[str, str, str]) -> None:
    found = posts(run(extractor, lang, text))
    assert post in found, found
    assert not any(p[0] == post[0] and p[1] in ("ForeignMinister", "MilitaryCommander", "HeadOfState")
                   and p[1] != post[1] for p in found), found


def test_counterpart_of_a_minister_named_by_title(extractor: Extractor) -> None:
    text = ("وصل الأدميرال دونغ جون وزير الدفاع الوطني الصيني إلى نيروبي أمس. "
            "وكان الوزير الصيني قد أجرى مباحثات في تنزانيا مع نظيره التنزاني رشيد موسى حاجي.")
    found = posts(run(extractor, "ar", text))
    assert any(p[1:] == ("DefenceMinister", "TZ") for p in found), found


def test_chinese_foreign_name_across_name_dots(extractor: Extractor) -> None:
    found = posts(run(extractor, "zh", "董军同坦桑尼亚国防部长萨利姆·巴卡里·哈吉举行会谈。"))
    assert ("Salimu Bakali Haji", "DefenceMinister", "TZ") in found, found


# ---------------------------------------------------------------- organisations named inside titles
@pytest.mark.parametrize(
    "lang, text, key",
    [
        ("zh", "中央军委副主席张又侠会见了来访的客人。", "org/cmc-cn"),
        ("ru", "Москва, 3 марта. /ТАСС/. Главнокомандующий ВМФ адмирал Павел Орлов осмотрел базу.", "org/navy-ru"),
        ("en", "MOSCOW, March 3 (Reuters) - The Defence Ministry said the drills had ended.", "org/mod-ru"),
    ],
    ids=["zh-cmc-vice-chairman", "ru-navy-commander", "en-dateline-ministry"],
)
def test_organisation_named_by_a_title_or_a_dateline(extractor: Extractor, lang: str, text: str, key: str) -> None:
    assert key in run(extractor, lang, text).entities


def test_bare_title_names_no_ministry(extractor: Extractor) -> None:
    ex = run(extractor, "zh", "新华社北京3月3日电 国防部长李明会见了来访的客人。")
    assert "org/mod-cn" not in {m.key for m in ex.mentions}


# ---------------------------------------------------------------- lists of holders, former posts, captains
def test_title_shared_by_a_list_of_holders(extractor: Extractor) -> None:
    found = posts(run(extractor, "fr", "Une réunion des vice-ministres des Affaires étrangères chinois Wang Lei, "
                                       "russe Pavel Orlov et iranien Reza Karimi est prévue."))
    assert {("Wang Lei", "OtherOfficial", "CN"), ("Pavel Orlov", "OtherOfficial", "RU"),
            ("Reza Karimi", "OtherOfficial", "IR")} <= found, found


def test_former_post_of_a_person_named_by_surname(extractor: Extractor) -> None:
    found = posts(run(extractor, "en", "China's Defence Minister Dong Jun met his Russian counterpart Sergei Shoigu. "
                                       "Dong, a former navy commander, arrived on Monday."))
    assert ("Dong Jun", "NavyCommander", "CN") in found, found
    assert ("Sergei Shoigu", "DefenceMinister", "RU") in found, found
    assert not any(p[0] == "Sergei Shoigu" and p[1] == "NavyCommander" for p in found), found


def test_captain_is_an_officer(extractor: Extractor) -> None:
    found = posts(run(extractor, "en", "DURBAN, Feb 20 (Reuters) - Captain Thabo Nkosi, the officer directing the "
                                       "drill, spoke to reporters."))
    assert ("Thabo Nkosi", "MilitaryCommander", "ZA") in found, found


def test_counterpart_of_an_unrecognised_subject_keeps_the_known_role(extractor: Extractor) -> None:
    found = posts(run(extractor, "en", "President Vladimir Putin opened the forum on Monday. Belowsow held no "
                                       "separate talks with his Chinese counterpart Dong Jun."))
    assert ("Dong Jun", "DefenceMinister", "CN") in found, found
    assert not any(p[0] == "Dong Jun" and p[1] == "HeadOfState" for p in found), found


# ---------------------------------------------------------------- a title's complement, heads of groups
@pytest.mark.parametrize(
    "lang, text, post",
    [
        ("en", "The spokesman for the Russian president, Ivan Petrov, said the talks went well.",
         ("Ivan Petrov", "Spokesperson", "RU")),
        ("fr", "Le porte-parole du président russe, Ivan Petrov, a salué les entretiens.",
         ("Ivan Petrov", "Spokesperson", "RU")),
        ("sw", "Msemaji wa Rais wa Urusi, Ivan Petrov, alisema mazungumzo yalikwenda vizuri.",
         ("Ivan Petrov", "Spokesperson", "RU")),
        ("ru", "Об итогах переговоров сообщил пресс-секретарь главы государства Дмитрий Песков.",
         ("Dmitry Peskov", "Spokesperson", "RU")),
        ("ar", "وقال المتحدث باسم الرئيس الروسي ديمتري بيسكوف إن المحادثات كانت مثمرة.",
         ("Dmitry Peskov", "Spokesperson", "RU")),
    ],
    ids=["en-comma", "fr-comma", "sw-comma", "ru-genitive-known", "ar-known"],
)
def test_the_name_after_a_titles_complement_holds_the_first_title(extractor: Extractor, lang: str, text: str,
                                                                  post: tuple[str, str, str]) -> None:
    found = posts(run(extractor, lang, text))
    assert post in found, found
    assert not any(p[0] == post[0] and p[1] == "HeadOfState" for p in found), found


def test_a_name_right_after_the_complement_is_its_own(extractor: Extractor) -> None:
    found = posts(run(extractor, "fr", "Le conseiller diplomatique du président russe Vladimir Poutine a parlé."))
    assert ("Vladimir Putin", "HeadOfState", "RU") in found, found
    assert not any(p[0] == "Vladimir Putin" and p[1] == "OtherOfficial" for p in found), found


@pytest.mark.parametrize(
    "lang, text, country",
    [("ru", "Делегация Пакистана во главе с генерал-лейтенантом Ахмадом Каримом прибыла в Оренбург.", "PK"),
     ("ru", "Накануне он встретился с руководителем китайского контингента генерал-майором Ваном Цзянем.", "CN"),
     ("en", "A Pakistani army delegation led by Lieutenant General Ahmad Karim arrived in Orenburg.", "PK"),
     ("en", "He met the leader of the Chinese contingent, Major General Wang Jian.", "CN"),
     ("fr", "Il a reçu le chef de la délégation chinoise, le général Wang Jian.", "CN")],
    ids=["ru-led-by", "ru-contingent", "en-led-by", "en-contingent", "fr-delegation"],
)
def test_the_officer_heading_a_delegation_or_contingent_is_of_its_country(extractor: Extractor, lang: str,
                                                                         text: str, country: str) -> None:
    found = posts(run(extractor, lang, text))
    assert {(p[1], p[2]) for p in found} == {("MilitaryCommander", country)}, found
