"""With JavaScript switched off: reading, changing language, calling, the guide and the leaflets work."""

from __future__ import annotations

import pytest


@pytest.fixture
def no_script(browser):
    context = browser.new_context(viewport={"width": 360, "height": 800}, java_script_enabled=False)
    yield context.new_page()
    context.close()


def test_a_sheet_reads_and_calls_without_script(no_script, server):
    no_script.goto(f"{server}ar/no-papers/")
    assert no_script.is_visible("article h1")
    assert no_script.locator('.emergency-bar a[href="tel:112"]').is_visible()
    assert no_script.locator("#share a[href^='mailto:']").count() == 1


def test_the_language_menu_works_without_script(no_script, server):
    no_script.goto(f"{server}ar/no-papers/")
    # A tap on the language button focuses it, and the list opens (CSS :focus-within).
    no_script.locator(".md-select button").first.focus()
    no_script.locator('.md-select__link[hreflang="ti"]').click()
    assert no_script.url.endswith("/ti/no-papers/")
    assert no_script.evaluate("document.documentElement.lang") == "ti"


def test_the_decision_guide_works_without_script(no_script, server):
    no_script.goto(f"{server}en/which-situation/")
    first = no_script.locator("a.guide-answer").first
    target = first.get_attribute("href")
    first.click()
    assert no_script.url.rstrip("/").endswith(target.strip("./").rstrip("/").split("/")[-1])
    assert no_script.locator("article h1").is_visible()


def test_leaflets_download_without_script(no_script, server):
    no_script.goto(f"{server}ps/no-papers/")
    for link in no_script.locator("a.leaflet").all():
        response = no_script.request.get(no_script.url + link.get_attribute("href"))
        assert response.status == 200 and response.headers["content-type"] == "application/pdf"


def test_without_script_the_search_page_lists_every_page(no_script, server):
    no_script.goto(f"{server}ti/search/")
    assert not no_script.is_visible("#search-form")
    assert no_script.is_visible("#search-no-script")
    pages = no_script.locator(".page-list a")
    assert pages.count() >= 21
    pages.first.click()
    assert no_script.url.endswith("/ti/")
