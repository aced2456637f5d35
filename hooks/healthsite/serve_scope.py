"""What an editor's preview (`make serve LANGS=...`) builds: which editions, and what of docs/ is written by hand.

``make serve LANGS="en ar"`` sets ``HEALTHSITE_LANGS`` for ``mkdocs serve``, so an editor
who saves a sheet waits for one or two editions, not fifteen. Without it (``make serve``,
``make build``, CI) every edition is built, with its leaflets, as before.

The preview prints no leaflets: after a sheet changes, its leaflets (single, the halves,
the bilingual joins and the booklet) take longer to print than all the pages of an edition
take to render, and an editor checks the page. Pages still link the leaflets and show the
size of the PDFs on disk from the last full build; ``make build`` prints them again.
"""

from __future__ import annotations

import os
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

EDITIONS_VARIABLE = "HEALTHSITE_LANGS"


@dataclass(frozen=True)
class BuildScope:
    """What one build makes."""

    editions: tuple[str, ...] | None = None  # None: every edition, as published

    @property
    def is_preview(self) -> bool:
        return self.editions is not None

    @property
    def leaflets(self) -> bool:
        """Leaflets are printed in a full build only (see the module's docstring)."""
        return not self.is_preview

    def describe(self) -> str:
        if self.editions is None:
            return "every edition, with leaflets"
        return (f"editor's preview ({EDITIONS_VARIABLE}): only {' '.join(self.editions)}, leaflets not printed; "
                "not for publishing")


def build_scope(known: Collection[str], environ: Mapping[str, str] = os.environ) -> BuildScope:
    """The scope ``HEALTHSITE_LANGS`` asks for ("en ar" or "en,ar"; unset or empty: every edition).

    ``known`` are the edition codes; an unknown code is refused, naming the known ones,
    rather than silently building less than the editor asked for.
    """
    asked = [code for code in re.split(r"[\s,]+", environ.get(EDITIONS_VARIABLE, "")) if code]
    if not asked:
        return BuildScope()
    unknown = [code for code in asked if code not in known]
    if unknown:
        raise ValueError(f"{EDITIONS_VARIABLE}: {', '.join(unknown)} is not an edition "
                         f"(the editions are {' '.join(known)})")
    return BuildScope(tuple(code for code in known if code in asked))


def hand_written(docs: Path, codes: Iterable[str]) -> list[Path]:
    """What ``mkdocs serve`` should watch in docs/: everything but the edition folders.

    The pipeline writes the edition folders (docs/<code>/: pages, search indexes, feeds,
    leaflets) while MkDocs builds, from content-src/ and locales/, which are watched
    themselves. Watching its own output made every save rebuild the site twice. What
    is left (the theme overrides, stylesheets, scripts, images) is written by hand.
    Entries added to docs/ after the server started are not watched until it restarts.
    """
    editions = set(codes)
    return sorted(entry for entry in docs.iterdir() if entry.name not in editions)
