"""Leaflets and the print kit, printed into docs/ where their pages link to them.

The build calls these before it renders the pages, which show each file's size. Plans come
from ``jobs``, printing from ``pdf``; where each file goes comes from the site map.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from ..catalogs.translator import Translator
from ..knowledge.model import KnowledgeBase
from ..paths import ProjectPaths
from ..site_map import (
    POSTER_FOLDER,
    PRINT_SLUG,
    LeafletFile,
    booklet_name,
    cards_name,
    cover_name,
    edition_directory,
    half_name,
    poster_name,
)
from .jobs import plan_leaflets, plan_print_kit
from .pdf import Joined, RenderReport, Target, print_changed
from .template import STYLESHEET


def build_leaflets(kb: KnowledgeBase, translators: dict[str, Translator], paths: ProjectPaths,
                   root_language: str, site_url: str, workers: int | None = None) -> RenderReport:
    """Print every leaflet that changed next to its page (MkDocs copies PDFs as they are);
    the halves of bilingual leaflets are kept under build/."""
    def published(code: str, slug: str, name: str) -> Path:
        return paths.docs / edition_directory(code, root_language) / slug / name

    halves = paths.build / "leaflet-halves"
    plan = plan_leaflets(kb, translators, site_url)
    targets = [
        Target(halves / job.name if job.half else published(job.code, job.slug, job.name), job.html, job.page_url,
               tagged=not job.half)
        for job in plan.prints
    ]
    joined = [
        Joined(published(leaflet.languages[0], leaflet.slug, leaflet.name),
               tuple(halves / half_name(leaflet.slug, code) for code in leaflet.languages))
        for leaflet in plan.bilingual
    ]
    return print_changed(targets, STYLESHEET.read_text(encoding="utf-8"), paths.build / "leaflets.json",
                         managed=[paths.docs / code for code in kb.languages.codes] + [halves],
                         workers=workers, joined=joined, ignore=KIT_FILES)


# The print kit's PDFs, which build_print_kit keeps (build_leaflets leaves them alone).
KIT_FILES = (f"{PRINT_SLUG}/*.pdf", f"{POSTER_FOLDER}/*.pdf")


def build_print_kit(kb: KnowledgeBase, translators: dict[str, Translator], paths: ProjectPaths,
                    root_language: str, site_url: str, workers: int | None = None) -> RenderReport:
    """The poster (site root), and per edition the pocket cards and the booklet (its print page's folder).

    Runs after the leaflets: a booklet is its cover joined with the leaflets already printed.
    """
    def edition(code: str) -> Path:
        return paths.docs / edition_directory(code, root_language) / PRINT_SLUG

    plan = plan_print_kit(kb, translators, site_url)
    covers = paths.build / "booklet-covers"
    poster_folder = paths.docs / root_language / POSTER_FOLDER
    targets = [Target(poster_folder / poster_name(size), html, "") for size, html in plan.posters.items()]
    targets += [Target(edition(code) / cards_name(code), html, "") for code, html in plan.cards.items()]
    targets += [Target(covers / cover_name(booklet.code), booklet.cover_html, "", tagged=False)
                for booklet in plan.booklets]
    joined = [
        Joined(edition(booklet.code) / booklet_name(booklet.code),
               (covers / cover_name(booklet.code),) + tuple(
                   paths.docs / edition_directory(booklet.code, root_language) / slug / LeafletFile(slug, (booklet.code,)).name
                   for slug, _ in booklet.sheets),
               outline=(None,) + tuple(title for _, title in booklet.sheets), pad_to_even=True)
        for booklet in plan.booklets]
    return print_changed(targets, STYLESHEET.read_text(encoding="utf-8"), paths.build / "print-kit.json",
                         managed=[edition(code) for code in kb.languages.codes] + [poster_folder, covers],
                         workers=workers, joined=joined, printed_before=paths.build / "leaflets.json")


def leaflet_sizes(docs: Path, codes: Collection[str], root_language: str) -> dict[str, int]:
    """Bytes of every published leaflet and print-kit file, by file name (names are unique across the site)."""
    sizes = {pdf.name: pdf.stat().st_size for code in codes
             for pdf in (docs / edition_directory(code, root_language)).glob("*/*.pdf")}
    sizes.update((pdf.name, pdf.stat().st_size) for pdf in (docs / root_language / POSTER_FOLDER).glob("*.pdf"))
    return sizes
