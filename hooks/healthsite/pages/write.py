"""Write generated pages to docs/, touching only what changed.

mkdocs-static-i18n only sees pages that exist on disk, so pages are files; and
``mkdocs serve`` watches docs/, so rewriting unchanged files would rebuild forever.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from .documents import PageSource


def write_pages(docs: Path, pages: Iterable[PageSource], managed: Iterable[str]) -> list[Path]:
    """Write ``pages`` under ``docs``; delete other .md files in the ``managed`` folders.

    Returns the files written or deleted.
    """
    changed = []
    keep = set()
    for page in pages:
        target = docs / page.path
        keep.add(target.resolve())
        if target.exists() and target.read_text(encoding="utf-8") == page.markdown:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.markdown, encoding="utf-8")
        changed.append(target)
    for folder in managed:
        for stale in (docs / folder).rglob("*.md"):
            if stale.resolve() not in keep:
                stale.unlink()
                changed.append(stale)
    return changed
