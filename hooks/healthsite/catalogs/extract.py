"""A Babel extractor for the knowledge base, and the template (messages.pot) it fills.

Each message has the stable knowledge-base key as its context (msgctxt), so the
same English words in two places can be translated differently, and an edit to
one sentence never disturbs another. Translator notes come from the YAML.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import cast

from babel.messages.catalog import Catalog
from babel.messages.extract import extract

from ..knowledge.model import KnowledgeBase, PluralText, Text
from ..knowledge.references import Reference, ReferenceKind, split_text
from .format import PROJECT, new_catalog


def _reference_note(kb: KnowledgeBase, reference: Reference) -> str:
    """What a placeholder stands for, so translators know what they place."""
    if reference.kind is ReferenceKind.PHONE:
        shown = kb.phones[reference.id].number
    elif reference.kind in (ReferenceKind.TERM, ReferenceKind.ABBR):
        term = kb.terms[reference.id]
        official = f"{term.fr.said} / {term.nl.said}"
        shown = official if reference.kind is ReferenceKind.ABBR else f"{term.name.source} ({official})"
    elif reference.kind is ReferenceKind.ORG:
        shown = kb.organisations[reference.id].name
    elif reference.kind is ReferenceKind.SHEET:
        shown = "a link to the page: " + kb.sheet(reference.id).title.source
    else:
        fact = kb.facts[reference.id]
        if fact.is_date:
            shown = f"{cast(date, fact.value).isoformat()} (a date, written the way your language writes dates)"
        elif fact.is_money:
            shown = f"{fact.value:g} EUR (an amount, formatted for your language)"
            if fact.valid:
                shown += f", followed by the year it is from ({fact.valid})"
        else:
            shown = f"{fact.value:g} × {fact.unit} (a duration, written with your language's plural form)"
    return f"{reference} shows: {shown}"


def translator_notes(kb: KnowledgeBase, message: Text | PluralText) -> list[str]:
    """The #. comments of a message: its note in the YAML, then what each placeholder shows."""
    comments = []
    if isinstance(message, Text):
        if message.note:
            comments.append(message.note)
        references = [part for part in split_text(message.source) if isinstance(part, Reference)]
        comments.extend(dict.fromkeys(_reference_note(kb, reference) for reference in references))
    else:
        comments.append("{count} is a number. Give every plural form of your language.")
    return comments


def extract_knowledge_base(fileobj, keywords, comment_tags, options) -> Iterator[tuple]:
    """Babel extraction method: the messages of one knowledge-base file.

    ``options["knowledge_base"]`` is the loaded, validated KnowledgeBase: messages
    are read from the model, not re-parsed, so extraction and the site never
    disagree on what the text is.
    """
    kb: KnowledgeBase = options["knowledge_base"]
    name = Path(getattr(fileobj, "name", "")).resolve()
    for message in kb.texts():
        if message.where.file is None or message.where.file.resolve() != name:
            continue
        if isinstance(message, PluralText):
            yield message.where.line, "npgettext", (message.key, message.one, message.other), translator_notes(kb, message)
        else:
            yield message.where.line, "pgettext", (message.key, message.source), translator_notes(kb, message)


def build_template(kb: KnowledgeBase, root: Path) -> Catalog:
    """The template catalogue: every message of the knowledge base, in knowledge-base order."""
    template = new_catalog(locale=None)
    files = list(dict.fromkeys(message.where.file for message in kb.texts() if message.where.file))
    for file in files:
        with open(file, "rb") as handle:
            stream = BytesIO(handle.read())
        stream.name = str(file)
        for lineno, msgid, comments, context in extract(
            extract_knowledge_base, stream, options={"knowledge_base": kb}
        ):
            location = (file.resolve().relative_to(root.resolve()).as_posix(), lineno)
            existing = template.get(msgid, context)
            if existing:
                existing.locations.append(location)
                continue
            template.add(msgid, locations=[location], auto_comments=comments, context=context)
    return template


__all__ = ["PROJECT", "build_template", "extract_knowledge_base", "translator_notes"]
