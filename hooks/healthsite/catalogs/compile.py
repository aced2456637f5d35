"""Compile .po catalogues to .mo at build time (they are never committed).

Unreviewed (fuzzy) translations are compiled in on purpose: the site shows them,
with a notice, rather than showing English.
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo


def compile_catalog(catalog: Catalog, mo_path: Path) -> Path:
    mo_path.parent.mkdir(parents=True, exist_ok=True)
    with open(mo_path, "wb") as handle:
        write_mo(handle, catalog, use_fuzzy=True)
    return mo_path
