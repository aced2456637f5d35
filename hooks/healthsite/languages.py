"""The language editions: code, own name, direction, script and plural rule."""

from __future__ import annotations

import gettext
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from babel.messages.catalog import Catalog


@dataclass(frozen=True)
class PluralRule:
    """A gettext ``Plural-Forms`` header, parsed once: how many forms, and which one a number takes."""

    header: str  # as written in languages.yaml and in the catalogue's header
    count: int
    expression: str
    _index: Callable[[int], int] = field(repr=False, compare=False)

    @classmethod
    def parse(cls, header: str) -> PluralRule:
        # Babel's own header parser, the one that reads the catalogues, so both read it alike.
        reader = Catalog()
        reader.mime_headers = [("Plural-Forms", header)]
        return cls(header, reader.num_plurals, reader.plural_expr, gettext.c2py(reader.plural_expr))

    def __reduce__(self):
        # The compiled rule is a function made at run time, which pickle cannot copy to a worker.
        return PluralRule.parse, (self.header,)

    def index(self, n: int) -> int:
        """The plural form used for ``n``."""
        return self._index(n)


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    english_name: str
    direction: str
    script: str
    plural_forms: str

    @property
    def is_rtl(self) -> bool:
        return self.direction == "rtl"

    @cached_property
    def plural(self) -> PluralRule:
        return PluralRule.parse(self.plural_forms)


@dataclass(frozen=True)
class Languages:
    source: str
    editions: tuple[Language, ...]

    @property
    def codes(self) -> list[str]:
        return [language.code for language in self.editions]

    @property
    def targets(self) -> list[Language]:
        """Every edition but the source language: the ones with a catalogue."""
        return [language for language in self.editions if language.code != self.source]

    def __getitem__(self, code: str) -> Language:
        for language in self.editions:
            if language.code == code:
                return language
        raise KeyError(code)
