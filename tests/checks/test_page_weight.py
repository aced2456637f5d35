"""Page weight: what a reader downloads, counted from the built files, compressed."""

from __future__ import annotations

import gzip

import brotli

from healthsite.checks.page_weight import GZIP_ENCODING, EditionWeight, MeasuredEdition, compressed_size, edition_weight
from healthsite.deploy.precompress import precompress
from healthsite.output import loaded_files


def make_site(tmp_path):
    site = tmp_path / "site"
    (site / "assets").mkdir(parents=True)
    (site / "assets" / "site.css").write_text("body{font-family:x} @font-face{src:url(font.woff2)}")
    (site / "assets" / "font.woff2").write_bytes(b"\0" * 1000)
    (site / "assets" / "tools.js").write_text("let a = 1;")
    (site / "assets" / "logo.svg").write_text("<svg></svg>")
    for path in ("ar/index.html", "ar/sheet/index.html"):
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        depth = "../" * path.count("/")
        (site / path).write_text(
            f'<link rel="stylesheet" href="{depth}assets/site.css"><script src="{depth}assets/tools.js"></script>'
            f'<img src="{depth}assets/logo.svg" alt=""><img src="data:image/svg+xml,x" alt="">'
            f'<link rel="alternate" href="https://elsewhere.example/" hreflang="x"><p>{path * 50}</p>')
    return site


def test_a_page_loads_its_stylesheets_scripts_and_their_fonts(tmp_path):
    site = make_site(tmp_path)
    names = [path.name for path in loaded_files(site, site / "ar" / "sheet" / "index.html")]
    assert names == ["site.css", "font.woff2", "tools.js", "logo.svg"]


def test_sizes_are_what_the_server_sends_brotli_unless_asked_for_gzip(tmp_path):
    site = make_site(tmp_path)
    page = site / "ar" / "sheet" / "index.html"
    assert compressed_size(page) == len(brotli.compress(page.read_bytes(), mode=brotli.MODE_TEXT, quality=11))
    assert compressed_size(page, GZIP_ENCODING) == len(gzip.compress(page.read_bytes(), compresslevel=9, mtime=0))
    assert compressed_size(page) < compressed_size(page, GZIP_ENCODING) < page.stat().st_size


def test_a_built_site_is_measured_by_the_copies_the_server_sends(tmp_path):
    site = make_site(tmp_path)
    precompress(site)
    page = site / "ar" / "sheet" / "index.html"
    (page.with_name("index.html.br")).write_bytes(b"x" * 7)
    (page.with_name("index.html.gz")).write_bytes(b"x" * 9)
    assert (compressed_size(page), compressed_size(page, GZIP_ENCODING)) == (7, 9)


def test_an_edition_counts_every_page_and_each_file_once(tmp_path):
    site = make_site(tmp_path)
    weight = edition_weight(site, "ar", ["sheet"])
    pages = [site / "ar" / "index.html", site / "ar" / "sheet" / "index.html"]
    assets = loaded_files(site, pages[1])
    assert weight.first_visit == compressed_size(pages[1]) + sum(compressed_size(f) for f in assets)
    assert weight.next_page == max(compressed_size(page) for page in pages)
    assert weight.edition == sum(compressed_size(page) for page in pages) + sum(compressed_size(f) for f in assets)


def test_budgets_name_what_is_over():
    assert EditionWeight("ar", 21 * 1024, 9 * 1024, 300 * 1024).over_budget() == ["first visit"]
    assert EditionWeight("ar", 19 * 1024, 11 * 1024, 700 * 1024).over_budget() == ["next page", "edition"]
    assert EditionWeight("ar", 20 * 1024, 10 * 1024, 600 * 1024).over_budget() == []


def test_the_search_index_counts_in_the_edition_but_not_in_a_first_visit(tmp_path):
    site = make_site(tmp_path)
    without = edition_weight(site, "ar", ["sheet"])
    (site / "ar" / "search").mkdir()
    (site / "ar" / "search" / "search-index.js").write_text("window.i=[" + '"word",' * 500 + "];")
    weight = edition_weight(site, "ar", ["sheet"])
    index = compressed_size(site / "ar" / "search" / "search-index.js")
    assert weight.search_index == index and weight.edition == without.edition + index
    assert weight.first_visit == without.first_visit


def test_budgets_are_judged_on_brotli_and_gzip_only_overruns_are_named_apart():
    measured = MeasuredEdition(judged=EditionWeight("ru", 15 * 1024, 9 * 1024, 300 * 1024),
                               gzip=EditionWeight("ru", 17 * 1024, 11 * 1024, 350 * 1024))
    assert measured.over_budget() == [] and measured.over_with_gzip_only() == ["next page"]
    both = MeasuredEdition(judged=EditionWeight("ru", 21 * 1024, 9 * 1024, 300 * 1024),
                           gzip=EditionWeight("ru", 23 * 1024, 9 * 1024, 300 * 1024))
    assert both.over_budget() == ["first visit"] and both.over_with_gzip_only() == []
