"""Write a release: compare the knowledge base with the last release, and record the result.

``python -m healthsite publish [--note "..."]`` calls ``write_release``. The release is
dated today (``freshness.current_date``, which ``HEALTHSITE_TODAY`` sets). Publishing
again on the same day replaces that day's release (compared with the release before
it) and keeps its notes, so a correction made the same day needs no second entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from .errors import KnowledgeBaseError, Problem
from .load import RELEASES_FOLDER
from .model import KnowledgeBase
from .releases import Changes, FactValue, Release, Snapshot, compare
from .snapshot import take_snapshot

HEADER = """\
# yaml-language-server: $schema=../schema/release.schema.json
# What was published on {day}: written by `python -m healthsite publish`.
# Validation checks the changes against the snapshots: do not edit them. Notes are for editors
# (one plain sentence each, for readers, translated like every other text).
"""


@dataclass(frozen=True)
class Publication:
    file: Path
    day: date
    previous: date | None  # the release compared with; None for the first
    changes: Changes
    notes: tuple[str, ...]
    snapshot: Snapshot


class NothingToPublish(Exception):
    """Nothing changed since the last release, and no note was given."""


class _Line(dict):
    """A mapping written on one line ({value: 30, unit: day}): one fact or sheet per line reads well in a diff."""


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(_Line, lambda dumper, data: dumper.represent_mapping(
    "tag:yaml.org,2002:map", data.items(), flow_style=True))


def _fact(value: FactValue) -> _Line:
    entry = _Line(value=value.value.isoformat() if isinstance(value.value, date) else value.value,
                  unit=str(value.unit))  # the plain string: SafeDumper writes no enum
    if value.valid:
        entry["valid"] = value.valid
    return entry


def release_document(day: date, snapshot: Snapshot, changes: Changes, notes: list, removed_titles: dict[str, str]) -> dict:
    """The release as YAML data; empty lists are left out."""
    listed = {
        "sheets-added": list(changes.sheets_added),
        "sheets-removed": [{"slug": slug, "title": removed_titles[slug]} for slug in changes.sheets_removed],
        "sheets-changed": list(changes.sheets_changed),
        "facts-changed": [{"id": change.id, "old": _fact(change.old), "new": _fact(change.new)}
                          for change in changes.facts_changed],
        "facts-added": list(changes.facts_added),
        "facts-removed": list(changes.facts_removed),
        "phones-changed": [_Line(id=change.id, old=change.old, new=change.new) for change in changes.phones_changed],
        "phones-added": list(changes.phones_added),
        "phones-removed": list(changes.phones_removed),
    }
    document: dict = {"date": day.isoformat()}
    if notes:
        document["notes"] = notes
    if any(listed.values()):
        document["changes"] = {name: value for name, value in listed.items() if value}
    document["snapshot"] = {
        "sheets": {slug: _Line(title=record.title, content=record.content) for slug, record in snapshot.sheets.items()},
        "facts": {ident: _fact(value) for ident, value in snapshot.facts.items()},
        "phones": dict(snapshot.phones),
    }
    return document


def _raw_notes(release: Release) -> list:
    """A release's notes as written in its file (a note for translators stays with its text)."""
    return [{"text": note.source, "note": note.note} if note.note else note.source for note in release.notes]


def write_release(kb: KnowledgeBase, content_dir: Path, day: date, notes: list[str] | None = None) -> Publication:
    """Write (or rewrite) the release of ``day``. Raises NothingToPublish, or KnowledgeBaseError
    when a later release exists."""
    later = [release for release in kb.releases if release.date > day]
    if later:
        raise KnowledgeBaseError([Problem(later[-1].file, None, "date",
                                          f"a release is dated {later[-1].date}, after today ({day})")])
    earlier = [release for release in kb.releases if release.date < day]
    same_day = next((release for release in kb.releases if release.date == day), None)
    previous = earlier[-1] if earlier else None
    snapshot = take_snapshot(kb)
    changes = compare(previous.snapshot if previous else None, snapshot)
    all_notes = (_raw_notes(same_day) if same_day else []) + list(notes or [])
    if previous and not changes and not all_notes:
        raise NothingToPublish(f"nothing changed since the release of {previous.date}")
    removed_titles = {slug: previous.snapshot.sheets[slug].title for slug in changes.sheets_removed} if previous else {}
    document = release_document(day, snapshot, changes, all_notes, removed_titles)
    folder = content_dir / RELEASES_FOLDER
    folder.mkdir(exist_ok=True)
    file = folder / f"{day.isoformat()}.yaml"
    body = yaml.dump(document, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000, default_flow_style=False)
    file.write_text(HEADER.format(day=day.isoformat()) + body, encoding="utf-8")
    return Publication(file, day, previous.date if previous else None, changes,
                       tuple(note if isinstance(note, str) else note["text"] for note in all_notes), snapshot)


def _shown(value: FactValue) -> str:
    shown = value.value.isoformat() if isinstance(value.value, date) else f"{value.value:g} {value.unit}"
    return shown + (f" ({value.valid})" if value.valid else "")


def change_lines(changes: Changes) -> list[str]:
    """The changes, one per line, for the editor who publishes."""
    lines = [f"new sheet: {slug}" for slug in changes.sheets_added]
    lines += [f"removed sheet: {slug}" for slug in changes.sheets_removed]
    lines += [f"changed sheet: {slug}" for slug in changes.sheets_changed]
    lines += [f"fact changed: {change.id}: {_shown(change.old)} -> {_shown(change.new)}" for change in changes.facts_changed]
    lines += [f"new fact: {ident}" for ident in changes.facts_added]
    lines += [f"removed fact: {ident}" for ident in changes.facts_removed]
    lines += [f"phone number changed: {change.id}: {change.old} -> {change.new}" for change in changes.phones_changed]
    lines += [f"new phone number: {ident}" for ident in changes.phones_added]
    lines += [f"removed phone number: {ident}" for ident in changes.phones_removed]
    return lines


def publication_lines(publication: Publication) -> list[str]:
    """What ``publish`` prints: the file written, then what the release lists."""
    lines = [f"release {publication.day}: {publication.file}"]
    if publication.previous is None:
        snapshot = publication.snapshot
        lines.append(f"first published version (the baseline): {len(snapshot.sheets)} sheets, "
                     f"{len(snapshot.facts)} facts, {len(snapshot.phones)} phone numbers")
    else:
        lines.append(f"compared with the release of {publication.previous}:")
        lines += [f"  {line}" for line in change_lines(publication.changes)] or ["  no change in sheets, facts or phone numbers"]
    lines += [f"note: {note}" for note in publication.notes]
    return lines
