"""What a sheet shows, a snapshot of the knowledge base for the release record, and the
date each sheet last changed.

A sheet's fingerprint covers the English words a reader sees on it: its own texts, and
the labels, descriptions and official words of the phone numbers, organisations and terms
it shows. Fact values and phone numbers are left out: they are recorded on their own,
with their old and new values, and reach a sheet's date through what it uses.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date

from .model import BlockKind, KnowledgeBase, Sheet, Text
from .references import Reference, ReferenceKind, split_text
from .releases import Changes, FactValue, Release, SheetRecord, Snapshot, compare

FINGERPRINT_LENGTH = 16  # hex digits of SHA-256: enough to tell two versions of a sheet apart


@dataclass
class SheetUses:
    """The entries a sheet shows, each once, in the order met."""

    facts: dict[str, None] = field(default_factory=dict)
    phones: dict[str, None] = field(default_factory=dict)
    terms: dict[str, None] = field(default_factory=dict)  # in a table, or named in the text
    explained: bool = False  # a glossary: every term with its explanation
    organisations: dict[str, None] = field(default_factory=dict)  # shown as cards
    named_organisations: dict[str, None] = field(default_factory=dict)  # named in the text only


def sheet_uses(kb: KnowledgeBase, sheet: Sheet) -> SheetUses:
    uses = SheetUses()
    texts: list[Text] = list(sheet.texts())

    def phone(ident: str) -> None:
        if ident not in uses.phones:
            uses.phones[ident] = None
            texts.extend(text for text in (kb.phones[ident].label, kb.phones[ident].details) if text)

    def term(ident: str) -> None:
        if ident not in uses.terms:
            uses.terms[ident] = None
            texts.append(kb.terms[ident].name)

    for section in sheet.sections:
        for block in section.blocks:
            if block.kind is BlockKind.PHONES:
                for ident in block.ids:
                    phone(ident)
            elif block.kind is BlockKind.TERMS:
                for ident in block.ids:
                    term(ident)
            elif block.kind is BlockKind.GLOSSARY:
                uses.explained = True
                for ident in kb.terms:
                    term(ident)
                    texts.append(kb.terms[ident].explanation)
            elif block.kind is BlockKind.ORGANISATIONS:
                for ident in block.ids:
                    uses.organisations[ident] = None
                    texts.append(kb.organisations[ident].description)
                    for number in kb.organisations[ident].phones:
                        phone(number)
    # Texts name more entries (a phone label can name an organisation): follow them all.
    position = 0
    while position < len(texts):
        for part in split_text(texts[position].source):
            if not isinstance(part, Reference):
                continue
            if part.kind is ReferenceKind.PHONE:
                phone(part.id)
            elif part.kind is ReferenceKind.FACT:
                uses.facts[part.id] = None
            elif part.kind is ReferenceKind.TERM:
                term(part.id)
            elif part.kind is ReferenceKind.ABBR:
                uses.terms.setdefault(part.id, None)
            elif part.kind is ReferenceKind.ORG:
                uses.named_organisations[part.id] = None
        position += 1
    return uses


def sheet_fingerprint(kb: KnowledgeBase, sheet: Sheet) -> str:
    """Changes when the English a reader sees on the sheet changes (not its review date or order)."""
    uses = sheet_uses(kb, sheet)

    def source(text: Text | None) -> str | None:
        return text.source if text else None

    content = {
        "kind": sheet.kind,
        "title": sheet.title.source,
        "summary": sheet.summary.source,
        "sources": list(sheet.sources),
        "sections": [{"id": section.id,
                      "heading": None if section.standard_heading else section.heading.source,
                      "blocks": [[block.kind, [text.source for text in block.texts], list(block.ids)]
                                 for block in section.blocks]}
                     for section in sheet.sections],
        "phones": {ident: [source(kb.phones[ident].label), source(kb.phones[ident].details), kb.phones[ident].email]
                   for ident in uses.phones},
        "terms": {ident: [kb.terms[ident].name.source, kb.terms[ident].fr.full, kb.terms[ident].nl.full]
                  + ([kb.terms[ident].explanation.source] if uses.explained else [])
                  for ident in uses.terms},
        "organisations": {ident: [organisation.name, organisation.description.source, organisation.website,
                                  organisation.address, list(organisation.phones), list(organisation.regions)]
                          for ident in uses.organisations for organisation in [kb.organisations[ident]]},
        "named": [kb.organisations[ident].name for ident in uses.named_organisations],
    }
    encoded = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(encoded).hexdigest()[:FINGERPRINT_LENGTH]


def take_snapshot(kb: KnowledgeBase) -> Snapshot:
    return Snapshot(
        sheets={sheet.slug: SheetRecord(sheet.title.source, sheet_fingerprint(kb, sheet)) for sheet in kb.sheets},
        facts={ident: FactValue(fact.value, fact.unit, fact.valid) for ident, fact in kb.facts.items()},
        phones={ident: phone.number for ident, phone in kb.phones.items()},
    )


def unpublished(kb: KnowledgeBase) -> Changes | None:
    """What changed since the last release (empty when everything is published); None without any release."""
    if not kb.releases:
        return None
    return compare(kb.releases[-1].snapshot, take_snapshot(kb))


def affects(release: Release, kb: KnowledgeBase, sheet: Sheet, uses: SheetUses | None = None) -> bool:
    uses = uses or sheet_uses(kb, sheet)
    return release.affects(sheet.slug, set(uses.facts), set(uses.phones))


def last_changed(kb: KnowledgeBase, sheet: Sheet) -> date | None:
    """The date of the last release that changed what the sheet says; None if it was never published."""
    uses = sheet_uses(kb, sheet)
    return max((release.date for release in kb.releases if affects(release, kb, sheet, uses)), default=None)


def affected_sheets(kb: KnowledgeBase, release: Release) -> tuple[str, ...]:
    """The sheets of today whose content the release changed, new ones included, in the site's order."""
    return tuple(sheet.slug for sheet in kb.sheets if affects(release, kb, sheet))


def changed_after(kb: KnowledgeBase, day: date) -> tuple[str, ...]:
    """The sheets of today that changed in a release after ``day``: their printed leaflets are out of date."""
    later = [release for release in kb.releases if release.date > day]
    return tuple(sheet.slug for sheet in kb.sheets if any(affects(release, kb, sheet) for release in later))


def removed_after(kb: KnowledgeBase, day: date) -> tuple[str, ...]:
    """Sheets taken off the site in a release after ``day`` (and not back since)."""
    current = {sheet.slug for sheet in kb.sheets}
    removed = [slug for release in kb.releases if release.date > day
               for slug in release.changes.sheets_removed if slug not in current]
    return tuple(dict.fromkeys(removed))


def users_of(kb: KnowledgeBase, *, fact: str | None = None, phone: str | None = None) -> tuple[str, ...]:
    """The sheets that show a fact or a phone number."""
    found = []
    for sheet in kb.sheets:
        uses = sheet_uses(kb, sheet)
        if (fact and fact in uses.facts) or (phone and phone in uses.phones):
            found.append(sheet.slug)
    return tuple(found)


def removed_title(kb: KnowledgeBase, slug: str) -> Text | None:
    """The title of a sheet no longer on the site, from the release that took it off."""
    for release in reversed(kb.releases):
        if slug in release.removed_titles:
            return release.removed_titles[slug]
    return None
