"""Review packs on paper: the Arabic and Tigrinya PDFs, read back with poppler as a PDF reader would.

Page 2 of each (the first page of rows) is also written as a PNG to
test-artifacts/review-packs/ for a person to look at.
"""

from __future__ import annotations

import csv
import re
import subprocess
import unicodedata
from datetime import date

import pytest

from healthsite.catalogs.checks import script_share
from healthsite.catalogs.format import load_catalog
from healthsite.catalogs.review_pack import review_pack
from healthsite.catalogs.update import catalog_path
from healthsite.leaflets.review_pack_files import pack_folder, pack_name, write_review_pack
from tests.conftest import ROOT

SHEET = "no-papers"
FONTS = {"ar": "Noto-Naskh-Arabic", "ti": "Noto-Sans-Ethiopic"}
ARTIFACTS = ROOT / "test-artifacts" / "review-packs"


def run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def letters_only(word: str) -> str:
    word = unicodedata.normalize("NFKC", word)
    return "".join(ch for ch in word if unicodedata.category(ch)[0] in "LMN")


@pytest.fixture(scope="module", params=["ar", "ti"])
def printed(request, kb, project, tmp_path_factory):
    code = request.param
    language = kb.languages[code]
    catalog = load_catalog(catalog_path(project.locales, code), language)
    pack = review_pack(kb, language, catalog, "https://example.org/", date(2026, 12, 6), only=SHEET)
    build = tmp_path_factory.mktemp(f"build-{code}")
    return code, pack, write_review_pack(pack, build), build


def test_the_pack_is_written_under_build_review_language(printed):
    code, pack, files, build = printed
    folder = pack_folder(build, code)
    assert folder == build / "review" / code
    assert files.html == folder / f"review-pack-{code}-{SHEET}.html" and pack_name(code) == f"review-pack-{code}"
    assert files.pdf.read_bytes().startswith(b"%PDF") and not list(folder.glob("*.part"))
    assert len(list(csv.reader(files.key.open(encoding="utf-8")))) == len(pack.rows) + 1


def test_the_pdf_is_landscape_a4(printed):
    _, _, files, _ = printed
    assert re.search(r"^Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)", run("pdfinfo", str(files.pdf)), re.M)


def test_every_font_is_embedded_and_the_script_has_its_noto_font(printed):
    code, _, files, _ = printed
    rows = run("pdffonts", str(files.pdf)).splitlines()[2:]
    # columns: name type encoding emb sub uni object-id
    assert rows and all(row.split()[-5] == "yes" for row in rows), rows
    names = [row.split()[0].split("+", 1)[-1] for row in rows]
    assert FONTS[code] in names and "Noto-Sans" in names


def test_the_translations_are_in_the_languages_script(kb, printed):
    code, pack, files, _ = printed
    text = " ".join(unicodedata.normalize("NFKC", run("pdftotext", str(files.pdf), "-")).split())
    script = kb.languages[code].script
    title = pack.sections[0].translated_title
    assert script_share(title, script) > 0.8
    assert sum(1 for ch in text if unicodedata.name(ch, "").startswith(script.upper())) > 1000
    unspaced = "".join(text.split())
    for row in pack.rows:
        # A context wraps after ":" or "#" only: without the spaces of line ends, it is whole.
        assert f"id {row.ident}" in text and row.key in unspaced, f"row {row.number}'s catalogue entry is not printed whole"


def test_right_to_left_text_runs_from_the_right(kb, printed):
    """The translated title's words, in the order a reader meets them, stand right to left in Arabic
    and left to right in Tigrinya (pdftotext gives each word's box, and right-to-left words reversed)."""
    code, pack, files, _ = printed
    script = kb.languages[code].script.upper()
    rtl = kb.languages[code].is_rtl
    title = [letters_only(word) for word in pack.sections[0].translated_title.split()]
    title = [word for word in title if word]
    boxes = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>',
                       run("pdftotext", "-f", "2", "-l", "2", "-bbox", str(files.pdf), "-"))
    words = [(float(x), float(y), letters_only(word)[::-1] if rtl else letters_only(word)) for x, y, word in boxes]
    first_y = next(y for x, y, word in words if word == title[0])
    line = [(x, word) for x, y, word in words
            if abs(y - first_y) < 2 and word and unicodedata.name(word[0], "").startswith(script)]
    reading_order = [word for x, word in sorted(line, reverse=rtl)]
    assert reading_order == title


def test_a_page_of_rows_is_saved_as_an_image_for_a_person_to_look_at(printed):
    code, _, files, _ = printed
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    run("pdftoppm", "-r", "80", "-png", "-f", "2", "-l", "2", "-singlefile", str(files.pdf), str(ARTIFACTS / code))
    assert (ARTIFACTS / f"{code}.png").read_bytes().startswith(b"\x89PNG")


def test_a_placeholder_stands_after_the_word_before_it_in_the_reading_direction(kb, printed):
    """"أو {term:medical-card}": in Arabic the placeholder is left of the word before it, in
    Tigrinya right of it. A single run of Arabic letters reads right to left in any paragraph;
    only a right-to-left cell puts what follows a word on its left."""
    code, pack, files, _ = printed
    rtl = kb.languages[code].is_rtl
    row, word, placeholder = next(
        (row, *match.groups()) for row in pack.rows
        if (match := re.match(r"^(\S+) (\{[a-z]+:[a-z0-9-]+\})", row.translation[0].text)))
    word = letters_only(word)
    pages = run("pdftotext", "-bbox", str(files.pdf), "-").split("<page ")[1:]
    page = next(page for page in pages if re.search(rf">{row.number}</word>", page) and placeholder in page)
    boxes = [(float(x), float(y), text) for x, y, text in
             re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', page)]
    column = (next(x for x, y, text in boxes if text == pack.language.english_name),
              next(x for x, y, text in boxes if text == "Notes"))
    inside = [(x, y, text) for x, y, text in boxes if column[0] - 8 < x < column[1] - 4]
    marker = next((x, y) for x, y, text in inside if text.strip(".,،") == placeholder)
    before = next(x for x, y, text in inside
                  if abs(y - marker[1]) < 4 and (letters_only(text)[::-1] if rtl else letters_only(text)) == word)
    assert (before > marker[0]) if rtl else (before < marker[0])
