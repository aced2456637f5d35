"""`pybabel compile` reports the same per-message problems as `healthsite check`, through Babel's checker entry point."""

from __future__ import annotations

import tomllib
from importlib.metadata import EntryPoint
from pathlib import Path

import pytest
from babel.messages import checkers as babel_checkers
from babel.messages.catalog import Catalog

from healthsite.catalogs.babel_checkers import check_entry
from healthsite.catalogs.format import load_catalog, new_catalog
from healthsite.catalogs.update import catalog_path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = "Call {phone:112} when a life is in danger."


@pytest.fixture
def with_our_checker(monkeypatch):
    """Babel with our checker among its own, as after `pip install -e .` (the shared venv is not reinstalled)."""
    monkeypatch.setattr(babel_checkers, "checkers", [*babel_checkers.checkers, check_entry])


def errors(catalog: Catalog) -> list[str]:
    return [str(error) for _message, found in catalog.check() for error in found]


def test_pyproject_registers_the_checker_in_babels_entry_point_group():
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    value = declared["project"]["entry-points"]["babel.checkers"]["healthsite"]
    assert EntryPoint("healthsite", value, "babel.checkers").load() is check_entry


@pytest.mark.usefixtures("with_our_checker")
@pytest.mark.parametrize("translation, reason", [
    ('Appelez le {phone:112} <a href="x">ici</a>.', "markup"),
    ("Appelez le {phone:113} quand une vie est en danger.", "placeholders differ"),
    ("Appelez le 112 quand une vie est en danger.", "numbers differ"),
])
def test_what_the_site_refuses_is_an_error_for_pybabel(translation, reason):
    catalog = new_catalog("fr")
    catalog.add(SOURCE, translation, context="sheet:emergencies#lead")
    assert any(reason in error for error in errors(catalog)), errors(catalog)


@pytest.mark.usefixtures("with_our_checker")
def test_the_languages_own_rules_apply_as_in_healthsite_check():
    catalog = new_catalog("ar")
    catalog.add(SOURCE, "Call {phone:112} when a life is in danger, please.", context="sheet:emergencies#lead")
    assert any("letters are Arabic" in error for error in errors(catalog)), errors(catalog)


@pytest.mark.usefixtures("with_our_checker")
def test_every_plural_form_is_checked():
    catalog = new_catalog("fr")
    catalog.add(("{count} day", "{count} days"), ("{count} jour", "<b>{count}</b> jours"), context="unit:day")
    assert any("markup" in error and "jours" in error for error in errors(catalog)), errors(catalog)


@pytest.mark.usefixtures("with_our_checker")
def test_other_projects_catalogues_and_untranslated_entries_are_left_alone():
    theirs = Catalog(locale="fr", project="another-project")
    theirs.add("Click <b>here</b>", "Cliquez <b>ici</b>")
    ours = new_catalog("fr")
    ours.add(SOURCE, "", context="sheet:emergencies#lead")
    assert errors(theirs) == errors(ours) == []


@pytest.mark.usefixtures("with_our_checker")
@pytest.mark.parametrize("code", ["ar", "fr", "uk"])
def test_the_committed_catalogues_pass_as_they_pass_healthsite_check(code):
    catalog = load_catalog(catalog_path(ROOT / "locales", code))
    assert errors(catalog) == []
