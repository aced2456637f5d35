"""Term bases: each key concept is translated the same way throughout a language."""

from __future__ import annotations

import re

from healthsite.catalogs.termbase import (
    Concept,
    TermBaseEntry,
    concepts_path,
    inconsistencies,
    load_concepts,
    load_termbase,
    termbase_path,
)

CONCEPTS = [Concept("reception-centre", re.compile(r"\breception centres?\b", re.IGNORECASE))]
FR = {"reception-centre": TermBaseEntry("centre d'accueil", ("centre d'accueil", "centres d'accueil"))}


def test_a_translation_using_the_chosen_term_passes():
    assert inconsistencies(CONCEPTS, FR, "Go to your reception centre.", "Allez à votre centre d'accueil.") == []


def test_a_synonym_instead_of_the_chosen_term_is_caught():
    found = inconsistencies(CONCEPTS, FR, "Go to your reception centre.", "Allez à votre foyer pour réfugiés.")
    assert found == ["'reception-centre' is not translated as in the term base (centre d'accueil)"]


def test_a_concept_missing_from_the_term_base_is_caught():
    assert inconsistencies(CONCEPTS, {}, "Reception centres help.", "Les centres aident.") == [
        "the term base has no translation for 'reception-centre'"]


def test_placeholders_do_not_count_as_the_concept():
    assert inconsistencies(CONCEPTS, {}, "Ask {term:reception-centre}.", "Demandez {term:reception-centre}.") == []


def test_every_target_language_has_a_term_base_for_every_concept(kb, project):
    concepts = load_concepts(concepts_path(project.locales))
    assert len(concepts) >= 10
    for language in kb.languages.targets:
        termbase = load_termbase(termbase_path(project.locales, language.code))
        assert {c.id for c in concepts} <= set(termbase), language.code
        for ident, entry in termbase.items():
            assert entry.translation.strip() and all(form.strip() for form in entry.forms), (language.code, ident)
