"""Material's hidden checkboxes that no label opens: they do nothing, but they are form
controls without a name, which assistive technology may still announce.

Material opens its drawer, search box and table of contents with CSS alone: a hidden
``<input type="checkbox" class="md-toggle">`` that a ``<label for>`` ticks. Two of them
are never ticked on this site:

- ``#__search``, which Material's base template writes outside any block an override could
  replace: the header here links to the edition's own search page instead of Material's box;
- ``#__toc``, which Material writes for the current page even when it has no table of
  contents to open (a page with a title and no headings, such as "About these translations").

HTML_CodeSniffer reports each as an error (WCAG 2 success criteria 1.3.1 and 4.1.2).
Material's CSS styles these checkboxes only when they are ticked, so dropping them changes
nothing on screen. The page is read with an HTML parser, so attribute order and quoting
do not matter.
"""

from __future__ import annotations

from dataclasses import dataclass

from .html_edit import Edit, Page


@dataclass(frozen=True)
class Toggle:
    """One of Material's toggle checkboxes, and where its tag is: ``page_html[start:end]``."""

    element_id: str
    start: int
    end: int


def unlabelled_toggles(page: Page | str) -> list[Toggle]:
    """Material's toggle checkboxes that no ``<label for>`` on the page points at, in page order."""
    page = page if isinstance(page, Page) else Page(page)
    labelled = {tag.get("for") for tag in page.start_tags("label") if tag.get("for")}
    # <input> is a void element: its start tag is the whole element.
    return [Toggle(tag.get("id") or "", tag.start, tag.end) for tag in page.start_tags("input")
            if tag.get("type") == "checkbox" and tag.get("id") and "md-toggle" in tag.words("class")
            and tag.get("id") not in labelled]


def toggle_edits(page: Page) -> list[Edit]:
    return [Edit(toggle.start, toggle.end) for toggle in unlabelled_toggles(page)]


def without_unlabelled_toggles(page_html: str) -> str:
    """The page without the toggle checkboxes that nothing can tick."""
    page = Page(page_html)
    return page.edited(toggle_edits(page))
