"""Small pages that send the reader on: old addresses of a sheet, the start of an offline copy.

A meta refresh, not JavaScript, so they work in every browser and from the file system;
the link is there for a browser that does not follow it.
"""

from __future__ import annotations

from .escape import Html

POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'"


def redirect_page(lang: str, direction: str, title: str, text_html: Html | str, link_text: str, href: str,
                  canonical: str | None = None) -> Html:
    """``text_html`` is HTML if it is ``Html`` (rendered from a catalogue); the rest is plain text."""
    # An old address should not compete with the page it moved to in search engines.
    moved = (Html('<link rel="canonical" href="{}"><meta name="robots" content="noindex">').format(canonical)
             if canonical else Html())
    return Html(
        '<!doctype html>\n<html lang="{lang}" dir="{direction}"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="{policy}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<title>{title}</title><meta http-equiv="refresh" content="0; url={href}">{moved}'
        '</head><body><p>{text} <a href="{href}">{link_text}</a></p></body></html>\n'
    ).format(lang=lang, direction=direction, policy=Html(POLICY), title=title, href=href, moved=moved, text=text_html,
             link_text=link_text)
