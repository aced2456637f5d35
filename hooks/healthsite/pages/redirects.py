"""Small pages that send the reader on: old addresses of a sheet, the start of an offline copy.

A meta refresh, not JavaScript, so they work in every browser and from the file system;
the link is there for a browser that does not follow it.
"""

from __future__ import annotations

from .escape import html_text

POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'"


def redirect_page(lang: str, direction: str, title: str, text_html: str, link_text: str, href: str,
                  canonical: str | None = None) -> str:
    """``text_html`` is safe HTML (rendered from a catalogue); the rest is plain text."""
    # An old address should not compete with the page it moved to in search engines.
    moved = f'<link rel="canonical" href="{html_text(canonical)}"><meta name="robots" content="noindex">' if canonical else ""
    return (
        f'<!doctype html>\n<html lang="{lang}" dir="{direction}"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{html_text(title)}</title><meta http-equiv="refresh" content="0; url={html_text(href)}">{moved}'
        f'</head><body><p>{text_html} <a href="{html_text(href)}">{html_text(link_text)}</a></p></body></html>\n'
    )
