"""The print HTML of a leaflet, for WeasyPrint: a full leaflet, or one language's half of a
bilingual leaflet (two halves make one PDF: see ``pdf.join_pdfs``).

Everything shown comes from the same renderers as the pages (blocks, terms table,
sources, emergency numbers), so a leaflet can never say something its page does not.
They return ``Html`` (pages.escape), and this module arranges it with ``Html.format``, which
escapes anything that is not ``Html``: a translation cannot become markup on paper either.
"""

from __future__ import annotations

from pathlib import Path

from ..knowledge.model import Block, BlockKind, KnowledgeBase, Sheet, Text
from ..pages.blocks import render_block, terms_table
from ..pages.chrome import emergency_numbers
from ..pages.documents import changed_text, sources_list
from ..pages.escape import Html, strip_tags
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


def _document(inline: InlineRenderer, title: Html, body: Html, css_class: str) -> Html:
    language = inline.language
    return Html(
        '<!DOCTYPE html><html lang="{}" dir="{}">'
        '<head><meta charset="utf-8"><title>{}</title></head>'
        '<body class="{}">{}</body></html>'
    ).format(language.code, language.direction, strip_tags(title), css_class, body)


def _section_heading(sheet: Sheet, content: LeafletContent) -> Text:
    return next(section.heading for section in sheet.sections if section.id == content.main_heading_section)


def _emergency_box(kb: KnowledgeBase, inline: InlineRenderer) -> Html:
    """112 and 1733 with what they are for: the same numbers as the page's emergency bar."""
    rows = Html().join(Html('<li><span class="number">{}</span> <span class="label">{}</span></li>').format(number, label)
                       for number, label in emergency_numbers(kb, inline))
    heading = inline.text(kb.ui("emergency-label"))
    return Html('<aside class="emergency"><p class="emergency-heading">{}</p><ul>{}</ul></aside>').format(heading, rows)


def _qr_block(kb: KnowledgeBase, sheet: Sheet, inline: InlineRenderer, url: str, beside: Html | None = None) -> Html:
    """The QR code, and beside it the address, the date the information last changed and ``beside``
    (who checked the sheet): space the code's height leaves free anyway, so that these cost no
    line on a full half page."""
    changed = changed_text(sheet, inline)
    changed_html = Html('<br><span class="changed">{}</span>').format(changed) if changed else Html()
    return Html(
        '<div class="qr"><img src="{}" alt="" width="112" height="112"><div class="qr-text">'
        '<p>{}<br><span class="url" dir="ltr">{}</span>{}</p>{}</div></div>'
    ).format(QR_IMAGE, inline.text(kb.ui("leaflet-qr")), url, changed_html, beside or Html())


def _notices(kb: KnowledgeBase, inline: InlineRenderer) -> Html:
    """The same honesty as the page: who checked the translation, or that it is unchecked or missing."""
    return Html().join(Html('<p class="notice">{}</p>').format(notice.html)
                       for notice in translation_notices(inline, page_review(inline.used.values())))


def _footer(kb: KnowledgeBase, sheet: Sheet, inline: InlineRenderer, url: str, sources: bool) -> Html:
    listed = Html('<p class="sources-heading">{}</p>{}').format(inline.text(kb.ui("sources-heading")),
                                                                 sources_list(kb, sheet))
    return Html("<footer>{}{}</footer>").format(_qr_block(kb, sheet, inline, url, review_line(sheet, inline)),
                                                listed if sources else Html())


def leaflet_html(kb: KnowledgeBase, sheet: Sheet, content: LeafletContent, inline: InlineRenderer,
                 url: str, half: bool = False) -> Html:
    """One sheet in one language: the leaflet, or (``half``) one page of a bilingual leaflet.

    A half keeps what two people read together (title, summary, steps, emergency box,
    QR code); the useful numbers, official-words table and sources stay on the full
    leaflet and the page, so that each language fits on one side of the paper.
    """
    parts = [
        Html('<header><p class="site-name">{}</p><h1>{}</h1><p class="summary">{}</p></header>').format(
            inline.text(kb.ui("site-name")), inline.text(sheet.title), inline.text(sheet.summary)),
        _emergency_box(kb, inline),
        Html("<h2>{}</h2>").format(inline.text(_section_heading(sheet, content))),
        *(render_block(block, inline) for block in content.blocks),
    ]
    if content.phones and not half:
        parts.append(Html("<h2>{}</h2>").format(inline.text(kb.ui("section-get-help"))))
        parts.append(render_block(Block(BlockKind.PHONES, ids=content.phones), inline))
    if content.terms and not half:
        parts.append(Html("<h2>{}</h2>").format(inline.text(kb.ui("section-terms"))))
        # The glossary's table holds every official word: set closer, it still fits two pages.
        compact = " compact" if len(content.terms) > COMPACT_TERMS else ""
        parts.append(Html('<div class="terms-block{}">{}</div>').format(compact, terms_table(inline, content.terms)))
    parts.append(_footer(kb, sheet, inline, url, sources=not half))
    # Rendered last: the notices depend on every text above.
    parts.insert(1, _notices(kb, inline))
    return _document(inline, inline.text(sheet.title), Html().join(parts), "half" if half else "single")
