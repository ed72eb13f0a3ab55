"""SHACL validation of a built graph against ``ontology/shapes.ttl``."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Dataset, Graph

from .io import union_graph
from .resources import ontology_file

__all__ = ["ValidationReport", "validate_dataset"]


@dataclass
class ValidationReport:
    conforms: bool
    violations: int
    text: str


def validate_dataset(ds: Dataset) -> ValidationReport:
    """Validate the union of ``ds`` with pyshacl; the ontology supplies the class hierarchy."""
    from pyshacl import validate

    shapes = Graph().parse(ontology_file("shapes.ttl"), format="turtle")
    onto = Graph().parse(ontology_file("kg.ttl"), format="turtle")
    conforms, report, text = validate(union_graph(ds), shacl_graph=shapes, ont_graph=onto, inference="none",
                                      allow_warnings=True)
    from rdflib.namespace import SH

    violations = len(set(report.subjects(SH.resultSeverity, SH.Violation)))
    return ValidationReport(bool(conforms), violations, str(text))
