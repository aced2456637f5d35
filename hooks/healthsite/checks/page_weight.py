"""What a reader downloads, compressed: the first visit to a sheet, each next page, a whole edition.

Measured on the built site, as a server would send it (gzip). The first visit counts
the page and every stylesheet, script, image, icon and font it loads; a next page counts only its HTML
(the rest is cached); an edition is every page of the language plus the files they
load, each once, and its search index. The search index is loaded only when a reader
starts a search, so it is not part of a first visit. Leaflets (PDF) and the offline
archive are downloads a reader chooses, not part of the edition's weight.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from pathlib import Path

from ..output import loaded_files

FIRST_VISIT_BUDGET = 20 * 1024
NEXT_PAGE_BUDGET = 10 * 1024
EDITION_BUDGET = 600 * 1024

SEARCH_INDEX = "search/search-index.js"  # in each edition (healthsite.pages.search)


def compressed_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6, mtime=0))


@dataclass(frozen=True)
class EditionWeight:
    code: str
    first_visit: int  # the heaviest sheet, with everything it loads
    next_page: int  # the heaviest page's HTML
    edition: int  # search index included
    search_index: int = 0

    def over_budget(self) -> list[str]:
        return [name for name, size, budget in (
            ("first visit", self.first_visit, FIRST_VISIT_BUDGET),
            ("next page", self.next_page, NEXT_PAGE_BUDGET),
            ("edition", self.edition, EDITION_BUDGET),
        ) if size > budget]


def edition_weight(site: Path, code: str, sheet_slugs: list[str]) -> EditionWeight:
    pages = sorted((site / code).rglob("*.html"))
    sizes = {page: compressed_size(page) for page in pages}
    sheets = [site / code / slug / "index.html" for slug in sheet_slugs]
    first = max(sizes[sheet] + sum(compressed_size(f) for f in loaded_files(site, sheet)) for sheet in sheets)
    assets = {f for page in pages for f in loaded_files(site, page)}
    index = site / code / SEARCH_INDEX
    search = compressed_size(index) if index.is_file() else 0
    return EditionWeight(code, first, max(sizes.values()),
                         sum(sizes.values()) + sum(compressed_size(f) for f in assets) + search, search)
