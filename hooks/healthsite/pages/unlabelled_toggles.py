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

import re
from dataclasses import dataclass
from html.parser import HTMLParser


@dataclass(frozen=True)
class Toggle:
    """One of Material's toggle checkboxes, and where its tag is: ``page_html[start:end]``."""

    element_id: str
    start: int
    end: int


class _ToggleReader(HTMLParser):
    """Collects the page's toggle checkboxes and the ids that its labels point at."""

    def __init__(self, page_html: str):
        super().__init__(convert_charrefs=True)
        self.toggles: list[Toggle] = []
        self.labelled: set[str] = set()
        # The parser says where a tag is as (line, column): each line's offset gives the position.
        self._line_starts = [0] + [match.end() for match in re.finditer("\n", page_html)]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "label" and (target := attributes.get("for")):
            self.labelled.add(target)
        elif (tag == "input" and attributes.get("type") == "checkbox" and (ident := attributes.get("id"))
              and "md-toggle" in (attributes.get("class") or "").split()):
            line, column = self.getpos()
            start = self._line_starts[line - 1] + column
            # <input> is a void element: its start tag is the whole element.
            self.toggles.append(Toggle(ident, start, start + len(self.get_starttag_text() or "")))


def unlabelled_toggles(page_html: str) -> list[Toggle]:
    """Material's toggle checkboxes that no ``<label for>`` on the page points at, in page order."""
    reader = _ToggleReader(page_html)
    reader.feed(page_html)
    reader.close()
    return [toggle for toggle in reader.toggles if toggle.element_id not in reader.labelled]


def without_unlabelled_toggles(page_html: str) -> str:
    """The page without the toggle checkboxes that nothing can tick."""
    for toggle in reversed(unlabelled_toggles(page_html)):
        page_html = page_html[:toggle.start] + page_html[toggle.end:]
    return page_html
