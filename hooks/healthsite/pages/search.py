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

import html
import json
import re
from dataclasses import dataclass

from ..knowledge.model import KnowledgeBase
from .documents import PageSource, heading, page
from .escape import html_text, strip_tags
from .inline import InlineRenderer

SLUG = "search"
INDEX_FILE = "search-index.js"  # next to the search page
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


_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
# Headings as pages.documents.heading writes them: "## Text {#anchor ...}".
_HEADING = re.compile(r"^(#{1,6}) (.*?)(?: \{#([\w-]+)[^}]*\})?$")
_NOTICE = re.compile(r'<p class="notice[^"]*"[^>]*>.*?</p>', re.DOTALL)
# Tags that end a line of text on screen (items, cells, paragraphs, summaries under a link):
# their words must not run into the next ones.
_BREAK = re.compile(r"<(?:/?(?:p|li|td|th|dt|dd|div|tr|br)\b|span class=\"(?:sheet-summary|phone-details)\")[^>]*>")
_SPACE = re.compile(r"\s+")


def _plain(markdown_html: str) -> str:
    text = _BREAK.sub(" ", _NOTICE.sub(" ", markdown_html))
    return _SPACE.sub(" ", strip_tags(text)).strip()


def page_url(page_path: str, directory: str) -> str:
    """A generated page's address inside its edition: "fr/no-papers/index.md" -> "no-papers/"."""
    return page_path.removeprefix(directory).removesuffix("index.md")


def search_entries(source: PageSource, directory: str) -> list[SearchEntry]:
    """The sections of one generated page, as search entries (leaflet and sources sections left out)."""
    url = page_url(source.path, directory)
    entries: list[SearchEntry] = []
    heading, anchor = "", None
    blocks: list[str] = []

    def close() -> None:
        text = _plain(" ".join(blocks))
        if anchor not in UNSEARCHED_SECTIONS and (text or heading):
            entries.append(SearchEntry(source.title, heading, url + (f"#{anchor}" if anchor else ""), text))

    for block in _FRONT_MATTER.sub("", source.markdown).split("\n\n"):
        match = _HEADING.match(block.strip())
        if match and len(match.group(1)) == 1:
            continue  # the page title: every entry carries it
        if match:
            close()
            heading, anchor, blocks = html.unescape(match.group(2)), match.group(3), []
        else:
            blocks.append(block)
    close()
    return entries


def index_script(entries: list[SearchEntry]) -> str:
    """The index as a script that sets one global: [[title, heading, url, text], ...]."""
    rows = [[entry.title, entry.heading, entry.url, entry.text] for entry in entries]
    return f"window.{INDEX_VARIABLE}={json.dumps(rows, ensure_ascii=False, separators=(',', ':'))};\n"


def render_search_page(kb: KnowledgeBase, inline: InlineRenderer, directory: str,
                       pages: list[PageSource]) -> PageSource:
    """The search form (shown by search.js) and, for everyone, a list of every page of the edition."""
    def attribute(key: str, **variables: str) -> str:
        return html_text(strip_tags(inline.text(kb.ui(key), **variables)))

    form = (
        f'<form class="search-form" id="search-form" role="search" hidden data-index="{INDEX_FILE}" '
        f'data-found="{attribute("search-found", count="{count}")}" data-none="{attribute("search-none")}" '
        f'data-loading="{attribute("search-loading")}">'
        f'<label for="search-input">{inline.text(kb.ui("search-label"))}</label>'
        f'<input type="search" id="search-input" name="q" dir="auto" autocomplete="off">'
        f'<button type="submit" class="md-button md-button--primary">{inline.text(kb.ui("search-button"))}</button>'
        f'</form>'
        f'<p class="search-status" id="search-status" role="status"></p>'
        f'<ol class="search-results" id="search-results"></ol>'
    )
    no_script = f'<p class="search-no-script" id="search-no-script">{inline.text(kb.ui("search-no-script"))}</p>'
    listed = "".join(f'<li><a href="../{page_url(source.path, directory)}">{html_text(source.title)}</a></li>'
                     for source in pages if source.in_nav)
    body = [form, no_script, heading(inline, kb.ui("search-all-pages"), "all-pages"),
            f'<ul class="page-list">{listed}</ul>']
    return page(inline, inline.text(kb.ui("search-title")), inline.text(kb.ui("search-summary")), body,
                f"{directory}{SLUG}/index.md", in_nav=False, template=TEMPLATE)
