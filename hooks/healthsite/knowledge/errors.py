"""Errors that name the file, the line and the field, so an editor can fix them at once."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


def field_name(path: Iterable[str | int]) -> str:
    """``("sections", 2, "heading")`` -> ``sections[2].heading``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(top level)"


@dataclass(frozen=True)
class Location:
    """Where a value is written in the knowledge base: file, line and field, as a problem names them.

    Texts built by code (tests, the interface of a page) are written nowhere: they have no file.
    """

    file: Path | None = None
    line: int | None = None
    field: str = ""

    def problem(self, message: str) -> Problem:
        return Problem(self.file, self.line, self.field, message)


@dataclass(frozen=True)
class Problem:
    file: Path | None  # None: a text made in code, not read from a file
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else str(self.file)
        return f"{where}: {self.field}: {self.message}"


class KnowledgeBaseError(Exception):
    """Raised with every problem found, not only the first, so one run shows them all."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(
            f"{len(problems)} problem(s) in the knowledge base:\n" + "\n".join(f"  {p}" for p in problems)
        )
