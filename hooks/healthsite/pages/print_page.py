""""Print and hand out": one page per edition for reception-centre staff, at /<lang>/print/.

It offers what staff put up and hand out: the booklet and pocket cards in this language,
the poster for all languages, and every leaflet of this language (single and bilingual),
each with its paper size and file size, and a short note on how to print them.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..knowledge.model import KnowledgeBase
from ..leaflets.files import (
    FORMAT,
    POSTER_FOLDER,
    POSTER_SIZES,
    PRINT_SLUG,
    booklet_name,
    cards_name,
    leaflets_of_sheet,
    poster_name,
)
from .documents import PageSource, heading, page
from .downloads import download_label
from .escape import html_text
from .inline import InlineRenderer


def _link(href: str, label: str, kind: str, size: int | None) -> str:
    return f'<a class="print-file" href="{html_text(href)}" type="application/pdf">{label} {download_label(kind, size)}</a>'


def render_print_page(kb: KnowledgeBase, inline: InlineRenderer, directory: str,
                      sizes: Mapping[str, int] | None = None) -> PageSource:
    """``sizes``: bytes per file name, once the files are printed."""
    sizes = sizes or {}
    ui = kb.ui
    code = inline.language.code
    languages = kb.languages
    # From /<lang>/print/ the edition is one level up and the site root two.
    inline.link_prefix = "../"
    kit = [
        _link(booklet_name(code), inline.text(ui("print-booklet")), FORMAT, sizes.get(booklet_name(code))),
        _link(cards_name(code), inline.text(ui("print-cards")), FORMAT, sizes.get(cards_name(code))),
        inline.text(ui("print-poster")) + " " + " · ".join(
            _link(f"../../{POSTER_FOLDER}/{poster_name(size)}", html_text(size), f"PDF, {size}",
                  sizes.get(poster_name(size))) for size in POSTER_SIZES),
    ]
    singles, pairs = [], []
    for sheet in kb.sheets:
        own, *bilingual = leaflets_of_sheet(sheet.slug, code, languages.codes)
        title = inline.text(sheet.title)
        singles.append(_link(f"../{sheet.slug}/{own.name}", title, FORMAT, sizes.get(own.name)))
        for pair in bilingual:
            names = " + ".join(f'<bdi lang="{other}" dir="{languages[other].direction}">{html_text(languages[other].name)}</bdi>'
                               for other in pair.languages)
            # A leaflet's own link works from any page two levels deep, like this one.
            href = pair.href_from(code)
            href = href if href.startswith("../") else f"../{sheet.slug}/{href}"
            pairs.append(_link(href, f"{title} ({names})", FORMAT, sizes.get(pair.name)))
    notes = [inline.text(ui(key)) for key in ("print-note-paper", "print-note-duplex", "print-note-cards")]
    summary = inline.text(ui("print-summary"))
    body = [
        f'<p class="summary">{summary}</p>',
        '<ul class="print-kit">' + "".join(f"<li>{item}</li>" for item in kit) + "</ul>",
        heading(inline, ui("print-how"), "how"),
        '<ul class="print-notes">' + "".join(f"<li>{note}</li>" for note in notes) + "</ul>",
        heading(inline, ui("print-leaflets"), "leaflets"),
        '<ul class="print-leaflets">' + "".join(f"<li>{item}</li>" for item in singles) + "</ul>",
        heading(inline, ui("print-bilingual"), "bilingual"),
        '<ul class="print-leaflets">' + "".join(f"<li>{item}</li>" for item in pairs) + "</ul>",
    ]
    return page(inline, inline.text(ui("print-title")), summary, body, f"{directory}{PRINT_SLUG}/index.md",
                in_nav=False)
