"""Print HTML -> PDF with WeasyPrint, and join PDFs, only for leaflets that changed, on every core.

A printed PDF's fingerprint covers its print HTML (content and translation), the
stylesheet, the page URL of its QR code, whether it is tagged and the versions of
WeasyPrint and segno; a
joined PDF's fingerprint is that of its parts. The fingerprints of the last run are
kept in a small JSON file, so an unchanged leaflet is never printed or joined again.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from .qr import qr_svg
from .template import QR_IMAGE


@dataclass(frozen=True)
class Target:
    path: Path
    html: str
    qr_url: str
    # Tagged for screen readers. Halves of bilingual leaflets are not: joining drops the tags,
    # and tagging costs about a quarter more printing time.
    tagged: bool = True


OUTLINE_JOIN = "2"


@dataclass(frozen=True)
class Joined:
    """A PDF made of other printed PDFs, page after page (a bilingual leaflet from two halves,
    a booklet from a cover and leaflets).

    ``outline`` gives each part a bookmark (None: none); ``pad_to_even`` adds a blank page
    after a part with an odd number of pages, so that, printed on both sides, every part
    starts on a new sheet of paper.
    """

    path: Path
    parts: tuple[Path, ...]
    outline: tuple[str | None, ...] = ()
    pad_to_even: bool = False

    def fingerprint(self, parts: dict[str, str]) -> str:
        """Changes when a part, a bookmark or the padding changes."""
        lines = [parts[str(part.resolve())] for part in self.parts]
        lines += [f"outline={title}" for title in self.outline] + [f"pad={self.pad_to_even}"] * bool(self.pad_to_even)
        # How an outlined join is made (the parts' own bookmarks dropped): change it when that changes.
        lines += [f"outline-join={OUTLINE_JOIN}"] * bool(self.outline)
        return hashlib.sha256("\n".join(lines).encode()).hexdigest()


@dataclass
class RenderReport:
    printed: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    seconds: float = 0.0  # printing and joining, for the benchmark


def _engine_versions() -> str:
    import segno
    import weasyprint

    return f"weasyprint {weasyprint.__version__}, segno {segno.__version__}"


def fingerprint(target: Target, stylesheet: str, engines: str) -> str:
    parts = (engines, stylesheet, target.qr_url, f"tagged={target.tagged}", target.html)
    return hashlib.sha256("\n\0".join(parts).encode()).hexdigest()


# One parsed stylesheet and font configuration per process: parsing them for every
# leaflet costs about a quarter of the printing time.
_printer: dict[str, object] = {}


def _start_printer(stylesheet: str) -> None:
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontConfiguration()
    _printer.update(fonts=fonts, css=CSS(string=stylesheet, font_config=fonts))


def write_pdf(target: Target) -> Path:
    """Print one leaflet. Written to a temporary name first: a stopped build leaves no half PDF."""
    from weasyprint import HTML

    target.path.parent.mkdir(parents=True, exist_ok=True)
    partial = target.path.with_name(target.path.name + ".part")
    html = target.html.replace(QR_IMAGE, qr_svg(target.qr_url), 1)
    # Tags: headings, lists, tables and reading order for screen readers. WeasyPrint's tagging
    # is young: we do not claim PDF/UA conformance, which nothing here validates.
    HTML(string=html).write_pdf(partial, stylesheets=[_printer["css"]], font_config=_printer["fonts"],
                                pdf_tags=target.tagged)
    partial.replace(target.path)
    return target.path


def join_pdfs(joined: Joined) -> Path:
    """Put the parts' pages one after the other; fonts and links come along as they are."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    titles = []
    for index, part in enumerate(joined.parts):
        reader = PdfReader(str(part))
        start = len(writer.pages)
        # With an outline of our own, the parts' bookmarks (their headings) would bury it.
        writer.append(reader, import_outline=not joined.outline)
        titles.append(reader.metadata.get("/Title", "") if reader.metadata else "")
        bookmark = joined.outline[index] if index < len(joined.outline) else None
        if bookmark:
            writer.add_outline_item(title=bookmark, page_number=start)
        if joined.pad_to_even and len(reader.pages) % 2:
            box = reader.pages[-1].mediabox
            writer.add_blank_page(width=box.width, height=box.height)
    # A booklet is titled by its cover; a bilingual leaflet by both its halves.
    title = titles[0] if joined.outline else " · ".join(title for title in titles if title)
    writer.add_metadata({"/Title": title})
    partial = joined.path.with_name(joined.path.name + ".part")
    joined.path.parent.mkdir(parents=True, exist_ok=True)
    with open(partial, "wb") as handle:
        writer.write(handle)
    partial.replace(joined.path)
    return joined.path


def _run(task):
    return write_pdf(task) if isinstance(task, Target) else join_pdfs(task)


def _run_many(tasks: list, workers: int, stylesheet: str | None = None) -> None:
    """Run print or join tasks; ``stylesheet`` sets up WeasyPrint first (joining needs none)."""
    initializer = functools.partial(_start_printer, stylesheet) if stylesheet is not None else None
    if workers <= 1 or len(tasks) <= 1:
        if initializer:
            initializer()
        for task in tasks:
            _run(task)
        return
    # spawn, not fork: MkDocs' live-reload server runs threads, and fork copies their locks.
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"),
                             initializer=initializer) as pool:
        for _ in pool.map(_run, tasks, chunksize=8):
            pass


def print_changed(targets: list[Target], stylesheet: str, manifest: Path, managed: list[Path],
                  workers: int | None = None, joined: Sequence[Joined] = (), printed_before: Path | None = None,
                  ignore: tuple[str, ...] = ()) -> RenderReport:
    """Bring the PDFs in line with ``targets`` and ``joined``: print and join what changed,
    delete PDFs that none of them names.

    ``managed`` are the folders whose PDFs all belong to this run, except files whose name
    matches a pattern of ``ignore`` (another run keeps those). ``printed_before`` is the
    manifest of an earlier run whose PDFs may be parts of ``joined``.
    """
    started = time.perf_counter()
    report = RenderReport()
    engines = _engine_versions()
    known = json.loads(manifest.read_text(encoding="utf-8")) if manifest.exists() else {}
    current = {str(target.path.resolve()): fingerprint(target, stylesheet, engines) for target in targets}
    earlier = json.loads(printed_before.read_text(encoding="utf-8")) if printed_before and printed_before.exists() else {}
    for join in joined:
        current[str(join.path.resolve())] = join.fingerprint(earlier | current)

    def changed(items):
        fresh = []
        for item in items:
            key = str(item.path.resolve())
            if item.path.exists() and known.get(key) == current[key]:
                report.kept.append(item.path)
            else:
                fresh.append(item)
        return fresh

    to_print, to_join = changed(targets), changed(list(joined))
    cores = workers or os.cpu_count() or 1
    _run_many(to_print, cores, stylesheet)
    # Joined after printing: their parts must exist first.
    _run_many(to_join, cores)
    report.printed = [item.path for item in to_print + to_join]
    for folder in managed:
        for stale in folder.rglob("*.pdf"):
            if str(stale.resolve()) not in current and not any(stale.match(pattern) for pattern in ignore):
                stale.unlink()
                report.removed.append(stale)
    manifest.parent.mkdir(parents=True, exist_ok=True)
    manifest.write_text(json.dumps(current, indent=0, sort_keys=True), encoding="utf-8")
    report.seconds = time.perf_counter() - started
    return report
