"""How a download link says what it gives: the kind of file and, once it exists, its size.

Readers on prepaid data decide by the size. It is written the same in every language
(like the phone numbers), left-to-right, after the link's words.
"""

from __future__ import annotations

import math
import re

from .escape import Html


def size_text(size: int) -> str:
    return f"{max(1, math.ceil(size / 1024))} KB"


def download_label(kind: str, size: int | None = None) -> Html:
    inside = kind if size is None else f"{kind}, {size_text(size)}"
    return Html('<span dir="ltr">({})</span>').format(inside)


def with_download_size(page_html: str, href: str, kind: str, size: int) -> str:
    """Add ``size`` to the label of the link to ``href`` in a written page: for a file made
    after the page (the offline copy holds the page, so the page cannot wait for it)."""
    link = re.compile(rf'(<a\b[^>]*\shref="{re.escape(href)}"[^>]*>(?:(?!</a>).)*?){re.escape(download_label(kind))}',
                      re.DOTALL)
    return link.sub(lambda match: match.group(1) + str(download_label(kind, size)), page_html, count=1)
