"""Search for one edition: its page and its index.

Material's search needs its JavaScript bundle and mkdocs-static-i18n merges every
language into one index of several hundred KB. Instead each edition has its own
small index, made from the pages it holds, so a search only ever finds pages in the
reader's language. The index is a script file, not JSON: a script loads from an offline
copy opened from the file system, where browsers refuse to fetch JSON. The search page
loads it (assets/search.js) only when the reader starts a search; without JavaScript the
page is a list of every page of the edition.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from ..knowledge.model import KnowledgeBase
from ..site_map import SEARCH_INDEX_FILE, SEARCH_SLUG
from .documents import PageSource, heading, page
from .escape import Html, strip_tags
from .inline import InlineRenderer
from .model import Heading, Section

INDEX_VARIABLE = "healthsiteSearchIndex"
TEMPLATE = "search-page.html"  # docs/overrides/: the page template that adds assets/search.js
# Sections every sheet has that would make every sheet match: the leaflet links and the sources.
UNSEARCHED_SECTIONS = frozenset({"leaflet", "sources"})


@dataclass(frozen=True)
class SearchEntry:
    """One section of a page: what a search result shows and links to."""

    title: str  # the page's title
    heading: str  # the section's heading, "" for the top of the page
    url: str  # relative to the edition's home page, e.g. "no-papers/#what-to-do"
    text: str


# Tags that end a line of text on screen (items, cells, paragraphs, summaries under a link):
# their words must not run into the next ones.
_BREAK = re.compile(r"<(?:/?(?:p|li|td|th|dt|dd|div|tr|br)\b|span class=\"(?:sheet-summary|phone-details)\")[^>]*>")
_SPACE = re.compile(r"\s+")


def plain_text(section_html: str) -> str:
    """The words of a section's HTML (which we produced ourselves), one space between them."""
    return _SPACE.sub(" ", strip_tags(_BREAK.sub(" ", section_html))).strip()


def page_url(page_path: str, directory: str) -> str:
    """A generated page's address inside its edition: "fr/no-papers/index.md" -> "no-papers/"."""
    return page_path.removeprefix(directory).removesuffix("index.md")


def search_entry(source: PageSource, section: Section, url: str) -> SearchEntry | None:
    """A section of a page as a search entry; None for a section with nothing to find, or one every
    sheet has (the leaflet links, the sources)."""
    text = plain_text(section.html)
    if section.id in UNSEARCHED_SECTIONS or not (text or section.heading_text):
        return None
    return SearchEntry(source.title, section.heading_text, url + (f"#{section.id}" if section.id else ""), text)


def search_entries(source: PageSource, directory: str) -> list[SearchEntry]:
    """The sections of one generated page, as search entries (the translation notices are not a section)."""
    url = page_url(source.path, directory)
    return [entry for section in source.sections if (entry := search_entry(source, section, url))]


def index_script(entries: list[SearchEntry]) -> str:
    """The index as a script that sets one global: [[title, heading, url, text], ...]."""
    rows = [[entry.title, entry.heading, entry.url, entry.text] for entry in entries]
    return f"window.{INDEX_VARIABLE}={json.dumps(rows, ensure_ascii=False, separators=(',', ':'))};\n"


def render_search_page(kb: KnowledgeBase, inline: InlineRenderer, directory: str,
                       pages: list[PageSource]) -> PageSource:
    """The search form (shown by search.js) and, for everyone, a list of every page of the edition."""
    def attribute(key: str, **variables: str) -> str:
        return strip_tags(inline.text(kb.ui(key), **variables))

    form = Html(
        '<form class="search-form" id="search-form" role="search" hidden data-index="{index}" '
        'data-found="{found}" data-none="{none}" data-loading="{loading}">'
        '<label for="search-input">{label}</label>'
        '<input type="search" id="search-input" name="q" dir="auto" autocomplete="off">'
        '<button type="submit" class="md-button md-button--primary">{button}</button>'
        '</form>'
        '<p class="search-status" id="search-status" role="status"></p>'
        '<ol class="search-results" id="search-results"></ol>'
    ).format(index=SEARCH_INDEX_FILE, found=attribute("search-found", count="{count}"), none=attribute("search-none"),
             loading=attribute("search-loading"), label=inline.text(kb.ui("search-label")),
             button=inline.text(kb.ui("search-button")))
    no_script = Html('<p class="search-no-script" id="search-no-script">{}</p>').format(
        inline.text(kb.ui("search-no-script")))
    listed = Html().join(Html('<li><a href="../{}">{}</a></li>').format(page_url(source.path, directory), source.title)
                         for source in pages if source.in_nav)
    body: list[Html | Heading] = [form, no_script, heading(inline, kb.ui("search-all-pages"), "all-pages"),
            Html('<ul class="page-list">{}</ul>').format(listed)]
    return page(inline, inline.text(kb.ui("search-title")), inline.text(kb.ui("search-summary")), body,
                f"{directory}{SEARCH_SLUG}/index.md", in_nav=False, template=TEMPLATE)
