"""Which messages a reviewer must read first: the ones where a wrong word can hurt.

A mistranslated number, amount or deadline sends a person to the wrong place at the
wrong time; a lost "not" turns advice into its opposite; an emergency sentence that
is unclear costs minutes. ``classify`` reads the English source of a message (never
the translation: the risk is in what must be said) and names what it carries.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import Enum

from ..knowledge.model import Fact
from ..knowledge.references import PLACEHOLDER, REFERENCE


class Mark(Enum):
    """What a message carries, in the order a pack shows the marks."""

    EMERGENCY = "emergency"
    AMOUNT = "amount"
    DEADLINE = "deadline"
    NUMBER = "number"
    NEGATION = "negation or limit"


# Numbers a person dials when life or health is at risk: a sentence naming them is emergency information.
EMERGENCY_PHONES = frozenset({"112", "100", "101", "1733"})
_EMERGENCY_WORDS = re.compile(
    r"\b(emergenc(y|ies)|urgent(ly)?|danger(ous)?|ambulance|suicid\w*|poison\w*|112|1733)\b", re.IGNORECASE)
# "not", "no", "never", "without", "only" and their kin: one lost word reverses or widens the meaning.
_NEGATION_WORDS = re.compile(
    r"\b(not|no|never|without|only|none|nothing|nobody|neither|nor|cannot|unless|except)\b|n['’]t\b", re.IGNORECASE)
_DEADLINE_WORDS = re.compile(r"\b(within|deadline|at the latest|no later than|until|expir\w*)\b", re.IGNORECASE)
_AMOUNT_WORDS = re.compile(r"€|\bEUR\b|\beuros?\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
# Values the site fills into interface strings.
_AMOUNT_VARIABLES = frozenset({"amount"})
_NUMBER_VARIABLES = frozenset({"count", "date", "year", "total", "reviewed", "unreviewed", "missing"})


def _placeholder_marks(text: str, facts: Mapping[str, Fact]) -> set[Mark]:
    marks: set[Mark] = set()
    for match in PLACEHOLDER.finditer(text):
        inside = match.group(1)
        reference = REFERENCE.match(inside)
        if reference is None:
            if inside in _AMOUNT_VARIABLES:
                marks.add(Mark.AMOUNT)
            elif inside in _NUMBER_VARIABLES:
                marks.add(Mark.NUMBER)
            continue
        kind, ident = reference.groups()
        if kind == "phone":
            marks.add(Mark.NUMBER)
            if ident in EMERGENCY_PHONES:
                marks.add(Mark.EMERGENCY)
        elif kind == "fact":
            fact = facts.get(ident)
            # A fact is an amount, a duration or a date; an unknown one is still a number.
            marks.add(Mark.AMOUNT if fact is not None and fact.is_money
                      else Mark.DEADLINE if fact is not None else Mark.NUMBER)
    return marks


def classify(*sources: str, facts: Mapping[str, Fact] | None = None) -> tuple[Mark, ...]:
    """The marks of a message, given its English (both forms of a plural message).

    Words are looked for outside placeholders, so ``{sheet:no-papers}`` is not a "no";
    placeholders count by what they show: a phone number, an amount, a duration or date.
    """
    facts = facts or {}
    marks: set[Mark] = set()
    for source in sources:
        marks |= _placeholder_marks(source, facts)
        prose = PLACEHOLDER.sub(" ", source)
        if _EMERGENCY_WORDS.search(prose):
            marks.add(Mark.EMERGENCY)
        if _AMOUNT_WORDS.search(prose):
            marks.add(Mark.AMOUNT)
        if _DEADLINE_WORDS.search(prose):
            marks.add(Mark.DEADLINE)
        if _DIGIT.search(prose):
            marks.add(Mark.NUMBER)
        if _NEGATION_WORDS.search(prose):
            marks.add(Mark.NEGATION)
    return tuple(mark for mark in Mark if mark in marks)
