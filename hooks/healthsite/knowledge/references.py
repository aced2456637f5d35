"""The inline reference syntax of translatable text: ``{phone:112}``, ``{term:amu}``.

References keep facts out of prose: a translator moves ``{phone:1733}`` within the
sentence but never retypes the number, so it is identical in every language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class ReferenceKind(StrEnum):
    """What a ``{kind:id}`` names. The values are what editors and translators write."""

    PHONE = "phone"
    TERM = "term"
    ABBR = "abbr"  # the short official form of a term
    ORG = "org"
    SHEET = "sheet"
    FACT = "fact"


# Which knowledge-base entries each kind names: {abbr:x} is the short form of term x.
TARGETS = {ReferenceKind.PHONE: "phones", ReferenceKind.TERM: "terms", ReferenceKind.ABBR: "terms",
           ReferenceKind.ORG: "organisations", ReferenceKind.SHEET: "sheets", ReferenceKind.FACT: "facts"}

# Anything in braces is a placeholder; the known ones are {kind:id}.
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
REFERENCE = re.compile(r"^(" + "|".join(ReferenceKind) + r"):([a-z0-9][a-z0-9-]*)$")
# {date}, {count}: values the site fills in; only interface strings use them.
VARIABLE = re.compile(r"^([a-z_]+)$")


@dataclass(frozen=True)
class Reference:
    kind: ReferenceKind
    id: str

    def __str__(self) -> str:
        return "{" + f"{self.kind}:{self.id}" + "}"


@dataclass(frozen=True)
class Variable:
    name: str

    def __str__(self) -> str:
        return "{" + self.name + "}"


@dataclass(frozen=True)
class Literal:
    text: str


def split_text(text: str) -> list[Reference | Variable | Literal]:
    """Cut text into literal runs and references, in order.

    Raises ValueError on a placeholder that is not a known reference, or on a
    lone brace (a broken placeholder).
    """
    parts: list[Reference | Variable | Literal] = []
    position = 0
    for match in PLACEHOLDER.finditer(text):
        if match.start() > position:
            parts.append(Literal(text[position : match.start()]))
        reference = REFERENCE.match(match.group(1))
        if reference:
            parts.append(Reference(ReferenceKind(reference.group(1)), reference.group(2)))
        elif VARIABLE.match(match.group(1)):
            parts.append(Variable(match.group(1)))
        else:
            raise ValueError(f"unknown placeholder {match.group(0)!r}: use " + ", ".join("{%s:ID}" % kind for kind in ReferenceKind))
        position = match.end()
    if position < len(text):
        parts.append(Literal(text[position:]))
    for part in parts:
        if isinstance(part, Literal) and ("{" in part.text or "}" in part.text):
            raise ValueError("a brace that does not close a placeholder")
    return parts


def placeholders(text: str) -> list[str]:
    """Every ``{...}`` in text, as written, sorted: what a translation must keep."""
    return sorted(match.group(0) for match in PLACEHOLDER.finditer(text))


def references(text: str) -> list[Reference]:
    return [part for part in split_text(text) if isinstance(part, Reference)]
