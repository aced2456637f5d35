"""Every leaflet of the site as work to do: print HTML for each language, then joins.

A leaflet is printed from its print HTML. A bilingual leaflet is two printed halves,
one page each, joined: the French and Dutch halves of a sheet serve every language.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..catalogs.translator import Translator
from ..knowledge.model import KnowledgeBase
from ..pages.chrome import EMERGENCY_NUMBERS
from ..pages.escape import Html, strip_tags
from ..pages.inline import InlineRenderer
from ..site_map import POSTER_SIZES, LeafletFile, all_leaflets, half_name, published_url
from .content import leaflet_content
from .print_kit import PosterLine, booklet_cover_html, card_back, card_front, cards_html, poster_html
from .template import leaflet_html


def paper_renderer(kb: KnowledgeBase, translators: dict[str, Translator], site_url: str, code: str) -> InlineRenderer:
    """A renderer for paper: links must work from anywhere, so they are absolute, into the same edition."""
    return InlineRenderer(kb, translators[code], link_prefix=published_url(site_url, code))


@dataclass(frozen=True)
class PrintJob:
    slug: str
    code: str
    half: bool  # one page of a bilingual leaflet, not published on its own
    page_url: str  # the page the QR code opens
    html: Html  # the print HTML (pages.escape)

    @property
    def name(self) -> str:
        return half_name(self.slug, self.code) if self.half else LeafletFile(self.slug, (self.code,)).name


@dataclass(frozen=True)
class LeafletPlan:
    prints: list[PrintJob]
    bilingual: list[LeafletFile]  # each joined from the halves of its two languages


def plan_leaflets(kb: KnowledgeBase, translators: dict[str, Translator], site_url: str) -> LeafletPlan:
    def inline(code: str) -> InlineRenderer:
        return paper_renderer(kb, translators, site_url, code)

    leaflets = all_leaflets([sheet.slug for sheet in kb.sheets], kb.languages.codes)
    halves_needed = {(leaflet.slug, code) for leaflet in leaflets if leaflet.is_bilingual for code in leaflet.languages}
    prints = []
    for sheet in kb.sheets:
        content = leaflet_content(kb, sheet)
        for code in kb.languages.codes:
            url = published_url(site_url, code, f"{sheet.slug}/")
            prints.append(PrintJob(sheet.slug, code, False, url, leaflet_html(kb, sheet, content, inline(code), url)))
            if (sheet.slug, code) in halves_needed:
                prints.append(PrintJob(sheet.slug, code, True, url,
                                       leaflet_html(kb, sheet, content, inline(code), url, half=True)))
    return LeafletPlan(prints, [leaflet for leaflet in leaflets if leaflet.is_bilingual])


@dataclass(frozen=True)
class BookletPlan:
    code: str
    cover_html: Html
    sheets: tuple[tuple[str, str], ...]  # (slug, title as plain text), in the navigation's order


@dataclass(frozen=True)
class KitPlan:
    posters: dict[str, Html]  # paper size -> print HTML
    cards: dict[str, Html]  # language -> print HTML
    booklets: list[BookletPlan]


# The booklet: cover and contents on one sheet of paper, then every leaflet on a sheet of its own.
BOOKLET_COVER_PAGES = 2
PAGES_PER_LEAFLET = 2


def plan_print_kit(kb: KnowledgeBase, translators: dict[str, Translator], site_url: str) -> KitPlan:
    def inline(code: str) -> InlineRenderer:
        return paper_renderer(kb, translators, site_url, code)

    source = kb.languages.source
    counter = {code: inline(code) for code in ("fr", "nl", source)}
    numbers = [(kb.phones[ident].number,
                [counter[code].text(kb.ui(key)) for code in (source, "fr", "nl")])
               for ident, key in EMERGENCY_NUMBERS]
    lines = [PosterLine(language, inline(language.code).text(kb.ui("poster-line")),
                        published_url(site_url, language.code)) for language in kb.languages.editions]
    title = kb.ui("site-name").source
    posters = {size: poster_html(kb, title, numbers, lines, size, site_url) for size in POSTER_SIZES}
    back = card_back(kb, inline("fr"), inline("nl"))
    cards = {}
    booklets = []
    checked_on = max(sheet.reviewed for sheet in kb.sheets)
    for language in kb.languages.editions:
        code = language.code
        home = published_url(site_url, code)
        front_inline = inline(code)
        cards[code] = cards_html(kb, front_inline, card_front(kb, front_inline, home), back)
        cover_inline = inline(code)
        titles = [cover_inline.text(sheet.title) for sheet in kb.sheets]
        contents = [(title, BOOKLET_COVER_PAGES + 1 + PAGES_PER_LEAFLET * index) for index, title in enumerate(titles)]
        booklets.append(BookletPlan(code, booklet_cover_html(kb, cover_inline, home, checked_on, contents),
                                    tuple((sheet.slug, strip_tags(title)) for sheet, title in zip(kb.sheets, titles, strict=True))))
    return KitPlan(posters, cards, booklets)
