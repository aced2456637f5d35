"""Files of the built site: what a page makes the browser load, and the files the
per-language builds would overwrite (404 pages) or do not make (redirects)."""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlparse

NOT_FOUND = "404.html"
_LOADED_LINKS = {"stylesheet", "preload", "manifest", "icon"}
# Stylesheets are CSS, not HTML: their fonts are the url()s that name a font file. The site's
# own CSS writes them unquoted or quoted, never with ")" in the address.
_FONT = re.compile(r"url\(([^)]+\.(?:woff2?|ttf|otf))\)")


class _AssetReader(HTMLParser):
    """The addresses a page loads, read with an HTML parser (a page only read, never edited,
    needs no offsets: pages.html_edit is for edits, and a later stage)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.addresses: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "link" and set((attributes.get("rel") or "").split()) & _LOADED_LINKS:
            address = attributes.get("href")
        elif tag in ("script", "img"):
            address = attributes.get("src")
        else:
            return
        if address:
            self.addresses.append(address)


def _asset_addresses(page_html: str) -> list[str]:
    reader = _AssetReader()
    reader.feed(page_html)
    reader.close()
    return reader.addresses


def on_this_site(href: str) -> bool:
    """Whether ``href`` names a file of this site (not another host, nor a protocol-relative address)."""
    return not (urlparse(href).scheme or href.startswith("//"))


def loaded_files(site: Path, page: Path) -> list[Path]:
    """The files a page makes the browser load (stylesheets, scripts, images, icon, fonts named in stylesheets)."""
    url = "/" + page.relative_to(site).as_posix()
    found = []
    for href in _asset_addresses(page.read_text(encoding="utf-8")):
        if not on_this_site(href):
            continue  # another host: the privacy tests forbid it; not counted here
        target = site / urljoin(url, href).lstrip("/").split("?")[0]
        if target.is_file():
            found.append(target)
            if target.suffix == ".css":
                css_url = "/" + target.relative_to(site).as_posix()
                for font in _FONT.findall(target.read_text(encoding="utf-8")):
                    font_path = site / urljoin(css_url, font.strip("'\"")).lstrip("/")
                    if font_path.is_file():
                        found.append(font_path)
    return list(dict.fromkeys(found))


def keep_not_found_pages(site_dir: Path, code: str, root_language: str) -> None:
    """Give each edition its own 404 page and keep the root one in the root language.

    Every language build writes its 404 page to the site root, so without this the
    last language built would answer every unknown address. Called after each
    language's build: the page moves to /<code>/404.html, and the root gets the
    root language's copy back.
    """
    root_page = site_dir / NOT_FOUND
    if not root_page.exists():
        return
    (site_dir / code).mkdir(parents=True, exist_ok=True)
    if code == root_language:
        shutil.copyfile(root_page, site_dir / code / NOT_FOUND)
        return
    shutil.move(root_page, site_dir / code / NOT_FOUND)
    root_copy = site_dir / root_language / NOT_FOUND
    if root_copy.exists():
        shutil.copyfile(root_copy, root_page)


def write_redirects(edition_dir: Path, pages: dict[str, str]) -> None:
    """Write each old address's page (folder name -> HTML) in an edition of the built site.

    An old address never replaces a page: the knowledge base refuses an alias that is a
    sheet's slug, and this refuses one that is any other page the site has.
    """
    for folder, page_html in pages.items():
        target = edition_dir / folder / "index.html"
        if target.exists() and target.read_text(encoding="utf-8") != page_html:
            raise FileExistsError(f"{target}: a page is already at the old address {folder!r}")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page_html, encoding="utf-8")
