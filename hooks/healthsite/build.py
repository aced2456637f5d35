"""Run the pipeline: knowledge base -> catalogues -> pages on disk.

Called once per change of the inputs by the MkDocs hooks, and by the command line.
Catalogues are read, never changed, by the build: updating them is ``extract``'s job.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from .catalogs.loading import load_translators
from .catalogs.translator import MISSING, UNREVIEWED, Translator
from .finish import EditionFinish, Finished, FinishOptions, finish_site
from .knowledge import KnowledgeBase, load_knowledge_base
from .knowledge.freshness import current_date
from .leaflets.orchestrate import build_leaflets, build_print_kit, leaflet_sizes
from .leaflets.pdf import RenderReport
from .pages.chrome import (
    edition_links,
    emergency_bar,
    moved_page,
    offline_notice,
    offline_start_page,
    read_aloud_button,
    search_link,
    share_box,
)
from .pages.editions import change_feeds, in_navigation, render_site, search_indexes, web_manifests
from .pages.escape import html_text, strip_tags, theme_text
from .pages.inline import InlineRenderer
from .pages.model import PageAddress, PageSource
from .pages.write import write_files
from .paths import ProjectPaths
from .site_map import (
    OFFLINE_SLUG,
    edition_directory,
    feed_path,
    manifest_path,
)


@dataclass
class BuildReport:
    pages: list[PageSource] = field(default_factory=list)
    changed: list[Path] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)

    def count(self, state: str) -> Counter:
        """Pages per language that use at least one text in ``state``."""
        return Counter(page.path.split("/")[0] for page in self.pages if state in page.states)

    def summary(self) -> list[str]:
        lines = []
        for code, pages in sorted(self.count(MISSING).items()):
            lines.append(f"{code}: {pages} page(s) show English where a translation is missing")
        for code, pages in sorted(self.count(UNREVIEWED).items()):
            lines.append(f"{code}: {pages} page(s) use unreviewed translations (notice shown)")
        lines.extend(f"translation not used: {reason}" for reason in self.rejected)
        return lines


@dataclass(frozen=True)
class Edition:
    """What the theme needs of one language edition besides its pages."""

    code: str
    site_name: str
    nav: list[dict[str, str]]
    emergency_bar: str
    search_link: dict[str, str]
    feed_link: dict[str, str]  # the "What changed" feed, which every page of the edition links in its <head>
    app_link: dict[str, str]  # the web app manifest, which every page of the edition links in its <head>


@dataclass
class SiteBuild:
    kb: KnowledgeBase
    root_language: str
    report: BuildReport
    editions: dict[str, Edition]
    translators: dict[str, Translator]
    site_url: str
    made_on: date
    leaflets: RenderReport | None = None
    print_kit: RenderReport | None = None
    # The editions whose pages were rendered (every one, unless an editor's preview chose some).
    built: tuple[str, ...] = ()
    # Every page written, by its file under docs/ (MkDocs' src_uri), as the pipeline wrote it.
    pages: dict[str, PageSource] = field(default_factory=dict)

    def builds(self, code: str) -> bool:
        """Whether edition ``code`` was rendered: the root language's build always runs (it holds
        the chooser), but serves only the chooser when its edition was not chosen."""
        return code in self.built

    def address(self, src_uri: str) -> PageAddress:
        """The edition and address of the page MkDocs read from ``src_uri``.

        A page the pipeline did not write (none, unless one is added to docs/ by hand) is
        served like the language chooser: the root language's chrome, no page tools.
        """
        page = self.pages.get(src_uri)
        return page.address if page and page.address else PageAddress(self.root_language, None)

    def serves(self, src_uri: str) -> bool:
        """Whether MkDocs should publish a file of docs/: not when it lies in the folder of an edition
        this build did not render (left there by an earlier build)."""
        return not any(src_uri.startswith(edition_directory(code, self.root_language))
                       for code in self.kb.languages.codes if not self.builds(code))

    def alternates(self, path: str) -> list[dict[str, str]]:
        return edition_links(self.kb, path)

    def page_tools(self, page: PageSource) -> dict[str, str]:
        """The share box and read-aloud button of one page of an edition, for the theme to place."""
        # Only pages of an edition have tools (the chooser has no address in one).
        assert page.address is not None and page.address.path is not None
        code, path = page.address.code, page.address.path
        inline = InlineRenderer(self.kb, self.translators[code])
        # The offline page stands in for addresses a saved edition has not stored: its own address
        # is nothing to send anyone.
        shared = path != f"{OFFLINE_SLUG}/"
        return {"share_box": share_box(self.kb, inline, path, page.title, self.site_url) if shared else "",
                "read_aloud": read_aloud_button(self.kb, inline)}

    def finishing(self, code: str) -> EditionFinish:
        """What the post-build stage writes into edition ``code``, rendered in its language."""
        inline = InlineRenderer(self.kb, self.translators[code])
        return EditionFinish(code, {alias: moved_page(self.kb, inline, sheet, self.site_url)
                                    for sheet in self.kb.sheets for alias in sheet.aliases},
                             offline_notice(self.kb, inline, self.site_url, self.made_on),
                             offline_start_page(self.kb, inline))

    def finish(self, site_dir: Path, stylesheet_tools: Path | None, compressed_cache: Path | None,
               compress: bool = True, archives: bool = True) -> Finished:
        """The post-build stage (healthsite.finish), once every edition this build renders is in
        ``site_dir``. ``stylesheet_tools`` None keeps the theme's stylesheets; ``compress`` and
        ``archives`` False write no compressed copies and no offline archives (an editor's preview)."""
        options = FinishOptions(self.site_url, self.made_on, stylesheet_tools, compress, compressed_cache, archives)
        return finish_site(site_dir, [self.finishing(code) for code in self.built], options)


def _edition(kb: KnowledgeBase, translator: Translator, pages: list[PageSource], root_language: str) -> Edition:
    code = translator.language.code
    directory = edition_directory(code, root_language)
    inline = InlineRenderer(kb, translator)
    return Edition(
        code=code,
        site_name=strip_tags(inline.text(kb.ui("site-name"))),
        nav=[{theme_text(page.title): page.path} for page in in_navigation(pages, directory)],
        emergency_bar=emergency_bar(kb, inline),
        search_link=search_link(kb, inline),
        feed_link={"feed_url": feed_path(code), "feed_title": html_text(strip_tags(inline.text(kb.ui("changes-title"))))},
        app_link={"manifest_url": manifest_path(code)},
    )


def build_site(paths: ProjectPaths, root_language: str, today: date | None = None,
               site_url: str | None = None, workers: int | None = None, leaflets: bool = True,
               editions: Collection[str] | None = None) -> SiteBuild:
    """Write the pages and (unless ``leaflets`` is false) the leaflets under docs/.

    ``site_url`` is the published address (default: mkdocs.yml's), for QR codes and share links.
    ``editions`` (default: every one) are the language codes whose pages are written: an editor's
    preview (``make serve LANGS=en``). The language chooser is always written, since it lists every
    edition; the files of other editions under docs/ are left as they are. Leaflets, when printed,
    are printed for every edition (the poster and the bilingual leaflets need several). Pages show
    the size of each leaflet on disk, printed now or by an earlier build.
    """
    site_url = site_url or paths.site_url
    today = today or current_date()
    kb = load_knowledge_base(paths.content, today=today, shared_sources=paths.shared_sources)
    codes = chosen_editions(kb, editions)
    translators = load_translators(kb, paths.locales)
    # Leaflets first: they come from the knowledge base, not the pages, and the pages show their sizes.
    printed = build_leaflets(kb, translators, paths, root_language, site_url, workers) if leaflets else None
    kit = build_print_kit(kb, translators, paths, root_language, site_url, workers) if leaflets else None
    sizes = leaflet_sizes(paths.docs, codes, root_language)
    pages = render_site(kb, translators, root_language, sizes, codes)
    files = ({page.path: page.markdown for page in pages} | search_indexes(kb, pages, root_language, codes)
             | change_feeds(kb, translators, root_language, site_url, codes)
             | web_manifests(kb, translators, root_language, codes))
    changed = write_files(paths.docs, files, managed=[f"{code}/" for code in codes])
    rejected = sorted({reason for translator in translators.values() for reason in translator.rejected})
    editions_made = {code: _edition(kb, translators[code], pages, root_language) for code in codes}
    if root_language not in codes:
        # Its build runs anyway and holds the chooser, which needs the edition's emergency bar; with
        # the chooser as its only page in the menu, mkdocs-static-i18n finds a home page for it.
        root = _edition(kb, translators[root_language], pages, root_language)
        editions_made[root_language] = replace(root, nav=[{theme_text(root.site_name): f"{root_language}/index.md"}])
    return SiteBuild(kb, root_language, BuildReport(pages, changed, rejected), editions_made, translators, site_url,
                     today, printed, kit, built=codes, pages={page.path: page for page in pages})


def chosen_editions(kb: KnowledgeBase, editions: Collection[str] | None) -> tuple[str, ...]:
    """The editions to render, in the knowledge base's order; every one when ``editions`` is None."""
    if editions is None:
        return tuple(kb.languages.codes)
    unknown = sorted(set(editions) - set(kb.languages.codes))
    if unknown:
        raise ValueError(f"not an edition: {', '.join(unknown)} (the editions are {' '.join(kb.languages.codes)})")
    if not editions:
        raise ValueError("no edition chosen")
    return tuple(code for code in kb.languages.codes if code in editions)


def code_fingerprint() -> str:
    """Changes whenever a file of this package changes (its Python, the leaflets' stylesheets):
    ``mkdocs serve`` then imports the package again and rebuilds (see hooks/mkdocs_hooks.py)."""
    digest = hashlib.sha256()
    for file in sorted(Path(__file__).resolve().parent.rglob("*")):
        if file.is_file() and "__pycache__" not in file.parts:
            stat = file.stat()
            digest.update(f"{file}:{stat.st_mtime_ns}:{stat.st_size}".encode())
    return digest.hexdigest()


def inputs_fingerprint(paths: ProjectPaths) -> str:
    """Changes whenever a knowledge-base file or a catalogue changes."""
    digest = hashlib.sha256()
    for folder, pattern in ((paths.content, "**/*"), (paths.locales, "**/*.po")):
        for file in sorted(folder.glob(pattern)):
            if file.is_file():
                stat = file.stat()
                digest.update(f"{file}:{stat.st_mtime_ns}:{stat.st_size}".encode())
    return digest.hexdigest()
