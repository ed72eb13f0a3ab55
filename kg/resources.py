"""Locate the files shipped with kg: ontology, shapes, gazetteer, competency queries."""

from __future__ import annotations

from pathlib import Path

__all__ = ["ontology_file", "query_dir"]

_PKG = Path(__file__).resolve().parent


def ontology_file(name: str) -> Path:
    """Path of ``ontology/<name>``: inside the installed wheel, else in the source checkout."""
    for candidate in (_PKG / "_ontology" / name, _PKG.parent / "ontology" / name):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"ontology file {name!r} not found beside the kg package")


def query_dir() -> Path:
    """Folder of the shipped competency queries (``*.rq``)."""
    return _PKG / "queries"
