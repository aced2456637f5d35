"""The build reports missing and unreviewed translations per language."""

import json
import zipfile
from urllib.parse import quote

from healthsite.build import BuildReport, build_site, edition_directory, search_indexes
from healthsite.pages.downloads import size_text
from healthsite.pages.escape import theme_text
from healthsite.paths import ProjectPaths
from tests.conftest import TODAY
from healthsite.pages.documents import PageSource


def test_report_names_languages_with_missing_or_unreviewed_strings():
    report = BuildReport(pages=[
        PageSource("fr/a/index.md", "", frozenset({"missing", "unreviewed"})),
        PageSource("fr/b/index.md", "", frozenset({"unreviewed"})),
        PageSource("ar/a/index.md", "", frozenset({"reviewed"})),
    ])
    assert report.summary() == [
        "fr: 1 page(s) show English where a translation is missing",
        "fr: 2 page(s) use unreviewed translations (notice shown)",
    ]


def test_edition_directories():
    assert edition_directory("fr", "en") == "fr/"
    assert edition_directory("en", "en") == "en/en/"


def test_each_edition_gets_its_own_search_index_of_its_own_pages():
    pages = [PageSource("fr/a/index.md", "---\ntitle: A\n---\n\n# A\n\n<p>Bonjour</p>\n", frozenset(), "A"),
             PageSource("fr/q/index.md", "# Q\n\n<p>Question</p>\n", frozenset(), "Q", in_nav=False),
             PageSource("en/en/a/index.md", "# A\n\n<p>Hello</p>\n", frozenset(), "A")]

    class KB:  # only the language codes are read
        class languages:
            codes = ["fr", "en"]

    indexes = search_indexes(KB, pages, "en")
    assert sorted(indexes) == ["en/en/search/search-index.js", "fr/search/search-index.js"]
    french = indexes["fr/search/search-index.js"]
    assert json.loads(french[french.index("=") + 1:-2]) == [["A", "", "a/", "Bonjour"]]


def test_old_addresses_redirect_in_every_edition_and_each_edition_gets_its_offline_copy(tmp_path, content):
    content.replace("sheets/glossary.yaml", "slug: glossary\n", "slug: glossary\naliases: [words]\n")
    site = build_site(ProjectPaths(tmp_path), "en", today=TODAY, site_url="https://health.example.be/", leaflets=False)
    built = tmp_path / "site"
    for code in ("fr", "ar"):
        (built / code / "glossary").mkdir(parents=True)
        (built / code / "index.html").write_text(
            f'<article><a href="glossary/">x</a><a class="offline-download" href="health-care-belgium-{code}.zip">'
            f'y <span dir="ltr">(ZIP)</span></a></article>', encoding="utf-8")
        (built / code / "glossary" / "index.html").write_text("<article>g</article>", encoding="utf-8")
        site.finish_edition(built, code)
    # Once every edition is built (these pages link no stylesheet: no stylesheet to make).
    finished = site.finish_site(built, ["fr", "ar"], tmp_path / "no-stylesheet-tools")
    assert finished.stylesheet is None
    for code, archive in zip(("fr", "ar"), finished.archives):
        moved = (built / code / "words" / "index.html").read_text(encoding="utf-8")
        assert f'<html lang="{code}"' in moved and 'url=../glossary/"' in moved
        assert f'<link rel="canonical" href="https://health.example.be/{code}/glossary/">' in moved
        with zipfile.ZipFile(archive) as copy:
            home = copy.read(f"health-care-belgium-{code}/{code}/index.html").decode()
        assert 'href="glossary/index.html"' in home and "notice-offline" in home
        size = size_text(archive.stat().st_size)
        assert f'y <span dir="ltr">(ZIP, {size})</span>' in (built / code / "index.html").read_text(encoding="utf-8")


def test_a_title_with_quotes_reaches_the_e_mail_subject_as_it_is(tmp_path, content):
    site = build_site(ProjectPaths(tmp_path), "en", today=TODAY, site_url="https://health.example.be/", leaflets=False)
    box = site.page_tools("fr", "no-papers/", theme_text('Sans "papiers" & <soins>'))["share_box"]
    assert "subject=" + quote('Sans "papiers" & <soins>', safe="") in box
    assert 'data-title="Sans &quot;papiers&quot; &amp; &lt;soins&gt;"' in box
