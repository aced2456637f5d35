"""Translation review records: who checked which translation, with what qualification, and when.

A translation counts as reviewed only when its catalogue entry has no ``fuzzy`` flag
**and** a record here says a qualified person checked that translation of that
English text. Records live beside the catalogue, in ``locales/<lang>/reviews.yaml``,
because Poedit, Weblate and ``msgcat`` rewrite or drop comments in a .po file but
leave other files alone.

A record is keyed by the message context (msgctxt) and a hash of the English text:
several messages share a context (the paragraphs of one section), and a record must
stop counting the moment its English changes. It also keeps a hash of the
translation that was checked, so a translation edited after its review is no longer
covered by it. When ``extract`` finds that the English of a reviewed message changed,
the record is kept with the status ``english-changed`` and the day it noticed: the
file then says why the entry is no longer reviewed.

This module is the model, the file format and pure functions; recording a review
(which also writes the .po file) is ``record_review``'s job.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from pathlib import Path

import yaml

from ..knowledge.model import PluralText, Text


class ReviewStatus(StrEnum):
    """A record's ``status`` in reviews.yaml (the values are the words written there)."""

    REVIEWED = "reviewed"
    # What the update step writes when a reviewed message's English changes or disappears:
    # the record stays, as history, and no longer counts.
    ENGLISH_CHANGED = "english-changed"
    REMOVED = "removed"


REVIEWED, ENGLISH_CHANGED, REMOVED = ReviewStatus.REVIEWED, ReviewStatus.ENGLISH_CHANGED, ReviewStatus.REMOVED
SUPERSEDED = (ENGLISH_CHANGED, REMOVED)
STATUSES = tuple(ReviewStatus)
HASH_LENGTH = 12  # hex digits of SHA-256: ample to tell apart the few messages of one context
_HASH = re.compile(rf"^[0-9a-f]{{{HASH_LENGTH}}}$")
FILE_NAME = "reviews.yaml"
_HEADER = (
    "# Translation reviews: who checked which translation, and when.\n"
    "# Written by `python -m healthsite review` and updated by `python -m healthsite extract`;\n"
    "# read by the build and the catalogue check. Keys: message context, then a hash of the English.\n"
)


class ReviewFileError(ValueError):
    """A reviews.yaml that cannot be trusted: the message names the file and the record."""


def text_hash(text: str | tuple[str, ...] | list[str]) -> str:
    """A short, stable hash of a text; plural forms are joined with NUL, as in a .mo file."""
    forms = (text,) if isinstance(text, str) else tuple(text)
    return hashlib.sha256("\x00".join(forms).encode("utf-8")).hexdigest()[:HASH_LENGTH]


def english_of(message: Text | PluralText) -> str | tuple[str, str]:
    return (message.one, message.other) if isinstance(message, PluralText) else message.source


@dataclass(frozen=True, order=True)
class MessageKey:
    """One message of the catalogue: its context and the hash of its English."""

    context: str
    english_hash: str

    def __str__(self) -> str:
        return f"{self.context}:{self.english_hash}"

    @classmethod
    def of(cls, message: Text | PluralText) -> MessageKey:
        return cls(message.key, text_hash(english_of(message)))

    @classmethod
    def of_entry(cls, context: str, msgid) -> MessageKey:
        return cls(context, text_hash(msgid))


@dataclass(frozen=True)
class Reviewer:
    """Who checked: a name or a role and organisation, and their qualification, as the reader sees them."""

    by: str
    qualification: str


@dataclass(frozen=True)
class ReviewRecord:
    key: MessageKey
    english: str | tuple[str, ...]  # the English that was checked, so a changed record shows what it was
    translation_hash: str  # the translation that was checked
    reviewer: Reviewer
    reviewed_on: date
    status: ReviewStatus = REVIEWED
    changed_on: date | None = None  # when extract noticed the English had changed or gone

    @property
    def counts(self) -> bool:
        """Whether this record still vouches for its message (its English has not changed since)."""
        return self.status == REVIEWED

    def covers(self, translation) -> bool:
        """Whether this record vouches for exactly this translation."""
        return self.counts and self.translation_hash == text_hash(translation)


@dataclass(frozen=True)
class Reviews:
    """Every review record of one language."""

    records: dict[MessageKey, ReviewRecord] = field(default_factory=dict)

    def get(self, key: MessageKey) -> ReviewRecord | None:
        return self.records.get(key)

    def covering(self, context: str, msgid, translation) -> ReviewRecord | None:
        """The record that makes this catalogue entry reviewed, if there is one."""
        record = self.records.get(MessageKey.of_entry(context, msgid))
        return record if record is not None and record.covers(translation) else None

    def with_records(self, records: Iterable[ReviewRecord]) -> Reviews:
        """These records added; a new review of the same English replaces the earlier one."""
        return Reviews({**self.records, **{record.key: record for record in records}})


def review_record(message: Text | PluralText, translation, reviewer: Reviewer, day: date) -> ReviewRecord:
    english = english_of(message)
    return ReviewRecord(MessageKey.of(message), english, text_hash(translation), reviewer, day)


def supersede(reviews: Reviews, current: set[MessageKey], today: date) -> tuple[Reviews, list[ReviewRecord]]:
    """Records whose English is no longer in the catalogue stop counting, and say why.

    ``current`` is every message of the new template. A record whose context is still
    there had its English changed; one whose context is gone was removed. Returns the
    new reviews and the records that changed.
    """
    contexts = {key.context for key in current}
    changed = []
    for record in reviews.records.values():
        if record.counts and record.key not in current:
            status = ENGLISH_CHANGED if record.key.context in contexts else REMOVED
            changed.append(replace(record, status=status, changed_on=today))
    return reviews.with_records(changed), changed


@dataclass(frozen=True)
class ReviewerSummary:
    reviewer: Reviewer
    texts: int
    last_reviewed: date


def reviewers(records: Iterable[ReviewRecord]) -> list[ReviewerSummary]:
    """Each reviewer once, with how many texts they checked and their last review day; most texts first."""
    counted: dict[Reviewer, list[date]] = {}
    for record in records:
        counted.setdefault(record.reviewer, []).append(record.reviewed_on)
    summaries = [ReviewerSummary(reviewer, len(days), max(days)) for reviewer, days in counted.items()]
    return sorted(summaries, key=lambda summary: (-summary.texts, summary.reviewer.by))


# --- the file ---------------------------------------------------------------------------

def reviews_path(locales: Path, code: str) -> Path:
    return locales / code / FILE_NAME


def _record_from(path: Path, context: str, english_hash: str, data) -> ReviewRecord:
    where = f"{path}: {context}:{english_hash}"
    if not _HASH.match(english_hash):
        raise ReviewFileError(f"{where}: the key must be {HASH_LENGTH} hex digits (the hash of the English)")
    if not isinstance(data, dict):
        raise ReviewFileError(f"{where}: a record is a mapping (english, translation_hash, by, ...)")
    missing = [name for name in ("english", "translation_hash", "by", "qualification", "date") if not data.get(name)]
    if missing:
        raise ReviewFileError(f"{where}: missing {', '.join(missing)}")
    english = tuple(data["english"]) if isinstance(data["english"], list) else data["english"]
    if text_hash(english) != english_hash:
        raise ReviewFileError(f"{where}: the key does not match the English it records (edited by hand?)")
    try:
        status = ReviewStatus(data.get("status", REVIEWED))
    except ValueError:
        raise ReviewFileError(f"{where}: status {data['status']!r} is not one of {', '.join(STATUSES)}") from None
    days = [data["date"], data.get("changed")]
    if any(day is not None and not isinstance(day, date) for day in days):
        raise ReviewFileError(f"{where}: dates are written YYYY-MM-DD")
    if (status in SUPERSEDED) != (data.get("changed") is not None):
        raise ReviewFileError(f"{where}: 'changed' (a date) goes with the status {' or '.join(SUPERSEDED)}, and only then")
    return ReviewRecord(MessageKey(context, english_hash), english, str(data["translation_hash"]),
                        Reviewer(str(data["by"]), str(data["qualification"])), data["date"], status, data.get("changed"))


def load_reviews(path: Path) -> Reviews:
    """The records of one language; no file means no review yet."""
    if not path.exists():
        return Reviews()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        raise ReviewFileError(f"{path}: not valid YAML: {error}") from None
    records = {}
    for context, by_hash in (data.get("reviews") or {}).items():
        if not isinstance(by_hash, dict):
            raise ReviewFileError(f"{path}: {context}: expected records keyed by the hash of the English")
        for english_hash, record in by_hash.items():
            parsed = _record_from(path, str(context), str(english_hash), record)
            records[parsed.key] = parsed
    return Reviews(records)


def _record_data(record: ReviewRecord) -> dict:
    data = {
        "english": list(record.english) if isinstance(record.english, tuple) else record.english,
        "translation_hash": record.translation_hash,
        "by": record.reviewer.by,
        "qualification": record.reviewer.qualification,
        "date": record.reviewed_on,
        "status": record.status.value,  # PyYAML's safe dumper writes plain str only
    }
    if record.changed_on is not None:
        data["changed"] = record.changed_on
    return data


def render_reviews(reviews: Reviews) -> str:
    grouped: dict[str, dict[str, dict]] = {}
    for key in sorted(reviews.records):
        grouped.setdefault(key.context, {})[key.english_hash] = _record_data(reviews.records[key])
    body = yaml.safe_dump({"reviews": grouped}, allow_unicode=True, sort_keys=False, width=10_000)
    return _HEADER + body


def save_reviews(reviews: Reviews, path: Path) -> bool:
    """Write only when something changed; True if written."""
    content = render_reviews(reviews)
    if path.exists() and path.read_text(encoding="utf-8") == content:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    return True
