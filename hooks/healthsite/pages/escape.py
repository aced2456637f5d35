"""Escaping as a type: ``Html`` is HTML this package vouches for; anything else is text.

Every renderer returns ``Html`` and builds it with ``Html("<p>{}</p>").format(...)`` or
``Html(...).join(...)``: an argument that is not ``Html`` (a translation, a name from the
knowledge base's YAML) is escaped on the way in, and an ``Html`` fragment passes as it is.
So a translation can never become markup by being concatenated into a page: it has to be
escaped, or wrapped in ``Html`` by code, which is visible.

Why a ``markupsafe.Markup`` subclass rather than ``Markup`` itself: ``Markup`` escapes
quotes as ``&#34;`` and ``&#39;``, the pages have always had the standard library's
``&quot;`` and ``&#x27;``; the subclass keeps every page and leaflet byte for byte as it
was, and ``Markup``, Jinja2 and MkDocs' templates still treat it as safe (``__html__``).
Fragments are small and composed by Python (blocks inside sections inside pages), so
they are formatted here rather than written as Jinja2 templates, one file per fragment.

The two Markdown helpers stay because headings and titles go through Markdown and the
theme, not straight into HTML: Markdown needs its own escaping (``markdown_inline``) and
Material escapes page titles once more (``theme_text``).
"""

from __future__ import annotations

import html
import re
from typing import Any

from markupsafe import Markup

_MARKDOWN_SIGNIFICANT = re.compile(r"[\\`*_{}\[\]()#+\-.!|<>&~=:\"']")


class Html(Markup):
    """Safe HTML. Text put into it is escaped as ``html.escape(text, quote=True)`` does."""

    __slots__ = ()

    @classmethod
    def escape(cls, s: Any, /) -> Html:
        if hasattr(s, "__html__"):
            return cls(s.__html__())
        return cls(html.escape(str(s), quote=True))


def html_text(text: Any) -> Html:
    """``text`` as HTML: escaped, unless it is already ``Html`` (or any other ``Markup``)."""
    return Html.escape(text)


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
    """Plain text of an HTML fragment we produced ourselves (for page metadata and attributes)."""
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))
