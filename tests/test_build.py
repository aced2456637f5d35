"""The build: every edition by default, or the ones an editor's preview chooses; its report of
missing and unreviewed translations per language."""

import json
import zipfile
from dataclasses import replace
from urllib.parse import quote

import pytest

from healthsite.build import BuildReport, build_site
from healthsite.catalogs.loading import load_translators
from healthsite.pages.downloads import size_text
from healthsite.pages.editions import search_indexes, web_manifests
from healthsite.pages.model import PageAddress, PageSource, Section
from healthsite.paths import ProjectPaths
from healthsite.site_map import edition_directory
from tests.conftest import TODAY


def test_report_names_languages_with_missing_or_unreviewed_strings():
    report = BuildReport(pages=[
        PageSource("fr/a/index.md", "A", states=frozenset({"missing", "unreviewed"})),
        PageSource("fr/b/index.md", "B", states=frozenset({"unreviewed"})),
        PageSource("ar/a/index.md", "A", states=frozenset({"reviewed"})),
    ])
    assert report.summary() == [
        "fr: 1 page(s) show English where a translation is missing",
        "fr: 2 page(s) use unreviewed translations (notice shown)",
    ]


def test_each_edition_gets_its_own_search_index_of_its_own_pages():
    def top(html):
        return (Section(None, (html,)),)

    pages = [PageSource("fr/a/index.md", "A", top("<p>Bonjour</p>")),
             PageSource("fr/q/index.md", "Q", top("<p>Question</p>"), in_nav=False),
             PageSource("en/en/a/index.md", "A", top("<p>Hello</p>"))]

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
    # Once every edition is built (these pages link no stylesheet: no stylesheet to make).
    finished = replace(site, built=("fr", "ar")).finish(built, tmp_path / "no-stylesheet-tools", None,
                                                         compress=False)
    assert finished.stylesheet is None and list(finished.archives) == ["fr", "ar"]
    for code, archive in finished.archives.items():
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
    page = replace(site.pages["fr/no-papers/index.md"], title='Sans "papiers" & <soins>')
    box = site.page_tools(page)["share_box"]
    assert "subject=" + quote('Sans "papiers" & <soins>', safe="") in box
    assert 'data-title="Sans &quot;papiers&quot; &amp; &lt;soins&gt;"' in box


def test_each_edition_gets_a_manifest_beside_its_home_page(kb):
    from healthsite.catalogs.translator import Translator

    translators = {code: Translator(kb.languages[code], None) for code in kb.languages.codes}
    manifests = web_manifests(kb, translators, "en")
    assert "en/en/manifest.webmanifest" in manifests and "ar/manifest.webmanifest" in manifests
    assert json.loads(manifests["ar/manifest.webmanifest"])["lang"] == "ar"


def test_a_finished_edition_says_how_much_saving_stores_and_gets_its_worker(tmp_path, content):
    site = build_site(ProjectPaths(tmp_path), "en", today=TODAY, site_url="https://health.example.be/", leaflets=False)
    assert site.editions["fr"].app_link == {"manifest_url": "fr/manifest.webmanifest"}
    built = tmp_path / "site"
    mark = '<button>Save <span class="save-size" dir="ltr"></span></button>'
    for folder in ("fr", "fr/offline"):
        (built / folder).mkdir(parents=True, exist_ok=True)
        (built / folder / "index.html").write_text(f"<article>{mark}</article>", encoding="utf-8")
    stored = 2 * len(f"<article>{mark}</article>")  # the two pages, as the phone will keep them
    replace(site, built=("fr",)).finish(built, None, None, compress=False)
    for folder in ("fr", "fr/offline"):
        page = (built / folder / "index.html").read_text(encoding="utf-8")
        assert f'<span class="save-size" dir="ltr">({size_text(stored)})</span>' in page
    worker = (built / "fr" / "sw.js").read_text(encoding="utf-8")
    assert '"./":' in worker and '"offline/":' in worker


def test_the_offline_page_has_no_share_box(tmp_path, content):
    site = build_site(ProjectPaths(tmp_path), "en", today=TODAY, site_url="https://health.example.be/", leaflets=False)
    assert site.page_tools(site.pages["ar/offline/index.md"])["share_box"] == ""
    assert 'id="share"' in site.page_tools(site.pages["ar/no-papers/index.md"])["share_box"]


def _written(docs) -> dict[str, str]:
    return {file.relative_to(docs).as_posix(): file.read_text(encoding="utf-8")
            for file in docs.rglob("*") if file.is_file()}


def test_the_full_build_renders_every_edition(tmp_path, content):
    site = build_site(ProjectPaths(tmp_path), "en", today=TODAY, site_url="https://health.example.be/", leaflets=False)
    codes = list(site.kb.languages.codes)
    assert site.built == tuple(codes) and all(site.builds(code) for code in codes)
    assert sorted(site.editions) == sorted(codes)
    written = _written(tmp_path / "docs")
    for code in codes:
        directory = edition_directory(code, "en")
        assert f"{directory}index.md" in written and f"{directory}no-papers/index.md" in written
        assert f"{directory}search/search-index.js" in written and f"{directory}changes/feed.xml" in written
    assert "en/index.md" in written  # the chooser


def test_every_page_written_is_in_the_map_of_addresses_with_its_edition_and_address(tmp_path, content):
    site = build_site(ProjectPaths(tmp_path), "en", today=TODAY, site_url="https://health.example.be/", leaflets=False)
    pages = [path for path in _written(tmp_path / "docs") if path.endswith(".md")]
    assert sorted(site.pages) == sorted(pages)
    for path in pages:
        address = site.address(path)
        if path == "en/index.md":
            assert address == PageAddress("en", None)  # the language chooser, outside every edition
        else:
            assert path == f"{edition_directory(address.code, 'en')}{address.path}index.md"
    assert site.address("fr/no-papers/index.md") == PageAddress("fr", "no-papers/")
    assert site.address("en/en/index.md") == PageAddress("en", "")


def test_a_preview_renders_only_the_chosen_editions_and_the_chooser(tmp_path, content):
    site = build_site(ProjectPaths(tmp_path), "en", today=TODAY, site_url="https://health.example.be/",
                      leaflets=False, editions=["ti", "ar"])
    assert site.built == ("ar", "ti")  # the site's order
    assert site.builds("ar") and not site.builds("en") and not site.builds("fr")
    # The root language's build holds the chooser: its edition is there, with the chooser as its menu.
    assert sorted(site.editions) == ["ar", "en", "ti"]
    assert site.editions["en"].nav == [{"Health care in Belgium": "en/index.md"}]
    written = _written(tmp_path / "docs")
    assert {path.split("/")[0] for path in written} == {"ar", "ti", "en"}
    assert [path for path in written if path.startswith("en/")] == ["en/index.md"]
    chooser = written["en/index.md"]
    assert all(f'href="{code}/"' in chooser for code in site.kb.languages.codes)  # it still lists every edition
    assert "ar/search/search-index.js" in written and "ti/changes/feed.xml" in written
    assert {page.path.split("/")[0] for page in site.report.pages} == {"ar", "ti", "en"}
    # MkDocs still finds the other editions' files of an earlier build on disk: it leaves them out.
    assert site.serves("ar/no-papers/index.md") and site.serves("ti/search/search-index.js")
    assert site.serves("en/index.md") and site.serves("assets/search.js")
    assert not site.serves("fr/no-papers/index.md") and not site.serves("en/en/no-papers/no-papers-en.pdf")
    assert site.leaflets is None and site.print_kit is None


def test_a_preview_leaves_the_other_editions_as_the_last_full_build_wrote_them(tmp_path, content):
    paths = ProjectPaths(tmp_path)
    build_site(paths, "en", today=TODAY, site_url="https://health.example.be/", leaflets=False)
    before = _written(paths.docs)
    content.replace("sheets/no-papers.yaml", 'summary: "', 'summary: "Edited for the preview. ')

    preview = build_site(paths, "en", today=TODAY, site_url="https://health.example.be/", leaflets=False,
                         editions=["en"])
    after = _written(paths.docs)
    assert after.keys() == before.keys()
    changed = {path for path in after if after[path] != before[path]}
    assert "en/en/no-papers/index.md" in changed and all(path.startswith("en/en/") for path in changed)
    assert {path.relative_to(paths.docs).as_posix() for path in preview.report.changed} == changed
    assert "Edited for the preview." in after["en/en/no-papers/index.md"]

    # The next full build brings the other editions up to date, and finds English done already.
    full = build_site(paths, "en", today=TODAY, site_url="https://health.example.be/", leaflets=False)
    rewritten = {path.relative_to(paths.docs).as_posix() for path in full.report.changed}
    assert "fr/no-papers/index.md" in rewritten and not any(path.startswith("en/") for path in rewritten)


def test_an_unknown_edition_is_refused_before_anything_is_written(tmp_path, content):
    with pytest.raises(ValueError, match="not an edition: xx"):
        build_site(ProjectPaths(tmp_path), "en", today=TODAY, site_url="https://health.example.be/", leaflets=False,
                   editions=["en", "xx"])
    assert not (tmp_path / "docs").exists()


def test_a_catalogue_is_read_once_per_saved_version_and_each_build_gets_new_translators(tmp_path, content, locales):
    paths = ProjectPaths(tmp_path)
    kb = content.load()
    first, second = load_translators(kb, paths.locales), load_translators(kb, paths.locales)
    assert second["ar"] is not first["ar"] and second["ar"].rejected is not first["ar"].rejected
    assert second["ar"].catalog is first["ar"].catalog and second["ar"].reviews is first["ar"].reviews
    po = locales / "ar" / "LC_MESSAGES" / "messages.po"
    po.write_text(po.read_text(encoding="utf-8") + "\n# saved again\n", encoding="utf-8")
    third = load_translators(kb, paths.locales)
    assert third["ar"].catalog is not first["ar"].catalog
    assert third["fr"].catalog is first["fr"].catalog
