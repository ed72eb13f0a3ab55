"""RDF namespaces of the kg data contract; ``KGO`` fails on a typo."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

__all__ = ["DEFAULT_BASE", "KGO", "ORG", "OWL", "PROV", "RDF", "RDFS", "SCHEMA", "SKOS", "WD", "XSD"]

DEFAULT_BASE = "https://w3id.org/kg/id/"

SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
WD = Namespace("http://www.wikidata.org/entity/")


class KGO(DefinedNamespace):
    """The kg ontology, ``ontology/kg.ttl``."""

    _NS = Namespace("https://w3id.org/kg/ontology#")
    _fail = True

    # classes
    Article: URIRef
    Person: URIRef
    Official: URIRef
    Organization: URIRef
    Ministry: URIRef
    ArmedForce: URIRef
    Country: URIRef
    Place: URIRef
    Event: URIRef
    Meeting: URIRef
    Visit: URIRef
    MilitaryExercise: URIRef
    Statement: URIRef
    ExerciseSeries: URIRef
    # properties
    mentionedIn: URIRef
    countryCode: URIRef
    country: URIRef
    participant: URIRef
    armedForce: URIRef
    series: URIRef
    host: URIRef
    visitor: URIRef
    status: URIRef
    ploverType: URIRef
    evidence: URIRef
    speaker: URIRef
    quote: URIRef
    knownRole: URIRef
    institutionKind: URIRef
    locatedIn: URIRef
    placeKind: URIRef
    dateText: URIRef
    # roles
    HeadOfState: URIRef
    HeadOfGovernment: URIRef
    DefenceMinister: URIRef
    DeputyDefenceMinister: URIRef
    ForeignMinister: URIRef
    NavyCommander: URIRef
    MilitaryCommander: URIRef
    Spokesperson: URIRef
    Ambassador: URIRef
    OtherOfficial: URIRef
    # institution kinds
    DefenceMinistry: URIRef
    ForeignMinistry: URIRef
    ArmedForces: URIRef
    Navy: URIRef
    Army: URIRef
    AirForce: URIRef
    Fleet: URIRef
    MilitaryDistrict: URIRef
    GeneralStaff: URIRef
    Government: URIRef
    PresidentialOffice: URIRef
    IntergovernmentalOrganization: URIRef
