"""Escaping for the two places text lands: HTML, and Markdown headings."""

from __future__ import annotations

import html
import re

_MARKDOWN_SIGNIFICANT = re.compile(r"[\\`*_{}\[\]()#+\-.!|<>&~=:\"']")


def html_text(text: str) -> str:
    return html.escape(text, quote=True)


def theme_text(text: str) -> str:
    """Text for page titles and descriptions, which Material prints both as they are and escaped.

    <, > and & must be escaped (they could make markup) and " too (titles go into
    double-quoted attributes); the apostrophe is left alone, so "d'asile" does not
    become "d&amp;#x27;asile" where the theme escapes a second time.
    """
    return html.escape(text, quote=False).replace('"', "&quot;")


def markdown_inline(text: str) -> str:
    """Text that Markdown must show as it is: every significant character as an entity.

    Used for headings (Markdown, so the table of contents sees them), where a
    translated ``{#x}`` or ``*`` must not turn into an attribute or emphasis.
    """
    return _MARKDOWN_SIGNIFICANT.sub(lambda match: f"&#{ord(match.group(0))};", text)


def strip_tags(fragment: str) -> str:
    """Plain text of an HTML fragment we produced ourselves (for page metadata)."""
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))
