"""Run the pipeline: knowledge base -> catalogues -> pages on disk.

Called once per ``mkdocs build`` by the hooks, and by the command line. Catalogues
are read, never changed, by the build: updating them is ``extract``'s job.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .catalogs.compile import compile_catalog
from .catalogs.translator import MISSING, UNREVIEWED, Translator, load_translator
from .catalogs.update import catalog_path
from .knowledge import KnowledgeBase, load_knowledge_base
from .pages.documents import PageSource, render_chooser, render_home, render_sheet
from .pages.inline import InlineRenderer
from .pages.write import write_pages
from .paths import ProjectPaths


def edition_directory(code: str, root_language: str) -> str:
    """Where an edition's pages go under docs/.

    mkdocs-static-i18n builds its default language at the site root. We want the
    root to be the language chooser and every edition under /<lang>/, English too,
    so the default-language folder holds the chooser and, one level down, English.
    """
    return f"{code}/{code}/" if code == root_language else f"{code}/"


@dataclass
class BuildReport:
    pages: list[PageSource] = field(default_factory=list)
    changed: list[Path] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)

    def count(self, state: str) -> Counter:
        """Pages per language that use at least one text in ``state``."""
        return Counter(page.path.split("/")[0] for page in self.pages if state in page.states)

    def summary(self) -> list[str]:
        lines = []
        for code, pages in sorted(self.count(MISSING).items()):
            lines.append(f"{code}: {pages} page(s) show English where a translation is missing")
        for code, pages in sorted(self.count(UNREVIEWED).items()):
            lines.append(f"{code}: {pages} page(s) use unreviewed translations (notice shown)")
        lines.extend(f"translation not used: {reason}" for reason in self.rejected)
        return lines


def load_translators(kb: KnowledgeBase, paths: ProjectPaths, compile_mo: bool = True) -> dict[str, Translator]:
    translators = {}
    for language in kb.languages.editions:
        if language.code == kb.languages.source:
            translators[language.code] = load_translator(language, None)
            continue
        po = catalog_path(paths.locales, language.code)
        translator = load_translator(language, po if po.exists() else None)
        if not po.exists():
            # A language without a catalogue yet: every text falls back, visibly.
            from babel.messages.catalog import Catalog

            translator = Translator(language, Catalog(locale=language.code))
        elif compile_mo:
            compile_catalog(translator.catalog, paths.build / "locales" / language.code / "LC_MESSAGES" / "messages.mo")
        translators[language.code] = translator
    return translators


def render_site(kb: KnowledgeBase, translators: dict[str, Translator], root_language: str) -> list[PageSource]:
    pages = []
    for language in kb.languages.editions:
        translator = translators[language.code]
        directory = edition_directory(language.code, root_language)
        pages.append(render_home(kb, InlineRenderer(kb, translator, link_prefix=""), directory))
        for sheet in kb.sheets:
            pages.append(render_sheet(kb, sheet, InlineRenderer(kb, translator), directory))
    titles = {code: translator.text(kb.ui("chooser-title")).text for code, translator in translators.items()}
    pages.append(render_chooser(kb, f"{root_language}/index.md", titles))
    return pages


def build_pages(paths: ProjectPaths, root_language: str, today: date | None = None) -> BuildReport:
    kb = load_knowledge_base(paths.content, today=today, shared_sources=paths.shared_sources)
    translators = load_translators(kb, paths)
    pages = render_site(kb, translators, root_language)
    changed = write_pages(paths.docs, pages, managed=[f"{code}/" for code in kb.languages.codes])
    rejected = [reason for translator in translators.values() for reason in translator.rejected]
    return BuildReport(pages, changed, sorted(set(rejected)))
