"""Finishing touches on a whole HTML page that the theme gives no block for.

Each touch is a list of edits (pages.html_edit) of the page as the theme wrote it; the page
is parsed once, and ``finish_page`` makes all the edits together. ``<html>``, the toggles,
the dialog and most ``data-md-component`` hooks are in Material's base template outside any
block, so a template override could only reach them by copying that whole template.
"""

from __future__ import annotations

import base64
import hashlib
import re
from urllib.parse import urljoin

from .escape import Html
from .html_edit import Edit, Page, Tag, insert, remove, set_value
from .unlabelled_toggles import toggle_edits


def direction_edits(page: Page, direction: str) -> list[Edit]:
    """Put ``dir`` on <html> (Material puts it only on <body>), so the whole document,
    <head> metadata included, has the edition's direction."""
    html = next(page.start_tags("html"), None)
    if html is None:
        return []
    # At the end of the tag, where the theme's <body dir> has it too.
    return [remove(attribute) for attribute in html.attributes if attribute.name == "dir"] + \
        [insert(html.inside, f' dir="{direction}"')]


def set_direction(page_html: str, direction: str) -> str:
    page = Page(page_html)
    return page.edited(direction_edits(page, direction))


def theme_markup_edits(page: Page) -> list[Edit]:
    """Repair the two things in Material's page that the Nu HTML Checker rejects.

    - ``autocomplete`` is not allowed on checkboxes (Material's drawer and search toggles);
    - a ``<label for>`` must name a control on the page: Material writes the table-of-contents
      label even on pages without a table of contents. Such a label keeps its text.
    """
    inputs = list(page.start_tags("input"))
    ids = {tag.get("id") for tag in inputs}
    edits = [remove(attribute) for tag in inputs if tag.get("type") == "checkbox"
             for attribute in tag.attributes if attribute.name == "autocomplete"]
    return edits + [remove(attribute) for tag in page.start_tags("label") for attribute in tag.attributes
                    if attribute.name == "for" and attribute.value and attribute.value not in ids]


def valid_theme_markup(page_html: str) -> str:
    page = Page(page_html)
    return page.edited(theme_markup_edits(page))


# Nothing from another host, ever: the site's own files, inline images (QR codes, icons), and
# only the site's own service worker (the edition's sw.js, registered by "Save on this phone").
POLICY = ("default-src 'none'; script-src 'self'{hashes}; style-src 'self'; img-src 'self' data:; "
          "font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; base-uri 'none'; "
          "form-action 'none'")


def security_policy_edits(page: Page) -> list[Edit]:
    """Add a Content-Security-Policy that allows the page's own inline scripts by hash.

    The site's templates write no inline script today (Material's configuration script is
    overridden), but a theme update may add one whose text depends on the page's depth:
    hashes are computed page by page, rather than allowing every inline script. A script's
    text is never edited here (indentation stays in it), so it is hashed as the page ships it.
    """
    hashes = []
    for script in page.start_tags("script"):
        if not script.has("src") and script.get("type") in (None, "text/javascript", "module"):
            digest = base64.b64encode(hashlib.sha256(page.content(script).encode("utf-8")).digest()).decode()
            hashes.append(f" 'sha256-{digest}'")
    charset = next((tag for tag in page.start_tags("meta") if tag.has("charset")), None)
    if charset is None:
        return []
    policy = POLICY.format(hashes="".join(dict.fromkeys(hashes)))
    # Our own constant and hashes, no reader's text: written as is, since escaping would turn the
    # policy's quotes ('self') into entities and change every page.
    return [insert(charset.end, f'<meta http-equiv="Content-Security-Policy" content="{policy}">')]


def content_security_policy(page_html: str) -> str:
    page = Page(page_html)
    return page.edited(security_policy_edits(page))


def alternate_edits(page: Page, site_url: str) -> list[Edit | None]:
    """Make the page's hreflang alternates absolute (search engines and link previews
    want them so), from its canonical address, and add x-default: the language chooser."""
    links = list(page.start_tags("link"))
    canonical = next((link.get("href") for link in links if link.words("rel") == {"canonical"} and link.get("href")), None)
    alternates = [link for link in links
                  if link.words("rel") == {"alternate"} and link.get("href") and link.get("hreflang")]
    if canonical is None or not alternates:
        return []
    return [set_value(link, "href", urljoin(canonical, link.get("href") or "")) for link in alternates] + \
        [insert(alternates[-1].end, Html('<link rel="alternate" href="{}" hreflang="x-default">').format(site_url))]


def absolute_alternates(page_html: str, site_url: str) -> str:
    page = Page(page_html)
    return page.edited(alternate_edits(page, site_url))


def script_hook_edits(page: Page) -> list[Edit]:
    """Drop what only Material's JavaScript uses (this site does not ship it): the
    ``data-md-component`` markers and the empty dialog it fills. Material's CSS uses neither."""
    edits = [remove(attribute) for tag in page.start_tags() for attribute in tag.attributes
             if attribute.name == "data-md-component"]
    for dialog in page.start_tags("div"):
        if "md-dialog" in dialog.words("class") and _empty_dialog(page, dialog):
            edits.append(Edit(dialog.start, page.element_end(dialog)))
    return edits


def _empty_dialog(page: Page, dialog: Tag) -> bool:
    """The dialog as Material writes it: white space and one empty ``md-dialog__inner``."""
    closing, children = page.end_tag(dialog), page.children(dialog)
    if closing is None or len(children) != 1:
        return False
    inner = children[0]
    around = page.text[dialog.end:inner.start] + page.text[page.element_end(inner):closing.start]
    return "md-dialog__inner" in inner.words("class") and page.content(inner) == "" and not around.strip()


def without_script_hooks(page_html: str) -> str:
    page = Page(page_html)
    return page.edited(script_hook_edits(page))


def generator_edits(page: Page) -> list[Edit]:
    """Drop Material's ``generator`` meta (the versions of MkDocs and the theme): no reader,
    browser or search engine uses it, and every page carried it (page weight)."""
    return [remove(tag) for tag in page.start_tags("meta") if tag.get("name") == "generator"]


def without_generator(page_html: str) -> str:
    page = Page(page_html)
    return page.edited(generator_edits(page))


_INDENTATION = re.compile(r"\n\s+")


def _unindented(text: str) -> str:
    # Plain text between tags and attributes, never markup: a regular expression is enough here.
    return _INDENTATION.sub("\n", text)


def without_indentation(page_html: str) -> str:
    """Drop the theme's indentation: a line break and the spaces after it render as one space,
    and so does a line break alone. Attribute values and the text of scripts, styles, <pre>
    and <textarea> are left as written: there white space is content (and scripts are hashed)."""
    return Page(page_html).edited([], tidy=_unindented)


def finish_page(page_html: str, direction: str, site_url: str) -> str:
    """Everything done to a page the theme has written, from one reading of it."""
    page = Page(page_html)
    edits = (toggle_edits(page) + direction_edits(page, direction) + alternate_edits(page, site_url)
             + theme_markup_edits(page) + script_hook_edits(page) + generator_edits(page)
             + security_policy_edits(page))
    # Indentation last, over the edited page: the white space on both sides of a removed tag goes as one.
    return page.edited(edits, tidy=_unindented)
