"""Look translations up for one language, and remember how good each answer was.

Every lookup returns the text and its state: ``source`` (the English edition),
``translated``, ``unreviewed`` (gettext's fuzzy flag: used, with a notice) or
``missing`` (English is shown, marked as English). Pages use the states to decide
which notices the reader sees; the build reports the missing ones.
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.catalog import Catalog

from ..knowledge.model import PluralText, Text
from ..languages import Language
from .safety import problems_with

SOURCE, TRANSLATED, UNREVIEWED, MISSING = "source", "translated", "unreviewed", "missing"


@dataclass(frozen=True)
class Translation:
    text: str
    state: str

    @property
    def is_fallback(self) -> bool:
        return self.state == MISSING


@dataclass
class Translator:
    language: Language
    catalog: Catalog | None  # None for the source language
    rejected: list[str] = field(default_factory=list)  # why a translation was not used

    @property
    def is_source(self) -> bool:
        return self.catalog is None

    def _entry(self, key: str, msgid):
        return self.catalog.get(msgid, context=key) if self.catalog is not None else None

    def text(self, message: Text) -> Translation:
        if self.is_source:
            return Translation(message.source, SOURCE)
        entry = self._entry(message.key, message.source)
        if entry is None or not entry.string:
            return Translation(message.source, MISSING)
        problems = problems_with(message.source, entry.string)
        if problems:
            self.rejected.append(f"{self.language.code} {message.key}: {'; '.join(problems)}")
            return Translation(message.source, MISSING)
        return Translation(entry.string, UNREVIEWED if entry.fuzzy else TRANSLATED)

    def plural(self, message: PluralText, count: int) -> Translation:
        english = message.one if count == 1 else message.other
        if self.is_source:
            return Translation(english, SOURCE)
        entry = self._entry(message.key, (message.one, message.other))
        forms = entry.string if entry is not None and isinstance(entry.string, tuple) else ()
        # The rule of languages.yaml, not the catalogue's: Babel's guess changes between versions.
        rule = self.language.plural_forms.rstrip(";").split("plural=", 1)[1]
        index = gettext.c2py(rule)(count) if forms else 0
        chosen = forms[index] if index < len(forms) else ""
        if not chosen:
            return Translation(english, MISSING)
        problems = problems_with(message.one, chosen)
        if problems:
            self.rejected.append(f"{self.language.code} {message.key}[{index}]: {'; '.join(problems)}")
            return Translation(english, MISSING)
        return Translation(chosen, UNREVIEWED if entry.fuzzy else TRANSLATED)


def load_translator(language: Language, po_path: Path | None) -> Translator:
    from .format import load_catalog

    if po_path is None:
        return Translator(language, None)
    return Translator(language, load_catalog(po_path, language))
