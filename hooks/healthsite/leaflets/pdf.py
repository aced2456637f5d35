"""Print HTML -> PDF with WeasyPrint, only for leaflets that changed, on every core.

A leaflet's fingerprint covers its print HTML (content and translation), the
stylesheet, the page URL of its QR code and the versions of WeasyPrint and segno;
the fingerprints of the last run are kept in a small JSON file, so an unchanged
leaflet is never printed again.
"""

from __future__ import annotations

import hashlib
import json
import os
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


@dataclass
class RenderReport:
    printed: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)


def _engine_versions() -> str:
    import segno
    import weasyprint

    return f"weasyprint {weasyprint.__version__}, segno {segno.__version__}"


def fingerprint(target: Target, stylesheet: str, engines: str) -> str:
    return hashlib.sha256("\n\0".join((engines, stylesheet, target.qr_url, target.html)).encode()).hexdigest()


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
    HTML(string=html).write_pdf(partial, stylesheets=[_printer["css"]], font_config=_printer["fonts"])
    partial.replace(target.path)
    return target.path


def _print_many(targets: list[Target], stylesheet: str, workers: int) -> None:
    if workers <= 1 or len(targets) <= 1:
        _start_printer(stylesheet)
        for target in targets:
            write_pdf(target)
        return
    # spawn, not fork: MkDocs' live-reload server runs threads, and fork copies their locks.
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"),
                             initializer=_start_printer, initargs=(stylesheet,)) as pool:
        for _ in pool.map(write_pdf, targets, chunksize=8):
            pass


def print_changed(targets: list[Target], stylesheet: str, manifest: Path, managed: list[Path],
                  workers: int | None = None) -> RenderReport:
    """Bring the PDFs in line with ``targets``: print what changed, delete PDFs no target names.

    ``managed`` are the folders whose PDFs all belong to the leaflets.
    """
    report = RenderReport()
    engines = _engine_versions()
    known = json.loads(manifest.read_text(encoding="utf-8")) if manifest.exists() else {}
    current = {}
    to_print = []
    for target in targets:
        key = str(target.path.resolve())
        current[key] = fingerprint(target, stylesheet, engines)
        if target.path.exists() and known.get(key) == current[key]:
            report.kept.append(target.path)
        else:
            to_print.append(target)
    _print_many(to_print, stylesheet, workers or os.cpu_count() or 1)
    report.printed = [target.path for target in to_print]
    for folder in managed:
        for stale in folder.rglob("*.pdf"):
            if str(stale.resolve()) not in current:
                stale.unlink()
                report.removed.append(stale)
    manifest.parent.mkdir(parents=True, exist_ok=True)
    manifest.write_text(json.dumps(current, indent=0, sort_keys=True), encoding="utf-8")
    return report
