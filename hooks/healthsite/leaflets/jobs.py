"""Every leaflet of the site as work to do: print HTML for each language, then joins.

A leaflet is printed from its print HTML. A bilingual leaflet is two printed halves,
one page each, joined: the French and Dutch halves of a sheet serve every language.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..catalogs.translator import Translator
from ..knowledge.model import KnowledgeBase
from ..pages.inline import InlineRenderer
from ..paths import published_url
from .content import leaflet_content
from .files import LeafletFile, all_leaflets, half_name
from .template import leaflet_html


@dataclass(frozen=True)
class PrintJob:
    slug: str
    code: str
    half: bool  # one page of a bilingual leaflet, not published on its own
    page_url: str  # the page the QR code opens
    html: str

    @property
    def name(self) -> str:
        return half_name(self.slug, self.code) if self.half else LeafletFile(self.slug, (self.code,)).name


@dataclass(frozen=True)
class LeafletPlan:
    prints: list[PrintJob]
    bilingual: list[LeafletFile]  # each joined from the halves of its two languages


def plan_leaflets(kb: KnowledgeBase, translators: dict[str, Translator], site_url: str) -> LeafletPlan:
    def inline(code: str) -> InlineRenderer:
        # Links on paper must work from anywhere: absolute, into the same edition.
        return InlineRenderer(kb, translators[code], link_prefix=published_url(site_url, code))

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
