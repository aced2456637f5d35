"""Bring every language's catalogue in step with the template, keeping every translation.

Babel's ``Catalog.update`` keeps translations of unchanged messages, marks those
whose English changed as fuzzy (needs review) with the previous msgid, and keeps
messages that left the knowledge base as obsolete (#~) entries instead of deleting
them, so no translator's work is ever lost.

One exception to "keep it as fuzzy": a draft that was itself unreviewed (fuzzy).
Fuzzy already means "unreviewed draft" here, so a draft of the old English carried
over to new English would look exactly like a good draft and show the old meaning.
It is kept as an obsolete entry instead, and the message counts as missing.

Review records (``review``) follow the English: when the English of a reviewed
message changes or the message leaves the knowledge base, its record is kept with
the status ``english-changed`` or ``removed`` and the day, so the file says why the
entry is no longer reviewed. The entry itself is then fuzzy (Babel's carried-over
translation) or empty: never reviewed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from babel.messages.catalog import Catalog, Message

from ..knowledge.freshness import current_date
from ..languages import Language
from .format import load_catalog, new_catalog, save_catalog, string_forms
from .review import MessageKey, ReviewRecord, load_reviews, reviews_path, save_reviews, supersede


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
    reviews_superseded: tuple[ReviewRecord, ...] = ()  # records whose English changed or went


def _first(msgid) -> str:
    return msgid if isinstance(msgid, str) else msgid[0]


def _translated(catalog: Catalog) -> int:
    return sum(1 for message in catalog if message.id and message.string and any(string_forms(message.string)))


def _set_aside_stale_drafts(catalog: Catalog, drafts: dict[str, Message]) -> None:
    for message in catalog:
        previous = message.previous_id[0] if message.id and message.previous_id else None
        old = drafts.get(previous) if previous else None
        if old is None:
            continue
        # Babel reuses the closest old translation without consuming it: when the old
        # message is still in the template it stays active, and needs no obsolete copy.
        if catalog.get(old.id, context=old.context) is None:
            # Babel types a message id as any of its forms; an old singular id is a str.
            catalog.obsolete[(old.id, old.context) if old.context else old.id] = Message(  # type: ignore[index]
                old.id, old.string, context=old.context, flags=old.flags)
        message.string = tuple("" for _ in message.string) if isinstance(message.string, (list, tuple)) else ""
        message.flags.discard("fuzzy")
        message.previous_id = []


def update_catalog(template: Catalog, path: Path, language: Language) -> UpdateResult:
    if path.exists():
        catalog = load_catalog(path, language)
    else:
        catalog = new_catalog(language.code, language)
    before = _translated(catalog) + sum(1 for m in catalog.obsolete.values() if m.string)
    reviewed = {_first(m.id) for m in catalog if m.id and not m.fuzzy and any(string_forms(m.string))}
    drafts = {_first(m.id): m for m in catalog
              if m.id and m.fuzzy and any(string_forms(m.string)) and _first(m.id) not in reviewed}
    catalog.update(template, no_fuzzy_matching=False, update_header_comment=False, keep_user_comments=True)
    _set_aside_stale_drafts(catalog, drafts)
    after = _translated(catalog) + sum(1 for m in catalog.obsolete.values() if m.string)
    if after < before:
        raise RuntimeError(f"{path}: update would lose {before - after} translation(s); nothing written")
    written = save_catalog(catalog, path)
    return UpdateResult(language.code, written, before, after)


def template_keys(template: Catalog) -> set[MessageKey]:
    return {MessageKey.of_entry(message.context or "", message.id) for message in template if message.id}


def update_reviews(template: Catalog, path: Path, today: date) -> tuple[ReviewRecord, ...]:
    """Mark the records of English that changed or went; returns them (nothing written if none)."""
    reviews, changed = supersede(load_reviews(path), template_keys(template), today)
    if changed:
        save_reviews(reviews, path)
    return tuple(changed)


def update_all(template: Catalog, locales: Path, languages: list[Language],
               today: date | None = None) -> list[UpdateResult]:
    """``today`` dates the review records this update supersedes (default: HEALTHSITE_TODAY or today)."""
    today = today or current_date()
    save_catalog(template, template_path(locales))
    results = []
    for language in languages:
        result = update_catalog(template, catalog_path(locales, language.code), language)
        superseded = update_reviews(template, reviews_path(locales, language.code), today)
        results.append(UpdateResult(result.language, result.written, result.translated_before,
                                    result.translated_after, superseded))
    return results
