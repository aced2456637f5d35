"""Links of a page copied into an offline archive.

Opened from the file system, a link to a folder ("../no-papers/") shows a file listing
instead of the page, and a link to a file not in the archive (another language, a leaflet)
leads nowhere. So links inside the archive name their index.html, and every other link
of the site goes to the published site.
"""

from __future__ import annotations

import posixpath
from urllib.parse import urlsplit

from ..pages.html_edit import Page, insert, set_value


def offline_link(href: str, page: str, archived: set[str], site_url: str) -> str:
    """``href`` as written in ``page`` (a path in the site, e.g. "ru/no-papers/index.html"),
    for a copy that holds only the ``archived`` site paths."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or not parts.path:
        return href  # another site, mailto:, tel:, data:, or a place on the same page
    fragment = f"#{parts.fragment}" if parts.fragment else ""
    folder = posixpath.dirname(page)
    target = posixpath.normpath(posixpath.join(folder, parts.path))
    is_folder = parts.path.endswith("/") or posixpath.basename(parts.path) in (".", "..")
    if target == ".":
        target = ""
    file = posixpath.join(target, "index.html") if is_folder else target
    if file in archived:
        return posixpath.relpath(file, folder or ".") + fragment
    online = target + "/" if is_folder and target else target
    return site_url.rstrip("/") + "/" + online + fragment


def offline_page(page_html: str, page: str, archived: set[str], site_url: str, notice: str = "") -> str:
    """The page with every link made to work offline, and ``notice`` (that this is a saved copy)
    at the top of its article."""
    parsed = Page(page_html)
    edits = [set_value(tag, attribute.name, offline_link(attribute.value, page, archived, site_url))
             for tag in parsed.start_tags() for attribute in tag.attributes
             if attribute.name in ("href", "src") and attribute.value is not None]
    article = next(parsed.start_tags("article"), None)
    if notice and article is not None:
        edits.append(insert(article.end, notice))
    return parsed.edited(edits)
