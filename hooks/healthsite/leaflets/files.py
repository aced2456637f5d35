"""Which leaflets exist and what they are called: one rule for the pages and the build.

Every sheet has a leaflet per language, and bilingual leaflets that pair a language
with French and with Dutch (French and Dutch share one). A leaflet lives next to its
page, so the page links to it by file name alone. A bilingual leaflet is made of two
one-page halves, one per language, printed once per sheet and language.
"""

from __future__ import annotations

from dataclasses import dataclass

# Said beside every download link, the same in every language: what the file is.
FORMAT = "PDF, A4"
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
PRINT_SLUG = "print"
# The one poster sits at the site's root, beside the language chooser it stands for.
POSTER_FOLDER = "poster"
POSTER_SIZES = ("A3", "A4")
KIT_PREFIX = "health-care-belgium"


def poster_name(size: str) -> str:
    return f"{KIT_PREFIX}-poster-{size.lower()}.pdf"


def cards_name(code: str) -> str:
    return f"{KIT_PREFIX}-cards-{code}.pdf"


def booklet_name(code: str) -> str:
    return f"{KIT_PREFIX}-booklet-{code}.pdf"


def cover_name(code: str) -> str:
    """The cover and contents of a booklet (a build product, joined with the leaflets)."""
    return f"{KIT_PREFIX}-booklet-cover-{code}.pdf"
