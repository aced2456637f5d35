"""The offline copy of an edition: unpacked and opened from the file system, it reads,
links and searches without any network, and says it is a saved copy. The pages' own
security policy stays in force (the ``reader`` fixture does not bypass it)."""

from __future__ import annotations

import zipfile

import pytest


@pytest.fixture(scope="module")
def unpacked(built_site, tmp_path_factory):
    folder = tmp_path_factory.mktemp("offline")
    with zipfile.ZipFile(built_site.folder / "ar" / "health-care-belgium-ar.zip") as archive:
        archive.extractall(folder)
    return folder / "health-care-belgium-ar"


def test_the_start_page_opens_the_edition_home_page(reader, unpacked):
    reader.goto((unpacked / "index.html").as_uri())
    reader.wait_for_url("**/ar/index.html")
    assert reader.evaluate("document.documentElement.dir") == "rtl"
    assert reader.locator(".notice-offline").count() == 1
    # Saving in the browser needs a web server: from files, the button stays hidden.
    assert reader.locator("#save-edition").count() == 1 and not reader.locator("#save-edition").is_visible()


def test_links_between_pages_open_pages_not_folders(reader, unpacked):
    reader.goto((unpacked / "ar" / "index.html").as_uri())
    reader.locator(".sheet-list a").first.click()
    assert reader.url.endswith("/index.html")
    assert reader.locator("article h1").is_visible()
    # Styles load from the copy: Material's header is laid out, not a bare list.
    assert reader.evaluate("getComputedStyle(document.querySelector('.md-header')).position") in ("sticky", "fixed")
    assert all(url.startswith("file://") for url in reader.requests)
    assert reader.refused == []


def test_search_works_from_the_file_system(reader, unpacked):
    reader.goto((unpacked / "ar" / "search" / "index.html").as_uri())
    reader.fill("#search-input", "1733")
    reader.press("#search-input", "Enter")
    reader.wait_for_function("document.getElementById('search-results').children.length > 0")
    first = reader.locator("#search-results a").first
    assert first.get_attribute("href").split("#")[0].endswith("/index.html")
    first.click()
    assert reader.locator("article h1").is_visible()
    assert reader.refused == []


def test_what_the_copy_does_not_hold_links_to_the_published_site(unpacked):
    page = (unpacked / "ar" / "no-papers" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../fr/' not in page
    assert "no-papers-ar.pdf" in page and 'href="no-papers-ar.pdf"' not in page
