"""The record of what was published: one release per date, each with a snapshot and its changes.

A release keeps a snapshot of what readers and printed leaflets rely on: every sheet
(its English title and a fingerprint of its English content), every fact (value, unit,
period) and every phone number. Comparing a snapshot with the one before gives the
changes, so no changed fact or number can go unlisted: the changes written in a
release must be exactly that comparison (``load`` checks it). Editors add one-line
notes for other changes; notes are translated like every other text.

This module holds the data and the comparison only; ``snapshot`` takes a snapshot of
a knowledge base, and ``publish`` writes a release.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:  # model.py imports this module: the name is only needed for annotations
    from .model import Text, Unit

T = TypeVar("T")


@dataclass(frozen=True)
class FactValue:
    """What a fact said when it was published: "€73.62 (amount in 2025)" is (73.62, EUR, 2025)."""

    value: float | date
    unit: Unit
    valid: str | None = None


@dataclass(frozen=True)
class SheetRecord:
    title: str  # the English title, so a removed sheet can still be named
    content: str  # fingerprint of the sheet's English content (snapshot.sheet_fingerprint)


@dataclass(frozen=True)
class Snapshot:
    sheets: Mapping[str, SheetRecord]
    facts: Mapping[str, FactValue]
    phones: Mapping[str, str]  # id -> number as written


@dataclass(frozen=True)
class Changed(Generic[T]):
    id: str
    old: T
    new: T


@dataclass(frozen=True)
class Changes:
    """What differs between two snapshots. Lists keep the order of the snapshots (the site's order)."""

    sheets_added: tuple[str, ...] = ()
    sheets_removed: tuple[str, ...] = ()
    sheets_changed: tuple[str, ...] = ()  # the English content differs
    facts_changed: tuple[Changed[FactValue], ...] = ()
    facts_added: tuple[str, ...] = ()
    facts_removed: tuple[str, ...] = ()
    phones_changed: tuple[Changed[str], ...] = ()
    phones_added: tuple[str, ...] = ()
    phones_removed: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return any(getattr(self, name) for name in self.__dataclass_fields__)


def compare(old: Snapshot | None, new: Snapshot) -> Changes:
    """The changes from ``old`` to ``new``; none for the first release (``old`` is None)."""
    if old is None:
        return Changes()

    def added(before: Mapping, after: Mapping) -> tuple[str, ...]:
        return tuple(key for key in after if key not in before)

    def changed(before: Mapping, after: Mapping) -> tuple[Changed, ...]:
        return tuple(Changed(key, before[key], after[key]) for key in after if key in before and before[key] != after[key])

    return Changes(
        sheets_added=added(old.sheets, new.sheets),
        sheets_removed=added(new.sheets, old.sheets),
        sheets_changed=tuple(change.id for change in changed(
            {slug: record.content for slug, record in old.sheets.items()},
            {slug: record.content for slug, record in new.sheets.items()})),
        facts_changed=changed(old.facts, new.facts),
        facts_added=added(old.facts, new.facts),
        facts_removed=added(new.facts, old.facts),
        phones_changed=changed(old.phones, new.phones),
        phones_added=added(old.phones, new.phones),
        phones_removed=added(new.phones, old.phones),
    )


@dataclass(frozen=True)
class Release:
    """One published version. The first release of the record is the baseline: it lists no changes."""

    date: date
    snapshot: Snapshot
    changes: Changes
    first: bool = False
    notes: tuple[Text, ...] = ()  # editors' one-line notes, translated
    removed_titles: Mapping[str, Text] = field(default_factory=dict)  # removed sheet -> its title, translated
    file: Path | None = None

    def texts(self) -> Iterator[Text]:
        yield from self.notes
        yield from self.removed_titles.values()

    def affects(self, slug: str, facts: frozenset[str] | set[str], phones: frozenset[str] | set[str]) -> bool:
        """Whether this release changed what a sheet says: the sheet itself, or a fact or
        phone number it shows (``facts``, ``phones``: what the sheet shows today)."""
        if self.first:
            return slug in self.snapshot.sheets
        changes = self.changes
        return (slug in changes.sheets_added or slug in changes.sheets_changed
                or any(change.id in facts for change in changes.facts_changed)
                or any(change.id in phones for change in changes.phones_changed))
