"""How far each language is: translated, unreviewed (fuzzy), missing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog

from ..knowledge.model import KnowledgeBase, PluralText
from .format import load_catalog, string_forms
from .update import catalog_path


@dataclass(frozen=True)
class LanguageStatus:
    code: str
    translated: int
    unreviewed: int
    missing: int

    @property
    def total(self) -> int:
        return self.translated + self.unreviewed + self.missing


def msgid_of(message) -> str | tuple[str, str]:
    return (message.one, message.other) if isinstance(message, PluralText) else message.source


def is_filled(string) -> bool:
    forms = string_forms(string)
    return bool(forms) and all(forms)


def catalog_status(kb: KnowledgeBase, code: str, catalog: Catalog | None) -> LanguageStatus:
    translated = unreviewed = missing = 0
    for message in kb.texts():
        entry = catalog.get(msgid_of(message), context=message.key) if catalog else None
        if entry is None or not is_filled(entry.string):
            missing += 1
        elif entry.fuzzy:
            unreviewed += 1
        else:
            translated += 1
    return LanguageStatus(code, translated, unreviewed, missing)


def language_status(kb: KnowledgeBase, locales: Path) -> list[LanguageStatus]:
    rows = []
    for language in kb.languages.targets:
        path = catalog_path(locales, language.code)
        catalog = load_catalog(path, language) if path.exists() else None
        rows.append(catalog_status(kb, language.code, catalog))
    return rows
