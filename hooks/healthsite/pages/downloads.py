"""How a download link says what it gives: the kind of file and, once it exists, its size.

Readers on prepaid data decide by the size. It is written the same in every language
(like the phone numbers), left-to-right, after the link's words.
"""

from __future__ import annotations

import math

from .escape import Html
from .html_edit import Edit, Page


def size_text(size: int) -> str:
    return f"{max(1, math.ceil(size / 1024))} KB"


def download_label(kind: str, size: int | None = None) -> Html:
    inside = kind if size is None else f"{kind}, {size_text(size)}"
    return Html('<span dir="ltr">({})</span>').format(inside)


def with_download_size(page_html: str, href: str, kind: str, size: int) -> str:
    """Add ``size`` to the label of the link to ``href`` in a written page: for a file made
    after the page (the offline copy holds the page, so the page cannot wait for it)."""
    page = Page(page_html)
    label = str(download_label(kind))
    for link in page.start_tags("a"):
        # The label is markup this module wrote (download_label): found as written, inside the link.
        found = page.content(link).find(label) if link.get("href") == href else -1
        if found >= 0:
            return page.edited([Edit(link.end + found, link.end + found + len(label), str(download_label(kind, size)))])
    return page_html
