#!/usr/bin/env python3
"""Consistency check of a written evaluation set (articles, gold, entity registry).

usage: python eval/check.py [SET_DIR] [-v]      (SET_DIR defaults to eval/written, e.g. eval/written2)

Article ids must start with the set's prefix and the language: w-LANG- for eval/written, w2-LANG- for
eval/written2 (wN- for writtenN; other directories: w-).

Errors (exit status 1):
  - articles.jsonl: malformed lines, missing fields, duplicate ids, bad lang/published/url
  - gold/*.json: unparsable, id != file name, no matching article (or article without gold)
  - a key used in a gold file (entities, post holders/countries, event participants/locations) missing from
    entities.json, or a post/event key not listed in that article's own `entities`
  - bad role / event type / status / date format, `end` before `date`, one event key with two types
  - entities.json: bad type, unknown `in` key, a key no gold file uses, a name (other than the first,
    canonical English name) that occurs in no article text, a gold entity none of whose names occurs
    in the article that lists it
Warnings (-v shows them): registry names found in an article whose key is not in its gold (mostly names
nested in longer names, e.g. "Japan" in "Sea of Japan" -- review them), names shared by two keys,
canonical names absent from every text, article lengths outside 120-450 words.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

DEFAULT_SET = Path(__file__).resolve().parent / "written"
LANGS = {"sw", "ar", "en", "ru", "fr", "zh"}
TYPES = {"Official", "Person", "Ministry", "ArmedForce", "Organization", "Country", "Place"}
ROLES = {"HeadOfState", "HeadOfGovernment", "DefenceMinister", "DeputyDefenceMinister", "ForeignMinister",
         "NavyCommander", "MilitaryCommander", "Spokesperson", "Ambassador", "OtherOfficial"}
EVENT_TYPES = {"Meeting", "Visit", "MilitaryExercise"}
STATUSES = {"occurred", "planned", "proposed"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CJK_OR_ARABIC = re.compile(r"[\u0600-\u06ff\u3400-\u9fff]")

errors: list[str] = []
warnings: list[str] = []


def occurs(name: str, text: str) -> bool:
    """Chinese and Arabic names: substring (no spaces / attached proclitics); others: whole-word match."""
    if CJK_OR_ARABIC.search(name):
        return name in text
    return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text) is not None


def words(a: dict) -> int:
    if a["lang"] == "zh":  # rough: 1.5 Chinese characters a word
        return round(len(re.findall(r"[\u3400-\u9fff]", a["text"])) / 1.5)
    return len(a["text"].split())


def id_prefix(set_dir: Path) -> str:
    m = re.fullmatch(r"written(\d*)", set_dir.name)
    return f"w{m.group(1)}" if m else "w"


def main() -> int:
    verbose = "-v" in sys.argv
    dirs = [a for a in sys.argv[1:] if not a.startswith("-")]
    if len(dirs) > 1:
        print(__doc__)
        return 2
    set_dir = Path(dirs[0]).resolve() if dirs else DEFAULT_SET
    if not (set_dir / "articles.jsonl").is_file():
        print(f"{set_dir}: no articles.jsonl")
        return 2
    prefix = id_prefix(set_dir)
    # ---- articles
    articles: dict[str, dict] = {}
    for n, line in enumerate((set_dir / "articles.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            a = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"articles.jsonl:{n}: {e}")
            continue
        missing = {"id", "url", "lang", "published", "title", "text"} - a.keys()
        if missing:
            errors.append(f"articles.jsonl:{n}: missing {sorted(missing)}")
            continue
        if a["id"] in articles:
            errors.append(f"articles.jsonl:{n}: duplicate id {a['id']}")
        articles[a["id"]] = a
        if a["lang"] not in LANGS:
            errors.append(f"{a['id']}: bad lang {a['lang']}")
        if not re.match(r"^20(19|2[0-6])-\d{2}-\d{2}$", a["published"]):
            errors.append(f"{a['id']}: published {a['published']} not a 2019-2026 date")
        if a["url"] != f"https://example.invalid/{a['id']}":
            errors.append(f"{a['id']}: url {a['url']}")
        if not a["id"].startswith(f"{prefix}-{a['lang']}-"):
            errors.append(f"{a['id']}: id does not start with {prefix}-{a['lang']}-")
        w = words(a)
        if not 120 <= w <= 450:
            warnings.append(f"{a['id']}: about {w} words")
    per_lang = Counter(a["lang"] for a in articles.values())

    # ---- registry
    registry = json.loads((set_dir / "entities.json").read_text(encoding="utf-8"))
    all_text = "\n".join(a["text"] for a in articles.values())
    name_keys: dict[str, set[str]] = defaultdict(set)
    for key, e in registry.items():
        if e.get("type") not in TYPES:
            errors.append(f"entities.json {key}: bad type {e.get('type')}")
        if not e.get("names"):
            errors.append(f"entities.json {key}: no names")
            continue
        for ref in e.get("in", []):
            if ref not in registry:
                errors.append(f"entities.json {key}: unknown 'in' key {ref}")
        if len(set(e["names"])) != len(e["names"]):
            errors.append(f"entities.json {key}: repeated name")
        for i, name in enumerate(e["names"]):
            name_keys[name].add(key)
            if not occurs(name, all_text):
                (warnings if i == 0 else errors).append(
                    f"entities.json {key}: name {name!r} occurs in no article text" + (" (canonical)" if i == 0 else ""))
    for name, keys in name_keys.items():
        if len(keys) > 1:
            warnings.append(f"name {name!r} shared by {sorted(keys)}")

    # ---- gold
    gold: dict[str, dict] = {}
    for p in sorted((set_dir / "gold").glob("*.json")):
        try:
            g = json.loads(p.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            errors.append(f"{p.name}: {e}")
            continue
        if g.get("id") != p.stem:
            errors.append(f"{p.name}: id {g.get('id')} != file name")
        gold[p.stem] = g
    for aid in sorted(set(articles) - set(gold)):
        errors.append(f"{aid}: no gold file")
    for gid in sorted(set(gold) - set(articles)):
        errors.append(f"gold/{gid}.json: no such article")

    used: set[str] = set()
    key_types: dict[str, set[str]] = defaultdict(set)
    key_articles: dict[str, set[str]] = defaultdict(set)
    n_posts = n_events = 0
    for gid, g in gold.items():
        a = articles.get(gid)
        ents = g.get("entities", [])
        if len(set(ents)) != len(ents):
            errors.append(f"{gid}: repeated entity")
        ents = set(ents)

        def need(k, what):
            used.add(k)
            if k not in registry:
                errors.append(f"{gid}: {what} {k} not in entities.json")
            elif what != "entity" and k not in ents:
                errors.append(f"{gid}: {what} {k} not in the article's entities")

        for k in ents:
            need(k, "entity")
            if a and k in registry and not any(occurs(n, a["text"]) for n in registry[k]["names"]):
                errors.append(f"{gid}: none of the names of {k} occurs in the text")
        for post in g.get("posts", []):
            n_posts += 1
            need(post["holder"], "post holder")
            need(post["country"], "post country")
            if post["role"] not in ROLES:
                errors.append(f"{gid}: bad role {post['role']}")
            if registry.get(post["country"], {}).get("type") != "Country":
                errors.append(f"{gid}: post country {post['country']} is not a Country")
        keys_here = Counter(ev["key"] for ev in g.get("events", []))
        for k, c in keys_here.items():
            if c > 1:
                errors.append(f"{gid}: event key {k} used {c} times")
        for ev in g.get("events", []):
            n_events += 1
            key_types[ev["key"]].add(ev["type"])
            key_articles[ev["key"]].add(gid)
            if ev["type"] not in EVENT_TYPES:
                errors.append(f"{gid}: bad event type {ev['type']}")
            if ev.get("status") not in STATUSES:
                errors.append(f"{gid}: {ev['key']} bad status {ev.get('status')}")
            if not ev.get("participants"):
                errors.append(f"{gid}: {ev['key']} has no participants")
            for p in ev.get("participants", []):
                need(p, "participant")
            if ev.get("location") is not None:
                need(ev["location"], "location")
            for f in ("date", "end"):
                d = ev.get(f)
                if d is not None and not DATE.match(d):
                    errors.append(f"{gid}: {ev['key']} bad {f} {d}")
            if ev.get("end") and (not ev.get("date") or ev["end"][:len(ev["date"])] < ev["date"][:len(ev["end"])]):
                errors.append(f"{gid}: {ev['key']} end {ev['end']} before date {ev.get('date')}")
        if a:
            for name, keys in name_keys.items():
                if occurs(name, a["text"]):
                    for k in keys - ents:
                        warnings.append(f"{gid}: {name!r} ({k}) occurs but {k} is not in its gold")
    for k, ts in key_types.items():
        if len(ts) > 1:
            errors.append(f"event key {k} has types {sorted(ts)}")
    for k in sorted(set(registry) - used):
        errors.append(f"entities.json: key {k} is used by no gold file")

    ent_articles = defaultdict(set)
    for gid, g in gold.items():
        for k in g.get("entities", []):
            ent_articles[k].add(gid)
    shared_ev = sum(1 for s in key_articles.values() if len(s) > 1)
    shared_ent = sum(1 for s in ent_articles.values() if len(s) > 1)
    print(f"set {set_dir}")
    print(f"articles {len(articles)} {dict(sorted(per_lang.items()))}")
    print(f"entities {len(registry)} (in 2+ articles: {shared_ent}); posts {n_posts} "
          f"(distinct {len({(p['holder'], p['role'], p['country']) for g in gold.values() for p in g.get('posts', [])})}); "
          f"event mentions {n_events}, distinct events {len(key_articles)}, in 2+ articles {shared_ev}")
    if verbose:
        for w in warnings:
            print("warning:", w)
    else:
        print(f"{len(warnings)} warnings (-v to list)")
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
