"""Every address and file name of the site, in one place: each stage asks here, none re-derives one.

Pages link to leaflets, archives and feeds by these names; the build writes files under the
same names; the service worker, the offline archive, the server configuration and the checks
find them again by asking here. A name changed here changes everywhere at once.

Site paths are relative to the site's root ("fr/changes/feed.xml"); paths under docs/ start
with an edition's folder (``edition_directory``), which differs for the root language.
"""

from __future__ import annotations

from dataclasses import dataclass


def edition_directory(code: str, root_language: str) -> str:
    """Where an edition's pages go under docs/.

    mkdocs-static-i18n builds its default language at the site root. We want the
    root to be the language chooser and every edition under /<lang>/, English too,
    so the default-language folder holds the chooser and, one level down, English.
    """
    return f"{code}/{code}/" if code == root_language else f"{code}/"


def published_url(site_url: str, code: str, path: str = "") -> str:
    """The absolute address of ``path`` in edition ``code`` ("" for its home page, "no-papers/"
    for a sheet): for QR codes, share links and anything read away from the site."""
    return f"{site_url.rstrip('/')}/{code}/{path}"


# The pages every edition has besides its sheets and guide: folder names, so /<lang>/<slug>/.
ABOUT_TRANSLATIONS_SLUG = "about-translations"
ACCESSIBILITY_SLUG = "accessibility"
CHANGES_SLUG = "changes"
OFFLINE_SLUG = "offline"
PRINT_SLUG = "print"
SEARCH_SLUG = "search"

SEARCH_INDEX_FILE = "search-index.js"  # beside the search page
FEED_FILE = "feed.xml"  # the "What changed" Atom feed, beside its page
MANIFEST_FILE = "manifest.webmanifest"  # at the top of each edition
# At the top of each edition: a service worker controls the folder it is served from.
WORKER_FILE = "sw.js"


def search_index_path(code: str) -> str:
    """The edition's search index inside the site (from its root)."""
    return f"{code}/{SEARCH_SLUG}/{SEARCH_INDEX_FILE}"


def feed_path(code: str) -> str:
    """The feed's address inside the site (from its root)."""
    return f"{code}/{CHANGES_SLUG}/{FEED_FILE}"


def manifest_path(code: str) -> str:
    """The manifest's address inside the site (from its root), for every page's <head>."""
    return f"{code}/{MANIFEST_FILE}"


# Every file a reader downloads to keep starts with the site's name, so it is recognisable
# among a phone's downloads.
DOWNLOAD_PREFIX = "health-care-belgium"

# The offline copy of an edition: one archive at the top of the edition.
ARCHIVE_FORMAT = "ZIP"  # said beside the download link, the same in every language
ARCHIVE_START_PAGE = "index.html"  # the archive's first file, which leads to the edition's home page


def archive_name(code: str) -> str:
    return f"{DOWNLOAD_PREFIX}-{code}.zip"


# Leaflets. Every sheet has a leaflet per language, and bilingual leaflets that pair a language
# with French and with Dutch (French and Dutch share one). A leaflet lives next to its page, so
# the page links to it by file name alone. A bilingual leaflet is made of two one-page halves,
# one per language, printed once per sheet and language.

# Said beside every download link, the same in every language: what the file is.
LEAFLET_FORMAT = "PDF, A4"
# The languages of the counter: every bilingual leaflet pairs a reader's language with one.
COUNTER_LANGUAGES = ("fr", "nl")


@dataclass(frozen=True)
class LeafletFile:
    slug: str
    languages: tuple[str, ...]  # one language, or (reader's language, counter language)

    @property
    def name(self) -> str:
        return f"{self.slug}-{'-'.join(self.languages)}.pdf"

    @property
    def is_bilingual(self) -> bool:
        return len(self.languages) == 2

    def href_from(self, code: str) -> str:
        """The link from the sheet's page in edition ``code`` (a leaflet sits in its first language's edition)."""
        if self.languages[0] == code:
            return self.name
        return f"../../{self.languages[0]}/{self.slug}/{self.name}"


def half_name(slug: str, code: str) -> str:
    """One language's page of the bilingual leaflets of a sheet (a build product, not published)."""
    return f"{slug}-{code}-half.pdf"


def bilingual_pairs(code: str, codes: list[str]) -> list[tuple[str, str]]:
    """The bilingual leaflets a reader of ``code`` is offered, reader's language first.

    French and Dutch readers get the one French-Dutch leaflet, in the order of ``codes``.
    """
    counter = [other for other in COUNTER_LANGUAGES if other in codes]
    if code in counter:
        pair = tuple(sorted(counter, key=codes.index))
        return [pair] if len(pair) == 2 else []
    return [(code, other) for other in counter]


def leaflets_of_sheet(slug: str, code: str, codes: list[str]) -> list[LeafletFile]:
    """The leaflets linked from one sheet in one edition: its own, then the bilingual ones."""
    return [LeafletFile(slug, (code,))] + [LeafletFile(slug, pair) for pair in bilingual_pairs(code, codes)]


def all_leaflets(slugs: list[str], codes: list[str]) -> list[LeafletFile]:
    """Every leaflet of the site, each once."""
    seen: dict[str, LeafletFile] = {}
    for slug in slugs:
        for code in codes:
            for leaflet in leaflets_of_sheet(slug, code, codes):
                seen.setdefault(leaflet.name, leaflet)
    return list(seen.values())


# The print kit for reception centres: a poster for every language, and per language
# pocket cards and a booklet. Cards and booklet sit on the edition's print page.
# The one poster sits at the site's root, beside the language chooser it stands for.
POSTER_FOLDER = "poster"
POSTER_SIZES = ("A3", "A4")


def poster_name(size: str) -> str:
    return f"{DOWNLOAD_PREFIX}-poster-{size.lower()}.pdf"


def cards_name(code: str) -> str:
    return f"{DOWNLOAD_PREFIX}-cards-{code}.pdf"


def booklet_name(code: str) -> str:
    return f"{DOWNLOAD_PREFIX}-booklet-{code}.pdf"


def cover_name(code: str) -> str:
    """The cover and contents of a booklet (a build product, joined with the leaflets)."""
    return f"{DOWNLOAD_PREFIX}-booklet-cover-{code}.pdf"
