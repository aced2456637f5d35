"""Remove obsolete (#~) entries from every catalogue, once a translation round is over.

``update`` keeps every message that left the template, and every unreviewed draft of
English that changed, as an obsolete entry: while a change is pending, the translator
can still read the old translation beside the new English. Babel never brings an
obsolete entry back, so without pruning they pile up in every file, and Poedit and
Weblate carry them along forever. A maintainer prunes them after a translation round
(``python -m healthsite prune``); git history keeps every one of them.

Pruning touches nothing else: every active entry, translation, flag and comment stays.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..languages import Language
from .format import load_catalog, save_catalog
from .update import catalog_path


@dataclass(frozen=True)
class PruneResult:
    language: str
    removed: int

    @property
    def written(self) -> bool:
        return self.removed > 0


def prune_catalog(path: Path, language: Language) -> PruneResult:
    """Drop the obsolete entries of one catalogue; a file without any is not rewritten."""
    if not path.exists():
        return PruneResult(language.code, 0)
    catalog = load_catalog(path, language)
    removed = len(catalog.obsolete)
    if removed:
        catalog.obsolete.clear()
        save_catalog(catalog, path)
    return PruneResult(language.code, removed)


def prune_all(locales: Path, languages: list[Language]) -> list[PruneResult]:
    return [prune_catalog(catalog_path(locales, language.code), language) for language in languages]
