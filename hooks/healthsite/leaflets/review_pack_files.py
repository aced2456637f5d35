"""Write a review pack to build/review/<lang>/: the HTML file, its PDF and the key table (CSV).

The three files sit side by side, so a maintainer can send the PDF to print, the HTML
to read on screen, and keep the CSV to find each row's catalogue entry again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..catalogs.review_pack import ReviewPack, key_table_csv
from .review_pack_html import STYLESHEET, review_pack_html


@dataclass(frozen=True)
class PackFiles:
    html: Path
    pdf: Path | None
    key: Path


def pack_folder(build: Path, code: str) -> Path:
    return build / "review" / code


def pack_name(code: str, only: str | None = None) -> str:
    """review-pack-ar for the whole language, review-pack-ar-no-papers for one section."""
    return f"review-pack-{code}" + (f"-{only}" if only else "")


def write_pdf(html: str, path: Path) -> Path:
    """Print with WeasyPrint; the Noto fonts are found through fontconfig and embedded (subset).

    Written to a temporary name first, so a stopped run leaves no half PDF.
    """
    from weasyprint import HTML

    partial = path.with_name(path.name + ".part")
    HTML(string=html).write_pdf(partial)
    partial.replace(path)
    return path


def write_review_pack(pack: ReviewPack, build: Path, pdf: bool = True) -> PackFiles:
    folder = pack_folder(build, pack.language.code)
    folder.mkdir(parents=True, exist_ok=True)
    name = pack_name(pack.language.code, None if pack.whole else pack.sections[0].id)
    html = review_pack_html(pack, STYLESHEET.read_text(encoding="utf-8"))
    html_path, key_path = folder / f"{name}.html", folder / f"{name}-key.csv"
    html_path.write_text(html, encoding="utf-8")
    key_path.write_text(key_table_csv(pack), encoding="utf-8")
    pdf_path = write_pdf(html, folder / f"{name}.pdf") if pdf else None
    return PackFiles(html_path, pdf_path, key_path)
