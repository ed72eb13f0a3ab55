"""Generate a synthetic multilingual corpus from kg's own lexicons and gazetteer (no copied article text)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path

from kg.gazetteer import load_gazetteer
from kg.lang import load_language, supported_languages

# sentences without entities, as real articles have between the ones that name people and events; with one
# to three of them after each generated sentence the graph has about as many quads per word as the dev set's
FILLER = {
    "en": ["the two sides discussed cooperation and regional security in detail",
           "observers said the relationship had grown steadily over the past decade",
           "the statement gave no further details about the agenda or the timing"],
    "fr": ["les deux parties ont discuté de la coopération et de la sécurité régionale",
           "selon les observateurs, la relation se renforce depuis une dizaine d'années",
           "le communiqué ne donne pas davantage de détails sur le calendrier"],
    "sw": ["pande zote mbili zilijadili ushirikiano na usalama wa kikanda kwa kina",
           "wachambuzi walisema uhusiano huo umeimarika katika muongo uliopita",
           "taarifa hiyo haikutoa maelezo zaidi kuhusu ajenda wala muda"],
    "ar": ["وناقش الجانبان التعاون والأمن الإقليمي بالتفصيل",
           "وقال مراقبون إن العلاقة تعززت بشكل مطرد خلال العقد الماضي",
           "ولم يقدم البيان مزيدا من التفاصيل حول جدول الأعمال أو التوقيت"],
    "ru": ["стороны подробно обсудили сотрудничество и региональную безопасность",
           "по словам наблюдателей, отношения неуклонно укреплялись в последнее десятилетие",
           "в заявлении не приводится подробностей о повестке и сроках"],
    "zh": ["双方详细讨论了合作与地区安全问题", "观察人士说，过去十年双方关系稳步发展",
           "声明没有提供有关议程和时间的更多细节"],
}


def _names(lang: str, etype: str) -> list[str]:
    gaz = load_gazetteer()
    want = {lang, "en"} if lang in ("en", "fr", "sw") else {lang, f"{lang}-Hant"}
    out = [n for e in gaz.entities.values() if e.type.value == etype for n, tag in e.names if tag in want]
    return sorted(set(out)) or ["Li Shangfu"]


def sentences(lang: str, rng: random.Random) -> list[str]:
    """A few sentences in ``lang`` built from its titles, triggers, countries, places and people."""
    data = load_language(lang)
    people, places = _names(lang, "Official"), _names(lang, "Place")
    countries = [w for words in data.countries.values() for w in words]
    sep = "" if data.spaceless else " "
    out = []
    for _ in range(rng.randint(3, 8)):
        role = rng.choice(rng.choice(list(data.roles.values())))
        trigger = rng.choice(rng.choice(list(data.events.values())))
        month = rng.randint(1, 12)
        words = [role, rng.choice(countries), rng.choice(people), trigger, rng.choice(people), rng.choice(places),
                 str(rng.randint(1, 28)), rng.choice(data.dates.months[month - 1] or ["2024"]) if data.dates.months
                 else str(month), rng.choice(FILLER[lang])]
        end = "。" if data.spaceless else "."
        out.append(sep.join(words) + end)
        out.extend(rng.choice(FILLER[lang]) + end for _ in range(rng.randint(1, 3)))
    return out


def generate(n: int, seed: int = 7) -> list[dict[str, str]]:
    rng = random.Random(seed)
    langs = list(supported_languages())
    start = dt.date(2023, 1, 1)
    return [{"id": f"synthetic-{i}", "lang": (lang := langs[i % len(langs)]),
             "published": (start + dt.timedelta(days=i % 700)).isoformat(),
             "text": " ".join(sentences(lang, rng))} for i in range(n)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("n", type=int)
    ap.add_argument("-o", "--output", type=Path, required=True)
    a = ap.parse_args()
    with a.output.open("w", encoding="utf-8") as fh:
        for rec in generate(a.n):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
