"""The language editions: code, own name, direction and script."""

from __future__ import annotations

from dataclasses import dataclass


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
