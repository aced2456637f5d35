"""Every page of the site: each edition's pages in the order of its navigation, and the language chooser.

An edition is its home page, its sheets with the decision guide among them (by its order),
then the pages about the edition itself (translations, accessibility, search, print, changes,
offline). The build writes these; search, feeds and the navigation menu follow this order.
Beside the pages, each edition has files made from the same model: its search index, its
"What changed" feed and its web app manifest.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from ..catalogs.status import catalog_status
from ..catalogs.translator import Translator
from ..knowledge.model import KnowledgeBase
from ..site_map import CHANGES_SLUG, FEED_FILE, MANIFEST_FILE, SEARCH_INDEX_FILE, SEARCH_SLUG, edition_directory
from .about_translations import render_about_translations
from .accessibility import render_accessibility
from .changes import changes_feed, render_changes_page
from .documents import render_chooser, render_home, render_sheet
from .guide import render_guide
from .inline import InlineRenderer
from .manifest import web_manifest
from .model import PageAddress, PageSource
from .offline_page import render_offline_page
from .print_page import render_print_page
from .search import index_script, page_url, render_search_page, search_entries


def render_site(kb: KnowledgeBase, translators: dict[str, Translator], root_language: str,
                leaflet_sizes: dict[str, int] | None = None,
                editions: Collection[str] | None = None) -> list[PageSource]:
    """Every page of the ``editions`` (default: all), and the language chooser, which lists all."""
    pages = []
    for language in kb.languages.editions:
        if editions is not None and language.code not in editions:
            continue
        translator = translators[language.code]
        directory = edition_directory(language.code, root_language)
        edition = [render_home(kb, InlineRenderer(kb, translator, link_prefix=""), directory)]
        sheets = [render_sheet(kb, sheet, InlineRenderer(kb, translator), directory, leaflet_sizes)
                  for sheet in kb.sheets]
        # The guide takes its place among the sheets by its order, as in the navigation.
        before_guide = sum(1 for sheet in kb.sheets if kb.guide and sheet.order <= kb.guide.order)
        guide = _guide_pages(kb, translator, directory) if kb.guide else []
        edition += sheets[:before_guide] + guide + sheets[before_guide:]
        status = None if translator.catalog is None else catalog_status(kb, language.code, translator.catalog,
                                                                            translator.reviews)
        edition.append(render_about_translations(kb, InlineRenderer(kb, translator), directory, status))
        edition.append(render_accessibility(kb, InlineRenderer(kb, translator), directory))
        edition.append(render_search_page(kb, InlineRenderer(kb, translator), directory, edition))
        edition.append(render_print_page(kb, InlineRenderer(kb, translator), directory, leaflet_sizes))
        edition.append(render_changes_page(kb, InlineRenderer(kb, translator), directory))
        edition.append(render_offline_page(kb, InlineRenderer(kb, translator), directory))
        # Where each page is read, said here where its folder was chosen.
        pages += [replace(page, address=PageAddress(language.code, page_url(page.path, directory))) for page in edition]
    titles = {code: translator.text(kb.ui("chooser-title")).text for code, translator in translators.items()}
    chooser = render_chooser(kb, f"{root_language}/index.md", titles)
    pages.append(replace(chooser, address=PageAddress(root_language, None)))
    return pages


def _guide_pages(kb: KnowledgeBase, translator: Translator, directory: str) -> list[PageSource]:
    assert kb.guide is not None  # called only when there is one
    return render_guide(kb, kb.guide, lambda prefix: InlineRenderer(kb, translator, link_prefix=prefix), directory)


def in_navigation(pages: list[PageSource], directory: str) -> list[PageSource]:
    """An edition's pages in its navigation menu, in order: also what its search covers."""
    return [page for page in pages if page.in_nav and page.path.startswith(directory)]


def search_indexes(kb: KnowledgeBase, pages: list[PageSource], root_language: str,
                   codes: Collection[str] | None = None) -> dict[str, str]:
    """Each edition's search index (path under docs/ -> script), from the pages in its navigation.

    ``codes``: the editions rendered (default: all).
    """
    indexes = {}
    for code in kb.languages.codes if codes is None else codes:
        directory = edition_directory(code, root_language)
        entries = [entry for page in in_navigation(pages, directory) for entry in search_entries(page, directory)]
        indexes[f"{directory}{SEARCH_SLUG}/{SEARCH_INDEX_FILE}"] = index_script(entries)
    return indexes


def change_feeds(kb: KnowledgeBase, translators: dict[str, Translator], root_language: str,
                 site_url: str, codes: Collection[str] | None = None) -> dict[str, str]:
    """Each edition's Atom feed of its "What changed" page (path under docs/ -> XML); ``codes``: the
    editions rendered (default: all)."""
    return {f"{edition_directory(code, root_language)}{CHANGES_SLUG}/{FEED_FILE}":
            changes_feed(kb, InlineRenderer(kb, translators[code]), site_url)
            for code in (kb.languages.codes if codes is None else codes)}


def web_manifests(kb: KnowledgeBase, translators: dict[str, Translator], root_language: str,
                  codes: Collection[str] | None = None) -> dict[str, str]:
    """Each edition's web app manifest (path under docs/ -> JSON), in the edition's language; ``codes``:
    the editions rendered (default: all)."""
    return {f"{edition_directory(code, root_language)}{MANIFEST_FILE}": web_manifest(kb, InlineRenderer(kb, translators[code]))
            for code in (kb.languages.codes if codes is None else codes)}
