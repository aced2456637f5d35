"""One language edition as a ZIP archive that works when opened from the file system.

The archive holds the edition's pages (search and its index included) and the styles and
scripts they use, with links rewritten for the file system (offline.links), a notice on
every page that it is a saved copy, and a start page at the top. Leaflets stay online:
with them the archive would weigh several megabytes, too much on prepaid data.
"""

from __future__ import annotations

import os
import zipfile
from datetime import date
from pathlib import Path

from ..output import loaded_files
from ..site_map import ARCHIVE_START_PAGE, WORKER_FILE, archive_name
from .links import offline_page

# Online only: leaflets (weight), archives, what has meaning only on a web server (the 404 page,
# the service worker that saves the edition in the browser: offline.worker), and the compressed
# copies a web server sends (a rebuild over an earlier site may find them).
_LEFT_OUT_SUFFIXES = frozenset({".pdf", ".zip", ".gz", ".br"})
_LEFT_OUT_NAMES = frozenset({"404.html", WORKER_FILE})


def archived_files(site_dir: Path, code: str) -> list[str]:
    """Site paths ("ru/index.html", "assets/site.css") of everything the offline copy holds."""
    pages = [path for path in sorted((site_dir / code).rglob("*"))
             if path.is_file() and path.suffix not in _LEFT_OUT_SUFFIXES and path.name not in _LEFT_OUT_NAMES]
    files = [path.relative_to(site_dir).as_posix() for path in pages]
    # What the pages load from outside the edition: styles, scripts, images, icon.
    assets = {asset.relative_to(site_dir).as_posix() for page in pages if page.suffix == ".html"
              for asset in loaded_files(site_dir, page)}
    return list(dict.fromkeys(files + sorted(assets)))


def write_archive(site_dir: Path, code: str, site_url: str, notice: str, start_page: str, made_on: date) -> Path:
    """Write site/<code>/<archive_name> and return its path.

    ``notice`` (HTML) goes at the top of every page; ``start_page`` (HTML) is the archive's
    index.html, which leads to the edition's home page. Entries carry ``made_on`` as their
    date, so an unchanged edition gives the same archive.
    """
    files = archived_files(site_dir, code)
    archived = set(files)
    folder = archive_name(code).removesuffix(".zip")
    target = site_dir / code / archive_name(code)
    partial = target.with_suffix(".zip.part")
    stamp = (made_on.year, made_on.month, made_on.day, 0, 0, 0)

    def add(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
        entry = zipfile.ZipInfo(f"{folder}/{name}", date_time=stamp)
        entry.compress_type = zipfile.ZIP_DEFLATED
        entry.external_attr = 0o644 << 16
        archive.writestr(entry, data, compresslevel=9)

    with zipfile.ZipFile(partial, "w") as archive:
        add(archive, ARCHIVE_START_PAGE, start_page.encode("utf-8"))
        for name in files:
            data = (site_dir / name).read_bytes()
            if name.endswith(".html"):
                data = offline_page(data.decode("utf-8"), name, archived, site_url, notice).encode("utf-8")
            add(archive, name, data)
    os.replace(partial, target)
    return target
