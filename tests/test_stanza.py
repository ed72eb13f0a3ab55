"""Statistical NER through spacy-stanza, offline: tiny English and Swahili models trained here from sentences
written below, loaded the way a downloaded model is, merged with the gazetteer, and the ``kg models`` commands.

The tests that run Stanza need the ``stanza`` extra (``make test`` installs it). Without it they are skipped
with the install command as the reason, except in CI (``CI`` set), where a missing extra fails the run.
"""

from __future__ import annotations

import importlib.util
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset
from typer.testing import CliRunner

from kg import build_graph, run_query
from kg.build import BuildConfig
from kg.cli import app
from kg.errors import ConfigError
from kg.ner import kg_label, ner_model_for, ner_model_languages, parse_ner_options, read_conll
from kg.ner.conll import to_iob2
from kg.pipeline import Extractor, PipelineConfig
from kg.state import DocState

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()

HAVE_STANZA = all(importlib.util.find_spec(m) is not None for m in ("stanza", "spacy_stanza", "torch"))
INSTALL = 'pip install torch==2.13.0 -e ".[stanza]" && pip install --no-deps spacy-stanza==1.0.4'
if not HAVE_STANZA and os.environ.get("CI"):
    raise RuntimeError(f"the stanza extra is missing in CI: {INSTALL}")
needs_stanza = pytest.mark.skipif(not HAVE_STANZA, reason=f"stanza extra not installed: {INSTALL}")

# ---------------------------------------------------------------- training data, written for these tests
# made-up people (none is in the gazetteer), two gazetteer officials, places and units
FIRST = ["Arkady", "Temir", "Baraka", "Zhora", "Olek", "Farid", "Neema", "Kwame", "Danil", "Rustam", "Imani",
         "Yaroslav", "Tariq", "Halima", "Bogdan", "Zuberi"]
LAST = ["Voronin", "Kasymov", "Mwakyusa", "Belov", "Ochieng", "Zaitsev", "Gromov", "Sadikov", "Mbwana", "Orlov",
        "Kibet", "Rahimov", "Lugovoy", "Wanjiru"]
KNOWN = [["Li", "Shangfu"], ["Sergei", "Shoigu"]]
PLACES = ["Vladivostok", "Zanzibar", "Tianjin", "Mombasa", "Sevastopol", "Arusha", "Qingdao", "Murmansk"]
ORGS = {"en": [["Pacific", "Fleet"], ["Eastern", "Command"], ["Coast", "Guard"]],
        "sw": [["Kikosi", "cha", "Pwani"], ["Kamandi", "ya", "Mashariki"]]}
TEMPLATES = {
    "en": ["{P} arrived in {L} on Monday .", "Officials said {P} met {P} in {L} .",
           "{P} , a spokesman for the {O} , said the drills would continue .",
           "The {O} confirmed that {P} will visit {L} next week .", "According to {P} , the talks in {L} went well ."],
    "sw": ["{P} aliwasili {L} Jumatatu .", "Maafisa walisema {P} alikutana na {P} mjini {L} .",
           "{P} , msemaji wa {O} , alisema mazoezi yataendelea .",
           "{O} ilithibitisha kwamba {P} atazuru {L} wiki ijayo .",
           "Kwa mujibu wa {P} , mazungumzo mjini {L} yalikwenda vizuri ."],
}
# the officers the tests look for: in no training sentence and not in the gazetteer
EN_OFFICER, SW_OFFICER = "Dzhambul Tokarev", "Selemani Mbaruku"
ARTICLES = [
    {"id": "en-stat", "lang": "en", "published": "2024-05-06",
     "text": f"{EN_OFFICER} arrived in Qingdao on Monday. Officials said Li Shangfu met {EN_OFFICER} in Tianjin."},
    {"id": "sw-stat", "lang": "sw", "published": "2024-05-06",
     "text": f"Kwa mujibu wa {SW_OFFICER}, mazungumzo mjini Arusha yalikwenda vizuri."},
]
TINY = ["--max-steps", "100", "--eval-interval", "50", "--batch-size", "16", "--word-dim", "16", "--char-dim", "16",
        "--hidden-dim", "32"]


def _sentences(lang: str, n: int, seed: int) -> str:
    """``n`` IOB sentences, alternately space- and tab-separated."""
    rng = random.Random(seed)
    lines = []
    for i in range(n):
        for word in TEMPLATES[lang][i % len(TEMPLATES[lang])].split():
            if word == "{P}":
                name = rng.choice(KNOWN) if rng.random() < 0.25 else [rng.choice(FIRST), rng.choice(LAST)]
                toks = [(w, "B-PER" if k == 0 else "I-PER") for k, w in enumerate(name)]
            elif word == "{L}":
                toks = [(rng.choice(PLACES), "B-LOC")]
            elif word == "{O}":
                toks = [(w, "B-ORG" if k == 0 else "I-ORG") for k, w in enumerate(rng.choice(ORGS[lang]))]
            else:
                toks = [(word, "O")]
            lines += [f"{w}\t{t}" if i % 2 else f"{w} {t}" for w, t in toks]
        lines.append("")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One model directory with an English model (trained by the CLI) and a Swahili one (by the library)."""
    if not HAVE_STANZA:
        pytest.skip(f"stanza extra not installed: {INSTALL}")
    from kg.ner.train import TrainOptions, train_ner

    tmp = tmp_path_factory.mktemp("ner")
    out = tmp / "model"
    for lang in ("en", "sw"):
        (tmp / f"{lang}-train.iob").write_text(_sentences(lang, 80, 1), encoding="utf-8")
        (tmp / f"{lang}-dev.iob").write_text(_sentences(lang, 15, 2), encoding="utf-8")
    result = runner.invoke(app, ["train-ner", "--lang", "en", str(tmp / "en-train.iob"), str(tmp / "en-dev.iob"),
                                 "-o", str(out), *TINY])
    assert result.exit_code == 0, result.output
    assert "en NER (LOC, ORG, PER) trained on 80 sentences" in result.stdout and f"--ner-model {out}" in result.stdout
    sw = train_ner("sw", tmp / "sw-train.iob", tmp / "sw-dev.iob", out,
                   TrainOptions(max_steps=100, eval_interval=50, batch_size=16, word_dim=16, char_dim=16,
                                hidden_dim=32))
    assert sw.dev_f1 >= 0.8 and sw.labels == ["LOC", "ORG", "PER"]
    return out


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("articles") / "stat.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    return path


def _union(ds: Dataset) -> Dataset:
    out = Dataset(default_union=True)
    for q in ds.quads((None, None, None, None)):
        out.add(q)
    return out


PREFIXES = """PREFIX kgo: <https://w3id.org/kg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""


def _labelled(ds: Dataset, text: str) -> dict[str, str]:
    """Entities (IRI -> type) with a label containing ``text``."""
    rows = run_query(ds, PREFIXES + f"""SELECT DISTINCT ?e ?type WHERE {{
        ?e a ?type ; skos:prefLabel|skos:altLabel ?l . FILTER(CONTAINS(STR(?l), "{text}"))
        FILTER(STRSTARTS(STR(?type), STR(kgo:))) }}""").records()
    return {str(r["e"]): str(r["type"]).rsplit("#", 1)[1] for r in rows}


# ---------------------------------------------------------------- no Stanza needed
def test_conll_reader_takes_spaces_tabs_iob1_bioes_and_names_bad_lines(tmp_path: Path) -> None:
    f = tmp_path / "a.iob"
    f.write_text("-DOCSTART- O\n\nJuma B-PER\nKitwana\tE-PER\nalifika O\nDodoma S-LOC\n\nI-ORG I-ORG\n",
                 encoding="utf-8")
    sents = read_conll(f)
    assert [s.tokens for s in sents] == [["Juma", "Kitwana", "alifika", "Dodoma"], ["I-ORG"]]
    assert [s.tags for s in sents] == [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG"]]
    assert to_iob2(["I-PER", "I-PER", "O", "I-LOC", "B-LOC", "S-PER", "I-PER"]) == [
        "B-PER", "I-PER", "O", "B-LOC", "B-LOC", "B-PER", "B-PER"]
    f.write_text("Juma B-PER\nKitwana PERSON\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"a\.iob:2: expected 'token<space or tab>tag'"):
        read_conll(f)
    f.write_text("\n\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="no sentences"):
        read_conll(f)


def test_label_map() -> None:
    assert [kg_label(x) for x in ("PER", "PERS", "PERSON", "ORG", "LOC", "GPE", "MISC", "DATE", "NORP")] == [
        "PER", "PER", "PER", "ORG", "LOC", "GPE", None, None, None]


def test_merge_policy_gazetteer_institutions_and_titles_win_statistics_add_the_rest() -> None:
    """``kg_stat`` spans set by hand: every overlap case, independent of any model's quality."""
    from spacy.tokens import Span

    text = ("Chinese Defence Minister Li Shangfu met General Ivan Petrov and Dzhambul Tokarev of the Nato "
            "mission in Zelenomorsk, the Russian defence ministry said.")
    nlp = Extractor().nlp("en")
    doc = nlp.make_doc(text)
    doc._.kg = state = DocState(lang="en")
    words = [t.text for t in doc]

    def at(phrase: str, label: str) -> Span:
        first = phrase.split()[0]
        i = words.index(first)
        return Span(doc, i, i + len(phrase.split()), label=label)

    for name, proc in nlp.pipeline:
        if name == "kg_entities":
            doc.spans["kg_stat"] = [
                at("Minister Li", "PER"),          # overlaps a title and a gazetteer person: dropped
                at("Li Shangfu", "PER"),           # the gazetteer person itself: gazetteer wins, no duplicate
                at("Ivan", "PER"),                 # part of the name the title pattern takes: pattern wins
                at("Dzhambul Tokarev", "PER"),     # unknown to both: added as a Person
                at("Nato", "ORG"),                 # lower-case acronym the matcher skips: the gazetteer's NATO
                at("Zelenomorsk", "LOC"),          # unknown place: added as a Place
                at("Russian defence", "ORG"),      # overlaps a described institution: dropped
                at("said", "MISC"),                # a label kg does not keep
            ]
        doc = proc(doc)
    types = {k: e.type.value for k, e in state.entities.items()}
    assert types["person/li-shangfu"] == "Official" and types["person/ivan-petrov"] == "Official"
    assert types["person/dzhambul-tokarev"] == "Person"
    assert types["org/nato"] == "Organization" and types["place/zelenomorsk"] == "Place"
    assert "org/mod-ru" in types
    assert not {"person/minister-li", "person/ivan", "org/russian-defence"} & set(types)
    assert sum(1 for m in state.mentions if m.key == "person/li-shangfu") == 1


def test_ner_options_and_swahili_is_not_stanzas(tmp_path: Path) -> None:
    assert parse_ner_options(["stanza", "ru=gazetteer"]) == {"*": "stanza", "ru": "gazetteer"}
    with pytest.raises(ConfigError, match="unknown language 'xx'"):
        parse_ner_options(["xx=stanza"])
    with pytest.raises(ConfigError, match="no NER model there"):
        parse_ner_options([], [tmp_path])
    assert ner_model_for({"*": "stanza"}, str(tmp_path), "sw") is None  # '*': Swahili keeps the gazetteer
    with pytest.raises(ConfigError, match=r"Stanza has no NER model for 'sw' \(it covers ar, en, fr, ru, zh"):
        ner_model_for({"sw": "stanza"}, str(tmp_path), "sw")
    result = runner.invoke(app, ["build", str(ROOT / "seeds"), "-o", str(tmp_path / "x.ttl"), "--ner", "sw=stanza"])
    assert result.exit_code == 2 and "Stanza has no NER model for 'sw'" in result.stderr
    result = runner.invoke(app, ["models", "download", "sw", "--dir", str(tmp_path)])
    assert result.exit_code == 2 and "Stanza has no NER model for 'sw'" in result.stderr


def test_default_pipeline_does_not_find_the_officers(articles: Path) -> None:
    ds = _union(build_graph([articles]).dataset)
    assert _labelled(ds, "Tokarev") == {} and _labelled(ds, "Mbaruku") == {}


# ---------------------------------------------------------------- with Stanza
@needs_stanza
def test_without_models_stanza_fails_on_one_line_naming_the_fix(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "stanza"
    monkeypatch.setenv("KG_STANZA_DIR", str(empty))
    result = runner.invoke(app, ["build", str(ROOT / "seeds"), "-o", str(tmp_path / "x.ttl"), "--ner", "stanza"])
    assert result.exit_code == 2
    assert result.stderr.strip() == (f"error: [E201] no Stanza NER model for ar in {empty}; "
                                     f"run: kg models download ar --dir {empty}")
    # the default pipeline is unaffected
    assert runner.invoke(app, ["build", str(ROOT / "seeds"), "-o", str(tmp_path / "y.ttl"), "-q"]).exit_code == 0


@needs_stanza
def test_models_list(model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_STANZA_DIR", str(tmp_path / "none"))
    out = runner.invoke(app, ["models", "list"])
    assert out.exit_code == 0
    assert f"no Stanza models in {tmp_path / 'none'}; download some with: kg models download" in out.stdout
    assert "Stanza NER covers ar, en, fr, ru, zh of kg's languages (not sw" in out.stdout
    out = runner.invoke(app, ["models", "list", "--dir", str(model)])
    assert out.exit_code == 0 and "  en   ner: kg\n" in out.stdout and "  sw   ner: kg\n" in out.stdout


@needs_stanza
def test_models_download_goes_through_stanza_download(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The network is not reachable here: ``stanza.download`` is replaced by a stand-in that lays out files."""
    import stanza

    calls = []

    def fake_download(lang: str, model_dir: str, processors: str, logging_level: str) -> None:
        calls.append((lang, model_dir, processors))
        for proc, pkg in (("tokenize", "combined"), ("ner", "ontonotes")):
            (Path(model_dir) / lang / proc).mkdir(parents=True, exist_ok=True)
            (Path(model_dir) / lang / proc / f"{pkg}.pt").write_bytes(b"")
        (Path(model_dir) / "resources.json").write_text("{}", encoding="utf-8")

    monkeypatch.setattr(stanza, "download", fake_download)
    monkeypatch.setenv("KG_STANZA_DIR", str(tmp_path / "env"))
    out = runner.invoke(app, ["models", "download", "en"])
    assert out.exit_code == 0, out.output
    assert calls == [("en", str(tmp_path / "env"), "tokenize,ner")]
    assert out.stdout.startswith("en  ner: ontonotes; tokenize: combined")
    assert ner_model_languages(tmp_path / "env") == ["en"]
    model = ner_model_for({"*": "stanza"}, None, "en")
    assert model is not None and not model.pretokenized  # a downloaded model brings Stanza's tokenizer


@needs_stanza
def test_trained_model_loads_like_a_downloaded_one_and_adds_unknown_officers(model: Path, articles: Path) -> None:
    assert ner_model_languages(model) == ["en", "sw"]
    assert json.loads((model / "resources.json").read_text(encoding="utf-8"))["sw"]["default_processors"] == {
        "ner": "kg"}
    meta = json.loads((model / "en" / "ner" / "kg.json").read_text(encoding="utf-8"))
    assert meta["labels"] == ["LOC", "ORG", "PER"] and meta["dev_f1"] >= 0.8
    config = PipelineConfig(ner={"en": str(model), "sw": str(model)})
    ds = _union(build_graph([articles], BuildConfig(pipeline=config)).dataset)
    assert set(_labelled(ds, EN_OFFICER).values()) == {"Person"}
    assert set(_labelled(ds, SW_OFFICER).values()) == {"Person"}
    assert run_query(ds, PREFIXES + f"""SELECT ?a WHERE {{ ?p skos:prefLabel "{SW_OFFICER}"@en ;
        kgo:mentionedIn ?a }}""").records() == [{"a": "https://w3id.org/kg/id/article/sw-stat"}]


@needs_stanza
def test_on_overlap_the_gazetteer_entity_wins(model: Path, tmp_path: Path) -> None:
    """The model tags 'Li Shangfu' (it was trained on him) and the gazetteer has him: one node, the gazetteer's."""
    from kg.ner import NerModel
    from kg.ner.stanza_backend import StanzaNer

    config = PipelineConfig(ner={"en": str(model)})
    nlp = Extractor(config).nlp("en")
    assert nlp.pipe_names == ["kg_sentences", "kg_lexicon", "kg_stanza", "kg_entities", "kg_events"]
    doc = nlp.make_doc(ARTICLES[0]["text"])
    doc._.kg = DocState(lang="en")
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    stat = {(s.text, s.label_) for s in doc.spans["kg_stat"]}
    assert ("Li Shangfu", "PER") in stat and (EN_OFFICER, "PER") in stat
    # one loaded Stanza pipeline per model and language, shared by every extractor of the process
    assert StanzaNer(NerModel("en", str(model), pretokenized=True)).snlp is nlp.get_pipe("kg_stanza").snlp
    path = tmp_path / "en.jsonl"
    path.write_text(json.dumps(ARTICLES[0]) + "\n", encoding="utf-8")
    ds = _union(build_graph([path], BuildConfig(pipeline=config)).dataset)
    assert _labelled(ds, "Shangfu") == {"https://w3id.org/kg/id/person/li-shangfu": "Official"}
    assert set(_labelled(ds, EN_OFFICER).values()) == {"Person"}


@needs_stanza
def test_raw_text_path_of_downloaded_models(model: Path, articles: Path, tmp_path: Path) -> None:
    """A directory with a Stanza tokenizer gets the raw text (downloaded models do): here Stanza's spaCy
    tokenizer variant stands in for a downloaded tokenizer model, which cannot be fetched offline."""
    import shutil

    raw = tmp_path / "raw"
    shutil.copytree(model, raw)
    resources = json.loads((raw / "resources.json").read_text(encoding="utf-8"))
    resources["en"]["packages"]["default"]["tokenize"] = "spacy"
    resources["en"]["tokenize"] = {"spacy": {}}
    (raw / "resources.json").write_text(json.dumps(resources), encoding="utf-8")
    m = ner_model_for({"en": str(raw)}, None, "en")
    assert m is not None and not m.pretokenized
    ds = _union(build_graph([articles], BuildConfig(pipeline=PipelineConfig(ner={"en": str(raw)}))).dataset)
    assert set(_labelled(ds, EN_OFFICER).values()) == {"Person"}
    assert _labelled(ds, "Shangfu") == {"https://w3id.org/kg/id/person/li-shangfu": "Official"}


@needs_stanza
def test_cli_build_with_ner_model(model: Path, articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "g.trig"
    result = runner.invoke(app, ["build", str(articles), "-o", str(out), "--ner-model", str(model), "-q"])
    assert result.exit_code == 0, result.output
    from kg.io import read_dataset

    ds = read_dataset(out)
    assert set(_labelled(ds, EN_OFFICER).values()) == {"Person"}
    assert set(_labelled(ds, SW_OFFICER).values()) == {"Person"}


@needs_stanza
def test_speed_benchmark_runs_in_quick_mode(model: Path) -> None:
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "stanza_speed.py"), "--quick", "--model", str(model)],
                         capture_output=True, text=True, check=True).stdout
    assert "default pipeline:" in out and "stanza backend (trained model (kg train-ner)" in out and "words/s" in out
