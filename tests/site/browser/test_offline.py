"""The offline copy of an edition: unpacked and opened from the file system, it reads,
links and searches without any network, and says it is a saved copy."""

from __future__ import annotations

import zipfile

import pytest


@pytest.fixture(scope="module")
def unpacked(built_site, tmp_path_factory):
    folder = tmp_path_factory.mktemp("offline")
    with zipfile.ZipFile(built_site.folder / "ar" / "health-care-belgium-ar.zip") as archive:
        archive.extractall(folder)
    return folder / "health-care-belgium-ar"


@pytest.fixture
def offline(browser):
    # No bypass: the pages' own security policy must allow them to work from the file system.
    context = browser.new_context(viewport={"width": 360, "height": 800}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.requests, page.refused = [], []
    page.on("request", lambda request: page.requests.append(request.url))
    page.on("console", lambda message: page.refused.append(message.text)
            if "Content Security Policy" in message.text or "Refused to" in message.text else None)
    yield page
    context.close()


def test_the_start_page_opens_the_edition_home_page(offline, unpacked):
    offline.goto((unpacked / "index.html").as_uri())
    offline.wait_for_url("**/ar/index.html")
    assert offline.evaluate("document.documentElement.dir") == "rtl"
    assert offline.locator(".notice-offline").count() == 1


def test_links_between_pages_open_pages_not_folders(offline, unpacked):
    offline.goto((unpacked / "ar" / "index.html").as_uri())
    offline.locator(".sheet-list a").first.click()
    assert offline.url.endswith("/index.html")
    assert offline.locator("article h1").is_visible()
    # Styles load from the copy: Material's header is laid out, not a bare list.
    assert offline.evaluate("getComputedStyle(document.querySelector('.md-header')).position") in ("sticky", "fixed")
    assert all(url.startswith("file://") for url in offline.requests)
    assert offline.refused == []


def test_search_works_from_the_file_system(offline, unpacked):
    offline.goto((unpacked / "ar" / "search" / "index.html").as_uri())
    offline.fill("#search-input", "1733")
    offline.press("#search-input", "Enter")
    offline.wait_for_function("document.getElementById('search-results').children.length > 0")
    first = offline.locator("#search-results a").first
    assert first.get_attribute("href").split("#")[0].endswith("/index.html")
    first.click()
    assert offline.locator("article h1").is_visible()
    assert offline.refused == []


def test_what_the_copy_does_not_hold_links_to_the_published_site(unpacked):
    page = (unpacked / "ar" / "no-papers" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../fr/' not in page
    assert "no-papers-ar.pdf" in page and 'href="no-papers-ar.pdf"' not in page
