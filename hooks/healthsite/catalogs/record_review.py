"""Record a finished translation review: the one command that marks entries reviewed.

After a qualified person has read the translations of one part (a sheet, the guide,
the shared texts) or a list of messages, this removes the fuzzy flag of exactly
those entries and writes a review record for each (``review``). It refuses the
whole review, and writes nothing, when any of the messages is not translated or
its translation fails the catalogue checks: a review cannot vouch for a text the
site would not show, or one whose numbers or placeholders are wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..knowledge.model import KnowledgeBase, PluralText, Text
from ..languages import Language
from .checks import entry_problems, language_rules
from .format import load_catalog, save_catalog
from .groups import group
from .review import (
    HASH_LENGTH,
    MessageKey,
    Reviewer,
    ReviewRecord,
    load_reviews,
    review_record,
    reviews_path,
    save_reviews,
)
from .review_pack import pack_id
from .status import is_filled, msgid_of
from .update import catalog_path

_TRAILING_HASH = re.compile(rf"^(?P<context>.+):(?P<hash>[0-9a-f]{{{HASH_LENGTH}}})$")
_PACK_ID = re.compile(r"^[0-9a-f]{8}$")


class ReviewRequestError(ValueError):
    """The request names something that is not there (an unknown sheet or message, a future date)."""


@dataclass(frozen=True)
class ReviewOutcome:
    language: str
    recorded: tuple[ReviewRecord, ...]  # empty when refused, or on a dry run
    refused: tuple[str, ...]  # why nothing was recorded
    messages: tuple[MessageKey, ...]  # what the review covers

    @property
    def ok(self) -> bool:
        return not self.refused


def messages_of_part(kb: KnowledgeBase, name: str) -> tuple[Text | PluralText, ...]:
    try:
        return group(kb, name).messages
    except KeyError as error:
        raise ReviewRequestError(error.args[0]) from None


def messages_named(kb: KnowledgeBase, names: list[str]) -> tuple[Text | PluralText, ...]:
    """Messages given as CONTEXT:HASH (what `status` and the review records print), as the id a
    review pack prints beside each text (eight hex digits), or as a CONTEXT alone when only one
    message has it."""
    by_context: dict[str, list[Text | PluralText]] = {}
    for message in kb.texts():
        by_context.setdefault(message.key, []).append(message)
    chosen = []
    for name in names:
        match = _TRAILING_HASH.match(name)
        if match:
            found = [m for m in by_context.get(match["context"], []) if MessageKey.of(m).english_hash == match["hash"]]
        elif _PACK_ID.match(name):
            found = [m for m in kb.texts() if pack_id(m) == name]
        else:
            found = by_context.get(name, [])
            if len(found) > 1:
                keys = ", ".join(str(MessageKey.of(m)) for m in found)
                raise ReviewRequestError(f"{name}: {len(found)} messages have this context; name one: {keys}")
        if not found:
            raise ReviewRequestError(f"{name}: no such message in the knowledge base (has its English changed?)")
        chosen.extend(found)
    return tuple(dict.fromkeys(chosen))


def record_review(kb: KnowledgeBase, locales: Path, language: Language, messages: tuple[Text | PluralText, ...],
                  reviewer: Reviewer, day: date, today: date, dry_run: bool = False) -> ReviewOutcome:
    """Mark ``messages`` reviewed by ``reviewer`` on ``day`` in ``language``'s catalogue, or refuse."""
    if language.code == kb.languages.source:
        raise ReviewRequestError(f"{language.code} is the source language: there is no translation to review")
    if day > today:
        raise ReviewRequestError(f"{day} is in the future: record a review once it is done")
    if not messages:
        raise ReviewRequestError("no message to review: name a sheet (--sheet), --shared or --messages")
    if not reviewer.by.strip() or not reviewer.qualification.strip():
        raise ReviewRequestError("say who reviewed (--by) and their qualification (--qualification)")
    keys = tuple(MessageKey.of(message) for message in messages)
    path = catalog_path(locales, language.code)
    if not path.exists():
        return ReviewOutcome(language.code, (), (f"{path}: no catalogue for this language",), keys)
    catalog = load_catalog(path, language)
    rules = language_rules(locales, language.code)
    refused = []
    entries = []
    for message in messages:
        entry = catalog.get(msgid_of(message), context=message.key)
        if entry is None or not is_filled(entry.string):
            refused.append(f"{MessageKey.of(message)}: not translated: {msgid_of(message)!r}")
            continue
        refused.extend(f"{MessageKey.of(message)}: {problem}"
                       for problem in entry_problems(language, message, entry.string, rules))
        entries.append((message, entry))
    if refused or dry_run:
        return ReviewOutcome(language.code, (), tuple(refused), keys)
    records = tuple(review_record(message, entry.string, reviewer, day) for message, entry in entries)
    reviews_file = reviews_path(locales, language.code)
    reviews = load_reviews(reviews_file).with_records(records)
    for _, entry in entries:
        entry.flags.discard("fuzzy")
    # Records first: a catalogue without its fuzzy flags but without records would fail the check.
    save_reviews(reviews, reviews_file)
    save_catalog(catalog, path)
    return ReviewOutcome(language.code, records, (), keys)
