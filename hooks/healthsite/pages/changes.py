""""What changed": one page per edition (/<lang>/changes/) and its Atom feed (feed.xml beside it).

Both come from the release record (content-src/releases/): per release, newest first,
the new and removed pages, the pages whose information changed, the facts and phone
numbers with their old and new values (shown as pages show them), and the editors'
notes, all in the reader's language. The page ends with a part for staff: per earlier
release date, the leaflets that changed after it, so a reception centre knows what to
print again (every leaflet prints the date its information last changed).
"""

from __future__ import annotations

from datetime import date

from ..knowledge.model import Fact, KnowledgeBase
from ..knowledge.releases import FactValue, Release
from ..knowledge.snapshot import affected_sheets, changed_after, removed_after, removed_title, users_of
from ..site_map import CHANGES_SLUG, FEED_FILE, leaflets_of_sheet, published_url
from .documents import PageSource, heading, page
from .escape import Html, strip_tags
from .feed import MEDIA_TYPE, Feed, FeedEntry, atom_xml
from .inline import InlineRenderer, phone_link
from .model import Heading

STAFF_ANCHOR = "reprint"
# A feed needs a date even before anything is published.
NEVER = date(1970, 1, 1)


def release_anchor(release: Release) -> str:
    return f"release-{release.date.isoformat()}"


def _list(label: Html, items: list[Html], css: str = "changes-list") -> Html:
    return Html('<p>{}</p><ul class="{}">{}</ul>').format(
        label, css, Html().join(Html("<li>{}</li>").format(item) for item in items))


def _sheet_name(kb: KnowledgeBase, inline: InlineRenderer, slug: str) -> Html:
    """A link to the sheet; a sheet taken off the site since is named without a link."""
    if any(sheet.slug == slug for sheet in kb.sheets):
        return Html('<a href="{}{}/">{}</a>').format(inline.link_prefix, slug, inline.text(kb.sheet(slug).title))
    title = removed_title(kb, slug)
    return inline.text(title) if title else Html.escape(slug)


def _fact(inline: InlineRenderer, ident: str, value: FactValue) -> Html:
    return inline.fact(Fact(ident, value.value, value.unit, value.valid, ()))


def _on_pages(kb: KnowledgeBase, inline: InlineRenderer, slugs: tuple[str, ...]) -> Html:
    if not slugs:
        return Html()
    return Html(" {} {}").format(inline.text(kb.ui("changes-on-pages")),
                                 Html(" · ").join(_sheet_name(kb, inline, slug) for slug in slugs))


def release_body(kb: KnowledgeBase, inline: InlineRenderer, release: Release) -> Html:
    """What one release changed, as HTML (the page's section, and the feed entry's content)."""
    ui = kb.ui
    changes = release.changes
    parts = [Html("<p>{}</p>").format(inline.text(ui('changes-first')))] if release.first else []
    if changes.sheets_added:
        parts.append(_list(inline.text(ui("changes-new-pages")),
                           [_sheet_name(kb, inline, slug) for slug in changes.sheets_added]))
    updated = [] if release.first else [slug for slug in affected_sheets(kb, release) if slug not in changes.sheets_added]
    if updated:
        parts.append(_list(inline.text(ui("changes-updated-pages")), [_sheet_name(kb, inline, slug) for slug in updated]))
    if changes.sheets_removed:
        parts.append(_list(inline.text(ui("changes-removed-pages")),
                           [inline.text(release.removed_titles[slug]) for slug in changes.sheets_removed]))
    if changes.facts_changed:
        items = [inline.text(ui("changes-value"), new=_fact(inline, change.id, change.new),
                             old=_fact(inline, change.id, change.old))
                 + _on_pages(kb, inline, users_of(kb, fact=change.id)) for change in changes.facts_changed]
        parts.append(_list(inline.text(ui("changes-facts")), items))
    if changes.phones_changed:
        items = []
        for change in changes.phones_changed:
            phone = kb.phones.get(change.id)
            # Today's number can be tapped; the old one is shown only, never dialled.
            new = (phone_link(phone.number, phone.tel) if phone and phone.number == change.new
                   else Html('<span class="number" dir="ltr">{}</span>').format(change.new))
            old = Html('<span class="number" dir="ltr">{}</span>').format(change.old)
            label = Html("{}<br>").format(inline.text(phone.label)) if phone else Html()
            items.append(label + inline.text(ui("changes-value"), new=new, old=old)
                         + _on_pages(kb, inline, users_of(kb, phone=change.id)))
        parts.append(_list(inline.text(ui("changes-phones")), items))
    if release.notes:
        parts.append(_list(inline.text(ui("changes-notes")), [inline.text(note) for note in release.notes]))
    return Html().join(parts)


def _dated_heading(inline: InlineRenderer, day: date, anchor: str) -> Heading:
    """A heading that is a date, machine-readable too (<time datetime>)."""
    return Heading(inline.long_date(day), anchor, datetime=day.isoformat())


def _leaflet_links(kb: KnowledgeBase, inline: InlineRenderer, slug: str) -> Html:
    """The sheet's leaflet in this language (named by its title), then its bilingual leaflets."""
    code = inline.language.code
    languages = kb.languages
    own, *pairs = leaflets_of_sheet(slug, code, languages.codes)

    def href(leaflet) -> str:
        # Written for the sheet's page; this page is as deep, one folder beside it.
        link = leaflet.href_from(code)
        return link if link.startswith("../") else f"../{slug}/{link}"

    links = [Html('<a href="{}" type="application/pdf">{}</a>').format(href(own), inline.text(kb.sheet(slug).title))]
    for pair in pairs:
        names = Html(" + ").join(Html('<bdi lang="{}" dir="{}">{}</bdi>').format(
            other, languages[other].direction, languages[other].name) for other in pair.languages)
        links.append(Html('<a href="{}" type="application/pdf">{}</a>').format(href(pair), names))
    return Html(" · ").join(links)


def staff_part(kb: KnowledgeBase, inline: InlineRenderer) -> list[Html | Heading]:
    """Per earlier release, newest first: the leaflets that changed after it, to print again."""
    ui = kb.ui
    parts: list[Html | Heading] = [heading(inline, ui("changes-staff"), STAFF_ANCHOR),
             Html("<p>{}</p>").format(inline.text(ui('changes-staff-intro')))]
    listed = False
    for release in reversed(kb.releases[:-1]):
        changed, removed = changed_after(kb, release.date), removed_after(kb, release.date)
        if not changed and not removed:
            continue
        listed = True
        since = inline.text(ui("changes-staff-since"), date=inline.time(release.date))
        parts.append(_list(since, [_leaflet_links(kb, inline, slug) for slug in changed], "reprint-list"))
        if removed:
            parts.append(_list(inline.text(ui("changes-staff-removed")),
                               [inline.text(title) for slug in removed if (title := removed_title(kb, slug))],
                               "reprint-list"))
    if not listed:
        parts.append(Html("<p>{}</p>").format(inline.text(ui('changes-staff-none'))))
    return parts


def render_changes_page(kb: KnowledgeBase, inline: InlineRenderer, directory: str) -> PageSource:
    ui = kb.ui
    inline.link_prefix = "../"  # from /<lang>/changes/ to the edition
    summary = inline.text(ui("changes-summary"))
    body: list[Html | Heading] = [
        Html('<p class="summary">{}</p>').format(summary),
        Html('<p><a href="{}" type="{}">{}</a> · <a href="#{}">{}</a></p>').format(
            FEED_FILE, MEDIA_TYPE, inline.text(ui("changes-feed")), STAFF_ANCHOR, inline.text(ui("changes-staff"))),
    ]
    for release in reversed(kb.releases):
        body += [_dated_heading(inline, release.date, release_anchor(release)), release_body(kb, inline, release)]
    body += staff_part(kb, inline)
    return page(inline, inline.text(ui("changes-title")), summary, body, f"{directory}{CHANGES_SLUG}/index.md", in_nav=False)


def changes_feed(kb: KnowledgeBase, inline: InlineRenderer, site_url: str) -> str:
    """The edition's Atom feed: one entry per release, newest first, linking into the same edition."""
    ui = kb.ui
    code = inline.language.code
    inline.link_prefix = published_url(site_url, code)  # read away from the site: absolute links
    page_url = published_url(site_url, code, f"{CHANGES_SLUG}/")
    site_name = strip_tags(inline.text(ui("site-name")))
    entries = tuple(
        FeedEntry(id=f"{page_url}#{release_anchor(release)}",
                  title=strip_tags(inline.text(ui("changes-entry"), date=inline.long_date(release.date))),
                  updated=release.date, link=f"{page_url}#{release_anchor(release)}",
                  content_html=release_body(kb, inline, release))
        for release in reversed(kb.releases))
    return atom_xml(Feed(
        id=page_url + FEED_FILE, title=f"{strip_tags(inline.text(ui('changes-title')))} · {site_name}", language=code,
        updated=kb.releases[-1].date if kb.releases else NEVER, page=page_url, self_url=page_url + FEED_FILE,
        author=site_name, entries=entries))
