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
