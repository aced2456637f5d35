"""Every edition's translator, from the catalogues and review records under ``locales/``.

`mkdocs serve` rebuilds in one process: catalogues are read once per saved version
(keyed by the files' stamps), and each build gets new translators around them.
"""

from __future__ import annotations

import functools
from pathlib import Path

from babel.messages.catalog import Catalog

from ..knowledge.model import KnowledgeBase
from ..languages import Language
from .review import Reviews, reviews_path
from .translator import Translator, load_translator
from .update import catalog_path


def load_translators(kb: KnowledgeBase, locales: Path) -> dict[str, Translator]:
    """One translator per edition, each new (it collects what it refuses while pages render)."""
    translators = {}
    for language in kb.languages.editions:
        po = catalog_path(locales, language.code)
        if language.code == kb.languages.source:
            translators[language.code] = load_translator(language, None)
        elif not po.exists():
            # A language without a catalogue yet: every text falls back, visibly.
            translators[language.code] = Translator(language, Catalog(locale=language.code))
        else:
            reviews = reviews_path(locales, language.code)
            catalog, records = _catalogue(language, po, _stamp(po), reviews, _stamp(reviews))
            # A new translator each build: it collects the translations it refused while pages render.
            translators[language.code] = Translator(language, catalog, records)
    return translators


def _stamp(file: Path) -> tuple[int, int, int] | None:
    """Changes when the file is saved again (None: no file)."""
    try:
        stat = file.stat()
    except FileNotFoundError:
        return None
    return stat.st_ino, stat.st_mtime_ns, stat.st_size


@functools.lru_cache(maxsize=2 * 32)
def _catalogue(language: Language, po: Path, po_stamp: tuple | None, reviews: Path,
               reviews_stamp: tuple | None) -> tuple[Catalog | None, Reviews]:
    """One language's catalogue and review records, read once per saved version.

    `mkdocs serve` rebuilds in one process: reading every catalogue again was most of an
    editor's wait for a saved sheet, which changes no catalogue. The stamps are the key.
    Pages only read catalogues and records, so one copy serves every build.
    """
    translator = load_translator(language, po, reviews)
    return translator.catalog, translator.reviews
