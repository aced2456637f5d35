"""Plain-language rules for the English source, checked on every text.

Readers have little schooling and read in a second language: short sentences,
abbreviations only where the glossary explains them, respectful words. The
rules run in ``validate`` (with file and line) and in the tests.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .errors import Problem
from .model import KnowledgeBase, Text
from .references import Literal, split_text

MAX_WORDS = 20
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
ABBREVIATION = re.compile(r"\b[A-Z][A-Z0-9]+\b")
# Words that label people as criminals; say "without papers" or "without a residence permit".
# Everyday words readers know better than their long form; nothing official goes here.
EVERYDAY = {"SIM", "A4", "A3"}  # a phone card, and the paper sizes on every printer
# Addresses on the web are data (an organisation's website, a phone's e-mail): inside
# prose, translators would have to copy them and scripts other than Latin would mix.
WEB_ADDRESS = re.compile(r"\S+@\S+\.[a-z]+|\bwww\.|https?://")
DISRESPECTFUL = re.compile(r"\b(illegals?|illegally|clandestines?|aliens?)\b", re.IGNORECASE)


def _plain(text: str) -> str:
    """The text with every reference replaced by one word, as a reader hears it."""
    return "".join(part.text if isinstance(part, Literal) else "X" for part in split_text(text))


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE_END.split(_plain(text).strip()) if s]


def text_problems(text: Text, glossary_abbreviations: dict[str, str]) -> Iterable[str]:
    for sentence in sentences(text.source):
        words = len(sentence.split())
        if words > MAX_WORDS:
            yield f"sentence of {words} words (at most {MAX_WORDS}): {sentence!r}"
    for abbreviation in ABBREVIATION.findall(_plain(text.source)):
        if abbreviation in EVERYDAY:
            continue
        if abbreviation in glossary_abbreviations:
            yield f"write {{abbr:{glossary_abbreviations[abbreviation]}}} instead of {abbreviation!r}"
        else:
            yield f"{abbreviation!r} is not explained in the glossary: add it to terms.yaml or write it in full"
    if WEB_ADDRESS.search(text.source):
        yield "a web or e-mail address in prose: put it in organisations.yaml (website) or phones.yaml (email)"
    for word in DISRESPECTFUL.findall(text.source):
        yield f"{word!r} is not a word for people: say \"without papers\" or \"without a residence permit\""


def style_problems(kb: KnowledgeBase) -> list[Problem]:
    abbreviations = {}
    for term in kb.terms.values():
        for official in (term.fr, term.nl):
            if official.abbr:
                abbreviations[official.abbr] = term.id
    problems = []
    for text in kb.texts():
        if isinstance(text, Text):
            problems += [text.where.problem(message) for message in text_problems(text, abbreviations)]
    summaries = [sheet.summary for sheet in kb.sheets] + ([kb.guide.summary] if kb.guide else [])
    for summary in summaries:
        if len(sentences(summary.source)) != 1:
            problems.append(summary.where.problem("a summary is one sentence"))
    return problems
