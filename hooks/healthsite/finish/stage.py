"""The order of the post-build stage (see the package's docstring for why it is this order)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..deploy.precompress import Precompressed, precompress
from ..offline.archive import write_archive
from ..offline.worker import saved_size, stored_files, write_worker
from ..output import write_redirects
from ..pages.downloads import with_download_size
from ..pages.save import with_save_size
from ..site_map import ARCHIVE_FORMAT, OFFLINE_SLUG, archive_name
from .stylesheet import ShippedStylesheet, ship_used_css


@dataclass(frozen=True)
class EditionFinish:
    """What the pages stage rendered for finishing one edition (HTML)."""

    code: str
    redirects: dict[str, str] = field(default_factory=dict)  # old address (folder) -> its page
    offline_notice: str = ""  # at the top of every page of the offline archive
    offline_start_page: str = ""  # the archive's index.html


@dataclass(frozen=True)
class FinishOptions:
    site_url: str
    made_on: date  # the archive's entries carry it: an unchanged edition gives the same archive
    # PurgeCSS and Lightning CSS (ProjectPaths.stylesheet_tools); None: the pages keep the theme's
    # stylesheets as they are (an editor's preview, where they style the pages the same).
    stylesheet_tools: Path | None = None
    # Whether to write .gz/.br copies, and where to keep them between builds (build/precompressed).
    compress: bool = False
    compressed_cache: Path | None = None
    # Whether to write the offline archives: an editor's preview does not (zipping an edition
    # doubled the wait for a saved sheet); its home page keeps the size of the archive on disk.
    archives: bool = True


@dataclass(frozen=True)
class Finished:
    stylesheet: ShippedStylesheet | None  # None when not made, or no page links a stylesheet
    archives: dict[str, Path]  # edition -> its offline archive
    compressed: Precompressed | None

    def summary(self) -> list[str]:
        """Lines for the build log."""
        lines = [self.stylesheet.summary()] if self.stylesheet else []
        if self.compressed:
            written = self.compressed
            lines.append(f"compressed copies: {written.files} text files ({written.compressed} compressed, the "
                         f"others unchanged), {written.original // 1024} KB -> {written.gzip // 1024} KB gzip, "
                         f"{written.brotli // 1024} KB brotli")
        return lines


def finish_site(site_dir: Path, editions: list[EditionFinish], options: FinishOptions) -> Finished:
    """Finish the built site in ``site_dir``, whose editions ``editions`` are all built."""
    for edition in editions:
        write_redirects(site_dir / edition.code, edition.redirects)
    stylesheet = ship_used_css(site_dir, options.stylesheet_tools) if options.stylesheet_tools else None
    written = {edition.code: finish_offline(site_dir, edition, options) for edition in editions}
    archives = {code: archive for code, archive in written.items() if archive is not None}
    compressed = precompress(site_dir, cache=options.compressed_cache) if options.compress else None
    return Finished(stylesheet, archives, compressed)


def finish_offline(site_dir: Path, edition: EditionFinish, options: FinishOptions) -> Path | None:
    """What saving the edition on a phone stores (the size on its buttons), the offline archive
    (its size on the home page), and last the service worker, which fingerprints the files as
    they will be served. Returns the archive's path, if it was written."""
    code = edition.code
    home = site_dir / code / "index.html"
    size = saved_size(stored_files(site_dir, code))
    for with_button in (home, site_dir / code / OFFLINE_SLUG / "index.html"):
        if with_button.exists():
            with_button.write_text(with_save_size(with_button.read_text(encoding="utf-8"), size), encoding="utf-8")
    archive = write_archive(site_dir, code, options.site_url, edition.offline_notice, edition.offline_start_page,
                            options.made_on) if options.archives else site_dir / code / archive_name(code)
    if home.exists() and archive.exists():
        home.write_text(with_download_size(home.read_text(encoding="utf-8"), archive.name, ARCHIVE_FORMAT,
                                           archive.stat().st_size), encoding="utf-8")
    write_worker(site_dir, code)
    return archive if options.archives else None
