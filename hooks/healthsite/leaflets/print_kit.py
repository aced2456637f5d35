"""The print kit for reception centres: a poster for every language, pocket cards and a booklet cover.

Like the leaflets, everything comes from the knowledge base and the catalogues through the
page renderers (the same emergency numbers, official words and dates): no fact is written
here. QR codes are drawn into the HTML, so a new address changes the HTML, and so the PDF.
Each document names its own page (``@page`` rules in ``print.css``), so one stylesheet and
one printer serve leaflets and kit alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..knowledge.model import KnowledgeBase
from ..languages import Language
from ..pages.chrome import emergency_numbers
from ..pages.escape import Html, strip_tags
from ..pages.inline import InlineRenderer
from .qr import qr_svg

# A credit card (ISO/IEC 7810 ID-1), in millimetres, and how many fit on A4.
CARD_WIDTH, CARD_HEIGHT = 85.6, 54.0
CARD_COLUMNS, CARD_ROWS = 2, 5
A4_WIDTH, A4_HEIGHT = 210.0, 297.0
CUT_MARK = 5.0  # length of a cut mark outside the cards, in mm
# Counter words on the back of every card: the official terms a person shows at a desk.
CARD_TERMS = ("amu", "cpas")


KIT_STYLESHEET = Path(__file__).with_name("print-kit.css")


def _document(language: Language, title: str, body: Html, css_class: str) -> Html:
    # The kit's own rules travel inside each document: a change to them reprints the kit, not every leaflet.
    # Html(): the stylesheet is this package's own file, and CSS must not be escaped.
    return Html('<!DOCTYPE html><html lang="{}" dir="{}"><head><meta charset="utf-8"><title>{}</title>'
                '<style>{}</style></head><body class="{}">{}</body></html>').format(
        language.code, language.direction, title, Html(KIT_STYLESHEET.read_text(encoding="utf-8")), css_class, body)


def _qr(url: str, css_class: str) -> Html:
    return Html('<img class="{}" src="{}" alt="">').format(css_class, qr_svg(url))


def _in_language(language: Language, html: Html, tag: str = "div", css_class: str = "") -> Html:
    attributes = Html(' class="{}"').format(css_class) if css_class else Html()
    return Html('<{tag}{attributes} lang="{lang}" dir="{dir}">{html}</{tag}>').format(
        tag=tag, attributes=attributes, lang=language.code, dir=language.direction, html=html)


# --- Poster ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PosterLine:
    """One language on the poster: its own name, one line in it, and its edition's address."""

    language: Language
    line: Html  # from that language's catalogue
    url: str


def poster_html(kb: KnowledgeBase, title: str, numbers: list[tuple[str, list[Html]]], lines: list[PosterLine],
                size: str, site_url: str) -> Html:
    """The waiting-room poster: the site's name, 112 and 1733, and every edition with its QR code.

    ``numbers`` pairs each emergency number with what it is for, in several languages (HTML).
    """
    source = kb.languages[kb.languages.source]
    emergency = Html().join(
        Html('<div class="poster-number"><span class="number" dir="ltr">{}</span><span class="labels">{}</span></div>')
        .format(number, Html(" · ").join(labels))
        for number, labels in numbers)
    cells = [Html('<td><div class="poster-cell">{}{}</div><p class="poster-url" dir="ltr">{}</p></td>').format(
        _qr(line.url, "poster-qr"),
        _in_language(line.language, Html('<p class="language-name">{}</p><p class="poster-line">{}</p>').format(
            line.language.name, line.line), "div", "poster-text"),
        line.url) for line in lines]
    # Three languages a row, in the chooser's order.
    rows = Html().join(Html("<tr>{}</tr>").format(Html().join(cells[start:start + 3])) for start in range(0, len(cells), 3))
    body = Html('<header><h1>{}</h1><div class="poster-numbers">{}</div></header>'
                '<table class="poster-languages">{}</table>'
                '<p class="poster-site" dir="ltr">{}</p>').format(title, emergency, rows, site_url)
    return _document(source, title, body, f"poster poster-{size.lower()}")


# --- Pocket cards ---------------------------------------------------------------------------


def card_front(kb: KnowledgeBase, inline: InlineRenderer, url: str) -> Html:
    """The reader's side: the site's name, 112 and 1733, what matters most, and the edition's QR code."""
    ui = kb.ui
    numbers = Html().join(Html('<li><span class="number" dir="ltr">{}</span> {}</li>').format(number, label)
                          for number, label in emergency_numbers(kb, inline))
    text = Html('<p class="card-title">{}</p><ul class="card-numbers">{}</ul><p>{}</p><p>{}</p>').format(
        inline.text(ui("site-name")), numbers, inline.text(ui("card-no-papers")), inline.text(ui("card-help")))
    notice = (Html('<p class="card-notice">{}</p>').format(inline.text(ui("card-unreviewed")))
              if "unreviewed" in inline.states else Html())
    return Html('<div class="card-text">{}{}</div>{}').format(text, notice, _qr(url, "card-qr"))


def card_back(kb: KnowledgeBase, french: InlineRenderer, dutch: InlineRenderer) -> Html:
    """The counter's side, the same for every language: French and Dutch, the numbers and the official words."""
    rows: list[tuple[str, str]] = [(french.text(kb.ui("card-need-doctor")), dutch.text(kb.ui("card-need-doctor")))]
    rows += [(Html("{} {}").format(fr_number, fr_label), Html("{} {}").format(nl_number, nl_label))
             for (fr_number, fr_label), (nl_number, nl_label)
             in zip(emergency_numbers(kb, french), emergency_numbers(kb, dutch), strict=True)]
    rows += [(kb.terms[ident].fr.full, kb.terms[ident].nl.full) for ident in CARD_TERMS]
    table = Html().join(Html('<tr><td lang="fr">{}</td><td lang="nl">{}</td></tr>').format(fr, nl) for fr, nl in rows)
    return Html('<p class="card-title"><span lang="fr">{}</span> · <span lang="nl">{}</span></p>'
                '<table class="card-words">{}</table>').format(
        french.text(kb.ui("site-name")), dutch.text(kb.ui("site-name")), table)


def _card_positions() -> list[tuple[float, float]]:
    left = (A4_WIDTH - CARD_COLUMNS * CARD_WIDTH) / 2
    top = (A4_HEIGHT - CARD_ROWS * CARD_HEIGHT) / 2
    return [(left + column * CARD_WIDTH, top + row * CARD_HEIGHT)
            for row in range(CARD_ROWS) for column in range(CARD_COLUMNS)]


def _cut_marks() -> Html:
    """Short lines outside the cards where the cutter goes; none cross a card."""
    left = (A4_WIDTH - CARD_COLUMNS * CARD_WIDTH) / 2
    top = (A4_HEIGHT - CARD_ROWS * CARD_HEIGHT) / 2
    right, bottom = left + CARD_COLUMNS * CARD_WIDTH, top + CARD_ROWS * CARD_HEIGHT
    marks = []
    for column in range(CARD_COLUMNS + 1):
        x = left + column * CARD_WIDTH
        for y in (top - CUT_MARK - 1, bottom + 1):
            marks.append(Html('<div class="cut vertical" style="left:{:.1f}mm;top:{:.1f}mm"></div>').format(x, y))
    for row in range(CARD_ROWS + 1):
        y = top + row * CARD_HEIGHT
        for x in (left - CUT_MARK - 1, right + 1):
            marks.append(Html('<div class="cut horizontal" style="left:{:.1f}mm;top:{:.1f}mm"></div>').format(x, y))
    return Html().join(marks)


def cards_html(kb: KnowledgeBase, inline: InlineRenderer, front: Html, back: Html) -> Html:
    """An A4 sheet of cards: fronts on page 1, backs on page 2 in the same places.

    Every card on a sheet is the same, so the backs line up when printed on both sides,
    whichever edge the printer turns the paper on.
    """
    language = inline.language

    def sheet(content: Html, side: str, dir_: str, lang: str) -> Html:
        cards = Html().join(Html('<div class="card card-{}" lang="{}" dir="{}" style="left:{:.1f}mm;top:{:.1f}mm">{}</div>')
                            .format(side, lang, dir_, x, y, content) for x, y in _card_positions())
        # The sheet is laid out on paper, left to right; each card then runs in its own direction.
        return Html('<div class="card-sheet" dir="ltr">{}{}</div>').format(cards, _cut_marks())

    body = (sheet(front, "front", language.direction, language.code)
            + sheet(back, "back", "ltr", "fr"))
    return _document(language, strip_tags(inline.text(kb.ui("print-cards"))), body, "cards")


# --- Booklet cover and contents ---------------------------------------------------------------


def booklet_cover_html(kb: KnowledgeBase, inline: InlineRenderer, url: str, checked_on: date,
                       contents: list[tuple[Html, int]]) -> Html:
    """Page 1: the booklet's cover; page 2: its contents, each sheet with the page it starts on.

    ``contents`` pairs each sheet's title (HTML) with its first page in the booklet.
    """
    ui = kb.ui
    language = inline.language
    cover = Html('<p class="site-name">{}</p><h1>{}</h1><p class="cover-language">{}</p>'
                 '{}<p class="url" dir="ltr">{}</p><p>{}</p>').format(
        inline.text(ui("site-name")), inline.text(ui("print-booklet")), language.name, _qr(url, "cover-qr"), url,
        inline.text(ui("reviewed-on"), date=inline.time(checked_on)))
    items = Html().join(
        Html('<li><span class="toc-title">{}</span> <span class="toc-page" dir="ltr">{}</span></li>').format(title, page)
        for title, page in contents)
    toc = Html('<div class="contents"><h2>{}</h2><ol class="toc">{}</ol></div>').format(
        inline.text(ui("booklet-contents")), items)
    # Rendered last: the notice depends on every text above.
    notice = (Html('<p class="notice">{}</p>').format(inline.text(ui("notice-unreviewed")))
              if "unreviewed" in inline.states else Html())
    return _document(language, strip_tags(inline.text(ui("print-booklet"))),
                     Html('<div class="cover">{}{}</div>{}').format(cover, notice, toc), "booklet-cover")
