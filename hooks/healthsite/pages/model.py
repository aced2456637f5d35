"""The page model: what a generated page says, in sections, before any output format.

The renderers (pages.documents and the page modules) build it once; the Markdown that
MkDocs reads, the search index and the build's map of addresses are all read from it,
so none of them parses what another one wrote.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import yaml

from ..catalogs.translator import MISSING
from .escape import markdown_inline, theme_text


@dataclass(frozen=True)
class Heading:
    """A section heading, as plain text, with the anchor links point to."""

    text: str  # plain text, as the reader sees it
    anchor: str
    level: int = 2
    english: bool = False  # an English fallback in a translated page, marked as English
    datetime: str | None = None  # the heading is this date (ISO), machine-readable too

    def markdown(self) -> str:
        # Markdown, not HTML, so that MkDocs puts the heading in the table of contents.
        text = markdown_inline(self.text)
        if self.datetime:
            text = f'<time datetime="{self.datetime}">{text}</time>'
        attributes = f"#{self.anchor}" + (' lang="en" dir="ltr"' if self.english else "")
        return f"{'#' * self.level} {text} {{{attributes}}}"


@dataclass(frozen=True)
class Section:
    """A heading and the HTML blocks under it; the top of the page, under its title, has no heading."""

    heading: Heading | None
    blocks: tuple[str, ...]  # HTML, one block per paragraph, list or box

    @property
    def id(self) -> str | None:
        return self.heading.anchor if self.heading else None

    @property
    def heading_text(self) -> str:
        return self.heading.text if self.heading else ""

    @property
    def html(self) -> str:
        return "\n\n".join(self.blocks)


def sections(body: Iterable[str | Heading]) -> tuple[Section, ...]:
    """A page body written in reading order (headings among HTML blocks) as sections; the first
    is the top of the page, before any heading."""
    grouped: list[tuple[Heading | None, list[str]]] = [(None, [])]
    for part in body:
        if isinstance(part, Heading):
            grouped.append((part, []))
        else:
            grouped[-1][1].append(part)
    return tuple(Section(heading, tuple(blocks)) for heading, blocks in grouped)


@dataclass(frozen=True)
class PageAddress:
    """Where the reader finds a generated page: its edition, and its address inside it."""

    code: str  # the edition's language
    path: str | None  # inside the edition, e.g. "no-papers/" ("" for its home); None for the language chooser


@dataclass(frozen=True)
class PageSource:
    """One generated page: where it goes under docs/, and what it says."""

    path: str  # relative to docs/, e.g. "fr/emergencies/index.md"
    title: str  # plain text
    sections: tuple[Section, ...] = ()
    states: frozenset[str] = frozenset()
    description: str = ""  # plain text
    notices: str = ""  # HTML under the title: about the translation, not the subject (never searched)
    template: str | None = None  # the theme template, when not the default one
    in_nav: bool = True
    address: PageAddress | None = None  # set by the build, which knows the page's edition

    @property
    def missing(self) -> bool:
        return MISSING in self.states

    @property
    def markdown(self) -> str:
        return page_markdown(self)


def page_markdown(page: PageSource) -> str:
    """The Markdown file MkDocs reads: front matter, the title, the notices, then every section."""
    parts = [f"# {markdown_inline(page.title)}"] + ([page.notices] if page.notices else [])
    for section in page.sections:
        parts += ([section.heading.markdown()] if section.heading else []) + list(section.blocks)
    return _front_matter(page) + "\n\n".join(parts) + "\n"


def _front_matter(page: PageSource) -> str:
    # Material prints these unescaped into <title> and <meta>: escaped here, where they are written.
    meta = {"title": theme_text(page.title), "description": theme_text(page.description)}
    if page.template:
        meta["template"] = page.template
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=10_000) + "---\n\n"
