"""Search: in the reader's language only, its index downloaded only once a search starts,
under the site's Content-Security-Policy, with results that cannot carry markup."""

from __future__ import annotations

import re

import pytest

from tests.site.browser.test_axe import violations
from tests.site.browser.test_layout import sideways_overflow

LANGUAGES = ["en", "ar", "ti", "ru"]


def longest_word(text: str) -> str:
    return max(re.findall(r"\w+", text), key=len)


def search(page, words: str) -> list[str]:
    page.fill("#search-input", words)
    page.press("#search-input", "Enter")
    # Past "Please wait…": on a loaded machine the index may still be on its way when the status first changes.
    page.wait_for_function("""() => {
        const status = document.getElementById('search-status').textContent;
        return status.length > 0 && status !== document.querySelector('[data-loading]').dataset.loading;
    }""")
    return page.eval_on_selector_all("#search-results a", "links => links.map(link => link.href)")


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_search_finds_the_sheet_by_a_word_of_its_title_in_the_same_language(reader, server, code):
    reader.goto(f"{server}{code}/vaccination/")
    word = longest_word(reader.locator("article h1").first.text_content())
    reader.click(".search-link")
    assert reader.url.endswith(f"/{code}/search/")
    results = search(reader, word)
    assert results and all(f"/{code}/" in link for link in results)
    assert any(link.startswith(f"{server}{code}/vaccination/") for link in results)
    assert reader.refused == []


def test_the_index_is_downloaded_only_when_a_search_starts(reader, server):
    reader.goto(f"{server}ar/search/", wait_until="networkidle")
    assert not any("search-index" in url for url in reader.requests)
    assert reader.is_visible("#search-form") and not reader.is_visible("#search-no-script")
    search(reader, "1733")
    indexes = [url for url in reader.requests if "search-index" in url]
    assert indexes == [f"{server}ar/search/search-index.js"]


def test_other_pages_do_not_load_the_search_script(reader, server):
    reader.goto(f"{server}uk/no-papers/", wait_until="networkidle")
    assert not any("search" in url.rsplit("/", 1)[-1] for url in reader.requests)


def test_a_search_link_can_be_shared(reader, server):
    reader.goto(f"{server}fr/search/?q=1733")
    reader.wait_for_function("document.getElementById('search-results').children.length > 0")
    assert reader.input_value("#search-input") == "1733"


def test_nothing_found_says_so_and_suggests_the_list(reader, server):
    reader.goto(f"{server}en/search/")
    assert search(reader, "zzzqqq") == []
    assert "Nothing found" in reader.text_content("#search-status")


def test_a_search_for_markup_shows_it_as_text(reader, server):
    reader.goto(f"{server}en/search/")
    search(reader, '<img src=x onerror="document.title=1">')
    assert reader.title() != "1"
    assert reader.locator("#search-results img").count() == 0


@pytest.mark.parametrize("code", ["en", "ar", "ti"])
def test_results_are_accessible_and_fit_a_phone(phone, server, axe_source, artifacts, code):
    phone.goto(f"{server}{code}/search/?q=1733")
    phone.wait_for_function("document.getElementById('search-results').children.length > 0")
    assert violations(phone, axe_source) == []
    assert sideways_overflow(phone) <= 0
    phone.screenshot(path=str(artifacts / f"{code}-search.png"), full_page=True)


def test_the_count_is_of_every_match_and_the_best_twenty_are_shown(reader, server):
    reader.goto(f"{server}en/search/")
    shown = search(reader, "e")
    count = int(reader.text_content("#search-status").rsplit(" ", 1)[1])
    assert count > 20 and len(shown) == 20
