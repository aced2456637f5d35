""""Print and hand out": one page per edition for reception-centre staff, at /<lang>/print/.

It offers what staff put up and hand out: the booklet and pocket cards in this language,
the poster for all languages, and every leaflet of this language (single and bilingual),
each with its paper size and file size, and a short note on how to print them.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..knowledge.model import KnowledgeBase
from ..site_map import (
    LEAFLET_FORMAT,
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
from .escape import Html
from .inline import InlineRenderer
from .model import Heading


def _link(href: str, label: Html | str, kind: str, size: int | None) -> Html:
    return Html('<a class="print-file" href="{}" type="application/pdf">{} {}</a>').format(
        href, label, download_label(kind, size))


def _list(css: str, items: list[Html]) -> Html:
    return Html('<ul class="{}">{}</ul>').format(css, Html().join(Html("<li>{}</li>").format(item) for item in items))


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
        _link(booklet_name(code), inline.text(ui("print-booklet")), LEAFLET_FORMAT, sizes.get(booklet_name(code))),
        _link(cards_name(code), inline.text(ui("print-cards")), LEAFLET_FORMAT, sizes.get(cards_name(code))),
        inline.text(ui("print-poster")) + " " + Html(" · ").join(
            _link(f"../../{POSTER_FOLDER}/{poster_name(size)}", size, f"PDF, {size}",
                  sizes.get(poster_name(size))) for size in POSTER_SIZES),
    ]
    singles, pairs = [], []
    for sheet in kb.sheets:
        own, *bilingual = leaflets_of_sheet(sheet.slug, code, languages.codes)
        title = inline.text(sheet.title)
        singles.append(_link(f"../{sheet.slug}/{own.name}", title, LEAFLET_FORMAT, sizes.get(own.name)))
        for pair in bilingual:
            names = Html(" + ").join(Html('<bdi lang="{}" dir="{}">{}</bdi>').format(
                other, languages[other].direction, languages[other].name) for other in pair.languages)
            # A leaflet's own link works from any page two levels deep, like this one.
            href = pair.href_from(code)
            href = href if href.startswith("../") else f"../{sheet.slug}/{href}"
            pairs.append(_link(href, Html("{} ({})").format(title, names), LEAFLET_FORMAT, sizes.get(pair.name)))
    notes = [inline.text(ui(key)) for key in ("print-note-paper", "print-note-duplex", "print-note-cards")]
    summary = inline.text(ui("print-summary"))
    body: list[Html | Heading] = [
        Html('<p class="summary">{}</p>').format(summary),
        _list("print-kit", kit),
        heading(inline, ui("print-how"), "how"),
        _list("print-notes", notes),
        heading(inline, ui("print-leaflets"), "leaflets"),
        _list("print-leaflets", singles),
        heading(inline, ui("print-bilingual"), "bilingual"),
        _list("print-leaflets", pairs),
    ]
    return page(inline, inline.text(ui("print-title")), summary, body, f"{directory}{PRINT_SLUG}/index.md",
                in_nav=False)
