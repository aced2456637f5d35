"""The rows of a review pack: every message of one language, grouped by page, ready to read.

A review pack is what a maintainer hands a qualified translator or mediator: per
page, numbered rows with the English, the translation as the catalogue holds it,
what the translator was told (the #. notes), the official French and Dutch words,
where the text appears on the site and how far the entry is (unreviewed, missing).
Rows whose English carries numbers, amounts, deadlines, negations or emergency
information come first in their section (``review_marks``): they are where a wrong
word can hurt.

Every message of the catalogue is in the full pack exactly once: the sheets in the
menu's order, then the decision guide, then what several pages share (interface
words, phone numbers, terms, organisations). A row names its catalogue entry by
``msgctxt`` (shared by the sentences of one section) and a short id made from the
context and the English, so a remark written on paper next to "row 12" can be
found in Poedit or Weblate. This module only reads: it never changes a catalogue.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from babel.messages.catalog import Catalog

from ..knowledge.model import BlockKind, KnowledgeBase, PluralText, Sheet, Text
from ..knowledge.references import ReferenceKind, references
from ..languages import Language, PluralRule
from ..site_map import published_url
from .extract import translator_notes
from .format import string_forms
from .review_marks import Mark, classify
from .safety import problems_with
from .states import TranslationState
from .status import is_filled, msgid_of
from .translator import MISSING, REVIEWED, UNREVIEWED

# Sections for what several pages share; a sheet's section is its slug.
INTERFACE, PHONES, TERMS, ORGANISATIONS = "interface", "phones", "terms", "organisations"
SHARED_SECTIONS = (INTERFACE, PHONES, TERMS, ORGANISATIONS)
SHARED_TITLES = {
    INTERFACE: "Words on every page (menus, notices, buttons, units)",
    PHONES: "Phone numbers: what each number is for",
    TERMS: "Terms: names and explanations (the glossary)",
    ORGANISATIONS: "Organisations: what each one does",
}
STATE_LABELS = {REVIEWED: "reviewed (not fuzzy)", UNREVIEWED: "unreviewed (fuzzy)", MISSING: "missing"}


def entry_id(key: str, english: str) -> str:
    """A short id for a catalogue entry: the same in every language, new when the English changes.

    Eight hex digits of SHA-256 over the context and the English (the singular of a plural
    message); tests check that no two messages of the knowledge base share one.
    """
    return hashlib.sha256(f"{key}\x04{english}".encode()).hexdigest()[:8]


def pack_id(message: Text | PluralText) -> str:
    """The id a review pack prints beside ``message`` (what a reviewer writes down)."""
    return entry_id(message.key, _english(message)[0])


@dataclass(frozen=True)
class OfficialWords:
    """The words said at the counter for a term the message names ({term:..} or {abbr:..})."""

    term: str
    english: str
    fr: str
    nl: str


@dataclass(frozen=True)
class PluralForm:
    """One plural form of a translation, with numbers it is used for (from the Plural-Forms rule)."""

    index: int
    examples: tuple[int, ...]
    text: str


@dataclass(frozen=True)
class ReviewRow:
    number: int
    key: str                            # msgctxt
    ident: str                          # entry_id
    english: tuple[str, ...]            # one text, or the singular and plural of a plural message
    translation: tuple[PluralForm, ...]  # one form for a plain message; empty forms when missing
    state: TranslationState             # REVIEWED, UNREVIEWED or MISSING
    marks: tuple[Mark, ...]
    notes: tuple[str, ...]              # the #. comments: the YAML note, what each placeholder shows
    comments: tuple[str, ...]           # "# " comments a translator wrote in the catalogue
    official: tuple[OfficialWords, ...]
    url: str
    po_line: int | None                 # line of the msgid in messages.po when the pack was made
    refused: tuple[str, ...] = ()       # why the site shows English instead of this translation

    @property
    def is_plural(self) -> bool:
        return len(self.english) > 1

    @property
    def state_label(self) -> str:
        return STATE_LABELS[self.state]


@dataclass(frozen=True)
class PackSection:
    id: str                  # a sheet's slug, the guide's slug, or one of SHARED_SECTIONS
    title: str               # English
    translated_title: str | None
    url: str                 # the page in the pack's language ("" for shared texts)
    english_url: str
    rows: tuple[ReviewRow, ...]

    @property
    def marked(self) -> int:
        return sum(1 for row in self.rows if row.marks)


@dataclass(frozen=True)
class ReviewPack:
    language: Language
    made_on: date
    site_url: str
    sections: tuple[PackSection, ...]
    whole: bool  # every message of the catalogue, or one section

    @property
    def rows(self) -> list[ReviewRow]:
        return [row for section in self.sections for row in section.rows]

    def count(self, state: TranslationState) -> int:
        return sum(1 for row in self.rows if row.state == state)


@dataclass(frozen=True)
class _Message:
    """A message and where a reader meets it, before it is numbered."""

    message: Text | PluralText
    path: str    # page path in an edition: "no-papers/", "" for the home page
    anchor: str  # "what-to-do", "" for the top of the page


def _sheet_messages(sheet: Sheet) -> Iterator[_Message]:
    """``Sheet.texts()`` with the section each text is in, for the link's anchor."""
    path = f"{sheet.slug}/"
    yield _Message(sheet.title, path, "")
    yield _Message(sheet.summary, path, "")
    for section in sheet.sections:
        if not section.standard_heading:
            yield _Message(section.heading, path, section.id)
        for block in section.blocks:
            for text in block.texts:
                yield _Message(text, path, section.id)


def _where_shown(kb: KnowledgeBase, kind: BlockKind, ident: str) -> tuple[str, str]:
    """The first page and section whose ``kind`` block (phones, organisations) lists ``ident``."""
    for sheet in kb.sheets:
        for section in sheet.sections:
            for block in section.blocks:
                if block.kind is kind and ident in block.ids:
                    return f"{sheet.slug}/", section.id
    return "", ""


def _glossary_path(kb: KnowledgeBase) -> str:
    for sheet in kb.sheets:
        if any(block.kind is BlockKind.GLOSSARY for section in sheet.sections for block in section.blocks):
            return f"{sheet.slug}/"
    return ""


def _guide_messages(kb: KnowledgeBase) -> Iterator[_Message]:
    guide = kb.guide
    if guide is None:
        return
    folder = f"{guide.slug}/"
    yield _Message(guide.title, folder, "")
    yield _Message(guide.summary, folder, "")
    for question in guide.questions.values():
        path = folder if question.id == guide.start else f"{folder}{question.id}/"
        yield _Message(question.question, path, "")
        for answer in question.answers:
            yield _Message(answer.label, path, "")


def _shared_messages(kb: KnowledgeBase, section: str) -> Iterator[_Message]:
    if section == INTERFACE:
        # On every page: the link goes to the edition's home page.
        for text in kb.interface.values():
            yield _Message(text, "", "")
        for unit in kb.units.values():
            yield _Message(unit, "", "")
    elif section == PHONES:
        for phone in kb.phones.values():
            path, anchor = _where_shown(kb, BlockKind.PHONES, phone.id)
            yield _Message(phone.label, path, anchor)
            if phone.details:
                yield _Message(phone.details, path, anchor)
    elif section == TERMS:
        glossary = _glossary_path(kb)
        for term in kb.terms.values():
            anchor = f"term-{term.id}" if glossary else ""
            yield _Message(term.name, glossary, anchor)
            yield _Message(term.explanation, glossary, anchor)
    elif section == ORGANISATIONS:
        for organisation in kb.organisations.values():
            yield _Message(organisation.description, *_where_shown(kb, BlockKind.ORGANISATIONS, organisation.id))


def section_ids(kb: KnowledgeBase) -> list[str]:
    """What ``--sheet`` accepts: every sheet's slug, the guide's, and the shared sections."""
    return [sheet.slug for sheet in kb.sheets] + ([kb.guide.slug] if kb.guide else []) + list(SHARED_SECTIONS)


def plural_examples(rule: PluralRule, upto: int = 200, shown: int = 3) -> tuple[tuple[int, ...], ...]:
    """For each plural form of a language, the first numbers it is used for: "form 3: 3, 4, 5"."""
    examples: list[list[int]] = [[] for _ in range(rule.count)]
    for n in range(upto + 1):
        index = rule.index(n)
        if index < rule.count and len(examples[index]) < shown:
            examples[index].append(n)
    return tuple(tuple(numbers) for numbers in examples)


def _official_words(kb: KnowledgeBase, message: Text | PluralText) -> tuple[OfficialWords, ...]:
    """The terms a message names, and for a term's own name and explanation, that term."""
    idents: list[str] = []
    if message.key.startswith("term:"):
        idents.append(message.key.split(":")[1])
    if isinstance(message, Text):
        idents += [reference.id for reference in references(message.source)
                   if reference.kind in (ReferenceKind.TERM, ReferenceKind.ABBR)]
    words = []
    for ident in dict.fromkeys(idents):
        term = kb.terms.get(ident)
        if term is not None:
            words.append(OfficialWords(ident, term.name.source, term.fr.full, term.nl.full))
    return tuple(words)


def _english(message: Text | PluralText) -> tuple[str, ...]:
    return (message.one, message.other) if isinstance(message, PluralText) else (message.source,)


def _row(kb: KnowledgeBase, language: Language, catalog: Catalog | None, site_url: str, item: _Message) -> ReviewRow:
    message = item.message
    english = _english(message)
    entry = catalog.get(msgid_of(message), context=message.key) if catalog is not None else None
    if entry is None or not is_filled(entry.string):
        state = MISSING
    else:
        state = UNREVIEWED if entry.fuzzy else REVIEWED
    forms = string_forms(entry.string) if entry is not None else ()
    if isinstance(message, PluralText):
        examples = plural_examples(language.plural)
        translation = tuple(PluralForm(index, examples[index], forms[index] if index < len(forms) else "")
                            for index in range(language.plural.count))
    else:
        translation = (PluralForm(0, (), forms[0] if forms else ""),)
    refused: tuple[str, ...] = ()
    if state != MISSING:
        refused = tuple(problem for form in translation for problem in problems_with(english[0], form.text))
    url = published_url(site_url, language.code, item.path) + (f"#{item.anchor}" if item.anchor else "")
    return ReviewRow(
        number=0,
        key=message.key,
        ident=pack_id(message),
        english=english,
        translation=translation,
        state=state,
        marks=classify(*english, facts=kb.facts),
        notes=tuple(translator_notes(kb, message)),
        comments=tuple(entry.user_comments) if entry is not None else (),
        official=_official_words(kb, message),
        url=url,
        po_line=entry.lineno if entry is not None else None,
        refused=tuple(dict.fromkeys(refused)),
    )


def _grouped(kb: KnowledgeBase) -> Iterator[tuple[str, str, Text | None, str, list[_Message]]]:
    """(id, English title, translatable title, page path, messages) of every section, in pack order."""
    for sheet in kb.sheets:
        yield sheet.slug, sheet.title.source, sheet.title, f"{sheet.slug}/", list(_sheet_messages(sheet))
    if kb.guide:
        yield kb.guide.slug, kb.guide.title.source, kb.guide.title, f"{kb.guide.slug}/", list(_guide_messages(kb))
    for section in SHARED_SECTIONS:
        yield section, SHARED_TITLES[section], None, "", list(_shared_messages(kb, section))


def _translated_title(catalog: Catalog | None, title: Text | None) -> str | None:
    if catalog is None or title is None:
        return None
    entry = catalog.get(title.source, context=title.key)
    return str(entry.string) if entry is not None and entry.string else None  # a title has no plural forms


def review_pack(kb: KnowledgeBase, language: Language, catalog: Catalog | None, site_url: str,
                made_on: date, only: str | None = None) -> ReviewPack:
    """The pack of one language: every section, or only the section ``only`` (see ``section_ids``).

    Within a section, marked rows come first, each group in the order the page shows
    them; rows are numbered 1, 2, 3… through the whole pack.
    """
    if language.code == kb.languages.source:
        raise ValueError(f"{language.code} is the source language: there is no translation to review")
    if only is not None and only not in section_ids(kb):
        raise ValueError(f"no section {only!r}; choose one of: {', '.join(section_ids(kb))}")
    seen: set[tuple[str, str]] = set()
    sections = []
    number = 0
    for ident, title, translatable, path, messages in _grouped(kb):
        unique = []
        for item in messages:
            # One row per catalogue entry: the same sentence twice in a section is one entry.
            identity = (item.message.key, _english(item.message)[0])
            if identity not in seen:
                seen.add(identity)
                unique.append(item)
        if only is not None and ident != only:
            continue
        rows = [_row(kb, language, catalog, site_url, item) for item in unique]
        ordered = [row for row in rows if row.marks] + [row for row in rows if not row.marks]
        numbered = []
        for row in ordered:
            number += 1
            numbered.append(replace(row, number=number))
        sections.append(PackSection(
            ident, title, _translated_title(catalog, translatable),
            published_url(site_url, language.code, path), published_url(site_url, kb.languages.source, path),
            tuple(numbered)))
    return ReviewPack(language, made_on, site_url, tuple(sections), whole=only is None)


KEY_COLUMNS = ("row", "id", "msgctxt", "section", "state", "marks", "po_line", "english", "page")


def key_table_csv(pack: ReviewPack) -> str:
    """Row number → catalogue entry, for the maintainer who types paper remarks into Poedit or Weblate."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(KEY_COLUMNS)
    for section in pack.sections:
        for row in section.rows:
            writer.writerow([row.number, row.ident, row.key, section.id, row.state,
                             " ".join(mark.name.lower() for mark in row.marks),
                             row.po_line or "", " | ".join(row.english), row.url])
    return out.getvalue()
