"""Bring every language's catalogue in step with the template, keeping every translation.

Babel's ``Catalog.update`` keeps translations of unchanged messages, marks those
whose English changed as fuzzy (needs review) with the previous msgid, and keeps
messages that left the knowledge base as obsolete (#~) entries instead of deleting
them, so no translator's work is ever lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog

from ..languages import Language
from .format import load_catalog, new_catalog, save_catalog, string_forms


def catalog_path(locales: Path, code: str) -> Path:
    return locales / code / "LC_MESSAGES" / "messages.po"


def template_path(locales: Path) -> Path:
    return locales / "messages.pot"


@dataclass(frozen=True)
class UpdateResult:
    language: str
    written: bool
    translated_before: int
    translated_after: int


def _translated(catalog: Catalog) -> int:
    return sum(1 for message in catalog if message.id and message.string and any(string_forms(message.string)))


def update_catalog(template: Catalog, path: Path, language: Language) -> UpdateResult:
    if path.exists():
        catalog = load_catalog(path, language)
    else:
        catalog = new_catalog(language.code, language)
    before = _translated(catalog) + sum(1 for m in catalog.obsolete.values() if m.string)
    catalog.update(template, no_fuzzy_matching=False, update_header_comment=False, keep_user_comments=True)
    after = _translated(catalog) + sum(1 for m in catalog.obsolete.values() if m.string)
    if after < before:
        raise RuntimeError(f"{path}: update would lose {before - after} translation(s); nothing written")
    written = save_catalog(catalog, path)
    return UpdateResult(language.code, written, before, after)


def update_all(template: Catalog, locales: Path, languages: list[Language]) -> list[UpdateResult]:
    save_catalog(template, template_path(locales))
    return [update_catalog(template, catalog_path(locales, language.code), language) for language in languages]
