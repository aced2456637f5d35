"""Every link to a #fragment inside the built site lands on an element with that id.

linkchecker checks that every link resolves; its anchor plug-in re-parses the
target page for every link and took minutes on a few hundred pages. This reads
each page once, so the anchor check stays fast as the site grows.
"""

from __future__ import annotations

import posixpath
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _Page(HTMLParser):
    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for key in ("id", "name") if tag == "a" else ("id",):
            if attrs.get(key):
                self.ids.add(attrs[key])
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])


def _target(site: Path, page: Path, href: str) -> tuple[Path, str] | None:
    """The page file and fragment a same-site link points to; None for other sites and schemes."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or not parts.fragment:
        return None
    if not parts.path:
        return page, unquote(parts.fragment)
    base = posixpath.dirname(page.relative_to(site).as_posix())
    path = posixpath.normpath(posixpath.join(base, unquote(parts.path)))
    file = site / path
    if parts.path.endswith("/") or file.is_dir():
        file = file / "index.html"
    return file, unquote(parts.fragment)


def broken_anchors(site: Path) -> list[str]:
    pages = {file: _Page(file.read_text(encoding="utf-8")) for file in sorted(site.rglob("*.html"))}
    broken = []
    for file, page in pages.items():
        for href in page.hrefs:
            target = _target(site, file, href)
            if target is None:
                continue
            target_file, fragment = target
            if target_file in pages and fragment not in pages[target_file].ids:
                broken.append(f"{file.relative_to(site)}: {href} (no id {fragment!r})")
    return broken
