"""The printed leaflets in the built site: one per sheet and language, and the bilingual pairs.

Read back with poppler (pdfinfo, pdffonts, pdftotext, pdftoppm) and zbar, the way a
person's PDF reader and phone camera would read them.
"""

from __future__ import annotations

import html
import re
import subprocess
import unicodedata

import pytest
from pypdf import PdfReader

from healthsite.catalogs.checks import script_share
from healthsite.paths import configured_site_url
from healthsite.site_map import all_leaflets, leaflets_of_sheet
from tests.conftest import CODES, ROOT

SHEET = "no-papers"  # the longest situation sheet: if it fits, the others do


def run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def words(text: str) -> str:
    """Letters, marks and digits only, one space between words.

    pdftotext puts punctuation between right-to-left and left-to-right runs where it
    sees fit ("إقامة :المساعدة"): the words and their order are what a reader gets.
    """
    text = unicodedata.normalize("NFKC", text)
    kept = "".join(ch if unicodedata.category(ch)[0] in "LMN" else " " for ch in text)
    return " ".join(kept.split())


def pdf_text(path) -> str:
    return words(run("pdftotext", str(path), "-"))


def page_title(built_site, code: str, slug: str) -> str:
    match = re.search(r"<h1[^>]*>(.*?)</h1>", built_site.page(f"{code}/{slug}"), re.S)
    return words(html.unescape(re.sub(r"<[^>]+>", "", match.group(1))))


def leaflet_path(built_site, leaflet):
    return built_site.folder / leaflet.languages[0] / leaflet.slug / leaflet.name


@pytest.fixture(scope="module")
def every_leaflet(built_site, kb):
    return [leaflet_path(built_site, leaflet)
            for leaflet in all_leaflets([sheet.slug for sheet in kb.sheets], kb.languages.codes)]


def test_every_sheet_has_its_leaflets_in_every_language(built_site, kb, every_leaflet):
    missing = [path for path in every_leaflet if not path.is_file()]
    assert not missing, f"{len(missing)} leaflets missing, e.g. {missing[:3]}"
    assert len(every_leaflet) == len(kb.sheets) * (len(kb.languages.codes) + 2 * (len(kb.languages.codes) - 2) + 1)


def test_every_sheet_page_links_its_leaflets(built_site, kb):
    for sheet in kb.sheets:
        for code in kb.languages.codes:
            page = built_site.page(f"{code}/{sheet.slug}")
            for leaflet in leaflets_of_sheet(sheet.slug, code, kb.languages.codes):
                href = leaflet.href_from(code)
                assert f'href="{href}"' in page, f"{code}/{sheet.slug} does not link {leaflet.name}"
                assert (built_site.folder / code / sheet.slug / href).resolve() == leaflet_path(built_site, leaflet)


def test_no_leaflet_has_more_than_two_pages(every_leaflet):
    too_long = {}
    for path in every_leaflet:
        pages = int(re.search(r"^Pages:\s+(\d+)", run("pdfinfo", str(path)), re.M).group(1))
        if pages > 2:
            too_long[path.name] = pages
    assert not too_long


def test_every_font_is_embedded(every_leaflet):
    not_embedded = {}
    for path in every_leaflet:
        rows = run("pdffonts", str(path)).splitlines()[2:]
        assert rows, f"{path.name} has no fonts"
        # columns: name type encoding emb sub uni object-id; the name may not contain spaces
        bad = [row.split()[0] for row in rows if row.split()[-5] != "yes"]
        if bad:
            not_embedded[path.name] = bad
    assert not not_embedded


@pytest.mark.parametrize("code", CODES)
def test_leaflet_text_has_the_title_and_emergency_numbers_in_the_right_script(built_site, kb, code):
    text = pdf_text(built_site.folder / code / SHEET / f"{SHEET}-{code}.pdf")
    title = page_title(built_site, code, SHEET)
    assert title in text
    assert "112" in text and "1733" in text
    script = kb.languages[code].script
    assert script_share(title, script) > 0.8, f"{code} title is not in {script} script"


@pytest.mark.parametrize("code", CODES)
def test_qr_code_opens_the_same_page_in_the_same_language(built_site, code, tmp_path):
    pdf = built_site.folder / code / SHEET / f"{SHEET}-{code}.pdf"
    run("pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "page"))
    images = sorted(str(path) for path in tmp_path.glob("page*.png"))
    decoded = subprocess.run(["zbarimg", "--quiet", "--raw", *images], capture_output=True, text=True).stdout.split()
    site_url = configured_site_url(ROOT / "mkdocs.yml").rstrip("/")
    assert decoded == [f"{site_url}/{code}/{SHEET}/"]


@pytest.mark.parametrize("reader,counter", [(code, counter) for code in CODES if code not in ("fr", "nl") for counter in ("fr", "nl")] + [("nl", "fr")])
def test_bilingual_leaflets_hold_both_languages(built_site, reader, counter):
    pdf = built_site.folder / reader / SHEET / f"{SHEET}-{reader}-{counter}.pdf"
    text = pdf_text(pdf)
    assert page_title(built_site, reader, SHEET) in text
    assert page_title(built_site, counter, SHEET) in text


@pytest.mark.parametrize("code", CODES)
def test_a_leaflet_is_tagged_for_screen_readers_in_its_language(built_site, code):
    path = built_site.folder / code / SHEET / f"{SHEET}-{code}.pdf"
    assert re.search(r"^Tagged:\s+yes$", run("pdfinfo", str(path)), re.M)
    catalog = PdfReader(path).trailer["/Root"]
    assert "/StructTreeRoot" in catalog and catalog.get("/Lang") == code
