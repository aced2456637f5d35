"""What a reader downloads, compressed: the first visit to a sheet, each next page, a whole edition.

Measured on the built site, as the production server sends it (deploy/nginx): the
precompressed copy the build wrote beside each file (deploy.precompress), Brotli to every
current browser, gzip to the others; a file without a copy is compressed here with the same
settings. The budgets are judged on Brotli; gzip is measured beside it, for hosts that send
gzip only. The first visit counts the page and every stylesheet, script, image, icon and
font it loads; a next page counts only its HTML (the rest is cached); an edition is every
page of the language plus the files they load, each once, and its search index. The search
index is loaded only when a reader starts a search, so it is not part of a first visit.
Leaflets (PDF) and the offline archive are downloads a reader chooses, not part of the
edition's weight.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..deploy.precompress import BROTLI, GZIP, brotli_copy, gzip_copy
from ..output import loaded_files
from ..site_map import search_index_path

FIRST_VISIT_BUDGET = 20 * 1024
NEXT_PAGE_BUDGET = 10 * 1024
EDITION_BUDGET = 600 * 1024


@dataclass(frozen=True)
class Encoding:
    name: str
    suffix: str  # of the copy deploy.precompress writes beside each text file
    compress: Callable[[bytes], bytes]  # with the same settings, for a file that has no copy


BROTLI_ENCODING = Encoding("brotli", BROTLI, brotli_copy)
GZIP_ENCODING = Encoding("gzip", GZIP, gzip_copy)
# What the budgets are judged on: what deploy/nginx sends every current browser (brotli_static).
JUDGED = BROTLI_ENCODING


def compressed_size(path: Path, encoding: Encoding = JUDGED) -> int:
    """Bytes the server sends for ``path``: its precompressed copy, or the file compressed alike."""
    copy = path.with_name(path.name + encoding.suffix)
    if copy.is_file():
        return copy.stat().st_size
    stat = path.stat()
    return _compressed_here(path, stat.st_mtime_ns, stat.st_size, encoding)


@functools.lru_cache(maxsize=4096)
def _compressed_here(path: Path, mtime_ns: int, size: int, encoding: Encoding) -> int:
    # Every sheet of every edition loads the same stylesheet and scripts: Brotli's strongest
    # setting is slow, so each file is compressed once (per content, as its time and size say).
    return len(encoding.compress(path.read_bytes()))


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


def edition_weight(site: Path, code: str, sheet_slugs: list[str], encoding: Encoding = JUDGED) -> EditionWeight:
    def size(path: Path) -> int:
        return compressed_size(path, encoding)

    pages = sorted((site / code).rglob("*.html"))
    sizes = {page: size(page) for page in pages}
    sheets = [site / code / slug / "index.html" for slug in sheet_slugs]
    first = max(sizes[sheet] + sum(size(f) for f in loaded_files(site, sheet)) for sheet in sheets)
    assets = {f for page in pages for f in loaded_files(site, page)}
    index = site / search_index_path(code)
    search = size(index) if index.is_file() else 0
    return EditionWeight(code, first, max(sizes.values()),
                         sum(sizes.values()) + sum(size(f) for f in assets) + search, search)


@dataclass(frozen=True)
class MeasuredEdition:
    """One edition measured both ways the server sends it."""

    judged: EditionWeight  # Brotli: the budgets hold here
    gzip: EditionWeight  # for hosts without Brotli: reported, not judged

    def over_budget(self) -> list[str]:
        return self.judged.over_budget()

    def over_with_gzip_only(self) -> list[str]:
        """Budgets a reader's browser exceeds only where the host sends gzip."""
        return [name for name in self.gzip.over_budget() if name not in self.judged.over_budget()]


def measure_edition(site: Path, code: str, sheet_slugs: list[str]) -> MeasuredEdition:
    return MeasuredEdition(edition_weight(site, code, sheet_slugs, JUDGED),
                           edition_weight(site, code, sheet_slugs, GZIP_ENCODING))
