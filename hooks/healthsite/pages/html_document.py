"""Finishing touches on a whole HTML page that the theme gives no block for."""

from __future__ import annotations

import re

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
