"""Countries, provinces, regencies and cities (GPE) told apart from other places (LOC).

The NER corpora label every place LOC. After the NER and its edge trimming, a LOC entity is
relabelled GPE when, in order:

1. it opens with a word that names an administrative unit and a capitalised name follows
   (``Kabupaten Boyolali``, ``Kecamatan Kawangkoan Utara``; ``place_words.tsv`` kind ``unit``);
2. it opens with ``kota`` and the rest is a GPE of the gazetteer (``kota Bandung``; ``Kota
   Tua``, an area of Jakarta, stays LOC; kind ``city``);
3. its whole text is a GPE of the gazetteer and not listed as ``not_gpe`` (``Puncak``, ``Toba``
   and ``Mindanao`` name a pass, a lake and an island more often than the units so named).

The gazetteer is the actor knowledge base's (warta.actors.kb): country names (CLDR Indonesian
and English), the country aliases of kinds ``name``, ``abbr`` (exact case), ``capital`` and
``city`` (not ``seat``: a building), and Indonesian provinces, regencies and cities with their
short names. Names are compared by ``name_key`` (case, accents and punctuation folded).
Places the gazetteer does not hold stay LOC (recall before precision).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from warta.actors import kb
from warta.nlp.lang import place_words

COMPONENT_NAME = "warta_places"
PLACE_LABEL = "LOC"
GPE_LABEL = "GPE"
COUNTRY_ALIAS_KINDS = frozenset({"name", "capital", "city"})
"""Kinds of ``country_aliases.tsv`` compared by name key; ``abbr`` is compared by exact text."""
REGION_KINDS = frozenset({"provinsi", "kabupaten", "kota"})
"""Kinds of ``regions.tsv`` that are GPEs standing alone (districts need their unit word)."""


@dataclass(frozen=True, slots=True)
class Gazetteer:
    names: frozenset[str]
    """``name_key`` of every GPE name."""
    abbreviations: frozenset[str]
    """Abbreviations, exact case (``AS``, ``RRT``)."""
    units: frozenset[str]
    cities: frozenset[str]

    def is_gpe(self, text: str) -> bool:
        """Rules 1-3 of the module docstring, for the text of a LOC entity."""
        if text in self.abbreviations:
            return True
        key = kb.name_key(text)
        for unit in self.units:
            if key.startswith(unit + " "):
                rest = text.split(None, len(unit.split()))[-1]
                if rest[:1].isupper():
                    return True
        for city in self.cities:
            if key.startswith(city + " ") and key[len(city) + 1 :] in self.names:
                return True
        return key in self.names


@cache
def gazetteer() -> Gazetteer:
    """Built once per process from the actor knowledge base and ``place_words.tsv``."""
    words = place_words()
    names: set[str] = set()
    abbreviations: set[str] = set()
    for _iso2, name_en, name_id in kb.countries().values():
        names.update((kb.name_key(name_en), kb.name_key(name_id)))
    for _iso3, kind, alias in kb.country_aliases():
        if kind == "abbr":
            abbreviations.add(alias)
        elif kind in COUNTRY_ALIAS_KINDS:
            names.add(kb.name_key(alias))
    for _code, kind, name in kb.regions():
        if kind in REGION_KINDS:
            names.add(kb.name_key(name))
    for aliases in kb.region_aliases().values():
        names.update(kb.name_key(alias) for alias in aliases)
    names -= {kb.name_key(n) for n in words.not_gpe}
    return Gazetteer(
        names=frozenset(names),
        abbreviations=frozenset(abbreviations),
        units=frozenset(kb.name_key(u) for u in words.units),
        cities=frozenset(kb.name_key(c) for c in words.cities),
    )


class PlaceLabeller:
    """Relabels LOC entities that are GPEs (module docstring); other entities are kept."""

    def __init__(self) -> None:
        self.gazetteer = gazetteer()

    def __call__(self, doc: Doc) -> Doc:
        entities = list(doc.ents)
        changed = False
        for i, span in enumerate(entities):
            if span.label_ == PLACE_LABEL and self.gazetteer.is_gpe(span.text):
                entities[i] = Span(doc, span.start, span.end, label=GPE_LABEL)
                changed = True
        if changed:
            doc.ents = entities
        return doc


@Language.factory(COMPONENT_NAME, requires=["doc.ents"], assigns=["doc.ents", "token.ent_type"])
def make_place_labeller(nlp: Language, name: str) -> PlaceLabeller:
    return PlaceLabeller()
