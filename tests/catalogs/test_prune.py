"""Obsolete entries stay through updates, and one command removes them from every catalogue."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from babel.messages.catalog import Catalog

from healthsite import cli
from healthsite.catalogs.format import load_catalog, new_catalog, save_catalog
from healthsite.catalogs.prune import prune_all, prune_catalog
from healthsite.catalogs.update import catalog_path, template_path, update_catalog
from healthsite.paths import ProjectPaths
from tests.conftest import ROOT


def template_with(*messages) -> Catalog:
    template = new_catalog(None)
    for context, msgid in messages:
        template.add(msgid, context=context, locations=[("content-src/interface.yaml", 1)])
    return template


def catalogue_with_an_obsolete_entry(path: Path, language) -> None:
    """ui:a stays (reviewed), ui:b stays (an unreviewed draft), ui:gone leaves the knowledge base."""
    update_catalog(template_with(("ui:a", "Hello"), ("ui:b", "Goodbye"), ("ui:gone", "Old text")), path, language)
    catalog = load_catalog(path, language)
    catalog.get("Hello", context="ui:a").string = "Bonjour"
    draft = catalog.get("Goodbye", context="ui:b")
    draft.string, draft.user_comments = "Au revoir", ["Kept formal: readers are adults."]
    draft.flags.add("fuzzy")
    catalog.get("Old text", context="ui:gone").string = "Ancien texte"
    save_catalog(catalog, path)
    update_catalog(template_with(("ui:a", "Hello"), ("ui:b", "Goodbye")), path, language)


def test_update_keeps_obsolete_entries_and_prune_removes_them(kb, tmp_path):
    fr = kb.languages["fr"]
    path = tmp_path / "messages.po"
    catalogue_with_an_obsolete_entry(path, fr)
    assert '#~ msgstr "Ancien texte"' in path.read_text(encoding="utf-8"), "update keeps the old translation"

    result = prune_catalog(path, fr)

    assert result.removed == 1 and result.written
    text = path.read_text(encoding="utf-8")
    assert "#~" not in text
    catalog = load_catalog(path, fr)
    assert not catalog.obsolete
    assert catalog.get("Hello", context="ui:a").string == "Bonjour"
    draft = catalog.get("Goodbye", context="ui:b")
    assert draft.string == "Au revoir" and draft.fuzzy and draft.user_comments == ["Kept formal: readers are adults."]


def test_a_pruned_catalogue_is_what_msgcat_writes(kb, tmp_path):
    fr = kb.languages["fr"]
    path = tmp_path / "messages.po"
    catalogue_with_an_obsolete_entry(path, fr)
    prune_catalog(path, fr)
    assert subprocess.run(["msgcat", str(path)], capture_output=True, check=True).stdout == path.read_bytes()


def test_a_catalogue_without_obsolete_entries_is_not_rewritten(kb, tmp_path):
    fr = kb.languages["fr"]
    path = tmp_path / "messages.po"
    catalogue_with_an_obsolete_entry(path, fr)
    prune_catalog(path, fr)
    before = path.stat().st_mtime_ns
    result = prune_catalog(path, fr)
    assert result.removed == 0 and not result.written
    assert path.stat().st_mtime_ns == before


def test_prune_all_cleans_every_language_and_leaves_the_template(kb, tmp_path):
    locales = tmp_path / "locales"
    languages = [kb.languages["ar"], kb.languages["ti"]]
    for language in languages:
        catalogue_with_an_obsolete_entry(catalog_path(locales, language.code), language)
    save_catalog(template_with(("ui:a", "Hello")), template_path(locales))
    template = template_path(locales).read_bytes()

    results = prune_all(locales, languages)

    assert [(result.language, result.removed) for result in results] == [("ar", 1), ("ti", 1)]
    assert all("#~" not in catalog_path(locales, lang.code).read_text(encoding="utf-8") for lang in languages)
    assert template_path(locales).read_bytes() == template


def test_the_prune_command_cleans_the_project_catalogues(kb, tmp_path, monkeypatch, capsys):
    """`python -m healthsite prune` on a copy of the project: every #~ entry goes, every translation stays."""
    root = tmp_path / "project"
    shutil.copytree(ROOT / "locales", root / "locales")
    (root / "content-src").symlink_to(ROOT / "content-src")
    monkeypatch.setattr(cli, "project_paths", lambda: ProjectPaths(root))
    obsolete = {lang.code: len(load_catalog(catalog_path(root / "locales", lang.code), lang).obsolete)
                for lang in kb.languages.targets}
    translated = {lang.code: {(m.context, m.id): m.string
                              for m in load_catalog(catalog_path(root / "locales", lang.code), lang)}
                  for lang in kb.languages.targets}

    assert cli.main(["prune"]) == 0

    out = capsys.readouterr().out
    assert f"{sum(obsolete.values())} obsolete entries removed in all" in out
    for language in kb.languages.targets:
        path = catalog_path(root / "locales", language.code)
        assert "#~" not in path.read_text(encoding="utf-8")
        assert {(m.context, m.id): m.string for m in load_catalog(path, language)} == translated[language.code]
