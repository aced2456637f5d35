"""The print kit in the built site, read back as a printer, a reader and a phone camera would.

Poster (A3 and A4), pocket cards and booklet per language, and each edition's print page.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata

import pytest
from pypdf import PdfReader

from healthsite.catalogs.checks import script_share
from healthsite.paths import configured_site_url
from healthsite.site_map import (
    POSTER_FOLDER,
    POSTER_SIZES,
    PRINT_SLUG,
    booklet_name,
    cards_name,
    leaflets_of_sheet,
    poster_name,
)
from tests.conftest import CODES, ROOT
from tests.site.test_leaflets import run, words

# Paper sizes in PostScript points, as pdfinfo reports them.
SIZES = {"A3": (841.89, 1190.55), "A4": (595.276, 841.89)}


def pdf_info(path) -> tuple[int, tuple[float, float]]:
    info = run("pdfinfo", str(path))
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    width, height = map(float, re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", info, re.M).groups())
    return pages, (width, height)


def bare_words(text: str) -> set[str]:
    """Words without vowel marks: pdftotext may drop or move Arabic short vowels (تُدفع -> تدفع)."""
    return set("".join(ch for ch in words(text) if unicodedata.category(ch) != "Mn").split())


def same_size(measured, expected) -> bool:
    return all(abs(a - b) < 1 for a, b in zip(measured, expected, strict=True))


def kit_files(folder, codes):
    files = [folder / POSTER_FOLDER / poster_name(size) for size in POSTER_SIZES]
    for code in codes:
        files += [folder / code / PRINT_SLUG / cards_name(code), folder / code / PRINT_SLUG / booklet_name(code)]
    return files


def test_every_kit_pdf_exists_has_its_fonts_embedded_and_its_paper_size(built_site, kb):
    for path in kit_files(built_site.folder, CODES):
        assert path.is_file(), path
        fonts = run("pdffonts", str(path)).splitlines()[2:]
        assert fonts and all(line.split()[-5] == "yes" for line in fonts), f"{path.name}: a font is not embedded"
        pages, size = pdf_info(path)
        paper = "A3" if path.name == poster_name("A3") else "A4"
        assert same_size(size, SIZES[paper]), (path.name, size)
        if POSTER_FOLDER in path.parts:
            assert pages == 1, path.name
        elif path.name.startswith("health-care-belgium-cards"):
            assert pages == 2, path.name  # fronts, then backs
        else:
            assert pages == 2 + 2 * len(kb.sheets), path.name  # cover and contents, then a sheet of paper per leaflet


@pytest.mark.parametrize("size", POSTER_SIZES)
def test_the_posters_fifteen_codes_scan_to_the_fifteen_editions(built_site, tmp_path, size):
    run("pdftoppm", "-r", "150", "-png", str(built_site.folder / POSTER_FOLDER / poster_name(size)), str(tmp_path / "p"))
    image = next(tmp_path.glob("p*.png"))
    found = subprocess.run(["zbarimg", "-q", "--raw", str(image)], capture_output=True, text=True).stdout.split()
    site_url = configured_site_url(ROOT / "mkdocs.yml")
    assert sorted(found) == sorted(f"{site_url}{code}/" for code in CODES)


@pytest.mark.parametrize("code", CODES)
def test_a_card_front_has_112_and_1733_in_the_readers_script_and_its_back_the_counter_words(built_site, kb, code):
    path = built_site.folder / code / PRINT_SLUG / cards_name(code)
    front = words(run("pdftotext", "-f", "1", "-l", "1", str(path), "-"))
    back = words(run("pdftotext", "-f", "2", "-l", "2", str(path), "-"))
    assert "112" in front and "1733" in front
    language = kb.languages[code]
    assert script_share(front.replace("112", "").replace("1733", ""), language.script) > 0.5, front[:200]
    for ident in ("amu", "cpas"):
        assert words(kb.terms[ident].fr.full) in back and words(kb.terms[ident].nl.full) in back
    assert "112" in back and "1733" in back and "médecin" in back and "dokter" in back


@pytest.mark.parametrize("code", ["en", "ar", "ti"])
def test_the_booklet_outline_lists_every_sheet_where_the_contents_say_it_starts(built_site, kb, code):
    path = built_site.folder / code / PRINT_SLUG / booklet_name(code)
    reader = PdfReader(str(path))
    outline = [(item.title, reader.get_destination_page_number(item) + 1) for item in reader.outline]
    assert len(outline) == len(kb.sheets)
    contents = words(run("pdftotext", "-f", "2", "-l", "2", str(path), "-"))
    listed = bare_words(contents)
    for index, (title, page) in enumerate(outline):
        # Right-to-left text may come back from pdftotext in another word order: compare words.
        assert title and bare_words(title) <= listed, title
        assert str(page) in listed and page == 3 + 2 * index, (title, page)
        # The leaflet printed on that page carries the sheet's title.
        start = bare_words(run("pdftotext", "-f", str(page), "-l", str(page), str(path), "-"))
        assert bare_words(title) <= start, (title, page)


def test_every_edition_has_a_print_page_linked_from_its_home_and_every_link_resolves(built_site, kb):
    for code in CODES:
        home = built_site.page(code)
        assert f'href="{PRINT_SLUG}/"' in home, code
        page_dir = built_site.folder / code / PRINT_SLUG
        html = (page_dir / "index.html").read_text(encoding="utf-8")
        links = re.findall(r'class="print-file" href="([^"]+)"', html)
        # booklet, cards, two posters, every sheet's leaflet and its bilingual ones
        bilingual = len(leaflets_of_sheet(kb.sheets[0].slug, code, CODES)) - 1
        assert len(links) == 4 + len(kb.sheets) * (1 + bilingual), code
        for href in links:
            assert (page_dir / href).resolve().is_file(), (code, href)
        assert re.search(r"\(PDF, A3, \d+ KB\)", html) and re.search(r"\(PDF, A4, \d+ KB\)", html)


def test_the_print_page_says_how_to_print_in_every_edition(built_site, kb):
    for code in CODES:
        html = (built_site.folder / code / PRINT_SLUG / "index.html").read_text(encoding="utf-8")
        notes = re.search(r'<ul class="print-notes">(.*?)</ul>', html, re.S).group(1)
        assert notes.count("<li>") == 3, code
        assert 'lang="en"' not in notes, f"{code}: a printing note is still in English"
