"""The print HTML of a leaflet, for WeasyPrint: one language, or two side by side.

Everything shown comes from the same renderers as the pages (blocks, terms table,
sources, emergency numbers), so a leaflet can never say something its page does not.
Text is escaped by those renderers; this module only arranges it.
"""

from __future__ import annotations

from pathlib import Path

from ..catalogs.translator import MISSING, UNREVIEWED
from ..knowledge.model import Block, KnowledgeBase, Sheet, Text
from ..pages.blocks import render_block, terms_table
from ..pages.chrome import emergency_numbers
from ..pages.documents import reviewed_line, sources_list
from ..pages.escape import html_text, strip_tags
from ..pages.inline import InlineRenderer
from .content import LeafletContent

STYLESHEET = Path(__file__).with_name("print.css")
# Where the QR code goes. Drawing it is slow, so it is drawn only when the PDF is printed;
# the page URL printed under it is in the HTML, so a new URL still changes the leaflet.
QR_IMAGE = "qr-code:"


def _document(inline: InlineRenderer, title: str, body: str, css_class: str) -> str:
    language = inline.language
    return (
        f'<!DOCTYPE html><html lang="{language.code}" dir="{language.direction}">'
        f'<head><meta charset="utf-8"><title>{html_text(strip_tags(title))}</title></head>'
        f'<body class="{css_class}">{body}</body></html>'
    )


def _section_heading(sheet: Sheet, content: LeafletContent) -> Text:
    return next(section.heading for section in sheet.sections if section.id == content.main_heading_section)


def _emergency_box(kb: KnowledgeBase, inlines: list[InlineRenderer]) -> str:
    """112 and 1733 with what they are for, in each language of the leaflet."""
    rows = []
    per_language = [emergency_numbers(kb, inline) for inline in inlines]
    for index, (number, _) in enumerate(per_language[0]):
        labels = "".join(
            f'<span class="label" lang="{inline.language.code}" dir="{inline.language.direction}">{numbers[index][1]}</span>'
            for inline, numbers in zip(inlines, per_language)
        )
        rows.append(f'<li><span class="number">{number}</span>{labels}</li>')
    heading = " · ".join(inline.text(kb.ui("emergency-label")) for inline in inlines)
    return f'<aside class="emergency"><p class="emergency-heading">{heading}</p><ul>{"".join(rows)}</ul></aside>'


def _qr_block(kb: KnowledgeBase, inline: InlineRenderer, url: str) -> str:
    return (
        f'<div class="qr"><img src="{QR_IMAGE}" alt="" width="112" height="112">'
        f'<p>{inline.text(kb.ui("leaflet-qr"))}<br><span class="url" dir="ltr">{html_text(url)}</span></p></div>'
    )


def _notices(kb: KnowledgeBase, inlines: list[InlineRenderer]) -> str:
    """The same honesty as the page: say when a translation is unchecked or missing."""
    notices = []
    for inline in inlines:
        for state, key in ((UNREVIEWED, "notice-unreviewed"), (MISSING, "notice-missing")):
            if state in inline.states:
                notices.append(f'<p class="notice" lang="{inline.language.code}" dir="{inline.language.direction}">'
                               f"{inline.text(kb.ui(key))}</p>")
    return "".join(notices)


def _footer(kb: KnowledgeBase, sheet: Sheet, inline: InlineRenderer, url: str) -> str:
    return (
        f'<footer>{_qr_block(kb, inline, url)}'
        f'{reviewed_line(sheet, inline)}'
        f'<p class="sources-heading">{inline.text(kb.ui("sources-heading"))}</p>{sources_list(kb, sheet)}</footer>'
    )


def leaflet_html(kb: KnowledgeBase, sheet: Sheet, content: LeafletContent, inline: InlineRenderer,
                 url: str) -> str:
    """One sheet in one language."""
    parts = [
        f'<header><p class="site-name">{inline.text(kb.ui("site-name"))}</p>'
        f"<h1>{inline.text(sheet.title)}</h1>"
        f'<p class="summary">{inline.text(sheet.summary)}</p></header>',
        _emergency_box(kb, [inline]),
        f"<h2>{inline.text(_section_heading(sheet, content))}</h2>",
        *(render_block(block, inline) for block in content.blocks),
    ]
    if content.phones:
        parts.append(f'<h2>{inline.text(kb.ui("section-get-help"))}</h2>')
        parts.append(render_block(Block("phones", ids=content.phones), inline))
    if content.terms:
        parts.append(f'<h2>{inline.text(kb.ui("section-terms"))}</h2>')
        parts.append(terms_table(inline, content.terms))
    parts.append(_footer(kb, sheet, inline, url))
    # Rendered last: the notices depend on every text above.
    parts.insert(1, _notices(kb, [inline]))
    return _document(inline, inline.text(sheet.title), "".join(parts), "single")


def _pieces(block: Block, inline: InlineRenderer) -> list[str]:
    """A block cut into the pieces a reader points at: one per step, or the whole block."""
    if block.kind == "steps":
        return [f'<p class="step"><span class="step-number">{number}</span> {inline.text(text)}</p>'
                for number, text in enumerate(block.texts, 1)]
    if block.kind == "bullets":
        return [f'<p class="bullet">{inline.text(text)}</p>' for text in block.texts]
    return [render_block(block, inline)]


def _row(inlines: list[InlineRenderer], cells: list[str], tag: str = "td") -> str:
    body = "".join(
        f'<{tag} lang="{inline.language.code}" dir="{inline.language.direction}">{cell}</{tag}>'
        for inline, cell in zip(inlines, cells)
    )
    return f"<tr>{body}</tr>"


def bilingual_html(kb: KnowledgeBase, sheet: Sheet, content: LeafletContent, reader: InlineRenderer,
                   counter: InlineRenderer, url: str) -> str:
    """One sheet in the reader's language and a counter language, piece by piece on one line.

    The page runs in the reader's direction, so an Arabic column sits on the right.
    """
    inlines = [reader, counter]

    def row(render, tag="td"):
        return _row(inlines, [render(inline) for inline in inlines], tag)

    rows = [
        row(lambda inline: f"<h1>{inline.text(sheet.title)}</h1>", "th"),
        row(lambda inline: f'<p class="summary">{inline.text(sheet.summary)}</p>'),
        row(lambda inline: f"<h2>{inline.text(_section_heading(sheet, content))}</h2>"),
    ]
    for block in content.blocks:
        pieces = [_pieces(block, inline) for inline in inlines]
        rows.extend(_row(inlines, list(cells)) for cells in zip(*pieces))
    if content.phones:
        rows.append(row(lambda inline: f'<h2>{inline.text(kb.ui("section-get-help"))}</h2>'))
        rows.append(row(lambda inline: render_block(Block("phones", ids=content.phones), inline)))
    parts = [
        f'<header><p class="site-name">{" · ".join(inline.text(kb.ui("site-name")) for inline in inlines)}</p></header>',
        _emergency_box(kb, inlines),
        f'<table class="pair">{"".join(rows)}</table>',
    ]
    if content.terms:
        parts.append(f'<h2>{reader.text(kb.ui("section-terms"))}</h2>')
        parts.append(terms_table(reader, content.terms))
    parts.append(_footer(kb, sheet, reader, url))
    parts.insert(1, _notices(kb, inlines))
    title = f"{strip_tags(reader.text(sheet.title))} · {strip_tags(counter.text(sheet.title))}"
    return _document(reader, title, "".join(parts), "bilingual")
