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

from markupsafe import Markup

from ..knowledge.model import Fact, KnowledgeBase
from ..knowledge.releases import FactValue, Release
from ..knowledge.snapshot import affected_sheets, changed_after, removed_after, removed_title, users_of
from ..leaflets.files import leaflets_of_sheet
from ..paths import published_url
from .documents import CHANGES_SLUG, PageSource, heading, page
from .escape import html_text, markdown_inline, strip_tags
from .feed import MEDIA_TYPE, Feed, FeedEntry, atom_xml
from .inline import InlineRenderer, phone_link

SLUG = CHANGES_SLUG
FEED_FILE = "feed.xml"
STAFF_ANCHOR = "reprint"
# A feed needs a date even before anything is published.
NEVER = date(1970, 1, 1)


def feed_path(code: str) -> str:
    """The feed's address inside the site (from its root)."""
    return f"{code}/{SLUG}/{FEED_FILE}"


def release_anchor(release: Release) -> str:
    return f"release-{release.date.isoformat()}"


def _list(label: str, items: list[str], css: str = "changes-list") -> str:
    return f"<p>{label}</p>" + f'<ul class="{css}">' + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def _sheet_name(kb: KnowledgeBase, inline: InlineRenderer, slug: str) -> str:
    """A link to the sheet; a sheet taken off the site since is named without a link."""
    if any(sheet.slug == slug for sheet in kb.sheets):
        return f'<a href="{inline.link_prefix}{slug}/">{inline.text(kb.sheet(slug).title)}</a>'
    title = removed_title(kb, slug)
    return inline.text(title) if title else html_text(slug)


def _fact(inline: InlineRenderer, ident: str, value: FactValue) -> Markup:
    return Markup(inline.fact(Fact(ident, value.value, value.unit, value.valid, ())))


def _on_pages(kb: KnowledgeBase, inline: InlineRenderer, slugs: tuple[str, ...]) -> str:
    if not slugs:
        return ""
    return f' {inline.text(kb.ui("changes-on-pages"))} ' + " · ".join(_sheet_name(kb, inline, slug) for slug in slugs)


def release_body(kb: KnowledgeBase, inline: InlineRenderer, release: Release) -> str:
    """What one release changed, as HTML (the page's section, and the feed entry's content)."""
    ui = kb.ui
    changes = release.changes
    parts = [f"<p>{inline.text(ui('changes-first'))}</p>"] if release.first else []
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
                   else f'<span class="number" dir="ltr">{html_text(change.new)}</span>')
            old = f'<span class="number" dir="ltr">{html_text(change.old)}</span>'
            label = f"{inline.text(phone.label)}<br>" if phone else ""
            items.append(label + inline.text(ui("changes-value"), new=Markup(new), old=Markup(old))
                         + _on_pages(kb, inline, users_of(kb, phone=change.id)))
        parts.append(_list(inline.text(ui("changes-phones")), items))
    if release.notes:
        parts.append(_list(inline.text(ui("changes-notes")), [inline.text(note) for note in release.notes]))
    return "".join(parts)


def _dated_heading(inline: InlineRenderer, day: date, anchor: str) -> str:
    """A Markdown heading that is a date, machine-readable too (<time datetime>)."""
    return f'## <time datetime="{day.isoformat()}">{markdown_inline(inline.long_date(day))}</time> {{#{anchor}}}'


def _leaflet_links(kb: KnowledgeBase, inline: InlineRenderer, slug: str) -> str:
    """The sheet's leaflet in this language (named by its title), then its bilingual leaflets."""
    code = inline.language.code
    languages = kb.languages
    own, *pairs = leaflets_of_sheet(slug, code, languages.codes)

    def href(leaflet) -> str:
        # Written for the sheet's page; this page is as deep, one folder beside it.
        link = leaflet.href_from(code)
        return html_text(link if link.startswith("../") else f"../{slug}/{link}")

    links = [f'<a href="{href(own)}" type="application/pdf">{inline.text(kb.sheet(slug).title)}</a>']
    for pair in pairs:
        names = " + ".join(f'<bdi lang="{other}" dir="{languages[other].direction}">{html_text(languages[other].name)}</bdi>'
                           for other in pair.languages)
        links.append(f'<a href="{href(pair)}" type="application/pdf">{names}</a>')
    return " · ".join(links)


def staff_part(kb: KnowledgeBase, inline: InlineRenderer) -> list[str]:
    """Per earlier release, newest first: the leaflets that changed after it, to print again."""
    ui = kb.ui
    parts = [heading(inline, ui("changes-staff"), STAFF_ANCHOR), f"<p>{inline.text(ui('changes-staff-intro'))}</p>"]
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
        parts.append(f"<p>{inline.text(ui('changes-staff-none'))}</p>")
    return parts


def render_changes_page(kb: KnowledgeBase, inline: InlineRenderer, directory: str) -> PageSource:
    ui = kb.ui
    inline.link_prefix = "../"  # from /<lang>/changes/ to the edition
    summary = inline.text(ui("changes-summary"))
    body = [
        f'<p class="summary">{summary}</p>',
        f'<p><a href="{FEED_FILE}" type="{MEDIA_TYPE}">{inline.text(ui("changes-feed"))}</a> · '
        f'<a href="#{STAFF_ANCHOR}">{inline.text(ui("changes-staff"))}</a></p>',
    ]
    for release in reversed(kb.releases):
        body += [_dated_heading(inline, release.date, release_anchor(release)), release_body(kb, inline, release)]
    body += staff_part(kb, inline)
    return page(inline, inline.text(ui("changes-title")), summary, body, f"{directory}{SLUG}/index.md", in_nav=False)


def changes_feed(kb: KnowledgeBase, inline: InlineRenderer, site_url: str) -> str:
    """The edition's Atom feed: one entry per release, newest first, linking into the same edition."""
    ui = kb.ui
    code = inline.language.code
    inline.link_prefix = published_url(site_url, code)  # read away from the site: absolute links
    page_url = published_url(site_url, code, f"{SLUG}/")
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
