"""Finishing touches on a whole HTML page that the theme gives no block for."""

from __future__ import annotations

import base64
import hashlib
import re
from urllib.parse import urljoin

from healthsite.pages.unlabelled_toggles import without_unlabelled_toggles

_HTML_TAG = re.compile(r"<html\b([^>]*)>", re.IGNORECASE)


def set_direction(page_html: str, direction: str) -> str:
    """Put ``dir`` on <html> (Material puts it only on <body>), so the whole document,
    <head> metadata included, has the edition's direction."""

    def replace(match: re.Match) -> str:
        attributes = re.sub(r'\sdir="[^"]*"', "", match.group(1))
        return f'<html{attributes} dir="{direction}">'

    return _HTML_TAG.sub(replace, page_html, count=1)


_CHECKBOX_AUTOCOMPLETE = re.compile(r'(<input\b[^>]*\btype="checkbox"[^>]*?)\s+autocomplete="off"')
_LABEL_FOR = re.compile(r'(<label\b[^>]*?)\s+for="([^"]+)"')


def valid_theme_markup(page_html: str) -> str:
    """Repair the two things in Material's page that the Nu HTML Checker rejects.

    - ``autocomplete`` is not allowed on checkboxes (Material's drawer and search toggles);
    - a ``<label for>`` must name a control on the page: Material writes the table-of-contents
      label even on pages without a table of contents. Such a label keeps its text.
    """
    page_html = _CHECKBOX_AUTOCOMPLETE.sub(r"\1", page_html)
    ids = set(re.findall(r'<input\b[^>]*\bid="([^"]+)"', page_html))

    def keep_if_control_exists(match: re.Match) -> str:
        return match.group(0) if match.group(2) in ids else match.group(1)

    return _LABEL_FOR.sub(keep_if_control_exists, page_html)


_INLINE_SCRIPT = re.compile(r"<script(\s[^>]*)?>(.*?)</script>", re.DOTALL | re.IGNORECASE)
_CHARSET = re.compile(r"<meta charset=[^>]*>", re.IGNORECASE)
# Nothing from another host, ever: the site's own files, inline images (QR codes, icons), and
# only the site's own service worker (the edition's sw.js, registered by "Save on this phone").
POLICY = ("default-src 'none'; script-src 'self'{hashes}; style-src 'self'; img-src 'self' data:; "
          "font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; base-uri 'none'; "
          "form-action 'none'")


def _executable(attributes: str | None) -> bool:
    attributes = attributes or ""
    if re.search(r"\ssrc=", attributes):
        return False
    kind = re.search(r'\stype="([^"]*)"', attributes)
    return kind is None or kind.group(1) in ("text/javascript", "module")


def content_security_policy(page_html: str) -> str:
    """Add a Content-Security-Policy that allows the page's own inline scripts by hash.

    The site's templates write no inline script today (Material's configuration script is
    overridden), but a theme update may add one whose text depends on the page's depth:
    hashes are computed page by page, rather than allowing every inline script.
    """
    hashes = []
    for match in _INLINE_SCRIPT.finditer(page_html):
        if _executable(match.group(1)):
            digest = base64.b64encode(hashlib.sha256(match.group(2).encode("utf-8")).digest()).decode()
            hashes.append(f" 'sha256-{digest}'")
    meta = f'<meta http-equiv="Content-Security-Policy" content="{POLICY.format(hashes="".join(dict.fromkeys(hashes)))}">'
    return _CHARSET.sub(lambda match: match.group(0) + meta, page_html, count=1)


_CANONICAL = re.compile(r'<link rel="canonical" href="([^"]+)">')
_ALTERNATE = re.compile(r'<link rel="alternate" href="([^"]+)" hreflang="([^"]+)">')


def absolute_alternates(page_html: str, site_url: str) -> str:
    """Make the page's hreflang alternates absolute (search engines and link previews
    want them so), from its canonical address, and add x-default: the language chooser."""
    canonical = _CANONICAL.search(page_html)
    if canonical is None:
        return page_html
    base = canonical.group(1)
    alternates = list(_ALTERNATE.finditer(page_html))
    if not alternates:
        return page_html
    end = alternates[-1].end()

    def absolute(match: re.Match) -> str:
        return f'<link rel="alternate" href="{urljoin(base, match.group(1))}" hreflang="{match.group(2)}">'

    default = f'<link rel="alternate" href="{site_url}" hreflang="x-default">'
    return _ALTERNATE.sub(absolute, page_html[:end]) + default + page_html[end:]


_SCRIPT_HOOK = re.compile(r' data-md-component="[^"]*"')
_DIALOG = re.compile(r'<div class="md-dialog">\s*<div class="md-dialog__inner md-typeset"></div>\s*</div>')


def without_script_hooks(page_html: str) -> str:
    """Drop what only Material's JavaScript uses (this site does not ship it): the
    ``data-md-component`` markers and the empty dialog it fills. Material's CSS uses neither."""
    return _DIALOG.sub("", _SCRIPT_HOOK.sub("", page_html))


_GENERATOR = re.compile(r'<meta name="generator" content="[^"]*">\n?')


def without_generator(page_html: str) -> str:
    """Drop Material's ``generator`` meta (the versions of MkDocs and the theme): no reader,
    browser or search engine uses it, and every page carried it (page weight)."""
    return _GENERATOR.sub("", page_html)


_INDENTATION = re.compile(r"\n\s+")


def without_indentation(page_html: str) -> str:
    """Drop the theme's indentation: a line break and the spaces after it render as one space,
    and so does a line break alone. Our pages have no <pre> or <textarea>, where it would matter."""
    return _INDENTATION.sub("\n", page_html)


def finish_page(page_html: str, direction: str, site_url: str) -> str:
    """Everything done to a page the theme has written, in order."""
    page_html = absolute_alternates(set_direction(without_unlabelled_toggles(page_html), direction), site_url)
    # Hashes last: they must be taken of the scripts exactly as the page ships them.
    page_html = without_generator(without_script_hooks(valid_theme_markup(page_html)))
    return content_security_policy(without_indentation(page_html))
