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
from ..pages.escape import html_text, strip_tags
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


def _document(language: Language, title: str, body: str, css_class: str) -> str:
    # The kit's own rules travel inside each document: a change to them reprints the kit, not every leaflet.
    return (f'<!DOCTYPE html><html lang="{language.code}" dir="{language.direction}">'
            f'<head><meta charset="utf-8"><title>{html_text(title)}</title>'
            f'<style>{KIT_STYLESHEET.read_text(encoding="utf-8")}</style></head>'
            f'<body class="{css_class}">{body}</body></html>')


def _qr(url: str, css_class: str) -> str:
    return f'<img class="{css_class}" src="{qr_svg(url)}" alt="">'


def _in_language(language: Language, html: str, tag: str = "div", css_class: str = "") -> str:
    attributes = f' class="{css_class}"' if css_class else ""
    return f'<{tag}{attributes} lang="{language.code}" dir="{language.direction}">{html}</{tag}>'


# --- Poster ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PosterLine:
    """One language on the poster: its own name, one line in it, and its edition's address."""

    language: Language
    line: str  # HTML, from that language's catalogue
    url: str


def poster_html(kb: KnowledgeBase, title: str, numbers: list[tuple[str, list[str]]], lines: list[PosterLine],
                size: str, site_url: str) -> str:
    """The waiting-room poster: the site's name, 112 and 1733, and every edition with its QR code.

    ``numbers`` pairs each emergency number with what it is for, in several languages (HTML).
    """
    source = kb.languages[kb.languages.source]
    emergency = "".join(
        f'<div class="poster-number"><span class="number" dir="ltr">{html_text(number)}</span>'
        f'<span class="labels">{" · ".join(labels)}</span></div>'
        for number, labels in numbers)
    cells = [f'<td><div class="poster-cell">{_qr(line.url, "poster-qr")}'
             + _in_language(line.language,
                            f'<p class="language-name">{html_text(line.language.name)}</p>'
                            f'<p class="poster-line">{line.line}</p>', "div", "poster-text")
             + f'</div><p class="poster-url" dir="ltr">{html_text(line.url)}</p></td>'
             for line in lines]
    # Three languages a row, in the chooser's order.
    rows = "".join(f"<tr>{''.join(cells[start:start + 3])}</tr>" for start in range(0, len(cells), 3))
    body = (f'<header><h1>{html_text(title)}</h1><div class="poster-numbers">{emergency}</div></header>'
            f'<table class="poster-languages">{rows}</table>'
            f'<p class="poster-site" dir="ltr">{html_text(site_url)}</p>')
    return _document(source, title, body, f"poster poster-{size.lower()}")


# --- Pocket cards ---------------------------------------------------------------------------


def card_front(kb: KnowledgeBase, inline: InlineRenderer, url: str) -> str:
    """The reader's side: the site's name, 112 and 1733, what matters most, and the edition's QR code."""
    ui = kb.ui
    numbers = "".join(f'<li><span class="number" dir="ltr">{number}</span> {label}</li>'
                      for number, label in emergency_numbers(kb, inline))
    text = (f'<p class="card-title">{inline.text(ui("site-name"))}</p>'
            f'<ul class="card-numbers">{numbers}</ul>'
            f'<p>{inline.text(ui("card-no-papers"))}</p>'
            f'<p>{inline.text(ui("card-help"))}</p>')
    notice = f'<p class="card-notice">{inline.text(ui("card-unreviewed"))}</p>' if "unreviewed" in inline.states else ""
    return f'<div class="card-text">{text}{notice}</div>{_qr(url, "card-qr")}'


def card_back(kb: KnowledgeBase, french: InlineRenderer, dutch: InlineRenderer) -> str:
    """The counter's side, the same for every language: French and Dutch, the numbers and the official words."""
    rows = [(french.text(kb.ui("card-need-doctor")), dutch.text(kb.ui("card-need-doctor")))]
    rows += [(f"{fr_number} {fr_label}", f"{nl_number} {nl_label}") for (fr_number, fr_label), (nl_number, nl_label)
             in zip(emergency_numbers(kb, french), emergency_numbers(kb, dutch), strict=True)]
    rows += [(html_text(kb.terms[ident].fr.full), html_text(kb.terms[ident].nl.full)) for ident in CARD_TERMS]
    table = "".join(f'<tr><td lang="fr">{fr}</td><td lang="nl">{nl}</td></tr>' for fr, nl in rows)
    return (f'<p class="card-title"><span lang="fr">{french.text(kb.ui("site-name"))}</span> · '
            f'<span lang="nl">{dutch.text(kb.ui("site-name"))}</span></p>'
            f'<table class="card-words">{table}</table>')


def _card_positions() -> list[tuple[float, float]]:
    left = (A4_WIDTH - CARD_COLUMNS * CARD_WIDTH) / 2
    top = (A4_HEIGHT - CARD_ROWS * CARD_HEIGHT) / 2
    return [(left + column * CARD_WIDTH, top + row * CARD_HEIGHT)
            for row in range(CARD_ROWS) for column in range(CARD_COLUMNS)]


def _cut_marks() -> str:
    """Short lines outside the cards where the cutter goes; none cross a card."""
    left = (A4_WIDTH - CARD_COLUMNS * CARD_WIDTH) / 2
    top = (A4_HEIGHT - CARD_ROWS * CARD_HEIGHT) / 2
    right, bottom = left + CARD_COLUMNS * CARD_WIDTH, top + CARD_ROWS * CARD_HEIGHT
    marks = []
    for column in range(CARD_COLUMNS + 1):
        x = left + column * CARD_WIDTH
        for y in (top - CUT_MARK - 1, bottom + 1):
            marks.append(f'<div class="cut vertical" style="left:{x:.1f}mm;top:{y:.1f}mm"></div>')
    for row in range(CARD_ROWS + 1):
        y = top + row * CARD_HEIGHT
        for x in (left - CUT_MARK - 1, right + 1):
            marks.append(f'<div class="cut horizontal" style="left:{x:.1f}mm;top:{y:.1f}mm"></div>')
    return "".join(marks)


def cards_html(kb: KnowledgeBase, inline: InlineRenderer, front: str, back: str) -> str:
    """An A4 sheet of cards: fronts on page 1, backs on page 2 in the same places.

    Every card on a sheet is the same, so the backs line up when printed on both sides,
    whichever edge the printer turns the paper on.
    """
    language = inline.language

    def sheet(content: str, side: str, dir_: str, lang: str) -> str:
        cards = "".join(f'<div class="card card-{side}" lang="{lang}" dir="{dir_}" '
                        f'style="left:{x:.1f}mm;top:{y:.1f}mm">{content}</div>' for x, y in _card_positions())
        # The sheet is laid out on paper, left to right; each card then runs in its own direction.
        return f'<div class="card-sheet" dir="ltr">{cards}{_cut_marks()}</div>'

    body = (sheet(front, "front", language.direction, language.code)
            + sheet(back, "back", "ltr", "fr"))
    return _document(language, strip_tags(inline.text(kb.ui("print-cards"))), body, "cards")


# --- Booklet cover and contents ---------------------------------------------------------------


def booklet_cover_html(kb: KnowledgeBase, inline: InlineRenderer, url: str, checked_on: date,
                       contents: list[tuple[str, int]]) -> str:
    """Page 1: the booklet's cover; page 2: its contents, each sheet with the page it starts on.

    ``contents`` pairs each sheet's title (HTML) with its first page in the booklet.
    """
    ui = kb.ui
    language = inline.language
    cover = (f'<div class="cover"><p class="site-name">{inline.text(ui("site-name"))}</p>'
             f'<h1>{inline.text(ui("print-booklet"))}</h1>'
             f'<p class="cover-language">{html_text(language.name)}</p>'
             f'{_qr(url, "cover-qr")}<p class="url" dir="ltr">{html_text(url)}</p>'
             f'<p>{inline.text(ui("reviewed-on"), date=inline.time(checked_on))}</p>')
    items = "".join(f'<li><span class="toc-title">{title}</span> <span class="toc-page" dir="ltr">{page}</span></li>'
                    for title, page in contents)
    toc = f'<div class="contents"><h2>{inline.text(ui("booklet-contents"))}</h2><ol class="toc">{items}</ol></div>'
    # Rendered last: the notice depends on every text above.
    notice = f'<p class="notice">{inline.text(ui("notice-unreviewed"))}</p>' if "unreviewed" in inline.states else ""
    return _document(language, strip_tags(inline.text(ui("print-booklet"))), f"{cover}{notice}</div>{toc}",
                     "booklet-cover")
