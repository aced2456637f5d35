"""Write generated files (pages, search indexes, feeds) to docs/, touching only what changed.

mkdocs-static-i18n only sees pages that exist on disk, so pages are files; and
``mkdocs serve`` watches docs/, so rewriting unchanged files would rebuild forever.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

# What the pipeline writes into the managed folders (pages, search indexes, feeds);
# anything else there (leaflets) has its own keeper.
GENERATED = ("*.md", "*.js", "*.xml")


def write_files(docs: Path, files: Mapping[str, str], managed: Iterable[str]) -> list[Path]:
    """Write ``files`` (path under ``docs`` -> text); delete other generated files in the ``managed`` folders.

    Returns the files written or deleted.
    """
    changed = []
    keep = set()
    for path, text in files.items():
        target = docs / path
        keep.add(target.resolve())
        if target.exists() and target.read_text(encoding="utf-8") == text:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        changed.append(target)
    for folder in managed:
        for pattern in GENERATED:
            for stale in (docs / folder).rglob(pattern):
                if stale.resolve() not in keep:
                    stale.unlink()
                    changed.append(stale)
    return changed
