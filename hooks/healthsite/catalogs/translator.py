"""Look translations up for one language, and remember how good each answer was.

Every lookup returns the text and its state: ``source`` (the English edition),
``reviewed`` (no fuzzy flag and a review record for this very translation: the
record comes along, so the page can say who checked it), ``unreviewed`` (used, with
a notice: gettext's fuzzy flag, or no record of a review) or ``missing`` (English is
shown, marked as English). Pages use the states to decide which notices the reader
sees; the build reports the missing ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.catalog import Catalog

from ..knowledge.model import PluralText, Text
from ..languages import Language
from .review import ReviewRecord, Reviews
from .safety import problems_with
from .states import TranslationState

SOURCE, REVIEWED, UNREVIEWED, MISSING = (TranslationState.SOURCE, TranslationState.REVIEWED,
                                        TranslationState.UNREVIEWED, TranslationState.MISSING)


@dataclass(frozen=True)
class Translation:
    text: str
    state: TranslationState
    review: ReviewRecord | None = None  # for a reviewed translation: who checked it, and when

    @property
    def is_fallback(self) -> bool:
        return self.state == MISSING


@dataclass
class Translator:
    language: Language
    catalog: Catalog | None  # None for the source language
    reviews: Reviews = field(default_factory=Reviews)
    rejected: list[str] = field(default_factory=list)  # why a translation was not used

    @property
    def is_source(self) -> bool:
        return self.catalog is None

    def _entry(self, key: str, msgid):
        return self.catalog.get(msgid, context=key) if self.catalog is not None else None

    def _used(self, key: str, msgid, entry, shown: str) -> Translation:
        # A missing flag alone proves nothing: only a record of a review of this translation does.
        record = None if entry.fuzzy else self.reviews.covering(key, msgid, entry.string)
        return Translation(shown, REVIEWED, record) if record else Translation(shown, UNREVIEWED)

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
        return self._used(message.key, message.source, entry, entry.string)

    def plural(self, message: PluralText, count: int) -> Translation:
        english = message.one if count == 1 else message.other
        if self.is_source:
            return Translation(english, SOURCE)
        entry = self._entry(message.key, (message.one, message.other))
        forms = entry.string if entry is not None and isinstance(entry.string, tuple) else ()
        # The rule of languages.yaml, not the catalogue's: Babel's guess changes between versions.
        index = self.language.plural.index(count) if forms else 0
        chosen = forms[index] if index < len(forms) else ""
        if not chosen:
            return Translation(english, MISSING)
        problems = problems_with(message.one, chosen)
        if problems:
            self.rejected.append(f"{self.language.code} {message.key}[{index}]: {'; '.join(problems)}")
            return Translation(english, MISSING)
        return self._used(message.key, (message.one, message.other), entry, chosen)


def load_translator(language: Language, po_path: Path | None, reviews_file: Path | None = None) -> Translator:
    """``reviews_file``: the language's review records (none yet if it does not exist)."""
    from .format import load_catalog
    from .review import load_reviews

    if po_path is None:
        return Translator(language, None)
    reviews = load_reviews(reviews_file) if reviews_file is not None else Reviews()
    return Translator(language, load_catalog(po_path, language), reviews)
