"""Whole pages of one language edition: sheets, the edition's home page, the root chooser."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..catalogs.translator import MISSING, SOURCE
from ..knowledge.model import KnowledgeBase, Sheet, SheetKind
from ..knowledge.snapshot import last_changed
from ..site_map import (
    ABOUT_TRANSLATIONS_SLUG,
    ARCHIVE_FORMAT,
    ARCHIVE_START_PAGE,
    CHANGES_SLUG,
    LEAFLET_FORMAT,
    PRINT_SLUG,
    archive_name,
    leaflets_of_sheet,
)
from .blocks import render_block
from .downloads import download_label
from .escape import Html, strip_tags
from .inline import InlineRenderer
from .model import Heading, PageSource, sections
from .reviews import review_line
from .save import TEMPLATE as SAVE_TEMPLATE, save_box
from .translation_notice import PageReview, page_review, translation_notices


def _notices(inline: InlineRenderer, review: PageReview) -> Html:
    paragraphs = []
    for notice in translation_notices(inline, review):
        about = Html()
        if notice.about:
            about = Html(' <a href="{}{}/">{}</a>').format(
                inline.link_prefix, ABOUT_TRANSLATIONS_SLUG, inline.text(inline.kb.ui("about-link")))
        classes = " ".join(f"notice-{kind}" for kind in notice.kinds)
        paragraphs.append(Html('<p class="notice {}" role="note">{}{}</p>').format(classes, notice.html, about))
    return Html("\n\n").join(paragraphs)


def heading(inline: InlineRenderer, message, anchor: str, level: int = 2) -> Heading:
    """A heading with a stable anchor; an English fallback is marked as English."""
    translation = inline.translate(message)
    return Heading(strip_tags(inline.fragment(translation.text)), anchor, level, english=translation.state == MISSING)


def page(inline: InlineRenderer, title_html: Html, description_html: Html, body: Iterable[Html | Heading], path: str,
         in_nav: bool = True, template: str | None = None) -> PageSource:
    """``body``: HTML blocks and the headings between them, in reading order."""
    # Notices depend on every text of the page, so they are rendered last (and shown first).
    notices = _notices(inline, page_review(inline.used.values()))
    return PageSource(path, strip_tags(title_html), sections(body), frozenset(inline.states - {SOURCE}),
                      strip_tags(description_html), notices, template, in_nav)


def render_sheet(kb: KnowledgeBase, sheet: Sheet, inline: InlineRenderer, directory: str,
                 leaflet_sizes: Mapping[str, int] | None = None) -> PageSource:
    """``leaflet_sizes``: bytes per leaflet file name, when the leaflets are printed already."""
    title = inline.text(sheet.title)
    summary = inline.text(sheet.summary)
    body: list[Html | Heading] = [Html('<p class="summary">{}</p>').format(summary)]
    if sheet.kind is SheetKind.SITUATION:
        # Whoever this page is for, an emergency comes before any paperwork.
        body.append(Html('<p class="emergency-first" role="note">{}</p>').format(inline.text(kb.ui("situation-emergency"))))
    for section in sheet.sections:
        body.append(heading(inline, section.heading, section.id))
        body.extend(render_block(block, inline) for block in section.blocks)
    body.append(heading(inline, kb.ui("leaflet-heading"), "leaflet"))
    body.append(leaflet_links(inline, sheet.slug, leaflet_sizes or {}))
    body.append(heading(inline, kb.ui("sources-heading"), "sources"))
    body.append(review_line(sheet, inline))
    body.append(changed_line(sheet, inline))
    body.append(sources_list(kb, sheet))
    return page(inline, title, summary, body, f"{directory}{sheet.slug}/index.md")


def leaflet_links(inline: InlineRenderer, slug: str, sizes: Mapping[str, int]) -> Html:
    """The sheet's leaflet in this language, then the bilingual ones, each language named in itself."""
    languages = inline.kb.languages
    own, *pairs = leaflets_of_sheet(slug, inline.language.code, languages.codes)
    link = Html('<a class="leaflet" href="{}" type="application/pdf">{}</a>')
    label = Html("{} {}").format(inline.text(inline.kb.ui("leaflet-download")), download_label(LEAFLET_FORMAT, sizes.get(own.name)))
    links = [link.format(own.href_from(inline.language.code), label)]
    if pairs:
        names = []
        for pair in pairs:
            label = Html(" + ").join(
                Html('<bdi lang="{}" dir="{}">{}</bdi>').format(code, languages[code].direction, languages[code].name)
                for code in pair.languages)
            if pair.name in sizes:
                label += Html(" {}").format(download_label(LEAFLET_FORMAT, sizes[pair.name]))
            names.append(link.format(pair.href_from(inline.language.code), label))
        links.append(Html("{} {}").format(inline.text(inline.kb.ui("leaflet-bilingual")), Html(" · ").join(names)))
    return Html('<div class="leaflets">{}</div>').format(Html().join(Html("<p>{}</p>").format(link) for link in links))


def changed_text(sheet: Sheet, inline: InlineRenderer) -> Html:
    """When the sheet's information last changed, from the release record (pages and leaflets).

    Empty for a sheet not published yet: ``validate`` warns until ``publish`` records it.
    """
    day = last_changed(inline.kb, sheet)
    return inline.text(inline.kb.ui("changed-on"), date=inline.time(day)) if day else Html()


def changed_line(sheet: Sheet, inline: InlineRenderer) -> Html:
    text = changed_text(sheet, inline)
    return Html('<p class="changed">{}</p>').format(text) if text else Html()


def sources_list(kb: KnowledgeBase, sheet: Sheet) -> Html:
    items = []
    for ident in sheet.sources:
        source = kb.sources[ident]
        title = Html.escape(source.title)
        if source.url:
            title = Html('<a href="{}" rel="nofollow">{}</a>').format(source.url, title)
        extra = ", ".join(x for x in (source.publisher, source.published) if x)
        items.append(Html("{} ({})").format(title, extra) if extra else title)
    return Html('<ul class="sources">{}</ul>').format(
        Html().join(Html('<li dir="auto">{}</li>').format(item) for item in items))


def render_home(kb: KnowledgeBase, inline: InlineRenderer, directory: str) -> PageSource:
    inline.link_prefix = ""
    intro = inline.text(kb.ui("home-intro"))
    links = Html().join(
        Html('<li><a href="{}/">{}</a><br><span class="sheet-summary">{}</span></li>').format(
            sheet.slug, inline.text(sheet.title), inline.text(sheet.summary))
        for sheet in kb.sheets)
    guide = Html()
    if kb.guide:
        guide = Html('<p class="guide-start"><a href="{}/">{}<span class="sheet-summary">{}</span></a></p>').format(
            kb.guide.slug, inline.text(kb.guide.title), inline.text(kb.guide.summary))
    body = [
        Html('<p class="summary">{}</p>').format(intro),
        guide,
        heading(inline, kb.ui("home-sheets"), "sheets"),
        Html('<ul class="sheet-list">{}</ul>').format(links),
        *offline_download(inline),
        heading(inline, kb.ui("print-title"), "print"),
        Html('<p><a href="{}/">{}</a></p>').format(PRINT_SLUG, inline.text(kb.ui("print-home"))),
        heading(inline, kb.ui("changes-title"), "changes"),
        Html('<p><a href="{}/">{}</a></p>').format(CHANGES_SLUG, inline.text(kb.ui("changes-home"))),
    ]
    return page(inline, inline.text(kb.ui("site-name")), inline.text(kb.ui("site-description")), body, f"{directory}index.md",
                template=SAVE_TEMPLATE)


def offline_download(inline: InlineRenderer) -> list[Html | Heading]:
    """The home page's section for reading without internet: save the edition on this phone
    (where the browser can), or download it as one archive."""
    ui = inline.kb.ui
    return [
        heading(inline, ui("offline-heading"), "offline"),
        save_box(inline, ""),
        Html("<p>{}</p>").format(inline.text(ui("offline-text"))),
        Html('<p><a class="offline-download" href="{}" type="application/zip" download>{} {}</a></p>').format(
            archive_name(inline.language.code), inline.text(ui("offline-download")), download_label(ARCHIVE_FORMAT)),
        Html("<p>{}</p>").format(inline.text(ui("offline-open"), file=ARCHIVE_START_PAGE)),
    ]


def render_chooser(kb: KnowledgeBase, path: str, titles: dict[str, str]) -> PageSource:
    """The root page: every edition in its own name, plain links, no JavaScript needed.

    ``titles`` maps a language code to "Choose your language" in that language.
    """
    languages = kb.languages
    items = Html().join(
        Html('<li><a href="{code}/" hreflang="{code}" lang="{code}" dir="{direction}">'
             '<span class="language-name">{name}</span>'
             '<span class="language-question">{question}</span></a></li>').format(
            code=language.code, direction=language.direction, name=language.name, question=titles[language.code])
        for language in languages.editions)
    site_name = kb.ui("site-name").source
    return PageSource(path, site_name, sections([Html('<ul class="language-chooser">{}</ul>').format(items)]),
                      description=" · ".join(language.name for language in languages.editions))
