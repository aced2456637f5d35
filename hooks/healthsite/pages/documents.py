"""Whole pages of one language edition: sheets, the edition's home page, the root chooser."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import yaml

from ..catalogs.translator import MISSING, SOURCE
from ..knowledge.model import KnowledgeBase, Sheet
from ..knowledge.snapshot import last_changed
from ..leaflets.files import FORMAT, PRINT_SLUG, leaflets_of_sheet
from ..offline.archive import FORMAT as ARCHIVE_FORMAT, START_PAGE, archive_name
from .blocks import render_block
from .downloads import download_label
from .escape import html_text, markdown_inline, strip_tags, theme_text
from .inline import InlineRenderer
from .reviews import review_line
from .save import TEMPLATE as SAVE_TEMPLATE, save_box
from .translation_notice import PageReview, page_review, translation_notices


@dataclass(frozen=True)
class PageSource:
    """One generated page: where it goes under docs/, and its Markdown."""

    path: str  # relative to docs/, e.g. "fr/emergencies/index.md"
    markdown: str
    states: frozenset[str]
    title: str = ""  # plain text, for navigation
    in_nav: bool = True

    @property
    def missing(self) -> bool:
        return MISSING in self.states


def _front_matter(title: str, description: str, template: str | None = None) -> str:
    # Material prints these unescaped into <title> and <meta>: escape them here.
    meta = {"title": theme_text(title), "description": theme_text(description)}
    if template:
        meta["template"] = template
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=10_000) + "---\n\n"


def _notices(inline: InlineRenderer, review: PageReview) -> str:
    paragraphs = []
    for notice in translation_notices(inline, review):
        about = ""
        if notice.about:
            about = f' <a href="{inline.link_prefix}about-translations/">{inline.text(inline.kb.ui("about-link"))}</a>'
        classes = " ".join(f"notice-{kind}" for kind in notice.kinds)
        paragraphs.append(f'<p class="notice {classes}" role="note">{notice.html}{about}</p>')
    return "\n\n".join(paragraphs)


def heading(inline: InlineRenderer, message, anchor: str, level: int = 2) -> str:
    """A Markdown heading with a stable anchor; an English fallback is marked as English."""
    translation = inline.translate(message)
    text = strip_tags(inline.fragment(translation.text))
    attributes = f"#{anchor}" + (' lang="en" dir="ltr"' if translation.state == MISSING else "")
    return f"{'#' * level} {markdown_inline(text)} {{{attributes}}}"


def page(inline: InlineRenderer, title_html: str, description_html: str, body: list[str], path: str,
         in_nav: bool = True, template: str | None = None) -> PageSource:
    # Notices depend on every text of the page, so they are rendered last and put first.
    notices = _notices(inline, page_review(inline.used.values()))
    parts = [f"# {markdown_inline(strip_tags(title_html))}"] + ([notices] if notices else []) + body
    markdown = _front_matter(strip_tags(title_html), strip_tags(description_html), template) + "\n\n".join(parts) + "\n"
    return PageSource(path, markdown, frozenset(inline.states - {SOURCE}), strip_tags(title_html), in_nav)


def render_sheet(kb: KnowledgeBase, sheet: Sheet, inline: InlineRenderer, directory: str,
                 leaflet_sizes: Mapping[str, int] | None = None) -> PageSource:
    """``leaflet_sizes``: bytes per leaflet file name, when the leaflets are printed already."""
    title = inline.text(sheet.title)
    summary = inline.text(sheet.summary)
    body = [f'<p class="summary">{summary}</p>']
    if sheet.kind == "situation":
        # Whoever this page is for, an emergency comes before any paperwork.
        body.append(f'<p class="emergency-first" role="note">{inline.text(kb.ui("situation-emergency"))}</p>')
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


def leaflet_links(inline: InlineRenderer, slug: str, sizes: Mapping[str, int]) -> str:
    """The sheet's leaflet in this language, then the bilingual ones, each language named in itself."""
    languages = inline.kb.languages
    own, *pairs = leaflets_of_sheet(slug, inline.language.code, languages.codes)
    label = f'{inline.text(inline.kb.ui("leaflet-download"))} {download_label(FORMAT, sizes.get(own.name))}'
    links = [f'<a class="leaflet" href="{own.href_from(inline.language.code)}" type="application/pdf">{label}</a>']
    if pairs:
        names = []
        for pair in pairs:
            label = " + ".join(
                f'<bdi lang="{code}" dir="{languages[code].direction}">{html_text(languages[code].name)}</bdi>'
                for code in pair.languages)
            if pair.name in sizes:
                label += f" {download_label(FORMAT, sizes[pair.name])}"
            names.append(f'<a class="leaflet" href="{pair.href_from(inline.language.code)}" type="application/pdf">{label}</a>')
        links.append(f'{inline.text(inline.kb.ui("leaflet-bilingual"))} ' + " · ".join(names))
    return '<div class="leaflets">' + "".join(f"<p>{link}</p>" for link in links) + "</div>"


def changed_text(sheet: Sheet, inline: InlineRenderer) -> str:
    """When the sheet's information last changed, from the release record (pages and leaflets).

    Empty for a sheet not published yet: ``validate`` warns until ``publish`` records it.
    """
    day = last_changed(inline.kb, sheet)
    return inline.text(inline.kb.ui("changed-on"), date=inline.time(day)) if day else ""


def changed_line(sheet: Sheet, inline: InlineRenderer) -> str:
    text = changed_text(sheet, inline)
    return f'<p class="changed">{text}</p>' if text else ""


def sources_list(kb: KnowledgeBase, sheet: Sheet) -> str:
    items = []
    for ident in sheet.sources:
        source = kb.sources[ident]
        title = html_text(source.title)
        if source.url:
            title = f'<a href="{html_text(source.url)}" rel="nofollow">{title}</a>'
        extra = ", ".join(html_text(x) for x in (source.publisher, source.published) if x)
        items.append(f"{title}" + (f" ({extra})" if extra else ""))
    body = "".join(f'<li dir="auto">{item}</li>' for item in items)
    return f'<ul class="sources">{body}</ul>'


# The "What changed" page (pages.changes, which imports this module) lives at /<lang>/changes/.
CHANGES_SLUG = "changes"


def render_home(kb: KnowledgeBase, inline: InlineRenderer, directory: str) -> PageSource:
    inline.link_prefix = ""
    intro = inline.text(kb.ui("home-intro"))
    links = []
    for sheet in kb.sheets:
        links.append(
            f'<a href="{sheet.slug}/">{inline.text(sheet.title)}</a>'
            f'<br><span class="sheet-summary">{inline.text(sheet.summary)}</span>'
        )
    guide = ""
    if kb.guide:
        guide = (f'<p class="guide-start"><a href="{kb.guide.slug}/">{inline.text(kb.guide.title)}'
                 f'<span class="sheet-summary">{inline.text(kb.guide.summary)}</span></a></p>')
    body = [
        f'<p class="summary">{intro}</p>',
        guide,
        heading(inline, kb.ui("home-sheets"), "sheets"),
        '<ul class="sheet-list">' + "".join(f"<li>{link}</li>" for link in links) + "</ul>",
        *offline_download(inline),
        heading(inline, kb.ui("print-title"), "print"),
        f'<p><a href="{PRINT_SLUG}/">{inline.text(kb.ui("print-home"))}</a></p>',
        heading(inline, kb.ui("changes-title"), "changes"),
        f'<p><a href="{CHANGES_SLUG}/">{inline.text(kb.ui("changes-home"))}</a></p>',
    ]
    return page(inline, inline.text(kb.ui("site-name")), inline.text(kb.ui("site-description")), body, f"{directory}index.md",
                template=SAVE_TEMPLATE)


def offline_download(inline: InlineRenderer) -> list[str]:
    """The home page's section for reading without internet: save the edition on this phone
    (where the browser can), or download it as one archive."""
    ui = inline.kb.ui
    label = f'{inline.text(ui("offline-download"))} {download_label(ARCHIVE_FORMAT)}'
    return [
        heading(inline, ui("offline-heading"), "offline"),
        save_box(inline, ""),
        f'<p>{inline.text(ui("offline-text"))}</p>',
        f'<p><a class="offline-download" href="{archive_name(inline.language.code)}" type="application/zip" download>'
        f'{label}</a></p>',
        f'<p>{inline.text(ui("offline-open"), file=START_PAGE)}</p>',
    ]


def render_chooser(kb: KnowledgeBase, path: str, titles: dict[str, str]) -> PageSource:
    """The root page: every edition in its own name, plain links, no JavaScript needed.

    ``titles`` maps a language code to "Choose your language" in that language.
    """
    languages = kb.languages
    items = []
    for language in languages.editions:
        code = language.code
        items.append(
            f'<li><a href="{code}/" hreflang="{code}" lang="{code}" dir="{language.direction}">'
            f'<span class="language-name">{html_text(language.name)}</span>'
            f'<span class="language-question">{html_text(titles[code])}</span></a></li>'
        )
    site_name = kb.ui("site-name").source
    markdown = (
        _front_matter(site_name, " · ".join(language.name for language in languages.editions))
        + f"# {markdown_inline(site_name)}\n\n"
        + '<ul class="language-chooser">' + "".join(items) + "</ul>\n"
    )
    return PageSource(path, markdown, frozenset(), site_name)
