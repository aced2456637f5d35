"""The print HTML of a leaflet, for WeasyPrint: a full leaflet, or one language's half of a
bilingual leaflet (two halves make one PDF: see ``pdf.join_pdfs``).

Everything shown comes from the same renderers as the pages (blocks, terms table,
sources, emergency numbers), so a leaflet can never say something its page does not.
Text is escaped by those renderers; this module only arranges it.
"""

from __future__ import annotations

from pathlib import Path

from ..knowledge.model import Block, BlockKind, KnowledgeBase, Sheet, Text
from ..pages.blocks import render_block, terms_table
from ..pages.chrome import emergency_numbers
from ..pages.documents import changed_text, sources_list
from ..pages.escape import html_text, strip_tags
from ..pages.inline import InlineRenderer
from ..pages.reviews import review_line
from ..pages.translation_notice import page_review, translation_notices
from .content import LeafletContent

STYLESHEET = Path(__file__).with_name("print.css")
# Where the QR code goes. Drawing it is slow, so it is drawn only when the PDF is printed;
# the page URL printed under it is in the HTML, so a new URL still changes the leaflet.
QR_IMAGE = "qr-code:"

# More official words than this on one leaflet: the table is set in smaller type.
COMPACT_TERMS = 20


def _document(inline: InlineRenderer, title: str, body: str, css_class: str) -> str:
    language = inline.language
    return (
        f'<!DOCTYPE html><html lang="{language.code}" dir="{language.direction}">'
        f'<head><meta charset="utf-8"><title>{html_text(strip_tags(title))}</title></head>'
        f'<body class="{css_class}">{body}</body></html>'
    )


def _section_heading(sheet: Sheet, content: LeafletContent) -> Text:
    return next(section.heading for section in sheet.sections if section.id == content.main_heading_section)


def _emergency_box(kb: KnowledgeBase, inline: InlineRenderer) -> str:
    """112 and 1733 with what they are for: the same numbers as the page's emergency bar."""
    rows = "".join(f'<li><span class="number">{number}</span> <span class="label">{label}</span></li>'
                   for number, label in emergency_numbers(kb, inline))
    heading = inline.text(kb.ui("emergency-label"))
    return f'<aside class="emergency"><p class="emergency-heading">{heading}</p><ul>{rows}</ul></aside>'


def _qr_block(kb: KnowledgeBase, sheet: Sheet, inline: InlineRenderer, url: str, beside: str = "") -> str:
    """The QR code, and beside it the address, the date the information last changed and ``beside``
    (who checked the sheet): space the code's height leaves free anyway, so that these cost no
    line on a full half page."""
    changed = changed_text(sheet, inline)
    return (
        f'<div class="qr"><img src="{QR_IMAGE}" alt="" width="112" height="112"><div class="qr-text">'
        f'<p>{inline.text(kb.ui("leaflet-qr"))}<br><span class="url" dir="ltr">{html_text(url)}</span>'
        + (f'<br><span class="changed">{changed}</span>' if changed else "") + '</p>'
        f'{beside}</div></div>'
    )


def _notices(kb: KnowledgeBase, inline: InlineRenderer) -> str:
    """The same honesty as the page: who checked the translation, or that it is unchecked or missing."""
    return "".join(f'<p class="notice">{notice.html}</p>'
                   for notice in translation_notices(inline, page_review(inline.used.values())))


def _footer(kb: KnowledgeBase, sheet: Sheet, inline: InlineRenderer, url: str, sources: bool) -> str:
    listed = f'<p class="sources-heading">{inline.text(kb.ui("sources-heading"))}</p>{sources_list(kb, sheet)}'
    return f'<footer>{_qr_block(kb, sheet, inline, url, review_line(sheet, inline))}{listed if sources else ""}</footer>'


def leaflet_html(kb: KnowledgeBase, sheet: Sheet, content: LeafletContent, inline: InlineRenderer,
                 url: str, half: bool = False) -> str:
    """One sheet in one language: the leaflet, or (``half``) one page of a bilingual leaflet.

    A half keeps what two people read together (title, summary, steps, emergency box,
    QR code); the useful numbers, official-words table and sources stay on the full
    leaflet and the page, so that each language fits on one side of the paper.
    """
    parts = [
        f'<header><p class="site-name">{inline.text(kb.ui("site-name"))}</p>'
        f"<h1>{inline.text(sheet.title)}</h1>"
        f'<p class="summary">{inline.text(sheet.summary)}</p></header>',
        _emergency_box(kb, inline),
        f"<h2>{inline.text(_section_heading(sheet, content))}</h2>",
        *(render_block(block, inline) for block in content.blocks),
    ]
    if content.phones and not half:
        parts.append(f'<h2>{inline.text(kb.ui("section-get-help"))}</h2>')
        parts.append(render_block(Block(BlockKind.PHONES, ids=content.phones), inline))
    if content.terms and not half:
        parts.append(f'<h2>{inline.text(kb.ui("section-terms"))}</h2>')
        # The glossary's table holds every official word: set closer, it still fits two pages.
        compact = " compact" if len(content.terms) > COMPACT_TERMS else ""
        parts.append(f'<div class="terms-block{compact}">{terms_table(inline, content.terms)}</div>')
    parts.append(_footer(kb, sheet, inline, url, sources=not half))
    # Rendered last: the notices depend on every text above.
    parts.insert(1, _notices(kb, inline))
    return _document(inline, inline.text(sheet.title), "".join(parts), "half" if half else "single")
