"""Term bases: one translation per key concept, used the same way throughout a language.

``locales/concepts.yaml`` lists the concepts and how to spot them in English;
``locales/<code>/termbase.yaml`` gives, per concept, the chosen translation and
the forms it takes in running text (inflections, or a stem). A translation of a
message that speaks of the concept must contain one of those forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..knowledge.references import PLACEHOLDER


@dataclass(frozen=True)
class Concept:
    id: str
    english: re.Pattern


@dataclass(frozen=True)
class TermBaseEntry:
    translation: str
    forms: tuple[str, ...]


def concepts_path(locales: Path) -> Path:
    return locales / "concepts.yaml"


def termbase_path(locales: Path, code: str) -> Path:
    return locales / code / "termbase.yaml"


def load_concepts(path: Path) -> list[Concept]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [Concept(ident, re.compile(entry["english"], re.IGNORECASE)) for ident, entry in data["concepts"].items()]


def load_termbase(path: Path) -> dict[str, TermBaseEntry]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    entries = {}
    for ident, entry in (data.get("concepts") or {}).items():
        forms = tuple(entry.get("forms") or ()) or (entry["translation"],)
        entries[ident] = TermBaseEntry(entry["translation"], forms)
    return entries


def inconsistencies(concepts: list[Concept], termbase: dict[str, TermBaseEntry], source: str, translation: str) -> list[str]:
    """What is wrong with one translation, given the language's term base."""
    english = PLACEHOLDER.sub(" ", source)
    found = []
    for concept in concepts:
        if not concept.english.search(english):
            continue
        entry = termbase.get(concept.id)
        if entry is None:
            found.append(f"the term base has no translation for {concept.id!r}")
        elif not any(form.casefold() in translation.casefold() for form in entry.forms):
            found.append(f"{concept.id!r} is not translated as in the term base ({entry.translation})")
    return found
