"""CoNLL/IOB training files (MasakhaNER, ANERcorp, CoNLL-2003 style) and the NER label map.

One token a line, ``token<space or tab>…<space or tab>tag`` (the first field is the token, the last the tag),
a blank line between sentences, ``-DOCSTART-`` lines ignored. Tags are ``O`` or ``B-``/``I-``/``E-``/``S-``
plus a label (IOB1, IOB2 and BIOES are all read, and written back as IOB2).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError

__all__ = ["KG_LABELS", "Sentence", "kg_label", "read_conll", "to_iob2", "write_stanza_json"]

# statistical labels (as the models and corpora spell them) -> the labels kg_entities merges
# (PER -> kgo:Person, ORG -> kgo:Organization, LOC/GPE -> kgo:Place or the gazetteer's kgo:Country)
KG_LABELS: dict[str, str] = {
    "PER": "PER", "PERS": "PER", "PERSON": "PER",
    "ORG": "ORG", "ORGANIZATION": "ORG", "ORGANISATION": "ORG",
    "LOC": "LOC", "LOCATION": "LOC",
    "GPE": "GPE",
}
_TAG = re.compile(r"^(?:O|[BIES]-\S+)$")


def kg_label(label: str) -> str | None:
    """The kg label of a model's or corpus's entity label (``PERS`` → ``PER``), or None if kg keeps none."""
    return KG_LABELS.get(label.upper())


@dataclass
class Sentence:
    tokens: list[str]
    tags: list[str]


def to_iob2(tags: list[str]) -> list[str]:
    """IOB1, IOB2 or BIOES tags as IOB2 (every entity starts with ``B-``)."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag == "O":
            out.append("O")
        else:
            prefix, label = tag[0], tag[2:]
            inside = prefix in "IE" and prev != "O" and prev[2:] == label
            out.append(f"I-{label}" if inside else f"B-{label}")
        # an E- or S- tag closes its entity: the next I- starts a new one
        prev = "O" if tag[0] in "ES" else out[-1]
    return out


def read_conll(path: str | Path) -> list[Sentence]:
    """Sentences of a CoNLL/IOB file; a malformed line raises ConfigError naming the file and line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"cannot read NER training file {path}: {e}") from None
    sentences: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    for n, line in enumerate([*lines, ""], start=1):
        fields = line.split("\t") if "\t" in line else line.split()
        fields = [f.strip() for f in fields if f.strip()]
        if not fields:
            if tokens:
                sentences.append(Sentence(tokens, to_iob2(tags)))
                tokens, tags = [], []
            continue
        if fields[0] == "-DOCSTART-":
            continue
        if len(fields) < 2 or not _TAG.match(fields[-1]):
            raise ConfigError(f"{path}:{n}: expected 'token<space or tab>tag' with an O/B-/I-/E-/S- tag, got {line!r}")
        tokens.append(fields[0])
        tags.append(fields[-1])
    if not sentences:
        raise ConfigError(f"{path}: no sentences (one 'token tag' a line, a blank line between sentences)")
    return sentences


def write_stanza_json(sentences: list[Sentence], path: Path) -> None:
    """Write sentences in the JSON layout of Stanza's NER trainer (a list of sentences of ``{text, ner}``)."""
    import json

    doc = [[{"text": t, "ner": g} for t, g in zip(s.tokens, s.tags, strict=True)] for s in sentences]
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
