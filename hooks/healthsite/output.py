"""Arrange files in the built site that the per-language builds would overwrite."""

from __future__ import annotations

import shutil
from pathlib import Path

NOT_FOUND = "404.html"


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
