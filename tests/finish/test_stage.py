"""The post-build stage in its one order: the stylesheet rewrites every page, then each edition's
save size, offline archive and service worker see the pages as they ship, and the compressed
copies are made last, of the final files."""

from __future__ import annotations

import gzip
import re
import zipfile
from datetime import date

import brotli
import pytest

from healthsite.finish import EditionFinish, FinishOptions, finish_site
from healthsite.offline.archive import archive_name
from healthsite.offline.worker import stored_files
from healthsite.pages.downloads import size_text
from tests.finish.test_stylesheet import TOOLS

THEME_CSS = ".md-header{color:red}.md-tabs{color:blue}"
SITE_CSS = ".save-size { color: green; }\n"
SAVE_MARK = '<span class="save-size" dir="ltr"></span>'


def page(depth: str, body: str) -> str:
    return (f'<!doctype html><html><head>\n<link rel="stylesheet" href="{depth}assets/stylesheets/main.min.css">\n'
            f'<link rel="stylesheet" href="{depth}assets/site.css">\n</head><body>{body}</body></html>')


def make_site(tmp_path):
    site = tmp_path / "site"
    (site / "assets" / "stylesheets").mkdir(parents=True)
    (site / "assets" / "stylesheets" / "main.min.css").write_text(THEME_CSS)
    (site / "assets" / "site.css").write_text(SITE_CSS)
    for code in ("fr", "ar"):
        (site / code / "offline").mkdir(parents=True)
        (site / code / "index.html").write_text(page("../", (
            f'<header class="md-header"><button>Save {SAVE_MARK}</button>'
            f'<a class="offline-download" href="{archive_name(code)}">y <span dir="ltr">(ZIP)</span></a></header>')))
        (site / code / "offline" / "index.html").write_text(page("../../", f"<button>Save {SAVE_MARK}</button>"))
    return site


@pytest.fixture(scope="module")
def finished(tmp_path_factory):
    assert (TOOLS / "node_modules" / "purgecss").is_dir(), \
        "the stylesheet tools are missing: `make test` runs npm ci --prefix tools/stylesheet"
    site = make_site(tmp_path_factory.mktemp("finish"))
    editions = [EditionFinish(code, {"old": f"<p>moved {code}</p>"}, "<p>offline</p>", "<p>start</p>")
                for code in ("fr", "ar")]
    options = FinishOptions("https://health.example.be/", date(2026, 12, 6), stylesheet_tools=TOOLS, compress=True)
    return site, finish_site(site, editions, options)


def test_pages_link_the_one_stylesheet_and_the_theme_s_files_are_gone(finished):
    site, result = finished
    name = result.stylesheet.path.name
    assert re.fullmatch(r"site\.[0-9a-f]{8}\.min\.css", name)
    assert f'href="../assets/stylesheets/{name}"' in (site / "fr" / "index.html").read_text()
    assert not (site / "assets" / "stylesheets" / "main.min.css").exists()
    assert not (site / "assets" / "site.css").exists()


def test_the_worker_lists_the_purged_stylesheet_not_the_theme_s(finished):
    site, result = finished
    for code in ("fr", "ar"):
        worker = (site / code / "sw.js").read_text()
        assert f'"../assets/stylesheets/{result.stylesheet.path.name}"' in worker
        assert "main.min.css" not in worker and "site.css" not in worker.replace(result.stylesheet.path.name, "")


def test_the_archive_holds_the_purged_stylesheet_and_pages_that_link_it(finished):
    site, result = finished
    name = result.stylesheet.path.name
    with zipfile.ZipFile(result.archives["ar"]) as archive:
        names = archive.namelist()
        home = archive.read("health-care-belgium-ar/ar/index.html").decode()
    assert f"health-care-belgium-ar/assets/stylesheets/{name}" in names
    assert not [entry for entry in names if entry.endswith(("main.min.css", "/site.css"))]
    assert name in home and "main.min.css" not in home


def test_the_save_size_and_the_archive_size_are_written_after_the_stylesheet(finished):
    site, _ = finished
    # What the phone stores is what the pages now load: the one stylesheet.
    assert [file.path for file in stored_files(site, "fr") if file.path.endswith(".css")] == \
        [f"assets/stylesheets/{finished[1].stylesheet.path.name}"]
    home = (site / "fr" / "index.html").read_text()
    assert re.search(r'<span class="save-size" dir="ltr">\([^)]+\)</span>', home)
    assert f'(ZIP, {size_text((site / "fr" / archive_name("fr")).stat().st_size)})' in home


def test_redirects_are_written_in_every_edition(finished):
    site, _ = finished
    assert (site / "fr" / "old" / "index.html").read_text() == "<p>moved fr</p>"
    assert (site / "ar" / "old" / "index.html").read_text() == "<p>moved ar</p>"


def test_compressed_copies_are_of_the_final_files(finished):
    site, result = finished
    for path in ("fr/index.html", "ar/offline/index.html", "fr/sw.js", f"assets/stylesheets/{result.stylesheet.path.name}"):
        final = (site / path).read_bytes()
        assert gzip.decompress((site / f"{path}.gz").read_bytes()) == final
        assert brotli.decompress((site / f"{path}.br").read_bytes()) == final
    assert result.compressed.files == len([p for p in site.rglob("*") if p.suffix in {".html", ".css", ".js"}])


def test_a_preview_keeps_the_theme_s_stylesheets_and_writes_no_compressed_copies(tmp_path):
    site = make_site(tmp_path)
    options = FinishOptions("https://health.example.be/", date(2026, 12, 6))
    result = finish_site(site, [EditionFinish("fr")], options)
    assert result.stylesheet is None and result.compressed is None and list(result.archives) == ["fr"]
    assert "main.min.css" in (site / "fr" / "sw.js").read_text()
    assert not list(site.rglob("*.gz")) and not (site / "ar" / "sw.js").exists()


def test_an_editor_s_preview_zips_nothing_and_shows_the_size_of_the_archive_already_there(tmp_path):
    site = make_site(tmp_path)
    options = FinishOptions("https://health.example.be/", date(2026, 12, 6), archives=False)
    (site / "ar" / archive_name("ar")).write_bytes(b"x" * 3000)  # left by the last full build
    result = finish_site(site, [EditionFinish("fr"), EditionFinish("ar")], options)
    assert result.archives == {} and not (site / "fr" / archive_name("fr")).exists()
    assert "(ZIP)" in (site / "fr" / "index.html").read_text()  # no archive, no size
    assert f"(ZIP, {size_text(3000)})" in (site / "ar" / "index.html").read_text()
    assert (site / "fr" / "sw.js").exists()  # saving on a phone still works in the preview
