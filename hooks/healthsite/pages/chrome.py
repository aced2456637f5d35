"""What surrounds every page's content: the emergency bar and links to the other editions.

Rendered here, as plain HTML strings from the knowledge base and catalogues, so the
theme templates only place them and any renderer could reuse them.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import quote

from ..knowledge.model import KnowledgeBase, Sheet
from ..site_map import ARCHIVE_START_PAGE, SEARCH_SLUG, published_url
from .escape import Html, strip_tags
from .inline import InlineRenderer, phone_link
from .redirects import redirect_page

# The messaging app most people here use; a plain link to its own site, never a script.
MESSAGING_APP = ("WhatsApp", "https://wa.me/?text=")

EMERGENCY_NUMBERS = (("112", "emergency-112"), ("1733", "emergency-1733"))


def emergency_bar(kb: KnowledgeBase, inline: InlineRenderer) -> Html:
    """Tap-to-call 112 and 1733, on every page, in the reader's language."""
    items = Html().join(Html("<li>{} <span>{}</span></li>").format(number, label)
                        for number, label in emergency_numbers(kb, inline))
    label = inline.text(kb.ui("emergency-label"))
    return Html('<nav class="emergency-bar" aria-label="{}">'
                '<strong class="emergency-bar__label">{}</strong><ul>{}</ul></nav>').format(strip_tags(label), label, items)


def emergency_numbers(kb: KnowledgeBase, inline: InlineRenderer) -> list[tuple[Html, Html]]:
    """(tap-to-call number, what it is for) for 112 and 1733, as HTML: pages and leaflets show the same."""
    return [(phone_link(kb.phones[ident].number, kb.phones[ident].tel), inline.text(kb.ui(key)))
            for ident, key in EMERGENCY_NUMBERS]


def edition_links(kb: KnowledgeBase, page_path: str) -> list[dict[str, str]]:
    """The same page in every edition, as site-root-relative links.

    ``page_path`` is the page's path inside an edition ("" for its home page,
    "emergencies/" for a sheet): every edition has every page, so the link always exists.
    """
    return [
        {"name": language.name, "link": f"{language.code}/{page_path}", "lang": language.code}
        for language in kb.languages.editions
    ]


def share_box(kb: KnowledgeBase, inline: InlineRenderer, page_path: str, title: str, site_url: str) -> Html:
    """Send this page: e-mail and messaging links with a greeting in the page's language,
    copy and share buttons (shown by page-tools.js when the browser can), and the same
    page in every other language, for staff who send it in the patient's language.

    ``page_path`` is the page inside its edition ("" for the edition's home page).
    """
    code = inline.language.code
    url = published_url(site_url, code, page_path)
    greeting = strip_tags(inline.text(kb.ui("share-greeting")))
    message = _query_text(f"{greeting}\n{url}")
    app_name, app_link = MESSAGING_APP
    to_root = "../" * (1 + page_path.count("/"))
    others = Html(" · ").join(
        Html('<a href="{}{}/{}#share" lang="{}" dir="{}">{}</a>').format(
            to_root, language.code, page_path, language.code, language.direction, language.name)
        for language in kb.languages.editions if language.code != code
    )
    buttons = Html(
        '<button type="button" class="md-button share-native" hidden>{}</button> '
        '<button type="button" class="md-button share-copy" hidden data-copied="{}">'
        '{}</button><span class="share-status" role="status"></span>'
    ).format(inline.text(kb.ui("share-button")), strip_tags(inline.text(kb.ui("share-copied"))),
             inline.text(kb.ui("share-copy")))
    return Html(
        '<section class="share" id="share" data-url="{url}" data-title="{title}" '
        'data-text="{greeting}" aria-labelledby="share-heading">'
        '<h2 id="share-heading">{heading}</h2>'
        '<p class="share-url"><a href="{url}" dir="ltr">{url}</a></p>'
        '<p class="share-actions">{buttons}</p>'
        '<ul class="share-links">'
        '<li><a href="mailto:?subject={subject}&amp;body={message}">{email}</a></li>'
        '<li><a href="{app_link}{message}" rel="noopener noreferrer">{app}</a></li>'
        # Many readers have SMS but no mobile data. "?&body=" is the form both Android and iOS read.
        '<li><a href="sms:?&amp;body={message}">{sms}</a></li>'
        '</ul>'
        '<p class="share-languages">{other} {others}</p>'
        '</section>'
    ).format(url=url, title=title, greeting=greeting, heading=inline.text(kb.ui("share-heading")),
             buttons=buttons, subject=_query_text(title), message=message, email=inline.text(kb.ui("share-email")),
             app_link=app_link, app=inline.text(kb.ui("share-app"), app=app_name), sms=inline.text(kb.ui("share-sms")),
             other=inline.text(kb.ui("share-other-language")), others=others)


def _query_text(text: str) -> str:
    """Text for a link's query: ASCII punctuation, spaces and line breaks encoded, letters of
    every script left as they are (a valid URL; the browser encodes them when it follows
    the link), so a greeting in Cyrillic or Arabic is not three times longer in every page."""
    return "".join(character if ord(character) > 127 else quote(character, safe="") for character in text)


def read_aloud_button(kb: KnowledgeBase, inline: InlineRenderer) -> Html:
    """Hidden until page-tools.js finds a voice for the page's language on the device."""
    return Html('<button type="button" class="md-button read-aloud" hidden data-stop="{}">{}</button>').format(
        strip_tags(inline.text(kb.ui("read-aloud-stop"))), inline.text(kb.ui("read-aloud")))


def search_link(kb: KnowledgeBase, inline: InlineRenderer) -> dict[str, str]:
    """What the theme's search button needs: where the edition's search page is, and its name."""
    return {"search_url": f"{inline.language.code}/{SEARCH_SLUG}/",
            "search_label": Html.escape(strip_tags(inline.text(kb.ui("search-title"))))}


def offline_notice(kb: KnowledgeBase, inline: InlineRenderer, site_url: str, made_on: date) -> Html:
    """At the top of every page of an offline copy: when it was saved, and where the newest text is."""
    return Html('<p class="notice notice-offline" role="note">{0} <a href="{1}" dir="ltr">{1}</a></p>').format(
        inline.text(kb.ui("offline-copy"), date=inline.time(made_on)), published_url(site_url, inline.language.code))


def offline_start_page(kb: KnowledgeBase, inline: InlineRenderer) -> str:
    """The index.html at the top of an offline copy: it opens the edition's home page."""
    language = inline.language
    name = strip_tags(inline.text(kb.ui("site-name")))
    return redirect_page(language.code, language.direction, name, "", name, f"{language.code}/{ARCHIVE_START_PAGE}")


def moved_page(kb: KnowledgeBase, inline: InlineRenderer, sheet: Sheet, site_url: str) -> str:
    """What an old address of ``sheet`` shows, one folder beside the sheet: it sends the reader on."""
    code = inline.language.code
    return redirect_page(code, inline.language.direction, strip_tags(inline.text(kb.ui("moved-title"))),
                         inline.text(kb.ui("moved-text")), strip_tags(inline.text(sheet.title)),
                         f"../{sheet.slug}/", canonical=published_url(site_url, code, f"{sheet.slug}/"))
