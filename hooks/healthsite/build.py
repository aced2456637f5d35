"""Run the pipeline: knowledge base -> catalogues -> pages on disk.

Called once per change of the inputs by the MkDocs hooks, and by the command line.
Catalogues are read, never changed, by the build: updating them is ``extract``'s job.
"""

from __future__ import annotations

import functools
import hashlib
import html
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from babel.messages.catalog import Catalog

from .catalogs.compile import compile_catalog
from .catalogs.review import Reviews, reviews_path
from .catalogs.status import catalog_status
from .catalogs.translator import MISSING, UNREVIEWED, Translator, load_translator
from .catalogs.update import catalog_path
from .knowledge import KnowledgeBase, load_knowledge_base
from .knowledge.freshness import current_date
from .languages import Language
from .leaflets.files import (
    POSTER_FOLDER,
    PRINT_SLUG,
    LeafletFile,
    booklet_name,
    cards_name,
    cover_name,
    half_name,
    poster_name,
)
from .leaflets.jobs import plan_leaflets, plan_print_kit
from .leaflets.pdf import Joined, RenderReport, Target, print_changed
from .leaflets.template import STYLESHEET
from .offline.archive import FORMAT as ARCHIVE_FORMAT, write_archive
from .offline.worker import saved_size, stored_files, write_worker
from .output import write_redirects
from .pages.about_translations import render_about_translations
from .pages.accessibility import render_accessibility
from .pages.changes import FEED_FILE, SLUG as CHANGES_SLUG, changes_feed, feed_path, render_changes_page
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
from .pages.documents import PageSource, render_chooser, render_home, render_sheet
from .pages.downloads import with_download_size
from .pages.escape import html_text, strip_tags, theme_text
from .pages.guide import render_guide
from .pages.inline import InlineRenderer
from .pages.manifest import MANIFEST_FILE, manifest_path, web_manifest
from .pages.offline_page import SLUG as OFFLINE_SLUG, render_offline_page
from .pages.print_page import render_print_page
from .pages.save import with_save_size
from .pages.search import INDEX_FILE, SLUG as SEARCH_SLUG, index_script, render_search_page, search_entries
from .pages.write import write_files
from .paths import ProjectPaths


def edition_directory(code: str, root_language: str) -> str:
    """Where an edition's pages go under docs/.

    mkdocs-static-i18n builds its default language at the site root. We want the
    root to be the language chooser and every edition under /<lang>/, English too,
    so the default-language folder holds the chooser and, one level down, English.
    """
    return f"{code}/{code}/" if code == root_language else f"{code}/"


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

    def builds(self, code: str) -> bool:
        """Whether edition ``code`` was rendered: the root language's build always runs (it holds
        the chooser), but serves only the chooser when its edition was not chosen."""
        return code in self.built

    def locate(self, src_uri: str) -> tuple[str, str | None]:
        """(language, path inside the edition) of a generated page; path None for the chooser."""
        for code in self.kb.languages.codes:
            directory = edition_directory(code, self.root_language)
            if src_uri.startswith(directory):
                return code, src_uri[len(directory):].removesuffix("index.md")
        return self.root_language, None

    def alternates(self, path: str) -> list[dict[str, str]]:
        return edition_links(self.kb, path)

    def page_tools(self, code: str, path: str, title: str) -> dict[str, str]:
        """The share box and read-aloud button of one page, for the theme to place.

        ``title`` is the page title as the theme has it: escaped for HTML by ``theme_text``
        in the page's front matter. The share box needs the text itself (for an e-mail subject).
        """
        title = html.unescape(title)
        inline = InlineRenderer(self.kb, self.translators[code])
        # The offline page stands in for addresses a saved edition has not stored: its own address
        # is nothing to send anyone.
        shared = path != f"{OFFLINE_SLUG}/"
        return {"share_box": share_box(self.kb, inline, path, title, self.site_url) if shared else "",
                "read_aloud": read_aloud_button(self.kb, inline)}

    def finish_edition(self, site_dir: Path, code: str) -> Path:
        """Once an edition's pages are in the built site: redirects from old addresses, what
        saving it on a phone stores (the size on its buttons), the offline archive, and last the
        service worker, which fingerprints the files as they will be served. Returns the archive's path."""
        inline = InlineRenderer(self.kb, self.translators[code])
        write_redirects(site_dir / code, {alias: moved_page(self.kb, inline, sheet, self.site_url)
                                          for sheet in self.kb.sheets for alias in sheet.aliases})
        home = site_dir / code / "index.html"
        size = saved_size(stored_files(site_dir, code))
        for with_button in (home, site_dir / code / OFFLINE_SLUG / "index.html"):
            if with_button.exists():
                with_button.write_text(with_save_size(with_button.read_text(encoding="utf-8"), size), encoding="utf-8")
        archive = write_archive(site_dir, code, self.site_url,
                                offline_notice(self.kb, inline, self.site_url, self.made_on),
                                offline_start_page(self.kb, inline), self.made_on)
        home.write_text(with_download_size(home.read_text(encoding="utf-8"), archive.name, ARCHIVE_FORMAT,
                                           archive.stat().st_size), encoding="utf-8")
        write_worker(site_dir, code)
        return archive


def load_translators(kb: KnowledgeBase, paths: ProjectPaths) -> dict[str, Translator]:
    translators = {}
    for language in kb.languages.editions:
        po = catalog_path(paths.locales, language.code)
        if language.code == kb.languages.source:
            translators[language.code] = load_translator(language, None)
        elif not po.exists():
            # A language without a catalogue yet: every text falls back, visibly.
            translators[language.code] = Translator(language, Catalog(locale=language.code))
        else:
            reviews = reviews_path(paths.locales, language.code)
            mo = paths.build / "locales" / language.code / "LC_MESSAGES" / "messages.mo"
            catalog, records = _catalogue(language, po, _stamp(po), reviews, _stamp(reviews), mo)
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
def _catalogue(language: Language, po: Path, po_stamp: tuple | None, reviews: Path, reviews_stamp: tuple | None,
               mo: Path) -> tuple[Catalog, Reviews]:
    """One language's catalogue and review records, read (and compiled) once per saved version.

    `mkdocs serve` rebuilds in one process: reading every catalogue again was most of an
    editor's wait for a saved sheet, which changes no catalogue. The stamps are the key.
    Pages only read catalogues and records, so one copy serves every build.
    """
    translator = load_translator(language, po, reviews)
    assert translator.catalog is not None  # read from po
    compile_catalog(translator.catalog, mo)
    return translator.catalog, translator.reviews


def render_site(kb: KnowledgeBase, translators: dict[str, Translator], root_language: str,
                leaflet_sizes: dict[str, int] | None = None,
                editions: Collection[str] | None = None) -> list[PageSource]:
    """Every page of the ``editions`` (default: all), and the language chooser, which lists all."""
    pages = []
    for language in kb.languages.editions:
        if editions is not None and language.code not in editions:
            continue
        translator = translators[language.code]
        directory = edition_directory(language.code, root_language)
        edition = [render_home(kb, InlineRenderer(kb, translator, link_prefix=""), directory)]
        sheets = [render_sheet(kb, sheet, InlineRenderer(kb, translator), directory, leaflet_sizes)
                  for sheet in kb.sheets]
        # The guide takes its place among the sheets by its order, as in the navigation.
        before_guide = sum(1 for sheet in kb.sheets if kb.guide and sheet.order <= kb.guide.order)
        guide = _guide_pages(kb, translator, directory) if kb.guide else []
        edition += sheets[:before_guide] + guide + sheets[before_guide:]
        status = None if translator.catalog is None else catalog_status(kb, language.code, translator.catalog,
                                                                            translator.reviews)
        edition.append(render_about_translations(kb, InlineRenderer(kb, translator), directory, status))
        edition.append(render_accessibility(kb, InlineRenderer(kb, translator), directory))
        edition.append(render_search_page(kb, InlineRenderer(kb, translator), directory, edition))
        edition.append(render_print_page(kb, InlineRenderer(kb, translator), directory, leaflet_sizes))
        edition.append(render_changes_page(kb, InlineRenderer(kb, translator), directory))
        edition.append(render_offline_page(kb, InlineRenderer(kb, translator), directory))
        pages += edition
    titles = {code: translator.text(kb.ui("chooser-title")).text for code, translator in translators.items()}
    pages.append(render_chooser(kb, f"{root_language}/index.md", titles))
    return pages


def in_navigation(pages: list[PageSource], directory: str) -> list[PageSource]:
    """An edition's pages in its navigation menu, in order: also what its search covers."""
    return [page for page in pages if page.in_nav and page.path.startswith(directory)]


def search_indexes(kb: KnowledgeBase, pages: list[PageSource], root_language: str,
                   codes: Collection[str] | None = None) -> dict[str, str]:
    """Each edition's search index (path under docs/ -> script), from the pages in its navigation.

    ``codes``: the editions rendered (default: all).
    """
    indexes = {}
    for code in kb.languages.codes if codes is None else codes:
        directory = edition_directory(code, root_language)
        entries = [entry for page in in_navigation(pages, directory) for entry in search_entries(page, directory)]
        indexes[f"{directory}{SEARCH_SLUG}/{INDEX_FILE}"] = index_script(entries)
    return indexes


def change_feeds(kb: KnowledgeBase, translators: dict[str, Translator], root_language: str,
                 site_url: str, codes: Collection[str] | None = None) -> dict[str, str]:
    """Each edition's Atom feed of its "What changed" page (path under docs/ -> XML); ``codes``: the
    editions rendered (default: all)."""
    return {f"{edition_directory(code, root_language)}{CHANGES_SLUG}/{FEED_FILE}":
            changes_feed(kb, InlineRenderer(kb, translators[code]), site_url)
            for code in (kb.languages.codes if codes is None else codes)}


def web_manifests(kb: KnowledgeBase, translators: dict[str, Translator], root_language: str,
                  codes: Collection[str] | None = None) -> dict[str, str]:
    """Each edition's web app manifest (path under docs/ -> JSON), in the edition's language; ``codes``:
    the editions rendered (default: all)."""
    return {f"{edition_directory(code, root_language)}{MANIFEST_FILE}": web_manifest(kb, InlineRenderer(kb, translators[code]))
            for code in (kb.languages.codes if codes is None else codes)}


def _guide_pages(kb: KnowledgeBase, translator: Translator, directory: str) -> list[PageSource]:
    assert kb.guide is not None  # called only when there is one
    return render_guide(kb, kb.guide, lambda prefix: InlineRenderer(kb, translator, link_prefix=prefix), directory)


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
    translators = load_translators(kb, paths)
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
                     today, printed, kit, built=codes)


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
