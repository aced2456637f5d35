"""Every leaflet of the site as a print job: its print HTML and where its PDF goes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..catalogs.translator import Translator
from ..knowledge.model import KnowledgeBase
from ..pages.inline import InlineRenderer
from .content import leaflet_content
from .files import LeafletFile, all_leaflets
from .template import bilingual_html, leaflet_html


@dataclass(frozen=True)
class PrintJob:
    leaflet: LeafletFile
    page_url: str  # the page the QR code opens
    html: str

    @property
    def edition_path(self) -> str:
        """Where the PDF goes inside the reader's edition: next to the sheet's page."""
        return f"{self.leaflet.slug}/{self.leaflet.name}"

    @property
    def edition(self) -> str:
        return self.leaflet.languages[0]


def page_url(site_url: str, code: str, slug: str) -> str:
    return f"{site_url.rstrip('/')}/{code}/{slug}/"


def print_jobs(kb: KnowledgeBase, translators: dict[str, Translator], site_url: str) -> list[PrintJob]:
    def inline(code: str) -> InlineRenderer:
        # Links on paper must work from anywhere: absolute, into the same edition.
        return InlineRenderer(kb, translators[code], link_prefix=f"{site_url.rstrip('/')}/{code}/")

    jobs = []
    for leaflet in all_leaflets([sheet.slug for sheet in kb.sheets], kb.languages.codes):
        sheet = kb.sheet(leaflet.slug)
        content = leaflet_content(kb, sheet)
        url = page_url(site_url, leaflet.languages[0], sheet.slug)
        renderers = [inline(code) for code in leaflet.languages]
        if leaflet.is_bilingual:
            html = bilingual_html(kb, sheet, content, renderers[0], renderers[1], url)
        else:
            html = leaflet_html(kb, sheet, content, renderers[0], url)
        jobs.append(PrintJob(leaflet, url, html))
    return jobs
