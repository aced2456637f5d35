"""How far each language is: reviewed, unreviewed, missing; per language and per part.

Reviewed means what the reader is told it means: no fuzzy flag **and** a review
record for that translation of that English (``review``). An entry without the flag
but without a record counts as unreviewed here (the catalogue check reports it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog

from ..knowledge.model import KnowledgeBase, PluralText, Text
from .format import load_catalog, string_forms
from .groups import message_groups
from .review import ReviewerSummary, ReviewRecord, Reviews, load_reviews, reviewers, reviews_path
from .states import TranslationState
from .update import catalog_path

REVIEWED, UNREVIEWED, MISSING = TranslationState.REVIEWED, TranslationState.UNREVIEWED, TranslationState.MISSING


class _Total:
    reviewed: int
    unreviewed: int
    missing: int

    @property
    def total(self) -> int:
        return self.reviewed + self.unreviewed + self.missing


@dataclass(frozen=True)
class LanguageStatus(_Total):
    code: str
    reviewed: int
    unreviewed: int
    missing: int
    reviewers: tuple[ReviewerSummary, ...] = ()  # who reviewed the texts that count as reviewed


@dataclass(frozen=True)
class GroupStatus(_Total):
    name: str  # a sheet's slug, the guide's, or "shared"
    reviewed: int
    unreviewed: int
    missing: int


def msgid_of(message) -> str | tuple[str, str]:
    return (message.one, message.other) if isinstance(message, PluralText) else message.source


def is_filled(string) -> bool:
    forms = string_forms(string)
    return bool(forms) and all(forms)


def message_review(message: Text | PluralText, catalog: Catalog | None,
                   reviews: Reviews) -> tuple[TranslationState, ReviewRecord | None]:
    """One message's state in a catalogue, and the record that makes it reviewed."""
    entry = catalog.get(msgid_of(message), context=message.key) if catalog else None
    if entry is None or not is_filled(entry.string):
        return MISSING, None
    record = None if entry.fuzzy else reviews.covering(message.key, msgid_of(message), entry.string)
    return (REVIEWED, record) if record else (UNREVIEWED, None)


def _count(messages: Iterable[Text | PluralText], catalog: Catalog | None,
           reviews: Reviews) -> tuple[dict[TranslationState, int], list[ReviewRecord]]:
    counts = {REVIEWED: 0, UNREVIEWED: 0, MISSING: 0}
    records = []
    for message in messages:
        state, record = message_review(message, catalog, reviews)
        counts[state] += 1
        if record:
            records.append(record)
    return counts, records


def catalog_status(kb: KnowledgeBase, code: str, catalog: Catalog | None,
                   reviews: Reviews | None = None) -> LanguageStatus:
    counts, records = _count(kb.texts(), catalog, reviews or Reviews())
    return LanguageStatus(code, counts[REVIEWED], counts[UNREVIEWED], counts[MISSING], tuple(reviewers(records)))


def group_status(kb: KnowledgeBase, catalog: Catalog | None, reviews: Reviews | None = None) -> list[GroupStatus]:
    """Per sheet (its own texts), the guide, and the shared texts."""
    rows = []
    for group in message_groups(kb):
        counts, _ = _count(group.messages, catalog, reviews or Reviews())
        rows.append(GroupStatus(group.name, counts[REVIEWED], counts[UNREVIEWED], counts[MISSING]))
    return rows


def _load(kb: KnowledgeBase, locales: Path, language) -> tuple[Catalog | None, Reviews]:
    path = catalog_path(locales, language.code)
    catalog = load_catalog(path, language) if path.exists() else None
    return catalog, load_reviews(reviews_path(locales, language.code))


def language_status(kb: KnowledgeBase, locales: Path) -> list[LanguageStatus]:
    rows = []
    for language in kb.languages.targets:
        catalog, reviews = _load(kb, locales, language)
        rows.append(catalog_status(kb, language.code, catalog, reviews))
    return rows


def sheet_status(kb: KnowledgeBase, locales: Path, code: str) -> list[GroupStatus]:
    catalog, reviews = _load(kb, locales, kb.languages[code])
    return group_status(kb, catalog, reviews)
