"""One stylesheet for the whole site, holding only the rules its pages use.

Material's stylesheet (about 23 KB compressed) styles every feature of the theme; our pages
use a small part of it. Once every edition is built, the stylesheets the pages link (Material's,
its palette, docs/assets/site.css, in that order) are joined, with ours minified, and purged
against every built page and the scripts the pages load (Lightning CSS and PurgeCSS, from npm:
tools/stylesheet/bundle.cjs says exactly what stays), written under a name that changes with
its content (so a server may cache it for long), and every page links that one file instead. The sources (and their
source maps) are removed from the built site, so nothing can link them by mistake.

It runs on the built pages, not on templates, because what a page uses depends on the theme's
templates, the Markdown extensions and our renderers together: only the result shows it.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

from ..output import loaded_files, on_this_site
from ..pages.html_edit import Edit, Page, Tag, set_value

BUNDLE_SCRIPT = "bundle.cjs"  # in the tools folder (ProjectPaths.stylesheet_tools)


class StylesheetError(RuntimeError):
    """The one stylesheet cannot be made: the tools are missing, or pages disagree on their stylesheets."""


@dataclass(frozen=True)
class ShippedStylesheet:
    path: Path  # the one stylesheet, in the built site
    sources: tuple[str, ...]  # what the pages linked before, as site paths
    compressed_before: int  # gzip bytes of the sources together
    compressed_after: int

    def summary(self) -> str:
        return (f"stylesheet: {len(self.sources)} files, {self.compressed_before / 1024:.1f} KB compressed -> "
                f"{self.path.name}, {self.compressed_after / 1024:.1f} KB (only the rules the pages use)")


def _local_links(page: Page) -> list[Tag]:
    """The page's links to stylesheets of this site, in order."""
    return [tag for tag in page.start_tags("link") if "stylesheet" in tag.words("rel")
            and (href := tag.get("href")) and on_this_site(href)]


def local_stylesheets(page_html: str) -> list[str]:
    """The hrefs of the stylesheets a page links from this site, in order."""
    return [tag.get("href") or "" for tag in _local_links(Page(page_html))]


def _site_path(site: Path, page: Path, href: str) -> str:
    url = "/" + page.relative_to(site).as_posix()
    return urljoin(url, href).lstrip("/").split("?")[0]


def bundle_name(css: str) -> str:
    """``site.<fingerprint>.min.css``: a new name whenever the content changes, as Material names its files."""
    return f"site.{hashlib.sha256(css.encode('utf-8')).hexdigest()[:8]}.min.css"


def relinked(page_html: str, name: str) -> str:
    """The page with its local stylesheet links replaced by one link to ``name``, where the first
    was, in the same folder as the first (the bundle is written beside it)."""
    page = Page(page_html)
    links = _local_links(page)
    if not links:
        return page_html
    href = links[0].get("href") or ""
    folder = href.rsplit("/", 1)[0] + "/" if "/" in href else ""
    # A dropped link takes its line break with it: finished pages have one tag per line.
    dropped = [Edit(tag.start, tag.end + page.text.startswith("\n", tag.end)) for tag in links[1:]]
    return page.edited([set_value(links[0], "href", folder + name), *dropped])


def purged_css(stylesheets: list[Path], pages: list[Path], scripts: list[Path], tools: Path) -> str:
    """Run tools/stylesheet/bundle.cjs (see there): the stylesheets, purged against the pages and scripts."""
    node = shutil.which("node")
    script = tools / BUNDLE_SCRIPT
    if node is None or not (tools / "node_modules" / "purgecss").is_dir():
        raise StylesheetError(f"the stylesheet tools are not installed: run `make build`, or "
                              f"`npm ci --prefix {tools}` (needs Node.js and npm)")
    request = {"stylesheets": [str(path) for path in stylesheets], "pages": [str(path) for path in pages],
               "scripts": [str(path) for path in scripts]}
    result = subprocess.run([node, str(script)], input=json.dumps(request), capture_output=True, text=True,
                            encoding="utf-8", cwd=tools)
    if result.returncode != 0 or not result.stdout.strip():
        raise StylesheetError(f"{script} failed:\n{result.stderr[-2000:]}")
    return result.stdout


def _compressed(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def ship_used_css(site: Path, tools: Path) -> ShippedStylesheet | None:
    """Replace the stylesheets every page of ``site`` links by one that holds only what they use.

    Every page that links stylesheets must link the same ones in the same order (the theme's
    templates do): otherwise one bundle would change some page's cascade, and this refuses.
    Returns None when no page links a stylesheet of the site.
    """
    pages = sorted(site.rglob("*.html"))
    texts = {page: page.read_text(encoding="utf-8") for page in pages}
    sources: tuple[str, ...] | None = None
    for page in pages:
        linked = tuple(_site_path(site, page, href) for href in local_stylesheets(texts[page]))
        if not linked:
            continue
        if sources is None:
            sources = linked
        elif linked != sources:
            raise StylesheetError(f"{page.relative_to(site)} links {list(linked)}, other pages {list(sources)}: "
                                  "one stylesheet cannot serve both")
    if sources is None:
        return None
    missing = [source for source in sources if not (site / source).is_file()]
    if missing:
        raise StylesheetError(f"the pages link stylesheets the site does not have: {missing}")
    scripts = sorted({path for page in pages for path in loaded_files(site, page) if path.suffix == ".js"})
    css = purged_css([site / source for source in sources], pages, scripts, tools)
    name = bundle_name(css)
    target = (site / sources[0]).parent / name
    target.write_text(css, encoding="utf-8")
    for page in pages:
        # Pages without a stylesheet of the site come back unchanged, and are not written again.
        if (page_html := relinked(texts[page], name)) != texts[page]:
            page.write_text(page_html, encoding="utf-8")
    before = _compressed(b"\n".join((site / source).read_bytes() for source in sources))
    for source in sources:
        if site / source != target:
            (site / source).unlink()
            # Its source map (Material ships one) maps a file that is no longer there.
            (site / f"{source}.map").unlink(missing_ok=True)
    return ShippedStylesheet(target, sources, before, _compressed(css.encode("utf-8")))
